//! Every field of a dossier by name: what a problem names (`FieldError`), what a document lacks
//! (`documents::missing`), the field the page shows it beside. Written out, a path is dotted,
//! « invoices.0.amount », as the dossier's JSON nests it; the page makes its ids from that.

use std::fmt;

use serde::{Serialize, Serializer};

/// A field of the dossier. Lines (invoices, payments, reminders, rate overrides) are counted
/// from 0 in the order of the dossier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldPath {
    /// The invoices as a whole: none, or too many.
    Invoices,
    Invoice(usize, InvoiceField),
    /// A payment received: its invoice, then the payment.
    Payment(usize, usize, PaymentField),
    /// The date of a reminder already sent.
    Reminder(usize),
    /// The rate the visitor typed in place of an unverified value.
    RateOverride(usize),
    MiseEnDemeure(MiseEnDemeureField),
    Proceedings(ProceedingsField),
    Position(PositionField),
    /// The Member State of a debtor abroad.
    DebtorCountry,
    Party(Side, PartyField),
    Letter(LetterField),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InvoiceField {
    Number,
    Amount,
    IssueDate,
    DeliveryDate,
    /// The date a public buyer received the invoice.
    RequestReceived,
    /// The payment term as a whole (the due date it gives).
    Term,
    /// Which kind of term.
    TermType,
    DueDate,
    /// A term in days.
    TermDays,
    ContractRate,
    /// « Trois fois le taux d'intérêt légal ».
    TimesLegal,
    /// The payments as a whole (more than the invoice).
    Payments,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaymentField {
    Date,
    Amount,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MiseEnDemeureField {
    Sent,
    Received,
    DeadlineDays,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProceedingsField {
    JudgmentDate,
    BodaccPublication,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PositionField {
    /// The invoice of which a part is disputed.
    Invoice,
    /// The invoices disputed as a whole.
    Invoices,
    Amount,
    Reason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Creditor,
    Debtor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartyField {
    Name,
    LegalForm,
    Siren,
    Address,
    Representative,
    Surname,
    FirstNames,
    Profession,
    Nationality,
    BirthDate,
    BirthPlace,
}

impl PartyField {
    /// A natural person's civil details, which only the requête asks for.
    pub fn is_civil(self) -> bool {
        matches!(
            self,
            PartyField::Surname
                | PartyField::FirstNames
                | PartyField::Profession
                | PartyField::Nationality
                | PartyField::BirthDate
                | PartyField::BirthPlace
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LetterField {
    Kind,
    Place,
    DeadlineDays,
    Iban,
    Opening,
    Extra,
    Closing,
    Signatory,
    MandataireName,
    MandataireAddress,
    CourtTown,
    Supplied,
}

impl FieldPath {
    /// Whether the field belongs to invoice `i` (its payments included).
    pub fn is_of_invoice(self, i: usize) -> bool {
        matches!(self, FieldPath::Invoice(k, _) | FieldPath::Payment(k, _, _) if k == i)
    }

    /// Whether the field is about the payments of invoice `i`.
    pub fn is_of_payments(self, i: usize) -> bool {
        matches!(self, FieldPath::Invoice(k, InvoiceField::Payments) | FieldPath::Payment(k, _, _) if k == i)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            FieldPath::Invoices => f.write_str("invoices"),
            FieldPath::Invoice(i, field) => write!(f, "invoices.{i}.{}", invoice(field)),
            FieldPath::Payment(i, j, field) => {
                let name = match field {
                    PaymentField::Date => "date",
                    PaymentField::Amount => "amount",
                };
                write!(f, "invoices.{i}.payments.{j}.{name}")
            }
            FieldPath::Reminder(i) => write!(f, "reminders.{i}"),
            FieldPath::RateOverride(i) => write!(f, "rate_overrides.{i}.value"),
            FieldPath::MiseEnDemeure(field) => write!(
                f,
                "mise_en_demeure.{}",
                match field {
                    MiseEnDemeureField::Sent => "sent",
                    MiseEnDemeureField::Received => "received",
                    MiseEnDemeureField::DeadlineDays => "deadline_days",
                }
            ),
            FieldPath::Proceedings(field) => write!(
                f,
                "collective_proceedings.{}",
                match field {
                    ProceedingsField::JudgmentDate => "judgment_date",
                    ProceedingsField::BodaccPublication => "bodacc_publication",
                }
            ),
            FieldPath::Position(field) => write!(
                f,
                "position.{}",
                match field {
                    PositionField::Invoice => "invoice",
                    PositionField::Invoices => "invoices",
                    PositionField::Amount => "amount",
                    PositionField::Reason => "reason",
                }
            ),
            FieldPath::DebtorCountry => f.write_str("debtor.kind.country"),
            FieldPath::Party(side, field) => {
                let side = match side {
                    Side::Creditor => "creditor",
                    Side::Debtor => "debtor",
                };
                write!(f, "{side}.{}", party(side, field))
            }
            FieldPath::Letter(field) => write!(f, "letter.{}", letter(field)),
        }
    }
}

fn invoice(field: InvoiceField) -> &'static str {
    match field {
        InvoiceField::Number => "number",
        InvoiceField::Amount => "amount",
        InvoiceField::IssueDate => "issue_date",
        InvoiceField::DeliveryDate => "delivery_date",
        InvoiceField::RequestReceived => "request_received",
        InvoiceField::Term => "term",
        InvoiceField::TermType => "term.type",
        InvoiceField::DueDate => "term.date",
        InvoiceField::TermDays => "term.days",
        InvoiceField::ContractRate => "contract_rate",
        InvoiceField::TimesLegal => "times_legal",
        InvoiceField::Payments => "payments",
    }
}

/// The debtor's name sits in its identity, as the dossier nests it.
fn party(side: &str, field: PartyField) -> &'static str {
    match field {
        PartyField::Name if side == "debtor" => "identity.name",
        PartyField::Name => "name",
        PartyField::LegalForm => "legal_form",
        PartyField::Siren => "siren",
        PartyField::Address => "address",
        PartyField::Representative => "representative",
        PartyField::Surname => "person.surname",
        PartyField::FirstNames => "person.first_names",
        PartyField::Profession => "person.profession",
        PartyField::Nationality => "person.nationality",
        PartyField::BirthDate => "person.birth_date",
        PartyField::BirthPlace => "person.birth_place",
    }
}

fn letter(field: LetterField) -> &'static str {
    match field {
        LetterField::Kind => "kind",
        LetterField::Place => "place",
        LetterField::DeadlineDays => "deadline_days",
        LetterField::Iban => "iban",
        LetterField::Opening => "opening",
        LetterField::Extra => "extra",
        LetterField::Closing => "closing",
        LetterField::Signatory => "signatory",
        LetterField::MandataireName => "mandataire_name",
        LetterField::MandataireAddress => "mandataire_address",
        LetterField::CourtTown => "court_town",
        LetterField::Supplied => "supplied",
    }
}

/// Written as its dotted path (the engine's JSON door prints it).
impl Serialize for FieldPath {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_path_is_written_as_the_dossier_nests_it() {
        let cases = [
            (FieldPath::Invoices, "invoices"),
            (
                FieldPath::Invoice(2, InvoiceField::DueDate),
                "invoices.2.term.date",
            ),
            (
                FieldPath::Payment(0, 3, PaymentField::Date),
                "invoices.0.payments.3.date",
            ),
            (FieldPath::Reminder(1), "reminders.1"),
            (FieldPath::RateOverride(4), "rate_overrides.4.value"),
            (
                FieldPath::Party(Side::Debtor, PartyField::Name),
                "debtor.identity.name",
            ),
            (
                FieldPath::Party(Side::Creditor, PartyField::Name),
                "creditor.name",
            ),
            (
                FieldPath::Party(Side::Creditor, PartyField::BirthDate),
                "creditor.person.birth_date",
            ),
            (FieldPath::DebtorCountry, "debtor.kind.country"),
            (
                FieldPath::Proceedings(ProceedingsField::BodaccPublication),
                "collective_proceedings.bodacc_publication",
            ),
            (
                FieldPath::Letter(LetterField::DeadlineDays),
                "letter.deadline_days",
            ),
        ];
        for (path, written) in cases {
            assert_eq!(path.to_string(), written);
        }
    }

    #[test]
    fn an_invoices_fields_and_payments_are_told_apart_from_the_next_ones() {
        let payment = FieldPath::Payment(1, 0, PaymentField::Amount);
        assert!(payment.is_of_invoice(1) && payment.is_of_payments(1));
        assert!(!payment.is_of_invoice(10));
        let amount = FieldPath::Invoice(1, InvoiceField::Amount);
        assert!(amount.is_of_invoice(1) && !amount.is_of_payments(1));
        assert!(FieldPath::Invoice(1, InvoiceField::Payments).is_of_payments(1));
    }
}

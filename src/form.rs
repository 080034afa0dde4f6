//! What the visitor typed, kept as typed (strings), and its conversion into the engine's
//! `Dossier`. Nothing typed is lost: an invalid value stays in the form beside its message.

use documents::LetterKind;
use engine::field::FieldPath;
use engine::problem::Problem;
use engine::{HalfYear, OverriddenRate, ProceedingsKind, PublicBuyerKind};

engine::by_name! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum DebtorChoice {
        #[default]
        Company,
        Consumer,
        PublicBuyer,
        Abroad,
    }
}

impl DebtorChoice {
    /// Between professionals: L441-10 penalties, a contract rate, the 40 € (C. com.).
    pub fn is_professional(self) -> bool {
        matches!(self, DebtorChoice::Company | DebtorChoice::Abroad)
    }
}

engine::by_name! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum BusinessChoice {
        #[default]
        Commercial,
        Artisan,
        Civil,
    }
}

engine::by_name! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum TermChoice {
        #[default]
        DueDate,
        ContractSilent,
        Days,
        FortyFiveDaysEndOfMonth,
        OnReceipt,
    }
}

engine::by_name! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum PositionChoice {
        #[default]
        Silent,
        Promised,
        DisputesPart,
        DisputesAll,
        /// One or more invoices as a whole, ticked on each (`InvoiceForm::disputed_entirely`).
        DisputesInvoices,
    }
}

// Each stored struct is declared by `engine::json_struct!`, which reads and writes it as the
// stored JSON (src/storage.rs): fields in the order declared, a missing one at its default.
// The text is the one serde's derive wrote before, which dossiers already stored were written
// in; tests/fixtures holds one exported by each past version, read and written again.
engine::json_struct! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct DossierForm {
        pub creditor_name: String,
        pub debtor_name: String,
        pub debtor: DebtorChoice,
        pub business: BusinessChoice,
        pub public_buyer: PublicBuyerKind,
        /// A public undertaking organised as a company (SA, SAS…): private law (FACTS C5).
        pub public_private_law: bool,
        /// Outside the Union when false. Kept for dossiers stored before the country was asked.
        pub abroad_in_eu: bool,
        /// The ISO code of the Member State a debtor abroad is established in; empty when not
        /// chosen, or outside the Union.
        pub abroad_country: String,
        pub in_proceedings: bool,
        pub proceedings: ProceedingsKind,
        pub judgment_date: String,
        pub bodacc_date: String,
        /// The terms of sale hold a clause de réserve de propriété (asked under proceedings).
        pub reservation_of_title: bool,
        pub invoices: Vec<InvoiceForm>,
        pub reminders: Vec<LineForm>,
        pub med_sent: bool,
        pub med_sent_date: String,
        pub med_received_date: String,
        pub med_deadline_days: String,
        pub position: PositionChoice,
        pub disputed_amount: String,
        /// The id of the invoice the disputed amount belongs to (0: not chosen yet).
        pub disputed_invoice: u32,
        pub keep_relationship: bool,
        /// The debtor's reason for disputing, in its words (for the letters).
        pub dispute_reason: String,
        pub rate_overrides: Vec<RateOverrideForm>,
        /// Identity details for the letters (the names are asked in step 1).
        pub creditor_details: PartyDetails,
        pub debtor_details: PartyDetails,
        pub letter: LetterForm,
        /// Source of fresh ids for list items, so Yew keys stay stable.
        pub next_id: u32,
    }
}

engine::json_struct! {
    /// Identity details beyond the name: they drive no rule, they fill the letters.
    #[derive(Debug, Clone, PartialEq, Eq, Default)]
    pub struct PartyDetails {
        pub legal_form: String,
        pub siren: String,
        pub address: String,
        pub representative: String,
        /// Trades in their own name (entrepreneur individuel, liberal profession): a requête then
        /// names them by the fields below (CPC 54 3° a), 57), asked on the requête only.
        pub natural_person: bool,
        pub surname: String,
        pub first_names: String,
        pub profession: String,
        pub nationality: String,
        pub birth_date: String,
        pub birth_place: String,
    }
}

engine::json_struct! {
    /// The letter the visitor is preparing, and their edits.
    #[derive(Debug, Clone, PartialEq, Eq, Default)]
    pub struct LetterForm {
        /// None: the letter that goes with the recommended step.
        pub kind: Option<LetterKind>,
        pub place: String,
        pub electronic: bool,
        pub deadline_days: String,
        pub iban: String,
        /// The opening paragraph and the closing as the visitor rewrote them, one per kind of
        /// letter in the order of `LetterKind::ALL` (None: the proposed text). A plain list of
        /// optional strings: a list of structs was much heavier in WebAssembly to read back.
        pub openings: Vec<Option<String>>,
        pub closings: Vec<Option<String>>,
        /// Written by versions that had one opening and one closing for every letter: read, then
        /// moved into `openings` and `closings` by [`LetterForm::adopt_older_texts`].
        pub opening: String,
        pub closing: String,
        pub extra: String,
        pub signatory: String,
        pub mandataire_name: String,
        pub mandataire_address: String,
        /// The debtor disputes part: the letter claims only the rest.
        pub undisputed_only: bool,
        /// The requête: the town of the court, and what the visitor holds for its bordereau.
        pub court_town: String,
        /// What was supplied, for the requête, the mediation request, Form A and the summary.
        pub supplied: String,
        pub holds_terms: bool,
        pub holds_order: bool,
        pub holds_delivery: bool,
    }
}

engine::json_struct! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct InvoiceForm {
        pub id: u32,
        pub number: String,
        pub issue_date: String,
        pub delivery_date: String,
        /// Public buyer: when it received the invoice (its payment term runs from then).
        pub request_received: String,
        pub amount: String,
        pub term: TermChoice,
        pub due_date: String,
        pub days: String,
        pub contract_rate: String,
        /// The terms of sale say « trois fois le taux d'intérêt légal » (then no percent is read).
        pub times_legal: bool,
        /// The debtor disputes this invoice as a whole (asked in step 4).
        pub disputed_entirely: bool,
        pub payments: Vec<PaymentForm>,
    }
}

impl LetterForm {
    /// The text rewritten for `kind`, if the visitor rewrote it.
    pub fn rewritten(list: &[Option<String>], kind: LetterKind) -> Option<&str> {
        list.get(kind_index(kind))?.as_deref()
    }

    /// The opening or closing of `kind`, ready to be typed into (created empty if needed).
    pub fn rewrite(list: &mut Vec<Option<String>>, kind: LetterKind) -> &mut String {
        let at = kind_index(kind);
        if list.len() <= at {
            list.resize(at + 1, None);
        }
        list[at].get_or_insert_with(String::new)
    }

    /// Back to the proposed opening and closing for `kind`.
    pub fn restore_proposed(&mut self, kind: LetterKind) {
        for list in [&mut self.openings, &mut self.closings] {
            if let Some(text) = list.get_mut(kind_index(kind)) {
                *text = None;
            }
        }
    }

    /// An opening or closing typed in an older version served every letter: it becomes the
    /// chosen letter's (the mise en demeure's when none was chosen), so nothing is lost.
    pub fn adopt_older_texts(&mut self) {
        let kind = self.kind.unwrap_or(LetterKind::MiseEnDemeure);
        for (old, list) in [
            (&mut self.opening, &mut self.openings),
            (&mut self.closing, &mut self.closings),
        ] {
            if !old.trim().is_empty() && LetterForm::rewritten(list, kind).is_none() {
                *LetterForm::rewrite(list, kind) = std::mem::take(old);
            }
            old.clear();
        }
    }
}

/// Where a kind of letter's texts sit in `LetterForm::openings` and `closings`.
fn kind_index(kind: LetterKind) -> usize {
    LetterKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

impl InvoiceForm {
    /// How the questionnaire names the invoice at position `k`: « Facture F-12 », or
    /// « Facture 2 » before its number is typed.
    pub fn title(&self, k: usize) -> String {
        format!("Facture {}", self.reference(k))
    }

    /// Its number, or its place in the list (from 1) when it has none.
    pub fn reference(&self, k: usize) -> String {
        match self.number.trim() {
            "" => (k + 1).to_string(),
            number => number.to_string(),
        }
    }
}

engine::json_struct! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct PaymentForm {
        pub id: u32,
        pub date: String,
        pub amount: String,
    }
}

engine::json_struct! {
    /// One dated line (a reminder).
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct LineForm {
        pub id: u32,
        pub date: String,
    }
}

engine::json_struct! {
    required;
    #[derive(Debug, Clone, PartialEq)]
    pub struct RateOverrideForm {
        pub half_year: HalfYear,
        pub rate: OverriddenRate,
        pub value: String,
    }
}

impl Default for DossierForm {
    fn default() -> Self {
        DossierForm {
            creditor_name: String::new(),
            debtor_name: String::new(),
            debtor: DebtorChoice::Company,
            business: BusinessChoice::Commercial,
            public_buyer: PublicBuyerKind::StateOrLocal,
            public_private_law: false,
            abroad_in_eu: true,
            abroad_country: String::new(),
            in_proceedings: false,
            proceedings: ProceedingsKind::RedressementJudiciaire,
            judgment_date: String::new(),
            bodacc_date: String::new(),
            reservation_of_title: false,
            // Most visitors have one invoice: it is there from the start.
            invoices: vec![InvoiceForm {
                id: 1,
                ..InvoiceForm::default()
            }],
            reminders: vec![],
            med_sent: false,
            med_sent_date: String::new(),
            med_received_date: String::new(),
            med_deadline_days: engine::params::DEFAULT_MISE_EN_DEMEURE_DAYS
                .current()
                .to_string(),
            position: PositionChoice::Silent,
            disputed_amount: String::new(),
            disputed_invoice: 0,
            keep_relationship: true,
            dispute_reason: String::new(),
            rate_overrides: vec![],
            creditor_details: PartyDetails::default(),
            debtor_details: PartyDetails::default(),
            letter: LetterForm::default(),
            next_id: 2,
        }
    }
}

/// A problem with one field, to show beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    pub field: FieldPath,
    pub problem: Problem,
    /// The field is empty: shown only once the visitor tries to go on.
    pub missing: bool,
}

impl FormError {
    /// The problem in French (`engine::texts::fr`).
    pub fn message(&self) -> String {
        self.problem.to_string()
    }
}

engine::by_name! {
    /// The questionnaire's steps, then the results.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
    pub enum Step {
        #[default]
        Debtor,
        Invoices,
        Actions,
        Answer,
        Results,
        /// The letter, after the results: not a numbered step.
        Letter,
    }
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Debtor,
        Step::Invoices,
        Step::Actions,
        Step::Answer,
        Step::Results,
    ];

    pub fn number(self) -> usize {
        Step::ALL
            .iter()
            .position(|s| *s == self)
            .unwrap_or(Step::ALL.len() - 1)
            + 1
    }

    pub fn title(self) -> &'static str {
        match self {
            Step::Debtor => "Qui vous doit de l'argent ?",
            Step::Invoices => "Vos factures impayées",
            Step::Actions => "Ce que vous avez déjà fait",
            Step::Answer => "La réponse de votre débiteur",
            Step::Results => "Ce qui vous est dû et que faire",
            Step::Letter => "Votre document",
        }
    }

    pub fn next(self) -> Step {
        match self {
            Step::Results | Step::Letter => self,
            _ => Step::ALL
                .get(self.number())
                .copied()
                .unwrap_or(Step::Results),
        }
    }

    pub fn previous(self) -> Step {
        match self {
            Step::Letter => Step::Results,
            _ => Step::ALL
                .get(self.number().saturating_sub(2))
                .copied()
                .unwrap_or(Step::Debtor),
        }
    }

    /// Which step holds the field.
    pub fn of_field(path: FieldPath) -> Step {
        match path {
            // A natural person's civil details are asked by the requête only, on the letter page.
            FieldPath::Party(_, field) if field.is_civil() => Step::Letter,
            FieldPath::Invoices | FieldPath::Invoice(..) | FieldPath::Payment(..) => Step::Invoices,
            FieldPath::Reminder(_) | FieldPath::MiseEnDemeure(_) => Step::Actions,
            FieldPath::Position(_) => Step::Answer,
            FieldPath::RateOverride(_) => Step::Results,
            FieldPath::Letter(_) => Step::Letter,
            FieldPath::Proceedings(_) | FieldPath::DebtorCountry | FieldPath::Party(..) => {
                Step::Debtor
            }
        }
    }
}

pub use crate::reading::{errors, letter_options, read, readings, to_dossier, Reading};

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use engine::field::{InvoiceField, PartyField, PositionField, ProceedingsField, Side};
    use engine::AmountError;
    use rust_decimal::Decimal;

    fn filled() -> DossierForm {
        let mut form = DossierForm::default();
        let inv = &mut form.invoices[0];
        inv.number = "F-1".into();
        inv.issue_date = "2025-05-01".into();
        inv.due_date = "15/06/2025".into();
        inv.amount = "1 000".into();
        form
    }

    /// PROBE F13: a field keeps at most its length (a name or an address 500 characters, a
    /// paragraph 20 000), however much is pasted or imported through it.
    #[test]
    fn a_field_keeps_at_most_its_length() {
        use crate::edit::{LetterField, PartyField, TextField};
        let mut form = DossierForm::default();
        form.set_text(TextField::Debtor(PartyField::Address), "A".repeat(100_000));
        assert_eq!(form.debtor_details.address.chars().count(), 500);
        form.set_text(TextField::Letter(LetterField::Extra), "é".repeat(30_000));
        assert_eq!(form.letter.extra.chars().count(), 20_000);
        form.set_text(TextField::Debtor(PartyField::Name), "ACME SAS".into());
        assert_eq!(form.debtor_name, "ACME SAS");
    }

    /// VISITORS S6: the country of a debtor abroad is asked; a dossier stored before it was
    /// asked, or holding a code the list does not offer, asks again unless it said « outside ».
    #[test]
    fn a_debtor_abroad_is_read_with_its_country_and_asked_for_it_when_missing() {
        use crate::edit::Choice;
        use engine::{Country, DebtorKind};
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let mut form = filled();
        form.debtor = DebtorChoice::Abroad;
        let missing = |form: &DossierForm| {
            read(form, today)
                .errors
                .iter()
                .any(|e| e.field == FieldPath::DebtorCountry && e.missing)
        };
        assert!(missing(&form));
        for forged in ["FR", "ZZ", "Allemagne", "<b>"] {
            form.abroad_country = forged.into();
            assert!(missing(&form), "{forged}");
        }
        form.choose(Choice::AbroadCountry {
            country: Country::parse("DE"),
            in_eu: true,
        });
        let reading = read(&form, today);
        assert!(reading.errors.is_empty(), "{:?}", reading.errors);
        assert_eq!(
            reading.dossier.debtor.kind,
            DebtorKind::Abroad {
                in_eu: true,
                country: Country::parse("DE")
            }
        );
        form.choose(Choice::AbroadCountry {
            country: None,
            in_eu: false,
        });
        assert_eq!(form.abroad_country, "");
        assert!(!missing(&form));
        assert_eq!(
            read(&form, today).dossier.debtor.kind,
            DebtorKind::Abroad {
                in_eu: false,
                country: None
            }
        );
    }

    #[test]
    fn a_natural_persons_details_reach_the_dossier_and_a_wrong_birth_date_is_said_where_it_was_typed(
    ) {
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let mut form = filled();
        form.creditor_details.natural_person = true;
        form.creditor_details.surname = "Dupont".into();
        form.creditor_details.birth_date = "14/03/1985".into();
        form.debtor_details.natural_person = true; // a business debtor trading in its own name
        form.debtor_details.surname = "Morel".into();
        let reading = read(&form, today);
        assert!(reading.errors.is_empty(), "{:?}", reading.errors);
        let creditor = reading.dossier.creditor.person.as_ref().unwrap();
        assert_eq!(creditor.surname, "Dupont");
        assert_eq!(creditor.birth_date, NaiveDate::from_ymd_opt(1985, 3, 14));
        assert_eq!(
            reading
                .dossier
                .debtor
                .identity
                .person
                .as_ref()
                .unwrap()
                .surname,
            "Morel"
        );
        // A public buyer never trades in its own name, whatever was ticked before.
        form.debtor = DebtorChoice::PublicBuyer;
        assert_eq!(read(&form, today).dossier.debtor.identity.person, None);
        // A consumer is always a natural person.
        form.debtor = DebtorChoice::Consumer;
        form.debtor_details.natural_person = false;
        assert!(read(&form, today).dossier.debtor.identity.person.is_some());

        let birth_date = FieldPath::Party(Side::Creditor, PartyField::BirthDate);
        for (typed, says) in [
            ("31/02/1985", Problem::DateDoesNotExist),
            (
                "14/03/85",
                Problem::BirthDateImplausible { in_future: true },
            ),
            (
                "14/03/1885",
                Problem::BirthDateImplausible { in_future: false },
            ),
        ] {
            form.creditor_details.birth_date = typed.into();
            let errors = read(&form, today).errors;
            let error = errors.iter().find(|e| e.field == birth_date);
            assert!(
                error.is_some_and(|e| e.problem == says),
                "{typed}: {errors:?}"
            );
            // Shown beside the field on the letter page, never blocking the questionnaire.
            assert_eq!(Step::of_field(birth_date), Step::Letter);
            assert!(
                errors
                    .iter()
                    .all(|e| Step::of_field(e.field) == Step::Letter),
                "{errors:?}"
            );
            // The figures do not depend on it: the assessment, and so the letter, stay, with
            // a blank where the wrong date would be.
            let dossier = read(&form, today).dossier;
            assert!(engine::assess(&dossier, today).is_ok());
            assert_eq!(dossier.creditor.person.and_then(|p| p.birth_date), None);
        }
    }

    #[test]
    fn the_questions_of_corrections_c4_c5_reach_the_engine() {
        let mut form = filled();
        form.debtor = DebtorChoice::PublicBuyer;
        form.public_buyer = PublicBuyerKind::PublicUndertaking;
        form.public_private_law = true;
        form.invoices[0].request_received = "05/05/2025".into();
        form.invoices[0].contract_rate = "abc".into(); // hidden for a public buyer: not read
        let (dossier, errors) = to_dossier(&form);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(!dossier.debtor.kind.is_public_law_buyer());
        assert_eq!(
            dossier.invoices[0].request_received,
            NaiveDate::from_ymd_opt(2025, 5, 5)
        );
        assert_eq!(dossier.invoices[0].contract_rate, None);
        // The company answer counts only for a public undertaking.
        form.public_buyer = PublicBuyerKind::Hospital;
        assert!(to_dossier(&form).0.debtor.kind.is_public_law_buyer());
    }

    #[test]
    fn collective_proceedings_need_the_judgment_date() {
        let mut form = filled();
        form.in_proceedings = true;
        form.bodacc_date = "2025-06-10".into();
        let missing = errors(&form, NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
        let e = missing
            .iter()
            .find(|e| e.field == FieldPath::Proceedings(ProceedingsField::JudgmentDate))
            .expect("asked");
        assert_eq!(
            e.problem,
            Problem::Missing(engine::problem::Needed::JudgmentDate)
        );
    }

    #[test]
    fn a_disputed_part_belongs_to_the_invoice_chosen() {
        let disputed = FieldPath::Position(PositionField::Invoice);
        let mut form = filled();
        form.position = PositionChoice::DisputesPart;
        form.disputed_amount = "200".into();
        // One invoice: it is that one, without asking.
        let (dossier, errs) = to_dossier(&form);
        assert!(errs.is_empty(), "{errs:?}");
        let at = |d: &engine::Dossier| match d.position {
            engine::DebtorPosition::DisputesPart { invoice, .. } => invoice,
            _ => panic!("not a partial dispute"),
        };
        assert_eq!(at(&dossier), Some(0));
        // Two invoices: the visitor says which, by its id; until then it is missing.
        form.add_invoice();
        let second = form.invoices[1].id;
        let (_, errs) = to_dossier(&form);
        let missing = errs.iter().find(|e| e.field == disputed).unwrap();
        assert!(missing.missing);
        assert_eq!(missing.problem, Problem::DisputedInvoiceMissing);
        form.choose(crate::edit::Choice::DisputedInvoice(second));
        let (dossier, errs) = to_dossier(&form);
        assert!(!errs.iter().any(|e| e.field == disputed), "{errs:?}");
        assert_eq!(at(&dossier), Some(1));
        // Removing it asks again.
        form.remove_invoice(second);
        form.add_invoice();
        assert!(to_dossier(&form).1.iter().any(|e| e.field == disputed));
    }

    #[test]
    fn a_filled_form_becomes_a_dossier() {
        let (dossier, errors) = to_dossier(&filled());
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(dossier.invoices[0].amount, Decimal::from(1000));
        let a = engine::assess(&dossier, NaiveDate::from_ymd_opt(2025, 7, 10).unwrap()).unwrap();
        assert_eq!(a.totals.penalties.to_string(), "8.73");
    }

    #[test]
    fn empty_fields_are_missing_and_bad_ones_are_errors() {
        let mut form = DossierForm::default();
        form.invoices[0].amount = "12,3,4".into();
        let errs = errors(&form, NaiveDate::from_ymd_opt(2025, 7, 10).unwrap());
        let amount = errs
            .iter()
            .find(|e| e.field == FieldPath::Invoice(0, InvoiceField::Amount))
            .unwrap();
        assert!(!amount.missing);
        assert_eq!(amount.problem, Problem::Amount(AmountError::SeveralCommas));
        assert!(errs
            .iter()
            .any(|e| e.field == FieldPath::Invoice(0, InvoiceField::IssueDate) && e.missing));
    }

    #[test]
    fn engine_checks_are_tied_to_their_field() {
        let mut form = filled();
        form.invoices[0].due_date = "2025-04-01".into();
        let errs = errors(&form, NaiveDate::from_ymd_opt(2025, 7, 10).unwrap());
        let e = errs
            .iter()
            .find(|e| e.field == FieldPath::Invoice(0, InvoiceField::DueDate))
            .unwrap();
        assert_eq!(e.problem, Problem::DueDateBeforeInvoice);
        assert_eq!(Step::of_field(e.field), Step::Invoices);
    }

    #[test]
    fn engine_messages_land_on_their_field_despite_a_typing_error_elsewhere() {
        let mut form = filled();
        // Invoice 0 has a typing error in its amount…
        form.invoices[0].amount = "abc".into();
        form.invoices[0].due_date = "2025-04-01".into();
        // …and invoice 1's due date precedes its date: both date messages still show.
        form.invoices.push(InvoiceForm {
            id: 9,
            issue_date: "2025-05-01".into(),
            due_date: "2025-04-01".into(),
            amount: "100".into(),
            ..InvoiceForm::default()
        });
        let errs = errors(&form, NaiveDate::from_ymd_opt(2025, 7, 10).unwrap());
        assert!(
            errs.iter()
                .any(|e| e.field == FieldPath::Invoice(1, InvoiceField::DueDate)),
            "{errs:?}"
        );
        assert!(
            errs.iter()
                .any(|e| e.field == FieldPath::Invoice(0, InvoiceField::DueDate)),
            "{errs:?}"
        );
        // No message is about the placeholder standing for the unreadable amount.
        assert_eq!(
            errs.iter()
                .filter(|e| e.field == FieldPath::Invoice(0, InvoiceField::Amount))
                .count(),
            1
        );
    }

    #[test]
    fn a_placeholder_never_reaches_a_figure() {
        let mut form = filled();
        form.invoices[0].amount = String::new();
        let (_, reading) = to_dossier(&form);
        assert!(
            !reading.is_empty(),
            "an unreadable amount is always a reading error"
        );
    }

    #[test]
    fn steps_go_forward_and_back() {
        assert_eq!(Step::Debtor.next(), Step::Invoices);
        assert_eq!(Step::Answer.next(), Step::Results);
        assert_eq!(Step::Results.next(), Step::Results);
        assert_eq!(Step::Invoices.previous(), Step::Debtor);
        assert_eq!(Step::Debtor.previous(), Step::Debtor);
        assert_eq!(Step::Actions.number(), 3);
    }
}

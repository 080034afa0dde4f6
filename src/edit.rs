//! What the visitor can do to the form, by name: type into a field, make a choice, add or
//! remove a line. Each is a method of `DossierForm`; ids of new lines are allocated here.

use documents::LetterKind;
// The fields of a party, an invoice and a payment are the dossier's own (`engine::field`):
// named once for typing into them, for their problems and for their ids.
pub use engine::field::{InvoiceField, PartyField, PaymentField};
use engine::{HalfYear, OverriddenRate, ProceedingsKind, PublicBuyerKind};

use crate::form::{
    BusinessChoice, DebtorChoice, DossierForm, InvoiceForm, LetterForm, LineForm, PartyDetails,
    PaymentForm, PositionChoice, RateOverrideForm, TermChoice,
};

/// A text field, by name: where `SetText` writes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TextField {
    BodaccDate,
    JudgmentDate,
    MedSentDate,
    MedReceivedDate,
    MedDeadlineDays,
    DisputedAmount,
    DisputeReason,
    /// A field of the creditor, its name included.
    Creditor(PartyField),
    Debtor(PartyField),
    Letter(LetterField),
    /// A field of the invoice with this id.
    Invoice(u32, InvoiceField),
    /// A field of a payment: the invoice's id, the payment's id.
    Payment(u32, u32, PaymentField),
    /// The date of the reminder with this id.
    Reminder(u32),
    RateOverride(HalfYear, OverriddenRate),
}

impl TextField {
    /// The most characters this field keeps (the page's `maxlength` says the same).
    pub fn max_chars(self) -> i64 {
        match self {
            TextField::Letter(
                LetterField::Opening(_) | LetterField::Extra | LetterField::Closing(_),
            ) => engine::params::MAX_LONG_TEXT_CHARS.current(),
            _ => engine::params::MAX_SHORT_TEXT_CHARS.current(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterField {
    Place,
    DeadlineDays,
    Iban,
    /// The opening paragraph of this kind of letter.
    Opening(LetterKind),
    Extra,
    /// The closing of this kind of letter.
    Closing(LetterKind),
    Signatory,
    MandataireName,
    MandataireAddress,
    CourtTown,
    Supplied,
}

/// A choice among options, or a box ticked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Choice {
    Debtor(DebtorChoice),
    Business(BusinessChoice),
    PublicBuyer(PublicBuyerKind),
    PublicPrivateLaw(bool),
    /// A Member State, or none: outside the Union when `in_eu` is false, not chosen yet when
    /// it is true.
    AbroadCountry {
        country: Option<engine::Country>,
        in_eu: bool,
    },
    InProceedings(bool),
    Proceedings(ProceedingsKind),
    ReservationOfTitle(bool),
    /// The payment term of the invoice with this id.
    Term(u32, TermChoice),
    /// The invoice's terms of sale say « trois fois le taux d'intérêt légal ».
    TimesLegal(u32, bool),
    /// The debtor disputes the invoice with this id as a whole.
    DisputedEntirely(u32, bool),
    MedSent(bool),
    Position(PositionChoice),
    /// The invoice with this id is the one partly disputed.
    DisputedInvoice(u32),
    KeepRelationship(bool),
    /// None: the letter that goes with the recommended step.
    LetterKind(Option<LetterKind>),
    LetterElectronic(bool),
    /// Claim only the undisputed part.
    LetterUndisputedOnly(bool),
    /// The requête's bordereau: the terms of sale or contract, the signed order or quote, the
    /// delivery note, held.
    HoldsTerms(bool),
    HoldsOrder(bool),
    HoldsDelivery(bool),
    /// The visitor, or their client, trades in their own name.
    CreditorNaturalPerson(bool),
    DebtorNaturalPerson(bool),
}

impl DossierForm {
    /// A fresh id for a new line, never one in use: ids stay unique however the form was
    /// stored or imported.
    fn fresh_id(&mut self) -> u32 {
        if self.next_id == u32::MAX {
            self.renumber();
        }
        let used = self
            .invoices
            .iter()
            .flat_map(|i| std::iter::once(i.id).chain(i.payments.iter().map(|p| p.id)))
            .chain(self.reminders.iter().map(|r| r.id))
            .max()
            .unwrap_or(0);
        let id = self.next_id.max(used.saturating_add(1));
        self.next_id = id.saturating_add(1);
        id
    }

    pub fn set_text(&mut self, field: TextField, value: String) {
        let slot: Option<&mut String> = match field {
            TextField::BodaccDate => Some(&mut self.bodacc_date),
            TextField::JudgmentDate => Some(&mut self.judgment_date),
            TextField::MedSentDate => Some(&mut self.med_sent_date),
            TextField::MedReceivedDate => Some(&mut self.med_received_date),
            TextField::MedDeadlineDays => Some(&mut self.med_deadline_days),
            TextField::DisputedAmount => Some(&mut self.disputed_amount),
            TextField::DisputeReason => Some(&mut self.dispute_reason),
            TextField::Creditor(PartyField::Name) => Some(&mut self.creditor_name),
            TextField::Debtor(PartyField::Name) => Some(&mut self.debtor_name),
            TextField::Creditor(f) => party_field(&mut self.creditor_details, f),
            TextField::Debtor(f) => party_field(&mut self.debtor_details, f),
            TextField::Letter(f) => Some(letter_field(&mut self.letter, f)),
            TextField::Invoice(id, f) => self.invoice(id).and_then(|i| invoice_field(i, f)),
            TextField::Payment(invoice, payment, f) => self
                .invoice(invoice)
                .and_then(|i| i.payments.iter_mut().find(|p| p.id == payment))
                .map(|p| match f {
                    PaymentField::Date => &mut p.date,
                    PaymentField::Amount => &mut p.amount,
                }),
            TextField::Reminder(id) => self
                .reminders
                .iter_mut()
                .find(|r| r.id == id)
                .map(|r| &mut r.date),
            TextField::RateOverride(half_year, rate) => {
                let at = self
                    .rate_overrides
                    .iter()
                    .position(|o| o.half_year == half_year && o.rate == rate);
                let at = at.unwrap_or_else(|| {
                    self.rate_overrides.push(RateOverrideForm {
                        half_year,
                        rate,
                        value: String::new(),
                    });
                    self.rate_overrides.len() - 1
                });
                Some(&mut self.rate_overrides[at].value)
            }
        };
        if let Some(slot) = slot {
            let max = usize::try_from(field.max_chars()).unwrap_or(usize::MAX);
            *slot = match value.char_indices().nth(max) {
                Some((cut, _)) => value[..cut].to_string(),
                None => value,
            };
        }
    }

    pub fn choose(&mut self, choice: Choice) {
        match choice {
            Choice::Debtor(c) => self.debtor = c,
            Choice::Business(c) => self.business = c,
            Choice::PublicBuyer(c) => self.public_buyer = c,
            Choice::PublicPrivateLaw(b) => self.public_private_law = b,
            Choice::AbroadCountry { country, in_eu } => {
                self.abroad_country = country.map(|c| c.code().to_string()).unwrap_or_default();
                self.abroad_in_eu = in_eu;
            }
            Choice::InProceedings(b) => self.in_proceedings = b,
            Choice::Proceedings(k) => self.proceedings = k,
            Choice::ReservationOfTitle(b) => self.reservation_of_title = b,
            Choice::Term(id, term) => {
                if let Some(i) = self.invoice(id) {
                    i.term = term;
                }
            }
            Choice::TimesLegal(id, b) => {
                if let Some(i) = self.invoice(id) {
                    i.times_legal = b;
                }
            }
            Choice::DisputedEntirely(id, b) => {
                if let Some(i) = self.invoice(id) {
                    i.disputed_entirely = b;
                }
            }
            Choice::MedSent(b) => self.med_sent = b,
            Choice::Position(p) => self.position = p,
            Choice::DisputedInvoice(id) => self.disputed_invoice = id,
            Choice::KeepRelationship(b) => self.keep_relationship = b,
            Choice::LetterKind(k) => self.letter.kind = k,
            Choice::LetterElectronic(b) => self.letter.electronic = b,
            Choice::LetterUndisputedOnly(b) => self.letter.undisputed_only = b,
            Choice::HoldsTerms(b) => self.letter.holds_terms = b,
            Choice::HoldsOrder(b) => self.letter.holds_order = b,
            Choice::HoldsDelivery(b) => self.letter.holds_delivery = b,
            Choice::CreditorNaturalPerson(b) => self.creditor_details.natural_person = b,
            Choice::DebtorNaturalPerson(b) => self.debtor_details.natural_person = b,
        }
    }

    /// Gives every invoice, payment and reminder a unique id, in order from 1, and the counter
    /// a value past them. A stored or imported dossier may repeat ids (all 0 when absent) or
    /// hold the largest one: edits would then land on the wrong line.
    /// Renumbers only when some line has no id (0) or shares one: ids stay as stored
    /// otherwise, so two tabs name the same line alike (`protocol::merge` merges by id).
    pub fn renumber_if_needed(&mut self) {
        let ids = self
            .invoices
            .iter()
            .flat_map(|i| std::iter::once(i.id).chain(i.payments.iter().map(|p| p.id)))
            .chain(self.reminders.iter().map(|r| r.id));
        let mut seen = std::collections::HashSet::new();
        let sound = ids
            .into_iter()
            .all(|id| id != 0 && id < self.next_id && seen.insert(id));
        if !sound {
            self.renumber();
        }
    }

    pub fn renumber(&mut self) {
        let disputed = self
            .invoices
            .iter()
            .position(|i| self.disputed_invoice != 0 && i.id == self.disputed_invoice);
        let mut next: u32 = 1;
        let mut take = || {
            let id = next;
            next = next.saturating_add(1);
            id
        };
        for invoice in &mut self.invoices {
            invoice.id = take();
            for payment in &mut invoice.payments {
                payment.id = take();
            }
        }
        for reminder in &mut self.reminders {
            reminder.id = take();
        }
        self.next_id = take();
        self.disputed_invoice = disputed.map_or(0, |k| self.invoices[k].id);
    }

    /// Room for one more line of this kind (`params::MAX_INVOICES`…).
    pub fn can_add_invoice(&self) -> bool {
        below(self.invoices.len(), engine::params::MAX_INVOICES.current())
    }

    pub fn can_add_payment(&self, invoice: u32) -> bool {
        self.invoices
            .iter()
            .find(|i| i.id == invoice)
            .is_some_and(|i| {
                below(
                    i.payments.len(),
                    engine::params::MAX_PAYMENTS_PER_INVOICE.current(),
                )
            })
    }

    pub fn can_add_reminder(&self) -> bool {
        below(
            self.reminders.len(),
            engine::params::MAX_REMINDERS.current(),
        )
    }

    pub fn add_invoice(&mut self) {
        if !self.can_add_invoice() {
            return;
        }
        let id = self.fresh_id();
        self.invoices.push(InvoiceForm {
            id,
            ..InvoiceForm::default()
        });
    }

    pub fn remove_invoice(&mut self, id: u32) {
        self.invoices.retain(|i| i.id != id);
    }

    pub fn add_payment(&mut self, invoice: u32) {
        if !self.can_add_payment(invoice) {
            return;
        }
        let id = self.fresh_id();
        if let Some(i) = self.invoice(invoice) {
            i.payments.push(PaymentForm {
                id,
                ..PaymentForm::default()
            });
        }
    }

    pub fn remove_payment(&mut self, invoice: u32, payment: u32) {
        if let Some(i) = self.invoice(invoice) {
            i.payments.retain(|p| p.id != payment);
        }
    }

    pub fn add_reminder(&mut self) {
        if !self.can_add_reminder() {
            return;
        }
        let id = self.fresh_id();
        self.reminders.push(LineForm {
            id,
            date: String::new(),
        });
    }

    pub fn remove_reminder(&mut self, id: u32) {
        self.reminders.retain(|r| r.id != id);
    }

    fn invoice(&mut self, id: u32) -> Option<&mut InvoiceForm> {
        self.invoices.iter_mut().find(|i| i.id == id)
    }
}

/// The party's name is kept beside its details, in the form itself (`set_text`).
fn party_field(p: &mut PartyDetails, f: PartyField) -> Option<&mut String> {
    Some(match f {
        PartyField::Name => return None,
        PartyField::LegalForm => &mut p.legal_form,
        PartyField::Siren => &mut p.siren,
        PartyField::Address => &mut p.address,
        PartyField::Representative => &mut p.representative,
        PartyField::Surname => &mut p.surname,
        PartyField::FirstNames => &mut p.first_names,
        PartyField::Profession => &mut p.profession,
        PartyField::Nationality => &mut p.nationality,
        PartyField::BirthDate => &mut p.birth_date,
        PartyField::BirthPlace => &mut p.birth_place,
    })
}

/// An invoice's typed fields; its term and its « trois fois le taux légal » are choices
/// (`Choice`), its payments lines of their own.
fn invoice_field(i: &mut InvoiceForm, f: InvoiceField) -> Option<&mut String> {
    Some(match f {
        InvoiceField::Number => &mut i.number,
        InvoiceField::Amount => &mut i.amount,
        InvoiceField::IssueDate => &mut i.issue_date,
        InvoiceField::DeliveryDate => &mut i.delivery_date,
        InvoiceField::RequestReceived => &mut i.request_received,
        InvoiceField::DueDate => &mut i.due_date,
        InvoiceField::TermDays => &mut i.days,
        InvoiceField::ContractRate => &mut i.contract_rate,
        InvoiceField::Term
        | InvoiceField::TermType
        | InvoiceField::TimesLegal
        | InvoiceField::Payments => return None,
    })
}

/// `count` lines leave room for one more under `max`.
fn below(count: usize, max: i64) -> bool {
    i64::try_from(count).is_ok_and(|n| n < max)
}

fn letter_field(l: &mut LetterForm, f: LetterField) -> &mut String {
    match f {
        LetterField::Place => &mut l.place,
        LetterField::DeadlineDays => &mut l.deadline_days,
        LetterField::Iban => &mut l.iban,
        LetterField::Opening(kind) => LetterForm::rewrite(&mut l.openings, kind),
        LetterField::Extra => &mut l.extra,
        LetterField::Closing(kind) => LetterForm::rewrite(&mut l.closings, kind),
        LetterField::Signatory => &mut l.signatory,
        LetterField::MandataireName => &mut l.mandataire_name,
        LetterField::MandataireAddress => &mut l.mandataire_address,
        LetterField::CourtTown => &mut l.court_town,
        LetterField::Supplied => &mut l.supplied,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_get_fresh_ids_even_when_the_counter_lies() {
        let mut form = DossierForm {
            next_id: 0, // a damaged stored form
            ..DossierForm::default()
        };
        form.add_invoice();
        form.add_payment(form.invoices[1].id);
        form.add_reminder();
        let mut ids: Vec<u32> = form.invoices.iter().map(|i| i.id).collect();
        ids.extend(
            form.invoices
                .iter()
                .flat_map(|i| i.payments.iter().map(|p| p.id)),
        );
        ids.extend(form.reminders.iter().map(|r| r.id));
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(ids.len(), unique.len(), "{ids:?}");
        form.next_id = u32::MAX;
        form.add_reminder(); // never wraps to an id in use
        form.add_reminder();
        assert!(form.reminders.iter().filter(|r| r.id == 0).count() == 0);
        let mut ids: Vec<u32> = form.invoices.iter().map(|i| i.id).collect();
        ids.extend(
            form.invoices
                .iter()
                .flat_map(|i| i.payments.iter().map(|p| p.id)),
        );
        ids.extend(form.reminders.iter().map(|r| r.id));
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count, "{ids:?}");
    }

    #[test]
    fn no_line_is_added_past_the_limits() {
        let mut form = DossierForm::default();
        for _ in 0..250 {
            form.add_invoice();
            form.add_reminder();
        }
        assert_eq!(form.invoices.len(), 200);
        assert_eq!(form.reminders.len(), 30);
        assert!(!form.can_add_invoice() && !form.can_add_reminder());
        let first = form.invoices[0].id;
        for _ in 0..60 {
            form.add_payment(first);
        }
        assert_eq!(form.invoices[0].payments.len(), 50);
    }

    #[test]
    fn a_rewritten_opening_belongs_to_its_kind_of_letter() {
        let mut form = DossierForm::default();
        let med = LetterKind::MiseEnDemeure;
        let relance = LetterKind::PremiereRelance;
        form.set_text(
            TextField::Letter(LetterField::Opening(med)),
            "Ma mise en demeure.".into(),
        );
        form.set_text(
            TextField::Letter(LetterField::Closing(med)),
            "Bien à vous.".into(),
        );
        form.set_text(
            TextField::Letter(LetterField::Opening(relance)),
            "Ma relance.".into(),
        );
        let l = &form.letter;
        assert_eq!(
            LetterForm::rewritten(&l.openings, med),
            Some("Ma mise en demeure.")
        );
        assert_eq!(
            LetterForm::rewritten(&l.openings, relance),
            Some("Ma relance.")
        );
        assert_eq!(LetterForm::rewritten(&l.closings, relance), None);
        // Emptied, it stays rewritten (as empty): the field does not jump back.
        form.set_text(TextField::Letter(LetterField::Opening(med)), String::new());
        assert_eq!(LetterForm::rewritten(&form.letter.openings, med), Some(""));
        form.letter.restore_proposed(med);
        assert_eq!(LetterForm::rewritten(&form.letter.openings, med), None);
        assert_eq!(LetterForm::rewritten(&form.letter.closings, med), None);
        assert_eq!(
            LetterForm::rewritten(&form.letter.openings, relance),
            Some("Ma relance.")
        );
    }

    #[test]
    fn text_lands_on_the_line_it_names() {
        let mut form = DossierForm::default();
        form.add_invoice();
        let second = form.invoices[1].id;
        form.set_text(
            TextField::Invoice(second, InvoiceField::Amount),
            "900".into(),
        );
        assert_eq!(form.invoices[0].amount, "");
        assert_eq!(form.invoices[1].amount, "900");
        form.add_payment(second);
        let payment = form.invoices[1].payments[0].id;
        form.set_text(
            TextField::Payment(second, payment, PaymentField::Amount),
            "100".into(),
        );
        assert_eq!(form.invoices[1].payments[0].amount, "100");
        form.set_text(TextField::Invoice(999, InvoiceField::Amount), "lost".into()); // no such line: nothing
        form.remove_invoice(second);
        assert_eq!(form.invoices.len(), 1);
        let h = HalfYear {
            year: 2027,
            second: false,
        };
        form.set_text(
            TextField::RateOverride(h, OverriddenRate::EcbMro),
            "2,9".into(),
        );
        form.set_text(
            TextField::RateOverride(h, OverriddenRate::EcbMro),
            "2,90".into(),
        );
        assert_eq!(form.rate_overrides.len(), 1);
        assert_eq!(form.rate_overrides[0].value, "2,90");
    }
}

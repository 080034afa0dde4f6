//! What the invoices step shows as fields, and what as one line. A long dossier shown whole
//! (200 invoices of 50 payments: 20 000 inputs) froze the page for seconds on a reload or an
//! import (PROBE F7); folded, it is one line per invoice, and the fields of what the visitor
//! opens, adds or must correct. A dossier of a few invoices shows everything, as before.

use crate::form::{DossierForm, FormError};

/// A dossier of this many invoices or fewer shows each one's fields.
pub const INVOICES_SHOWN_UP_TO: usize = 10;
/// An invoice with this many partial payments or fewer shows each one's fields.
pub const PAYMENTS_SHOWN_UP_TO: usize = 5;
/// « Suivant » refused opens the invoices to correct, the first ones only: the first is
/// where the focus goes, and each line says which others need correcting.
const OPENED_TO_CORRECT: usize = 3;

/// What the visitor opened, by id: an invoice's fields, or its payments'.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Folds {
    invoices: Vec<u32>,
    payments: Vec<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fold {
    /// An invoice's fields, by its id.
    Invoice(u32),
    /// An invoice's partial payments, by the invoice's id.
    Payments(u32),
}

/// What the step shows of one invoice.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shown {
    /// Its fields, or one line.
    pub fields: bool,
    /// Its payments' fields, or one line.
    pub payments: bool,
    /// It can be folded again (a long dossier).
    pub foldable: bool,
}

impl Folds {
    pub fn open(&mut self, fold: Fold) {
        let (ids, id) = self.ids(fold);
        if !ids.contains(&id) {
            ids.push(id);
        }
    }

    pub fn close(&mut self, fold: Fold) {
        let (ids, id) = self.ids(fold);
        ids.retain(|&i| i != id);
    }

    fn ids(&mut self, fold: Fold) -> (&mut Vec<u32>, u32) {
        match fold {
            Fold::Invoice(id) => (&mut self.invoices, id),
            Fold::Payments(id) => (&mut self.payments, id),
        }
    }

    /// After « Suivant » was refused: the first invoices with an error open, and their
    /// payments too when one of those is wrong. They stay open while the visitor corrects them.
    pub fn open_to_correct(&mut self, form: &DossierForm, errors: &[FormError]) {
        let mut opened = 0;
        for (i, invoice) in form.invoices.iter().enumerate() {
            if opened == OPENED_TO_CORRECT {
                break;
            }
            let (wrong, payment_wrong) = wrong(errors, i);
            if wrong {
                opened += 1;
                self.open(Fold::Invoice(invoice.id));
            }
            if payment_wrong {
                self.open(Fold::Payments(invoice.id));
            }
        }
    }

    /// What the step shows of each invoice of `form`, in order.
    pub fn shown(&self, form: &DossierForm) -> Vec<Shown> {
        let foldable = form.invoices.len() > INVOICES_SHOWN_UP_TO;
        form.invoices
            .iter()
            .map(|invoice| Shown {
                fields: !foldable || self.invoices.contains(&invoice.id),
                payments: invoice.payments.len() <= PAYMENTS_SHOWN_UP_TO
                    || self.payments.contains(&invoice.id),
                foldable,
            })
            .collect()
    }
}

/// Where the focus goes once `fold` is opened or closed: its first field, or the button that
/// opens it again (the one pressed is gone).
pub fn focus_after(form: &DossierForm, fold: Fold, opened: bool) -> Option<String> {
    let (Fold::Invoice(id) | Fold::Payments(id)) = fold;
    let i = form.invoices.iter().position(|invoice| invoice.id == id)?;
    Some(match (fold, opened) {
        (Fold::Invoice(_), true) => format!("f-invoices-{i}-number"),
        (Fold::Invoice(_), false) => format!("f-open-invoice-{i}"),
        (Fold::Payments(_), true) => format!("f-invoices-{i}-payments-0-date"),
        (Fold::Payments(_), false) => format!("f-open-payments-{i}"),
    })
}

/// Whether invoice `i` has an error, and whether one is in its payments.
pub fn wrong(errors: &[FormError], i: usize) -> (bool, bool) {
    let mut found = (false, false);
    for e in errors.iter().filter(|e| e.field.is_of_invoice(i)) {
        found.0 = true;
        found.1 |= e.field.is_of_payments(i);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::{InvoiceForm, PaymentForm};
    use engine::field::{FieldPath, InvoiceField, PaymentField};
    use engine::problem::Problem;

    fn form(invoices: usize, payments: usize) -> DossierForm {
        DossierForm {
            invoices: (0..invoices as u32)
                .map(|i| InvoiceForm {
                    id: 1 + i,
                    payments: (0..payments as u32)
                        .map(|j| PaymentForm {
                            id: 1000 + 100 * i + j,
                            ..PaymentForm::default()
                        })
                        .collect(),
                    ..InvoiceForm::default()
                })
                .collect(),
            ..DossierForm::default()
        }
    }

    fn error(field: FieldPath) -> FormError {
        FormError {
            field,
            problem: Problem::DateNotValid,
            missing: false,
        }
    }

    #[test]
    fn a_short_dossier_shows_every_field() {
        let shown = Folds::default().shown(&form(INVOICES_SHOWN_UP_TO, PAYMENTS_SHOWN_UP_TO));
        assert_eq!(shown.len(), INVOICES_SHOWN_UP_TO);
        assert!(shown.iter().all(|s| s.fields && s.payments && !s.foldable));
    }

    #[test]
    fn a_long_dossier_shows_what_the_visitor_opens() {
        let form = form(INVOICES_SHOWN_UP_TO + 1, PAYMENTS_SHOWN_UP_TO + 1);
        let mut folds = Folds::default();
        assert!(folds
            .shown(&form)
            .iter()
            .all(|s| !s.fields && !s.payments && s.foldable));
        folds.open(Fold::Invoice(3));
        folds.open(Fold::Invoice(3));
        folds.open(Fold::Payments(4));
        let shown = folds.shown(&form);
        assert_eq!(
            shown
                .iter()
                .map(|s| (s.fields, s.payments))
                .collect::<Vec<_>>()[1..5],
            [(false, false), (true, false), (false, true), (false, false)]
        );
        folds.close(Fold::Invoice(3));
        assert!(!folds.shown(&form)[2].fields);
        let focus = |fold, opened| focus_after(&form, fold, opened);
        assert_eq!(
            focus(Fold::Invoice(3), true).as_deref(),
            Some("f-invoices-2-number")
        );
        assert_eq!(
            focus(Fold::Invoice(3), false).as_deref(),
            Some("f-open-invoice-2")
        );
        assert_eq!(
            focus(Fold::Payments(4), true).as_deref(),
            Some("f-invoices-3-payments-0-date")
        );
        assert_eq!(
            focus(Fold::Payments(4), false).as_deref(),
            Some("f-open-payments-3")
        );
        assert_eq!(focus(Fold::Invoice(99), true), None);
    }

    #[test]
    fn a_refusal_opens_the_first_invoices_to_correct_and_they_stay_open() {
        let form = form(20, 8);
        let errors = [
            error(FieldPath::Invoice(2, InvoiceField::Amount)),
            error(FieldPath::Payment(5, 7, PaymentField::Date)),
            error(FieldPath::Invoice(9, InvoiceField::IssueDate)),
            error(FieldPath::Invoice(12, InvoiceField::Amount)),
            error(FieldPath::Invoices),
        ];
        let mut folds = Folds::default();
        folds.open_to_correct(&form, &errors);
        let open: Vec<usize> = (0..20).filter(|&i| folds.shown(&form)[i].fields).collect();
        assert_eq!(open, [2, 5, 9]);
        let payments: Vec<usize> = (0..20)
            .filter(|&i| folds.shown(&form)[i].payments)
            .collect();
        assert_eq!(payments, [5]);
        // Corrected, they stay as they are while the visitor goes on typing.
        folds.open_to_correct(&form, &[]);
        assert!(folds.shown(&form)[2].fields);
        assert_eq!(wrong(&errors, 12), (true, false));
        assert_eq!(wrong(&errors, 1), (false, false));
    }
}

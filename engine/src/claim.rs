//! What is claimed, and from whom: the totals of a set of invoices, the part the debtor
//! disputes with the penalties and indemnity that go with it (FACTS.md, Corrections D5), and
//! what a court step claims: the invoices still running (D4). docs/CALCULATION.md.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::round_cents;
use crate::assessment::InvoiceAssessment;
use crate::dossier::{DebtorPosition, Dossier};
use crate::prescription::PrescriptionStatus;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Totals {
    /// Sum of the invoices' amounts TTC.
    pub principal: Decimal,
    pub payments: Decimal,
    pub outstanding_principal: Decimal,
    pub penalties: Decimal,
    pub indemnities: Decimal,
    /// principal + penalties + indemnities − payments.
    pub total: Decimal,
    /// The disputed principal, the penalties on it, and the 40 € of wholly disputed invoices.
    pub disputed: Decimal,
    /// total − disputed: the undisputed principal, its penalties and indemnities.
    pub undisputed: Decimal,
}

impl Totals {
    /// The totals of `invoices`.
    pub fn of<'a>(invoices: impl IntoIterator<Item = &'a InvoiceAssessment>) -> Totals {
        let mut t = Totals {
            principal: Decimal::ZERO,
            payments: Decimal::ZERO,
            outstanding_principal: Decimal::ZERO,
            penalties: Decimal::ZERO,
            indemnities: Decimal::ZERO,
            total: Decimal::ZERO,
            disputed: Decimal::ZERO,
            undisputed: Decimal::ZERO,
        };
        for i in invoices {
            t.principal += i.amount;
            t.payments += i.paid;
            t.penalties += i.penalties;
            t.indemnities += i.indemnity;
            t.disputed += i.disputed_due();
        }
        t.outstanding_principal = t.principal - t.payments;
        t.total = t.principal + t.penalties + t.indemnities - t.payments;
        t.undisputed = t.total - t.disputed;
        t
    }
}

/// What a court step (injonction de payer, référé, assignation, petites créances, the
/// European procedures) claims: the invoices with something due whose limitation period has
/// not run on the assessment's date. The others are not extinguished, but the debtor would
/// raise prescription (C. civ. 2219), and an order issued on them would cost the creditor an
/// opposition: they are listed apart (FACTS.md, Corrections D4).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CourtClaim {
    /// Indices in `Assessment::invoices`.
    pub invoices: Vec<usize>,
    /// Time-barred invoices with something still due, left out of the claim.
    pub time_barred: Vec<usize>,
    pub totals: Totals,
}

impl CourtClaim {
    pub(crate) fn of(invoices: &[InvoiceAssessment]) -> CourtClaim {
        let due: Vec<usize> = (0..invoices.len())
            .filter(|&k| invoices[k].total_due() > Decimal::ZERO)
            .collect();
        let (time_barred, running): (Vec<usize>, Vec<usize>) = due
            .into_iter()
            .partition(|&k| invoices[k].prescription.status == PrescriptionStatus::TimeBarred);
        CourtClaim {
            totals: Totals::of(running.iter().map(|&k| &invoices[k])),
            invoices: running,
            time_barred,
        }
    }
}

/// Which invoices the debtor disputes, how much of each, and the penalties and indemnity that
/// go with the disputed part (D5). A part of an invoice is taken as unpaid throughout: the
/// debtor's payments went to what it does not dispute. So each segment's penalties are shared
/// in proportion of the disputed part to the segment's base (docs/CALCULATION.md).
pub(crate) fn mark_disputed(invoices: &mut [InvoiceAssessment], dossier: &Dossier) {
    let position = dossier.position;
    let single = invoices.len() == 1;
    for (i, invoice) in invoices.iter_mut().enumerate() {
        let entirely = dossier.invoices.get(i).is_some_and(|d| d.disputed_entirely);
        invoice.disputed = match position {
            DebtorPosition::DisputesAll => invoice.outstanding.max(Decimal::ZERO),
            DebtorPosition::DisputesInvoices if entirely => invoice.outstanding.max(Decimal::ZERO),
            DebtorPosition::DisputesPart {
                amount,
                invoice: at,
            } if at == Some(i) || (at.is_none() && single) => {
                amount.min(invoice.outstanding).max(Decimal::ZERO)
            }
            _ => Decimal::ZERO,
        };
        let all = position == DebtorPosition::DisputesAll
            || (position == DebtorPosition::DisputesInvoices && entirely);
        // The 40 € is for paying late: disputed with the invoice only if none of it was paid.
        let whole = all || (invoice.paid.is_zero() && invoice.disputed == invoice.amount);
        invoice.disputed_penalties = if all {
            invoice.penalties
        } else {
            // The undisputed part's penalties are rounded as an invoice's are, so that they
            // equal those of an invoice of that amount to the cent; the rest is disputed.
            let d = invoice.disputed;
            let undisputed = round_cents(
                invoice
                    .segments
                    .iter()
                    .filter(|s| s.base > Decimal::ZERO)
                    .map(|s| s.amount * (s.base - d.min(s.base)) / s.base)
                    .sum(),
            );
            (invoice.penalties - undisputed).max(Decimal::ZERO)
        };
        invoice.disputed_indemnity = if whole {
            invoice.indemnity
        } else {
            Decimal::ZERO
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::assess;
    use crate::dossier::Dossier;
    use crate::params::date;

    /// Invoices A (1 000 €) and B (500 €), both due on 4 Feb 2026, `disputed` € of B disputed.
    fn b_partly_disputed(disputed: u32) -> Dossier {
        serde_json::from_str(&format!(
            r#"{{"invoices": [
                {{"number": "A", "issue_date": "2026-01-05", "term": {{"type": "DueDate", "date": "2026-02-04"}},
                 "amount": "1000"}},
                {{"number": "B", "issue_date": "2026-01-05", "term": {{"type": "DueDate", "date": "2026-02-04"}},
                 "amount": "500"}}],
               "position": {{"type": "DisputesPart", "amount": "{disputed}", "invoice": 1}}}}"#
        ))
        .unwrap()
    }

    #[test]
    fn the_disputed_part_is_carried_by_its_invoice_and_taken_off_the_total() {
        let dossier = b_partly_disputed(200);
        let a = assess(&dossier, date(2026, 6, 1)).unwrap();
        assert_eq!(a.invoices[0].disputed, Decimal::ZERO);
        let b = &a.invoices[1];
        assert_eq!(b.disputed, Decimal::from(200));
        // The penalties on the disputed 200 € go with it (D5); the 40 € stays undisputed.
        assert!(b.disputed_penalties > Decimal::ZERO);
        assert_eq!(b.disputed_indemnity, Decimal::ZERO);
        assert_eq!(a.totals.disputed, Decimal::from(200) + b.disputed_penalties);
        assert_eq!(a.totals.undisputed, a.totals.total - a.totals.disputed);

        // The undisputed part's penalties are those of a 300 € invoice on the same dates.
        let mut alone = dossier.clone();
        alone.invoices[1].amount = Decimal::from(300);
        alone.position = DebtorPosition::Silent;
        let undisputed = assess(&alone, date(2026, 6, 1)).unwrap();
        assert_eq!(
            b.penalties - b.disputed_penalties,
            undisputed.invoices[1].penalties
        );
    }

    #[test]
    fn a_whole_invoice_disputed_takes_its_penalties_and_its_40_euros_with_it() {
        let dossier = b_partly_disputed(500);
        let a = assess(&dossier, date(2026, 6, 1)).unwrap();
        let b = &a.invoices[1];
        assert_eq!(b.disputed_due(), b.total_due());
        assert_eq!(a.totals.undisputed, a.invoices[0].total_due());
    }
}

//! When an invoice falls due, and whether the agreed term exceeds the legal maximum.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;

use crate::dossier::{DebtorKind, Invoice, PaymentTerm, PublicBuyerKind};
use crate::format::date_fr;
use crate::params;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DueDate {
    pub date: NaiveDate,
    /// How it was derived, in French, with its article.
    pub explanation: String,
    /// Set when the agreed term exceeds the legal maximum.
    pub term_warning: Option<String>,
}

pub fn due_date(invoice: &Invoice, debtor: DebtorKind) -> DueDate {
    let issue = invoice.issue_date;
    let (date, explanation) = match invoice.term {
        PaymentTerm::DueDate { date } => (
            date,
            format!("Échéance indiquée sur la facture : {}.", date_fr(date)),
        ),
        PaymentTerm::ContractSilent => {
            let start = invoice.delivery_date.unwrap_or(issue);
            let date = add_days(start, params::B2B_DEFAULT_TERM_DAYS as u64);
            let from = if invoice.delivery_date.is_some() {
                "la livraison ou la fin de la prestation"
            } else {
                "la date de facture (date de livraison non indiquée)"
            };
            (date, format!(
                "Contrat muet : paiement au plus tard 30 jours après {from}, soit le {} (C. com. L441-10 I).",
                date_fr(date)
            ))
        }
        PaymentTerm::Days { days } => {
            let date = add_days(issue, u64::from(days));
            (
                date,
                format!(
                    "{days} jours après la date de facture, soit le {}.",
                    date_fr(date)
                ),
            )
        }
        PaymentTerm::FortyFiveDaysEndOfMonth => {
            let date = end_of_month(add_days(issue, 45));
            (date, format!(
                "45 jours fin de mois, compté date de facture + 45 jours puis fin de ce mois, soit le {} \
                 (C. com. L441-10 I ; l'autre décompte admis, fin du mois de facture + 45 jours, donne une date plus tardive : \
                 indiquez la date exacte si votre contrat le prévoit).",
                date_fr(date)
            ))
        }
    };
    DueDate {
        date,
        explanation,
        term_warning: term_warning(issue, date, invoice.term, debtor),
    }
}

fn term_warning(
    issue: NaiveDate,
    due: NaiveDate,
    term: PaymentTerm,
    debtor: DebtorKind,
) -> Option<String> {
    let days = (due - issue).num_days();
    match debtor {
        DebtorKind::Business { .. } | DebtorKind::Abroad { .. } => {
            let fdm_limit = end_of_month(add_days(issue, 45));
            let too_long = match term {
                PaymentTerm::FortyFiveDaysEndOfMonth | PaymentTerm::ContractSilent => false,
                // « N jours » is not « 45 jours fin de mois »: only 60 days can cover it.
                PaymentTerm::Days { .. } => days > params::B2B_MAX_TERM_DAYS,
                // A bare date may come from either agreed maximum: over both, it is too long.
                PaymentTerm::DueDate { .. } => days > params::B2B_MAX_TERM_DAYS && due > fdm_limit,
            };
            too_long.then(|| format!(
                "Le délai convenu ({days} jours) dépasse le maximum légal entre professionnels : 60 jours après la date de facture, \
                 ou 45 jours fin de mois si le contrat le prévoit (C. com. L441-10 I). Un tel délai expose le débiteur à une amende \
                 administrative (L441-16) ; les pénalités sont calculées ici à partir de l'échéance convenue."
            ))
        }
        DebtorKind::PublicBuyer { buyer } => {
            let (max, article) = match buyer {
                PublicBuyerKind::StateOrLocal => (30, "R2192-10"),
                PublicBuyerKind::Hospital => (50, "R2192-11 1°"),
                PublicBuyerKind::PublicUndertaking => (60, "R2192-11 2°"),
            };
            (days > max).then(|| format!(
                "Le délai ({days} jours) dépasse le délai maximal de paiement de cet acheteur public : {max} jours à compter de la \
                 réception de la demande de paiement (Code de la commande publique {article}, R2192-12)."
            ))
        }
        DebtorKind::Consumer => None,
    }
}

pub(crate) fn add_days(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

pub(crate) fn add_months(day: NaiveDate, months: u32) -> NaiveDate {
    day.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

pub(crate) fn end_of_month(day: NaiveDate) -> NaiveDate {
    let first = day.with_day(1).unwrap_or(day);
    add_months(first, 1).pred_opt().unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::date;
    use rust_decimal::Decimal;

    fn invoice(term: PaymentTerm) -> Invoice {
        Invoice {
            number: "F1".into(),
            issue_date: date(2025, 1, 10),
            delivery_date: Some(date(2025, 1, 5)),
            term,
            amount: Decimal::ONE_HUNDRED,
            payments: vec![],
            contract_rate: None,
        }
    }
    const B2B: DebtorKind = DebtorKind::Business {
        commercial: true,
        artisan: false,
    };

    #[test]
    fn derives_each_kind_of_term() {
        assert_eq!(
            due_date(&invoice(PaymentTerm::ContractSilent), B2B).date,
            date(2025, 2, 4)
        );
        assert_eq!(
            due_date(&invoice(PaymentTerm::Days { days: 45 }), B2B).date,
            date(2025, 2, 24)
        );
        // 10 Jan + 45 days = 24 Feb, end of month = 28 Feb 2025.
        assert_eq!(
            due_date(&invoice(PaymentTerm::FortyFiveDaysEndOfMonth), B2B).date,
            date(2025, 2, 28)
        );
        let written = PaymentTerm::DueDate {
            date: date(2025, 3, 1),
        };
        assert_eq!(due_date(&invoice(written), B2B).date, date(2025, 3, 1));
    }

    #[test]
    fn warns_when_the_term_exceeds_the_legal_maximum() {
        assert!(due_date(&invoice(PaymentTerm::Days { days: 60 }), B2B)
            .term_warning
            .is_none());
        assert!(due_date(&invoice(PaymentTerm::Days { days: 90 }), B2B)
            .term_warning
            .is_some());
        // Issued 17 Jan 2025: 45 days end of month reaches 31 Mar (73 days), yet « 70 jours »
        // is over the 60 days, the only maximum an N-day term can claim (L441-10 I).
        let mut late_in_month = invoice(PaymentTerm::Days { days: 70 });
        late_in_month.issue_date = date(2025, 1, 17);
        assert!(due_date(&late_in_month, B2B).term_warning.is_some());
        late_in_month.term = PaymentTerm::DueDate {
            date: date(2025, 3, 28),
        };
        assert!(due_date(&late_in_month, B2B).term_warning.is_none());
        let public = DebtorKind::PublicBuyer {
            buyer: PublicBuyerKind::StateOrLocal,
        };
        assert!(due_date(&invoice(PaymentTerm::Days { days: 45 }), public)
            .term_warning
            .is_some());
        assert!(due_date(
            &invoice(PaymentTerm::Days { days: 90 }),
            DebtorKind::Consumer
        )
        .term_warning
        .is_none());
    }

    #[test]
    fn end_of_month_handles_leap_years() {
        assert_eq!(end_of_month(date(2024, 2, 3)), date(2024, 2, 29));
        assert_eq!(end_of_month(date(2025, 12, 31)), date(2025, 12, 31));
    }
}

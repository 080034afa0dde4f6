//! When an invoice falls due, and whether the agreed term exceeds the legal maximum.

use chrono::NaiveDate;

use crate::dates::{add_days, end_of_month};
use serde::Serialize;

use crate::dossier::{DebtorKind, Invoice, PaymentTerm, PublicBuyerKind};
use crate::params;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DueDate {
    pub date: NaiveDate,
    /// How it was derived (its words: `texts::fr::due`).
    pub basis: DueBasis,
    /// Set when the agreed term exceeds the legal maximum.
    pub term_warning: Option<TermWarning>,
}

/// How a due date was derived, with the figures its explanation needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum DueBasis {
    /// Written on the invoice.
    Written,
    /// « Payable à réception »: the invoice date.
    OnReceipt,
    /// N days after the invoice date.
    Days { days: i64 },
    /// N days end of month (L441-10 I), counted invoice date + N days then the month's end.
    EndOfMonth { days: i64 },
    /// Contract silent, between professionals: N days after delivery (L441-10 I).
    SilentProfessional { days: i64, delivered: bool },
    /// Contract silent, consumer: due on delivery (C. civ. 1651; FACTS P5).
    SilentConsumer { delivered: bool },
    /// Contract silent, public buyer: its maximum from receipt of the payment request (C4).
    SilentPublicBuyer {
        days: i64,
        article: &'static str,
        received: Option<NaiveDate>,
    },
}

pub fn due_date(invoice: &Invoice, debtor: DebtorKind) -> DueDate {
    let issue = invoice.issue_date;
    let (date, basis) = match invoice.term {
        PaymentTerm::DueDate { date } => (date, DueBasis::Written),
        PaymentTerm::ContractSilent => silent_contract(invoice, debtor),
        PaymentTerm::Days { days } => {
            let days = i64::from(days);
            (add_days(issue, days), DueBasis::Days { days })
        }
        PaymentTerm::FortyFiveDaysEndOfMonth => {
            let days = params::B2B_END_OF_MONTH_TERM_DAYS.at(issue);
            (
                end_of_month(add_days(issue, days)),
                DueBasis::EndOfMonth { days },
            )
        }
        PaymentTerm::OnReceipt => (issue, DueBasis::OnReceipt),
    };
    DueDate {
        date,
        basis,
        term_warning: term_warning(issue, date, invoice.term, debtor),
    }
}

/// The contract says nothing of the term: who owes decides when the price falls due.
fn silent_contract(invoice: &Invoice, debtor: DebtorKind) -> (NaiveDate, DueBasis) {
    let issue = invoice.issue_date;
    let delivered = invoice.delivery_date;
    match debtor {
        // CCP L2192-10: the regulatory maximum, from receipt of the payment request
        // (R2192-12). Corrections C4.
        DebtorKind::PublicBuyer { buyer, .. } => {
            let (days, article) = public_maximum(buyer, issue);
            let received = invoice.request_received;
            let date = add_days(received.unwrap_or(issue), days);
            (
                date,
                DueBasis::SilentPublicBuyer {
                    days,
                    article,
                    received,
                },
            )
        }
        // Between a professional and a consumer, L441-10 I does not apply: the price is due
        // on delivery or completion (C. civ. 1651 for a sale). Corrections P5, from memory.
        DebtorKind::Consumer => (
            delivered.unwrap_or(issue),
            DueBasis::SilentConsumer {
                delivered: delivered.is_some(),
            },
        ),
        DebtorKind::Business { .. } | DebtorKind::Abroad { .. } => {
            let start = delivered.unwrap_or(issue);
            let days = params::B2B_DEFAULT_TERM_DAYS.at(start);
            (
                add_days(start, days),
                DueBasis::SilentProfessional {
                    days,
                    delivered: delivered.is_some(),
                },
            )
        }
    }
}

/// A public buyer's maximum payment term and its article (CCP R2192-10, R2192-11).
fn public_maximum(buyer: PublicBuyerKind, day: NaiveDate) -> (i64, &'static str) {
    match buyer {
        PublicBuyerKind::StateOrLocal => (params::PUBLIC_TERM_DAYS_STATE.at(day), "R2192-10"),
        PublicBuyerKind::Hospital => (params::PUBLIC_TERM_DAYS_HOSPITAL.at(day), "R2192-11 1°"),
        PublicBuyerKind::PublicUndertaking => {
            (params::PUBLIC_TERM_DAYS_UNDERTAKING.at(day), "R2192-11 2°")
        }
    }
}

/// An agreed term over the legal maximum (its words: `texts::fr::warning`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum TermWarning {
    /// L441-10 I: `max` days after the invoice, or `end_of_month` days end of month.
    BetweenProfessionals {
        days: i64,
        max: i64,
        end_of_month: i64,
    },
    /// CCP R2192-10, R2192-11: the buyer's maximum, from receipt of the payment request.
    PublicBuyer {
        days: i64,
        max: i64,
        article: &'static str,
    },
}

fn term_warning(
    issue: NaiveDate,
    due: NaiveDate,
    term: PaymentTerm,
    debtor: DebtorKind,
) -> Option<TermWarning> {
    let days = (due - issue).num_days();
    match debtor {
        DebtorKind::Business { .. } | DebtorKind::Abroad { .. } => {
            let max = params::B2B_MAX_TERM_DAYS.at(issue);
            let fdm = params::B2B_END_OF_MONTH_TERM_DAYS.at(issue);
            let fdm_limit = end_of_month(add_days(issue, fdm));
            let too_long = match term {
                PaymentTerm::FortyFiveDaysEndOfMonth
                | PaymentTerm::ContractSilent
                | PaymentTerm::OnReceipt => false,
                // « N jours » is not « 45 jours fin de mois »: only 60 days can cover it.
                PaymentTerm::Days { .. } => days > max,
                // A bare date may come from either agreed maximum: over both, it is too long.
                PaymentTerm::DueDate { .. } => days > max && due > fdm_limit,
            };
            too_long.then_some(TermWarning::BetweenProfessionals {
                days,
                max,
                end_of_month: fdm,
            })
        }
        DebtorKind::PublicBuyer { buyer, .. } => {
            if term == PaymentTerm::ContractSilent {
                return None; // the maximum itself
            }
            let (max, article) = public_maximum(buyer, issue);
            (days > max).then_some(TermWarning::PublicBuyer { days, max, article })
        }
        DebtorKind::Consumer => None,
    }
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
            request_received: None,
            term,
            amount: Decimal::ONE_HUNDRED,
            payments: vec![],
            contract_rate: None,
            contract_rate_times_legal: false,
            disputed_entirely: false,
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
            private_law: false,
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
}

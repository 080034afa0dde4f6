//! The limitation period (prescription): when the right to sue ends.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::dates::add_months;
use crate::dossier::{DebtorKind, Invoice};
use crate::params;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum PrescriptionStatus {
    Running,
    /// Ends within six months of the assessment date.
    EndingSoon,
    TimeBarred,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Prescription {
    /// The last day to act.
    pub ends: NaiveDate,
    pub status: PrescriptionStatus,
    /// How it was computed (words: `texts::fr::prescription`).
    pub basis: PrescriptionBasis,
}

/// Which period, from when: the facts the explanation needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrescriptionBasis {
    pub period: Period,
    pub years: i64,
    /// The day the service was completed (the invoice date when no delivery date is given).
    pub completion: NaiveDate,
    pub delivered: bool,
    /// A part payment after completion restarted the period (C. civ. 2240).
    pub acknowledged: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Period {
    /// C. com. L110-4 and C. civ. 2224.
    BetweenProfessionals,
    /// C. conso. L218-2.
    Consumer,
    /// Loi 68-1250: four years from the next 1 January.
    PublicLaw,
}

pub fn prescription(
    invoice: &Invoice,
    debtor: DebtorKind,
    mise_en_demeure_sent: Option<NaiveDate>,
    today: NaiveDate,
) -> Prescription {
    let completion = invoice.completion();
    // A part payment acknowledges the debt and starts a new period (C. civ. 2240, 2231).
    let last_payment = invoice
        .payments
        .iter()
        .map(|p| p.date)
        .filter(|d| *d <= today)
        .max();
    let basis = |period, years| PrescriptionBasis {
        period,
        years,
        completion,
        delivered: invoice.delivery_date.is_some(),
        acknowledged: last_payment
            .filter(|paid| *paid >= completion && period != Period::PublicLaw),
    };
    let (ends, basis) = if !debtor.is_public_law_buyer() {
        let (period, years) = if debtor == DebtorKind::Consumer {
            (
                Period::Consumer,
                params::PRESCRIPTION_CONSUMER_YEARS.at(completion),
            )
        } else {
            (
                Period::BetweenProfessionals,
                params::PRESCRIPTION_B2B_YEARS.at(completion),
            )
        };
        let start = last_payment.map_or(completion, |p| p.max(completion));
        (add_months(start, years * 12), basis(period, years))
    } else {
        // Four years from 1 January of the year after the debt arose; a written
        // payment demand, or a payment, interrupts it (loi 68-1250, art. 1 and 2).
        let interruptions = [last_payment, mise_en_demeure_sent.filter(|d| *d <= today)];
        let last_interruption = interruptions.into_iter().flatten().max();
        let start_year = last_interruption
            .map_or(completion, |d| d.max(completion))
            .year()
            + 1;
        let years = params::PRESCRIPTION_PUBLIC_YEARS.at(completion);
        let ends = i32::try_from(years)
            .ok()
            .and_then(|y| NaiveDate::from_ymd_opt(start_year.saturating_add(y - 1), 12, 31))
            .unwrap_or(NaiveDate::MAX);
        (ends, basis(Period::PublicLaw, years))
    };
    let status = if today > ends {
        PrescriptionStatus::TimeBarred
    } else if add_months(today, params::PRESCRIPTION_ENDING_SOON_MONTHS.current()) >= ends {
        PrescriptionStatus::EndingSoon
    } else {
        PrescriptionStatus::Running
    };
    Prescription {
        ends,
        status,
        basis,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::{Payment, PaymentTerm, PublicBuyerKind};
    use crate::params::date;
    use rust_decimal::Decimal;

    fn invoice(delivered: NaiveDate, payments: Vec<Payment>) -> Invoice {
        Invoice {
            number: "F".into(),
            issue_date: delivered,
            delivery_date: Some(delivered),
            request_received: None,
            term: PaymentTerm::ContractSilent,
            amount: Decimal::from(1000),
            payments,
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
    fn five_years_between_businesses() {
        let p = prescription(
            &invoice(date(2021, 3, 10), vec![]),
            B2B,
            None,
            date(2026, 11, 22),
        );
        assert_eq!(p.ends, date(2026, 3, 10));
        assert_eq!(p.status, PrescriptionStatus::TimeBarred);
        assert_eq!(p.basis.period, Period::BetweenProfessionals);
    }

    #[test]
    fn two_years_against_a_consumer_and_ending_soon() {
        let p = prescription(
            &invoice(date(2025, 3, 10), vec![]),
            DebtorKind::Consumer,
            None,
            date(2026, 11, 22),
        );
        assert_eq!(p.ends, date(2027, 3, 10));
        assert_eq!(p.status, PrescriptionStatus::EndingSoon);
    }

    #[test]
    fn a_part_payment_restarts_the_period() {
        let paid = vec![Payment {
            date: date(2024, 1, 15),
            amount: Decimal::from(100),
        }];
        let p = prescription(
            &invoice(date(2021, 3, 10), paid),
            B2B,
            None,
            date(2026, 11, 22),
        );
        assert_eq!(p.ends, date(2029, 1, 15));
        assert_eq!(p.status, PrescriptionStatus::Running);
    }

    #[test]
    fn a_mise_en_demeure_does_not_interrupt_between_businesses() {
        let p = prescription(
            &invoice(date(2021, 3, 10), vec![]),
            B2B,
            Some(date(2025, 1, 1)),
            date(2026, 11, 22),
        );
        assert_eq!(p.ends, date(2026, 3, 10));
    }

    #[test]
    fn four_years_from_next_january_against_a_public_buyer() {
        let public = DebtorKind::PublicBuyer {
            buyer: PublicBuyerKind::StateOrLocal,
            private_law: false,
        };
        let p = prescription(
            &invoice(date(2022, 5, 10), vec![]),
            public,
            None,
            date(2026, 11, 22),
        );
        assert_eq!(p.ends, date(2026, 12, 31));
        // A written demand in 2024 starts a new period from 1 Jan 2025.
        let p = prescription(
            &invoice(date(2022, 5, 10), vec![]),
            public,
            Some(date(2024, 2, 1)),
            date(2026, 11, 22),
        );
        assert_eq!(p.ends, date(2028, 12, 31));
    }
}

//! Late-payment interest, split into segments at each half-year end and each payment.
//!
//! Calculation choices (docs/CALCULATION.md gives their sources):
//! - Simple interest: base × annual rate × days / 365 (C. civ. 1343-2 excludes compounding
//!   unless a contract or a court provides for it).
//! - Days are counted from the first day of delay (the day after the due date) to the last
//!   day (the assessment date, or the day the funds of a payment were made available), both
//!   inclusive. 365 in every year, leap years included: the practice of the sources we have;
//!   no statute sets a day count (FACTS.md §2, UNVERIFIED for 366-day years).
//! - A payment lowers the base from the day after it.
//! - Each segment keeps exact decimals; only the invoice total is rounded (see `assessment`).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::dossier::Payment;
use crate::halfyear::HalfYear;
use crate::params::{self, Status};
use crate::rates::{RateBook, RateFact, RateSource};

/// Which rule sets the rate.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum InterestRule {
    /// Between professionals: the contract's rate, or ECB MRO + 10 by half-year (C. com. L441-10 II).
    BetweenProfessionals { contract_rate: Option<Decimal> },
    /// Between professionals, the terms of sale setting « trois fois le taux d'intérêt légal »:
    /// the legal rate B of each half-year times the multiple (C. com. L441-10 II).
    TimesLegalRate,
    /// Public buyer: ECB MRO + 8, fixed by the half-year in which interest started (CCP R2192-31).
    PublicBuyer,
    /// Civil law: the legal interest rate B, from the mise en demeure (C. civ. 1231-6, 1344-1).
    LegalInterest,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RateOrigin {
    /// ECB MRO rate of the half-year + 10 points.
    EcbPlusTen,
    /// The rate of the contract or the terms of sale.
    Contract,
    /// The legal interest rate for a creditor who is not a private individual (rate B).
    LegalRateProfessional,
    /// ECB MRO rate of the half-year interest started + 8 points.
    EcbPlusEight,
}

/// Why a segment has its rate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum RateWhy {
    /// The rate of the terms of sale (L441-10 II).
    Contract,
    /// Contract silent: the ECB rate of the half-year + `points` (L441-10 II).
    EcbPlus {
        mro: Decimal,
        points: i64,
        half_year: HalfYear,
    },
    /// Public buyer: the ECB rate of the half-year interest started + `points`, fixed (R2192-31).
    PublicBuyer {
        mro: Decimal,
        points: i64,
        started: HalfYear,
    },
    /// Civil law: the legal rate B of the half-year, from the mise en demeure (1231-6, 1344-1).
    Legal { half_year: HalfYear },
    /// The terms of sale: `multiple` × the legal rate B of the half-year (L441-10 II).
    TimesLegal {
        legal: Decimal,
        multiple: i64,
        half_year: HalfYear,
    },
}

/// One stretch of days at one base and one rate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: i64,
    pub base: Decimal,
    /// Annual rate in percent.
    pub rate: Decimal,
    pub origin: RateOrigin,
    /// "Pourquoi ce taux ?": the figures it rests on (words: `texts::fr::rate_why`).
    pub why: RateWhy,
    pub source: RateSource,
    pub status: Status,
    /// Exact, not rounded.
    pub amount: Decimal,
}

/// Days in the year used for the day count (see the module comment).
const DAY_COUNT_BASIS: i64 = 365;

/// Interest on `principal` from `first_day` to `last_day` inclusive.
/// `payments` may be in any order; those before `first_day` lower the starting base.
pub fn accrue(
    rule: InterestRule,
    book: &RateBook,
    first_day: NaiveDate,
    last_day: NaiveDate,
    principal: Decimal,
    payments: &[Payment],
) -> Vec<Segment> {
    let mut payments: Vec<&Payment> = payments.iter().collect();
    payments.sort_by_key(|p| p.date);
    let mut base = principal
        - payments
            .iter()
            .filter(|p| p.date < first_day)
            .map(|p| p.amount)
            .sum::<Decimal>();
    let mut upcoming = payments
        .into_iter()
        .filter(|p| p.date >= first_day)
        .peekable();
    let started = HalfYear::of(first_day);

    let mut segments = Vec::new();
    let mut cursor = first_day;
    while cursor <= last_day && base > Decimal::ZERO {
        let half_year = HalfYear::of(cursor);
        let mut end = half_year.last_day().min(last_day);
        if let Some(p) = upcoming.peek() {
            end = end.min(p.date);
        }
        let days = (end - cursor).num_days() + 1;
        let (rate, origin, why, fact) = rate_for(rule, book, half_year, started);
        let amount = base * rate * Decimal::from(days) / Decimal::from(DAY_COUNT_BASIS * 100);
        segments.push(Segment {
            from: cursor,
            to: end,
            days,
            base,
            rate,
            origin,
            why,
            source: fact.source,
            status: fact.status,
            amount,
        });
        while upcoming.peek().is_some_and(|p| p.date == end) {
            base -= upcoming.next().map_or(Decimal::ZERO, |p| p.amount);
        }
        match end.succ_opt() {
            Some(next) => cursor = next,
            None => break,
        }
    }
    segments
}

fn rate_for(
    rule: InterestRule,
    book: &RateBook,
    half_year: HalfYear,
    started: HalfYear,
) -> (Decimal, RateOrigin, RateWhy, RateFact) {
    match rule {
        InterestRule::BetweenProfessionals {
            contract_rate: Some(rate),
        } => {
            let fact = RateFact {
                value: rate,
                status: Status::Verified,
                source: RateSource::Contract,
                overridden: false,
            };
            (rate, RateOrigin::Contract, RateWhy::Contract, fact)
        }
        InterestRule::BetweenProfessionals {
            contract_rate: None,
        } => {
            let mro = book.ecb_mro(half_year);
            let points = params::B2B_MARGIN_POINTS.at(half_year.first_day());
            let why = RateWhy::EcbPlus {
                mro: mro.value,
                points,
                half_year,
            };
            (
                mro.value + Decimal::from(points),
                RateOrigin::EcbPlusTen,
                why,
                mro,
            )
        }
        InterestRule::TimesLegalRate => {
            let legal = book.legal_professional(half_year);
            let multiple = params::CONTRACT_FLOOR_MULTIPLE.at(half_year.first_day());
            let why = RateWhy::TimesLegal {
                legal: legal.value,
                multiple,
                half_year,
            };
            let rate = legal.value * Decimal::from(multiple);
            (rate, RateOrigin::Contract, why, legal)
        }
        InterestRule::PublicBuyer => {
            let mro = book.ecb_mro(started);
            let points = params::PUBLIC_MARGIN_POINTS.at(started.first_day());
            let why = RateWhy::PublicBuyer {
                mro: mro.value,
                points,
                started,
            };
            (
                mro.value + Decimal::from(points),
                RateOrigin::EcbPlusEight,
                why,
                mro,
            )
        }
        InterestRule::LegalInterest => {
            let legal = book.legal_professional(half_year);
            let why = RateWhy::Legal { half_year };
            (legal.value, RateOrigin::LegalRateProfessional, why, legal)
        }
    }
}

/// The floor of a contractual rate for a half-year: 3 × the legal rate B (C. com. L441-10 II).
pub fn contract_floor(book: &RateBook, half_year: HalfYear) -> RateFact {
    let legal = book.legal_professional(half_year);
    let multiple = params::CONTRACT_FLOOR_MULTIPLE.at(half_year.first_day());
    RateFact {
        value: legal.value * Decimal::from(multiple),
        ..legal
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::{date, percent};

    const DEFAULT_B2B: InterestRule = InterestRule::BetweenProfessionals {
        contract_rate: None,
    };

    #[test]
    fn splits_at_the_half_year_and_changes_rate() {
        // 1 000 € due 15 Jun 2025: H1 2025 at 13,15 %, H2 2025 at 12,15 %.
        let book = RateBook::new(crate::rate_table::RateTable::compiled(), &[]);
        let s = accrue(
            DEFAULT_B2B,
            &book,
            date(2025, 6, 16),
            date(2025, 7, 10),
            Decimal::from(1000),
            &[],
        );
        assert_eq!(s.len(), 2);
        assert_eq!(
            (s[0].from, s[0].to, s[0].days),
            (date(2025, 6, 16), date(2025, 6, 30), 15)
        );
        assert_eq!(
            (s[1].from, s[1].to, s[1].days),
            (date(2025, 7, 1), date(2025, 7, 10), 10)
        );
        assert_eq!(s[0].rate, percent(1315));
        assert_eq!(s[1].rate, percent(1215));
    }

    #[test]
    fn a_payment_lowers_the_base_from_the_next_day() {
        let book = RateBook::new(crate::rate_table::RateTable::compiled(), &[]);
        let payments = [Payment {
            date: date(2025, 3, 10),
            amount: Decimal::from(400),
        }];
        let s = accrue(
            DEFAULT_B2B,
            &book,
            date(2025, 3, 1),
            date(2025, 3, 20),
            Decimal::from(1000),
            &payments,
        );
        assert_eq!(s.len(), 2);
        assert_eq!(
            (s[0].to, s[0].days, s[0].base),
            (date(2025, 3, 10), 10, Decimal::from(1000))
        );
        assert_eq!(
            (s[1].from, s[1].days, s[1].base),
            (date(2025, 3, 11), 10, Decimal::from(600))
        );
    }

    #[test]
    fn paid_before_the_first_day_of_delay_means_no_interest() {
        let book = RateBook::new(crate::rate_table::RateTable::compiled(), &[]);
        let payments = [Payment {
            date: date(2025, 2, 28),
            amount: Decimal::from(1000),
        }];
        let s = accrue(
            DEFAULT_B2B,
            &book,
            date(2025, 3, 1),
            date(2025, 3, 20),
            Decimal::from(1000),
            &payments,
        );
        assert!(s.is_empty());
    }

    #[test]
    fn public_buyer_rate_is_fixed_by_the_half_year_interest_started() {
        let book = RateBook::new(crate::rate_table::RateTable::compiled(), &[]);
        let s = accrue(
            InterestRule::PublicBuyer,
            &book,
            date(2023, 6, 1),
            date(2023, 8, 1),
            Decimal::from(1000),
            &[],
        );
        // 2023 H1: MRO 2,50 % on 1 Jan 2023, + 8 = 10,50 %, kept in H2.
        assert!(s.iter().all(|seg| seg.rate == percent(1050)));
    }
}

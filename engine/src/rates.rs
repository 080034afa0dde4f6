//! Which rate applies to a half-year: the rate table (compiled, or extended by a rates file),
//! seen through the visitor's overrides.

use crate::dossier::{OverriddenRate, RateOverride};
use crate::halfyear::HalfYear;
use crate::params::Status;
use crate::rate_table::RateTable;
pub use crate::rate_table::{RateFact, RateSource};

/// The rate table seen through the visitor's overrides.
pub struct RateBook<'a> {
    table: &'a RateTable,
    overrides: &'a [RateOverride],
}

impl<'a> RateBook<'a> {
    pub fn new(table: &'a RateTable, overrides: &'a [RateOverride]) -> Self {
        RateBook { table, overrides }
    }

    fn overridden(&self, half_year: HalfYear, rate: OverriddenRate) -> Option<RateFact> {
        self.overrides
            .iter()
            .rev()
            .find(|o| o.half_year == half_year && o.rate == rate)
            .map(|o| RateFact {
                value: o.value,
                status: Status::Unverified,
                source: RateSource::Override,
                overridden: true,
            })
    }

    /// The ECB MRO rate in force on the first day of `half_year` (L441-10 II, R2192-31).
    pub fn ecb_mro(&self, half_year: HalfYear) -> RateFact {
        self.overridden(half_year, OverriddenRate::EcbMro)
            .unwrap_or_else(|| self.table.mro_on(half_year.first_day()))
    }

    /// The legal interest rate B (creditor who is not a private individual), CMF L313-2.
    pub fn legal_professional(&self, half_year: HalfYear) -> RateFact {
        self.overridden(half_year, OverriddenRate::LegalProfessional)
            .unwrap_or_else(|| self.table.legal_professional(half_year))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::{date, percent};
    use rust_decimal::Decimal;

    fn hy(year: i32, second: bool) -> HalfYear {
        HalfYear { year, second }
    }

    fn book() -> RateBook<'static> {
        RateBook::new(RateTable::compiled(), &[])
    }

    /// The semester table of FACTS.md §4b, copied by hand: default rate = MRO + 10.
    #[test]
    fn mro_by_half_year_matches_the_reference_table() {
        let expected = [
            (2015, false, "0.05"),
            (2015, true, "0.05"),
            (2016, false, "0.05"),
            (2016, true, "0.00"),
            (2017, false, "0.00"),
            (2022, true, "0.00"),
            (2023, false, "2.50"),
            (2023, true, "4.00"),
            (2024, false, "4.50"),
            (2024, true, "4.25"),
            (2025, false, "3.15"),
            (2025, true, "2.15"),
            (2026, false, "2.15"),
            // Corrections C1: raised on 11 June 2026, in force 17 June.
            (2026, true, "2.40"),
        ];
        for (year, second, mro) in expected {
            let fact = book().ecb_mro(hy(year, second));
            assert_eq!(
                fact.value,
                mro.parse::<Decimal>().unwrap(),
                "{year} {second}"
            );
            assert_eq!(fact.status, Status::Verified, "{year} {second}");
        }
    }

    #[test]
    fn the_half_year_past_what_the_table_knows_is_flagged() {
        // 2027 H1: the 10 Sept 2026 rise (2,65 %) carried forward, not confirmed.
        let fact = book().ecb_mro(hy(2027, false));
        assert_eq!(fact.value, percent(265));
        assert_eq!(fact.status, Status::Unverified);
        assert!(
            matches!(fact.source, RateSource::MroCarried { .. }),
            "{:?}",
            fact.source
        );
    }

    #[test]
    fn an_override_replaces_the_table_value() {
        let overrides = [RateOverride {
            half_year: hy(2027, false),
            rate: OverriddenRate::EcbMro,
            value: percent(200),
        }];
        let fact = RateBook::new(RateTable::compiled(), &overrides).ecb_mro(hy(2027, false));
        assert_eq!(fact.value, percent(200));
        assert!(fact.overridden);
    }

    #[test]
    fn legal_rate_b_and_its_fallback() {
        assert_eq!(
            book().legal_professional(hy(2024, false)).value,
            percent(507)
        );
        // 2026 H2: three secondary sources, the arrêté not seen (FACTS.md, D1).
        let h2 = book().legal_professional(hy(2026, true));
        assert_eq!(h2.value, percent(275));
        assert_eq!(h2.status, Status::Unverified);
        // Past the table: the last row carried, flagged (R4).
        let later = book().legal_professional(hy(2027, false));
        assert_eq!(later.value, percent(275));
        assert_eq!(later.status, Status::Unverified);
        let earlier = book().legal_professional(hy(2014, true));
        assert_eq!(earlier.status, Status::Unverified);
    }

    #[test]
    fn the_rate_that_counts_is_the_one_in_force_not_the_decision() {
        let table = RateTable::compiled();
        // Decided 21 Jul 2022, in force 27 Jul 2022.
        assert_eq!(table.mro_on(date(2022, 7, 26)).value, Decimal::ZERO);
        assert_eq!(table.mro_on(date(2022, 7, 27)).value, percent(50));
        // Decided 11 June 2026, in force 17 June 2026.
        assert_eq!(table.mro_on(date(2026, 6, 16)).value, percent(215));
        assert_eq!(table.mro_on(date(2026, 6, 17)).value, percent(240));
    }
}

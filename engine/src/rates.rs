//! Which rate applies to a half-year: the tables of `params`, the visitor's overrides,
//! and a clear flag where a value is past what our sources verified.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::dossier::{OverriddenRate, RateOverride};
use crate::halfyear::HalfYear;
use crate::params::{self, percent, Status};

/// A rate looked up for a half-year, with where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RateFact {
    /// In percent.
    pub value: Decimal,
    pub status: Status,
    pub source: String,
    /// The visitor typed this value in place of the table's.
    pub overridden: bool,
}

/// The rate tables seen through the visitor's overrides.
pub struct RateBook<'a> {
    overrides: &'a [RateOverride],
}

impl<'a> RateBook<'a> {
    pub fn new(overrides: &'a [RateOverride]) -> Self {
        RateBook { overrides }
    }

    fn overridden(&self, half_year: HalfYear, rate: OverriddenRate) -> Option<RateFact> {
        self.overrides
            .iter()
            .rev()
            .find(|o| o.half_year == half_year && o.rate == rate)
            .map(|o| RateFact {
                value: o.value,
                status: Status::Unverified,
                source: "valeur saisie par vous".to_string(),
                overridden: true,
            })
    }

    /// The ECB MRO rate in force on the first day of `half_year` (L441-10 II, R2192-31).
    pub fn ecb_mro(&self, half_year: HalfYear) -> RateFact {
        if let Some(fact) = self.overridden(half_year, OverriddenRate::EcbMro) {
            return fact;
        }
        mro_in_force(half_year.first_day())
    }

    /// The legal interest rate B (creditor who is not a private individual), CMF L313-2.
    pub fn legal_professional(&self, half_year: HalfYear) -> RateFact {
        if let Some(fact) = self.overridden(half_year, OverriddenRate::LegalProfessional) {
            return fact;
        }
        let table = params::LEGAL_RATES;
        let exact = table
            .iter()
            .find(|r| r.year == half_year.year && r.second_half == half_year.second);
        match exact {
            Some(row) => RateFact {
                value: percent(row.professional_bp),
                status: Status::Verified,
                source: format!("taux de l'intérêt légal, {half_year} : {}", row.source),
                overridden: false,
            },
            None => {
                // Past (or before) the table: the nearest known value, flagged.
                let after_table = table
                    .last()
                    .is_some_and(|r| (r.year, r.second_half) < (half_year.year, half_year.second));
                let row = if after_table {
                    table.last()
                } else {
                    table.first()
                };
                let (value, label) = row.map_or((Decimal::ZERO, String::new()), |r| {
                    let known = HalfYear {
                        year: r.year,
                        second: r.second_half,
                    };
                    (percent(r.professional_bp), known.to_string())
                });
                RateFact {
                    value,
                    status: Status::Unverified,
                    source: format!(
                        "taux de l'intérêt légal du {half_year} non trouvé : valeur du {label} reprise, à vérifier"
                    ),
                    overridden: false,
                }
            }
        }
    }
}

/// The MRO rate in force on `day`, flagged Unverified outside the verified window.
pub fn mro_in_force(day: NaiveDate) -> RateFact {
    let changes = params::MRO_CHANGES;
    let row = changes
        .iter()
        .rev()
        .find(|c| c.effective <= day)
        .or(changes.first());
    let (value, source) = row.map_or((Decimal::ZERO, ""), |c| (percent(c.basis_points), c.source));
    let date_fr = crate::format::date_fr(day);
    if day > params::MRO_VERIFIED_UNTIL {
        RateFact {
            value,
            status: Status::Unverified,
            source: format!(
                "taux BCE au {date_fr} non vérifié : dernière décision connue le {} ; {source}",
                crate::format::date_fr(params::MRO_VERIFIED_UNTIL)
            ),
            overridden: false,
        }
    } else if day < params::MRO_TABLE_START {
        RateFact {
            value,
            status: Status::Unverified,
            source: format!("taux BCE au {date_fr} antérieur à notre table : à vérifier"),
            overridden: false,
        }
    } else {
        RateFact {
            value,
            status: Status::Verified,
            source: format!("taux BCE (opérations principales de refinancement) en vigueur au {date_fr} : {source}"),
            overridden: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::date;

    fn hy(year: i32, second: bool) -> HalfYear {
        HalfYear { year, second }
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
        ];
        let book = RateBook::new(&[]);
        for (year, second, mro) in expected {
            let fact = book.ecb_mro(hy(year, second));
            assert_eq!(
                fact.value.to_string().parse::<f64>().unwrap(),
                mro.parse::<f64>().unwrap(),
                "{year} {second}"
            );
            assert_eq!(fact.status, Status::Verified, "{year} {second}");
        }
    }

    #[test]
    fn the_half_year_after_the_last_verified_decision_is_flagged() {
        let fact = RateBook::new(&[]).ecb_mro(hy(2026, true));
        assert_eq!(fact.value, percent(215));
        assert_eq!(fact.status, Status::Unverified);
        assert!(fact.source.contains("non vérifié"));
    }

    #[test]
    fn an_override_replaces_the_table_value() {
        let overrides = [RateOverride {
            half_year: hy(2026, true),
            rate: OverriddenRate::EcbMro,
            value: percent(200),
        }];
        let fact = RateBook::new(&overrides).ecb_mro(hy(2026, true));
        assert_eq!(fact.value, percent(200));
        assert!(fact.overridden);
    }

    #[test]
    fn legal_rate_b_and_its_fallback() {
        let book = RateBook::new(&[]);
        assert_eq!(book.legal_professional(hy(2024, false)).value, percent(507));
        let later = book.legal_professional(hy(2026, true));
        assert_eq!(later.value, percent(262));
        assert_eq!(later.status, Status::Unverified);
        let earlier = book.legal_professional(hy(2014, true));
        assert_eq!(earlier.status, Status::Unverified);
    }

    #[test]
    fn the_rate_that_counts_is_the_one_in_force_not_the_decision() {
        // Decided 21 Jul 2022, in force 27 Jul 2022.
        assert_eq!(mro_in_force(date(2022, 7, 26)).value, Decimal::ZERO);
        assert_eq!(mro_in_force(date(2022, 7, 27)).value, percent(50));
    }
}

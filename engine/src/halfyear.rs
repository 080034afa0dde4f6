//! Half-years: the unit in which French late-payment rates are set.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::params::date;

crate::json_struct! {
    required;
    // serde's derive for the engine's JSON door (`assess`); the same text as `json_struct!`:
    // {"year":2026,"second":true}, both fields required.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub struct HalfYear {
        pub year: i32,
        /// false: 1 Jan – 30 Jun; true: 1 Jul – 31 Dec.
        pub second: bool,
    }
}

/// Reads "2026-S2".
pub fn parse_half_year(text: &str) -> Option<HalfYear> {
    let (year, half) = text.split_once("-S")?;
    let year: i32 = year.parse().ok()?;
    let second = match half {
        "1" => false,
        "2" => true,
        _ => return None,
    };
    (1999..=2100)
        .contains(&year)
        .then_some(HalfYear { year, second })
}

/// Writes "2026-S2".
pub fn half_year_code(h: HalfYear) -> String {
    format!("{}-S{}", h.year, if h.second { 2 } else { 1 })
}

impl HalfYear {
    pub fn of(day: NaiveDate) -> Self {
        HalfYear {
            year: day.year(),
            second: day.month() > 6,
        }
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, if self.second { 7 } else { 1 }, 1)
            .unwrap_or(date(2000, 1, 1))
    }

    /// The half-year that follows.
    pub fn next(self) -> Self {
        if self.second {
            HalfYear {
                year: self.year + 1,
                second: false,
            }
        } else {
            HalfYear {
                year: self.year,
                second: true,
            }
        }
    }

    pub fn last_day(self) -> NaiveDate {
        let (m, d) = if self.second { (12, 31) } else { (6, 30) };
        NaiveDate::from_ymd_opt(self.year, m, d).unwrap_or(date(2000, 1, 1))
    }
}

impl fmt::Display for HalfYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let half = if self.second { "2d" } else { "1er" };
        write!(f, "{half} semestre {}", self.year)
    }
}

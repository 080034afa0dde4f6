//! French wording of dates, shared by explanations.

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// « 1er juillet 2026 », « 31 décembre 2025 ».
pub fn date_fr(day: NaiveDate) -> String {
    let d = day.day();
    let month = MONTHS[(day.month0() as usize).min(11)];
    if d == 1 {
        format!("1er {month} {}", day.year())
    } else {
        format!("{d} {month} {}", day.year())
    }
}

/// « 31/03/2025 ».
pub fn date_short(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

/// Parses « 31/03/2025 » or « 2025-03-31 » (what a visitor types, or a date input gives).
pub fn parse_date(input: &str) -> Option<NaiveDate> {
    let input = input.trim();
    NaiveDate::parse_from_str(input, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(input, "%d/%m/%Y"))
        .or_else(|_| NaiveDate::parse_from_str(input, "%d.%m.%Y"))
        .or_else(|_| NaiveDate::parse_from_str(input, "%d-%m-%Y"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::date;

    #[test]
    fn words_dates_the_french_way() {
        assert_eq!(date_fr(date(2026, 7, 1)), "1er juillet 2026");
        assert_eq!(date_fr(date(2025, 12, 31)), "31 décembre 2025");
        assert_eq!(date_short(date(2025, 3, 31)), "31/03/2025");
    }

    #[test]
    fn reads_typed_dates() {
        assert_eq!(parse_date("31/03/2025"), Some(date(2025, 3, 31)));
        assert_eq!(parse_date("2025-03-31"), Some(date(2025, 3, 31)));
        assert_eq!(parse_date("31/02/2025"), None);
        assert_eq!(parse_date("demain"), None);
    }
}

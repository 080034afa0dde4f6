//! Date arithmetic the rules share: days and months added without a panic, ends of months.

use chrono::{Datelike, Days, Months, NaiveDate};

/// `day` + `days`; a date past the calendar saturates at `NaiveDate::MAX` (validation
/// reports it), a negative count counts as zero.
pub fn add_days(day: NaiveDate, days: i64) -> NaiveDate {
    day.checked_add_days(Days::new(days.max(0) as u64))
        .unwrap_or(NaiveDate::MAX)
}

/// `day` + `months`, at the same day of the month or the month's last day.
pub fn add_months(day: NaiveDate, months: i64) -> NaiveDate {
    let months = u32::try_from(months.max(0)).unwrap_or(u32::MAX);
    day.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

pub fn end_of_month(day: NaiveDate) -> NaiveDate {
    let first = day.with_day(1).unwrap_or(day);
    add_months(first, 1).pred_opt().unwrap_or(day)
}

/// Reads "2026-06-17", strictly.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-';
    shaped.then(|| crate::format::parse_date(text)).flatten()
}

/// Writes "2026-06-17".
pub fn iso_date(day: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::date;

    #[test]
    fn end_of_month_handles_leap_years() {
        assert_eq!(end_of_month(date(2024, 2, 3)), date(2024, 2, 29));
        assert_eq!(end_of_month(date(2025, 12, 31)), date(2025, 12, 31));
    }

    #[test]
    fn months_keep_the_day_or_take_the_last_one() {
        assert_eq!(add_months(date(2026, 1, 31), 1), date(2026, 2, 28));
        assert_eq!(add_months(date(2026, 9, 20), 2), date(2026, 11, 20));
        assert_eq!(add_days(NaiveDate::MAX, 1), NaiveDate::MAX);
        assert_eq!(add_days(date(2026, 1, 1), -5), date(2026, 1, 1));
    }
}

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

/// A day without its year: « 1er janvier », « 30 juin ».
fn day_month(day: NaiveDate) -> String {
    let month = MONTHS[(day.month0() as usize).min(11)];
    match day.day() {
        1 => format!("1er {month}"),
        d => format!("{d} {month}"),
    }
}

/// Several days as French prose lists them: « 30 juin et 15 juillet 2026 », the year said
/// once when they share it, else with each (« 20 décembre 2025 et 15 janvier 2026 »).
pub fn dates_fr(days: &[NaiveDate]) -> String {
    let one_year = days.windows(2).all(|w| w[0].year() == w[1].year());
    let parts: Vec<String> = days
        .iter()
        .enumerate()
        .map(|(i, d)| {
            if one_year && i + 1 < days.len() {
                day_month(*d)
            } else {
                date_fr(*d)
            }
        })
        .collect();
    and_list(&parts)
}

/// A day with its weekday: « lundi 15 juin 2026 ». Said under a date field once it is read,
/// so a day and month swapped by a browser in another language show at once.
pub fn date_long(day: NaiveDate) -> String {
    const WEEKDAYS: [&str; 7] = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ];
    let weekday = WEEKDAYS[day.weekday().num_days_from_monday() as usize % 7];
    format!("{weekday} {}", date_fr(day))
}

/// A number of days as French writes it: « 1 jour », « 16 jours » (the plural from 2).
pub fn days_fr(n: i64) -> String {
    if n.abs() < 2 {
        format!("{n} jour")
    } else {
        format!("{n} jours")
    }
}

/// A small count in words, as French prose writes it (« trois fois le taux »); figures above ten.
pub fn count_fr(n: i64) -> String {
    const WORDS: [&str; 11] = [
        "zéro", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    ];
    usize::try_from(n)
        .ok()
        .and_then(|i| WORDS.get(i))
        .map_or_else(|| n.to_string(), |w| w.to_string())
}

/// « A, B et C ».
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} et {last}", rest.join(", ")),
    }
}

/// « 31/03/2025 ».
pub fn date_short(day: NaiveDate) -> String {
    // Written by hand: chrono's format machinery costs kilobytes of wasm for this one pattern.
    format!("{:02}/{:02}/{:04}", day.day(), day.month(), day.year())
}

/// Parses « 31/03/2025 », « 31.03.2025 », « 31-03-2025 » or « 2025-03-31 » (what a visitor
/// types, or what a date input gives). A two-digit year is this century's: « 15/06/26 », and
/// « 0026-06-15 » that a date input makes of it, are 2026. Anything else, or an impossible
/// date, is `None`.
pub fn parse_date(input: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = input.trim().split(['/', '.', '-']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (year, month, day) = if a.len() == 4 {
        (number(a)?, number(b)?, number(c)?)
    } else if c.len() == 4 || c.len() == 2 {
        (number(c)?, number(b)?, number(a)?)
    } else {
        return None;
    };
    if b.len() > 2 {
        return None;
    }
    // Nobody means the year 26: « 26 » is 2026 (and 99 is 2099, refused later as implausible).
    let year = if year < 100 { 2000 + year } else { year };
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_days_say_their_year_once_when_they_share_it() {
        assert_eq!(
            dates_fr(&[date(2026, 6, 30), date(2026, 7, 15)]),
            "30 juin et 15 juillet 2026"
        );
        assert_eq!(
            dates_fr(&[date(2026, 1, 1), date(2026, 2, 3), date(2026, 3, 4)]),
            "1er janvier, 3 février et 4 mars 2026"
        );
        assert_eq!(
            dates_fr(&[date(2025, 12, 20), date(2026, 1, 15)]),
            "20 décembre 2025 et 15 janvier 2026"
        );
    }

    #[test]
    fn a_day_in_words_has_its_weekday() {
        assert_eq!(date_long(date(2026, 6, 15)), "lundi 15 juin 2026");
        assert_eq!(date_long(date(2026, 12, 6)), "dimanche 6 décembre 2026");
        assert_eq!(date_long(date(2027, 1, 1)), "vendredi 1er janvier 2027");
    }
    use crate::params::date;

    #[test]
    fn one_day_is_singular() {
        assert_eq!(days_fr(0), "0 jour");
        assert_eq!(days_fr(1), "1 jour");
        assert_eq!(days_fr(2), "2 jours");
        assert_eq!(days_fr(145), "145 jours");
    }

    #[test]
    fn words_dates_the_french_way() {
        assert_eq!(date_fr(date(2026, 7, 1)), "1er juillet 2026");
        assert_eq!(date_fr(date(2025, 12, 31)), "31 décembre 2025");
        assert_eq!(date_short(date(2025, 3, 31)), "31/03/2025");
    }

    #[test]
    fn a_two_digit_year_is_this_century() {
        assert_eq!(parse_date("15/06/26"), Some(date(2026, 6, 15)));
        assert_eq!(parse_date("0026-06-15"), Some(date(2026, 6, 15)));
        assert_eq!(parse_date("31/02/2026"), None);
    }

    #[test]
    fn reads_typed_dates() {
        assert_eq!(parse_date("31/03/2025"), Some(date(2025, 3, 31)));
        assert_eq!(parse_date("2025-03-31"), Some(date(2025, 3, 31)));
        assert_eq!(parse_date("31.03.2025"), Some(date(2025, 3, 31)));
        assert_eq!(parse_date(" 1/3/2025 "), Some(date(2025, 3, 1)));
        assert_eq!(parse_date("31/02/2025"), None);
        assert_eq!(parse_date("demain"), None);
        assert_eq!(parse_date("31/03/25"), Some(date(2025, 3, 31))); // issue 12: « 25 » is 2025
        assert_eq!(parse_date("2025/03/31/1"), None);
        assert_eq!(parse_date("+2025-03-31"), None);
        assert_eq!(parse_date(""), None);
    }
}

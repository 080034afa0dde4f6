//! Amounts as French people type them and read them.
//!
//! Accepted: "1 234,56", "1234.56", "1 234 €", "1.234,56", "1 234,5", "2.400" (2 400: a point
//! before three digits groups thousands, as in France).
//! Shown as « 1 234,56 € » (narrow no-break space between thousands,
//! no-break space before the euro sign, as French typography asks).

use rust_decimal::prelude::*;

/// The largest amount we accept: above this, it is a typing error, not an invoice.
pub const MAX_AMOUNT_EUROS: i64 = 1_000_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum AmountError {
    Empty,
    NotANumber,
    SeveralCommas,
    /// Points that neither group thousands (« 1.234.567 ») nor stand alone: « 1.23.4 ».
    SeveralPoints,
    TooManyDecimals,
    Negative,
    TooLarge,
    /// A point that may group thousands or separate cents.
    Ambiguous,
    /// « 2,400.50 »: a comma for thousands and a point for cents, as in English.
    EnglishFormat,
}

impl std::error::Error for AmountError {}

/// Parses an amount in euros as typed by a French visitor.
pub fn parse_amount(input: &str) -> Result<Decimal, AmountError> {
    // Spaces of every kind, apostrophes (Swiss style) and the euro sign are decoration.
    let cleaned: String = input
        .trim()
        .trim_end_matches(['€', ' ', '\u{a0}', '\u{202f}'])
        .trim_end_matches("EUR")
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '€'))
        .collect();
    if cleaned.is_empty() {
        return Err(AmountError::Empty);
    }
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    if !digits
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return Err(AmountError::NotANumber);
    }
    let normalised = normalise_separators(digits)?;
    let value = plain_decimal(&normalised).ok_or(AmountError::NotANumber)?;
    if negative && !value.is_zero() {
        return Err(AmountError::Negative);
    }
    if value.scale() > 2 && value.normalize().scale() > 2 {
        return Err(AmountError::TooManyDecimals);
    }
    if value > Decimal::from(MAX_AMOUNT_EUROS) {
        return Err(AmountError::TooLarge);
    }
    Ok(value.normalize())
}

/// Reads « 1234.56 »: digits, at most one point, at most 18 digits in all. Written here because
/// `Decimal::from_str` brings rust_decimal's scientific-notation parser into the wasm, for
/// input already checked to be plain digits.
pub fn plain_decimal(text: &str) -> Option<Decimal> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits = || int.bytes().chain(frac.bytes());
    let count = int.len() + frac.len();
    if count == 0 || count > 18 || !digits().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mantissa = digits().fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
    Some(Decimal::new(mantissa, u32::try_from(frac.len()).ok()?))
}

/// Turns "1.234,56", "1234.56" or "1,5" into "1234.56" / "1.5".
fn normalise_separators(digits: &str) -> Result<String, AmountError> {
    let commas = digits.matches(',').count();
    let dots = digits.matches('.').count();
    if commas > 1 {
        return Err(AmountError::SeveralCommas);
    }
    if commas == 1 && digits.rfind('.') > digits.find(',') {
        return Err(AmountError::EnglishFormat);
    }
    if commas == 1 {
        // The comma is the decimal separator; dots, if any, group thousands.
        let (int, frac) = digits.split_once(',').unwrap_or((digits, ""));
        if dots > 0 && !is_grouped_by_thousands(int, '.') {
            return Err(AmountError::NotANumber);
        }
        return checked_number(&int.replace('.', ""), frac);
    }
    match dots {
        0 => checked_number(digits, ""),
        1 => {
            let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
            // In France a point groups thousands: « 2.400 » is 2 400, « 1.234 » is 1 234.
            // « 0.500 » could be either: say how to write it.
            if frac.len() == 3 {
                return match int {
                    "" | "0" => Err(AmountError::Ambiguous),
                    _ if int.len() <= 3 => checked_number(&format!("{int}{frac}"), ""),
                    _ => Err(AmountError::Ambiguous),
                };
            }
            checked_number(int, frac)
        }
        // "1.234.567": dots group thousands.
        _ if is_grouped_by_thousands(digits, '.') => checked_number(&digits.replace('.', ""), ""),
        _ => Err(AmountError::SeveralPoints),
    }
}

fn checked_number(int: &str, frac: &str) -> Result<String, AmountError> {
    if int.is_empty() && frac.is_empty() {
        return Err(AmountError::NotANumber);
    }
    let int = if int.is_empty() { "0" } else { int };
    if int.len() > 15 {
        return Err(AmountError::TooLarge);
    }
    if frac.len() > 2 {
        return Err(AmountError::TooManyDecimals);
    }
    Ok(if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    })
}

fn is_grouped_by_thousands(int: &str, separator: char) -> bool {
    let mut groups = int.split(separator);
    let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
    first_ok && groups.all(|g| g.len() == 3)
}

/// Rounds to the cent, half away from zero (the usual rule for money).
pub fn round_cents(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// « 1 234,56 € »: always two decimals, narrow no-break spaces between thousands.
pub fn format_euros(value: Decimal) -> String {
    format!("{}\u{a0}€", format_number(round_cents(value), 2))
}

/// A French number with a fixed count of decimals: « 12,15 », « 1 234,56 ».
pub fn format_number(value: Decimal, decimals: u32) -> String {
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('\u{202f}');
        }
        grouped.push(c);
    }
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// A rate in percent, « 12,15 % ».
pub fn format_percent(value: Decimal) -> String {
    format!("{}\u{a0}%", format_number(value, 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros_free::dec;

    mod rust_decimal_macros_free {
        // A tiny stand-in for the `dec!` macro, to avoid a dependency for tests.
        macro_rules! dec {
            ($s:literal) => {
                rust_decimal::Decimal::from_str_exact(stringify!($s)).unwrap()
            };
        }
        pub(crate) use dec;
    }

    #[test]
    fn parses_what_french_people_type() {
        assert_eq!(parse_amount("1 234,56"), Ok(dec!(1234.56)));
        assert_eq!(parse_amount("1234.56"), Ok(dec!(1234.56)));
        assert_eq!(parse_amount("1 234 €"), Ok(dec!(1234)));
        assert_eq!(parse_amount("1\u{202f}234,5\u{a0}€"), Ok(dec!(1234.5)));
        assert_eq!(parse_amount("1.234,56"), Ok(dec!(1234.56)));
        assert_eq!(parse_amount("1.234.567"), Ok(dec!(1234567)));
        assert_eq!(parse_amount(" 40 "), Ok(dec!(40)));
        assert_eq!(parse_amount("0,5"), Ok(dec!(0.5)));
        assert_eq!(parse_amount("1500 EUR"), Ok(dec!(1500)));
        // A point before three digits groups thousands, as in France.
        assert_eq!(parse_amount("2.400"), Ok(dec!(2400)));
        assert_eq!(parse_amount("1.234"), Ok(dec!(1234)));
        assert_eq!(parse_amount("1.5"), Ok(dec!(1.5)));
        assert_eq!(parse_amount("1234.56"), Ok(dec!(1234.56)));
    }

    #[test]
    fn an_amount_typed_the_english_way_is_told_the_french_way() {
        // VISITORS M12: « 2,400.50 » was told about decimals.
        assert_eq!(parse_amount("2,400.50"), Err(AmountError::EnglishFormat));
        assert_eq!(
            parse_amount("12,345,678.9"),
            Err(AmountError::SeveralCommas)
        );
        assert!(AmountError::EnglishFormat
            .to_string()
            .contains("2\u{a0}400,50"));
        // The French way, points for thousands and a comma for cents, is still read.
        assert_eq!(parse_amount("2.400,50"), Ok(dec!(2400.50)));
    }

    #[test]
    fn rejects_with_a_clear_french_message() {
        assert_eq!(parse_amount("12,3,4"), Err(AmountError::SeveralCommas));
        assert!(parse_amount("12,3,4")
            .unwrap_err()
            .to_string()
            .contains("plusieurs virgules"));
        assert_eq!(parse_amount(""), Err(AmountError::Empty));
        assert_eq!(parse_amount("abc"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("-12"), Err(AmountError::Negative));
        assert_eq!(parse_amount("12,345"), Err(AmountError::TooManyDecimals));
        assert_eq!(parse_amount("99999999999"), Err(AmountError::TooLarge));
        assert_eq!(parse_amount("1.23.4"), Err(AmountError::SeveralPoints));
        let points = parse_amount("1.234.5").unwrap_err().to_string();
        assert!(points.contains("plusieurs points") && !points.contains("virgules"));
        assert_eq!(parse_amount(","), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("0.500"), Err(AmountError::Ambiguous));
        assert_eq!(parse_amount("1234.567"), Err(AmountError::Ambiguous));
        assert!(AmountError::Ambiguous.to_string().contains("virgule"));
    }

    #[test]
    fn formats_the_french_way() {
        assert_eq!(format_euros(dec!(1234.56)), "1\u{202f}234,56\u{a0}€");
        assert_eq!(format_euros(dec!(40)), "40,00\u{a0}€");
        assert_eq!(
            format_euros(dec!(1234567.005)),
            "1\u{202f}234\u{202f}567,01\u{a0}€"
        );
        assert_eq!(format_percent(dec!(12.15)), "12,15\u{a0}%");
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(round_cents(dec!(0.125)), dec!(0.13));
        assert_eq!(round_cents(dec!(0.124)), dec!(0.12));
    }
}

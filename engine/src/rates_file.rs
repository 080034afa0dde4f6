//! The rates file: the ECB MRO rows and the legal interest rates in a small, versioned JSON
//! form that a site serves next to the app (`taux.json`) and updates each half-year without
//! a rebuild. docs/RATES.md documents it field by field. This module only describes the form;
//! `rate_table` checks a file against the compiled table and extends it.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::json::FromJsonStrictly;

/// The value of `format`: says what the file is.
pub const FORMAT: &str = "facture-impayee/taux";
/// The version this app reads. A file of a later version is refused: it may mean what this
/// app cannot know.
pub const VERSION: u32 = 1;
/// Largest file read, in bytes: a real one is a few kilobytes.
pub const MAX_BYTES: usize = 64 * 1024;

crate::json_struct! {
    strict;
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RatesFile {
        pub format: String,
        pub version: u32,
        pub ecb_mro: MroSeries,
        pub legal_rates: Vec<LegalRateRow>,
    }
}

crate::json_struct! {
    strict;
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct MroSeries {
        /// The MRO rate in force is known up to this day (the eve of the first ECB decision not
        /// yet checked), "2026-10-28".
        pub known_until: String,
        pub rows: Vec<MroRow>,
    }
}

crate::json_struct! {
    strict;
    /// One ECB decision, by the date it took effect (a hold: the decision's date).
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct MroRow {
        /// "2026-06-17".
        pub from: String,
        /// In percent, as a string: "2.40".
        pub percent: String,
        pub reference: String,
        pub status: FileStatus,
        /// Why the row is unverified; absent when verified.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub why: Option<String> [optional],
    }
}

crate::json_struct! {
    strict;
    /// One half-year's legal interest rates (CMF L313-2): A for a private individual creditor,
    /// B for every other creditor.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct LegalRateRow {
        /// "2026-S2": the second half of 2026.
        pub half_year: String,
        /// In percent, as strings: "6.67".
        pub individual: String,
        pub professional: String,
        pub reference: String,
        pub status: FileStatus,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub why: Option<String> [optional],
    }
}

crate::by_name! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum FileStatus {
        Verified => "verified",
        Unverified => "unverified",
    }
}
crate::json_strict_as_read!(FileStatus);

/// Reads a rates file's text: bounded in size, the JSON form exactly (an unknown field refuses
/// it, as serde's `deny_unknown_fields` does; read by `crate::json`, whose reader is already in
/// the app, where serde_json's would weigh on the first load).
pub fn read(text: &str) -> Result<RatesFile, RatesFileError> {
    if text.len() > MAX_BYTES {
        return Err(RatesFileError::TooLarge { bytes: text.len() });
    }
    let json = crate::json::parse(text)
        .ok_or_else(|| RatesFileError::Unreadable("ce n'est pas du JSON valide".into()))?;
    RatesFile::from_json_strictly(&json).map_err(RatesFileError::Unreadable)
}

/// Writes a rates file as the app ships it: pretty JSON, one row a few lines.
pub fn write(file: &RatesFile) -> String {
    let mut text = serde_json::to_string_pretty(file).unwrap_or_default();
    text.push('\n');
    text
}

// Dates, half-years and percents are strings in the file, read by a few lines (dates in
// dates.rs, half-years in halfyear.rs, percents here): serde's readers for chrono and
// rust_decimal would bring their parsers into the wasm.

/// Reads "2.40": digits, one optional point, an optional leading minus.
pub fn parse_percent(text: &str) -> Option<Decimal> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let shaped = !digits.is_empty()
        && digits.len() <= 8
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().filter(|b| *b == b'.').count() <= 1;
    let value = shaped
        .then(|| crate::amount::plain_decimal(digits))
        .flatten()?;
    Some(if text.starts_with('-') { -value } else { value })
}

/// Why a rates file was not taken. Whatever the problem, the whole file is set aside and the
/// compiled table is used: no figure changes silently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RatesFileError {
    /// Not found, or the server refused it.
    Unreachable,
    TooLarge {
        bytes: usize,
    },
    /// Not JSON, or not this form; the detail is the parser's.
    Unreadable(String),
    WrongFormat,
    NewerVersion(u32),
    /// A row breaks a rule of the form (order, bounds, a missing reference…).
    BadRow {
        series: &'static str,
        row: usize,
        problem: &'static str,
    },
    /// A row gives another value than a verified row compiled into the app.
    Contradicts {
        what: String,
    },
}

impl fmt::Display for RatesFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RatesFileError::Unreachable => {
                f.write_str("le fichier des taux n'a pas pu être chargé")
            }
            RatesFileError::TooLarge { bytes } => {
                write!(
                    f,
                    "le fichier des taux est trop gros ({bytes} octets, {MAX_BYTES} au plus)"
                )
            }
            RatesFileError::Unreadable(detail) => {
                write!(f, "le fichier des taux est illisible ({detail})")
            }
            RatesFileError::WrongFormat => {
                f.write_str("ce fichier n'est pas un fichier des taux de cette application")
            }
            RatesFileError::NewerVersion(v) => {
                write!(f, "le fichier des taux est d'une version plus récente ({v}) que cette application ({VERSION})")
            }
            RatesFileError::BadRow {
                series,
                row,
                problem,
            } => {
                write!(
                    f,
                    "le fichier des taux a une ligne invalide ({series}, ligne {}) : {problem}",
                    row + 1
                )
            }
            RatesFileError::Contradicts { what } => {
                write!(
                    f,
                    "le fichier des taux contredit une valeur vérifiée ({what})"
                )
            }
        }
    }
}

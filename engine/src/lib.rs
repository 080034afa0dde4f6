//! The legal engine: a dossier in, an assessment out, with the law behind every figure.
//!
//! ```text
//! Dossier ──validate──► assess(dossier, today) ──► Assessment
//!                         │  due_date, interest (rates + params), indemnity,
//!                         │  prescription, recourse, timeline
//! ```
//! It knows nothing of the browser; "today" is always passed in, never read from a clock.

pub mod amount;
pub mod assessment;
pub mod by_name;
pub mod claim;
pub mod country;
pub mod dates;
pub mod dossier;
pub mod due_date;
pub mod field;
pub mod format;
pub mod halfyear;
pub mod interest;
pub mod json;
mod json_fields;
pub mod notes;
pub mod params;
pub mod prescription;
pub mod problem;
pub mod rate_table;
pub mod rates;
pub mod rates_check;
pub mod rates_file;
pub mod recourse;
pub mod texts;
pub mod timeline;
pub mod validate;
pub mod warnings;

// For the impls `by_name!` writes in other crates, which need not depend on serde.
pub use amount::{format_euros, format_percent, parse_amount, AmountError};
pub use assessment::{assess, assess_with, Assessment, InvoiceAssessment, Totals};
pub use country::{Country, Zone};
pub use dossier::*;
pub use halfyear::HalfYear;
pub use rate_table::RateTable;
pub use rates_file::{RatesFile, RatesFileError};
pub use recourse::{Advice, Procedure, Recommendation};
#[doc(hidden)]
pub use serde as __serde;
pub use validate::FieldError;
pub use warnings::{Warning, WarningKind};

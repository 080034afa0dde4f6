//! Every legal value as data, in the manner of OpenFisca's parameters: one table per value,
//! each row with its date of effect, its value, its reference (the primary text where one
//! exists) and its verification status. `shared/legal/FACTS.md` is the reference; the tables
//! are listed for readers in docs/LEGAL-PARAMETERS.md, and `every_table` lets a test walk them.
//!
//! - `rates`: the ECB MRO rate and the legal interest rates, which change every half-year
//!   (a site can extend them without a rebuild: `rate_table`, docs/RATES.md);
//! - `law`: terms, thresholds, periods, margins, the 40 € indemnity;
//! - `countries`: the Member States, those the European recovery regulations do not bind, and
//!   the one court a State named for the European order;
//! - `limits`: the application's own plausibility bounds (not rules of law, kept here so
//!   that no number of the engine lives outside these tables).

/// The reason on a row whose value is checked but whose date of effect is not.
const DATE_FROM_MEMORY: &str = "valeur vérifiée ; date d'effet donnée de mémoire, non vérifiée";

/// Builds a table of one kind of rows at any date (`law`, `countries`).
macro_rules! table {
    ($label:expr, [$($row:expr),+ $(,)?]) => {
        Param { label: $label, cadence: Cadence::Changes, rows: &[$($row),+] }
    };
}

mod countries;
mod law;
mod limits;
mod rates;

pub use countries::*;
pub use law::*;
pub use limits::*;
pub use rates::*;

use chrono::NaiveDate;
use rust_decimal::Decimal;

crate::by_name! {
    /// How far a value has been checked (the labels of FACTS.md).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Status {
        Verified,
        /// Marked UNVERIFIED in FACTS.md, or carried past the end of a table: shown to the
        /// visitor, who may override it where it is a rate.
        Unverified,
    }
}

/// One value of a table, in force from `from` until the next row.
#[derive(Debug)]
pub struct Row<T: 'static> {
    pub from: NaiveDate,
    pub value: T,
    /// The text the value comes from: an article, a JORF reference, an ECB press release;
    /// the secondary source where no primary text was seen.
    pub reference: &'static str,
    pub status: Status,
    /// Why the row is unverified; empty when it is verified.
    pub why: &'static str,
}

/// A verified row.
pub(crate) const fn verified<T>(from: NaiveDate, value: T, reference: &'static str) -> Row<T> {
    Row {
        from,
        value,
        reference,
        status: Status::Verified,
        why: "",
    }
}

/// A row whose value or date of effect our sources did not confirm, with the reason.
pub(crate) const fn unverified<T>(
    from: NaiveDate,
    value: T,
    reference: &'static str,
    why: &'static str,
) -> Row<T> {
    Row {
        from,
        value,
        reference,
        status: Status::Unverified,
        why,
    }
}

/// How often a table's rows follow each other: the test that walks the tables checks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cadence {
    /// Rows at any date, in increasing order.
    Changes,
    /// One row for each half-year, with no half-year missing.
    HalfYearly,
}

/// A legal value that may change over time.
#[derive(Debug)]
pub struct Param<T: 'static> {
    /// What it is, in French, for the rates command and the docs.
    pub label: &'static str,
    pub cadence: Cadence,
    pub rows: &'static [Row<T>],
}

impl<T: Copy> Param<T> {
    /// The row in force on `day`: the last one dated on or before it, or the first row
    /// when `day` precedes the table (every table has at least one row: tested).
    pub fn row_at(&self, day: NaiveDate) -> &'static Row<T> {
        let rows = self.rows;
        rows.iter()
            .rev()
            .find(|row| row.from <= day)
            .unwrap_or(&rows[0])
    }

    /// The value in force on `day`.
    pub fn at(&self, day: NaiveDate) -> T {
        self.row_at(day).value
    }

    /// The value in force today for a rule whose value has not changed since the law took
    /// effect (every table of `law` used this way holds one row, or its last row is current).
    pub fn current(&self) -> T {
        self.rows[self.rows.len() - 1].value
    }
}

/// Builds a date in a `const` table; an impossible date fails the build, never at run time.
pub(crate) const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("impossible date in a parameter table"),
    }
}

/// A rate in hundredths of a percent (basis points), so tables stay `const`: 215 = 2,15 %.
pub fn percent(basis_points: i64) -> Decimal {
    Decimal::new(basis_points, 2)
}

/// What the table walker needs of any table, whatever its value type.
pub struct TableSummary {
    pub label: &'static str,
    pub cadence: Cadence,
    /// (date of effect, reference, status, why) of each row.
    pub rows: Vec<(NaiveDate, &'static str, Status, &'static str)>,
    /// Each row's value, written out.
    pub values: Vec<String>,
}

impl<T: std::fmt::Debug> Param<T> {
    pub fn summary(&self) -> TableSummary {
        TableSummary {
            label: self.label,
            cadence: self.cadence,
            rows: self
                .rows
                .iter()
                .map(|r| (r.from, r.reference, r.status, r.why))
                .collect(),
            values: self.rows.iter().map(|r| format!("{:?}", r.value)).collect(),
        }
    }
}

/// Every table as Markdown: docs/LEGAL-PARAMETERS.md is this text (a test keeps them equal).
pub fn tables_markdown() -> String {
    let mut out = String::from(
        "# Legal parameters\n\nGenerated from `engine/src/params/` by \
         `cargo run -q -p impaye-engine --example rates -- params > docs/LEGAL-PARAMETERS.md`; a test fails \
         when this file and the code differ. Rates are in basis points (215 = 2,15 %). Each row is in force \
         from its date until the next row.\n",
    );
    for table in every_table() {
        out.push_str(&format!(
            "\n## {}\n\n| from | value | reference | status |\n|---|---|---|---|\n",
            table.label
        ));
        for ((from, reference, status, why), value) in table.rows.iter().zip(&table.values) {
            let status = match status {
                Status::Verified => "verified".to_string(),
                Status::Unverified => format!("UNVERIFIED: {why}"),
            };
            out.push_str(&format!(
                "| {from} | {} | {reference} | {status} |\n",
                value.replace('|', "/")
            ));
        }
    }
    out
}

/// Every table of this module, for the test that walks them and for the docs.
pub fn every_table() -> Vec<TableSummary> {
    let mut all = vec![
        ECB_MRO.summary(),
        LEGAL_RATE_INDIVIDUAL.summary(),
        LEGAL_RATE_PROFESSIONAL.summary(),
    ];
    all.extend(law::law_tables());
    all.extend(countries::country_tables());
    all.extend(limits::limit_tables());
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::halfyear::HalfYear;

    /// Sorted by date, no gap, a reference on every row, a reason on every unverified row.
    #[test]
    fn every_table_is_sorted_gapless_referenced_and_consistent() {
        let tables = every_table();
        assert!(tables.len() >= 30, "tables missing: {}", tables.len());
        for table in &tables {
            let label = table.label;
            assert!(!label.is_empty());
            assert!(!table.rows.is_empty(), "{label}: no row");
            for (from, reference, status, why) in &table.rows {
                assert!(reference.trim().len() > 3, "{label} {from}: no reference");
                match status {
                    Status::Verified => assert!(
                        why.is_empty(),
                        "{label} {from}: verified with a reason to doubt"
                    ),
                    Status::Unverified => assert!(
                        why.trim().len() > 3,
                        "{label} {from}: unverified without why"
                    ),
                }
            }
            for pair in table.rows.windows(2) {
                let (a, b) = (pair[0].0, pair[1].0);
                assert!(a < b, "{label}: {a} then {b}, not in order");
                if table.cadence == Cadence::HalfYearly {
                    let next = HalfYear::of(a).next();
                    assert_eq!(b, next.first_day(), "{label}: gap after {a}");
                }
            }
            if table.cadence == Cadence::HalfYearly {
                for (from, ..) in &table.rows {
                    assert_eq!(
                        *from,
                        HalfYear::of(*from).first_day(),
                        "{label}: {from} is not a half-year's first day"
                    );
                }
            }
        }
    }

    #[test]
    fn a_value_is_looked_up_by_its_date_of_effect() {
        assert_eq!(SMALL_CLAIMS_CEILING_EUROS.at(date(2019, 12, 31)), 4_000);
        assert_eq!(SMALL_CLAIMS_CEILING_EUROS.at(date(2020, 1, 1)), 5_000);
        // Before a table starts, its first row stands (no panic).
        assert_eq!(SMALL_CLAIMS_CEILING_EUROS.at(date(1990, 1, 1)), 4_000);
        assert!(TAE_PILOT.at(date(2026, 11, 22)));
        assert!(!TAE_PILOT.at(date(2029, 1, 1)));
        assert!(!TAE_PILOT.at(date(2024, 12, 31)));
    }
}

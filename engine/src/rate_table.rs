//! The rate table the figures rest on: the rows compiled into the app (`params`), extended by
//! a rates file when a site serves a newer one (checked in `rates_file`). A file may only add what the compiled table
//! does not know; one that contradicts a verified row, or breaks any rule of the form, is
//! refused whole.

use std::sync::OnceLock;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::halfyear::HalfYear;
use crate::params::{self, percent, Param, Status};

/// One row of a rate series, owned so that a file's rows and the compiled ones are alike.
#[derive(Debug, Clone, PartialEq)]
pub struct RateRow {
    pub from: NaiveDate,
    /// In percent.
    pub value: Decimal,
    pub reference: String,
    pub status: Status,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RateTable {
    /// ECB MRO decisions, by date of effect (holds included).
    pub mro: Vec<RateRow>,
    /// The MRO rate in force is known up to this day.
    pub mro_known_until: NaiveDate,
    /// Legal interest rates by half-year (`from` is the half-year's first day).
    pub legal_individual: Vec<RateRow>,
    pub legal_professional: Vec<RateRow>,
}

/// A rate looked up, with where it comes from.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RateFact {
    /// In percent.
    pub value: Decimal,
    pub status: Status,
    pub source: RateSource,
    /// The visitor typed this value in place of the table's.
    pub overridden: bool,
}

/// Where a rate comes from (its words: `texts::fr::rate_source`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub enum RateSource {
    /// The visitor typed it.
    Override,
    /// The contract's or the terms of sale's own rate.
    Contract,
    /// The ECB rate in force on `day`, from a verified row.
    Mro {
        day: NaiveDate,
        reference: String,
    },
    /// From a row our sources did not confirm.
    MroUnverified {
        day: NaiveDate,
        reference: String,
        why: String,
    },
    /// `day` is past what the table knows: the last row is carried forward.
    MroCarried {
        day: NaiveDate,
        known_until: NaiveDate,
        value: Decimal,
        reference: String,
    },
    MroBeforeTable {
        day: NaiveDate,
    },
    /// The legal rate of `half_year`, from its row.
    Legal {
        half_year: HalfYear,
        reference: String,
        why: Option<String>,
    },
    /// Not found for `half_year`: the value of `reused` is carried.
    LegalCarried {
        half_year: HalfYear,
        reused: Option<HalfYear>,
    },
}

impl RateSource {
    /// The value is carried past what the table knows: provisional until the ECB decision or
    /// the arrêté that sets it is known (FACTS.md, Corrections D3).
    pub fn is_carried(&self) -> bool {
        matches!(
            self,
            RateSource::MroCarried { .. }
                | RateSource::LegalCarried { .. }
                | RateSource::MroBeforeTable { .. }
        )
    }
}

fn rows_of(param: &Param<i64>) -> Vec<RateRow> {
    param
        .rows
        .iter()
        .map(|r| RateRow {
            from: r.from,
            value: percent(r.value),
            reference: r.reference.to_string(),
            status: r.status,
            why: r.why.to_string(),
        })
        .collect()
}

impl RateTable {
    /// The table compiled into the app, built once.
    pub fn compiled() -> &'static RateTable {
        static COMPILED: OnceLock<RateTable> = OnceLock::new();
        COMPILED.get_or_init(|| RateTable {
            mro: rows_of(&params::ECB_MRO),
            mro_known_until: params::ECB_MRO_KNOWN_UNTIL,
            legal_individual: rows_of(&params::LEGAL_RATE_INDIVIDUAL),
            legal_professional: rows_of(&params::LEGAL_RATE_PROFESSIONAL),
        })
    }

    /// The date of the newest row of any series: "barème à jour au …".
    pub fn as_of(&self) -> NaiveDate {
        [&self.mro, &self.legal_individual, &self.legal_professional]
            .iter()
            .filter_map(|rows| rows.last().map(|r| r.from))
            .max()
            .unwrap_or(params::ECB_MRO_KNOWN_UNTIL)
    }

    /// The MRO rate in force on `day`, flagged Unverified when its row is, or when `day` is
    /// past what the table knows.
    pub fn mro_on(&self, day: NaiveDate) -> RateFact {
        let row = self.mro.iter().rev().find(|r| r.from <= day);
        let fact = |value, status, source| RateFact {
            value,
            status,
            source,
            overridden: false,
        };
        match row {
            None => fact(
                self.mro.first().map_or(Decimal::ZERO, |r| r.value),
                Status::Unverified,
                RateSource::MroBeforeTable { day },
            ),
            Some(r) if day > self.mro_known_until => fact(
                r.value,
                Status::Unverified,
                RateSource::MroCarried {
                    day,
                    known_until: self.mro_known_until,
                    value: r.value,
                    reference: r.reference.clone(),
                },
            ),
            Some(r) if r.status == Status::Unverified => fact(
                r.value,
                Status::Unverified,
                RateSource::MroUnverified {
                    day,
                    reference: r.reference.clone(),
                    why: r.why.clone(),
                },
            ),
            Some(r) => fact(
                r.value,
                Status::Verified,
                RateSource::Mro {
                    day,
                    reference: r.reference.clone(),
                },
            ),
        }
    }

    /// The legal interest rate B of `half_year` (CMF L313-2): past the table, the last known
    /// value, flagged.
    pub fn legal_professional(&self, half_year: HalfYear) -> RateFact {
        let rows = &self.legal_professional;
        if let Some(r) = rows.iter().find(|r| r.from == half_year.first_day()) {
            let why = (r.status == Status::Unverified).then(|| r.why.clone());
            return RateFact {
                value: r.value,
                status: r.status,
                source: RateSource::Legal {
                    half_year,
                    reference: r.reference.clone(),
                    why,
                },
                overridden: false,
            };
        }
        let after = rows.last().is_some_and(|r| r.from < half_year.first_day());
        let nearest = if after { rows.last() } else { rows.first() };
        RateFact {
            value: nearest.map_or(Decimal::ZERO, |r| r.value),
            status: Status::Unverified,
            source: RateSource::LegalCarried {
                half_year,
                reused: nearest.map(|r| HalfYear::of(r.from)),
            },
            overridden: false,
        }
    }
}

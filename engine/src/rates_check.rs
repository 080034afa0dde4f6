//! Checking a rates file against the table compiled into the app: what it may add, and every
//! reason to refuse it whole (docs/RATES.md).

use rust_decimal::Decimal;

use crate::amount::format_percent;
use crate::dates::{iso_date, parse_iso_date};
use crate::format::date_fr;
use crate::halfyear::{half_year_code, parse_half_year, HalfYear};
use crate::params::{self, percent, Status};
use crate::rate_table::{RateRow, RateTable};
use crate::rates_file::{
    parse_percent, FileStatus, LegalRateRow, MroRow, MroSeries, RatesFile, RatesFileError, FORMAT,
    VERSION,
};

impl RateTable {
    /// This table extended by the rates file `text`, or the reason it was refused.
    pub fn extended_by_text(&self, text: &str) -> Result<(RateTable, usize), RatesFileError> {
        self.extended(&crate::rates_file::read(text)?)
    }

    /// This table extended by `file`: the rows it adds after what the table knows. Returns the
    /// new table and how many rows the file added.
    pub fn extended(&self, file: &RatesFile) -> Result<(RateTable, usize), RatesFileError> {
        if file.format != FORMAT || file.version == 0 {
            return Err(RatesFileError::WrongFormat);
        }
        if file.version > VERSION {
            return Err(RatesFileError::NewerVersion(file.version));
        }
        let mut next = self.clone();
        let added = self.extend_mro(&mut next, &file.ecb_mro)?
            + self.extend_legal(&mut next, &file.legal_rates)?;
        Ok((next, added))
    }

    /// ECB MRO: rows up to what we know must agree; later ones extend the table.
    fn extend_mro(
        &self,
        next: &mut RateTable,
        series: &MroSeries,
    ) -> Result<usize, RatesFileError> {
        let mro = checked_mro(series)?;
        for row in mro.iter().filter(|r| r.from <= self.mro_known_until) {
            let ours = self.mro_on(row.from);
            if ours.value != row.value {
                return Err(RatesFileError::Contradicts {
                    what: format!(
                        "taux BCE au {} : {} dans le fichier, {} vérifié",
                        date_fr(row.from),
                        format_percent(row.value),
                        format_percent(ours.value)
                    ),
                });
            }
        }
        let known_until = parse_iso_date(&series.known_until).ok_or(RatesFileError::BadRow {
            series: "taux BCE",
            row: 0,
            problem: "date « known_until » illisible (exemple : 2026-10-28)",
        })?;
        if known_until <= self.mro_known_until {
            return Ok(0);
        }
        // Known, the file says, up to a year past its last row or the app's own table.
        let horizon = mro
            .last()
            .map_or(self.mro_known_until, |r| r.from.max(self.mro_known_until));
        let days = params::RATES_FILE_KNOWN_UNTIL_MAX_DAYS.current();
        if (known_until - horizon).num_days() > days {
            return Err(RatesFileError::BadRow {
                series: "taux BCE",
                row: 0,
                problem: "« known_until » plus d'un an après la dernière ligne",
            });
        }
        // The first new row beside the rate the app knows.
        if let Some((i, first)) = mro
            .iter()
            .enumerate()
            .find(|(_, r)| r.from > self.mro_known_until)
        {
            let ours = self.mro_on(self.mro_known_until).value;
            if (first.value - ours).abs() > percent(params::RATES_FILE_MAX_STEP_BP.current()) {
                return Err(RatesFileError::BadRow {
                    series: "taux BCE",
                    row: i,
                    problem:
                        "écart de plus de 1,5 point avec le dernier taux connu : faute de frappe ?",
                });
            }
        }
        next.mro.retain(|r| r.from <= self.mro_known_until);
        let newer: Vec<RateRow> = mro
            .into_iter()
            .filter(|r| r.from > self.mro_known_until)
            .collect();
        let added = newer.len();
        next.mro.extend(newer);
        next.mro_known_until = known_until;
        Ok(added)
    }

    /// Legal rates: a half-year we know must agree; the following ones extend the table.
    fn extend_legal(
        &self,
        next: &mut RateTable,
        rows: &[LegalRateRow],
    ) -> Result<usize, RatesFileError> {
        let mut added = 0;
        let mut expected_next: Option<HalfYear> = None;
        for (i, row) in rows.iter().enumerate() {
            let bad = |problem| RatesFileError::BadRow {
                series: "taux légaux",
                row: i,
                problem,
            };
            let half_year = parse_half_year(&row.half_year)
                .ok_or(bad("semestre illisible (exemple : 2026-S2)"))?;
            if expected_next.is_some_and(|want| half_year != want) {
                return Err(bad("les semestres doivent se suivre sans trou"));
            }
            expected_next = Some(half_year.next());
            let legal = params::RATES_FILE_LEGAL_BOUNDS_BP.current();
            let a = checked_percent(&row.individual, legal)
                .ok_or(bad("taux A illisible ou hors bornes (0 à 15 %)"))?;
            let b = checked_percent(&row.professional, legal)
                .ok_or(bad("taux B illisible ou hors bornes (0 à 15 %)"))?;
            // Beside the half-year before it, in this file or in the app's table.
            let before = |series: &[RateRow]| {
                series
                    .iter()
                    .rev()
                    .find(|r| r.from < half_year.first_day())
                    .map(|r| r.value)
            };
            let far = |value: Decimal, previous: Option<Decimal>| {
                previous.is_some_and(|p| {
                    (value - p).abs() > percent(params::RATES_FILE_MAX_LEGAL_STEP_BP.current())
                })
            };
            // Checked only for what the file sets: the table's own history has jumps (2023).
            let typo =
                far(a, before(&next.legal_individual)) || far(b, before(&next.legal_professional));
            let typo_error =
                bad("écart de plus de 4 points avec le semestre précédent : faute de frappe ?");
            let (status, why) =
                checked_status(row.status, &row.why, &row.reference).map_err(bad)?;
            let first_day = half_year.first_day();
            let make = |value| RateRow {
                from: first_day,
                value,
                reference: from_the_file(&row.reference),
                status,
                why: why.clone(),
            };
            if let Some(k) = self
                .legal_professional
                .iter()
                .position(|r| r.from == first_day)
            {
                let (ka, kb) = (&self.legal_individual[k], &self.legal_professional[k]);
                let verified = ka.status == Status::Verified && kb.status == Status::Verified;
                if verified && (ka.value != a || kb.value != b) {
                    return Err(RatesFileError::Contradicts {
                        what: format!(
                            "taux légaux du {half_year} : {} / {} dans le fichier, {} / {} vérifiés",
                            format_percent(a),
                            format_percent(b),
                            format_percent(ka.value),
                            format_percent(kb.value)
                        ),
                    });
                }
                // A half-year our sources did not confirm: the site's row, read from the
                // arrêté, takes its place.
                let (new_a, new_b) = (make(a), make(b));
                if !verified && (ka.value, ka.status, kb.value) != (a, status, b) {
                    if typo {
                        return Err(typo_error);
                    }
                    next.legal_individual[k] = new_a;
                    next.legal_professional[k] = new_b;
                    added += 1;
                }
                continue;
            }
            let last = next.legal_professional.last().map(|r| HalfYear::of(r.from));
            if last.is_some_and(|l| half_year < l) {
                continue; // before our table: nothing to add
            }
            if last.is_some_and(|l| l.next() != half_year) {
                return Err(bad(
                    "un semestre manque entre la table de l'application et ce fichier",
                ));
            }
            if typo {
                return Err(typo_error);
            }
            next.legal_individual.push(make(a));
            next.legal_professional.push(make(b));
            added += 1;
        }
        Ok(added)
    }

    /// The table in the rates file's form: `static/taux.json` is this, for the compiled table.
    pub fn to_file(&self) -> RatesFile {
        let status = |s: Status| match s {
            Status::Verified => FileStatus::Verified,
            Status::Unverified => FileStatus::Unverified,
        };
        let why = |r: &RateRow| (!r.why.is_empty()).then(|| r.why.clone());
        RatesFile {
            format: FORMAT.to_string(),
            version: VERSION,
            ecb_mro: MroSeries {
                known_until: iso_date(self.mro_known_until),
                rows: self
                    .mro
                    .iter()
                    .map(|r| MroRow {
                        from: iso_date(r.from),
                        percent: r.value.to_string(),
                        reference: r.reference.clone(),
                        status: status(r.status),
                        why: why(r),
                    })
                    .collect(),
            },
            legal_rates: self
                .legal_individual
                .iter()
                .zip(&self.legal_professional)
                .map(|(a, b)| LegalRateRow {
                    half_year: half_year_code(HalfYear::of(a.from)),
                    individual: a.value.to_string(),
                    professional: b.value.to_string(),
                    reference: a.reference.clone(),
                    status: status(a.status.max_doubt(b.status)),
                    why: why(a).or_else(|| why(b)),
                })
                .collect(),
        }
    }
}

impl Status {
    /// The less certain of two statuses.
    fn max_doubt(self, other: Status) -> Status {
        if self == Status::Unverified || other == Status::Unverified {
            Status::Unverified
        } else {
            Status::Verified
        }
    }
}

/// A percent within `(low, high)` basis points, with at most two decimals.
fn checked_percent(text: &str, (low, high): (i64, i64)) -> Option<Decimal> {
    let value = parse_percent(text)?;
    let in_bounds = value >= percent(low) && value <= percent(high);
    (in_bounds && value.round_dp(2) == value).then_some(value)
}

/// A row the site's file set says so beside its rate, wherever the rate is shown (F4).
fn from_the_file(reference: &str) -> String {
    format!("fichier des taux de ce site : {}", reference.trim())
}

const MAX_TEXT: usize = 300;

fn checked_status(
    status: FileStatus,
    why: &Option<String>,
    reference: &str,
) -> Result<(Status, String), &'static str> {
    if reference.trim().is_empty() {
        return Err("référence manquante");
    }
    if reference.chars().count() > MAX_TEXT
        || why.as_ref().is_some_and(|w| w.chars().count() > MAX_TEXT)
    {
        return Err("texte trop long");
    }
    match (status, why) {
        (FileStatus::Verified, None) => Ok((Status::Verified, String::new())),
        (FileStatus::Verified, Some(_)) => {
            Err("une ligne vérifiée ne donne pas de raison de doute (« why »)")
        }
        (FileStatus::Unverified, Some(w)) if !w.trim().is_empty() => {
            Ok((Status::Unverified, w.clone()))
        }
        (FileStatus::Unverified, _) => Err("une ligne non vérifiée doit dire pourquoi (« why »)"),
    }
}

const MAX_ROWS: usize = 400;

fn checked_mro(series: &MroSeries) -> Result<Vec<RateRow>, RatesFileError> {
    if series.rows.len() > MAX_ROWS {
        return Err(RatesFileError::BadRow {
            series: "taux BCE",
            row: MAX_ROWS,
            problem: "trop de lignes",
        });
    }
    let earliest = params::date(1999, 1, 1);
    let latest = params::date(2100, 12, 31);
    if !parse_iso_date(&series.known_until).is_some_and(|d| (earliest..=latest).contains(&d)) {
        return Err(RatesFileError::BadRow {
            series: "taux BCE",
            row: 0,
            problem: "date « known_until » illisible ou hors bornes",
        });
    }
    let mut rows: Vec<RateRow> = Vec::with_capacity(series.rows.len());
    for (i, row) in series.rows.iter().enumerate() {
        let bad = |problem| RatesFileError::BadRow {
            series: "taux BCE",
            row: i,
            problem,
        };
        let from = parse_iso_date(&row.from).ok_or(bad("date illisible (exemple : 2026-06-17)"))?;
        if !(earliest..=latest).contains(&from) {
            return Err(bad("date hors bornes"));
        }
        if rows.last().is_some_and(|last| last.from >= from) {
            return Err(bad("les dates doivent aller en croissant"));
        }
        let value = checked_percent(&row.percent, params::RATES_FILE_MRO_BOUNDS_BP.current())
            .ok_or(bad(
                "taux illisible, hors bornes (−1 à 10 %) ou à plus de deux décimales",
            ))?;
        let step = percent(params::RATES_FILE_MAX_STEP_BP.current());
        if rows
            .last()
            .is_some_and(|last| (value - last.value).abs() > step)
        {
            return Err(bad(
                "écart de plus de 1,5 point avec la ligne précédente : faute de frappe ?",
            ));
        }
        let (status, why) = checked_status(row.status, &row.why, &row.reference).map_err(bad)?;
        rows.push(RateRow {
            from,
            value,
            reference: from_the_file(&row.reference),
            status,
            why,
        });
    }
    Ok(rows)
}

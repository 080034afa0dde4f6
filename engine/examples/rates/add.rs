//! `rates add-ecb` and `rates add-legal`: a new row written into the compiled table's source,
//! `engine/src/params/rates.rs`, with its reference, after the checks a maintainer would make
//! by eye on the day after an ECB meeting or an arrêté.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use engine::dates::parse_iso_date;
use engine::halfyear::{half_year_code, parse_half_year};
use engine::params::{self, percent};
use engine::rates_file::parse_percent;
use engine::HalfYear;

const SOURCE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/params/rates.rs");
const ECB_MARKER: &str = "        // `rates add-ecb` inserts";
const LEGAL_MARKER: &str = "    // `rates add-legal` inserts";
const KNOWN_UNTIL: &str = "pub const ECB_MRO_KNOWN_UNTIL: NaiveDate = date(";

/// A move of the MRO rate larger than this between two decisions is taken for a typo (the
/// largest since 1999 was 0.75 point).
const MRO_MAX_STEP: &str = "1.00";
/// Likewise for the legal rates between two half-years (the largest: 2.35 points in 2023).
const LEGAL_MAX_STEP: &str = "3.00";

/// Reads the arguments, checks the row against the compiled table and writes it into the source.
pub fn row(ecb: bool, args: &[String]) -> Result<(), String> {
    let source = std::fs::read_to_string(SOURCE).map_err(|e| format!("{SOURCE} : {e}"))?;
    let options = Options::parse(args)?;
    let next = if ecb {
        insert_ecb(&source, &options)?
    } else {
        insert_legal(&source, &options)?
    };
    std::fs::write(SOURCE, next).map_err(|e| format!("{SOURCE} : {e}"))?;
    println!("Ligne ajoutée à engine/src/params/rates.rs.");
    Ok(())
}

/// `--name value` pairs.
struct Options(Vec<(String, String)>);

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut pairs = Vec::new();
        let mut it = args.iter();
        while let Some(name) = it.next() {
            let Some(name) = name.strip_prefix("--") else {
                return Err(format!("argument inattendu « {name} »"));
            };
            let value = it.next().ok_or(format!("--{name} attend une valeur"))?;
            pairs.push((name.to_string(), value.clone()));
        }
        Ok(Options(pairs))
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn required(&self, name: &str) -> Result<&str, String> {
        self.get(name).ok_or(format!("--{name} manque"))
    }

    /// A reference a reader can follow: refused when missing or a placeholder.
    fn reference(&self) -> Result<String, String> {
        let reference = self.get("reference").unwrap_or("").trim();
        if reference.chars().count() < 10 || reference.contains('"') || reference.contains('\\') {
            return Err("--reference manque ou est trop courte : le communiqué de la BCE ou l'arrêté et son JORF".into());
        }
        Ok(reference.to_string())
    }

    /// `verified(…)`, or `unverified(…)` with its reason.
    fn constructor(&self, from: &str, value: i64, reference: &str) -> Result<String, String> {
        match self.get("unverified").map(str::trim) {
            None => Ok(format!("verified({from}, {value}, \"{reference}\")")),
            Some(why) if why.chars().count() >= 5 && !why.contains('"') && !why.contains('\\') => {
                Ok(format!(
                    "unverified({from}, {value}, \"{reference}\", \"{why}\")"
                ))
            }
            Some(_) => Err("--unverified attend la raison du doute, en clair".into()),
        }
    }
}

/// A percent with two decimals at most, within the bounds the app sets for any rate it reads
/// (`params::RATE_OVERRIDE_BOUNDS_BP`, the same for a rates file and a visitor's override).
fn basis_points(text: &str, what: &str) -> Result<i64, String> {
    let (low, high) = params::RATE_OVERRIDE_BOUNDS_BP.current();
    let value = parse_percent(text).ok_or(format!(
        "{what} : « {text} » n'est pas un pourcentage (exemple : 2.90)"
    ))?;
    let bp = value * Decimal::from(100);
    if bp.fract() != Decimal::ZERO {
        return Err(format!("{what} : deux décimales au plus"));
    }
    let bp = i64::try_from(bp).map_err(|_| format!("{what} : hors bornes"))?;
    if !(low..=high).contains(&bp) {
        return Err(format!(
            "{what} : {} est hors des bornes plausibles ({} à {})",
            engine::amount::format_percent(percent(bp)),
            engine::amount::format_percent(percent(low)),
            engine::amount::format_percent(percent(high))
        ));
    }
    Ok(bp)
}

fn date_code(day: NaiveDate) -> String {
    use chrono::Datelike;
    format!("date({}, {}, {})", day.year(), day.month(), day.day())
}

fn step_ok(previous: i64, next: i64, max: &str) -> bool {
    let max = parse_percent(max).unwrap_or(Decimal::ONE) * Decimal::from(100);
    Decimal::from((next - previous).abs()) <= max
}

/// A new ECB decision: dated after the last row, a plausible step, and the day up to which
/// the MRO is now known moved forward.
fn insert_ecb(source: &str, o: &Options) -> Result<String, String> {
    let from = parse_iso_date(o.required("from")?)
        .ok_or("--from : date illisible (exemple : 2026-12-23, jour d'entrée en vigueur)")?;
    let known_until = parse_iso_date(o.required("known-until")?)
        .ok_or("--known-until : date illisible (la veille de la prochaine décision de la BCE)")?;
    let bp = basis_points(o.required("percent")?, "--percent")?;
    let reference = o.reference()?;
    let last = params::ECB_MRO.rows.last().ok_or("table BCE vide")?;
    if from <= last.from {
        return Err(format!(
            "--from : la dernière décision de la table est du {} ; la nouvelle doit suivre",
            last.from
        ));
    }
    if known_until < from || known_until <= params::ECB_MRO_KNOWN_UNTIL {
        return Err(format!(
            "--known-until : doit suivre la décision et le {} déjà connu",
            params::ECB_MRO_KNOWN_UNTIL
        ));
    }
    if !step_ok(last.value, bp, MRO_MAX_STEP) {
        return Err(format!(
            "--percent : un écart de plus de {MRO_MAX_STEP} point avec la décision précédente ({}) ressemble à une faute de frappe",
            engine::amount::format_percent(percent(last.value))
        ));
    }
    let row = o.constructor(&date_code(from), bp, &reference)?;
    let at = source
        .find(ECB_MARKER)
        .ok_or("repère de la table BCE introuvable")?;
    let mut next = format!("{}        {row},\n{}", &source[..at], &source[at..]);
    let k = next
        .find(KNOWN_UNTIL)
        .ok_or("ECB_MRO_KNOWN_UNTIL introuvable")?;
    let end = next[k..]
        .find(");")
        .ok_or("ECB_MRO_KNOWN_UNTIL illisible")?
        + k;
    next.replace_range(
        k..end + 2,
        &format!(
            "pub const ECB_MRO_KNOWN_UNTIL: NaiveDate = {};",
            date_code(known_until)
        ),
    );
    Ok(next)
}

/// A new half-year of legal rates: the one after the table's last, both rates, plausible steps.
fn insert_legal(source: &str, o: &Options) -> Result<String, String> {
    let code = o.required("half-year")?;
    let half = parse_half_year(code).ok_or("--half-year : illisible (exemple : 2027-S1)")?;
    let individual = basis_points(o.required("individual")?, "--individual")?;
    let professional = basis_points(o.required("professional")?, "--professional")?;
    let reference = o.reference()?;
    for (table, value, what) in [
        (&params::LEGAL_RATE_INDIVIDUAL, individual, "--individual"),
        (
            &params::LEGAL_RATE_PROFESSIONAL,
            professional,
            "--professional",
        ),
    ] {
        let last = table.rows.last().ok_or("table des taux légaux vide")?;
        let expected = HalfYear::of(last.from).next();
        if half != expected {
            return Err(format!(
                "--half-year : le semestre suivant la table est {}, pas {}",
                half_year_code(expected),
                half_year_code(half)
            ));
        }
        if !step_ok(last.value, value, LEGAL_MAX_STEP) {
            return Err(format!(
                "{what} : un écart de plus de {LEGAL_MAX_STEP} points avec le semestre précédent ({}) ressemble à une faute de frappe",
                engine::amount::format_percent(percent(last.value))
            ));
        }
    }
    let from = date_code(half.first_day());
    let mut next = source.to_string();
    // The individual table comes first in the file, the professional second.
    let mut markers = next.match_indices(LEGAL_MARKER).map(|(i, _)| i);
    let (first, second) = match (markers.next(), markers.next()) {
        (Some(a), Some(b)) => (a, b),
        _ => return Err("repères des tables des taux légaux introuvables".into()),
    };
    let professional_row = o.constructor(&from, professional, &reference)?;
    next.insert_str(second, &format!("    {professional_row},\n"));
    let individual_row = o.constructor(&from, individual, &reference)?;
    next.insert_str(first, &format!("    {individual_row},\n"));
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(args: &[&str]) -> Options {
        Options::parse(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>()).unwrap()
    }

    fn source() -> String {
        std::fs::read_to_string(SOURCE).unwrap()
    }

    /// A day after every row and after what is known, so the tests hold as the table grows.
    fn next_decision() -> (String, String, i64) {
        let last = params::ECB_MRO.rows.last().unwrap();
        let from = last.from.max(params::ECB_MRO_KNOWN_UNTIL) + chrono::Days::new(7);
        let until = from + chrono::Days::new(40);
        (from.to_string(), until.to_string(), last.value)
    }

    #[test]
    fn an_ecb_decision_goes_after_the_last_row_and_moves_known_until() {
        let (from, until, last) = next_decision();
        let percent = format!("{}", percent(last + 25));
        let o = options(&[
            "--from",
            &from,
            "--percent",
            &percent,
            "--known-until",
            &until,
            "--reference",
            "BCE, communiqué ecb.mp261217, décision du 17 déc. 2026",
        ]);
        let next = insert_ecb(&source(), &o).unwrap();
        let day = parse_iso_date(&from).unwrap();
        let row = next
            .find(&format!(
                "verified({}, {}, \"BCE, communiqué ecb.mp261217",
                date_code(day),
                last + 25
            ))
            .unwrap();
        assert!(row < next.find(ECB_MARKER).unwrap());
        let until = parse_iso_date(&until).unwrap();
        assert!(next.contains(&format!(
            "ECB_MRO_KNOWN_UNTIL: NaiveDate = {};",
            date_code(until)
        )));
    }

    #[test]
    fn a_row_without_reference_out_of_order_or_implausible_is_refused() {
        let (from, until, last) = next_decision();
        let fine = format!("{}", percent(last));
        let with = |pct: &str, reference: Option<&str>| {
            let mut args = vec!["--from", &from, "--known-until", &until, "--percent", pct];
            if let Some(r) = reference {
                args.extend(["--reference", r]);
            }
            insert_ecb(&source(), &options(&args))
        };
        let long_ref = "BCE, communiqué ecb.mp261217";
        assert!(with(&fine, Some(long_ref)).is_ok());
        assert!(with(&fine, None).unwrap_err().contains("--reference"));
        assert!(with(&fine, Some("BCE"))
            .unwrap_err()
            .contains("--reference"));
        // A typo: ten times the rate, or a point and a half off.
        let typo = format!("{}", percent(last * 10 + 300));
        assert!(with(&typo, Some(long_ref))
            .unwrap_err()
            .contains("--percent"));
        let jump = format!("{}", percent(last + 150));
        assert!(with(&jump, Some(long_ref))
            .unwrap_err()
            .contains("faute de frappe"));
        assert!(with("2.905", Some(long_ref))
            .unwrap_err()
            .contains("décimales"));
        let past = options(&[
            "--from",
            "2020-01-01",
            "--percent",
            &fine,
            "--known-until",
            &until,
            "--reference",
            long_ref,
        ]);
        assert!(insert_ecb(&source(), &past).unwrap_err().contains("--from"));
    }

    #[test]
    fn a_legal_half_year_is_the_next_one_with_both_rates() {
        let last = params::LEGAL_RATE_PROFESSIONAL.rows.last().unwrap();
        let next_half = HalfYear::of(last.from).next();
        let code = half_year_code(next_half);
        let a = format!(
            "{}",
            percent(params::LEGAL_RATE_INDIVIDUAL.rows.last().unwrap().value + 10)
        );
        let b = format!("{}", percent(last.value + 5));
        let o = options(&[
            "--half-year",
            &code,
            "--individual",
            &a,
            "--professional",
            &b,
            "--reference",
            "arrêté du 22 déc. 2026, JORF du 27 déc. 2026",
            "--unverified",
            "lu dans une seule source",
        ]);
        let next = insert_legal(&source(), &o).unwrap();
        let from = date_code(next_half.first_day());
        assert_eq!(next.matches(&format!("unverified({from}, ")).count(), 2);
        let individual = next.find(&format!(
            "{from}, {}",
            params::LEGAL_RATE_INDIVIDUAL.rows.last().unwrap().value + 10
        ));
        let professional = next.find(&format!("{from}, {}", last.value + 5));
        assert!(individual.unwrap() < professional.unwrap());
        let skipped = options(&[
            "--half-year",
            &half_year_code(next_half.next()),
            "--individual",
            &a,
            "--professional",
            &b,
            "--reference",
            "arrêté du 22 déc. 2026, JORF du 27 déc. 2026",
        ]);
        assert!(insert_legal(&source(), &skipped)
            .unwrap_err()
            .contains(&code));
    }
}

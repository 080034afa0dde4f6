//! The command-line door: a dossier as JSON on standard input, the assessment as JSON out.
//!
//!     cargo run -p impaye-engine --example assess -- --date 2026-11-22 < dossier.json
//!
//! Or an electronic invoice (a Factur-X PDF, CII or UBL), read by `invoice`: the dossier it
//! makes is printed on standard error, then assessed.
//!
//!     cargo run -p impaye-engine --example assess -- --date 2026-12-05 --invoice facture.pdf
//!
//! Exit codes: 0 assessed; 1 bad arguments or unreadable JSON; 2 the dossier has field errors;
//! 3 the invoice was refused (why, in French).

use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (date, invoice) = match args.as_slice() {
        [flag, value] if flag == "--date" => (value.parse::<chrono::NaiveDate>().ok(), None),
        [flag, value, i, file] if flag == "--date" && i == "--invoice" => {
            (value.parse::<chrono::NaiveDate>().ok(), Some(file))
        }
        _ => (None, None),
    };
    let Some(today) = date else {
        eprintln!("usage: assess --date AAAA-MM-JJ [--invoice facture.pdf|.xml] < dossier.json   (the engine never reads a clock: give the date)");
        return ExitCode::from(1);
    };
    if let Some(file) = invoice {
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{file}: {e}");
                return ExitCode::from(1);
            }
        };
        return match invoice::read(&bytes) {
            Ok(read) => {
                let dossier = read.to_dossier();
                eprintln!(
                    "{}",
                    serde_json::to_string_pretty(&dossier).unwrap_or_default()
                );
                assessed(&dossier, today)
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(3)
            }
        };
    }
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("cannot read standard input: {e}");
        return ExitCode::from(1);
    }
    let dossier: engine::Dossier = match serde_json::from_str(&input) {
        Ok(d) => d,
        Err(e) => {
            eprintln!(
                "invalid dossier JSON (line {}, column {}): {e}",
                e.line(),
                e.column()
            );
            return ExitCode::from(1);
        }
    };
    assessed(&dossier, today)
}

/// The assessment on standard output, or the dossier's problems on standard error.
fn assessed(dossier: &engine::Dossier, today: chrono::NaiveDate) -> ExitCode {
    match engine::assess(dossier, today) {
        Ok(assessment) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&assessment).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            // Each problem typed, with its French beside it.
            let listed: Vec<serde_json::Value> = errors
                .iter()
                .map(|e| serde_json::json!({ "field": e.field, "problem": e.problem, "message": e.message() }))
                .collect();
            eprintln!(
                "{}",
                serde_json::to_string_pretty(&listed).unwrap_or_default()
            );
            ExitCode::from(2)
        }
    }
}

//! The maintainer's command for the rates (docs/RATES.md).
//!
//!     cargo run -q -p impaye-engine --example rates -- check static/taux.json
//!     cargo run -q -p impaye-engine --example rates -- export > static/taux.json
//!     cargo run -q -p impaye-engine --example rates -- params > docs/LEGAL-PARAMETERS.md
//!     cargo run -q -p impaye-engine --example rates -- add-ecb --from 2026-12-23 --percent 2.90 \
//!         --known-until 2027-02-03 --reference "BCE, communiqué ecb.mp261217…, décision du 17 déc. 2026"
//!     cargo run -q -p impaye-engine --example rates -- add-legal --half-year 2027-S1 \
//!         --individual 6.90 --professional 2.80 --reference "arrêté du … déc. 2026, JORF du …"
//!
//! `check` validates a rates file against the table compiled into the app, exactly as the app
//! does in the browser, and prints the half-year table it gives (ECB + 10, ECB + 8, legal
//! rates A and B, the 3 × B floor) to compare with the official values at a glance.
//! `export` prints the compiled table in the file's form. `add-ecb` and `add-legal` write a
//! new row into `engine/src/params/rates.rs` (refused without a reference, out of order, or
//! implausible; `--unverified "why"` flags it), then regenerate `static/taux.json` and
//! `docs/LEGAL-PARAMETERS.md` from the rebuilt table. Exit codes: 0 valid; 1 bad arguments or
//! unreadable file; 2 the app would refuse the file, or the row is refused.

use std::process::ExitCode;

use engine::amount::format_percent;
use engine::format::date_fr;
use engine::params::{self, percent, Status};
use engine::{rates_file, HalfYear, RateTable};

#[path = "rates/add.rs"]
mod add;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [cmd] if cmd == "export" => {
            print!("{}", rates_file::write(&RateTable::compiled().to_file()));
            ExitCode::SUCCESS
        }
        [cmd, path] if cmd == "check" => check(path),
        [cmd] if cmd == "params" => {
            print!("{}", params::tables_markdown());
            ExitCode::SUCCESS
        }
        [cmd] if cmd == "regenerate" => regenerate(),
        [cmd, rest @ ..] if cmd == "add-ecb" || cmd == "add-legal" => {
            match add::row(cmd == "add-ecb", rest) {
                Ok(()) => rebuild_and_regenerate(),
                Err(e) => {
                    eprintln!("REFUSÉ : {e}");
                    ExitCode::from(2)
                }
            }
        }
        _ => {
            eprintln!(
                "usage: rates check FICHIER.json | rates export | rates params | rates regenerate\n\
                 \x20      rates add-ecb --from AAAA-MM-JJ --percent 2.90 --known-until AAAA-MM-JJ --reference \"…\" [--unverified \"pourquoi\"]\n\
                 \x20      rates add-legal --half-year AAAA-S1 --individual 6.90 --professional 2.80 --reference \"…\" [--unverified \"pourquoi\"]"
            );
            ExitCode::from(1)
        }
    }
}

/// Writes the shipped rates file and the parameters page from the table compiled into this
/// binary.
fn regenerate() -> ExitCode {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let taux = rates_file::write(&RateTable::compiled().to_file());
    let written = std::fs::write(root.join("static/taux.json"), taux).and_then(|()| {
        std::fs::write(
            root.join("docs/LEGAL-PARAMETERS.md"),
            params::tables_markdown(),
        )
    });
    match written {
        Ok(()) => {
            println!("static/taux.json et docs/LEGAL-PARAMETERS.md régénérés.");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("écriture impossible : {e}");
            ExitCode::from(1)
        }
    }
}

/// The row is in the source: this binary still holds the old table, so a rebuilt one writes
/// the files, after rustfmt has laid the new row out.
fn rebuild_and_regenerate() -> ExitCode {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let run = |args: &[&str]| {
        std::process::Command::new(&cargo)
            .args(args)
            .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
            .status()
            .is_ok_and(|s| s.success())
    };
    if run(&["fmt", "-p", "impaye-engine"])
        && run(&[
            "run",
            "-q",
            "-p",
            "impaye-engine",
            "--example",
            "rates",
            "--",
            "regenerate",
        ])
    {
        println!("Vérifiez le tableau : cargo run -q -p impaye-engine --example rates -- check static/taux.json");
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "La ligne est écrite dans engine/src/params/rates.rs, mais la régénération a échoué."
        );
        ExitCode::from(1)
    }
}

fn check(path: &str) -> ExitCode {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(1);
        }
    };
    let (table, added) = match RateTable::compiled().extended_by_text(&text) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("REFUSÉ : {e}");
            eprintln!("L'application ignorerait ce fichier et garderait sa table compilée.");
            return ExitCode::from(2);
        }
    };
    println!("Fichier valide : {added} ligne(s) nouvelle(s) par rapport à la table compilée.");
    println!(
        "Barème à jour au {} ; taux BCE connus jusqu'au {}.",
        date_fr(table.as_of()),
        date_fr(table.mro_known_until)
    );
    println!();
    println!(
        "{:<22} {:>7} {:>9} {:>8} {:>7} {:>7} {:>10}  statut",
        "semestre", "BCE", "BCE + 10", "BCE + 8", "légal A", "légal B", "3 × B"
    );
    let mut h = HalfYear {
        year: 2015,
        second: false,
    };
    let last = HalfYear::of(table.as_of()).next();
    while h <= last {
        let mro = table.mro_on(h.first_day());
        let b = table.legal_professional(h);
        let a = table
            .legal_individual
            .iter()
            .find(|r| r.from == h.first_day())
            .map_or("?".to_string(), |r| format_percent(r.value));
        let b2b = mro.value + percent(100 * params::B2B_MARGIN_POINTS.at(h.first_day()));
        let public = mro.value + percent(100 * params::PUBLIC_MARGIN_POINTS.at(h.first_day()));
        let floor = b.value
            * rust_decimal::Decimal::from(params::CONTRACT_FLOOR_MULTIPLE.at(h.first_day()));
        let status = match (mro.status, b.status) {
            (Status::Verified, Status::Verified) => "vérifié",
            (Status::Unverified, Status::Verified) => "BCE non vérifié",
            (Status::Verified, Status::Unverified) => "taux légal non trouvé",
            (Status::Unverified, Status::Unverified) => "BCE et taux légal non vérifiés",
        };
        println!(
            "{:<22} {:>7} {:>9} {:>8} {:>7} {:>7} {:>10}  {status}",
            h.to_string(),
            format_percent(mro.value),
            format_percent(b2b),
            format_percent(public),
            a,
            format_percent(b.value),
            format_percent(floor)
        );
        h = h.next();
    }
    ExitCode::SUCCESS
}

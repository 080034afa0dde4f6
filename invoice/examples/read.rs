//! Reads an electronic invoice and prints the dossier it makes, as the engine's JSON door
//! takes it (then `assess`), with the penalty rate its terms propose:
//!
//!     cargo run -p impaye-invoice --example read -- facture.xml
//!     cargo run -p impaye-invoice --example read -- facture.xml | cargo run -p impaye-engine --example assess -- --date 2026-12-05
//!
//! Exit codes: 0 read; 1 bad arguments or an unreadable file; 2 the file was refused (why, in
//! French, on standard error).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: read FACTURE.xml");
        return ExitCode::from(1);
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(1);
        }
    };
    match invoice::read(&bytes) {
        Ok(read) => {
            if let Some(rate) = read.proposed_rate() {
                eprintln!("taux des pénalités proposé par les conditions : {rate:?}");
            }
            if read.is_credit_note() || !read.in_euros() {
                eprintln!(
                    "attention : avoir ({}) ou devise {}",
                    read.type_code, read.currency
                );
            }
            println!(
                "{}",
                serde_json::to_string_pretty(&read.to_dossier()).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

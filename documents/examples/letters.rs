//! Writes every letter of a worked case as PDF and DOCX, to look at them:
//!
//!     cargo run -p impaye-documents --example letters -- engine/tests/cases/01_half_year_split.json /tmp/letters

use documents::{compose, docx, pdf, LetterKind, LetterOptions};
use engine::Party;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [case, out] = args.as_slice() else {
        eprintln!("usage: letters CASE.json OUT_DIR");
        std::process::exit(1);
    };
    let case: serde_json::Value =
        match std::fs::read_to_string(case).map(|t| serde_json::from_str(&t)) {
            Ok(Ok(v)) => v,
            _ => {
                eprintln!("cannot read the case file {case}");
                std::process::exit(1);
            }
        };
    let mut dossier: engine::Dossier =
        serde_json::from_value(case["dossier"].clone()).expect("a worked case's dossier");
    let today = case["date"]
        .as_str()
        .and_then(|d| d.parse().ok())
        .expect("a worked case's date");
    if dossier.creditor.name.is_empty() {
        dossier.creditor = Party {
            name: "Atelier Lumière".into(),
            legal_form: "EURL".into(),
            siren: "123 456 789".into(),
            address: "3 rue des Écoles\n69001 Lyon".into(),
            ..Party::default()
        };
    }
    if dossier.debtor.identity.name.is_empty() {
        dossier.debtor.identity = Party {
            name: "ACME SAS".into(),
            legal_form: "SAS".into(),
            address: "12 avenue de la Gare\n75010 Paris".into(),
            representative: "M. Jean Martin, président".into(),
            ..Party::default()
        };
    }
    let assessment = engine::assess(&dossier, today).expect("a valid worked case");
    let options = LetterOptions {
        place: "Lyon".into(),
        iban: "FR76 3000 6000 0112 3456 7890 189".into(),
        signatory: "Claire Dupont, gérante".into(),
        court_town: "Paris".into(),
        holds_terms: true,
        holds_order: true,
        ..LetterOptions::default()
    };
    std::fs::create_dir_all(out).expect("an output folder");
    for &kind in LetterKind::ALL {
        let letter = compose(kind, &dossier, &assessment, &options);
        let base = std::path::Path::new(out).join(&letter.file_stem);
        std::fs::write(base.with_extension("pdf"), pdf::write(&letter)).expect("write");
        std::fs::write(base.with_extension("docx"), docx::write(&letter)).expect("write");
        println!("{}", base.display());
    }
}

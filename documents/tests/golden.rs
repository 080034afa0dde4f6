//! Every document of every worked case, under two sets of options, written as PDF and DOCX: their
//! bytes' fingerprints must stay those of `golden/fingerprints.txt`. A change of the documents'
//! code that means no change of wording or layout (moving code between files) changes none.
//! A change that does is written again, and the diff says which documents it touched:
//!
//!     GOLDEN_WRITE=1 cargo test -p impaye-documents --test golden

use std::fmt::Write as _;
use std::path::PathBuf;

use documents::{compose, docx, pdf, LetterKind, LetterOptions};
use engine::{assess, Dossier, Party};

mod common;

/// FNV-1a, 64 bits: enough to tell two files apart, and no dependency.
fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Every worked case, by name: its dossier and its date.
fn cases() -> Vec<(String, Dossier, chrono::NaiveDate)> {
    let mut names: Vec<_> = std::fs::read_dir(common::cases_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let (dossier, date) = common::case_dossier(&name);
            (name, dossier, date)
        })
        .collect()
}

/// The default wording, and a visitor's choices: each option the letters read.
fn option_sets() -> [(&'static str, LetterOptions); 2] {
    let chosen = LetterOptions {
        place: "Lyon".into(),
        electronic: true,
        deadline_days: 15,
        iban: "FR76 3000 6000 0112 3456 7890 189".into(),
        extra: "Nous restons joignables au 04 00 00 00 00.\nÀ bientôt.".into(),
        signatory: "Claire Dupont, gérante".into(),
        mandataire: Party {
            name: "Me Paul Durand".into(),
            address: "1 place du Palais\n75001 Paris".into(),
            ..Party::default()
        },
        undisputed_only: true,
        court_town: "Paris".into(),
        supplied: "la refonte de son site internet".into(),
        holds_terms: true,
        holds_order: true,
        holds_delivery: true,
        ..LetterOptions::default()
    };
    [("default", LetterOptions::default()), ("chosen", chosen)]
}

fn fingerprints() -> String {
    let mut out = String::new();
    for (name, dossier, date) in cases() {
        // A case whose dossier the engine refuses (a validation case) has no documents.
        let Ok(assessment) = assess(&dossier, date) else {
            continue;
        };
        for (set, options) in option_sets() {
            for &kind in LetterKind::ALL {
                let letter = compose(kind, &dossier, &assessment, &options);
                let (p, d) = (pdf::write(&letter), docx::write(&letter));
                writeln!(
                    out,
                    "{name} {set} {} pdf {:016x} docx {:016x}",
                    letter.file_stem,
                    fingerprint(&p),
                    fingerprint(&d)
                )
                .unwrap();
            }
        }
    }
    out
}

#[test]
fn every_document_of_every_worked_case_is_byte_for_byte_as_recorded() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/fingerprints.txt");
    let now = fingerprints();
    if std::env::var_os("GOLDEN_WRITE").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &now).unwrap();
    }
    let recorded = std::fs::read_to_string(&path).expect("tests/golden/fingerprints.txt");
    let differ: Vec<_> = now
        .lines()
        .zip(recorded.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, _)| a.to_string())
        .collect();
    assert!(
        differ.is_empty() && now.lines().count() == recorded.lines().count(),
        "{} documents differ from the recorded ones (of {}), first: {:?}",
        differ.len(),
        now.lines().count(),
        differ.first()
    );
    assert!(now.lines().count() > 500, "every case, kind and option set");
}

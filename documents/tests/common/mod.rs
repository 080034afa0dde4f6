// Each test crate that includes this module uses a part of it.
#![allow(dead_code)]

//! A worked case of engine/tests/cases, given a creditor and a debtor where it names none: the
//! dossier the document tests write letters from.

use std::path::PathBuf;

use engine::{Dossier, Party};

/// The worked cases' folder.
pub fn cases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/cases")
}

/// The worked case `name` (« 06_consumer.json »): its dossier and its date.
pub fn case_dossier(name: &str) -> (Dossier, chrono::NaiveDate) {
    let path = cases_dir().join(name);
    let case: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut dossier: Dossier = serde_json::from_value(case["dossier"].clone()).unwrap();
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
            address: "12 avenue de la Gare\n75010 Paris".into(),
            ..Party::default()
        };
    }
    (dossier, case["date"].as_str().unwrap().parse().unwrap())
}

//! No document is offered where its premise is false (issue 34, VISITORS-2026-12 blocker: a
//! déclaration de créance offered for every dossier stated proceedings that did not exist).
//! Each kind is walked against worked cases where it must not be offered, and one where it must.

use std::path::PathBuf;

use documents::offer::{fits, listed};
use documents::LetterKind;
use engine::{assess, Assessment, Dossier};

fn case(name: &str) -> (Dossier, Assessment) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../engine/tests/cases")
        .join(format!("{name}.json"));
    let case: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let dossier: Dossier = serde_json::from_value(case["dossier"].clone()).unwrap();
    let a = assess(&dossier, case["date"].as_str().unwrap().parse().unwrap()).unwrap();
    (dossier, a)
}

/// For each kind: worked cases where it must not be offered, then one where it must.
const WHERE: &[(LetterKind, &[&str], &str)] = &[
    (
        LetterKind::DeclarationDeCreance,
        // No proceedings, or only a claim born after the opening judgment.
        &[
            "01_half_year_split",
            "06_consumer",
            "07_public_buyer",
            "10j_abroad_eu",
            "09_time_barred",
            "08d_service_after_opening",
        ],
        "08_insolvency",
    ),
    (
        LetterKind::MiseEnDemeure,
        &["08_insolvency", "08c_liquidation_before_due_date"],
        "10c_reminders_no_med",
    ),
    (
        LetterKind::PremiereRelance,
        &["08_insolvency"],
        "10a_nothing_sent_keep",
    ),
    (
        LetterKind::SecondeRelance,
        &["08_insolvency"],
        "10c_reminders_no_med",
    ),
    (
        LetterKind::RequeteInjonctionDePayer,
        &[
            "08_insolvency",
            "07_public_buyer",
            "10h_disputes_all",
            "10j_abroad_eu",
            "10o_abroad_denmark",
        ],
        "10e_med_unanswered_silent",
    ),
    (
        LetterKind::DemandeMediation,
        &["08_insolvency", "09_time_barred"],
        "10h_disputes_all",
    ),
    (
        LetterKind::EuropeanOrderFormA,
        // Denmark is bound by neither European regulation (art. 2(3)).
        &[
            "01_half_year_split",
            "10k_abroad_outside_eu",
            "10o_abroad_denmark",
            "08_insolvency",
        ],
        "10n_abroad_germany",
    ),
    (
        LetterKind::ReminderInEnglish,
        &["01_half_year_split", "06_consumer", "08_insolvency"],
        "10j_abroad_eu",
    ),
    (
        LetterKind::FormalNoticeInEnglish,
        &["01_half_year_split", "07_public_buyer"],
        "10k_abroad_outside_eu",
    ),
];

#[test]
fn no_document_is_offered_where_its_premise_is_false() {
    for &kind in LetterKind::ALL {
        let Some((_, never, once)) = WHERE.iter().find(|(k, ..)| *k == kind) else {
            // The décompte and the summary state only the dossier's own facts: offered anywhere.
            assert!(
                matches!(kind, LetterKind::Decompte | LetterKind::Synthese),
                "{kind:?} has no case"
            );
            for name in ["01_half_year_split", "08_insolvency", "07_public_buyer"] {
                let (d, a) = case(name);
                assert!(fits(kind, &d, &a), "{kind:?} not offered for {name}");
            }
            continue;
        };
        for name in *never {
            let (d, a) = case(name);
            assert!(!fits(kind, &d, &a), "{kind:?} offered for {name}");
            assert!(
                !listed(&d, &a).contains(&kind),
                "{kind:?} listed for {name}"
            );
        }
        let (d, a) = case(once);
        assert!(fits(kind, &d, &a), "{kind:?} not offered for {once}");
    }
}

#[test]
fn the_recommended_document_always_fits() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/cases");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if path.extension().is_none_or(|e| e != "json")
            || name.starts_with("11")
            || name.starts_with("12m")
        {
            continue; // dossiers the engine refuses
        }
        let (d, a) = case(&name);
        let recommended = LetterKind::for_procedure(a.recommendation.next.procedure);
        assert!(
            fits(recommended, &d, &a),
            "{name}: {recommended:?} recommended but not offered"
        );
    }
}

//! A request (src/request.rs), as the letter screen makes it: the same letter, files and
//! calendar as composing directly from the app's assessment.

use std::path::PathBuf;

use documents::{compose, ics, LetterKind, LetterOptions, Request, RequestError};
use engine::{assess, assess_with, Dossier, RateTable};

fn case(name: &str) -> (Dossier, chrono::NaiveDate) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../engine/tests/cases")
        .join(name);
    let case: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let dossier: Dossier = serde_json::from_value(case["dossier"].clone()).unwrap();
    (dossier, case["date"].as_str().unwrap().parse().unwrap())
}

fn request(name: &str, kind: LetterKind) -> Request {
    let (dossier, today) = case(name);
    Request {
        kind,
        dossier,
        today,
        rates: None,
        options: LetterOptions {
            place: "Lyon".into(),
            ..LetterOptions::default()
        },
        opening: None,
        closing: None,
    }
}

#[test]
fn a_request_composes_the_letter_the_app_would_compose() {
    for (name, kind) in [
        (
            "10e_med_unanswered_silent.json",
            LetterKind::RequeteInjonctionDePayer,
        ),
        ("04_partial_payments.json", LetterKind::MiseEnDemeure),
        ("08_insolvency.json", LetterKind::DeclarationDeCreance),
        ("10i_disputes_part.json", LetterKind::Decompte),
    ] {
        let sent = request(name, kind);
        let assessment = assess(&sent.dossier, sent.today).unwrap();
        let direct = compose(kind, &sent.dossier, &assessment, &sent.options);
        let composed = sent.compose().unwrap();
        assert_eq!(composed.proposed, direct, "{name}");
        assert_eq!(composed.letter(), &direct, "{name}: nothing rewritten");
        assert!(composed.rewritten.is_none());
        assert_eq!(sent.pdf().unwrap(), documents::pdf::write(&direct));
        assert_eq!(sent.docx().unwrap(), documents::docx::write(&direct));
    }
}

#[test]
fn the_visitors_own_words_replace_the_proposed_ones_and_the_proposed_letter_stays() {
    let mut sent = request("10e_med_unanswered_silent.json", LetterKind::MiseEnDemeure);
    sent.opening = Some("Madame, Monsieur, malgré nos échanges…".into());
    let composed = sent.compose().unwrap();
    let rewritten = composed.rewritten.as_ref().expect("a rewritten letter");
    assert_eq!(rewritten.opening, "Madame, Monsieur, malgré nos échanges…");
    assert_ne!(composed.proposed.opening, rewritten.opening);
    // An empty closing takes the proposed one, as in the app.
    assert_eq!(rewritten.closing, composed.proposed.closing);
}

#[test]
fn the_site_rates_file_gives_the_documents_the_same_figures_as_the_app() {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../static/taux.json"),
    )
    .unwrap();
    let mut sent = request("10e_med_unanswered_silent.json", LetterKind::Decompte);
    sent.rates = Some(text.clone());
    let (table, _) = RateTable::compiled().extended_by_text(&text).unwrap();
    let assessment = assess_with(&sent.dossier, sent.today, &table).unwrap();
    assert_eq!(sent.assess().unwrap(), assessment);
    assert_eq!(
        sent.calendar().unwrap(),
        ics::write(&sent.dossier, &assessment)
    );
}

#[test]
fn what_cannot_be_made_is_said_in_french() {
    let mut sent = request("10e_med_unanswered_silent.json", LetterKind::MiseEnDemeure);
    sent.rates = Some("{\"version\": 99}".into());
    assert_eq!(sent.compose(), Err(RequestError::Rates));
    let mut empty = request("10e_med_unanswered_silent.json", LetterKind::MiseEnDemeure);
    empty.dossier.invoices.clear();
    assert_eq!(empty.pdf(), Err(RequestError::Incomplete));
    for e in [RequestError::Rates, RequestError::Incomplete] {
        let said = e.to_string();
        assert!(
            said.ends_with('.') && said.contains("page") || said.contains("réponses"),
            "{said}"
        );
    }
}

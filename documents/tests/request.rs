//! The documents module's side of the bargain (src/request.rs): from the JSON the app sends,
//! the same letter, files and calendar as composing directly from the app's assessment.

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

/// What the app sends: the request as JSON (written by `engine::json`, as the app does), read
/// back by the module.
fn through_json(request: &Request) -> Request {
    Request::read(&engine::json::ToJson::to_json(request)).unwrap()
}

/// Every worked case's dossier, sent as the app writes it, is read back equal by the module,
/// and the text is the one serde writes.
#[test]
fn the_module_reads_back_every_dossier_the_app_writes() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/cases");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if !name.ends_with(".json") {
            continue;
        }
        let mut request = request(&name, LetterKind::RequeteInjonctionDePayer);
        request.rates = Some("{\"a\": \"« é »\\n\"}".into());
        request.opening = Some("Madame,\n\t« merci »".into());
        request.options.mandataire.name = "Me \"Dupont\"".into();
        let text = engine::json::ToJson::to_json(&request);
        assert_eq!(text, serde_json::to_string(&request).unwrap(), "{name}");
        assert_eq!(Request::read(&text).unwrap(), request, "{name}");
        seen += 1;
    }
    assert!(seen > 40, "{seen} cases");
}

#[test]
fn a_request_read_from_its_json_composes_the_letter_the_app_would_compose() {
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
        let received = through_json(&sent);
        assert_eq!(received, sent, "{name}: the JSON loses nothing");
        let assessment = assess(&sent.dossier, sent.today).unwrap();
        let direct = compose(kind, &sent.dossier, &assessment, &sent.options);
        let composed = received.compose().unwrap();
        assert_eq!(composed.proposed, direct, "{name}");
        assert_eq!(composed.letter(), &direct, "{name}: nothing rewritten");
        assert!(composed.rewritten.is_none());
        assert_eq!(received.pdf().unwrap(), documents::pdf::write(&direct));
        assert_eq!(received.docx().unwrap(), documents::docx::write(&direct));
    }
}

#[test]
fn the_visitors_own_words_replace_the_proposed_ones_and_the_proposed_letter_stays() {
    let mut sent = request("10e_med_unanswered_silent.json", LetterKind::MiseEnDemeure);
    sent.opening = Some("Madame, Monsieur, malgré nos échanges…".into());
    let composed = through_json(&sent).compose().unwrap();
    let rewritten = composed.rewritten.as_ref().expect("a rewritten letter");
    assert_eq!(rewritten.opening, "Madame, Monsieur, malgré nos échanges…");
    assert_ne!(composed.proposed.opening, rewritten.opening);
    // An empty closing takes the proposed one, as in the app.
    assert_eq!(rewritten.closing, composed.proposed.closing);
}

#[test]
fn the_site_rates_file_gives_the_module_the_same_figures_as_the_app() {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../static/taux.json"),
    )
    .unwrap();
    let mut sent = request("10e_med_unanswered_silent.json", LetterKind::Decompte);
    sent.rates = Some(text.clone());
    let (table, _) = RateTable::compiled().extended_by_text(&text).unwrap();
    let assessment = assess_with(&sent.dossier, sent.today, &table).unwrap();
    let received = through_json(&sent);
    assert_eq!(received.assess().unwrap(), assessment);
    assert_eq!(
        received.calendar().unwrap(),
        ics::write(&sent.dossier, &assessment)
    );
}

#[test]
fn what_the_module_cannot_answer_it_says_in_french() {
    assert_eq!(Request::read("{\"kind\":"), Err(RequestError::Unreadable));
    assert_eq!(Request::read("null"), Err(RequestError::Unreadable));
    let mut sent = request("10e_med_unanswered_silent.json", LetterKind::MiseEnDemeure);
    sent.rates = Some("{\"version\": 99}".into());
    assert_eq!(through_json(&sent).compose(), Err(RequestError::Rates));
    let mut empty = request("10e_med_unanswered_silent.json", LetterKind::MiseEnDemeure);
    empty.dossier.invoices.clear();
    assert_eq!(through_json(&empty).pdf(), Err(RequestError::Incomplete));
    for e in [
        RequestError::Unreadable,
        RequestError::Rates,
        RequestError::Incomplete,
    ] {
        let said = e.to_string();
        assert!(
            said.ends_with('.') && said.contains("page") || said.contains("réponses"),
            "{said}"
        );
    }
}

//! The rates file: the one the app ships, a newer one a site may serve, and every way a file
//! can be wrong. Whatever is wrong, the whole file is refused and no figure moves.

use std::path::Path;

use chrono::NaiveDate;
use engine::params::{percent, Status};
use engine::rates_file::{self, RatesFileError};
use engine::{assess, assess_with, Dossier, HalfYear, RateTable};

fn compiled() -> &'static RateTable {
    RateTable::compiled()
}

fn shipped() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../static/taux.json");
    std::fs::read_to_string(path).expect("static/taux.json is shipped with the app")
}

/// A newer file, as a maintainer would write it in January 2027: the 29 Oct and 17 Dec 2026
/// decisions (hypothetical holds), the 2026 H2 legal rates read from the arrêté (hypothetical
/// values, in place of the compiled unverified row), known until Feb 2027.
fn newer() -> String {
    let mut file = compiled().to_file();
    file.ecb_mro
        .rows
        .retain(|r| r.from.as_str() <= "2026-10-28");
    file.ecb_mro.rows.push(row("2026-10-29", "2.65"));
    file.ecb_mro.rows.push(row("2026-12-17", "2.65"));
    file.ecb_mro.known_until = "2027-02-03".into();
    let legal = file
        .legal_rates
        .iter_mut()
        .find(|r| r.half_year == "2026-S2")
        .unwrap();
    legal.individual = "6.80".into();
    legal.professional = "2.90".into();
    legal.reference = "arrêté du 24 juin 2026 (exemple de test)".into();
    legal.status = rates_file::FileStatus::Verified;
    legal.why = None;
    rates_file::write(&file)
}

fn row(from: &str, percent: &str) -> rates_file::MroRow {
    rates_file::MroRow {
        from: from.into(),
        percent: percent.into(),
        reference: "BCE, décision (exemple de test)".into(),
        status: rates_file::FileStatus::Verified,
        why: None,
    }
}

#[test]
fn the_shipped_file_is_the_compiled_table_and_adds_nothing() {
    let text = shipped();
    assert_eq!(
        text,
        rates_file::write(&compiled().to_file()),
        "static/taux.json differs from the compiled table: run `cargo run -q -p impaye-engine --example rates -- export > static/taux.json`"
    );
    let (table, added) = compiled().extended_by_text(&text).unwrap();
    assert_eq!(added, 0);
    assert_eq!(&table, compiled());
}

#[test]
fn the_parameters_doc_is_generated_from_the_tables() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/LEGAL-PARAMETERS.md");
    let doc = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        doc == engine::params::tables_markdown(),
        "docs/LEGAL-PARAMETERS.md differs from the tables: run `cargo run -q -p impaye-engine --example rates -- params > docs/LEGAL-PARAMETERS.md`"
    );
}

#[test]
fn a_newer_file_extends_the_table_and_its_figures() {
    let (table, added) = compiled().extended_by_text(&newer()).unwrap();
    assert_eq!(added, 3, "two ECB rows and one half-year of legal rates");
    let h1_2027 = HalfYear {
        year: 2027,
        second: false,
    };
    // 2027 H1: 2.65 % carried forward and flagged before; confirmed by the file.
    assert_eq!(
        compiled().mro_on(h1_2027.first_day()).status,
        Status::Unverified
    );
    let fact = table.mro_on(h1_2027.first_day());
    assert_eq!((fact.value, fact.status), (percent(265), Status::Verified));
    let legal = table.legal_professional(HalfYear {
        year: 2026,
        second: true,
    });
    assert_eq!(
        (legal.value, legal.status),
        (percent(290), Status::Verified)
    );
    assert!(table.as_of() > compiled().as_of());

    // A contract rate's floor in 2026 H2 rests on the legal rate: the warning moves with it.
    let dossier: Dossier = serde_json::from_value(serde_json::json!({
        "debtor": { "kind": { "type": "Business", "commercial": true, "artisan": false } },
        "invoices": [{ "number": "F", "issue_date": "2026-06-01", "term": { "type": "Days", "days": 30 },
                       "amount": "1000", "contract_rate": "5" }]
    }))
    .unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let before = assess(&dossier, today).unwrap();
    let after = assess_with(&dossier, today, &table).unwrap();
    let floor_text = |a: &engine::Assessment| {
        a.warnings
            .iter()
            .map(engine::texts::fr::warning)
            .collect::<String>()
    };
    assert!(
        floor_text(&before).contains("8,25"),
        "{}",
        floor_text(&before)
    );
    assert!(
        floor_text(&after).contains("8,70"),
        "{}",
        floor_text(&after)
    );
}

#[test]
fn a_file_that_contradicts_a_verified_row_is_refused() {
    let mut file = compiled().to_file();
    let june = file
        .ecb_mro
        .rows
        .iter_mut()
        .find(|r| r.from == "2026-06-17")
        .unwrap();
    june.percent = "2.50".into();
    let err = compiled().extended(&file).unwrap_err();
    assert!(matches!(err, RatesFileError::Contradicts { .. }), "{err:?}");
    assert!(err.to_string().contains("17 juin 2026"), "{err}");

    let mut file = compiled().to_file();
    file.legal_rates[3].professional = "9.99".into();
    assert!(matches!(
        compiled().extended(&file),
        Err(RatesFileError::Contradicts { .. })
    ));
}

#[test]
fn damaged_partial_and_hostile_files_are_refused_with_a_reason() {
    let refused = |text: &str| compiled().extended_by_text(text).unwrap_err();
    assert!(matches!(refused(""), RatesFileError::Unreadable(_)));
    assert!(matches!(
        refused("<html>404</html>"),
        RatesFileError::Unreadable(_)
    ));
    let truncated = &shipped()[..2000];
    assert!(matches!(refused(truncated), RatesFileError::Unreadable(_)));
    assert!(matches!(
        refused(&"[".repeat(100_000)),
        RatesFileError::TooLarge { .. }
    ));
    assert!(matches!(
        refused(&"[".repeat(10_000)),
        RatesFileError::Unreadable(_)
    ));
    let text = shipped().replacen("\"version\": 1", "\"version\": 2", 1);
    assert_eq!(refused(&text), RatesFileError::NewerVersion(2));
    let text = shipped().replacen("facture-impayee/taux", "autre-chose", 1);
    assert_eq!(refused(&text), RatesFileError::WrongFormat);
    let text = shipped().replacen("\"version\": 1,", "\"version\": 1, \"extra\": true,", 1);
    assert_eq!(
        refused(&text),
        RatesFileError::Unreadable("champ inconnu « extra »".into())
    );
    // Unknown or mistyped fields in a row, or in the series, refuse the file too.
    let text = shipped().replacen(
        "\"status\": \"verified\"",
        "\"status\": \"verified\", \"note\": 1",
        1,
    );
    let unreadable = |why: &str| RatesFileError::Unreadable(why.into());
    assert_eq!(refused(&text), unreadable("champ inconnu « note »"));
    let text = shipped().replacen("\"status\": \"verified\"", "\"status\": \"sure\"", 1);
    assert_eq!(
        refused(&text),
        unreadable("champ « status » absent ou mal formé")
    );
    // `why` may be absent, not of another form.
    let text = shipped().replacen(
        "\"status\": \"verified\"",
        "\"status\": \"verified\", \"why\": 3",
        1,
    );
    assert_eq!(
        refused(&text),
        unreadable("champ « why » absent ou mal formé")
    );
    let text = shipped().replacen("\"known_until\"", "\"known\"", 1);
    assert!(matches!(refused(&text), RatesFileError::Unreadable(_)));
    // The reader gives what serde's reader of the same file gives.
    assert_eq!(
        rates_file::read(&shipped()).unwrap(),
        serde_json::from_str::<rates_file::RatesFile>(&shipped()).unwrap()
    );

    let bad = |edit: &dyn Fn(&mut rates_file::RatesFile)| {
        let mut file = compiled().to_file();
        edit(&mut file);
        compiled().extended(&file).unwrap_err()
    };
    let out_of_order = bad(&|f| f.ecb_mro.rows.swap(2, 3));
    assert!(
        matches!(out_of_order, RatesFileError::BadRow { .. }),
        "{out_of_order:?}"
    );
    let absurd = bad(&|f| {
        f.ecb_mro.known_until = "2027-06-01".into();
        f.ecb_mro.rows.push(row("2027-03-01", "95"));
    });
    assert!(absurd.to_string().contains("hors bornes"), "{absurd}");
    let not_a_date = bad(&|f| f.ecb_mro.rows[1].from = "10/09/2014".into());
    assert!(not_a_date.to_string().contains("illisible"), "{not_a_date}");
    let not_a_rate = bad(&|f| f.ecb_mro.rows[1].percent = "1e3".into());
    assert!(not_a_rate.to_string().contains("illisible"), "{not_a_rate}");
    let no_reference = bad(&|f| f.ecb_mro.rows[0].reference = " ".into());
    assert!(
        no_reference.to_string().contains("référence"),
        "{no_reference}"
    );
    let unverified_without_why =
        bad(&|f| f.ecb_mro.rows[0].status = rates_file::FileStatus::Unverified);
    assert!(
        unverified_without_why.to_string().contains("pourquoi"),
        "{unverified_without_why}"
    );
    let gap = bad(&|f| {
        // The half-year after the table's last is skipped.
        let mut later = f.legal_rates.last().unwrap().clone();
        let last = engine::halfyear::parse_half_year(&later.half_year).unwrap();
        later.half_year = engine::halfyear::half_year_code(last.next().next());
        f.legal_rates.push(later);
    });
    assert!(gap.to_string().contains("semestre"), "{gap}");
    let bad_half_year = bad(&|f| f.legal_rates[0].half_year = "2015-S3".into());
    assert!(matches!(bad_half_year, RatesFileError::BadRow { .. }));
}

#[test]
fn an_older_file_of_a_host_changes_nothing() {
    // A host that kept last year's taux.json: rows stop in 2025; nothing new, nothing refused.
    let mut file = compiled().to_file();
    file.ecb_mro.rows.retain(|r| r.from.as_str() < "2025-06-01");
    file.ecb_mro.known_until = "2025-06-01".into();
    file.legal_rates.truncate(20);
    let (table, added) = compiled().extended(&file).unwrap();
    assert_eq!(added, 0);
    assert_eq!(&table, compiled());
}

/// PROBE F4: a file with absurd or mistyped values, though it marks them verified, is refused
/// whole; what a file sets says it comes from the site's file.
#[test]
fn absurd_or_mistyped_rates_are_refused_and_a_files_rows_say_whose_they_are() {
    let with_legal = |a: &str, b: &str| {
        let mut file = compiled().to_file();
        let legal = file
            .legal_rates
            .iter_mut()
            .find(|r| r.half_year == "2026-S2")
            .unwrap();
        legal.individual = a.into();
        legal.professional = b.into();
        legal.status = rates_file::FileStatus::Verified;
        legal.why = None;
        rates_file::write(&file)
    };
    for (a, b, what) in [
        ("6.84", "50.00", "50 %"),
        ("6.84", "27.6", "a typo for 2.76"),
        ("-5.00", "-5.00", "negative"),
        ("16.00", "2.75", "above 15 %"),
    ] {
        let refused = compiled().extended_by_text(&with_legal(a, b));
        assert!(
            matches!(refused, Err(RatesFileError::BadRow { .. })),
            "{what}: {refused:?}"
        );
    }
    let mut file = compiled().to_file();
    file.ecb_mro.rows.push(row("2026-10-29", "50.00"));
    file.ecb_mro.known_until = "2100-12-31".into();
    assert!(compiled()
        .extended_by_text(&rates_file::write(&file))
        .is_err());
    let mut file = compiled().to_file();
    file.ecb_mro.rows.push(row("2026-10-29", "2.65"));
    file.ecb_mro.known_until = "2100-12-31".into();
    assert!(
        compiled()
            .extended_by_text(&rates_file::write(&file))
            .is_err(),
        "known until 2100"
    );
    let (table, _) = compiled().extended_by_text(&newer()).unwrap();
    let legal = table.legal_professional(HalfYear {
        year: 2026,
        second: true,
    });
    assert!(
        format!("{:?}", legal.source).contains("fichier des taux de ce site"),
        "{:?}",
        legal.source
    );
}

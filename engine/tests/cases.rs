//! Worked cases kept as data (tests/cases/*.json): a dossier in its documented JSON form,
//! an assessment date, and figures computed outside the engine (each case's `working`).

use std::fs;
use std::path::Path;

use engine::{assess, Advice, Dossier};
use rust_decimal::Decimal;
use serde_json::Value;

fn decimal(v: &Value) -> Decimal {
    let text = v
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| v.to_string());
    text.parse()
        .unwrap_or_else(|_| panic!("not a decimal: {v}"))
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|s| s.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn procedures(steps: &Value) -> Vec<String> {
    steps
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["procedure"].as_str().unwrap().to_string())
        .collect()
}

/// A step's words, as the visitor reads them (`texts::fr`): title, why, where, lawyer.
fn step_text(step: &Advice) -> String {
    let t = engine::texts::fr::advice(step);
    [Some(t.title), Some(t.why), t.where_, t.lawyer]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The keys a case's `expected` may hold: anything else is a typo that would assert nothing.
const EXPECTED_KEYS: &[&str] = &[
    "errors",
    "invoices",
    "totals",
    "court_claim",
    "next",
    "next_deadline",
    "next_text",
    "next_avoid_text",
    "then",
    "then_text",
    "alternatives",
    "alternatives_text",
    "ruled_out",
    "warnings",
    "no_warnings",
    "warning_text",
    "no_warning_text",
];
/// The keys of one invoice's expectations.
const INVOICE_KEYS: &[&str] = &[
    "due_date",
    "days_late",
    "penalties",
    "indemnity",
    "prescription_ends",
    "prescription_status",
    "segments",
];
/// At least one of these: a figure or a decision.
const ASSERTING_KEYS: &[&str] = &["errors", "invoices", "totals", "next", "then", "ruled_out"];

/// The schema of a case: known keys only, and at least one figure or decision asserted.
fn check_schema(case: &Value) -> Result<(), String> {
    let expected = case["expected"].as_object().ok_or("no `expected` object")?;
    for key in expected.keys() {
        ensure(
            EXPECTED_KEYS.contains(&key.as_str()),
            format!("unknown key `{key}` in expected"),
        )?;
    }
    ensure(
        ASSERTING_KEYS.iter().any(|k| expected.contains_key(*k)),
        "the case asserts no figure and no decision".into(),
    )?;
    for invoice in expected
        .get("invoices")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let invoice = invoice
            .as_object()
            .ok_or("an expected invoice is not an object")?;
        ensure(
            !invoice.is_empty(),
            "an expected invoice asserts nothing".into(),
        )?;
        for key in invoice.keys() {
            ensure(
                INVOICE_KEYS.contains(&key.as_str()),
                format!("unknown key `{key}` in an expected invoice"),
            )?;
        }
    }
    Ok(())
}

fn check_case(path: &Path) -> Result<(), String> {
    let case: Value =
        serde_json::from_str(&fs::read_to_string(path).unwrap()).map_err(|e| e.to_string())?;
    check_schema(&case)?;
    let today = case["date"].as_str().unwrap().parse().unwrap();
    let dossier: Dossier =
        serde_json::from_value(case["dossier"].clone()).map_err(|e| format!("dossier: {e}"))?;
    let expected = &case["expected"];

    let result = assess(&dossier, today);
    if let Some(fields) = expected.get("errors") {
        let errors = result.err().ok_or("expected errors, got an assessment")?;
        let mut got: Vec<String> = errors.iter().map(|e| e.field.to_string()).collect();
        got.dedup();
        let want: Vec<String> = fields
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap().to_string())
            .collect();
        for field in &want {
            if !got.contains(field) {
                return Err(format!("missing error on {field}; got {got:?}"));
            }
        }
        if errors.iter().any(|e| e.message().is_empty()) {
            return Err("an error has no message".into());
        }
        return Ok(());
    }
    let assessment = result.map_err(|e| format!("unexpected errors: {e:?}"))?;
    let got = serde_json::to_value(&assessment).unwrap();

    if let Some(invoices) = expected.get("invoices").and_then(Value::as_array) {
        for (i, want) in invoices.iter().enumerate() {
            let have = &got["invoices"][i];
            if let Some(d) = want.get("due_date") {
                ensure(
                    &have["due"]["date"] == d,
                    format!("invoice {i} due date {} ≠ {d}", have["due"]["date"]),
                )?;
            }
            if let Some(d) = want.get("days_late") {
                ensure(
                    &have["days_late"] == d,
                    format!("invoice {i} days late {} ≠ {d}", have["days_late"]),
                )?;
            }
            for key in ["penalties", "indemnity"] {
                if let Some(v) = want.get(key) {
                    ensure(
                        decimal(&have[key]) == decimal(v),
                        format!("invoice {i} {key} {} ≠ {v}", have[key]),
                    )?;
                }
            }
            if let Some(v) = want.get("prescription_ends") {
                ensure(
                    &have["prescription"]["ends"] == v,
                    format!(
                        "invoice {i} prescription {} ≠ {v}",
                        have["prescription"]["ends"]
                    ),
                )?;
            }
            if let Some(v) = want.get("prescription_status") {
                ensure(
                    &have["prescription"]["status"] == v,
                    format!(
                        "invoice {i} status {} ≠ {v}",
                        have["prescription"]["status"]
                    ),
                )?;
            }
            if let Some(segments) = want.get("segments").and_then(Value::as_array) {
                let have_segments = have["segments"].as_array().unwrap();
                ensure(
                    have_segments.len() == segments.len(),
                    format!(
                        "invoice {i}: {} segments, expected {}",
                        have_segments.len(),
                        segments.len()
                    ),
                )?;
                for (j, (h, w)) in have_segments.iter().zip(segments).enumerate() {
                    for key in ["from", "to", "days"] {
                        ensure(
                            h[key] == w[key],
                            format!("invoice {i} segment {j} {key} {} ≠ {}", h[key], w[key]),
                        )?;
                    }
                    for key in ["base", "rate"] {
                        ensure(
                            decimal(&h[key]) == decimal(&w[key]),
                            format!("invoice {i} segment {j} {key} {} ≠ {}", h[key], w[key]),
                        )?;
                    }
                    let amount = decimal(&h["amount"]).round_dp(6);
                    ensure(
                        amount == decimal(&w["amount"]),
                        format!("invoice {i} segment {j} amount {amount} ≠ {}", w["amount"]),
                    )?;
                }
            }
        }
    }
    if let Some(totals) = expected.get("totals").and_then(Value::as_object) {
        for (key, v) in totals {
            ensure(
                decimal(&got["totals"][key]) == decimal(v),
                format!("total {key} {} ≠ {v}", got["totals"][key]),
            )?;
        }
    }
    if let Some(totals) = expected.get("court_claim").and_then(Value::as_object) {
        for (key, v) in totals {
            let claimed = &got["court_claim"]["totals"][key];
            ensure(
                decimal(claimed) == decimal(v),
                format!("court claim {key} {claimed} ≠ {v}"),
            )?;
        }
    }
    let rec = &got["recommendation"];
    let typed = &assessment.recommendation;
    if let Some(next) = expected.get("next") {
        ensure(
            &rec["next"]["procedure"] == next,
            format!("next step {} ≠ {next}", rec["next"]["procedure"]),
        )?;
    }
    if let Some(deadline) = expected.get("next_deadline") {
        let dates: Vec<&Value> = rec["next"]["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| &d["date"])
            .collect();
        ensure(
            dates.contains(&deadline),
            format!("next deadline {deadline} not in {dates:?}"),
        )?;
    }
    for text in strings(expected, "next_text") {
        ensure(
            step_text(&typed.next).contains(&text),
            format!(
                "next step does not mention « {text} »: {}",
                step_text(&typed.next)
            ),
        )?;
    }
    for text in strings(expected, "next_avoid_text") {
        ensure(
            !step_text(&typed.next).contains(&text),
            format!("next step should not say « {text} »"),
        )?;
    }
    if expected.get("then").is_some() {
        let want = strings(expected, "then");
        ensure(
            procedures(&rec["then"]) == want,
            format!("then {:?} ≠ {want:?}", procedures(&rec["then"])),
        )?;
    }
    let then_text: String = typed.then.iter().map(step_text).collect();
    for text in strings(expected, "then_text") {
        ensure(
            then_text.contains(&text),
            format!("the steps after do not mention « {text} »"),
        )?;
    }
    let alternatives = procedures(&rec["alternatives"]);
    for p in strings(expected, "alternatives") {
        ensure(
            alternatives.contains(&p),
            format!("{p} not among alternatives {alternatives:?}"),
        )?;
    }
    let alternatives_text: String = typed.alternatives.iter().map(step_text).collect();
    for text in strings(expected, "alternatives_text") {
        ensure(
            alternatives_text.contains(&text),
            format!("alternatives do not mention « {text} »"),
        )?;
    }
    let ruled: Vec<String> = rec["ruled_out"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["procedure"].as_str().unwrap().to_string())
        .collect();
    for p in strings(expected, "ruled_out") {
        ensure(ruled.contains(&p), format!("{p} not ruled out: {ruled:?}"))?;
    }
    let warnings: Vec<String> = got["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["kind"].as_str().unwrap().to_string())
        .collect();
    for w in strings(expected, "warnings") {
        ensure(
            warnings.contains(&w),
            format!("warning {w} missing: {warnings:?}"),
        )?;
    }
    for w in strings(expected, "no_warnings") {
        ensure(!warnings.contains(&w), format!("unexpected warning {w}"))?;
    }
    let warning_text: String = assessment
        .warnings
        .iter()
        .map(engine::texts::fr::warning)
        .collect();
    for text in strings(expected, "warning_text") {
        ensure(
            warning_text.contains(&text),
            format!("warnings do not mention « {text} »: {warning_text}"),
        )?;
    }
    for text in strings(expected, "no_warning_text") {
        ensure(
            !warning_text.contains(&text),
            format!("warnings should not mention « {text} »"),
        )?;
    }
    Ok(())
}

fn ensure(ok: bool, message: String) -> Result<(), String> {
    if ok {
        Ok(())
    } else {
        Err(message)
    }
}

#[test]
fn the_schema_check_refuses_a_typo_and_an_empty_case() {
    let typo: Value =
        serde_json::json!({ "expected": { "next": "MiseEnDemeure", "nxt_text": ["x"] } });
    assert!(check_schema(&typo).unwrap_err().contains("nxt_text"));
    let empty: Value = serde_json::json!({ "expected": { "warnings": ["UnverifiedRate"] } });
    assert!(check_schema(&empty).is_err());
    let bad_invoice: Value =
        serde_json::json!({ "expected": { "invoices": [{ "penalty": "1" }] } });
    assert!(check_schema(&bad_invoice).is_err());
}

#[test]
fn every_worked_case_matches_its_hand_computed_figures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 25, "worked cases missing: {}", paths.len());
    let failures: Vec<String> = paths
        .iter()
        .filter_map(|p| {
            check_case(p)
                .err()
                .map(|e| format!("{}: {e}", p.file_name().unwrap().to_string_lossy()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
}

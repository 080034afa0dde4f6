//! The nine dossiers the legal audit of 4 December 2026 ran (shared/legal/AUDIT-2026-12.md §3,
//! copied here with their titles), each checked against what the audit says is right. A finding
//! fixed since (E1, E2, E4, E5, R1, I2, I3, I14) is asserted as fixed.

use std::path::PathBuf;

use chrono::NaiveDate;
use engine::recourse::{DeadlineKind, Procedure};
use engine::texts::fr;
use engine::{assess, Assessment, Dossier};
use rust_decimal::Decimal;

fn run(name: &str) -> (Dossier, Assessment) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/audit-2026-12")
        .join(format!("{name}.json"));
    let case: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let dossier: Dossier = serde_json::from_value(case["dossier"].clone()).unwrap();
    let today: NaiveDate = case["date"].as_str().unwrap().parse().unwrap();
    let a = assess(&dossier, today).unwrap();
    (dossier, a)
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn euros(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// Every word the visitor reads about the path: the next step, what follows, the alternatives.
fn path_text(a: &Assessment) -> String {
    let r = &a.recommendation;
    std::iter::once(&r.next)
        .chain(&r.then)
        .chain(&r.alternatives)
        .map(|s| format!("{:?}", fr::advice(s)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn ruled_out(a: &Assessment) -> Vec<Procedure> {
    a.recommendation
        .ruled_out
        .iter()
        .map(|r| r.procedure)
        .collect()
}

#[test]
fn d1_b2b_two_invoices_one_part_paid() {
    let (_, a) = run("d1_b2b");
    let f031 = &a.invoices[0];
    let parts: Vec<Decimal> = f031.segments.iter().map(|s| s.amount.round_dp(2)).collect();
    assert_eq!(parts, [euros("402.78"), euros("533.37")]);
    assert_eq!(f031.segments[0].rate, euros("12.15"));
    assert_eq!(f031.segments[1].rate, euros("12.40"));
    assert!(a.invoices.iter().all(|i| i.indemnity == euros("40")));
    assert_eq!(f031.prescription.ends, day("2031-01-28"));
    assert_eq!(a.invoices[1].prescription.ends, day("2031-06-15"));
    assert_eq!(
        a.recommendation.next.procedure,
        Procedure::InjonctionDePayer
    );
    assert!(ruled_out(&a).contains(&Procedure::PetitesCreances));
}

#[test]
fn d2_consumer_legal_rate_b_and_no_40_euros() {
    let (_, a) = run("d2_consumer");
    let i = &a.invoices[0];
    assert_eq!(i.indemnity, Decimal::ZERO);
    // R1: the legal rate B of 2026 H2 is 2.75 %, not 2.62 %.
    let h2 = i
        .segments
        .iter()
        .find(|s| s.from >= day("2026-07-01"))
        .unwrap();
    assert_eq!(h2.rate, euros("2.75"));
    assert_eq!(
        a.recommendation.next.procedure,
        Procedure::InjonctionDePayer
    );
    // I6: a second consumer letter counts interest from the mise en demeure, said so.
}

#[test]
fn d3_public_buyer_fixed_rate_and_quadriennale() {
    let (_, a) = run("d3_public");
    let i = &a.invoices[0];
    assert_eq!(i.due.date, day("2026-06-19"));
    assert!(i.segments.iter().all(|s| s.rate == euros("10.15")));
    assert_eq!(i.indemnity, euros("40"));
    assert_eq!(i.prescription.ends, day("2030-12-31"));
    assert_eq!(a.recommendation.next.procedure, Procedure::RelanceAmiable);
    for p in [Procedure::InjonctionDePayer, Procedure::PetitesCreances] {
        assert!(ruled_out(&a).contains(&p), "{p:?}");
    }
}

#[test]
fn d4_redressement_judiciaire() {
    let (_, a) = run("d4_rj");
    let (before, after) = (&a.invoices[0], &a.invoices[1]);
    assert_eq!(before.segments.last().unwrap().to, day("2026-11-02"));
    assert_eq!(before.indemnity, euros("40"));
    assert!(after.penalties.is_zero() && after.indemnity.is_zero());
    let next = &a.recommendation.next;
    assert_eq!(next.procedure, Procedure::DeclarationDeCreance);
    let deadline = |kind: fn(&DeadlineKind) -> bool| {
        next.deadlines
            .iter()
            .find(|d| kind(&d.kind))
            .and_then(|d| d.date)
    };
    assert_eq!(
        deadline(|k| matches!(k, DeadlineKind::DeclareClaim { .. })),
        Some(day("2027-01-15"))
    );
    let releve = a
        .timeline
        .iter()
        .find(|e| e.kind == engine::timeline::EventKind::ReleveDeForclusionDeadline);
    assert_eq!(releve.map(|e| e.date), Some(day("2027-05-15")));
    for p in [
        Procedure::InjonctionDePayer,
        Procedure::RefereProvision,
        Procedure::AssignationAuFond,
        Procedure::PetitesCreances,
        Procedure::MediateurDesEntreprises,
    ] {
        assert!(ruled_out(&a).contains(&p), "{p:?}");
    }
    // I2: no limitation deadline while the proceedings bind the invoices.
    assert!(a
        .timeline
        .iter()
        .all(|e| e.kind != engine::timeline::EventKind::Prescription));
}

#[test]
fn d5_a_time_barred_invoice_stays_out_of_the_court_claim() {
    // E1: F-2021-015 is time-barred since 10 Mar 2026; F-2021-088 runs to 10 Feb 2028.
    let (_, a) = run("d5_2021");
    assert_eq!(a.invoices[0].prescription.ends, day("2026-03-10"));
    assert_eq!(a.invoices[1].prescription.ends, day("2028-02-10"));
    let claim = &a.court_claim;
    assert_eq!(claim.invoices, [1]);
    assert!(claim.totals.total < a.totals.total);
    let next = &a.recommendation.next;
    assert_eq!(next.procedure, Procedure::InjonctionDePayer);
    assert!(next
        .deadlines
        .iter()
        .all(|d| d.date.is_none_or(|d| d >= a.date)));
    assert!(path_text(&a).contains("F-2021-015 est prescrite"));
}

#[test]
fn d6_disputed_entirely() {
    let (_, a) = run("d6_disputed");
    assert_eq!(
        a.recommendation.next.procedure,
        Procedure::MediateurDesEntreprises
    );
    assert!(a
        .recommendation
        .then
        .iter()
        .any(|s| s.procedure == Procedure::AssignationAuFond));
    for p in [
        Procedure::InjonctionDePayer,
        Procedure::RefereProvision,
        Procedure::PetitesCreances,
    ] {
        assert!(ruled_out(&a).contains(&p), "{p:?}");
    }
}

#[test]
fn d6b_the_undisputed_part_takes_its_own_penalties() {
    // E2: 900 € of 3 600 € disputed: 2 700 € + 102,73 € + 40 € = 2 842,73 €.
    let (_, a) = run("d6b_partdisputed");
    assert_eq!(a.totals.undisputed, euros("2842.73"));
    assert_eq!(a.totals.undisputed + a.totals.disputed, a.totals.total);
    assert_eq!(
        a.recommendation.next.procedure,
        Procedure::InjonctionDePayer
    );
}

#[test]
fn d7_a_european_order_is_enforced_in_germany() {
    // E4, I1, I10, I11.
    let (_, a) = run("d7_germany");
    assert_eq!(
        a.recommendation.next.procedure,
        Procedure::InjonctionDePayerEuropeenne
    );
    assert!(ruled_out(&a).contains(&Procedure::InjonctionDePayer));
    let text = path_text(&a);
    assert!(text.contains("art. 21"), "{text}");
    for french in [
        "faites exécuter par un commissaire",
        "de votre choix",
        "L111-4",
    ] {
        assert!(!text.contains(french), "« {french} »: {text}");
    }
}

#[test]
fn d8_the_floor_and_three_times_the_legal_rate_in_2026_h2() {
    // R1: three times B is 8.25 % in 2026 H2 (not 7.86 %): « 3 × le taux légal » is computed
    // at 8.25 %, and a contract at 8 % is now under the floor, which the visitor is told.
    let (_, a) = run("d8_floor");
    let rate = |i: usize| a.invoices[i].segments[0].rate;
    assert_eq!(rate(0), euros("8"));
    assert_eq!(rate(1), euros("8.25"));
    let floor = a.warnings.iter().find_map(|w| match w {
        engine::warnings::Warning::ContractRateBelowFloor { floors, .. } => Some(floors.clone()),
        _ => None,
    });
    assert_eq!(floor.unwrap()[0].0, euros("8.25"));
}

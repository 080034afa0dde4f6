//! Prints the time to compose a mise en demeure for a 5-invoice dossier and write it as PDF
//! and DOCX, natively. A benchmark, not a test: `scripts/bench` runs it; the same work in the
//! browser is timed by tests/e2e/bench.mjs.

use std::hint::black_box;
use std::time::Instant;

use chrono::{Days, NaiveDate};
use documents::{compose, docx, pdf, LetterKind, LetterOptions};
use engine::*;
use rust_decimal::Decimal;

fn main() {
    let start = NaiveDate::from_ymd_opt(2024, 1, 10).unwrap();
    let dossier = Dossier {
        invoices: (0..5)
            .map(|i| Invoice {
                number: format!("F-2024-{i:03}"),
                issue_date: start + Days::new(i * 60),
                delivery_date: Some(start + Days::new(i * 60)),
                request_received: None,
                term: PaymentTerm::Days { days: 30 },
                amount: Decimal::new(150_000 + i as i64 * 25_000, 2),
                payments: vec![],
                contract_rate: None,
                contract_rate_times_legal: false,
                disputed_entirely: false,
            })
            .collect(),
        reminders: vec![start + Days::new(400)],
        ..Dossier::default()
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let assessment = assess(&dossier, today).expect("a valid dossier");
    let options = LetterOptions::default();
    let time = |label: &str, f: &dyn Fn() -> usize| {
        let mut rounds: Vec<f64> = (0..15)
            .map(|_| {
                let t = Instant::now();
                for _ in 0..50 {
                    black_box(f());
                }
                t.elapsed().as_secs_f64() * 1e6 / 50.0
            })
            .collect();
        rounds.sort_by(f64::total_cmp);
        println!(
            "{label:<44} {:>8.1} µs (median of 15 × 50), {} bytes",
            rounds[7],
            f()
        );
    };
    time("compose + PDF, 5 invoices, native", &|| {
        pdf::write(&compose(
            LetterKind::MiseEnDemeure,
            &dossier,
            &assessment,
            &options,
        ))
        .len()
    });
    time("compose + DOCX, 5 invoices, native", &|| {
        docx::write(&compose(
            LetterKind::MiseEnDemeure,
            &dossier,
            &assessment,
            &options,
        ))
        .len()
    });
}

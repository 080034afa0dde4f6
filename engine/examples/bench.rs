//! Prints the time of a full assessment: 1 invoice, and 20 invoices over 12 years.
//! A benchmark, not a test: run it with `cargo run --release -p impaye-engine --example bench`.

use std::hint::black_box;
use std::time::Instant;

use chrono::{Days, NaiveDate};
use engine::*;
use rust_decimal::Decimal;

fn dossier(invoices: usize) -> Dossier {
    let start = NaiveDate::from_ymd_opt(2014, 11, 1).unwrap();
    Dossier {
        invoices: (0..invoices)
            .map(|i| {
                let issue = start + Days::new(i as u64 * 200);
                Invoice {
                    number: format!("F-{i}"),
                    issue_date: issue,
                    delivery_date: Some(issue),
                    request_received: None,
                    term: PaymentTerm::Days { days: 30 },
                    amount: Decimal::new(123_456 + i as i64 * 1000, 2),
                    payments: vec![Payment {
                        date: issue + Days::new(400),
                        amount: Decimal::from(100),
                    }],
                    contract_rate: None,
                    contract_rate_times_legal: false,
                    disputed_entirely: false,
                }
            })
            .collect(),
        reminders: vec![start + Days::new(60)],
        relationship_worth_keeping: true,
        ..Dossier::default()
    }
}

fn median_micros(d: &Dossier, today: NaiveDate) -> f64 {
    let mut rounds: Vec<f64> = (0..15)
        .map(|_| {
            let n = 200;
            let t = Instant::now();
            for _ in 0..n {
                black_box(assess(black_box(d), today).ok());
            }
            t.elapsed().as_secs_f64() * 1e6 / f64::from(n)
        })
        .collect();
    rounds.sort_by(f64::total_cmp);
    rounds[rounds.len() / 2]
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    for n in [1, 20] {
        let d = dossier(n);
        let a = assess(&d, today).expect("the bench dossier is valid");
        let segments: usize = a.invoices.iter().map(|i| i.segments.len()).sum();
        println!("full assessment, {n:>2} invoice(s), {segments:>3} segments: {:>8.1} µs (median of 15 × 200 runs)", median_micros(&d, today));
    }
}

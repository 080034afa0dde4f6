//! How long reading an invoice takes, natively (scripts/bench; in the page it will be measured
//! once the reader is there):
//!
//!     cargo run --release -p impaye-invoice --example bench -- target/invoices/lourd.facturx.pdf
//!
//! It measures; it asserts nothing.

use std::time::Instant;

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    for path in paths {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let mut times: Vec<f64> = (0..50)
            .map(|_| {
                let start = Instant::now();
                let read = invoice::read(&bytes);
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                assert!(read.is_ok(), "{path}: {read:?}");
                ms
            })
            .collect();
        times.sort_by(f64::total_cmp);
        println!(
            "reading {path} ({} bytes), natively: median {:.2} ms over {} reads (max {:.2})",
            bytes.len(),
            times[times.len() / 2],
            times.len(),
            times[times.len() - 1]
        );
    }
}

//! Performance marks and measures for the benchmark (scripts/bench, tests/e2e/bench.mjs reads
//! them); they change nothing the visitor sees. (`facture-impayee:first-paint`, the frame that
//! draws the static first step, is set by static/embed.js.)

/// A `performance.mark` named `name`.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// A `performance.measure` named `name`, from the mark `start` to the mark `end`.
pub fn measure(name: &str, start: &str, end: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.measure_with_start_mark_and_end_mark(name, start, end);
    }
}

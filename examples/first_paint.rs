//! The static first paint: the first step as the app renders it for a first visit, written as
//! HTML. embed.js shows it in the widget's shadow root while the WebAssembly loads, and the
//! app takes it over with whatever was typed meanwhile (docs/ARCHITECTURE.md).
//!
//! `cargo run --example first_paint > static/first-paint.html`; a test keeps that file equal
//! to this output (tests/first_paint.rs), and scripts/version-assets writes it into embed.js.
//! Native only: Yew's server renderer and tokio are native dev-dependencies.

/// The first step of an empty dossier on `day`, as HTML (no hydration markers).
#[cfg(not(target_arch = "wasm32"))]
pub fn render(day: chrono::NaiveDate) -> String {
    use facture_impayee::app::{App, AppProps};
    let renderer = yew::LocalServerRenderer::<App>::with_props(AppProps {
        first_paint: Some(day),
        ..AppProps::default()
    })
    .hydratable(false);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    let local = tokio::task::LocalSet::new();
    runtime.block_on(local.run_until(renderer.render()))
}

#[allow(dead_code)] // the test includes this file for `render`
fn main() {
    // Any day gives the same page (the test checks three): the first step shows no date.
    #[cfg(not(target_arch = "wasm32"))]
    println!(
        "{}",
        render(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date"))
    );
}

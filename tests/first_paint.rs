//! static/first-paint.html, the first step embed.js shows while the WebAssembly loads, is what
//! the app renders for a first visit (examples/first_paint.rs), whatever the day.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../examples/first_paint.rs"]
mod first_paint;

use chrono::NaiveDate;

const SHIPPED: &str = include_str!("../static/first-paint.html");

#[test]
fn the_shipped_first_step_is_the_one_the_app_renders() {
    let rendered = first_paint::render(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    assert!(
        SHIPPED.trim_end() == rendered,
        "static/first-paint.html is out of date: run `cargo run --example first_paint > static/first-paint.html`"
    );
}

#[test]
fn the_first_step_shows_no_date_so_it_never_goes_stale() {
    let days = [(2026, 1, 1), (2026, 7, 1), (2031, 12, 31)];
    let pages: Vec<String> = days
        .iter()
        .map(|&(y, m, d)| first_paint::render(NaiveDate::from_ymd_opt(y, m, d).unwrap()))
        .collect();
    assert!(pages.iter().all(|p| *p == pages[0]));
}

#[test]
fn the_first_step_is_the_questionnaire_and_needs_nothing_inline() {
    let page = SHIPPED;
    assert!(page.contains("Qui vous doit de l'argent ?"));
    assert!(page.contains(r#"id="f-debtor-identity-name""#));
    assert!(page.contains(">Suivant</button>"));
    // A strict host policy (style-src 'self', no inline script) and no hydration markers.
    for forbidden in ["style=", "<script", "<!--"] {
        assert!(!page.contains(forbidden), "{forbidden} in the first paint");
    }
    let handler = page.split(" on").skip(1).find(|rest| {
        let name: String = rest.chars().take_while(char::is_ascii_lowercase).collect();
        !name.is_empty() && rest[name.len()..].starts_with('=')
    });
    assert!(handler.is_none(), "an inline handler: on{handler:?}");
}

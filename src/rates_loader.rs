//! Reads the site's rates file (`taux.json`, docs/RATES.md) once the first screen is shown:
//! the figures start from the compiled table and move only if the file adds what the
//! compiled table does not know. Any failure leaves the compiled table, with its reason.

use std::rc::Rc;

use engine::{RateTable, RatesFileError};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

/// The table `url` gives, with the rows it added and the file's text (for the documents
/// module), or the French reason it was refused.
pub async fn load(url: &str) -> Result<(Rc<RateTable>, usize, Rc<str>), String> {
    let text = fetch_text(url)
        .await
        .ok_or_else(|| RatesFileError::Unreachable.to_string())?;
    RateTable::compiled()
        .extended_by_text(&text)
        .map(|(table, added)| (Rc::new(table), added, Rc::from(text)))
        .map_err(|e| e.to_string())
}

async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    // Revalidated each time: a host that updates its file must not be hidden by a cache.
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    // Redirected to another origin: not the file the site named (PROBE F3).
    let origin = |u: &str| web_sys::Url::new(u).ok().map(|u| u.origin());
    if !response.ok() || origin(&response.url()) != origin(url) {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

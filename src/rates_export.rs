//! The app's rules for a rates file, as one call for a page that has only JavaScript: the
//! WordPress plugin's settings page imports this module (`verificateur`, src/bin/verificateur.rs,
//! feature `rates-check`) and calls `check_rates_file` (wordpress/facture-impayee/admin/reglages.js).
//! A module of its own: neither the app nor the invoice reader carries the export for visitors.

use wasm_bindgen::prelude::wasm_bindgen;

/// A rates file checked exactly as the app checks the one it reads (`RateTable::extended_by_text`
/// over the compiled table). JSON:
/// `{"ok":true,"as_of":"2027-01-01","as_of_fr":"1er janvier 2027","rows":1}` (rows: what the file
/// adds), or `{"ok":false,"why":"le fichier des taux …"}`.
#[wasm_bindgen]
pub fn check_rates_file(text: &str) -> String {
    use engine::json::write_string;
    let mut out = String::new();
    match engine::RateTable::compiled().extended_by_text(text) {
        Ok((table, added)) => {
            let day = table.as_of();
            out.push_str("{\"ok\":true,\"as_of\":");
            write_string(&mut out, &day.to_string());
            out.push_str(",\"as_of_fr\":");
            write_string(&mut out, &engine::format::date_fr(day));
            out.push_str(&format!(",\"rows\":{added}}}"));
        }
        Err(why) => {
            out.push_str("{\"ok\":false,\"why\":");
            write_string(&mut out, &why.to_string());
            out.push('}');
        }
    }
    out
}

/// Referenced from src/bin/verificateur.rs so the linker keeps this export in that module.
#[doc(hidden)]
pub fn keep_exports() {
    let _ = check_rates_file as fn(&str) -> String;
}

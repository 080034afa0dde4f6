//! The door of the invoice reader's module, src/bin/lecteur.rs: a WebAssembly module of its
//! own, loaded by static/embed.js only when a visitor picks an invoice (docs/INVOICES.md). The
//! app gives it a place on the page, the files' bytes, and two functions: one answers the
//! dossier as the app holds it now, the other takes the dossier filled once the visitor
//! accepts. Reading (`invoice::read`), the review and its French (src/invoice_import.rs) and
//! its display (src/reader_panel.rs) are all here: nothing of them is linked into the app.

use js_sys::{Array, Function, Uint8Array};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_futures::JsFuture;

/// Reads `files` (File objects) and shows what they hold in `slot`, against `stored`, the
/// dossier as storage::encode writes it. Once the visitor accepts, `done(fill)` is called:
/// `fill(dossier)` returns that dossier with the invoices in it. The time the files took to
/// read, once in memory, is measured as « facture-impayee:lecture » (scripts/bench prints it).
#[wasm_bindgen]
pub async fn show(slot: web_sys::Element, files: Array, stored: String, done: Function) {
    // Each file's bytes, no more than the reader reads: a larger file is refused unread.
    let (names, bytes) = (Array::new(), Array::new());
    for file in files.iter() {
        let file = web_sys::File::from(file);
        let head = file.slice_with_f64_and_f64(0.0, (invoice::MAX_BYTES + 1) as f64);
        let buffer = match head {
            Ok(head) => JsFuture::from(head.array_buffer())
                .await
                .unwrap_or_default(),
            Err(_) => Default::default(),
        };
        names.push(&file.name().into());
        bytes.push(&Uint8Array::new(&buffer));
    }
    let performance = web_sys::window().and_then(|w| w.performance());
    if let Some(p) = &performance {
        let _ = p.mark("facture-impayee:lecture-debut");
    }
    let picked = crate::reader_panel::read(&names, &bytes);
    if let Some(p) = &performance {
        let _ = p.mark("facture-impayee:lecture-fin");
        let _ = p.measure_with_start_mark_and_end_mark(
            "facture-impayee:lecture",
            "facture-impayee:lecture-debut",
            "facture-impayee:lecture-fin",
        );
    }
    crate::reader_panel::show(slot, picked, &stored, done);
}

/// Referenced from src/bin/lecteur.rs so the linker keeps this export in that module.
#[doc(hidden)]
pub fn keep_exports() {
    let _ = show;
}

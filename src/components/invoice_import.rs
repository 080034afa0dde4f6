//! « Importer vos factures »: the visitor's electronic invoices (Factur-X, UBL, CII), picked or
//! dropped, handed with a place on the page to the reader's module (src/reader_module.rs,
//! loaded by embed.js only now), which reads them and shows what they hold for confirmation.
//! This component only hands files over: reading, proposing and filling are the module's, so
//! the app stays as light for a visitor who types.

use js_sys::{Array, Function};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use super::{AppContext, Sends};
use crate::state::Action;
use crate::storage;

/// The files and a place on the page handed to the reader's module, with the dossier as it is
/// now. Once the visitor accepts, the module hands back `fill`, which the reducer applies to
/// the dossier as it is then (they may have typed meanwhile): `Action::InvoicesRead`.
fn hand_over(ctx: &AppContext, slot: Element, files: Array) {
    let Some(read) = ctx.config.load_reader.clone() else {
        return;
    };
    let send = ctx.sender();
    let done =
        Closure::<dyn Fn(Function)>::new(move |fill| send.dispatch(Action::InvoicesRead(fill)));
    let stored = storage::encode(&ctx.stored());
    let args = [
        slot.into(),
        files.into(),
        stored.into(),
        done.into_js_value(),
    ];
    let _ = read.apply(&JsValue::NULL, &args.iter().collect::<Array>());
}

/// The section of the invoices step: its hooks (`slot`, where the module shows what it read)
/// are the step's, so this costs the app no component of its own. The file field covers the
/// whole zone, unseen: a file dropped there is dropped on it, as a browser does for any file
/// field, with no drag-and-drop code of ours.
pub fn invoice_import(ctx: &AppContext, slot: &NodeRef) -> Html {
    let (ctx, place) = (ctx.clone(), slot.clone());
    let onchange = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        // The files taken out of the list at once: an input's list empties when it is cleared.
        let files = input
            .files()
            .map(|list| Array::from(&list))
            .unwrap_or_default();
        input.set_value("");
        if let (Some(place), true) = (place.cast::<Element>(), files.length() > 0) {
            place.set_text_content(Some("Lecture de vos factures…"));
            hand_over(&ctx, place, files);
        }
    });
    html! {
        <>
            <label class="fi-drop">
                <span class="fi-button fi-button--secondary">{ "Importer vos factures (Factur-X, UBL, CII)" }</span>
                <span class="fi-hint">{ "Ou déposez-les ici : leurs montants, dates et parties sont repris pour vous. Elles sont lues dans ce navigateur : rien n'est envoyé." }</span>
                <input type="file" id="fi-invoice-files" multiple=true accept=".pdf,.xml,application/pdf,application/xml,text/xml" {onchange} />
            </label>
            <div ref={slot.clone()} aria-live="polite"></div>
        </>
    }
}

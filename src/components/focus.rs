//! Where the focus goes when a list changes (VISITORS S4, M19): a line added takes it on its
//! first field, scrolled into view with its heading; after a removal the list's add button
//! takes it, so it never falls to the page.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Watches a list of `count` lines; `new_field` is the id of the last line's first field.
/// Returns the ref to put on the list's add button.
#[hook]
pub fn use_line_focus(count: usize, new_field: String) -> NodeRef {
    let add = use_node_ref();
    let previous = use_mut_ref(|| count);
    {
        let add = add.clone();
        use_effect_with(count, move |count| {
            let before = std::mem::replace(&mut *previous.borrow_mut(), *count);
            let button = add.cast::<HtmlElement>();
            if *count > before {
                let field = button
                    .and_then(|b| b.closest(".fi-app").ok().flatten())
                    .and_then(|app| app.query_selector(&format!("#{new_field}")).ok().flatten());
                if let Some(field) = field {
                    show(&field);
                }
            } else if *count < before {
                if let Some(button) = button {
                    let _ = button.focus();
                }
            }
        });
    }
    add
}

/// Focuses `field` with its label and the heading of its group in view.
pub fn show(field: &web_sys::Element) {
    let group = field
        .closest(".fi-payment, .fi-invoice, .fi-line, .fi-field, .fi-choice")
        .ok()
        .flatten();
    if let Some(group) = group {
        group.scroll_into_view();
    }
    if let Some(field) = field.dyn_ref::<HtmlElement>() {
        let _ = field.focus();
    }
}

//! Printing the results unfolds every detail (VISITORS M5): a `<details>` closed on screen
//! prints closed whatever the style sheet says. Each closed one is opened just before the
//! browser prints and closed again after.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Marks the details opened for printing, to close exactly those again.
const OPENED: &str = "data-fi-printed";

/// Listens to the window's `beforeprint` and `afterprint` for the details inside `root`;
/// the listeners live as long as the returned guard.
pub fn unfold_when_printing(root: Element) -> Option<Unfold> {
    let window = web_sys::window()?;
    let inside = root.clone();
    let before = Closure::<dyn Fn()>::new(move || {
        while let Some(d) = inside.query_selector("details:not([open])").ok().flatten() {
            let _ = d.set_attribute("open", "");
            let _ = d.set_attribute(OPENED, "");
        }
    });
    let after = Closure::<dyn Fn()>::new(move || {
        while let Some(d) = root
            .query_selector("details[data-fi-printed]")
            .ok()
            .flatten()
        {
            let _ = d.remove_attribute("open");
            let _ = d.remove_attribute(OPENED);
        }
    });
    window
        .add_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref())
        .ok()?;
    window
        .add_event_listener_with_callback("afterprint", after.as_ref().unchecked_ref())
        .ok()?;
    Some(Unfold { before, after })
}

/// Removes the listeners when dropped.
pub struct Unfold {
    before: Closure<dyn Fn()>,
    after: Closure<dyn Fn()>,
}

impl Drop for Unfold {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "beforeprint",
                self.before.as_ref().unchecked_ref(),
            );
            let _ = window.remove_event_listener_with_callback(
                "afterprint",
                self.after.as_ref().unchecked_ref(),
            );
        }
    }
}

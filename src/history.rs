//! The browser's Back and Forward move between the steps. Each step shown adds an entry to
//! the history *without changing the page's address*, so a host page keeps its own. Entries
//! name the widget (its storage key) and the step, so two widgets on one page do not mix.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::form::Step;

const STEPS: [(Step, &str); 6] = [
    (Step::Debtor, "debtor"),
    (Step::Invoices, "invoices"),
    (Step::Actions, "actions"),
    (Step::Answer, "answer"),
    (Step::Results, "results"),
    (Step::Letter, "letter"),
];

/// The property of an entry's state that holds ours: the rest is the host page's, kept (a
/// single-page router keeps its own state there, PROBE F9).
const KEY: &str = "facture-impayee";

/// The entry for `step`: the host's state `current` with ours beside it, or `None` when the
/// host keeps a state that is not an object (nothing can be added to it without breaking it).
fn entry(widget: &str, step: Step, current: &JsValue) -> Option<JsValue> {
    let name = STEPS
        .iter()
        .find(|(s, _)| *s == step)
        .map_or("debtor", |(_, n)| n);
    let ours = JsValue::from_str(&format!("facture-impayee|{widget}|{name}"));
    let state = if current.is_null() || current.is_undefined() {
        js_sys::Object::new()
    } else if current.is_object() {
        js_sys::Object::assign(&js_sys::Object::new(), current.unchecked_ref())
    } else {
        return None;
    };
    js_sys::Reflect::set(&state, &JsValue::from_str(KEY), &ours).ok()?;
    Some(state.into())
}

/// The step an entry names, if it is this widget's.
pub fn step_of(widget: &str, state: &JsValue) -> Option<Step> {
    // Ours beside the host's state; an entry of an older version was ours alone.
    let text = js_sys::Reflect::get(state, &JsValue::from_str(KEY))
        .ok()
        .and_then(|v| v.as_string())
        .or_else(|| state.as_string())?;
    let rest = text
        .strip_prefix("facture-impayee|")?
        .strip_prefix(widget)?
        .strip_prefix('|')?;
    STEPS.iter().find(|(_, n)| *n == rest).map(|(s, _)| *s)
}

/// Records that `step` is shown: a new entry, or the current one replaced on first display.
pub fn record(widget: &str, step: Step, replace: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let current = history.state().unwrap_or(JsValue::NULL);
    let Some(state) = entry(widget, step, &current) else {
        return;
    };
    // A sandboxed frame may refuse: the app works the same without.
    let _ = if replace {
        history.replace_state(&state, "")
    } else {
        history.push_state(&state, "")
    };
}

/// Records a change of step once the step is painted: Chromium's same-document navigation
/// takes 2 to 3 ms, which delayed the results' first frame.
pub fn record_change(widget: String, step: Step) {
    crate::after_paint::after_paint(Box::new(move || record(&widget, step, false)));
}

/// Calls `on_step` with the step of this widget's entry the visitor goes back or forward to.
/// The listener lives as long as the returned guard.
pub fn listen(widget: String, on_step: impl Fn(Step) + 'static) -> Option<Listener> {
    let window = web_sys::window()?;
    let closure =
        Closure::<dyn Fn(web_sys::PopStateEvent)>::new(move |e: web_sys::PopStateEvent| {
            if let Some(step) = step_of(&widget, &e.state()) {
                on_step(step);
            }
        });
    window
        .add_event_listener_with_callback("popstate", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener { closure })
}

/// Removes the popstate listener when dropped.
pub struct Listener {
    closure: Closure<dyn Fn(web_sys::PopStateEvent)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "popstate",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

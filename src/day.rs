//! Today's date for a tab left open: checked each minute and when the tab comes back into
//! view, so the figures and the deadlines move at midnight (PROBE-2026-12 F10).

use std::cell::Cell;
use std::rc::Rc;

use chrono::NaiveDate;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `on_new_day` with the new date each time the day changes after `today`. The watch
/// lives as long as the returned guard.
pub fn watch(today: NaiveDate, on_new_day: impl Fn(NaiveDate) + 'static) -> Option<Watch> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let last = Rc::new(Cell::new(today));
    let on_new_day = Rc::new(on_new_day);
    let check = Closure::<dyn Fn()>::new(move || {
        let now = crate::app::today();
        if now != last.get() {
            last.set(now);
            // Said in a task of its own: what it changes may stop this very watch, never from
            // inside its callback.
            let on_new_day = on_new_day.clone();
            wasm_bindgen_futures::spawn_local(async move { on_new_day(now) });
        }
    });
    let callback = check.as_ref().unchecked_ref();
    let interval = window
        .set_interval_with_callback_and_timeout_and_arguments_0(callback, 60_000)
        .ok()?;
    document
        .add_event_listener_with_callback("visibilitychange", callback)
        .ok()?;
    Some(Watch { check, interval })
}

/// Stops the checks when dropped.
pub struct Watch {
    check: Closure<dyn Fn()>,
    interval: i32,
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_interval_with_handle(self.interval);
            if let Some(document) = window.document() {
                let _ = document.remove_event_listener_with_callback(
                    "visibilitychange",
                    self.check.as_ref().unchecked_ref(),
                );
            }
        }
    }
}

//! Work that can wait until the current frame is on screen: the folded detail of the results
//! (src/components/results.rs), so the answer is painted first.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` in a task after the next frame is painted (a timeout set from the frame's
/// animation callback). Without a window, never.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let later = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let task = Closure::once_into_js(f);
            let _ = window.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(later.unchecked_ref());
}

/// Runs `f` in a task of its own, after what is already queued (input included).
pub fn soon(f: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let task = Closure::once_into_js(f);
        let _ = window.set_timeout_with_callback(task.unchecked_ref());
    }
}

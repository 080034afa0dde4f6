//! Work that can wait until the current frame is on screen: the folded detail of the results
//! (src/components/results.rs), so the answer is painted first.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` in a task after the next frame is painted: a timeout set from the frame's
/// animation callback. Without a window, never. (Boxed: one copy of the closure glue.)
pub fn after_paint(f: Box<dyn FnOnce()>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let in_frame = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let task = Closure::once_into_js(f);
            let _ = window.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(in_frame.unchecked_ref());
}

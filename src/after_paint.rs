//! Work that can wait: until the current task is over (`next_task`: the app's first display in
//! two renders, src/app.rs), or until the current frame is on screen (`after_paint`: the
//! results' first screen before the rest of the page, src/components/results.rs).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` in a task of its own: a timeout. Without a window, never. (Boxed: one copy of the
/// closure glue.)
pub fn next_task(f: Box<dyn FnOnce()>) {
    if let Some(window) = web_sys::window() {
        let task = Closure::once_into_js(f);
        let _ = window.set_timeout_with_callback(task.unchecked_ref());
    }
}

/// Runs `f` in a task after the next frame is painted: a timeout set from the frame's
/// animation callback. Without a window, never.
pub fn after_paint(f: Box<dyn FnOnce()>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let in_frame = Closure::once_into_js(move || next_task(f));
    let _ = window.request_animation_frame(in_frame.unchecked_ref());
}

//! Other tabs on the same dossier: the browser's `storage` event says when one of them saved
//! or erased it, so this tab takes the change in instead of overwriting it at its next save.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `on_change` each time another tab changes one of `keys` (the dossier or its revision;
/// no key: the whole storage was cleared). The listener lives as long as the returned guard.
pub fn listen(keys: [String; 2], on_change: impl Fn() + 'static) -> Option<Listener> {
    let window = web_sys::window()?;
    let closure = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
        if e.key().is_none_or(|k| keys.contains(&k)) {
            on_change();
        }
    });
    window
        .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener { closure })
}

/// Removes the storage listener when dropped.
pub struct Listener {
    closure: Closure<dyn Fn(web_sys::StorageEvent)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "storage",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

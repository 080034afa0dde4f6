//! The Yew app: renders the state, sends actions, and leaves every figure to the engine.

pub mod after_paint;
pub mod app;
mod app_hooks;
pub mod choices;
pub mod components;
pub mod day;
pub mod download;
pub mod edit;
pub mod embed;
pub mod folds;
pub mod form;
pub mod history;
pub mod host_events;
pub mod invoice_import;
pub mod invoice_review;
pub mod labels;
pub mod marks;
pub mod print;
pub mod protocol;
#[cfg(feature = "rates-check")]
pub mod rates_export;
pub mod rates_loader;
#[cfg(feature = "reader")]
pub mod reader_module;
#[cfg(feature = "reader")]
pub mod reader_panel;
pub mod reading;
pub mod state;
pub mod storage;
pub mod sync;

#[cfg(feature = "app")]
use wasm_bindgen::prelude::wasm_bindgen;

#[cfg(feature = "app")]
/// Renders the app into `root` with the settings read from `host`'s data attributes.
/// Called by static/embed.js, the one file a page loads (docs/EMBED.md), with
/// `first_rendered`, called after the first render (embed.js's static first paint is then
/// taken over), and `load_reader`, which loads the invoice reader's module when a visitor
/// picks an invoice (src/reader_module.rs) and resolves to it.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    host: web_sys::Element,
    first_rendered: Option<js_sys::Function>,
    load_reader: Option<js_sys::Function>,
) -> Mounted {
    let config = embed::EmbedConfig::from_element(&host, &root, load_reader);
    config.log_refusals();
    let props = app::AppProps {
        config,
        first_rendered,
        first_paint: None,
        preloaded: None,
    };
    // A returning visitor's long dossier is read now and rendered in the next task
    // (storage::Preloaded).
    if !props.config.storage_refused {
        let keys = storage::Keys::new(props.config.namespace.as_deref());
        if let Some(preloaded) = storage::Preloaded::read(&keys) {
            let preloaded = Some(preloaded);
            return render_later(root, app::AppProps { preloaded, ..props });
        }
    }
    let app = yew::Renderer::<app::App>::with_root_and_props(root, props).render();
    Mounted(Box::new(move || app.destroy()))
}

#[cfg(feature = "app")]
/// Renders the app in the next task; stopped before then, it never renders.
fn render_later(root: web_sys::Element, props: app::AppProps) -> Mounted {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    let app = Rc::new(RefCell::new(None));
    let stopped = Rc::new(Cell::new(false));
    let (rendered, stop) = (app.clone(), stopped.clone());
    after_paint::next_task(Box::new(move || {
        if !stopped.get() {
            let app = yew::Renderer::<app::App>::with_root_and_props(root, props).render();
            *rendered.borrow_mut() = Some(app);
        }
    }));
    Mounted(Box::new(move || {
        stop.set(true);
        if let Some(app) = app.borrow_mut().take() {
            app.destroy();
        }
    }))
}

/// A mounted app, for embed.js.
#[cfg(feature = "app")]
#[wasm_bindgen]
pub struct Mounted(Box<dyn FnOnce()>);

#[cfg(feature = "app")]
#[wasm_bindgen]
impl Mounted {
    /// Stops the app; its listeners (other tabs, Back and Forward) go with it.
    pub fn destroy(self) {
        (self.0)();
    }
}

#[cfg(feature = "app")]
/// Referenced from `main` so the linker keeps `mount` in the binary's exports.
#[doc(hidden)]
pub fn keep_exports() {
    let _ = mount
        as fn(
            web_sys::Element,
            web_sys::Element,
            Option<js_sys::Function>,
            Option<js_sys::Function>,
        ) -> Mounted;
}

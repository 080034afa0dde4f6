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
pub mod marks;
#[cfg(feature = "results")]
pub mod print;
pub mod protocol;
#[cfg(feature = "results")]
pub mod rates_loader;
pub mod reading;
#[cfg(feature = "results")]
pub mod rehearsal;
pub mod state;
pub mod storage;
pub mod sync;

use wasm_bindgen::prelude::wasm_bindgen;

/// Renders the app into `root` with the settings read from `host`'s data attributes.
/// Called by static/embed.js, the one file a page loads (docs/EMBED.md), with:
/// - `first_rendered`, called after the first render (embed.js's static first paint, or the
///   questionnaire, is then taken over);
/// - `results`, in the questionnaire module: the way to the whole app (app.rs, `AppProps`);
/// - `handed`, in the whole app: the dossier the questionnaire handed over, as stored.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    host: web_sys::Element,
    first_rendered: Option<js_sys::Function>,
    results: Option<js_sys::Function>,
    handed: Option<String>,
) -> Mounted {
    let config = embed::EmbedConfig::from_element(&host, &root);
    config.log_refusals();
    let props = app::AppProps {
        config,
        first_rendered,
        first_paint: None,
        results,
        handed,
        preloaded: None,
    };
    // A returning visitor's long dossier (a stored dossier opens the whole app, never the
    // questionnaire) is read now and rendered in the next task (storage::Preloaded).
    #[cfg(feature = "results")]
    if props.handed.is_none() && !props.config.storage_refused {
        let keys = storage::Keys::new(props.config.namespace.as_deref());
        if let Some(preloaded) = storage::Preloaded::read(&keys) {
            let preloaded = Some(preloaded);
            return render_later(root, app::AppProps { preloaded, ..props });
        }
    }
    let app = yew::Renderer::<app::App>::with_root_and_props(root, props).render();
    Mounted(Box::new(move || app.destroy()))
}

/// Renders the app in the next task; stopped before then, it never renders.
#[cfg(feature = "results")]
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

/// The results of a sample dossier rendered away from the page, so that their code is compiled
/// before the visitor asks for them (src/rehearsal.rs). embed.js drops it soon after.
#[cfg(feature = "results")]
#[wasm_bindgen]
pub fn rehearse() -> Option<Mounted> {
    // An element of this document that is never put on the page.
    let root = web_sys::window()?.document()?.create_element("div").ok()?;
    let app = yew::Renderer::<rehearsal::Rehearsal>::with_root(root).render();
    Some(Mounted(Box::new(move || app.destroy())))
}

/// A mounted app, for embed.js: the questionnaire is stopped once the whole app has taken over,
/// and the rehearsal once it has rendered.
#[wasm_bindgen]
pub struct Mounted(Box<dyn FnOnce()>);

#[wasm_bindgen]
impl Mounted {
    /// Stops the app; its listeners (other tabs, Back and Forward) go with it.
    pub fn destroy(self) {
        (self.0)();
    }
}

/// Referenced from `main` so the linker keeps `mount` in the binary's exports.
#[doc(hidden)]
pub fn keep_exports() {
    let _ = mount
        as fn(
            web_sys::Element,
            web_sys::Element,
            Option<js_sys::Function>,
            Option<js_sys::Function>,
            Option<String>,
        ) -> Mounted;
    #[cfg(feature = "results")]
    let _ = rehearse as fn() -> Option<Mounted>;
}

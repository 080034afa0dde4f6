//! The Yew app: renders the state, sends actions, and leaves every figure to the engine.

pub mod after_paint;
pub mod app;
pub mod choices;
pub mod components;
pub mod documents_module;
pub mod download;
pub mod edit;
pub mod embed;
pub mod form;
pub mod history;
pub mod host_events;
pub mod marks;
pub mod rates_loader;
pub mod reading;
pub mod state;
pub mod storage;
pub mod sync;

use wasm_bindgen::prelude::wasm_bindgen;

/// Renders the app into `root` with the settings read from `host`'s data attributes.
/// Called by static/embed.js, the one file a page loads (docs/EMBED.md), with the function
/// that imports the documents module (src/documents_module.rs) and the one called after the
/// first render (embed.js's static first paint is then taken over).
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    host: web_sys::Element,
    documents: Option<js_sys::Function>,
    first_rendered: Option<js_sys::Function>,
) {
    let config = embed::EmbedConfig::from_element(&host, &root);
    config.log_refusals();
    let props = app::AppProps {
        config,
        documents,
        first_rendered,
        first_paint: None,
    };
    yew::Renderer::<app::App>::with_root_and_props(root, props).render();
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
        );
}

//! The Yew app: renders the state, sends actions, and leaves every figure to the engine.

pub mod app;
pub mod components;
pub mod download;
pub mod form;
pub mod state;
pub mod storage;

/// Mounts the app on `#app` when present (embedded pages), else on `<body>`.
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}

//! Events for the host page, dispatched on the host element: the visitor reached the results,
//! downloaded a document, followed the site's call to action. Each carries the step only
//! (`event.detail.step`), never anything of the dossier; nothing happens unless the host
//! listens (docs/EMBED.md).

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostEvent {
    /// The results are shown.
    Results,
    /// A file was downloaded from `step` (« results » for the calendar, « letter »).
    Download { step: &'static str },
    /// The embedding site's own call to action was followed.
    CallToAction,
}

impl HostEvent {
    pub fn name(self) -> &'static str {
        match self {
            HostEvent::Results => "facture-impayee:results",
            HostEvent::Download { .. } => "facture-impayee:download",
            HostEvent::CallToAction => "facture-impayee:call-to-action",
        }
    }

    pub fn step(self) -> &'static str {
        match self {
            HostEvent::Results | HostEvent::CallToAction => "results",
            HostEvent::Download { step } => step,
        }
    }
}

/// Dispatches `event` on the host element, bubbling in the host's page; no host, nothing.
pub fn emit(host: Option<&Element>, event: HostEvent) {
    let Some(host) = host else { return };
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"step".into(), &JsValue::from_str(event.step()));
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&detail);
    if let Ok(e) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = host.dispatch_event(&e);
    }
}

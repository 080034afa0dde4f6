//! The second WebAssembly module (documents-module/): the letters, the requête, the décompte,
//! their PDF and DOCX files and the calendar. Out of the first load: static/embed.js hands
//! `mount` a function that imports it, called when the visitor reaches the results. Asked
//! with the JSON of a `documents::Request`; it assesses the same dossier with the same rates.

use std::rc::Rc;

use documents::AmountLine;
use documents::{Block, Composed, Letter, LetterKind, Request};
use js_sys::{Array, Function, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Said when the module cannot be had: the answers stay, the visitor may try again.
pub const UNAVAILABLE: &str =
    "Les lettres et leurs fichiers n'ont pas pu être chargés (connexion interrompue ?). \
                               Vos réponses sont conservées : réessayez.";

/// Where the module stands. It is asked for once, on the results.
#[derive(Clone, PartialEq)]
pub enum Documents {
    Idle,
    Loading,
    Ready(Module),
    Failed,
}

/// What components read: the module's state, and how to ask for it again after a failure.
#[derive(Clone, PartialEq)]
pub struct DocumentsContext {
    pub state: Documents,
    pub retry: Callback<()>,
}

#[hook]
pub fn use_documents() -> DocumentsContext {
    use_context::<DocumentsContext>()
        .expect("components are rendered inside the App's ContextProvider")
}

/// The imported module: its exported functions, called by name.
#[derive(Clone)]
pub struct Module(Rc<JsValue>);

impl PartialEq for Module {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Imports the module through embed.js's function (a promise of the initialised module).
pub async fn load(loader: &Function) -> Result<Module, ()> {
    let promise: js_sys::Promise = loader
        .call0(&JsValue::NULL)
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or(())?;
    let module = JsFuture::from(promise).await.map_err(|_| ())?;
    Ok(Module(Rc::new(module)))
}

impl Module {
    fn call(&self, name: &str, request: &Request) -> Result<JsValue, String> {
        // engine::json, not serde_json: the first module carries no serde_json at all.
        let json = engine::json::ToJson::to_json(request);
        let function: Function = Reflect::get(&self.0, &JsValue::from_str(name))
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .ok_or_else(|| UNAVAILABLE.to_string())?;
        // The module throws its reason in French (documents::RequestError).
        function
            .call1(&JsValue::NULL, &JsValue::from_str(&json))
            .map_err(|e| e.as_string().unwrap_or_else(|| UNAVAILABLE.to_string()))
    }

    /// The letter with the visitor's words, and the one proposed. Read with the browser's
    /// JSON parser: serde's reader of a `Letter` would cost 11 KB of wasm in the first load.
    pub fn compose(&self, request: &Request) -> Result<Composed, String> {
        let json = self.call("compose", request)?;
        let value = json
            .as_string()
            .and_then(|j| js_sys::JSON::parse(&j).ok())
            .ok_or_else(|| UNAVAILABLE.to_string())?;
        let proposed = letter(&get(&value, "proposed"), request.kind);
        let rewritten = get(&value, "rewritten");
        let rewritten = (!rewritten.is_null()).then(|| letter(&rewritten, request.kind));
        Ok(Composed {
            proposed,
            rewritten,
        })
    }

    /// The letter as a file: `format` is "pdf" or "docx".
    pub fn file(&self, format: &str, request: &Request) -> Result<Vec<u8>, String> {
        let bytes = self.call(format, request)?;
        bytes
            .dyn_into::<Uint8Array>()
            .map(|a| a.to_vec())
            .map_err(|_| UNAVAILABLE.to_string())
    }

    /// The calendar file (.ics) of the deadlines ahead.
    pub fn calendar(&self, request: &Request) -> Result<String, String> {
        self.call("ics", request)?
            .as_string()
            .ok_or_else(|| UNAVAILABLE.to_string())
    }
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::NULL)
}

fn text(value: &JsValue, key: &str) -> String {
    get(value, key).as_string().unwrap_or_default()
}

fn texts(value: &JsValue, key: &str) -> Vec<String> {
    list(&get(value, key))
        .filter_map(|v| v.as_string())
        .collect()
}

fn list(value: &JsValue) -> impl Iterator<Item = JsValue> {
    value
        .dyn_ref::<Array>()
        .map(Array::to_vec)
        .unwrap_or_default()
        .into_iter()
}

/// A `Letter` as serde writes it (documents/src/letter.rs); what is missing reads as empty.
fn letter(value: &JsValue, kind: LetterKind) -> Letter {
    Letter {
        kind,
        sender: texts(value, "sender"),
        recipient: texts(value, "recipient"),
        place_date: text(value, "place_date"),
        mode: get(value, "mode").as_string(),
        subject: text(value, "subject"),
        salutation: text(value, "salutation"),
        blocks: blocks(&get(value, "blocks")),
        opening: text(value, "opening"),
        closing: text(value, "closing"),
        signature: texts(value, "signature"),
        annex: blocks(&get(value, "annex")),
        file_stem: text(value, "file_stem"),
    }
}

/// Blocks as serde tags them: `{"Paragraph": "…"}`, `{"Heading": "…"}`, `{"Amounts": […]}`.
fn blocks(value: &JsValue) -> Vec<Block> {
    list(value)
        .filter_map(|b| {
            if let Some(p) = get(&b, "Paragraph").as_string() {
                Some(Block::Paragraph(p))
            } else if let Some(h) = get(&b, "Heading").as_string() {
                Some(Block::Heading(h))
            } else {
                let rows = get(&b, "Amounts");
                rows.is_object().then(|| {
                    Block::Amounts(
                        list(&rows)
                            .map(|r| AmountLine {
                                label: text(&r, "label"),
                                amount: text(&r, "amount"),
                                total: get(&r, "total").as_bool().unwrap_or(false),
                            })
                            .collect(),
                    )
                })
            }
        })
        .collect()
}

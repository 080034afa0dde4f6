//! The documents module: what only the letters and files need, loaded by static/embed.js
//! when the visitor reaches the results (docs/ARCHITECTURE.md). Each function takes the
//! JSON of a `documents::Request` and throws a French message when it cannot answer.
//! The work itself is `documents::request`, tested natively.

use documents::Request;
use wasm_bindgen::prelude::*;

fn read(request: &str) -> Result<Request, JsValue> {
    Request::read(request).map_err(|e| JsValue::from_str(&e.to_string()))
}

fn thrown(e: documents::RequestError) -> JsValue {
    JsValue::from_str(&e.to_string())
}

/// The JSON of a `documents::Composed`: the proposed letter and the visitor's.
#[wasm_bindgen]
pub fn compose(request: &str) -> Result<String, JsValue> {
    let composed = read(request)?.compose().map_err(thrown)?;
    serde_json::to_string(&composed).map_err(|e| JsValue::from_str(&e.to_string()))
}

#[wasm_bindgen]
pub fn pdf(request: &str) -> Result<Vec<u8>, JsValue> {
    read(request)?.pdf().map_err(thrown)
}

#[wasm_bindgen]
pub fn docx(request: &str) -> Result<Vec<u8>, JsValue> {
    read(request)?.docx().map_err(thrown)
}

/// The calendar file (.ics) of the deadlines ahead.
#[wasm_bindgen]
pub fn ics(request: &str) -> Result<String, JsValue> {
    read(request)?.calendar().map_err(thrown)
}

// The exports are kept by referencing them from `main`, as in the app's src/main.rs.
fn main() {
    let _ = (
        compose as fn(&str) -> Result<String, JsValue>,
        pdf as fn(&str) -> Result<Vec<u8>, JsValue>,
        docx as fn(&str) -> Result<Vec<u8>, JsValue>,
        ics as fn(&str) -> Result<String, JsValue>,
    );
}

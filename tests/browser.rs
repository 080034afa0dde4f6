//! Browser tests: the real components, mounted in headless Chromium (wasm-bindgen-test).
//! Run with `cargo test --target wasm32-unknown-unknown` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use facture_impayee::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn mount_app() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
}

/// Rendering is asynchronous: wait until `selector` matches, for up to two seconds.
async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..100 {
        if let Ok(Some(found)) = root.query_selector(selector) {
            return found;
        }
        gloo_timers::future::sleep(Duration::from_millis(20)).await;
    }
    panic!("nothing matched {selector}");
}

fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event =
        web_sys::InputEvent::new_with_event_init_dict("input", &init.unchecked_into()).unwrap();
    input.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn renders_the_title_and_the_amount_field() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let root = mount_app();
    let title = wait_for(&root, "h1").await;
    assert!(title.text_content().unwrap().contains("Facture impayée"));
    let label = wait_for(&root, "label[for=fi-amount]").await;
    assert_eq!(label.text_content().unwrap(), "Montant TTC de la facture");
}

#[wasm_bindgen_test]
async fn shows_a_french_error_beside_a_wrong_amount_and_keeps_the_text() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let root = mount_app();
    let input: HtmlInputElement = wait_for(&root, "#fi-amount").await.unchecked_into();
    type_into(&input, "12,3,4");
    let error = wait_for(&root, "#fi-amount-error").await;
    assert!(error.text_content().unwrap().contains("plusieurs virgules"));
    assert_eq!(input.value(), "12,3,4");
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("fi-amount-error")
    );

    type_into(&input, "1 234,56");
    let hint = wait_for(&root, ".fi-hint").await;
    assert_eq!(hint.text_content().unwrap(), "1\u{202f}234,56\u{a0}€");
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(facture_impayee::storage::DOSSIER_KEY)
        .unwrap()
        .unwrap();
    assert!(stored.contains("1 234,56"), "saved: {stored}");
}

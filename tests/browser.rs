//! Browser tests: the real components, mounted in headless Chromium (wasm-bindgen-test).
//! Run with `cargo test --target wasm32-unknown-unknown` (scripts/test does).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use facture_impayee::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn fresh_storage() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
}

thread_local! {
    /// The app the last test mounted: destroyed before the next mounts, since every test's
    /// app shares this window's storage (an earlier one saving late once mixed two dossiers).
    static MOUNTED: std::cell::RefCell<Option<yew::AppHandle<App>>> = const { std::cell::RefCell::new(None) };
}

fn mount_app() -> Element {
    if let Some(previous) = MOUNTED.with(|m| m.borrow_mut().take()) {
        previous.destroy();
    }
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some(app));
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

async fn click_next(root: &Element) {
    let next: HtmlElement = wait_for(root, ".fi-nav .fi-button:last-child")
        .await
        .unchecked_into();
    next.click();
}

#[wasm_bindgen_test]
async fn renders_the_title_the_progress_and_the_first_step() {
    fresh_storage();
    let root = mount_app();
    let title = wait_for(&root, "h1").await;
    assert!(title.text_content().unwrap().contains("Facture impayée"));
    assert_eq!(
        wait_for(&root, ".fi-progress__count")
            .await
            .text_content()
            .unwrap(),
        "Étape 1 sur 5"
    );
    assert_eq!(
        wait_for(&root, "h2").await.text_content().unwrap(),
        "Qui vous doit de l'argent ?"
    );
    assert!(wait_for(&root, "fieldset legend")
        .await
        .text_content()
        .unwrap()
        .contains("Votre client est"));
}

#[wasm_bindgen_test]
async fn a_wrong_amount_gets_a_french_message_and_keeps_the_text() {
    fresh_storage();
    let root = mount_app();
    click_next(&root).await;
    let input: HtmlInputElement = wait_for(&root, "#f-invoices-0-amount")
        .await
        .unchecked_into();
    type_into(&input, "12,3,4");
    let error = wait_for(&root, "#f-invoices-0-amount-error").await;
    assert!(error.text_content().unwrap().contains("plusieurs virgules"));
    assert_eq!(input.value(), "12,3,4");
    assert!(input
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("f-invoices-0-amount-error"));

    type_into(&input, "1 234,56");
    let preview = wait_for(&root, ".fi-preview").await;
    assert_eq!(preview.text_content().unwrap(), "1\u{202f}234,56\u{a0}€");
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

#[wasm_bindgen_test]
async fn next_refuses_an_empty_invoice_and_says_why() {
    fresh_storage();
    let root = mount_app();
    click_next(&root).await;
    wait_for(&root, "#f-invoices-0-amount").await;
    click_next(&root).await;
    let error = wait_for(&root, "#f-invoices-0-amount-error").await;
    assert_eq!(error.text_content().unwrap(), "Indiquez un montant.");
    assert_eq!(
        wait_for(&root, ".fi-progress__count")
            .await
            .text_content()
            .unwrap(),
        "Étape 2 sur 5"
    );
}

/// The form is read once per change: a keystroke reads it once, and showing the results
/// (every figure, every rate row, every field's error) reads it not at all. Counted with
/// `form::readings`, in the real components.
#[wasm_bindgen_test]
async fn the_results_render_without_reading_the_form_again() {
    fresh_storage();
    let root = mount_app();
    click_next(&root).await;
    let amount: HtmlInputElement = wait_for(&root, "#f-invoices-0-amount")
        .await
        .unchecked_into();
    let issue: HtmlInputElement = wait_for(&root, "#f-invoices-0-issue_date")
        .await
        .unchecked_into();
    let due: HtmlInputElement = wait_for(&root, "#f-invoices-0-term-date")
        .await
        .unchecked_into();
    type_into(&issue, "2025-05-01");
    type_into(&due, "2025-06-15");
    gloo_timers::future::sleep(Duration::from_millis(50)).await;
    let before = facture_impayee::form::readings();
    type_into(&amount, "1 000");
    gloo_timers::future::sleep(Duration::from_millis(50)).await;
    assert_eq!(
        facture_impayee::form::readings() - before,
        1,
        "one keystroke, one reading"
    );
    click_next(&root).await; // to step 3
    wait_for(&root, "#f-med-sent").await;
    click_next(&root).await; // to step 4
    wait_for(&root, "input[name=position]").await;
    let before = facture_impayee::form::readings();
    click_next(&root).await; // « Voir le résultat »
    wait_for(&root, ".fi-lead").await;
    wait_for(&root, ".fi-segments").await;
    gloo_timers::future::sleep(Duration::from_millis(50)).await;
    assert_eq!(
        facture_impayee::form::readings() - before,
        0,
        "the results read nothing again"
    );
}

/// A stored text of `invoices` invoices, each with 20 payments (about 1.5 KB each).
fn long_stored_text(invoices: usize, name: &str) -> String {
    let payments: Vec<String> = (0..20)
        .map(|j| format!(r#"{{"id":{},"date":"2024-09-01","amount":"10"}}"#, 1000 + j))
        .collect();
    let invoices: Vec<String> = (0..invoices)
        .map(|i| {
            format!(
                r#"{{"id":{},"number":"F-{i}","issue_date":"2024-03-10","amount":"1000","term":"DueDate","due_date":"2024-04-10","payments":[{}]}}"#,
                i + 1,
                payments.join(",")
            )
        })
        .collect();
    format!(
        r#"{{"format":"facture-impayee/dossier","version":1,"step":"Invoices","reached":"Invoices","form":{{"debtor_name":"{name}","next_id":100000,"invoices":[{}]}}}}"#,
        invoices.join(",")
    )
}

#[wasm_bindgen_test]
fn a_long_dossier_read_ahead_is_taken_only_while_it_is_still_the_one_stored() {
    use facture_impayee::storage::{Keys, Loaded, Preloaded, LONG_DOSSIER_BYTES};
    fresh_storage();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let keys = Keys::new(None);
    let name = |loaded: Option<Loaded>| match loaded {
        Some(Loaded::Dossier(d)) => Some(d.form.debtor_name),
        _ => None,
    };

    let short = long_stored_text(2, "COURT");
    storage.set_item(&keys.dossier, &short).unwrap();
    assert!(
        Preloaded::read(&keys).is_none(),
        "a short dossier is read at the first render"
    );

    let long = long_stored_text(100, "LONG");
    assert!(long.len() > LONG_DOSSIER_BYTES);
    storage.set_item(&keys.dossier, &long).unwrap();
    let ahead = Preloaded::read(&keys).expect("a long dossier is read ahead");
    assert_eq!(name(ahead.take(&keys)).as_deref(), Some("LONG"));
    assert!(ahead.take(&keys).is_none(), "taken once");

    // Another tab wrote between the two tasks: what was read ahead is not taken.
    let ahead = Preloaded::read(&keys).unwrap();
    storage
        .set_item(&keys.dossier, &long_stored_text(100, "AUTRE-ONGLET"))
        .unwrap();
    assert!(ahead.take(&keys).is_none());

    // An unreadable long text is set aside as it is read ahead: that is what is taken.
    storage
        .set_item(
            &keys.dossier,
            &format!("{{{}", "x".repeat(LONG_DOSSIER_BYTES)),
        )
        .unwrap();
    let ahead = Preloaded::read(&keys).unwrap();
    assert!(matches!(ahead.take(&keys), Some(Loaded::Unreadable)));
    fresh_storage();
}

#[wasm_bindgen_test]
async fn a_long_dossier_renders_a_task_after_it_is_read_and_not_at_all_if_stopped_first() {
    fresh_storage();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(
            facture_impayee::storage::DOSSIER_KEY,
            // Long with spaces: a debug build takes seconds to render 2 000 payments.
            &format!(
                "{}{}",
                long_stored_text(2, "LONG"),
                " ".repeat(facture_impayee::storage::LONG_DOSSIER_BYTES)
            ),
        )
        .unwrap();
    let mount = || {
        let root = document().create_element("div").unwrap();
        let host = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&root).unwrap();
        let app = facture_impayee::mount(root.clone(), host, None, None);
        (root, app)
    };
    let (stopped, app) = mount();
    app.destroy();
    let (root, app) = mount();
    assert_eq!(
        root.child_element_count(),
        0,
        "not rendered in the task that read it"
    );
    wait_for(&root, "#f-invoices-1-number").await;
    assert_eq!(
        stopped.child_element_count(),
        0,
        "stopped before its render: none"
    );
    app.destroy();
    fresh_storage();
}

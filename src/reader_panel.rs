//! What the reader's module shows of the files a visitor picked, in the place the app gives it
//! (components/invoice_import.rs): each value beside the field it fills, what must be said
//! first, the debtor to choose among several buyers, and « Ajouter … au dossier ». Built here,
//! with the DOM's own calls and text nodes only (no markup is parsed, so nothing an invoice
//! holds can run), so that the app carries none of it for a visitor who types.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

use crate::form::DossierForm;
use crate::invoice_import::{self, Picked};
use crate::invoice_review::Review;
use crate::storage;

/// The files picked and what the visitor chose so far.
struct Panel {
    slot: Element,
    picked: Rc<Vec<Picked>>,
    /// The dossier's form as the app had it when the files were picked.
    form: DossierForm,
    /// Called once the visitor accepts, with the function that fills the dossier.
    done: Function,
    debtor: Option<String>,
    /// The invoices the review proposes.
    count: u32,
    replace: bool,
    take_rate: bool,
}

type Shared = Rc<RefCell<Panel>>;

/// The panel's rules, adopted by the app's shadow root the first time: app.css, which every
/// visitor loads, carries none of them.
const RULES: &str = "\
.fi-app .fi-read { border: 1px solid var(--fi-accent); border-radius: 4px; background: #fff; padding: calc(.75 * var(--fi-rem)); margin-top: calc(.75 * var(--fi-rem)); }
.fi-app .fi-read-title { font-size: calc(1.05 * var(--fi-rem)); margin: calc(.5 * var(--fi-rem)) 0; }
.fi-app .fi-read-rows { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: calc(.3 * var(--fi-rem)) var(--fi-rem); margin: 0 0 calc(.75 * var(--fi-rem)); }
.fi-app .fi-read-rows dt { color: var(--fi-muted); }
.fi-app .fi-read-rows dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.fi-app .fi-read-rows .fi-hint { font-weight: 400; }
@media (max-width: 35em) { .fi-app .fi-read-rows { grid-template-columns: 1fr; } .fi-app .fi-read-rows dd { margin-bottom: calc(.4 * var(--fi-rem)); } }";

/// Adds `RULES` to the stylesheets `slot`'s root (the app's shadow root) has adopted, once: a
/// constructed sheet, which a policy of style-src 'self' allows. An older browser without them
/// shows the panel unstyled, still whole.
fn adopt_rules(slot: &Element) -> Option<()> {
    let root = slot.get_root_node();
    let key = JsValue::from("adoptedStyleSheets");
    let sheets: Array = js_sys::Reflect::get(&root, &key).ok()?.dyn_into().ok()?;
    let ours = JsValue::from("facture-impayee-lecteur");
    if sheets
        .iter()
        .any(|s| js_sys::Reflect::get(&s, &ours).is_ok_and(|v| v.is_truthy()))
    {
        return Some(());
    }
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(RULES).ok()?;
    js_sys::Reflect::set(&sheet, &ours, &JsValue::TRUE).ok()?;
    let next = sheets.concat(&Array::of1(&sheet));
    js_sys::Reflect::set(&root, &key, &next).ok()?;
    Some(())
}

/// Each file read: `names[k]` is the name of `files[k]`, a Uint8Array of its bytes.
pub fn read(names: &Array, files: &Array) -> Vec<Picked> {
    files
        .iter()
        .enumerate()
        .map(|(k, bytes)| Picked {
            name: names.get(k as u32).as_string().unwrap_or_default(),
            read: invoice::read(&Uint8Array::new(&bytes).to_vec()),
        })
        .collect()
}

/// Shows the review of `picked` in `slot`, against `stored` (as storage::encode writes it).
pub fn show(slot: Element, picked: Vec<Picked>, stored: &str, done: Function) {
    adopt_rules(&slot);
    let panel = Rc::new(RefCell::new(Panel {
        slot,
        picked: Rc::new(picked),
        form: storage::decode(stored).unwrap_or_default().form,
        done,
        debtor: None,
        count: 0,
        replace: false,
        take_rate: false,
    }));
    render(&panel, None);
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// `<tag class=…>text</tag>` appended to `parent`.
fn add(parent: &Element, tag: &str, class: &str, text: &str) -> Option<Element> {
    let e = document()?.create_element(tag).ok()?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    parent.append_child(&e).ok()?;
    Some(e)
}

/// `handler` called on `event` of `target`, for as long as the element lives.
fn on(target: &Element, event: &str, handler: impl FnMut() + 'static) {
    let closure = Closure::<dyn FnMut()>::new(handler).into_js_value();
    let _ = target.add_event_listener_with_callback(event, closure.unchecked_ref());
}

/// A box or a radio button with its label, appended to `parent`.
fn input(
    parent: &Element,
    kind: &str,
    id: &str,
    label: &str,
    checked: bool,
) -> Option<HtmlInputElement> {
    let class = if kind == "radio" {
        "fi-radio"
    } else {
        "fi-check"
    };
    let wrap = add(parent, "label", class, "")?;
    let i: HtmlInputElement = document()?.create_element("input").ok()?.dyn_into().ok()?;
    i.set_type(kind);
    i.set_id(id);
    i.set_checked(checked);
    wrap.append_child(&i).ok()?;
    wrap.append_with_str_1(label).ok()?;
    Some(i)
}

/// The review, whole the first time (`part` None); after a debtor is chosen, its lower part
/// only, so that the radio buttons the visitor is on stay as they are.
fn render(panel: &Shared, part: Option<Element>) {
    let review = {
        let mut p = panel.borrow_mut();
        let review = invoice_import::review(&p.form, &p.picked, p.debtor.as_deref());
        p.count = review.count;
        review
    };
    let p = panel.borrow();
    let _ = match part {
        Some(part) => {
            part.set_text_content(None);
            draw_proposal(panel, &p, &review, &part)
        }
        None => draw(panel, &p, &review),
    };
}

/// The files refused, the debtor to choose among several buyers, then the proposal.
fn draw(panel: &Shared, p: &Panel, r: &Review) -> Option<()> {
    p.slot.set_text_content(None);
    let box_ = add(&p.slot, "div", "fi-read", "")?;
    box_.set_attribute("role", "group").ok()?;
    box_.set_attribute("aria-label", "Ce qui a été lu dans vos factures")
        .ok()?;
    box_.set_attribute("tabindex", "-1").ok()?;
    for t in &r.refused {
        add(&box_, "p", "fi-error", t)?;
    }
    let set = (!r.buyers.is_empty())
        .then(|| add(&box_, "fieldset", "fi-group", ""))
        .flatten();
    let part = add(&box_, "div", "", "")?;
    if let Some(set) = set {
        add(
            &set,
            "legend",
            "",
            "Ces factures sont adressées à plusieurs clients : lequel est le débiteur de ce dossier ?",
        )?;
        for (k, name) in r.buyers.iter().enumerate() {
            let radio = input(&set, "radio", &format!("fi-read-debtor-{k}"), name, false)?;
            radio.set_name("fi-read-debtor");
            let (panel, name, part) = (panel.clone(), name.clone(), part.clone());
            on(&radio, "change", move || {
                panel.borrow_mut().debtor = Some(name.clone());
                render(&panel, Some(part.clone()));
            });
        }
    }
    draw_proposal(panel, p, r, &part)?;
    // The visitor's attention goes where the answer is, as a dialog's would.
    let _ = box_.dyn_into::<HtmlElement>().map(|b| b.focus());
    Some(())
}

/// What must be said first, each invoice's values beside their fields, the boxes and buttons.
fn draw_proposal(panel: &Shared, p: &Panel, r: &Review, part: &Element) -> Option<()> {
    for t in &r.notices {
        add(part, "p", "fi-notice", t)?;
    }
    for g in &r.groups {
        add(part, "h3", "fi-read-title", &g.title)?;
        let rows = add(part, "dl", "fi-read-rows", "")?;
        for row in &g.rows {
            add(&rows, "dt", "", &row.label)?;
            let value = add(&rows, "dd", "", &row.value)?;
            if let Some(typed) = &row.typed {
                add(
                    &value,
                    "span",
                    "fi-hint",
                    &format!(" (vous aviez saisi : {typed})"),
                )?;
            }
        }
    }
    if r.replaces {
        let tick = input(
            part,
            "checkbox",
            "fi-read-replace",
            "Remplacer aussi ce que j'avais saisi",
            p.replace,
        )?;
        let (panel, t) = (panel.clone(), tick.clone());
        on(&tick, "change", move || {
            panel.borrow_mut().replace = t.checked()
        });
    }
    if let Some(rate) = &r.rate {
        let tick = input(part, "checkbox", "fi-read-rate", rate, p.take_rate)?;
        let (panel, t) = (panel.clone(), tick.clone());
        on(&tick, "change", move || {
            panel.borrow_mut().take_rate = t.checked()
        });
    }
    if r.count > 0 {
        let label = match r.count {
            1 => "Ajouter cette facture au dossier".to_string(),
            n => format!("Ajouter ces {n} factures au dossier"),
        };
        let ok = add(part, "button", "fi-button", &label)?;
        ok.set_attribute("type", "button").ok()?;
        ok.set_id("fi-read-accept");
        let panel = panel.clone();
        on(&ok, "click", move || accept(&panel));
    }
    let cancel = add(part, "button", "fi-button fi-button--secondary", "Annuler")?;
    cancel.set_attribute("type", "button").ok()?;
    let slot = p.slot.clone();
    on(&cancel, "click", move || {
        slot.set_text_content(None);
        // Back to the file field the visitor came from (the zone just above the place).
        let field = slot
            .previous_element_sibling()
            .and_then(|zone| zone.query_selector("input").ok().flatten());
        if let Some(field) = field.and_then(|f| f.dyn_into::<HtmlElement>().ok()) {
            let _ = field.focus();
        }
    });
    Some(())
}

/// The invoices into the dossier the app holds now, handed back to it; what was done is said.
fn accept(panel: &Shared) {
    let p = panel.borrow();
    let (picked, debtor) = (p.picked.clone(), p.debtor.clone());
    let (replace, take_rate) = (p.replace, p.take_rate);
    let fill = Closure::<dyn FnMut(String) -> String>::new(move |now: String| {
        // An unreadable dossier is answered with nothing: the app then changes nothing.
        let Ok(mut stored) = storage::decode(&now) else {
            return String::new();
        };
        invoice_import::accept_all(
            &mut stored.form,
            &picked,
            debtor.as_deref(),
            replace,
            take_rate,
        );
        storage::encode(&stored)
    });
    let _ = p.done.call1(&JsValue::NULL, &fill.into_js_value());
    p.slot.set_text_content(None);
    let said = match p.count {
        0 => "Aucune facture n'a été ajoutée.".to_string(),
        1 => "Facture ajoutée à votre dossier : vérifiez les champs ci-dessous. « Rétablir le dossier d'avant l'import », en bas de page, annule l'import.".to_string(),
        n => format!("{n} factures ajoutées à votre dossier : vérifiez les champs ci-dessous. « Rétablir le dossier d'avant l'import », en bas de page, annule l'import."),
    };
    // Said where the visitor's attention is: the focus moves to it, the button being gone.
    if let Some(e) = add(&p.slot, "p", "fi-notice", &said) {
        let _ = e.set_attribute("role", "status");
        let _ = e.set_attribute("tabindex", "-1");
        let _ = e.dyn_into::<HtmlElement>().map(|e| e.focus());
    }
}

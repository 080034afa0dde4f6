//! Form fields: each with its label, an optional hint, and its error tied by aria-describedby.

use chrono::Datelike;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use engine::field::FieldPath;

use crate::form::FormError;

/// The DOM id of a field, from its dotted path: "invoices.0.amount" → "f-invoices-0-amount".
pub fn field_id(path: FieldPath) -> String {
    format!("f-{}", path.to_string().replace('.', "-"))
}

/// The message to show beside `path`, if any.
pub fn error_for(errors: &[FormError], path: FieldPath) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == path)
        .map(FormError::message)
}

// The pattern « b"?" » in `field` is this sentinel.
const _: () = assert!(matches!(crate::reading::IMPOSSIBLE_DATE.as_bytes(), b"?"));

#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub enum Kind {
    #[default]
    Text,
    Amount,
    Date,
    Number,
    /// Several lines: an address, a paragraph.
    MultiLine,
}

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    /// The dossier's field: names the input and its error.
    pub path: FieldPath,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub kind: Kind,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub required: bool,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
}

#[function_component(Field)]
pub fn field(props: &FieldProps) -> Html {
    let id = field_id(props.path);
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            // An <input> or a <textarea>: both carry a `value`.
            let target = e.target();
            let value = target
                .as_ref()
                .and_then(|t| t.dyn_ref::<HtmlInputElement>())
                .map(|i| {
                    // A date field gives "" for an impossible or incomplete date: say so instead.
                    let bad =
                        i.type_() == "date" && i.value().is_empty() && i.validity().bad_input();
                    if bad {
                        crate::reading::IMPOSSIBLE_DATE.to_string()
                    } else {
                        i.value()
                    }
                })
                .or_else(|| {
                    target
                        .as_ref()
                        .and_then(|t| t.dyn_ref::<HtmlTextAreaElement>().map(|a| a.value()))
                })
                .unwrap_or_default();
            cb.emit(value)
        })
    };
    // Leaving a date field (as « Suivant » does): an impossible or incomplete date, which
    // leaves the field's value empty and fires no input event, says what happened; a year
    // typed with two digits (« 0026 ») becomes this century's in the field too (« 2026 »).
    let onblur = {
        let cb = props.oninput.clone();
        let current = props.value.clone();
        Callback::from(move |e: FocusEvent| {
            let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .filter(|i| i.type_() == "date")
            else {
                return;
            };
            let typed = i.value();
            if typed.is_empty() && i.validity().bad_input() {
                if current.as_str() != crate::reading::IMPOSSIBLE_DATE {
                    cb.emit(crate::reading::IMPOSSIBLE_DATE.to_string());
                }
            } else if let Some(date) = engine::format::parse_date(&typed) {
                let iso = date.to_string();
                if iso != typed {
                    cb.emit(iso);
                }
            }
        })
    };
    let (input_type, inputmode) = match props.kind {
        Kind::Text => ("text", None),
        Kind::Amount => ("text", Some("decimal")),
        Kind::Date => ("date", None),
        Kind::Number => ("text", Some("numeric")),
        Kind::MultiLine => ("", None),
    };
    // A date field needs an ISO value. What the field itself gave goes back unchanged, « 0002 »
    // too while a year is being typed: rewritten then (0002 → 2002), the field would start its
    // year again at the next key, and « 2025 » typed would end as nothing (onblur completes a
    // two-digit year instead). An impossible date shows as the field holds it (what was typed,
    // beside its message); a date from elsewhere (« 31/03/2025 » in an import) becomes ISO.
    let value = match props.kind {
        Kind::Date => match props.value.as_bytes() {
            // The sentinel of an impossible date, written as a pattern (checked equal to
            // crate::reading::IMPOSSIBLE_DATE at the top of this file): a comparison of strings
            // weighed more in the first load.
            b"?" => String::new(),
            // As the field gives it: « 2025-03-31 », « 0002-03-31 ».
            [_, _, _, _, b'-', _, _, b'-', _, _] => props.value.to_string(),
            _ => engine::format::parse_date(&props.value)
                .map_or(props.value.to_string(), |d| d.to_string()),
        },
        _ => props.value.to_string(),
    };
    // The amount as it will be understood, « 1 234,56 € », when it is valid.
    // What was understood, under the label: « 1 234,56 € », « lundi 15 juin 2026 ». A date
    // refused (in the future, before the invoice) that reads either way round asks whether
    // the browser took the day for the month: its field follows its own language's order.
    let preview = match props.kind {
        Kind::Amount if props.error.is_none() => engine::parse_amount(&props.value)
            .ok()
            .map(engine::format_euros),
        Kind::Date => engine::format::parse_date(&props.value).map(|d| {
            let either_way = d.day() <= 12 && d.day() != d.month();
            match &props.error {
                Some(_) if either_way => format!(
                    "{} : le jour et le mois sont-ils inversés ?",
                    engine::format::date_long(d)
                ),
                _ => engine::format::date_long(d),
            }
        }),
        _ => None,
    };
    let mut described = Vec::new();
    if props.hint.is_some() || preview.is_some() {
        described.push(hint_id.clone());
    }
    if props.error.is_some() {
        described.push(error_id.clone());
    }
    html! {
        <div class={classes!("fi-field", props.error.is_some().then_some("fi-field--error"))}>
            <label for={id.clone()}>
                { &props.label }
                if !props.required { <span class="fi-optional">{ " (facultatif)" }</span> }
            </label>
            if props.hint.is_some() || preview.is_some() {
                <p id={hint_id} class="fi-hint">
                    { props.hint.clone().unwrap_or_default() }
                    if let Some(p) = preview { <span class="fi-preview">{ p }</span> }
                </p>
            }
            if props.kind == Kind::MultiLine {
                <textarea id={id} name={props.path.to_string()} rows="4" value={value} oninput={oninput}
                    maxlength={engine::params::MAX_LONG_TEXT_CHARS.current().to_string()}
                    aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={(!described.is_empty()).then(|| described.join(" "))} />
            } else {
                <input id={id} name={props.path.to_string()} type={input_type} inputmode={inputmode}
                    maxlength={engine::params::MAX_SHORT_TEXT_CHARS.current().to_string()}
                    value={value} oninput={oninput} onblur={(props.kind == Kind::Date).then_some(onblur)} required={props.required}
                    autocomplete={props.autocomplete.clone().unwrap_or(AttrValue::from("off"))}
                    aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={(!described.is_empty()).then(|| described.join(" "))} />
            }
            if let Some(error) = &props.error {
                <p id={error_id} class="fi-error">{ error }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub name: AttrValue,
    pub legend: AttrValue,
    /// (value, label)
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: AttrValue,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// A group of radio buttons in a fieldset with its legend.
#[function_component(Choice)]
pub fn choice(props: &ChoiceProps) -> Html {
    html! {
        <fieldset class="fi-choice">
            <legend>{ &props.legend }</legend>
            if let Some(hint) = &props.hint { <p class="fi-hint">{ hint }</p> }
            { for props.options.iter().map(|(value, label)| {
                let id = format!("f-{}-{}", props.name, value);
                let onchange = {
                    let cb = props.onchange.clone();
                    let value = value.to_string();
                    Callback::from(move |_: Event| cb.emit(value.clone()))
                };
                html! {
                    <div class="fi-radio" key={value.to_string()}>
                        <input type="radio" id={id.clone()} name={props.name.clone()} value={value.clone()}
                            checked={*value == props.selected} onchange={onchange} />
                        <label for={id}>{ label }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub path: FieldPath,
    pub label: AttrValue,
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: AttrValue,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<String>,
}

#[function_component(Select)]
pub fn select(props: &SelectProps) -> Html {
    let id = field_id(props.path);
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = match (props.hint.is_some(), props.error.is_some()) {
        (true, true) => Some(format!("{hint_id} {error_id}")),
        (true, false) => Some(hint_id.clone()),
        (false, true) => Some(error_id.clone()),
        (false, false) => None,
    };
    html! {
        <div class={classes!("fi-field", props.error.is_some().then_some("fi-field--error"))}>
            <label for={id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint { <p id={hint_id.clone()} class="fi-hint">{ hint }</p> }
            <select id={id} onchange={onchange} aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={described}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ label }</option>
                }) }
            </select>
            if let Some(error) = &props.error {
                <p id={error_id} class="fi-error">{ error }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub onchange: Callback<bool>,
}

#[function_component(Checkbox)]
pub fn checkbox(props: &CheckboxProps) -> Html {
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    html! {
        <div class="fi-check">
            <input type="checkbox" id={props.id.clone()} checked={props.checked} onchange={onchange} />
            <label for={props.id.clone()}>{ &props.label }</label>
        </div>
    }
}

/// Focuses `field` with its label in view: scrolled to the top of the screen, less its
/// `scroll-margin-top` (app.css), which leaves room for the label, a hint and a heading. The
/// app after a refused « Suivant » or a line added, the letter page's list of what is missing.
pub fn show(field: &web_sys::Element) {
    field.scroll_into_view();
    if let Some(field) = field.dyn_ref::<web_sys::HtmlElement>() {
        let _ = field.focus();
    }
}

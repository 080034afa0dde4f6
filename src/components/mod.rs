//! Small function components. Each reads the app state from context and sends actions.

pub mod actions_step;
pub mod answer_step;
pub mod clash;
pub mod data_controls;
pub mod debtor_step;
pub mod fields;
pub mod invoice_import;
pub mod invoices_step;
pub mod letter;
pub mod letter_downloads;
pub mod letter_editor;
pub mod letter_filing;
pub mod letter_preview;
pub mod linked;
pub mod parties;
pub mod progress;
pub mod results;
pub mod timeline;

use std::rc::Rc;

use yew::prelude::*;

use crate::choices::Options;
use crate::edit::{Choice, TextField};
use crate::state::{Action, AppState};

/// The app state, shared with every component.
pub type AppContext = UseReducerHandle<AppState>;

#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside the App's ContextProvider")
}

/// What sends actions to the app's reducer: the app state from context (`AppContext`), or its
/// dispatcher alone (`Sender`). The dispatcher never changes, so a component given it as a prop,
/// instead of reading the context, renders again only when its own props change: each invoice
/// of the invoices step (invoices_step.rs).
pub type Sender = UseReducerDispatcher<AppState>;

pub trait Sends {
    fn sender(&self) -> Sender;
}

impl Sends for AppContext {
    fn sender(&self) -> Sender {
        self.dispatcher()
    }
}

impl Sends for Sender {
    fn sender(&self) -> Sender {
        self.clone()
    }
}

/// A callback that types the input's text into `field`.
pub fn set_text(ctx: &dyn Sends, field: TextField) -> Callback<String> {
    let send = ctx.sender();
    Callback::from(move |value: String| send.dispatch(Action::SetText(field, value)))
}

/// A callback that does `action` (a click, a line added or removed).
pub fn act<E: 'static>(ctx: &dyn Sends, action: Action) -> Callback<E> {
    let send = ctx.sender();
    Callback::from(move |_: E| send.dispatch(action.clone()))
}

/// A callback that reads an option's value back into a choice; an unknown value does nothing.
pub fn choose<T: Options>(
    ctx: &dyn Sends,
    choice: impl Fn(T) -> Choice + 'static,
) -> Callback<String> {
    let send = ctx.sender();
    Callback::from(move |value: String| {
        if let Some(option) = T::from_value(&value) {
            send.dispatch(Action::Choose(choice(option)));
        }
    })
}

/// A callback for a box ticked or not.
pub fn tick(ctx: &dyn Sends, choice: fn(bool) -> Choice) -> Callback<bool> {
    let send = ctx.sender();
    Callback::from(move |checked: bool| send.dispatch(Action::Choose(choice(checked))))
}

/// A callback for a pair of radio buttons meaning yes and no: `yes` is the value of yes.
pub fn yes_no(ctx: &dyn Sends, choice: fn(bool) -> Choice, yes: &'static str) -> Callback<String> {
    let send = ctx.sender();
    Callback::from(move |value: String| send.dispatch(Action::Choose(choice(value == yes))))
}

/// The options of a radio group or a select: each choice's value in the page, and its label.
pub fn options<T: Options>(list: &[(T, &str)]) -> Vec<(AttrValue, AttrValue)> {
    list.iter()
        .map(|(choice, label)| {
            (
                AttrValue::from(choice.value()),
                AttrValue::from(label.to_string()),
            )
        })
        .collect()
}

/// The options of a yes/no radio group.
pub fn pair(list: [(&'static str, &str); 2]) -> Vec<(AttrValue, AttrValue)> {
    list.iter()
        .map(|(value, label)| (AttrValue::from(*value), AttrValue::from(label.to_string())))
        .collect()
}

/// A value shared between components: props compare it by identity, since a new value is
/// always a new `Rc`. A deep comparison of the whole assessment cost kilobytes of wasm.
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The assessment of the dossier as read after the last change, recomputed only when the
/// reading or the rates change. None while the questionnaire has a problem to fix: no figure
/// is ever shown from a half-read form. Shared, never copied, with the components that show it.
#[hook]
pub fn use_assessment() -> Option<Shared<engine::Assessment>> {
    let ctx = use_app();
    let today = ctx.today;
    let memo = use_memo(
        // By identity: the reducer makes a new reading or table only when they change.
        (Shared(ctx.reading.clone()), Shared(ctx.rates.clone())),
        move |(reading, rates)| {
            // A problem of the letter page's own fields (a delay, a birth date) changes no
            // figure: the letter stays, with the message beside its field.
            let letter_only = |e: &crate::form::FormError| {
                crate::form::Step::of_field(e.field) == crate::form::Step::Letter
            };
            if !reading.errors.iter().all(letter_only) {
                return None;
            }
            engine::assess_with(&reading.dossier, today, rates)
                .ok()
                .map(|a| Shared(Rc::new(a)))
        },
    );
    (*memo).clone()
}

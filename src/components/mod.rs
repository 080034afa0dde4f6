//! Small function components. Each reads the app state from context and sends actions.

pub mod actions_step;
pub mod answer_step;
pub mod data_controls;
pub mod debtor_step;
pub mod fields;
pub mod invoices_step;
pub mod letter;
pub mod progress;
pub mod results;
pub mod timeline;

use yew::prelude::*;

use crate::form::DossierForm;
use crate::state::{Action, AppState, Edit};

/// The app state, shared with every component.
pub type AppContext = UseReducerHandle<AppState>;

#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside the App's ContextProvider")
}

/// A callback that applies `f` to the form with the new text of an input.
pub fn on_text(
    ctx: &AppContext,
    f: impl Fn(&mut DossierForm, String) + 'static,
) -> Callback<String> {
    let ctx = ctx.clone();
    let f = std::rc::Rc::new(f);
    Callback::from(move |value: String| {
        let f = f.clone();
        ctx.dispatch(Action::Edit(Edit::new(move |form| f(form, value.clone()))));
    })
}

/// A callback that applies `f` to the form.
pub fn on_edit<E: 'static>(
    ctx: &AppContext,
    f: impl Fn(&mut DossierForm) + 'static,
) -> Callback<E> {
    let ctx = ctx.clone();
    let f = std::rc::Rc::new(f);
    Callback::from(move |_: E| {
        let f = f.clone();
        ctx.dispatch(Action::Edit(Edit::new(move |form| f(form))));
    })
}

/// The dossier and its assessment, recomputed only when the form or the date changes.
/// None while the form has a problem to fix: no figure is ever shown from a half-read form.
#[hook]
pub fn use_assessment() -> std::rc::Rc<Option<(engine::Dossier, engine::Assessment)>> {
    let ctx = use_app();
    use_memo(
        (ctx.form.clone(), ctx.today, ctx.rates.clone()),
        |(form, today, rates)| {
            let (dossier, errors) = crate::form::to_dossier(form);
            if !errors.is_empty() {
                return None;
            }
            engine::assess_with(&dossier, *today, rates)
                .ok()
                .map(|a| (dossier, a))
        },
    )
}

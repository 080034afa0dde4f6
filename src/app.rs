//! The root component: holds the reducer, calls the hooks that save every change and move
//! the focus (app_hooks.rs), and lays out the current step.

use std::rc::Rc;

use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app_hooks::{
    use_first_render, use_focus_moves, use_import_backup, use_new_day, use_rates_file,
    use_results_told_to_host, use_saved_across_tabs, use_steps_in_history,
};

use crate::components::actions_step::ActionsStep;
use crate::components::answer_step::AnswerStep;
use crate::components::clash::ClashQuestion;
use crate::components::data_controls::DataControls;
use crate::components::debtor_step::DebtorStep;
use crate::components::invoices_step::InvoicesStep;
use crate::components::letter::LetterView;
use crate::components::progress::Progress;
use crate::components::results::Results;
use crate::components::AppContext;
use crate::embed::EmbedConfig;
use crate::form::Step;
use crate::state::{Action, AppState};
use crate::storage::{self, Keys};

/// Today's date in the visitor's time zone: the UI owns the clock, the engine never reads one.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(NaiveDate::MIN)
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The embedding's settings; the default is the standalone page.
    #[prop_or_default]
    pub config: Rc<EmbedConfig>,
    /// embed.js's function that hands its static first paint over to the app, called once
    /// after the first render (static/embed.js, `takeOver`). None in tests.
    #[prop_or_default]
    pub first_rendered: Option<js_sys::Function>,
    /// Rendered natively for the static first paint (examples/first_paint.rs): an empty
    /// dossier on this day, nothing read from the browser.
    #[prop_or_default]
    pub first_paint: Option<NaiveDate>,
    /// A long stored dossier, read in the task before this first render (lib.rs, `mount`).
    #[prop_or_default]
    pub preloaded: Option<storage::Preloaded>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| {
        if let Some(day) = props.first_paint {
            return AppState::new(storage::Loaded::Nothing, day, props.config.clone());
        }
        let keys = Keys::new(props.config.namespace.as_deref());
        let preloaded = props.preloaded.as_ref().and_then(|p| p.take(&keys));
        // A namespace the site got wrong: memory only, never another embedding's dossier.
        let loaded = if props.config.storage_refused {
            storage::Loaded::Unavailable
        } else {
            preloaded.unwrap_or_else(|| storage::load(&keys))
        };
        AppState::new(loaded, today(), props.config.clone())
    });
    let settled = use_first_render(props);
    use_rates_file(&state);
    use_import_backup(&state);
    use_saved_across_tabs(&state);
    use_new_day(&state);
    use_steps_in_history(&state);
    let (heading, main) = use_focus_moves(&state);
    use_results_told_to_host(&state);

    let step = state.step;
    // « Suivant » never relies on form submission: a frame sandboxed without allow-forms
    // blocks it silently. The button acts on click, and Enter in a one-line field acts here.
    let next = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Next))
    };
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            let in_input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some();
            if e.key() == "Enter" && in_input {
                e.prevent_default();
                state.dispatch(Action::Next);
            }
        })
    };
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Back))
    };
    let blocked = state.attempted.contains(&step) && !state.visible_errors(step).is_empty();

    let app = html! {
            <div class="fi-app">
                <header class="fi-header">
                    <h1>{ "Facture impayée : ce qui vous est dû" }</h1>
                    <p class="fi-tagline">{ "Calculez pénalités et indemnités, et sachez quoi faire ensuite, selon le droit français." }</p>
                </header>
                <Progress />
                if settled {
                <main class="fi-main" ref={main}>
                    <h2 ref={heading} tabindex="-1" class="fi-step-title">{ step.title() }</h2>
                    <ClashQuestion />
                    if matches!(step, Step::Results | Step::Letter) {
                        { results_step(step) }
                    } else {
                        <form class="fi-form" novalidate=true onsubmit={onsubmit} onkeydown={onkeydown}>
                            if blocked {
                                <p class="fi-error fi-error--summary" role="alert">{ "Certaines réponses sont à corriger ou à compléter : voyez les messages ci-dessous." }</p>
                            }
                            { match step {
                                Step::Debtor => html! { <DebtorStep /> },
                                Step::Invoices => html! { <InvoicesStep /> },
                                Step::Actions => html! { <ActionsStep /> },
                                _ => html! { <AnswerStep /> },
                            } }
                            <div class="fi-nav">
                                if step != Step::Debtor {
                                    <button type="button" class="fi-button fi-button--secondary" onclick={back}>{ "Précédent" }</button>
                                }
                                <button type="button" class="fi-button" onclick={next}>
                                    { if step == Step::Answer { "Voir le résultat" } else { "Suivant" } }
                                </button>
                            </div>
                        </form>
                    }
                </main>
                <DataControls />
                }
            </div>
    };
    html! {
        <ContextProvider<AppContext> context={state.clone()}>{ app }</ContextProvider<AppContext>>
    }
}

/// The results and the letter.
fn results_step(step: Step) -> Html {
    if step == Step::Letter {
        html! { <LetterView /> }
    } else {
        html! { <Results /> }
    }
}

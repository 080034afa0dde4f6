//! The root component: holds the reducer, saves every change, moves focus between steps,
//! and lays out the current step.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::actions_step::ActionsStep;
use crate::components::answer_step::AnswerStep;
use crate::components::clash::ClashQuestion;
use crate::components::data_controls::DataControls;
use crate::components::debtor_step::DebtorStep;
#[cfg(not(feature = "results"))]
use crate::components::handover::Handover;
use crate::components::invoices_step::InvoicesStep;
#[cfg(feature = "results")]
use crate::components::letter::LetterView;
use crate::components::progress::Progress;
#[cfg(feature = "results")]
use crate::components::results::Results;
use crate::components::AppContext;
#[cfg(feature = "results")]
use crate::documents_module::{self, Documents, DocumentsContext};
use crate::embed::EmbedConfig;
use crate::form::{DossierForm, Step};
#[cfg(feature = "results")]
use crate::host_events::{self, HostEvent};
use crate::protocol::{self, Base, Incoming, Saved};
use crate::state::{Action, AppState, Notice, Persistence};
use crate::storage::{self, Keys, WebStore};

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
    /// embed.js's function that imports the documents module; None in tests: the letters
    /// then say they cannot be had.
    #[prop_or_default]
    pub documents: Option<js_sys::Function>,
    /// embed.js's function that hands its static first paint over to the app, called once
    /// after the first render (static/embed.js, `takeOver`). None in tests.
    #[prop_or_default]
    pub first_rendered: Option<js_sys::Function>,
    /// Rendered natively for the static first paint (examples/first_paint.rs): an empty
    /// dossier on this day, nothing read from the browser.
    #[prop_or_default]
    pub first_paint: Option<NaiveDate>,
    /// In the questionnaire module, embed.js's way to the whole app: called with nothing when
    /// the visitor moves past the first step (it starts loading), with the stored dossier's
    /// JSON on the results, where the whole app takes over, and with `false` if the visitor
    /// leaves the results before it has (components/handover.rs).
    #[prop_or_default]
    pub results: Option<js_sys::Function>,
    /// In the whole app, the dossier the questionnaire handed over (`storage::encode`).
    #[prop_or_default]
    pub handed: Option<String>,
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
        let handed = props.handed.as_deref().map(crate::protocol::read_handover);
        match handed.map(|(_, said, text)| (said, storage::decode(text))) {
            Some((said, Ok(handed))) => {
                let said = Notice::handed_over(said);
                AppState::handed_over(loaded, handed, said, today(), props.config.clone())
            }
            _ => AppState::new(loaded, today(), props.config.clone()),
        }
    });
    let handed = props.handed.is_some();

    // Behind embed.js's static first step, the app's first display comes in two renders, each
    // in a task of its own: the header and the progress, then the step and the data controls.
    // That first render is the page's longest task (V8 compiles each function as it first
    // runs), and Yew does all of a first render at once. Nothing of it is on the page yet.
    let settled = use_state(|| props.first_rendered.is_none() || handed);
    {
        let settled = settled.clone();
        use_effect_with((), move |_| {
            if !*settled {
                crate::after_paint::next_task(Box::new(move || settled.set(true)));
            }
        });
    }
    // After the first whole render, before it is painted: embed.js replaces its static first
    // paint with it, replaying what was typed meanwhile; and a mark for the benchmark.
    {
        let first_rendered = props.first_rendered.clone();
        use_effect_with(*settled, move |&settled| {
            if settled {
                if let Some(f) = first_rendered {
                    let _ = f.call0(&wasm_bindgen::JsValue::NULL);
                }
                crate::marks::mark("facture-impayee:interactive");
            }
        });
    }

    // The site's rates file, read after the first render so it never delays it.
    #[cfg(feature = "results")]
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if let Some(url) = state.config.rates_url.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = crate::rates_loader::load(&url).await;
                    state.dispatch(Action::RatesLoaded(loaded));
                });
            }
        });
    }

    // The dossier an import replaced: found at start, kept whenever it changes.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if state.persistence.saves() {
                if let Some(backup) = storage::load_backup(&state.keys()) {
                    state.dispatch(Action::BackupLoaded(Box::new(backup)));
                }
            }
        });
    }
    {
        let keys = state.keys();
        let saves = state.persistence.saves();
        use_effect_with(state.backup.clone(), move |backup| {
            if let (Some(backup), true) = (backup, saves) {
                storage::save_backup(&keys, backup);
            }
        });
    }

    // Other tabs on the same dossier (src/protocol.rs): what they save is taken in here, merged
    // with this tab's changes; a save merges what another tab saved since this one last read,
    // and a newer version's dossier is never written over. A change taken in is not saved back
    // (two tabs on different steps would write each other's step forever): `taken_in` holds
    // its answers, and the save that sees them skips.
    let base = use_mut_ref(|| {
        let handed = props.handed.as_deref().map(crate::protocol::read_handover);
        match handed {
            // The questionnaire's own base: a tab's write since then is merged, not lost (F2).
            Some((Some(revision), _, text)) => Base {
                revision,
                text: Some(text.to_string()),
            },
            _ => Base::read(&WebStore, &state.keys()),
        }
    });
    let taken_in: Rc<RefCell<Option<DossierForm>>> = use_mut_ref(|| None);
    let tab = *use_memo((), |_| protocol::new_tab_id());
    {
        let state = state.clone();
        let base = base.clone();
        let taken_in = taken_in.clone();
        use_effect_with((), move |_| {
            let keys = state.keys();
            let watched = [keys.dossier.clone(), keys.revision.clone()];
            let listener = crate::sync::listen(watched, move || {
                match protocol::incoming(&WebStore, &keys, &mut base.borrow_mut()) {
                    Incoming::Nothing | Incoming::Left => {}
                    Incoming::Erased => {
                        *taken_in.borrow_mut() = Some(DossierForm::default());
                        state.dispatch(Action::ErasedElsewhere);
                    }
                    // Merged by the reducer into the dossier as it is when the action runs.
                    Incoming::Take { base, theirs, form } => {
                        *taken_in.borrow_mut() = Some(form.form);
                        state.dispatch(Action::TakeIn {
                            base: base.map(Rc::from),
                            theirs: Rc::from(theirs),
                            tab,
                        });
                    }
                    Incoming::Newer => state.dispatch(Action::NewerElsewhere),
                }
            });
            move || drop(listener)
        });
    }

    // Every change of the dossier is saved, again after a full storage refused one (space
    // may have been freed); what changes is said. Blocked storage is not tried again.
    {
        let state = state.clone();
        use_effect_with(state.stored(), move |stored| {
            let taken = taken_in.borrow_mut().take();
            if taken.as_ref() == Some(&stored.form) || !state.persistence.saves() {
                return;
            }
            let keys = state.keys();
            match protocol::save(&mut WebStore, &keys, &mut base.borrow_mut(), stored, tab) {
                Ok(Saved::Unchanged | Saved::Written) => {
                    if matches!(state.persistence, Persistence::Full | Persistence::TooLarge) {
                        state.dispatch(Action::Saved(Ok(())));
                    }
                }
                // What was saved, merged into the dossier as it is now: a key typed since this
                // save began is kept, and saved next.
                Ok(Saved::Merged {
                    dossier,
                    text,
                    own,
                    both,
                }) => {
                    *taken_in.borrow_mut() = Some(dossier.form);
                    state.dispatch(Action::TakeIn {
                        base: Some(Rc::from(own)),
                        theirs: Rc::from(text),
                        tab,
                    });
                    if let Some(clash) = protocol::lost(&both) {
                        state.dispatch(Action::Clashed(Rc::new(clash)));
                    }
                }
                Ok(Saved::Newer) => state.dispatch(Action::NewerElsewhere),
                // Another version's or a damaged text: left to the tab that wrote it.
                Ok(Saved::Left) => {}
                Err(e) => state.dispatch(Action::Saved(Err(e))),
            }
        });
    }

    // A tab left open: the date moves at midnight and when the tab comes back into view (F10).
    // The whole app only: the questionnaire's watch outlived its destroy (an interval firing
    // into a dropped closure after the handover), and the whole app takes today's date anew.
    #[cfg(feature = "results")]
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let send = state.clone();
            let watch =
                crate::day::watch(state.today, move |day| send.dispatch(Action::NewDay(day)));
            move || drop(watch)
        });
    }

    // Back and Forward move between steps: each step shown is an entry of the history (same
    // address); going back to one shows it again without adding an entry.
    let from_history = use_mut_ref(|| false);
    {
        let state = state.clone();
        let from_history = from_history.clone();
        use_effect_with((), move |_| {
            let widget = state.keys().dossier;
            // Taking over from the questionnaire, the entry is there already: the questionnaire
            // wrote it for its results step. (`#[cfg]`, not `cfg!`: a `handed` captured by the
            // questionnaire's closures cost 300 B of its first load, as did `cfg!` below.)
            #[cfg(feature = "results")]
            if !handed {
                crate::history::record(&widget, state.step, true);
            }
            #[cfg(not(feature = "results"))]
            crate::history::record(&widget, state.step, true);
            let listener = crate::history::listen(widget, move |step| {
                *from_history.borrow_mut() = true;
                state.dispatch(Action::GoTo(step));
            });
            move || drop(listener)
        });
    }
    {
        let widget = state.keys().dossier;
        let from_history = from_history.clone();
        let shown = use_mut_ref(|| state.step);
        use_effect_with(state.step, move |step| {
            let changed = *shown.borrow() != *step;
            *shown.borrow_mut() = *step;
            let went_back = std::mem::take(&mut *from_history.borrow_mut());
            if changed && !went_back {
                crate::history::record_change(widget, *step);
            }
        });
    }

    // On a change of step (not on first display: the host page keeps its focus), focus
    // moves to the new step's heading.
    let heading = use_node_ref();
    // The whole app taking over from the questionnaire shows the step the visitor asked for.
    let shown_step = use_mut_ref(|| (!handed).then_some(state.step));
    {
        let heading = heading.clone();
        use_effect_with(state.step, move |step| {
            if *shown_step.borrow() != Some(*step) {
                *shown_step.borrow_mut() = Some(*step);
                if let Some(h) = heading.cast::<HtmlElement>() {
                    let _ = h.focus();
                    h.scroll_into_view();
                }
            }
        });
    }

    // « Suivant » refused: focus goes to the first field to correct, scrolled into view (the
    // summary above the fields announces why). Nothing moves on a first display.
    let main = use_node_ref();
    {
        let state = state.clone();
        let main = main.clone();
        use_effect_with(state.refusals, move |refusals| {
            if *refusals > 0 {
                // The first field in error, or message, in reading order: what is flagged on
                // screen is what this step shows (`visible_errors`).
                let target = main.cast::<web_sys::Element>().and_then(|root| {
                    root.query_selector(
                        "[aria-invalid=\"true\"], .fi-error:not(.fi-error--summary)",
                    )
                    .ok()
                    .flatten()
                });
                if let Some(el) = target {
                    crate::components::fields::show(&el);
                }
            }
        });
    }
    // A line added or removed: its first field, or the list's add button, takes the focus.
    {
        let state = state.clone();
        let main = main.clone();
        use_effect_with(state.focus.0, move |moves| {
            let target = main
                .cast::<web_sys::Element>()
                .filter(|_| *moves > 0)
                .and_then(|root| {
                    root.query_selector(&format!("#{}", state.focus.1))
                        .ok()
                        .flatten()
                });
            if let Some(el) = target {
                crate::components::fields::show(&el);
            }
        });
    }

    #[cfg(feature = "results")]
    let documents_context = use_documents_module(props, state.step);
    // The questionnaire: the whole app starts loading once the visitor moves past the first step.
    #[cfg(not(feature = "results"))]
    {
        let results = props.results.clone();
        use_effect_with(state.step != Step::Debtor, move |moved| {
            if let (true, Some(f)) = (*moved, results) {
                let _ = f.call0(&wasm_bindgen::JsValue::NULL);
            }
        });
    }
    // The host page may listen for the results being shown (src/host_events.rs); the
    // questionnaire leaves that to the whole app, which shows them.
    #[cfg(feature = "results")]
    {
        let host = state.config.host.clone();
        use_effect_with(state.step, move |step| {
            if *step == Step::Results {
                host_events::emit(host.as_ref(), HostEvent::Results);
            }
        });
    }

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
                if *settled {
                <main class="fi-main" ref={main}>
                    <h2 ref={heading} tabindex="-1" class="fi-step-title">{ step.title() }</h2>
                    <ClashQuestion />
                    if matches!(step, Step::Results | Step::Letter) {
                        { results_step(step, props) }
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
    #[cfg(feature = "results")]
    let app = html! {
        <ContextProvider<DocumentsContext> context={documents_context}>{ app }</ContextProvider<DocumentsContext>>
    };
    html! {
        <ContextProvider<AppContext> context={state.clone()}>{ app }</ContextProvider<AppContext>>
    }
}

/// The results and the letter.
#[cfg(feature = "results")]
fn results_step(step: Step, _props: &AppProps) -> Html {
    if step == Step::Letter {
        html! { <LetterView /> }
    } else {
        html! { <Results /> }
    }
}

/// The questionnaire module has no results: it hands the dossier over to the whole app.
#[cfg(not(feature = "results"))]
fn results_step(_step: Step, props: &AppProps) -> Html {
    html! { <Handover results={props.results.clone()} /> }
}

/// The documents module, asked for on the results (the letter is one click away), once;
/// after a failure, again when the visitor asks.
#[cfg(feature = "results")]
#[hook]
fn use_documents_module(props: &AppProps, step: Step) -> DocumentsContext {
    let documents = use_state(|| Documents::Idle);
    let attempt = use_state(|| 0u32);
    {
        let documents = documents.clone();
        let loader = props.documents.clone();
        let wanted = matches!(step, Step::Results | Step::Letter);
        use_effect_with((wanted, *attempt), move |(wanted, _)| {
            if *wanted && *documents == Documents::Idle {
                match loader {
                    None => documents.set(Documents::Failed),
                    Some(loader) => {
                        documents.set(Documents::Loading);
                        wasm_bindgen_futures::spawn_local(async move {
                            documents.set(match documents_module::load(&loader).await {
                                Ok(module) => Documents::Ready(module),
                                Err(()) => Documents::Failed,
                            });
                        });
                    }
                }
            }
        });
    }
    let state = (*documents).clone();
    let retry = Callback::from(move |()| {
        documents.set(Documents::Idle);
        attempt.set(*attempt + 1);
    });
    DocumentsContext { state, retry }
}

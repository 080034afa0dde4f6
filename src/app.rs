//! The app's state as one reducer (in the manner of Yew's function_todomvc example),
//! and the components that render it.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::storage::{self, Loaded, StoredDossier, SCHEMA_VERSION};

/// Whether what the visitor types is being kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    Saved,
    /// The stored dossier was unreadable: set aside, started fresh.
    RestartedAfterUnreadable,
    /// Storage blocked or full: the app works in memory only.
    MemoryOnly,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub dossier: StoredDossier,
    pub persistence: Persistence,
}

pub enum Action {
    SetAmount(String),
    /// The storage refused the last save.
    StorageFailed,
}

impl AppState {
    pub fn from_storage(loaded: Loaded) -> Self {
        let fresh = StoredDossier {
            version: SCHEMA_VERSION,
            ..StoredDossier::default()
        };
        let (dossier, persistence) = match loaded {
            Loaded::Dossier(d) => (d, Persistence::Saved),
            Loaded::Nothing => (fresh, Persistence::Saved),
            Loaded::Unreadable => (fresh, Persistence::RestartedAfterUnreadable),
            Loaded::Unavailable => (fresh, Persistence::MemoryOnly),
        };
        AppState {
            dossier,
            persistence,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetAmount(text) => next.dossier.amount_input = text,
            Action::StorageFailed => next.persistence = Persistence::MemoryOnly,
        }
        Rc::new(next)
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::from_storage(storage::load()));

    // Every change is saved; a refusal switches to memory-only and says so.
    {
        let state = state.clone();
        use_effect_with(state.dossier.clone(), move |dossier| {
            if state.persistence != Persistence::MemoryOnly && !storage::save(dossier) {
                state.dispatch(Action::StorageFailed);
            }
        });
    }

    let on_amount = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::SetAmount(input.value()));
        })
    };

    html! {
        <main class="fi-app">
            <h1>{ "Facture impayée : ce qui vous est dû" }</h1>
            <PersistenceNote persistence={state.persistence} />
            <AmountField value={state.dossier.amount_input.clone()} oninput={on_amount} />
        </main>
    }
}

#[derive(Properties, PartialEq)]
pub struct PersistenceNoteProps {
    pub persistence: Persistence,
}

#[function_component(PersistenceNote)]
fn persistence_note(props: &PersistenceNoteProps) -> Html {
    let text = match props.persistence {
        Persistence::Saved => "Vos données restent dans ce navigateur : rien n'est envoyé.",
        Persistence::RestartedAfterUnreadable => {
            "Le dossier enregistré était illisible : il a été mis de côté et un nouveau dossier commence."
        }
        Persistence::MemoryOnly => {
            "Ce navigateur bloque l'enregistrement : vos réponses ne seront pas conservées après fermeture de la page."
        }
    };
    html! { <p class="fi-privacy" role="status">{ text }</p> }
}

#[derive(Properties, PartialEq)]
pub struct AmountFieldProps {
    pub value: String,
    pub oninput: Callback<InputEvent>,
}

/// The invoice amount, with its French error message beside it.
#[function_component(AmountField)]
pub fn amount_field(props: &AmountFieldProps) -> Html {
    let error = if props.value.trim().is_empty() {
        None
    } else {
        engine::parse_amount(&props.value).err()
    };
    let preview = engine::parse_amount(&props.value)
        .ok()
        .map(engine::format_euros);
    html! {
        <div class="fi-field">
            <label for="fi-amount">{ "Montant TTC de la facture" }</label>
            <input id="fi-amount" name="amount" type="text" inputmode="decimal"
                autocomplete="off" value={props.value.clone()} oninput={props.oninput.clone()}
                aria-invalid={error.is_some().to_string()}
                aria-describedby={error.as_ref().map(|_| "fi-amount-error")} />
            if let Some(error) = error {
                <p id="fi-amount-error" class="fi-error">{ error.to_string() }</p>
            } else if let Some(preview) = preview {
                <p class="fi-hint">{ preview }</p>
            }
        </div>
    }
}

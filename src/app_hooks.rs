//! The root component's effects, each a hook named for what it keeps: the first display in two
//! renders, the rates file, the import backup, the other tabs, today's date, Back and Forward,
//! and where the focus goes. `App` (app.rs) calls them in this order and lays out the step.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::AppProps;
use crate::components::AppContext;
use crate::form::{DossierForm, Step};
use crate::protocol::{self, Base, Incoming, Saved};
use crate::state::{Action, Persistence};
use crate::storage::{self, WebStore};

/// Behind embed.js's static first step, the app's first display comes in two renders, each
/// in a task of its own: the header and the progress, then the step and the data controls.
/// That first render is the page's longest task (V8 compiles each function as it first
/// runs), and Yew does all of a first render at once. Nothing of it is on the page yet.
/// Returns whether the second render has come.
#[hook]
pub fn use_first_render(props: &AppProps) -> bool {
    let settled = use_state(|| props.first_rendered.is_none());
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
    *settled
}

/// The site's rates file, read after the first render so it never delays it.
#[hook]
pub fn use_rates_file(state: &AppContext) {
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

/// The dossier an import replaced: found at start, kept whenever it changes.
#[hook]
pub fn use_import_backup(state: &AppContext) {
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
    let keys = state.keys();
    let saves = state.persistence.saves();
    use_effect_with(state.backup.clone(), move |backup| {
        if let (Some(backup), true) = (backup, saves) {
            storage::save_backup(&keys, backup);
        }
    });
}

/// Other tabs on the same dossier (src/protocol.rs): what they save is taken in here, merged
/// with this tab's changes; a save merges what another tab saved since this one last read,
/// and a newer version's dossier is never written over. A change taken in is not saved back
/// (two tabs on different steps would write each other's step forever): `taken_in` holds
/// its answers, and the save that sees them skips.
/// Every change of the dossier is saved, again after a full storage refused one (space may
/// have been freed); what changes is said. Blocked storage is not tried again.
#[hook]
pub fn use_saved_across_tabs(state: &AppContext) {
    let base = use_mut_ref(|| Base::read(&WebStore, &state.keys()));
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
    let state = state.clone();
    use_effect_with(state.stored(), move |stored| {
        let taken = taken_in.borrow_mut().take();
        if taken.as_ref() == Some(&stored.form) || !state.persistence.saves() {
            return;
        }
        let keys = state.keys();
        if let Some(kept) = &state.kept_over {
            protocol::stamp_from(&mut base.borrow_mut(), kept);
        }
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

/// A tab left open: the date moves at midnight and when the tab comes back into view (F10).
#[hook]
pub fn use_new_day(state: &AppContext) {
    let state = state.clone();
    use_effect_with((), move |_| {
        let send = state.clone();
        let watch = crate::day::watch(state.today, move |day| send.dispatch(Action::NewDay(day)));
        move || drop(watch)
    });
}

/// Back and Forward move between steps: each step shown is an entry of the history (same
/// address); going back to one shows it again without adding an entry.
#[hook]
pub fn use_steps_in_history(state: &AppContext) {
    let from_history = use_mut_ref(|| false);
    {
        let state = state.clone();
        let from_history = from_history.clone();
        use_effect_with((), move |_| {
            let widget = state.keys().dossier;
            crate::history::record(&widget, state.step, true);
            let listener = crate::history::listen(widget, move |step| {
                *from_history.borrow_mut() = true;
                state.dispatch(Action::GoTo(step));
            });
            move || drop(listener)
        });
    }
    let widget = state.keys().dossier;
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

/// Where the focus goes: on a change of step (not on first display: the host page keeps its
/// focus), to the new step's heading; after a refused « Suivant », to the first field to
/// correct; after a line is added or removed, to its first field or the list's add button.
/// Returns the heading's and the step's node refs.
#[hook]
pub fn use_focus_moves(state: &AppContext) -> (NodeRef, NodeRef) {
    let heading = use_node_ref();
    let shown_step = use_mut_ref(|| Some(state.step));
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
    // « Suivant » refused: the summary above the fields announces why. Nothing moves on a first
    // display.
    let main = use_node_ref();
    {
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
    (heading, main)
}

/// The host page may listen for the results being shown (src/host_events.rs).
#[hook]
pub fn use_results_told_to_host(state: &AppContext) {
    let host = state.config.host.clone();
    use_effect_with(state.step, move |step| {
        if *step == Step::Results {
            crate::host_events::emit(host.as_ref(), crate::host_events::HostEvent::Results);
        }
    });
}

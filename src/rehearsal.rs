//! A rehearsal of the results, away from the page, before the visitor asks for them. V8
//! compiles each WebAssembly function the first time it runs: on a first visit that was about
//! 40 ms of the click on « Voir le résultat », when the whole app took over from the
//! questionnaire (docs/PERFORMANCE.md). So once the whole app is loaded and the page is
//! idle, embed.js has it render the results of a sample dossier into an element that is never
//! on the page, then drops it. Only components that neither save, nor write the history, nor
//! tell the host page anything render here: no `App`.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::data_controls::DataControls;
use crate::components::progress::Progress;
use crate::components::results::Results;
use crate::components::AppContext;
use crate::form::{Step, TermChoice};
use crate::state::AppState;
use crate::storage::{Loaded, StoredDossier};

/// One invoice long overdue: the results' usual path (figures, advice, timeline).
fn sample() -> StoredDossier {
    let mut dossier = StoredDossier {
        step: Step::Results,
        reached: Step::Results,
        ..StoredDossier::default()
    };
    if let Some(invoice) = dossier.form.invoices.first_mut() {
        invoice.amount = "1000".to_string();
        invoice.issue_date = "2024-03-10".to_string();
        invoice.term = TermChoice::DueDate;
        invoice.due_date = "2024-04-10".to_string();
    }
    dossier
}

#[function_component(Rehearsal)]
pub fn rehearsal() -> Html {
    let state = use_reducer(|| {
        let sample = Loaded::Dossier(Box::new(sample()));
        AppState::new(sample, crate::app::today(), Rc::default())
    });
    html! {
        <ContextProvider<AppContext> context={state}>
            <div class="fi-app"><Progress /><Results /><DataControls /></div>
        </ContextProvider<AppContext>>
    }
}

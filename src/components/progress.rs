//! « Étape 2 sur 5 », and the list of steps: every step already reached can be reopened,
//! the later ones too after « Modifier » from the results.

use yew::prelude::*;

use super::use_app;
use crate::form::Step;
use crate::state::Action;

#[function_component(Progress)]
pub fn progress() -> Html {
    let ctx = use_app();
    let current = ctx.step;
    html! {
        <nav class="fi-progress" aria-label="Étapes">
            <p class="fi-progress__count">{ format!("Étape {} sur {}", current.number(), Step::ALL.len()) }</p>
            <ol>
                { for Step::ALL.iter().map(|step| {
                    let step = *step;
                    let label = format!("{}. {}", step.number(), short(step));
                    if step == current {
                        html! { <li class="fi-progress__current" aria-current="step">{ label }</li> }
                    } else if step <= ctx.reached {
                        let ctx = ctx.clone();
                        let onclick = Callback::from(move |_: MouseEvent| ctx.dispatch(Action::GoTo(step)));
                        html! { <li><button type="button" class="fi-link" onclick={onclick}>{ label }</button></li> }
                    } else {
                        html! { <li class="fi-progress__later">{ label }</li> }
                    }
                }) }
            </ol>
        </nav>
    }
}

fn short(step: Step) -> &'static str {
    match step {
        Step::Debtor => "Débiteur",
        Step::Invoices => "Factures",
        Step::Actions => "Démarches",
        Step::Answer => "Réponse",
        Step::Results => "Résultats",
        Step::Letter => "Lettre",
    }
}

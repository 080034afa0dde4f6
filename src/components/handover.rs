//! The results step of the questionnaire module (the app without its `results` feature): the
//! dossier goes to the whole app, which static/embed.js loads and puts in this one's place
//! (docs/ARCHITECTURE.md). Shown only while that takes longer than a glance, or if it fails.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::components::use_app;
use crate::state::Notice;
use crate::storage;

pub const UNAVAILABLE: &str = "Le résultat n'a pas pu être chargé (connexion interrompue ?). \
                               Vos réponses sont conservées : réessayez.";

#[derive(Properties, PartialEq)]
pub struct HandoverProps {
    /// embed.js's way to the whole app (`AppProps::results`); None when there is none.
    pub results: Option<js_sys::Function>,
}

#[function_component(Handover)]
pub fn handover(props: &HandoverProps) -> Html {
    let ctx = use_app();
    let failed = use_state(|| false);
    let attempt = use_state(|| 0u32);
    {
        let failed = failed.clone();
        let results = props.results.clone();
        // The dossier as it is stored: the whole app reads it as it would after a reload.
        // With the revision it was read at, so the whole app merges what another tab saves
        // meanwhile instead of writing over it (PROBE F2; src/protocol.rs).
        let dossier = crate::protocol::handover_text(
            storage::revision(&ctx.keys()),
            Notice::handed(ctx.notice.as_ref()),
            &storage::encode(&ctx.stored()),
        );
        use_effect_with(*attempt, move |_| {
            let asked = results
                .clone()
                .ok_or(JsValue::NULL)
                .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_str(&dossier)))
                .and_then(|p| p.dyn_into::<js_sys::Promise>());
            match asked {
                // It settles only on a failure: on success this app is stopped.
                Ok(promise) => wasm_bindgen_futures::spawn_local(async move {
                    if JsFuture::from(promise).await.is_err() {
                        failed.set(true);
                    }
                }),
                Err(_) => failed.set(true),
            }
            // The visitor left the results before the whole app came (a step clicked, Back):
            // it must not take over with this dossier, which they may now change.
            move || {
                if let Some(f) = results {
                    let _ = f.call1(&JsValue::NULL, &JsValue::FALSE);
                }
            }
        });
    }
    if *failed {
        let retry = {
            let (failed, attempt) = (failed.clone(), attempt.clone());
            Callback::from(move |_: MouseEvent| {
                failed.set(false);
                attempt.set(*attempt + 1);
            })
        };
        html! {
            <div class="fi-alert" role="alert">
                <p>{ UNAVAILABLE }</p>
                <button type="button" class="fi-button" onclick={retry}>{ "Réessayer" }</button>
            </div>
        }
    } else {
        html! { <p class="fi-hint fi-pending" role="status">{ "Calcul du résultat…" }</p> }
    }
}

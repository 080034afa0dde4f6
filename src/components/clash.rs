//! A text typed here at the same moment as another, in the same field, in another tab: the
//! one kept (the same in every tab), the one replaced, and the choice to take it back
//! (`protocol::lost`; ISSUE 35: asked about only when the same field changed in both).

use engine::json::Json;
use yew::prelude::*;

use super::{act, use_app};
use crate::state::Action;

#[function_component(ClashQuestion)]
pub fn clash_question() -> Html {
    let ctx = use_app();
    let Some(clash) = ctx.clash.as_deref() else {
        return html! {};
    };
    let (mine, theirs) = (quoted(&clash.mine), quoted(&clash.theirs));
    html! {
        <div class="fi-confirm fi-clash" role="alert">
            <p>{ format!(
                "Le même champ vient d'être modifié ici et dans un autre onglet : {mine} ici, {theirs} là-bas. C'est {theirs} qui est gardé, dans les deux onglets."
            ) }</p>
            <button type="button" class="fi-button" onclick={act::<MouseEvent>(&ctx, Action::Resolve(true))}>{ format!("Reprendre {mine}") }</button>
            <button type="button" class="fi-button fi-button--secondary" onclick={act::<MouseEvent>(&ctx, Action::Resolve(false))}>{ format!("Garder {theirs}") }</button>
        </div>
    }
}

/// A value as the visitor recognises it: a date in words, a long text cut short.
fn quoted(value: &Json) -> String {
    let Json::String(text) = value else {
        return String::new();
    };
    let text = text.trim();
    if text.is_empty() {
        return "un champ vide".into();
    }
    let shown = match engine::format::parse_date(text) {
        Some(day) if text.len() == 10 => engine::format::date_fr(day),
        _ if text.chars().count() > 60 => format!("{}…", text.chars().take(60).collect::<String>()),
        _ => text.to_string(),
    };
    format!("«\u{a0}{shown}\u{a0}»")
}

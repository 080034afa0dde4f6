//! Step 4: what the debtor says, and whether the relationship is worth keeping.

use yew::prelude::*;

use super::fields::{error_for, Choice, Field, Kind};
use super::{on_text, use_app};
use crate::form::{PositionChoice, Step};

#[function_component(AnswerStep)]
pub fn answer_step() -> Html {
    let ctx = use_app();
    let form = &ctx.form;
    let errors = ctx.visible_errors(Step::Answer);
    let position = match form.position {
        PositionChoice::Silent => "silent",
        PositionChoice::Promised => "promised",
        PositionChoice::DisputesPart => "part",
        PositionChoice::DisputesAll => "all",
    };
    let set_position = on_text(&ctx, |f, v| {
        f.position = match v.as_str() {
            "promised" => PositionChoice::Promised,
            "part" => PositionChoice::DisputesPart,
            "all" => PositionChoice::DisputesAll,
            _ => PositionChoice::Silent,
        }
    });
    let options = |list: &[(&'static str, &'static str)]| -> Vec<(AttrValue, AttrValue)> {
        list.iter()
            .map(|(v, l)| (AttrValue::from(*v), AttrValue::from(*l)))
            .collect()
    };
    html! {
        <>
            <Choice name="position" legend="Votre débiteur…" selected={position} onchange={set_position}
                options={options(&[
                    ("silent", "ne répond pas"),
                    ("promised", "a promis de payer, mais ne paie pas"),
                    ("part", "conteste une partie de la facture"),
                    ("all", "conteste toute la facture"),
                ])} />
            if form.position == PositionChoice::DisputesPart {
                <Field path="position.amount" label="Montant contesté" kind={Kind::Amount} required=true
                    value={form.disputed_amount.clone()} error={error_for(&errors, "position.amount")}
                    oninput={on_text(&ctx, |f, v| f.disputed_amount = v)} />
            }
            <Choice name="keep" legend="Souhaitez-vous continuer à travailler avec ce client ?"
                selected={if form.keep_relationship { "yes" } else { "no" }}
                onchange={on_text(&ctx, |f, v| f.keep_relationship = v == "yes")}
                hint="Si oui, on commence par une relance courtoise ; sinon, on peut passer directement à la mise en demeure."
                options={options(&[("yes", "oui, la relation compte"), ("no", "non, je veux surtout être payé")])} />
        </>
    }
}

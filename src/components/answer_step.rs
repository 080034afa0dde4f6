//! Step 4: what the debtor says, and whether the relationship is worth keeping.

use yew::prelude::*;

use super::fields::{error_for, Choice, Field, Kind};
use super::{choose, options, pair, set_text, use_app, yes_no};
use crate::choices::Options;
use crate::edit::{self, TextField};
use crate::form::{PositionChoice, Step};

#[function_component(AnswerStep)]
pub fn answer_step() -> Html {
    let ctx = use_app();
    let form = &ctx.form;
    let errors = ctx.visible_errors(Step::Answer);
    html! {
        <>
            <Choice name="position" legend="Votre débiteur…" selected={form.position.value()}
                onchange={choose(&ctx, edit::Choice::Position)}
                options={options(&[
                    (PositionChoice::Silent, "ne répond pas"),
                    (PositionChoice::Promised, "a promis de payer, mais ne paie pas"),
                    (PositionChoice::DisputesPart, "conteste une partie de la facture"),
                    (PositionChoice::DisputesAll, "conteste toute la facture"),
                ])} />
            if form.position == PositionChoice::DisputesPart {
                <Field path="position.amount" label="Montant contesté" kind={Kind::Amount} required=true
                    value={form.disputed_amount.clone()} error={error_for(&errors, "position.amount")}
                    oninput={set_text(&ctx, TextField::DisputedAmount)} />
            }
            <Choice name="keep" legend="Souhaitez-vous continuer à travailler avec ce client ?"
                selected={if form.keep_relationship { "yes" } else { "no" }}
                onchange={yes_no(&ctx, edit::Choice::KeepRelationship, "yes")}
                hint={if form.med_sent || !form.reminders.is_empty() {
                    // The courteous first reminder is behind: the answer now decides whether a mediation is offered.
                    "Si oui, une médiation vous sera proposée à côté des voies judiciaires."
                } else {
                    "Si oui, on commence par une relance courtoise ; sinon, on peut passer directement à la mise en demeure."
                }}
                options={pair([("yes", "oui, la relation compte"), ("no", "non, je veux surtout être payé")])} />
        </>
    }
}

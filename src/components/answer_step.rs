//! Step 4: what the debtor says, and whether the relationship is worth keeping.

use yew::prelude::*;

use super::fields::{error_for, Checkbox, Choice, Field, Kind, Select};
use super::{choose, options, pair, set_text, use_app, yes_no};
use crate::choices::Options;
use crate::edit::{self, TextField};
use crate::form::{PositionChoice, Step};
use crate::state::Action;
use engine::field::{self, FieldPath};

#[function_component(AnswerStep)]
pub fn answer_step() -> Html {
    let ctx = use_app();
    let form = &ctx.form;
    let errors = ctx.visible_errors(Step::Answer);
    let several = form.invoices.len() > 1;
    let disputes = matches!(
        form.position,
        PositionChoice::DisputesPart
            | PositionChoice::DisputesAll
            | PositionChoice::DisputesInvoices
    );
    // Which invoice the disputed part belongs to, when there are several.
    let mut invoice_options = vec![(
        AttrValue::from("0"),
        AttrValue::from("Choisissez la facture"),
    )];
    invoice_options.extend(form.invoices.iter().enumerate().map(|(k, inv)| {
        let amount = engine::parse_amount(&inv.amount)
            .map(|a| format!(" ({})", engine::format_euros(a)))
            .unwrap_or_default();
        (
            AttrValue::from(inv.id.to_string()),
            AttrValue::from(format!("{}{amount}", inv.title(k))),
        )
    }));
    let choose_invoice = {
        let ctx = ctx.clone();
        Callback::from(move |value: String| {
            ctx.dispatch(Action::Choose(edit::Choice::DisputedInvoice(
                value.parse().unwrap_or(0),
            )))
        })
    };
    html! {
        <>
            <Choice name="position" legend="Votre débiteur…" selected={form.position.value()}
                onchange={choose(&ctx, edit::Choice::Position)}
                options={options(&[
                    (PositionChoice::Silent, "ne répond pas"),
                    (PositionChoice::Promised, "a promis de payer, mais ne paie pas"),
                    (PositionChoice::DisputesPart, if several { "conteste une partie d'une facture" } else { "conteste une partie de la facture" }),
                    (PositionChoice::DisputesAll, if several { "conteste toutes les factures" } else { "conteste toute la facture" }),
                ].into_iter().chain(several.then_some(
                    (PositionChoice::DisputesInvoices, "conteste une ou plusieurs factures en entier"),
                )).collect::<Vec<_>>())} />
            if form.position == PositionChoice::DisputesInvoices && several {
                <fieldset class="fi-group" id="f-position-invoices">
                    <legend>{ "Quelles factures conteste-t-il ?" }</legend>
                    if let Some(e) = error_for(&errors, FieldPath::Position(field::PositionField::Invoices)) {
                        <p class="fi-error" id="f-position-invoices-error">{ e }</p>
                    }
                    { for form.invoices.iter().enumerate().map(|(k, inv)| {
                        let id = inv.id;
                        let amount = engine::parse_amount(&inv.amount)
                            .map(|a| format!(" ({})", engine::format_euros(a)))
                            .unwrap_or_default();
                        let ctx = ctx.clone();
                        html! {
                            <Checkbox id={format!("f-disputed-{k}")} checked={inv.disputed_entirely}
                                label={format!("{}{amount}", inv.title(k))}
                                onchange={Callback::from(move |b: bool| ctx.dispatch(Action::Choose(edit::Choice::DisputedEntirely(id, b))))} />
                        }
                    }) }
                </fieldset>
            }
            if form.position == PositionChoice::DisputesPart && several {
                <Select path={FieldPath::Position(field::PositionField::Invoice)} label="Sur quelle facture ?"
                    selected={form.disputed_invoice.to_string()} error={error_for(&errors, FieldPath::Position(field::PositionField::Invoice))}
                    onchange={choose_invoice} options={invoice_options} />
            }
            if form.position == PositionChoice::DisputesPart {
                <Field path={FieldPath::Position(field::PositionField::Amount)} label="Montant contesté" kind={Kind::Amount} required=true
                    value={form.disputed_amount.clone()} error={error_for(&errors, FieldPath::Position(field::PositionField::Amount))}
                    oninput={set_text(&ctx, TextField::DisputedAmount)} />
            }
            if disputes {
                <Field path={FieldPath::Position(field::PositionField::Reason)} label="Ce qu'il reproche, dans ses mots" value={form.dispute_reason.clone()}
                    hint="Exemple : retard de livraison, malfaçon. Repris dans vos courriers pour y répondre."
                    oninput={set_text(&ctx, TextField::DisputeReason)} />
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

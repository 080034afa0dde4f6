//! Step 3: reminders already sent, and the mise en demeure.

use yew::prelude::*;

use super::fields::{error_for, Checkbox, Field, Kind};
use super::{act, set_text, tick, use_app};
use crate::edit::{self, TextField};
use crate::form::Step;
use crate::state::Action;
use engine::field::{self, FieldPath};

#[function_component(ActionsStep)]
pub fn actions_step() -> Html {
    let ctx = use_app();
    let form = &ctx.form;
    let errors = ctx.visible_errors(Step::Actions);
    let add = act::<MouseEvent>(&ctx, Action::AddReminder);
    html! {
        <>
            <fieldset class="fi-group">
                <legend>{ "Relances amiables envoyées" }</legend>
                if form.reminders.is_empty() {
                    <p class="fi-hint">{ "Aucune relance pour l'instant. Ajoutez celles que vous avez déjà envoyées (courriel, courrier, appel)." }</p>
                }
                { for form.reminders.iter().enumerate().map(|(i, r)| {
                    let id = r.id;
                    let path = FieldPath::Reminder(i);
                    let remove = act::<MouseEvent>(&ctx, Action::RemoveReminder(id));
                    html! {
                        <div class="fi-line" key={id}>
                            <Field path={path} label={format!("Date de la relance n° {}", i + 1)} kind={Kind::Date} required=true
                                value={r.date.clone()} error={error_for(&errors, path)}
                                oninput={set_text(&ctx, TextField::Reminder(id))} />
                            <button type="button" class="fi-link" onclick={remove}>{ format!("Retirer la relance n° {}", i + 1) }</button>
                        </div>
                    }
                }) }
                if ctx.form.can_add_reminder() {
                    <button type="button" class="fi-button fi-button--secondary" onclick={add} id="f-add-reminder">{ "Ajouter une relance" }</button>
                }
            </fieldset>
            <fieldset class="fi-group">
                <legend>{ "Mise en demeure" }</legend>
                <Checkbox id="f-med-sent" checked={form.med_sent} onchange={tick(&ctx, edit::Choice::MedSent)}
                    label="J'ai déjà envoyé une mise en demeure de payer" />
                if form.med_sent {
                    <Field path={FieldPath::MiseEnDemeure(field::MiseEnDemeureField::Sent)} label="Date d'envoi" kind={Kind::Date} required=true value={form.med_sent_date.clone()}
                        error={error_for(&errors, FieldPath::MiseEnDemeure(field::MiseEnDemeureField::Sent))} oninput={set_text(&ctx, TextField::MedSentDate)} />
                    <Field path={FieldPath::MiseEnDemeure(field::MiseEnDemeureField::Received)} label="Date de réception (avis de réception)" kind={Kind::Date}
                        value={form.med_received_date.clone()} hint="Le délai laissé au débiteur court de la réception."
                        error={error_for(&errors, FieldPath::MiseEnDemeure(field::MiseEnDemeureField::Received))} oninput={set_text(&ctx, TextField::MedReceivedDate)} />
                    <Field path={FieldPath::MiseEnDemeure(field::MiseEnDemeureField::DeadlineDays)} label="Délai laissé pour payer, en jours" kind={Kind::Number} required=true
                        value={form.med_deadline_days.clone()} error={error_for(&errors, FieldPath::MiseEnDemeure(field::MiseEnDemeureField::DeadlineDays))}
                        oninput={set_text(&ctx, TextField::MedDeadlineDays)} />
                }
            </fieldset>
        </>
    }
}

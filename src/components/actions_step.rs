//! Step 3: reminders already sent, and the mise en demeure.

use yew::prelude::*;

use super::fields::{error_for, Checkbox, Field, Kind};
use super::{on_edit, on_text, use_app};
use crate::form::{LineForm, Step};
use crate::state::{Action, Edit};

#[function_component(ActionsStep)]
pub fn actions_step() -> Html {
    let ctx = use_app();
    let form = &ctx.form;
    let errors = ctx.visible_errors(Step::Actions);
    let add = on_edit::<MouseEvent>(&ctx, |f| {
        let id = f.next_id;
        f.next_id += 1;
        f.reminders.push(LineForm {
            id,
            date: String::new(),
        });
    });
    let set_med = {
        let ctx = ctx.clone();
        Callback::from(move |checked: bool| {
            ctx.dispatch(Action::Edit(Edit::new(move |f| f.med_sent = checked)))
        })
    };
    html! {
        <>
            <fieldset class="fi-group">
                <legend>{ "Relances amiables envoyées" }</legend>
                if form.reminders.is_empty() {
                    <p class="fi-hint">{ "Aucune relance pour l'instant. Ajoutez celles que vous avez déjà envoyées (courriel, courrier, appel)." }</p>
                }
                { for form.reminders.iter().enumerate().map(|(i, r)| {
                    let id = r.id;
                    let path = format!("reminders.{i}");
                    let remove = on_edit::<MouseEvent>(&ctx, move |f| f.reminders.retain(|x| x.id != id));
                    html! {
                        <div class="fi-line" key={id}>
                            <Field path={path.clone()} label={format!("Date de la relance n° {}", i + 1)} kind={Kind::Date} required=true
                                value={r.date.clone()} error={error_for(&errors, &path)}
                                oninput={on_text(&ctx, move |f, v| if let Some(x) = f.reminders.iter_mut().find(|x| x.id == id) { x.date = v })} />
                            <button type="button" class="fi-link" onclick={remove}>{ format!("Retirer la relance n° {}", i + 1) }</button>
                        </div>
                    }
                }) }
                <button type="button" class="fi-button fi-button--secondary" onclick={add}>{ "Ajouter une relance" }</button>
            </fieldset>
            <fieldset class="fi-group">
                <legend>{ "Mise en demeure" }</legend>
                <Checkbox id="f-med-sent" checked={form.med_sent} onchange={set_med}
                    label="J'ai déjà envoyé une mise en demeure de payer" />
                if form.med_sent {
                    <Field path="mise_en_demeure.sent" label="Date d'envoi" kind={Kind::Date} required=true value={form.med_sent_date.clone()}
                        error={error_for(&errors, "mise_en_demeure.sent")} oninput={on_text(&ctx, |f, v| f.med_sent_date = v)} />
                    <Field path="mise_en_demeure.received" label="Date de réception (avis de réception)" kind={Kind::Date}
                        value={form.med_received_date.clone()} hint="Le délai laissé au débiteur court de la réception."
                        error={error_for(&errors, "mise_en_demeure.received")} oninput={on_text(&ctx, |f, v| f.med_received_date = v)} />
                    <Field path="mise_en_demeure.deadline_days" label="Délai laissé pour payer, en jours" kind={Kind::Number} required=true
                        value={form.med_deadline_days.clone()} error={error_for(&errors, "mise_en_demeure.deadline_days")}
                        oninput={on_text(&ctx, |f, v| f.med_deadline_days = v)} />
                }
            </fieldset>
        </>
    }
}

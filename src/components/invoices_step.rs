//! Step 2: the invoices, with their terms and partial payments. One invoice by default.

use engine::params;
use yew::prelude::*;

use crate::labels;

use super::fields::{error_for, Checkbox, Field, Kind, Select};
use super::invoice_import::invoice_import;
use super::{act, choose, options, set_text, use_app, Sender, Sends};
use crate::choices::Options;
use crate::edit::{self, InvoiceField, PaymentField, TextField};
use crate::folds::{self, Fold, Shown};
use crate::form::{DebtorChoice, FormError, InvoiceForm, Step, TermChoice};
use crate::state::Action;
use engine::field::FieldPath;

#[function_component(InvoicesStep)]
pub fn invoices_step() -> Html {
    let ctx = use_app();
    let errors = ctx.visible_errors(Step::Invoices);
    let several = ctx.form.invoices.len() > 1;
    let add = act::<MouseEvent>(&ctx, Action::AddInvoice);
    // Each invoice gets what it shows as props, its own errors among them, and not the app's
    // state: typing in one invoice renders that one again, not every invoice of the step.
    let send = ctx.sender();
    let debtor = ctx.form.debtor;
    let shown = ctx.folds.shown(&ctx.form);
    let slot = use_node_ref();
    html! {
        <>
            { invoice_import(&ctx, &slot) }
            if let Some(e) = error_for(&errors, FieldPath::Invoices) { <p class="fi-error">{ e }</p> }
            if shown.first().is_some_and(|s| s.foldable) {
                <p class="fi-hint fi-hint--above">{ format!(
                    "{} factures : chacune tient sur une ligne. «\u{a0}Modifier\u{a0}» en montre les champs.",
                    shown.len()
                ) }</p>
            }
            { for ctx.form.invoices.iter().zip(shown).enumerate().map(|(i, (invoice, shown))| {
                let errors: Vec<FormError> = errors.iter().filter(|e| e.field.is_of_invoice(i)).cloned().collect();
                html! {
                    <InvoiceFields key={invoice.id} index={i} invoice={invoice.clone()} {errors} removable={several}
                        can_add_payment={ctx.form.can_add_payment(invoice.id)} {debtor} send={send.clone()} {shown} />
                }
            }) }
            if ctx.form.can_add_invoice() {
                <button type="button" class="fi-button fi-button--secondary" onclick={add} id="f-add-invoice">{ "Ajouter une autre facture" }</button>
            } else {
                <p class="fi-hint">{ format!("Au plus {} factures par dossier.", params::MAX_INVOICES.current()) }</p>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct InvoiceProps {
    index: usize,
    invoice: InvoiceForm,
    /// This invoice's errors (and its payments').
    errors: Vec<FormError>,
    removable: bool,
    can_add_payment: bool,
    debtor: DebtorChoice,
    send: Sender,
    shown: Shown,
}

/// An invoice of a long dossier, on one line: what it is, whether it needs correcting, and
/// the button that shows its fields (src/folds.rs).
fn folded_invoice(props: &InvoiceProps) -> Html {
    let (i, inv) = (props.index, &props.invoice);
    let mut facts = Vec::new();
    if let Ok(amount) = engine::parse_amount(&inv.amount) {
        facts.push(engine::format_euros(amount));
    }
    if let Some(day) = engine::format::parse_date(&inv.issue_date) {
        facts.push(format!("du {}", engine::format::date_fr(day)));
    }
    match inv.payments.len() {
        0 => {}
        1 => facts.push("1 paiement partiel".into()),
        n => facts.push(format!("{n} paiements partiels")),
    }
    html! {
        <div class="fi-group fi-invoice fi-invoice--folded">
            <p><strong>{ inv.title(i) }</strong>{ (!facts.is_empty()).then(|| format!(" : {}", facts.join(", "))) }</p>
            if !props.errors.is_empty() { <p class="fi-error">{ "À compléter ou corriger." }</p> }
            { fold_button(&props.send, Action::Open(Fold::Invoice(inv.id)), format!("f-open-invoice-{i}"),
                format!("Modifier la facture {}", inv.reference(i))) }
        </div>
    }
}

/// The button that opens or closes a fold (`action`), its state said to screen readers.
fn fold_button(send: &Sender, action: Action, id: String, label: String) -> Html {
    let expanded = if matches!(action, Action::Open(_)) {
        "false"
    } else {
        "true"
    };
    html! {
        <button type="button" class="fi-link" {id} aria-expanded={expanded} onclick={act::<MouseEvent>(send, action)}>{ label }</button>
    }
}

/// The partial payments of an invoice that has many, on one line (src/folds.rs).
fn folded_payments(props: &InvoiceProps) -> Html {
    let (i, inv) = (props.index, &props.invoice);
    let total = inv
        .payments
        .iter()
        .filter_map(|p| engine::parse_amount(&p.amount).ok())
        .sum();
    let wrong = folds::wrong(&props.errors, i).1;
    html! {
        <div class="fi-payments-folded">
            <p>{ format!("{} paiements partiels reçus, {} au total.", inv.payments.len(), engine::format_euros(total)) }</p>
            if wrong { <p class="fi-error">{ "Un paiement est à compléter ou corriger." }</p> }
            { fold_button(&props.send, Action::Open(Fold::Payments(inv.id)), format!("f-open-payments-{i}"),
                format!("Voir et modifier les {} paiements", inv.payments.len())) }
        </div>
    }
}

#[function_component(InvoiceFields)]
fn invoice_fields(props: &InvoiceProps) -> Html {
    if !props.shown.fields {
        return folded_invoice(props);
    }
    let send = &props.send;
    let (i, id, inv, errors) = (props.index, props.invoice.id, &props.invoice, &props.errors);
    let path = |f| FieldPath::Invoice(i, f);
    // Each edit names its invoice by id, so it lands on the right one whatever the order.
    let edit = |field: InvoiceField| set_text(send, TextField::Invoice(id, field));
    let remove = act::<MouseEvent>(send, Action::RemoveInvoice(id));
    let add_payment = act::<MouseEvent>(send, Action::AddPayment(id));
    let tick_times_legal = {
        let send = send.clone();
        Callback::from(move |checked: bool| {
            send.dispatch(Action::Choose(edit::Choice::TimesLegal(id, checked)))
        })
    };
    // What « nothing agreed » means depends on who owes (C. com. L441-10 I, CCP L2192-10, C. civ. 1651).
    let public = props.debtor == DebtorChoice::PublicBuyer;
    let professional = props.debtor.is_professional();
    let silent_label = match props.debtor {
        DebtorChoice::PublicBuyer => "rien de prévu (délai légal)".to_string(),
        DebtorChoice::Consumer => "rien de prévu (à la livraison)".to_string(),
        _ => format!(
            "rien de prévu ({} jours)",
            params::B2B_DEFAULT_TERM_DAYS.current()
        ),
    };
    let title = inv.title(i);
    html! {
        <fieldset class="fi-group fi-invoice">
            <legend>{ title }</legend>
            <Field path={path(InvoiceField::Number)} label={labels::INVOICE_NUMBER} value={inv.number.clone()}
                oninput={edit(InvoiceField::Number)} />
            <Field path={path(InvoiceField::Amount)} label={labels::INVOICE_AMOUNT} kind={Kind::Amount} required=true value={inv.amount.clone()}
                hint="Exemple : 1\u{a0}234,56" error={error_for(errors, path(InvoiceField::Amount))}
                oninput={edit(InvoiceField::Amount)} />
            <Field path={path(InvoiceField::IssueDate)} label={labels::ISSUE_DATE} kind={Kind::Date} required=true value={inv.issue_date.clone()}
                error={error_for(errors, path(InvoiceField::IssueDate))} oninput={edit(InvoiceField::IssueDate)} />
            <Field path={path(InvoiceField::DeliveryDate)} label={labels::DELIVERY_DATE} kind={Kind::Date}
                value={inv.delivery_date.clone()} hint="Le délai de prescription court de cette date."
                error={error_for(errors, path(InvoiceField::DeliveryDate))} oninput={edit(InvoiceField::DeliveryDate)} />
            <Select path={path(InvoiceField::TermType)} label="Délai de paiement" selected={inv.term.value()}
                onchange={choose(send, move |term| edit::Choice::Term(id, term))}
                options={options(&[
                    (TermChoice::DueDate, "date d'échéance sur la facture"),
                    (TermChoice::ContractSilent, silent_label.as_str()),
                    (TermChoice::Days, "N jours après la facture"),
                    (TermChoice::FortyFiveDaysEndOfMonth, &format!("{} jours fin de mois", params::B2B_END_OF_MONTH_TERM_DAYS.current())),
                    (TermChoice::OnReceipt, "payable à réception"),
                ])} />
            if inv.term == TermChoice::DueDate {
                <Field path={path(InvoiceField::DueDate)} label={labels::DUE_DATE} kind={Kind::Date} required=true value={inv.due_date.clone()}
                    error={error_for(errors, path(InvoiceField::DueDate))} oninput={edit(InvoiceField::DueDate)} />
            }
            if public && inv.term == TermChoice::ContractSilent {
                <Field path={path(InvoiceField::RequestReceived)} label="Date de réception de la facture par l'acheteur public" kind={Kind::Date}
                    value={inv.request_received.clone()}
                    hint="Son délai de paiement court de cette date. Laissez vide si vous ne la connaissez pas : la date de facture sera prise."
                    error={error_for(errors, path(InvoiceField::RequestReceived))} oninput={edit(InvoiceField::RequestReceived)} />
            }
            if inv.term == TermChoice::Days {
                <Field path={path(InvoiceField::TermDays)} label="Nombre de jours" kind={Kind::Number} required=true value={inv.days.clone()}
                    error={error_for(errors, path(InvoiceField::TermDays))} oninput={edit(InvoiceField::TermDays)} />
            }
            // Only between professionals does a contract set the penalty rate (C. com. L441-10 II):
            // a public buyer owes ECB + 8 (CCP R2192-31), a consumer the legal rate.
            if professional {
                <Checkbox id={format!("f-invoices-{i}-times_legal")} checked={inv.times_legal}
                    onchange={tick_times_legal}
                    label="Mes conditions de vente prévoient « trois fois le taux d'intérêt légal »" />
                if !inv.times_legal {
                    <Field path={path(InvoiceField::ContractRate)} label="Taux des pénalités de retard prévu dans vos conditions de vente, en %"
                        kind={Kind::Amount} value={inv.contract_rate.clone()}
                        hint={format!("Laissez vide si vos conditions n'en prévoient pas : le taux légal (BCE + {} points) s'applique.", params::B2B_MARGIN_POINTS.current())}
                        error={error_for(errors, path(InvoiceField::ContractRate))} oninput={edit(InvoiceField::ContractRate)} />
                }
            }
            if let Some(e) = error_for(errors, path(InvoiceField::Payments)) { <p class="fi-error" id={format!("f-invoices-{i}-payments-error")}>{ e }</p> }
            if !props.shown.payments { { folded_payments(props) } }
            { for inv.payments.iter().enumerate().filter(|_| props.shown.payments).map(|(j, p)| {
                let pid = p.id;
                let pedit = |field: PaymentField| set_text(send, TextField::Payment(id, pid, field));
                let premove = act::<MouseEvent>(send, Action::RemovePayment(id, pid));
                let ppath = |f| FieldPath::Payment(i, j, f);
                html! {
                    <fieldset class="fi-group fi-payment" key={pid}>
                        <legend>{ format!("Paiement partiel n° {}", j + 1) }</legend>
                        <Field path={ppath(PaymentField::Date)} label="Date de réception des fonds" kind={Kind::Date} required=true value={p.date.clone()}
                            error={error_for(errors, ppath(PaymentField::Date))} oninput={pedit(PaymentField::Date)} />
                        <Field path={ppath(PaymentField::Amount)} label="Montant reçu" kind={Kind::Amount} required=true value={p.amount.clone()}
                            error={error_for(errors, ppath(PaymentField::Amount))} oninput={pedit(PaymentField::Amount)} />
                        <button type="button" class="fi-link" onclick={premove}>{ format!("Retirer le paiement n° {}", j + 1) }</button>
                    </fieldset>
                }
            }) }
            <div class="fi-row">
                if props.can_add_payment {
                    <button type="button" class="fi-button fi-button--secondary" onclick={add_payment} id={format!("f-add-payment-{i}")}>{ "Ajouter un paiement partiel reçu" }</button>
                }
                if props.shown.payments && inv.payments.len() > folds::PAYMENTS_SHOWN_UP_TO {
                    { fold_button(send, Action::Close(Fold::Payments(id)), format!("f-close-payments-{i}"), "Replier les paiements".into()) }
                }
                if props.shown.foldable {
                    { fold_button(send, Action::Close(Fold::Invoice(id)), format!("f-close-invoice-{i}"), format!("Replier la facture {}", inv.reference(i))) }
                }
                if props.removable {
                    <button type="button" class="fi-link" onclick={remove}>{ format!("Retirer la facture {}", inv.reference(i)) }</button>
                }
            </div>
        </fieldset>
    }
}

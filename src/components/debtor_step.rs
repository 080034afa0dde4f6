//! Step 1: who owes you, and whether they are under collective proceedings.

use engine::{params, ProceedingsKind, PublicBuyerKind};
use yew::prelude::*;

use crate::labels;

use engine::texts::fr;

use super::fields::{error_for, Checkbox, Choice, Field, Kind, Select};
use super::{choose, options, pair, set_text, tick, use_app, yes_no, Sends};
use crate::choices::Options;
use crate::edit::{self, TextField};
use crate::form::{BusinessChoice, DebtorChoice, DossierForm, Step};
use crate::state::Action;
use engine::field::{self, FieldPath};

/// The value that stands for « outside the Union » in the country list.
const OUTSIDE_EU: &str = "hors-ue";

/// « Choisissez un pays », the other Member States by their French names, then outside.
fn country_options() -> Vec<(AttrValue, AttrValue)> {
    let states = engine::country::other_member_states();
    let mut list = vec![(AttrValue::from(""), AttrValue::from("Choisissez un pays"))];
    list.extend(
        fr::countries_by_name()
            .filter(|(c, _)| states.contains(c))
            .map(|(c, name)| (AttrValue::from(c.code().to_string()), AttrValue::from(name))),
    );
    list.push((
        AttrValue::from(OUTSIDE_EU),
        AttrValue::from("Un pays hors de l'Union européenne"),
    ));
    list
}

fn selected_country(form: &DossierForm) -> AttrValue {
    match crate::reading::abroad_country(form) {
        Some(c) => AttrValue::from(c.code().to_string()),
        None if !form.abroad_in_eu => AttrValue::from(OUTSIDE_EU),
        None => AttrValue::from(""),
    }
}

fn choose_country(ctx: &dyn Sends) -> Callback<String> {
    let send = ctx.sender();
    Callback::from(move |value: String| {
        let choice = edit::Choice::AbroadCountry {
            country: engine::Country::parse(&value),
            in_eu: value != OUTSIDE_EU,
        };
        send.dispatch(Action::Choose(choice));
    })
}

#[function_component(DebtorStep)]
pub fn debtor_step() -> Html {
    let ctx = use_app();
    let form = &ctx.form;
    let errors = ctx.visible_errors(Step::Debtor);
    // The maximum payment terms of CCP R2192-10 and R2192-11, from the tables.
    let state_label = format!(
        "l'État, une collectivité ou un établissement public (délai légal : {} jours)",
        params::PUBLIC_TERM_DAYS_STATE.current()
    );
    let hospital_label = format!(
        "un établissement public de santé ({} jours)",
        params::PUBLIC_TERM_DAYS_HOSPITAL.current()
    );
    let undertaking_label = format!(
        "une entreprise publique ({} jours)",
        params::PUBLIC_TERM_DAYS_UNDERTAKING.current()
    );

    html! {
        <>
            <p class="fi-hint fi-hint--above">{ "Votre facture est électronique (Factur-X, UBL, CII) ? Importez-la à l'étape suivante." }</p>
            <Choice name="debtor" legend="Votre client est…" selected={form.debtor.value()}
                onchange={choose(&ctx, edit::Choice::Debtor)}
                options={options(&[
                    (DebtorChoice::Company, "une entreprise ou un professionnel installé en France"),
                    (DebtorChoice::Consumer, "un particulier"),
                    (DebtorChoice::PublicBuyer, "un acheteur public (État, collectivité, hôpital…)"),
                    (DebtorChoice::Abroad, "une entreprise installée à l'étranger"),
                ])} />
            if form.debtor == DebtorChoice::Company {
                <Choice name="business" legend="Quelle sorte d'entreprise ?" selected={form.business.value()}
                    onchange={choose(&ctx, edit::Choice::Business)}
                    hint="Cela détermine le tribunal compétent."
                    options={options(&[
                        (BusinessChoice::Commercial, "une société commerciale (SARL, SAS…) ou un commerçant"),
                        (BusinessChoice::Artisan, "un artisan"),
                        (BusinessChoice::Civil, "une profession libérale, une association, une SCI"),
                    ])} />
            }
            if form.debtor == DebtorChoice::PublicBuyer {
                <Choice name="public" legend="Quel acheteur public ?" selected={form.public_buyer.value()}
                    onchange={choose(&ctx, edit::Choice::PublicBuyer)}
                    options={options(&[
                        (PublicBuyerKind::StateOrLocal, state_label.as_str()),
                        (PublicBuyerKind::Hospital, hospital_label.as_str()),
                        (PublicBuyerKind::PublicUndertaking, undertaking_label.as_str()),
                    ])} />
                if form.public_buyer == PublicBuyerKind::PublicUndertaking {
                    <Choice name="public-law" legend="Cette entreprise publique est…"
                        selected={if form.public_private_law { "company" } else { "public" }}
                        onchange={yes_no(&ctx, edit::Choice::PublicPrivateLaw, "company")}
                        hint="Cela détermine le juge compétent : le juge administratif pour une personne publique, le tribunal de commerce pour une société."
                        options={pair([
                            ("public", "un établissement public (EPIC…), personne de droit public"),
                            ("company", "une société (SA, SAS…) à capitaux publics, de droit privé"),
                        ])} />
                }
            }
            if form.debtor == DebtorChoice::Abroad {
                <Select path={FieldPath::DebtorCountry} label="Dans quel pays est-elle établie ?"
                    hint="Dans l'Union, sauf au Danemark, vous pouvez demander une injonction de payer européenne."
                    options={country_options()} selected={selected_country(form)}
                    error={error_for(&errors, FieldPath::DebtorCountry)}
                    onchange={choose_country(&ctx)} />
            }
            <Field path={FieldPath::Party(field::Side::Debtor, field::PartyField::Name)} label={labels::DEBTOR_NAME} value={form.debtor_name.clone()}
                hint="Pour les courriers." autocomplete="organization"
                oninput={set_text(&ctx, TextField::Debtor(edit::PartyField::Name))} />
            if form.debtor != DebtorChoice::Consumer {
                <fieldset class="fi-group">
                    <legend>{ "Procédure collective" }</legend>
                    <Checkbox id="f-in-proceedings" checked={form.in_proceedings} onchange={tick(&ctx, edit::Choice::InProceedings)}
                        label="Mon client est en sauvegarde, redressement ou liquidation judiciaire" />
                    if form.in_proceedings {
                        <Choice name="proceedings" legend="Quelle procédure ?" selected={form.proceedings.value()}
                            onchange={choose(&ctx, edit::Choice::Proceedings)}
                            options={options(&[
                                (ProceedingsKind::Sauvegarde, "sauvegarde"),
                                (ProceedingsKind::RedressementJudiciaire, "redressement judiciaire"),
                                (ProceedingsKind::LiquidationJudiciaire, "liquidation judiciaire"),
                            ])} />
                        <Field path={FieldPath::Proceedings(field::ProceedingsField::BodaccPublication)} label="Date de publication du jugement au BODACC"
                            kind={Kind::Date} required=true value={form.bodacc_date.clone()}
                            hint="Sur bodacc.fr ou infogreffe.fr : le délai pour déclarer votre créance court de cette date."
                            error={error_for(&errors, FieldPath::Proceedings(field::ProceedingsField::BodaccPublication))}
                            oninput={set_text(&ctx, TextField::BodaccDate)} />
                        <Field path={FieldPath::Proceedings(field::ProceedingsField::JudgmentDate)} label="Date du jugement d'ouverture"
                            kind={Kind::Date} required=true value={form.judgment_date.clone()}
                            hint="Elle figure dans l'annonce du BODACC. Les pénalités s'arrêtent à cette date, pas à la publication."
                            error={error_for(&errors, FieldPath::Proceedings(field::ProceedingsField::JudgmentDate))}
                            oninput={set_text(&ctx, TextField::JudgmentDate)} />
                        <Choice name="reservation-of-title" legend="Vos conditions de vente contiennent-elles une clause de réserve de propriété ?"
                            hint="Acceptée par écrit au plus tard à la livraison, elle vous laisse propriétaire des marchandises jusqu'au paiement : vous pouvez reprendre celles encore chez votre client."
                            selected={if form.reservation_of_title { "yes" } else { "no" }}
                            onchange={yes_no(&ctx, edit::Choice::ReservationOfTitle, "yes")}
                            options={pair([("no", "non"), ("yes", "oui")])} />
                    }
                </fieldset>
            }
            <Field path={FieldPath::Party(field::Side::Creditor, field::PartyField::Name)} label={labels::CREDITOR_NAME} value={form.creditor_name.clone()}
                hint="Pour les courriers." autocomplete="organization"
                oninput={set_text(&ctx, TextField::Creditor(edit::PartyField::Name))} />
        </>
    }
}

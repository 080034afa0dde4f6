//! Step 1: who owes you, and whether they are under collective proceedings.

use engine::{params, ProceedingsKind, PublicBuyerKind};
use yew::prelude::*;

use super::fields::{error_for, Checkbox, Choice, Field, Kind};
use super::{on_text, use_app};
use crate::form::{BusinessChoice, DebtorChoice, Step};

fn opts(list: &[(&'static str, &str)]) -> Vec<(AttrValue, AttrValue)> {
    list.iter()
        .map(|(v, l)| (AttrValue::from(*v), AttrValue::from(l.to_string())))
        .collect()
}

#[function_component(DebtorStep)]
pub fn debtor_step() -> Html {
    let ctx = use_app();
    let form = &ctx.form;
    let errors = ctx.visible_errors(Step::Debtor);

    let debtor = match form.debtor {
        DebtorChoice::Company => "company",
        DebtorChoice::Consumer => "consumer",
        DebtorChoice::PublicBuyer => "public",
        DebtorChoice::Abroad => "abroad",
    };
    let set_debtor = on_text(&ctx, |f, v| {
        f.debtor = match v.as_str() {
            "consumer" => DebtorChoice::Consumer,
            "public" => DebtorChoice::PublicBuyer,
            "abroad" => DebtorChoice::Abroad,
            _ => DebtorChoice::Company,
        }
    });
    let business = match form.business {
        BusinessChoice::Commercial => "commercial",
        BusinessChoice::Artisan => "artisan",
        BusinessChoice::Civil => "civil",
    };
    let set_business = on_text(&ctx, |f, v| {
        f.business = match v.as_str() {
            "artisan" => BusinessChoice::Artisan,
            "civil" => BusinessChoice::Civil,
            _ => BusinessChoice::Commercial,
        }
    });
    let public = match form.public_buyer {
        PublicBuyerKind::StateOrLocal => "state",
        PublicBuyerKind::Hospital => "hospital",
        PublicBuyerKind::PublicUndertaking => "undertaking",
    };
    let set_public = on_text(&ctx, |f, v| {
        f.public_buyer = match v.as_str() {
            "hospital" => PublicBuyerKind::Hospital,
            "undertaking" => PublicBuyerKind::PublicUndertaking,
            _ => PublicBuyerKind::StateOrLocal,
        }
    });
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
    let set_eu = on_text(&ctx, |f, v| f.abroad_in_eu = v == "eu");
    let proceedings = match form.proceedings {
        ProceedingsKind::Sauvegarde => "sauvegarde",
        ProceedingsKind::RedressementJudiciaire => "redressement",
        ProceedingsKind::LiquidationJudiciaire => "liquidation",
    };
    let set_proceedings = on_text(&ctx, |f, v| {
        f.proceedings = match v.as_str() {
            "sauvegarde" => ProceedingsKind::Sauvegarde,
            "liquidation" => ProceedingsKind::LiquidationJudiciaire,
            _ => ProceedingsKind::RedressementJudiciaire,
        }
    });
    let set_in_proceedings = {
        let ctx = ctx.clone();
        Callback::from(move |checked: bool| {
            ctx.dispatch(crate::state::Action::Edit(crate::state::Edit::new(
                move |f| f.in_proceedings = checked,
            )))
        })
    };

    html! {
        <>
            <Choice name="debtor" legend="Votre client est…" selected={debtor} onchange={set_debtor}
                options={opts(&[
                    ("company", "une entreprise ou un professionnel installé en France"),
                    ("consumer", "un particulier"),
                    ("public", "un acheteur public (État, collectivité, hôpital…)"),
                    ("abroad", "une entreprise installée à l'étranger"),
                ])} />
            if form.debtor == DebtorChoice::Company {
                <Choice name="business" legend="Quelle sorte d'entreprise ?" selected={business} onchange={set_business}
                    hint="Cela détermine le tribunal compétent."
                    options={opts(&[
                        ("commercial", "une société commerciale (SARL, SAS…) ou un commerçant"),
                        ("artisan", "un artisan"),
                        ("civil", "une profession libérale, une association, une SCI"),
                    ])} />
            }
            if form.debtor == DebtorChoice::PublicBuyer {
                <Choice name="public" legend="Quel acheteur public ?" selected={public} onchange={set_public}
                    options={opts(&[
                        ("state", state_label.as_str()),
                        ("hospital", hospital_label.as_str()),
                        ("undertaking", undertaking_label.as_str()),
                    ])} />
                if form.public_buyer == PublicBuyerKind::PublicUndertaking {
                    <Choice name="public-law" legend="Cette entreprise publique est…"
                        selected={if form.public_private_law { "company" } else { "public" }}
                        onchange={on_text(&ctx, |f, v| f.public_private_law = v == "company")}
                        hint="Cela détermine le juge compétent : le juge administratif pour une personne publique, le tribunal de commerce pour une société."
                        options={opts(&[
                            ("public", "un établissement public (EPIC…), personne de droit public"),
                            ("company", "une société (SA, SAS…) à capitaux publics, de droit privé"),
                        ])} />
                }
            }
            if form.debtor == DebtorChoice::Abroad {
                <Choice name="abroad" legend="Où est-elle installée ?" selected={if form.abroad_in_eu { "eu" } else { "world" }} onchange={set_eu}
                    options={opts(&[("eu", "dans un autre pays de l'Union européenne"), ("world", "hors de l'Union européenne")])} />
            }
            <Field path="debtor.identity.name" label="Nom du débiteur" value={form.debtor_name.clone()}
                hint="Pour les courriers." autocomplete="organization"
                oninput={on_text(&ctx, |f, v| f.debtor_name = v)} />
            if form.debtor != DebtorChoice::Consumer {
                <fieldset class="fi-group">
                    <legend>{ "Procédure collective" }</legend>
                    <Checkbox id="f-in-proceedings" checked={form.in_proceedings} onchange={set_in_proceedings}
                        label="Mon client est en sauvegarde, redressement ou liquidation judiciaire" />
                    if form.in_proceedings {
                        <Choice name="proceedings" legend="Quelle procédure ?" selected={proceedings} onchange={set_proceedings}
                            options={opts(&[("sauvegarde", "sauvegarde"), ("redressement", "redressement judiciaire"), ("liquidation", "liquidation judiciaire")])} />
                        <Field path="collective_proceedings.bodacc_publication" label="Date de publication du jugement au BODACC"
                            kind={Kind::Date} required=true value={form.bodacc_date.clone()}
                            hint="Sur bodacc.fr ou infogreffe.fr : le délai pour déclarer votre créance court de cette date."
                            error={error_for(&errors, "collective_proceedings.bodacc_publication")}
                            oninput={on_text(&ctx, |f, v| f.bodacc_date = v)} />
                        <Field path="collective_proceedings.judgment_date" label="Date du jugement d'ouverture"
                            kind={Kind::Date} required=true value={form.judgment_date.clone()}
                            hint="Elle figure dans l'annonce du BODACC. Les pénalités s'arrêtent à cette date, pas à la publication."
                            error={error_for(&errors, "collective_proceedings.judgment_date")}
                            oninput={on_text(&ctx, |f, v| f.judgment_date = v)} />
                    }
                </fieldset>
            }
            <Field path="creditor.name" label="Votre nom ou celui de votre entreprise" value={form.creditor_name.clone()}
                hint="Pour les courriers." autocomplete="organization"
                oninput={on_text(&ctx, |f, v| f.creditor_name = v)} />
        </>
    }
}

//! The letter: its fields on one side, a live preview on the other, and the downloads.
//! The text comes from `documents::compose`, so every figure is the engine's; the preview is
//! plain Yew text nodes, so whatever the visitor types stays inert.

use documents::{Block, Letter, LetterKind};
use engine::params;
use yew::prelude::*;

use super::fields::{error_for, Checkbox, Field, Kind, Select};
use super::{on_text, use_app, use_assessment};
use crate::form::{self, Step};
use crate::state::{Action, Edit};

const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

fn kind_value(kind: Option<LetterKind>) -> &'static str {
    match kind {
        None => "auto",
        Some(LetterKind::MiseEnDemeure) => "med",
        Some(LetterKind::PremiereRelance) => "r1",
        Some(LetterKind::SecondeRelance) => "r2",
        Some(LetterKind::DeclarationDeCreance) => "dc",
    }
}

fn kind_from(value: &str) -> Option<LetterKind> {
    match value {
        "med" => Some(LetterKind::MiseEnDemeure),
        "r1" => Some(LetterKind::PremiereRelance),
        "r2" => Some(LetterKind::SecondeRelance),
        "dc" => Some(LetterKind::DeclarationDeCreance),
        _ => None,
    }
}

#[function_component(LetterView)]
pub fn letter_view() -> Html {
    let ctx = use_app();
    let assessed = use_assessment();
    let Some((dossier, assessment)) = &*assessed else {
        let back = Callback::from(move |_: MouseEvent| ctx.dispatch(Action::GoTo(Step::Results)));
        return html! {
            <div class="fi-alert" role="alert">
                <p>{ "Complétez d'abord vos réponses : la lettre reprend les montants calculés." }</p>
                <button type="button" class="fi-button" onclick={back}>{ "Revenir aux résultats" }</button>
            </div>
        };
    };
    let recommended = LetterKind::for_procedure(assessment.recommendation.next.procedure);
    let kind = ctx.form.letter.kind.unwrap_or(recommended);
    let (options, _) = form::letter_options(&ctx.form);
    let letter = documents::compose(kind, dossier, assessment, &options);
    let errors = ctx.visible_errors(Step::Letter);
    let l = &ctx.form.letter;

    let download = |extension: &'static str| {
        let letter = letter.clone();
        Callback::from(move |_: MouseEvent| {
            let (bytes, mime) = if extension == "pdf" {
                (documents::pdf::write(&letter), "application/pdf")
            } else {
                (documents::docx::write(&letter), DOCX_MIME)
            };
            crate::download::download(&format!("{}.{extension}", letter.file_stem), mime, &bytes);
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = web_sys::window().map(|w| w.print());
    });
    let back = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::GoTo(Step::Results)))
    };
    let set_electronic = {
        let ctx = ctx.clone();
        Callback::from(move |checked: bool| {
            ctx.dispatch(Action::Edit(Edit::new(move |f| {
                f.letter.electronic = checked
            })))
        })
    };
    let mut kinds: Vec<(AttrValue, AttrValue)> = vec![(
        "auto".into(),
        format!("{} (conseillée)", recommended.label()).into(),
    )];
    kinds.extend(
        LetterKind::ALL
            .iter()
            .filter(|k| **k != recommended)
            .map(|k| (kind_value(Some(*k)).into(), k.label().into())),
    );
    let declaration = kind == LetterKind::DeclarationDeCreance;

    html! {
        <div class="fi-letter-view">
            <div class="fi-letter-editor">
                <Select path="letter.kind" label="Quelle lettre ?" options={kinds} selected={kind_value(l.kind)}
                    onchange={on_text(&ctx, |f, v| f.letter.kind = kind_from(&v))} />
                <fieldset class="fi-group">
                    <legend>{ "Vous, l'expéditeur" }</legend>
                    <Field path="creditor.name" label="Nom ou raison sociale" value={ctx.form.creditor_name.clone()}
                        autocomplete="organization" oninput={on_text(&ctx, |f, v| f.creditor_name = v)} />
                    <Field path="creditor.legal_form" label="Forme juridique" value={ctx.form.creditor_details.legal_form.clone()}
                        hint="Exemple : EURL, SAS, entrepreneur individuel" oninput={on_text(&ctx, |f, v| f.creditor_details.legal_form = v)} />
                    <Field path="creditor.siren" label="SIREN" value={ctx.form.creditor_details.siren.clone()}
                        oninput={on_text(&ctx, |f, v| f.creditor_details.siren = v)} />
                    <Field path="creditor.address" label="Adresse" kind={Kind::MultiLine} value={ctx.form.creditor_details.address.clone()}
                        oninput={on_text(&ctx, |f, v| f.creditor_details.address = v)} />
                    <Field path="letter.signatory" label="Signataire" value={l.signatory.clone()}
                        hint="Exemple : Claire Dupont, gérante" oninput={on_text(&ctx, |f, v| f.letter.signatory = v)} />
                </fieldset>
                if declaration {
                    <fieldset class="fi-group">
                        <legend>{ "Le mandataire judiciaire" }</legend>
                        <Field path="letter.mandataire_name" label="Nom du mandataire" value={l.mandataire_name.clone()}
                            hint="Il figure dans l'annonce du BODACC." oninput={on_text(&ctx, |f, v| f.letter.mandataire_name = v)} />
                        <Field path="letter.mandataire_address" label="Adresse du mandataire" kind={Kind::MultiLine}
                            value={l.mandataire_address.clone()} oninput={on_text(&ctx, |f, v| f.letter.mandataire_address = v)} />
                    </fieldset>
                } else {
                    <fieldset class="fi-group">
                        <legend>{ "Le destinataire" }</legend>
                        <Field path="debtor.identity.name" label="Nom ou raison sociale" value={ctx.form.debtor_name.clone()}
                            oninput={on_text(&ctx, |f, v| f.debtor_name = v)} />
                        <Field path="debtor.legal_form" label="Forme juridique" value={ctx.form.debtor_details.legal_form.clone()}
                            oninput={on_text(&ctx, |f, v| f.debtor_details.legal_form = v)} />
                        <Field path="debtor.siren" label="SIREN" value={ctx.form.debtor_details.siren.clone()}
                            oninput={on_text(&ctx, |f, v| f.debtor_details.siren = v)} />
                        <Field path="debtor.representative" label="Représentant" value={ctx.form.debtor_details.representative.clone()}
                            hint="Exemple : M. Jean Martin, président" oninput={on_text(&ctx, |f, v| f.debtor_details.representative = v)} />
                        <Field path="debtor.address" label="Adresse" kind={Kind::MultiLine} value={ctx.form.debtor_details.address.clone()}
                            oninput={on_text(&ctx, |f, v| f.debtor_details.address = v)} />
                    </fieldset>
                }
                <fieldset class="fi-group">
                    <legend>{ "Envoi et paiement" }</legend>
                    <Field path="letter.place" label="Lieu" value={l.place.clone()} hint="Exemple : Lyon"
                        oninput={on_text(&ctx, |f, v| f.letter.place = v)} />
                    <Checkbox id="f-letter-electronic" checked={l.electronic} onchange={set_electronic}
                        label="Envoi par lettre recommandée électronique" />
                    if matches!(kind, LetterKind::MiseEnDemeure | LetterKind::SecondeRelance) {
                        <Field path="letter.deadline_days" label="Délai laissé pour payer, en jours" kind={Kind::Number}
                            value={l.deadline_days.clone()} hint={format!("{} jours par défaut ; {} jours est courant.", params::DEFAULT_MISE_EN_DEMEURE_DAYS.current(), params::COMMON_MISE_EN_DEMEURE_DAYS.current())}
                            error={error_for(&errors, "letter.deadline_days")}
                            oninput={on_text(&ctx, |f, v| f.letter.deadline_days = v)} />
                    }
                    if !declaration {
                        <Field path="letter.iban" label="IBAN pour le règlement" value={l.iban.clone()}
                            oninput={on_text(&ctx, |f, v| f.letter.iban = v)} />
                    }
                </fieldset>
                <fieldset class="fi-group">
                    <legend>{ "Vos mots" }</legend>
                    <p class="fi-hint">{ "Laissez vide pour garder le texte proposé ; les montants restent ceux du calcul." }</p>
                    <Field path="letter.opening" label="Premier paragraphe" kind={Kind::MultiLine} value={l.opening.clone()}
                        oninput={on_text(&ctx, |f, v| f.letter.opening = v)} />
                    <Field path="letter.extra" label="Paragraphe supplémentaire" kind={Kind::MultiLine} value={l.extra.clone()}
                        oninput={on_text(&ctx, |f, v| f.letter.extra = v)} />
                    <Field path="letter.closing" label="Formule de politesse" kind={Kind::MultiLine} value={l.closing.clone()}
                        oninput={on_text(&ctx, |f, v| f.letter.closing = v)} />
                </fieldset>
            </div>
            <div class="fi-letter-actions">
                <button type="button" class="fi-button" onclick={download("pdf")}>{ "Télécharger en PDF" }</button>
                <button type="button" class="fi-button fi-button--secondary" onclick={download("docx")}>{ "Télécharger en Word (.docx)" }</button>
                <button type="button" class="fi-button fi-button--secondary" onclick={print}>{ "Imprimer la lettre" }</button>
                <button type="button" class="fi-link" onclick={back}>{ "Revenir aux résultats" }</button>
            </div>
            <LetterPreview letter={letter} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PreviewProps {
    letter: Letter,
}

#[function_component(LetterPreview)]
fn letter_preview(props: &PreviewProps) -> Html {
    let l = &props.letter;
    let lines =
        |v: &[String]| html! { <>{ for v.iter().map(|line| html! { <>{ line }<br /></> }) }</> };
    html! {
        // Focusable: on a wide screen the preview scrolls on its own, and a keyboard must reach it.
        <article class="fi-letter" aria-label="Aperçu de la lettre" tabindex="0">
            <p class="fi-letter__sender">{ lines(&l.sender) }</p>
            <p class="fi-letter__recipient">{ lines(&l.recipient) }</p>
            <p class="fi-letter__date">{ &l.place_date }</p>
            if let Some(mode) = &l.mode { <p class="fi-letter__mode">{ mode }</p> }
            <p class="fi-letter__subject">{ format!("Objet : {}", l.subject) }</p>
            <p>{ &l.salutation }</p>
            { for l.blocks.iter().map(|b| match b {
                Block::Paragraph(p) => html! { <p class="fi-letter__para">{ p }</p> },
                Block::Amounts(rows) => html! {
                    <table class="fi-letter__amounts">
                        <tbody>
                            { for rows.iter().map(|r| html! {
                                <tr class={classes!(r.total.then_some("fi-letter__total"))}>
                                    <td>{ &r.label }</td><td>{ &r.amount }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                },
            }) }
            <p class="fi-letter__para">{ &l.closing }</p>
            <p class="fi-letter__signature">{ lines(&l.signature) }</p>
        </article>
    }
}

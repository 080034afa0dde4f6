//! The letter: its fields on one side, a live preview on the other, and the downloads.
//! The text comes from `documents::compose`, so every figure is the engine's; the preview is
//! plain Yew text nodes, so whatever the visitor types stays inert.

use std::rc::Rc;

use documents::{Block, Composed, Letter, LetterKind, Request};
use engine::params;
use engine::recourse::Court;
use engine::texts::fr;
use yew::prelude::*;

use super::fields::{error_for, Checkbox, Choice, Field, Kind, Select};
use super::linked;
use super::parties::{CreditorFields, DebtorFields};
use super::results::StepDetails;
use super::{choose, pair, set_text, tick, use_app, use_assessment, yes_no};
use crate::choices::Options;
use crate::edit::{self, LetterField, TextField};
use crate::form::{LetterForm, Step};
use crate::host_events::HostEvent;
use crate::state::Action;

const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

#[function_component(LetterView)]
pub fn letter_view() -> Html {
    let ctx = use_app();
    let assessed = use_assessment();
    // The last letter composed, kept while its question stays the same.
    let cache = use_mut_ref(|| None::<(Request, Result<Composed, String>)>);
    // Why the last download could not be made, shown beside the buttons.
    let failure = use_state(|| None::<String>);
    // On a narrow screen one pane at a time, the preview first; wide, both side by side.
    let editing = use_state(|| false);
    let Some(assessment) = assessed else {
        let back = Callback::from(move |_: MouseEvent| ctx.dispatch(Action::GoTo(Step::Results)));
        return html! {
            <div class="fi-alert" role="alert">
                <p>{ "Complétez d'abord vos réponses : la lettre reprend les montants calculés." }</p>
                <button type="button" class="fi-button" onclick={back}>{ "Revenir aux résultats" }</button>
            </div>
        };
    };
    let recommended = LetterKind::for_procedure(assessment.recommendation.next.procedure);
    // A document the engine no longer finds fitting (the answers changed) gives way to the
    // recommended one (documents::offer).
    let offered = |k: LetterKind| documents::offer::fits(k, &ctx.reading.dossier, &assessment);
    let injonction = documents::offer::step_of(LetterKind::RequeteInjonctionDePayer, &assessment);
    let mediation = documents::offer::step_of(LetterKind::DemandeMediation, &assessment);
    let chosen = ctx.form.letter.kind.filter(|k| offered(*k));
    let kind = chosen.unwrap_or(recommended);
    let reading = &ctx.reading;
    let l = &ctx.form.letter;
    let opening = LetterForm::rewritten(&l.openings, kind);
    let closing = LetterForm::rewritten(&l.closings, kind);
    let request = Request {
        kind,
        dossier: reading.dossier.clone(),
        today: ctx.today,
        rates: ctx.rates_text(),
        options: reading.letter.clone(),
        opening: opening.map(str::to_string),
        closing: closing.map(str::to_string),
    };
    let composed = {
        let mut cache = cache.borrow_mut();
        match &*cache {
            Some((asked, answer)) if *asked == request => answer.clone(),
            _ => {
                let answer = request.compose().map_err(|e| e.to_string());
                *cache = Some((request.clone(), answer.clone()));
                answer
            }
        }
    };
    let composed = match composed {
        Ok(composed) => composed,
        Err(reason) => {
            return html! { <div class="fi-alert" role="alert"><p>{ reason }</p></div> };
        }
    };
    // The proposed wording, shown in « Vos mots » until the visitor rewrites it for this letter.
    let letter = composed.letter().clone();
    let proposed = composed.proposed;
    let proposed_opening = Some(proposed.opening.clone());
    let restore = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::RestoreProposed(kind)))
    };
    let errors = ctx.visible_errors(Step::Letter);

    let download = |extension: &'static str| {
        let request = request.clone();
        let stem = letter.file_stem.clone();
        let failure = failure.clone();
        let host = ctx.config.host.clone();
        Callback::from(move |_: MouseEvent| {
            let mime = if extension == "pdf" {
                "application/pdf"
            } else {
                DOCX_MIME
            };
            // Compose, write and make the Blob: measured by scripts/bench (to the mark the
            // download sets once the Blob exists).
            crate::marks::mark("facture-impayee:file-start");
            let file = if extension == "pdf" {
                request.pdf()
            } else {
                request.docx()
            };
            match file.map_err(|e| e.to_string()) {
                Ok(bytes) => {
                    failure.set(None);
                    crate::download::download(&format!("{stem}.{extension}"), mime, &bytes);
                    crate::marks::measure(
                        &format!("facture-impayee:{extension}"),
                        "facture-impayee:file-start",
                        "facture-impayee:blob",
                    );
                    let event = HostEvent::Download { step: "letter" };
                    crate::host_events::emit(host.as_ref(), event);
                }
                Err(reason) => failure.set(Some(reason)),
            }
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = web_sys::window().map(|w| w.print());
    });
    let back = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::GoTo(Step::Results)))
    };
    let set_electronic = tick(&ctx, edit::Choice::LetterElectronic);
    // « conseillée » only when the letter is the recommended step itself.
    let advised = LetterKind::of_step(assessment.recommendation.next.procedure).is_some();
    let first_label = if advised {
        format!("{} (conseillée)", recommended.label())
    } else {
        format!("{} (dernière chance avant la justice)", recommended.label())
    };
    let mut kinds: Vec<(AttrValue, AttrValue)> = vec![("auto".into(), first_label.into())];
    kinds.extend(
        LetterKind::ALL
            .iter()
            .filter(|k| **k != recommended)
            .filter(|k| offered(**k))
            .map(|k| (Some(*k).value().into(), k.label().into())),
    );
    let declaration = kind == LetterKind::DeclarationDeCreance;
    let requete = kind == LetterKind::RequeteInjonctionDePayer;
    // The documents a judge, a mediator or a lawyer reads: what was supplied comes first there.
    let tells_what_was_supplied = matches!(
        kind,
        LetterKind::RequeteInjonctionDePayer
            | LetterKind::DemandeMediation
            | LetterKind::EuropeanOrderFormA
            | LetterKind::Synthese
    );
    // A requête, a décompte, a mediation request, a summary: no sending mode, no delay, no IBAN.
    let sent = matches!(
        kind,
        LetterKind::MiseEnDemeure
            | LetterKind::PremiereRelance
            | LetterKind::SecondeRelance
            | LetterKind::DeclarationDeCreance
            | LetterKind::ReminderInEnglish
            | LetterKind::FormalNoticeInEnglish
    );
    let court = Court::for_debtor(reading.dossier.debtor.kind, assessment.date);

    let show = |edit: bool| {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(edit))
    };
    // Above both panes: on a phone the visitor reads it whether previewing or editing.
    // Folded on a phone, where it would fill the first screen above the letter; open on a
    // wide screen, beside nothing else.
    let wide = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 900.0);
    let card = |title: &'static str, body: Html| {
        html! {
            <details class="fi-card fi-filing" open={wide}>
                <summary><h3 class="fi-filing__title">{ title }</h3></summary>
                { body }
            </details>
        }
    };
    let court_title = (!l.court_town.trim().is_empty())
        .then(|| documents::requete::court_title(court, &l.court_town));
    let filing = match injonction {
        Some(advice) if requete => card(
            "Comment déposer la requête",
            html! {
                <>
                { linked::numbered(&fr::filing_requete(court, assessment.court_claim.totals.total, court_title.as_deref())) }
                <details>
                    <summary>{ "Coût, délais et références" }</summary>
                    <StepDetails text={Rc::new(fr::advice(advice))} />
                </details>
                </>
            },
        ),
        _ => match mediation {
            Some(advice) if kind == LetterKind::DemandeMediation => card(
                "Comment faire la demande",
                linked::numbered(&fr::filing_mediation(advice.procedure)),
            ),
            _ => match documents::offer::step_of(LetterKind::EuropeanOrderFormA, &assessment) {
                Some(advice) if kind == LetterKind::EuropeanOrderFormA => card(
                    "Comment déposer la demande",
                    html! { <StepDetails text={Rc::new(fr::advice(advice))} /> },
                ),
                _ => Html::default(),
            },
        },
    };
    // What the document still lacks (VISITORS S5), each a link to its field; on a phone the
    // fields' pane is shown first.
    let view = use_node_ref();
    let missing = documents::missing::of(kind, &reading.dossier, &reading.letter);
    let go = |field: &'static str| {
        let (editing, view) = (editing.clone(), view.clone());
        Callback::from(move |_: MouseEvent| {
            editing.set(true);
            let view = view.clone();
            crate::after_paint::next_task(Box::new(move || {
                let id = super::fields::field_id(field);
                let target = view
                    .cast::<web_sys::Element>()
                    .and_then(|v| v.query_selector(&format!("#{id}")).ok().flatten());
                if let Some(t) = target {
                    super::fields::show(&t);
                }
            }));
        })
    };
    // Folded on a phone to one line, like the filing card, so the document keeps the screen.
    let missing = (!missing.is_empty()).then(|| {
        let last = missing.len() - 1;
        let count = match last {
            0 => "une mention".to_string(),
            n => format!("{} mentions", n + 1),
        };
        html! {
            <details class="fi-missing" open={wide}>
            <summary>{ format!("Il manque encore {count} dans ce document") }</summary>
            <p>
                { "À compléter : " }
                { for missing.iter().enumerate().map(|(k, m)| html! {
                    <>
                    { match k { 0 => "", _ if k == last => " et ", _ => ", " } }
                    <button type="button" class="fi-link fi-missing__item" onclick={go(m.field)}>{ m.what }</button>
                    </>
                }) }
                { ". Vous pouvez le télécharger tel quel : ces mentions y restent en blanc, à compléter à la main." }
            </p>
            </details>
        }
    });
    html! {
        <>
        { filing }
        { for missing }
        <div class="fi-letter-kind">
            <Select path="letter.kind" label="Quel document ?" options={kinds} selected={chosen.value()}
                onchange={choose(&ctx, edit::Choice::LetterKind)} />
        </div>
        <div class="fi-letter-view" ref={view} data-pane={if *editing { "edit" } else { "preview" }}>
            <div class="fi-letter-panes">
                <button type="button" class="fi-pane-button" aria-pressed={(!*editing).to_string()} onclick={show(false)}>
                    { "Aperçu" }
                </button>
                <button type="button" class="fi-pane-button" aria-pressed={editing.to_string()} onclick={show(true)}>
                    { "Modifier" }
                </button>
            </div>
            <div class="fi-letter-editor">
                if reading.dossier.disputes_part() && !declaration {
                    <Choice name="letter-claim" legend="Votre client conteste une partie : que réclamer ?"
                        selected={if l.undisputed_only { "undisputed" } else { "all" }}
                        onchange={yes_no(&ctx, edit::Choice::LetterUndisputedOnly, "undisputed")}
                        options={pair([("all", "toute la somme"), ("undisputed", "seulement la partie non contestée")])} />
                }
                <CreditorFields kind={kind} />
                if declaration {
                    <fieldset class="fi-group">
                        <legend>{ "Le mandataire judiciaire" }</legend>
                        <Field path="letter.mandataire_name" label="Nom du mandataire" value={l.mandataire_name.clone()}
                            hint="Il figure dans l'annonce du BODACC." oninput={set_text(&ctx, TextField::Letter(LetterField::MandataireName))} />
                        <Field path="letter.mandataire_address" label="Adresse du mandataire" kind={Kind::MultiLine}
                            value={l.mandataire_address.clone()} oninput={set_text(&ctx, TextField::Letter(LetterField::MandataireAddress))} />
                        <Field path="letter.court_town" label="Ville du tribunal qui a ouvert la procédure" value={l.court_town.clone()}
                            hint="Elle figure dans l'annonce du BODACC." oninput={set_text(&ctx, TextField::Letter(LetterField::CourtTown))} />
                    </fieldset>
                } else {
                    <DebtorFields kind={kind} legend={if sent { "Le destinataire" } else { "Votre client, le débiteur" }} />
                }
                if tells_what_was_supplied {
                    <Field path="letter.supplied" label="Ce que vous avez fourni" value={l.supplied.clone()}
                        hint="En quelques mots, ce qu'on lira en premier : par exemple « la refonte de son site internet, livrée le 12 mai 2026 »."
                        oninput={set_text(&ctx, TextField::Letter(LetterField::Supplied))} />
                }
                if requete {
                    <fieldset class="fi-group">
                        <legend>{ "Le tribunal et vos pièces" }</legend>
                        <Field path="letter.court_town" label="Ville du tribunal" value={l.court_town.clone()}
                            hint={format!("Celle du {} dont dépend le siège ou le domicile de votre client (article 1406 du Code de procédure civile), par exemple Nanterre.", fr::court_name(court))}
                            oninput={set_text(&ctx, TextField::Letter(LetterField::CourtTown))} />
                        <p class="fi-hint">{ "Cochez ce que vous joindrez, en plus des factures, des relances et de la mise en demeure :" }</p>
                        <Checkbox id="f-letter-holds-terms" checked={l.holds_terms} onchange={tick(&ctx, edit::Choice::HoldsTerms)}
                            label="Conditions générales de vente ou contrat" />
                        <Checkbox id="f-letter-holds-order" checked={l.holds_order} onchange={tick(&ctx, edit::Choice::HoldsOrder)}
                            label="Bon de commande ou devis accepté" />
                        <Checkbox id="f-letter-holds-delivery" checked={l.holds_delivery} onchange={tick(&ctx, edit::Choice::HoldsDelivery)}
                            label="Bon de livraison ou procès-verbal de réception" />
                    </fieldset>
                }
                <fieldset class="fi-group">
                    <legend>{ if sent { "Envoi et paiement" } else { "Lieu" } }</legend>
                    <Field path="letter.place" label={if sent { "Lieu" } else { "Fait à" }} value={l.place.clone()} hint="Exemple : Lyon"
                        oninput={set_text(&ctx, TextField::Letter(LetterField::Place))} />
                    if sent {
                        <Checkbox id="f-letter-electronic" checked={l.electronic} onchange={set_electronic}
                            label="Envoi par lettre recommandée électronique" />
                    }
                    if matches!(kind, LetterKind::MiseEnDemeure | LetterKind::SecondeRelance | LetterKind::FormalNoticeInEnglish) {
                        <Field path="letter.deadline_days" label="Délai laissé pour payer, en jours" kind={Kind::Number}
                            value={l.deadline_days.clone()} hint={format!("{} jours par défaut ; {} jours est courant.", params::DEFAULT_MISE_EN_DEMEURE_DAYS.current(), params::COMMON_MISE_EN_DEMEURE_DAYS.current())}
                            error={error_for(&errors, "letter.deadline_days")}
                            oninput={set_text(&ctx, TextField::Letter(LetterField::DeadlineDays))} />
                    }
                    if !declaration && sent {
                        <Field path="letter.iban" label="IBAN pour le règlement" value={l.iban.clone()}
                            oninput={set_text(&ctx, TextField::Letter(LetterField::Iban))} />
                    }
                </fieldset>
                <fieldset class="fi-group">
                    <legend>{ "Vos mots" }</legend>
                    <p class="fi-hint">{ "Le texte proposé est à vous : modifiez-le ici, les montants restent ceux du calcul. Un champ vidé reprend le texte proposé." }</p>
                    <Field path="letter.opening" label="Premier paragraphe" kind={Kind::MultiLine}
                        value={opening.map(str::to_string).or(proposed_opening).unwrap_or_default()}
                        oninput={set_text(&ctx, TextField::Letter(LetterField::Opening(kind)))} />
                    <Field path="letter.extra" label="Paragraphe supplémentaire" kind={Kind::MultiLine} value={l.extra.clone()}
                        oninput={set_text(&ctx, TextField::Letter(LetterField::Extra))} />
                    <Field path="letter.closing" label={if sent || kind == LetterKind::DemandeMediation { "Formule de politesse" } else { "Dernière ligne" }} kind={Kind::MultiLine}
                        value={closing.map_or(proposed.closing.clone(), str::to_string)}
                        oninput={set_text(&ctx, TextField::Letter(LetterField::Closing(kind)))} />
                    if opening.is_some() || closing.is_some() {
                        <button type="button" class="fi-button fi-button--secondary" onclick={restore}>
                            { "Revenir au texte proposé" }
                        </button>
                    }
                </fieldset>
            </div>
            // The downloads and the preview together: on a wide screen they stay in sight beside
            // the fields, the downloads on top; on a phone the downloads are a bar at the foot.
            <div class="fi-letter-side">
            <div class="fi-letter-actions">
                <button type="button" class="fi-button" onclick={download("pdf")}>{ "Télécharger en PDF" }</button>
                <button type="button" class="fi-button fi-button--secondary" onclick={download("docx")}>{ "Télécharger en Word (.docx)" }</button>
                <button type="button" class="fi-button fi-button--secondary" onclick={print}>{ "Imprimer" }</button>
                <button type="button" class="fi-link" onclick={back}>{ "Revenir aux résultats" }</button>
                if let Some(reason) = &*failure {
                    <p class="fi-error" role="alert">{ reason }</p>
                }
                if crate::download::in_a_frame() {
                    <p class="fi-hint">{ crate::download::IN_A_FRAME }</p>
                }
            </div>
            <LetterPreview letter={letter} />
            </div>
        </div>
        </>
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
            if !l.place_date.is_empty() { <p class="fi-letter__date">{ &l.place_date }</p> }
            if let Some(mode) = &l.mode { <p class="fi-letter__mode">{ mode }</p> }
            <p class="fi-letter__subject">{ l.subject_line() }</p>
            if !l.salutation.is_empty() { <p>{ &l.salutation }</p> }
            { for l.blocks.iter().map(block) }
            <p class="fi-letter__para">{ &l.closing }</p>
            <p class="fi-letter__signature">{ lines(&l.signature) }</p>
            if !l.annex.is_empty() {
                <div class="fi-letter__annex">{ for l.annex.iter().map(block) }</div>
            }
        </article>
    }
}

/// Words joined by hyphens (« EV-2026-117 », « L441-10 ») kept on one line, as the PDF keeps
/// them: a browser may break after a hyphen (VISITORS M6). Long ones may still wrap.
fn kept_whole(text: &str) -> Html {
    let mut parts = Vec::new();
    let mut plain = String::new();
    for word in text.split_inclusive(' ') {
        let token = word.trim_end_matches(' ');
        if token.contains('-') && token.chars().count() <= 24 {
            parts.push(Html::from(std::mem::take(&mut plain)));
            parts.push(html! { <span class="fi-nowrap">{ token }</span> });
            plain.push_str(&word[token.len()..]);
        } else {
            plain.push_str(word);
        }
    }
    parts.push(Html::from(plain));
    parts.into_iter().collect()
}

/// A paragraph, a title or a table of amounts.
fn block(b: &Block) -> Html {
    match b {
        Block::Paragraph(p) => html! { <p class="fi-letter__para">{ kept_whole(p) }</p> },
        Block::Heading(h) => html! { <p class="fi-letter__heading">{ h }</p> },
        Block::Amounts(rows) => html! {
            <table class="fi-letter__amounts">
                <tbody>
                    { for rows.iter().map(|r| html! {
                        <tr class={classes!(r.total.then_some("fi-letter__total"))}>
                            <td>{ kept_whole(&r.label) }</td><td>{ &r.amount }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        },
    }
}

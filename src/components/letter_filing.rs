//! Above the letter: how to file it (the requête, the mediation request, the European form),
//! and what it still lacks, each a link to its field. Folded on a phone, where they would fill
//! the first screen above the letter; open on a wide screen, beside nothing else.

use std::rc::Rc;

use documents::LetterKind;
use engine::field::FieldPath;
use engine::recourse::Court;
use engine::texts::fr;
use engine::Assessment;
use yew::prelude::*;

use super::linked;
use super::results::StepDetails;
use super::AppContext;

/// How to file the document, for those that are filed; `open` on a wide screen.
pub fn filing_card(
    ctx: &AppContext,
    assessment: &Assessment,
    kind: LetterKind,
    court: Court,
    open: bool,
) -> Html {
    let card = |title: &'static str, body: Html| {
        html! {
            <details class="fi-card fi-filing" {open}>
                <summary><h3 class="fi-filing__title">{ title }</h3></summary>
                { body }
            </details>
        }
    };
    let step = documents::offer::step_of(kind, assessment);
    match (kind, step) {
        (LetterKind::RequeteInjonctionDePayer, Some(advice)) => {
            let town = &ctx.form.letter.court_town;
            let court_title =
                (!town.trim().is_empty()).then(|| documents::requete::court_title(court, town));
            let total = assessment.court_claim.totals.total;
            card(
                "Comment déposer la requête",
                html! {
                    <>
                    { linked::numbered(&fr::filing_requete(court, total, court_title.as_deref())) }
                    <details>
                        <summary>{ "Coût, délais et références" }</summary>
                        <StepDetails text={Rc::new(fr::advice(advice))} />
                    </details>
                    </>
                },
            )
        }
        (LetterKind::DemandeMediation, Some(advice)) => card(
            "Comment faire la demande",
            linked::numbered(&fr::filing_mediation(advice.procedure)),
        ),
        (LetterKind::EuropeanOrderFormA, Some(advice)) => card(
            "Comment déposer la demande",
            html! { <StepDetails text={Rc::new(fr::advice(advice))} /> },
        ),
        _ => Html::default(),
    }
}

/// What the document still lacks (VISITORS S5), each a link to its field, which `go` shows;
/// `open` on a wide screen.
pub fn missing_list(
    ctx: &AppContext,
    kind: LetterKind,
    open: bool,
    go: &Callback<FieldPath>,
) -> Html {
    let missing = documents::missing::of(kind, &ctx.reading.dossier, &ctx.reading.letter);
    let Some(last) = missing.len().checked_sub(1) else {
        return Html::default();
    };
    let count = match last {
        0 => "une mention".to_string(),
        n => format!("{} mentions", n + 1),
    };
    html! {
        <details class="fi-missing" {open}>
        <summary>{ format!("Il manque encore {count} dans ce document") }</summary>
        <p>
            { "À compléter : " }
            { for missing.iter().enumerate().map(|(k, m)| {
                let field = m.field;
                let go = go.reform(move |_: MouseEvent| field);
                html! {
                    <>
                    { match k { 0 => "", _ if k == last => " et ", _ => ", " } }
                    <button type="button" class="fi-link fi-missing__item" onclick={go}>{ m.what }</button>
                    </>
                }
            }) }
            { ". Vous pouvez le télécharger tel quel : ces mentions y restent en blanc, à compléter à la main." }
        </p>
        </details>
    }
}

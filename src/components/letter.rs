//! The letter screen: which document, its fields on one side and a live preview on the other,
//! with the downloads. The text comes from `documents::compose`, so every figure is the
//! engine's.

use documents::{Composed, LetterKind, Request};
use engine::recourse::Court;
use yew::prelude::*;

use super::fields::Select;
use super::letter_downloads::LetterDownloads;
use super::letter_editor::letter_editor;
use super::letter_filing::{filing_card, missing_list};
use super::letter_preview::LetterPreview;
use super::{choose, use_app, use_assessment};
use crate::choices::Options;
use crate::edit;
use crate::form::{LetterForm, Step};
use crate::state::Action;
use engine::field::{self, FieldPath};

#[function_component(LetterView)]
pub fn letter_view() -> Html {
    let ctx = use_app();
    let assessed = use_assessment();
    // The last letter composed, kept while its question stays the same.
    let cache = use_mut_ref(|| None::<(Request, Result<Composed, String>)>);
    // On a narrow screen one pane at a time, the preview first; wide, both side by side.
    let editing = use_state(|| false);
    let view = use_node_ref();
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
    let chosen = ctx.form.letter.kind.filter(|k| offered(*k));
    let kind = chosen.unwrap_or(recommended);
    let l = &ctx.form.letter;
    let request = Request {
        kind,
        dossier: ctx.reading.dossier.clone(),
        today: ctx.today,
        rates: ctx.rates_text(),
        options: ctx.reading.letter.clone(),
        opening: LetterForm::rewritten(&l.openings, kind).map(str::to_string),
        closing: LetterForm::rewritten(&l.closings, kind).map(str::to_string),
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
    let letter = composed.letter().clone();
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
    let court = Court::for_debtor(ctx.reading.dossier.debtor.kind, assessment.date);
    let show = |edit: bool| {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(edit))
    };
    // A missing mention's link shows its field: on a phone the fields' pane first.
    let go = {
        let (editing, view) = (editing.clone(), view.clone());
        Callback::from(move |field: FieldPath| {
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
    // Above both panes, so that on a phone the visitor reads them whether previewing or
    // editing; folded there, open on a wide screen.
    let wide = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 900.0);
    html! {
        <>
        { filing_card(&ctx, &assessment, kind, court, wide) }
        { missing_list(&ctx, kind, wide, &go) }
        <div class="fi-letter-kind">
            <Select path={FieldPath::Letter(field::LetterField::Kind)} label="Quel document ?" options={kinds} selected={chosen.value()}
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
            { letter_editor(&ctx, kind, court, &composed.proposed) }
            // The downloads and the preview together: on a wide screen they stay in sight beside
            // the fields, the downloads on top; on a phone the downloads are a bar at the foot.
            <div class="fi-letter-side">
                <LetterDownloads request={request} file_stem={letter.file_stem.clone()} />
                <LetterPreview {letter} />
            </div>
        </div>
        </>
    }
}

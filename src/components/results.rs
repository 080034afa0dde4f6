//! Step 5: what is owed today and what to do next. Every figure and every sentence of law
//! here comes from `engine::assess`; this component only lays them out.

use engine::format::{date_fr, date_short};
use engine::params::Status;
use engine::texts::fr;
use engine::{
    format_euros, format_percent, Assessment, InvoiceAssessment, OverriddenRate, WarningKind,
};
use std::rc::Rc;

use yew::prelude::*;

use super::fields::{error_for, Field, Kind};
use super::linked::linked;
use super::timeline::Timeline;
use super::{set_text, use_app, use_assessment, Shared};
use crate::edit::TextField;
use crate::form::Step;
use crate::host_events::HostEvent;
use crate::state::{Action, RatesSource};
use engine::field::FieldPath;

#[function_component(Results)]
pub fn results() -> Html {
    let ctx = use_app();
    let assessment = use_assessment();
    // A problem of the letter page's own fields (a birth date) changes no figure: the results
    // stay, as the letter does (use_assessment).
    let errors: Vec<_> = ctx
        .errors()
        .iter()
        .filter(|e| Step::of_field(e.field) != Step::Letter)
        .collect();
    match assessment {
        Some(a) => html! { <AssessmentView assessment={a} /> },
        None => {
            let steps: Vec<Step> = {
                let mut s: Vec<Step> = errors.iter().map(|e| Step::of_field(e.field)).collect();
                s.sort();
                s.dedup();
                s
            };
            html! {
                <div class="fi-alert" role="alert">
                    <p>{ "Quelques réponses sont à compléter avant le calcul :" }</p>
                    <ul>
                        { for errors.iter().map(|e| html! { <li>{ e.message() }</li> }) }
                    </ul>
                    { for steps.into_iter().map(|step| {
                        let ctx = ctx.clone();
                        html! { <button type="button" class="fi-button fi-button--secondary"
                            onclick={Callback::from(move |_: MouseEvent| ctx.dispatch(Action::GoTo(step)))}>
                            { format!("Compléter : {}", step.title()) }</button> }
                    }) }
                </div>
            }
        }
    }
}

#[derive(Properties, PartialEq)]
struct AssessmentProps {
    assessment: Shared<Assessment>,
}

#[function_component(AssessmentView)]
fn assessment_view(props: &AssessmentProps) -> Html {
    let a = &props.assessment;
    // The first screen comes first: the answer and what to do now are painted alone; the rest
    // of the page (what is owed invoice by invoice, the rates, the calendar, the letter) is
    // written once that frame is on screen, then the folded detail of each invoice (its table
    // of half-years, why the rate) a few invoices per frame, so a long dossier never holds the
    // page. `None`: the first screen only; `Some(n)`: the whole page, n invoices detailed.
    let shown = use_state(|| None::<usize>);
    {
        let shown = shown.clone();
        let count = a.invoices.len();
        use_effect_with(*shown, move |&now| {
            let next = match now {
                None => Some(0),
                Some(done) if done < count => Some((done + DETAILS_PER_FRAME).min(count)),
                Some(_) => None,
            };
            if let Some(next) = next {
                crate::after_paint::after_paint(Box::new(move || shown.set(Some(next))));
            }
        });
    }
    let whole = shown.is_some();
    // Printing unfolds every detail of the page (src/print.rs).
    let lead = use_node_ref();
    {
        let lead = lead.clone();
        use_effect_with((), move |_| {
            let guard = lead
                .cast::<web_sys::Element>()
                .and_then(|l| l.parent_element())
                .and_then(crate::print::unfold_when_printing);
            move || drop(guard)
        });
    }
    let detailed = shown.unwrap_or(0);
    let t = &a.totals;
    let next = &a.recommendation.next;
    let disputed_on = what_is_disputed(a);
    let open_letter = {
        let ctx = use_app();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::PrepareRecommended))
    };
    html! {
        <>
            <p class="fi-lead" aria-live="polite" ref={lead}>
                { format!("Au {}, il vous est dû ", date_fr(a.date)) }<strong>{ format_euros(t.total) }</strong>
                if t.disputed.is_zero() { { "." } } else if t.undisputed.is_zero() {
                    { " ; votre client conteste toute la somme." }
                } else {
                    { ", dont " }<strong>{ format_euros(t.undisputed) }</strong>{ " que votre client ne conteste pas" }
                    { disputed_on.clone() }{ "." }
                }
                if !a.court_claim.time_barred.is_empty() && !a.court_claim.invoices.is_empty() {
                    <br />{ "En justice : " }<strong>{ format_euros(a.court_claim.totals.total) }</strong>
                    { format!(" ({}).", time_barred_left_out(a)) }
                }
                <br />{ "Prochaine étape : " }<strong>{ fr::advice(next).title }</strong>
                if let Some(kind) = documents::LetterKind::of_step(next.procedure) {
                    <br /><button type="button" class="fi-button fi-lead__action" onclick={open_letter}>
                        { format!("Préparer {}", kind.in_sentence()) }
                    </button>
                }
            </p>
            <p class="fi-disclaimer">{ "Information juridique générale sur la marche habituelle dans une situation comme la vôtre, pas un conseil individuel : pour décider, consultez un avocat ou un commissaire de justice." }</p>
            <Warnings assessment={a.clone()} />
            <section class="fi-card fi-card--accent" aria-labelledby="fi-next">
                <h3 id="fi-next">{ "Que faire maintenant ?" }</h3>
                <StepDetails text={Rc::new(fr::advice(next))} />
                <CallToAction />
                if !a.recommendation.then.is_empty() {
                    <h4>{ "Et si cela ne suffit pas" }</h4>
                    <ol class="fi-path">
                        { for a.recommendation.then.iter().map(|s| html! {
                            <li><details><summary>{ fr::advice(s).title }</summary><StepDetails text={Rc::new(fr::advice(s))} /></details></li>
                        }) }
                    </ol>
                }
                if !a.recommendation.alternatives.is_empty() {
                    <h4>{ "Autres voies possibles" }</h4>
                    <ul class="fi-path">
                        { for a.recommendation.alternatives.iter().map(|s| html! {
                            <li><details><summary>{ fr::advice(s).title }</summary><StepDetails text={Rc::new(fr::advice(s))} /></details></li>
                        }) }
                    </ul>
                }
                if !a.recommendation.ruled_out.is_empty() {
                    <h4>{ "Écarté pour votre dossier" }</h4>
                    <ul class="fi-ruled-out">
                        { for a.recommendation.ruled_out.iter().map(|r| html! {
                            <li>{ fr::ruled_out(r) }</li>
                        }) }
                    </ul>
                }
            </section>
            if whole {
            <section class="fi-card" aria-labelledby="fi-owed">
                <h3 id="fi-owed">{ "Ce qui vous est dû aujourd'hui" }</h3>
                <table class="fi-totals">
                    <caption class="fi-sr-only">{ "Montants dus" }</caption>
                    <tbody>
                        <tr><th scope="row">{ "Factures (TTC)" }</th><td>{ format_euros(t.principal) }</td></tr>
                        if !t.payments.is_zero() {
                            <tr><th scope="row">{ "Paiements reçus" }</th><td>{ format!("− {}", format_euros(t.payments)) }</td></tr>
                        }
                        <tr><th scope="row">{ "Pénalités ou intérêts de retard" }</th><td>{ format_euros(t.penalties) }</td></tr>
                        <tr><th scope="row">{ "Indemnités forfaitaires de recouvrement" }</th><td>{ format_euros(t.indemnities) }</td></tr>
                        <tr class="fi-totals__total"><th scope="row">{ "Total dû" }</th><td>{ format_euros(t.total) }</td></tr>
                        if !t.disputed.is_zero() {
                            <tr><th scope="row">{ "dont non contesté" }</th><td>{ format_euros(t.undisputed) }</td></tr>
                        }
                    </tbody>
                </table>
                <RatesFreshness as_of={a.rates_as_of} />
                { for (0..a.invoices.len()).map(|index| html! { <InvoiceDetails assessment={a.clone()} {index} detailed={index < detailed} /> }) }
                <details class="fi-rules">
                    <summary>{ "Les règles appliquées à ces montants" }</summary>
                    <ul class="fi-facts">
                        { for shared_notes(a).into_iter().map(|note| html! { <li>{ note }</li> }) }
                    </ul>
                </details>
            </section>
            <Rates assessment={a.clone()} />
            <section class="fi-card" aria-labelledby="fi-timeline">
                <h3 id="fi-timeline">{ "Calendrier" }</h3>
                <Timeline events={a.timeline.clone()} />
                <CalendarFile assessment={a.clone()} />
            </section>
            <Summary />
            <LetterCta assessment={a.clone()} />
            }
        </>
    }
}

/// What the debtor disputes, said after the sum when it belongs to invoices: « (il conteste la
/// facture F-3) », « (il conteste 500,00 € de la facture F-2) »; nothing otherwise.
fn what_is_disputed(a: &Assessment) -> String {
    let disputed: Vec<_> = a
        .invoices
        .iter()
        .filter(|i| !i.disputed.is_zero())
        .collect();
    match disputed.as_slice() {
        [one] if a.invoices.len() > 1 && one.disputed >= one.outstanding => {
            format!(" (il conteste la facture {})", one.number)
        }
        [one] if a.invoices.len() > 1 => format!(
            " (il conteste {} de la facture {})",
            format_euros(one.disputed),
            one.number
        ),
        [_, _, ..] if disputed.iter().all(|i| i.disputed >= i.outstanding) => {
            let numbers: Vec<String> = disputed.iter().map(|i| i.number.clone()).collect();
            format!(
                " (il conteste les factures {})",
                engine::format::and_list(&numbers)
            )
        }
        _ => String::new(),
    }
}

#[derive(Properties, PartialEq)]
struct FreshnessProps {
    as_of: chrono::NaiveDate,
}

/// How fresh the law behind the figures is, and what became of the site's rates file.
#[function_component(RatesFreshness)]
fn rates_freshness(props: &FreshnessProps) -> Html {
    let ctx = use_app();
    let as_of = format!("Barème à jour au {}", date_fr(props.as_of));
    // Settled once the site's file is read or refused, or when there is none to read.
    let settled = (ctx.rates_source != RatesSource::Compiled || ctx.config.rates_url.is_none())
        .then_some(AttrValue::from("true"));
    let (text, refused) = match &ctx.rates_source {
        RatesSource::Compiled => (format!("{as_of} (taux intégrés à l'application)."), false),
        RatesSource::File { added: 0, .. } => (format!("{as_of}."), false),
        RatesSource::File { .. } => (format!("{as_of} (taux complétés par le fichier des taux de ce site)."), false),
        RatesSource::Refused(reason) => (
            format!("{as_of} (taux intégrés à l'application). Le fichier des taux de ce site a été ignoré : {reason}. Aucun montant n'en dépend."),
            true,
        ),
    };
    html! {
        <p class={classes!("fi-asof", refused.then_some("fi-asof--refused"))} role={refused.then_some("status")} data-rates-settled={settled}>
            { text }
        </p>
    }
}

/// « la facture F-1, prescrite, est laissée de côté », or the plural: the engine's claim leaves
/// time-barred invoices out of a court step (D4).
fn time_barred_left_out(a: &Assessment) -> String {
    let names: Vec<String> = a
        .court_claim
        .time_barred
        .iter()
        .filter_map(|&k| a.invoices.get(k).map(|i| i.number.clone()))
        .collect();
    match names.as_slice() {
        [one] => format!("la facture {one}, prescrite, est laissée de côté"),
        many => format!(
            "les factures {}, prescrites, sont laissées de côté",
            engine::format::and_list(many)
        ),
    }
}

#[derive(Properties, PartialEq)]
struct WarningsProps {
    assessment: Shared<Assessment>,
}

#[function_component(Warnings)]
fn warnings(props: &WarningsProps) -> Html {
    // An unverified rate is said calmly in the rates section, beside its value, not here.
    let warnings: Vec<_> = props
        .assessment
        .warnings
        .iter()
        .filter(|w| w.kind() != WarningKind::UnverifiedRate)
        .collect();
    if warnings.is_empty() {
        return html! {};
    }
    html! {
        <section class="fi-warnings" aria-labelledby="fi-warnings-title">
            <h3 id="fi-warnings-title">{ "Points d'attention" }</h3>
            <ul>
                { for warnings.iter().map(|w| {
                    let severe = matches!(w.kind(), WarningKind::TimeBarred | WarningKind::InsolvencyDeadline | WarningKind::AfterOpening | WarningKind::PrescriptionEndingSoon);
                    html! { <li class={classes!(severe.then_some("fi-warning--severe"))}>{ fr::warning(w) }</li> }
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub text: Rc<fr::AdviceText>,
}

#[function_component(StepDetails)]
pub fn step_details(props: &StepProps) -> Html {
    let s = &props.text;
    html! {
        <div class="fi-step">
            <p class="fi-step__title"><strong>{ &s.title }</strong></p>
            if !s.why.is_empty() { <p><strong>{ "Pourquoi : " }</strong>{ linked(&s.why) }</p> }
            if let Some(w) = &s.where_ { <p><strong>{ "Où : " }</strong>{ linked(w) }</p> }
            if let Some(l) = &s.lawyer { <p><strong>{ "Avocat : " }</strong>{ l }</p> }
            if let Some(c) = &s.costs { <p><strong>{ "Coût : " }</strong>{ c }</p> }
            if !s.deadlines.is_empty() {
                <ul class="fi-deadlines">
                    { for s.deadlines.iter().map(|(date, label)| html! {
                        <li>{ date.map(|x| format!("{} : ", date_fr(x))).unwrap_or_default() }{ label }</li>
                    }) }
                </ul>
            }
            if !s.articles.is_empty() {
                <details class="fi-articles"><summary>{ "Références" }</summary><p>{ s.articles.join(", ") }</p></details>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct InvoiceProps {
    assessment: Shared<Assessment>,
    index: usize,
    /// False for the first frame of the results: the summary line only (`AssessmentView`).
    detailed: bool,
}

/// How many invoices' folded details are written per frame after the answer is painted.
const DETAILS_PER_FRAME: usize = 5;

#[function_component(InvoiceDetails)]
fn invoice_details(props: &InvoiceProps) -> Html {
    let Some(i) = props.assessment.invoices.get(props.index) else {
        return html! {};
    };
    html! {
        <details class="fi-invoice-result">
            <summary>{ format!("Facture {} : {} — le détail", i.number, format_euros(i.total_due())) }</summary>
            if props.detailed {
                <ul class="fi-facts">
                    <li>{ fr::due(&i.due) }</li>
                    if i.days_late > 0 { <li>{ format!("{} de retard.", engine::format::days_fr(i.days_late)) }</li> }
                    if !i.paid.is_zero() { <li>{ format!("Payé : {} ; reste dû : {}.", format_euros(i.paid), format_euros(i.outstanding)) }</li> }
                    <li>{ fr::prescription(&i.prescription) }</li>
                </ul>
                if !i.segments.is_empty() {
                    <div class="fi-table-wrap">
                        <table class="fi-segments">
                            <caption>{ format!("Pénalités de la facture {}, semestre par semestre", i.number) }</caption>
                            <thead><tr>
                                <th scope="col">{ "Période" }</th><th scope="col">{ "Jours" }</th>
                                <th scope="col">{ "Base" }</th><th scope="col">{ "Taux" }</th><th scope="col">{ "Montant" }</th>
                            </tr></thead>
                            <tbody>
                                { for i.segments.iter().map(|s| html! {
                                    <tr>
                                        <td data-label="Période">{ format!("{} → {}", date_short(s.from), date_short(s.to)) }</td>
                                        <td data-label="Jours">{ s.days }</td>
                                        <td data-label="Base">{ format_euros(s.base) }</td>
                                        <td data-label="Taux">{ format_percent(s.rate) }{ if s.status == Status::Unverified { " *" } else { "" } }</td>
                                        <td data-label="Montant">{ format_euros(s.amount) }</td>
                                    </tr>
                                }) }
                            </tbody>
                            <tfoot><tr><th scope="row" colspan="4">{ "Total (arrondi au centime)" }</th><td data-label="Total">{ format_euros(i.penalties) }</td></tr></tfoot>
                        </table>
                    </div>
                    <details class="fi-why">
                        <summary>{ "Pourquoi ce taux ?" }</summary>
                        <ul>
                            { for unique_explanations(i).into_iter().map(|(text, source)| html! {
                                <li>{ text }<br /><small>{ format!("Source : {source}") }</small></li>
                            }) }
                        </ul>
                        <p><small>{ "Calcul : base × taux annuel × jours ÷ 365, du lendemain de l'échéance à aujourd'hui inclus ; chaque paiement réduit la base dès le lendemain." }</small></p>
                    </details>
                }
            }
        </details>
    }
}

/// The rules behind the figures, each said once however many invoices share it.
fn shared_notes(a: &Assessment) -> Vec<String> {
    let mut notes: Vec<String> = Vec::new();
    for i in &a.invoices {
        for note in [fr::interest(&i.interest), fr::indemnity(&i.indemnity_note)] {
            if !notes.contains(&note) {
                notes.push(note);
            }
        }
    }
    notes
}

fn unique_explanations(i: &InvoiceAssessment) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for s in &i.segments {
        let why = fr::rate_why(s);
        if !out.iter().any(|(e, _)| *e == why) {
            out.push((why, fr::rate_source(&s.source)));
        }
    }
    out
}

#[derive(Properties, PartialEq)]
struct RatesProps {
    assessment: Shared<Assessment>,
}

/// The rates the figures rest on; unverified ones can be corrected by the visitor.
#[function_component(Rates)]
fn rates(props: &RatesProps) -> Html {
    let ctx = use_app();
    let used = &props.assessment.rates_used;
    let errors = ctx.visible_errors(Step::Results);
    if used.is_empty() {
        return html! {};
    }
    // Open when a value needs the visitor's eye; folded otherwise.
    let to_check = used
        .iter()
        .any(|r| r.status == Status::Unverified && !r.overridden);
    html! {
        <section class="fi-card" aria-labelledby="fi-rates">
            <h3 id="fi-rates">{ "Les taux utilisés" }</h3>
            <details class="fi-rates-details" open={to_check}>
            <summary>{ if to_check { "Un taux est à vérifier : voir le détail" } else { "Voir les taux et leurs sources" } }</summary>
            <ul class="fi-rates">
                { for used.iter().map(|r| {
                    let what = match r.rate {
                        OverriddenRate::EcbMro => format!("Taux BCE (refinancement) au {}", date_fr(r.half_year.first_day())),
                        OverriddenRate::LegalProfessional => format!("Taux de l'intérêt légal (créancier professionnel), {}", r.half_year),
                    };
                    let status = if r.overridden { "corrigé par vous" } else if r.status == Status::Verified { "vérifié" } else { "non vérifié" };
                    let editable = r.status == Status::Unverified || r.overridden;
                    let index = ctx.form.rate_overrides.iter().position(|o| o.half_year == r.half_year && o.rate == r.rate);
                    let value = index.map(|i| ctx.form.rate_overrides[i].value.clone()).unwrap_or_default();
                    let path = FieldPath::RateOverride(index.unwrap_or(ctx.form.rate_overrides.len()));
                    let error = error_for(&errors, path);
                    let oninput = set_text(&ctx, TextField::RateOverride(r.half_year, r.rate));
                    html! {
                        <li class={classes!((r.status == Status::Unverified && !r.overridden).then_some("fi-unverified"))}>
                            <p>{ format!("{what} : {} ({status})", format_percent(r.value)) }<br /><small>{ fr::rate_source(&r.source) }</small></p>
                            if r.status == Status::Unverified && !r.overridden {
                                <p class="fi-rate-note">{ fr::unverified_rate(r) }</p>
                            }
                            if editable {
                                <Field path={path} kind={Kind::Amount} value={value} error={error} oninput={oninput}
                                    label={format!("Corriger ce taux (en %)")} />
                            }
                        </li>
                    }
                }) }
            </ul>
            <p class="fi-hint" id="f-rates-note">{ "Taux non vérifié : provisoire (dernière valeur connue reprise) ou à confirmer (texte officiel non consulté)." }</p>
            </details>
        </section>
    }
}

/// The answers, each step reopenable.
#[function_component(Summary)]
fn summary() -> Html {
    let ctx = use_app();
    html! {
        <section class="fi-card fi-summary" aria-labelledby="fi-summary">
            <h3 id="fi-summary">{ "Vos réponses" }</h3>
            <ul>
                { for Step::ALL.iter().filter(|s| **s != Step::Results).map(|step| {
                    let step = *step;
                    let ctx = ctx.clone();
                    html! {
                        <li>
                            { step.title() }{ " " }
                            <button type="button" class="fi-link" onclick={Callback::from(move |_: MouseEvent| ctx.dispatch(Action::GoTo(step)))}>
                                { "Modifier" }<span class="fi-sr-only">{ format!(" : {}", step.title()) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// The way on to the letter that goes with the recommended step.
#[function_component(LetterCta)]
fn letter_cta(props: &RatesProps) -> Html {
    let ctx = use_app();
    let next = props.assessment.recommendation.next.procedure;
    let kind = documents::LetterKind::for_procedure(next);
    // When the next step is a court's, a letter is not the advice: it is a last notice.
    let (title, text) = match documents::LetterKind::of_step(next) {
        Some(_) => (
            format!("Préparer {}", kind.in_sentence()),
            if kind == documents::LetterKind::RequeteInjonctionDePayer {
                "La requête reprend ces montants, leur décompte en annexe et le bordereau de vos pièces. Vous pourrez la \
                 modifier, l'imprimer, et la télécharger en PDF ou en document Word."
            } else if kind == documents::LetterKind::Synthese {
                "La synthèse tient sur une page à remettre à l'avocat : les parties, ces montants, la chronologie de vos \
                 démarches, les échéances et vos pièces. Vous pourrez la modifier, l'imprimer, et la télécharger en PDF ou en \
                 document Word."
            } else if kind == documents::LetterKind::DemandeMediation {
                "La demande reprend les parties, ces montants et la chronologie de vos démarches. Vous pourrez la \
                 modifier, l'imprimer, la télécharger en PDF ou en document Word, ou en copier le texte dans le formulaire."
            } else {
                "La lettre reprend ces montants et leurs articles. Vous pourrez la modifier, l'imprimer, et la télécharger \
                 en PDF ou en document Word."
            },
        ),
        None => (
            "Une dernière mise en demeure avant d'aller en justice ?".to_string(),
            "Votre prochaine démarche est celle décrite plus haut. Si vous voulez laisser une dernière chance à votre client, \
             cette lettre la lui donne, avec ces montants et leurs articles ; elle ne remplace pas la démarche.",
        ),
    };
    let open = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::PrepareRecommended))
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = web_sys::window().map(|w| w.print());
    });
    // The other documents that fit (documents::offer), each with what it is for.
    let others: Vec<_> = documents::offer::listed(&ctx.reading.dossier, &props.assessment)
        .into_iter()
        .filter(|k| *k != kind)
        .collect();
    html! {
        <section class="fi-card fi-letter-cta" aria-labelledby="fi-letter-cta">
            <h3 id="fi-letter-cta">{ title }</h3>
            <p>{ text }</p>
            <button type="button" class="fi-button" onclick={open}>{ format!("Préparer {}", kind.in_sentence()) }</button>
            <button type="button" class="fi-button fi-button--secondary" onclick={print}>{ "Imprimer ces résultats" }</button>
            if !others.is_empty() {
                <h4>{ "Vos autres documents" }</h4>
                <ul class="fi-documents">
                    { for others.into_iter().map(|k| {
                        let ctx = ctx.clone();
                        let open = Callback::from(move |_: MouseEvent| ctx.dispatch(Action::Prepare(k)));
                        html! {
                            <li>
                                <button type="button" class="fi-link" onclick={open}>{ k.label() }</button>
                                { " — " }{ k.purpose() }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

/// The embedding site's own call to action (a lawyer's appointment page, say), if it set one.
#[function_component(CallToAction)]
fn call_to_action() -> Html {
    let ctx = use_app();
    match &ctx.config.call_to_action {
        Some((label, url)) => {
            let host = ctx.config.host.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                crate::host_events::emit(host.as_ref(), HostEvent::CallToAction)
            });
            html! {
                <p class="fi-cta"><a class="fi-button" href={url.clone()} target="_blank" rel="noopener noreferrer" {onclick}>{ label }</a></p>
            }
        }
        None => html! {},
    }
}

/// The deadlines ahead as a calendar file (.ics), each with a reminder a week before.
#[function_component(CalendarFile)]
fn calendar_file(props: &RatesProps) -> Html {
    let ctx = use_app();
    let failure = use_state(|| None::<String>);
    let count = documents::ics::deadlines(&props.assessment).len();
    if count == 0 {
        return html! {};
    }
    let onclick = {
        let a = props.assessment.clone();
        let failure = failure.clone();
        Callback::from(move |_: MouseEvent| {
            let dossier = &ctx.reading.dossier;
            let request = documents::Request {
                kind: documents::LetterKind::default(),
                dossier: dossier.clone(),
                today: ctx.today,
                rates: ctx.rates_text(),
                options: Default::default(),
                opening: None,
                closing: None,
            };
            let written = request.calendar().map_err(|e| e.to_string());
            match written {
                Ok(text) => {
                    failure.set(None);
                    let name = documents::ics::file_name(dossier, &a);
                    crate::download::download(&name, "text/calendar", text.as_bytes());
                    let event = HostEvent::Download { step: "results" };
                    crate::host_events::emit(ctx.config.host.as_ref(), event);
                }
                Err(reason) => failure.set(Some(reason)),
            }
        })
    };
    html! {
        <p>
            <button type="button" class="fi-button fi-button--secondary" {onclick}>
                { "Ajouter les échéances à mon agenda (.ics)" }
            </button>
            // The reminders: months ahead of a limitation deadline, a week ahead of the others (ics.rs).
            <span class="fi-hint">{ format!(" {}, avec des rappels avant.", if count > 1 { format!("{count} échéances") } else { "Une échéance".to_string() }) }</span>
            if let Some(reason) = &*failure {
                <span class="fi-error" role="alert">{ format!(" {reason}") }</span>
            }
        </p>
    }
}

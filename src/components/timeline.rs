//! The timeline: one row per event, a dot on a vertical line. An HTML list drawn with CSS, so
//! its text keeps its size in any column (an SVG scaled to a narrow host column shrank it to
//! 11 px) and screen readers read it as the list it is.

use engine::format::date_short;
use engine::timeline::{EventKind, TimelineEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub events: Vec<TimelineEvent>,
}

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    html! {
        <ol class="fi-timeline" aria-label="Calendrier du dossier : échéances, démarches et délais">
            { for props.events.iter().map(row) }
        </ol>
    }
}

/// How an event is drawn: past facts, deadlines to come, today, the end of the limitation period.
fn class(e: &TimelineEvent) -> &'static str {
    match e.kind {
        EventKind::Today => "fi-tl-today",
        EventKind::Prescription => "fi-tl-danger",
        EventKind::DeclarationDeadline
        | EventKind::RevendicationDeadline
        | EventKind::ReleveDeForclusionDeadline
        | EventKind::MiseEnDemeureDeadline
            if !e.past =>
        {
            "fi-tl-deadline"
        }
        _ if e.past => "fi-tl-past",
        _ => "fi-tl-future",
    }
}

fn row(e: &TimelineEvent) -> Html {
    html! {
        <li class={class(e)}>
            <span class="fi-tl-date">{ date_short(e.date) }</span>
            <span class="fi-tl-label">{ engine::texts::fr::event(e) }</span>
        </li>
    }
}

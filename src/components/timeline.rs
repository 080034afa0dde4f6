//! The timeline picture: a vertical SVG, one row per event, so it reads at 390 px wide.
//! The same events are listed for screen readers.

use engine::format::date_short;
use engine::timeline::{EventKind, TimelineEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub events: Vec<TimelineEvent>,
}

// Drawn for a 320 px wide phone column at about 1:1, so 14 px text stays 14 px.
const WIDTH: i32 = 320;
const ROW: i32 = 50;
const LINE_X: i32 = 92;
/// Labels longer than this wrap onto a second line.
const WRAP_AT: usize = 26;

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let events = &props.events;
    let height = ROW * events.len() as i32 + 8;
    html! {
        <figure class="fi-timeline">
            <svg viewBox={format!("0 0 {WIDTH} {height}")} width="100%" role="img" aria-labelledby="fi-timeline-desc"
                xmlns="http://www.w3.org/2000/svg" font-size="14" font-family="inherit">
                <title id="fi-timeline-desc">{ "Calendrier du dossier : échéances, démarches et délais" }</title>
                <line x1={LINE_X.to_string()} y1="12" x2={LINE_X.to_string()} y2={(height - 12).to_string()} class="fi-tl-line" />
                { for events.iter().enumerate().map(|(i, e)| row(i as i32, e)) }
            </svg>
            <ol class="fi-sr-only">
                { for events.iter().map(|e| html! { <li>{ format!("{} : {}", date_short(e.date), engine::texts::fr::event(e)) }</li> }) }
            </ol>
        </figure>
    }
}

fn row(index: i32, e: &TimelineEvent) -> Html {
    let y = 20 + index * ROW;
    let class = match e.kind {
        EventKind::Today => "fi-tl-today",
        EventKind::Prescription => "fi-tl-danger",
        EventKind::DeclarationDeadline
        | EventKind::ReleveDeForclusionDeadline
        | EventKind::MiseEnDemeureDeadline
            if !e.past =>
        {
            "fi-tl-deadline"
        }
        _ if e.past => "fi-tl-past",
        _ => "fi-tl-future",
    };
    let radius = if e.kind == EventKind::Today { 7 } else { 5 };
    let (first, second) = wrap(&engine::texts::fr::event(e));
    html! {
        <g class={class}>
            <text x="0" y={(y + 4).to_string()} class="fi-tl-date">{ date_short(e.date) }</text>
            <circle cx={LINE_X.to_string()} cy={y.to_string()} r={radius.to_string()} />
            <text x={(LINE_X + 14).to_string()} y={(y + 4).to_string()} class="fi-tl-label">
                <tspan>{ first }</tspan>
                if let Some(second) = second {
                    <tspan x={(LINE_X + 14).to_string()} dy="17">{ second }</tspan>
                }
            </text>
        </g>
    }
}

fn wrap(label: &str) -> (String, Option<String>) {
    if label.chars().count() <= WRAP_AT {
        return (label.to_string(), None);
    }
    let cut = label
        .char_indices()
        .filter(|(i, c)| *c == ' ' && label[..*i].chars().count() <= WRAP_AT)
        .map(|(i, _)| i)
        .next_back()
        .unwrap_or(label.len());
    (
        label[..cut].to_string(),
        Some(label[cut..].trim().to_string()),
    )
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn long_labels_wrap_at_a_space() {
        assert_eq!(wrap("Aujourd'hui"), ("Aujourd'hui".into(), None));
        let (a, b) = wrap("Dernier jour pour un relevé de forclusion");
        assert!(a.chars().count() <= 26);
        assert_eq!(
            format!("{a} {}", b.unwrap()),
            "Dernier jour pour un relevé de forclusion"
        );
    }
}

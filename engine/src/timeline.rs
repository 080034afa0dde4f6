//! The dated events of a dossier, for the timeline picture.

use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum EventKind {
    Invoice,
    DueDate,
    Payment,
    Reminder,
    MiseEnDemeureSent,
    MiseEnDemeureReceived,
    MiseEnDemeureDeadline,
    OpeningJudgment,
    BodaccPublication,
    DeclarationDeadline,
    ReleveDeForclusionDeadline,
    Today,
    Prescription,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineEvent {
    pub date: NaiveDate,
    pub kind: EventKind,
    pub label: String,
    /// Past events are facts; future ones are deadlines.
    pub past: bool,
}

pub fn event(
    date: NaiveDate,
    kind: EventKind,
    label: impl Into<String>,
    today: NaiveDate,
) -> TimelineEvent {
    TimelineEvent {
        date,
        kind,
        label: label.into(),
        past: date < today,
    }
}

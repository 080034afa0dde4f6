//! The dated events of a dossier, for the timeline picture.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::assessment::InvoiceAssessment;
use crate::dossier::Dossier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum EventKind {
    DueDate,
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

/// Every dated event of the dossier and its deadlines, in order: the timeline picture.
pub fn schedule(
    dossier: &Dossier,
    invoices: &[InvoiceAssessment],
    med_deadline: Option<NaiveDate>,
    today: NaiveDate,
) -> Vec<TimelineEvent> {
    let mut events = Vec::new();
    for invoice in invoices {
        events.push(event(
            invoice.due.date,
            EventKind::DueDate,
            format!("Échéance de la facture {}", invoice.number),
            today,
        ));
    }
    for (i, day) in dossier.reminders.iter().enumerate() {
        events.push(event(
            *day,
            EventKind::Reminder,
            format!("Relance n° {}", i + 1),
            today,
        ));
    }
    if let Some(med) = dossier.mise_en_demeure {
        events.push(event(
            med.sent,
            EventKind::MiseEnDemeureSent,
            "Mise en demeure envoyée",
            today,
        ));
        if let Some(received) = med.received {
            events.push(event(
                received,
                EventKind::MiseEnDemeureReceived,
                "Mise en demeure reçue",
                today,
            ));
        }
        if let Some(deadline) = med_deadline {
            events.push(event(
                deadline,
                EventKind::MiseEnDemeureDeadline,
                "Fin du délai de la mise en demeure",
                today,
            ));
        }
    }
    if let Some(cp) = dossier.pre_opening_proceedings() {
        if let Some(judgment) = cp.judgment_date {
            events.push(event(
                judgment,
                EventKind::OpeningJudgment,
                "Jugement d'ouverture",
                today,
            ));
        }
        events.push(event(
            cp.bodacc_publication,
            EventKind::BodaccPublication,
            "Publication au BODACC",
            today,
        ));
        let declare = cp.declaration_deadline();
        events.push(event(
            declare,
            EventKind::DeclarationDeadline,
            "Dernier jour pour déclarer la créance",
            today,
        ));
        let releve = cp.releve_deadline();
        events.push(event(
            releve,
            EventKind::ReleveDeForclusionDeadline,
            "Dernier jour pour un relevé de forclusion",
            today,
        ));
    }
    events.push(event(today, EventKind::Today, "Aujourd'hui", today));
    let mut prescriptions: Vec<NaiveDate> = invoices
        .iter()
        .filter(|i| i.outstanding > Decimal::ZERO)
        .map(|i| i.prescription.ends)
        .collect();
    prescriptions.sort();
    prescriptions.dedup();
    for day in prescriptions {
        events.push(event(
            day,
            EventKind::Prescription,
            "Prescription : dernier jour pour agir",
            today,
        ));
    }
    events.sort_by_key(|e| (e.date, e.kind));
    events
}

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
    RevendicationDeadline,
    ReleveDeForclusionDeadline,
    Today,
    Prescription,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineEvent {
    pub date: NaiveDate,
    pub kind: EventKind,
    /// What the event is about: the invoice's number, or the reminder's rank.
    pub subject: Option<String>,
    /// Past events are facts; future ones are deadlines.
    pub past: bool,
}

pub fn event(
    date: NaiveDate,
    kind: EventKind,
    subject: Option<String>,
    today: NaiveDate,
) -> TimelineEvent {
    TimelineEvent {
        date,
        kind,
        subject,
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
            Some(invoice.number.clone()),
            today,
        ));
    }
    for (i, day) in dossier.reminders.iter().enumerate() {
        events.push(event(
            *day,
            EventKind::Reminder,
            Some((i + 1).to_string()),
            today,
        ));
    }
    if let Some(med) = dossier.mise_en_demeure {
        events.push(event(med.sent, EventKind::MiseEnDemeureSent, None, today));
        if let Some(received) = med.received {
            events.push(event(
                received,
                EventKind::MiseEnDemeureReceived,
                None,
                today,
            ));
        }
        if let Some(deadline) = med_deadline {
            events.push(event(
                deadline,
                EventKind::MiseEnDemeureDeadline,
                None,
                today,
            ));
        }
    }
    if let Some(cp) = dossier.pre_opening_proceedings() {
        if let Some(judgment) = cp.judgment_date {
            events.push(event(judgment, EventKind::OpeningJudgment, None, today));
        }
        events.push(event(
            cp.bodacc_publication,
            EventKind::BodaccPublication,
            None,
            today,
        ));
        let declare = cp.declaration_deadline();
        events.push(event(declare, EventKind::DeclarationDeadline, None, today));
        if cp.reservation_of_title {
            let by = cp.revendication_deadline();
            events.push(event(by, EventKind::RevendicationDeadline, None, today));
        }
        let releve = cp.releve_deadline();
        events.push(event(
            releve,
            EventKind::ReleveDeForclusionDeadline,
            None,
            today,
        ));
    }
    events.push(event(today, EventKind::Today, None, today));
    // One event per last day, naming the invoices it ends. None for the invoices bound by
    // collective proceedings: individual actions are forbidden and the declaration interrupts
    // prescription until the proceedings end (C. com. L622-21, L622-25-1; AUDIT I2).
    let bound =
        |i: &InvoiceAssessment| dossier.collective_proceedings.is_some() && !i.after_opening;
    let mut prescriptions: Vec<(NaiveDate, Vec<&str>)> = Vec::new();
    for i in invoices
        .iter()
        .filter(|i| i.outstanding > Decimal::ZERO && !bound(i))
    {
        match prescriptions
            .iter_mut()
            .find(|(day, _)| *day == i.prescription.ends)
        {
            Some((_, numbers)) => numbers.push(&i.number),
            None => prescriptions.push((i.prescription.ends, vec![&i.number])),
        }
    }
    for (day, numbers) in prescriptions {
        events.push(event(
            day,
            EventKind::Prescription,
            Some(numbers.join(", ")),
            today,
        ));
    }
    events.sort_by_key(|e| (e.date, e.kind));
    events
}

//! The deadlines of a dossier as a calendar file (RFC 5545): one all-day event per deadline
//! still ahead, each with a reminder a week before, for any calendar application. The dates and
//! their words come from the engine; nothing here decides a date.

use chrono::{Datelike, NaiveDate};
use engine::assessment::Assessment;
use engine::recourse::DeadlineKind;
use engine::texts::fr;
use engine::timeline::EventKind;
use engine::Dossier;

use crate::typography::slug;

/// Days before a deadline that the calendar reminds of it.
const REMIND_DAYS_BEFORE: u32 = 7;
/// Before the end of a limitation period: an order must be obtained and served, or a writ
/// served, before it (AUDIT I2); a week would be too late.
const REMIND_PRESCRIPTION_DAYS_BEFORE: [u32; 2] = [90, 30];

/// One deadline of the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub date: NaiveDate,
    pub summary: String,
    /// The days before it that the calendar reminds of it.
    pub remind_days_before: Vec<u32>,
}

fn reminders(prescription: bool) -> Vec<u32> {
    if prescription {
        REMIND_PRESCRIPTION_DAYS_BEFORE.to_vec()
    } else {
        vec![REMIND_DAYS_BEFORE]
    }
}

/// The deadlines ahead: the dated ones of the next step (its words are the more precise:
/// « Faire signifier avant la prescription » for an injonction de payer), then the timeline's
/// (end of the mise en demeure's delay, declaration and relevé de forclusion, the last day to
/// go to court) on other days. Under collective proceedings the engine sets no limitation
/// deadline (`timeline::schedule`, AUDIT I2).
pub fn deadlines(a: &Assessment) -> Vec<Deadline> {
    let mut list: Vec<Deadline> = Vec::new();
    for d in &a.recommendation.next.deadlines {
        if let Some(date) = d.date.filter(|day| *day >= a.date) {
            let prescription = matches!(
                d.kind,
                DeadlineKind::ServeBeforePrescription | DeadlineKind::SueBeforePrescription
            );
            list.push(Deadline {
                date,
                summary: fr::deadline(d.kind),
                remind_days_before: reminders(prescription),
            });
        }
    }
    for e in a.timeline.iter().filter(|e| !e.past && e.date >= a.date) {
        let kept = matches!(
            e.kind,
            EventKind::MiseEnDemeureDeadline
                | EventKind::DeclarationDeadline
                | EventKind::RevendicationDeadline
                | EventKind::ReleveDeForclusionDeadline
                | EventKind::Prescription
        );
        // The next step already holds the same day.
        if kept && !list.iter().any(|l| l.date == e.date) {
            list.push(Deadline {
                date: e.date,
                summary: fr::event(e),
                remind_days_before: reminders(e.kind == EventKind::Prescription),
            });
        }
    }
    list.sort_by_key(|d| d.date);
    list
}

/// The calendar file's text, lines ending in CRLF as RFC 5545 asks.
pub fn write(dossier: &Dossier, a: &Assessment) -> String {
    let debtor = dossier.debtor.identity.name.trim();
    let about = if debtor.is_empty() {
        "Facture impayée".to_string()
    } else {
        format!("Facture impayée — {debtor}")
    };
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//facture-impayee//Calendrier du dossier//FR".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let stamp = format!("{}T000000Z", compact(a.date));
    for (i, d) in deadlines(a).iter().enumerate() {
        let summary = format!("{} ({about})", d.summary);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!(
                "UID:{}-{}-{}@facture-impayee",
                compact(d.date),
                i + 1,
                slug(debtor)
            ),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", compact(d.date)),
            format!(
                "DTEND;VALUE=DATE:{}",
                compact(d.date.succ_opt().unwrap_or(d.date))
            ),
            format!("SUMMARY:{}", text(&summary)),
            format!(
                "DESCRIPTION:{}",
                text(
                    "Information juridique générale, calculée par l'outil Facture impayée : \
                      vérifiez la date avec votre conseil avant d'agir."
                )
            ),
            "TRANSP:TRANSPARENT".into(),
        ]);
        for days in &d.remind_days_before {
            lines.extend([
                "BEGIN:VALARM".to_string(),
                "ACTION:DISPLAY".into(),
                format!("DESCRIPTION:{}", text(&summary)),
                format!("TRIGGER:-P{days}D"),
                "END:VALARM".into(),
            ]);
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l) + "\r\n").collect()
}

/// The file name: `echeances-<débiteur>-<date>.ics`.
pub fn file_name(dossier: &Dossier, a: &Assessment) -> String {
    format!(
        "echeances-{}-{}.ics",
        slug(&dossier.debtor.identity.name),
        a.date
    )
}

/// « 20261122 ».
fn compact(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets, never inside a character (RFC 5545 §3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters() {
        let line = format!("SUMMARY:{}", "é".repeat(60));
        let folded = fold(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}

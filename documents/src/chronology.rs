//! What happened, day by day: invoices, due dates, payments, reminders, the mise en demeure,
//! as a médiateur or a lawyer asks for it. Only what the visitor told us.

use chrono::NaiveDate;
use engine::amount::format_euros;
use engine::assessment::Assessment;
use engine::format::date_short;
use engine::Dossier;

use crate::wording::name;

/// « 15/05/2026 : facture n° F-1 émise, 1 200,00 € TTC. », in date order (on one day, in the
/// order things happen: the invoice, its due date, a payment, a letter).
pub(crate) fn chronology(dossier: &Dossier, a: &Assessment) -> Vec<String> {
    let mut events: Vec<(NaiveDate, u8, String)> = Vec::new();
    for (i, d) in a.invoices.iter().zip(&dossier.invoices) {
        events.push((
            d.issue_date,
            0,
            format!("facture {} émise, {} TTC", name(i), format_euros(i.amount)),
        ));
        events.push((i.due.date, 1, format!("échéance de la facture {}", name(i))));
        for p in &d.payments {
            events.push((
                p.date,
                2,
                format!(
                    "paiement reçu de {} sur la facture {}",
                    format_euros(p.amount),
                    name(i)
                ),
            ));
        }
    }
    for r in &dossier.reminders {
        events.push((*r, 3, "relance envoyée".into()));
    }
    if let Some(m) = dossier.mise_en_demeure {
        let received = m
            .received
            .map(|r| format!(", reçue le {}", date_short(r)))
            .unwrap_or_default();
        events.push((m.sent, 4, format!("mise en demeure envoyée{received}")));
    }
    events.sort_by_key(|x| (x.0, x.1));
    events
        .into_iter()
        .map(|(day, _, what)| format!("{} : {what}.", date_short(day)))
        .collect()
}

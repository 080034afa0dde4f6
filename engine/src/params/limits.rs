//! The application's own plausibility bounds: not rules of law, but numbers the engine acts on,
//! so they live beside the law's, dated and referenced like them.

use super::{date, verified, Cadence, Param, TableSummary};

const CHOICE: &str = "choix de l'application : borne de plausibilité, pas une règle de droit";

macro_rules! limit {
    ($label:expr, $value:expr) => {
        Param {
            label: $label,
            cadence: Cadence::Changes,
            rows: &[verified(date(2025, 1, 1), $value, CHOICE)],
        }
    };
}

/// A payment term longer than this, in days, is taken for a typing error.
pub const MAX_TERM_DAYS: Param<i64> = limit!("Délai de paiement le plus long accepté (jours)", 365);
/// The highest contract penalty rate accepted, in percent.
pub const MAX_CONTRACT_RATE_PERCENT: Param<i64> =
    limit!("Taux contractuel le plus élevé accepté (%)", 100);
/// Bounds of a rate the visitor types in place of a table value, in basis points.
pub const RATE_OVERRIDE_BOUNDS_BP: Param<(i64, i64)> = limit!(
    "Bornes d'un taux saisi par le visiteur (points de base)",
    (-500, 5_000)
);
/// The longest deadline a mise en demeure may leave, in days.
pub const MAX_MISE_EN_DEMEURE_DAYS: Param<i64> = limit!(
    "Délai le plus long laissé par une mise en demeure (jours)",
    90
);
/// A limitation period ending within this many months is flagged as ending soon.
pub const PRESCRIPTION_ENDING_SOON_MONTHS: Param<i64> = limit!(
    "Prescription signalée comme proche (mois avant son terme)",
    6
);
/// Friendly reminders worth sending before a mise en demeure (usual practice, no statute).
pub const MAX_FRIENDLY_REMINDERS: Param<i64> =
    limit!("Relances amiables conseillées avant une mise en demeure", 3);

/// The most invoices one dossier holds: generous for one debtor, and the page stays quick.
pub const MAX_INVOICES: Param<i64> = limit!("Factures par dossier, au plus", 200);
/// The most partial payments recorded on one invoice.
pub const MAX_PAYMENTS_PER_INVOICE: Param<i64> =
    limit!("Paiements partiels par facture, au plus", 50);
/// The most reminders recorded.
pub const MAX_REMINDERS: Param<i64> = limit!("Relances enregistrées, au plus", 30);

pub(super) fn limit_tables() -> Vec<TableSummary> {
    vec![
        MAX_TERM_DAYS.summary(),
        MAX_CONTRACT_RATE_PERCENT.summary(),
        RATE_OVERRIDE_BOUNDS_BP.summary(),
        MAX_MISE_EN_DEMEURE_DAYS.summary(),
        PRESCRIPTION_ENDING_SOON_MONTHS.summary(),
        MAX_FRIENDLY_REMINDERS.summary(),
        MAX_INVOICES.summary(),
        MAX_PAYMENTS_PER_INVOICE.summary(),
        MAX_REMINDERS.summary(),
    ]
}

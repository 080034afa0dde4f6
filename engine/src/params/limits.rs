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
/// Bounds of a rate the visitor types in place of a table value, in basis points: never
/// negative, so no penalty is ever negative (PROBE F4).
pub const RATE_OVERRIDE_BOUNDS_BP: Param<(i64, i64)> = limit!(
    "Bornes d'un taux saisi par le visiteur (points de base)",
    (0, 5_000)
);
/// Bounds of an ECB MRO rate a site's rates file may give, in basis points (PROBE F4).
pub const RATES_FILE_MRO_BOUNDS_BP: Param<(i64, i64)> = limit!(
    "Bornes d'un taux BCE du fichier des taux (points de base)",
    (-100, 1_000)
);
/// Bounds of a legal interest rate a site's rates file may give, in basis points.
pub const RATES_FILE_LEGAL_BOUNDS_BP: Param<(i64, i64)> = limit!(
    "Bornes d'un taux légal du fichier des taux (points de base)",
    (0, 1_500)
);
/// The largest move of the ECB MRO between two successive rows of the rates file, or from the
/// rate the app knows, in basis points: it moved 0.75 points at most; a typo far more.
pub const RATES_FILE_MAX_STEP_BP: Param<i64> = limit!(
    "Plus grand écart entre deux taux BCE successifs du fichier des taux (points de base)",
    150
);
/// The largest move of a legal rate from the half-year before, in basis points: they moved
/// 3.7 points at most (2023-S1), a typo far more.
pub const RATES_FILE_MAX_LEGAL_STEP_BP: Param<i64> = limit!(
    "Plus grand écart d'un taux légal du fichier avec le semestre précédent (points de base)",
    400
);
/// How far past its last row, or past the app's own table, the file may say the ECB rate is
/// known (days).
pub const RATES_FILE_KNOWN_UNTIL_MAX_DAYS: Param<i64> = limit!(
    "Plus longue validité annoncée du taux BCE par le fichier des taux (jours)",
    366
);
/// The longest text a one-line field or an address keeps, in characters: far past any name or
/// address, and short enough that the preview lays it out at once (PROBE F13: 100 000 characters
/// without a space took Chromium 9 s to lay out).
pub const MAX_SHORT_TEXT_CHARS: Param<i64> = limit!(
    "Texte le plus long d'un champ d'une ligne ou d'une adresse (caractères)",
    500
);
/// The longest paragraph a letter keeps (opening, closing, added paragraph), in characters.
pub const MAX_LONG_TEXT_CHARS: Param<i64> =
    limit!("Paragraphe le plus long d'une lettre (caractères)", 20_000);
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
        MAX_SHORT_TEXT_CHARS.summary(),
        MAX_LONG_TEXT_CHARS.summary(),
        RATES_FILE_MRO_BOUNDS_BP.summary(),
        RATES_FILE_LEGAL_BOUNDS_BP.summary(),
        RATES_FILE_MAX_STEP_BP.summary(),
        RATES_FILE_MAX_LEGAL_STEP_BP.summary(),
        RATES_FILE_KNOWN_UNTIL_MAX_DAYS.summary(),
        MAX_MISE_EN_DEMEURE_DAYS.summary(),
        PRESCRIPTION_ENDING_SOON_MONTHS.summary(),
        MAX_FRIENDLY_REMINDERS.summary(),
        MAX_INVOICES.summary(),
        MAX_PAYMENTS_PER_INVOICE.summary(),
        MAX_REMINDERS.summary(),
    ]
}

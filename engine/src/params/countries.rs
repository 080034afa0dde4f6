//! The European Union's Member States and what its regulations on cross-border recovery
//! say of them: which bind which State, and the one court a State named (FACTS §16;
//! docs/LEGAL-ADDITIONS.md).

use super::{date, unverified, verified, Cadence, Param, TableSummary, DATE_FROM_MEMORY};

/// The Member States of the European Union, France included (ISO 3166-1 codes; Greece is GR).
pub const EU_MEMBER_STATES: Param<&'static [&'static str]> = table!(
    "États membres de l'Union européenne (codes ISO 3166-1)",
    [verified(
        date(2020, 2, 1),
        &[
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
            "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"
        ],
        "TUE, art. 52 ; retrait du Royaume-Uni le 1er février 2020 (accord de retrait, JO L 29 du 31 janvier 2020)"
    ),]
);
/// Member States bound by neither the European order for payment nor the small claims
/// regulation: Denmark (Reg. 1896/2006 art. 2(3), Reg. 861/2007 art. 2(3)). FACTS §16.
pub const EUROPEAN_PROCEDURES_OPTED_OUT: Param<&'static [&'static str]> = table!(
    "États membres où ni l'injonction de payer européenne ni les petits litiges européens ne s'appliquent",
    [verified(
        date(2008, 12, 12),
        &["DK"],
        "Règl. (CE) 1896/2006, art. 2, 3 ; Règl. (CE) 861/2007, art. 2, 3 ; protocole sur la position du Danemark"
    ),]
);
/// A Member State that sends every application for a European order for payment to one
/// court, as it notified under Reg. 1896/2006 art. 29(1)(a) (docs/LEGAL-ADDITIONS.md).
pub const EUROPEAN_ORDER_CENTRAL_COURTS: Param<&'static [(&'static str, &'static str)]> = table!(
    "Juridiction unique d'un État pour l'injonction de payer européenne",
    [unverified(
        date(2008, 12, 12),
        &[("DE", "l'Amtsgericht Wedding, 13343 Berlin")],
        "Règl. (CE) 1896/2006, art. 29, 1, a) : communication de l'Allemagne (portail e-Justice, « Injonction de payer européenne — Allemagne »)",
        DATE_FROM_MEMORY
    ),]
);
pub(super) fn country_tables() -> Vec<TableSummary> {
    vec![
        EU_MEMBER_STATES.summary(),
        EUROPEAN_PROCEDURES_OPTED_OUT.summary(),
        EUROPEAN_ORDER_CENTRAL_COURTS.summary(),
    ]
}

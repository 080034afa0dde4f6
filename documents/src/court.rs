//! The court a document names: by the debtor (C. com. L721-3), and in the towns of the pilot
//! tribunaux des activités économiques (`params::TAE_COURTS`) that one, once the visitor typed
//! the town.

use chrono::NaiveDate;
use engine::params;
use engine::recourse::Court;

/// The kind of court a requête is addressed to: by the debtor (C. com. L721-3), a pilot
/// tribunal des activités économiques when the town the visitor typed is one of them.
pub fn court_kind(court: Court, town: &str) -> &'static str {
    if !court.commercial {
        "tribunal judiciaire"
    } else if court.in_tae_pilot() && is_tae_town(town.trim(), court.today) {
        "tribunal des activités économiques"
    } else {
        "tribunal de commerce"
    }
}

/// That court with its town: « tribunal de commerce de Bourges ».
pub fn court_title(court: Court, town: &str) -> String {
    let town = town.trim();
    let name = court_kind(court, town);
    if town.is_empty() {
        format!("{name} de ………………………")
    } else {
        format!("{name} de {town}")
    }
}

/// Whether `town` is one of the pilot courts' towns (`params::TAE_COURTS`, a French list).
fn is_tae_town(town: &str, today: NaiveDate) -> bool {
    // The pilot towns are written in ASCII: an ASCII fold is enough (and Unicode case tables
    // would cost kilobytes of wasm).
    let norm = |t: &str| t.trim().to_ascii_lowercase().replace(['-', '\''], " ");
    let wanted = norm(town);
    params::TAE_COURTS
        .at(today)
        .split(", ")
        .flat_map(|part| part.split(" et "))
        .any(|t| !wanted.is_empty() && norm(t) == wanted)
}

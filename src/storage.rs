//! The dossier in the browser's local storage: one namespaced key, a versioned schema,
//! and no panic whatever the storage holds or refuses.
//!
//! web-sys is used directly: gloo-storage's `LocalStorage::raw()` calls `expect_throw`
//! and so aborts the app when storage is blocked (sandboxed iframe, private mode).

use serde::{Deserialize, Serialize};

/// The key the dossier is kept under. Namespaced so a host page's own keys are safe.
pub const DOSSIER_KEY: &str = "facture-impayee/dossier";
/// Where an unreadable copy is put aside rather than deleted.
pub const UNREADABLE_KEY: &str = "facture-impayee/dossier-illisible";
/// Bumped whenever the stored form changes in a way older code cannot read.
pub const SCHEMA_VERSION: u32 = 1;

/// What is kept: distinct from the UI state, so the UI can change without breaking old data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StoredDossier {
    pub version: u32,
    /// The invoice amount as the visitor typed it, kept even when it is not valid yet.
    pub amount_input: String,
}

/// What loading found.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    Nothing,
    Dossier(StoredDossier),
    /// The stored text could not be read; it was put aside under [`UNREADABLE_KEY`].
    Unreadable,
    /// Local storage is blocked or missing (private mode, sandboxed iframe).
    Unavailable,
}

/// Reads the dossier from a raw stored string (pure: tested natively).
pub fn decode(raw: &str) -> Option<StoredDossier> {
    let dossier: StoredDossier = serde_json::from_str(raw).ok()?;
    (dossier.version == SCHEMA_VERSION).then_some(dossier)
}

pub fn encode(dossier: &StoredDossier) -> String {
    // Serialising plain strings and numbers cannot fail; an empty string is a safe fallback.
    serde_json::to_string(dossier).unwrap_or_default()
}

fn raw_storage() -> Option<web_sys::Storage> {
    // `local_storage()` itself throws (Err) when storage is blocked.
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> Loaded {
    let Some(storage) = raw_storage() else {
        return Loaded::Unavailable;
    };
    match storage.get_item(DOSSIER_KEY) {
        Err(_) => Loaded::Unavailable,
        Ok(None) => Loaded::Nothing,
        Ok(Some(raw)) => match decode(&raw) {
            Some(dossier) => Loaded::Dossier(dossier),
            None => {
                let _ = storage.set_item(UNREADABLE_KEY, &raw);
                let _ = storage.remove_item(DOSSIER_KEY);
                Loaded::Unreadable
            }
        },
    }
}

/// Saves the dossier; `false` when the storage refused (full or blocked).
pub fn save(dossier: &StoredDossier) -> bool {
    raw_storage().is_some_and(|s| s.set_item(DOSSIER_KEY, &encode(dossier)).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let dossier = StoredDossier {
            version: SCHEMA_VERSION,
            amount_input: "1 234,56".into(),
        };
        assert_eq!(decode(&encode(&dossier)), Some(dossier));
    }

    #[test]
    fn rejects_garbage_and_unknown_versions() {
        assert_eq!(decode("not json"), None);
        assert_eq!(decode(r#"{"version":99,"amount_input":"1"}"#), None);
        assert_eq!(decode(""), None);
    }
}

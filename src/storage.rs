//! The dossier in the browser's local storage: one namespaced key, a versioned schema,
//! and no panic whatever the storage holds or refuses.
//!
//! web-sys is used directly: gloo-storage's `LocalStorage::raw()` calls `expect_throw`
//! and so aborts the app when storage is blocked (sandboxed iframe, private mode).

use std::cell::RefCell;
use std::rc::Rc;

use engine::json::{required, FromJson, ToJson};

use crate::form::{DossierForm, Step};

/// The key the dossier is kept under on the standalone page. Namespaced so a host page's
/// own keys are safe; an embedding can add its own namespace (see [`Keys`]).
pub const DOSSIER_KEY: &str = "facture-impayee/dossier";
/// Where an unreadable copy is put aside rather than deleted.
pub const UNREADABLE_KEY: &str = "facture-impayee/dossier-illisible";

/// The storage keys of one embedding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    pub dossier: String,
    pub unreadable: String,
    /// The dossier the last import replaced.
    pub backup: String,
    /// How many times the dossier was saved, by any tab: a save never overwrites a newer one.
    pub revision: String,
}

impl Keys {
    /// static/embed.js looks for the dossier under the same key before the app starts.
    pub fn new(namespace: Option<&str>) -> Self {
        match namespace {
            None => Keys {
                dossier: DOSSIER_KEY.into(),
                unreadable: UNREADABLE_KEY.into(),
                backup: "facture-impayee/dossier-avant-import".into(),
                revision: "facture-impayee/dossier-revision".into(),
            },
            Some(ns) => Keys {
                dossier: format!("facture-impayee/{ns}/dossier"),
                unreadable: format!("facture-impayee/{ns}/dossier-illisible"),
                backup: format!("facture-impayee/{ns}/dossier-avant-import"),
                revision: format!("facture-impayee/{ns}/dossier-revision"),
            },
        }
    }
}
/// Bumped whenever the stored form changes in a way older code cannot read.
pub const SCHEMA_VERSION: u32 = 1;
/// Marks an exported file as ours.
pub const EXPORT_FORMAT: &str = "facture-impayee/dossier";

engine::json_struct! {
    /// What is kept, and what an export file holds: distinct from the UI state. Without its
    /// format and version a text is none of ours.
    #[derive(Debug, Clone, PartialEq)]
    pub struct StoredDossier {
        pub format: String [required],
        pub version: u32 [required],
        pub form: DossierForm,
        pub step: Step,
        /// The furthest step the visitor reached.
        pub reached: Step,
    }
}

impl Default for StoredDossier {
    fn default() -> Self {
        StoredDossier {
            format: EXPORT_FORMAT.into(),
            version: SCHEMA_VERSION,
            form: DossierForm::default(),
            step: Step::default(),
            reached: Step::default(),
        }
    }
}

/// What loading found.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    Nothing,
    Dossier(Box<StoredDossier>),
    /// The stored text could not be read; a copy was put aside under a dated key beside
    /// [`UNREADABLE_KEY`].
    Unreadable,
    /// The stored text could not be read nor copied (storage full): it is left as it was.
    UnreadableKept,
    /// The stored dossier was written by a newer version of the app: left as it was.
    Newer,
    /// Local storage is blocked or missing (private mode, sandboxed iframe).
    Unavailable,
}

/// The largest dossier read, stored or imported: a real one with 200 invoices weighs about
/// 150 KB; a larger text is a damaged or hostile file, and reading it would freeze the page.
pub const MAX_DOSSIER_BYTES: usize = 1_000_000;

/// Why a text is not a dossier this version opens.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodeError {
    /// Over [`MAX_DOSSIER_BYTES`].
    TooLarge,
    /// Not JSON, not ours, or damaged.
    NotOurs,
    /// Written by a newer version of the app: not garbage, only not readable here.
    NewerVersion(u32),
    /// An older format no longer read.
    OlderVersion(u32),
    /// More lines than the app takes.
    TooMany(engine::validate::Problem),
    /// A text longer than its field keeps (`TextField::max_chars`): at this many characters.
    TooLong(i64),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::TooLarge => write!(
                f,
                "Ce fichier est trop volumineux pour un dossier (plus de {} Ko) : il n'a pas été ouvert.",
                MAX_DOSSIER_BYTES / 1000
            ),
            DecodeError::NotOurs => {
                f.write_str("Ce fichier n'est pas un dossier exporté par cette application.")
            }
            DecodeError::NewerVersion(v) => write!(
                f,
                "Ce dossier vient d'une version plus récente de l'application (format {v}) : \
                 rechargez la page pour obtenir cette version, puis ouvrez-le."
            ),
            DecodeError::OlderVersion(v) => write!(
                f,
                "Ce dossier vient d'une autre version de l'application (format {v})."
            ),
            DecodeError::TooMany(problem) => write!(f, "Ce dossier ne peut pas être ouvert. {problem}"),
            DecodeError::TooLong(max) => {
                // « 20 000 », grouped as French writes it.
                let max = match (max / 1000, max % 1000) {
                    (0, units) => units.to_string(),
                    (thousands, units) => format!("{thousands}\u{202f}{units:03}"),
                };
                write!(
                    f,
                    "Ce dossier ne peut pas être ouvert : un de ses textes dépasse {max} caractères, \
                     plus que le champ n'en garde."
                )
            }
        }
    }
}

/// Reads a stored or exported dossier (pure: tested natively, and fuzzed): bounded in size and
/// in lines, every line given a unique id.
pub fn decode(raw: &str) -> Result<StoredDossier, DecodeError> {
    if raw.len() > MAX_DOSSIER_BYTES {
        return Err(DecodeError::TooLarge);
    }
    let json = engine::json::parse(raw).ok_or(DecodeError::NotOurs)?;
    // Whose and which version, read before the rest: a newer version's dossier is recognised
    // even when its form is not.
    let format: String = required(&json, "format").ok_or(DecodeError::NotOurs)?;
    let version: u32 = required(&json, "version").ok_or(DecodeError::NotOurs)?;
    if format != EXPORT_FORMAT {
        return Err(DecodeError::NotOurs);
    }
    if version > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion(version));
    }
    if version != SCHEMA_VERSION {
        return Err(DecodeError::OlderVersion(version));
    }
    if let Some(max) = text_too_long(&json, "") {
        return Err(DecodeError::TooLong(max));
    }
    let mut stored = StoredDossier::from_json(&json).ok_or(DecodeError::NotOurs)?;
    let form = &stored.form;
    let most_payments = form.invoices.iter().map(|i| i.payments.len()).max();
    if let Some(problem) = engine::validate::too_many(
        form.invoices.len(),
        most_payments.unwrap_or(0),
        form.reminders.len(),
    ) {
        return Err(DecodeError::TooMany(problem));
    }
    stored.form.letter.adopt_older_texts();
    stored.form.renumber_if_needed();
    Ok(stored)
}

/// The limit of the first text over its field's (F13: the letter's page froze on a paragraph of
/// 100 000 characters), read from the key it is under: the letter's paragraphs keep
/// `MAX_LONG_TEXT_CHARS`, every other field `MAX_SHORT_TEXT_CHARS` (as `TextField::max_chars`).
fn text_too_long(json: &engine::json::Json, key: &str) -> Option<i64> {
    use engine::json::Json;
    use engine::params::{MAX_LONG_TEXT_CHARS, MAX_SHORT_TEXT_CHARS};
    match json {
        Json::String(text) => {
            let long = matches!(
                key,
                "openings" | "closings" | "opening" | "closing" | "extra"
            );
            let max = if long {
                &MAX_LONG_TEXT_CHARS
            } else {
                &MAX_SHORT_TEXT_CHARS
            }
            .current();
            // Bytes first: most texts are short, and counting characters costs a pass.
            let over = text.len() as i64 > max && text.chars().count() as i64 > max;
            over.then_some(max)
        }
        // A list's items are under the list's key (the letter's `openings`).
        Json::Array(items) => items.iter().find_map(|item| text_too_long(item, key)),
        Json::Object(fields) => fields.iter().find_map(|(k, v)| text_too_long(v, k)),
        _ => None,
    }
}

pub fn encode(dossier: &StoredDossier) -> String {
    dossier.to_json()
}

#[cfg(target_arch = "wasm32")]
fn raw_storage() -> Option<web_sys::Storage> {
    // `local_storage()` itself throws (Err) when storage is blocked.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Natively (the tests, the static first paint) there is no browser storage.
#[cfg(not(target_arch = "wasm32"))]
fn raw_storage() -> Option<web_sys::Storage> {
    None
}

pub fn load(keys: &Keys) -> Loaded {
    let Some(storage) = raw_storage() else {
        return Loaded::Unavailable;
    };
    match storage.get_item(&keys.dossier) {
        Err(_) => Loaded::Unavailable,
        Ok(None) => Loaded::Nothing,
        Ok(Some(raw)) => read_stored(&storage, keys, &raw),
    }
}

fn read_stored(storage: &web_sys::Storage, keys: &Keys, raw: &str) -> Loaded {
    match decode(raw) {
        Ok(dossier) => Loaded::Dossier(Box::new(dossier)),
        // Left exactly as it is: the newer version will read it.
        Err(DecodeError::NewerVersion(_)) => Loaded::Newer,
        Err(_) => set_aside(storage, keys, raw),
    }
}

/// A stored text past this length is read in a task before the app's first render
/// ([`Preloaded`]): 200 invoices of 50 payments, read and rendered in one task, held the page
/// 200 to 250 ms on a reload (PROBE F7); a real dossier of 200 invoices weighs about 150 KB.
pub const LONG_DOSSIER_BYTES: usize = 100_000;

/// A long dossier read ahead of the app's first render (lib.rs, `mount`), so that reading it
/// and rendering it are two tasks: what it holds, and the text stored once it was read (none
/// when it was set aside). The first render takes it once, only if that text is still the
/// one stored: another tab may have written between the two tasks.
#[derive(Clone, Default)]
pub struct Preloaded(Rc<RefCell<Option<ReadAhead>>>);

struct ReadAhead {
    /// What storage held once it was read: the text, or nothing if it was set aside.
    left: Option<String>,
    loaded: Loaded,
}

impl PartialEq for Preloaded {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Preloaded {
    /// The stored dossier under `keys` read now, if its text is long; None otherwise.
    pub fn read(keys: &Keys) -> Option<Preloaded> {
        let storage = raw_storage()?;
        let raw = storage.get_item(&keys.dossier).ok()??;
        if raw.len() <= LONG_DOSSIER_BYTES {
            return None;
        }
        let loaded = read_stored(&storage, keys, &raw);
        let left = (!matches!(loaded, Loaded::Unreadable)).then_some(raw);
        Some(Preloaded(Rc::new(RefCell::new(Some(ReadAhead {
            left,
            loaded,
        })))))
    }

    /// What was read ahead, if it is still what storage holds under `keys`.
    pub fn take(&self, keys: &Keys) -> Option<Loaded> {
        let ReadAhead { left, loaded } = self.0.borrow_mut().take()?;
        let now = raw_storage()?.get_item(&keys.dossier).ok()?;
        (now == left).then_some(loaded)
    }
}

/// The most copies of unreadable dossiers kept; the oldest go first.
pub const MAX_SET_ASIDE: usize = 3;

/// Copies an unreadable dossier under a dated key of its own, then removes the original: only
/// once the copy is written. When it cannot be (storage full), the original stays untouched.
fn set_aside(storage: &web_sys::Storage, keys: &Keys, raw: &str) -> Loaded {
    let stamp = String::from(js_sys::Date::new_0().to_iso_string());
    let mut key = format!("{}/{stamp}", keys.unreadable);
    let mut n = 2;
    while storage.get_item(&key).ok().flatten().is_some() {
        key = format!("{}/{stamp}-{n}", keys.unreadable);
        n += 1;
    }
    if storage.set_item(&key, raw).is_err() {
        return Loaded::UnreadableKept;
    }
    let _ = storage.remove_item(&keys.dossier);
    let copies = set_aside_keys(keys);
    for old in copies.iter().skip(MAX_SET_ASIDE) {
        let _ = storage.remove_item(old);
    }
    Loaded::Unreadable
}

/// The keys of the copies put aside, newest first (the single key of older versions last).
pub fn set_aside_keys(keys: &Keys) -> Vec<String> {
    let Some(storage) = raw_storage() else {
        return vec![];
    };
    let prefix = format!("{}/", keys.unreadable);
    // A handful of keys: placed in order by hand (a library sort of strings is heavy in wasm).
    let mut found: Vec<String> = Vec::new();
    for key in (0..storage.length().unwrap_or(0)).filter_map(|i| storage.key(i).ok().flatten()) {
        if key == keys.unreadable || key.starts_with(&prefix) {
            let at = found.iter().position(|k| *k < key).unwrap_or(found.len());
            found.insert(at, key);
        }
    }
    found
}

/// The text kept under `key`, as it was.
pub fn read_raw(key: &str) -> Option<String> {
    raw_storage()?.get_item(key).ok().flatten()
}

/// The browser's local storage as a `protocol::Store`; without one (blocked, natively),
/// nothing is read and every write is refused.
pub struct WebStore;

impl crate::protocol::Store for WebStore {
    fn get(&self, key: &str) -> Option<String> {
        read_raw(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), SaveError> {
        let storage = raw_storage().ok_or(SaveError::Blocked)?;
        write(&storage, key, value)
    }
}

/// Why a save failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// The origin's quota is used up (QuotaExceededError): freeing space lets it save again.
    Full,
    /// No storage here (blocked, private mode, sandboxed frame).
    Blocked,
    /// Another tab saved since this one last read: its dossier is newer, and is not overwritten.
    Conflict,
    /// Over [`MAX_DOSSIER_BYTES`] once written: it would not be read back (PROBE F6).
    TooLarge,
}

/// The dossier's revision in storage (0 when none was written).
pub fn revision(keys: &Keys) -> u64 {
    read_raw(&keys.revision)
        .and_then(|r| r.parse().ok())
        .unwrap_or(0)
}

fn write(storage: &web_sys::Storage, key: &str, value: &str) -> Result<(), SaveError> {
    storage.set_item(key, value).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string());
        if name.as_deref() == Some("QuotaExceededError") {
            SaveError::Full
        } else {
            SaveError::Blocked
        }
    })
}

/// Keeps the dossier an import replaced; `false` when storage refused it.
pub fn save_backup(keys: &Keys, dossier: &StoredDossier) -> bool {
    raw_storage().is_some_and(|s| s.set_item(&keys.backup, &encode(dossier)).is_ok())
}

/// The dossier the last import replaced, if one is kept and readable.
pub fn load_backup(keys: &Keys) -> Option<StoredDossier> {
    decode(&read_raw(&keys.backup)?).ok()
}

/// Removes everything this app keeps: the dossier, its backup and the unreadable copies.
pub fn erase(keys: &Keys) {
    if let Some(storage) = raw_storage() {
        let _ = storage.remove_item(&keys.dossier);
        let _ = storage.remove_item(&keys.backup);
        let _ = storage.remove_item(&keys.revision);
        for copy in set_aside_keys(keys) {
            let _ = storage.remove_item(&copy);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::LetterForm;
    use chrono::NaiveDate;
    use documents::LetterKind;

    #[test]
    fn round_trips() {
        let mut dossier = StoredDossier::default();
        dossier.form.invoices[0].amount = "1 234,56".into();
        dossier.step = Step::Actions;
        assert_eq!(decode(&encode(&dossier)), Ok(dossier));
    }

    #[test]
    fn rejects_garbage_other_files_and_unknown_versions() {
        assert!(decode("not json").is_err());
        assert!(decode("").is_err());
        assert!(decode(r#"{"invoices":[]}"#).is_err());
        assert!(decode(r#"{"format":"autre","version":1}"#).is_err());
        // A newer version's dossier is recognised even when its form is not ours.
        let newer = decode(r#"{"format":"facture-impayee/dossier","version":99,"form":{"x":[1]}}"#);
        assert_eq!(newer, Err(DecodeError::NewerVersion(99)));
        assert!(newer
            .unwrap_err()
            .to_string()
            .contains("version plus récente"));
        let older = decode(r#"{"format":"facture-impayee/dossier","version":0}"#).unwrap_err();
        assert!(older.to_string().contains("autre version"));
        // Ours and current, but damaged inside.
        assert_eq!(
            decode(r#"{"format":"facture-impayee/dossier","version":1,"form":{"invoices":7}}"#),
            Err(DecodeError::NotOurs)
        );
    }

    /// A dossier stored by the version of 3 December 2026, before a party could be a natural
    /// person (AUDIT E3), opens with every value as it was, both parties legal persons.
    #[test]
    fn a_dossier_stored_before_natural_persons_opens_unchanged() {
        let text = include_str!("../tests/fixtures/dossier-version-1-2026-12-03.json");
        let stored = decode(text).unwrap();
        let form = &stored.form;
        assert_eq!(form.creditor_name, "Atelier Bâti-Sud");
        assert_eq!(form.creditor_details.address, "4 rue des Lilas\n69003 Lyon");
        assert_eq!(
            form.debtor_details.representative,
            "M. Jean Martin, président"
        );
        assert_eq!(form.letter.court_town, "Nanterre");
        assert_eq!(stored.step, Step::Letter);
        assert!(!form.creditor_details.natural_person && !form.debtor_details.natural_person);
        let reading = crate::form::read(form, NaiveDate::from_ymd_opt(2026, 12, 4).unwrap());
        assert_eq!(reading.dossier.creditor.person, None);
        assert_eq!(reading.dossier.debtor.identity.person, None);
        // Written again, it keeps every key and value it had, and only gains the new ones.
        let old = engine::json::parse(text).unwrap();
        let new = engine::json::parse(&encode(&stored)).unwrap();
        assert!(contains(&new, &old), "{}", encode(&stored));
    }

    /// Every key of `part`, at any depth, is in `whole` with the same value.
    fn contains(whole: &engine::json::Json, part: &engine::json::Json) -> bool {
        use engine::json::Json;
        match (whole, part) {
            (Json::Object(w), Json::Object(p)) => p
                .iter()
                .all(|(k, v)| w.iter().any(|(wk, wv)| wk == k && contains(wv, v))),
            (Json::Array(w), Json::Array(p)) => {
                w.len() == p.len() && w.iter().zip(p).all(|(w, p)| contains(w, p))
            }
            (w, p) => w == p,
        }
    }

    #[test]
    fn fills_in_missing_parts_with_defaults() {
        let stored = decode(
            r#"{"format":"facture-impayee/dossier","version":1,"form":{"debtor_name":"ACME"}}"#,
        )
        .unwrap();
        assert_eq!(stored.form.debtor_name, "ACME");
        assert_eq!(stored.form.invoices.len(), 1);
    }

    #[test]
    fn an_older_opening_becomes_the_chosen_letters_own() {
        let stored = decode(
            r#"{"format":"facture-impayee/dossier","version":1,"form":{"letter":
                {"kind":"SecondeRelance","opening":"Mon texte.","closing":"Cordialement."}}}"#,
        )
        .unwrap();
        let l = &stored.form.letter;
        assert_eq!(
            LetterForm::rewritten(&l.openings, LetterKind::SecondeRelance),
            Some("Mon texte.")
        );
        assert_eq!(
            LetterForm::rewritten(&l.closings, LetterKind::SecondeRelance),
            Some("Cordialement.")
        );
        assert_eq!(
            LetterForm::rewritten(&l.openings, LetterKind::MiseEnDemeure),
            None
        );
        assert!(l.opening.is_empty() && l.closing.is_empty());
    }

    #[test]
    fn lines_without_ids_or_with_the_same_get_their_own() {
        let stored = decode(
            r#"{"format":"facture-impayee/dossier","version":1,"form":{"next_id":4294967295,
                "invoices":[{"number":"A","payments":[{},{}]},{"number":"B","id":7},{"number":"C","id":7}],
                "reminders":[{},{}],"disputed_invoice":7}}"#,
        )
        .unwrap();
        let f = &stored.form;
        let mut ids: Vec<u32> = f.invoices.iter().map(|i| i.id).collect();
        ids.extend(
            f.invoices
                .iter()
                .flat_map(|i| i.payments.iter().map(|p| p.id)),
        );
        ids.extend(f.reminders.iter().map(|r| r.id));
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        assert!(!ids.contains(&0));
        assert!(f.next_id > *ids.iter().max().unwrap());
        // The disputed invoice stays the one it named (the first with that id).
        assert_eq!(
            f.invoices
                .iter()
                .find(|i| i.id == f.disputed_invoice)
                .unwrap()
                .number,
            "B"
        );
    }

    #[test]
    fn a_file_too_large_or_with_too_many_lines_is_refused_with_why() {
        let big = format!(
            r#"{{"format":"facture-impayee/dossier","version":1,"form":{{"creditor_name":"{}"}}}}"#,
            "x".repeat(MAX_DOSSIER_BYTES)
        );
        assert!(decode(&big)
            .unwrap_err()
            .to_string()
            .contains("trop volumineux"));
        let invoices = vec!["{}"; 201].join(",");
        let many = format!(
            r#"{{"format":"facture-impayee/dossier","version":1,"form":{{"invoices":[{invoices}]}}}}"#
        );
        assert_eq!(
            decode(&many).unwrap_err().to_string(),
            "Ce dossier ne peut pas être ouvert. Au plus 200 factures par dossier : ce dossier en compte davantage."
        );
        let at_the_limit = many.replacen("{},", "", 1);
        assert_eq!(decode(&at_the_limit).unwrap().form.invoices.len(), 200);
    }

    /// F13: a text longer than its field keeps is refused, as typing it would be; a letter's
    /// paragraph keeps more than a name.
    #[test]
    fn a_text_longer_than_its_field_is_refused_with_why() {
        let with = |field: &str, n: usize| {
            format!(
                r#"{{"format":"facture-impayee/dossier","version":1,"form":{field}}}"#,
                field = field.replace("TEXT", &"é".repeat(n))
            )
        };
        let name = r#"{"debtor_name":"TEXT"}"#;
        assert!(
            decode(&with(name, 500)).is_ok(),
            "500 characters, 1 000 bytes"
        );
        assert_eq!(
            decode(&with(name, 501)).unwrap_err().to_string(),
            "Ce dossier ne peut pas être ouvert : un de ses textes dépasse 500 caractères, plus que le champ n'en garde."
        );
        let payment =
            r#"{"invoices":[{"id":1,"payments":[{"id":2,"amount":"TEXT"}]}],"next_id":3}"#;
        assert_eq!(
            decode(&with(payment, 501)).unwrap_err(),
            DecodeError::TooLong(500)
        );
        let opening = r#"{"letter":{"openings":[null,"TEXT"]}}"#;
        assert!(decode(&with(opening, 20_000)).is_ok());
        assert_eq!(
            decode(&with(opening, 20_001)).unwrap_err(),
            DecodeError::TooLong(20_000)
        );
    }
}

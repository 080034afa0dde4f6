//! How tabs share one stored dossier (docs/ARCHITECTURE.md, « Storage between tabs »). Pure:
//! the browser's storage is one `Store`, a map in the tests is another, so every interleaving
//! of two tabs is tried natively (tests/protocol.rs).
//!
//! Storage holds the dossier's text and its revision, which changes only with the text. Each
//! tab keeps its `Base`: the revision and text it last read or wrote.
//! - A save writes only a text storage does not already hold.
//! - If another tab wrote since the base, this tab's changes are merged into theirs field by
//!   field (three-way, from the base); a field both changed keeps this tab's value and is named.
//! - A newer version's dossier is never written over.

use engine::json::{parse, FromJson, Json, ToJson};

use crate::storage::{decode, encode, DecodeError, Keys, SaveError, StoredDossier};

/// A key-value storage: the browser's local storage, or a map in the tests.
pub trait Store {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), SaveError>;
}

/// What this tab last read from or wrote to storage: where a merge starts from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Base {
    pub revision: u64,
    pub text: Option<String>,
}

impl Base {
    pub fn read(store: &impl Store, keys: &Keys) -> Base {
        Base {
            revision: revision(store, keys),
            text: store.get(&keys.dossier),
        }
    }
}

fn revision(store: &impl Store, keys: &Keys) -> u64 {
    store
        .get(&keys.revision)
        .and_then(|r| r.parse().ok())
        .unwrap_or(0)
}

/// What a save did.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    /// Storage held this text already: nothing written.
    Unchanged,
    Written,
    /// Another tab had saved: this tab's changes went into theirs, and the result, `text`, was
    /// saved. `both`: the fields both tabs changed, where this tab's value was kept.
    Merged {
        dossier: Box<StoredDossier>,
        text: String,
        both: Vec<String>,
    },
    /// A newer version of the app wrote the stored dossier: left as it is.
    Newer,
    /// Storage holds a text this version cannot read (damaged): left as it is.
    Left,
}

/// Saves `mine`, merging it into what another tab saved since `base`.
pub fn save(
    store: &mut impl Store,
    keys: &Keys,
    base: &mut Base,
    mine: &StoredDossier,
) -> Result<Saved, SaveError> {
    let current = Base::read(store, keys);
    let (dossier, both) = if current.revision == base.revision {
        (mine.clone(), None)
    } else {
        match current.text.as_deref().map(decode) {
            // Erased meanwhile: nothing to merge with.
            None => (mine.clone(), None),
            Some(Err(DecodeError::NewerVersion(_))) => return Ok(Saved::Newer),
            Some(Err(_)) => return Ok(Saved::Left),
            Some(Ok(_)) => {
                let theirs = current.text.as_deref().unwrap_or_default();
                let (merged, both) = merge(base.text.as_deref(), mine, theirs);
                (merged, Some(both))
            }
        }
    };
    let text = encode(&dossier);
    let wrote = current.text.as_deref() != Some(text.as_str());
    if wrote {
        let next = current.revision.saturating_add(1);
        // The revision first: a tab told of the text then already reads its revision.
        write(store, &keys.revision, &next.to_string())?;
        if let Err(e) = write(store, &keys.dossier, &text) {
            let _ = write(store, &keys.revision, &current.revision.to_string());
            return Err(e);
        }
        *base = Base {
            revision: next,
            text: Some(text),
        };
    } else {
        *base = current;
    }
    Ok(match both {
        None if !wrote => Saved::Unchanged,
        None => Saved::Written,
        Some(both) => Saved::Merged {
            dossier: Box::new(dossier),
            text: base.text.clone().unwrap_or_default(),
            both,
        },
    })
}

fn write(store: &mut impl Store, key: &str, value: &str) -> Result<(), SaveError> {
    store.set(key, value)
}

/// What another tab's write means here.
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    /// Nothing new (this tab's own write, or the same text again).
    Nothing,
    /// Their text, to merge into this tab's dossier from `base`, the text both started from
    /// (`merge`); `form`: their answers as stored.
    Take {
        base: Option<String>,
        theirs: String,
        form: Box<StoredDossier>,
    },
    Erased,
    Newer,
    /// A text this version cannot read: left to the tab that wrote it.
    Left,
}

/// Reads what another tab wrote.
pub fn incoming(store: &impl Store, keys: &Keys, base: &mut Base) -> Incoming {
    let current = Base::read(store, keys);
    if current == *base {
        return Incoming::Nothing;
    }
    let Some(raw) = current.text.as_deref() else {
        *base = current;
        return Incoming::Erased;
    };
    match decode(raw) {
        Err(DecodeError::NewerVersion(_)) => Incoming::Newer,
        Err(_) => Incoming::Left,
        Ok(form) => {
            let theirs = raw.to_string();
            let common = std::mem::replace(base, current).text;
            Incoming::Take {
                base: common,
                theirs,
                form: Box::new(form),
            }
        }
    }
}

/// Three-way merge of this tab's dossier and another tab's text (one this version reads) from
/// their common text `base`: each field as the side that changed it; where both changed it
/// differently, `mine`, and its path is listed. Lines with an `id` (invoices, payments,
/// reminders) are merged line by line, ids being kept as stored; other lists are one value.
pub fn merge(
    base: Option<&str>,
    mine: &StoredDossier,
    theirs: &str,
) -> (StoredDossier, Vec<String>) {
    let m = parse(&mine.to_json()).unwrap_or(Json::Null);
    let t = parse(theirs).unwrap_or(Json::Null);
    // No common text (this tab never read one): theirs stands for it, so mine is kept whole.
    let b = base.and_then(parse).unwrap_or_else(|| t.clone());
    let mut both = Vec::new();
    let merged = merge_value("", &b, &m, &t, &mut both);
    match StoredDossier::from_json(&merged) {
        Some(mut d) => {
            // A line both tabs added took the same id: both are kept, numbered anew.
            d.form.renumber_if_needed();
            (d, both)
        }
        None => (mine.clone(), both),
    }
}

fn merge_value(path: &str, b: &Json, m: &Json, t: &Json, both: &mut Vec<String>) -> Json {
    if m == t || m == b {
        return t.clone();
    }
    if t == b {
        return m.clone();
    }
    match (b, m, t) {
        (Json::Object(bo), Json::Object(mo), Json::Object(to)) => {
            let mut out = Vec::new();
            for (key, tv) in to {
                let here = format!("{path}.{key}");
                let mv = field(mo, key);
                let bv = field(bo, key).unwrap_or(&Json::Null);
                out.push((
                    key.clone(),
                    merge_value(&here, bv, mv.unwrap_or(tv), tv, both),
                ));
            }
            for (key, mv) in mo.iter().filter(|(k, _)| field(to, k).is_none()) {
                out.push((key.clone(), mv.clone()));
            }
            Json::Object(out)
        }
        (_, Json::Array(ma), Json::Array(ta)) if with_ids(ma) && with_ids(ta) => {
            let ba = match b {
                Json::Array(ba) if with_ids(ba) => ba.as_slice(),
                _ => &[],
            };
            merge_lines(path, ba, ma, ta, both)
        }
        _ => {
            both.push(path.trim_start_matches('.').to_string());
            m.clone()
        }
    }
}

fn field<'a>(fields: &'a [(String, Json)], key: &str) -> Option<&'a Json> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn id(line: &Json) -> Option<&str> {
    match line {
        Json::Object(fields) => match field(fields, "id") {
            Some(Json::Number(n)) => Some(n.as_str()),
            _ => None,
        },
        _ => None,
    }
}

fn with_ids(lines: &[Json]) -> bool {
    lines.iter().all(|l| id(l).is_some())
}

/// Lines by id: kept in their order, then this tab's new ones; a line removed on one side and
/// unchanged on the other is removed.
fn merge_lines(path: &str, b: &[Json], m: &[Json], t: &[Json], both: &mut Vec<String>) -> Json {
    let find = |lines: &[Json], key: &str| lines.iter().find(|l| id(l) == Some(key)).cloned();
    let mut out = Vec::new();
    for tl in t {
        let key = id(tl).unwrap_or_default();
        let here = format!("{path}.{key}");
        match (find(b, key), find(m, key)) {
            // Added on both sides under one id, differently: both kept.
            (None, Some(ml)) if ml != *tl => {
                out.push(tl.clone());
                out.push(ml);
            }
            (bl, Some(ml)) => {
                let bl = bl.unwrap_or(Json::Null);
                out.push(merge_value(&here, &bl, &ml, tl, both));
            }
            // Removed here, unchanged there: removed.
            (Some(bl), None) if bl == *tl => {}
            // Removed here, changed there: kept, theirs.
            (Some(_), None) => {
                both.push(here.trim_start_matches('.').to_string());
                out.push(tl.clone());
            }
            // Added there.
            (None, None) => out.push(tl.clone()),
        }
    }
    for ml in m {
        let key = id(ml).unwrap_or_default();
        if find(t, key).is_some() {
            continue;
        }
        match find(b, key) {
            // Added here.
            None => out.push(ml.clone()),
            // Removed there, unchanged here: removed.
            Some(bl) if bl == *ml => {}
            // Removed there, changed here: kept, mine.
            Some(_) => {
                both.push(format!("{path}.{key}").trim_start_matches('.').to_string());
                out.push(ml.clone());
            }
        }
    }
    Json::Array(out)
}

/// The dossier the questionnaire hands to the whole app: the revision it was read at, a line
/// break, its text.
pub fn handover_text(revision: u64, text: &str) -> String {
    format!("{revision}\n{text}")
}

/// The revision and the text of a dossier handed over; a bare text (no revision) is read as
/// before: the text alone.
pub fn read_handover(handed: &str) -> (Option<u64>, &str) {
    match handed.split_once('\n') {
        Some((revision, text)) if !handed.starts_with('{') => (revision.parse().ok(), text),
        _ => (None, handed),
    }
}

//! How tabs share one stored dossier (docs/ARCHITECTURE.md, `src/protocol.rs`). Pure: the
//! browser's storage is one `Store`, one view per tab of a shared map is another, so every
//! interleaving of two tabs is tried natively (tests/protocol.rs).
//!
//! Storage holds the dossier's text and its revision, which changes only with the text. Each
//! tab keeps its `Base`: the revision and text it last read or wrote.
//! - A save writes only a text storage does not already hold.
//! - Each changed field is stamped (a Lamport clock, the tab's id) in the text. If another tab
//!   wrote since the base, or when its write arrives, the two are merged field by field, the
//!   later stamp winning: browsers do not read and write storage atomically across tabs, and
//!   a stamp says which value is newer whoever wrote last.
//! - A newer version's dossier is never written over.

use engine::json::{parse, FromJson, Json, ToJson};

use crate::storage::{decode, DecodeError, Keys, SaveError, StoredDossier};

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

/// A field both tabs changed at once (or a line removed in one and changed in the other):
/// what each side holds, and whose value stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Clash {
    /// Its path in the stored text: « form.debtor_name », « form.invoices.#3.amount ».
    pub path: String,
    pub mine: Json,
    pub theirs: Json,
    /// This tab's value stands; otherwise theirs replaced it.
    pub kept_mine: bool,
}

/// What a take-in leaves for this tab's next save when a value of this tab's stood over theirs
/// at the same clock (`kept_over`): the text it was merged against, and the merge's text.
pub struct KeptOver {
    pub theirs: std::rc::Rc<str>,
    pub text: String,
}

// By hand: a derived Debug cost bytes of the first load for what no one reads.
impl std::fmt::Debug for KeptOver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeptOver")
    }
}

/// After another tab's text, `theirs`, was merged into this tab's dossier (`merge`, giving
/// `text` and `clashes`): whether a value of this tab's stood over theirs at the same clock.
pub fn kept_over(theirs: &std::rc::Rc<str>, text: String, clashes: &[Clash]) -> Option<KeptOver> {
    // A clash is listed only where the two values differ.
    clashes.iter().any(|c| c.kept_mine).then(|| KeptOver {
        theirs: theirs.clone(),
        text,
    })
}

/// Before the save that follows such a take-in: the merge's text becomes the base this tab
/// stamps from (storage still holding theirs, the save merges again). So the value kept is
/// written at the clock of the clash, and the other tab, hearing it, asks. Stamped from theirs,
/// it would have been a later change, and replaced the other tab's value without a word.
pub fn stamp_from(base: &mut Base, kept: &KeptOver) {
    if base.text.as_deref() == Some(&*kept.theirs) {
        base.text = Some(kept.text.clone());
    }
}

/// The first text this tab typed that another tab's, typed at the same moment, replaced: the
/// visitor is asked which to keep (src/components/clash.rs).
pub fn lost(clashes: &[Clash]) -> Option<Clash> {
    clashes
        .iter()
        .find(|c| {
            !c.kept_mine
                && c.mine != c.theirs
                && matches!((&c.mine, &c.theirs), (Json::String(_), Json::String(_)))
        })
        .cloned()
}

/// `dossier` with the value at `path` (as a `Clash` names it) set to `value`; `None` if the
/// path is no longer there (the line was removed) or the result would not read back.
pub fn set_at(dossier: &StoredDossier, path: &str, value: &Json) -> Option<StoredDossier> {
    let mut json = parse(&dossier.to_json())?;
    let mut at = &mut json;
    for segment in path.split('.') {
        at = match (at, segment.strip_prefix('#')) {
            (Json::Array(lines), Some(key)) => lines.iter_mut().find(|l| id(l) == Some(key))?,
            (Json::Object(fields), None) => fields
                .iter_mut()
                .find(|(k, _)| k == segment)
                .map(|(_, v)| v)?,
            _ => return None,
        };
    }
    *at = value.clone();
    StoredDossier::from_json(&json)
}

/// What a save did.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    /// Storage held this text already: nothing written.
    Unchanged,
    Written,
    /// Another tab had saved: this tab's changes went into theirs, and the result, `text`, was
    /// saved. `both`: the fields both tabs changed, and whose value stands.
    Merged {
        dossier: Box<StoredDossier>,
        text: String,
        /// This tab's text before the merge: the common text of a merge of a key typed since.
        own: String,
        both: Vec<Clash>,
    },
    /// A newer version of the app wrote the stored dossier: left as it is.
    Newer,
    /// Storage holds a text this version cannot read (damaged): left as it is.
    Left,
}

/// Saves `mine`, this tab's (`tab`) dossier, merging it into what another tab saved since `base`.
pub fn save(
    store: &mut impl Store,
    keys: &Keys,
    base: &mut Base,
    mine: &StoredDossier,
    tab: u32,
) -> Result<Saved, SaveError> {
    let current = Base::read(store, keys);
    // Nothing stored and nothing typed (a first look, or just erased): nothing is written, so
    // « Effacer mes données » leaves storage empty and a visit that typed nothing leaves no trace.
    if current.text.is_none() && *mine == StoredDossier::default() {
        *base = current;
        return Ok(Saved::Unchanged);
    }
    let own = own_text(base.text.as_deref(), mine, tab);
    let (text, merged) = if current.revision == base.revision && current.text == base.text {
        (own.clone(), None)
    } else {
        match current.text.as_deref().map(decode) {
            // Erased meanwhile: nothing to merge with.
            None => (own.clone(), None),
            Some(Err(DecodeError::NewerVersion(_))) => return Ok(Saved::Newer),
            Some(Err(_)) => return Ok(Saved::Left),
            Some(Ok(_)) => {
                let theirs = current.text.as_deref().unwrap_or_default();
                let (dossier, text, both) = merge(base.text.as_deref(), mine, theirs, tab);
                (text, Some((dossier, both)))
            }
        }
    };
    let wrote = current.text.as_deref() != Some(text.as_str());
    // Never a text this app would refuse to read back: nothing is written, and it is said.
    if wrote && text.len() > crate::storage::MAX_DOSSIER_BYTES {
        return Err(SaveError::TooLarge);
    }
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
            text: Some(text.clone()),
        };
    } else {
        *base = current;
    }
    Ok(match merged {
        None if !wrote => Saved::Unchanged,
        None => Saved::Written,
        Some((dossier, both)) => Saved::Merged {
            dossier: Box::new(dossier),
            text,
            own,
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

/// When and by which tab a field was last changed: a Lamport clock, then the tab's id. Kept in
/// the stored text beside the dossier (`"stamps"`, read by no other code), so a value carries
/// its stamp to every tab: a tab that writes without having seen another's latest keystroke
/// (browsers do not read and write storage atomically across tabs) never wins over it.
type Stamp = (u64, u32);

fn stamps(text: &Json) -> Vec<(String, Stamp)> {
    let Json::Object(fields) = text else {
        return Vec::new();
    };
    let Some(Json::Object(list)) = field(fields, "stamps") else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|(path, v)| match v {
            Json::Array(pair) => match pair.as_slice() {
                [Json::Number(c), Json::Number(t)] => {
                    Some((path.clone(), (c.parse().ok()?, t.parse().ok()?)))
                }
                _ => None,
            },
            _ => None,
        })
        .collect()
}

fn stamp_of(list: &[(String, Stamp)], path: &str) -> Stamp {
    list.iter()
        .find(|(p, _)| p == path)
        .map_or((0, 0), |(_, s)| *s)
}

/// The dossier's JSON without its stamps.
fn without_stamps(text: &Json) -> Json {
    match text {
        Json::Object(fields) => Json::Object(
            fields
                .iter()
                .filter(|(k, _)| k != "stamps")
                .cloned()
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The text a tab started from, parsed; a tab that read nothing started from the empty dossier
/// (what it showed), so another tab's answers are not taken for its own changes.
fn base_json(base: Option<&str>) -> Json {
    base.and_then(parse)
        .or_else(|| parse(&StoredDossier::default().to_json()))
        .unwrap_or(Json::Null)
}

/// `mine` as JSON, its stamps those of `base` plus one for each field changed since `base`,
/// by tab `tab`.
fn stamped(base: &Json, mine: &StoredDossier, tab: u32) -> (Json, Vec<(String, Stamp)>) {
    let m = parse(&mine.to_json()).unwrap_or(Json::Null);
    let mut list = stamps(base);
    let clock = list.iter().map(|(_, (c, _))| *c).max().unwrap_or(0) + 1;
    let b = without_stamps(base);
    let mut changed = Vec::new();
    leaves_changed("", &b, &m, &mut changed);
    for path in changed {
        match list.iter_mut().find(|(p, _)| *p == path) {
            Some((_, s)) => *s = (clock, tab),
            None => list.push((path, (clock, tab))),
        }
    }
    (m, list)
}

/// The paths of the values that differ between `b` and `m`: objects by key, lines by id.
fn leaves_changed(path: &str, b: &Json, m: &Json, out: &mut Vec<String>) {
    if b == m {
        return;
    }
    match (b, m) {
        (Json::Object(bo), Json::Object(mo)) => {
            for (key, mv) in mo {
                let bv = field(bo, key).unwrap_or(&Json::Null);
                leaves_changed(&format!("{path}.{key}"), bv, mv, out);
            }
        }
        (Json::Array(ba), Json::Array(ma)) if with_ids(ba) && with_ids(ma) => {
            for ml in ma {
                let key = id(ml).unwrap_or_default();
                let bl = ba
                    .iter()
                    .find(|l| id(l) == Some(key))
                    .unwrap_or(&Json::Null);
                leaves_changed(&format!("{path}.#{key}"), bl, ml, out);
            }
        }
        _ => out.push(path.to_string()),
    }
}

/// The text written: the dossier's JSON and its stamps.
fn text_of(dossier: &Json, list: &[(String, Stamp)]) -> String {
    let mut out = String::new();
    write_json(dossier, &mut out);
    if !list.is_empty() {
        out.pop(); // the closing brace
        out.push_str(",\"stamps\":{");
        for (i, (path, (clock, tab))) in list.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            engine::json::write_string(&mut out, path);
            out.push_str(&format!(":[{clock},{tab}]"));
        }
        out.push_str("}}");
    }
    out
}

fn write_json(value: &Json, out: &mut String) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(n),
        Json::String(s) => engine::json::write_string(out, s),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(item, out);
            }
            out.push(']');
        }
        Json::Object(fields) => {
            out.push('{');
            for (i, (key, item)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                engine::json::write_string(out, key);
                out.push(':');
                write_json(item, out);
            }
            out.push('}');
        }
    }
}

/// This tab's dossier as the text it writes, with its stamps: those of `base` plus this tab's
/// changes since `base`.
pub fn own_text(base: Option<&str>, mine: &StoredDossier, tab: u32) -> String {
    let (m, list) = stamped(&base_json(base), mine, tab);
    text_of(&m, &list)
}

/// Merges this tab's dossier, `mine` (its changes since the text `base` stamped by `tab`), and
/// another tab's text: each field as the side that changed it last (by stamp; at the same
/// clock, the higher tab, and the clash is listed); a field neither stamped, as the side that
/// changed it since `base`, or `mine` if both did (listed).
/// Lines with an `id` (invoices, payments, reminders) are merged line by line, ids being kept
/// as stored; other lists are one value. Returns the dossier, its text, and the clashes.
pub fn merge(
    base: Option<&str>,
    mine: &StoredDossier,
    theirs: &str,
    tab: u32,
) -> (StoredDossier, String, Vec<Clash>) {
    let b = base_json(base);
    let (m, sm) = stamped(&b, mine, tab);
    let t_text = parse(theirs).unwrap_or(Json::Null);
    let st = stamps(&t_text);
    let t = without_stamps(&t_text);
    let b = without_stamps(&b);
    let mut both = Vec::new();
    let sides = Sides { sm: &sm, st: &st };
    let merged = sides.value("", &b, &m, &t, &mut both);
    let mut list = sm.clone();
    for (path, s) in &st {
        match list.iter_mut().find(|(p, _)| p == path) {
            Some((_, own)) => *own = (*own).max(*s),
            None => list.push((path.clone(), *s)),
        }
    }
    let text = text_of(&merged, &list);
    match StoredDossier::from_json(&merged) {
        Some(mut d) => {
            // A line both tabs added took the same id: both are kept, numbered anew.
            let before = d.form.clone();
            d.form.renumber_if_needed();
            let text = if d.form == before {
                text
            } else {
                text_of(&parse(&d.to_json()).unwrap_or(Json::Null), &list)
            };
            (d, text, both)
        }
        None => (mine.clone(), text_of(&m, &sm), both),
    }
}

struct Sides<'a> {
    sm: &'a [(String, Stamp)],
    st: &'a [(String, Stamp)],
}

impl Sides<'_> {
    fn value(&self, path: &str, b: &Json, m: &Json, t: &Json, both: &mut Vec<Clash>) -> Json {
        if m == t {
            return t.clone();
        }
        match (m, t) {
            (Json::Object(mo), Json::Object(to)) => {
                let bo: &[(String, Json)] = match b {
                    Json::Object(bo) => bo,
                    _ => &[],
                };
                let mut out = Vec::new();
                for (key, tv) in to {
                    let here = format!("{path}.{key}");
                    let mv = field(mo, key).unwrap_or(tv);
                    let bv = field(bo, key).unwrap_or(&Json::Null);
                    out.push((key.clone(), self.value(&here, bv, mv, tv, both)));
                }
                for (key, mv) in mo.iter().filter(|(k, _)| field(to, k).is_none()) {
                    out.push((key.clone(), mv.clone()));
                }
                Json::Object(out)
            }
            (Json::Array(ma), Json::Array(ta)) if with_ids(ma) && with_ids(ta) => {
                let ba = match b {
                    Json::Array(ba) if with_ids(ba) => ba.as_slice(),
                    _ => &[],
                };
                self.lines(path, ba, ma, ta, both)
            }
            _ => {
                let (km, kt) = (stamp_of(self.sm, path), stamp_of(self.st, path));
                // Unstamped on both sides (a text written before stamps): the side that changed
                // it since the base, or this tab's if both did.
                let theirs = kt > km || (km == kt && m == b);
                // Changed at once (same clock) in two tabs: listed, and the higher tab wins in
                // both, so they settle on one value. Unstamped and changed in both: listed.
                if (km.0 == kt.0 && km.0 > 0) || (km == kt && t != b && !theirs) {
                    both.push(clash(path, m, t, !theirs));
                }
                if theirs {
                    t.clone()
                } else {
                    m.clone()
                }
            }
        }
    }

    /// Lines by id: kept in their order, then this tab's new ones; a line removed on one side
    /// and unchanged on the other is removed.
    fn lines(&self, path: &str, b: &[Json], m: &[Json], t: &[Json], both: &mut Vec<Clash>) -> Json {
        let find = |lines: &[Json], key: &str| lines.iter().find(|l| id(l) == Some(key)).cloned();
        let mut out = Vec::new();
        for tl in t {
            let key = id(tl).unwrap_or_default();
            let here = format!("{path}.#{key}");
            match (find(b, key), find(m, key)) {
                // Added on both sides under one id, differently: both kept.
                (None, Some(ml)) if ml != *tl => {
                    out.push(tl.clone());
                    out.push(ml);
                }
                (bl, Some(ml)) => {
                    let bl = bl.unwrap_or(Json::Null);
                    out.push(self.value(&here, &bl, &ml, tl, both));
                }
                // Removed here, unchanged there: removed.
                (Some(bl), None) if bl == *tl => {}
                // Removed here, changed there: kept, theirs.
                (Some(_), None) => {
                    both.push(clash(&here, &Json::Null, tl, false));
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
                    both.push(clash(&format!("{path}.#{key}"), ml, &Json::Null, true));
                    out.push(ml.clone());
                }
            }
        }
        Json::Array(out)
    }
}

fn clash(path: &str, mine: &Json, theirs: &Json, kept_mine: bool) -> Clash {
    Clash {
        path: path.trim_start_matches('.').to_string(),
        mine: mine.clone(),
        theirs: theirs.clone(),
        kept_mine,
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

/// A name for this tab's stamps, drawn once per page (natively, for the static first paint: 1).
pub fn new_tab_id() -> u32 {
    #[cfg(target_arch = "wasm32")]
    {
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32 | 1
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        1
    }
}

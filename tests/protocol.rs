//! The storage protocol between tabs (src/protocol.rs), tried over every interleaving proptest
//! draws: two tabs on one storage (a map standing for `localStorage`), each typing its own
//! field or the same one key by key, mounting anew, while the other's storage events arrive
//! late or in a bunch (PROBE-2026-12 F1, F5; issue 35).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::rc::Rc;

use engine::json::Json;
use facture_impayee::protocol::{self, Base, Incoming, Saved, Store};
use facture_impayee::storage::{decode, encode, Keys, SaveError, StoredDossier};
use proptest::prelude::*;

/// One tab's view of local storage. Browsers do not read and write it atomically across tabs:
/// a tab reads its own copy, which another tab's writes reach only when it hears of them.
#[derive(Default, Clone)]
struct Map(HashMap<String, String>, usize);

impl Store for Map {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), SaveError> {
        self.1 += 1;
        self.0.insert(key.into(), value.into());
        Ok(())
    }
}

struct Tab {
    id: u32,
    view: Map,
    dossier: StoredDossier,
    base: Base,
}

fn keys() -> Keys {
    Keys::new(None)
}

/// What the app does at mount: read storage, then its save effect runs once.
fn mount(disk: &mut Map, id: u32) -> Tab {
    let view = disk.clone();
    let base = Base::read(&view, &keys());
    let dossier = base
        .text
        .as_deref()
        .and_then(|t| decode(t).ok())
        .unwrap_or_default();
    let mut tab = Tab {
        id,
        view,
        dossier,
        base,
    };
    save(disk, &mut tab);
    tab
}

/// The app's save effect; what it writes reaches the disk (the last write wins there).
fn save(disk: &mut Map, tab: &mut Tab) -> Saved {
    let writes = tab.view.1;
    let saved =
        protocol::save(&mut tab.view, &keys(), &mut tab.base, &tab.dossier, tab.id).unwrap();
    if tab.view.1 != writes {
        for key in [keys().revision, keys().dossier] {
            if let Some(v) = tab.view.get(&key) {
                disk.set(&key, &v).unwrap();
            }
        }
    }
    if let Saved::Merged { dossier, .. } = &saved {
        tab.dossier = (**dossier).clone();
    }
    saved
}

/// The storage event: the tab's view catches up with the disk, what it holds is merged in,
/// and saved back when the merge kept something of this tab's (as the app's save effect does).
/// Returns the text this tab typed that theirs replaced, when the visitor is asked about it.
fn hear(disk: &mut Map, tab: &mut Tab) -> Option<protocol::Clash> {
    tab.view = Map(disk.0.clone(), tab.view.1);
    if let Incoming::Take { base, theirs, form } =
        protocol::incoming(&tab.view, &keys(), &mut tab.base)
    {
        let theirs: Rc<str> = Rc::from(theirs);
        let (merged, text, clashes) =
            protocol::merge(base.as_deref(), &tab.dossier, &theirs, tab.id);
        tab.dossier = merged;
        if tab.dossier.form != form.form {
            if let Some(kept) = protocol::kept_over(&theirs, text, &clashes) {
                protocol::stamp_from(&mut tab.base, &kept);
            }
            save(disk, tab);
        }
        return protocol::lost(&clashes);
    }
    None
}

#[derive(Debug, Clone)]
enum Move {
    /// Tab 0 or 1 types one more character of its text.
    Type(usize),
    /// Tab 0 or 1 hears of the other's writes.
    Hear(usize),
    /// Tab 1 is closed and opened again.
    Reopen,
}

fn moves() -> impl Strategy<Value = Vec<Move>> {
    prop::collection::vec(
        prop_oneof![
            4 => (0usize..2).prop_map(Move::Type),
            3 => (0usize..2).prop_map(Move::Hear),
            1 => Just(Move::Reopen),
        ],
        0..80,
    )
}

/// Plays `moves`; `same_field`: both tabs type into the debtor's name; `empty`: storage starts
/// empty (a first visit, or just after « Effacer mes données »), else with the empty dossier.
fn play(moves: &[Move], same_field: bool, empty: bool) -> (Map, [Tab; 2], [String; 2]) {
    let mut disk = Map::default();
    if !empty {
        disk.set(&keys().dossier, &encode(&StoredDossier::default()))
            .unwrap();
    }
    let mut tabs = [mount(&mut disk, 11), mount(&mut disk, 22)];
    let texts = ["DEBITEUR-ONGLET-A", "CREANCIER-ONGLET-B"];
    let mut typed = [String::new(), String::new()];
    for m in moves {
        match *m {
            Move::Type(i) => {
                let Some(c) = texts[i].chars().nth(typed[i].chars().count()) else {
                    continue;
                };
                typed[i].push(c);
                let field = if i == 0 || same_field {
                    &mut tabs[i].dossier.form.debtor_name
                } else {
                    &mut tabs[i].dossier.form.creditor_name
                };
                field.push(c);
                save(&mut disk, &mut tabs[i]);
            }
            Move::Hear(i) => {
                hear(&mut disk, &mut tabs[i]);
            }
            Move::Reopen => {
                // The other tab's last write reaches this one before a person can close it
                // (storage events arrive within milliseconds); then it opens anew.
                hear(&mut disk, &mut tabs[1]);
                let before = disk.1;
                tabs[1] = mount(&mut disk, 33);
                assert_eq!(disk.1, before, "a mount wrote to storage");
            }
        }
    }
    // Every tab hears of every write until nothing changes.
    for _ in 0..4 {
        for i in [0, 1] {
            hear(&mut disk, &mut tabs[i]);
        }
    }
    (disk, tabs, typed)
}

fn stored(store: &Map) -> StoredDossier {
    decode(&store.get(&keys().dossier).unwrap()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Each tab types its own field: no keystroke of either is lost, storage holds both, and
    /// both tabs end on what storage holds. A tab opened meanwhile writes nothing.
    #[test]
    fn two_tabs_typing_their_own_fields_lose_no_keystroke(moves in moves(), empty in any::<bool>()) {
        let (store, tabs, typed) = play(&moves, false, empty);
        if empty && typed == [String::new(), String::new()] {
            // Nothing typed on an empty storage: nothing written.
            prop_assert_eq!(store.get(&keys().dossier), None);
            return Ok(());
        }
        let s = stored(&store);
        prop_assert_eq!(&s.form.debtor_name, &typed[0]);
        // Tab 1 reopened starts from storage, which holds what it had typed.
        prop_assert_eq!(&s.form.creditor_name, &typed[1]);
        for tab in &tabs {
            prop_assert_eq!(&tab.dossier.form, &s.form);
        }
    }

    /// Both tabs type into one field: they end on the same text, the one storage holds.
    #[test]
    fn two_tabs_typing_one_field_end_on_the_same_text(moves in moves(), empty in any::<bool>()) {
        let (store, tabs, typed) = play(&moves, true, empty);
        if empty && typed == [String::new(), String::new()] {
            prop_assert_eq!(store.get(&keys().dossier), None);
            return Ok(());
        }
        let s = stored(&store);
        for tab in &tabs {
            prop_assert_eq!(&tab.dossier.form, &s.form);
        }
    }
}

/// One field typed in two tabs at once, where one tab hears the other's save before saving its
/// own keystroke, and its value stands (the higher tab): the other tab's value is replaced, and
/// that tab asks. Restamped as a later change, it was replaced without a word (WebKit, under
/// load, in frame.test.mjs: « no frame asks »).
#[test]
fn a_tab_that_hears_before_it_saves_still_gets_the_other_asked() {
    let mut disk = Map::default();
    let mut first = mount(&mut disk, 11);
    let mut second = mount(&mut disk, 22);
    first.dossier.form.debtor_name = "Nom tapé dans le premier".into();
    save(&mut disk, &mut first);
    // The second typed at the same moment, and hears the first's save before its own.
    second.dossier.form.debtor_name = "Nom tapé dans le second".into();
    assert_eq!(hear(&mut disk, &mut second), None, "its own value stands");
    assert_eq!(second.dossier.form.debtor_name, "Nom tapé dans le second");
    // The first hears it: its value is replaced, and it asks.
    let asked = hear(&mut disk, &mut first).expect("the first tab asks");
    assert_eq!(asked.mine, Json::String("Nom tapé dans le premier".into()));
    assert_eq!(asked.theirs, Json::String("Nom tapé dans le second".into()));
    assert_eq!(first.dossier.form, second.dossier.form);
    assert_eq!(stored(&disk).form.debtor_name, "Nom tapé dans le second");
}

/// « Effacer mes données »: storage emptied, then the tab's save effect runs on the reset
/// dossier, and the other tab hears of the erase: storage stays empty.
#[test]
fn an_erased_dossier_stays_erased() {
    let mut disk = Map::default();
    let mut d = StoredDossier::default();
    d.form.debtor_name = "Nexa".into();
    disk.set(&keys().dossier, &encode(&d)).unwrap();
    let mut tabs = [mount(&mut disk, 1), mount(&mut disk, 2)];
    disk = Map::default();
    tabs[0].view = disk.clone();
    tabs[0].dossier = StoredDossier::default();
    assert_eq!(save(&mut disk, &mut tabs[0]), Saved::Unchanged);
    tabs[1].view = disk.clone();
    assert_eq!(
        protocol::incoming(&tabs[1].view, &keys(), &mut tabs[1].base),
        Incoming::Erased
    );
    tabs[1].dossier = StoredDossier::default();
    assert_eq!(save(&mut disk, &mut tabs[1]), Saved::Unchanged);
    assert_eq!(disk.get(&keys().dossier), None);
    assert_eq!(disk.get(&keys().revision), None);
}

#[test]
fn a_mount_on_an_unchanged_dossier_writes_nothing() {
    let mut store = Map::default();
    let mut d = StoredDossier::default();
    d.form.debtor_name = "Nexa".into();
    store.set(&keys().dossier, &encode(&d)).unwrap();
    store.set(&keys().revision, "7").unwrap();
    let writes = store.1;
    let tab = mount(&mut store, 1);
    assert_eq!(store.1, writes);
    assert_eq!(tab.base.revision, 7);
}

/// F5: a newer version's dossier, saved by another tab, is never written over.
#[test]
fn a_newer_versions_dossier_is_left_as_it_is() {
    let mut store = Map::default();
    let mut tab = mount(&mut store, 1);
    let newer = r#"{"format":"facture-impayee/dossier","version":2,"form":{"x":1}}"#;
    store.set(&keys().revision, "9").unwrap();
    store.set(&keys().dossier, newer).unwrap();
    tab.view = store.clone();
    tab.dossier.form.debtor_name = "Une frappe".into();
    assert_eq!(save(&mut store, &mut tab), Saved::Newer);
    assert_eq!(store.get(&keys().dossier).as_deref(), Some(newer));
    assert_eq!(
        protocol::incoming(&tab.view, &keys(), &mut tab.base),
        Incoming::Newer
    );
}

/// A field both tabs changed keeps this tab's value and is named; the rest is merged.
#[test]
fn a_field_both_changed_is_named() {
    let base = StoredDossier::default();
    let mut mine = base.clone();
    mine.form.debtor_name = "Mine".into();
    mine.form.creditor_name = "Moi".into();
    let mut theirs = base.clone();
    theirs.form.debtor_name = "Theirs".into();
    theirs.form.dispute_reason = "retard".into();
    let base_text = encode(&base);
    let theirs_text = protocol::own_text(Some(&base_text), &theirs, 2);
    let (merged, _, both) = protocol::merge(Some(&base_text), &mine, &theirs_text, 1);
    // Changed at once in both: the same winner in both tabs (the higher tab id), named.
    assert_eq!(merged.form.debtor_name, "Theirs");
    assert_eq!(merged.form.creditor_name, "Moi");
    assert_eq!(merged.form.dispute_reason, "retard");
    let paths: Vec<&str> = both.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(paths, ["form.debtor_name"]);
    // This tab's text lost: the visitor is asked, and can set it back.
    let lost = protocol::lost(&both).expect("asked");
    assert_eq!(lost.mine, Json::String("Mine".into()));
    assert_eq!(lost.theirs, Json::String("Theirs".into()));
    let back = protocol::set_at(&merged, &lost.path, &lost.mine).unwrap();
    assert_eq!(back.form.debtor_name, "Mine");
    assert_eq!(back.form.dispute_reason, "retard");
    let mine_text = protocol::own_text(Some(&base_text), &mine, 1);
    let (other_way, _, both) = protocol::merge(Some(&base_text), &theirs, &mine_text, 2);
    // The other tab kept its text: nothing to ask there.
    assert_eq!(protocol::lost(&both), None);
    assert_eq!(
        other_way.form, merged.form,
        "both tabs end on the same dossier"
    );
}

/// A value set back where a clash names it: in a line by its id; a line gone, nothing.
#[test]
fn a_value_is_set_back_by_its_path() {
    let mut d = StoredDossier::default();
    d.form.add_invoice();
    d.form.add_invoice();
    let id = d.form.invoices[1].id;
    let amount = Json::String("1 234,56".into());
    let back = protocol::set_at(&d, &format!("form.invoices.#{id}.amount"), &amount).unwrap();
    assert_eq!(back.form.invoices[1].amount, "1 234,56");
    assert_eq!(back.form.invoices[0].amount, "");
    assert_eq!(
        protocol::set_at(&d, "form.invoices.#999.amount", &amount),
        None
    );
    assert_eq!(protocol::set_at(&d, "form.nothing", &amount), None);
    // A value of the wrong kind would not read back: refused, not half set.
    assert_eq!(protocol::set_at(&d, "form.next_id", &amount), None);
}

/// Invoices are merged line by line: one added here, one removed there, one changed in each.
#[test]
fn invoices_merge_by_line() {
    let mut base = StoredDossier::default();
    base.form.add_invoice();
    base.form.add_invoice();
    for (i, inv) in base.form.invoices.iter_mut().enumerate() {
        inv.number = format!("F-{i}");
    }
    let mut mine = base.clone();
    mine.form.invoices[0].amount = "100".into();
    mine.form.add_invoice();
    let mut theirs = base.clone();
    theirs.form.invoices.remove(2);
    theirs.form.invoices[1].amount = "200".into();
    let (merged, _, both) = protocol::merge(Some(&encode(&base)), &mine, &encode(&theirs), 1);
    let got: Vec<(&str, &str)> = merged
        .form
        .invoices
        .iter()
        .map(|i| (i.number.as_str(), i.amount.as_str()))
        .collect();
    assert_eq!(got, [("F-0", "100"), ("F-1", "200"), ("", "")]);
    assert!(both.is_empty(), "{both:?}");
}

/// F6: a dossier over what the app reads back is never written; storage keeps the last one.
#[test]
fn a_dossier_too_large_to_read_back_is_not_written() {
    let mut store = Map::default();
    let mut tab = mount(&mut store, 1);
    tab.dossier.form.debtor_name = "Avant".into();
    save(&mut store, &mut tab);
    let kept = store.get(&keys().dossier);
    tab.dossier.form.creditor_name = "\"".repeat(600_000);
    assert_eq!(
        protocol::save(&mut tab.view, &keys(), &mut tab.base, &tab.dossier, 1),
        Err(SaveError::TooLarge)
    );
    assert_eq!(tab.view.get(&keys().dossier), kept);
}

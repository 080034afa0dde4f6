//! Dossiers exported by past versions of the app, read and written again by this one.
//!
//! `tests/fixtures/dossiers/<date>-<time>-<commit>.json` is what the version of that commit wrote, every
//! field of its stored form set away from its default (tests/fixtures/dossiers/README.md says
//! how they were made). Beside each, `.written.json` is what this version writes after reading
//! it, held byte for byte: a change to the stored form shows here, and a version that cannot
//! read an older dossier, or writes it otherwise, fails. `WRITE_FIXTURES=1` writes them anew,
//! for a change meant to alter the stored text; the diff then shows what changed.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use engine::json::{parse, Json};
use facture_impayee::storage::{decode, encode};

fn exported() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dossiers");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            let name = path.file_name().unwrap().to_string_lossy();
            name.ends_with(".json") && !name.ends_with(".written.json")
        })
        .collect();
    files.sort();
    files
}

fn written_beside(path: &Path) -> PathBuf {
    path.with_extension("written.json")
}

/// What reading moves or drops on purpose, with the version that did it: anything else of
/// the old text must be in the new one, at the same place, with the same value.
const MOVED: &[(&str, &str)] = &[
    // One opening and one closing for every letter became one per kind of letter (the old
    // text goes to the chosen letter's place in `openings` and `closings`).
    ("form.letter.opening", "openings"),
    ("form.letter.closing", "closings"),
];

#[test]
fn each_past_version_s_dossier_is_read_and_written_as_held() {
    let files = exported();
    assert!(files.len() >= 5, "{files:?}");
    let write = std::env::var_os("WRITE_FIXTURES").is_some();
    for path in files {
        let name = path.display();
        let text = std::fs::read_to_string(&path).unwrap();
        let stored = decode(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let written = encode(&stored);
        let golden = written_beside(&path);
        if write {
            std::fs::write(&golden, &written).unwrap();
        }
        let held = std::fs::read_to_string(&golden)
            .unwrap_or_else(|_| panic!("{} missing: WRITE_FIXTURES=1", golden.display()));
        assert_eq!(written, held, "{name}: written otherwise than held");
        let (old, new) = (parse(&text).unwrap(), parse(&written).unwrap());
        if let Some(lost) = first_lost(&new, &old, "") {
            panic!("{name}: « {lost} » not written back as it was");
        }
    }
}

/// The newest file is this version's own export: it comes back byte for byte.
#[test]
fn this_version_s_export_is_written_back_byte_for_byte() {
    let newest = exported().pop().unwrap();
    let text = std::fs::read_to_string(&newest).unwrap();
    assert_eq!(
        encode(&decode(&text).unwrap()),
        text,
        "{}",
        newest.display()
    );
}

/// The first key of `old`, at any depth, not in `new` with the same value, unless `MOVED`.
fn first_lost(new: &Json, old: &Json, at: &str) -> Option<String> {
    if MOVED.iter().any(|(path, _)| *path == at) {
        return None;
    }
    match (new, old) {
        (Json::Object(n), Json::Object(o)) => o.iter().find_map(|(key, value)| {
            let path = if at.is_empty() {
                key.clone()
            } else {
                format!("{at}.{key}")
            };
            match n.iter().find(|(k, _)| k == key) {
                Some((_, there)) => first_lost(there, value, &path),
                None => Some(path),
            }
        }),
        (Json::Array(n), Json::Array(o)) if n.len() == o.len() => n
            .iter()
            .zip(o)
            .enumerate()
            .find_map(|(k, (a, b))| first_lost(a, b, &format!("{at}.{k}"))),
        _ if new == old => None,
        _ => Some(at.to_string()),
    }
}

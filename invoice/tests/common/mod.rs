//! The invoices tests/invoices/make.py makes with PyPI factur-x and drafthorse, npm
//! @e-invoice-eu/core and qpdf, into target/invoices, with factur-x's own reading of each
//! (`oracle.json`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::Value;

pub fn made() -> &'static (PathBuf, Value) {
    static MADE: OnceLock<(PathBuf, Value)> = OnceLock::new();
    MADE.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        let out = root.join("target/invoices");
        let script = root.join("tests/invoices/make.py");
        let python = root.join("tools/pyvenv/bin/python");
        // Made again when a script or the venv changed since (a test binary reading them
        // while another writes them would see half a file).
        let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
        let made_at = modified(&out.join("oracle.json"));
        let stale = [
            script.as_path(),
            &root.join("tests/invoices/e-invoice-eu.mjs"),
            &root.join("tools/pyvenv/pyvenv.cfg"),
        ]
        .iter()
        .any(|p| modified(p) >= made_at);
        if stale {
            let status = Command::new(&python)
                .arg(&script)
                .arg(&out)
                .status()
                .unwrap_or_else(|e| {
                    panic!("{}: {e} (scripts/setup.sh makes it)", python.display())
                });
            assert!(status.success(), "tests/invoices/make.py failed");
        }
        let oracle = std::fs::read_to_string(out.join("oracle.json")).unwrap();
        (out, serde_json::from_str(&oracle).unwrap())
    })
}

pub fn bytes(file: &str) -> Vec<u8> {
    std::fs::read(made().0.join(file)).unwrap()
}

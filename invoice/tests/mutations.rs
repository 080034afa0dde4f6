//! Any damage to a real invoice: the reader answers, never panics (issue 38: random bytes,
//! broken structures, hostile files). The seeds are the files tests/invoices/make.py makes (by
//! PyPI factur-x and drafthorse, npm @e-invoice-eu/core, and qpdf); each
//! case cuts, overwrites and splices in PDF and XML tokens. 256 cases a run by default;
//! scripts/fuzz runs a million.

mod common;

use proptest::prelude::*;

const SEEDS: [&str; 9] = [
    "standard.facturx.pdf",
    "eie-minimum.facturx.pdf",
    "eie.ubl.xml",
    "drafthorse.facturx.pdf",
    "objstm.pdf",
    "standard.cii.xml",
    "avoir.ubl.xml",
    "acompte.cii.xml",
    "bombe.pdf",
];
const TOKENS: [&[u8]; 16] = [
    b"<<",
    b">>",
    b"(",
    b")",
    b"<",
    b">",
    b"stream\n",
    b"endstream",
    b"obj",
    b"endobj",
    b" 0 R",
    b"/ObjStm",
    b"/FlateDecode",
    b"<!DOCTYPE a [<!ENTITY x \"y\">]>",
    b"</",
    b"\\",
];

#[derive(Debug, Clone)]
enum Damage {
    Cut(usize),
    Byte(usize, u8),
    Splice(usize, usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        any::<usize>().prop_map(Damage::Cut),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Damage::Byte(at, b)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, t)| Damage::Splice(at, t)),
    ]
}

proptest! {
    #[test]
    fn a_damaged_invoice_is_read_or_refused_never_a_panic(
        seed in 0..SEEDS.len(),
        damages in prop::collection::vec(damage(), 1..12),
    ) {
        let mut bytes = common::bytes(SEEDS[seed]);
        for d in damages {
            let len = bytes.len().max(1);
            match d {
                Damage::Cut(at) => bytes.truncate(at % len),
                Damage::Byte(at, b) => {
                    if let Some(x) = bytes.get_mut(at % len) {
                        *x = b;
                    }
                }
                Damage::Splice(at, t) => {
                    let at = (at % len).min(bytes.len());
                    bytes.splice(at..at, TOKENS[t].iter().copied());
                }
            }
        }
        // Read or refused: either is an answer; a refusal is said in French.
        if let Err(e) = invoice::read(&bytes) {
            prop_assert!(!e.to_string().is_empty());
        }
    }
}

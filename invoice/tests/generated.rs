//! Generated invoices, not only damaged ones (issue 38): the terms a visitor's invoice may hold
//! (any number, name, date and amount, with the characters XML escapes), written into the
//! CII and UBL that PyPI factur-x wrote (tests/invoices/make.py), bare or in a PDF container
//! laid out at random (objects before and after, any object numbers, the file's name written
//! plain, with octal escapes, in hex or in UTF-16). A valid invoice is read back term for
//! term; one with values no invoice has is read or refused, never a panic. 256 cases a run;
//! scripts/fuzz runs a million.

mod common;

use chrono::NaiveDate;
use proptest::prelude::*;

/// What is generated, and must be read back.
#[derive(Debug, Clone)]
struct Terms {
    number: String,
    buyer: String,
    issue: NaiveDate,
    due: NaiveDate,
    cents: u64,
}

fn day() -> impl Strategy<Value = NaiveDate> {
    (1990..2100i32, 1..=12u32, 1..=28u32)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn terms() -> impl Strategy<Value = Terms> {
    // Text as people write it, XML's own characters and accents among it; never blank.
    let text = "[A-Za-z0-9][A-Za-z0-9 <>&\"'éèçÖß°/\\-]{0,40}";
    (text, text, day(), day(), 0..100_000_000_000u64).prop_map(
        |(number, buyer, issue, due, cents)| Terms {
            number: number.trim().to_string(),
            buyer: buyer.trim().to_string(),
            issue,
            due,
            cents,
        },
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn amount(cents: u64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// The invoice factur-x wrote, its terms replaced by `t` (escaped, or `raw` as they are).
fn xml(ubl: bool, t: &Terms, raw: bool) -> Vec<u8> {
    let template = String::from_utf8(common::bytes(if ubl {
        "standard.ubl.xml"
    } else {
        "standard.cii.xml"
    }))
    .unwrap();
    let text = |s: &str| if raw { s.to_string() } else { escape(s) };
    let date = |d: NaiveDate| {
        if ubl {
            d.format("%Y-%m-%d").to_string()
        } else {
            d.format("%Y%m%d").to_string()
        }
    };
    let (issue, due) = if ubl {
        ("2026-09-01", "2026-10-01")
    } else {
        ("20260901", "20261001")
    };
    // Each term first to a mark of its own, then to its value: a value written is never taken
    // for the next term (a generated issue date may be the template's due date).
    let terms = [
        ("F-2026-042", text(&t.number)),
        ("ACME SAS", text(&t.buyer)),
        (issue, date(t.issue)),
        (due, date(t.due)),
        ("1200.00", amount(t.cents)),
    ];
    let mut out = template;
    for (k, (from, _)) in terms.iter().enumerate() {
        out = out.replace(from, &format!("\u{1}{k}\u{1}"));
    }
    for (k, (_, to)) in terms.iter().enumerate() {
        out = out.replace(&format!("\u{1}{k}\u{1}"), to);
    }
    out.into_bytes()
}

/// How the embedded file's name is written in its file specification.
fn name(form: u8) -> Vec<u8> {
    let plain = b"factur-x.xml";
    match form % 4 {
        0 => b"(factur-x.xml)".to_vec(),
        1 => b"(factur\\055x\\056xml)".to_vec(),
        2 => format!(
            "<{}>",
            plain.iter().map(|b| format!("{b:02X}")).collect::<String>()
        )
        .into_bytes(),
        _ => format!(
            "<FEFF{}>",
            plain
                .iter()
                .map(|b| format!("00{b:02X}"))
                .collect::<String>()
        )
        .into_bytes(),
    }
}

/// A PDF that carries `xml` as factur-x.xml: `before` and `after` other objects around the file
/// specification and its stream, numbered from `first`.
fn pdf(xml: &[u8], form: u8, first: u32, before: usize, after: usize) -> Vec<u8> {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(xml, 6);
    let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut n = first;
    let filler = |out: &mut Vec<u8>, n: &mut u32, count: usize| {
        for k in 0..count {
            out.extend(format!("{n} 0 obj\n<< /Type /Page /Parent 1 0 R /Contents [{k} 0 R] /F (autre.xml) >>\nendobj\n").as_bytes());
            *n += 1;
        }
    };
    filler(&mut out, &mut n, before);
    let (spec, stream) = (n, n + 1);
    out.extend(format!("{spec} 0 obj\n<< /Type /Filespec /F ").as_bytes());
    out.extend(name(form));
    out.extend(format!(" /EF << /F {stream} 0 R >> /AFRelationship /Data >>\nendobj\n").as_bytes());
    out.extend(format!("{stream} 0 obj\n<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length {} >>\nstream\n", packed.len()).as_bytes());
    out.extend(&packed);
    out.extend(b"\nendstream\nendobj\n");
    n += 2;
    filler(&mut out, &mut n, after);
    out.extend(b"trailer\n<< /Root 1 0 R >>\n%%EOF\n");
    out
}

proptest! {
    #[test]
    fn a_generated_invoice_is_read_back_term_for_term(
        t in terms(),
        ubl in any::<bool>(),
        in_pdf in any::<bool>(),
        form in any::<u8>(),
        first in 1..100_000u32,
        before in 0..20usize,
        after in 0..20usize,
    ) {
        let xml = xml(ubl, &t, false);
        let bytes = if in_pdf { pdf(&xml, form, first, before, after) } else { xml };
        let read = invoice::read(&bytes).map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(&read.number, &t.number);
        prop_assert_eq!(&read.buyer.name, &t.buyer);
        prop_assert_eq!(read.issue_date, t.issue);
        prop_assert_eq!(read.due_date, Some(t.due));
        prop_assert_eq!(read.amount_due.to_string(), amount(t.cents));
    }

    #[test]
    fn values_no_invoice_holds_are_read_or_refused_never_a_panic(
        t in terms(),
        junk in "[\\PC]{0,30}",
        ubl in any::<bool>(),
        in_pdf in any::<bool>(),
        form in any::<u8>(),
    ) {
        // The terms unescaped, and a date and an amount replaced by anything at all.
        let mut text = String::from_utf8(xml(ubl, &t, true)).unwrap();
        text = text.replacen(&amount(t.cents), &junk, 1);
        text = text.replacen(&t.due.format(if ubl { "%Y-%m-%d" } else { "%Y%m%d" }).to_string(), &junk, 1);
        let bytes = if in_pdf { pdf(text.as_bytes(), form, 1, 1, 1) } else { text.into_bytes() };
        if let Err(e) = invoice::read(&bytes) {
            prop_assert!(!e.to_string().is_empty());
        }
    }
}

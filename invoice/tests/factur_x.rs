//! Invoices made by an independent implementation, PyPI factur-x (tests/invoices/make.py, run
//! here into target/invoices), read by our reader and compared term by term with what
//! factur-x's own parser read from the same files; PDFs as qpdf and attackers write them.

mod common;

use common::made;
use invoice::{ElectronicInvoice, ProposedRate, ReadError, Syntax};
use serde_json::Value;

fn read(file: &str) -> Result<ElectronicInvoice, ReadError> {
    invoice::read(&common::bytes(file))
}

fn xml_files() -> Vec<String> {
    let oracle = made().1.as_object().unwrap();
    let files: Vec<String> = oracle
        .keys()
        .filter(|f| f.ends_with(".xml"))
        .cloned()
        .collect();
    assert_eq!(
        files.len(),
        13,
        "five cases by factur-x, each in CII and UBL, one by drafthorse, one by e-invoice-eu in both"
    );
    files
}

#[test]
fn every_term_the_dossier_needs_is_read_as_factur_x_reads_it() {
    for file in xml_files() {
        let got = read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let want = &made().1[&file];
        let s = |v: &Value| v.as_str().map(str::to_string);
        let term = |bt: &str| s(&want[bt]);
        assert_eq!(
            got.syntax,
            if file.contains(".cii.") {
                Syntax::Cii
            } else {
                Syntax::Ubl
            }
        );
        assert_eq!(Some(got.number.clone()), term("BT-1"), "{file} BT-1");
        assert_eq!(Some(got.type_code.clone()), term("BT-3"), "{file} BT-3");
        assert_eq!(
            Some(got.issue_date.to_string()),
            term("BT-2"),
            "{file} BT-2"
        );
        assert_eq!(
            got.due_date.map(|d| d.to_string()),
            term("BT-9"),
            "{file} BT-9"
        );
        assert_eq!(got.terms, term("BT-20").unwrap_or_default(), "{file} BT-20");
        assert_eq!(Some(got.currency.clone()), term("BT-5"), "{file} BT-5");
        assert_eq!(
            got.delivery_date.map(|d| d.to_string()),
            term("BT-72"),
            "{file} BT-72"
        );
        let amount = |bt: &str| term(bt).map(|a| a.parse::<rust_decimal::Decimal>().unwrap());
        assert_eq!(got.total_with_vat, amount("BT-112"), "{file} BT-112");
        assert_eq!(got.prepaid, amount("BT-113"), "{file} BT-113");
        assert_eq!(Some(got.amount_due), amount("BT-115"), "{file} BT-115");
        for (party, bg) in [(&got.seller, "BG-4"), (&got.buyer, "BG-7")] {
            let p = &want[bg];
            let at = |k: &str| s(&p[k]);
            assert_eq!(Some(party.name.clone()), at("name"), "{file} {bg} name");
            assert_eq!(
                party.legal_id,
                at("legal_identifier"),
                "{file} {bg} legal id"
            );
            assert_eq!(
                party.legal_id_scheme,
                at("legal_identifier_schemeid"),
                "{file} {bg} scheme"
            );
            assert_eq!(party.vat_id, at("vat_identifier"), "{file} {bg} VAT id");
            let lines: Vec<String> = ["addr_l1", "addr_l2", "addr_l3"]
                .iter()
                .filter_map(|k| at(k))
                .collect();
            assert_eq!(party.address_lines, lines, "{file} {bg} address");
            assert_eq!(
                Some(party.postcode.clone()),
                at("postcode"),
                "{file} {bg} postcode"
            );
            assert_eq!(Some(party.city.clone()), at("city"), "{file} {bg} city");
            assert_eq!(party.country, at("country_code"), "{file} {bg} country");
        }
    }
}

#[test]
fn each_case_is_what_the_visitor_is_told() {
    for syntax in ["cii", "ubl"] {
        let case = |name: &str| read(&format!("{name}.{syntax}.xml")).unwrap();
        let standard = case("standard");
        assert!(!standard.is_credit_note() && standard.in_euros() && !standard.buyer_abroad());
        assert_eq!(
            standard.proposed_rate(),
            Some(ProposedRate::ThreeTimesLegal)
        );
        assert_eq!(standard.seller.siren(), Some("123456789"));
        assert_eq!(
            standard.buyer.address(),
            "12 avenue de la Gare\nBâtiment B\n75010 Paris"
        );
        let acompte = case("acompte");
        assert_eq!(acompte.amount_due.to_string(), "1000.00");
        assert_eq!(
            acompte.proposed_rate(),
            Some(ProposedRate::Percent(10.into()))
        );
        assert!(case("avoir").is_credit_note(), "{syntax}: a credit note");
        assert!(!case("dollars").in_euros(), "{syntax}: in dollars");
        assert!(
            case("allemagne").buyer_abroad(),
            "{syntax}: a buyer in Germany"
        );
    }
}

#[test]
fn an_invoice_drafthorse_wrote_is_read_too() {
    let read = read("drafthorse.cii.xml").unwrap();
    assert_eq!(read.seller.siren(), Some("552100554"));
    assert_eq!(read.amount_due.to_string(), "2400.00");
    assert_eq!(read.proposed_rate(), Some(ProposedRate::Percent(12.into())));
}

#[test]
fn an_invoice_e_invoice_eu_wrote_is_read_at_every_factur_x_profile() {
    let cii = read("eie.cii.xml").unwrap();
    assert_eq!(read("eie.ubl.xml").unwrap().seller, cii.seller);
    assert_eq!(cii.proposed_rate(), Some(ProposedRate::Percent(10.into())));
    for profile in ["minimum", "basicwl", "basic", "en16931", "extended"] {
        let file = format!("eie-{profile}.facturx.pdf");
        let got = read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let want = &made().1[&file];
        assert_eq!(got.number, want["BT-1"].as_str().unwrap(), "{file}");
        assert_eq!(
            got.amount_due.to_string(),
            want["BT-115"].as_str().unwrap(),
            "{file}"
        );
        assert_eq!(
            got.buyer.name,
            want["BG-7"]["name"].as_str().unwrap(),
            "{file}"
        );
        assert_eq!(
            got.due_date.map(|d| d.to_string()),
            want["BT-9"].as_str().map(str::to_string),
            "{file}"
        );
        assert_eq!(got.seller.siren(), Some("552100554"), "{file}");
        if profile == "minimum" {
            // MINIMUM carries neither a due date nor an address nor terms.
            assert_eq!((got.due_date, got.buyer.address().as_str()), (None, ""));
        } else {
            assert_eq!(got.buyer, cii.buyer, "{file}");
            assert_eq!(got.due_date, cii.due_date, "{file}");
        }
    }
}

#[test]
fn the_dossier_read_is_assessed_by_the_engine() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let dossier = read("acompte.cii.xml").unwrap().to_dossier();
    assert_eq!(dossier.creditor.siren, "123456789");
    assert_eq!(dossier.invoices[0].amount.to_string(), "1200.00");
    assert_eq!(dossier.invoices[0].payments[0].amount.to_string(), "200.00");
    let assessment = engine::assess(&dossier, today).expect("a dossier the engine takes");
    assert_eq!(
        assessment.totals.outstanding_principal.to_string(),
        "1000.00"
    );
    let abroad = read("allemagne.ubl.xml").unwrap().to_dossier();
    assert_eq!(
        abroad.debtor.kind,
        engine::DebtorKind::Abroad {
            in_eu: true,
            country: engine::Country::parse("DE")
        }
    );
}

#[test]
fn a_factur_x_pdf_gives_the_invoice_it_carries() {
    for name in [
        "standard",
        "acompte",
        "avoir",
        "dollars",
        "allemagne",
        "drafthorse",
    ] {
        let pdf = read(&format!("{name}.facturx.pdf")).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(pdf, read(&format!("{name}.cii.xml")).unwrap(), "{name}");
    }
}

#[test]
fn a_pdf_as_other_producers_write_it_is_read_too() {
    let cii = read("standard.cii.xml").unwrap();
    // qpdf packs the file specification in an object stream, with a cross-reference stream.
    assert_eq!(read("objstm.pdf").unwrap(), cii);
    // The objects are read, not the cross-reference table: a broken one does not matter.
    assert_eq!(read("xref-casse.pdf").unwrap(), cii);
    // A megabyte of another attachment beside the invoice: the invoice is the one taken.
    assert_eq!(read("lourd.facturx.pdf").unwrap(), cii);
}

#[test]
fn damaged_and_hostile_pdfs_are_refused_with_a_reason() {
    assert_eq!(read("chiffre.pdf"), Err(ReadError::Encrypted));
    assert_eq!(read("sans-facture.pdf"), Err(ReadError::NoInvoiceInPdf));
    // Its embedded « factur-x.xml » inflates past 20 MB: stopped there.
    assert_eq!(read("bombe.pdf"), Err(ReadError::TooLarge));
    // Cut in half: its invoice stream is gone.
    assert!(matches!(
        read("moitie.pdf"),
        Err(ReadError::NoInvoiceInPdf | ReadError::PdfDamaged)
    ));
    let said = ReadError::NoInvoiceInPdf.to_string();
    assert_eq!(
        said,
        "Ce PDF ne contient pas de données de facture électronique : saisissez la facture ci-dessous."
    );
}

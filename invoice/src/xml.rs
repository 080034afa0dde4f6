//! CII and UBL, read with roxmltree: no DTD (so no entity is ever expanded), at most
//! `MAX_NODES` nodes, and only the fixed paths of the terms the dossier needs.

use chrono::NaiveDate;
use roxmltree::{Document, Node, ParsingOptions};
use rust_decimal::Decimal;

use crate::error::ReadError;
use crate::model::{ElectronicInvoice, Syntax, TradeParty};

/// Far more than an invoice of a thousand lines holds.
const MAX_NODES: u32 = 200_000;
/// A CII invoice nests about ten deep, UBL less: roxmltree recurses on nesting, and a stack
/// (1 MiB in the page) must never be what stops a hostile file.
const MAX_DEPTH: usize = 64;

const RSM: &str = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
const RAM: &str =
    "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
const UDT: &str = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
const UBL_INVOICE: &str = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
const UBL_CREDIT_NOTE: &str = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
const CAC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
const CBC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

pub fn read(bytes: &[u8]) -> Result<ElectronicInvoice, ReadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| ReadError::NotXml)?;
    if depth(text) > MAX_DEPTH {
        return Err(ReadError::TooComplex);
    }
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
    };
    let doc = Document::parse_with_options(text, options).map_err(|e| match e {
        roxmltree::Error::DtdDetected => ReadError::Dtd,
        roxmltree::Error::NodesLimitReached => ReadError::TooComplex,
        _ => ReadError::NotXml,
    })?;
    let root = doc.root_element();
    match (root.tag_name().namespace(), root.tag_name().name()) {
        (Some(RSM), "CrossIndustryInvoice") => cii(root),
        (Some(UBL_INVOICE), "Invoice") | (Some(UBL_CREDIT_NOTE), "CreditNote") => ubl(root),
        _ => Err(ReadError::NotAnInvoice),
    }
}

/// How deep elements nest, counted before any parsing: comments, CDATA, processing
/// instructions and declarations skipped, quoted attribute values read past. It stops counting
/// past `MAX_DEPTH`; malformed text is left to the parser to refuse.
fn depth(text: &str) -> usize {
    let (bytes, mut i, mut depth, mut deepest) = (text.as_bytes(), 0, 0usize, 0);
    let skip_to = |from: usize, end: &str| {
        text[from..]
            .find(end)
            .map_or(bytes.len(), |k| from + k + end.len())
    };
    while let Some(k) = text[i..].find('<') {
        i += k;
        let rest = &text[i..];
        if rest.starts_with("<!--") {
            i = skip_to(i, "-->");
        } else if rest.starts_with("<![CDATA[") {
            i = skip_to(i, "]]>");
        } else if rest.starts_with("<?") {
            i = skip_to(i, "?>");
        } else if rest.starts_with("<!") {
            i = skip_to(i, ">");
        } else if rest.starts_with("</") {
            depth = depth.saturating_sub(1);
            i = skip_to(i, ">");
        } else {
            // An opening tag: to its '>', past quoted values; « /> » closes it at once.
            let mut j = i + 1;
            let mut quote = None;
            while j < bytes.len() {
                match (quote, bytes[j]) {
                    (None, b'"' | b'\'') => quote = Some(bytes[j]),
                    (Some(q), c) if c == q => quote = None,
                    (None, b'>') => break,
                    _ => {}
                }
                j += 1;
            }
            if j >= bytes.len() || bytes[j - 1] != b'/' {
                depth += 1;
                deepest = deepest.max(depth);
                if deepest > MAX_DEPTH {
                    return deepest;
                }
            }
            i = j + 1;
        }
        if i >= bytes.len() {
            break;
        }
    }
    deepest
}

/// The first child element of `node` at each step of `path`, each `(namespace, name)`.
fn at<'a, 'i>(node: Node<'a, 'i>, path: &[(&str, &str)]) -> Option<Node<'a, 'i>> {
    path.iter().try_fold(node, |n, (ns, name)| {
        n.children().find(|c| {
            c.is_element() && c.tag_name().namespace() == Some(*ns) && c.tag_name().name() == *name
        })
    })
}

/// The trimmed text at `path`, if any and not empty.
fn text(node: Node, path: &[(&str, &str)]) -> Option<String> {
    let t = at(node, path)?.text()?.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn required(node: Node, path: &[(&str, &str)], term: &'static str) -> Result<String, ReadError> {
    text(node, path).ok_or(ReadError::Missing(term))
}

/// « 1200.00 »: the engine's plain decimal (no exponent), with an optional minus.
fn amount(text: Option<String>) -> Option<Decimal> {
    let t = text?;
    match t.strip_prefix('-') {
        Some(digits) => engine::amount::plain_decimal(digits).map(|d| -d),
        None => engine::amount::plain_decimal(&t),
    }
}

/// CII's format 102, « 20260901 » (chrono's format parser would weigh on the module).
fn cii_date(text: Option<String>) -> Option<NaiveDate> {
    let t = text?;
    if t.len() != 8 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveDate::from_ymd_opt(
        t[..4].parse().ok()?,
        t[4..6].parse().ok()?,
        t[6..].parse().ok()?,
    )
}

/// UBL's « 2026-09-01 ».
fn ubl_date(text: Option<String>) -> Option<NaiveDate> {
    engine::dates::parse_iso_date(&text?)
}

fn due(
    total: Option<Decimal>,
    prepaid: Option<Decimal>,
    payable: Option<Decimal>,
) -> Option<Decimal> {
    payable.or_else(|| Some(total? - prepaid.unwrap_or(Decimal::ZERO)))
}

fn cii(root: Node) -> Result<ElectronicInvoice, ReadError> {
    let doc = at(root, &[(RSM, "ExchangedDocument")]).ok_or(ReadError::NotAnInvoice)?;
    let trade = at(root, &[(RSM, "SupplyChainTradeTransaction")]).ok_or(ReadError::NotAnInvoice)?;
    let agreement = at(trade, &[(RAM, "ApplicableHeaderTradeAgreement")]);
    let settlement = at(trade, &[(RAM, "ApplicableHeaderTradeSettlement")])
        .ok_or(ReadError::Missing("BG-19"))?;
    let terms = at(settlement, &[(RAM, "SpecifiedTradePaymentTerms")]);
    let sums = at(
        settlement,
        &[(RAM, "SpecifiedTradeSettlementHeaderMonetarySummation")],
    );
    let sum = |name| sums.and_then(|s| amount(text(s, &[(RAM, name)])));
    let (total, prepaid) = (sum("GrandTotalAmount"), sum("TotalPrepaidAmount"));
    let party = |name| {
        agreement
            .and_then(|a| at(a, &[(RAM, name)]))
            .map(cii_party)
            .unwrap_or_default()
    };
    Ok(ElectronicInvoice {
        syntax: Syntax::Cii,
        number: required(doc, &[(RAM, "ID")], "BT-1")?,
        type_code: required(doc, &[(RAM, "TypeCode")], "BT-3")?,
        issue_date: cii_date(text(
            doc,
            &[(RAM, "IssueDateTime"), (UDT, "DateTimeString")],
        ))
        .ok_or(ReadError::Missing("BT-2"))?,
        due_date: terms.and_then(|t| {
            cii_date(text(
                t,
                &[(RAM, "DueDateDateTime"), (UDT, "DateTimeString")],
            ))
        }),
        terms: terms
            .and_then(|t| text(t, &[(RAM, "Description")]))
            .unwrap_or_default(),
        currency: required(settlement, &[(RAM, "InvoiceCurrencyCode")], "BT-5")?,
        delivery_date: cii_date(text(
            trade,
            &[
                (RAM, "ApplicableHeaderTradeDelivery"),
                (RAM, "ActualDeliverySupplyChainEvent"),
                (RAM, "OccurrenceDateTime"),
                (UDT, "DateTimeString"),
            ],
        )),
        total_with_vat: total,
        prepaid,
        amount_due: due(total, prepaid, sum("DuePayableAmount"))
            .ok_or(ReadError::Missing("BT-115"))?,
        seller: party("SellerTradeParty"),
        buyer: party("BuyerTradeParty"),
    })
}

fn cii_party(p: Node) -> TradeParty {
    let address = at(p, &[(RAM, "PostalTradeAddress")]);
    let line = |name| address.and_then(|a| text(a, &[(RAM, name)]));
    let legal = at(p, &[(RAM, "SpecifiedLegalOrganization"), (RAM, "ID")]);
    let vat = p.children().find(|c| {
        c.tag_name().name() == "SpecifiedTaxRegistration"
            && at(*c, &[(RAM, "ID")]).and_then(|id| id.attribute("schemeID")) == Some("VA")
    });
    TradeParty {
        name: text(p, &[(RAM, "Name")]).unwrap_or_default(),
        legal_id: legal.and_then(|l| l.text()).map(|t| t.trim().to_string()),
        legal_id_scheme: legal
            .and_then(|l| l.attribute("schemeID"))
            .map(str::to_string),
        vat_id: vat.and_then(|v| text(v, &[(RAM, "ID")])),
        address_lines: ["LineOne", "LineTwo", "LineThree"]
            .iter()
            .filter_map(|n| line(n))
            .collect(),
        postcode: line("PostcodeCode").unwrap_or_default(),
        city: line("CityName").unwrap_or_default(),
        country: line("CountryID"),
    }
}

fn ubl(root: Node) -> Result<ElectronicInvoice, ReadError> {
    let credit_note = root.tag_name().name() == "CreditNote";
    let total = |name| amount(text(root, &[(CAC, "LegalMonetaryTotal"), (CBC, name)]));
    let (total_with_vat, prepaid) = (total("TaxInclusiveAmount"), total("PrepaidAmount"));
    let party = |name| {
        at(root, &[(CAC, name), (CAC, "Party")])
            .map(ubl_party)
            .unwrap_or_default()
    };
    let type_code = if credit_note {
        "CreditNoteTypeCode"
    } else {
        "InvoiceTypeCode"
    };
    let due_date = if credit_note {
        ubl_date(text(
            root,
            &[(CAC, "PaymentMeans"), (CBC, "PaymentDueDate")],
        ))
    } else {
        ubl_date(text(root, &[(CBC, "DueDate")]))
    };
    Ok(ElectronicInvoice {
        syntax: Syntax::Ubl,
        number: required(root, &[(CBC, "ID")], "BT-1")?,
        type_code: required(root, &[(CBC, type_code)], "BT-3")?,
        issue_date: ubl_date(text(root, &[(CBC, "IssueDate")]))
            .ok_or(ReadError::Missing("BT-2"))?,
        due_date,
        terms: text(root, &[(CAC, "PaymentTerms"), (CBC, "Note")]).unwrap_or_default(),
        currency: required(root, &[(CBC, "DocumentCurrencyCode")], "BT-5")?,
        delivery_date: ubl_date(text(
            root,
            &[(CAC, "Delivery"), (CBC, "ActualDeliveryDate")],
        )),
        total_with_vat,
        prepaid,
        amount_due: due(total_with_vat, prepaid, total("PayableAmount"))
            .ok_or(ReadError::Missing("BT-115"))?,
        seller: party("AccountingSupplierParty"),
        buyer: party("AccountingCustomerParty"),
    })
}

fn ubl_party(p: Node) -> TradeParty {
    let address = at(p, &[(CAC, "PostalAddress")]);
    let field = |path: &[(&str, &str)]| address.and_then(|a| text(a, path));
    let legal = at(p, &[(CAC, "PartyLegalEntity"), (CBC, "CompanyID")]);
    let mut lines: Vec<String> = [
        field(&[(CBC, "StreetName")]),
        field(&[(CBC, "AdditionalStreetName")]),
        field(&[(CAC, "AddressLine"), (CBC, "Line")]),
    ]
    .into_iter()
    .flatten()
    .collect();
    lines.dedup();
    TradeParty {
        name: text(p, &[(CAC, "PartyLegalEntity"), (CBC, "RegistrationName")])
            .or_else(|| text(p, &[(CAC, "PartyName"), (CBC, "Name")]))
            .unwrap_or_default(),
        legal_id: legal.and_then(|l| l.text()).map(|t| t.trim().to_string()),
        legal_id_scheme: legal
            .and_then(|l| l.attribute("schemeID"))
            .map(str::to_string),
        vat_id: text(p, &[(CAC, "PartyTaxScheme"), (CBC, "CompanyID")]),
        address_lines: lines,
        postcode: field(&[(CBC, "PostalZone")]).unwrap_or_default(),
        city: field(&[(CBC, "CityName")]).unwrap_or_default(),
        country: field(&[(CAC, "Country"), (CBC, "IdentificationCode")]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dtd_is_refused_whole_so_no_entity_is_expanded() {
        let bomb = br#"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;&x;">]><a>&y;</a>"#;
        assert_eq!(read(bomb), Err(ReadError::Dtd));
        let external = br#"<?xml version="1.0"?><!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>"#;
        assert_eq!(read(external), Err(ReadError::Dtd));
    }

    #[test]
    fn random_bytes_nesting_and_other_xml_are_refused_with_a_reason() {
        assert_eq!(read(&[0xff, 0xfe, 0x00, 0x3c]), Err(ReadError::NotXml));
        assert_eq!(read(b"<a><b></a>"), Err(ReadError::NotXml));
        assert_eq!(read(b"<html><body/></html>"), Err(ReadError::NotAnInvoice));
        let deep = format!("{}{}", "<a>".repeat(100_000), "</a>".repeat(100_000));
        assert_eq!(read(deep.as_bytes()), Err(ReadError::TooComplex));
        // Nesting hidden in comments, CDATA or attribute values is not nesting.
        let quiet = format!(
            "<a b='{}'><!--{}--><![CDATA[{}]]></a>",
            "<x>".repeat(100),
            "<x>".repeat(100),
            "<x>".repeat(100)
        );
        assert_eq!(depth(&quiet), 1);
        assert_eq!(depth("<a><b/><c><d></d></c></a>"), 3);
        let wide = format!("<a>{}</a>", "<b/>".repeat(300_000));
        assert_eq!(read(wide.as_bytes()), Err(ReadError::TooComplex));
    }

    #[test]
    fn an_invoice_missing_a_term_the_dossier_needs_names_it() {
        let cii = format!(
            r#"<rsm:CrossIndustryInvoice xmlns:rsm="{RSM}" xmlns:ram="{RAM}"><rsm:ExchangedDocument><ram:ID>F-1</ram:ID></rsm:ExchangedDocument><rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeSettlement/></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>"#
        );
        assert_eq!(read(cii.as_bytes()), Err(ReadError::Missing("BT-3")));
    }
}

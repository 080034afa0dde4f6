//! An electronic invoice read (`invoice::read`, issue 38) as a proposal for the form: each value
//! beside the field it fills, with what the visitor typed there before, and what they must be
//! told first. Nothing changes until they accept (`accept`).
//!
//! Linked into the reader's module (src/bin/lecteur.rs, loaded only when a file is picked),
//! not into the app: the app sends the dossier and the files, and shows the `Review` this file
//! writes in French (src/invoice_review.rs).

use engine::field::{InvoiceField, PartyField, PaymentField};
use engine::Country;
use invoice::{ElectronicInvoice, ProposedRate, ReadError};
use rust_decimal::Decimal;

use crate::edit::{Choice, TextField};
use crate::form::{DebtorChoice, DossierForm, InvoiceForm, TermChoice};
use crate::invoice_review::{Group, Review, Row};
use crate::labels;

/// Where the invoice goes among the form's invoices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// An invoice of the same number is there: the same invoice is not added twice.
    Same(u32),
    /// The first invoice nothing was typed in.
    Empty(u32),
    New,
}

/// A field the invoice fills, its line aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Creditor(PartyField),
    Debtor(PartyField),
    Invoice(InvoiceField),
    /// The deposit already paid (BT-113), as a payment received.
    Prepaid(PaymentField),
}

/// One value read, for one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fill {
    pub target: Target,
    pub value: String,
    /// What the visitor typed there, when it differs: replaced only if they say so.
    pub typed: Option<String>,
}

/// What the visitor is told before anything is filled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A credit note: nothing is owed on it, nothing is filled.
    CreditNote,
    /// Amounts in another currency: the amounts are not filled, nothing is computed from them.
    Currency(String),
    /// The seller is not the creditor typed: perhaps not the visitor's own invoice.
    OtherSeller { typed: String, read: String },
    /// The debtor's business abroad, and its country when the Union's list has it.
    Abroad(Option<Country>),
    /// The penalty rate the terms state, taken only once confirmed.
    Rate(ProposedRate),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub line: Line,
    pub fills: Vec<Fill>,
    pub notices: Vec<Notice>,
}

impl Proposal {
    /// Something typed would be replaced: the visitor is asked first.
    pub fn replaces_typed(&self) -> bool {
        self.fills.iter().any(|f| f.typed.is_some())
    }
}

/// What `read` would fill in `form`.
pub fn propose(form: &DossierForm, read: &ElectronicInvoice) -> Proposal {
    let line = line(form, &read.number);
    if read.is_credit_note() {
        return Proposal {
            line,
            fills: Vec::new(),
            notices: vec![Notice::CreditNote],
        };
    }
    let current = match line {
        Line::Same(id) | Line::Empty(id) => form.invoices.iter().find(|i| i.id == id),
        Line::New => None,
    };
    let mut fills = Vec::new();
    let mut fill = |target: Target, value: String, now: Option<&str>| {
        if value.is_empty() {
            return;
        }
        let typed = now
            .filter(|t| !t.trim().is_empty() && t.trim() != value)
            .map(str::to_string);
        fills.push(Fill {
            target,
            value,
            typed,
        });
    };
    let (seller, buyer) = (&read.seller, &read.buyer);
    let creditor = &form.creditor_details;
    fill(
        Target::Creditor(PartyField::Name),
        seller.name.clone(),
        Some(&form.creditor_name),
    );
    fill(
        Target::Creditor(PartyField::Siren),
        seller.siren().unwrap_or_default().to_string(),
        Some(&creditor.siren),
    );
    fill(
        Target::Creditor(PartyField::Address),
        seller.address(),
        Some(&creditor.address),
    );
    let debtor = &form.debtor_details;
    fill(
        Target::Debtor(PartyField::Name),
        buyer.name.clone(),
        Some(&form.debtor_name),
    );
    // Abroad, the registration number whatever its scheme; in France, the SIREN.
    let buyer_id = if read.buyer_abroad() {
        buyer.legal_id.clone().or(buyer.vat_id.clone())
    } else {
        buyer.siren().map(str::to_string)
    };
    fill(
        Target::Debtor(PartyField::Siren),
        buyer_id.unwrap_or_default(),
        Some(&debtor.siren),
    );
    fill(
        Target::Debtor(PartyField::Address),
        buyer.address(),
        Some(&debtor.address),
    );
    let now = |f: fn(&InvoiceForm) -> &String| current.map(|i| f(i).as_str());
    let day = |d: Option<chrono::NaiveDate>| d.map(engine::dates::iso_date).unwrap_or_default();
    fill(
        Target::Invoice(InvoiceField::Number),
        read.number.clone(),
        now(|i| &i.number),
    );
    fill(
        Target::Invoice(InvoiceField::IssueDate),
        day(Some(read.issue_date)),
        now(|i| &i.issue_date),
    );
    fill(
        Target::Invoice(InvoiceField::DeliveryDate),
        day(read.delivery_date),
        now(|i| &i.delivery_date),
    );
    fill(
        Target::Invoice(InvoiceField::DueDate),
        day(read.due_date),
        now(|i| &i.due_date),
    );
    let mut notices = Vec::new();
    if read.in_euros() {
        let total = read.total_with_vat.unwrap_or(read.amount_due);
        fill(
            Target::Invoice(InvoiceField::Amount),
            euros(total),
            now(|i| &i.amount),
        );
        if let Some(prepaid) = read.prepaid.filter(|p| *p > Decimal::ZERO) {
            fill(
                Target::Prepaid(PaymentField::Date),
                day(Some(read.issue_date)),
                None,
            );
            fill(Target::Prepaid(PaymentField::Amount), euros(prepaid), None);
        }
    } else {
        notices.push(Notice::Currency(read.currency.clone()));
    }
    let typed_creditor = form.creditor_name.trim();
    if !typed_creditor.is_empty() && !same_name(typed_creditor, &seller.name) {
        notices.push(Notice::OtherSeller {
            typed: typed_creditor.to_string(),
            read: seller.name.clone(),
        });
    }
    if read.buyer_abroad() {
        notices.push(Notice::Abroad(read.buyer_member_state()));
    }
    if let Some(rate) = read.proposed_rate() {
        notices.push(Notice::Rate(rate));
    }
    Proposal {
        line,
        fills,
        notices,
    }
}

/// The invoice of that number, else the first one left empty, else a new line.
fn line(form: &DossierForm, number: &str) -> Line {
    let number = number.trim();
    let same = form
        .invoices
        .iter()
        .find(|i| !number.is_empty() && i.number.trim() == number);
    if let Some(i) = same {
        return Line::Same(i.id);
    }
    let empty = |i: &&InvoiceForm| {
        [&i.number, &i.amount, &i.issue_date, &i.due_date]
            .iter()
            .all(|t| t.trim().is_empty())
    };
    form.invoices
        .iter()
        .find(empty)
        .map_or(Line::New, |i| Line::Empty(i.id))
}

/// Names compared as a person reads them: case and spaces aside.
fn same_name(a: &str, b: &str) -> bool {
    let plain = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    plain(a) == plain(b)
}

/// « 1200,00 », as the amount fields read it.
fn euros(amount: Decimal) -> String {
    amount.to_string().replace('.', ",")
}

/// Fills the form with `proposal`: what was typed is replaced only when `replace_typed`; the
/// proposed rate is taken only when `take_rate`. Returns false when no line was left for it.
pub fn accept(
    form: &mut DossierForm,
    proposal: &Proposal,
    replace_typed: bool,
    take_rate: bool,
) -> bool {
    if proposal.notices.contains(&Notice::CreditNote) {
        return false;
    }
    let id = match proposal.line {
        Line::Same(id) | Line::Empty(id) => id,
        Line::New => {
            let before = form.invoices.len();
            form.add_invoice();
            match form.invoices.get(before) {
                Some(i) => i.id,
                None => return false,
            }
        }
    };
    let payment = proposal
        .fills
        .iter()
        .any(|f| matches!(f.target, Target::Prepaid(_)))
        .then(|| {
            form.add_payment(id);
            form.invoices
                .iter()
                .find(|i| i.id == id)
                .and_then(|i| i.payments.last())
                .map(|p| p.id)
        })
        .flatten();
    for f in &proposal.fills {
        if f.typed.is_some() && !replace_typed {
            continue;
        }
        let field = match f.target {
            Target::Creditor(p) => TextField::Creditor(p),
            Target::Debtor(p) => TextField::Debtor(p),
            Target::Invoice(i) => TextField::Invoice(id, i),
            Target::Prepaid(p) => match payment {
                Some(payment) => TextField::Payment(id, payment, p),
                None => continue,
            },
        };
        form.set_text(field, f.value.clone());
        if f.target == Target::Invoice(InvoiceField::DueDate) {
            form.choose(Choice::Term(id, TermChoice::DueDate));
        }
    }
    for notice in &proposal.notices {
        match notice {
            Notice::Abroad(country) => {
                form.choose(Choice::Debtor(DebtorChoice::Abroad));
                form.choose(Choice::AbroadCountry {
                    country: *country,
                    in_eu: country.is_some(),
                });
            }
            Notice::Rate(rate) if take_rate => match rate {
                ProposedRate::ThreeTimesLegal => form.choose(Choice::TimesLegal(id, true)),
                ProposedRate::Percent(p) => {
                    form.set_text(
                        TextField::Invoice(id, InvoiceField::ContractRate),
                        euros(*p),
                    );
                }
            },
            _ => {}
        }
    }
    true
}

/// Several invoices: their buyers, each once, in the order read, for the visitor to choose
/// the debtor.
pub fn buyers(read: &[ElectronicInvoice]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in read.iter().map(|r| r.buyer.name.trim()) {
        if !out.iter().any(|o| same_name(o, name)) {
            out.push(name.to_string());
        }
    }
    out
}

/// A file the visitor picked, as the reader read it.
pub struct Picked {
    pub name: String,
    pub read: Result<ElectronicInvoice, ReadError>,
}

/// The invoices of `picked` that go into the dossier: those read, but credit notes, each
/// number once; when they are to several buyers, those of `debtor` only (none until chosen).
fn chosen<'a>(picked: &'a [Picked], debtor: Option<&str>) -> Vec<&'a ElectronicInvoice> {
    let invoices: Vec<&ElectronicInvoice> = picked
        .iter()
        .filter_map(|p| p.read.as_ref().ok())
        .filter(|r| !r.is_credit_note())
        .collect();
    let all: Vec<ElectronicInvoice> = invoices.iter().map(|r| (*r).clone()).collect();
    let several = buyers(&all).len() > 1;
    let mut out: Vec<&ElectronicInvoice> = Vec::new();
    for r in invoices {
        let to_debtor = !several || debtor.is_some_and(|d| same_name(d, &r.buyer.name));
        if to_debtor && !out.iter().any(|o| o.number.trim() == r.number.trim()) {
            out.push(r);
        }
    }
    out
}

/// What `picked` would bring into `form`, for the visitor to confirm: nothing changes here.
pub fn review(form: &DossierForm, picked: &[Picked], debtor: Option<&str>) -> Review {
    let mut out = Review::default();
    for p in picked {
        match &p.read {
            Err(why) => out.refused.push(format!("« {} » : {why}", p.name)),
            Ok(r) if r.is_credit_note() => out.notices.push(format!(
                "« {} » est un avoir (n° {}) : rien n'est dû sur un avoir, il n'entre pas dans le dossier.",
                p.name, r.number
            )),
            Ok(_) => {}
        }
    }
    let read: Vec<ElectronicInvoice> = picked
        .iter()
        .filter_map(|p| p.read.as_ref().ok())
        .filter(|r| !r.is_credit_note())
        .cloned()
        .collect();
    let names = buyers(&read);
    if names.len() > 1 && !debtor.is_some_and(|d| names.iter().any(|n| same_name(n, d))) {
        out.buyers = names;
        return out;
    }
    // Each invoice against the dossier as the ones before it leave it, so that the second of
    // two invoices goes on its own line and the parties are proposed once.
    let mut scratch = form.clone();
    for (k, r) in chosen(picked, debtor).into_iter().enumerate() {
        let proposal = propose(&scratch, r);
        out.replaces |= proposal.replaces_typed();
        let mut rows: Vec<Row> = proposal
            .fills
            .iter()
            .filter(|f| k == 0 || !matches!(f.target, Target::Creditor(_) | Target::Debtor(_)))
            .filter_map(|f| row(f, r.buyer_abroad()))
            .collect();
        // BT-20 as written: it fills no field, but says the term and the penalties agreed.
        let terms = r.terms.split_whitespace().collect::<Vec<_>>().join(" ");
        if !terms.is_empty() {
            rows.push(Row {
                label: "Conditions de paiement écrites sur la facture".into(),
                value: terms,
                typed: None,
            });
        }
        out.groups.push(Group {
            title: format!("Facture n° {}", r.number),
            rows,
        });
        for notice in &proposal.notices {
            match notice {
                Notice::Rate(rate) if out.rate.is_none() => out.rate = Some(rate_label(*rate)),
                Notice::Rate(_) | Notice::CreditNote => {}
                other => out.notices.push(notice_text(other, &r.number)),
            }
        }
        accept(&mut scratch, &proposal, true, false);
        out.count += 1;
    }
    out.notices.dedup();
    out
}

/// Fills `form` with the invoices of `picked` the visitor confirmed, as `review` showed them.
/// Returns how many entered the dossier.
pub fn accept_all(
    form: &mut DossierForm,
    picked: &[Picked],
    debtor: Option<&str>,
    replace_typed: bool,
    take_rate: bool,
) -> u32 {
    let mut count = 0;
    for r in chosen(picked, debtor) {
        let proposal = propose(form, r);
        if accept(form, &proposal, replace_typed, take_rate) {
            count += 1;
        }
    }
    count
}

/// A fill as the visitor reads it: the field's label on the page, the value in French.
fn row(f: &Fill, abroad: bool) -> Option<Row> {
    let label = match f.target {
        Target::Creditor(PartyField::Name) => labels::CREDITOR_NAME,
        Target::Creditor(PartyField::Siren) => "Votre SIREN",
        Target::Creditor(PartyField::Address) => "Votre adresse",
        Target::Debtor(PartyField::Name) => labels::DEBTOR_NAME,
        Target::Debtor(PartyField::Siren) if abroad => "Immatriculation du débiteur",
        Target::Debtor(PartyField::Siren) => "SIREN du débiteur",
        Target::Debtor(PartyField::Address) => "Adresse du débiteur",
        Target::Invoice(InvoiceField::Number) => labels::INVOICE_NUMBER,
        Target::Invoice(InvoiceField::Amount) => labels::INVOICE_AMOUNT,
        Target::Invoice(InvoiceField::IssueDate) => labels::ISSUE_DATE,
        Target::Invoice(InvoiceField::DeliveryDate) => labels::DELIVERY_DATE,
        Target::Invoice(InvoiceField::DueDate) => labels::DUE_DATE,
        Target::Prepaid(PaymentField::Amount) => "Acompte déjà reçu",
        _ => return None,
    };
    let shown = |text: &str| {
        if let Some(day) = engine::format::parse_date(text) {
            return engine::format::date_fr(day);
        }
        match f.target {
            Target::Invoice(InvoiceField::Amount) | Target::Prepaid(_) => {
                engine::amount::parse_amount(text)
                    .map_or(text.to_string(), engine::amount::format_euros)
            }
            _ => text.split('\n').collect::<Vec<_>>().join(", "),
        }
    };
    Some(Row {
        label: label.into(),
        value: shown(&f.value),
        typed: f.typed.as_deref().map(str::to_string),
    })
}

/// What the visitor is told of one invoice before accepting it.
fn notice_text(notice: &Notice, number: &str) -> String {
    match notice {
        Notice::Currency(c) => format!(
            "La facture n° {number} est en {c}, non en euros : ses montants ne sont pas repris. Saisissez le montant dû en euros."
        ),
        Notice::OtherSeller { typed, read } => format!(
            "Le vendeur de la facture n° {number}, « {read} », n'est pas le créancier que vous avez saisi (« {typed} ») : vérifiez qu'il s'agit bien de votre facture."
        ),
        Notice::Abroad(Some(country)) => format!(
            "Le débiteur est établi {} : il sera indiqué comme établi dans un autre pays de l'Union européenne.",
            engine::texts::fr::in_country(Some(*country))
        ),
        Notice::Abroad(None) => "Le débiteur est établi hors de France et hors de l'Union européenne : il sera indiqué comme tel.".into(),
        Notice::Rate(rate) => rate_label(*rate),
        Notice::CreditNote => format!("La facture n° {number} est un avoir : rien n'est dû sur un avoir."),
    }
}

/// The label of the box that takes the penalty rate the terms state.
fn rate_label(rate: ProposedRate) -> String {
    match rate {
        ProposedRate::ThreeTimesLegal => "Vos conditions de paiement prévoient des pénalités de « trois fois le taux d'intérêt légal » : appliquer ce taux".into(),
        ProposedRate::Percent(p) => format!(
            "Vos conditions de paiement prévoient des pénalités au taux de {} % par an : appliquer ce taux",
            engine::amount::format_number(p, 2).trim_end_matches(",00")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An invoice as the reader gives it, from the same values PyPI factur-x writes in
    /// tests/invoices/make.py (its own tests read those files).
    fn read() -> ElectronicInvoice {
        let xml = r#"<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>F-2026-043</cbc:ID><cbc:IssueDate>2026-09-01</cbc:IssueDate><cbc:DueDate>2026-10-01</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PostalAddress><cbc:StreetName>3 rue des Écoles</cbc:StreetName>
  <cbc:CityName>Lyon</cbc:CityName><cbc:PostalZone>69001</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
  <cac:PartyLegalEntity><cbc:RegistrationName>Atelier Lumière SARL</cbc:RegistrationName><cbc:CompanyID schemeID="0002">123456789</cbc:CompanyID></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PostalAddress><cbc:StreetName>12 avenue de la Gare</cbc:StreetName>
  <cbc:CityName>Paris</cbc:CityName><cbc:PostalZone>75010</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
  <cac:PartyLegalEntity><cbc:RegistrationName>ACME SAS</cbc:RegistrationName><cbc:CompanyID schemeID="0002">987654321</cbc:CompanyID></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentTerms><cbc:Note>Pénalités de retard : trois fois le taux d'intérêt légal.</cbc:Note></cac:PaymentTerms>
  <cac:LegalMonetaryTotal><cbc:TaxInclusiveAmount currencyID="EUR">1200.00</cbc:TaxInclusiveAmount>
  <cbc:PrepaidAmount currencyID="EUR">200.00</cbc:PrepaidAmount><cbc:PayableAmount currencyID="EUR">1000.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
</Invoice>"#;
        invoice::read(xml.as_bytes()).unwrap()
    }

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()
    }

    #[test]
    fn an_empty_dossier_takes_the_invoice_whole_and_the_engine_reads_it() {
        let mut form = DossierForm::default();
        let proposal = propose(&form, &read());
        assert_eq!(proposal.line, Line::Empty(form.invoices[0].id));
        assert!(!proposal.replaces_typed());
        assert_eq!(
            proposal.notices,
            vec![Notice::Rate(ProposedRate::ThreeTimesLegal)]
        );
        assert!(accept(&mut form, &proposal, false, true));
        let inv = &form.invoices[0];
        assert_eq!(
            (inv.number.as_str(), inv.amount.as_str()),
            ("F-2026-043", "1200,00")
        );
        assert_eq!(
            (inv.issue_date.as_str(), inv.due_date.as_str()),
            ("2026-09-01", "2026-10-01")
        );
        assert_eq!(inv.term, TermChoice::DueDate);
        assert!(inv.times_legal);
        assert_eq!(inv.payments[0].amount, "200,00");
        assert_eq!(form.debtor_details.siren, "987654321");
        assert_eq!(
            form.creditor_details.address,
            "3 rue des Écoles\n69001 Lyon"
        );
        let reading = crate::form::read(&form, today());
        assert!(reading.errors.is_empty(), "{:?}", reading.errors);
        let assessment = engine::assess(&reading.dossier, today()).unwrap();
        assert_eq!(assessment.totals.outstanding_principal, Decimal::from(1000));
    }

    #[test]
    fn nothing_typed_is_replaced_unless_the_visitor_says_so() {
        let mut form = DossierForm {
            debtor_name: "Acme".into(),
            ..DossierForm::default()
        };
        form.invoices[0].number = "F-2026-043".into();
        form.invoices[0].amount = "1 100".into();
        let proposal = propose(&form, &read());
        let line = Line::Same(form.invoices[0].id);
        assert_eq!(proposal.line, line, "the same invoice, not added twice");
        assert!(proposal.replaces_typed());
        accept(&mut form, &proposal, false, false);
        assert_eq!(form.debtor_name, "Acme");
        assert_eq!(form.invoices[0].amount, "1 100");
        assert!(
            !form.invoices[0].times_legal,
            "the rate only once confirmed"
        );
        // The visitor says yes: now it is the invoice's.
        let proposal = propose(&form, &read());
        assert_eq!(proposal.line, line);
        accept(&mut form, &proposal, true, false);
        assert_eq!(form.invoices[0].amount, "1200,00");
        assert_eq!(form.debtor_name, "ACME SAS");
        assert_eq!(form.invoices.len(), 1);
    }

    #[test]
    fn a_credit_note_another_currency_another_seller_and_a_buyer_abroad_are_said() {
        let form = DossierForm {
            creditor_name: "Boulangerie Martin".into(),
            ..DossierForm::default()
        };
        let mut note = read();
        note.type_code = "381".into();
        let proposal = propose(&form, &note);
        assert_eq!(proposal.notices, vec![Notice::CreditNote]);
        assert!(proposal.fills.is_empty());
        let mut dollars = read();
        dollars.currency = "USD".into();
        dollars.buyer.country = Some("DE".into());
        let proposal = propose(&form, &dollars);
        assert!(proposal.notices.contains(&Notice::Currency("USD".into())));
        assert!(!proposal
            .fills
            .iter()
            .any(|f| f.target == Target::Invoice(InvoiceField::Amount)));
        assert!(proposal.notices.contains(&Notice::OtherSeller {
            typed: "Boulangerie Martin".into(),
            read: "Atelier Lumière SARL".into()
        }));
        assert!(proposal
            .notices
            .contains(&Notice::Abroad(Country::parse("DE"))));
        let mut second = read();
        second.buyer.name = "Acme  sas".into();
        let mut third = read();
        third.buyer.name = "Durand SARL".into();
        assert_eq!(
            buyers(&[read(), second, third]),
            ["ACME SAS", "Durand SARL"]
        );
    }

    fn picked(name: &str, read: ElectronicInvoice) -> Picked {
        Picked {
            name: name.into(),
            read: Ok(read),
        }
    }

    #[test]
    fn a_review_names_refused_files_asks_the_debtor_of_several_and_adds_each_invoice_once() {
        let form = DossierForm::default();
        let mut other = read();
        other.number = "F-2026-044".into();
        other.buyer.name = "Durand SARL".into();
        let mut note = read();
        note.number = "AV-1".into();
        note.type_code = "381".into();
        let files = vec![
            picked("a.pdf", read()),
            picked("a-encore.xml", read()),
            picked("b.xml", other),
            picked("avoir.xml", note),
            Picked {
                name: "scan.pdf".into(),
                read: Err(ReadError::NoInvoiceInPdf),
            },
        ];
        let review = review(&form, &files, None);
        assert_eq!(review.buyers, ["ACME SAS", "Durand SARL"]);
        assert_eq!(
            review.count, 0,
            "nothing proposed before the debtor is chosen"
        );
        assert_eq!(review.refused.len(), 1);
        assert!(review.refused[0].starts_with("« scan.pdf » : Ce PDF ne contient pas"));
        assert!(review.notices[0].contains("« avoir.xml » est un avoir"));
        // ACME chosen: its invoice once, though picked twice; the parties once, with it.
        let review = super::review(&form, &files, Some("acme sas"));
        assert_eq!(review.count, 1);
        assert_eq!(review.groups[0].title, "Facture n° F-2026-043");
        let rows = &review.groups[0].rows;
        let value = |label: &str| {
            rows.iter()
                .find(|r| r.label == label)
                .map(|r| r.value.clone())
        };
        assert_eq!(
            value("Date d'échéance").as_deref(),
            Some("1er octobre 2026")
        );
        assert_eq!(
            value("Montant TTC").as_deref(),
            Some("1\u{202f}200,00\u{a0}€")
        );
        assert_eq!(
            value("Adresse du débiteur").as_deref(),
            Some("12 avenue de la Gare, 75010 Paris")
        );
        assert!(review
            .rate
            .as_deref()
            .is_some_and(|r| r.contains("trois fois")));
        let mut filled = form.clone();
        assert_eq!(
            accept_all(&mut filled, &files, Some("ACME SAS"), false, true),
            1
        );
        assert_eq!(filled.invoices.len(), 1);
        assert_eq!(filled.debtor_name, "ACME SAS");
        assert!(filled.invoices[0].times_legal);
    }

    #[test]
    fn two_invoices_to_one_buyer_go_on_two_lines_the_parties_proposed_once() {
        let mut second = read();
        second.number = "F-2026-050".into();
        let files = vec![picked("a.xml", read()), picked("b.xml", second)];
        let review = review(&DossierForm::default(), &files, None);
        assert!(review.buyers.is_empty());
        assert_eq!(review.count, 2);
        assert!(!review.replaces, "nothing typed, nothing replaced");
        assert!(review.groups[0]
            .rows
            .iter()
            .any(|r| r.label == "Nom du débiteur"));
        assert!(!review.groups[1]
            .rows
            .iter()
            .any(|r| r.label == "Nom du débiteur"));
        let mut form = DossierForm::default();
        assert_eq!(accept_all(&mut form, &files, None, false, false), 2);
        let numbers: Vec<&str> = form.invoices.iter().map(|i| i.number.as_str()).collect();
        assert_eq!(numbers, ["F-2026-043", "F-2026-050"]);
    }
}

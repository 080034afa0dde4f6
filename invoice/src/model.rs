//! What is read from an electronic invoice, by EN 16931 business term.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The syntax the invoice was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// UN/CEFACT Cross Industry Invoice (the XML of Factur-X).
    Cii,
    /// OASIS UBL 2.1, an Invoice or a CreditNote.
    Ubl,
}

/// The seller (BG-4) or the buyer (BG-7).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TradeParty {
    /// BT-27 / BT-44.
    pub name: String,
    /// BT-30 / BT-47, with its scheme (BT-30-1: « 0002 » is a SIREN).
    pub legal_id: Option<String>,
    pub legal_id_scheme: Option<String>,
    /// BT-31 / BT-48.
    pub vat_id: Option<String>,
    /// BT-35…BT-37 / BT-50…BT-52: the address lines, then BT-38 / BT-53 and BT-37 / BT-52.
    pub address_lines: Vec<String>,
    pub postcode: String,
    pub city: String,
    /// BT-40 / BT-55, ISO 3166-1 alpha-2.
    pub country: Option<String>,
}

impl TradeParty {
    /// The SIREN, when the legal id is one (scheme 0002, or nine digits with no scheme).
    pub fn siren(&self) -> Option<&str> {
        let id = self.legal_id.as_deref()?;
        let nine_digits = id.len() == 9 && id.bytes().all(|b| b.is_ascii_digit());
        let scheme_ok = matches!(self.legal_id_scheme.as_deref(), None | Some("0002"));
        (nine_digits && scheme_ok).then_some(id)
    }

    /// The postal address as one block of lines, as a letter writes it.
    pub fn address(&self) -> String {
        let town = [self.postcode.as_str(), self.city.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        self.address_lines
            .iter()
            .map(String::as_str)
            .chain((!town.is_empty()).then_some(town.as_str()))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElectronicInvoice {
    pub syntax: Syntax,
    /// BT-1.
    pub number: String,
    /// BT-3: 380 an invoice, 381 a credit note…
    pub type_code: String,
    /// BT-2.
    pub issue_date: NaiveDate,
    /// BT-9.
    pub due_date: Option<NaiveDate>,
    /// BT-20: the payment terms as written.
    pub terms: String,
    /// BT-5.
    pub currency: String,
    /// BT-72.
    pub delivery_date: Option<NaiveDate>,
    /// BT-112.
    pub total_with_vat: Option<Decimal>,
    /// BT-113.
    pub prepaid: Option<Decimal>,
    /// BT-115; when absent, BT-112 minus BT-113.
    pub amount_due: Decimal,
    pub seller: TradeParty,
    pub buyer: TradeParty,
}

/// The document type codes of a credit note (UNTDID 1001) that EN 16931 allows.
const CREDIT_NOTES: [&str; 13] = [
    "81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "502", "503", "532",
];

impl ElectronicInvoice {
    /// A credit note, not an invoice: nothing is owed on it.
    pub fn is_credit_note(&self) -> bool {
        CREDIT_NOTES.contains(&self.type_code.as_str())
    }

    /// Whether the amounts are in euros.
    pub fn in_euros(&self) -> bool {
        self.currency == "EUR"
    }

    /// A buyer established outside France.
    pub fn buyer_abroad(&self) -> bool {
        self.buyer.country.as_deref().is_some_and(|c| c != "FR")
    }

    /// The buyer's Member State, when it is one the questionnaire offers.
    pub fn buyer_member_state(&self) -> Option<engine::Country> {
        self.buyer
            .country
            .as_deref()
            .and_then(engine::country::other_member_state)
    }
}

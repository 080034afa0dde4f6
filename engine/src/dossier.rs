//! The dossier: what the visitor tells us. Plain serde types; their JSON form is
//! documented field by field in docs/DOSSIER-JSON.md.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::country::Country;
use crate::halfyear::HalfYear;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Dossier {
    pub creditor: Party,
    pub debtor: Debtor,
    /// Sauvegarde, redressement or liquidation judiciaire opened against the debtor.
    pub collective_proceedings: Option<CollectiveProceedings>,
    pub invoices: Vec<Invoice>,
    /// Dates of the friendly reminders already sent.
    pub reminders: Vec<NaiveDate>,
    pub mise_en_demeure: Option<MiseEnDemeure>,
    pub position: DebtorPosition,
    /// Whether the visitor wants to keep working with this client.
    pub relationship_worth_keeping: bool,
    /// The debtor's reason for disputing, in its words: for the letters, it drives no rule.
    pub dispute_reason: String,
    /// Values the visitor typed in place of an unverified table value.
    pub rate_overrides: Vec<RateOverride>,
}

/// Identity details: for the letters only, they drive no rule.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Party {
    pub name: String,
    pub legal_form: String,
    pub siren: String,
    /// A legal person's seat; a natural person's domicile.
    pub address: String,
    pub representative: String,
    /// Set for a natural person: an entrepreneur individuel, an artisan or a liberal
    /// profession trading in their own name, or a consumer. A requête then names them as
    /// CPC 54 3° a) and 57 require, with no seat and no legal representative.
    pub person: Option<Person>,
}

/// What a requête must say of a natural person besides the domicile: nom and prénoms for
/// either side (CPC 57), and for the one who asks also profession, nationality, date and
/// place of birth (CPC 54 3° a)). Empty fields are printed as blanks to fill in by hand.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    pub surname: String,
    pub first_names: String,
    pub profession: String,
    pub nationality: String,
    pub birth_date: Option<NaiveDate>,
    pub birth_place: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Debtor {
    pub identity: Party,
    pub kind: DebtorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum DebtorKind {
    /// A business in France. `commercial`: a trader or commercial company (tribunal de
    /// commerce); otherwise civil: liberal profession, association, SCI (tribunal judiciaire).
    /// An artisan goes to the tribunal de commerce since 1 Jan 2022 (C. com. L721-3).
    Business { commercial: bool, artisan: bool },
    /// A natural person acting outside any trade or profession.
    Consumer,
    /// The State, a local authority, a hospital or a public undertaking. Payment terms and
    /// intérêts moratoires follow the Code de la commande publique for all of them.
    PublicBuyer {
        buyer: PublicBuyerKind,
        /// A public undertaking organised under private law (a company with public
        /// shareholders): its contracts are private-law, heard by the judicial courts, and the
        /// ordinary limitation applies (CCP L6; FACTS.md Corrections C5).
        #[serde(default)]
        private_law: bool,
    },
    /// A business with no establishment in France. `country` decides where it is given
    /// (`country::zone`); a dossier written before it was asked holds only `in_eu`.
    Abroad {
        in_eu: bool,
        #[serde(default)]
        country: Option<Country>,
    },
}

impl Dossier {
    /// The debtor disputes some of the claim and not the rest: the undisputed part is claimed.
    pub fn disputes_part(&self) -> bool {
        matches!(
            self.position,
            DebtorPosition::DisputesPart { .. } | DebtorPosition::DisputesInvoices
        )
    }
}

impl Party {
    pub fn is_natural_person(&self) -> bool {
        self.person.is_some()
    }
}

impl Debtor {
    /// A consumer always is one; a business when it trades in its owner's own name.
    pub fn is_natural_person(&self) -> bool {
        self.kind == DebtorKind::Consumer || self.identity.is_natural_person()
    }
}

impl Default for DebtorKind {
    fn default() -> Self {
        DebtorKind::Business {
            commercial: true,
            artisan: false,
        }
    }
}

crate::by_name! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum PublicBuyerKind {
        /// State, local authorities and their public bodies: 30 days (CCP R2192-10).
        #[default]
        StateOrLocal,
        /// Public health establishments: 50 days (CCP R2192-11 1°).
        Hospital,
        /// Public undertakings: 60 days (CCP R2192-11 2°).
        PublicUndertaking,
    }
}

crate::by_name! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum ProceedingsKind {
        Sauvegarde,
        #[default]
        RedressementJudiciaire,
        LiquidationJudiciaire,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CollectiveProceedings {
    pub kind: ProceedingsKind,
    /// Date of the opening judgment, if known: interest stops that day (C. com. L622-28).
    #[serde(default)]
    pub judgment_date: Option<NaiveDate>,
    /// Date the opening judgment was published at the BODACC: the declaration deadline runs from it.
    pub bodacc_publication: NaiveDate,
    /// The terms of sale reserve the ownership of the goods until payment (clause de réserve de
    /// propriété): goods still there in kind may be claimed back (C. com. L624-9, L624-16).
    #[serde(default)]
    pub reservation_of_title: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Invoice {
    pub number: String,
    pub issue_date: NaiveDate,
    /// Date of delivery or completion of the service. Starts the limitation period.
    #[serde(default)]
    pub delivery_date: Option<NaiveDate>,
    /// Public buyer: the day it received the payment request, from which its payment term
    /// runs (CCP R2192-12). The invoice date stands in when unknown.
    #[serde(default)]
    pub request_received: Option<NaiveDate>,
    pub term: PaymentTerm,
    /// Amount including VAT (TTC): the usual base of late-payment penalties.
    pub amount: Decimal,
    #[serde(default)]
    pub payments: Vec<Payment>,
    /// Annual penalty rate written in the terms of sale, in percent, if any.
    #[serde(default)]
    pub contract_rate: Option<Decimal>,
    /// The terms of sale say « trois fois le taux d'intérêt légal »: the legal rate B of each
    /// half-year, times the multiple of L441-10 II. `contract_rate` is then not used.
    #[serde(default)]
    pub contract_rate_times_legal: bool,
    /// The debtor disputes this invoice as a whole (`DebtorPosition::DisputesInvoices`).
    #[serde(default)]
    pub disputed_entirely: bool,
}

/// How the due date is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum PaymentTerm {
    /// A due date written on the invoice.
    DueDate { date: NaiveDate },
    /// The contract says nothing: 30 days after delivery (C. com. L441-10 I).
    ContractSilent,
    /// N days from the invoice date.
    Days { days: u32 },
    /// 45 days end of month: invoice date + 45 days, then the end of that month.
    FortyFiveDaysEndOfMonth,
    /// « Payable à réception »: due when the invoice is received, taken as its date.
    OnReceipt,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Payment {
    /// Date the funds were made available to the creditor.
    pub date: NaiveDate,
    pub amount: Decimal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MiseEnDemeure {
    pub sent: NaiveDate,
    #[serde(default)]
    pub received: Option<NaiveDate>,
    /// Days given to pay, counted from receipt (8 by default, 15 is common).
    pub deadline_days: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum DebtorPosition {
    #[default]
    Silent,
    Promised,
    /// Disputes part of the claim: `amount` is the disputed part of the principal of the
    /// invoice at `invoice` (its index in `Dossier::invoices`; absent in dossiers written
    /// before it was asked, then the part belongs to no invoice in particular).
    DisputesPart {
        amount: Decimal,
        #[serde(default)]
        invoice: Option<usize>,
    },
    DisputesAll,
    /// Disputes the invoices marked `disputed_entirely`, each as a whole, and not the others.
    DisputesInvoices,
}

/// A value the visitor typed in place of a table value for one half-year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateOverride {
    pub half_year: HalfYear,
    pub rate: OverriddenRate,
    /// In percent.
    pub value: Decimal,
}

crate::by_name! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum OverriddenRate {
        /// The ECB MRO rate in force on the first day of the half-year.
        EcbMro,
        /// The legal interest rate B (creditor who is not a private individual).
        LegalProfessional,
    }
}

impl DebtorKind {
    /// A public buyer whose contracts are administrative: the State, local authorities,
    /// hospitals, and public undertakings that are public-law persons (CCP L6). Their disputes
    /// go to the administrative courts and the four-year rule of loi 68-1250 applies.
    pub fn is_public_law_buyer(self) -> bool {
        match self {
            DebtorKind::PublicBuyer { buyer, private_law } => {
                !(private_law && buyer == PublicBuyerKind::PublicUndertaking)
            }
            _ => false,
        }
    }

    /// Late-payment penalties of C. com. L441-10 and the 40 € indemnity apply between professionals.
    pub fn is_professional(self) -> bool {
        matches!(
            self,
            DebtorKind::Business { .. } | DebtorKind::Abroad { .. }
        )
    }
}

impl Invoice {
    /// How the invoice is named: its number, or « du 15/06/2026 » when it has none.
    pub fn label(&self) -> String {
        match self.number.trim() {
            "" => format!("du {}", crate::format::date_short(self.issue_date)),
            number => number.to_string(),
        }
    }

    pub fn is_numbered(&self) -> bool {
        !self.number.trim().is_empty()
    }

    /// When the service was completed or the goods delivered: the invoice date when no
    /// delivery date is given. Limitation runs from it; it tells a claim born after the
    /// opening of collective proceedings from one born before.
    pub fn completion(&self) -> NaiveDate {
        self.delivery_date.unwrap_or(self.issue_date)
    }
}

impl Dossier {
    /// The collective proceedings, when at least one invoice was born before their opening:
    /// the BODACC deadlines concern those invoices only.
    pub fn pre_opening_proceedings(&self) -> Option<&CollectiveProceedings> {
        self.collective_proceedings
            .as_ref()
            .filter(|cp| self.invoices.iter().any(|i| cp.precedes(i)))
    }
}

impl CollectiveProceedings {
    /// The opening judgment's date, or the BODACC publication's when the judgment's is not known.
    pub fn opening(&self) -> NaiveDate {
        self.judgment_date.unwrap_or(self.bodacc_publication)
    }

    /// The last day to declare a claim born before the opening judgment: 2 months from the
    /// BODACC publication (C. com. R622-24), 4 for a creditor outside metropolitan France.
    pub fn declaration_deadline(&self) -> NaiveDate {
        let months = crate::params::CLAIM_DECLARATION_MONTHS.at(self.bodacc_publication);
        crate::dates::add_months(self.bodacc_publication, months)
    }

    /// The last day to claim back goods sold with a reservation of title: 3 months from the
    /// BODACC publication (C. com. L624-9).
    pub fn revendication_deadline(&self) -> NaiveDate {
        let months = crate::params::REVENDICATION_MONTHS.at(self.bodacc_publication);
        crate::dates::add_months(self.bodacc_publication, months)
    }

    /// The last day to ask for a relevé de forclusion: 6 months from the BODACC publication
    /// (C. com. L622-26 al. 3; a creditor who could not know of the claim has 6 months from
    /// the day they could no longer ignore it).
    pub fn releve_deadline(&self) -> NaiveDate {
        let months = crate::params::RELEVE_DE_FORCLUSION_MONTHS.at(self.bodacc_publication);
        crate::dates::add_months(self.bodacc_publication, months)
    }

    /// A claim whose service was supplied on or after the opening judgment (which takes effect
    /// from its own date) is not stopped by it: paid at its due date if it falls under
    /// C. com. L622-17 I, declared from its due date otherwise (L622-24 al. 6).
    pub fn precedes(&self, invoice: &Invoice) -> bool {
        invoice.completion() < self.opening()
    }
}

//! What the visitor must not miss, as typed facts: their words are in `texts::fr`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::assessment::{InvoiceAssessment, RateUsed};
use crate::dossier::{DebtorKind, Dossier, Invoice};
use crate::due_date::{DueDate, TermWarning};
use crate::halfyear::HalfYear;
use crate::interest::{contract_floor, RateOrigin, Segment};
use crate::params::{self, Status};
use crate::prescription::PrescriptionStatus;
use crate::rates::RateBook;

/// How serious, for the UI: the kind of each warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum WarningKind {
    TimeBarred,
    PrescriptionEndingSoon,
    InsolvencyDeadline,
    /// An invoice born after the opening judgment: its own rules (L622-17).
    AfterOpening,
    TermAboveLegalMaximum,
    ContractRateBelowFloor,
    UnverifiedRate,
    NoInterestYet,
    /// A date that is likely a typing error: kept, but said.
    DateBeforeInvoice,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum Warning {
    TimeBarred {
        invoice: String,
        since: NaiveDate,
    },
    PrescriptionEndingSoon {
        invoice: String,
        ends: NaiveDate,
    },
    /// The déclaration de créance's deadline, and whether it has passed.
    InsolvencyDeadline {
        declare_by: NaiveDate,
        passed: bool,
    },
    /// Service supplied after the opening judgment (C. com. L622-17, L622-24).
    AfterOpening {
        invoice: String,
        completion: NaiveDate,
        declaration_months: i64,
        proceedings: crate::dossier::ProceedingsKind,
    },
    TermAboveLegalMaximum {
        invoice: String,
        term: TermWarning,
    },
    /// A contract rate under `multiple` × the legal rate B: each floor with its half-year.
    ContractRateBelowFloor {
        invoice: String,
        rate: Decimal,
        multiple: i64,
        floors: Vec<(Decimal, HalfYear)>,
    },
    /// Rates the figures rest on that our sources did not confirm: `provisional` when the
    /// value is carried past the table (the decision that sets it is not known yet), else a
    /// value from secondary sources.
    UnverifiedRate {
        half_years: Vec<HalfYear>,
        provisional: bool,
    },
    NoInterestYet,
    /// A payment dated before its invoice: a deposit, or a typing error.
    PaymentBeforeInvoice {
        invoice: String,
        date: NaiveDate,
    },
    /// A reminder dated before every invoice it could be about.
    ReminderBeforeInvoice {
        date: NaiveDate,
    },
}

impl Warning {
    pub fn kind(&self) -> WarningKind {
        match self {
            Warning::TimeBarred { .. } => WarningKind::TimeBarred,
            Warning::PrescriptionEndingSoon { .. } => WarningKind::PrescriptionEndingSoon,
            Warning::InsolvencyDeadline { .. } => WarningKind::InsolvencyDeadline,
            Warning::AfterOpening { .. } => WarningKind::AfterOpening,
            Warning::TermAboveLegalMaximum { .. } => WarningKind::TermAboveLegalMaximum,
            Warning::ContractRateBelowFloor { .. } => WarningKind::ContractRateBelowFloor,
            Warning::UnverifiedRate { .. } => WarningKind::UnverifiedRate,
            Warning::NoInterestYet => WarningKind::NoInterestYet,
            Warning::PaymentBeforeInvoice { .. } | Warning::ReminderBeforeInvoice { .. } => {
                WarningKind::DateBeforeInvoice
            }
        }
    }
}

/// The warnings about one invoice: its term, its contract rate, a service after the opening
/// judgment of collective proceedings.
pub fn of_invoice(
    invoice: &Invoice,
    due: &DueDate,
    segments: &[Segment],
    book: &RateBook,
    // The proceedings' kind, when this invoice's service came after their opening judgment.
    after_opening: Option<crate::dossier::ProceedingsKind>,
) -> Vec<Warning> {
    let mut warnings: Vec<Warning> = invoice
        .payments
        .iter()
        .filter(|p| p.date < invoice.issue_date)
        .map(|p| Warning::PaymentBeforeInvoice {
            invoice: invoice.label(),
            date: p.date,
        })
        .collect();
    if let Some(term) = &due.term_warning {
        warnings.push(Warning::TermAboveLegalMaximum {
            invoice: invoice.label(),
            term: term.clone(),
        });
    }
    warnings.extend(contract_rate(invoice, segments, book));
    if let Some(kind) = after_opening {
        warnings.push(Warning::AfterOpening {
            invoice: invoice.label(),
            completion: invoice.completion(),
            declaration_months: params::CLAIM_DECLARATION_MONTHS.at(due.date),
            proceedings: kind,
        });
    }
    warnings
}

/// A contract rate below 3 × the legal rate B of a half-year is not compliant (L441-10 II).
fn contract_rate(invoice: &Invoice, segments: &[Segment], book: &RateBook) -> Option<Warning> {
    let rate = invoice.contract_rate?;
    let mut floors: Vec<(Decimal, HalfYear)> = Vec::new();
    let mut seen = Vec::new();
    for segment in segments.iter().filter(|s| s.origin == RateOrigin::Contract) {
        let half_year = HalfYear::of(segment.from);
        if seen.contains(&half_year) {
            continue;
        }
        seen.push(half_year);
        let floor = contract_floor(book, half_year);
        if rate < floor.value {
            floors.push((floor.value, half_year));
        }
    }
    (!floors.is_empty()).then(|| Warning::ContractRateBelowFloor {
        invoice: invoice.label(),
        rate,
        multiple: params::CONTRACT_FLOOR_MULTIPLE.current(),
        floors,
    })
}

/// The warnings about the whole dossier: limitation, BODACC deadlines, a consumer's interest,
/// rates past what our sources verified.
pub fn of_dossier(
    dossier: &Dossier,
    invoices: &[InvoiceAssessment],
    rates_used: &[RateUsed],
    today: NaiveDate,
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for invoice in invoices
        .iter()
        .filter(|i| i.outstanding > Decimal::ZERO || i.penalties > Decimal::ZERO)
    {
        let (number, ends) = (invoice.number.clone(), invoice.prescription.ends);
        match invoice.prescription.status {
            PrescriptionStatus::TimeBarred => warnings.push(Warning::TimeBarred {
                invoice: number,
                since: ends,
            }),
            PrescriptionStatus::EndingSoon => warnings.push(Warning::PrescriptionEndingSoon {
                invoice: number,
                ends,
            }),
            PrescriptionStatus::Running => {}
        }
    }
    // The BODACC deadlines concern the claims born before the opening judgment.
    if let Some(cp) = dossier.pre_opening_proceedings() {
        let declare_by = cp.declaration_deadline();
        warnings.push(Warning::InsolvencyDeadline {
            declare_by,
            passed: today > declare_by,
        });
    }
    let first_invoice = dossier.invoices.iter().map(|i| i.issue_date).min();
    for date in &dossier.reminders {
        if first_invoice.is_some_and(|first| *date < first) {
            warnings.push(Warning::ReminderBeforeInvoice { date: *date });
        }
    }
    if dossier.debtor.kind == DebtorKind::Consumer && dossier.mise_en_demeure.is_none() {
        warnings.push(Warning::NoInterestYet);
    }
    for provisional in [false, true] {
        let mut half_years: Vec<HalfYear> = rates_used
            .iter()
            .filter(|r| r.status == Status::Unverified && !r.overridden)
            .filter(|r| r.source.is_carried() == provisional)
            .map(|r| r.half_year)
            .collect();
        half_years.dedup(); // rates_used is sorted by half-year
        if !half_years.is_empty() {
            warnings.push(Warning::UnverifiedRate {
                half_years,
                provisional,
            });
        }
    }
    warnings
}

//! Dossier in, assessment out: what is owed today, per invoice and in total, the
//! recommended recourse, the timeline, and the warnings, each figure with its law.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::round_cents;
use crate::dates::add_days;
use crate::dossier::{CollectiveProceedings, Dossier, Invoice, OverriddenRate};
use crate::due_date::DueDate;
use crate::halfyear::HalfYear;
use crate::interest::{accrue, RateOrigin, Segment};
use crate::notes::{self, IndemnityNote, InterestNote};
use crate::params::Status;
use crate::prescription::{prescription, Prescription, PrescriptionStatus};

use crate::claim::mark_disputed;
pub use crate::claim::{CourtClaim, Totals};
use crate::rate_table::RateTable;
use crate::rates::{RateBook, RateSource};
use crate::recourse::{recommend, Recommendation, Situation};
use crate::timeline::{schedule, TimelineEvent};
use crate::validate::{validate, FieldError};
use crate::warnings::{self, Warning};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub date: NaiveDate,
    pub invoices: Vec<InvoiceAssessment>,
    pub totals: Totals,
    pub recommendation: Recommendation,
    pub timeline: Vec<TimelineEvent>,
    pub warnings: Vec<Warning>,
    /// What a court step claims: the invoices whose limitation period still runs (D4).
    pub court_claim: CourtClaim,
    /// Every table rate the figures rest on, with its status: the UI offers to
    /// override the unverified ones.
    pub rates_used: Vec<RateUsed>,
    /// The date of the newest row of the rate table used: "barème à jour au …".
    pub rates_as_of: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InvoiceAssessment {
    /// The invoice's number, or « du 15/06/2026 » when it has none (`numbered` says which).
    pub number: String,
    pub numbered: bool,
    pub amount: Decimal,
    pub paid: Decimal,
    /// Principal still unpaid today.
    pub outstanding: Decimal,
    pub due: DueDate,
    pub days_late: i64,
    /// Which interest applies and from when, in French.
    /// Which interest applies and from when (words: `texts::fr::interest`).
    pub interest: InterestNote,
    pub segments: Vec<Segment>,
    /// Sum of the segments, rounded to the cent, half away from zero.
    pub penalties: Decimal,
    pub indemnity: Decimal,
    pub indemnity_note: IndemnityNote,
    pub prescription: Prescription,
    /// The service was supplied after the opening judgment of collective proceedings: not
    /// stopped by them (C. com. L622-17, L622-24 al. 6).
    pub after_opening: bool,
    /// The part of this invoice's principal the debtor disputes (zero when none is said to be).
    pub disputed: Decimal,
    /// The penalties that accrued on that part: they go with it, not with the undisputed sum
    /// (FACTS.md, Corrections D5). Exact, rounded to the cent like `penalties`.
    pub disputed_penalties: Decimal,
    /// The 40 € goes with the disputed part only when the whole invoice is disputed.
    pub disputed_indemnity: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RateUsed {
    pub half_year: HalfYear,
    pub rate: OverriddenRate,
    pub value: Decimal,
    pub status: Status,
    pub overridden: bool,
    pub source: RateSource,
    /// The penalties that rest on this rate, in euros (exact): what a wrong value would move.
    /// For a contract rate, the legal rate bears on its floor only, and this is zero.
    pub penalties: Decimal,
}

impl InvoiceAssessment {
    /// What this invoice alone leaves owed: unpaid principal, penalties, indemnity. The
    /// dossier's `Totals::total` is their sum.
    pub fn total_due(&self) -> Decimal {
        self.outstanding + self.penalties + self.indemnity
    }

    /// The disputed part of what this invoice leaves owed.
    pub fn disputed_due(&self) -> Decimal {
        self.disputed + self.disputed_penalties + self.disputed_indemnity
    }

    /// What this invoice leaves owed that the debtor does not dispute.
    pub fn undisputed_due(&self) -> Decimal {
        self.total_due() - self.disputed_due()
    }

    /// The same without the 40 €: what the small-claims ceiling compares (CPCE R125-1).
    pub fn undisputed_principal_and_penalties(&self) -> Decimal {
        self.outstanding - self.disputed + self.penalties - self.disputed_penalties
    }
}

/// Assesses `dossier` as of `today` with the rates compiled into the app.
/// Bad input gives every field error at once.
pub fn assess(dossier: &Dossier, today: NaiveDate) -> Result<Assessment, Vec<FieldError>> {
    assess_with(dossier, today, RateTable::compiled())
}

/// Assesses `dossier` as of `today` with `rates`: the compiled table, or one extended by a
/// rates file the site serves (docs/RATES.md).
pub fn assess_with(
    dossier: &Dossier,
    today: NaiveDate,
    rates: &RateTable,
) -> Result<Assessment, Vec<FieldError>> {
    let errors = validate(dossier, today);
    if !errors.is_empty() {
        return Err(errors);
    }
    let book = RateBook::new(rates, &dossier.rate_overrides);
    let mut warnings = Vec::new();
    let mut invoices: Vec<InvoiceAssessment> = dossier
        .invoices
        .iter()
        .map(|invoice| assess_invoice(dossier, invoice, &book, today, &mut warnings))
        .collect();
    mark_disputed(&mut invoices, dossier);
    let totals = Totals::of(&invoices);
    let court_claim = CourtClaim::of(&invoices);

    let mise_en_demeure_deadline = dossier
        .mise_en_demeure
        .map(|m| add_days(m.received.unwrap_or(m.sent), i64::from(m.deadline_days)));
    let unpaid: Vec<&InvoiceAssessment> = invoices
        .iter()
        .filter(|i| i.outstanding > Decimal::ZERO || i.penalties > Decimal::ZERO)
        .collect();
    // The court steps' figures and deadlines are over the invoices they claim (D4).
    let claimed = &court_claim.totals;
    let claim = claimed.outstanding_principal + claimed.penalties;
    let time_barred: Vec<String> = court_claim
        .time_barred
        .iter()
        .map(|&k| invoices[k].number.clone())
        .collect();
    let situation = Situation {
        dossier,
        today,
        claim,
        outstanding_principal: claimed.outstanding_principal,
        undisputed_claim: court_claim
            .invoices
            .iter()
            .map(|&k| invoices[k].undisputed_principal_and_penalties())
            .sum::<Decimal>()
            .max(Decimal::ZERO),
        claim_with_indemnities: claimed.total,
        undisputed_with_indemnities: claimed.undisputed,
        total_due: totals.total,
        all_time_barred: !unpaid.is_empty()
            && unpaid
                .iter()
                .all(|i| i.prescription.status == PrescriptionStatus::TimeBarred),
        earliest_prescription: court_claim
            .invoices
            .iter()
            .map(|&k| invoices[k].prescription.ends)
            .min(),
        all_after_opening: !unpaid.is_empty() && unpaid.iter().all(|i| i.after_opening),
        mise_en_demeure_deadline,
        time_barred_left_out: time_barred,
    };
    let recommendation = recommend(&situation);

    let rates_used = rates_used(&invoices, &book);
    warnings.extend(warnings::of_dossier(dossier, &invoices, &rates_used, today));
    let timeline = schedule(dossier, &invoices, mise_en_demeure_deadline, today);
    Ok(Assessment {
        date: today,
        invoices,
        totals,
        recommendation,
        timeline,
        warnings,
        court_claim,
        rates_used,
        rates_as_of: rates.as_of(),
    })
}

/// How much was paid, what remains, and whether and how long the invoice is late.
struct Lateness {
    paid: Decimal,
    outstanding: Decimal,
    late: bool,
    days_late: i64,
}

fn lateness(invoice: &Invoice, due: NaiveDate, today: NaiveDate) -> Lateness {
    let paid: Decimal = invoice.payments.iter().map(|p| p.amount).sum();
    let outstanding = invoice.amount - paid;
    let paid_by_due: Decimal = invoice
        .payments
        .iter()
        .filter(|p| p.date <= due)
        .map(|p| p.amount)
        .sum();
    let late = today > due && invoice.amount - paid_by_due > Decimal::ZERO;
    let settled_on = (outstanding <= Decimal::ZERO)
        .then(|| invoice.payments.iter().map(|p| p.date).max())
        .flatten();
    let days_late = if late {
        (settled_on.unwrap_or(today).min(today) - due)
            .num_days()
            .max(0)
    } else {
        0
    };
    Lateness {
        paid,
        outstanding,
        late,
        days_late,
    }
}

fn assess_invoice(
    dossier: &Dossier,
    invoice: &Invoice,
    book: &RateBook,
    today: NaiveDate,
    warnings: &mut Vec<Warning>,
) -> InvoiceAssessment {
    let kind = dossier.debtor.kind;
    let due = crate::due_date::due_date(invoice, kind);
    let Lateness {
        paid,
        outstanding,
        late,
        days_late,
    } = lateness(invoice, due.date, today);

    // Collective proceedings stop interest on the claims born before them at the opening
    // judgment (C. com. L622-28): the last day counted is the day before it.
    // `binding`: the proceedings, when they were opened after this invoice's service.
    let binding = dossier
        .collective_proceedings
        .as_ref()
        .filter(|cp| cp.precedes(invoice));
    let after_opening = dossier.collective_proceedings.is_some() && binding.is_none();
    let proceedings_stop = binding.map(CollectiveProceedings::opening);
    let last_day = match proceedings_stop.and_then(|d| d.pred_opt()) {
        Some(stop) => stop.min(today),
        None => today,
    };

    let (rule, first_day, basis) = notes::interest_rule(dossier, invoice, &due);
    let segments = match (rule, first_day) {
        (Some(rule), Some(first)) => accrue(
            rule,
            book,
            first,
            last_day,
            invoice.amount,
            &invoice.payments,
        ),
        _ => vec![],
    };
    let interest = InterestNote {
        basis,
        // How part payments are imputed is said wherever they count (C. civ. 1343-1, P9).
        payments_on_principal: !invoice.payments.is_empty() && !segments.is_empty(),
        stopped_at_opening: proceedings_stop.is_some_and(|stop| stop <= today)
            && !segments.is_empty(),
        none_before_opening: proceedings_stop.is_some_and(|stop| stop <= today && stop <= due.date)
            && segments.is_empty(),
    };
    let penalties = round_cents(segments.iter().map(|s| s.amount).sum());

    warnings.extend(warnings::of_invoice(
        invoice,
        &due,
        &segments,
        book,
        dossier
            .collective_proceedings
            .as_ref()
            .filter(|_| after_opening)
            .map(|cp| cp.kind),
    ));

    let (indemnity, indemnity_note) = notes::indemnity(dossier.debtor.kind, binding, &due, late);
    let prescription = prescription(
        invoice,
        kind,
        dossier.mise_en_demeure.map(|m| m.sent),
        today,
    );
    InvoiceAssessment {
        number: invoice.label(),
        numbered: invoice.is_numbered(),
        amount: invoice.amount,
        paid,
        outstanding,
        due,
        days_late,
        interest,
        segments,
        penalties,
        indemnity,
        indemnity_note,
        prescription,
        after_opening,
        disputed: Decimal::ZERO,
        disputed_penalties: Decimal::ZERO,
        disputed_indemnity: Decimal::ZERO,
    }
}

fn rates_used(invoices: &[InvoiceAssessment], book: &RateBook) -> Vec<RateUsed> {
    let mut used: Vec<RateUsed> = Vec::new();
    for invoice in invoices {
        let started = invoice.segments.first().map(|s| HalfYear::of(s.from));
        for segment in &invoice.segments {
            let (half_year, rate) = match segment.origin {
                RateOrigin::EcbPlusTen => (HalfYear::of(segment.from), OverriddenRate::EcbMro),
                RateOrigin::EcbPlusEight => (
                    started.unwrap_or(HalfYear::of(segment.from)),
                    OverriddenRate::EcbMro,
                ),
                RateOrigin::LegalRateProfessional => (
                    HalfYear::of(segment.from),
                    OverriddenRate::LegalProfessional,
                ),
                // The contract's own rate needs no table, but its floor (3 × rate B, L441-10 II)
                // does: show the legal rate it rests on, overridable where unverified.
                RateOrigin::Contract => (
                    HalfYear::of(segment.from),
                    OverriddenRate::LegalProfessional,
                ),
            };
            // The contract's own rate does not rest on the legal rate: only its floor does.
            let resting = if segment.origin == RateOrigin::Contract
                && !matches!(segment.why, crate::interest::RateWhy::TimesLegal { .. })
            {
                Decimal::ZERO
            } else {
                segment.amount
            };
            if let Some(u) = used
                .iter_mut()
                .find(|u| u.half_year == half_year && u.rate == rate)
            {
                u.penalties += resting;
                continue;
            }
            let fact = match rate {
                OverriddenRate::EcbMro => book.ecb_mro(half_year),
                OverriddenRate::LegalProfessional => book.legal_professional(half_year),
            };
            used.push(RateUsed {
                half_year,
                rate,
                value: fact.value,
                status: fact.status,
                overridden: fact.overridden,
                source: fact.source,
                penalties: resting,
            });
        }
    }
    used.sort_by_key(|u| (u.half_year, u.rate == OverriddenRate::LegalProfessional));
    used
}

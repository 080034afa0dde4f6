//! Bad input: the rules that find each problem of a dossier (`problem.rs` says them). Never a
//! panic.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::amount::MAX_AMOUNT_EUROS;
use crate::dossier::{DebtorPosition, Dossier, PaymentTerm};
use crate::due_date::due_date;
use crate::field::{
    FieldPath, InvoiceField, MiseEnDemeureField, PartyField, PaymentField, PositionField,
    ProceedingsField, Side,
};
use crate::params::{self, percent};
pub use crate::problem::{DateOf, FieldError, Lines, Problem};

fn error(field: FieldPath, problem: Problem) -> FieldError {
    FieldError { field, problem }
}

pub fn validate(dossier: &Dossier, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if dossier.invoices.is_empty() {
        errors.push(error(FieldPath::Invoices, Problem::NoInvoice));
    }
    let most_payments = dossier.invoices.iter().map(|i| i.payments.len()).max();
    if let Some(problem) = too_many(
        dossier.invoices.len(),
        most_payments.unwrap_or(0),
        dossier.reminders.len(),
    ) {
        // Nothing more is checked or computed: the counts bound the work.
        errors.push(error(FieldPath::Invoices, problem));
        return errors;
    }
    for (i, invoice) in dossier.invoices.iter().enumerate() {
        invoice_problems(i, invoice, today, &mut errors);
    }
    for (i, day) in dossier.reminders.iter().enumerate() {
        if *day > today {
            errors.push(error(
                FieldPath::Reminder(i),
                Problem::InFuture(DateOf::Reminder),
            ));
        }
    }
    dates_of_the_steps(dossier, today, &mut errors);
    if let DebtorPosition::DisputesPart { amount, invoice } = dossier.position {
        disputed_part(dossier, amount, invoice, &mut errors);
    }
    if dossier.position == DebtorPosition::DisputesInvoices
        && !dossier.invoices.iter().any(|i| i.disputed_entirely)
    {
        errors.push(error(
            FieldPath::Position(PositionField::Invoices),
            Problem::NoInvoiceDisputed,
        ));
    }
    let (low, high) = params::RATE_OVERRIDE_BOUNDS_BP.current();
    for (i, o) in dossier.rate_overrides.iter().enumerate() {
        if o.value < percent(low) || o.value > percent(high) {
            errors.push(error(FieldPath::RateOverride(i), Problem::RateImplausible));
        }
    }
    plausible_years(dossier, today, &mut errors);
    // A due date that cannot be represented (absurd term on an absurd date) is an error, not a panic.
    for (i, invoice) in dossier.invoices.iter().enumerate() {
        if due_date(invoice, dossier.debtor.kind).date == NaiveDate::MAX {
            errors.push(error(
                FieldPath::Invoice(i, InvoiceField::Term),
                Problem::DueDateNotADate,
            ));
        }
    }
    errors
}

/// The parties' details for the documents: they drive no rule, so `validate` (which the
/// assessment runs) leaves them out; the form shows these beside their fields.
pub fn identity_problems(dossier: &Dossier, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (side, party) in [
        (Side::Creditor, &dossier.creditor),
        (Side::Debtor, &dossier.debtor.identity),
    ] {
        let born = party.person.as_ref().and_then(|p| p.birth_date);
        if let Some(problem) = born.and_then(|d| birth_date_problem(d, today)) {
            errors.push(error(
                FieldPath::Party(side, PartyField::BirthDate),
                problem,
            ));
        }
    }
    errors
}

/// A date of birth after today (often a two-digit year read as 20xx) or before 1900.
pub fn birth_date_problem(born: NaiveDate, today: NaiveDate) -> Option<Problem> {
    (born > today || born.year() < 1900).then_some(Problem::BirthDateImplausible {
        in_future: born > today,
    })
}

/// More invoices, payments on one invoice, or reminders than the app takes
/// (`params::MAX_INVOICES`…): from the counts alone, so a huge file is refused before any work.
pub fn too_many(invoices: usize, most_payments: usize, reminders: usize) -> Option<Problem> {
    let over = |n: usize, max: i64| i64::try_from(n).map_or(true, |n| n > max);
    [
        (invoices, params::MAX_INVOICES.current(), Lines::Invoices),
        (
            most_payments,
            params::MAX_PAYMENTS_PER_INVOICE.current(),
            Lines::Payments,
        ),
        (reminders, params::MAX_REMINDERS.current(), Lines::Reminders),
    ]
    .into_iter()
    .find(|(n, max, _)| over(*n, *max))
    .map(|(_, max, of)| Problem::TooMany { of, max })
}

/// Every date of the dossier between 2000 and next year: outside, it is a typing error (a
/// year « 0026 »), and the figures would be absurd. This also bounds what the engine computes.
fn plausible_years(dossier: &Dossier, today: NaiveDate, errors: &mut Vec<FieldError>) {
    let latest = today.year() + 1;
    let mut dates: Vec<(FieldPath, NaiveDate)> = Vec::new();
    for (i, inv) in dossier.invoices.iter().enumerate() {
        dates.push((
            FieldPath::Invoice(i, InvoiceField::IssueDate),
            inv.issue_date,
        ));
        dates.extend(
            inv.delivery_date
                .map(|d| (FieldPath::Invoice(i, InvoiceField::DeliveryDate), d)),
        );
        dates.extend(
            inv.request_received
                .map(|d| (FieldPath::Invoice(i, InvoiceField::RequestReceived), d)),
        );
        if let PaymentTerm::DueDate { date } = inv.term {
            dates.push((FieldPath::Invoice(i, InvoiceField::DueDate), date));
        }
        for (j, p) in inv.payments.iter().enumerate() {
            dates.push((FieldPath::Payment(i, j, PaymentField::Date), p.date));
        }
    }
    for (i, r) in dossier.reminders.iter().enumerate() {
        dates.push((FieldPath::Reminder(i), *r));
    }
    if let Some(med) = &dossier.mise_en_demeure {
        dates.push((FieldPath::MiseEnDemeure(MiseEnDemeureField::Sent), med.sent));
        dates.extend(
            med.received
                .map(|d| (FieldPath::MiseEnDemeure(MiseEnDemeureField::Received), d)),
        );
    }
    if let Some(cp) = &dossier.collective_proceedings {
        dates.push((
            FieldPath::Proceedings(ProceedingsField::BodaccPublication),
            cp.bodacc_publication,
        ));
        dates.extend(
            cp.judgment_date
                .map(|d| (FieldPath::Proceedings(ProceedingsField::JudgmentDate), d)),
        );
    }
    for (field, date) in dates {
        let year = date.year();
        if year < 2000 {
            errors.push(error(field, Problem::YearTooEarly { year }));
        } else if year > latest {
            errors.push(error(field, Problem::YearTooLate { year, latest }));
        }
    }
}

/// A disputed part is positive, belongs to an invoice when there are several, and is no
/// more than what remains unpaid of it.
fn disputed_part(
    dossier: &Dossier,
    amount: Decimal,
    invoice: Option<usize>,
    errors: &mut Vec<FieldError>,
) {
    if amount <= Decimal::ZERO {
        errors.push(error(
            FieldPath::Position(PositionField::Amount),
            Problem::DisputedAmountNotPositive,
        ));
        return;
    }
    match invoice.and_then(|i| dossier.invoices.get(i)) {
        Some(inv) => {
            let paid: Decimal = inv.payments.iter().map(|p| p.amount).sum();
            let outstanding = (inv.amount - paid).max(Decimal::ZERO);
            if amount > outstanding {
                errors.push(error(
                    FieldPath::Position(PositionField::Amount),
                    Problem::DisputedAboveInvoice { outstanding },
                ));
            }
        }
        None if invoice.is_some() => {
            errors.push(error(
                FieldPath::Position(PositionField::Invoice),
                Problem::DisputedInvoiceMissing,
            ));
        }
        None => {
            let total: Decimal = dossier.invoices.iter().map(|i| i.amount).sum();
            if amount > total {
                errors.push(error(
                    FieldPath::Position(PositionField::Amount),
                    Problem::DisputedAboveTotal,
                ));
            }
        }
    }
}

/// The mise en demeure's and the collective proceedings' dates.
fn dates_of_the_steps(dossier: &Dossier, today: NaiveDate, errors: &mut Vec<FieldError>) {
    if let Some(med) = &dossier.mise_en_demeure {
        if med.sent > today {
            errors.push(error(
                FieldPath::MiseEnDemeure(MiseEnDemeureField::Sent),
                Problem::InFuture(DateOf::MiseEnDemeureSent),
            ));
        }
        if let Some(received) = med.received {
            if received < med.sent {
                errors.push(error(
                    FieldPath::MiseEnDemeure(MiseEnDemeureField::Received),
                    Problem::ReceivedBeforeSent,
                ));
            }
            if received > today {
                errors.push(error(
                    FieldPath::MiseEnDemeure(MiseEnDemeureField::Received),
                    Problem::InFuture(DateOf::MiseEnDemeureReceived),
                ));
            }
        }
        let max = params::MAX_MISE_EN_DEMEURE_DAYS.current();
        if med.deadline_days == 0 || i64::from(med.deadline_days) > max {
            errors.push(error(
                FieldPath::MiseEnDemeure(MiseEnDemeureField::DeadlineDays),
                Problem::MiseEnDemeureDaysOutOfRange { max },
            ));
        }
    }
    if let Some(cp) = &dossier.collective_proceedings {
        if cp.bodacc_publication > today {
            errors.push(error(
                FieldPath::Proceedings(ProceedingsField::BodaccPublication),
                Problem::InFuture(DateOf::Bodacc),
            ));
        }
        match cp.judgment_date {
            // Interest stops at the judgment, not at its publication (C. com. L622-28):
            // the BODACC notice gives its date. Corrections P8.
            None => errors.push(error(
                FieldPath::Proceedings(ProceedingsField::JudgmentDate),
                Problem::JudgmentDateMissing,
            )),
            Some(judgment) if judgment > cp.bodacc_publication => errors.push(error(
                FieldPath::Proceedings(ProceedingsField::JudgmentDate),
                Problem::JudgmentAfterPublication,
            )),
            Some(_) => {}
        }
    }
}

fn invoice_problems(
    i: usize,
    invoice: &crate::dossier::Invoice,
    today: NaiveDate,
    errors: &mut Vec<FieldError>,
) {
    let at = |field| FieldPath::Invoice(i, field);
    if invoice.amount <= Decimal::ZERO {
        errors.push(error(
            at(InvoiceField::Amount),
            Problem::InvoiceAmountNotPositive,
        ));
    } else if invoice.amount > Decimal::from(MAX_AMOUNT_EUROS) {
        errors.push(error(at(InvoiceField::Amount), Problem::AmountTooHigh));
    }
    if invoice.issue_date > today {
        errors.push(error(
            at(InvoiceField::IssueDate),
            Problem::InFuture(DateOf::Invoice),
        ));
    }
    if let Some(received) = invoice.request_received {
        if received < invoice.issue_date {
            errors.push(error(
                at(InvoiceField::RequestReceived),
                Problem::RequestReceivedBeforeInvoice,
            ));
        } else if received > today {
            errors.push(error(
                at(InvoiceField::RequestReceived),
                Problem::InFuture(DateOf::RequestReceived),
            ));
        }
    }
    if let Some(delivered) = invoice.delivery_date {
        if delivered > today {
            errors.push(error(
                at(InvoiceField::DeliveryDate),
                Problem::InFuture(DateOf::Delivery),
            ));
        }
    }
    match invoice.term {
        PaymentTerm::DueDate { date } if date < invoice.issue_date => {
            errors.push(error(
                at(InvoiceField::DueDate),
                Problem::DueDateBeforeInvoice,
            ));
        }
        PaymentTerm::Days { days } if i64::from(days) > params::MAX_TERM_DAYS.current() => {
            errors.push(error(at(InvoiceField::TermDays), Problem::TermTooLong));
        }
        _ => {}
    }
    if let Some(rate) = invoice.contract_rate {
        let max = params::MAX_CONTRACT_RATE_PERCENT.current();
        if rate < Decimal::ZERO || rate > Decimal::from(max) {
            errors.push(error(
                at(InvoiceField::ContractRate),
                Problem::ContractRateOutOfRange { max },
            ));
        }
    }
    let mut paid = Decimal::ZERO;
    for (j, payment) in invoice.payments.iter().enumerate() {
        let pat = |field| FieldPath::Payment(i, j, field);
        if payment.amount <= Decimal::ZERO {
            errors.push(error(
                pat(PaymentField::Amount),
                Problem::PaymentAmountNotPositive,
            ));
        }
        if payment.date > today {
            errors.push(error(
                pat(PaymentField::Date),
                Problem::InFuture(DateOf::Payment),
            ));
        }
        // A payment before the invoice date is an acompte (deposit): allowed.
        paid += payment.amount.max(Decimal::ZERO);
    }
    if paid > invoice.amount && invoice.amount > Decimal::ZERO {
        errors.push(error(
            at(InvoiceField::Payments),
            Problem::PaymentsAboveAmount {
                paid,
                amount: invoice.amount,
            },
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::date;

    /// One check per message: the French of each problem.
    #[test]
    fn every_problem_reads_in_french() {
        let cases: Vec<(Problem, &str)> = vec![
            (Problem::NoInvoice, "Ajoutez au moins une facture."),
            (
                Problem::InFuture(DateOf::Reminder),
                "Une relance déjà envoyée ne peut pas être datée dans le futur.",
            ),
            (
                Problem::InFuture(DateOf::RequestReceived),
                "La date de réception ne peut pas être dans le futur.",
            ),
            (
                Problem::DueDateBeforeInvoice,
                "La date d'échéance ne peut pas précéder la date de facture.",
            ),
            (
                Problem::ContractRateOutOfRange { max: 100 },
                "Le taux des pénalités doit être compris entre 0 et 100 %.",
            ),
            (
                Problem::MiseEnDemeureDaysOutOfRange { max: 90 },
                "Le délai laissé doit être compris entre 1 et 90 jours.",
            ),
            (
                Problem::JudgmentDateMissing,
                "Indiquez la date du jugement d'ouverture : elle figure dans l'annonce du BODACC.",
            ),
        ];
        for (problem, text) in cases {
            assert_eq!(problem.to_string(), text);
        }
        let paid = Problem::PaymentsAboveAmount {
            paid: Decimal::from(150),
            amount: Decimal::from(100),
        }
        .to_string();
        assert!(
            paid.starts_with("Les paiements (150,00")
                && paid.contains("dépassent le montant de la facture (100,00"),
            "{paid}"
        );
    }

    /// Two invoices, 1 000 € (300 € paid) and 500 €, and a disputed part.
    fn disputing(position: &str) -> Vec<FieldError> {
        let dossier: Dossier = serde_json::from_str(&format!(
            r#"{{"invoices": [
                {{"number": "A", "issue_date": "2026-01-05", "term": {{"type": "FortyFiveDaysEndOfMonth"}},
                  "amount": "1000", "payments": [{{"date": "2026-02-01", "amount": "300"}}]}},
                {{"number": "B", "issue_date": "2026-01-05", "term": {{"type": "FortyFiveDaysEndOfMonth"}},
                  "amount": "500"}}],
                "position": {position}}}"#
        ))
        .unwrap();
        validate(&dossier, date(2026, 6, 1))
    }

    #[test]
    fn a_disputed_part_fits_in_what_remains_due_on_its_invoice() {
        assert!(disputing(r#"{"type": "DisputesPart", "amount": "700", "invoice": 0}"#).is_empty());
        let above = disputing(r#"{"type": "DisputesPart", "amount": "700.01", "invoice": 0}"#);
        assert_eq!(
            above,
            vec![error(
                FieldPath::Position(PositionField::Amount),
                Problem::DisputedAboveInvoice {
                    outstanding: Decimal::from(700)
                }
            )]
        );
        assert!(
            above[0].message().contains("700,00"),
            "{}",
            above[0].message()
        );
        // 700 € is more than invoice B, though less than the total.
        assert_eq!(
            disputing(r#"{"type": "DisputesPart", "amount": "700", "invoice": 1}"#).len(),
            1
        );
        // An invoice that is not there.
        assert_eq!(
            disputing(r#"{"type": "DisputesPart", "amount": "100", "invoice": 2}"#),
            vec![error(
                FieldPath::Position(PositionField::Invoice),
                Problem::DisputedInvoiceMissing
            )]
        );
        // Written before the invoice was asked: measured against the total.
        assert!(disputing(r#"{"type": "DisputesPart", "amount": "1500"}"#).is_empty());
        assert_eq!(
            disputing(r#"{"type": "DisputesPart", "amount": "1500.01"}"#).len(),
            1
        );
        assert_eq!(
            disputing(r#"{"type": "DisputesPart", "amount": "0", "invoice": 0}"#),
            vec![error(
                FieldPath::Position(PositionField::Amount),
                Problem::DisputedAmountNotPositive
            )]
        );
    }

    #[test]
    fn a_dossier_from_year_one_is_refused_not_computed() {
        let dossier: Dossier = serde_json::from_str(
            r#"{"invoices": [{"number": "A", "issue_date": "0001-01-01",
                "term": {"type": "DueDate", "date": "0001-02-01"}, "amount": "100",
                "payments": [{"date": "0001-03-01", "amount": "10"}]}],
                "reminders": ["0001-04-01"]}"#,
        )
        .unwrap();
        let errors = validate(&dossier, date(2026, 11, 22));
        for field in [
            FieldPath::Invoice(0, InvoiceField::IssueDate),
            FieldPath::Invoice(0, InvoiceField::DueDate),
            FieldPath::Payment(0, 0, PaymentField::Date),
            FieldPath::Reminder(0),
        ] {
            assert!(
                errors.contains(&error(field, Problem::YearTooEarly { year: 1 })),
                "{field}: {errors:?}"
            );
        }
        assert!(crate::assess(&dossier, date(2026, 11, 22)).is_err());
    }

    #[test]
    fn more_lines_than_the_app_takes_are_refused_before_any_work() {
        let mut dossier: Dossier = serde_json::from_str(
            r#"{"invoices": [{"number": "A", "issue_date": "2026-01-05",
                "term": {"type": "DueDate", "date": "2026-02-04"}, "amount": "100"}]}"#,
        )
        .unwrap();
        dossier.invoices = vec![dossier.invoices[0].clone(); 201];
        let errors = validate(&dossier, date(2026, 11, 22));
        assert_eq!(
            errors,
            vec![error(
                FieldPath::Invoices,
                Problem::TooMany {
                    of: Lines::Invoices,
                    max: 200
                }
            )]
        );
        dossier.invoices.truncate(200);
        assert!(validate(&dossier, date(2026, 11, 22)).is_empty());
    }

    #[test]
    fn problems_name_their_fields() {
        let dossier: Dossier = Dossier {
            reminders: vec![date(2030, 1, 1)],
            ..Dossier::default()
        };
        let errors = validate(&dossier, date(2026, 3, 2));
        assert!(errors.contains(&error(FieldPath::Invoices, Problem::NoInvoice)));
        assert!(errors.contains(&error(
            FieldPath::Reminder(0),
            Problem::InFuture(DateOf::Reminder)
        )));
    }
}

//! What can be wrong with a dossier's field: each problem typed and naming its field, for the
//! UI to show beside that field. The rules that find them are in `validate.rs` (a dossier) and
//! in the app's reader (what was typed); their French is in `texts::fr::problems`.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::AmountError;
pub use crate::field::FieldPath;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: FieldPath,
    pub problem: Problem,
}

impl FieldError {
    /// The problem in French.
    pub fn message(&self) -> String {
        self.problem.to_string()
    }
}

/// A date of the dossier, as a problem names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DateOf {
    Invoice,
    Delivery,
    RequestReceived,
    Payment,
    Reminder,
    MiseEnDemeureSent,
    MiseEnDemeureReceived,
    Bodacc,
}

/// Lines of a dossier that are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Lines {
    Invoices,
    Payments,
    Reminders,
}

/// A value the visitor must give, as « Indiquez … » names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Needed {
    InvoiceDate,
    DueDate,
    TermDays,
    PaymentDate,
    ReminderDate,
    MiseEnDemeureSent,
    MiseEnDemeureDays,
    LetterDeadline,
    JudgmentDate,
    BodaccDate,
}

/// What is wrong with a value of the dossier, or with what was typed for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Problem {
    /// An empty field that is needed (shown once the visitor tries to go on).
    Missing(Needed),
    /// Three groups of digits that make no date: « 31/02/2026 », or a date field the browser
    /// found impossible.
    DateDoesNotExist,
    DateNotValid,
    /// An amount that cannot be read, or none.
    Amount(AmountError),
    RateNotAPercentage,
    DaysNotWhole,
    /// A debtor in the EU, its Member State not chosen.
    CountryMissing,
    NoInvoice,
    InvoiceAmountNotPositive,
    PaymentAmountNotPositive,
    DisputedAmountNotPositive,
    AmountTooHigh,
    /// This date is after today.
    InFuture(DateOf),
    DueDateBeforeInvoice,
    RequestReceivedBeforeInvoice,
    ReceivedBeforeSent,
    JudgmentAfterPublication,
    /// The opening judgment's date is needed (interest stops there, FACTS P8).
    JudgmentDateMissing,
    TermTooLong,
    ContractRateOutOfRange {
        max: i64,
    },
    PaymentsAboveAmount {
        paid: Decimal,
        amount: Decimal,
    },
    MiseEnDemeureDaysOutOfRange {
        max: i64,
    },
    DisputedAboveTotal,
    /// More lines than the app takes (a damaged or hostile file, not a real dossier).
    TooMany {
        of: Lines,
        max: i64,
    },
    /// The disputed part is more than what remains unpaid of its invoice.
    DisputedAboveInvoice {
        outstanding: Decimal,
    },
    /// Several invoices, and the disputed one is not said.
    DisputedInvoiceMissing,
    /// `DisputesInvoices` with no invoice marked.
    NoInvoiceDisputed,
    RateImplausible,
    DueDateNotADate,
    /// A year before 2000: a typing error, and a claim long time-barred.
    YearTooEarly {
        year: i32,
    },
    /// A year after next year.
    /// A date of birth after today (often a two-digit year read as 20xx) or before 1900.
    BirthDateImplausible {
        in_future: bool,
    },
    YearTooLate {
        year: i32,
        latest: i32,
    },
}

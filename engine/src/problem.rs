//! What can be wrong with a dossier's field: each problem typed and naming its field, said in
//! French by `Problem`'s one `Display`, for the UI to show beside that field. The rules that
//! find them are in `validate.rs`.

use std::fmt;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::format_euros;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// A path into the dossier's JSON form: "invoices.0.amount", "mise_en_demeure.received".
    pub field: String,
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

/// What is wrong with a value of the dossier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Problem {
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

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NoInvoice => f.write_str("Ajoutez au moins une facture."),
            Problem::InvoiceAmountNotPositive => {
                f.write_str("Le montant de la facture doit être supérieur à zéro.")
            }
            Problem::PaymentAmountNotPositive => {
                f.write_str("Le montant du paiement doit être supérieur à zéro.")
            }
            Problem::DisputedAmountNotPositive => {
                f.write_str("Indiquez le montant contesté, supérieur à zéro.")
            }
            Problem::AmountTooHigh => f.write_str("Ce montant semble trop élevé : vérifiez-le."),
            Problem::InFuture(date) => f.write_str(match date {
                DateOf::Invoice => "La date de facture ne peut pas être dans le futur.",
                DateOf::Delivery => "La date de livraison ne peut pas être dans le futur.",
                DateOf::RequestReceived | DateOf::MiseEnDemeureReceived => {
                    "La date de réception ne peut pas être dans le futur."
                }
                DateOf::Payment => "Un paiement reçu ne peut pas être daté dans le futur.",
                DateOf::Reminder => {
                    "Une relance déjà envoyée ne peut pas être datée dans le futur."
                }
                DateOf::MiseEnDemeureSent => {
                    "La mise en demeure ne peut pas avoir été envoyée dans le futur."
                }
                DateOf::Bodacc => "La publication au BODACC ne peut pas être dans le futur.",
            }),
            Problem::DueDateBeforeInvoice => {
                f.write_str("La date d'échéance ne peut pas précéder la date de facture.")
            }
            Problem::RequestReceivedBeforeInvoice => {
                f.write_str("L'acheteur ne peut pas avoir reçu la facture avant sa date.")
            }
            Problem::ReceivedBeforeSent => {
                f.write_str("La date de réception ne peut pas précéder la date d'envoi.")
            }
            Problem::JudgmentAfterPublication => {
                f.write_str("Le jugement d'ouverture précède sa publication au BODACC.")
            }
            Problem::JudgmentDateMissing => f.write_str(
                "Indiquez la date du jugement d'ouverture : elle figure dans l'annonce du BODACC.",
            ),
            Problem::TermTooLong => f.write_str(
                "Un délai de paiement de plus d'un an semble être une erreur de saisie.",
            ),
            Problem::ContractRateOutOfRange { max } => {
                write!(
                    f,
                    "Le taux des pénalités doit être compris entre 0 et {max} %."
                )
            }
            Problem::PaymentsAboveAmount { paid, amount } => write!(
                f,
                "Les paiements ({}) dépassent le montant de la facture ({}).",
                format_euros(*paid),
                format_euros(*amount)
            ),
            Problem::MiseEnDemeureDaysOutOfRange { max } => {
                write!(
                    f,
                    "Le délai laissé doit être compris entre 1 et {max} jours."
                )
            }
            Problem::TooMany { of, max } => write!(
                f,
                "Au plus {max} {} : ce dossier en compte davantage.",
                match of {
                    Lines::Invoices => "factures par dossier",
                    Lines::Payments => "paiements par facture",
                    Lines::Reminders => "relances",
                }
            ),
            Problem::DisputedAboveTotal => {
                f.write_str("Le montant contesté dépasse le total des factures.")
            }
            Problem::DisputedAboveInvoice { outstanding } => write!(
                f,
                "Le montant contesté dépasse ce qui reste dû sur cette facture ({}).",
                format_euros(*outstanding)
            ),
            Problem::NoInvoiceDisputed => {
                f.write_str("Cochez la ou les factures que votre client conteste.")
            }
            Problem::DisputedInvoiceMissing => {
                f.write_str("Choisissez la facture dont une partie est contestée.")
            }
            Problem::RateImplausible => {
                f.write_str("Ce taux semble hors de toute réalité : vérifiez-le.")
            }
            Problem::DueDateNotADate => f.write_str("Cette échéance n'est pas une date valide."),
            Problem::YearTooEarly { year } => write!(
                f,
                "Vérifiez l'année : {year} est avant 2000. Pour une date de 2026, écrivez 2026 ou 26."
            ),
            Problem::YearTooLate { year, latest } => {
                write!(f, "Vérifiez l'année : {year} est après {latest}.")
            }
            Problem::BirthDateImplausible { in_future: true } => f.write_str(
                "Cette date de naissance est dans le futur : écrivez l'année sur quatre chiffres (exemple : 14/03/1985).",
            ),
            Problem::BirthDateImplausible { in_future: false } => {
                f.write_str("Vérifiez l'année de naissance (exemple : 14/03/1985).")
            }
        }
    }
}

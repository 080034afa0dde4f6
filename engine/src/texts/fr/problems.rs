//! The French of every problem a field can have: the engine's checks of a dossier and the
//! app's reading of what was typed, each said once, for the page to show beside its field.

use std::fmt;

use crate::amount::{format_euros, AmountError};
use crate::problem::{DateOf, Lines, Needed, Problem};

/// What « Indiquez … » asks for.
fn needed(what: Needed) -> &'static str {
    match what {
        Needed::InvoiceDate => "la date de la facture",
        Needed::DueDate => "la date d'échéance",
        Needed::TermDays => "le nombre de jours",
        Needed::PaymentDate => "la date du paiement",
        Needed::ReminderDate => "la date de la relance",
        Needed::MiseEnDemeureSent => "la date d'envoi",
        Needed::MiseEnDemeureDays => "le délai laissé, en jours",
        Needed::LetterDeadline => "le délai",
        Needed::JudgmentDate => {
            "la date du jugement d'ouverture (elle figure dans l'annonce du BODACC)"
        }
        Needed::BodaccDate => "la date de publication au BODACC",
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing(what) => write!(f, "Indiquez {}.", needed(*what)),
            Problem::DateDoesNotExist => f.write_str(
                "Cette date n'existe pas : vérifiez le jour, le mois et l'année (exemple : 31/03/2025).",
            ),
            Problem::DateNotValid => f.write_str("Cette date n'est pas valide (exemple : 31/03/2025)."),
            Problem::Amount(e) => e.fmt(f),
            Problem::RateNotAPercentage => {
                f.write_str("Indiquez un taux en pourcentage (exemple : 12,15).")
            }
            Problem::DaysNotWhole => {
                f.write_str("Indiquez un nombre entier de jours (exemple : 30).")
            }
            Problem::CountryMissing => f.write_str(
                "Choisissez le pays où votre client est établi : les procédures européennes en dépendent.",
            ),
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

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = match self {
            AmountError::Empty => "Indiquez un montant.",
            AmountError::NotANumber => "Ce montant n'est pas un nombre (exemple : 1\u{a0}234,56).",
            AmountError::SeveralCommas => {
                "Ce montant contient plusieurs virgules : écrivez par exemple 1\u{a0}234,56."
            }
            // Said apart from the commas: a visitor who typed points is not told of commas.
            AmountError::SeveralPoints => {
                "Ce montant contient plusieurs points : écrivez les centimes après une virgule, par exemple 1\u{a0}234,56."
            }
            AmountError::TooManyDecimals => "Un montant en euros a au plus deux décimales.",
            AmountError::Negative => "Le montant ne peut pas être négatif.",
            AmountError::TooLarge => "Ce montant semble trop élevé : vérifiez-le.",
            AmountError::EnglishFormat => {
                "Écrivez le montant à la française : une espace pour les milliers et une virgule pour les centimes, par exemple 2\u{a0}400,50."
            }
            AmountError::Ambiguous => {
                "Ce montant est ambigu : écrivez les centimes après une virgule (0,50) et les milliers avec une espace (1\u{a0}500)."
            }
        };
        f.write_str(message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_was_typed_is_said_in_one_french_sentence_beside_its_field() {
        let said = |p: Problem| p.to_string();
        assert_eq!(
            said(Problem::Missing(Needed::PaymentDate)),
            "Indiquez la date du paiement."
        );
        assert_eq!(
            said(Problem::Amount(AmountError::Empty)),
            "Indiquez un montant."
        );
        assert!(said(Problem::DateDoesNotExist).starts_with("Cette date n'existe pas"));
        assert!(said(Problem::Missing(Needed::JudgmentDate)).contains("BODACC"));
        for p in [
            Problem::DateNotValid,
            Problem::RateNotAPercentage,
            Problem::DaysNotWhole,
            Problem::CountryMissing,
            Problem::Missing(Needed::LetterDeadline),
        ] {
            let s = said(p);
            assert!(
                s.ends_with('.') && s.chars().next().is_some_and(char::is_uppercase),
                "{s}"
            );
        }
    }
}

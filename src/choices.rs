//! How each choice of the questionnaire is written in the page (a radio button's or an
//! option's value) and read back: one table per choice enum.

use documents::LetterKind;
use engine::{ProceedingsKind, PublicBuyerKind};

use crate::form::{BusinessChoice, DebtorChoice, PositionChoice, TermChoice};

/// A choice shown as radio buttons or a select.
pub trait Options: Sized + Copy + PartialEq + 'static {
    /// Each option and its value in the page.
    const VALUES: &'static [(Self, &'static str)];

    fn value(self) -> &'static str {
        Self::VALUES
            .iter()
            .find(|(c, _)| *c == self)
            .map_or("", |(_, v)| v)
    }

    fn from_value(value: &str) -> Option<Self> {
        Self::VALUES
            .iter()
            .find(|(_, v)| *v == value)
            .map(|(c, _)| *c)
    }
}

impl Options for DebtorChoice {
    const VALUES: &'static [(Self, &'static str)] = &[
        (DebtorChoice::Company, "company"),
        (DebtorChoice::Consumer, "consumer"),
        (DebtorChoice::PublicBuyer, "public"),
        (DebtorChoice::Abroad, "abroad"),
    ];
}

impl Options for BusinessChoice {
    const VALUES: &'static [(Self, &'static str)] = &[
        (BusinessChoice::Commercial, "commercial"),
        (BusinessChoice::Artisan, "artisan"),
        (BusinessChoice::Civil, "civil"),
    ];
}

impl Options for PublicBuyerKind {
    const VALUES: &'static [(Self, &'static str)] = &[
        (PublicBuyerKind::StateOrLocal, "state"),
        (PublicBuyerKind::Hospital, "hospital"),
        (PublicBuyerKind::PublicUndertaking, "undertaking"),
    ];
}

impl Options for ProceedingsKind {
    const VALUES: &'static [(Self, &'static str)] = &[
        (ProceedingsKind::Sauvegarde, "sauvegarde"),
        (ProceedingsKind::RedressementJudiciaire, "redressement"),
        (ProceedingsKind::LiquidationJudiciaire, "liquidation"),
    ];
}

impl Options for TermChoice {
    const VALUES: &'static [(Self, &'static str)] = &[
        (TermChoice::DueDate, "date"),
        (TermChoice::ContractSilent, "silent"),
        (TermChoice::Days, "days"),
        (TermChoice::FortyFiveDaysEndOfMonth, "fdm"),
        (TermChoice::OnReceipt, "receipt"),
    ];
}

impl Options for PositionChoice {
    const VALUES: &'static [(Self, &'static str)] = &[
        (PositionChoice::Silent, "silent"),
        (PositionChoice::Promised, "promised"),
        (PositionChoice::DisputesPart, "part"),
        (PositionChoice::DisputesAll, "all"),
        (PositionChoice::DisputesInvoices, "invoices"),
    ];
}

/// None: the letter that goes with the recommended step.
impl Options for Option<LetterKind> {
    const VALUES: &'static [(Self, &'static str)] = &[
        (None, "auto"),
        (Some(LetterKind::MiseEnDemeure), "med"),
        (Some(LetterKind::PremiereRelance), "r1"),
        (Some(LetterKind::SecondeRelance), "r2"),
        (Some(LetterKind::DeclarationDeCreance), "dc"),
        (Some(LetterKind::RequeteInjonctionDePayer), "ip"),
        (Some(LetterKind::Decompte), "decompte"),
        (Some(LetterKind::DemandeMediation), "mediation"),
        (Some(LetterKind::Synthese), "synthese"),
        (Some(LetterKind::ReminderInEnglish), "en-relance"),
        (Some(LetterKind::FormalNoticeInEnglish), "en-med"),
        (Some(LetterKind::EuropeanOrderFormA), "formulaire-a"),
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Options + std::fmt::Debug>() {
        for (choice, value) in T::VALUES {
            assert_eq!(choice.value(), *value);
            assert_eq!(T::from_value(value), Some(*choice));
        }
        assert_eq!(T::from_value("nothing of the kind"), None);
    }

    #[test]
    fn every_choice_reads_back_what_it_writes() {
        round_trip::<DebtorChoice>();
        round_trip::<BusinessChoice>();
        round_trip::<PublicBuyerKind>();
        round_trip::<ProceedingsKind>();
        round_trip::<TermChoice>();
        round_trip::<PositionChoice>();
        round_trip::<Option<LetterKind>>();
    }
}

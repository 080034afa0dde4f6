//! Which court hears the dossier, and whether a lawyer is required there.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::cites::{Cite, CPC_835_2, CPC_873_2};
use crate::dossier::DebtorKind;
use crate::params;

/// Commercial for traders, commercial companies and (since 1 Jan 2022) artisans; judiciaire
/// otherwise (C. com. L721-3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Court {
    pub commercial: bool,
    /// The day the dossier is assessed: the tribunaux des activités économiques are named
    /// while their pilot lasts.
    pub today: NaiveDate,
}

impl Court {
    pub fn for_debtor(kind: DebtorKind, today: NaiveDate) -> Court {
        let commercial = match kind {
            DebtorKind::Business {
                commercial,
                artisan,
            } => commercial || (artisan && params::ARTISANS_AT_COMMERCIAL_COURT.at(today)),
            // A public undertaking under private law is a company (SA, SAS…): commercial by its form.
            DebtorKind::PublicBuyer { .. } => !kind.is_public_law_buyer(),
            _ => false,
        };
        Court { commercial, today }
    }

    /// The tribunaux des activités économiques replace this court in 12 places (pilot).
    pub fn in_tae_pilot(&self) -> bool {
        self.commercial && params::TAE_PILOT.at(self.today)
    }

    /// The référé-provision article before this court.
    pub fn refere_article(&self) -> Cite {
        if self.commercial {
            CPC_873_2
        } else {
            CPC_835_2
        }
    }

    /// The clerk's fee of an injonction de payer, in euros incl. VAT (a range): none at the
    /// tribunal judiciaire.
    pub fn injonction_fee(&self) -> Option<(i64, i64)> {
        self.commercial
            .then(|| params::INJONCTION_COMMERCIAL_FEE_EUROS.at(self.today))
    }
}

/// Whether a lawyer is required for a claim of `amount` (CPC 760-761, 853).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Lawyer {
    Required { amount: Decimal, threshold: Decimal },
    NotRequired { threshold: Decimal },
}

impl Lawyer {
    pub fn for_amount(amount: Decimal, today: NaiveDate) -> Lawyer {
        let threshold = Decimal::from(params::LAWYER_THRESHOLD_EUROS.at(today));
        if amount > threshold {
            Lawyer::Required { amount, threshold }
        } else {
            Lawyer::NotRequired { threshold }
        }
    }
}

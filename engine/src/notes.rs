//! The notes on each invoice's figures, as typed facts: which interest runs and from when,
//! and whether the 40 € is owed. Their words are in `texts::fr`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::dossier::{CollectiveProceedings, DebtorKind, Dossier, Invoice};
use crate::due_date::DueDate;
use crate::interest::InterestRule;
use crate::params;

/// Which interest applies, and what the visitor should know about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InterestNote {
    pub basis: InterestBasis,
    /// Part payments are deducted from the principal (the prudent reading of C. civ. 1343-1).
    pub payments_on_principal: bool,
    /// Interest stops at the opening judgment (C. com. L622-28).
    pub stopped_at_opening: bool,
    /// The opening judgment came before the invoice was due: no penalty ever ran (I14).
    pub none_before_opening: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum InterestBasis {
    /// L441-10 II penalties: the contract's rate, or ECB + `points`.
    Professional {
        contract_rate: Option<Decimal>,
        points: i64,
    },
    /// L441-10 II penalties at `multiple` × the legal rate, as the terms of sale say.
    TimesLegal { multiple: i64 },
    /// Intérêts moratoires of the Code de la commande publique.
    PublicBuyer,
    /// Legal interest from the mise en demeure, counted from its receipt (or its sending).
    ConsumerFromMiseEnDemeure { received: bool },
    /// No mise en demeure yet: nothing runs against a consumer.
    ConsumerNoMiseEnDemeure,
}

/// Whether the fixed recovery indemnity is owed, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum IndemnityNote {
    /// B2B only; recovery costs stay with the creditor (CPCE L111-8).
    Consumer {
        amount: Decimal,
    },
    NotLate,
    /// Collective proceedings opened before the due date prevented payment (L441-10 II).
    ProceedingsPrevented {
        amount: Decimal,
    },
    /// The due date precedes the indemnity's existence.
    BeforeExistence {
        since: NaiveDate,
    },
    Due {
        amount: Decimal,
        public_buyer: bool,
    },
}

/// The rule, the first day of interest, and what to say of it.
pub fn interest_rule(
    dossier: &Dossier,
    invoice: &Invoice,
    due: &DueDate,
) -> (Option<InterestRule>, Option<NaiveDate>, InterestBasis) {
    let day_after_due = due.date.succ_opt();
    match dossier.debtor.kind {
        DebtorKind::Business { .. } | DebtorKind::Abroad { .. }
            if invoice.contract_rate_times_legal =>
        {
            (
                Some(InterestRule::TimesLegalRate),
                day_after_due,
                InterestBasis::TimesLegal {
                    multiple: params::CONTRACT_FLOOR_MULTIPLE.at(due.date),
                },
            )
        }
        DebtorKind::Business { .. } | DebtorKind::Abroad { .. } => (
            Some(InterestRule::BetweenProfessionals {
                contract_rate: invoice.contract_rate,
            }),
            day_after_due,
            InterestBasis::Professional {
                contract_rate: invoice.contract_rate,
                points: params::B2B_MARGIN_POINTS.at(due.date),
            },
        ),
        DebtorKind::PublicBuyer { .. } => (
            Some(InterestRule::PublicBuyer),
            day_after_due,
            InterestBasis::PublicBuyer,
        ),
        DebtorKind::Consumer => match dossier.mise_en_demeure {
            Some(med) => {
                let from = med.received.unwrap_or(med.sent).max(due.date);
                (
                    Some(InterestRule::LegalInterest),
                    from.succ_opt(),
                    InterestBasis::ConsumerFromMiseEnDemeure {
                        received: med.received.is_some(),
                    },
                )
            }
            None => (None, None, InterestBasis::ConsumerNoMiseEnDemeure),
        },
    }
}

/// The 40 € of D441-5 (D2192-35 for a public buyer). `binding`: collective proceedings
/// opened after the invoice's service, if any.
pub fn indemnity(
    kind: DebtorKind,
    binding: Option<&CollectiveProceedings>,
    due: &DueDate,
    late: bool,
) -> (Decimal, IndemnityNote) {
    let row = params::RECOVERY_INDEMNITY_EUROS.row_at(due.date);
    let amount = Decimal::from(row.value);
    if kind == DebtorKind::Consumer {
        return (Decimal::ZERO, IndemnityNote::Consumer { amount });
    }
    if !late {
        return (Decimal::ZERO, IndemnityNote::NotLate);
    }
    if binding.is_some_and(|cp| cp.opening() <= due.date) {
        return (
            Decimal::ZERO,
            IndemnityNote::ProceedingsPrevented { amount },
        );
    }
    if due.date < row.from {
        return (
            Decimal::ZERO,
            IndemnityNote::BeforeExistence { since: row.from },
        );
    }
    let public_buyer = matches!(kind, DebtorKind::PublicBuyer { .. });
    (
        amount,
        IndemnityNote::Due {
            amount,
            public_buyer,
        },
    )
}

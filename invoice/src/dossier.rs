//! An electronic invoice as the engine's dossier: the seller is the creditor, the buyer the
//! debtor (abroad when its country is not France), the invoice with its due date and what was
//! prepaid. The penalty rate the terms state is only proposed (`proposed_rate`): the visitor
//! confirms it.

use engine::{Debtor, DebtorKind, Dossier, Invoice, Party, Payment, PaymentTerm};
use rust_decimal::Decimal;

use crate::model::{ElectronicInvoice, TradeParty};

impl ElectronicInvoice {
    pub fn to_dossier(&self) -> Dossier {
        let prepaid = self.prepaid.filter(|p| *p > Decimal::ZERO);
        let (amount, payments) = match self.total_with_vat {
            // An acompte, dated as the invoice (it came before it is due: no penalty runs on it).
            Some(total) => (
                total,
                prepaid
                    .map(|amount| Payment {
                        date: self.issue_date,
                        amount,
                    })
                    .into_iter()
                    .collect(),
            ),
            None => (self.amount_due, Vec::new()),
        };
        Dossier {
            creditor: party(&self.seller),
            debtor: Debtor {
                identity: party(&self.buyer),
                kind: self.debtor_kind(),
            },
            invoices: vec![Invoice {
                number: self.number.clone(),
                issue_date: self.issue_date,
                delivery_date: self.delivery_date,
                request_received: None,
                term: self.due_date.map_or(PaymentTerm::ContractSilent, |date| {
                    PaymentTerm::DueDate { date }
                }),
                amount,
                payments,
                contract_rate: None,
                contract_rate_times_legal: false,
                disputed_entirely: false,
            }],
            ..Dossier::default()
        }
    }

    /// A business in France, or abroad with its Member State when it is one.
    fn debtor_kind(&self) -> DebtorKind {
        if !self.buyer_abroad() {
            return DebtorKind::Business {
                commercial: false,
                artisan: false,
            };
        }
        let country = self.buyer_member_state();
        DebtorKind::Abroad {
            in_eu: country.is_some(),
            country,
        }
    }
}

fn party(p: &TradeParty) -> Party {
    Party {
        name: p.name.clone(),
        siren: p.siren().unwrap_or_default().to_string(),
        address: p.address(),
        ..Party::default()
    }
}

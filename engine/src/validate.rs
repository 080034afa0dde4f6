//! Bad input: each problem is an error naming its field, in French, for the UI to show
//! beside that field. Never a panic.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::{format_euros, MAX_AMOUNT_EUROS};
use crate::dossier::{DebtorPosition, Dossier, PaymentTerm};
use crate::due_date::due_date;
use crate::params::{self, percent};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// A path into the dossier's JSON form: "invoices.0.amount", "mise_en_demeure.received".
    pub field: String,
    pub message: String,
}

fn error(field: impl Into<String>, message: impl Into<String>) -> FieldError {
    FieldError {
        field: field.into(),
        message: message.into(),
    }
}

pub fn validate(dossier: &Dossier, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if dossier.invoices.is_empty() {
        errors.push(error("invoices", "Ajoutez au moins une facture."));
    }
    let max = Decimal::from(MAX_AMOUNT_EUROS);
    for (i, invoice) in dossier.invoices.iter().enumerate() {
        let at = |field: &str| format!("invoices.{i}.{field}");
        if invoice.amount <= Decimal::ZERO {
            errors.push(error(
                at("amount"),
                "Le montant de la facture doit être supérieur à zéro.",
            ));
        } else if invoice.amount > max {
            errors.push(error(
                at("amount"),
                "Ce montant semble trop élevé : vérifiez-le.",
            ));
        }
        if invoice.issue_date > today {
            errors.push(error(
                at("issue_date"),
                "La date de facture ne peut pas être dans le futur.",
            ));
        }
        if let Some(received) = invoice.request_received {
            if received < invoice.issue_date {
                errors.push(error(
                    at("request_received"),
                    "L'acheteur ne peut pas avoir reçu la facture avant sa date.",
                ));
            } else if received > today {
                errors.push(error(
                    at("request_received"),
                    "La date de réception ne peut pas être dans le futur.",
                ));
            }
        }
        if let Some(delivered) = invoice.delivery_date {
            if delivered > today {
                errors.push(error(
                    at("delivery_date"),
                    "La date de livraison ne peut pas être dans le futur.",
                ));
            }
        }
        match invoice.term {
            PaymentTerm::DueDate { date } if date < invoice.issue_date => {
                errors.push(error(
                    at("term.date"),
                    "La date d'échéance ne peut pas précéder la date de facture.",
                ));
            }
            PaymentTerm::Days { days } if i64::from(days) > params::MAX_TERM_DAYS.current() => {
                errors.push(error(
                    at("term.days"),
                    "Un délai de paiement de plus d'un an semble être une erreur de saisie.",
                ));
            }
            _ => {}
        }
        if let Some(rate) = invoice.contract_rate {
            let max = params::MAX_CONTRACT_RATE_PERCENT.current();
            if rate < Decimal::ZERO || rate > Decimal::from(max) {
                errors.push(error(
                    at("contract_rate"),
                    format!("Le taux des pénalités doit être compris entre 0 et {max} %."),
                ));
            }
        }
        let mut paid = Decimal::ZERO;
        for (j, payment) in invoice.payments.iter().enumerate() {
            let pat = |field: &str| format!("invoices.{i}.payments.{j}.{field}");
            if payment.amount <= Decimal::ZERO {
                errors.push(error(
                    pat("amount"),
                    "Le montant du paiement doit être supérieur à zéro.",
                ));
            }
            if payment.date > today {
                errors.push(error(
                    pat("date"),
                    "Un paiement reçu ne peut pas être daté dans le futur.",
                ));
            }
            // A payment before the invoice date is an acompte (deposit): allowed.
            paid += payment.amount.max(Decimal::ZERO);
        }
        if paid > invoice.amount && invoice.amount > Decimal::ZERO {
            errors.push(error(
                at("payments"),
                format!(
                    "Les paiements ({}) dépassent le montant de la facture ({}).",
                    format_euros(paid),
                    format_euros(invoice.amount)
                ),
            ));
        }
    }
    for (i, day) in dossier.reminders.iter().enumerate() {
        if *day > today {
            errors.push(error(
                format!("reminders.{i}"),
                "Une relance déjà envoyée ne peut pas être datée dans le futur.",
            ));
        }
    }
    if let Some(med) = &dossier.mise_en_demeure {
        if med.sent > today {
            errors.push(error(
                "mise_en_demeure.sent",
                "La mise en demeure ne peut pas avoir été envoyée dans le futur.",
            ));
        }
        if let Some(received) = med.received {
            if received < med.sent {
                errors.push(error(
                    "mise_en_demeure.received",
                    "La date de réception ne peut pas précéder la date d'envoi.",
                ));
            }
            if received > today {
                errors.push(error(
                    "mise_en_demeure.received",
                    "La date de réception ne peut pas être dans le futur.",
                ));
            }
        }
        let max = params::MAX_MISE_EN_DEMEURE_DAYS.current();
        if med.deadline_days == 0 || i64::from(med.deadline_days) > max {
            errors.push(error(
                "mise_en_demeure.deadline_days",
                format!("Le délai laissé doit être compris entre 1 et {max} jours."),
            ));
        }
    }
    if let Some(cp) = &dossier.collective_proceedings {
        if cp.bodacc_publication > today {
            errors.push(error(
                "collective_proceedings.bodacc_publication",
                "La publication au BODACC ne peut pas être dans le futur.",
            ));
        }
        match cp.judgment_date {
            // Interest stops at the judgment, not at its publication (C. com. L622-28):
            // the BODACC notice gives its date. Corrections P8.
            None => errors.push(error(
                "collective_proceedings.judgment_date",
                "Indiquez la date du jugement d'ouverture : elle figure dans l'annonce du BODACC.",
            )),
            Some(judgment) if judgment > cp.bodacc_publication => errors.push(error(
                "collective_proceedings.judgment_date",
                "Le jugement d'ouverture précède sa publication au BODACC.",
            )),
            Some(_) => {}
        }
    }
    if let DebtorPosition::DisputesPart { amount } = dossier.position {
        let total: Decimal = dossier.invoices.iter().map(|i| i.amount).sum();
        if amount <= Decimal::ZERO {
            errors.push(error(
                "position.amount",
                "Indiquez le montant contesté, supérieur à zéro.",
            ));
        } else if amount > total {
            errors.push(error(
                "position.amount",
                "Le montant contesté dépasse le total des factures.",
            ));
        }
    }
    let (low, high) = params::RATE_OVERRIDE_BOUNDS_BP.current();
    for (i, o) in dossier.rate_overrides.iter().enumerate() {
        if o.value < percent(low) || o.value > percent(high) {
            errors.push(error(
                format!("rate_overrides.{i}.value"),
                "Ce taux semble hors de toute réalité : vérifiez-le.",
            ));
        }
    }
    // A due date that cannot be represented (absurd term on an absurd date) is an error, not a panic.
    for (i, invoice) in dossier.invoices.iter().enumerate() {
        if due_date(invoice, dossier.debtor.kind).date == NaiveDate::MAX {
            errors.push(error(
                format!("invoices.{i}.term"),
                "Cette échéance n'est pas une date valide.",
            ));
        }
    }
    errors
}

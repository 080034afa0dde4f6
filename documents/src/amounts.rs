//! The amounts a document lists: the invoices, the penalties half-year by half-year, the 40 €,
//! payments and totals, and the part a debtor disputes taken off.

use engine::amount::format_euros;
use engine::assessment::{Assessment, InvoiceAssessment};
use engine::format::{date_short, days_fr};
use engine::{format_percent, Dossier};
use rust_decimal::Decimal;

use crate::model::AmountLine;
use crate::wording::{disputed_principal, disputed_words, name, reason_words, Law};

pub(crate) fn invoice_lines(a: &Assessment) -> Vec<AmountLine> {
    let unpaid = a.invoices.iter().filter(|i| i.outstanding > Decimal::ZERO);
    let mut lines: Vec<AmountLine> = unpaid
        .clone()
        .map(|i| AmountLine {
            label: format!("Facture {}, échue le {}", name(i), date_short(i.due.date)),
            amount: format_euros(i.outstanding),
            total: false,
        })
        .collect();
    let outstanding: Decimal = unpaid.map(|i| i.outstanding).sum();
    lines.push(AmountLine {
        label: "Total restant dû".into(),
        amount: format_euros(outstanding),
        total: true,
    });
    lines
}

/// The full breakdown: each invoice, interest per half-year with rate and article, the
/// 40 € per invoice (not for a consumer), payments, total.
pub(crate) fn amount_lines<'a>(
    invoices: impl IntoIterator<Item = &'a InvoiceAssessment>,
    law: &Law,
) -> Vec<AmountLine> {
    let mut lines = Vec::new();
    let mut total = Decimal::ZERO;
    for i in invoices {
        total += i.total_due();
        lines.push(AmountLine {
            label: format!(
                "Facture {}, échue le {}, montant TTC",
                name(i),
                date_short(i.due.date)
            ),
            amount: format_euros(i.amount),
            total: false,
        });
        if !i.paid.is_zero() {
            lines.push(AmountLine {
                label: format!("Paiements reçus sur la facture {}", name(i)),
                amount: format!("− {}", format_euros(i.paid)),
                total: false,
            });
        }
        for s in &i.segments {
            let article = match s.origin {
                engine::interest::RateOrigin::EcbPlusTen
                | engine::interest::RateOrigin::Contract => "C. com. L441-10",
                engine::interest::RateOrigin::LegalRateProfessional => "C. civ. 1231-6",
                engine::interest::RateOrigin::EcbPlusEight => "CCP R2192-31",
            };
            lines.push(AmountLine {
                label: format!(
                    "{} du {} au {} ({} à {}, {article}) sur {}",
                    law.interest_label,
                    date_short(s.from),
                    date_short(s.to),
                    days_fr(s.days),
                    format_percent(s.rate),
                    format_euros(s.base)
                ),
                amount: format_euros(s.amount),
                total: false,
            });
        }
        if let (false, Some(article)) = (i.indemnity.is_zero(), law.indemnity_article) {
            lines.push(AmountLine {
                label: format!(
                    "Indemnité forfaitaire pour frais de recouvrement, facture {} ({article})",
                    name(i)
                ),
                amount: format_euros(i.indemnity),
                total: false,
            });
        }
    }
    lines.push(AmountLine {
        label: "Total dû".into(),
        // The engine's per-invoice totals: its dossier total when every invoice is listed.
        amount: format_euros(total),
        total: true,
    });
    lines
}

/// A partial dispute, as the letters state it: which invoice, how much, and what is claimed.
pub(crate) struct Dispute {
    pub(crate) paragraph: String,
    /// What the letter takes off what it claims: the disputed principal, and with the whole
    /// claim also the penalties on it and, for a wholly disputed invoice, its 40 € (D5).
    pub(crate) taken_off: Decimal,
    pub(crate) undisputed: Decimal,
    pub(crate) undisputed_only: bool,
}

impl Dispute {
    /// `principal_only`: the letter claims the principal alone (a first reminder), else the
    /// whole sum due.
    pub(crate) fn of(
        dossier: &Dossier,
        a: &Assessment,
        undisputed_only: bool,
        principal_only: bool,
    ) -> Option<Dispute> {
        if !dossier.disputes_part() {
            return None;
        }
        let disputed = disputed_principal(a);
        let (taken_off, undisputed) = if principal_only {
            let principal = a.totals.outstanding_principal;
            (disputed, (principal - disputed).max(Decimal::ZERO))
        } else {
            (a.totals.disputed, a.totals.undisputed)
        };
        let mut paragraph = format!(
            "Vous contestez {}{}. ",
            disputed_words(a).unwrap_or_else(|| "une partie de ces sommes".into()),
            reason_words(dossier)
        );
        if undisputed_only {
            paragraph += "Sans attendre que ce désaccord soit réglé, nous vous demandons de payer dès à présent la \
                          partie que vous ne contestez pas, soit ";
            paragraph += &format_euros(undisputed);
            paragraph += ".";
        } else {
            paragraph += "Nous maintenons notre demande pour la totalité de la somme due.";
        }
        Some(Dispute {
            paragraph,
            taken_off,
            undisputed,
            undisputed_only,
        })
    }
}

/// The full breakdown, and when only the undisputed part is claimed, the disputed part taken
/// off and what remains claimed.
pub(crate) fn claimed_lines<'a>(
    invoices: impl IntoIterator<Item = &'a InvoiceAssessment>,
    law: &Law,
    dispute: Option<&Dispute>,
) -> Vec<AmountLine> {
    let mut lines = amount_lines(invoices, law);
    if let Some(d) = dispute.filter(|d| d.undisputed_only) {
        if let Some(total) = lines.last_mut() {
            total.total = false;
        }
        lines.push(AmountLine {
            label: "Partie que vous contestez, avec ses pénalités".into(),
            amount: format!("− {}", format_euros(d.taken_off)),
            total: false,
        });
        lines.push(AmountLine {
            label: "Somme réclamée, non contestée".into(),
            amount: format_euros(d.undisputed),
            total: true,
        });
    }
    lines
}

/// The invoices with something still due, in the dossier's order.
pub(crate) fn unpaid(a: &Assessment) -> Vec<&InvoiceAssessment> {
    a.invoices
        .iter()
        .filter(|i| i.total_due() > Decimal::ZERO)
        .collect()
}

/// The invoices with something due, each beside the invoice the visitor typed (its dates):
/// the assessment lists the invoices in the dossier's order.
pub(crate) fn unpaid_with_invoices<'a>(
    dossier: &'a Dossier,
    a: &'a Assessment,
) -> Vec<(&'a InvoiceAssessment, &'a engine::Invoice)> {
    a.invoices
        .iter()
        .zip(&dossier.invoices)
        .filter(|(i, _)| i.total_due() > Decimal::ZERO)
        .collect()
}

/// What a court document claims: the invoices still running (`Assessment::court_claim`, D4).
pub(crate) fn claimed(a: &Assessment) -> Vec<&InvoiceAssessment> {
    a.court_claim
        .invoices
        .iter()
        .filter_map(|&k| a.invoices.get(k))
        .collect()
}

/// The same, each beside the invoice the visitor typed (its dates).
pub(crate) fn claimed_with_invoices<'a>(
    dossier: &'a Dossier,
    a: &'a Assessment,
) -> Vec<(&'a InvoiceAssessment, &'a engine::Invoice)> {
    a.court_claim
        .invoices
        .iter()
        .filter_map(|&k| Some((a.invoices.get(k)?, dossier.invoices.get(k)?)))
        .collect()
}

/// The invoices a court document leaves out: time-barred on the assessment's date.
pub(crate) fn time_barred(a: &Assessment) -> Vec<&InvoiceAssessment> {
    a.court_claim
        .time_barred
        .iter()
        .filter_map(|&k| a.invoices.get(k))
        .collect()
}

/// Under the principal: the penalties or interest, the 40 € indemnities, and the total.
pub(crate) fn charges_and_total(a: &Assessment, law: &Law, total: &str) -> Vec<AmountLine> {
    let t = &a.totals;
    let mut lines = Vec::new();
    if !t.penalties.is_zero() {
        lines.push(AmountLine {
            label: law.interest_label.to_string(),
            amount: format_euros(t.penalties),
            total: false,
        });
    }
    if !t.indemnities.is_zero() {
        lines.push(AmountLine {
            label: "Indemnités forfaitaires pour frais de recouvrement".into(),
            amount: format_euros(t.indemnities),
            total: false,
        });
    }
    lines.push(AmountLine {
        label: total.into(),
        amount: format_euros(t.total),
        total: true,
    });
    lines
}

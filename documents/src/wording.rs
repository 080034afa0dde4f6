//! The phrases the French documents share: an invoice's name, the invoices in words that agree
//! with their number, the law by who owes, what was supplied and what is disputed.

use chrono::NaiveDate;
use engine::amount::format_euros;
use engine::assessment::{Assessment, InvoiceAssessment};
use engine::format::date_fr;
use engine::params;
use engine::{DebtorKind, Dossier};
use rust_decimal::Decimal;

use crate::model::{Block, LetterOptions};

pub(crate) fn sending_mode(electronic: bool) -> String {
    if electronic {
        "Lettre recommandée électronique".into()
    } else {
        "Lettre recommandée avec avis de réception".into()
    }
}

/// The invoices, for a first reminder: number, due date, amount still due.
/// An invoice as a letter names it: « n° F-1 », or « du 15/06/2026 » when it has no number.
pub(crate) fn name(i: &InvoiceAssessment) -> String {
    if i.numbered {
        format!("n° {}", i.number)
    } else {
        i.number.clone()
    }
}

/// « A, B et C ».
pub(crate) use engine::format::and_list as french_list;

/// The invoices of a letter in words that agree with their number.
pub(crate) struct Refs {
    /// « facture n° F-1 », « factures n° F-1 et n° F-2 » (for a subject line).
    pub(crate) subject: String,
    /// « la facture n° F-1 », « la facture du 15/06/2026 de 900,00 € », « les factures … ».
    pub(crate) the: String,
    pub(crate) unpaid: &'static str,
    pub(crate) due: &'static str,
    pub(crate) payment: &'static str,
    pub(crate) not_included: &'static str,
    pub(crate) plural_e: &'static str,
}

impl Refs {
    pub(crate) fn of<'a>(invoices: impl IntoIterator<Item = &'a InvoiceAssessment>) -> Refs {
        let names: Vec<String> = invoices
            .into_iter()
            .map(|i| {
                if i.numbered {
                    name(i)
                } else {
                    format!("{} de {}", i.number, format_euros(i.amount))
                }
            })
            .collect();
        let list = french_list(&names);
        if names.len() > 1 {
            Refs {
                subject: format!("factures {list}"),
                the: format!("les factures {list}"),
                unpaid: "restent impayées",
                due: "leur échéance",
                payment: "leur règlement",
                not_included: "Ne sont pas comprises",
                plural_e: "s",
            }
        } else {
            Refs {
                subject: format!("facture {list}"),
                the: format!("la facture {list}"),
                unpaid: "reste impayée",
                due: "son échéance",
                payment: "son règlement",
                not_included: "N'est pas comprise",
                plural_e: "",
            }
        }
    }
}

/// What the letters cite, by who owes: a business (C. com.), a public buyer (Code de la
/// commande publique) or a consumer (C. civ., and nothing of the 40 €: CPCE L111-8).
pub(crate) struct Law {
    pub(crate) interest_label: &'static str,
    /// The article of the 40 €; None where it is not owed.
    pub(crate) indemnity_article: Option<&'static str>,
    /// The mise en demeure's paragraph on why the sums are due.
    pub(crate) legal_basis: String,
    /// The first reminder's sentence on what runs without any reminder.
    pub(crate) automatic_charges: Option<String>,
}

impl Law {
    /// The law of the letters, by who owes; the amounts and days come from the engine's tables.
    pub(crate) fn for_debtor(kind: DebtorKind, today: NaiveDate) -> Law {
        let indemnity = format_euros(Decimal::from(params::RECOVERY_INDEMNITY_EUROS.at(today)));
        match kind {
            DebtorKind::Business { .. } | DebtorKind::Abroad { .. } => Law {
                interest_label: "Pénalités de retard",
                indemnity_article: Some("C. com. D441-5"),
                legal_basis: format!(
                    "Ces sommes sont dues en application de l'article L441-10 du Code de commerce, qui prévoit de \
                     plein droit des pénalités de retard et une indemnité forfaitaire pour frais de recouvrement de {indemnity} par \
                     facture (article D441-5)."
                ),
                automatic_charges: Some(format!(
                    "Nous vous rappelons que tout retard de paiement entraîne de plein droit des pénalités de retard et une \
                     indemnité forfaitaire pour frais de recouvrement de {indemnity} par facture (articles L441-10 et D441-5 du Code \
                     de commerce)."
                )),
            },
            DebtorKind::PublicBuyer { .. } => Law {
                interest_label: "Intérêts moratoires",
                indemnity_article: Some("CCP D2192-35"),
                legal_basis: format!(
                    "Ces sommes sont dues en application de l'article L2192-13 du Code de la commande publique : le \
                     retard de paiement fait courir de plein droit des intérêts moratoires, au taux fixé par l'article \
                     R2192-31, et une indemnité forfaitaire pour frais de recouvrement de {indemnity} (article D2192-35), à verser \
                     dans les {} jours suivant la mise en paiement du principal (article R2192-36).",
                    params::PUBLIC_INTEREST_PAYMENT_DAYS.at(today)
                ),
                automatic_charges: Some(format!(
                    "Nous vous rappelons que tout retard de paiement fait courir de plein droit des intérêts moratoires et \
                     une indemnité forfaitaire pour frais de recouvrement de {indemnity} (articles L2192-13 et D2192-35 du Code de \
                     la commande publique)."
                )),
            },
            DebtorKind::Consumer => Law {
                interest_label: "Intérêts au taux légal",
                indemnity_article: None,
                legal_basis: "Cette somme portera intérêts au taux légal à compter de la réception de la présente mise en \
                    demeure, en application des articles 1231-6 et 1344-1 du Code civil."
                    .into(),
                automatic_charges: None,
            },
        }
    }
}

/// What the visitor says was supplied, as a phrase to set in a sentence: trimmed, on one line,
/// without its final full stop; `None` when left empty (the stock phrase then).
pub(crate) fn supplied(options: &LetterOptions) -> Option<String> {
    let text = options
        .supplied
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let text = text.trim_end_matches(['.', ' ']);
    (!text.is_empty()).then(|| text.to_string())
}

/// What was supplied and left unpaid: the visitor's words (« …, objet ») or « les prestations ou
/// marchandises objet », then the invoices (`subject`, followed by `here`: « ci-dessous » or
/// nothing) and that they were not paid by `due` (the requête and the mediation request).
pub(crate) fn supplied_and_unpaid(
    options: &LetterOptions,
    invoices: usize,
    subject: &str,
    here: &str,
    due: &str,
) -> String {
    let what = supplied(options)
        .map(|what| format!("{what}, objet"))
        .unwrap_or_else(|| "les prestations ou marchandises objet".into());
    let (of, unpaid) = if invoices > 1 {
        ("des", "qui n'ont pas été réglées")
    } else {
        ("de la", "qui n'a pas été réglée")
    };
    format!("{what} {of} {subject}{here}, {unpaid} à {due}")
}

/// Each line the visitor typed (or a text holds) as a paragraph of its own (preview, PDF and
/// DOCX alike).
pub(crate) fn push_paragraphs(blocks: &mut Vec<Block>, text: &str) {
    for part in text.lines().map(str::trim).filter(|p| !p.is_empty()) {
        blocks.push(Block::Paragraph(part.to_string()));
    }
}

/// The disputed principal, as the debtor states it (without the penalties that go with it).
/// What the debtor disputes, invoice by invoice: « la facture n° F-3 », « une partie de la
/// facture n° F-2, à hauteur de 300,00 € », joined with « et ».
pub(crate) fn disputed_words(a: &Assessment) -> Option<String> {
    let parts: Vec<String> = a
        .invoices
        .iter()
        .filter(|i| !i.disputed.is_zero())
        .map(|i| {
            if i.disputed >= i.outstanding {
                format!("la facture {}", name(i))
            } else {
                format!(
                    "une partie de la facture {}, à hauteur de {}",
                    name(i),
                    format_euros(i.disputed)
                )
            }
        })
        .collect();
    (!parts.is_empty()).then(|| engine::format::and_list(&parts))
}

/// « , en invoquant : « la qualité des travaux » », when the visitor gave the debtor's reason.
pub(crate) fn reason_words(dossier: &Dossier) -> String {
    match dossier.dispute_reason.trim() {
        "" => String::new(),
        reason => format!(", en invoquant : « {reason} »"),
    }
}

pub(crate) fn disputed_principal(a: &Assessment) -> Decimal {
    a.invoices.iter().map(|i| i.disputed).sum()
}

/// « Lyon, le 2 mars 2026 », or « Le 2 mars 2026 » with no place.
pub(crate) fn place_and_date(place: &str, today: NaiveDate) -> String {
    match place.trim() {
        "" => format!("Le {}", date_fr(today)),
        place => format!("{place}, le {}", date_fr(today)),
    }
}

pub(crate) fn custom_or(custom: &str, default: &str) -> String {
    if custom.trim().is_empty() {
        default.to_string()
    } else {
        custom.trim().to_string()
    }
}

/// A name the visitor has not typed yet, left to fill in on the printed page.
pub(crate) fn or_blank(text: &str) -> &str {
    if text.trim().is_empty() {
        "……………………"
    } else {
        text.trim()
    }
}

pub(crate) fn or_dash(text: &str) -> &str {
    if text.trim().is_empty() {
        "—"
    } else {
        text.trim()
    }
}

//! The requête en injonction de payer on plain paper, with what CPC 1407 asks of it: both
//! parties' identities (CPC 57), the court, the amount with a décompte of its elements, the
//! basis of the claim, the request for the order, date and signature, and the bordereau of
//! the documents attached. The detailed décompte by half-year goes in the annex.

use chrono::NaiveDate;
use engine::amount::format_euros;
use engine::assessment::{Assessment, InvoiceAssessment};
use engine::claim::Totals;
use engine::format::{date_fr, date_short};
use engine::recourse::Court;
use engine::{DebtorKind, DebtorPosition, Dossier, Invoice};

use crate::amounts::amount_lines;
use crate::amounts::claimed_with_invoices;
pub use crate::court::{court_kind, court_title};
use crate::identity::{identity, Mentions, Nature};
use crate::model::{AmountLine, Block, Letter, LetterKind, LetterOptions};
use crate::parties::party_lines;
use crate::typography::{french_typography, slug};
use crate::wording::push_paragraphs;
use crate::wording::{custom_or, french_list, name, or_blank, Law, Refs};

pub fn compose(dossier: &Dossier, a: &Assessment, options: &LetterOptions) -> Letter {
    let today = a.date;
    let court = Court::for_debtor(dossier.debtor.kind, today);
    let law = Law::for_debtor(dossier.debtor.kind, today);
    // Only the invoices still running are claimed (D4), each with its dates.
    let t = &a.court_claim.totals;
    let unpaid = claimed_with_invoices(dossier, a);
    // A partial dispute: the injonction is for the part the debtor does not dispute (the
    // engine's amount for it), and the requête says so.
    let disputed_on = match dossier.position {
        DebtorPosition::DisputesPart { .. } | DebtorPosition::DisputesInvoices
            if !t.disputed.is_zero() =>
        {
            crate::wording::disputed_words(a)
        }
        _ => None,
    };
    let mut blocks = parties(dossier, options);
    blocks.push(Block::Heading("Exposé des faits".into()));
    let opening = facts(
        &mut blocks,
        dossier,
        options,
        &unpaid,
        disputed_on.as_deref(),
        &law,
    );
    blocks.push(Block::Heading(format!(
        "Décompte de la créance au {}",
        date_fr(today)
    )));
    let disputed = disputed_on.is_some();
    blocks.push(Block::Amounts(statement(t, &law, today, disputed)));
    blocks.push(Block::Heading("Demande".into()));
    let debtor = or_blank(&dossier.debtor.identity.name);
    push_paragraphs(&mut blocks, &demand(t, &law, today, debtor, disputed));
    blocks.push(Block::Heading("Bordereau des pièces jointes".into()));
    for (k, piece) in pieces(dossier, &unpaid, options).iter().enumerate() {
        blocks.push(Block::Paragraph(format!("Pièce n° {} : {piece}", k + 1)));
    }
    let place = options.place.trim();
    let place = if place.is_empty() {
        "………………………"
    } else {
        place
    };
    let mut signature = crate::parties::signature_lines(dossier, options);
    signature.push("Signature :".into());
    let letter = Letter {
        kind: LetterKind::RequeteInjonctionDePayer,
        sender: party_lines(&dossier.creditor),
        recipient: vec![
            "Madame, Monsieur le Président".into(),
            format!("du {}", court_title(court, &options.court_town)),
        ],
        place_date: String::new(),
        mode: None,
        subject:
            "Requête en injonction de payer (articles 1405 à 1425 du Code de procédure civile)"
                .into(),
        salutation: String::new(),
        blocks,
        opening,
        closing: custom_or(
            &options.closing,
            &format!("Fait à {place}, le {}.", date_fr(today)),
        ),
        signature,
        annex: annex(&unpaid, &law, today),
        file_stem: format!(
            "requete-injonction-de-payer-{}-{today}",
            slug(&dossier.debtor.identity.name)
        ),
    };
    french_typography(letter)
}

/// « Le requérant » and « Le débiteur », as CPC 54 and 57 name them; the visitor's signatory
/// represents the requérant when no representative was typed.
fn parties(dossier: &Dossier, options: &LetterOptions) -> Vec<Block> {
    let mut creditor_party = dossier.creditor.clone();
    if creditor_party.representative.trim().is_empty() {
        creditor_party.representative = options.signatory.trim().to_string();
    }
    vec![
        Block::Heading("Le requérant".into()),
        Block::Paragraph(identity(
            &creditor_party,
            Nature::of_creditor(&dossier.creditor),
            Mentions::Applicant,
        )),
        Block::Heading("Le débiteur".into()),
        Block::Paragraph(identity(
            &dossier.debtor.identity,
            Nature::of_debtor(&dossier.debtor),
            Mentions::OtherSide,
        )),
    ]
}

/// « Exposé des faits »: what was supplied and its invoices, what was done, what the debtor
/// disputes (`disputed_on`), and the law. Returns the first paragraph, the visitor's to rewrite.
fn facts(
    blocks: &mut Vec<Block>,
    dossier: &Dossier,
    options: &LetterOptions,
    unpaid: &[(&InvoiceAssessment, &Invoice)],
    disputed_on: Option<&str>,
    law: &Law,
) -> String {
    let refs = Refs::of(unpaid.iter().map(|(i, _)| *i));
    // What was supplied, in the visitor's words, is what the judge reads first (VISITORS M16).
    let opening = custom_or(
        &options.opening,
        &format!(
            "Le requérant a fourni au débiteur {}.",
            crate::wording::supplied_and_unpaid(
                options,
                unpaid.len(),
                &refs.subject,
                " ci-dessous",
                refs.due
            )
        ),
    );
    push_paragraphs(blocks, &opening);
    blocks.push(Block::Amounts(
        unpaid
            .iter()
            .map(|(i, d)| {
                let issued = issued(i, d);
                let paid = if i.outstanding.is_zero() {
                    ", payée en retard".to_string()
                } else if i.paid.is_zero() {
                    String::new()
                } else {
                    format!(", déduction faite de {} reçus", format_euros(i.paid))
                };
                AmountLine {
                    label: format!(
                        "Facture {}{issued}, échue le {}{paid}, principal restant dû",
                        name(i),
                        date_short(i.due.date)
                    ),
                    amount: format_euros(i.outstanding),
                    total: false,
                }
            })
            .collect(),
    ));
    push_paragraphs(blocks, &what_was_done(dossier));
    if let Some(on) = disputed_on {
        push_paragraphs(blocks, &format!(
            "Le débiteur conteste {on}{} : la présente requête ne porte que sur ce qu'il ne conteste pas.",
            crate::wording::reason_words(dossier)
        ));
    }
    let consumer = dossier.debtor.kind == DebtorKind::Consumer;
    push_paragraphs(blocks, &basis(law, consumer));
    opening
}

/// « Pénalités … arrêtées », « Intérêts … arrêtés ».
fn stopped(law: &Law) -> &'static str {
    if law.interest_label.starts_with("Pénalités") {
        "arrêtées"
    } else {
        "arrêtés"
    }
}

/// The décompte: the principal, the penalties or interest stopped today, the 40 €, the total,
/// and when only the undisputed part is asked for, the disputed part taken off.
fn statement(t: &Totals, law: &Law, today: NaiveDate, disputed: bool) -> Vec<AmountLine> {
    let mut lines = vec![AmountLine {
        label: "Principal restant dû".into(),
        amount: format_euros(t.outstanding_principal),
        total: false,
    }];
    if !t.penalties.is_zero() {
        lines.push(AmountLine {
            label: format!(
                "{} {} au {} (détail en annexe)",
                law.interest_label,
                stopped(law),
                date_short(today)
            ),
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
        label: "Total".into(),
        amount: format_euros(t.total),
        total: !disputed,
    });
    if disputed {
        lines.push(AmountLine {
            label: "Partie contestée, avec ses pénalités, non réclamée ici".into(),
            amount: format!("− {}", format_euros(t.disputed)),
            total: false,
        });
        lines.push(AmountLine {
            label: "Somme réclamée, non contestée".into(),
            amount: format_euros(t.undisputed),
            total: true,
        });
    }
    lines
}

/// « Demande »: the order asked of the judge (CPC 1405), for the sum in words of its parts, or
/// for the undisputed part.
fn demand(t: &Totals, law: &Law, today: NaiveDate, debtor: &str, disputed: bool) -> String {
    // « Pénalités de retard » → « pénalités de retard » (the labels start with an ASCII capital).
    let interest = {
        let mut l = law.interest_label.to_string();
        l[..1].make_ascii_lowercase();
        l
    };
    let running = format!("les {interest} qui continuent de courir jusqu'au complet paiement");
    // « de pénalités », « d'intérêts ».
    let of_interest = if interest.starts_with('i') {
        format!("d'{interest}")
    } else {
        format!("de {interest}")
    };
    let mut parts = vec![format!(
        "{} en principal",
        format_euros(t.outstanding_principal)
    )];
    if !t.penalties.is_zero() {
        parts.push(format!(
            "{} {of_interest} {} au {}",
            format_euros(t.penalties),
            stopped(law),
            date_fr(today)
        ));
    }
    if !t.indemnities.is_zero() {
        parts.push(format!(
            "{} d'indemnités forfaitaires pour frais de recouvrement",
            format_euros(t.indemnities)
        ));
    }
    let sum = if disputed {
        format!(
            "{}, partie non contestée de la créance décomptée ci-dessus",
            format_euros(t.undisputed)
        )
    } else {
        format!("{}, soit {}", format_euros(t.total), french_list(&parts))
    };
    format!(
        "C'est pourquoi le requérant vous prie de bien vouloir, en application des articles 1405 et suivants du \
         Code de procédure civile, rendre une ordonnance enjoignant à {debtor} de lui payer la somme de {sum}, \
         outre {running}, et les dépens."
    )
}

/// The annex: the décompte by invoice and half-year, and the rates applied.
fn annex(unpaid: &[(&InvoiceAssessment, &Invoice)], law: &Law, today: NaiveDate) -> Vec<Block> {
    let mut annex = vec![
        Block::Heading(format!(
            "Annexe : décompte détaillé de la créance au {}",
            date_fr(today)
        )),
        Block::Paragraph(
            "Calcul par facture et par période, jour par jour sur 365 jours, au taux applicable à chaque semestre, \
             sur le montant restant dû après chaque paiement."
                .into(),
        ),
        Block::Amounts(amount_lines(unpaid.iter().map(|(i, _)| *i), law)),
    ];
    annex.extend(crate::decompte::rates_applied(
        unpaid.iter().map(|(i, _)| *i),
    ));
    annex
}

/// « du 01/12/2025 »; an invoice without a number is already named by its date.
pub(crate) fn issued(i: &InvoiceAssessment, d: &Invoice) -> String {
    if i.numbered {
        format!(" du {}", date_short(d.issue_date))
    } else {
        String::new()
    }
}

/// Reminders and the mise en demeure, with their dates: the judge looks for them.
fn what_was_done(dossier: &Dossier) -> String {
    let mut reminders = dossier.reminders.clone();
    reminders.sort();
    let mut done = Vec::new();
    match reminders.as_slice() {
        [] => {}
        [one] => done.push(format!("une relance du {}", date_fr(*one))),
        many => done.push(format!(
            "des relances des {}",
            engine::format::dates_fr(many)
        )),
    }
    if let Some(m) = dossier.mise_en_demeure {
        let received = m
            .received
            .map(|r| format!(" reçue le {}", date_fr(r)))
            .unwrap_or_default();
        done.push(format!(
            "une mise en demeure du {}{received}",
            date_fr(m.sent)
        ));
    }
    let acts = reminders.len() + usize::from(dossier.mise_en_demeure.is_some());
    if done.is_empty() {
        "Le débiteur ne s'est pas acquitté de sa dette.".into()
    } else {
        format!(
            "Malgré {}, {} sans effet, le débiteur ne s'est pas acquitté de sa dette.",
            french_list(&done),
            if acts > 1 { "restées" } else { "restée" }
        )
    }
}

/// The basis of the claim (CPC 1407): a contract, and the articles that add to the principal.
fn basis(law: &Law, consumer: bool) -> String {
    if consumer {
        "La créance, née d'un contrat, est certaine, liquide et exigible. Elle porte intérêts au taux légal à compter \
         de la mise en demeure (articles 1231-6 et 1344-1 du Code civil)."
            .into()
    } else {
        format!(
            "La créance, née d'un contrat, est certaine, liquide et exigible. {}",
            law.legal_basis
        )
    }
}

/// The bordereau: the invoices, what the visitor said they hold, the reminders, the mise en
/// demeure and its receipt, the annex.
pub(crate) fn pieces(
    dossier: &Dossier,
    invoices: &[(&InvoiceAssessment, &Invoice)],
    options: &LetterOptions,
) -> Vec<String> {
    let mut out: Vec<String> = invoices
        .iter()
        .map(|(i, d)| {
            format!(
                "facture {}{} ({})",
                name(i),
                issued(i, d),
                format_euros(i.amount)
            )
        })
        .collect();
    if options.holds_terms {
        out.push("conditions générales de vente ou contrat".into());
    }
    if options.holds_order {
        out.push("bon de commande ou devis accepté".into());
    }
    if options.holds_delivery {
        out.push("bon de livraison ou procès-verbal de réception".into());
    }
    let mut reminders = dossier.reminders.clone();
    reminders.sort();
    out.extend(
        reminders
            .iter()
            .map(|d| format!("relance du {}", date_fr(*d))),
    );
    if let Some(m) = dossier.mise_en_demeure {
        out.push(format!(
            "mise en demeure du {} et {}",
            date_fr(m.sent),
            if m.received.is_some() {
                "son avis de réception"
            } else {
                "la preuve de son envoi"
            }
        ));
    }
    out.push("décompte détaillé de la créance (annexe)".into());
    out
}

//! The dossier on one page, for a lawyer or a commissaire de justice: the parties, the
//! invoices and amounts, what was done and when, the debtor's position, the deadlines, the
//! step the engine advises and the documents the visitor holds. Everything from the dossier
//! and the engine; the professional decides.

use chrono::NaiveDate;
use engine::amount::format_euros;
use engine::assessment::Assessment;
use engine::format::{date_fr, date_short};
use engine::texts::fr;
use engine::{DebtorKind, DebtorPosition, Dossier};

use crate::amounts::{charges_and_total, time_barred, unpaid_with_invoices};
use crate::chronology::chronology;
use crate::identity::{identity, Mentions, Nature};
use crate::model::{AmountLine, Block, Letter, LetterKind, LetterOptions};
use crate::parties::party_lines;
use crate::parties::signature_lines;
use crate::requete::{issued, pieces};
use crate::typography::{french_typography, slug};
use crate::wording::{custom_or, name, or_blank};
use crate::wording::{place_and_date, push_paragraphs, Law};

/// Who the debtor is, in the words a lawyer expects.
fn debtor_kind(kind: DebtorKind, today: chrono::NaiveDate) -> String {
    let text = match kind {
        DebtorKind::Business {
            commercial: true, ..
        } => "professionnel commerçant ou artisan",
        DebtorKind::Business { .. } => "professionnel non commerçant",
        DebtorKind::Consumer => "particulier (consommateur)",
        DebtorKind::PublicBuyer { .. } => "acheteur public",
        DebtorKind::Abroad { in_eu, country } => {
            let there = engine::texts::fr::in_country(country);
            return match engine::country::zone(country, in_eu, today) {
                engine::Zone::Eu(None) => {
                    "entreprise établie dans un autre État de l'Union européenne".into()
                }
                engine::Zone::Eu(Some(_)) => format!("entreprise établie {there} (Union européenne)"),
                engine::Zone::EuOptedOut(_) => format!(
                    "entreprise établie {there} (Union européenne, sans les procédures européennes de recouvrement)"
                ),
                engine::Zone::OutsideEu => "entreprise établie hors de l'Union européenne".into(),
            };
        }
    };
    text.into()
}

pub fn compose(dossier: &Dossier, a: &Assessment, options: &LetterOptions) -> Letter {
    let today = a.date;
    let t = &a.totals;
    let debtor = or_blank(&dossier.debtor.identity.name).to_string();
    let mut blocks = Vec::new();
    let opening = custom_or(
        &options.opening,
        &format!(
            "Synthèse établie le {} par le créancier, à partir de ses réponses et des calculs de l'outil « Facture \
             impayée » : des informations générales, à vérifier avant toute démarche.",
            date_fr(today)
        ),
    );
    push_paragraphs(&mut blocks, &opening);

    the_parties(&mut blocks, dossier, options, today);
    the_amounts(&mut blocks, dossier, a);

    // What the engine warns the visitor of, the lawyer must read too (E1).
    let warnings: Vec<String> = a.warnings.iter().map(fr::warning).collect();
    if !warnings.is_empty() {
        blocks.push(Block::Heading("Points d'attention".into()));
        for w in warnings {
            blocks.push(Block::Paragraph(format!("– {w}")));
        }
    }

    blocks.push(Block::Heading("Ce qui a été fait".into()));
    for line in chronology(dossier, a) {
        blocks.push(Block::Paragraph(line));
    }

    blocks.push(Block::Heading("La position du débiteur".into()));
    blocks.push(Block::Paragraph(the_position(dossier, a, &debtor)));

    let deadlines = crate::ics::deadlines(a);
    if !deadlines.is_empty() {
        blocks.push(Block::Heading("Les échéances".into()));
        for d in deadlines {
            blocks.push(Block::Paragraph(format!(
                "{} : {}.",
                date_short(d.date),
                d.summary.trim_end_matches('.')
            )));
        }
    }

    the_next_step(&mut blocks, dossier, a, options);
    the_pieces(&mut blocks, dossier, a, options);
    let letter = Letter {
        kind: LetterKind::Synthese,
        sender: party_lines(&dossier.creditor),
        recipient: vec!["À l'attention de l'avocat ou du commissaire de justice".into()],
        place_date: place_and_date(&options.place, today),
        mode: None,
        subject: format!(
            "Synthèse du dossier : créance de {} sur {debtor}",
            format_euros(t.total)
        ),
        salutation: String::new(),
        blocks,
        opening,
        closing: custom_or(&options.closing, ""),
        signature: signature_lines(dossier, options),
        annex: Vec::new(),
        file_stem: format!(
            "synthese-dossier-{}-{today}",
            slug(&dossier.debtor.identity.name)
        ),
    };
    french_typography(letter)
}

/// « Les parties »: who is owed, who owes and as what, what was supplied, the collective
/// proceedings if any.
fn the_parties(
    blocks: &mut Vec<Block>,
    dossier: &Dossier,
    options: &LetterOptions,
    today: NaiveDate,
) {
    blocks.push(Block::Heading("Les parties".into()));
    let mut creditor_party = dossier.creditor.clone();
    if creditor_party.representative.trim().is_empty() {
        creditor_party.representative = options.signatory.trim().to_string();
    }
    blocks.push(Block::Paragraph(format!(
        "Créancier : {}.",
        identity(
            &creditor_party,
            Nature::of_creditor(&dossier.creditor),
            Mentions::Brief,
        )
    )));
    blocks.push(Block::Paragraph(format!(
        "Débiteur ({}) : {}.",
        debtor_kind(dossier.debtor.kind, today),
        identity(
            &dossier.debtor.identity,
            Nature::of_debtor(&dossier.debtor),
            Mentions::Brief,
        )
    )));
    if let Some(what) = crate::wording::supplied(options) {
        blocks.push(Block::Paragraph(format!("Ce qui a été fourni : {what}.")));
    }
    if let Some(p) = &dossier.collective_proceedings {
        blocks.push(Block::Paragraph(format!(
            "Le débiteur est en {} (jugement d'ouverture{}, publié au BODACC le {}).",
            fr::proceedings(p.kind),
            p.judgment_date
                .map(|d| format!(" du {}", date_fr(d)))
                .unwrap_or_default(),
            date_fr(p.bodacc_publication)
        )));
    }
}

/// Each invoice and what remains of it, the charges and the total; what a court can still be
/// asked for when some are time-barred.
fn the_amounts(blocks: &mut Vec<Block>, dossier: &Dossier, a: &Assessment) {
    let today = a.date;
    blocks.push(Block::Heading(format!(
        "Les factures et les montants au {}",
        date_fr(today)
    )));
    let mut lines: Vec<AmountLine> = a
        .invoices
        .iter()
        .zip(&dossier.invoices)
        .map(|(i, d)| {
            let paid = if i.paid.is_zero() {
                String::new()
            } else {
                format!(" ({} payés)", format_euros(i.paid))
            };
            AmountLine {
                label: format!(
                    "Facture {}{}, échue le {}, reste dû{paid}",
                    name(i),
                    issued(i, d),
                    date_short(i.due.date)
                ),
                amount: format_euros(i.outstanding),
                total: false,
            }
        })
        .collect();
    let law = Law::for_debtor(dossier.debtor.kind, today);
    lines.extend(charges_and_total(a, &law, "Total dû"));
    blocks.push(Block::Amounts(lines));
    // Only the invoices still running can be claimed in court (D4).
    let barred = time_barred(a);
    if !barred.is_empty() {
        let names: Vec<String> = barred.iter().map(|i| name(i)).collect();
        blocks.push(Block::Paragraph(format!(
            "Réclamable en justice, hors {} prescrite{} : {}.",
            if names.len() > 1 {
                format!("les factures {}", crate::wording::french_list(&names))
            } else {
                format!("la facture {}", names[0])
            },
            if names.len() > 1 { "s" } else { "" },
            format_euros(a.court_claim.totals.total)
        )));
    }
}

/// What the debtor said or did, in words.
fn the_position(dossier: &Dossier, a: &Assessment, debtor: &str) -> String {
    let t = &a.totals;
    match dossier.position {
        DebtorPosition::Silent => format!("{debtor} n'a ni payé ni répondu."),
        DebtorPosition::Promised => format!("{debtor} a promis de payer, sans le faire."),
        DebtorPosition::DisputesPart { .. } | DebtorPosition::DisputesInvoices => format!(
            "{debtor} conteste {}{}, soit {} ; {} ne sont pas contestés.",
            crate::wording::disputed_words(a).unwrap_or_else(|| "une partie de la créance".into()),
            crate::wording::reason_words(dossier),
            format_euros(t.disputed),
            format_euros(t.undisputed)
        ),
        DebtorPosition::DisputesAll => format!(
            "{debtor} conteste l'ensemble de la créance{}.",
            crate::wording::reason_words(dossier)
        ),
    }
}

/// « La prochaine étape habituelle », then the steps after it.
fn the_next_step(
    blocks: &mut Vec<Block>,
    dossier: &Dossier,
    a: &Assessment,
    options: &LetterOptions,
) {
    let today = a.date;
    blocks.push(Block::Heading("La prochaine étape habituelle".into()));
    let rec = &a.recommendation;
    let next = fr::advice(&rec.next);
    // The court the requête names, from the town typed: a pilot tribunal des activités
    // économiques in place of the tribunal de commerce (I13).
    let court = engine::recourse::Court::for_debtor(dossier.debtor.kind, today);
    let title = next.title.replace(
        fr::court_name(court),
        crate::court::court_kind(court, &options.court_town),
    );
    blocks.push(Block::Paragraph(format!(
        "{} — {title}",
        fr::procedure_name(rec.next.procedure)
    )));
    let then: Vec<String> = rec
        .then
        .iter()
        .map(|s| lower_first(fr::procedure_name(s.procedure)))
        .collect();
    if !then.is_empty() {
        blocks.push(Block::Paragraph(format!(
            "Ensuite, sans paiement : {}.",
            then.join(", puis ")
        )));
    }
}

/// « Les pièces détenues », and the visitor's added paragraph.
fn the_pieces(blocks: &mut Vec<Block>, dossier: &Dossier, a: &Assessment, options: &LetterOptions) {
    blocks.push(Block::Heading("Les pièces détenues".into()));
    let unpaid = unpaid_with_invoices(dossier, a);
    for piece in pieces(dossier, &unpaid, options) {
        if !piece.starts_with("décompte") {
            blocks.push(Block::Paragraph(format!("– {piece}")));
        }
    }
    if !options.extra.trim().is_empty() {
        blocks.push(Block::Paragraph(options.extra.trim().to_string()));
    }
}

/// « Exécution forcée » → « exécution forcée », inside a sentence. The names start with an
/// ASCII capital or « É » (no Unicode case tables: they cost kilobytes of wasm).
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some('É') => format!("é{}", chars.as_str()),
        Some(c) => format!("{}{}", c.to_ascii_lowercase(), chars.as_str()),
        None => String::new(),
    }
}

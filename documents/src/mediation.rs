//! The request for mediation (médiateur des entreprises) or conciliation (conciliateur de
//! justice): the facts either asks for (both parties, the subject, the amount, the
//! chronology), to send as it is or to paste into the online form. FACTS.md §14; the form's
//! parts are in docs/LEGAL-ADDITIONS.md.

use engine::amount::format_euros;
use engine::assessment::Assessment;
use engine::claim::Totals;
use engine::format::date_fr;
use engine::recourse::Procedure;
use engine::{DebtorKind, DebtorPosition, Dossier};

use crate::amounts::{charges_and_total, unpaid};
use crate::chronology::chronology;
use crate::identity::{identity, Mentions, Nature};
use crate::model::{AmountLine, Block, Letter, LetterKind, LetterOptions};
use crate::parties::party_lines;
use crate::parties::signature_lines;
use crate::typography::{french_typography, slug};
use crate::wording::{custom_or, name, or_blank, Refs};
use crate::wording::{place_and_date, push_paragraphs, Law};

/// Who hears the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mediator {
    /// Between businesses, or with a public buyer: free, online referral.
    MediateurDesEntreprises,
    /// A consumer or a civil debtor: free, at a town hall or a court.
    ConciliateurDeJustice,
}

/// Who hears the request: the one the engine names (its advice includes a mediation or a
/// conciliation), else by who owes.
pub fn mediator(dossier: &Dossier, a: &Assessment) -> Mediator {
    match crate::offer::step_of(LetterKind::DemandeMediation, a).map(|s| s.procedure) {
        Some(Procedure::ConciliateurDeJustice) => Mediator::ConciliateurDeJustice,
        Some(_) => Mediator::MediateurDesEntreprises,
        None if dossier.debtor.kind == DebtorKind::Consumer => Mediator::ConciliateurDeJustice,
        None => Mediator::MediateurDesEntreprises,
    }
}

pub fn compose(dossier: &Dossier, a: &Assessment, options: &LetterOptions) -> Letter {
    let today = a.date;
    let who = mediator(dossier, a);
    let (title, addressee, act) = match who {
        Mediator::MediateurDesEntreprises => (
            "Médiateur des entreprises",
            "Madame, Monsieur le Médiateur,",
            "médiation",
        ),
        Mediator::ConciliateurDeJustice => (
            "Conciliateur de justice",
            "Madame, Monsieur le Conciliateur,",
            "conciliation",
        ),
    };
    let unpaid = unpaid(a);
    let refs = Refs::of(unpaid.iter().copied());
    let creditor = or_blank(&dossier.creditor.name).to_string();
    let debtor = or_blank(&dossier.debtor.identity.name).to_string();
    let t = &a.totals;
    let mut blocks = Vec::new();
    let para = |blocks: &mut Vec<Block>, text: String| push_paragraphs(blocks, &text);
    let opening = custom_or(
        &options.opening,
        &format!(
            "Je sollicite votre intervention pour rechercher une solution amiable au différend qui oppose {creditor} \
             à {debtor} au sujet {} {}.",
            if unpaid.len() > 1 { "des" } else { "de la" },
            refs.subject
        ),
    );
    para(&mut blocks, opening.clone());

    the_parties(&mut blocks, dossier, options);

    blocks.push(Block::Heading("L'objet du différend".into()));
    let position = the_position(dossier, a, &debtor);
    para(
        &mut blocks,
        format!(
            "{creditor} a fourni {}. {position}",
            crate::wording::supplied_and_unpaid(options, unpaid.len(), &refs.subject, "", refs.due)
        ),
    );

    blocks.push(Block::Heading(format!("Le montant au {}", date_fr(today))));
    let mut lines: Vec<AmountLine> = unpaid
        .iter()
        .map(|i| AmountLine {
            label: format!("Facture {}, principal restant dû", name(i)),
            amount: format_euros(i.outstanding),
            total: false,
        })
        .collect();
    let law = Law::for_debtor(dossier.debtor.kind, today);
    lines.extend(charges_and_total(a, &law, "Total"));
    blocks.push(Block::Amounts(lines));

    blocks.push(Block::Heading("Chronologie".into()));
    for line in chronology(dossier, a) {
        blocks.push(Block::Paragraph(line));
    }

    blocks.push(Block::Heading("Ce que je souhaite".into()));
    para(&mut blocks, the_wish(t, &debtor));
    if !options.extra.trim().is_empty() {
        para(&mut blocks, options.extra.trim().to_string());
    }

    let letter = Letter {
        kind: LetterKind::DemandeMediation,
        sender: party_lines(&dossier.creditor),
        recipient: vec![title.into()],
        place_date: place_and_date(&options.place, today),
        mode: None,
        subject: format!(
            "Demande de {act} : {} {}",
            refs.subject,
            if unpaid.len() > 1 {
                "impayées"
            } else {
                "impayée"
            }
        ),
        salutation: addressee.into(),
        blocks,
        opening,
        closing: custom_or(
            &options.closing,
            "Je reste à votre disposition pour tout renseignement et je joins les factures et les courriers échangés. \
             Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
        ),
        signature: signature_lines(dossier, options),
        annex: Vec::new(),
        file_stem: format!(
            "demande-de-{}-{}-{today}",
            slug(act),
            slug(&dossier.debtor.identity.name)
        ),
    };
    french_typography(letter)
}

/// Both parties, the visitor's signatory representing the demandeur when no representative
/// was typed.
fn the_parties(blocks: &mut Vec<Block>, dossier: &Dossier, options: &LetterOptions) {
    blocks.push(Block::Heading("Les parties".into()));
    let mut creditor_party = dossier.creditor.clone();
    if creditor_party.representative.trim().is_empty() {
        creditor_party.representative = options.signatory.trim().to_string();
    }
    push_paragraphs(
        blocks,
        &format!(
            "Demandeur : {}.",
            identity(
                &creditor_party,
                Nature::of_creditor(&dossier.creditor),
                Mentions::Brief,
            )
        ),
    );
    push_paragraphs(
        blocks,
        &format!(
            "Autre partie : {}.",
            identity(
                &dossier.debtor.identity,
                Nature::of_debtor(&dossier.debtor),
                Mentions::Brief,
            )
        ),
    );
}

/// What the debtor said or did, in words.
fn the_position(dossier: &Dossier, a: &Assessment, debtor: &str) -> String {
    let t = &a.totals;
    match dossier.position {
        DebtorPosition::DisputesAll => format!(
            "{debtor} conteste devoir ces sommes{}.",
            crate::wording::reason_words(dossier)
        ),
        DebtorPosition::DisputesPart { .. } | DebtorPosition::DisputesInvoices
            if !t.disputed.is_zero() =>
        {
            format!(
                "{debtor} conteste {}{} ; le reste, {}, n'est pas contesté.",
                crate::wording::disputed_words(a)
                    .unwrap_or_else(|| "une partie de la créance".into()),
                crate::wording::reason_words(dossier),
                format_euros(t.undisputed)
            )
        }
        DebtorPosition::Promised => {
            format!("{debtor} a promis de payer, sans le faire à ce jour.")
        }
        _ => format!("{debtor} n'a ni payé ni répondu."),
    }
}

/// What the visitor wants: an agreement, on what is really due where something is disputed.
fn the_wish(t: &Totals, debtor: &str) -> String {
    format!(
            "Parvenir avec {debtor} à un accord sur le paiement des sommes dues{}, le cas échéant par un échéancier, \
             en préservant si possible notre relation.",
            if t.disputed.is_zero() {
                ""
            } else if t.undisputed.is_zero() {
                // Everything is disputed: no « partie » (VISITORS M15).
                " et sur ce qui est réellement dû"
            } else {
                " et, pour ce qui est contesté, sur ce qui est réellement dû"
            }
        )
}

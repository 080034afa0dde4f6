//! The two reminders: the first, courteous, for the principal; the second, with the whole sum
//! due, announcing the mise en demeure.

use engine::assessment::Assessment;
use engine::format::{date_fr, days_fr};
use engine::Dossier;

use crate::amounts::{claimed_lines, invoice_lines, Dispute};
use crate::frame::{deadline, finish};
use crate::model::{Block, Letter, LetterKind, LetterOptions};
use crate::wording::{custom_or, push_paragraphs, Law, Refs};

pub(crate) fn first(dossier: &Dossier, assessment: &Assessment, options: &LetterOptions) -> Letter {
    let law = Law::for_debtor(dossier.debtor.kind, assessment.date);
    let refs = Refs::of(&assessment.invoices);
    let mut blocks = Vec::new();
    let para = |blocks: &mut Vec<Block>, text: String| push_paragraphs(blocks, &text);
    // A disputed claim is no oversight: the reminder does not suggest one (VISITORS, visitor 2).
    let thanks = if dossier.position == engine::DebtorPosition::Silent {
        "Il s'agit peut-être d'un simple oubli : nous vous remercions"
    } else {
        "Nous vous remercions"
    };
    para(&mut blocks, custom_or(&options.opening, &format!(
        "Sauf erreur ou omission de notre part, {} {} à ce jour. {thanks} de bien vouloir procéder à {} dans les \
         meilleurs délais.",
        refs.the, refs.unpaid, refs.payment)));
    blocks.push(Block::Amounts(invoice_lines(assessment)));
    if let Some(d) = Dispute::of(dossier, assessment, options.undisputed_only, true) {
        para(&mut blocks, d.paragraph.clone());
    }
    if let Some(reminder) = law.automatic_charges.clone() {
        para(&mut blocks, reminder);
    }
    para(&mut blocks, "Si votre règlement a été effectué entre-temps, nous vous prions de ne pas tenir compte de ce courrier.".into());
    let subject = format!("Relance — {}", refs.subject);
    finish(
        LetterKind::PremiereRelance,
        dossier,
        assessment.date,
        options,
        subject,
        None,
        blocks,
    )
}

pub(crate) fn second(
    dossier: &Dossier,
    assessment: &Assessment,
    options: &LetterOptions,
) -> Letter {
    let law = Law::for_debtor(dossier.debtor.kind, assessment.date);
    let refs = Refs::of(&assessment.invoices);
    let deadline = deadline(options, assessment.date);
    let dispute = Dispute::of(dossier, assessment, options.undisputed_only, false);
    let mut blocks = Vec::new();
    let para = |blocks: &mut Vec<Block>, text: String| push_paragraphs(blocks, &text);
    let previous = dossier
        .reminders
        .iter()
        .max()
        .map(|d| format!(" du {}", date_fr(*d)))
        .unwrap_or_default();
    para(&mut blocks, custom_or(&options.opening, &format!(
        "Malgré notre précédente relance{previous}, {} {}. Voici le détail des sommes dues à ce jour :",
        refs.the, refs.unpaid)));
    blocks.push(Block::Amounts(claimed_lines(
        &assessment.invoices,
        &law,
        dispute.as_ref(),
    )));
    if let Some(d) = &dispute {
        para(&mut blocks, d.paragraph.clone());
    }
    para(&mut blocks, format!(
        "Nous vous remercions de régler {} sous {}. À défaut, nous vous adresserons une mise en \
         demeure de payer.",
        if dispute.as_ref().is_some_and(|d| d.undisputed_only) { "cette partie" } else { "cette somme" }, days_fr(i64::from(deadline))));
    let subject = format!("Seconde relance — {}", refs.subject);
    finish(
        LetterKind::SecondeRelance,
        dossier,
        assessment.date,
        options,
        subject,
        None,
        blocks,
    )
}

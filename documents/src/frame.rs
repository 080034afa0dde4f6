//! The frame of a French letter around its body: the visitor's added paragraph and IBAN, the
//! parties, the greeting and closing that agree with who is addressed, the place and date, who
//! signs, the file name; then French typography.

use chrono::NaiveDate;
use engine::Dossier;

use crate::model::{Block, Letter, LetterKind, LetterOptions};
use crate::parties::{debtor_lines, party_lines, signature_lines};
use crate::typography::{french_typography, slug};
use crate::wording::{custom_or, place_and_date, push_paragraphs};

/// Days to pay from receipt: the visitor's, or the default of the day.
pub(crate) fn deadline(options: &LetterOptions, today: NaiveDate) -> u32 {
    if options.deadline_days == 0 {
        u32::try_from(engine::params::DEFAULT_MISE_EN_DEMEURE_DAYS.at(today)).unwrap_or(8)
    } else {
        options.deadline_days
    }
}

/// The letter of `kind` whose body is `blocks`, framed.
pub(crate) fn finish(
    kind: LetterKind,
    dossier: &Dossier,
    today: NaiveDate,
    options: &LetterOptions,
    subject: String,
    mode: Option<String>,
    mut blocks: Vec<Block>,
) -> Letter {
    if !options.extra.trim().is_empty() {
        push_paragraphs(&mut blocks, options.extra.trim());
    }
    if !options.iban.trim().is_empty() && kind != LetterKind::DeclarationDeCreance {
        let iban = format!(
            "Règlement par virement sur le compte IBAN {}.",
            options.iban.trim()
        );
        push_paragraphs(&mut blocks, &iban);
    }

    let recipient = if kind == LetterKind::DeclarationDeCreance {
        let mut lines = party_lines(&options.mandataire);
        if lines.is_empty() {
            lines.push("Mandataire judiciaire".into());
        } else {
            lines.insert(1.min(lines.len()), "Mandataire judiciaire".into());
        }
        lines
    } else {
        debtor_lines(dossier)
    };
    // « Monsieur, » to « M. Martin », « Madame, » to « Mme Martin »; both when nobody is named.
    let addressee = if kind == LetterKind::DeclarationDeCreance {
        "Maître"
    } else {
        // A person addressed in their own name (« Mme Sophie Garnier ») is greeted as such.
        let debtor = &dossier.debtor.identity;
        let who = match debtor.representative.trim() {
            "" if dossier.debtor.is_natural_person() => debtor.name.trim(),
            who => who,
        };
        if who.starts_with("M. ") || who.starts_with("Monsieur") {
            "Monsieur"
        } else if who.starts_with("Mme ") || who.starts_with("Madame") {
            "Madame"
        } else {
            "Madame, Monsieur"
        }
    };
    let salutation = format!("{addressee},");
    let default_closing = format!(
        "Nous vous prions d'agréer, {addressee}, l'expression de nos salutations distinguées."
    );
    let signature = signature_lines(dossier, options);
    let place_date = place_and_date(&options.place, today);

    let letter = Letter {
        kind,
        sender: party_lines(&dossier.creditor),
        recipient,
        place_date,
        mode,
        subject,
        salutation,
        opening: blocks
            .iter()
            .find_map(|b| match b {
                Block::Paragraph(p) => Some(p.clone()),
                _ => None,
            })
            .unwrap_or_default(),
        blocks,
        closing: custom_or(&options.closing, &default_closing),
        signature,
        annex: Vec::new(),
        file_stem: format!(
            "{}-{}-{}",
            kind.file_prefix(),
            slug(&dossier.debtor.identity.name),
            today
        ),
    };
    french_typography(letter)
}

//! The documents a business owner sends, one `match` from a kind to the module that composes
//! it. Legal writing: every amount comes from the assessment, every reference is to the right
//! article, and nothing threatens what the law does not allow.

use engine::assessment::Assessment;
use engine::Dossier;

use crate::model::{Letter, LetterKind, LetterOptions};

pub fn compose(
    kind: LetterKind,
    dossier: &Dossier,
    assessment: &Assessment,
    options: &LetterOptions,
) -> Letter {
    match kind {
        LetterKind::MiseEnDemeure => crate::mise_en_demeure::compose(dossier, assessment, options),
        LetterKind::PremiereRelance => crate::reminders::first(dossier, assessment, options),
        LetterKind::SecondeRelance => crate::reminders::second(dossier, assessment, options),
        LetterKind::DeclarationDeCreance => {
            crate::declaration::compose(dossier, assessment, options)
        }
        LetterKind::RequeteInjonctionDePayer => {
            crate::requete::compose(dossier, assessment, options)
        }
        LetterKind::Decompte => crate::decompte::compose(dossier, assessment, options),
        LetterKind::DemandeMediation => crate::mediation::compose(dossier, assessment, options),
        LetterKind::Synthese => crate::summary::compose(dossier, assessment, options),
        LetterKind::ReminderInEnglish => crate::english::reminder(dossier, assessment, options),
        LetterKind::FormalNoticeInEnglish => {
            crate::english::formal_notice(dossier, assessment, options)
        }
        LetterKind::EuropeanOrderFormA => crate::form_a::compose(dossier, assessment, options),
    }
}

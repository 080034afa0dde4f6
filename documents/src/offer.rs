//! Which documents fit the situation the engine found: the select of the letter screen and
//! the « Vos documents » list of the results ask here, so both offer the same.

use engine::assessment::Assessment;
use engine::recourse::{Advice, Procedure};
use engine::{DebtorKind, Dossier};

use crate::letter::LetterKind;

/// Every step the engine names: next, later, or as an alternative.
fn steps(a: &Assessment) -> impl Iterator<Item = &Advice> {
    let rec = &a.recommendation;
    std::iter::once(&rec.next)
        .chain(&rec.then)
        .chain(&rec.alternatives)
}

/// The step a document belongs to, when the engine names it: the requête with the
/// injonction de payer, the mediation request with a médiateur or a conciliateur.
pub fn step_of(kind: LetterKind, a: &Assessment) -> Option<&Advice> {
    match kind {
        LetterKind::RequeteInjonctionDePayer => {
            steps(a).find(|s| s.procedure == Procedure::InjonctionDePayer)
        }
        LetterKind::DemandeMediation => steps(a).find(|s| {
            matches!(
                s.procedure,
                Procedure::MediateurDesEntreprises | Procedure::ConciliateurDeJustice
            )
        }),
        LetterKind::EuropeanOrderFormA => {
            steps(a).find(|s| s.procedure == Procedure::InjonctionDePayerEuropeenne)
        }
        _ => None,
    }
}

/// Whether `kind` may be prepared for this dossier: the requête, the mediation request and
/// the Form A sheet only where the engine finds their step open; the English letters for a
/// debtor abroad; a French letter anywhere.
pub fn fits(kind: LetterKind, dossier: &Dossier, a: &Assessment) -> bool {
    match kind {
        LetterKind::RequeteInjonctionDePayer
        | LetterKind::DemandeMediation
        | LetterKind::EuropeanOrderFormA => step_of(kind, a).is_some(),
        LetterKind::ReminderInEnglish | LetterKind::FormalNoticeInEnglish => {
            matches!(dossier.debtor.kind, DebtorKind::Abroad { .. })
        }
        _ => true,
    }
}

/// The documents worth listing in the results, the recommended one first: the requête and
/// the mediation request where they fit, the décompte, the summary for a professional, and
/// the mise en demeure as a last notice before a court step.
pub fn listed(dossier: &Dossier, a: &Assessment) -> Vec<LetterKind> {
    let recommended = LetterKind::for_procedure(a.recommendation.next.procedure);
    let mut out = vec![recommended];
    for kind in [
        LetterKind::RequeteInjonctionDePayer,
        LetterKind::DemandeMediation,
        LetterKind::FormalNoticeInEnglish,
        LetterKind::ReminderInEnglish,
        LetterKind::EuropeanOrderFormA,
        LetterKind::Decompte,
        LetterKind::Synthese,
    ] {
        if fits(kind, dossier, a) && !out.contains(&kind) {
            out.push(kind);
        }
    }
    out
}

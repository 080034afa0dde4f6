//! Which documents fit the situation the engine found: the select of the letter screen and
//! the « Vos documents » list of the results ask here, so both offer the same.

use engine::assessment::Assessment;
use engine::recourse::{Advice, Procedure};
use engine::{DebtorKind, Dossier};

use crate::model::LetterKind;

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

/// Whether `kind` may be prepared for this dossier: never a document whose premise is false.
/// The requête, the mediation request and the Form A sheet only where the engine finds their
/// step open; the déclaration de créance only under collective proceedings, for a claim born
/// before the opening judgment; reminders and a mise en demeure not where the engine rules
/// them out (the declaration replaces them); the English letters for a debtor abroad; the
/// décompte and the summary anywhere.
pub fn fits(kind: LetterKind, dossier: &Dossier, a: &Assessment) -> bool {
    let proceedings = dossier.collective_proceedings.is_some();
    match kind {
        LetterKind::RequeteInjonctionDePayer
        | LetterKind::DemandeMediation
        | LetterKind::EuropeanOrderFormA => step_of(kind, a).is_some(),
        // Something to declare: a claim born before the opening judgment (L622-24).
        LetterKind::DeclarationDeCreance => {
            proceedings && a.invoices.iter().any(|i| !i.after_opening)
        }
        LetterKind::MiseEnDemeure | LetterKind::PremiereRelance | LetterKind::SecondeRelance => {
            !ruled_out(a, Procedure::MiseEnDemeure)
        }
        LetterKind::ReminderInEnglish | LetterKind::FormalNoticeInEnglish => {
            matches!(dossier.debtor.kind, DebtorKind::Abroad { .. })
                && !ruled_out(a, Procedure::MiseEnDemeure)
        }
        LetterKind::Decompte | LetterKind::Synthese => true,
    }
}

fn ruled_out(a: &Assessment, procedure: Procedure) -> bool {
    a.recommendation
        .ruled_out
        .iter()
        .any(|r| r.procedure == procedure)
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

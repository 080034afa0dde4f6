//! The mise en demeure: what was already sent, the sums due and why, the time to pay, and what
//! follows if nothing comes.

use engine::amount::format_euros;
use engine::assessment::Assessment;
use engine::format::{date_fr, days_fr};
use engine::recourse::{Court, Procedure};
use engine::{DebtorKind, Dossier};

use crate::amounts::{claimed_lines, Dispute};
use crate::frame::{deadline, finish};
use crate::model::{Block, Letter, LetterKind, LetterOptions};
use crate::wording::{custom_or, push_paragraphs, sending_mode, Law, Refs};

pub(crate) fn compose(
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
    // What was already sent, with its dates: an earlier mise en demeure, reminders.
    let mut reminders = dossier.reminders.clone();
    reminders.sort();
    let sent = match reminders.as_slice() {
        [] => None,
        [one] => Some(format!("notre relance du {}", date_fr(*one))),
        many => Some(format!(
            "nos relances des {}",
            engine::format::dates_fr(many)
        )),
    };
    let earlier = dossier
        .mise_en_demeure
        .map(|m| format!("notre mise en demeure du {}", date_fr(m.sent)));
    let opening = match (earlier, sent) {
        (Some(med), Some(sent)) => format!(
            "Malgré {sent} et {med}, restées sans effet, {} {} à ce jour.",
            refs.the, refs.unpaid
        ),
        (Some(med), None) => format!(
            "Malgré {med}, restée sans effet, {} {} à ce jour.",
            refs.the, refs.unpaid
        ),
        (None, Some(sent)) => {
            format!("Malgré {sent}, {} {} à ce jour.", refs.the, refs.unpaid)
        }
        (None, None) => format!(
            "Sauf erreur de notre part, {} {} à ce jour, alors que {} est passée.",
            refs.the, refs.unpaid, refs.due
        ),
    };
    para(&mut blocks, custom_or(&options.opening, &opening));
    para(
        &mut blocks,
        "Le détail des sommes dues est le suivant :".into(),
    );
    blocks.push(Block::Amounts(claimed_lines(
        &assessment.invoices,
        &law,
        dispute.as_ref(),
    )));
    if let Some(d) = &dispute {
        para(&mut blocks, d.paragraph.clone());
    }
    // A consumer already put on notice: interest runs since that notice, not this one (I6).
    let basis = match dossier.mise_en_demeure {
        Some(m) if dossier.debtor.kind == DebtorKind::Consumer => format!(
            "Cette somme porte intérêts au taux légal depuis notre mise en demeure du {}, en application des \
             articles 1231-6 et 1344-1 du Code civil.",
            date_fr(m.received.unwrap_or(m.sent))
        ),
        _ => law.legal_basis.clone(),
    };
    para(&mut blocks, basis);
    let (claimed, which) = match &dispute {
        Some(d) if d.undisputed_only => (d.undisputed, ", partie non contestée de notre créance,"),
        _ => (assessment.totals.total, ""),
    };
    para(&mut blocks, format!(
        "En conséquence, nous vous mettons en demeure de nous régler la somme de {}{which} dans un délai de {} à \
         compter de la réception de la présente lettre.",
        format_euros(claimed), days_fr(i64::from(deadline))));
    para(&mut blocks, what_follows(dossier, assessment));
    let subject = format!("Mise en demeure de payer — {}", refs.subject);
    let mode = Some(sending_mode(options.electronic));
    finish(
        LetterKind::MiseEnDemeure,
        dossier,
        assessment.date,
        options,
        subject,
        mode,
        blocks,
    )
}

/// « À défaut… »: the procedure the engine recommends after the mise en demeure, with its court.
fn what_follows(d: &Dossier, a: &Assessment) -> String {
    let rec = &a.recommendation;
    let judicial = std::iter::once(&rec.next)
        .chain(rec.then.iter())
        .map(|s| s.procedure)
        .find(|p| {
            matches!(
                p,
                Procedure::InjonctionDePayer
                    | Procedure::PetitesCreances
                    | Procedure::RefereProvision
                    | Procedure::AssignationAuFond
                    | Procedure::RefereProvisionAdministratif
                    | Procedure::InjonctionDePayerEuropeenne
                    | Procedure::PetitsLitigesEuropeens
                    | Procedure::MediateurDesEntreprises
                    | Procedure::ConciliateurDeJustice
            )
        });
    let court = Court::for_debtor(d.debtor.kind, a.date);
    let action = match judicial {
        Some(Procedure::InjonctionDePayer) => format!("une procédure d'injonction de payer devant le président du {} compétent", engine::texts::fr::court_name(court)),
        Some(Procedure::PetitesCreances) => "la procédure simplifiée de recouvrement des petites créances auprès d'un commissaire de justice".into(),
        Some(Procedure::RefereProvision) => format!("une action en référé-provision devant le président du {} compétent", engine::texts::fr::court_name(court)),
        Some(Procedure::AssignationAuFond) => format!("une action en paiement devant le {} compétent", engine::texts::fr::court_name(court)),
        Some(Procedure::RefereProvisionAdministratif) => "une demande de provision devant le juge des référés du tribunal administratif".into(),
        Some(Procedure::InjonctionDePayerEuropeenne) => "une procédure européenne d'injonction de payer".into(),
        Some(Procedure::PetitsLitigesEuropeens) => "la procédure européenne de règlement des petits litiges".into(),
        Some(Procedure::MediateurDesEntreprises) => "la saisine du médiateur des entreprises, puis du juge compétent".into(),
        Some(Procedure::ConciliateurDeJustice) => "la saisine d'un conciliateur de justice, puis du juge compétent".into(),
        _ => "toute procédure utile au recouvrement de notre créance".into(),
    };
    format!("À défaut de règlement dans ce délai, nous engagerons sans autre avis {action}, sans préjudice de tous autres droits.")
}

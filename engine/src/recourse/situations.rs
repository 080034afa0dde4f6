//! One function per situation: which steps, in which order, and what is ruled out.

use rust_decimal::Decimal;

use super::steps::*;
use super::{
    Advice, Court, Exclusion, MiseEnDemeureContext, Note, Procedure, Recommendation, RuledOut,
    Situation,
};
use crate::country::Zone;
use crate::dossier::{CollectiveProceedings, DebtorKind, DebtorPosition, ProceedingsKind};
use crate::params;

fn ruled(procedure: Procedure, reason: Exclusion) -> RuledOut {
    RuledOut { procedure, reason }
}

fn only(next: Advice, ruled_out: Vec<RuledOut>) -> Recommendation {
    Recommendation {
        next,
        then: vec![],
        alternatives: vec![],
        ruled_out,
    }
}

pub fn nothing_to_claim() -> Recommendation {
    only(super::steps::nothing_to_claim(), vec![])
}

/// Sauvegarde, redressement, liquidation: no individual action (C. com. L622-21); declare.
pub fn collective_proceedings(s: &Situation, cp: &CollectiveProceedings) -> Recommendation {
    let mut next = if s.today <= cp.declaration_deadline() {
        declaration_de_creance(cp)
    } else if s.today <= cp.releve_deadline() {
        releve_de_forclusion(cp)
    } else {
        proceedings_deadlines_passed(cp)
    };
    if cp.reservation_of_title && s.today <= cp.revendication_deadline() {
        next = with_revendication(next, cp);
    }
    let forbidden = [
        Procedure::InjonctionDePayer,
        Procedure::RefereProvision,
        Procedure::AssignationAuFond,
        Procedure::PetitesCreances,
    ];
    let mut ruled_out: Vec<RuledOut> = forbidden
        .into_iter()
        .map(|p| ruled(p, Exclusion::CollectiveProceedings))
        .collect();
    ruled_out.push(ruled(
        Procedure::MediateurDesEntreprises,
        Exclusion::MediatorNotInCollectiveProceedings,
    ));
    ruled_out.push(ruled(
        Procedure::MiseEnDemeure,
        Exclusion::DeclarationReplacesMiseEnDemeure,
    ));
    only(next, ruled_out)
}

/// Claims born after the opening judgment are not frozen like the others: paid at their due
/// date when they fall under L622-17 I, declared from their due date otherwise. Which case
/// applies turns on facts (was the service needed by the procedure?): a lawyer decides.
pub fn born_after_opening(kind: ProceedingsKind) -> Recommendation {
    only(
        super::steps::born_after_opening(kind),
        vec![ruled(
            Procedure::MediateurDesEntreprises,
            Exclusion::MediatorNotInCollectiveProceedings,
        )],
    )
}

pub fn time_barred(s: &Situation) -> Recommendation {
    let courts = [
        Procedure::InjonctionDePayer,
        Procedure::RefereProvision,
        Procedure::AssignationAuFond,
        Procedure::PetitesCreances,
    ];
    only(
        super::steps::time_barred(s),
        courts
            .into_iter()
            .map(|p| ruled(p, Exclusion::TimeBarred))
            .collect(),
    )
}

/// How the path before a court goes, which differs slightly by situation.
struct Approach {
    /// A first reminder only when the visitor wants to keep the client (else, even if not).
    reminder_needs_relationship: bool,
    /// Wait for the mise en demeure's deadline before the court.
    waits_for_deadline: bool,
}

/// Reminder, then mise en demeure, then the court steps `after`: where the dossier stands
/// decides which is next.
fn before_court(s: &Situation, after: Vec<Advice>, approach: Approach) -> (Advice, Vec<Advice>) {
    let d = s.dossier;
    match (d.mise_en_demeure, s.mise_en_demeure_deadline) {
        (Some(_), Some(deadline)) if approach.waits_for_deadline && s.today <= deadline => {
            (wait_for_mise_en_demeure(deadline), after)
        }
        (Some(_), _) => {
            let mut steps = after.into_iter();
            let next = steps.next().unwrap_or_else(|| execution(s.today));
            (next, steps.collect())
        }
        (None, _)
            if d.reminders.is_empty()
                && (d.relationship_worth_keeping || !approach.reminder_needs_relationship) =>
        {
            let mut then = vec![mise_en_demeure(
                d,
                MiseEnDemeureContext::IfRemindersFail,
                s.today,
            )];
            then.extend(after);
            (relance(d.debtor.kind), then)
        }
        (None, _) => (mise_en_demeure_now(d, s.today), after),
    }
}

/// In France, before the judicial courts.
pub fn domestic(s: &Situation) -> Recommendation {
    let d = s.dossier;
    let court = Court::for_debtor(d.debtor.kind, s.today);
    if d.position == DebtorPosition::DisputesAll {
        return disputed(s, court);
    }
    let disputed_part = d.disputes_part();
    let amount = if disputed_part {
        Claimed {
            interest: s.undisputed_claim,
            with_indemnities: s.undisputed_with_indemnities,
        }
    } else {
        Claimed {
            interest: s.claim,
            with_indemnities: s.claim_with_indemnities,
        }
    };
    let mut alternatives = Vec::new();
    let mut ruled_out = Vec::new();
    if disputed_part {
        alternatives.push(mediation(s, court, true));
    }
    let mut after = judicial_steps(s, court, amount, &mut alternatives, &mut ruled_out);
    after.push(execution(s.today));
    let approach = Approach {
        reminder_needs_relationship: true,
        waits_for_deadline: true,
    };
    let (next, then) = before_court(s, after, approach);
    Recommendation {
        next,
        then,
        alternatives,
        ruled_out,
    }
}

/// The debtor disputes everything: mediation, then the merits; no summary procedure.
fn disputed(s: &Situation, court: Court) -> Recommendation {
    let d = s.dossier;
    let mut then = Vec::new();
    if d.mise_en_demeure.is_none() {
        then.push(mise_en_demeure(
            d,
            MiseEnDemeureContext::AfterMediation,
            s.today,
        ));
    }
    then.push(assignation(s, court, s.claim));
    then.push(execution(s.today));
    let disputed = Exclusion::Disputed {
        refere_article: court.refere_article(),
    };
    Recommendation {
        next: mediation(s, court, false),
        then,
        alternatives: vec![],
        ruled_out: vec![
            ruled(Procedure::InjonctionDePayer, disputed.clone()),
            ruled(Procedure::RefereProvision, disputed.clone()),
            ruled(Procedure::PetitesCreances, disputed),
        ],
    }
}

/// The undisputed sum a court step claims: principal and interest (the small-claims ceiling
/// counts these, CPCE R125-1), and with the 40 € indemnities (what the requête asks, I5).
struct Claimed {
    interest: Decimal,
    with_indemnities: Decimal,
}

/// After an unanswered mise en demeure, for an undisputed amount: petites créances,
/// injonction de payer, référé-provision, in the order that suits the dossier.
fn judicial_steps(
    s: &Situation,
    court: Court,
    claimed: Claimed,
    alternatives: &mut Vec<Advice>,
    ruled_out: &mut Vec<RuledOut>,
) -> Vec<Advice> {
    let d = s.dossier;
    let amount = claimed.interest;
    let ceiling = Decimal::from(params::SMALL_CLAIMS_CEILING_EUROS.at(s.today));
    let injonction = injonction_de_payer(s, court, claimed.with_indemnities);
    let refere = refere_provision(s, court, claimed.with_indemnities);
    if amount <= ceiling {
        let petites = petites_creances(amount, ceiling, s.today);
        if d.position == DebtorPosition::Promised {
            // A debtor who promised is likely to agree, and agreement gives a title with no judge.
            alternatives.push(injonction.clone());
            alternatives.push(refere);
            return vec![petites, injonction];
        }
        alternatives.push(petites);
    } else {
        ruled_out.push(ruled(
            Procedure::PetitesCreances,
            Exclusion::AboveSmallClaimsCeiling { amount, ceiling },
        ));
    }
    alternatives.push(refere);
    if d.relationship_worth_keeping && d.debtor.kind != DebtorKind::Consumer {
        alternatives.push(mediation(s, court, false));
    }
    vec![injonction]
}

/// A public-law buyer: the administrative judge, after the médiateur des entreprises.
pub fn public_buyer(s: &Situation) -> Recommendation {
    let after = vec![mediateur_public_buyer(), refere_provision_administratif()];
    let approach = Approach {
        reminder_needs_relationship: false,
        waits_for_deadline: false,
    };
    let (mut next, then) = before_court(s, after, approach);
    next.notes.push(Note::PublicBuyerInterest {
        indemnity: Decimal::from(params::RECOVERY_INDEMNITY_EUROS.at(s.today)),
        days: params::PUBLIC_INTEREST_PAYMENT_DAYS.at(s.today),
    });
    Recommendation {
        next,
        then,
        alternatives: vec![],
        ruled_out: vec![
            ruled(
                Procedure::InjonctionDePayer,
                Exclusion::AdministrativeJudgeOnly,
            ),
            ruled(
                Procedure::PetitesCreances,
                Exclusion::AdministrativeJudgeOnly,
            ),
        ],
    }
}

/// A debtor with no establishment in France: European procedures in a Member State bound by
/// them, a lawyer in Denmark (bound by neither regulation) and outside the Union.
pub fn abroad(s: &Situation, zone: Zone) -> Recommendation {
    let d = s.dossier;
    let mut ruled_out = vec![ruled(
        Procedure::InjonctionDePayer,
        Exclusion::NoEstablishmentInFrance,
    )];
    let mut after = match zone {
        Zone::Eu(country) => {
            let ceiling = Decimal::from(params::EUROPEAN_SMALL_CLAIMS_CEILING_EUROS.at(s.today));
            // The ceiling is the claim without interest, expenses and disbursements (C6).
            let small_fits = s.outstanding_principal <= ceiling;
            let small = || petits_litiges_europeens(ceiling, s.outstanding_principal);
            let disputed = matches!(
                d.position,
                DebtorPosition::DisputesAll
                    | DebtorPosition::DisputesPart { .. }
                    | DebtorPosition::DisputesInvoices
            );
            match (disputed, small_fits) {
                (true, true) => vec![small()],
                (true, false) => vec![lawyer_abroad(zone)],
                (false, true) => vec![injonction_europeenne(s.today, country), small()],
                (false, false) => vec![injonction_europeenne(s.today, country)],
            }
        }
        Zone::EuOptedOut(country) => {
            for procedure in [
                Procedure::InjonctionDePayerEuropeenne,
                Procedure::PetitsLitigesEuropeens,
            ] {
                ruled_out.push(ruled(
                    procedure,
                    Exclusion::EuropeanProceduresNotApplicable { country },
                ));
            }
            vec![lawyer_abroad(zone)]
        }
        Zone::OutsideEu => vec![lawyer_abroad(zone)],
    };
    after.push(execution_abroad(zone));
    let approach = Approach {
        reminder_needs_relationship: true,
        waits_for_deadline: false,
    };
    let (next, then) = before_court(s, after, approach);
    Recommendation {
        next,
        then,
        alternatives: vec![],
        ruled_out,
    }
}

//! One constructor per procedure: its case, its deadlines and the texts it rests on. The
//! words are in `texts::fr`.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::cites::*;
use super::{
    Advice, Case, Court, DeadlineKind, DebtorGroup, Lawyer, MiseEnDemeureContext, Note, Procedure,
    Situation,
};
use crate::country::{Country, Zone};
use crate::dossier::{CollectiveProceedings, DebtorKind, Dossier, ProceedingsKind};
use crate::params;

pub fn nothing_to_claim() -> Advice {
    Advice::new(Procedure::RienAReclamer, Case::NothingToClaim, &[])
}

/// C. com. R622-24: declare within 2 months of the BODACC publication (4 outside metropolitan France).
pub fn declaration_de_creance(cp: &CollectiveProceedings) -> Advice {
    let bodacc = cp.bodacc_publication;
    let months = params::CLAIM_DECLARATION_MONTHS.at(bodacc);
    Advice::new(
        Procedure::DeclarationDeCreance,
        Case::DeclareClaim {
            kind: cp.kind,
            months,
            months_outside_metropole: params::CLAIM_DECLARATION_MONTHS_OUTSIDE_METROPOLE.at(bodacc),
        },
        &[C_COM_L622_21, C_COM_L622_24, C_COM_R622_24, C_COM_L622_28],
    )
    .deadline(
        DeadlineKind::DeclareClaim { months },
        Some(cp.declaration_deadline()),
    )
}

/// Goods sold with a reservation of title: claimed back within 3 months of the BODACC
/// publication, by registered letter, then before the juge-commissaire (C. com. L624-9,
/// L624-16, R624-13; AUDIT I3). Added to the step of the proceedings while it is open.
pub fn with_revendication(mut advice: Advice, cp: &CollectiveProceedings) -> Advice {
    let bodacc = cp.bodacc_publication;
    let months = params::REVENDICATION_MONTHS.at(bodacc);
    let by = cp.revendication_deadline();
    advice.notes.push(Note::Revendication {
        by,
        months,
        answer_months: params::REVENDICATION_ANSWER_MONTHS.at(bodacc),
        liquidation: cp.kind == ProceedingsKind::LiquidationJudiciaire,
    });
    advice
        .cites
        .extend([C_COM_L624_9, C_COM_L624_16, C_COM_R624_13]);
    advice.deadline(DeadlineKind::Revendication { months }, Some(by))
}

/// C. com. L622-26: a relevé de forclusion within 6 months of the BODACC publication.
pub fn releve_de_forclusion(cp: &CollectiveProceedings) -> Advice {
    let bodacc = cp.bodacc_publication;
    let releve_months = params::RELEVE_DE_FORCLUSION_MONTHS.at(bodacc);
    Advice::new(
        Procedure::ReleveDeForclusion,
        Case::ReleveDeForclusion {
            expired: cp.declaration_deadline(),
            months: params::CLAIM_DECLARATION_MONTHS.at(bodacc),
            releve_months,
        },
        &[C_COM_L622_26],
    )
    .deadline(
        DeadlineKind::ReleveDeForclusion {
            months: releve_months,
        },
        Some(cp.releve_deadline()),
    )
}

/// Both deadlines passed: only L622-26 al. 3 may remain, for a lawyer to judge.
pub fn proceedings_deadlines_passed(cp: &CollectiveProceedings) -> Advice {
    Advice::new(
        Procedure::ConsulterAvocat,
        Case::ProceedingsDeadlinesPassed {
            declare_by: cp.declaration_deadline(),
            releve_by: cp.releve_deadline(),
            releve_months: params::RELEVE_DE_FORCLUSION_MONTHS.at(cp.bodacc_publication),
        },
        &[C_COM_L622_26],
    )
}

/// Claims born after the opening judgment (C. com. L622-17, L622-24): a lawyer decides which case applies.
pub fn born_after_opening(kind: ProceedingsKind) -> Advice {
    Advice::new(
        Procedure::ConsulterAvocat,
        Case::BornAfterOpening { kind },
        &[priority_article(kind), C_COM_L622_24, C_COM_L622_21],
    )
}

/// Which article gives post-opening claims their priority: L641-13 in liquidation, L622-17
/// in sauvegarde and redressement (AUDIT I4).
pub fn priority_article(kind: ProceedingsKind) -> Cite {
    if kind == ProceedingsKind::LiquidationJudiciaire {
        C_COM_L641_13
    } else {
        C_COM_L622_17
    }
}

pub fn time_barred(s: &Situation) -> Advice {
    Advice::new(
        Procedure::ConsulterAvocat,
        Case::TimeBarred {
            ended: s.earliest_prescription,
        },
        &[C_COM_L110_4, C_CIV_2224, C_CONSO_L218_2, C_CIV_2240_2244],
    )
}

/// A friendly reminder: what already runs while it waits depends on who owes.
pub fn relance(debtor: DebtorKind) -> Advice {
    let (group, cites): (DebtorGroup, &[Cite]) = match debtor {
        DebtorKind::Business { .. } | DebtorKind::Abroad { .. } => {
            (DebtorGroup::Business, &[C_COM_L441_10_II])
        }
        DebtorKind::PublicBuyer { .. } => (DebtorGroup::PublicBuyer, &[CCP_L2192_13]),
        DebtorKind::Consumer => (DebtorGroup::Consumer, &[C_CIV_1231_6, C_CIV_1344_1]),
    };
    Advice::new(
        Procedure::RelanceAmiable,
        Case::Relance {
            debtor: group,
            max_reminders: params::MAX_FRIENDLY_REMINDERS.current(),
        },
        cites,
    )
}

/// C. civ. 1344: a sufficient demand, with a deadline to pay.
pub fn mise_en_demeure(d: &Dossier, context: MiseEnDemeureContext, today: NaiveDate) -> Advice {
    let days = params::DEFAULT_MISE_EN_DEMEURE_DAYS.at(today);
    Advice::new(
        Procedure::MiseEnDemeure,
        Case::MiseEnDemeure {
            context,
            consumer: d.debtor.kind == DebtorKind::Consumer,
            days,
            common_days: params::COMMON_MISE_EN_DEMEURE_DAYS.at(today),
            indemnity: Decimal::from(params::RECOVERY_INDEMNITY_EUROS.at(today)),
        },
        &[C_CIV_1344, C_CIV_1344_1, C_CIV_1231_6],
    )
    .deadline(DeadlineKind::PaymentDelay { days }, None)
}

/// A mise en demeure as the next step: after reminders, or straight away.
pub fn mise_en_demeure_now(d: &Dossier, today: NaiveDate) -> Advice {
    let context = if d.reminders.is_empty() {
        MiseEnDemeureContext::StraightAway
    } else {
        MiseEnDemeureContext::AfterReminders
    };
    mise_en_demeure(d, context, today)
}

pub fn wait_for_mise_en_demeure(deadline: NaiveDate) -> Advice {
    Advice::new(
        Procedure::AttendreDelaiMiseEnDemeure,
        Case::WaitForMiseEnDemeure { deadline },
        &[],
    )
    .deadline(DeadlineKind::MiseEnDemeureEnds, Some(deadline))
}

/// CPCE L125-1: principal and interest at most 5 000 €, the debtor's agreement gives a title.
pub fn petites_creances(amount: Decimal, ceiling: Decimal, today: NaiveDate) -> Advice {
    let reply_months = params::SMALL_CLAIMS_REPLY_MONTHS.at(today);
    Advice::new(
        Procedure::PetitesCreances,
        Case::PetitesCreances {
            amount,
            ceiling,
            reply_months,
        },
        &[CPCE_L125_1, CPCE_R125_1_8],
    )
    .deadline(
        DeadlineKind::SmallClaimsReply {
            months: reply_months,
        },
        None,
    )
}

/// CPC 1405: a claim of contractual origin, certain, liquid and due; no ceiling.
pub fn injonction_de_payer(s: &Situation, court: Court, amount: Decimal) -> Advice {
    Advice::new(
        Procedure::InjonctionDePayer,
        Case::InjonctionDePayer { amount, court },
        &[CPC_1405_1425, CPC_1406, CPC_1411, CPC_1416],
    )
    .deadline(
        DeadlineKind::ServeOrder {
            months: params::INJONCTION_SERVICE_MONTHS.at(s.today),
        },
        None,
    )
    .deadline(
        DeadlineKind::Opposition {
            months: params::INJONCTION_OPPOSITION_MONTHS.at(s.today),
        },
        None,
    )
    .dated(
        DeadlineKind::ServeBeforePrescription,
        s.earliest_prescription,
    )
}

/// CPC 873 al. 2 / 835 al. 2: a provision when the obligation is not seriously disputable.
pub fn refere_provision(s: &Situation, court: Court, amount: Decimal) -> Advice {
    Advice::new(
        Procedure::RefereProvision,
        Case::RefereProvision {
            court,
            lawyer: Lawyer::for_amount(amount, s.today),
        },
        &[court.refere_article()],
    )
}

/// Mediation between businesses, conciliation otherwise; mandatory before the tribunal
/// judiciaire for a small claim (CPC 750-1).
pub fn mediation(s: &Situation, court: Court, for_disputed_part: bool) -> Advice {
    let threshold = Decimal::from(params::PRIOR_AMICABLE_ATTEMPT_EUROS.at(s.today));
    let small = s.claim <= threshold;
    if matches!(s.dossier.debtor.kind, DebtorKind::Business { .. }) {
        let prior_attempt = (!court.commercial && small).then_some(threshold);
        let mut advice = Advice::new(
            Procedure::MediateurDesEntreprises,
            Case::MediateurDesEntreprises {
                prior_attempt,
                for_disputed_part,
            },
            &[C_CIV_2238],
        );
        if prior_attempt.is_some() {
            advice.cites.push(CPC_750_1);
        }
        advice
    } else {
        let prior_attempt = small.then_some(threshold);
        let mut advice = Advice::new(
            Procedure::ConciliateurDeJustice,
            Case::ConciliateurDeJustice {
                prior_attempt,
                for_disputed_part,
            },
            &[C_CIV_2238, CPC_1528],
        );
        if prior_attempt.is_some() {
            advice.cites.push(CPC_750_1);
        }
        advice
    }
}

pub fn assignation(s: &Situation, court: Court, amount: Decimal) -> Advice {
    Advice::new(
        Procedure::AssignationAuFond,
        Case::AssignationAuFond {
            court,
            lawyer: Lawyer::for_amount(amount, s.today),
        },
        &[CPC_750, CPC_853],
    )
    .dated(DeadlineKind::SueBeforePrescription, s.earliest_prescription)
}

/// CPCE L111-3, L111-4: enforcement of the title (10 years for a judgment or an order).
pub fn execution(today: NaiveDate) -> Advice {
    Advice::new(
        Procedure::ExecutionForcee,
        Case::ExecutionForcee {
            years: params::TITLE_ENFORCEMENT_YEARS.at(today),
        },
        &[CPCE_L111_3, CPCE_L111_4],
    )
}

/// Reg. 1896/2006 art. 21: the order is enforced where the debtor's assets are, under that
/// State's law (D7); in Denmark, a French judgment under the Brussels I rules the 2005
/// agreement extends to it; outside the Union, under that country's rules on foreign judgments.
pub fn execution_abroad(zone: Zone) -> Advice {
    let cites: &[Cite] = match zone {
        Zone::Eu(_) => &[REG_1896_2006_ART_21],
        Zone::EuOptedOut(_) => &[EC_DENMARK_AGREEMENT_2005],
        Zone::OutsideEu => &[],
    };
    Advice::new(
        Procedure::ExecutionForcee,
        Case::ExecutionAbroad { zone },
        cites,
    )
}

pub fn lawyer_abroad(zone: Zone) -> Advice {
    Advice::new(Procedure::ConsulterAvocat, Case::LawyerAbroad { zone }, &[])
}

/// CJA R541-1: the administrative judge alone, after a prior claim (R421-1).
pub fn refere_provision_administratif() -> Advice {
    Advice::new(
        Procedure::RefereProvisionAdministratif,
        Case::RefereProvisionAdministratif,
        &[CJA_R541_1, CJA_R421_1],
    )
}

pub fn mediateur_public_buyer() -> Advice {
    Advice::new(
        Procedure::MediateurDesEntreprises,
        Case::MediateurPublicBuyer,
        &[CJA_L213_6],
    )
}

/// Reg. 1896/2006: an uncontested cross-border claim, no ceiling.
pub fn injonction_europeenne(today: NaiveDate, country: Option<Country>) -> Advice {
    let opposition_days = params::EUROPEAN_ORDER_OPPOSITION_DAYS.at(today);
    let central_court =
        country.and_then(|c| crate::country::european_order_central_court(c, today));
    Advice::new(
        Procedure::InjonctionDePayerEuropeenne,
        Case::InjonctionDePayerEuropeenne {
            opposition_days,
            country,
            central_court,
        },
        &[REG_1896_2006, CPC_1424],
    )
    .deadline(
        DeadlineKind::EuropeanOpposition {
            days: opposition_days,
        },
        None,
    )
}

/// Reg. 861/2007 art. 2: the claim, without interest and costs, at most the ceiling (C6).
pub fn petits_litiges_europeens(ceiling: Decimal, principal: Decimal) -> Advice {
    Advice::new(
        Procedure::PetitsLitigesEuropeens,
        Case::PetitsLitigesEuropeens { ceiling, principal },
        &[REG_861_2007_ART_2, REG_2015_2421, CPC_1382_1391],
    )
}

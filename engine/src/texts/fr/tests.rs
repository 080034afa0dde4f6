//! One test per message: the French of each typed fact.

use super::*;
use crate::params::date;
use crate::recourse::{Deadline, DebtorGroup, Exclusion, MiseEnDemeureContext};
use rust_decimal::Decimal;

fn court(commercial: bool) -> Court {
    Court {
        commercial,
        today: date(2026, 3, 2),
    }
}

fn words(case: Case, cites: &[Cite]) -> AdviceText {
    advice(&Advice {
        procedure: Procedure::ConsulterAvocat,
        case,
        notes: vec![],
        deadlines: vec![Deadline {
            kind: DeadlineKind::DeclareClaim { months: 2 },
            date: Some(date(2026, 4, 20)),
        }],
        cites: cites.to_vec(),
    })
}

/// Each kind of advice, with a phrase of its title and of its reason.
#[test]
fn every_case_reads_in_french() {
    let eur = Decimal::from(1500);
    let lawyer = Lawyer::NotRequired {
        threshold: Decimal::from(10_000),
    };
    let cases: Vec<(Case, &str, &str)> = vec![
        (Case::NothingToClaim, "Rien ne reste à réclamer", "Les paiements reçus couvrent"),
        (Case::DeclareClaim { kind: ProceedingsKind::Sauvegarde, months: 2, months_outside_metropole: 4 },
         "avant le 20 avril 2026", "en procédure de sauvegarde : toute action individuelle"),
        (Case::ReleveDeForclusion { expired: date(2026, 1, 1), months: 2, releve_months: 6 }, "relevé de forclusion", "a expiré le 1er janvier 2026"),
        (Case::ProceedingsDeadlinesPassed { declare_by: date(2026, 1, 1), releve_by: date(2026, 5, 1), releve_months: 6 },
         "sont passés", "L622-26 al. 3"),
        (Case::BornAfterOpening { kind: ProceedingsKind::LiquidationJudiciaire }, "née après le jugement", "en liquidation judiciaire, mais"),
        (Case::TimeBarred { ended: Some(date(2025, 3, 1)) }, "paraît prescrite", "a expiré le 1er mars 2025"),
        (Case::Relance { debtor: DebtorGroup::Consumer, max_reminders: 3 }, "relance amiable", "aucun intérêt ne court avant une mise en demeure (C. civ. 1231-6, 1344-1)"),
        (Case::Relance { debtor: DebtorGroup::Business, max_reminders: 3 }, "relance amiable", "courent déjà, sans relance nécessaire (C. com. L441-10 II)"),
        (Case::MiseEnDemeure { context: MiseEnDemeureContext::AfterReminders, consumer: false, days: 8, common_days: 15, indemnity: Decimal::from(40) },
         "mise en demeure de payer", "Vos relances sont restées sans effet. La mise en demeure est une interpellation suffisante (C. civ. 1344)"),
        (Case::WaitForMiseEnDemeure { deadline: date(2026, 3, 7) }, "le 7 mars 2026", "laissez courir le délai"),
        (Case::PetitesCreances { amount: eur, ceiling: Decimal::from(5000), reply_months: 1 }, "petites créances", "a 1 mois pour répondre"),
        (Case::InjonctionDePayer { amount: eur, court: court(true) }, "président du tribunal de commerce", "certaine, liquide et exigible"),
        (Case::RefereProvision { court: court(false), lawyer }, "président du tribunal judiciaire", "(CPC 835 al. 2)"),
        (Case::MediateurDesEntreprises { prior_attempt: Some(Decimal::from(5000)), for_disputed_part: false }, "médiateur des entreprises", "(CPC 750-1)"),
        (Case::ConciliateurDeJustice { prior_attempt: None, for_disputed_part: true }, "Pour la partie contestée", "suspend la prescription"),
        (Case::AssignationAuFond { court: court(true), lawyer }, "devant le tribunal de commerce", "au fond"),
        (Case::ExecutionForcee { years: 10 }, "commissaire de justice", "pendant 10 ans"),
        (Case::LawyerAbroad { in_eu: false }, "débiteur étranger", "hors de l'Union européenne"),
        (Case::RefereProvisionAdministratif, "tribunal administratif", "(CJA R421-1 ;"),
        (Case::MediateurPublicBuyer, "acheteur public", "(CJA L213-6)"),
        (Case::InjonctionDePayerEuropeenne { opposition_days: 30 }, "européenne", "a 30 jours"),
        (Case::PetitsLitigesEuropeens { ceiling: Decimal::from(5000), principal: Decimal::from(4900) }, "petits litiges", "hors intérêts et frais"),
    ];
    for (case, title, why) in cases {
        let t = words(case.clone(), &[]);
        assert!(t.title.contains(title), "{case:?}: {}", t.title);
        assert!(t.why.contains(why), "{case:?}: {}", t.why);
        assert!(
            !t.why.contains('{') && !t.title.contains('{'),
            "{case:?}: a placeholder left"
        );
    }
}

#[test]
fn places_lawyers_costs_and_the_tae() {
    let lawyer = Lawyer::Required {
        amount: Decimal::from(12_000),
        threshold: Decimal::from(10_000),
    };
    let t = words(
        Case::RefereProvision {
            court: court(true),
            lawyer,
        },
        &[],
    );
    assert!(t.where_.unwrap().contains("Le juge des référés du tribunal de commerce du domicile ou du siège du débiteur. À Avignon"));
    assert!(t
        .lawyer
        .unwrap()
        .starts_with("Avocat obligatoire : la demande (12"));
    let t = words(
        Case::InjonctionDePayer {
            amount: Decimal::ONE,
            court: court(true),
        },
        &[],
    );
    assert!(t.costs.unwrap().contains("35 à 40 € TTC"));
    assert!(t.where_.unwrap().contains("jusqu'au 31 décembre 2028"));
    let t = words(
        Case::MiseEnDemeure {
            context: MiseEnDemeureContext::StraightAway,
            consumer: true,
            days: 8,
            common_days: 15,
            indemnity: Decimal::ZERO,
        },
        &[],
    );
    assert!(t
        .where_
        .unwrap()
        .contains("si ce particulier a accepté d'en recevoir"));
}

#[test]
fn deadlines_and_exclusions_read_in_french() {
    assert_eq!(
        deadline(DeadlineKind::ServeOrder { months: 6 }),
        "Faire signifier l'ordonnance dans les 6 mois, sinon elle est non avenue (CPC 1411)"
    );
    assert_eq!(
        deadline(DeadlineKind::MiseEnDemeureEnds),
        "Fin du délai de la mise en demeure"
    );
    let out = |procedure, reason| ruled_out(&RuledOut { procedure, reason });
    assert_eq!(
        out(Procedure::AssignationAuFond, Exclusion::CollectiveProceedings),
        "Assignation impossible : le débiteur est en procédure collective : toute action individuelle en paiement est interdite (C. com. L622-21)."
    );
    assert!(out(
        Procedure::RefereProvision,
        Exclusion::Disputed {
            refere_article: CPC_873_2
        }
    )
    .ends_with("(CPC 873 al. 2)."));
    assert!(out(
        Procedure::InjonctionDePayer,
        Exclusion::Disputed {
            refere_article: CPC_873_2
        }
    )
    .contains("peu adaptée"));
    assert!(out(
        Procedure::PetitesCreances,
        Exclusion::AboveSmallClaimsCeiling {
            amount: Decimal::from(6000),
            ceiling: Decimal::from(5000)
        }
    )
    .contains("dépassent le plafond de 5"));
    assert!(out(
        Procedure::InjonctionDePayer,
        Exclusion::AdministrativeJudgeOnly
    )
    .starts_with("Injonction de payer écartée"));
    assert!(out(Procedure::PetitesCreances, Exclusion::TimeBarred)
        .starts_with("Procédure simplifiée des petites créances : la créance est prescrite"));
}

/// The article list comes from the same values as the prose: what the prose of a step
/// cites in its own words is in its list.
#[test]
fn prose_and_articles_agree() {
    let t = words(
        Case::DeclareClaim {
            kind: ProceedingsKind::Sauvegarde,
            months: 2,
            months_outside_metropole: 4,
        },
        &[C_COM_L622_21, C_COM_L622_24, C_COM_R622_24, C_COM_L622_28],
    );
    for cited in [C_COM_L622_21, C_COM_R622_24, C_COM_L622_28] {
        assert!(t.why.contains(cited.0), "{cited} in the prose");
        assert!(
            t.articles.contains(&cited.to_string()),
            "{cited} in the list"
        );
    }
}

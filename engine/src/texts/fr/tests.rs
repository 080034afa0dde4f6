//! One test per message: the French of each typed fact.

use super::*;
use crate::country::{Country, Zone};
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
        // In liquidation the priority is L641-13's, known to the liquidator (AUDIT I4).
        (Case::BornAfterOpening { kind: ProceedingsKind::LiquidationJudiciaire }, "née après le jugement", "connaissance du liquidateur ou, le cas échéant, de l'administrateur judiciaire (C. com. L641-13)"),
        (Case::BornAfterOpening { kind: ProceedingsKind::RedressementJudiciaire }, "née après le jugement", "(C. com. L622-17)"),
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
        (Case::ExecutionAbroad { zone: Zone::Eu(None) }, "dans le pays de votre client", "(Règl. 1896/2006, art. 21)"),
        (Case::ExecutionAbroad { zone: Zone::EuOptedOut(Country::of("DK")) }, "dans le pays de votre client", "exécuté au Danemark"),
        (Case::ExecutionAbroad { zone: Zone::OutsideEu }, "dans le pays de votre client", "reconnu dans le pays"),
        (Case::LawyerAbroad { zone: Zone::OutsideEu }, "débiteur étranger", "hors de l'Union européenne"),
        (Case::LawyerAbroad { zone: Zone::EuOptedOut(Country::of("DK")) }, "débiteur étranger", "établi au Danemark : ni l'injonction de payer européenne"),
        (Case::RefereProvisionAdministratif, "tribunal administratif", "(CJA R421-1 ;"),
        (Case::MediateurPublicBuyer, "acheteur public", "(CJA L213-6)"),
        (Case::InjonctionDePayerEuropeenne { opposition_days: 30, country: None, central_court: None }, "européenne", "ne s'applique pas au Danemark"),
        (Case::InjonctionDePayerEuropeenne { opposition_days: 30, country: Some(Country::of("DE")), central_court: Some("l'Amtsgericht Wedding, 13343 Berlin") },
         "européenne", "établi en Allemagne, un autre État de l'Union : l'injonction de payer européenne vaut pour les créances non contestées, sans plafond de montant. Le débiteur a 30 jours"),
        (Case::InjonctionDePayerEuropeenne { opposition_days: 30, country: Some(Country::of("DE")), central_court: Some("l'Amtsgericht Wedding, 13343 Berlin") },
         "européenne", "en général la juridiction en Allemagne : l'Amtsgericht Wedding, 13343 Berlin, seule compétente pour tout le pays"),
        (Case::InjonctionDePayerEuropeenne { opposition_days: 30, country: Some(Country::of("IT")), central_court: None },
         "européenne", "en général la juridiction compétente en Italie, que donne l'outil de recherche"),
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

/// The notes of each invoice, one check per message.
#[test]
fn every_note_reads_in_french() {
    use crate::due_date::{DueBasis, DueDate};
    use crate::halfyear::HalfYear;
    use crate::notes::{IndemnityNote, InterestBasis, InterestNote};
    use crate::prescription::{Period, Prescription, PrescriptionBasis, PrescriptionStatus};
    use crate::rates::RateSource;
    use crate::timeline::{EventKind, TimelineEvent};

    let d = |basis| {
        due(&DueDate {
            date: date(2026, 4, 4),
            basis,
            term_warning: None,
        })
    };
    assert_eq!(
        d(DueBasis::Written),
        "Échéance indiquée sur la facture : 4 avril 2026."
    );
    assert!(d(DueBasis::Days { days: 30 })
        .starts_with("30 jours après la date de facture, soit le 4 avril 2026"));
    assert!(d(DueBasis::EndOfMonth { days: 45 }).contains("45 jours fin de mois"));
    assert!(d(DueBasis::SilentProfessional {
        days: 30,
        delivered: true
    })
    .contains("30 jours après la livraison ou la fin de la prestation"));
    assert!(d(DueBasis::SilentConsumer { delivered: false })
        .contains("le prix est dû à la date de facture (date de livraison non indiquée)"));
    assert!(d(DueBasis::SilentPublicBuyer {
        days: 30,
        article: "R2192-10",
        received: Some(date(2026, 3, 5))
    })
    .contains("30 jours à compter de la réception de votre demande de paiement (5 mars 2026)"));

    let note = |basis, payments_on_principal, stopped_at_opening| {
        interest(&InterestNote {
            basis,
            payments_on_principal,
            stopped_at_opening,
            none_before_opening: false,
        })
    };
    assert!(note(
        InterestBasis::Professional {
            contract_rate: None,
            points: 10
        },
        false,
        false
    )
    .starts_with("Pénalités de retard au taux BCE + 10 points"));
    assert!(note(InterestBasis::PublicBuyer, true, false).contains("(C. civ. 1343-1)"));
    assert!(
        note(InterestBasis::ConsumerNoMiseEnDemeure, false, true).ends_with("(C. com. L622-28).")
    );
    assert!(note(
        InterestBasis::ConsumerFromMiseEnDemeure { received: true },
        false,
        false
    )
    .contains("ici à compter de sa réception"));

    let forty = Decimal::from(40);
    assert!(indemnity(&IndemnityNote::Consumer { amount: forty })
        .contains("(Code des procédures civiles d'exécution, L111-8)"));
    assert_eq!(
        indemnity(&IndemnityNote::NotLate),
        "Pas d'indemnité forfaitaire : la facture n'est pas payée en retard."
    );
    assert!(
        indemnity(&IndemnityNote::ProceedingsPrevented { amount: forty })
            .contains("ouverte avant l'échéance")
    );
    assert!(indemnity(&IndemnityNote::BeforeExistence {
        since: date(2013, 1, 1)
    })
    .ends_with("à partir du 1er janvier 2013."));
    assert!(indemnity(&IndemnityNote::Due {
        amount: forty,
        public_buyer: true
    })
    .contains("L2192-13 et D2192-35"));

    let p = |period, acknowledged| {
        prescription(&Prescription {
            ends: date(2030, 12, 1),
            status: PrescriptionStatus::Running,
            basis: PrescriptionBasis {
                period,
                years: 5,
                completion: date(2025, 12, 1),
                delivered: true,
                acknowledged,
            },
        })
    };
    assert!(p(Period::BetweenProfessionals, Some(date(2026, 1, 10)))
        .contains("Le paiement partiel du 10 janvier 2026 vaut reconnaissance de dette"));
    assert!(p(Period::Consumer, None).contains("C. conso. L218-2"));
    assert!(p(Period::PublicLaw, None).starts_with("Prescription quadriennale"));

    let h = HalfYear {
        year: 2026,
        second: true,
    };
    assert_eq!(rate_source(&RateSource::Override), "valeur saisie par vous");
    assert!(rate_source(&RateSource::LegalCarried {
        half_year: h,
        reused: Some(HalfYear {
            year: 2026,
            second: false
        })
    })
    .contains("du 2d semestre 2026 non trouvé : valeur du 1er semestre 2026 reprise"));
    assert!(rate_source(&RateSource::MroCarried {
        day: date(2027, 1, 1),
        known_until: date(2026, 10, 28),
        value: Decimal::new(265, 2),
        reference: "BCE".into()
    })
    .contains("aucune décision de la BCE connue après le 28 octobre 2026"));

    let e = |kind, subject: Option<&str>| {
        event(&TimelineEvent {
            date: date(2026, 1, 1),
            kind,
            subject: subject.map(String::from),
            past: true,
        })
    };
    assert_eq!(
        e(EventKind::DueDate, Some("F-1")),
        "Échéance de la facture F-1"
    );
    assert_eq!(e(EventKind::Reminder, Some("2")), "Relance n° 2");
    assert_eq!(
        e(EventKind::Prescription, Some("F-1, F-2")),
        "Dernier jour pour aller en justice (prescription), factures F-1, F-2"
    );
    assert_eq!(
        e(EventKind::Prescription, None),
        "Dernier jour pour aller en justice (prescription)"
    );
}

#[test]
fn the_invoices_left_out_of_a_court_step_agree_in_number() {
    use crate::recourse::Note;
    let one = super::why::note_text(&Note::TimeBarredLeftOut {
        invoices: vec!["F-1".into()],
    });
    assert!(
        one.contains("La facture F-1 est prescrite : elle est laissée de côté, avec ses pénalités et son indemnité."),
        "{one}"
    );
    let two = super::why::note_text(&Note::TimeBarredLeftOut {
        invoices: vec!["F-1".into(), "F-2".into()],
    });
    assert!(
        two.contains("Les factures F-1 et F-2 sont prescrites : elles sont laissées de côté, avec leurs pénalités et leurs indemnités."),
        "{two}"
    );
    assert!(two.contains("(C. civ. 2219)"), "{two}");
}

#[test]
fn filing_a_requete_says_a_mandataire_brings_a_written_power() {
    // AUDIT I16: CPC 1407 lets « tout mandataire » file; CPC 416 has them prove the mandate.
    for commercial in [true, false] {
        let text = filing_requete(court(commercial), Decimal::from(1000), None).join(" ");
        assert!(text.contains("pouvoir écrit"), "{text}");
        assert!(text.contains("articles 1407 et 416"), "{text}");
    }
}

#[test]
fn a_claim_above_50_000_euros_before_a_tae_hears_of_the_contribution() {
    // AUDIT I15, FACTS §11: from 50 000 €, exempt below 250 employees; TAE courts only.
    let above = Decimal::new(5_000_001, 2);
    let text = filing_requete(court(true), above, None).join(" ");
    assert!(
        text.contains(&format!("plus de {}", format_euros(Decimal::from(50_000))))
            && text.contains("moins de 250 salariés"),
        "{text}"
    );
    assert_eq!(
        filing_requete(court(true), Decimal::from(50_000), None).len(),
        3
    );
    assert_eq!(filing_requete(court(false), above, None).len(), 3);
    let before_the_pilot = Court {
        commercial: true,
        today: date(2024, 12, 31),
    };
    assert_eq!(filing_requete(before_the_pilot, above, None).len(), 3);
}

#[test]
fn the_revendication_goes_to_the_administrator_or_the_liquidator() {
    // AUDIT I3: C. com. L624-9, R624-13 (R641-31 in liquidation: the liquidator).
    let note = |liquidation| {
        super::why::note_text(&crate::recourse::Note::Revendication {
            by: date(2027, 2, 15),
            months: 3,
            answer_months: 1,
            liquidation,
        })
    };
    let text = note(false);
    for part in [
        "au plus tard le 15 février 2027 (BODACC + 3 mois)",
        "à l'administrateur judiciaire ou, s'il n'y en a pas, à votre client",
        "Sans accord dans le mois de la réception, saisissez le juge-commissaire dans le mois qui suit",
        "C. com. L624-9",
    ] {
        assert!(text.contains(part), "{part}: {text}");
    }
    assert!(note(true).contains("au liquidateur"));
}

#[test]
fn every_site_the_filing_texts_name_is_a_known_link() {
    // VISITORS S6: the page makes each official site a link; a site missing from the list
    // would stay plain text.
    let mut texts = filing_requete(court(true), Decimal::from(1000), None);
    texts.extend(filing_mediation(Procedure::MediateurDesEntreprises));
    texts.extend(filing_mediation(Procedure::ConciliateurDeJustice));
    let text = texts.join(" ");
    let sites: Vec<&str> = text
        .split([' ', ',', '(', ')'])
        .map(|w| w.trim_end_matches(['.', ':', ';']))
        .filter(|w| w.contains(".fr") || w.contains(".eu"))
        .collect();
    assert!(sites.len() >= 3, "{sites:?}");
    for site in sites {
        assert!(
            OFFICIAL_SITES
                .iter()
                .any(|(name, url)| *name == site && url.starts_with("https://")),
            "{site} has no link"
        );
    }
}

#[test]
fn the_filing_steps_name_the_court_the_requete_names() {
    // VISITORS, visitor 1: the page said « tribunal de commerce » when the PDF said the TAE.
    let steps = filing_requete(
        court(true),
        Decimal::from(1000),
        Some("tribunal des activités économiques de Paris"),
    );
    assert!(steps[1].starts_with(
        "Remettez-la ou envoyez-la au greffe du tribunal des activités économiques de Paris"
    ));
}

#[test]
fn denmark_ruled_out_names_the_country_and_the_regulation() {
    let why = |procedure| {
        ruled_out(&RuledOut {
            procedure,
            reason: Exclusion::EuropeanProceduresNotApplicable {
                country: Country::of("DK"),
            },
        })
    };
    assert_eq!(
        why(Procedure::InjonctionDePayerEuropeenne),
        "Injonction de payer européenne impossible : le Danemark n'est pas lié par le règlement (CE) n° 1896/2006 (article 2, paragraphe 3)."
    );
    assert!(why(Procedure::PetitsLitigesEuropeens).contains("861/2007"));
}

//! For each procedure, as tables: the situations where it is recommended, offered (a later
//! step or an alternative), or ruled out, with the typed reason. The figures of these cases
//! are checked by the worked cases (engine/tests/cases); here, only the decisions.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::*;
use crate::assess;
use crate::dossier::*;
use crate::params::date;

const TODAY: NaiveDate = date(2026, 3, 2);

/// A situation of the dossier, in words a test table can name.
#[derive(Clone, Copy)]
enum S {
    NothingSent,
    NothingSentDontKeep,
    RemindersSent,
    MedRunning,
    MedUnanswered,
    Promised,
    DisputesAll,
    DisputesPart,
    Above,
    Consumer,
    PublicBuyer,
    PrivateLawUndertaking,
    AbroadEu,
    AbroadGermany,
    AbroadDenmark,
    AbroadWorld,
    Proceedings,
    ProceedingsLate,
    BornAfterOpening,
    TimeBarred,
    Paid,
}

fn dossier(s: S) -> Dossier {
    let mut d = Dossier {
        debtor: Debtor {
            kind: DebtorKind::Business {
                commercial: true,
                artisan: false,
            },
            ..Debtor::default()
        },
        invoices: vec![Invoice {
            number: "F-1".into(),
            issue_date: date(2025, 12, 1),
            delivery_date: Some(date(2025, 12, 1)),
            request_received: None,
            term: PaymentTerm::DueDate {
                date: date(2025, 12, 31),
            },
            amount: Decimal::from(1500),
            payments: vec![],
            contract_rate: None,
            contract_rate_times_legal: false,
            disputed_entirely: false,
        }],
        relationship_worth_keeping: true,
        ..Dossier::default()
    };
    let unanswered = MiseEnDemeure {
        sent: date(2026, 2, 2),
        received: Some(date(2026, 2, 4)),
        deadline_days: 8,
    };
    let sent = |d: &mut Dossier| {
        d.reminders = vec![date(2026, 1, 10)];
        d.mise_en_demeure = Some(unanswered);
    };
    match s {
        S::NothingSent => {}
        S::NothingSentDontKeep => d.relationship_worth_keeping = false,
        S::RemindersSent => d.reminders = vec![date(2026, 1, 10)],
        S::MedRunning => {
            d.reminders = vec![date(2026, 1, 10)];
            d.mise_en_demeure = Some(MiseEnDemeure {
                sent: date(2026, 2, 25),
                received: Some(date(2026, 2, 27)),
                deadline_days: 8,
            });
        }
        S::MedUnanswered => sent(&mut d),
        S::Promised => {
            sent(&mut d);
            d.position = DebtorPosition::Promised;
        }
        S::DisputesAll => {
            sent(&mut d);
            d.position = DebtorPosition::DisputesAll;
        }
        S::DisputesPart => {
            sent(&mut d);
            d.position = DebtorPosition::DisputesPart {
                invoice: None,
                amount: Decimal::from(500),
            };
        }
        S::Above => {
            sent(&mut d);
            d.invoices[0].amount = Decimal::from(12_000);
        }
        S::Consumer => {
            sent(&mut d);
            d.debtor.kind = DebtorKind::Consumer;
        }
        S::PublicBuyer => {
            sent(&mut d);
            d.debtor.kind = DebtorKind::PublicBuyer {
                buyer: PublicBuyerKind::StateOrLocal,
                private_law: false,
            };
        }
        S::PrivateLawUndertaking => {
            sent(&mut d);
            d.debtor.kind = DebtorKind::PublicBuyer {
                buyer: PublicBuyerKind::PublicUndertaking,
                private_law: true,
            };
        }
        S::AbroadEu => {
            sent(&mut d);
            d.debtor.kind = DebtorKind::Abroad {
                in_eu: true,
                country: None,
            };
        }
        S::AbroadGermany | S::AbroadDenmark => {
            sent(&mut d);
            let code = if matches!(s, S::AbroadGermany) {
                "DE"
            } else {
                "DK"
            };
            d.debtor.kind = DebtorKind::Abroad {
                in_eu: true,
                country: crate::Country::parse(code),
            };
        }
        S::AbroadWorld => {
            sent(&mut d);
            d.debtor.kind = DebtorKind::Abroad {
                in_eu: false,
                country: None,
            };
        }
        S::Proceedings | S::ProceedingsLate | S::BornAfterOpening => {
            let (judgment, bodacc) = match s {
                S::Proceedings => (date(2026, 2, 10), date(2026, 2, 20)),
                S::ProceedingsLate => (date(2025, 12, 5), date(2025, 12, 15)),
                _ => (date(2025, 11, 1), date(2025, 11, 10)),
            };
            d.collective_proceedings = Some(CollectiveProceedings {
                kind: ProceedingsKind::RedressementJudiciaire,
                judgment_date: Some(judgment),
                bodacc_publication: bodacc,
                reservation_of_title: false,
            });
        }
        S::TimeBarred => {
            d.invoices[0].issue_date = date(2020, 1, 10);
            d.invoices[0].delivery_date = Some(date(2020, 1, 10));
            d.invoices[0].term = PaymentTerm::DueDate {
                date: date(2020, 2, 10),
            };
        }
        S::Paid => {
            d.invoices[0].payments = vec![Payment {
                date: date(2025, 12, 31),
                amount: Decimal::from(1500),
            }]
        }
    }
    d
}

fn recommendation(s: S) -> Recommendation {
    assess(&dossier(s), TODAY)
        .expect("a valid dossier")
        .recommendation
}

enum Verdict {
    Next,
    Then,
    Alternative,
    RuledOut(fn(&Exclusion) -> bool),
}

fn check(procedure: Procedure, table: &[(S, Verdict)]) {
    for (i, (s, verdict)) in table.iter().enumerate() {
        let r = recommendation(*s);
        let found = match verdict {
            Verdict::Next => r.next.procedure == procedure,
            Verdict::Then => r.then.iter().any(|a| a.procedure == procedure),
            Verdict::Alternative => r.alternatives.iter().any(|a| a.procedure == procedure),
            Verdict::RuledOut(why) => r
                .ruled_out
                .iter()
                .any(|o| o.procedure == procedure && why(&o.reason)),
        };
        assert!(found, "{procedure:?}, row {i}: {r:#?}");
    }
}

use Verdict::*;

#[test]
fn relance_amiable() {
    check(Procedure::RelanceAmiable, &[(S::NothingSent, Next)]);
    assert_ne!(
        recommendation(S::NothingSentDontKeep).next.procedure,
        Procedure::RelanceAmiable
    );
}

#[test]
fn mise_en_demeure() {
    check(
        Procedure::MiseEnDemeure,
        &[
            (S::NothingSentDontKeep, Next),
            (S::RemindersSent, Next),
            (S::NothingSent, Then),
            (
                S::Proceedings,
                RuledOut(|e| *e == Exclusion::DeclarationReplacesMiseEnDemeure),
            ),
        ],
    );
}

#[test]
fn attendre_le_delai() {
    check(
        Procedure::AttendreDelaiMiseEnDemeure,
        &[(S::MedRunning, Next)],
    );
}

#[test]
fn injonction_de_payer() {
    check(
        Procedure::InjonctionDePayer,
        &[
            (S::MedUnanswered, Next),
            (S::Above, Next),
            (S::DisputesPart, Next),
            (S::Consumer, Next),
            (S::PrivateLawUndertaking, Next),
            (S::MedRunning, Then),
            (S::Promised, Then),
            (
                S::DisputesAll,
                RuledOut(|e| matches!(e, Exclusion::Disputed { .. })),
            ),
            (
                S::Proceedings,
                RuledOut(|e| *e == Exclusion::CollectiveProceedings),
            ),
            (S::TimeBarred, RuledOut(|e| *e == Exclusion::TimeBarred)),
            (
                S::PublicBuyer,
                RuledOut(|e| *e == Exclusion::AdministrativeJudgeOnly),
            ),
            (
                S::AbroadEu,
                RuledOut(|e| *e == Exclusion::NoEstablishmentInFrance),
            ),
            (
                S::AbroadDenmark,
                RuledOut(|e| *e == Exclusion::NoEstablishmentInFrance),
            ),
        ],
    );
}

#[test]
fn petites_creances() {
    check(
        Procedure::PetitesCreances,
        &[
            (S::Promised, Next),
            (S::MedUnanswered, Alternative),
            (
                S::Above,
                RuledOut(|e| matches!(e, Exclusion::AboveSmallClaimsCeiling { .. })),
            ),
            (
                S::DisputesAll,
                RuledOut(|e| matches!(e, Exclusion::Disputed { .. })),
            ),
            (
                S::PublicBuyer,
                RuledOut(|e| *e == Exclusion::AdministrativeJudgeOnly),
            ),
            (
                S::Proceedings,
                RuledOut(|e| *e == Exclusion::CollectiveProceedings),
            ),
        ],
    );
}

#[test]
fn refere_provision() {
    check(
        Procedure::RefereProvision,
        &[
            (S::MedUnanswered, Alternative),
            (S::Promised, Alternative),
            (
                S::DisputesAll,
                RuledOut(|e| matches!(e, Exclusion::Disputed { .. })),
            ),
            (
                S::Proceedings,
                RuledOut(|e| *e == Exclusion::CollectiveProceedings),
            ),
            (S::TimeBarred, RuledOut(|e| *e == Exclusion::TimeBarred)),
        ],
    );
}

#[test]
fn mediateur_et_conciliateur() {
    check(
        Procedure::MediateurDesEntreprises,
        &[
            (S::DisputesAll, Next),
            (S::DisputesPart, Alternative),
            (S::MedUnanswered, Alternative),
            (S::PublicBuyer, Next),
            (
                S::Proceedings,
                RuledOut(|e| *e == Exclusion::MediatorNotInCollectiveProceedings),
            ),
        ],
    );
    let mut consumer = dossier(S::Consumer);
    consumer.position = DebtorPosition::DisputesAll;
    let r = assess(&consumer, TODAY).unwrap().recommendation;
    assert_eq!(r.next.procedure, Procedure::ConciliateurDeJustice);
    assert!(
        r.next.cites.contains(&cites::CPC_750_1),
        "≤ 5 000 € before the tribunal judiciaire"
    );
}

#[test]
fn assignation_au_fond() {
    check(
        Procedure::AssignationAuFond,
        &[
            (S::DisputesAll, Then),
            (
                S::Proceedings,
                RuledOut(|e| *e == Exclusion::CollectiveProceedings),
            ),
            (S::TimeBarred, RuledOut(|e| *e == Exclusion::TimeBarred)),
        ],
    );
}

#[test]
fn procedures_collectives() {
    check(Procedure::DeclarationDeCreance, &[(S::Proceedings, Next)]);
    check(Procedure::ReleveDeForclusion, &[(S::ProceedingsLate, Next)]);
    check(Procedure::ConsulterAvocat, &[(S::BornAfterOpening, Next)]);
    let r = recommendation(S::Proceedings);
    assert_eq!(
        r.next.deadlines[0].kind,
        DeadlineKind::DeclareClaim { months: 2 }
    );
    assert_eq!(r.next.deadlines[0].date, Some(date(2026, 4, 20)));
    assert!(r.next.notes.is_empty());
}

/// AUDIT I3: goods sold with a reservation of title are claimed back within 3 months of the
/// BODACC (C. com. L624-9), said beside the declaration and the relevé while it is open.
#[test]
fn a_reservation_of_title_adds_the_revendication_while_it_is_open() {
    let with_clause = |s: S, today: NaiveDate| {
        let mut d = dossier(s);
        if let Some(cp) = d.collective_proceedings.as_mut() {
            cp.reservation_of_title = true;
        }
        assess(&d, today)
            .expect("a valid dossier")
            .recommendation
            .next
    };
    // Published on 20 Feb 2026: declare by 20 Apr, claim the goods back by 20 May.
    let next = with_clause(S::Proceedings, TODAY);
    assert_eq!(next.procedure, Procedure::DeclarationDeCreance);
    let revendication = next
        .deadlines
        .iter()
        .find(|d| d.kind == DeadlineKind::Revendication { months: 3 });
    assert_eq!(revendication.and_then(|d| d.date), Some(date(2026, 5, 20)));
    assert!(matches!(
        next.notes[..],
        [Note::Revendication { by, liquidation: false, .. }] if by == date(2026, 5, 20)
    ));
    assert!(next.cites.contains(&cites::C_COM_L624_9));
    // After the declaration deadline, still open beside the relevé de forclusion…
    let next = with_clause(S::Proceedings, date(2026, 5, 1));
    assert_eq!(next.procedure, Procedure::ReleveDeForclusion);
    assert_eq!(next.notes.len(), 1);
    // …and gone once it has passed.
    let next = with_clause(S::Proceedings, date(2026, 5, 21));
    assert_eq!(next.procedure, Procedure::ReleveDeForclusion);
    assert!(next.notes.is_empty());
    assert!(next
        .deadlines
        .iter()
        .all(|d| d.kind != DeadlineKind::Revendication { months: 3 }));
}

#[test]
fn public_buyer_and_abroad() {
    check(
        Procedure::RefereProvisionAdministratif,
        &[(S::PublicBuyer, Then)],
    );
    check(
        Procedure::InjonctionDePayerEuropeenne,
        &[(S::AbroadEu, Next), (S::AbroadGermany, Next)],
    );
    check(
        Procedure::PetitsLitigesEuropeens,
        &[(S::AbroadEu, Then), (S::AbroadGermany, Then)],
    );
    check(
        Procedure::ConsulterAvocat,
        &[
            (S::AbroadWorld, Next),
            (S::AbroadDenmark, Next),
            (S::TimeBarred, Next),
        ],
    );
    assert!(matches!(
        recommendation(S::PublicBuyer).next.notes[..],
        [Note::PublicBuyerInterest { .. }]
    ));
}

/// Denmark is bound by neither European regulation (art. 2(3) of each): both are ruled out
/// with that reason, and the court of a German order is the one Germany named.
#[test]
fn denmark_without_the_european_procedures_and_germany_with_its_one_court() {
    let denmark = recommendation(S::AbroadDenmark);
    for procedure in [
        Procedure::InjonctionDePayerEuropeenne,
        Procedure::PetitsLitigesEuropeens,
    ] {
        assert!(denmark.ruled_out.iter().any(|r| r.procedure == procedure
            && matches!(r.reason, Exclusion::EuropeanProceduresNotApplicable { country } if country.code() == "DK")));
        assert!(!std::iter::once(&denmark.next)
            .chain(&denmark.then)
            .chain(&denmark.alternatives)
            .any(|a| a.procedure == procedure));
    }
    let germany = recommendation(S::AbroadGermany);
    assert!(matches!(
        germany.next.case,
        Case::InjonctionDePayerEuropeenne {
            central_court: Some(court),
            ..
        } if court.contains("Amtsgericht Wedding")
    ));
    assert!(matches!(
        recommendation(S::AbroadEu).next.case,
        Case::InjonctionDePayerEuropeenne {
            country: None,
            central_court: None,
            ..
        }
    ));
}

#[test]
fn execution_and_nothing_to_claim() {
    check(
        Procedure::ExecutionForcee,
        &[
            (S::MedUnanswered, Then),
            (S::DisputesAll, Then),
            (S::AbroadEu, Then),
            (S::AbroadDenmark, Then),
        ],
    );
    check(Procedure::RienAReclamer, &[(S::Paid, Next)]);
}

/// A deadline is kept only with its date when it is the end of the limitation period: typed,
/// never decided by its words.
#[test]
fn prescription_deadlines_need_a_date() {
    let r = recommendation(S::MedUnanswered);
    let kinds: Vec<DeadlineKind> = r.next.deadlines.iter().map(|d| d.kind).collect();
    assert!(kinds.contains(&DeadlineKind::ServeBeforePrescription));
    assert!(r
        .next
        .deadlines
        .iter()
        .filter(|d| d.kind == DeadlineKind::ServeBeforePrescription)
        .all(|d| d.date.is_some()));
}

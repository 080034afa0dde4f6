//! Properties that must hold for any dossier, not only the worked cases.

use chrono::{Days, NaiveDate};
use engine::interest::{accrue, InterestRule};
use engine::rates::RateBook;
use engine::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn day(offset: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 1, 1).unwrap() + Days::new(u64::from(offset))
}

fn cents() -> impl Strategy<Value = Decimal> {
    (-1_000i64..50_000_000).prop_map(|c| Decimal::new(c, 2))
}

fn debtor_kind() -> impl Strategy<Value = DebtorKind> {
    prop_oneof![
        (any::<bool>(), any::<bool>()).prop_map(|(commercial, artisan)| DebtorKind::Business {
            commercial,
            artisan
        }),
        Just(DebtorKind::Consumer),
        prop_oneof![
            Just(PublicBuyerKind::StateOrLocal),
            Just(PublicBuyerKind::Hospital),
            Just(PublicBuyerKind::PublicUndertaking)
        ]
        .prop_flat_map(|buyer| any::<bool>()
            .prop_map(move |private_law| DebtorKind::PublicBuyer { buyer, private_law })),
        (any::<bool>(), country())
            .prop_map(|(in_eu, country)| DebtorKind::Abroad { in_eu, country }),
    ]
}

/// Not said, a Member State, Denmark, France, a country outside the Union, or any two letters.
fn country() -> impl Strategy<Value = Option<engine::Country>> {
    prop_oneof![
        Just(None),
        prop_oneof![
            Just("DE".to_string()),
            Just("DK".to_string()),
            Just("IT".to_string()),
            Just("FR".to_string()),
            Just("CH".to_string()),
            (b'A'..=b'Z', b'A'..=b'Z').prop_map(|(a, b)| format!("{}{}", a as char, b as char)),
        ]
        .prop_map(|code| engine::Country::parse(&code)),
    ]
}

fn term() -> impl Strategy<Value = PaymentTerm> {
    prop_oneof![
        (0u32..5000).prop_map(|o| PaymentTerm::DueDate { date: day(o) }),
        Just(PaymentTerm::ContractSilent),
        (0u32..400).prop_map(|days| PaymentTerm::Days { days }),
        Just(PaymentTerm::FortyFiveDaysEndOfMonth),
    ]
}

fn invoice() -> impl Strategy<Value = Invoice> {
    (
        0u32..4800,
        proptest::option::of(0u32..4800),
        term(),
        cents(),
        proptest::collection::vec((0u32..5000, cents()), 0..4),
        proptest::option::of((-100i64..3000).prop_map(|bp| Decimal::new(bp, 2))),
    )
        .prop_map(
            |(issue, delivery, term, amount, payments, contract_rate)| Invoice {
                number: "F".into(),
                issue_date: day(issue),
                delivery_date: delivery.map(day),
                request_received: delivery.map(|d| day(d + 3)),
                term,
                amount,
                payments: payments
                    .into_iter()
                    .map(|(d, a)| Payment {
                        date: day(d),
                        amount: a,
                    })
                    .collect(),
                contract_rate,
                contract_rate_times_legal: false,
                disputed_entirely: false,
            },
        )
}

/// An invoice that passes validation for any date after `day(4000)`.
fn plausible_invoice() -> impl Strategy<Value = Invoice> {
    (
        0u32..3900,
        proptest::option::of(0u32..3900),
        prop_oneof![
            (0u32..100).prop_map(|o| PaymentTerm::DueDate {
                date: day(3900 + o)
            }),
            Just(PaymentTerm::ContractSilent),
            (0u32..120).prop_map(|days| PaymentTerm::Days { days }),
            Just(PaymentTerm::FortyFiveDaysEndOfMonth),
        ],
        1i64..50_000_000,
        proptest::collection::vec((0u32..4000, 1i64..25), 0..4),
        proptest::option::of((0i64..3000).prop_map(|bp| Decimal::new(bp, 2))),
    )
        .prop_map(|(issue, delivery, term, cents, payments, contract_rate)| {
            let amount = Decimal::new(cents, 2);
            Invoice {
                number: "F".into(),
                issue_date: day(issue),
                delivery_date: delivery.map(day),
                request_received: None,
                term,
                amount,
                // Each payment is at most a quarter of the amount: never above it in total.
                payments: payments
                    .into_iter()
                    .map(|(d, pct)| Payment {
                        date: day(d),
                        amount: (amount * Decimal::new(pct, 2))
                            .round_dp(2)
                            .max(Decimal::new(1, 2)),
                    })
                    .collect(),
                contract_rate,
                contract_rate_times_legal: false,
                disputed_entirely: false,
            }
        })
}

/// A dossier that passes validation for any date after `day(4000)`: the calculation runs.
fn plausible_dossier() -> impl Strategy<Value = Dossier> {
    (
        debtor_kind(),
        proptest::collection::vec(plausible_invoice(), 1..4),
        proptest::collection::vec((0u32..4000).prop_map(day), 0..4),
        proptest::option::of((0u32..3990, 0u32..10, 1u32..30)),
        prop_oneof![
            Just(DebtorPosition::Silent),
            Just(DebtorPosition::Promised),
            Just(DebtorPosition::DisputesAll)
        ],
        any::<bool>(),
        proptest::option::of((0u32..3990, 0u32..10, 0u8..3)),
    )
        .prop_map(
            |(kind, invoices, reminders, med, position, keep, proceedings)| Dossier {
                debtor: Debtor {
                    kind,
                    ..Debtor::default()
                },
                invoices,
                reminders,
                mise_en_demeure: med.map(|(s, r, d)| MiseEnDemeure {
                    sent: day(s),
                    received: Some(day(s + r)),
                    deadline_days: d,
                }),
                position,
                relationship_worth_keeping: keep,
                collective_proceedings: proceedings.map(|(j, b, k)| CollectiveProceedings {
                    kind: [
                        ProceedingsKind::Sauvegarde,
                        ProceedingsKind::RedressementJudiciaire,
                        ProceedingsKind::LiquidationJudiciaire,
                    ][k as usize],
                    judgment_date: Some(day(j)),
                    bodacc_publication: day(j + b),
                    reservation_of_title: j % 2 == 0,
                }),
                ..Dossier::default()
            },
        )
}

/// Anything at all, mostly invalid: exercises validation and must never panic.
fn dossier() -> impl Strategy<Value = Dossier> {
    (
        debtor_kind(),
        proptest::collection::vec(invoice(), 0..4),
        proptest::collection::vec((0u32..5000).prop_map(day), 0..4),
        proptest::option::of((0u32..5000, proptest::option::of(0u32..5000), 0u32..120)),
        prop_oneof![
            Just(DebtorPosition::Silent),
            Just(DebtorPosition::Promised),
            cents().prop_map(|amount| DebtorPosition::DisputesPart {
                amount,
                invoice: None
            }),
            Just(DebtorPosition::DisputesAll),
        ],
        any::<bool>(),
        proptest::option::of((0u32..5000, proptest::option::of(0u32..5000), 0u8..3)),
    )
        .prop_map(
            |(kind, invoices, reminders, med, position, keep, proceedings)| Dossier {
                debtor: Debtor {
                    kind,
                    ..Debtor::default()
                },
                invoices,
                reminders,
                mise_en_demeure: med.map(|(s, r, d)| MiseEnDemeure {
                    sent: day(s),
                    received: r.map(day),
                    deadline_days: d,
                }),
                position,
                relationship_worth_keeping: keep,
                collective_proceedings: proceedings.map(|(b, j, k)| CollectiveProceedings {
                    kind: [
                        ProceedingsKind::Sauvegarde,
                        ProceedingsKind::RedressementJudiciaire,
                        ProceedingsKind::LiquidationJudiciaire,
                    ][k as usize],
                    judgment_date: j.map(day),
                    bodacc_publication: day(b),
                    reservation_of_title: b % 2 == 0,
                }),
                ..Dossier::default()
            },
        )
}

/// The assessment of a dossier that must be accepted: a refusal fails the property.
fn assessed(dossier: &Dossier, today: NaiveDate) -> Result<Assessment, TestCaseError> {
    assess(dossier, today)
        .map_err(|e| TestCaseError::fail(format!("a plausible dossier was refused: {e:?}")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(512), ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_anything(dossier in dossier(), today in 0u32..5200) {
        let _ = assess(&dossier, day(today));
    }

    #[test]
    fn the_total_adds_up(dossier in plausible_dossier(), today in 4000u32..5200) {
        let a = assessed(&dossier, day(today))?;
        let t = &a.totals;
        prop_assert_eq!(t.total, t.principal + t.penalties + t.indemnities - t.payments);
        prop_assert!(t.penalties >= Decimal::ZERO);
        prop_assert!(t.undisputed >= Decimal::ZERO);
        prop_assert!(!engine::texts::fr::advice(&a.recommendation.next).title.is_empty());
    }

    /// PROBE F4: whatever values a site's rates file gives for the next half-year and the next
    /// ECB decision, the file is refused or every rate stays within its bounds, and no penalty
    /// is ever negative (scripts/fuzz runs it at volume).
    #[test]
    fn a_rates_file_never_brings_an_absurd_rate_nor_a_negative_penalty(
        dossier in plausible_dossier(),
        a in -2000i64..6000, b in -2000i64..6000, mro in -500i64..6000,
        known_days in 0i64..2000,
    ) {
        let table = RateTable::compiled();
        let mut file = table.to_file();
        let legal = file.legal_rates.iter_mut().find(|r| r.half_year == "2026-S2").unwrap();
        legal.individual = Decimal::new(a, 2).to_string();
        legal.professional = Decimal::new(b, 2).to_string();
        legal.status = engine::rates_file::FileStatus::Verified;
        legal.why = None;
        file.ecb_mro.rows.push(engine::rates_file::MroRow {
            from: "2026-10-29".into(),
            percent: Decimal::new(mro, 2).to_string(),
            reference: "test".into(),
            status: engine::rates_file::FileStatus::Verified,
            why: None,
        });
        // From the new row (29 Oct 2026) to five years after it.
        file.ecb_mro.known_until = (day(4684) + Days::new(u64::try_from(known_days).unwrap_or(0))).to_string();
        let Ok((extended, _)) = table.extended_by_text(&engine::rates_file::write(&file)) else {
            return Ok(());
        };
        let legal_bounds = engine::params::RATES_FILE_LEGAL_BOUNDS_BP.current();
        for r in extended.legal_individual.iter().chain(&extended.legal_professional) {
            prop_assert!(r.value >= engine::params::percent(legal_bounds.0) && r.value <= engine::params::percent(legal_bounds.1), "{}", r.value);
        }
        for r in &extended.mro {
            prop_assert!(r.value <= engine::params::percent(1000), "{}", r.value);
        }
        let a = engine::assess_with(&dossier, day(4900), &extended)
            .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert!(a.invoices.iter().all(|i| i.segments.iter().all(|s| s.amount >= Decimal::ZERO)));
    }

    #[test]
    fn penalties_never_decrease_as_the_date_moves_on(dossier in plausible_dossier(), later in 1u32..800) {
        let first = day(4000);
        let a = assessed(&dossier, first)?;
        let b = assessed(&dossier, first + Days::new(u64::from(later)))?;
        prop_assert!(b.totals.penalties >= a.totals.penalties, "{} then {}", a.totals.penalties, b.totals.penalties);
    }

    /// The rates file the app ships (the compiled table's own export) changes no figure.
    #[test]
    fn the_shipped_rates_file_changes_nothing(dossier in plausible_dossier(), today in 4000u32..5200) {
        let compiled = RateTable::compiled();
        let (same, added) = compiled.extended(&compiled.to_file()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(added, 0);
        let a = assessed(&dossier, day(today))?;
        let b = assess_with(&dossier, day(today), &same).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(a, b);
    }

    #[test]
    fn paid_on_time_means_no_penalties_and_no_indemnity(mut dossier in plausible_dossier(), today in 0u32..800) {
        for invoice in &mut dossier.invoices {
            let due = engine::due_date::due_date(invoice, dossier.debtor.kind).date;
            invoice.payments = vec![Payment { date: due, amount: invoice.amount }];
        }
        dossier.collective_proceedings = None;
        let a = assessed(&dossier, day(5000 + today))?;
        prop_assert_eq!(a.totals.penalties, Decimal::ZERO);
        prop_assert_eq!(a.totals.indemnities, Decimal::ZERO);
    }

    #[test]
    fn splitting_a_period_at_any_date_gives_the_same_sum(
        start in 0u32..4500, length in 1u32..900, cut in 0u32..900, principal in 1i64..10_000_000, contract in proptest::option::of(0i64..3000)
    ) {
        let book = RateBook::new(RateTable::compiled(), &[]);
        let rule = InterestRule::BetweenProfessionals { contract_rate: contract.map(|c| Decimal::new(c, 2)) };
        let (first, last) = (day(start), day(start + length));
        let mid = day(start + cut.min(length - 1));
        let base = Decimal::new(principal, 2);
        let whole: Decimal = accrue(rule, &book, first, last, base, &[]).iter().map(|s| s.amount).sum();
        let split: Decimal = accrue(rule, &book, first, mid, base, &[]).iter().chain(&accrue(rule, &book, mid.succ_opt().unwrap(), last, base, &[])).map(|s| s.amount).sum();
        prop_assert!((whole - split).abs() < Decimal::new(1, 18), "{whole} vs {split}");
    }
}

/// The steps of a recommendation, in order: next, then, alternatives.
fn steps(a: &Assessment) -> Vec<&engine::recourse::Advice> {
    let r = &a.recommendation;
    std::iter::once(&r.next)
        .chain(&r.then)
        .chain(&r.alternatives)
        .collect()
}

/// The first invoice partly disputed: `pct` % of what it still owes (when it owes anything).
fn partly_disputed(mut dossier: Dossier, pct: i64) -> Dossier {
    let first = &dossier.invoices[0];
    let outstanding = first.amount - first.payments.iter().map(|p| p.amount).sum::<Decimal>();
    let amount = (outstanding * Decimal::new(pct, 2)).round_dp(2);
    if amount > Decimal::ZERO {
        dossier.position = DebtorPosition::DisputesPart {
            amount,
            invoice: Some(0),
        };
    }
    dossier
}

// The invariants of the December 2026 audit (shared/legal/AUDIT-2026-12.md, issue « The law,
// audited again »): each could fail, as the errors it found show.
proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(512), ..ProptestConfig::default() })]

    /// E1, D4: no court step claims an invoice whose limitation period has run.
    #[test]
    fn no_court_step_claims_a_time_barred_invoice(dossier in plausible_dossier(), today in 4000u32..5200) {
        let a = assessed(&dossier, day(today))?;
        let claim = &a.court_claim;
        for &k in &claim.invoices {
            prop_assert!(a.invoices[k].prescription.status != engine::prescription::PrescriptionStatus::TimeBarred);
        }
        for &k in &claim.time_barred {
            prop_assert!(a.invoices[k].prescription.status == engine::prescription::PrescriptionStatus::TimeBarred);
            prop_assert!(!claim.invoices.contains(&k));
        }
        let claimed = engine::assessment::Totals::of(claim.invoices.iter().map(|&k| &a.invoices[k]));
        prop_assert_eq!(&claimed, &claim.totals);
        for step in steps(&a) {
            if let engine::recourse::Case::InjonctionDePayer { amount, .. } = step.case {
                prop_assert!(amount <= claim.totals.total, "{} > {}", amount, claim.totals.total);
            }
            let left_out = step.notes.iter().any(|n| matches!(n, engine::recourse::Note::TimeBarredLeftOut { .. }));
            if step.procedure.claims_in_court() && !claim.time_barred.is_empty() && !claim.invoices.is_empty() {
                prop_assert!(left_out, "{:?} does not say what it leaves out", step.procedure);
            }
        }
    }

    /// E1: no deadline of the recommended step lies before the assessment's date.
    #[test]
    fn no_deadline_of_the_next_step_is_already_past(dossier in plausible_dossier(), today in 4000u32..5200) {
        let a = assessed(&dossier, day(today))?;
        for d in &a.recommendation.next.deadlines {
            if let Some(date) = d.date {
                prop_assert!(date >= a.date, "{:?} on {} before {}", d.kind, date, a.date);
            }
        }
    }

    /// E2, D5: undisputed + disputed = total, and the undisputed penalties are those of the
    /// undisputed principal alone.
    #[test]
    fn a_disputed_part_takes_its_own_penalties(dossier in plausible_dossier(), pct in 1i64..=100, today in 4000u32..5200) {
        let dossier = partly_disputed(dossier, pct);
        let DebtorPosition::DisputesPart { amount, .. } = dossier.position else { return Ok(()) };
        let a = assessed(&dossier, day(today))?;
        let t = &a.totals;
        prop_assert_eq!(t.undisputed + t.disputed, t.total);
        prop_assert!(t.undisputed >= Decimal::ZERO && t.disputed >= Decimal::ZERO);
        let first = &a.invoices[0];
        if amount == dossier.invoices[0].amount {
            // The whole invoice: nothing of it is undisputed.
            prop_assert_eq!(first.disputed_due(), first.total_due());
            return Ok(());
        }
        let mut alone = dossier.clone();
        alone.position = DebtorPosition::Silent;
        alone.invoices[0].amount -= amount;
        let b = assessed(&alone, day(today))?;
        prop_assert_eq!(first.penalties - first.disputed_penalties, b.invoices[0].penalties);
    }

    /// E4, D7: no step of the path for a debtor abroad names French enforcement.
    #[test]
    fn no_step_abroad_names_french_enforcement(mut dossier in plausible_dossier(), in_eu in any::<bool>(), country in country(), today in 4000u32..5200) {
        dossier.debtor.kind = DebtorKind::Abroad { in_eu, country };
        dossier.collective_proceedings = None;
        let a = assessed(&dossier, day(today))?;
        for step in steps(&a) {
            let french = matches!(step.case, engine::recourse::Case::ExecutionForcee { .. });
            prop_assert!(!french, "French enforcement abroad");
            let text = engine::texts::fr::advice(step);
            let all = format!("{} {} {:?} {:?}", text.title, text.why, text.where_, text.articles);
            prop_assert!(!all.contains("L111-4") && !all.contains("commissaire de justice de votre choix"), "{}", all);
        }
    }

    /// The European procedures are offered only for a Member State bound by them: never for
    /// Denmark (art. 2(3) of Reg. 1896/2006 and 861/2007), never outside the Union.
    #[test]
    fn european_procedures_only_where_their_regulations_bind(mut dossier in plausible_dossier(), in_eu in any::<bool>(), country in country(), today in 4000u32..5200) {
        dossier.debtor.kind = DebtorKind::Abroad { in_eu, country };
        dossier.collective_proceedings = None;
        let a = assessed(&dossier, day(today))?;
        let bound = match country {
            Some(c) => engine::params::EU_MEMBER_STATES.at(day(today)).contains(&c.code()) && c.code() != "DK",
            None => in_eu,
        };
        for step in steps(&a) {
            let european = matches!(step.procedure, Procedure::InjonctionDePayerEuropeenne | Procedure::PetitsLitigesEuropeens);
            prop_assert!(bound || !european, "{:?} offered for {:?}", step.procedure, country);
        }
    }

    /// No penalty runs from an opening judgment on, and no 40 € for an invoice due after it.
    #[test]
    fn nothing_runs_after_an_opening_judgment(dossier in plausible_dossier(), today in 4000u32..5200) {
        let Some(cp) = dossier.collective_proceedings.clone() else { return Ok(()) };
        let a = assessed(&dossier, day(today))?;
        for (i, invoice) in a.invoices.iter().zip(&dossier.invoices) {
            if !cp.precedes(invoice) {
                continue;
            }
            for s in &i.segments {
                prop_assert!(s.to < cp.opening(), "{} runs past the opening {}", s.to, cp.opening());
            }
            if i.due.date >= cp.opening() {
                prop_assert_eq!(i.indemnity, Decimal::ZERO);
            }
        }
    }
}

proptest! {
    /// The small parser the app uses for plain digits agrees with rust_decimal's own.
    #[test]
    fn plain_decimal_agrees_with_rust_decimal(int in 0u64..1_000_000_000_000, frac in "[0-9]{0,3}") {
        let text = if frac.is_empty() { int.to_string() } else { format!("{int}.{frac}") };
        let ours = engine::amount::plain_decimal(&text);
        let theirs: Decimal = text.parse().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(ours, Some(theirs));
        prop_assert_eq!(ours.map(|d| d.scale()), Some(theirs.scale()));
    }
}

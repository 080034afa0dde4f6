//! Properties over anything a visitor can type or a storage can hold: never a panic.
//! `scripts/fuzz` runs them a million times each; `scripts/test` runs the default count.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use documents::{compose, docx, pdf, LetterKind};
use facture_impayee::edit::{PartyField, TextField};
use facture_impayee::form::{
    self, DossierForm, InvoiceForm, LineForm, PaymentForm, PositionChoice, TermChoice,
};
use facture_impayee::state::{Action, AppState, Persistence};
use facture_impayee::storage::{decode, encode, Loaded, SaveError, StoredDossier};
use std::rc::Rc;
use yew::Reducible;

/// Every line's id, invoices, payments and reminders together.
fn ids(form: &DossierForm) -> Vec<u32> {
    let mut ids: Vec<u32> = form.invoices.iter().map(|i| i.id).collect();
    ids.extend(
        form.invoices
            .iter()
            .flat_map(|i| i.payments.iter().map(|p| p.id)),
    );
    ids.extend(form.reminders.iter().map(|r| r.id));
    ids
}

fn unique(ids: &[u32]) -> bool {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    sorted.len() == ids.len() && !ids.contains(&0)
}

/// What can happen to a dossier: the visitor's edits, another tab's saves and erases, saves
/// refused for want of space then accepted, imports confirmed or not, a backup restored.
fn event() -> impl Strategy<Value = u8> {
    0u8..12
}
use proptest::prelude::*;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

/// What people type in a field: plausible values most of the time, anything at all otherwise.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => Just(String::new()),
        4 => (1u32..28, 1u32..13, 2014i32..2027).prop_map(|(d, m, y)| format!("{d:02}/{m:02}/{y}")),
        4 => (2014i32..2027, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        4 => (0u64..10_000_000).prop_map(|c| format!("{},{:02}", c / 100, c % 100)),
        2 => "[0-9 ,.€-]{0,14}",
        2 => any::<String>(),
        1 => Just("<script>alert('x')</script> & \"é\" 😀 مرحبا".to_string()),
    ]
}

fn invoice() -> impl Strategy<Value = InvoiceForm> {
    (
        typed(),
        typed(),
        typed(),
        typed(),
        typed(),
        typed(),
        0u8..4,
        proptest::collection::vec((typed(), typed()), 0..3),
    )
        .prop_map(
            |(
                number,
                issue_date,
                delivery_date,
                amount,
                due_date,
                contract_rate,
                term,
                payments,
            )| InvoiceForm {
                id: 1,
                number,
                issue_date,
                delivery_date: delivery_date.clone(),
                amount,
                term: [
                    TermChoice::DueDate,
                    TermChoice::ContractSilent,
                    TermChoice::Days,
                    TermChoice::FortyFiveDaysEndOfMonth,
                ][term as usize],
                due_date: due_date.clone(),
                request_received: delivery_date.clone(),
                days: due_date,
                times_legal: term == 1,
                disputed_entirely: term == 2,
                contract_rate,
                payments: payments
                    .into_iter()
                    .map(|(date, amount)| PaymentForm {
                        id: 2,
                        date,
                        amount,
                    })
                    .collect(),
            },
        )
}

fn form() -> impl Strategy<Value = DossierForm> {
    (
        proptest::collection::vec(invoice(), 0..3),
        proptest::collection::vec(typed(), 0..3),
        any::<bool>(),
        (typed(), typed(), typed()),
        (0u8..4, typed()),
        (any::<bool>(), typed(), typed()),
        (typed(), typed(), typed()),
    )
        .prop_map(
            |(
                invoices,
                reminders,
                med,
                (sent, received, days),
                (position, disputed),
                (proceedings, bodacc, judgment),
                (name, extra, deadline),
            )| {
                let mut f = DossierForm {
                    invoices,
                    ..DossierForm::default()
                };
                f.reminders = reminders
                    .into_iter()
                    .map(|date| LineForm { id: 3, date })
                    .collect();
                f.med_sent = med;
                f.med_sent_date = sent;
                f.med_received_date = received;
                f.med_deadline_days = days;
                f.position = [
                    PositionChoice::Silent,
                    PositionChoice::Promised,
                    PositionChoice::DisputesPart,
                    PositionChoice::DisputesAll,
                ][position as usize];
                f.disputed_amount = disputed;
                f.in_proceedings = proceedings;
                f.bodacc_date = bodacc;
                f.judgment_date = judgment;
                f.debtor_name = name.clone();
                f.creditor_details.address = name;
                f.letter.extra = extra.clone();
                f.letter.deadline_days = deadline.clone();
                // The letter's rewritten texts, its kind and an overridden rate: every shape
                // the stored form holds.
                f.letter.kind = LetterKind::ALL.get(deadline.len()).copied();
                f.letter.openings = vec![None, Some(extra.clone())];
                f.letter.closings = vec![Some(deadline)];
                if med {
                    f.rate_overrides.push(form::RateOverrideForm {
                        half_year: engine::HalfYear {
                            year: 2026,
                            second: true,
                        },
                        rate: engine::OverriddenRate::LegalProfessional,
                        value: extra,
                    });
                }
                f
            },
        )
}

fn day(offset: u64) -> String {
    (NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + chrono::Days::new(offset)).to_string()
}

/// A form the app accepts (dates before 2026-11-22, amounts that read), with anything at all
/// in the free text: names, addresses and the letter's paragraphs.
fn plausible_form() -> impl Strategy<Value = DossierForm> {
    let invoice = (
        0u64..4000,
        0u64..90,
        1u64..10_000_000,
        proptest::option::of(1u64..40),
        any::<String>(),
    )
        .prop_map(|(issue, term, cents, paid_pct, number)| InvoiceForm {
            id: 1,
            number,
            issue_date: day(issue),
            amount: format!("{},{:02}", cents / 100, cents % 100),
            term: TermChoice::DueDate,
            due_date: day(issue + term),
            payments: paid_pct
                .map(|pct| {
                    // In cents, so that a payment never exceeds a one-cent invoice.
                    let paid = (cents * pct / 100).max(1);
                    vec![PaymentForm {
                        id: 2,
                        date: day(issue + term + 5),
                        amount: format!("{},{:02}", paid / 100, paid % 100),
                    }]
                })
                .unwrap_or_default(),
            ..InvoiceForm::default()
        });
    (
        proptest::collection::vec(invoice, 1..4),
        proptest::option::of((0u64..4000, 1u64..30)),
        0u8..3,
        any::<bool>(),
        (
            any::<String>(),
            any::<String>(),
            any::<String>(),
            any::<String>(),
        ),
        proptest::option::of(0u64..4000),
    )
        .prop_map(
            |(invoices, med, position, keep, (name, address, extra, opening), bodacc)| {
                let mut f = DossierForm {
                    invoices,
                    ..DossierForm::default()
                };
                if let Some((sent, days)) = med {
                    f.med_sent = true;
                    f.med_sent_date = day(sent);
                    f.med_deadline_days = days.to_string();
                }
                f.position = [
                    PositionChoice::Silent,
                    PositionChoice::Promised,
                    PositionChoice::DisputesAll,
                ][position as usize];
                f.keep_relationship = keep;
                f.debtor_name = name.clone();
                f.creditor_name = name;
                f.creditor_details.address = address.clone();
                f.debtor_details.address = address;
                f.letter.extra = extra;
                f.letter.opening = opening;
                if let Some(b) = bodacc {
                    f.in_proceedings = true;
                    f.bodacc_date = day(b);
                    f.judgment_date = day(b.saturating_sub(10));
                }
                f
            },
        )
}

/// The stored text of `form` with the characters at `cuts` replaced.
fn damaged(form: DossierForm, cuts: Vec<(prop::sample::Index, char)>) -> String {
    let mut chars: Vec<char> = encode(&StoredDossier {
        form,
        ..StoredDossier::default()
    })
    .chars()
    .collect();
    for (at, c) in cuts {
        let i = at.index(chars.len());
        chars[i] = c;
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(config())]

    /// Any text in storage: decoded or refused, never a panic.
    #[test]
    fn the_storage_decoder_survives_anything(raw in any::<Vec<u8>>()) {
        let _ = decode(&String::from_utf8_lossy(&raw));
    }

    /// A real stored dossier with characters changed: decoded or refused, never a panic, and
    /// what decodes goes through the whole app without one either.
    #[test]
    fn a_damaged_dossier_never_panics(form in form(), cuts in proptest::collection::vec((any::<prop::sample::Index>(), any::<char>()), 1..6)) {
        if let Ok(stored) = decode(&damaged(form, cuts)) {
            let _ = form::errors(&stored.form, NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
        }
    }

    /// A dossier read back is the dossier written, and written again is the same text: no
    /// field lost or changed on the way (tests/past_versions.rs holds the text itself).
    #[test]
    fn the_stored_text_reads_back_and_writes_again_the_same(form in form(), step in 0usize..6) {
        let step = facture_impayee::form::Step::ALL.get(step).copied().unwrap_or(facture_impayee::form::Step::Letter);
        let stored = StoredDossier { form, step, reached: step, ..StoredDossier::default() };
        // Reading renumbers clashing ids and moves an older opening into its letter's place.
        let once = decode(&encode(&stored)).unwrap();
        let text = encode(&once);
        prop_assert_eq!(&decode(&text).unwrap(), &once);
        prop_assert_eq!(encode(&decode(&text).unwrap()), text);
        prop_assert_eq!(&once.form.invoices.len(), &stored.form.invoices.len());
        prop_assert_eq!(&once.form.creditor_details, &stored.form.creditor_details);
        prop_assert_eq!((once.step, once.reached), (stored.step, stored.reached));
    }

    /// A damaged dossier that is read at all is read whole: written again, it reads the same.
    #[test]
    fn a_damaged_dossier_read_is_read_whole(form in form(), cuts in proptest::collection::vec((any::<prop::sample::Index>(), any::<char>()), 1..6)) {
        if let Ok(read) = decode(&damaged(form, cuts)) {
            prop_assert_eq!(decode(&encode(&read)).unwrap(), read);
        }
    }

    #[test]
    fn every_line_gets_its_own_id(form in form(), seeds in proptest::collection::vec(any::<u32>(), 0..12), next in any::<u32>(), adds in 0usize..6) {
        let mut form = form;
        let mut seed = seeds.into_iter().cycle().chain(std::iter::repeat(0));
        for invoice in &mut form.invoices {
            invoice.id = seed.next().unwrap_or(0) % 4;
            for payment in &mut invoice.payments {
                payment.id = seed.next().unwrap_or(u32::MAX);
            }
        }
        form.next_id = next;
        let Ok(stored) = decode(&encode(&StoredDossier { form, ..StoredDossier::default() })) else {
            return Ok(());
        };
        let mut form = stored.form;
        prop_assert!(unique(&ids(&form)), "{:?}", ids(&form));
        for _ in 0..adds {
            form.add_invoice();
            form.add_reminder();
            let first = form.invoices[0].id;
            form.add_payment(first);
        }
        prop_assert!(unique(&ids(&form)), "{:?}", ids(&form));
        prop_assert!(form.next_id > ids(&form).into_iter().max().unwrap_or(0));
    }

    /// Any sequence of edits, other tabs' changes, saves refused then accepted, imports and
    /// restores: never a panic, ids stay unique, another tab's answers are taken in whole, a
    /// full storage recovers on the next save that passes, a blocked one stays in memory.
    #[test]
    fn tabs_saves_and_imports_in_any_order(events in proptest::collection::vec((event(), form(), typed()), 1..24)) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let mut state = Rc::new(AppState::new(Loaded::Nothing, today, Rc::default()));
        for (what, other, text) in events {
            let theirs = decode(&encode(&StoredDossier { form: other, ..StoredDossier::default() })).ok();
            let before = state.persistence;
            let action = match what {
                0 => Action::SetText(TextField::Debtor(PartyField::Name), text),
                1 => Action::AddInvoice,
                2 => Action::RemoveInvoice(state.form.invoices.first().map_or(0, |i| i.id)),
                3 => match theirs.clone() { Some(t) => Action::ChangedElsewhere(Box::new(t)), None => Action::AddReminder },
                4 => Action::ErasedElsewhere,
                5 => Action::Saved(Err(SaveError::Full)),
                6 => Action::Saved(Ok(())),
                7 => Action::Saved(Err(SaveError::Conflict)),
                8 => match theirs.clone() { Some(t) => Action::Imported(Box::new(t)), None => Action::AddPayment(1) },
                9 => Action::ConfirmImport,
                10 => Action::RestoreBackup,
                _ => Action::CancelImport,
            };
            let taken_in = matches!(action, Action::ChangedElsewhere(_));
            let saved = matches!(action, Action::Saved(Ok(())));
            state = state.reduce(action);
            prop_assert!(unique(&ids(&state.form)), "{:?}", ids(&state.form));
            if taken_in {
                prop_assert_eq!(&state.form, &theirs.as_ref().unwrap().form);
            }
            if saved && before == Persistence::Full {
                prop_assert_eq!(state.persistence, Persistence::Saved);
            }
            let _ = form::errors(&state.form, today);
        }
    }

    /// Anything typed: read by the form without a panic.
    #[test]
    fn anything_typed_is_read_without_a_panic(form in form(), days in 0u64..5000) {
        let today = NaiveDate::from_ymd_opt(2014, 1, 1).unwrap() + chrono::Days::new(days);
        let _ = form::errors(&form, today);
        let _ = form::to_dossier(&form);
        let _ = form::letter_options(&form);
    }

    /// A form the app accepts, with any free text: the engine, every letter and both files,
    /// never a panic; and what the form accepts, the engine always assesses.
    #[test]
    fn an_accepted_form_goes_through_the_whole_chain(form in plausible_form()) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let errors = form::errors(&form, today);
        prop_assert!(errors.is_empty(), "a plausible form was refused: {errors:?}");
        let (dossier, _) = form::to_dossier(&form);
        let (options, _) = form::letter_options(&form);
        let a = engine::assess(&dossier, today)
            .map_err(|e| TestCaseError::fail(format!("the form accepted what the engine refused: {e:?}")))?;
        for &kind in LetterKind::ALL {
            let letter = compose(kind, &dossier, &a, &options);
            prop_assert!(pdf::write(&letter).starts_with(b"%PDF-1.4"));
            prop_assert!(docx::write(&letter).starts_with(b"PK"));
        }
    }
}

/// A natural person's detail as typed: a word or two, blank, or only spaces.
fn detail() -> impl Strategy<Value = String> {
    "[ A-Za-zéÉ'-]{0,12}"
}

/// What a requête prints for a detail: the text, or a blank to fill in by hand.
fn shown(typed: &str) -> String {
    let typed = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    if typed.is_empty() {
        "……………………".into()
    } else {
        typed
    }
}

/// The paragraph that follows `heading` in the letter, white space folded.
fn after_heading(letter: &documents::Letter, heading: &str) -> String {
    let mut blocks = letter.blocks.iter();
    blocks.find(|b| matches!(b, documents::Block::Heading(h) if h == heading));
    match blocks.next() {
        Some(documents::Block::Paragraph(p)) => p
            .replace(['\u{a0}', '\u{202f}'], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        other => format!("no paragraph after {heading}: {other:?}"),
    }
}

proptest! {
    #![proptest_config(config())]

    /// AUDIT E3: a requête names a natural person as CPC 54 3° a) (the applicant) and 57 (the
    /// debtor) require, each mention filled in or a visible blank; never a seat or a
    /// representative.
    #[test]
    fn every_requete_names_a_natural_person_with_each_mention(
        mut form in plausible_form(),
        names in (detail(), detail(), detail(), detail(), detail()),
        more in (detail(), detail(), detail(), detail()),
        born in proptest::option::of(0u64..30000),
        consumer in any::<bool>(),
    ) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let (surname, first_names, profession, nationality, birth_place) = names;
        let (address, debtor_surname, debtor_first_names, trade_name) = more;
        let c = &mut form.creditor_details;
        c.natural_person = true;
        (c.surname, c.first_names, c.profession, c.nationality, c.birth_place) =
            (surname.clone(), first_names.clone(), profession.clone(), nationality.clone(), birth_place.clone());
        let birth = born.map(|d| NaiveDate::from_ymd_opt(1930, 1, 1).unwrap() + chrono::Days::new(d));
        c.birth_date = birth.map(|d| d.format("%d/%m/%Y").to_string()).unwrap_or_default();
        c.address = address.clone();
        c.representative = "Claire Dupont, gérante".into();
        form.creditor_name = trade_name.clone();
        form.debtor = if consumer { form::DebtorChoice::Consumer } else { form::DebtorChoice::Company };
        form.debtor_name = trade_name;
        let d = &mut form.debtor_details;
        d.natural_person = true;
        (d.surname, d.first_names) = (debtor_surname.clone(), debtor_first_names.clone());
        d.address = address.clone();
        d.representative = "M. Jean Martin, président".into();

        let reading = form::read(&form, today);
        prop_assert!(reading.errors.is_empty(), "{:?}", reading.errors);
        let a = engine::assess(&reading.dossier, today).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let letter = compose(LetterKind::RequeteInjonctionDePayer, &reading.dossier, &a, &reading.letter);
        let domicile = shown(&address);
        let applicant = after_heading(&letter, "Le requérant");
        for mention in [
            format!("Nom : {}", shown(&surname)),
            format!("prénoms : {}", shown(&first_names)),
            format!("profession : {}", shown(&profession)),
            format!("nationalité : {}", shown(&nationality)),
            format!(
                "date et lieu de naissance : {} à {}",
                birth.map_or_else(|| shown(""), engine::format::date_fr),
                shown(&birth_place)
            ),
            format!("domicile : {domicile}"),
        ] {
            prop_assert!(applicant.contains(&mention), "« {mention} » missing from « {applicant} »");
        }
        let debtor = after_heading(&letter, "Le débiteur");
        let own_name = shown(&form.debtor_name);
        let names_given = !(debtor_surname.trim().is_empty() && debtor_first_names.trim().is_empty());
        let mut mentions = vec![format!("domicile : {domicile}")];
        if consumer && !names_given && own_name != shown("") {
            mentions.push(format!("Nom et prénoms : {own_name}"));
        } else {
            mentions.push(format!("Nom : {}", shown(&debtor_surname)));
            mentions.push(format!("prénoms : {}", shown(&debtor_first_names)));
        }
        for mention in mentions {
            prop_assert!(debtor.contains(&mention), "« {mention} » missing from « {debtor} »");
        }
        for party in [&applicant, &debtor] {
            prop_assert!(!party.contains("siège") && !party.contains("représenté"), "{party}");
        }
    }
}

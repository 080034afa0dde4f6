//! Reading the form: what the visitor typed, converted into the engine's `Dossier` and the
//! letter's options, with every problem tied to its field. Done once per change (the state
//! keeps the result); a counter lets tests prove it.

use chrono::NaiveDate;
use documents::LetterOptions;
use engine::field::{
    FieldPath, InvoiceField, LetterField, MiseEnDemeureField, PartyField, PaymentField,
    PositionField, ProceedingsField, Side,
};
use engine::format::parse_date;
use engine::problem::{Needed, Problem};
use engine::{
    CollectiveProceedings, Debtor, DebtorKind, DebtorPosition, Dossier, Invoice, MiseEnDemeure,
    Party, PaymentTerm, PublicBuyerKind, RateOverride,
};
use rust_decimal::Decimal;

use crate::form::{
    BusinessChoice, DebtorChoice, DossierForm, FormError, InvoiceForm, PartyDetails,
    PositionChoice, TermChoice,
};

/// What a date field holds when the browser could not make a date of what was typed
/// (« 31/02/2026 », a missing year): the field then reports it instead of saying it is empty.
pub const IMPOSSIBLE_DATE: &str = "?";

/// Three groups of digits: a date in shape, whatever its values.
fn looks_like_a_date(raw: &str) -> bool {
    let parts: Vec<&str> = raw.trim().split(['/', '.', '-']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Collects the problems met while reading the form.
#[derive(Default)]
struct Checker {
    errors: Vec<FormError>,
}

impl Checker {
    fn push(&mut self, field: FieldPath, problem: Problem, missing: bool) {
        self.errors.push(FormError {
            field,
            problem,
            missing,
        });
    }

    fn date(&mut self, path: FieldPath, raw: &str, required: Option<Needed>) -> Option<NaiveDate> {
        if raw.trim().is_empty() {
            if let Some(what) = required {
                self.push(path, Problem::Missing(what), true);
            }
            return None;
        }
        let parsed = parse_date(raw);
        if parsed.is_none() {
            // « 31/02/2026 », or a date field the browser found impossible or incomplete.
            let problem = if raw == IMPOSSIBLE_DATE || looks_like_a_date(raw) {
                Problem::DateDoesNotExist
            } else {
                Problem::DateNotValid
            };
            self.push(path, problem, false);
        }
        parsed
    }

    fn amount(&mut self, path: FieldPath, raw: &str) -> Option<Decimal> {
        if raw.trim().is_empty() {
            self.push(path, Problem::Amount(engine::AmountError::Empty), true);
            return None;
        }
        engine::parse_amount(raw)
            .map_err(|e| self.push(path, Problem::Amount(e), false))
            .ok()
    }

    fn rate(&mut self, path: FieldPath, raw: &str) -> Option<Decimal> {
        let cleaned = raw.trim().trim_end_matches('%').trim();
        engine::parse_amount(cleaned)
            .map_err(|_| self.push(path, Problem::RateNotAPercentage, false))
            .ok()
    }

    fn whole_days(&mut self, path: FieldPath, raw: &str, what: Needed) -> Option<u32> {
        match raw.trim().parse::<u32>() {
            Ok(days) => Some(days),
            Err(_) if raw.trim().is_empty() => {
                self.push(path, Problem::Missing(what), true);
                None
            }
            Err(_) => {
                self.push(path, Problem::DaysNotWhole, false);
                None
            }
        }
    }
}

/// Converts the form into a dossier, with every problem found while reading it.
/// The engine's own checks (due date before invoice date…) are added by [`errors`].
pub fn to_dossier(form: &DossierForm) -> (Dossier, Vec<FormError>) {
    let c = convert(form);
    (c.dossier, c.errors)
}

/// A conversion. Every invoice, payment and reminder is kept, so the engine's messages
/// keep the form's indices; a value that could not be read is replaced by a placeholder,
/// and the engine's messages about placeholders are dropped (`unreliable`). A placeholder
/// always comes with a reading error, so no figure is ever computed from one.
struct Conversion {
    dossier: Dossier,
    errors: Vec<FormError>,
    /// Engine fields whose messages would be about a placeholder.
    unreliable: Vec<FieldPath>,
}

/// Collective proceedings: the opening judgment and its publication.
fn proceedings(form: &DossierForm, check: &mut Checker) -> Option<CollectiveProceedings> {
    if form.in_proceedings {
        // Interest stops at the judgment, not at its publication: ask for it (FACTS P8).
        let judgment_date = check.date(
            FieldPath::Proceedings(ProceedingsField::JudgmentDate),
            &form.judgment_date,
            Some(Needed::JudgmentDate),
        );
        let bodacc = check.date(
            FieldPath::Proceedings(ProceedingsField::BodaccPublication),
            &form.bodacc_date,
            Some(Needed::BodaccDate),
        );
        bodacc.map(|bodacc_publication| CollectiveProceedings {
            kind: form.proceedings,
            judgment_date,
            bodacc_publication,
            reservation_of_title: form.reservation_of_title,
        })
    } else {
        None
    }
}

/// One invoice; a value that could not be read is a placeholder, and its field is unreliable.
fn invoice(
    form: &DossierForm,
    i: usize,
    inv: &InvoiceForm,
    check: &mut Checker,
    unreliable: &mut Vec<FieldPath>,
) -> Invoice {
    let at = |f| FieldPath::Invoice(i, f);
    let issue = check.date(
        at(InvoiceField::IssueDate),
        &inv.issue_date,
        Some(Needed::InvoiceDate),
    );
    let delivery = check.date(at(InvoiceField::DeliveryDate), &inv.delivery_date, None);
    let request_received = if form.debtor == DebtorChoice::PublicBuyer {
        check.date(
            at(InvoiceField::RequestReceived),
            &inv.request_received,
            None,
        )
    } else {
        None
    };
    let term = match inv.term {
        TermChoice::DueDate => check
            .date(
                at(InvoiceField::DueDate),
                &inv.due_date,
                Some(Needed::DueDate),
            )
            .map(|date| PaymentTerm::DueDate { date }),
        TermChoice::ContractSilent => Some(PaymentTerm::ContractSilent),
        TermChoice::FortyFiveDaysEndOfMonth => Some(PaymentTerm::FortyFiveDaysEndOfMonth),
        TermChoice::OnReceipt => Some(PaymentTerm::OnReceipt),
        TermChoice::Days => check
            .whole_days(at(InvoiceField::TermDays), &inv.days, Needed::TermDays)
            .map(|days| PaymentTerm::Days { days }),
    };
    let amount = check.amount(at(InvoiceField::Amount), &inv.amount);
    // A contract rate counts between professionals only; the field is hidden otherwise.
    let times_legal = inv.times_legal && form.debtor.is_professional();
    let contract_rate =
        if inv.contract_rate.trim().is_empty() || !form.debtor.is_professional() || times_legal {
            None
        } else {
            check.rate(at(InvoiceField::ContractRate), &inv.contract_rate)
        };
    if issue.is_none() || term.is_none() {
        unreliable.extend([
            at(InvoiceField::IssueDate),
            at(InvoiceField::DueDate),
            at(InvoiceField::Term),
        ]);
    }
    if amount.is_none() {
        unreliable.extend([at(InvoiceField::Amount), at(InvoiceField::Payments)]);
    }
    let mut payments = Vec::new();
    for (j, p) in inv.payments.iter().enumerate() {
        let pat = |f| FieldPath::Payment(i, j, f);
        let date = check.date(pat(PaymentField::Date), &p.date, Some(Needed::PaymentDate));
        let paid = check.amount(pat(PaymentField::Amount), &p.amount);
        if date.is_none() {
            unreliable.push(pat(PaymentField::Date));
        }
        if paid.is_none() {
            unreliable.extend([pat(PaymentField::Amount), at(InvoiceField::Payments)]);
        }
        payments.push(engine::Payment {
            date: date.unwrap_or(NaiveDate::MIN),
            amount: paid.unwrap_or(Decimal::ONE),
        });
    }
    let number = inv.number.trim();
    Invoice {
        number: number.to_string(),
        issue_date: issue.unwrap_or(NaiveDate::MIN),
        delivery_date: delivery,
        request_received,
        term: term.unwrap_or(PaymentTerm::ContractSilent),
        amount: amount.unwrap_or(Decimal::ONE),
        payments,
        contract_rate,
        contract_rate_times_legal: times_legal,
        disputed_entirely: form.position == PositionChoice::DisputesInvoices
            && inv.disputed_entirely,
    }
}

fn convert(form: &DossierForm) -> Conversion {
    READINGS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut check = Checker::default();
    let mut unreliable: Vec<FieldPath> = Vec::new();
    let collective_proceedings = proceedings(form, &mut check);
    let invoices = form
        .invoices
        .iter()
        .enumerate()
        .map(|(i, inv)| invoice(form, i, inv, &mut check, &mut unreliable))
        .collect();
    let reminders = form
        .reminders
        .iter()
        .enumerate()
        .map(|(i, r)| {
            check
                .date(FieldPath::Reminder(i), &r.date, Some(Needed::ReminderDate))
                .unwrap_or(NaiveDate::MIN)
        })
        .collect();
    let mise_en_demeure = mise_en_demeure(form, &mut check);
    let position = match form.position {
        PositionChoice::Silent => DebtorPosition::Silent,
        PositionChoice::Promised => DebtorPosition::Promised,
        PositionChoice::DisputesAll => DebtorPosition::DisputesAll,
        // Every invoice ticked is the whole claim disputed.
        PositionChoice::DisputesInvoices if form.invoices.iter().all(|i| i.disputed_entirely) => {
            DebtorPosition::DisputesAll
        }
        PositionChoice::DisputesInvoices => DebtorPosition::DisputesInvoices,
        PositionChoice::DisputesPart => {
            let invoice = disputed_invoice(form, &mut check);
            match check.amount(
                FieldPath::Position(PositionField::Amount),
                &form.disputed_amount,
            ) {
                Some(amount) => DebtorPosition::DisputesPart { amount, invoice },
                None => DebtorPosition::Silent,
            }
        }
    };
    let rate_overrides = rate_overrides(form, &mut check);
    let kind = debtor_kind(form, &mut check);
    let dossier = Dossier {
        creditor: party(
            Side::Creditor,
            &form.creditor_name,
            &form.creditor_details,
            form.creditor_details.natural_person,
            &mut check,
        ),
        debtor: Debtor {
            identity: party(
                Side::Debtor,
                &form.debtor_name,
                &form.debtor_details,
                debtor_is_natural_person(form),
                &mut check,
            ),
            kind,
        },
        // A consumer is never under these proceedings: the question is not asked then.
        collective_proceedings: collective_proceedings
            .filter(|_| form.debtor != DebtorChoice::Consumer),
        invoices,
        reminders,
        mise_en_demeure,
        position,
        relationship_worth_keeping: form.keep_relationship,
        // Said in the letters only while the debtor disputes something.
        dispute_reason: if matches!(
            form.position,
            PositionChoice::Silent | PositionChoice::Promised
        ) {
            String::new()
        } else {
            form.dispute_reason.clone()
        },
        rate_overrides,
    };
    Conversion {
        dossier,
        errors: check.errors,
        unreliable,
    }
}

/// The mise en demeure, when one was sent.
/// The position of the partly disputed invoice: the only one, or the one chosen.
fn disputed_invoice(form: &DossierForm, check: &mut Checker) -> Option<usize> {
    if form.invoices.len() == 1 {
        return Some(0);
    }
    let at = form
        .invoices
        .iter()
        .position(|i| i.id == form.disputed_invoice);
    if at.is_none() {
        check.push(
            FieldPath::Position(PositionField::Invoice),
            Problem::DisputedInvoiceMissing,
            true,
        );
    }
    at
}

fn mise_en_demeure(form: &DossierForm, check: &mut Checker) -> Option<MiseEnDemeure> {
    if form.med_sent {
        let at = FieldPath::MiseEnDemeure;
        let sent = check.date(
            at(MiseEnDemeureField::Sent),
            &form.med_sent_date,
            Some(Needed::MiseEnDemeureSent),
        );
        let received = check.date(
            at(MiseEnDemeureField::Received),
            &form.med_received_date,
            None,
        );
        let days = check.whole_days(
            at(MiseEnDemeureField::DeadlineDays),
            &form.med_deadline_days,
            Needed::MiseEnDemeureDays,
        );
        match (sent, days) {
            (Some(sent), Some(deadline_days)) => Some(MiseEnDemeure {
                sent,
                received,
                deadline_days,
            }),
            _ => None,
        }
    } else {
        None
    }
}

/// The rates the visitor typed in place of unverified table values.
fn rate_overrides(form: &DossierForm, check: &mut Checker) -> Vec<RateOverride> {
    form.rate_overrides
        .iter()
        .enumerate()
        .filter(|(_, o)| !o.value.trim().is_empty())
        .filter_map(|(i, o)| {
            check
                .rate(FieldPath::RateOverride(i), &o.value)
                .map(|value| RateOverride {
                    half_year: o.half_year,
                    rate: o.rate,
                    value,
                })
        })
        .collect()
}

/// The Member State chosen for a debtor abroad: one the questionnaire offers, or none.
pub fn abroad_country(form: &DossierForm) -> Option<engine::Country> {
    engine::country::other_member_state(&form.abroad_country)
}

fn debtor_kind(form: &DossierForm, check: &mut Checker) -> DebtorKind {
    match form.debtor {
        DebtorChoice::Company => DebtorKind::Business {
            commercial: form.business == BusinessChoice::Commercial,
            artisan: form.business == BusinessChoice::Artisan,
        },
        DebtorChoice::Consumer => DebtorKind::Consumer,
        DebtorChoice::PublicBuyer => DebtorKind::PublicBuyer {
            buyer: form.public_buyer,
            private_law: form.public_buyer == PublicBuyerKind::PublicUndertaking
                && form.public_private_law,
        },
        DebtorChoice::Abroad => {
            let country = abroad_country(form);
            if country.is_none() && form.abroad_in_eu {
                check.push(FieldPath::DebtorCountry, Problem::CountryMissing, true);
            }
            DebtorKind::Abroad {
                in_eu: form.abroad_in_eu,
                country,
            }
        }
    }
}

/// A consumer is a natural person; a business in France when the visitor says it trades in
/// its owner's own name.
fn debtor_is_natural_person(form: &DossierForm) -> bool {
    match form.debtor {
        DebtorChoice::Consumer => true,
        DebtorChoice::Company => form.debtor_details.natural_person,
        DebtorChoice::PublicBuyer | DebtorChoice::Abroad => false,
    }
}

fn party(side: Side, name: &str, d: &PartyDetails, natural: bool, check: &mut Checker) -> Party {
    let person = natural.then(|| engine::Person {
        surname: d.surname.clone(),
        first_names: d.first_names.clone(),
        profession: d.profession.clone(),
        nationality: d.nationality.clone(),
        birth_date: check.date(
            FieldPath::Party(side, PartyField::BirthDate),
            &d.birth_date,
            None,
        ),
        birth_place: d.birth_place.clone(),
    });
    Party {
        name: name.to_string(),
        legal_form: d.legal_form.clone(),
        siren: d.siren.clone(),
        address: d.address.clone(),
        representative: d.representative.clone(),
        person,
    }
}

/// The letter's options as typed, with the problems found.
pub fn letter_options(form: &DossierForm) -> (LetterOptions, Vec<FormError>) {
    let l = &form.letter;
    let mut check = Checker::default();
    let max_days =
        u32::try_from(engine::params::MAX_MISE_EN_DEMEURE_DAYS.current()).unwrap_or(u32::MAX);
    let deadline_days = if l.deadline_days.trim().is_empty() {
        0
    } else {
        let at = FieldPath::Letter(LetterField::DeadlineDays);
        match check.whole_days(at, &l.deadline_days, Needed::LetterDeadline) {
            Some(d) if (1..=max_days).contains(&d) => d,
            Some(_) => {
                let max = i64::from(max_days);
                check.push(at, Problem::MiseEnDemeureDaysOutOfRange { max }, false);
                0
            }
            None => 0,
        }
    };
    let options = LetterOptions {
        place: l.place.clone(),
        electronic: l.electronic,
        deadline_days,
        iban: l.iban.clone(),
        // Set per kind of letter by the letter page (`LetterForm::openings`).
        opening: String::new(),
        extra: l.extra.clone(),
        closing: String::new(),
        signatory: l.signatory.clone(),
        mandataire: Party {
            name: l.mandataire_name.clone(),
            address: l.mandataire_address.clone(),
            ..Party::default()
        },
        undisputed_only: l.undisputed_only,
        court_town: l.court_town.clone(),
        supplied: l.supplied.clone(),
        holds_terms: l.holds_terms,
        holds_order: l.holds_order,
        holds_delivery: l.holds_delivery,
    };
    (options, check.errors)
}

/// The form read once: the dossier for the engine, the letter's options, and every problem.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub dossier: Dossier,
    pub letter: LetterOptions,
    /// Reading problems first, then the engine's checks, each tied to its field.
    pub errors: Vec<FormError>,
}

/// How many times a form was converted since the program started: the app does it once per
/// change (tests count).
pub fn readings() -> usize {
    READINGS.load(std::sync::atomic::Ordering::Relaxed)
}

static READINGS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Reads the form as of `today`.
pub fn read(form: &DossierForm, today: NaiveDate) -> Reading {
    let mut c = convert(form);
    let (letter, letter_errors) = letter_options(form);
    let mut errors = c.errors;
    errors.extend(letter_errors);
    let identity = engine::validate::identity_problems(&c.dossier, today);
    // A birth date said to be wrong is left blank in the documents until corrected.
    for party in [&mut c.dossier.creditor, &mut c.dossier.debtor.identity] {
        if let Some(person) = party.person.as_mut() {
            person.birth_date = person
                .birth_date
                .filter(|d| engine::validate::birth_date_problem(*d, today).is_none());
        }
    }
    let checks = engine::validate::validate(&c.dossier, today);
    for e in checks.into_iter().chain(identity) {
        if !c.unreliable.contains(&e.field) && !errors.iter().any(|f| f.field == e.field) {
            errors.push(FormError {
                field: e.field,
                problem: e.problem,
                missing: false,
            });
        }
    }
    Reading {
        dossier: c.dossier,
        letter,
        errors,
    }
}

/// Every problem of the form as of `today` (see `read`).
pub fn errors(form: &DossierForm, today: NaiveDate) -> Vec<FormError> {
    read(form, today).errors
}

//! What the visitor typed, kept as typed (strings), and its conversion into the engine's
//! `Dossier`. Nothing typed is lost: an invalid value stays in the form beside its message.

use chrono::NaiveDate;
use engine::format::parse_date;
use engine::{
    CollectiveProceedings, Debtor, DebtorKind, DebtorPosition, Dossier, HalfYear, Invoice,
    MiseEnDemeure, OverriddenRate, Party, PaymentTerm, ProceedingsKind, PublicBuyerKind, RateOverride,
};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum DebtorChoice {
    #[default]
    Company,
    Consumer,
    PublicBuyer,
    Abroad,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum BusinessChoice {
    #[default]
    Commercial,
    Artisan,
    Civil,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum TermChoice {
    #[default]
    DueDate,
    ContractSilent,
    Days,
    FortyFiveDaysEndOfMonth,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum PositionChoice {
    #[default]
    Silent,
    Promised,
    DisputesPart,
    DisputesAll,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DossierForm {
    pub creditor_name: String,
    pub debtor_name: String,
    pub debtor: DebtorChoice,
    pub business: BusinessChoice,
    pub public_buyer: PublicBuyerKind,
    pub abroad_in_eu: bool,
    pub in_proceedings: bool,
    pub proceedings: ProceedingsKind,
    pub judgment_date: String,
    pub bodacc_date: String,
    pub invoices: Vec<InvoiceForm>,
    pub reminders: Vec<LineForm>,
    pub med_sent: bool,
    pub med_sent_date: String,
    pub med_received_date: String,
    pub med_deadline_days: String,
    pub position: PositionChoice,
    pub disputed_amount: String,
    pub keep_relationship: bool,
    pub rate_overrides: Vec<RateOverrideForm>,
    /// Source of fresh ids for list items, so Yew keys stay stable.
    pub next_id: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct InvoiceForm {
    pub id: u32,
    pub number: String,
    pub issue_date: String,
    pub delivery_date: String,
    pub amount: String,
    pub term: TermChoice,
    pub due_date: String,
    pub days: String,
    pub contract_rate: String,
    pub payments: Vec<PaymentForm>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PaymentForm {
    pub id: u32,
    pub date: String,
    pub amount: String,
}

/// One dated line (a reminder).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct LineForm {
    pub id: u32,
    pub date: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RateOverrideForm {
    pub half_year: HalfYear,
    pub rate: OverriddenRate,
    pub value: String,
}

impl Default for DossierForm {
    fn default() -> Self {
        DossierForm {
            creditor_name: String::new(),
            debtor_name: String::new(),
            debtor: DebtorChoice::Company,
            business: BusinessChoice::Commercial,
            public_buyer: PublicBuyerKind::StateOrLocal,
            abroad_in_eu: true,
            in_proceedings: false,
            proceedings: ProceedingsKind::RedressementJudiciaire,
            judgment_date: String::new(),
            bodacc_date: String::new(),
            // Most visitors have one invoice: it is there from the start.
            invoices: vec![InvoiceForm { id: 1, ..InvoiceForm::default() }],
            reminders: vec![],
            med_sent: false,
            med_sent_date: String::new(),
            med_received_date: String::new(),
            med_deadline_days: engine::params::DEFAULT_MISE_EN_DEMEURE_DAYS.to_string(),
            position: PositionChoice::Silent,
            disputed_amount: String::new(),
            keep_relationship: true,
            rate_overrides: vec![],
            next_id: 2,
        }
    }
}

/// A problem with one field, to show beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    /// The field's path in the dossier's JSON form ("invoices.0.amount"); also its DOM id.
    pub field: String,
    pub message: String,
    /// The field is empty: shown only once the visitor tries to go on.
    pub missing: bool,
}

/// The questionnaire's steps, then the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub enum Step {
    #[default]
    Debtor,
    Invoices,
    Actions,
    Answer,
    Results,
}

impl Step {
    pub const ALL: [Step; 5] = [Step::Debtor, Step::Invoices, Step::Actions, Step::Answer, Step::Results];

    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    pub fn title(self) -> &'static str {
        match self {
            Step::Debtor => "Qui vous doit de l'argent ?",
            Step::Invoices => "Vos factures impayées",
            Step::Actions => "Ce que vous avez déjà fait",
            Step::Answer => "La réponse de votre débiteur",
            Step::Results => "Ce qui vous est dû et que faire",
        }
    }

    pub fn next(self) -> Step {
        Step::ALL.get(self.number()).copied().unwrap_or(Step::Results)
    }

    pub fn previous(self) -> Step {
        Step::ALL.get(self.number().saturating_sub(2)).copied().unwrap_or(Step::Debtor)
    }

    /// Which step holds the field at `path`.
    pub fn of_field(path: &str) -> Step {
        let head = path.split('.').next().unwrap_or("");
        match head {
            "invoices" => Step::Invoices,
            "reminders" | "mise_en_demeure" => Step::Actions,
            "position" => Step::Answer,
            "rate_overrides" => Step::Results,
            _ => Step::Debtor,
        }
    }
}

/// Collects the problems met while reading the form.
#[derive(Default)]
struct Checker {
    errors: Vec<FormError>,
}

impl Checker {
    fn push(&mut self, field: &str, message: impl Into<String>, missing: bool) {
        self.errors.push(FormError { field: field.to_string(), message: message.into(), missing });
    }

    fn date(&mut self, path: &str, raw: &str, required: Option<&str>) -> Option<NaiveDate> {
        if raw.trim().is_empty() {
            if let Some(what) = required {
                self.push(path, format!("Indiquez {what}."), true);
            }
            return None;
        }
        let parsed = parse_date(raw);
        if parsed.is_none() {
            self.push(path, "Cette date n'est pas valide (exemple : 31/03/2025).", false);
        }
        parsed
    }

    fn amount(&mut self, path: &str, raw: &str) -> Option<Decimal> {
        if raw.trim().is_empty() {
            self.push(path, "Indiquez un montant.", true);
            return None;
        }
        engine::parse_amount(raw).map_err(|e| self.push(path, e.to_string(), false)).ok()
    }

    fn rate(&mut self, path: &str, raw: &str) -> Option<Decimal> {
        let cleaned = raw.trim().trim_end_matches('%').trim();
        engine::parse_amount(cleaned)
            .map_err(|_| self.push(path, "Indiquez un taux en pourcentage (exemple : 12,15).", false))
            .ok()
    }

    fn whole_days(&mut self, path: &str, raw: &str, what: &str) -> Option<u32> {
        match raw.trim().parse::<u32>() {
            Ok(days) => Some(days),
            Err(_) if raw.trim().is_empty() => {
                self.push(path, format!("Indiquez {what}."), true);
                None
            }
            Err(_) => {
                self.push(path, "Indiquez un nombre entier de jours (exemple : 30).", false);
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

/// A conversion, and where each dossier item came from in the form: an item left out for a
/// typing problem shifts the indices, and the engine's messages must land on the right field.
struct Conversion {
    dossier: Dossier,
    errors: Vec<FormError>,
    invoice_index: Vec<usize>,
    payment_index: Vec<Vec<usize>>,
    reminder_index: Vec<usize>,
}

impl Conversion {
    /// Rewrites an engine path ("invoices.0.payments.1.date") with the form's indices.
    fn form_path(&self, path: &str) -> String {
        let parts: Vec<&str> = path.split('.').collect();
        let index = |list: &[usize], at: &str| at.parse::<usize>().ok().and_then(|i| list.get(i).copied());
        match parts.as_slice() {
            ["invoices", i, "payments", j, rest @ ..] => {
                let d = i.parse::<usize>().ok();
                match (d.and_then(|d| self.invoice_index.get(d)), d.and_then(|d| self.payment_index.get(d)).and_then(|p| index(p, j))) {
                    (Some(fi), Some(fj)) => [format!("invoices.{fi}.payments.{fj}"), rest.join(".")].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join("."),
                    _ => path.to_string(),
                }
            }
            ["invoices", i, rest @ ..] => match index(&self.invoice_index, i) {
                Some(fi) => [format!("invoices.{fi}"), rest.join(".")].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join("."),
                None => path.to_string(),
            },
            ["reminders", i] => index(&self.reminder_index, i).map_or(path.to_string(), |fi| format!("reminders.{fi}")),
            _ => path.to_string(),
        }
    }
}

fn convert(form: &DossierForm) -> Conversion {
    let mut check = Checker::default();
    let (mut invoice_index, mut payment_index, mut reminder_index) = (Vec::new(), Vec::new(), Vec::new());

    let collective_proceedings = if form.in_proceedings {
        let judgment_date = check.date("collective_proceedings.judgment_date", &form.judgment_date, None);
        let bodacc = check.date("collective_proceedings.bodacc_publication", &form.bodacc_date, Some("la date de publication au BODACC"));
        bodacc.map(|bodacc_publication| CollectiveProceedings { kind: form.proceedings, judgment_date, bodacc_publication })
    } else {
        None
    };

    let mut invoices = Vec::new();
    for (i, inv) in form.invoices.iter().enumerate() {
        let at = |f: &str| format!("invoices.{i}.{f}");
        let issue = check.date(&at("issue_date"), &inv.issue_date, Some("la date de la facture"));
        let delivery = check.date(&at("delivery_date"), &inv.delivery_date, None);
        let term = match inv.term {
            TermChoice::DueDate => check
                .date(&at("term.date"), &inv.due_date, Some("la date d'échéance"))
                .map(|date| PaymentTerm::DueDate { date }),
            TermChoice::ContractSilent => Some(PaymentTerm::ContractSilent),
            TermChoice::FortyFiveDaysEndOfMonth => Some(PaymentTerm::FortyFiveDaysEndOfMonth),
            TermChoice::Days => check.whole_days(&at("term.days"), &inv.days, "le nombre de jours").map(|days| PaymentTerm::Days { days }),
        };
        let amount = check.amount(&at("amount"), &inv.amount);
        let contract_rate = if inv.contract_rate.trim().is_empty() { None } else { check.rate(&at("contract_rate"), &inv.contract_rate) };
        let (mut payments, mut kept) = (Vec::new(), Vec::new());
        for (j, p) in inv.payments.iter().enumerate() {
            let date = check.date(&format!("invoices.{i}.payments.{j}.date"), &p.date, Some("la date du paiement"));
            let amount = check.amount(&format!("invoices.{i}.payments.{j}.amount"), &p.amount);
            if let (Some(date), Some(amount)) = (date, amount) {
                payments.push(engine::Payment { date, amount });
                kept.push(j);
            }
        }
        if let (Some(issue_date), Some(term), Some(amount)) = (issue, term, amount) {
            invoice_index.push(i);
            payment_index.push(kept);
            let number = inv.number.trim();
            invoices.push(Invoice {
                number: if number.is_empty() { format!("n° {}", i + 1) } else { number.to_string() },
                issue_date,
                delivery_date: delivery,
                term,
                amount,
                payments,
                contract_rate,
            });
        }
    }

    let mut reminders = Vec::new();
    for (i, r) in form.reminders.iter().enumerate() {
        if let Some(date) = check.date(&format!("reminders.{i}"), &r.date, Some("la date de la relance")) {
            reminders.push(date);
            reminder_index.push(i);
        }
    }

    let mise_en_demeure = if form.med_sent {
        let sent = check.date("mise_en_demeure.sent", &form.med_sent_date, Some("la date d'envoi"));
        let received = check.date("mise_en_demeure.received", &form.med_received_date, None);
        let days = check.whole_days("mise_en_demeure.deadline_days", &form.med_deadline_days, "le délai laissé, en jours");
        match (sent, days) {
            (Some(sent), Some(deadline_days)) => Some(MiseEnDemeure { sent, received, deadline_days }),
            _ => None,
        }
    } else {
        None
    };

    let position = match form.position {
        PositionChoice::Silent => DebtorPosition::Silent,
        PositionChoice::Promised => DebtorPosition::Promised,
        PositionChoice::DisputesAll => DebtorPosition::DisputesAll,
        PositionChoice::DisputesPart => match check.amount("position.amount", &form.disputed_amount) {
            Some(amount) => DebtorPosition::DisputesPart { amount },
            None => DebtorPosition::Silent,
        },
    };

    let rate_overrides = form
        .rate_overrides
        .iter()
        .enumerate()
        .filter(|(_, o)| !o.value.trim().is_empty())
        .filter_map(|(i, o)| {
            check
                .rate(&format!("rate_overrides.{i}.value"), &o.value)
                .map(|value| RateOverride { half_year: o.half_year, rate: o.rate, value })
        })
        .collect();

    let kind = match form.debtor {
        DebtorChoice::Company => DebtorKind::Business {
            commercial: form.business == BusinessChoice::Commercial,
            artisan: form.business == BusinessChoice::Artisan,
        },
        DebtorChoice::Consumer => DebtorKind::Consumer,
        DebtorChoice::PublicBuyer => DebtorKind::PublicBuyer { buyer: form.public_buyer },
        DebtorChoice::Abroad => DebtorKind::Abroad { in_eu: form.abroad_in_eu },
    };
    let dossier = Dossier {
        creditor: Party { name: form.creditor_name.clone(), ..Party::default() },
        debtor: Debtor { identity: Party { name: form.debtor_name.clone(), ..Party::default() }, kind },
        // A consumer is never under these proceedings: the question is not asked then.
        collective_proceedings: collective_proceedings.filter(|_| form.debtor != DebtorChoice::Consumer),
        invoices,
        reminders,
        mise_en_demeure,
        position,
        relationship_worth_keeping: form.keep_relationship,
        rate_overrides,
    };
    Conversion { dossier, errors: check.errors, invoice_index, payment_index, reminder_index }
}

/// Every problem of the form as of `today`: reading problems first, then the engine's checks,
/// each tied to the form field it is about.
pub fn errors(form: &DossierForm, today: NaiveDate) -> Vec<FormError> {
    let c = convert(form);
    let mut errors = c.errors.clone();
    // "Add at least one invoice" only makes sense when no invoice was left out for a typing problem.
    let complete = c.dossier.invoices.len() == form.invoices.len();
    for e in engine::validate::validate(&c.dossier, today) {
        let field = c.form_path(&e.field);
        if (complete || e.field != "invoices") && !errors.iter().any(|f| f.field == field) {
            errors.push(FormError { field, message: e.message, missing: false });
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> DossierForm {
        let mut form = DossierForm::default();
        let inv = &mut form.invoices[0];
        inv.number = "F-1".into();
        inv.issue_date = "2025-05-01".into();
        inv.due_date = "15/06/2025".into();
        inv.amount = "1 000".into();
        form
    }

    #[test]
    fn a_filled_form_becomes_a_dossier() {
        let (dossier, errors) = to_dossier(&filled());
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(dossier.invoices[0].amount, Decimal::from(1000));
        let a = engine::assess(&dossier, NaiveDate::from_ymd_opt(2025, 7, 10).unwrap()).unwrap();
        assert_eq!(a.totals.penalties.to_string(), "8.73");
    }

    #[test]
    fn empty_fields_are_missing_and_bad_ones_are_errors() {
        let mut form = DossierForm::default();
        form.invoices[0].amount = "12,3,4".into();
        let errs = errors(&form, NaiveDate::from_ymd_opt(2025, 7, 10).unwrap());
        let amount = errs.iter().find(|e| e.field == "invoices.0.amount").unwrap();
        assert!(!amount.missing);
        assert!(amount.message.contains("plusieurs virgules"));
        assert!(errs.iter().any(|e| e.field == "invoices.0.issue_date" && e.missing));
    }

    #[test]
    fn engine_checks_are_tied_to_their_field() {
        let mut form = filled();
        form.invoices[0].due_date = "2025-04-01".into();
        let errs = errors(&form, NaiveDate::from_ymd_opt(2025, 7, 10).unwrap());
        let e = errs.iter().find(|e| e.field == "invoices.0.term.date").unwrap();
        assert_eq!(e.message, "La date d'échéance ne peut pas précéder la date de facture.");
        assert_eq!(Step::of_field(&e.field), Step::Invoices);
    }

    #[test]
    fn engine_messages_land_on_the_form_field_even_when_an_earlier_item_is_left_out() {
        let mut form = filled();
        // Invoice 0 has a typing error and is left out of the dossier…
        form.invoices[0].amount = "abc".into();
        // …so invoice 1 is the dossier's invoice 0; its due date precedes its date.
        form.invoices.push(InvoiceForm {
            id: 9,
            issue_date: "2025-05-01".into(),
            due_date: "2025-04-01".into(),
            amount: "100".into(),
            ..InvoiceForm::default()
        });
        let errs = errors(&form, NaiveDate::from_ymd_opt(2025, 7, 10).unwrap());
        assert!(errs.iter().any(|e| e.field == "invoices.1.term.date"), "{errs:?}");
        assert!(!errs.iter().any(|e| e.field == "invoices.0.term.date"), "{errs:?}");
    }

    #[test]
    fn steps_go_forward_and_back() {
        assert_eq!(Step::Debtor.next(), Step::Invoices);
        assert_eq!(Step::Answer.next(), Step::Results);
        assert_eq!(Step::Results.next(), Step::Results);
        assert_eq!(Step::Invoices.previous(), Step::Debtor);
        assert_eq!(Step::Debtor.previous(), Step::Debtor);
        assert_eq!(Step::Actions.number(), 3);
    }
}

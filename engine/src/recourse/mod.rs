//! Which recourse comes next, the path after it, and what is ruled out. The rules return
//! typed facts (`Case`, `Exclusion`, `DeadlineKind`, citations); their French is in
//! `texts::fr`, once. FACTS.md (and docs/LEGAL-ADDITIONS.md) is the reference.
//!
//! - `situations`: one function per situation (collective proceedings, public buyer, abroad,
//!   disputed, domestic), choosing and ordering the steps;
//! - `steps`: one constructor per procedure, with its conditions, deadlines and citations;
//! - `court`: which court, and whether a lawyer is required;
//! - `cites`: the texts cited, as values.

pub mod cites;
pub mod court;
mod situations;
mod steps;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

pub use cites::Cite;
pub use court::{Court, Lawyer};
pub use steps::priority_article;

use crate::country::{Country, Zone};
use crate::dossier::{DebtorKind, Dossier, ProceedingsKind};

crate::by_name! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Procedure {
        RelanceAmiable,
        MiseEnDemeure,
        /// The mise en demeure's deadline has not passed yet.
        AttendreDelaiMiseEnDemeure,
        PetitesCreances,
        InjonctionDePayer,
        RefereProvision,
        /// Référé-provision before the tribunal administratif (public buyer, CJA R541-1).
        RefereProvisionAdministratif,
        MediateurDesEntreprises,
        ConciliateurDeJustice,
        AssignationAuFond,
        DeclarationDeCreance,
        ReleveDeForclusion,
        InjonctionDePayerEuropeenne,
        PetitsLitigesEuropeens,
        ConsulterAvocat,
        /// Enforcement by a commissaire de justice once a title is obtained.
        ExecutionForcee,
        RienAReclamer,
    }
}

/// What the visitor is advised to do, and the facts that say why: one variant for each kind
/// of advice, with what its words need.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Case {
    NothingToClaim,
    DeclareClaim {
        kind: ProceedingsKind,
        months: i64,
        months_outside_metropole: i64,
    },
    ReleveDeForclusion {
        expired: NaiveDate,
        months: i64,
        releve_months: i64,
    },
    ProceedingsDeadlinesPassed {
        declare_by: NaiveDate,
        releve_by: NaiveDate,
        releve_months: i64,
    },
    BornAfterOpening {
        kind: ProceedingsKind,
    },
    TimeBarred {
        ended: Option<NaiveDate>,
    },
    Relance {
        debtor: DebtorGroup,
        max_reminders: i64,
    },
    MiseEnDemeure {
        context: MiseEnDemeureContext,
        consumer: bool,
        days: i64,
        common_days: i64,
        indemnity: Decimal,
    },
    WaitForMiseEnDemeure {
        deadline: NaiveDate,
    },
    PetitesCreances {
        amount: Decimal,
        ceiling: Decimal,
        reply_months: i64,
    },
    InjonctionDePayer {
        amount: Decimal,
        court: Court,
    },
    RefereProvision {
        court: Court,
        lawyer: Lawyer,
    },
    /// Between businesses. `prior_attempt`: the CPC 750-1 threshold, when the attempt is
    /// mandatory before the tribunal judiciaire.
    MediateurDesEntreprises {
        prior_attempt: Option<Decimal>,
        for_disputed_part: bool,
    },
    ConciliateurDeJustice {
        prior_attempt: Option<Decimal>,
        for_disputed_part: bool,
    },
    AssignationAuFond {
        court: Court,
        lawyer: Lawyer,
    },
    ExecutionForcee {
        years: i64,
    },
    /// A title against a debtor abroad is enforced in its country, under that country's law,
    /// by its enforcement officers (Reg. 1896/2006 art. 21; D7).
    ExecutionAbroad {
        zone: Zone,
    },
    /// A lawyer chooses the court: outside the Union, in Denmark, or for a disputed claim
    /// above the European small claims ceiling.
    LawyerAbroad {
        zone: Zone,
    },
    RefereProvisionAdministratif,
    /// A public buyer: the médiateur des entreprises (CJA L213-6).
    MediateurPublicBuyer,
    InjonctionDePayerEuropeenne {
        opposition_days: i64,
        /// The debtor's country, where the visitor said it.
        country: Option<Country>,
        /// The one court of that country for every application, where it has one.
        central_court: Option<&'static str>,
    },
    PetitsLitigesEuropeens {
        ceiling: Decimal,
        principal: Decimal,
    },
}

/// Who owes, as far as the reminder's words are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DebtorGroup {
    Business,
    PublicBuyer,
    Consumer,
}

/// Why a mise en demeure now: it depends on what was sent before, and on whether it is the
/// next step or a later one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum MiseEnDemeureContext {
    AfterReminders,
    IfRemindersFail,
    StraightAway,
    AfterMediation,
}

/// A sentence added to a step: a fact of the dossier the step's reader must know.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Note {
    /// A public buyer owes interest and the indemnity without asking (CCP R2192-36, L2192-14).
    PublicBuyerInterest { indemnity: Decimal, days: i64 },
    /// A court step claims only the invoices still running: these are time-barred (D4).
    TimeBarredLeftOut { invoices: Vec<String> },
    /// Goods sold with a reservation of title may be claimed back until `by` (C. com. L624-9,
    /// R624-13; AUDIT I3).
    Revendication {
        by: NaiveDate,
        months: i64,
        answer_months: i64,
        liquidation: bool,
    },
}

/// A deadline of a step, by what it is; its date when known.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deadline {
    pub kind: DeadlineKind,
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DeadlineKind {
    DeclareClaim { months: i64 },
    ReleveDeForclusion { months: i64 },
    MiseEnDemeureEnds,
    PaymentDelay { days: i64 },
    SmallClaimsReply { months: i64 },
    ServeOrder { months: i64 },
    Opposition { months: i64 },
    ServeBeforePrescription,
    SueBeforePrescription,
    EuropeanOpposition { days: i64 },
    Revendication { months: i64 },
}

/// One step: what it is, why, its deadlines and the texts it rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    pub procedure: Procedure,
    pub case: Case,
    pub notes: Vec<Note>,
    pub deadlines: Vec<Deadline>,
    pub cites: Vec<Cite>,
}

impl Advice {
    fn new(procedure: Procedure, case: Case, cites: &[Cite]) -> Advice {
        Advice {
            procedure,
            case,
            notes: vec![],
            deadlines: vec![],
            cites: cites.to_vec(),
        }
    }

    fn deadline(mut self, kind: DeadlineKind, date: Option<NaiveDate>) -> Self {
        self.deadlines.push(Deadline { kind, date });
        self
    }

    /// A deadline that exists only with its date (the end of the limitation period).
    fn dated(mut self, kind: DeadlineKind, date: Option<NaiveDate>) -> Self {
        if date.is_some() {
            self.deadlines.push(Deadline { kind, date });
        }
        self
    }
}

/// Why a procedure is ruled out for this dossier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Exclusion {
    /// Collective proceedings forbid individual actions (C. com. L622-21).
    CollectiveProceedings,
    MediatorNotInCollectiveProceedings,
    DeclarationReplacesMiseEnDemeure,
    TimeBarred,
    /// The debtor disputes the whole claim; the référé's article before this court.
    Disputed {
        refere_article: Cite,
    },
    AboveSmallClaimsCeiling {
        amount: Decimal,
        ceiling: Decimal,
    },
    AdministrativeJudgeOnly,
    NoEstablishmentInFrance,
    /// The debtor's Member State is bound by neither European regulation (Denmark).
    EuropeanProceduresNotApplicable {
        country: Country,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuledOut {
    pub procedure: Procedure,
    pub reason: Exclusion,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendation {
    pub next: Advice,
    /// What follows if the next step does not bring payment, in order.
    pub then: Vec<Advice>,
    /// Other routes that fit this dossier.
    pub alternatives: Vec<Advice>,
    pub ruled_out: Vec<RuledOut>,
}

/// What the decision needs from the figures. The claim's figures and the limitation date are
/// those of the invoices a court step claims: the time-barred ones are left out (D4).
pub struct Situation<'a> {
    pub dossier: &'a Dossier,
    pub today: NaiveDate,
    /// Unpaid principal plus interest, claimed invoices.
    pub claim: Decimal,
    /// Unpaid principal alone, without interest or indemnities, claimed invoices.
    pub outstanding_principal: Decimal,
    /// The claim less the disputed part and the penalties on it (D5).
    pub undisputed_claim: Decimal,
    /// The claim with the 40 € indemnities: what an injonction de payer asks (I5).
    pub claim_with_indemnities: Decimal,
    /// The same, undisputed.
    pub undisputed_with_indemnities: Decimal,
    /// Unpaid principal, interest and indemnities, every invoice.
    pub total_due: Decimal,
    pub all_time_barred: bool,
    /// The first end of a limitation period among the claimed invoices.
    pub earliest_prescription: Option<NaiveDate>,
    /// The time-barred invoices left out of the court steps' claim, by name.
    pub time_barred_left_out: Vec<String>,
    pub mise_en_demeure_deadline: Option<NaiveDate>,
    /// Every unpaid invoice was born after the opening judgment of collective proceedings.
    pub all_after_opening: bool,
}

/// The next step, the path after it, the alternatives and what is ruled out; each step that
/// claims in court says which time-barred invoices it leaves out.
pub fn recommend(s: &Situation) -> Recommendation {
    let mut r = choose(s);
    if !s.time_barred_left_out.is_empty() && !s.all_time_barred {
        let steps = std::iter::once(&mut r.next)
            .chain(r.then.iter_mut())
            .chain(r.alternatives.iter_mut());
        for step in steps.filter(|a| a.procedure.claims_in_court()) {
            step.notes.push(Note::TimeBarredLeftOut {
                invoices: s.time_barred_left_out.clone(),
            });
        }
    }
    r
}

impl Procedure {
    /// The steps that ask a court (or a commissaire de justice, for a title) for a sum.
    pub fn claims_in_court(self) -> bool {
        matches!(
            self,
            Procedure::PetitesCreances
                | Procedure::InjonctionDePayer
                | Procedure::RefereProvision
                | Procedure::RefereProvisionAdministratif
                | Procedure::AssignationAuFond
                | Procedure::InjonctionDePayerEuropeenne
                | Procedure::PetitsLitigesEuropeens
        )
    }
}

fn choose(s: &Situation) -> Recommendation {
    let d = s.dossier;
    if let Some(cp) = &d.collective_proceedings {
        if s.all_after_opening {
            return situations::born_after_opening(cp.kind);
        }
        return situations::collective_proceedings(s, cp);
    }
    if s.total_due <= Decimal::ZERO {
        return situations::nothing_to_claim();
    }
    if s.all_time_barred {
        return situations::time_barred(s);
    }
    match d.debtor.kind {
        kind if kind.is_public_law_buyer() => situations::public_buyer(s),
        DebtorKind::Abroad { in_eu, country } => {
            situations::abroad(s, crate::country::zone(country, in_eu, s.today))
        }
        // A private-law public undertaking contracts under private law: judicial courts (C5).
        DebtorKind::Business { .. } | DebtorKind::Consumer | DebtorKind::PublicBuyer { .. } => {
            situations::domestic(s)
        }
    }
}

#[cfg(test)]
mod tests;

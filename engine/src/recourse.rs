//! Which recourse comes next, the path after it, and what is ruled out, with the law.
//! Each rule names its article; FACTS.md (and docs/LEGAL-ADDITIONS.md for public buyers)
//! is the reference.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::format_euros;
use crate::dossier::{CollectiveProceedings, DebtorKind, DebtorPosition, Dossier, ProceedingsKind};
use crate::format::date_fr;
use crate::params;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deadline {
    pub date: Option<NaiveDate>,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub procedure: Procedure,
    /// One sentence, for the top of the results.
    pub title: String,
    pub why: String,
    pub articles: Vec<String>,
    /// The court, the mandataire, or who runs it.
    pub where_: Option<String>,
    pub lawyer: Option<String>,
    pub costs: Option<String>,
    pub deadlines: Vec<Deadline>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuledOut {
    pub procedure: Procedure,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendation {
    pub next: Step,
    /// What follows if the next step does not bring payment, in order.
    pub then: Vec<Step>,
    /// Other routes that fit this dossier.
    pub alternatives: Vec<Step>,
    pub ruled_out: Vec<RuledOut>,
}

/// What the decision needs from the figures.
pub struct Situation<'a> {
    pub dossier: &'a Dossier,
    pub today: NaiveDate,
    /// Unpaid principal plus interest, all invoices.
    pub claim: Decimal,
    /// Unpaid principal alone, without interest or indemnities.
    pub outstanding_principal: Decimal,
    /// The same, less the disputed part.
    pub undisputed_claim: Decimal,
    /// Unpaid principal, interest and indemnities.
    pub total_due: Decimal,
    pub all_time_barred: bool,
    pub earliest_prescription: Option<NaiveDate>,
    pub mise_en_demeure_deadline: Option<NaiveDate>,
    /// Every unpaid invoice was born after the opening judgment of collective proceedings.
    pub all_after_opening: bool,
}

pub fn recommend(s: &Situation) -> Recommendation {
    let d = s.dossier;
    if let Some(cp) = &d.collective_proceedings {
        if s.all_after_opening {
            return born_after_opening(cp.kind);
        }
        return collective_proceedings(s, cp);
    }
    if s.total_due <= Decimal::ZERO {
        return Recommendation {
            next: step(Procedure::RienAReclamer, "Rien ne reste à réclamer : la facture est payée et aucune pénalité n'est due.")
                .why("Les paiements reçus couvrent le montant de la facture, et aucun retard n'a fait naître de pénalités."),
            then: vec![],
            alternatives: vec![],
            ruled_out: vec![],
        };
    }
    if s.all_time_barred {
        return time_barred(s);
    }
    match d.debtor.kind {
        kind if kind.is_public_law_buyer() => public_buyer(s),
        DebtorKind::Abroad { in_eu } => abroad(s, in_eu),
        // A private-law public undertaking contracts under private law: judicial courts (C5).
        DebtorKind::Business { .. } | DebtorKind::Consumer | DebtorKind::PublicBuyer { .. } => {
            domestic(s)
        }
    }
}

// ---------- the branches ----------

fn collective_proceedings(s: &Situation, cp: &CollectiveProceedings) -> Recommendation {
    let bodacc = cp.bodacc_publication;
    let declare_by = cp.declaration_deadline();
    let releve_by = cp.releve_deadline();
    let months = params::CLAIM_DECLARATION_MONTHS.at(bodacc);
    let months_far = params::CLAIM_DECLARATION_MONTHS_OUTSIDE_METROPOLE.at(bodacc);
    let releve_months = params::RELEVE_DE_FORCLUSION_MONTHS.at(bodacc);
    let kind_fr = proceedings_fr(cp.kind);
    let next = if s.today <= declare_by {
        step(Procedure::DeclarationDeCreance, &format!(
            "Déclarez votre créance au mandataire judiciaire avant le {}.", date_fr(declare_by)))
        .why(&format!(
            "Le débiteur est en {kind_fr} : toute action individuelle en paiement est interdite ou arrêtée (C. com. L622-21). \
             La seule voie est de déclarer la créance au mandataire judiciaire (ou au liquidateur) dans les {months} mois de la \
             publication du jugement d'ouverture au BODACC (C. com. R622-24) ; le délai est de {months_far} mois si vous n'êtes \
             pas établi en France métropolitaine (outre-mer compris). La déclaration interrompt la prescription et remplace une mise en demeure. Les intérêts cessent \
             de courir au jugement d'ouverture (C. com. L622-28)."))
        .articles(&["C. com. L622-21", "C. com. L622-24", "C. com. R622-24", "C. com. L622-28"])
        .where_("Le mandataire judiciaire (ou le liquidateur) désigné par le jugement d'ouverture, dont le nom figure dans l'annonce du BODACC.")
        .lawyer("Avocat non obligatoire : vous pouvez déclarer vous-même, ou par un préposé ou mandataire de votre choix.")
        .deadline(Some(declare_by), &format!("Dernier jour pour déclarer la créance (BODACC + {months} mois)"))
    } else if s.today <= releve_by {
        step(Procedure::ReleveDeForclusion, &format!(
            "Le délai de déclaration est passé : demandez un relevé de forclusion au juge-commissaire avant le {}.",
            date_fr(releve_by)))
        .why(&format!(
            "Le délai de {months} mois pour déclarer la créance a expiré le {}. Sans relevé de forclusion, vous ne participerez pas \
             aux répartitions (C. com. L622-26). La demande doit être faite dans les {releve_months} mois de la publication au \
             BODACC, en montrant que le retard ne vous est pas imputable ou que le débiteur vous a omis de la liste des créanciers.",
            date_fr(declare_by)))
        .articles(&["C. com. L622-26"])
        .where_("Le juge-commissaire de la procédure collective.")
        .lawyer("Avocat conseillé.")
        .deadline(Some(releve_by), &format!("Dernier jour pour demander le relevé de forclusion (BODACC + {releve_months} mois)"))
    } else {
        step(Procedure::ConsulterAvocat, "Les délais de déclaration et de relevé de forclusion sont passés : consultez un avocat.")
            .why(&format!(
                "Le délai de déclaration a expiré le {} et celui du relevé de forclusion le {} (C. com. L622-26). Le créancier qui \
                 ne pouvait pas connaître l'existence de sa créance dispose de {releve_months} mois à compter du jour où il ne pouvait \
                 plus l'ignorer (L622-26 al. 3) : un avocat dira si c'est votre cas.",
                date_fr(declare_by), date_fr(releve_by)))
            .articles(&["C. com. L622-26"])
    };
    let individual = "le débiteur est en procédure collective : toute action individuelle en paiement est interdite (C. com. L622-21)";
    Recommendation {
        next,
        then: vec![],
        alternatives: vec![],
        ruled_out: vec![
            ruled(Procedure::InjonctionDePayer, &format!("Injonction de payer impossible : {individual}.")),
            ruled(Procedure::RefereProvision, &format!("Référé-provision impossible : {individual}.")),
            ruled(Procedure::AssignationAuFond, &format!("Assignation impossible : {individual}.")),
            ruled(Procedure::PetitesCreances, &format!("Procédure des petites créances impossible : {individual}.")),
            ruled(Procedure::MediateurDesEntreprises, "Le médiateur des entreprises n'intervient pas lorsque l'entreprise est en procédure collective."),
            ruled(Procedure::MiseEnDemeure, "Une mise en demeure est inutile : la déclaration de créance la remplace."),
        ],
    }
}

/// Claims born after the opening judgment are not frozen like the others: paid at their due
/// date when they fall under L622-17 I, declared from their due date otherwise. Which case
/// applies turns on facts (was the service needed by the procedure?): a lawyer decides.
fn born_after_opening(kind: ProceedingsKind) -> Recommendation {
    let kind_fr = proceedings_fr(kind);
    let next = step(Procedure::ConsulterAvocat,
        "Créance née après le jugement d'ouverture : réclamez le paiement à l'administrateur judiciaire et faites-vous conseiller.")
        .why(&format!(
            "Le débiteur est en {kind_fr}, mais vos prestations sont postérieures au jugement d'ouverture. Les créances nées \
             régulièrement après ce jugement pour les besoins de la procédure ou de la période d'observation, ou en contrepartie \
             d'une prestation fournie au débiteur pendant cette période, doivent être payées à leur échéance ; à défaut, elles \
             sont payées par priorité, à condition d'avoir été portées à la connaissance de l'administrateur judiciaire ou, à \
             défaut, du mandataire judiciaire (C. com. L622-17). Les autres se déclarent au mandataire, le délai courant de \
             leur échéance (C. com. L622-24). Les intérêts de ces factures ne sont pas arrêtés par le jugement d'ouverture. \
             Un avocat vous dira dans quel cas vous êtes et si une action en paiement est possible (C. com. L622-21)."))
        .articles(&["C. com. L622-17", "C. com. L622-24", "C. com. L622-21"])
        .where_("L'administrateur judiciaire ou, à défaut, le mandataire judiciaire (ou le liquidateur) désigné par le jugement d'ouverture, dont le nom figure dans l'annonce du BODACC.")
        .lawyer("Avocat conseillé.");
    Recommendation {
        next,
        then: vec![],
        alternatives: vec![],
        ruled_out: vec![ruled(Procedure::MediateurDesEntreprises, "Le médiateur des entreprises n'intervient pas lorsque l'entreprise est en procédure collective.")],
    }
}

fn time_barred(s: &Situation) -> Recommendation {
    let ended = s.earliest_prescription.map(date_fr).unwrap_or_default();
    let reason = "la créance est prescrite : le débiteur peut opposer la prescription et la demande serait rejetée";
    Recommendation {
        next: step(Procedure::ConsulterAvocat, "Votre créance paraît prescrite : consultez un avocat avant toute démarche.")
            .why(&format!(
                "Le délai pour agir a expiré le {ended}. Un juge saisi aujourd'hui rejetterait la demande si le débiteur invoque \
                 la prescription. Un avocat vérifiera si un acte l'a interrompue (reconnaissance de dette, paiement partiel, \
                 action en justice : C. civ. 2240, 2241, 2244). Vous pouvez toujours demander un paiement volontaire."))
            .articles(&["C. com. L110-4", "C. civ. 2224", "C. conso. L218-2", "C. civ. 2240 à 2244"]),
        then: vec![],
        alternatives: vec![],
        ruled_out: [Procedure::InjonctionDePayer, Procedure::RefereProvision, Procedure::AssignationAuFond, Procedure::PetitesCreances]
            .into_iter()
            .map(|p| ruled(p, &format!("{} : {reason}.", procedure_name(p))))
            .collect(),
    }
}

fn domestic(s: &Situation) -> Recommendation {
    let d = s.dossier;
    let disputed_all = d.position == DebtorPosition::DisputesAll;
    let disputed_part = matches!(d.position, DebtorPosition::DisputesPart { .. });
    let court = Court::for_debtor(d.debtor.kind, s.today);
    let mut ruled_out = Vec::new();
    let mut alternatives = Vec::new();

    if disputed_all {
        let mut then = Vec::new();
        if d.mise_en_demeure.is_none() {
            then.push(mise_en_demeure(d, AFTER_MEDIATION, s.today));
        }
        then.push(assignation(s, &court, s.claim));
        then.push(execution(s.today));
        let reason = "le débiteur conteste la facture : ces voies supposent une créance non sérieusement contestable, et le litige sera jugé au fond";
        ruled_out.push(ruled(
            Procedure::InjonctionDePayer,
            &format!("Injonction de payer peu adaptée : {reason} après son opposition."),
        ));
        ruled_out.push(ruled(
            Procedure::RefereProvision,
            &format!(
                "Référé-provision écarté : {reason} (CPC {}).",
                court.refere_article()
            ),
        ));
        ruled_out.push(ruled(Procedure::PetitesCreances, "Procédure des petites créances écartée : elle exige l'accord du débiteur sur le montant."));
        return Recommendation {
            next: mediation(s, &court),
            then,
            alternatives,
            ruled_out,
        };
    }

    let amount = if disputed_part {
        s.undisputed_claim
    } else {
        s.claim
    };
    if disputed_part {
        alternatives.push(mediation(s, &court).title("Pour la partie contestée : tentez une médiation ou une conciliation, puis une assignation au fond si elle échoue."));
    }

    let after_mise_en_demeure = {
        let mut steps = judicial_steps(s, &court, amount, &mut alternatives, &mut ruled_out);
        steps.push(execution(s.today));
        steps
    };

    let reminders = d.reminders.len();
    let (next, then) = match (d.mise_en_demeure, s.mise_en_demeure_deadline) {
        (Some(_), Some(deadline)) if s.today <= deadline => (
            step(Procedure::AttendreDelaiMiseEnDemeure, &format!(
                "Attendez la fin du délai laissé par votre mise en demeure, le {}, avant d'aller en justice.", date_fr(deadline)))
            .why("Le débiteur a reçu une mise en demeure : laissez courir le délai annoncé. S'il ne paie pas, la suite est prête.")
            .deadline(Some(deadline), "Fin du délai de la mise en demeure"),
            after_mise_en_demeure,
        ),
        (Some(_), _) => {
            let mut steps = after_mise_en_demeure.into_iter();
            match steps.next() {
                Some(first) => (first, steps.collect()),
                None => (execution(s.today), vec![]),
            }
        }
        (None, _) if reminders == 0 && d.relationship_worth_keeping => {
            let mut then = vec![mise_en_demeure(d, IF_REMINDERS_FAIL, s.today)];
            then.extend(after_mise_en_demeure);
            (relance(d.debtor.kind), then)
        }
        (None, _) => (mise_en_demeure_now(d, s.today), after_mise_en_demeure),
    };
    Recommendation {
        next,
        then,
        alternatives,
        ruled_out,
    }
}

/// After an unanswered mise en demeure, for an undisputed amount: petites créances,
/// injonction de payer, référé-provision, in the order that suits the dossier.
fn judicial_steps(
    s: &Situation,
    court: &Court,
    amount: Decimal,
    alternatives: &mut Vec<Step>,
    ruled_out: &mut Vec<RuledOut>,
) -> Vec<Step> {
    let d = s.dossier;
    let ceiling = Decimal::from(params::SMALL_CLAIMS_CEILING_EUROS.at(s.today));
    let small_claim_fits = amount <= ceiling;
    let injonction = injonction_de_payer(s, court, amount);
    let refere = refere_provision(s, court, amount);
    if small_claim_fits {
        let petites = petites_creances(amount, ceiling, s.today);
        if d.position == DebtorPosition::Promised {
            // A debtor who promised is likely to agree, and agreement gives a title with no judge.
            alternatives.push(injonction.clone());
            alternatives.push(refere);
            return vec![petites, injonction];
        }
        alternatives.push(petites);
    } else {
        ruled_out.push(ruled(Procedure::PetitesCreances, &format!(
            "Procédure des petites créances impossible : le principal et les intérêts ({}) dépassent le plafond de {} (CPCE R125-1).",
            format_euros(amount), format_euros(ceiling))));
    }
    alternatives.push(refere);
    if d.relationship_worth_keeping && d.debtor.kind != DebtorKind::Consumer {
        alternatives.push(mediation(s, court));
    }
    vec![injonction]
}

fn public_buyer(s: &Situation) -> Recommendation {
    let d = s.dossier;
    let tribunal = step(Procedure::RefereProvisionAdministratif,
        "Saisissez le juge des référés du tribunal administratif d'une demande de provision.")
        .why("Pour un contrat administratif, le juge administratif est seul compétent. Le référé-provision lui demande de condamner \
              l'acheteur à verser une provision quand la créance n'est pas sérieusement contestable ; il n'exige pas de recours \
              au fond. Il faut d'abord une réclamation préalable à l'acheteur et sa décision, même implicite (CJA R421-1 ; \
              CE, 23 sept. 2019, n° 427923) : votre mise en demeure peut en tenir lieu. Vérifiez aussi si votre marché (CCAG) \
              impose un mémoire en réclamation.")
        .articles(&["CJA R541-1", "CJA R421-1"])
        .where_("Le tribunal administratif dans le ressort duquel le marché a été exécuté.")
        .lawyer("Avocat obligatoire pour le référé-provision devant le tribunal administratif.")
        .costs("Honoraires d'avocat ; frais de procédure non vérifiés.");
    let mediator = step(Procedure::MediateurDesEntreprises,
        "Saisissez le médiateur des entreprises, gratuit, pour obtenir le paiement de l'acheteur public.")
        .why("Le médiateur des entreprises traite aussi les litiges entre une entreprise et un acheteur public, notamment les \
              retards de paiement. Les délais de recours sont interrompus et la prescription suspendue à compter du jour où \
              les parties conviennent de recourir à la médiation ou, à défaut d'écrit, de la première réunion de médiation : \
              votre seule saisine ne suffit pas (CJA L213-6).")
        .articles(&["CJA L213-6"])
        .where_("Le médiateur des entreprises (saisine en ligne).")
        .costs("Gratuit.");
    let interest_note = format!(
        "Les intérêts moratoires et l'indemnité de {} courent automatiquement : l'acheteur public doit les verser dans les \
         {} jours du paiement du principal (CCP R2192-36), et toute renonciation est nulle (L2192-14).",
        format_euros(Decimal::from(params::RECOVERY_INDEMNITY_EUROS.at(s.today))),
        params::PUBLIC_INTEREST_PAYMENT_DAYS.at(s.today)
    );
    let (mut next, then) = if d.mise_en_demeure.is_none() && d.reminders.is_empty() {
        (
            relance(d.debtor.kind),
            vec![
                mise_en_demeure(d, IF_REMINDERS_FAIL, s.today),
                mediator,
                tribunal,
            ],
        )
    } else if d.mise_en_demeure.is_none() {
        (mise_en_demeure_now(d, s.today), vec![mediator, tribunal])
    } else {
        (mediator, vec![tribunal])
    };
    next.why = format!("{} {interest_note}", next.why);
    Recommendation {
        next,
        then,
        alternatives: vec![],
        ruled_out: vec![
            ruled(Procedure::InjonctionDePayer, "Injonction de payer écartée : pour le contrat administratif d'une personne publique, le juge administratif est seul compétent (CJA R541-1)."),
            ruled(Procedure::PetitesCreances, "Procédure des petites créances écartée : elle relève des juridictions judiciaires, pas d'un contrat administratif."),
        ],
    }
}

fn abroad(s: &Situation, in_eu: bool) -> Recommendation {
    let d = s.dossier;
    let ruled_out = vec![ruled(Procedure::InjonctionDePayer,
        "Injonction de payer française impossible : le débiteur n'a ni domicile ni établissement en France.")];
    let mut judicial = if in_eu {
        let ceiling = Decimal::from(params::EUROPEAN_SMALL_CLAIMS_CEILING_EUROS.at(s.today));
        let opposition_days = params::EUROPEAN_ORDER_OPPOSITION_DAYS.at(s.today);
        let european_order = step(Procedure::InjonctionDePayerEuropeenne,
            "Demandez une injonction de payer européenne.")
            .why(&format!(
                "Le débiteur est établi dans un autre État de l'Union : l'injonction de payer européenne vaut pour les créances \
                 non contestées, sans plafond de montant (sauf Danemark). Le débiteur a {opposition_days} jours à compter de la \
                 signification pour former opposition."))
            .articles(&["Règl. (CE) 1896/2006", "CPC 1424-1 à 1424-15"])
            .where_("Le tribunal de commerce ou le tribunal judiciaire selon la nature de la créance (formulaire A).")
            .deadline(None, &format!("Le débiteur a {opposition_days} jours après signification pour s'opposer"));
        let small = step(Procedure::PetitsLitigesEuropeens, "Engagez la procédure européenne de règlement des petits litiges.")
            .why(&format!(
                "Pour une créance transfrontière de {} au plus, hors intérêts et frais (ici {} de principal), cette procédure \
                 surtout écrite aboutit à une décision exécutoire dans toute l'Union sans exequatur ; elle convient aussi si le \
                 débiteur conteste.", format_euros(ceiling), format_euros(s.outstanding_principal)))
            .articles(&["Règl. (CE) 861/2007, art. 2", "Règl. (UE) 2015/2421", "CPC 1382 à 1391"]);
        // The ceiling is the claim without interest, expenses and disbursements (C6).
        let small_fits = s.outstanding_principal <= ceiling;
        if d.position == DebtorPosition::DisputesAll
            || matches!(d.position, DebtorPosition::DisputesPart { .. })
        {
            if small_fits {
                vec![small]
            } else {
                vec![consult_lawyer_abroad(true)]
            }
        } else if small_fits {
            vec![european_order, small]
        } else {
            vec![european_order]
        }
    } else {
        vec![consult_lawyer_abroad(false)]
    };
    judicial.push(execution(s.today));
    let (next, then) = if d.mise_en_demeure.is_none() {
        if d.reminders.is_empty() && d.relationship_worth_keeping {
            let mut then = vec![mise_en_demeure(d, IF_REMINDERS_FAIL, s.today)];
            then.extend(judicial);
            (relance(d.debtor.kind), then)
        } else {
            (mise_en_demeure_now(d, s.today), judicial)
        }
    } else {
        let mut steps = judicial.into_iter();
        (
            steps.next().unwrap_or_else(|| execution(s.today)),
            steps.collect(),
        )
    };
    Recommendation {
        next,
        then,
        alternatives: vec![],
        ruled_out,
    }
}

// ---------- the steps ----------

fn relance(debtor: DebtorKind) -> Step {
    // What already runs while the reminder waits depends on who owes: a consumer owes
    // nothing more until a mise en demeure, a business owes penalties from the due date.
    let (running, articles): (&str, &[&str]) = match debtor {
        DebtorKind::Business { .. } | DebtorKind::Abroad { .. } => (
            " Les pénalités de retard courent déjà, sans relance nécessaire (C. com. L441-10 II).",
            &["C. com. L441-10"],
        ),
        // The public-buyer branch adds its own sentence on intérêts moratoires.
        DebtorKind::PublicBuyer { .. } => ("", &["CCP L2192-13"]),
        DebtorKind::Consumer => (
            " Envers un particulier, aucun intérêt ne court avant une mise en demeure (C. civ. 1231-6, 1344-1) : \
             si la relance reste sans effet, ne tardez pas à l'envoyer.",
            &["C. civ. 1231-6", "C. civ. 1344-1"],
        ),
    };
    step(Procedure::RelanceAmiable, "Envoyez une relance amiable, courtoise, rappelant la facture et son échéance.")
        .why(&format!(
            "Aucune relance n'a encore été envoyée et vous souhaitez préserver la relation. Un oubli ou un problème de trésorerie \
             se règle souvent ainsi. Jusqu'à {} relances, puis une mise en demeure.{running}",
            params::MAX_FRIENDLY_REMINDERS.current()))
        .articles(articles)
        .costs("Gratuit (courriel ou courrier).")
}

// Why a mise en demeure: it depends on what was sent before, and on whether it is the
// next step or a later one.
const AFTER_REMINDERS: &str = "Vos relances sont restées sans effet.";
const IF_REMINDERS_FAIL: &str = "Si vos relances restent sans effet, c'est l'étape suivante.";
const STRAIGHT_AWAY: &str =
    "Vous ne souhaitez pas préserver la relation : vous pouvez passer directement à la mise en demeure.";
const AFTER_MEDIATION: &str =
    "Si la médiation échoue, la mise en demeure formalise votre demande avant d'assigner.";

/// A mise en demeure as the next step.
fn mise_en_demeure_now(d: &Dossier, today: NaiveDate) -> Step {
    mise_en_demeure(
        d,
        if d.reminders.is_empty() {
            STRAIGHT_AWAY
        } else {
            AFTER_REMINDERS
        },
        today,
    )
}

fn mise_en_demeure(d: &Dossier, opener: &str, today: NaiveDate) -> Step {
    let consumer = d.debtor.kind == DebtorKind::Consumer;
    let days = params::DEFAULT_MISE_EN_DEMEURE_DAYS.at(today);
    let interest = if consumer {
        "Envers un particulier, elle fait courir les intérêts au taux légal (C. civ. 1231-6, 1344-1).".to_string()
    } else {
        format!(
            "Elle n'est pas nécessaire pour les pénalités de retard ni pour l'indemnité de {}, dues de plein droit, mais elle \
             prouve votre demande et prépare la suite.",
            format_euros(Decimal::from(params::RECOVERY_INDEMNITY_EUROS.at(today))))
    };
    let electronic = if consumer {
        "ou lettre recommandée électronique si ce particulier a accepté d'en recevoir (Code des postes et des communications \
         électroniques, L100)"
    } else {
        "ou lettre recommandée électronique (Code des postes et des communications électroniques, L100)"
    };
    step(Procedure::MiseEnDemeure, "Envoyez une mise en demeure de payer par lettre recommandée avec accusé de réception.")
        .why(&format!(
            "{opener} La mise en demeure est une interpellation suffisante (C. civ. 1344) : elle porte \
             les mots « mise en demeure », le détail des sommes et un délai pour payer, {days} jours à compter de la réception \
             ({} jours est courant). {interest} Elle n'interrompt pas la prescription.",
             params::COMMON_MISE_EN_DEMEURE_DAYS.at(today)))
        .articles(&["C. civ. 1344", "C. civ. 1344-1", "C. civ. 1231-6"])
        .where_(&format!("Par lettre recommandée avec accusé de réception, {electronic}."))
        .costs("Le prix d'une lettre recommandée avec accusé de réception.")
        .deadline(None, &format!("Délai de paiement : {days} jours à compter de la réception, par défaut"))
}

fn petites_creances(amount: Decimal, ceiling: Decimal, today: NaiveDate) -> Step {
    let reply = params::SMALL_CLAIMS_REPLY_MONTHS.at(today);
    step(Procedure::PetitesCreances, "Engagez la procédure simplifiée de recouvrement des petites créances auprès d'un commissaire de justice.")
        .why(&format!(
            "Le principal et les intérêts ({}) ne dépassent pas {} et la créance, née d'un contrat, n'est pas contestée. Un \
             commissaire de justice invite le débiteur à accepter un accord sur le montant et les délais ; s'il l'accepte, le \
             commissaire de justice délivre un titre exécutoire sans juge. Le débiteur a {reply} mois pour répondre ; son silence \
             vaut refus, et il faut alors saisir le juge.", format_euros(amount), format_euros(ceiling)))
        .articles(&["CPCE L125-1", "CPCE R125-1 à R125-8"]) // CPCE: Code des procédures civiles d'exécution
        .where_("Un commissaire de justice (ex-huissier) du ressort de la cour d'appel du domicile ou du siège du débiteur, aussi en ligne.")
        .lawyer("Avocat non obligatoire.")
        .costs("Tous les frais sont à votre charge (tarif réglementé du commissaire de justice : montant exact non vérifié).")
        .deadline(None, &format!("Le débiteur a {reply} mois pour accepter ou refuser"))
}

fn injonction_de_payer(s: &Situation, court: &Court, amount: Decimal) -> Step {
    step(Procedure::InjonctionDePayer, &format!("Déposez une requête en injonction de payer auprès du {}.", court.president()))
        .why(&format!(
            "La mise en demeure est restée sans effet et la créance, née d'un contrat, est certaine, liquide et exigible ({}). \
             La procédure est rapide et non contradictoire au départ, sans plafond de montant, et sans tentative amiable \
             préalable obligatoire (Cass. 2e civ., avis du 25 sept. 2025, n° 25-70.013). L'ordonnance est délivrée revêtue de la \
             formule exécutoire ; signifiée par commissaire de justice, elle interrompt la prescription.",
            format_euros(amount)))
        .articles(&["CPC 1405 à 1425", "CPC 1406", "CPC 1411", "CPC 1416"])
        .where_(&court.place(&format!("{} (CPC 1406)", court.president())))
        .lawyer("Avocat non obligatoire pour la requête.")
        .costs(&court.injonction_costs(s.today))
        .deadline(None, &format!("Faire signifier l'ordonnance dans les {} mois, sinon elle est non avenue (CPC 1411)",
            params::INJONCTION_SERVICE_MONTHS.at(s.today)))
        .deadline(None, &format!("Le débiteur a {} mois après la signification pour former opposition (CPC 1416)",
            params::INJONCTION_OPPOSITION_MONTHS.at(s.today)))
        .deadline(s.earliest_prescription, "Faire signifier avant la prescription")
}

fn refere_provision(s: &Situation, court: &Court, amount: Decimal) -> Step {
    step(Procedure::RefereProvision, &format!("Assignez en référé-provision devant le président du {}.", court.name()))
        .why(&format!(
            "Si l'obligation n'est pas sérieusement contestable mais que le débiteur fait traîner, le juge des référés peut lui \
             ordonner de verser une provision, sans urgence à démontrer (CPC {}). C'est au débiteur de prouver une contestation \
             sérieuse. La procédure est contradictoire et la décision provisoire.", court.refere_article()))
        .articles(&[&format!("CPC {}", court.refere_article())])
        .where_(&court.place(&format!("le juge des référés du {}", court.name())))
        .lawyer(&lawyer_for_amount(amount, s.today))
        .costs("Assignation délivrée par un commissaire de justice (frais à avancer).")
}

fn mediation(s: &Situation, court: &Court) -> Step {
    let business = matches!(s.dossier.debtor.kind, DebtorKind::Business { .. });
    let threshold = Decimal::from(params::PRIOR_AMICABLE_ATTEMPT_EUROS.at(s.today));
    let small = s.claim <= threshold;
    let suspends = "La médiation ou la conciliation suspend la prescription à compter du jour où les parties conviennent d'y \
                    recourir ou, à défaut d'accord écrit, de la première réunion ; une simple saisine par vous seul ne suffit pas \
                    (C. civ. 2238).";
    if business {
        let mut m = step(Procedure::MediateurDesEntreprises, "Proposez une médiation : le médiateur des entreprises est gratuit et rapide.")
            .why(&format!("Entre entreprises, le médiateur des entreprises aide à régler un retard de paiement ou une contestation, souvent \
                  en quelques semaines, de façon confidentielle. {suspends}"))
            .articles(&["C. civ. 2238"])
            .where_("Le médiateur des entreprises (ministère de l'Économie), saisine en ligne.")
            .costs("Gratuit.");
        if !court.commercial && small {
            m.why.push_str(&format!(" Devant le tribunal judiciaire, pour {} ou moins, une tentative de conciliation ou de médiation est obligatoire avant d'assigner (CPC 750-1).", format_euros(threshold)));
            m.articles.push("CPC 750-1".into());
        }
        m
    } else {
        let mut c = step(Procedure::ConciliateurDeJustice, "Saisissez un conciliateur de justice, gratuit, pour chercher un accord.")
            .why(&format!("Le conciliateur de justice, bénévole, aide les parties à trouver un accord, qui peut être rendu exécutoire. {suspends}"))
            .articles(&["C. civ. 2238", "CPC 1528 et suivants"])
            .where_("Un conciliateur de justice (permanences en mairie ou au tribunal).")
            .costs("Gratuit.");
        if small {
            c.why.push_str(&format!(" Pour {} ou moins devant le tribunal judiciaire, cette tentative est obligatoire avant d'assigner (CPC 750-1).", format_euros(threshold)));
            c.articles.push("CPC 750-1".into());
        }
        c
    }
}

fn assignation(s: &Situation, court: &Court, amount: Decimal) -> Step {
    step(Procedure::AssignationAuFond, &format!("Assignez le débiteur en paiement devant le {}.", court.name()))
        .why("Si la contestation persiste, le juge tranche le litige au fond après un débat contradictoire. Le jugement \
              permettra ensuite l'exécution forcée.")
        .articles(&["CPC 750 et suivants", "CPC 853"])
        .where_(&court.place(&format!("le {}", court.name())))
        .lawyer(&lawyer_for_amount(amount, s.today))
        .costs("Assignation délivrée par un commissaire de justice ; honoraires d'avocat le cas échéant.")
        .deadline(s.earliest_prescription, "Assigner avant la prescription")
}

fn execution(today: NaiveDate) -> Step {
    let years = params::TITLE_ENFORCEMENT_YEARS.at(today);
    step(Procedure::ExecutionForcee, "Une fois le titre obtenu, faites exécuter par un commissaire de justice (saisies).")
        .why(&format!("Une ordonnance d'injonction de payer non frappée d'opposition, un titre des petites créances ou un jugement \
              permettent au commissaire de justice (ex-huissier) de pratiquer des saisies sur les comptes ou les biens du \
              débiteur. Un jugement ou une ordonnance d'injonction de payer devenue exécutoire s'exécute pendant {years} ans \
              (Code des procédures civiles d'exécution, L111-3 1° à 3° et L111-4) ; le titre délivré dans la procédure des \
              petites créances (L111-3 5°) garde le délai de prescription de la créance elle-même."))
        .articles(&["CPCE L111-3", "CPCE L111-4"])
        .where_("Un commissaire de justice de votre choix.")
}

fn consult_lawyer_abroad(in_eu: bool) -> Step {
    let why = if in_eu {
        "La créance dépasse le plafond de la procédure européenne des petits litiges et elle est contestée : un avocat choisira la juridiction compétente et la loi applicable."
    } else {
        "Le débiteur est établi hors de l'Union européenne : ni les procédures françaises simplifiées ni les procédures européennes ne s'appliquent. Un avocat déterminera la juridiction compétente et la reconnaissance du jugement."
    };
    step(
        Procedure::ConsulterAvocat,
        "Consultez un avocat pour une action contre un débiteur étranger.",
    )
    .why(why)
}

// ---------- courts and lawyers ----------

/// Which court hears the dossier: commercial for traders, commercial companies and
/// (since 1 Jan 2022) artisans; judiciaire otherwise (C. com. L721-3).
pub struct Court {
    pub commercial: bool,
    tae_note: bool,
    today: NaiveDate,
}

impl Court {
    pub fn for_debtor(kind: DebtorKind, today: NaiveDate) -> Court {
        let commercial = match kind {
            DebtorKind::Business {
                commercial,
                artisan,
            } => commercial || (artisan && params::ARTISANS_AT_COMMERCIAL_COURT.at(today)),
            // A public undertaking under private law is a company (SA, SAS…): commercial by its form.
            DebtorKind::PublicBuyer { .. } => !kind.is_public_law_buyer(),
            _ => false,
        };
        let tae_note = commercial && params::TAE_PILOT.at(today);
        Court {
            commercial,
            tae_note,
            today,
        }
    }

    pub fn name(&self) -> &'static str {
        if self.commercial {
            "tribunal de commerce"
        } else {
            "tribunal judiciaire"
        }
    }

    pub fn president(&self) -> String {
        format!("président du {}", self.name())
    }

    /// Where, with the pilot tribunaux des activités économiques named while they last.
    fn place(&self, who: &str) -> String {
        let tae = if self.tae_note {
            let end = params::TAE_PILOT
                .rows
                .iter()
                .find(|r| r.from > self.today && !r.value)
                .and_then(|r| r.from.pred_opt())
                .map(|d| format!(" jusqu'au {}", date_fr(d)))
                .unwrap_or_default();
            format!(
                " À {}, le tribunal de commerce est remplacé par le tribunal des activités économiques{end}.",
                params::TAE_COURTS.at(self.today)
            )
        } else {
            String::new()
        };
        format!(
            "{} du domicile ou du siège du débiteur.{tae}",
            capitalise(who)
        )
    }

    fn refere_article(&self) -> &'static str {
        if self.commercial {
            "873 al. 2"
        } else {
            "835 al. 2"
        }
    }

    fn injonction_costs(&self, today: NaiveDate) -> String {
        if self.commercial {
            let (low, high) = params::INJONCTION_COMMERCIAL_FEE_EUROS.at(today);
            format!("Frais de greffe d'environ {low} à {high} € TTC (tarif exact non vérifié) ; la signification par commissaire de justice est facturée à part.")
        } else {
            "Pas de frais de greffe au tribunal judiciaire ; la signification par commissaire de justice est facturée à part.".into()
        }
    }
}

fn lawyer_for_amount(amount: Decimal, today: NaiveDate) -> String {
    let threshold = Decimal::from(params::LAWYER_THRESHOLD_EUROS.at(today));
    if amount > threshold {
        format!(
            "Avocat obligatoire : la demande ({}) dépasse {} (CPC 760-761, 853).",
            format_euros(amount),
            format_euros(threshold)
        )
    } else {
        format!(
            "Avocat non obligatoire : la demande ne dépasse pas {} (CPC 761, 853).",
            format_euros(threshold)
        )
    }
}

// ---------- small helpers ----------

fn proceedings_fr(kind: ProceedingsKind) -> &'static str {
    match kind {
        ProceedingsKind::Sauvegarde => "procédure de sauvegarde",
        ProceedingsKind::RedressementJudiciaire => "redressement judiciaire",
        ProceedingsKind::LiquidationJudiciaire => "liquidation judiciaire",
    }
}

pub fn procedure_name(p: Procedure) -> &'static str {
    match p {
        Procedure::RelanceAmiable => "Relance amiable",
        Procedure::MiseEnDemeure => "Mise en demeure",
        Procedure::AttendreDelaiMiseEnDemeure => "Délai de la mise en demeure",
        Procedure::PetitesCreances => "Procédure simplifiée des petites créances",
        Procedure::InjonctionDePayer => "Injonction de payer",
        Procedure::RefereProvision => "Référé-provision",
        Procedure::RefereProvisionAdministratif => "Référé-provision au tribunal administratif",
        Procedure::MediateurDesEntreprises => "Médiateur des entreprises",
        Procedure::ConciliateurDeJustice => "Conciliateur de justice",
        Procedure::AssignationAuFond => "Assignation au fond",
        Procedure::DeclarationDeCreance => "Déclaration de créance",
        Procedure::ReleveDeForclusion => "Relevé de forclusion",
        Procedure::InjonctionDePayerEuropeenne => "Injonction de payer européenne",
        Procedure::PetitsLitigesEuropeens => "Procédure européenne de règlement des petits litiges",
        Procedure::ConsulterAvocat => "Consulter un avocat",
        Procedure::ExecutionForcee => "Exécution forcée",
        Procedure::RienAReclamer => "Rien à réclamer",
    }
}

/// Capitalises a sentence that starts with an ASCII letter (our court names do). ASCII only:
/// Unicode case tables would add about 9 KB gzip to the app.
fn capitalise(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

fn ruled(procedure: Procedure, reason: &str) -> RuledOut {
    RuledOut {
        procedure,
        reason: reason.to_string(),
    }
}

fn step(procedure: Procedure, title: &str) -> Step {
    Step {
        procedure,
        title: title.to_string(),
        why: String::new(),
        articles: vec![],
        where_: None,
        lawyer: None,
        costs: None,
        deadlines: vec![],
    }
}

/// Builder methods keep each step above readable as prose.
impl Step {
    fn title(mut self, text: &str) -> Self {
        self.title = text.into();
        self
    }
    fn why(mut self, text: &str) -> Self {
        self.why = text.into();
        self
    }
    fn articles(mut self, list: &[&str]) -> Self {
        self.articles = list.iter().map(|a| a.to_string()).collect();
        self
    }
    fn where_(mut self, text: &str) -> Self {
        self.where_ = Some(text.into());
        self
    }
    fn lawyer(mut self, text: &str) -> Self {
        self.lawyer = Some(text.into());
        self
    }
    fn costs(mut self, text: &str) -> Self {
        self.costs = Some(text.into());
        self
    }
    fn deadline(mut self, date: Option<NaiveDate>, label: &str) -> Self {
        if date.is_some() || !label.contains("prescription") {
            self.deadlines.push(Deadline {
                date,
                label: label.into(),
            });
        }
        self
    }
}

//! French for the recommendation: each typed fact of `recourse` rendered once. Citations come
//! from the same values the rules list (`recourse::cites`), so prose and articles agree.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::format_euros;
use crate::country::Country;
use crate::dossier::ProceedingsKind;
use crate::format::date_fr;
use crate::params;
use crate::recourse::cites::*;
mod countries;
mod notes;
mod problems;
mod warnings;
mod why;

pub use countries::{by_name as countries_by_name, country_name, in_country, the_country};

pub use notes::{
    due, event, indemnity, interest, prescription, rate_source, rate_why, unverified_rate,
};
pub use warnings::{term_warning, warning};

use crate::recourse::{Advice, Case, Court, DeadlineKind, Exclusion, Lawyer, Procedure, RuledOut};

/// A step in words, for the results and the letters.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AdviceText {
    /// One sentence, for the top of the results.
    pub title: String,
    pub why: String,
    /// The court, the mandataire, or who runs it.
    pub where_: Option<String>,
    pub lawyer: Option<String>,
    pub costs: Option<String>,
    /// Each deadline: its date when known, and what it is.
    pub deadlines: Vec<(Option<NaiveDate>, String)>,
    pub articles: Vec<String>,
}

pub fn advice(a: &Advice) -> AdviceText {
    let mut why = why::why(&a.case);
    for note in &a.notes {
        why.push(' ');
        why.push_str(&why::note_text(note));
    }
    AdviceText {
        title: title(a),
        why,
        where_: place(&a.case),
        lawyer: lawyer(&a.case),
        costs: costs(&a.case),
        deadlines: a
            .deadlines
            .iter()
            .map(|d| (d.date, deadline(d.kind)))
            .collect(),
        articles: a.cites.iter().map(|c| c.to_string()).collect(),
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

pub fn proceedings(kind: ProceedingsKind) -> &'static str {
    match kind {
        ProceedingsKind::Sauvegarde => "procédure de sauvegarde",
        ProceedingsKind::RedressementJudiciaire => "redressement judiciaire",
        ProceedingsKind::LiquidationJudiciaire => "liquidation judiciaire",
    }
}

pub fn court_name(court: Court) -> &'static str {
    if court.commercial {
        "tribunal de commerce"
    } else {
        "tribunal judiciaire"
    }
}

/// Which post-opening claims have priority: L622-17 (sauvegarde, redressement) or L641-13
/// (liquidation, AUDIT I4), as the texts say it after « pour les besoins de la procédure ».
fn after_opening_needs(kind: ProceedingsKind) -> &'static str {
    if kind == ProceedingsKind::LiquidationJudiciaire {
        ", ou en contrepartie d'une prestation fournie pendant le maintien provisoire de l'activité"
    } else {
        " ou de la période d'observation, ou en contrepartie d'une prestation fournie au débiteur pendant cette période"
    }
}

/// Whom such a claim must be made known to, after « à condition d'avoir été portées à la connaissance ».
fn after_opening_informed(kind: ProceedingsKind) -> &'static str {
    if kind == ProceedingsKind::LiquidationJudiciaire {
        "du liquidateur ou, le cas échéant, de l'administrateur judiciaire"
    } else {
        "de l'administrateur judiciaire ou, à défaut, du mandataire judiciaire"
    }
}

/// The official sites the texts name, as written in them, and their addresses: the page makes
/// each a link.
pub const OFFICIAL_SITES: &[(&str, &str)] = &[
    ("tribunaldigital.fr", "https://www.tribunaldigital.fr"),
    ("conciliateurs.fr", "https://www.conciliateurs.fr"),
    (
        "economie.gouv.fr/mediateur-des-entreprises",
        "https://www.economie.gouv.fr/mediateur-des-entreprises",
    ),
    ("portail e-Justice", "https://e-justice.europa.eu"),
];

/// How a requête en injonction de payer reaches the court, step by step (CPC 1407; online for
/// the commercial courts, FACTS.md §11).
/// `court_title`: the court as the requête names it once the visitor typed its town
/// (« tribunal des activités économiques de Paris »), so the page and the file agree.
pub fn filing_requete(court: Court, claim: Decimal, court_title: Option<&str>) -> Vec<String> {
    let online = if court.commercial {
        ", ou déposez-la en ligne sur tribunaldigital.fr"
    } else {
        ""
    };
    let tae = if court.in_tae_pilot() {
        format!(
            " (à {}, le tribunal des activités économiques)",
            params::TAE_COURTS.at(court.today)
        )
    } else {
        String::new()
    };
    let mut steps = vec![
        "Datez et signez la requête, et joignez une copie de chaque pièce du bordereau.".to_string(),
        match court_title {
            Some(title) => format!("Remettez-la ou envoyez-la au greffe du {title}{online}."),
            None => format!(
                "Remettez-la ou envoyez-la au greffe du {}{tae} du siège ou du domicile de votre client{online}.",
                court_name(court)
            ),
        },
        // CPC 1407: « par le créancier ou par tout mandataire »; CPC 416: a mandataire other
        // than an avocat (or a commissaire de justice) proves the mandate (AUDIT I16).
        "Si quelqu'un d'autre que vous, ou que le représentant légal de votre société, la signe et la dépose \
         pour vous, joignez le pouvoir écrit que vous lui donnez ; un avocat en est dispensé (articles 1407 et 416 \
         du Code de procédure civile)."
            .to_string(),
    ];
    steps.extend(tae_contribution(court, claim));
    steps
}

/// Before a TAE, a large claim pays the contribution pour la justice économique unless the
/// claimant is small (AUDIT I15; `params::TAE_CONTRIBUTION_*`).
fn tae_contribution(court: Court, claim: Decimal) -> Option<String> {
    let threshold = Decimal::from(params::TAE_CONTRIBUTION_CLAIM_EUROS.at(court.today));
    if !court.in_tae_pilot() || claim <= threshold {
        return None;
    }
    Some(format!(
        "Devant un tribunal des activités économiques, une demande de plus de {} est soumise à une \
         contribution pour la justice économique, payée au dépôt de la requête, sauf si votre entreprise \
         emploie moins de {} salariés (décret n° 2024-1225 du 30 décembre 2024).",
        format_euros(threshold),
        params::TAE_CONTRIBUTION_EXEMPT_BELOW_EMPLOYEES.at(court.today)
    ))
}

/// How a request for mediation or conciliation reaches the médiateur des entreprises or a
/// conciliateur de justice, step by step, and when it suspends limitation (FACTS.md §14 and
/// P2; the form's parts and the conciliators' site in docs/LEGAL-ADDITIONS.md).
pub fn filing_mediation(p: Procedure) -> Vec<String> {
    let how: &[&str] = if p == Procedure::ConciliateurDeJustice {
        &[
            "Trouvez la permanence d'un conciliateur de justice près de chez votre client sur conciliateurs.fr.",
            "Prenez rendez-vous, ou envoyez-lui ce texte en ligne ou par courrier ; le greffe du tribunal judiciaire peut aussi organiser la conciliation. C'est gratuit.",
        ]
    } else {
        &[
            "Saisissez le médiateur des entreprises en ligne, depuis economie.gouv.fr/mediateur-des-entreprises (« Saisir le médiateur »).",
            "Le formulaire demande vos coordonnées et votre SIRET, ceux de votre client, l'objet du litige et vos pièces : copiez-y les parties de ce texte. C'est gratuit et confidentiel.",
        ]
    };
    let mut steps: Vec<String> = how.iter().map(|s| s.to_string()).collect();
    steps.push("La prescription n'est suspendue qu'à partir du jour où votre client et vous acceptez la démarche, ou à défaut d'accord écrit, de la première réunion (article 2238 du Code civil) : la demande seule ne la suspend pas.".into());
    steps
}

pub fn court_president(court: Court) -> String {
    format!("président du {}", court_name(court))
}

/// Why a procedure is ruled out, in one sentence.
pub fn ruled_out(r: &RuledOut) -> String {
    const INDIVIDUAL: &str = "le débiteur est en procédure collective : toute action individuelle en paiement est interdite";
    const DISPUTED: &str = "le débiteur conteste la facture : ces voies supposent une créance non sérieusement contestable, et le litige sera jugé au fond";
    match (&r.reason, r.procedure) {
        (Exclusion::CollectiveProceedings, p) => {
            let name = match p {
                Procedure::InjonctionDePayer => "Injonction de payer",
                Procedure::RefereProvision => "Référé-provision",
                Procedure::AssignationAuFond => "Assignation",
                Procedure::PetitesCreances => "Procédure des petites créances",
                other => procedure_name(other),
            };
            format!("{name} impossible : {INDIVIDUAL} ({C_COM_L622_21}).")
        }
        (Exclusion::MediatorNotInCollectiveProceedings, _) => {
            "Le médiateur des entreprises n'intervient pas lorsque l'entreprise est en procédure collective.".into()
        }
        (Exclusion::DeclarationReplacesMiseEnDemeure, _) => {
            "Une mise en demeure est inutile : la déclaration de créance la remplace.".into()
        }
        (Exclusion::TimeBarred, p) => format!(
            "{} : la créance est prescrite : le débiteur peut opposer la prescription et la demande serait rejetée.",
            procedure_name(p)
        ),
        (Exclusion::Disputed { .. }, Procedure::InjonctionDePayer) => {
            format!("Injonction de payer peu adaptée : {DISPUTED} après son opposition.")
        }
        (Exclusion::Disputed { refere_article }, Procedure::RefereProvision) => {
            format!("Référé-provision écarté : {DISPUTED} ({refere_article}).")
        }
        (Exclusion::Disputed { .. }, p) => match p {
            Procedure::PetitesCreances => {
                "Procédure des petites créances écartée : elle exige l'accord du débiteur sur le montant.".into()
            }
            other => format!("{} écarté : {DISPUTED}.", procedure_name(other)),
        },
        (Exclusion::AboveSmallClaimsCeiling { amount, ceiling }, _) => format!(
            "Procédure des petites créances impossible : le principal et les intérêts ({}) dépassent le plafond de {} (CPCE R125-1).",
            format_euros(*amount),
            format_euros(*ceiling)
        ),
        (Exclusion::AdministrativeJudgeOnly, Procedure::PetitesCreances) => {
            "Procédure des petites créances écartée : elle relève des juridictions judiciaires, pas d'un contrat administratif.".into()
        }
        (Exclusion::AdministrativeJudgeOnly, p) => format!(
            "{} écartée : pour le contrat administratif d'une personne publique, le juge administratif est seul compétent ({CJA_R541_1}).",
            procedure_name(p)
        ),
        (Exclusion::NoEstablishmentInFrance, _) => {
            "Injonction de payer française impossible : le débiteur n'a ni domicile ni établissement en France.".into()
        }
        (Exclusion::EuropeanProceduresNotApplicable { country }, p) => {
            let regulation = match p {
                Procedure::PetitsLitigesEuropeens => "le règlement (CE) n° 861/2007",
                _ => "le règlement (CE) n° 1896/2006",
            };
            format!(
                "{} impossible : {} n'est pas lié par {regulation} (article 2, paragraphe 3).",
                procedure_name(p),
                the_country(*country)
            )
        }
    }
}

fn title(a: &Advice) -> String {
    let date_of = |kind: fn(&DeadlineKind) -> bool| {
        a.deadlines
            .iter()
            .find(|d| kind(&d.kind))
            .and_then(|d| d.date)
            .map(date_fr)
            .unwrap_or_default()
    };
    match &a.case {
        Case::NothingToClaim => "Rien ne reste à réclamer : la facture est payée et aucune pénalité n'est due.".into(),
        Case::DeclareClaim { .. } => format!(
            "Déclarez votre créance au mandataire judiciaire avant le {}.",
            date_of(|k| matches!(k, DeadlineKind::DeclareClaim { .. }))
        ),
        Case::ReleveDeForclusion { .. } => format!(
            "Le délai de déclaration est passé : demandez un relevé de forclusion au juge-commissaire avant le {}.",
            date_of(|k| matches!(k, DeadlineKind::ReleveDeForclusion { .. }))
        ),
        Case::ProceedingsDeadlinesPassed { .. } => {
            "Les délais de déclaration et de relevé de forclusion sont passés : consultez un avocat.".into()
        }
        Case::BornAfterOpening { .. } => "Créance née après le jugement d'ouverture : réclamez le paiement à l'administrateur judiciaire et faites-vous conseiller.".into(),
        Case::TimeBarred { .. } => "Votre créance paraît prescrite : consultez un avocat avant toute démarche.".into(),
        Case::Relance { .. } => "Envoyez une relance amiable, courtoise, rappelant la facture et son échéance.".into(),
        Case::MiseEnDemeure { .. } => "Envoyez une mise en demeure de payer par lettre recommandée avec avis de réception.".into(),
        Case::WaitForMiseEnDemeure { deadline } => format!(
            "Attendez la fin du délai laissé par votre mise en demeure, le {}, avant d'aller en justice.",
            date_fr(*deadline)
        ),
        Case::PetitesCreances { .. } => "Engagez la procédure simplifiée de recouvrement des petites créances auprès d'un commissaire de justice.".into(),
        Case::InjonctionDePayer { court, .. } => {
            format!("Déposez une requête en injonction de payer auprès du {}.", court_president(*court))
        }
        Case::RefereProvision { court, .. } => {
            format!("Assignez en référé-provision devant le président du {}.", court_name(*court))
        }
        Case::MediateurDesEntreprises { for_disputed_part: true, .. }
        | Case::ConciliateurDeJustice { for_disputed_part: true, .. } => {
            "Pour la partie contestée : tentez une médiation ou une conciliation, puis une assignation au fond si elle échoue.".into()
        }
        Case::MediateurDesEntreprises { .. } => "Proposez une médiation : le médiateur des entreprises est gratuit et rapide.".into(),
        Case::ConciliateurDeJustice { .. } => "Saisissez un conciliateur de justice, gratuit, pour chercher un accord.".into(),
        Case::AssignationAuFond { court, .. } => {
            format!("Assignez le débiteur en paiement devant le {}.", court_name(*court))
        }
        Case::ExecutionForcee { .. } => "Une fois le titre obtenu, faites exécuter par un commissaire de justice (saisies).".into(),
        Case::ExecutionAbroad { .. } => "Une fois le titre obtenu, faites-le exécuter dans le pays de votre client, selon ses règles.".into(),
        Case::LawyerAbroad { .. } => "Consultez un avocat pour une action contre un débiteur étranger.".into(),
        Case::RefereProvisionAdministratif => "Saisissez le juge des référés du tribunal administratif d'une demande de provision.".into(),
        Case::MediateurPublicBuyer => "Saisissez le médiateur des entreprises, gratuit, pour obtenir le paiement de l'acheteur public.".into(),
        Case::InjonctionDePayerEuropeenne { .. } => "Demandez une injonction de payer européenne.".into(),
        Case::PetitsLitigesEuropeens { .. } => "Engagez la procédure européenne de règlement des petits litiges.".into(),
    }
}

/// Where, with the pilot tribunaux des activités économiques named while they last.
fn court_place(court: Court, who: &str) -> String {
    let tae = if court.in_tae_pilot() {
        let end = params::TAE_PILOT
            .rows
            .iter()
            .find(|r| r.from > court.today && !r.value)
            .and_then(|r| r.from.pred_opt())
            .map(|d| format!(" jusqu'au {}", date_fr(d)))
            .unwrap_or_default();
        format!(
            " À {}, le tribunal de commerce est remplacé par le tribunal des activités économiques{end}.",
            params::TAE_COURTS.at(court.today)
        )
    } else {
        String::new()
    };
    format!(
        "{} du domicile ou du siège du débiteur.{tae}",
        capitalise(who)
    )
}

fn place(case: &Case) -> Option<String> {
    let text = match case {
        Case::DeclareClaim { .. } => "Le mandataire judiciaire (ou le liquidateur) désigné par le jugement d'ouverture, dont le nom figure dans l'annonce du BODACC.".into(),
        Case::ReleveDeForclusion { .. } => "Le juge-commissaire de la procédure collective.".into(),
        Case::BornAfterOpening { .. } => "L'administrateur judiciaire ou, à défaut, le mandataire judiciaire (ou le liquidateur) désigné par le jugement d'ouverture, dont le nom figure dans l'annonce du BODACC.".into(),
        Case::MiseEnDemeure { consumer: true, .. } => "Par lettre recommandée avec avis de réception, ou lettre recommandée électronique si ce particulier a accepté d'en recevoir (Code des postes et des communications électroniques, L100).".into(),
        Case::MiseEnDemeure { .. } => "Par lettre recommandée avec avis de réception, ou lettre recommandée électronique (Code des postes et des communications électroniques, L100).".into(),
        Case::PetitesCreances { .. } => "Un commissaire de justice (ex-huissier) du ressort de la cour d'appel du domicile ou du siège du débiteur, aussi en ligne.".into(),
        Case::InjonctionDePayer { court, .. } => court_place(*court, &format!("{} ({CPC_1406})", court_president(*court))),
        Case::RefereProvision { court, .. } => court_place(*court, &format!("le juge des référés du {}", court_name(*court))),
        Case::MediateurDesEntreprises { .. } => "Le médiateur des entreprises (ministère de l'Économie), saisine en ligne.".into(),
        Case::ConciliateurDeJustice { .. } => "Un conciliateur de justice (permanences en mairie ou au tribunal).".into(),
        Case::AssignationAuFond { court, .. } => court_place(*court, &format!("le {}", court_name(*court))),
        Case::ExecutionForcee { .. } => "Un commissaire de justice de votre choix.".into(),
        Case::ExecutionAbroad { .. } => "L'autorité chargée de l'exécution dans le pays où votre client a ses biens (un agent d'exécution ou un avocat de ce pays) : un commissaire de justice français ne peut pas y saisir.".into(),
        Case::RefereProvisionAdministratif => "Le tribunal administratif dans le ressort duquel le marché a été exécuté.".into(),
        Case::MediateurPublicBuyer => "Le médiateur des entreprises (saisine en ligne).".into(),
        Case::InjonctionDePayerEuropeenne { country, central_court, .. } => format!(
            "En règle générale, {}. Un tribunal français (tribunal de commerce, ou tribunal judiciaire pour une créance \
             civile) n'est compétent que sur un fondement du règlement Bruxelles I bis : le lieu de livraison des marchandises \
             ou de la prestation en France (formulaire A, code 02) ou une clause attributive de juridiction (Règl. 1896/2006, \
             art. 6 ; Règl. 1215/2012, art. 7 et 25). Un tribunal incompétent rejette la demande.",
            european_order_court(*country, *central_court)
        ),
        _ => return None,
    };
    Some(text)
}

/// The court of the debtor's country for a European order: the one court where the country has
/// one, else the portal that finds it.
pub fn european_order_court(country: Option<Country>, central_court: Option<&str>) -> String {
    match (country, central_court) {
        (Some(c), Some(court)) => format!(
            "la juridiction {} : {court}, seule compétente pour tout le pays (Règl. 1896/2006, art. 29)",
            in_country(Some(c))
        ),
        (Some(c), None) => format!(
            "la juridiction compétente {}, que donne l'outil de recherche des juridictions du portail e-Justice",
            in_country(Some(c))
        ),
        (None, _) => "la juridiction du pays de votre client, que donne l'outil de recherche des juridictions du portail e-Justice".into(),
    }
}

fn lawyer_for(lawyer: Lawyer) -> String {
    match lawyer {
        Lawyer::Required { amount, threshold } => format!(
            "Avocat obligatoire : la demande ({}) dépasse {} (CPC 760-761, 853).",
            format_euros(amount),
            format_euros(threshold)
        ),
        Lawyer::NotRequired { threshold } => format!(
            "Avocat non obligatoire : la demande ne dépasse pas {} (CPC 761, 853).",
            format_euros(threshold)
        ),
    }
}

fn lawyer(case: &Case) -> Option<String> {
    let text = match case {
        Case::DeclareClaim { .. } => "Avocat non obligatoire : vous pouvez déclarer vous-même, ou par un préposé ou mandataire de votre choix.".into(),
        Case::ReleveDeForclusion { .. } | Case::BornAfterOpening { .. } => "Avocat conseillé.".into(),
        Case::PetitesCreances { .. } => "Avocat non obligatoire.".into(),
        Case::InjonctionDePayer { .. } => "Avocat non obligatoire pour la requête.".into(),
        Case::RefereProvision { lawyer, .. } | Case::AssignationAuFond { lawyer, .. } => lawyer_for(*lawyer),
        Case::RefereProvisionAdministratif => "Avocat obligatoire pour le référé-provision devant le tribunal administratif.".into(),
        _ => return None,
    };
    Some(text)
}

fn costs(case: &Case) -> Option<String> {
    let text = match case {
        Case::Relance { .. } => "Gratuit (courriel ou courrier).".into(),
        Case::MiseEnDemeure { .. } => "Le prix d'une lettre recommandée avec avis de réception.".into(),
        Case::PetitesCreances { .. } => "Tous les frais sont à votre charge (tarif réglementé du commissaire de justice : montant exact non vérifié).".into(),
        Case::InjonctionDePayer { court, .. } => match court.injonction_fee() {
            Some((low, high)) => format!("Frais de greffe d'environ {low} à {high} € TTC (tarif exact non vérifié) ; la signification par commissaire de justice est facturée à part."),
            None => "Pas de frais de greffe au tribunal judiciaire ; la signification par commissaire de justice est facturée à part.".into(),
        },
        Case::RefereProvision { .. } => "Assignation délivrée par un commissaire de justice (frais à avancer).".into(),
        Case::MediateurDesEntreprises { .. } | Case::ConciliateurDeJustice { .. } | Case::MediateurPublicBuyer => "Gratuit.".into(),
        Case::AssignationAuFond { .. } => "Assignation délivrée par un commissaire de justice ; honoraires d'avocat le cas échéant.".into(),
        Case::RefereProvisionAdministratif => "Honoraires d'avocat ; frais de procédure non vérifiés.".into(),
        _ => return None,
    };
    Some(text)
}

pub fn deadline(kind: DeadlineKind) -> String {
    match kind {
        DeadlineKind::DeclareClaim { months } => {
            format!("Dernier jour pour déclarer la créance (BODACC + {months} mois)")
        }
        DeadlineKind::ReleveDeForclusion { months } => {
            format!("Dernier jour pour demander le relevé de forclusion (BODACC + {months} mois)")
        }
        DeadlineKind::MiseEnDemeureEnds => "Fin du délai de la mise en demeure".into(),
        DeadlineKind::PaymentDelay { days } => {
            format!("Délai de paiement : {days} jours à compter de la réception, par défaut")
        }
        DeadlineKind::SmallClaimsReply { months } => {
            format!("Le débiteur a {months} mois pour accepter ou refuser")
        }
        DeadlineKind::ServeOrder { months } => {
            format!("Faire signifier l'ordonnance dans les {months} mois, sinon elle est non avenue ({CPC_1411})")
        }
        DeadlineKind::Opposition { months } => {
            format!("Le débiteur a {months} mois après la signification pour former opposition ({CPC_1416})")
        }
        DeadlineKind::ServeBeforePrescription => "Faire signifier avant la prescription".into(),
        DeadlineKind::SueBeforePrescription => "Assigner avant la prescription".into(),
        DeadlineKind::EuropeanOpposition { days } => {
            format!("Le débiteur a {days} jours après signification pour s'opposer")
        }
        DeadlineKind::Revendication { months } => format!(
            "Dernier jour pour revendiquer les marchandises vendues avec réserve de propriété (BODACC + {months} mois)"
        ),
    }
}

/// Capitalises a sentence that starts with an ASCII letter (our court names do). ASCII only:
/// Unicode's case tables would weigh on the app.
fn capitalise(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

#[cfg(test)]
mod tests;

//! Why each step: the reasons the rules found, in French, with their citations.

use crate::amount::format_euros;
use crate::country::Zone;
use crate::format::date_fr;
use crate::recourse::cites::*;
use crate::recourse::{Case, DebtorGroup, MiseEnDemeureContext, Note};

use super::{in_country, proceedings, the_country};

const MEDIATION_SUSPENDS: &str = "La médiation ou la conciliation suspend la prescription à compter du jour où les parties \
     conviennent d'y recourir ou, à défaut d'accord écrit, de la première réunion ; une simple saisine par vous seul ne \
     suffit pas";

pub(super) fn why(case: &Case) -> String {
    match case {
        Case::NothingToClaim => "Les paiements reçus couvrent le montant de la facture, et aucun retard n'a fait naître de pénalités.".into(),
        Case::DeclareClaim { kind, months, months_outside_metropole } => format!(
            "Le débiteur est en {} : toute action individuelle en paiement est interdite ou arrêtée ({C_COM_L622_21}). \
             Pour être payé, déclarez la créance au mandataire judiciaire (ou au liquidateur) dans les {months} mois de la \
             publication du jugement d'ouverture au BODACC ({C_COM_R622_24}) ; le délai est de {months_outside_metropole} mois si \
             vous n'êtes pas établi en France métropolitaine (outre-mer compris). La déclaration interrompt la prescription et \
             remplace une mise en demeure. Les intérêts cessent de courir au jugement d'ouverture ({C_COM_L622_28}).",
            proceedings(*kind)
        ),
        Case::ReleveDeForclusion { expired, months, releve_months } => format!(
            "Le délai de {months} mois pour déclarer la créance a expiré le {}. Sans relevé de forclusion, vous ne participerez pas \
             aux répartitions ({C_COM_L622_26}). La demande doit être faite dans les {releve_months} mois de la publication au \
             BODACC, en montrant que le retard ne vous est pas imputable ou que le débiteur vous a omis de la liste des créanciers.",
            date_fr(*expired)
        ),
        Case::ProceedingsDeadlinesPassed { declare_by, releve_by, releve_months } => format!(
            "Le délai de déclaration a expiré le {} et celui du relevé de forclusion le {} ({C_COM_L622_26}). Le créancier qui \
             ne pouvait pas connaître l'existence de sa créance dispose de {releve_months} mois à compter du jour où il ne pouvait \
             plus l'ignorer (L622-26 al. 3) : un avocat dira si c'est votre cas.",
            date_fr(*declare_by),
            date_fr(*releve_by)
        ),
        Case::BornAfterOpening { kind } => format!(
            "Le débiteur est en {}, mais vos prestations sont postérieures au jugement d'ouverture. Les créances nées \
             régulièrement après ce jugement pour les besoins de la procédure{}, doivent être payées à leur échéance ; à défaut, \
             elles sont payées par priorité, à condition d'avoir été portées à la connaissance {} ({}). Les autres se déclarent \
             au mandataire, le délai courant de leur échéance ({C_COM_L622_24}). Les intérêts de ces factures ne sont pas \
             arrêtés par le jugement d'ouverture. Un avocat vous dira dans quel cas vous êtes et si une action en paiement est \
             possible ({C_COM_L622_21}).",
            proceedings(*kind),
            super::after_opening_needs(*kind),
            super::after_opening_informed(*kind),
            crate::recourse::priority_article(*kind)
        ),
        Case::TimeBarred { ended } => format!(
            "Le délai pour agir a expiré le {}. Un juge saisi aujourd'hui rejetterait la demande si le débiteur invoque \
             la prescription. Un avocat vérifiera si un acte l'a interrompue (reconnaissance de dette, paiement partiel, \
             action en justice : C. civ. 2240, 2241, 2244). Vous pouvez toujours demander un paiement volontaire.",
            ended.map(date_fr).unwrap_or_default()
        ),
        Case::Relance { debtor, max_reminders } => {
            let running = match debtor {
                DebtorGroup::Business => format!(" Les pénalités de retard courent déjà, sans relance nécessaire ({C_COM_L441_10_II})."),
                // The public-buyer path adds its own sentence on intérêts moratoires (a note).
                DebtorGroup::PublicBuyer => String::new(),
                DebtorGroup::Consumer => format!(
                    " Envers un particulier, aucun intérêt ne court avant une mise en demeure ({}, {}) : \
                     si la relance reste sans effet, ne tardez pas à l'envoyer.",
                    C_CIV_1231_6, C_CIV_1344_1.0.trim_start_matches("C. civ. ")
                ),
            };
            // The public buyer's path starts with a reminder whatever the relationship (I7).
            let wish = if *debtor == DebtorGroup::PublicBuyer {
                ""
            } else {
                " et vous souhaitez préserver la relation"
            };
            format!(
                "Aucune relance n'a encore été envoyée{wish}. Un oubli ou un problème de trésorerie \
                 se règle souvent ainsi. Jusqu'à {max_reminders} relances, puis une mise en demeure.{running}"
            )
        }
        Case::MiseEnDemeure { context, consumer, days, common_days, indemnity } => {
            let opener = match context {
                MiseEnDemeureContext::AfterReminders => "Vos relances sont restées sans effet.",
                MiseEnDemeureContext::IfRemindersFail => "Si vos relances restent sans effet, c'est l'étape suivante.",
                MiseEnDemeureContext::StraightAway => "Vous ne souhaitez pas préserver la relation : vous pouvez passer directement à la mise en demeure.",
                MiseEnDemeureContext::AfterMediation => "Si la médiation échoue, la mise en demeure formalise votre demande avant d'assigner.",
            };
            let interest = if *consumer {
                "Envers un particulier, elle fait courir les intérêts au taux légal (C. civ. 1231-6, 1344-1).".to_string()
            } else {
                format!(
                    "Elle n'est pas nécessaire pour les pénalités de retard ni pour l'indemnité de {}, dues de plein droit, mais elle \
                     prouve votre demande et prépare la suite.",
                    format_euros(*indemnity)
                )
            };
            format!(
                "{opener} La mise en demeure est une interpellation suffisante ({C_CIV_1344}) : elle porte \
                 les mots « mise en demeure », le détail des sommes et un délai pour payer, {days} jours à compter de la réception \
                 ({common_days} jours est courant). {interest} Elle n'interrompt pas la prescription."
            )
        }
        Case::WaitForMiseEnDemeure { .. } => "Le débiteur a reçu une mise en demeure : laissez courir le délai annoncé. S'il ne paie pas, la suite est prête.".into(),
        Case::PetitesCreances { amount, ceiling, reply_months } => format!(
            "Le principal et les intérêts ({}) ne dépassent pas {} et la créance, née d'un contrat, n'est pas contestée. Un \
             commissaire de justice invite le débiteur à accepter un accord sur le montant et les délais ; s'il l'accepte, le \
             commissaire de justice délivre un titre exécutoire (qui permet les saisies) sans juge. Le débiteur a {reply_months} mois pour répondre ; son \
             silence vaut refus, et il faut alors saisir le juge.",
            format_euros(*amount),
            format_euros(*ceiling)
        ),
        Case::InjonctionDePayer { amount, .. } => format!(
            "La mise en demeure est restée sans effet et la créance, née d'un contrat, est certaine, liquide et exigible (due, d'un montant connu et arrivée à échéance) : {} de principal, \
             de pénalités et d'indemnités forfaitaires. \
             La procédure est rapide et non contradictoire au départ, sans plafond de montant, et sans tentative amiable \
             préalable obligatoire (Cass. 2e civ., avis du 25 sept. 2025, n° 25-70.013). L'ordonnance est délivrée revêtue de la \
             formule exécutoire ; signifiée par commissaire de justice, elle interrompt la prescription.",
            format_euros(*amount)
        ),
        Case::RefereProvision { court, .. } => format!(
            "Si l'obligation n'est pas sérieusement contestable mais que le débiteur fait traîner, le juge des référés peut lui \
             ordonner de verser une provision, sans urgence à démontrer ({}). C'est au débiteur de prouver une contestation \
             sérieuse. La procédure est contradictoire et la décision provisoire.",
            court.refere_article()
        ),
        Case::MediateurDesEntreprises { prior_attempt, .. } => {
            let mut text = format!(
                "Entre entreprises, le médiateur des entreprises aide à régler un retard de paiement ou une contestation, souvent \
                 en quelques semaines, de façon confidentielle. {MEDIATION_SUSPENDS} ({C_CIV_2238})."
            );
            if let Some(threshold) = prior_attempt {
                text.push_str(&format!(
                    " Devant le tribunal judiciaire, pour {} ou moins, une tentative de conciliation ou de médiation est obligatoire avant d'assigner ({CPC_750_1}).",
                    format_euros(*threshold)
                ));
            }
            text
        }
        Case::ConciliateurDeJustice { prior_attempt, .. } => {
            let mut text = format!(
                "Le conciliateur de justice, bénévole, aide les parties à trouver un accord, qui peut être rendu exécutoire. \
                 {MEDIATION_SUSPENDS} ({C_CIV_2238})."
            );
            if let Some(threshold) = prior_attempt {
                text.push_str(&format!(
                    " Pour {} ou moins devant le tribunal judiciaire, cette tentative est obligatoire avant d'assigner ({CPC_750_1}).",
                    format_euros(*threshold)
                ));
            }
            text
        }
        Case::AssignationAuFond { .. } => "Si la contestation persiste, le juge tranche le litige au fond après un débat contradictoire. Le jugement \
             permettra ensuite l'exécution forcée.".into(),
        Case::ExecutionForcee { years } => format!(
            "Une ordonnance d'injonction de payer non frappée d'opposition, un titre des petites créances ou un jugement \
             permettent au commissaire de justice (ex-huissier) de pratiquer des saisies sur les comptes ou les biens du \
             débiteur. Un jugement ou une ordonnance d'injonction de payer devenue exécutoire s'exécute pendant {years} ans \
             (Code des procédures civiles d'exécution, L111-3 1° à 3° et L111-4) ; le titre délivré dans la procédure des \
             petites créances (L111-3 5°) garde le délai de prescription de la créance elle-même."
        ),
        Case::ExecutionAbroad { zone: Zone::Eu(_) } => "Le titre européen (injonction de payer européenne ou décision des petits litiges) \
             est exécutoire dans tout État de l'Union sans autre formalité, mais l'exécution relève de l'État où se trouvent les biens \
             de votre client : elle se demande à ses autorités d'exécution, selon son droit, avec le titre et, au besoin, sa traduction \
             (Règl. 1896/2006, art. 21). Un commissaire de justice français ne peut pas y pratiquer de saisie, et la règle française \
             des dix ans d'exécution ne s'y applique pas : un avocat ou un agent d'exécution de ce pays vous guidera.".into(),
        Case::ExecutionAbroad { zone: Zone::EuOptedOut(c) } => format!(
            "Un jugement français est reconnu et exécuté {} selon les règles de l'Union sur les décisions en matière civile et \
             commerciale, que l'accord du 19 octobre 2005 entre la Communauté européenne et {} lui étend. L'exécution relève des \
             autorités de ce pays, selon son droit : un commissaire de justice français ne peut pas y pratiquer de saisie ; un avocat \
             ou un agent d'exécution de ce pays vous guidera.",
            in_country(Some(*c)),
            the_country(*c)
        ),
        Case::ExecutionAbroad { zone: Zone::OutsideEu } => "Hors de l'Union, un jugement français doit d'abord être reconnu dans le pays de votre \
             client, selon ses règles et les conventions applicables, puis exécuté par ses autorités : un avocat de ce pays vous \
             dira comment.".into(),
        Case::LawyerAbroad { zone: Zone::Eu(_) } => "La créance dépasse le plafond de la procédure européenne des petits litiges et elle est contestée : un avocat choisira la juridiction compétente et la loi applicable.".into(),
        Case::LawyerAbroad { zone: Zone::EuOptedOut(c) } => format!(
            "Votre client est établi {} : ni l'injonction de payer européenne ni la procédure européenne des petits litiges ne \
             s'y appliquent, et l'injonction de payer française suppose un débiteur établi en France. Un avocat saisira la \
             juridiction compétente selon les règles de l'Union que l'accord de 2005 étend à ce pays : en général celle du pays \
             de votre client, un tribunal français si la livraison ou la prestation a eu lieu en France ou si le contrat le prévoit.",
            in_country(Some(*c))
        ),
        Case::LawyerAbroad { zone: Zone::OutsideEu } => "Le débiteur est établi hors de l'Union européenne : ni les procédures françaises simplifiées ni les procédures européennes ne s'appliquent. Un avocat déterminera la juridiction compétente et la reconnaissance du jugement.".into(),
        Case::RefereProvisionAdministratif => format!(
            "Pour un contrat administratif, le juge administratif est seul compétent. Le référé-provision lui demande de condamner \
             l'acheteur à verser une provision quand la créance n'est pas sérieusement contestable ; il n'exige pas de recours \
             au fond. Il faut d'abord une réclamation préalable à l'acheteur et sa décision, même implicite ({CJA_R421_1} ; \
             CE, 23 sept. 2019, n° 427923) : votre mise en demeure peut en tenir lieu. Vérifiez aussi si votre marché (CCAG) \
             impose un mémoire en réclamation."
        ),
        Case::MediateurPublicBuyer => format!(
            "Le médiateur des entreprises traite aussi les litiges entre une entreprise et un acheteur public, notamment les \
             retards de paiement. Les délais de recours sont interrompus et la prescription suspendue à compter du jour où \
             les parties conviennent de recourir à la médiation ou, à défaut d'écrit, de la première réunion de médiation : \
             votre seule saisine ne suffit pas ({CJA_L213_6})."
        ),
        Case::InjonctionDePayerEuropeenne { opposition_days, country, central_court } => format!(
            "{} : l'injonction de payer européenne vaut pour les créances non contestées, sans plafond de montant{}. Le \
             débiteur a {opposition_days} jours à compter de la signification pour former opposition. La demande va à la \
             juridiction compétente selon le règlement Bruxelles I bis : en général {} ; un tribunal français ne l'est que si \
             la livraison ou la prestation a eu lieu en France, ou si le contrat le prévoit. L'injonction rendue s'exécute \
             ensuite dans le pays de votre client, selon ses règles (art. 21).",
            match country {
                Some(c) => format!("Votre client est établi {}, un autre État de l'Union", in_country(Some(*c))),
                None => "Le débiteur est établi dans un autre État de l'Union".into(),
            },
            // Said only where the visitor did not name the country (Denmark is then ruled out).
            if country.is_none() { " ; elle ne s'applique pas au Danemark" } else { "" },
            super::european_order_court(*country, *central_court)
        ),
        Case::PetitsLitigesEuropeens { ceiling, principal } => format!(
            "Pour une créance transfrontière de {} au plus, hors intérêts et frais (ici {} de principal), cette procédure \
             surtout écrite aboutit à une décision exécutoire dans toute l'Union sans exequatur ; elle convient aussi si le \
             débiteur conteste.",
            format_euros(*ceiling),
            format_euros(*principal)
        ),
    }
}

pub(super) fn note_text(note: &Note) -> String {
    match note {
        Note::PublicBuyerInterest { indemnity, days } => format!(
            "Les intérêts moratoires et l'indemnité de {} courent automatiquement : l'acheteur public doit les verser dans les \
             {days} jours du paiement du principal (CCP R2192-36), et toute renonciation est nulle (L2192-14).",
            format_euros(*indemnity)
        ),
        Note::TimeBarredLeftOut { invoices } => {
            let left_out = match invoices.as_slice() {
                [one] => format!(
                    "La facture {one} est prescrite : elle est laissée de côté, avec ses pénalités et son indemnité."
                ),
                many => format!(
                    "Les factures {} sont prescrites : elles sont laissées de côté, avec leurs pénalités et leurs indemnités.",
                    crate::format::and_list(many)
                ),
            };
            format!(
                "Cette démarche ne porte que sur les factures dont le délai pour agir court encore. {left_out} Le débiteur \
                 opposerait la prescription ({C_CIV_2219}) ; une décision obtenue malgré tout serait contestée, à vos frais. \
                 Un avocat vérifiera si un acte l'a interrompue (reconnaissance de dette, paiement partiel : C. civ. 2240, 2244)."
            )
        }
        Note::Revendication {
            by,
            months,
            answer_months,
            liquidation,
        } => format!(
            "Vos conditions de vente réservent la propriété des marchandises jusqu'au paiement : en plus de la déclaration, \
             revendiquez celles qui se trouvent encore en nature chez votre client, au plus tard le {} (BODACC + {months} \
             mois), par lettre recommandée avec avis de réception {}, avec copie au mandataire judiciaire. Sans accord dans \
             {answer} de la réception, saisissez le juge-commissaire dans {answer} qui suit ; passé ces délais, vous ne \
             pourrez plus les reprendre ({C_COM_L624_9}, {C_COM_L624_16}, {C_COM_R624_13}).",
            date_fr(*by),
            if *liquidation {
                "au liquidateur"
            } else {
                "à l'administrateur judiciaire ou, s'il n'y en a pas, à votre client"
            },
            answer = if *answer_months == 1 {
                "le mois".to_string()
            } else {
                format!("les {answer_months} mois")
            }
        ),
    }
}

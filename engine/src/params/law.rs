//! Terms, thresholds, periods, margins and the fixed indemnity: every legal number the rules
//! use, each a table of dated, referenced rows. FACTS.md sections are named on each table.
//! Where FACTS gives a value but not its date of effect, the row says so (status Unverified).

use super::{date, unverified, verified, Cadence, Param, TableSummary, DATE_FROM_MEMORY};

// ---------- payment terms ----------

/// Contract silent, between professionals: days after delivery or performance (C. com. L441-10 I). FACTS §1.
pub const B2B_DEFAULT_TERM_DAYS: Param<i64> = table!(
    "Délai de paiement supplétif entre professionnels (jours après la livraison)",
    [unverified(
        date(2009, 1, 1),
        30,
        "C. com. L441-10 I (ex-L441-6)",
        DATE_FROM_MEMORY
    ),]
);
/// Agreed term between professionals: at most 60 days from the invoice date (L441-10 I, LME). FACTS §1.
pub const B2B_MAX_TERM_DAYS: Param<i64> = table!(
    "Délai maximal convenu entre professionnels (jours après la facture)",
    [verified(
        date(2009, 1, 1),
        60,
        "C. com. L441-10 I (ex-L441-6), loi 2008-776 (LME)"
    ),]
);
/// Or 45 days end of month, when the contract says so expressly (L441-10 I). FACTS §1.
pub const B2B_END_OF_MONTH_TERM_DAYS: Param<i64> = table!(
    "Délai maximal « fin de mois » entre professionnels (jours)",
    [verified(
        date(2009, 1, 1),
        45,
        "C. com. L441-10 I (ex-L441-6), loi 2008-776 (LME)"
    ),]
);
/// Public buyers: maximum term from receipt of the payment request (CCP L2192-10, R2192-12).
/// FACTS §17 and Corrections C4.
pub const PUBLIC_TERM_DAYS_STATE: Param<i64> = table!(
    "Délai de paiement de l'État, des collectivités et de leurs établissements (jours)",
    [unverified(
        date(2013, 3, 16),
        30,
        "Code de la commande publique R2192-10 (ex-décret 2013-269)",
        DATE_FROM_MEMORY
    ),]
);
pub const PUBLIC_TERM_DAYS_HOSPITAL: Param<i64> = table!(
    "Délai de paiement des établissements publics de santé (jours)",
    [unverified(
        date(2013, 3, 16),
        50,
        "Code de la commande publique R2192-11 1° (ex-décret 2013-269)",
        DATE_FROM_MEMORY
    ),]
);
pub const PUBLIC_TERM_DAYS_UNDERTAKING: Param<i64> = table!(
    "Délai de paiement des entreprises publiques (jours)",
    [unverified(
        date(2013, 3, 16),
        60,
        "Code de la commande publique R2192-11 2° (ex-décret 2013-269)",
        DATE_FROM_MEMORY
    ),]
);
/// A public buyer pays the interest and the indemnity within this many days of paying the principal (R2192-36). FACTS §17.
pub const PUBLIC_INTEREST_PAYMENT_DAYS: Param<i64> = table!(
    "Délai de versement des intérêts moratoires après le principal (jours)",
    [unverified(
        date(2013, 3, 16),
        45,
        "Code de la commande publique R2192-36 (ex-décret 2013-269)",
        DATE_FROM_MEMORY
    ),]
);

// ---------- late-payment interest and the indemnity ----------

/// Points added to the MRO rate for the default B2B penalty rate (L441-10 II). Ten points since
/// the LME (1 Jan 2009); the half-year rule since 1 Jan 2013. FACTS §2 and P7.
pub const B2B_MARGIN_POINTS: Param<i64> = table!("Majoration du taux BCE, pénalités entre professionnels (points)", [
    verified(date(2009, 1, 1), 10, "C. com. L441-10 II (ex-L441-6), loi 2008-776 (LME) ; semestre par semestre depuis le 1er janv. 2013"),
]);
/// Points added to the MRO rate for public buyers' intérêts moratoires (CCP R2192-31). FACTS §17.
pub const PUBLIC_MARGIN_POINTS: Param<i64> = table!(
    "Majoration du taux BCE, intérêts moratoires des acheteurs publics (points)",
    [unverified(
        date(2013, 3, 16),
        8,
        "Code de la commande publique R2192-31 (ex-décret 2013-269)",
        DATE_FROM_MEMORY
    ),]
);
/// A contract rate may not be below this multiple of the legal rate B (L441-10 II). FACTS §2.
pub const CONTRACT_FLOOR_MULTIPLE: Param<i64> = table!(
    "Plancher d'un taux contractuel (multiple du taux de l'intérêt légal)",
    [unverified(
        date(2009, 1, 1),
        3,
        "C. com. L441-10 II : « ne peut être inférieur à trois fois le taux d'intérêt légal »",
        DATE_FROM_MEMORY
    ),]
);
/// The fixed recovery indemnity per late invoice, in euros (C. com. D441-5; CCP D2192-35). FACTS §3.
pub const RECOVERY_INDEMNITY_EUROS: Param<i64> = table!("Indemnité forfaitaire pour frais de recouvrement (euros par facture)", [
    verified(date(2013, 1, 1), 40, "C. com. D441-5, décret 2012-1115 du 2 oct. 2012 (JO du 4 oct. 2012), en vigueur le 1er janv. 2013"),
]);

// ---------- limitation ----------

/// Between traders, or for a trade obligation: C. com. L110-4 (and C. civ. 2224). FACTS §7.
pub const PRESCRIPTION_B2B_YEARS: Param<i64> = table!(
    "Prescription entre professionnels (années)",
    [unverified(
        date(2008, 6, 19),
        5,
        "C. com. L110-4 et C. civ. 2224, loi 2008-561 du 17 juin 2008",
        DATE_FROM_MEMORY
    ),]
);
/// A professional's action against a consumer: C. conso. L218-2 (ex-L137-2). FACTS §7.
pub const PRESCRIPTION_CONSUMER_YEARS: Param<i64> = table!(
    "Prescription de l'action d'un professionnel contre un consommateur (années)",
    [unverified(
        date(2008, 6, 19),
        2,
        "C. conso. L218-2 (ex-L137-2), loi 2008-561 du 17 juin 2008",
        DATE_FROM_MEMORY
    ),]
);
/// Claims on the State, local authorities and public bodies: four years from 1 January of the
/// year after the debt arose (loi 68-1250, art. 1; docs/LEGAL-ADDITIONS.md).
pub const PRESCRIPTION_PUBLIC_YEARS: Param<i64> = table!(
    "Prescription quadriennale des créances sur les personnes publiques (années)",
    [unverified(
        date(1969, 1, 1),
        4,
        "loi 68-1250 du 31 déc. 1968, art. 1",
        DATE_FROM_MEMORY
    ),]
);

// ---------- collective proceedings ----------

/// Months after the BODACC publication to declare a claim (C. com. R622-24). FACTS §15.
pub const CLAIM_DECLARATION_MONTHS: Param<i64> = table!(
    "Délai de déclaration de créance après le BODACC (mois)",
    [unverified(
        date(2006, 1, 1),
        2,
        "C. com. R622-24 al. 1 (loi 2005-845 de sauvegarde)",
        DATE_FROM_MEMORY
    ),]
);
/// The same for a creditor who does not live in metropolitan France, overseas included (R622-24). Corrections P3.
pub const CLAIM_DECLARATION_MONTHS_OUTSIDE_METROPOLE: Param<i64> = table!(
    "Délai de déclaration pour un créancier hors de France métropolitaine (mois)",
    [unverified(
        date(2006, 1, 1),
        4,
        "C. com. R622-24 al. 2 (loi 2005-845 de sauvegarde)",
        DATE_FROM_MEMORY
    ),]
);
/// Months to apply for a relevé de forclusion: from the BODACC publication, or for a creditor who
/// could not know of the claim, from the day they could no longer ignore it (L622-26 al. 3). Corrections C2.
pub const RELEVE_DE_FORCLUSION_MONTHS: Param<i64> = table!(
    "Délai de l'action en relevé de forclusion (mois)",
    [verified(
        date(2014, 7, 1),
        6,
        "C. com. L622-26 al. 3, ordonnance 2014-326 du 12 mars 2014"
    ),]
);

/// Months after the BODACC publication to claim back goods, those sold with a reservation of
/// title among them (C. com. L624-9; R624-13 for the form). AUDIT I3.
pub const REVENDICATION_MONTHS: Param<i64> = table!(
    "Délai de revendication des marchandises après le BODACC (mois)",
    [unverified(
        date(2006, 1, 1),
        3,
        "C. com. L624-9 et R624-13 (greffe du tribunal de commerce de Quimper ; Cass. com. 29 juin 2022, n° 21-13.706)",
        DATE_FROM_MEMORY
    ),]
);
/// After a request left unanswered for this long, the owner has as long again to apply to the
/// juge-commissaire (C. com. R624-13).
pub const REVENDICATION_ANSWER_MONTHS: Param<i64> = table!(
    "Revendication : délai de réponse, puis de saisine du juge-commissaire (mois)",
    [unverified(
        date(2006, 1, 1),
        1,
        "C. com. R624-13 (greffe du tribunal de commerce de Quimper ; abak.ec)",
        DATE_FROM_MEMORY
    ),]
);

// ---------- procedures and courts ----------

/// An injonction de payer order must be served within this many months of its date (CPC 1411). FACTS §11.
pub const INJONCTION_SERVICE_MONTHS: Param<i64> = table!(
    "Délai de signification d'une ordonnance d'injonction de payer (mois)",
    [unverified(
        date(1981, 5, 14),
        6,
        "CPC 1411",
        DATE_FROM_MEMORY
    ),]
);
/// The debtor may oppose the order within this many months of service (CPC 1416). FACTS §11.
pub const INJONCTION_OPPOSITION_MONTHS: Param<i64> = table!(
    "Délai d'opposition à une injonction de payer (mois)",
    [unverified(
        date(1981, 5, 14),
        1,
        "CPC 1416",
        DATE_FROM_MEMORY
    ),]
);
/// Clerk's fee for an injonction de payer at the tribunal de commerce, in euros incl. VAT (range seen). FACTS §11.
pub const INJONCTION_COMMERCIAL_FEE_EUROS: Param<(i64, i64)> = table!(
    "Frais de greffe d'une injonction de payer au tribunal de commerce (euros TTC, fourchette)",
    [unverified(
        date(2025, 1, 1),
        (35, 40),
        "heropay.eu 2025 ; creer-gerer-entreprendre.fr 2020",
        "tarif réglementé non trouvé : fourchette relevée dans des sources secondaires"
    ),]
);
/// Ceiling of the procédure simplifiée de recouvrement des petites créances, principal and
/// interest, in euros (CPCE L125-1, R125-1). FACTS §9.
pub const SMALL_CLAIMS_CEILING_EUROS: Param<i64> = table!(
    "Plafond des petites créances, principal et intérêts (euros)",
    [
        verified(
            date(2016, 6, 1),
            4_000,
            "décret 2016-285 (loi 2015-990, dite Macron)"
        ),
        verified(date(2020, 1, 1), 5_000, "décret 2019-1333 du 11 déc. 2019"),
    ]
);
/// The debtor has this many months to accept or refuse the small-claims procedure. FACTS §9.
pub const SMALL_CLAIMS_REPLY_MONTHS: Param<i64> = table!(
    "Délai de réponse du débiteur, petites créances (mois)",
    [unverified(
        date(2016, 6, 1),
        1,
        "Code des procédures civiles d'exécution R125-1 et suivants, décret 2016-285",
        "délai vérifié ; « le silence vaut refus » partiellement vérifié"
    ),]
);
/// Above this amount a lawyer is required before the tribunal judiciaire (CPC 760-761) and the
/// tribunal de commerce (CPC 853), in euros. FACTS §13.
pub const LAWYER_THRESHOLD_EUROS: Param<i64> = table!(
    "Seuil de la représentation obligatoire par avocat (euros)",
    [verified(
        date(2020, 1, 1),
        10_000,
        "CPC 761 et 853, décret 2019-1333 du 11 déc. 2019"
    ),]
);
/// At or below this amount, a claim before the tribunal judiciaire needs a prior amicable
/// attempt (CPC 750-1), for proceedings started from 1 Oct 2023 (décret 2023-357). FACTS §13.
pub const PRIOR_AMICABLE_ATTEMPT_EUROS: Param<i64> = table!(
    "Seuil de la tentative amiable préalable devant le tribunal judiciaire (euros)",
    [verified(
        date(2023, 10, 1),
        5_000,
        "CPC 750-1, rétabli par le décret 2023-357 du 11 mai 2023"
    ),]
);
/// European small claims ceiling, the claim without interest, expenses and disbursements
/// (Reg. 861/2007 art. 2(1) as amended by Reg. 2015/2421). FACTS §16 and Corrections C6.
pub const EUROPEAN_SMALL_CLAIMS_CEILING_EUROS: Param<i64> = table!("Plafond de la procédure européenne de règlement des petits litiges, hors intérêts et frais (euros)", [
    unverified(date(2009, 1, 1), 2_000, "Règl. (CE) 861/2007, art. 2", DATE_FROM_MEMORY),
    verified(date(2017, 7, 14), 5_000, "Règl. (UE) 2015/2421, modifiant l'art. 2 du Règl. (CE) 861/2007"),
]);
/// The debtor may oppose a European order for payment within this many days of service (Reg. 1896/2006 art. 16). FACTS §16.
pub const EUROPEAN_ORDER_OPPOSITION_DAYS: Param<i64> = table!(
    "Délai d'opposition à une injonction de payer européenne (jours)",
    [unverified(
        date(2008, 12, 12),
        30,
        "Règl. (CE) 1896/2006, art. 16",
        DATE_FROM_MEMORY
    ),]
);
/// Usual deadline of a mise en demeure, from receipt: no statute sets one. FACTS §8.
pub const DEFAULT_MISE_EN_DEMEURE_DAYS: Param<i64> = table!(
    "Délai usuel laissé par une mise en demeure (jours)",
    [verified(
        date(2016, 10, 1),
        8,
        "usage (modèle assistant-juridique.fr) ; aucun délai légal minimum (C. civ. 1344)"
    ),]
);
/// A longer deadline, common in practice. FACTS §8.
pub const COMMON_MISE_EN_DEMEURE_DAYS: Param<i64> = table!(
    "Autre délai courant d'une mise en demeure (jours)",
    [verified(
        date(2016, 10, 1),
        15,
        "usage (FACTS.md §8) ; aucun délai légal minimum (C. civ. 1344)"
    ),]
);
/// A court decision or an enforceable injonction de payer order is enforced for this many
/// years (CPCE L111-4, titles of L111-3 1° to 3°); not the small-claims title (L111-3 5°). Corrections C3.
pub const TITLE_ENFORCEMENT_YEARS: Param<i64> = table!(
    "Délai d'exécution d'un jugement ou d'une ordonnance exécutoire (années)",
    [unverified(
        date(2008, 6, 19),
        10,
        "Code des procédures civiles d'exécution L111-4 (loi 2008-561)",
        "numérotation vérifiée ; texte et date d'effet de mémoire"
    ),]
);

/// The tribunaux des activités économiques pilot: 12 courts replace the tribunal de commerce
/// from 1 Jan 2025 to 31 Dec 2028 (loi 2023-1059, art. 26-27; décret 2024-674). FACTS §11.
pub const TAE_PILOT: Param<bool> = table!(
    "Expérimentation des tribunaux des activités économiques en cours",
    [
        verified(
            date(2000, 1, 1),
            false,
            "avant la loi 2023-1059 du 20 nov. 2023"
        ),
        verified(
            date(2025, 1, 1),
            true,
            "loi 2023-1059 du 20 nov. 2023, art. 26-27 ; décret 2024-674 du 3 juil. 2024"
        ),
        verified(
            date(2029, 1, 1),
            false,
            "fin de l'expérimentation le 31 déc. 2028 (loi 2023-1059, art. 27)"
        ),
    ]
);
pub const TAE_COURTS: Param<&'static str> = table!("Tribunaux des activités économiques", [
    verified(date(2025, 1, 1), "Avignon, Auxerre, Le Havre, Le Mans, Limoges, Lyon, Marseille, Nancy, Nanterre, Paris, Saint-Brieuc et Versailles", "arrêté du 5 juil. 2024"),
]);
/// The contribution pour la justice économique before a TAE: due from a claimant when the
/// claim exceeds this amount, at the requête stage for an injonction de payer (décret
/// 2024-1225; FACTS §11; AUDIT I15).
pub const TAE_CONTRIBUTION_CLAIM_EUROS: Param<i64> = table!(
    "Contribution pour la justice économique : demande au-delà de (euros)",
    [verified(
        date(2025, 1, 1),
        50_000,
        "décret n° 2024-1225 du 30 déc. 2024 ; circulaire du 6 févr. 2025"
    ),]
);
/// Claimants with fewer employees than this are exempt from that contribution (FACTS §11).
pub const TAE_CONTRIBUTION_EXEMPT_BELOW_EMPLOYEES: Param<i64> = table!(
    "Contribution pour la justice économique : exonération en dessous de (salariés)",
    [verified(
        date(2025, 1, 1),
        250,
        "décret n° 2024-1225 du 30 déc. 2024 ; circulaire du 6 févr. 2025"
    ),]
);
/// Artisans go to the tribunal de commerce from 1 Jan 2022 (C. com. L721-3, loi 2016-1547 art. 95). FACTS §11.
pub const ARTISANS_AT_COMMERCIAL_COURT: Param<bool> = table!(
    "Artisans justiciables du tribunal de commerce",
    [
        verified(
            date(2000, 1, 1),
            false,
            "C. com. L721-3 avant la loi 2016-1547"
        ),
        verified(
            date(2022, 1, 1),
            true,
            "C. com. L721-3, loi 2016-1547 du 18 nov. 2016, art. 95"
        ),
    ]
);

pub(super) fn law_tables() -> Vec<TableSummary> {
    vec![
        B2B_DEFAULT_TERM_DAYS.summary(),
        B2B_MAX_TERM_DAYS.summary(),
        B2B_END_OF_MONTH_TERM_DAYS.summary(),
        PUBLIC_TERM_DAYS_STATE.summary(),
        PUBLIC_TERM_DAYS_HOSPITAL.summary(),
        PUBLIC_TERM_DAYS_UNDERTAKING.summary(),
        PUBLIC_INTEREST_PAYMENT_DAYS.summary(),
        B2B_MARGIN_POINTS.summary(),
        PUBLIC_MARGIN_POINTS.summary(),
        CONTRACT_FLOOR_MULTIPLE.summary(),
        RECOVERY_INDEMNITY_EUROS.summary(),
        PRESCRIPTION_B2B_YEARS.summary(),
        PRESCRIPTION_CONSUMER_YEARS.summary(),
        PRESCRIPTION_PUBLIC_YEARS.summary(),
        CLAIM_DECLARATION_MONTHS.summary(),
        CLAIM_DECLARATION_MONTHS_OUTSIDE_METROPOLE.summary(),
        RELEVE_DE_FORCLUSION_MONTHS.summary(),
        REVENDICATION_MONTHS.summary(),
        REVENDICATION_ANSWER_MONTHS.summary(),
        INJONCTION_SERVICE_MONTHS.summary(),
        INJONCTION_OPPOSITION_MONTHS.summary(),
        INJONCTION_COMMERCIAL_FEE_EUROS.summary(),
        SMALL_CLAIMS_CEILING_EUROS.summary(),
        SMALL_CLAIMS_REPLY_MONTHS.summary(),
        LAWYER_THRESHOLD_EUROS.summary(),
        PRIOR_AMICABLE_ATTEMPT_EUROS.summary(),
        EUROPEAN_SMALL_CLAIMS_CEILING_EUROS.summary(),
        EUROPEAN_ORDER_OPPOSITION_DAYS.summary(),
        DEFAULT_MISE_EN_DEMEURE_DAYS.summary(),
        COMMON_MISE_EN_DEMEURE_DAYS.summary(),
        TITLE_ENFORCEMENT_YEARS.summary(),
        TAE_PILOT.summary(),
        TAE_COURTS.summary(),
        TAE_CONTRIBUTION_CLAIM_EUROS.summary(),
        TAE_CONTRIBUTION_EXEMPT_BELOW_EMPLOYEES.summary(),
        ARTISANS_AT_COMMERCIAL_COURT.summary(),
    ]
}

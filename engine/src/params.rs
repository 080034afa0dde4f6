//! Legal parameters as data, in the manner of OpenFisca: one table per series,
//! each row with its date of effect, its source and its verification status.
//! Every value here comes from `shared/legal/FACTS.md` (section named on each table);
//! docs/LEGAL-PARAMETERS.md lists them for readers.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

/// How far a value has been checked (the labels of FACTS.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub enum Status {
    Verified,
    /// Past the end of the verified table, or marked UNVERIFIED in FACTS.md:
    /// shown to the visitor, who may override it.
    Unverified,
}

/// Builds a date in a `const` table; an impossible date fails the build, never at run time.
pub(crate) const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("impossible date in a parameter table"),
    }
}

/// A rate in hundredths of a percent (basis points), so tables stay `const`: 215 = 2,15 %.
pub(crate) fn percent(basis_points: i64) -> Decimal {
    Decimal::new(basis_points, 2)
}

/// One change of the ECB main refinancing operations (MRO) rate, by the date it took effect
/// (not the date of the decision: a decision of 21 Jul 2022 took effect on 27 Jul 2022).
pub struct MroChange {
    pub effective: NaiveDate,
    pub basis_points: i64,
    pub source: &'static str,
}

/// FACTS.md §4a. Only changes matter; holds are covered by `MRO_VERIFIED_UNTIL`.
pub const MRO_CHANGES: &[MroChange] = &[
    MroChange { effective: date(2014, 6, 11), basis_points: 15, source: "BCE (banque-france.fr, taux directeurs)" },
    MroChange { effective: date(2014, 9, 10), basis_points: 5, source: "BCE (banque-france.fr, taux directeurs)" },
    MroChange { effective: date(2016, 3, 16), basis_points: 0, source: "BCE, décision du 10 mars 2016 (banque-france.fr)" },
    MroChange { effective: date(2022, 7, 27), basis_points: 50, source: "BCE, décision du 21 juil. 2022 (banque-france.fr ; fiduparcq.fr)" },
    MroChange { effective: date(2022, 9, 14), basis_points: 125, source: "BCE, décision du 8 sept. 2022 (banque-france.fr)" },
    MroChange { effective: date(2022, 11, 2), basis_points: 200, source: "BCE, décision du 27 oct. 2022 (banque-france.fr)" },
    MroChange { effective: date(2022, 12, 21), basis_points: 250, source: "BCE (banque-france.fr)" },
    MroChange { effective: date(2023, 2, 8), basis_points: 300, source: "BCE, décision du 2 févr. 2023 (banque-france.fr)" },
    MroChange { effective: date(2023, 3, 22), basis_points: 350, source: "BCE (banque-france.fr)" },
    MroChange { effective: date(2023, 5, 10), basis_points: 375, source: "BCE (banque-france.fr)" },
    MroChange { effective: date(2023, 6, 21), basis_points: 400, source: "BCE (banque-france.fr)" },
    MroChange { effective: date(2023, 8, 2), basis_points: 425, source: "BCE (banque-france.fr)" },
    MroChange { effective: date(2023, 9, 20), basis_points: 450, source: "BCE (banque-france.fr)" },
    MroChange { effective: date(2024, 6, 12), basis_points: 425, source: "BCE, décision du 6 juin 2024 (banque-france.fr)" },
    MroChange { effective: date(2024, 9, 18), basis_points: 365, source: "BCE, ajustement technique décidé le 13 mars 2024 (écart MRO–dépôt ramené à 15 pb)" },
    MroChange { effective: date(2024, 10, 23), basis_points: 340, source: "BCE, décision du 17 oct. 2024 (banque-france.fr)" },
    MroChange { effective: date(2024, 12, 18), basis_points: 315, source: "BCE, décision du 12 déc. 2024 (banque-france.fr)" },
    MroChange { effective: date(2025, 2, 5), basis_points: 290, source: "BCE (retout.fr)" },
    MroChange { effective: date(2025, 3, 12), basis_points: 265, source: "BCE, décision du 6 mars 2025 (retout.fr)" },
    MroChange { effective: date(2025, 4, 23), basis_points: 240, source: "BCE, décision du 17 avr. 2025 (lejournaldesentreprises.com)" },
    MroChange { effective: date(2025, 6, 11), basis_points: 215, source: "BCE, décision du 5 juin 2025 ; maintenu les 11 sept. 2025, 18 déc. 2025 et 5 févr. 2026" },
];

/// The last ECB decision our sources saw (5 Feb 2026, rate held). A half-year starting
/// after this date uses the last known rate, flagged Unverified (FACTS.md §0.2).
pub const MRO_VERIFIED_UNTIL: NaiveDate = date(2026, 2, 5);
/// The earliest date the MRO table covers.
pub const MRO_TABLE_START: NaiveDate = date(2014, 6, 11);

/// The legal interest rate (taux de l'intérêt légal) for one half-year, CMF L313-2 and D313-1-A.
/// Two rates since 1 Jan 2015: A for a creditor who is a private individual, B for all others.
pub struct LegalRate {
    pub year: i32,
    pub second_half: bool,
    /// Rate A: creditor is a natural person not acting for professional needs.
    pub individual_bp: i64,
    /// Rate B: all other cases (a business creditor). Basis of the 3× floor of L441-10 II.
    pub professional_bp: i64,
    pub source: &'static str,
}

/// FACTS.md §5, 2015 H1 to 2026 H1. 2026 H2 was not found: it falls back to 2026 H1, Unverified.
pub const LEGAL_RATES: &[LegalRate] = &[
    LegalRate {
        year: 2015,
        second_half: false,
        individual_bp: 406,
        professional_bp: 93,
        source: "moneyvox (tableau des taux légaux)",
    },
    LegalRate {
        year: 2015,
        second_half: true,
        individual_bp: 429,
        professional_bp: 99,
        source: "arrêté du 24 juin 2015",
    },
    LegalRate {
        year: 2016,
        second_half: false,
        individual_bp: 454,
        professional_bp: 101,
        source: "arrêté du 23 déc. 2015, JO du 27 déc. 2015",
    },
    LegalRate {
        year: 2016,
        second_half: true,
        individual_bp: 435,
        professional_bp: 93,
        source: "moneyvox ; phytoma",
    },
    LegalRate {
        year: 2017,
        second_half: false,
        individual_bp: 416,
        professional_bp: 90,
        source: "efl.fr ; moneyvox",
    },
    LegalRate {
        year: 2017,
        second_half: true,
        individual_bp: 394,
        professional_bp: 90,
        source: "arrêté du 26 juin 2017, JO du 30 juin 2017",
    },
    LegalRate {
        year: 2018,
        second_half: false,
        individual_bp: 373,
        professional_bp: 89,
        source: "moneyvox",
    },
    LegalRate {
        year: 2018,
        second_half: true,
        individual_bp: 360,
        professional_bp: 88,
        source: "arrêté du 27 juin 2018, JO du 28 juin 2018",
    },
    LegalRate {
        year: 2019,
        second_half: false,
        individual_bp: 340,
        professional_bp: 86,
        source: "moneyvox ; infonet",
    },
    LegalRate {
        year: 2019,
        second_half: true,
        individual_bp: 326,
        professional_bp: 87,
        source: "moneyvox ; infonet",
    },
    LegalRate {
        year: 2020,
        second_half: false,
        individual_bp: 315,
        professional_bp: 87,
        source: "arrêté du 23 déc. 2019",
    },
    LegalRate {
        year: 2020,
        second_half: true,
        individual_bp: 311,
        professional_bp: 84,
        source: "cabinet-cec",
    },
    LegalRate {
        year: 2021,
        second_half: false,
        individual_bp: 314,
        professional_bp: 79,
        source: "dandrel-avocats",
    },
    LegalRate {
        year: 2021,
        second_half: true,
        individual_bp: 312,
        professional_bp: 76,
        source: "dandrel-avocats",
    },
    LegalRate {
        year: 2022,
        second_half: false,
        individual_bp: 313,
        professional_bp: 76,
        source: "droit-pratique.fr",
    },
    LegalRate {
        year: 2022,
        second_half: true,
        individual_bp: 315,
        professional_bp: 77,
        source: "notaires2normandie ; moneyvox",
    },
    LegalRate {
        year: 2023,
        second_half: false,
        individual_bp: 447,
        professional_bp: 206,
        source: "arrêté du 26 déc. 2022",
    },
    LegalRate {
        year: 2023,
        second_half: true,
        individual_bp: 682,
        professional_bp: 422,
        source: "arrêté du 27 juin 2023, JO du 30 juin 2023",
    },
    LegalRate {
        year: 2024,
        second_half: false,
        individual_bp: 801,
        professional_bp: 507,
        source: "arrêté du 21 déc. 2023",
    },
    LegalRate {
        year: 2024,
        second_half: true,
        individual_bp: 816,
        professional_bp: 492,
        source: "arrêté du 26 juin 2024",
    },
    LegalRate {
        year: 2025,
        second_half: false,
        individual_bp: 721,
        professional_bp: 371,
        source: "arrêté du 17 déc. 2024",
    },
    LegalRate {
        year: 2025,
        second_half: true,
        individual_bp: 665,
        professional_bp: 276,
        source: "arrêté du 19 juin 2025, JO du 24 juin 2025",
    },
    LegalRate {
        year: 2026,
        second_half: false,
        individual_bp: 667,
        professional_bp: 262,
        source: "arrêté du 15 déc. 2025, JORF du 26 déc. 2025",
    },
];

/// A value that changed over time: in force from `from` until the next row.
pub struct Dated<T: 'static> {
    pub from: NaiveDate,
    pub value: T,
    pub source: &'static str,
}

/// Finds the row in force on `day` in a table sorted by date.
pub fn in_force<T>(table: &'static [Dated<T>], day: NaiveDate) -> Option<&'static Dated<T>> {
    table.iter().rev().find(|row| row.from <= day)
}

/// Points added to the MRO rate for the default B2B penalty rate (C. com. L441-10 II).
pub const B2B_MARGIN_POINTS: &[Dated<i64>] = &[Dated {
    from: date(2013, 1, 1),
    value: 10,
    source: "C. com. L441-10 II (ex-L441-6), loi 2012-387 ; FACTS.md §2",
}];

/// Multiple of the legal rate below which a contractual rate is not allowed (L441-10 II).
pub const CONTRACT_FLOOR_MULTIPLE: &[Dated<i64>] = &[Dated {
    from: date(2009, 1, 1),
    value: 3,
    source: "C. com. L441-10 II : pas moins de trois fois le taux d'intérêt légal (date d'effet : LME, de mémoire) ; FACTS.md §2",
}];

/// Points added to the MRO rate for public buyers' intérêts moratoires (CCP R2192-31).
pub const PUBLIC_MARGIN_POINTS: &[Dated<i64>] = &[Dated {
    from: date(2013, 3, 16),
    value: 8,
    source: "Code de la commande publique R2192-31 (ex-décret 2013-269 ; date d'effet de mémoire, non vérifiée) ; FACTS.md §17",
}];

/// The fixed recovery indemnity per late invoice, in euros (C. com. D441-5).
pub const RECOVERY_INDEMNITY_EUROS: &[Dated<i64>] = &[Dated {
    from: date(2013, 1, 1),
    value: 40,
    source: "C. com. D441-5, décret 2012-1115 du 2 oct. 2012, en vigueur le 1er janv. 2013 ; FACTS.md §3",
}];

/// Ceiling of the procédure simplifiée de recouvrement des petites créances (CPCE R125-1),
/// principal plus interest, in euros.
pub const SMALL_CLAIMS_CEILING_EUROS: &[Dated<i64>] = &[
    Dated {
        from: date(2016, 6, 1),
        value: 4_000,
        source: "décret 2016-285 (loi Macron) ; FACTS.md §9",
    },
    Dated {
        from: date(2020, 1, 1),
        value: 5_000,
        source: "décret 2019-1333 du 11 déc. 2019 ; FACTS.md §9",
    },
];

/// Above this amount a lawyer is required before the tribunal judiciaire (CPC 760-761)
/// and the tribunal de commerce (CPC 853, since 1 Jan 2020), in euros.
pub const LAWYER_THRESHOLD_EUROS: &[Dated<i64>] = &[Dated {
    from: date(2020, 1, 1),
    value: 10_000,
    source: "CPC 761 et 853, décret 2019-1333 ; FACTS.md §13",
}];

/// At or below this amount, a claim before the tribunal judiciaire needs a prior amicable
/// attempt (CPC 750-1): applies to proceedings started from 1 Oct 2023 (décret 2023-357).
pub const PRIOR_AMICABLE_ATTEMPT_EUROS: &[Dated<i64>] = &[Dated {
    from: date(2023, 10, 1),
    value: 5_000,
    source: "CPC 750-1, rétabli par le décret 2023-357 ; FACTS.md §13",
}];

/// European small claims procedure ceiling (Reg. 861/2007 as amended by Reg. 2015/2421).
pub const EUROPEAN_SMALL_CLAIMS_CEILING_EUROS: &[Dated<i64>] = &[
    Dated {
        from: date(2009, 1, 1),
        value: 2_000,
        source: "Règl. (CE) 861/2007 (applicable depuis 2009, de mémoire) ; FACTS.md §16",
    },
    Dated {
        from: date(2017, 7, 14),
        value: 5_000,
        source: "Règl. (UE) 2015/2421 ; FACTS.md §16",
    },
];

/// Legal maximum payment term between businesses, in days from the invoice date (L441-10 I).
pub const B2B_MAX_TERM_DAYS: i64 = 60;
/// Default term when the contract is silent: days after delivery or performance (L441-10 I).
pub const B2B_DEFAULT_TERM_DAYS: i64 = 30;
/// Limitation periods in years.
pub const PRESCRIPTION_B2B_YEARS: u32 = 5; // C. com. L110-4 ; C. civ. 2224
pub const PRESCRIPTION_CONSUMER_YEARS: u32 = 2; // C. conso. L218-2
/// Limitation of claims on the State, local authorities and public bodies: four years from
/// 1 January of the year after the debt arose; a written payment demand interrupts it
/// (loi 68-1250 du 31 déc. 1968, art. 1 and 2; docs/LEGAL-ADDITIONS.md).
pub const PRESCRIPTION_PUBLIC_YEARS: u32 = 4;
/// Months after the BODACC publication to declare a claim (C. com. R622-24).
pub const CLAIM_DECLARATION_MONTHS: u32 = 2;
/// Months after the BODACC publication to apply for a relevé de forclusion (L622-26).
pub const RELEVE_DE_FORCLUSION_MONTHS: u32 = 6;
/// An injonction de payer order must be served within this many months (CPC 1411).
pub const INJONCTION_SERVICE_MONTHS: u32 = 6;

/// The tribunaux des activités économiques pilot: 12 courts replace the tribunal de commerce
/// from 1 Jan 2025 to 31 Dec 2028 (loi 2023-1059, art. 26-27; décret 2024-674).
pub const TAE_PILOT_START: NaiveDate = date(2025, 1, 1);
pub const TAE_PILOT_END: NaiveDate = date(2028, 12, 31);
pub const TAE_COURTS: &str = "Avignon, Auxerre, Le Havre, Le Mans, Limoges, Lyon, Marseille, Nancy, Nanterre, Paris, Saint-Brieuc et Versailles";
/// Artisans go to the tribunal de commerce from this date (C. com. L721-3, loi 2016-1547 art. 95).
pub const ARTISANS_AT_COMMERCIAL_COURT_FROM: NaiveDate = date(2022, 1, 1);
/// Friendly reminders worth sending before a mise en demeure.
pub const MAX_FRIENDLY_REMINDERS: usize = 3;
/// Default deadline of a mise en demeure, in days from receipt (FACTS.md §8).
pub const DEFAULT_MISE_EN_DEMEURE_DAYS: u32 = 8;

//! The rates that change every half-year: the ECB main refinancing operations (MRO) rate and
//! the legal interest rates A and B. FACTS.md §4a, §5 and "Corrections, November 2026" C1.
//! A site extends these without a rebuild through a rates file (`crate::rate_table`,
//! docs/RATES.md); these rows are the fallback compiled into the app.

use chrono::NaiveDate;

use super::{date, unverified, verified, Cadence, Param, Row};

/// The ECB MRO rate in basis points (215 = 2,15 %), one row per decision by the date it took
/// effect (a decision of 21 Jul 2022 took effect on 27 Jul 2022). Holds are rows too, dated
/// on the day of the decision, so the table shows what was checked.
pub const ECB_MRO: Param<i64> = Param {
    label: "Taux BCE des opérations principales de refinancement (points de base)",
    cadence: Cadence::Changes,
    rows: &[
        verified(date(2014, 6, 11), 15, "BCE (banque-france.fr, taux directeurs)"),
        verified(date(2014, 9, 10), 5, "BCE (banque-france.fr, taux directeurs)"),
        verified(date(2016, 3, 16), 0, "BCE, décision du 10 mars 2016 (banque-france.fr)"),
        verified(date(2022, 7, 27), 50, "BCE, décision du 21 juil. 2022 (banque-france.fr ; fiduparcq.fr)"),
        verified(date(2022, 9, 14), 125, "BCE, décision du 8 sept. 2022 (banque-france.fr)"),
        verified(date(2022, 11, 2), 200, "BCE, décision du 27 oct. 2022 (banque-france.fr)"),
        verified(date(2022, 12, 21), 250, "BCE (banque-france.fr, taux directeurs)"),
        verified(date(2023, 2, 8), 300, "BCE, décision du 2 févr. 2023 (banque-france.fr)"),
        verified(date(2023, 3, 22), 350, "BCE (banque-france.fr, taux directeurs)"),
        verified(date(2023, 5, 10), 375, "BCE (banque-france.fr, taux directeurs)"),
        verified(date(2023, 6, 21), 400, "BCE (banque-france.fr, taux directeurs)"),
        verified(date(2023, 8, 2), 425, "BCE (banque-france.fr, taux directeurs)"),
        verified(date(2023, 9, 20), 450, "BCE (banque-france.fr, taux directeurs)"),
        verified(date(2024, 6, 12), 425, "BCE, décision du 6 juin 2024 (banque-france.fr)"),
        verified(date(2024, 9, 18), 365, "BCE, ajustement technique décidé le 13 mars 2024 (écart MRO–dépôt ramené à 15 pb) et décision du 12 sept. 2024"),
        verified(date(2024, 10, 23), 340, "BCE, décision du 17 oct. 2024 (banque-france.fr)"),
        verified(date(2024, 12, 18), 315, "BCE, décision du 12 déc. 2024 (banque-france.fr)"),
        verified(date(2025, 2, 5), 290, "BCE (retout.fr)"),
        verified(date(2025, 3, 12), 265, "BCE, décision du 6 mars 2025 (retout.fr)"),
        verified(date(2025, 4, 23), 240, "BCE, décision du 17 avr. 2025 (lejournaldesentreprises.com)"),
        verified(date(2025, 6, 11), 215, "BCE, décision du 5 juin 2025 (devizu.news ; cordmagazine.com) ; maintien en juillet et octobre 2025 déduit de sources qui décrivent une pause « depuis juillet »"),
        verified(date(2025, 9, 11), 215, "BCE, décision du 11 sept. 2025 : taux inchangés (boursenews.ma)"),
        verified(date(2025, 12, 18), 215, "BCE, décision du 18 déc. 2025 : taux inchangés (econotimes.com ; debrecensun.hu)"),
        verified(date(2026, 2, 5), 215, "BCE, décision du 5 févr. 2026 : taux inchangés (cloudevo.ai)"),
        verified(date(2026, 3, 19), 215, "BCE, décision du 19 mars 2026 : taux inchangés (FACTS.md, Corrections C1)"),
        verified(date(2026, 4, 30), 215, "BCE, décision du 30 avr. 2026 : taux inchangés (FACTS.md, Corrections C1)"),
        verified(date(2026, 6, 17), 240, "BCE, communiqué ecb.mp260611, décision du 11 juin 2026, en vigueur le 17 juin 2026 ; maintenu en juillet 2026"),
        verified(date(2026, 9, 16), 265, "BCE, communiqué ecb.mp260910, décision du 10 sept. 2026, en vigueur le 16 sept. 2026"),
        // `rates add-ecb` inserts new decisions above this line (docs/RATES.md).
    ],
};

/// The MRO rate in force is known up to this day: the eve of the first ECB decision our
/// sources have not seen (29 Oct 2026: no source found, FACTS.md, Corrections D2; the next,
/// 17 Dec 2026, takes effect on 23 Dec and sets 2027 H1, D3). A later day rests on the last
/// row (2.65 % from 16 Sep 2026), flagged provisional and overridable.
pub const ECB_MRO_KNOWN_UNTIL: NaiveDate = date(2026, 10, 28);

/// Builds one half-year's row of a legal-rate table.
const fn half(year: i32, second: bool, basis_points: i64, reference: &'static str) -> Row<i64> {
    verified(
        date(year, if second { 7 } else { 1 }, 1),
        basis_points,
        reference,
    )
}

/// Legal interest rate A (creditor: a natural person not acting for professional needs),
/// in basis points, one row per half-year (CMF L313-2, D313-1-A). FACTS.md §5.
/// 2026 H2 rests on secondary sources (FACTS.md, Corrections D1); a lookup past the table
/// carries the last row, flagged.
pub const LEGAL_RATE_INDIVIDUAL: Param<i64> = Param {
    label: "Taux de l'intérêt légal, créancier particulier (points de base)",
    cadence: Cadence::HalfYearly,
    rows: LEGAL_A,
};

/// Legal interest rate B (every other creditor: a business), the basis of the 3× floor of
/// C. com. L441-10 II and of the civil-law interest a business claims from a consumer.
pub const LEGAL_RATE_PROFESSIONAL: Param<i64> = Param {
    label: "Taux de l'intérêt légal, créancier professionnel (points de base)",
    cadence: Cadence::HalfYearly,
    rows: LEGAL_B,
};

const LEGAL_A: &[Row<i64>] = &[
    half(
        2015,
        false,
        406,
        "taux 2015 S1 (moneyvox, tableau des taux légaux ; arrêté non trouvé)",
    ),
    half(2015, true, 429, "arrêté du 24 juin 2015"),
    half(
        2016,
        false,
        454,
        "arrêté du 23 déc. 2015, JO du 27 déc. 2015",
    ),
    half(
        2016,
        true,
        435,
        "taux 2016 S2 (moneyvox ; phytoma ; arrêté non trouvé)",
    ),
    half(
        2017,
        false,
        416,
        "taux 2017 S1 (efl.fr ; moneyvox ; arrêté non trouvé)",
    ),
    half(
        2017,
        true,
        394,
        "arrêté du 26 juin 2017, JO du 30 juin 2017",
    ),
    half(
        2018,
        false,
        373,
        "taux 2018 S1 (moneyvox ; arrêté non trouvé)",
    ),
    half(
        2018,
        true,
        360,
        "arrêté du 27 juin 2018, JO du 28 juin 2018",
    ),
    half(
        2019,
        false,
        340,
        "taux 2019 S1 (moneyvox ; infonet ; arrêté non trouvé)",
    ),
    half(
        2019,
        true,
        326,
        "taux 2019 S2 (moneyvox ; infonet ; arrêté non trouvé)",
    ),
    half(2020, false, 315, "arrêté du 23 déc. 2019"),
    half(
        2020,
        true,
        311,
        "taux 2020 S2 (cabinet-cec ; arrêté non trouvé)",
    ),
    half(
        2021,
        false,
        314,
        "taux 2021 S1 (dandrel-avocats ; arrêté non trouvé)",
    ),
    half(
        2021,
        true,
        312,
        "taux 2021 S2 (dandrel-avocats ; arrêté non trouvé)",
    ),
    half(
        2022,
        false,
        313,
        "taux 2022 S1 (droit-pratique.fr ; arrêté non trouvé)",
    ),
    half(
        2022,
        true,
        315,
        "taux 2022 S2 (notaires2normandie ; moneyvox ; arrêté non trouvé)",
    ),
    half(2023, false, 447, "arrêté du 26 déc. 2022"),
    half(
        2023,
        true,
        682,
        "arrêté du 27 juin 2023 (ECOT2317028A), JO du 30 juin 2023",
    ),
    half(2024, false, 801, "arrêté du 21 déc. 2023"),
    half(2024, true, 816, "arrêté du 26 juin 2024"),
    half(2025, false, 721, "arrêté du 17 déc. 2024"),
    half(
        2025,
        true,
        665,
        "arrêté du 19 juin 2025 (ECOT2516925A), JO du 24 juin 2025",
    ),
    half(
        2026,
        false,
        667,
        "arrêté du 15 déc. 2025, JORF n° 302 du 26 déc. 2025",
    ),
    unverified(
        date(2026, 7, 1),
        684,
        "arrêté du 26 juin 2026, JORF du 30 juin 2026 (non consulté ; B concordant dans trois sources secondaires, A dans une seule)",
        "l'arrêté n'a pas été consulté ; A n'est rapporté que par une source (FACTS.md, Corrections D1)",
    ),
    // `rates add-legal` inserts the next half-year above this line (docs/RATES.md).
];

const LEGAL_B: &[Row<i64>] = &[
    half(
        2015,
        false,
        93,
        "taux 2015 S1 (moneyvox, tableau des taux légaux ; arrêté non trouvé)",
    ),
    half(2015, true, 99, "arrêté du 24 juin 2015"),
    half(
        2016,
        false,
        101,
        "arrêté du 23 déc. 2015, JO du 27 déc. 2015",
    ),
    half(
        2016,
        true,
        93,
        "taux 2016 S2 (moneyvox ; phytoma ; arrêté non trouvé)",
    ),
    half(
        2017,
        false,
        90,
        "taux 2017 S1 (efl.fr ; moneyvox ; arrêté non trouvé)",
    ),
    half(2017, true, 90, "arrêté du 26 juin 2017, JO du 30 juin 2017"),
    half(
        2018,
        false,
        89,
        "taux 2018 S1 (moneyvox ; arrêté non trouvé)",
    ),
    half(2018, true, 88, "arrêté du 27 juin 2018, JO du 28 juin 2018"),
    half(
        2019,
        false,
        86,
        "taux 2019 S1 (moneyvox ; infonet ; arrêté non trouvé)",
    ),
    half(
        2019,
        true,
        87,
        "taux 2019 S2 (moneyvox ; infonet ; arrêté non trouvé)",
    ),
    half(2020, false, 87, "arrêté du 23 déc. 2019"),
    half(
        2020,
        true,
        84,
        "taux 2020 S2 (cabinet-cec ; arrêté non trouvé)",
    ),
    half(
        2021,
        false,
        79,
        "taux 2021 S1 (dandrel-avocats ; arrêté non trouvé)",
    ),
    half(
        2021,
        true,
        76,
        "taux 2021 S2 (dandrel-avocats ; arrêté non trouvé)",
    ),
    half(
        2022,
        false,
        76,
        "taux 2022 S1 (droit-pratique.fr ; arrêté non trouvé)",
    ),
    half(
        2022,
        true,
        77,
        "taux 2022 S2 (notaires2normandie ; moneyvox ; arrêté non trouvé)",
    ),
    half(2023, false, 206, "arrêté du 26 déc. 2022"),
    half(
        2023,
        true,
        422,
        "arrêté du 27 juin 2023 (ECOT2317028A), JO du 30 juin 2023",
    ),
    half(2024, false, 507, "arrêté du 21 déc. 2023"),
    half(2024, true, 492, "arrêté du 26 juin 2024"),
    half(2025, false, 371, "arrêté du 17 déc. 2024"),
    half(
        2025,
        true,
        276,
        "arrêté du 19 juin 2025 (ECOT2516925A), JO du 24 juin 2025",
    ),
    half(
        2026,
        false,
        262,
        "arrêté du 15 déc. 2025, JORF n° 302 du 26 déc. 2025",
    ),
    unverified(
        date(2026, 7, 1),
        275,
        "arrêté du 26 juin 2026, JORF du 30 juin 2026 (non consulté ; B concordant dans trois sources secondaires, A dans une seule)",
        "l'arrêté n'a pas été consulté ; A n'est rapporté que par une source (FACTS.md, Corrections D1)",
    ),
    // `rates add-legal` inserts the next half-year above this line (docs/RATES.md).
];

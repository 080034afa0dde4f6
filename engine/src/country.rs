//! The country of a debtor established abroad, and where it stands with the European
//! procedures of recovery. The lists are dated rows of `params`; the French names are words,
//! in `texts::fr::country_name`.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::json::ToJson;
use crate::params;

/// A country by its ISO 3166-1 alpha-2 code (« DE »), in capitals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country([u8; 2]);

impl Country {
    /// Two ASCII letters in either case; anything else is not a country code.
    pub fn parse(code: &str) -> Option<Country> {
        match code.trim().as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Some(Country([a.to_ascii_uppercase(), b.to_ascii_uppercase()]))
            }
            _ => None,
        }
    }

    /// A code of the tables, known good at build time.
    pub const fn of(code: &'static str) -> Country {
        let b = code.as_bytes();
        Country([b[0], b[1]])
    }

    pub fn code(&self) -> &str {
        // Two ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("")
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Country::parse(&text)
            .ok_or_else(|| serde::de::Error::custom("un code pays ISO 3166-1 attendu"))
    }
}

impl ToJson for Country {
    fn write_json(&self, out: &mut String) {
        self.code().to_string().write_json(out)
    }
}

/// Where a debtor established abroad stands with the European procedures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Zone {
    /// A Member State bound by the regulations on the European order for payment
    /// (1896/2006) and on small claims (861/2007). `None`: the visitor did not say which.
    Eu(Option<Country>),
    /// A Member State bound by neither regulation: Denmark (article 2, 3 of each).
    EuOptedOut(Country),
    OutsideEu,
}

/// The zone of a debtor abroad on `day`: the country decides when it is given; a dossier
/// written before the country was asked holds only « in the Union » or « outside ».
pub fn zone(country: Option<Country>, in_eu: bool, day: NaiveDate) -> Zone {
    let listed = |table: &params::Param<&'static [&'static str]>, c: Country| {
        table.at(day).contains(&c.code())
    };
    match country {
        Some(c) if listed(&params::EUROPEAN_PROCEDURES_OPTED_OUT, c) => Zone::EuOptedOut(c),
        Some(c) if listed(&params::EU_MEMBER_STATES, c) => Zone::Eu(Some(c)),
        Some(_) => Zone::OutsideEu,
        None if in_eu => Zone::Eu(None),
        None => Zone::OutsideEu,
    }
}

/// The one court a Member State sends every application for a European order for payment to,
/// where it has one (Germany: Reg. 1896/2006 art. 29(1)(a)).
pub fn european_order_central_court(c: Country, day: NaiveDate) -> Option<&'static str> {
    params::EUROPEAN_ORDER_CENTRAL_COURTS
        .at(day)
        .iter()
        .find(|(code, _)| *code == c.code())
        .map(|(_, court)| *court)
}

/// The Member State `code` names, when it is one a questionnaire offers (`other_member_states`).
pub fn other_member_state(code: &str) -> Option<Country> {
    Country::parse(code).filter(|c| other_member_states().contains(c))
}

/// The Member States a questionnaire offers for a debtor abroad: today's, France excepted.
pub fn other_member_states() -> Vec<Country> {
    params::EU_MEMBER_STATES
        .current()
        .iter()
        .map(|code| Country::of(code))
        .filter(|c| c.code() != "FR")
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
    }

    #[test]
    fn codes_are_read_as_two_letters_only() {
        assert_eq!(
            Country::parse(" de ").map(|c| c.code().to_string()),
            Some("DE".into())
        );
        for bad in ["", "D", "DEU", "D1", "é", "ÉÉ", "1 2"] {
            assert_eq!(Country::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_country_decides_the_zone_and_denmark_is_in_the_union_without_the_procedures() {
        let c = |code| Country::parse(code);
        assert_eq!(zone(c("DE"), false, day()), Zone::Eu(c("DE")));
        assert_eq!(
            zone(c("DK"), true, day()),
            Zone::EuOptedOut(Country::of("DK"))
        );
        assert_eq!(zone(c("CH"), true, day()), Zone::OutsideEu);
        assert_eq!(zone(c("GB"), true, day()), Zone::OutsideEu);
        assert_eq!(zone(None, true, day()), Zone::Eu(None));
        assert_eq!(zone(None, false, day()), Zone::OutsideEu);
    }

    #[test]
    fn twenty_six_other_member_states_each_with_a_french_name() {
        let states = other_member_states();
        assert_eq!(states.len(), 26);
        assert!(states.iter().all(|c| c.code() != "FR"));
        for c in states {
            assert!(
                crate::texts::fr::country_name(c).is_some(),
                "{} without a name",
                c.code()
            );
        }
    }

    #[test]
    fn a_country_is_written_and_read_as_its_code() {
        let c = Country::of("AT");
        assert_eq!(serde_json::to_string(&c).unwrap(), "\"AT\"");
        assert_eq!(serde_json::from_str::<Country>("\"at\"").unwrap(), c);
        assert!(serde_json::from_str::<Country>("\"Autriche\"").is_err());
        let mut out = String::new();
        crate::json::ToJson::write_json(&c, &mut out);
        assert_eq!(out, "\"AT\"");
    }
}

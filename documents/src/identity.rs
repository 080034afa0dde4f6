//! Who a party is, in the words a court document uses (CPC 54 3°, 57): a legal person by
//! its form, name, seat and legal representative; a natural person by nom, prénoms and
//! domicile and, when they are the one asking, profession, nationality, date and place of
//! birth. What the visitor left empty is a visible blank, to fill in by hand.

use engine::format::date_fr;
use engine::{Debtor, DebtorKind, Party, Person};

use crate::wording::or_blank;

/// What a document must say of a party.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mentions {
    /// The one who asks a court (CPC 54 3°): every mention, blanks included.
    Applicant,
    /// The one a requête is against (CPC 57): nom, prénoms and domicile.
    OtherSide,
    /// A summary or a mediation request: what the visitor typed, nothing left blank.
    Brief,
}

/// What kind of person a party is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nature {
    LegalPerson,
    /// A natural person in business: their name, and the name they trade under.
    Trader,
    /// A natural person outside any business: the name typed is theirs.
    Consumer,
}

impl Nature {
    pub fn of_creditor(p: &Party) -> Nature {
        if p.is_natural_person() {
            Nature::Trader
        } else {
            Nature::LegalPerson
        }
    }

    pub fn of_debtor(d: &Debtor) -> Nature {
        if d.kind == DebtorKind::Consumer {
            Nature::Consumer
        } else {
            Nature::of_creditor(&d.identity)
        }
    }
}

/// « SARL Bâti-Sud, SIREN 123 456 789, dont le siège est 4 rue…, représentée par M. Martin »;
/// for a natural person in a requête « Nom : Dupont ; prénoms : Claire ; … ; domicile : … ».
pub(crate) fn identity(p: &Party, nature: Nature, mentions: Mentions) -> String {
    if nature == Nature::LegalPerson {
        return legal_person(p);
    }
    let person = p.person.clone().unwrap_or_default();
    // A consumer's name as typed is their own: it stands for nom and prénoms when those were
    // not given apart.
    let own_name = (nature == Nature::Consumer && full_name(&person).is_none())
        .then(|| p.name.trim())
        .filter(|n| !n.is_empty());
    let address = one_line(&p.address);
    let mut out = if mentions == Mentions::Brief {
        let mut brief = match full_name(&person) {
            Some(full) => full,
            None => or_blank(&p.name).to_string(),
        };
        if !address.is_empty() {
            brief += &format!(", demeurant {address}");
        }
        brief
    } else {
        let mut fields = match own_name {
            Some(name) => vec![format!("Nom et prénoms : {name}")],
            None => vec![
                format!("Nom : {}", or_blank(&person.surname)),
                format!("prénoms : {}", or_blank(&person.first_names)),
            ],
        };
        if mentions == Mentions::Applicant {
            let born = person
                .birth_date
                .map(date_fr)
                .unwrap_or_else(|| or_blank("").to_string());
            fields.extend([
                format!("profession : {}", or_blank(&person.profession)),
                format!("nationalité : {}", or_blank(&person.nationality)),
                format!(
                    "date et lieu de naissance : {born} à {}",
                    or_blank(&person.birth_place)
                ),
            ]);
        }
        fields.push(format!("domicile : {}", or_blank(&address)));
        fields.join(" ; ")
    };
    // The name the business trades under, when it is not the person's own.
    let trade_name = p.name.trim();
    let named = full_name(&person);
    if nature == Nature::Trader
        && !trade_name.is_empty()
        && named.as_deref() != Some(trade_name)
        && (mentions != Mentions::Brief || named.is_some())
    {
        out += &format!(", exerçant sous le nom « {trade_name} »");
    }
    if !p.legal_form.trim().is_empty() {
        out += &format!(", {}", p.legal_form.trim());
    }
    if !p.siren.trim().is_empty() {
        out += &format!(", SIREN {}", p.siren.trim());
    }
    out
}

fn legal_person(p: &Party) -> String {
    let mut out = or_blank(&p.name).to_string();
    if !p.legal_form.trim().is_empty() {
        out += &format!(", {}", p.legal_form.trim());
    }
    if !p.siren.trim().is_empty() {
        out += &format!(", SIREN {}", p.siren.trim());
    }
    // The seat is a mention of the requête (CPC 54, 57): a blank when not typed.
    out += &format!(", dont le siège est {}", or_blank(&one_line(&p.address)));
    if !p.representative.trim().is_empty() {
        out += &format!(", représentée par {}", p.representative.trim());
    }
    out
}

/// « Claire Marie Dupont », when the visitor gave the names.
fn full_name(person: &Person) -> Option<String> {
    let full = format!("{} {}", person.first_names.trim(), person.surname.trim());
    let full = full.trim();
    (!full.is_empty()).then(|| full.to_string())
}

/// The lines of an address, joined by commas.
pub(crate) fn one_line(address: &str) -> String {
    address
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn company() -> Party {
        Party {
            name: "Bâti-Sud".into(),
            legal_form: "SARL".into(),
            siren: "123 456 789".into(),
            address: "4 rue des Lilas\n69003 Lyon".into(),
            representative: "Claire Dupont, gérante".into(),
            person: None,
        }
    }

    fn craftswoman() -> Party {
        Party {
            name: "Studio Dupont".into(),
            legal_form: "entrepreneur individuel".into(),
            siren: "123 456 789".into(),
            address: "4 rue des Lilas\n69003 Lyon".into(),
            representative: "Claire Dupont".into(),
            person: Some(Person {
                surname: "Dupont".into(),
                first_names: "Claire Marie".into(),
                profession: "graphiste".into(),
                nationality: "française".into(),
                birth_date: NaiveDate::from_ymd_opt(1985, 3, 14),
                birth_place: "Lyon".into(),
            }),
        }
    }

    #[test]
    fn a_company_has_a_seat_and_a_representative() {
        assert_eq!(
            identity(&company(), Nature::LegalPerson, Mentions::Applicant),
            "Bâti-Sud, SARL, SIREN 123 456 789, dont le siège est 4 rue des Lilas, 69003 Lyon, \
             représentée par Claire Dupont, gérante"
        );
    }

    #[test]
    fn a_natural_person_who_asks_is_named_as_cpc_54_requires() {
        let text = identity(&craftswoman(), Nature::Trader, Mentions::Applicant);
        assert_eq!(
            text,
            "Nom : Dupont ; prénoms : Claire Marie ; profession : graphiste ; nationalité : française ; \
             date et lieu de naissance : 14 mars 1985 à Lyon ; domicile : 4 rue des Lilas, 69003 Lyon, \
             exerçant sous le nom « Studio Dupont », entrepreneur individuel, SIREN 123 456 789"
        );
        assert!(!text.contains("siège") && !text.contains("représenté"));
    }

    #[test]
    fn what_was_not_typed_is_a_visible_blank() {
        let mut p = craftswoman();
        p.person = Some(Person::default());
        p.address.clear();
        let text = identity(&p, Nature::Trader, Mentions::Applicant);
        for label in [
            "Nom : …",
            "prénoms : …",
            "profession : …",
            "nationalité : …",
            "date et lieu de naissance : …",
            " à …",
            "domicile : …",
        ] {
            assert!(text.contains(label), "{label} missing from {text}");
        }
        assert!(text.contains("exerçant sous le nom « Studio Dupont »"));
    }

    #[test]
    fn the_other_side_needs_names_and_domicile_only() {
        let text = identity(&craftswoman(), Nature::Trader, Mentions::OtherSide);
        assert!(text.starts_with("Nom : Dupont ; prénoms : Claire Marie ; domicile : 4 rue"));
        assert!(!text.contains("naissance") && !text.contains("nationalité"));
    }

    #[test]
    fn a_brief_mention_leaves_no_blank() {
        let text = identity(&craftswoman(), Nature::Trader, Mentions::Brief);
        assert_eq!(
            text,
            "Claire Marie Dupont, demeurant 4 rue des Lilas, 69003 Lyon, exerçant sous le nom \
             « Studio Dupont », entrepreneur individuel, SIREN 123 456 789"
        );
        let mut consumer = craftswoman();
        consumer.person = None;
        consumer.name = "Jean Morel".into();
        consumer.legal_form.clear();
        consumer.siren.clear();
        assert_eq!(
            identity(&consumer, Nature::Consumer, Mentions::Brief),
            "Jean Morel, demeurant 4 rue des Lilas, 69003 Lyon"
        );
        // In a requête, the consumer's name as typed stands for nom and prénoms.
        assert_eq!(
            identity(&consumer, Nature::Consumer, Mentions::OtherSide),
            "Nom et prénoms : Jean Morel ; domicile : 4 rue des Lilas, 69003 Lyon"
        );
    }
}

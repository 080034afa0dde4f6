//! What a document still lacks before it is sent or filed (VISITORS S5). Each item names the
//! field that fills it, for the letter page to list with a link; the file itself shows a
//! visible blank in its place, so the visitor may still download it and complete it by hand.

use engine::field::{FieldPath, LetterField, PartyField, Side};
use engine::Dossier;

use crate::model::{LetterKind, LetterOptions};

/// One thing missing: the field that fills it and what it is, in French.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Missing {
    pub field: FieldPath,
    pub what: &'static str,
}

const fn m(field: FieldPath, what: &'static str) -> Missing {
    Missing { field, what }
}

const fn of_creditor(field: PartyField) -> FieldPath {
    FieldPath::Party(Side::Creditor, field)
}

const fn of_debtor(field: PartyField) -> FieldPath {
    FieldPath::Party(Side::Debtor, field)
}

const fn letter(field: LetterField) -> FieldPath {
    FieldPath::Letter(field)
}

/// What `kind` still lacks for this dossier, in the order of the letter page's fields.
pub fn of(kind: LetterKind, dossier: &Dossier, options: &LetterOptions) -> Vec<Missing> {
    let empty = |text: &str| text.trim().is_empty();
    let creditor = &dossier.creditor;
    let debtor = &dossier.debtor.identity;
    let requete = kind == LetterKind::RequeteInjonctionDePayer;
    let mut out = Vec::new();
    if empty(&creditor.name) {
        out.push(m(
            of_creditor(PartyField::Name),
            "votre nom ou votre raison sociale",
        ));
    }
    if requete {
        match &creditor.person {
            // CPC 54 3° a): what a natural person who asks a court must state.
            Some(p) => {
                let fields = [
                    (
                        &p.surname,
                        m(of_creditor(PartyField::Surname), "votre nom de famille"),
                    ),
                    (
                        &p.first_names,
                        m(of_creditor(PartyField::FirstNames), "vos prénoms"),
                    ),
                    (
                        &p.profession,
                        m(of_creditor(PartyField::Profession), "votre profession"),
                    ),
                    (
                        &p.nationality,
                        m(of_creditor(PartyField::Nationality), "votre nationalité"),
                    ),
                ];
                out.extend(fields.iter().filter(|(v, _)| empty(v)).map(|(_, x)| *x));
                if p.birth_date.is_none() {
                    out.push(m(
                        of_creditor(PartyField::BirthDate),
                        "votre date de naissance",
                    ));
                }
                if empty(&p.birth_place) {
                    out.push(m(
                        of_creditor(PartyField::BirthPlace),
                        "votre lieu de naissance",
                    ));
                }
            }
            // CPC 54 3° b): its form and the organ that represents it.
            None => {
                if empty(&creditor.legal_form) {
                    out.push(m(
                        of_creditor(PartyField::LegalForm),
                        "la forme juridique de votre entreprise",
                    ));
                }
                if empty(&creditor.representative) && empty(&options.signatory) {
                    out.push(m(
                        letter(LetterField::Signatory),
                        "le signataire, qui représente votre entreprise",
                    ));
                }
            }
        }
    }
    if empty(&creditor.address) {
        out.push(m(of_creditor(PartyField::Address), "votre adresse"));
    }
    if kind == LetterKind::DeclarationDeCreance {
        if empty(&options.mandataire.name) {
            out.push(m(
                letter(LetterField::MandataireName),
                "le nom du mandataire judiciaire",
            ));
        }
        if empty(&options.mandataire.address) {
            out.push(m(
                letter(LetterField::MandataireAddress),
                "l'adresse du mandataire judiciaire",
            ));
        }
        if empty(&options.court_town) {
            out.push(m(
                letter(LetterField::CourtTown),
                "la ville du tribunal qui a ouvert la procédure",
            ));
        }
        return out;
    }
    if empty(&debtor.name) {
        out.push(m(of_debtor(PartyField::Name), "le nom de votre client"));
    }
    if requete && dossier.debtor.is_natural_person() {
        let p = debtor.person.clone().unwrap_or_default();
        // A consumer's name as typed stands for its nom and prénoms (identity.rs).
        let own_name = dossier.debtor.kind == engine::DebtorKind::Consumer;
        if empty(&p.surname) && empty(&p.first_names) && !own_name {
            out.push(m(
                of_debtor(PartyField::Surname),
                "le nom de famille de votre client",
            ));
            out.push(m(
                of_debtor(PartyField::FirstNames),
                "les prénoms de votre client",
            ));
        }
    }
    if empty(&debtor.address) && kind != LetterKind::Decompte {
        out.push(m(
            of_debtor(PartyField::Address),
            "l'adresse de votre client",
        ));
    }
    if requete && empty(&options.court_town) {
        out.push(m(letter(LetterField::CourtTown), "la ville du tribunal"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::{Party, Person};

    fn named() -> Dossier {
        let mut d = Dossier {
            creditor: Party {
                name: "Atelier Lumière".into(),
                legal_form: "SARL".into(),
                address: "3 rue des Écoles\n69001 Lyon".into(),
                representative: "Claire Dupont, gérante".into(),
                ..Party::default()
            },
            ..Dossier::default()
        };
        d.debtor.identity = Party {
            name: "ACME SAS".into(),
            address: "12 avenue de la Gare\n75010 Paris".into(),
            ..Party::default()
        };
        d
    }

    fn fields(kind: LetterKind, d: &Dossier, o: &LetterOptions) -> Vec<String> {
        of(kind, d, o).iter().map(|m| m.field.to_string()).collect()
    }

    #[test]
    fn a_letter_lacks_the_addresses_it_goes_between() {
        let o = LetterOptions::default();
        assert!(fields(LetterKind::MiseEnDemeure, &named(), &o).is_empty());
        let mut d = named();
        d.debtor.identity.address.clear();
        d.creditor.address = "  ".into();
        assert_eq!(
            fields(LetterKind::MiseEnDemeure, &d, &o),
            ["creditor.address", "debtor.address"]
        );
    }

    #[test]
    fn a_requete_lacks_the_court_and_what_cpc_54_and_57_ask() {
        let mut d = named();
        let o = LetterOptions::default();
        assert_eq!(
            fields(LetterKind::RequeteInjonctionDePayer, &d, &o),
            ["letter.court_town"]
        );
        d.creditor.person = Some(Person {
            surname: "Dupont".into(),
            ..Person::default()
        });
        d.debtor.identity.person = Some(Person::default());
        assert_eq!(
            fields(LetterKind::RequeteInjonctionDePayer, &d, &o),
            [
                "creditor.person.first_names",
                "creditor.person.profession",
                "creditor.person.nationality",
                "creditor.person.birth_date",
                "creditor.person.birth_place",
                "debtor.person.surname",
                "debtor.person.first_names",
                "letter.court_town"
            ]
        );
    }

    #[test]
    fn a_declaration_lacks_the_mandataire_and_the_court() {
        let d = named();
        assert_eq!(
            fields(
                LetterKind::DeclarationDeCreance,
                &d,
                &LetterOptions::default()
            ),
            [
                "letter.mandataire_name",
                "letter.mandataire_address",
                "letter.court_town"
            ]
        );
    }
}

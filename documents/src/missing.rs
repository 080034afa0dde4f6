//! What a document still lacks before it is sent or filed (VISITORS S5). Each item names the
//! field that fills it, for the letter page to list with a link; the file itself shows a
//! visible blank in its place, so the visitor may still download it and complete it by hand.

use engine::Dossier;

use crate::model::{LetterKind, LetterOptions};

/// One thing missing: the field's path (as the form names it) and what it is, in French.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Missing {
    pub field: &'static str,
    pub what: &'static str,
}

const fn m(field: &'static str, what: &'static str) -> Missing {
    Missing { field, what }
}

/// What `kind` still lacks for this dossier, in the order of the letter page's fields.
pub fn of(kind: LetterKind, dossier: &Dossier, options: &LetterOptions) -> Vec<Missing> {
    let empty = |text: &str| text.trim().is_empty();
    let creditor = &dossier.creditor;
    let debtor = &dossier.debtor.identity;
    let requete = kind == LetterKind::RequeteInjonctionDePayer;
    let mut out = Vec::new();
    if empty(&creditor.name) {
        out.push(m("creditor.name", "votre nom ou votre raison sociale"));
    }
    if requete {
        match &creditor.person {
            // CPC 54 3° a): what a natural person who asks a court must state.
            Some(p) => {
                let fields = [
                    (
                        &p.surname,
                        m("creditor.person.surname", "votre nom de famille"),
                    ),
                    (
                        &p.first_names,
                        m("creditor.person.first_names", "vos prénoms"),
                    ),
                    (
                        &p.profession,
                        m("creditor.person.profession", "votre profession"),
                    ),
                    (
                        &p.nationality,
                        m("creditor.person.nationality", "votre nationalité"),
                    ),
                ];
                out.extend(fields.iter().filter(|(v, _)| empty(v)).map(|(_, x)| *x));
                if p.birth_date.is_none() {
                    out.push(m("creditor.person.birth_date", "votre date de naissance"));
                }
                if empty(&p.birth_place) {
                    out.push(m("creditor.person.birth_place", "votre lieu de naissance"));
                }
            }
            // CPC 54 3° b): its form and the organ that represents it.
            None => {
                if empty(&creditor.legal_form) {
                    out.push(m(
                        "creditor.legal_form",
                        "la forme juridique de votre entreprise",
                    ));
                }
                if empty(&creditor.representative) && empty(&options.signatory) {
                    out.push(m(
                        "letter.signatory",
                        "le signataire, qui représente votre entreprise",
                    ));
                }
            }
        }
    }
    if empty(&creditor.address) {
        out.push(m("creditor.address", "votre adresse"));
    }
    if kind == LetterKind::DeclarationDeCreance {
        if empty(&options.mandataire.name) {
            out.push(m(
                "letter.mandataire_name",
                "le nom du mandataire judiciaire",
            ));
        }
        if empty(&options.mandataire.address) {
            out.push(m(
                "letter.mandataire_address",
                "l'adresse du mandataire judiciaire",
            ));
        }
        if empty(&options.court_town) {
            out.push(m(
                "letter.court_town",
                "la ville du tribunal qui a ouvert la procédure",
            ));
        }
        return out;
    }
    if empty(&debtor.name) {
        out.push(m("debtor.identity.name", "le nom de votre client"));
    }
    if requete && dossier.debtor.is_natural_person() {
        let p = debtor.person.clone().unwrap_or_default();
        // A consumer's name as typed stands for its nom and prénoms (identity.rs).
        let own_name = dossier.debtor.kind == engine::DebtorKind::Consumer;
        if empty(&p.surname) && empty(&p.first_names) && !own_name {
            out.push(m(
                "debtor.person.surname",
                "le nom de famille de votre client",
            ));
            out.push(m(
                "debtor.person.first_names",
                "les prénoms de votre client",
            ));
        }
    }
    if empty(&debtor.address) && kind != LetterKind::Decompte {
        out.push(m("debtor.address", "l'adresse de votre client"));
    }
    if requete && empty(&options.court_town) {
        out.push(m("letter.court_town", "la ville du tribunal"));
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

    fn fields(kind: LetterKind, d: &Dossier, o: &LetterOptions) -> Vec<&'static str> {
        of(kind, d, o).iter().map(|m| m.field).collect()
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

//! Who sends and who owes, as the chosen document needs them: name and address for every
//! letter; whether a party trades in its own name for the documents that name the parties to
//! a court or a mediator; and, for the requête, what CPC 54 3° a) and 57 require of a natural
//! person, with that reason beside the fields.

use documents::LetterKind;
use yew::prelude::*;

use super::fields::{error_for, Choice, Field, Kind};
use super::{pair, set_text, use_app, yes_no};
use crate::edit::{self, PartyField, TextField};
use crate::form::{DebtorChoice, Step};
use engine::field::{self, FieldPath};

#[derive(Properties, PartialEq)]
pub struct PartyProps {
    pub kind: LetterKind,
}

/// What the document of `kind` says of the parties.
struct Needs {
    /// It names them to a court or a mediator: a seat and a representative, or a person.
    who: bool,
    /// A requête or the European form: a natural person's nom and prénoms.
    names: bool,
    /// A requête: the applicant's profession, nationality, date and place of birth.
    civil: bool,
}

impl Needs {
    fn of(kind: LetterKind) -> Needs {
        let requete = kind == LetterKind::RequeteInjonctionDePayer;
        Needs {
            who: requete
                || matches!(
                    kind,
                    LetterKind::Synthese
                        | LetterKind::DemandeMediation
                        | LetterKind::EuropeanOrderFormA
                ),
            names: requete || kind == LetterKind::EuropeanOrderFormA,
            civil: requete,
        }
    }
}

const OWN_NAME: [(&str, &str); 2] = [
    ("company", "en société (SARL, SAS, EURL…)"),
    (
        "own",
        "en nom propre (entrepreneur individuel, micro-entrepreneur, profession libérale)",
    ),
];

/// The visitor, who signs.
#[function_component(CreditorFields)]
pub fn creditor_fields(props: &PartyProps) -> Html {
    let ctx = use_app();
    let needs = Needs::of(props.kind);
    let d = &ctx.form.creditor_details;
    let natural = d.natural_person;
    let errors = ctx.visible_errors(Step::Letter);
    let field = |f| set_text(&ctx, TextField::Creditor(f));
    let l = &ctx.form.letter;
    html! {
        <fieldset class="fi-group">
            <legend>{ "Vous, l'expéditeur" }</legend>
            if needs.who {
                <Choice name="creditor-own-name" legend="Vous facturez"
                    selected={if natural { "own" } else { "company" }}
                    onchange={yes_no(&ctx, edit::Choice::CreditorNaturalPerson, "own")}
                    options={pair(OWN_NAME)} />
            }
            <Field path={FieldPath::Party(field::Side::Creditor, PartyField::Name)} label={if natural { "Nom commercial, ou vos nom et prénom" } else { "Nom ou raison sociale" }}
                value={ctx.form.creditor_name.clone()} autocomplete="organization"
                oninput={set_text(&ctx, TextField::Creditor(PartyField::Name))} />
            if natural && needs.names {
                <p class="fi-hint" id="f-creditor-person-why">{ if needs.civil {
                    "Une requête présentée par une personne physique doit indiquer ses nom, prénoms, profession, domicile, \
                     nationalité, date et lieu de naissance (articles 54 et 57 du Code de procédure civile). \
                     Ce qui reste vide est laissé en blanc, à compléter à la main."
                } else {
                    "Le formulaire demande les nom et prénoms d'une personne physique."
                } }</p>
                <Field path={FieldPath::Party(field::Side::Creditor, PartyField::Surname)} label="Nom de famille" value={d.surname.clone()}
                    autocomplete="family-name" oninput={field(PartyField::Surname)} />
                <Field path={FieldPath::Party(field::Side::Creditor, PartyField::FirstNames)} label="Prénoms" value={d.first_names.clone()}
                    autocomplete="given-name" oninput={field(PartyField::FirstNames)} />
                if needs.civil {
                    <Field path={FieldPath::Party(field::Side::Creditor, PartyField::Profession)} label="Profession" value={d.profession.clone()}
                        hint="Exemple : graphiste" oninput={field(PartyField::Profession)} />
                    <Field path={FieldPath::Party(field::Side::Creditor, PartyField::Nationality)} label="Nationalité" value={d.nationality.clone()}
                        hint="Exemple : française" oninput={field(PartyField::Nationality)} />
                    <Field path={FieldPath::Party(field::Side::Creditor, PartyField::BirthDate)} label="Date de naissance" kind={Kind::Date}
                        value={d.birth_date.clone()} autocomplete="bday"
                        error={error_for(&errors, FieldPath::Party(field::Side::Creditor, PartyField::BirthDate))}
                        oninput={field(PartyField::BirthDate)} />
                    <Field path={FieldPath::Party(field::Side::Creditor, PartyField::BirthPlace)} label="Lieu de naissance" value={d.birth_place.clone()}
                        hint="Exemple : Lyon (Rhône)" oninput={field(PartyField::BirthPlace)} />
                }
            }
            <Field path={FieldPath::Party(field::Side::Creditor, PartyField::LegalForm)} label="Forme juridique" value={d.legal_form.clone()}
                hint="Exemple : EURL, SAS, entrepreneur individuel" oninput={field(PartyField::LegalForm)} />
            <Field path={FieldPath::Party(field::Side::Creditor, PartyField::Siren)} label="SIREN" value={d.siren.clone()}
                oninput={field(PartyField::Siren)} />
            <Field path={FieldPath::Party(field::Side::Creditor, PartyField::Address)} label={if natural && needs.civil { "Adresse de votre domicile" } else { "Adresse" }}
                kind={Kind::MultiLine} value={d.address.clone()} oninput={field(PartyField::Address)} />
            <Field path={FieldPath::Letter(field::LetterField::Signatory)} label="Signataire" value={l.signatory.clone()}
                hint="Exemple : Claire Dupont, gérante"
                oninput={set_text(&ctx, TextField::Letter(edit::LetterField::Signatory))} />
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct DebtorProps {
    pub kind: LetterKind,
    pub legend: AttrValue,
}

/// The client who owes.
#[function_component(DebtorFields)]
pub fn debtor_fields(props: &DebtorProps) -> Html {
    let ctx = use_app();
    let needs = Needs::of(props.kind);
    let d = &ctx.form.debtor_details;
    let consumer = ctx.form.debtor == DebtorChoice::Consumer;
    let may_trade_in_own_name = ctx.form.debtor == DebtorChoice::Company;
    let natural = consumer || (may_trade_in_own_name && d.natural_person);
    let requete = props.kind == LetterKind::RequeteInjonctionDePayer;
    let abroad = ctx.form.debtor == DebtorChoice::Abroad;
    let field = |f| set_text(&ctx, TextField::Debtor(f));
    html! {
        <fieldset class="fi-group">
            <legend>{ props.legend.clone() }</legend>
            if needs.who && may_trade_in_own_name {
                <Choice name="debtor-own-name" legend="Votre client exerce"
                    selected={if d.natural_person { "own" } else { "company" }}
                    onchange={yes_no(&ctx, edit::Choice::DebtorNaturalPerson, "own")}
                    options={pair(OWN_NAME)} />
            }
            <Field path={FieldPath::Party(field::Side::Debtor, PartyField::Name)} label={if natural && !consumer { "Nom commercial, ou ses nom et prénom" } else { "Nom ou raison sociale" }}
                value={ctx.form.debtor_name.clone()} oninput={set_text(&ctx, TextField::Debtor(PartyField::Name))} />
            if natural && requete {
                <p class="fi-hint" id="f-debtor-person-why">
                    { "La requête doit indiquer les nom, prénoms et domicile d'un débiteur qui est une personne physique (article 57 du Code de procédure civile)." }
                </p>
                <Field path={FieldPath::Party(field::Side::Debtor, PartyField::Surname)} label="Son nom de famille" value={d.surname.clone()}
                    oninput={field(PartyField::Surname)} />
                <Field path={FieldPath::Party(field::Side::Debtor, PartyField::FirstNames)} label="Ses prénoms" value={d.first_names.clone()}
                    oninput={field(PartyField::FirstNames)} />
            }
            <Field path={FieldPath::Party(field::Side::Debtor, PartyField::LegalForm)} label="Forme juridique" value={d.legal_form.clone()}
                oninput={field(PartyField::LegalForm)} />
            // A company abroad has its own country's register number, no SIREN.
            <Field path={FieldPath::Party(field::Side::Debtor, PartyField::Siren)} label={if abroad { "Numéro d'immatriculation" } else { "SIREN" }}
                hint={abroad.then_some(AttrValue::from("Au registre du commerce de son pays (en Allemagne : HRB …)."))}
                value={d.siren.clone()} oninput={field(PartyField::Siren)} />
            if !natural {
                <Field path={FieldPath::Party(field::Side::Debtor, PartyField::Representative)} label="Représentant" value={d.representative.clone()}
                    hint="Exemple : M. Jean Martin, président" oninput={field(PartyField::Representative)} />
            }
            <Field path={FieldPath::Party(field::Side::Debtor, PartyField::Address)} label={if natural && requete { "Adresse de son domicile" } else { "Adresse" }}
                kind={Kind::MultiLine} value={d.address.clone()} oninput={field(PartyField::Address)} />
        </fieldset>
    }
}

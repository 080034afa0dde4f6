//! The letter's fields: who writes to whom, the court and the documents held, the sending, and
//! « Vos mots ». What each document asks follows its kind (`documents::LetterKind`).

use documents::{Letter, LetterKind};
use engine::params;
use engine::recourse::Court;
use engine::texts::fr;
use yew::prelude::*;

use super::fields::{error_for, Checkbox, Choice, Field, Kind};
use super::parties::{CreditorFields, DebtorFields};
use super::{pair, set_text, tick, yes_no, AppContext};
use crate::edit::{self, LetterField, TextField};
use crate::form::{LetterForm, Step};
use crate::state::Action;
use engine::field::{self, FieldPath};

/// The fields of a document of `kind`; `proposed` is the letter as proposed, whose first
/// paragraph and last line are shown until the visitor rewrites them.
pub fn letter_editor(ctx: &AppContext, kind: LetterKind, court: Court, proposed: &Letter) -> Html {
    let l = &ctx.form.letter;
    let errors = ctx.visible_errors(Step::Letter);
    let declaration = kind == LetterKind::DeclarationDeCreance;
    let requete = kind == LetterKind::RequeteInjonctionDePayer;
    let sent = kind.is_sent();
    let opening = LetterForm::rewritten(&l.openings, kind);
    let closing = LetterForm::rewritten(&l.closings, kind);
    let restore = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::RestoreProposed(kind)))
    };
    let text = |field: LetterField| set_text(ctx, TextField::Letter(field));
    html! {
        <div class="fi-letter-editor">
            if ctx.reading.dossier.disputes_part() && !declaration {
                <Choice name="letter-claim" legend="Votre client conteste une partie : que réclamer ?"
                    selected={if l.undisputed_only { "undisputed" } else { "all" }}
                    onchange={yes_no(ctx, edit::Choice::LetterUndisputedOnly, "undisputed")}
                    options={pair([("all", "toute la somme"), ("undisputed", "seulement la partie non contestée")])} />
            }
            <CreditorFields kind={kind} />
            if declaration {
                <fieldset class="fi-group">
                    <legend>{ "Le mandataire judiciaire" }</legend>
                    <Field path={FieldPath::Letter(field::LetterField::MandataireName)} label="Nom du mandataire" value={l.mandataire_name.clone()}
                        hint="Il figure dans l'annonce du BODACC." oninput={text(LetterField::MandataireName)} />
                    <Field path={FieldPath::Letter(field::LetterField::MandataireAddress)} label="Adresse du mandataire" kind={Kind::MultiLine}
                        value={l.mandataire_address.clone()} oninput={text(LetterField::MandataireAddress)} />
                    <Field path={FieldPath::Letter(field::LetterField::CourtTown)} label="Ville du tribunal qui a ouvert la procédure" value={l.court_town.clone()}
                        hint="Elle figure dans l'annonce du BODACC." oninput={text(LetterField::CourtTown)} />
                </fieldset>
            } else {
                <DebtorFields kind={kind} legend={if sent { "Le destinataire" } else { "Votre client, le débiteur" }} />
            }
            if kind.tells_what_was_supplied() {
                <Field path={FieldPath::Letter(field::LetterField::Supplied)} label="Ce que vous avez fourni" value={l.supplied.clone()}
                    hint="En quelques mots, ce qu'on lira en premier : par exemple « la refonte de son site internet, livrée le 12 mai 2026 »."
                    oninput={text(LetterField::Supplied)} />
            }
            if requete {
                <fieldset class="fi-group">
                    <legend>{ "Le tribunal et vos pièces" }</legend>
                    <Field path={FieldPath::Letter(field::LetterField::CourtTown)} label="Ville du tribunal" value={l.court_town.clone()}
                        hint={format!("Celle du {} dont dépend le siège ou le domicile de votre client (article 1406 du Code de procédure civile), par exemple Nanterre.", fr::court_name(court))}
                        oninput={text(LetterField::CourtTown)} />
                    <p class="fi-hint">{ "Cochez ce que vous joindrez, en plus des factures, des relances et de la mise en demeure :" }</p>
                    <Checkbox id="f-letter-holds-terms" checked={l.holds_terms} onchange={tick(ctx, edit::Choice::HoldsTerms)}
                        label="Conditions générales de vente ou contrat" />
                    <Checkbox id="f-letter-holds-order" checked={l.holds_order} onchange={tick(ctx, edit::Choice::HoldsOrder)}
                        label="Bon de commande ou devis accepté" />
                    <Checkbox id="f-letter-holds-delivery" checked={l.holds_delivery} onchange={tick(ctx, edit::Choice::HoldsDelivery)}
                        label="Bon de livraison ou procès-verbal de réception" />
                </fieldset>
            }
            <fieldset class="fi-group">
                <legend>{ if sent { "Envoi et paiement" } else { "Lieu" } }</legend>
                <Field path={FieldPath::Letter(field::LetterField::Place)} label={if sent { "Lieu" } else { "Fait à" }} value={l.place.clone()} hint="Exemple : Lyon"
                    oninput={text(LetterField::Place)} />
                if sent {
                    <Checkbox id="f-letter-electronic" checked={l.electronic} onchange={tick(ctx, edit::Choice::LetterElectronic)}
                        label="Envoi par lettre recommandée électronique" />
                }
                if kind.sets_a_deadline() {
                    <Field path={FieldPath::Letter(field::LetterField::DeadlineDays)} label="Délai laissé pour payer, en jours" kind={Kind::Number}
                        value={l.deadline_days.clone()} hint={format!("{} jours par défaut ; {} jours est courant.", params::DEFAULT_MISE_EN_DEMEURE_DAYS.current(), params::COMMON_MISE_EN_DEMEURE_DAYS.current())}
                        error={error_for(&errors, FieldPath::Letter(field::LetterField::DeadlineDays))}
                        oninput={text(LetterField::DeadlineDays)} />
                }
                if !declaration && sent {
                    <Field path={FieldPath::Letter(field::LetterField::Iban)} label="IBAN pour le règlement" value={l.iban.clone()}
                        oninput={text(LetterField::Iban)} />
                }
            </fieldset>
            <fieldset class="fi-group">
                <legend>{ "Vos mots" }</legend>
                <p class="fi-hint">{ "Le texte proposé est à vous : modifiez-le ici, les montants restent ceux du calcul. Un champ vidé reprend le texte proposé." }</p>
                <Field path={FieldPath::Letter(field::LetterField::Opening)} label="Premier paragraphe" kind={Kind::MultiLine}
                    value={opening.map_or(proposed.opening.clone(), str::to_string)}
                    oninput={text(LetterField::Opening(kind))} />
                <Field path={FieldPath::Letter(field::LetterField::Extra)} label="Paragraphe supplémentaire" kind={Kind::MultiLine} value={l.extra.clone()}
                    oninput={text(LetterField::Extra)} />
                <Field path={FieldPath::Letter(field::LetterField::Closing)} label={if sent || kind == LetterKind::DemandeMediation { "Formule de politesse" } else { "Dernière ligne" }} kind={Kind::MultiLine}
                    value={closing.map_or(proposed.closing.clone(), str::to_string)}
                    oninput={text(LetterField::Closing(kind))} />
                if opening.is_some() || closing.is_some() {
                    <button type="button" class="fi-button fi-button--secondary" onclick={restore}>
                        { "Revenir au texte proposé" }
                    </button>
                }
            </fieldset>
        </div>
    }
}

//! The letters a business owner sends, composed from the dossier and the engine's figures.
//! Legal writing: every amount comes from the assessment, every reference is to the right
//! article, and nothing threatens what the law does not allow.

use chrono::NaiveDate;
use engine::amount::format_euros;
use engine::assessment::{Assessment, InvoiceAssessment};
use engine::format::{date_fr, date_short, days_fr};
use engine::params;
use engine::recourse::{Court, Procedure};
use engine::{format_percent, DebtorKind, Dossier, Party, ProceedingsKind};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LetterKind {
    #[default]
    MiseEnDemeure,
    PremiereRelance,
    SecondeRelance,
    DeclarationDeCreance,
    RequeteInjonctionDePayer,
    Decompte,
    DemandeMediation,
    Synthese,
    ReminderInEnglish,
    FormalNoticeInEnglish,
    EuropeanOrderFormA,
}
engine::by_name!(LetterKind {
    MiseEnDemeure,
    PremiereRelance,
    SecondeRelance,
    DeclarationDeCreance,
    RequeteInjonctionDePayer,
    Decompte,
    DemandeMediation,
    Synthese,
    ReminderInEnglish,
    FormalNoticeInEnglish,
    EuropeanOrderFormA
});

impl LetterKind {
    /// In this order for good: the visitor's rewritten texts are stored by position.
    pub const ALL: [LetterKind; 11] = [
        LetterKind::MiseEnDemeure,
        LetterKind::PremiereRelance,
        LetterKind::SecondeRelance,
        LetterKind::DeclarationDeCreance,
        LetterKind::RequeteInjonctionDePayer,
        LetterKind::Decompte,
        LetterKind::DemandeMediation,
        LetterKind::Synthese,
        LetterKind::ReminderInEnglish,
        LetterKind::FormalNoticeInEnglish,
        LetterKind::EuropeanOrderFormA,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LetterKind::MiseEnDemeure => "Mise en demeure de payer",
            LetterKind::PremiereRelance => "Première relance amiable",
            LetterKind::SecondeRelance => "Seconde relance",
            LetterKind::DeclarationDeCreance => "Déclaration de créance",
            LetterKind::RequeteInjonctionDePayer => "Requête en injonction de payer",
            LetterKind::Decompte => "Décompte de la créance",
            LetterKind::DemandeMediation => "Demande de médiation ou de conciliation",
            LetterKind::Synthese => "Synthèse pour un avocat ou un commissaire de justice",
            LetterKind::ReminderInEnglish => "Relance en anglais (payment reminder)",
            LetterKind::FormalNoticeInEnglish => "Mise en demeure en anglais (formal notice)",
            LetterKind::EuropeanOrderFormA => {
                "Fiche du formulaire A (injonction de payer européenne)"
            }
        }
    }

    /// The same, inside a sentence: « la mise en demeure de payer ».
    pub fn in_sentence(self) -> &'static str {
        match self {
            LetterKind::MiseEnDemeure => "la mise en demeure de payer",
            LetterKind::PremiereRelance => "la première relance amiable",
            LetterKind::SecondeRelance => "la seconde relance",
            LetterKind::DeclarationDeCreance => "la déclaration de créance",
            LetterKind::RequeteInjonctionDePayer => "la requête en injonction de payer",
            LetterKind::Decompte => "le décompte de la créance",
            LetterKind::DemandeMediation => "la demande de médiation",
            LetterKind::Synthese => "la synthèse du dossier",
            LetterKind::ReminderInEnglish => "la relance en anglais",
            LetterKind::FormalNoticeInEnglish => "la mise en demeure en anglais",
            LetterKind::EuropeanOrderFormA => "la fiche du formulaire A",
        }
    }

    /// What it is for and when to use it, in one line (the results' « Vos documents »).
    pub fn purpose(self) -> &'static str {
        match self {
            LetterKind::MiseEnDemeure => "Exige le paiement dans un délai et fait courir les intérêts : la dernière lettre avant la justice.",
            LetterKind::PremiereRelance => "Un rappel courtois, quand l'échéance vient de passer.",
            LetterKind::SecondeRelance => "Un rappel plus ferme, quand la première relance est restée sans effet.",
            LetterKind::DeclarationDeCreance => "À adresser au mandataire judiciaire dans le délai, sans quoi la créance est perdue.",
            LetterKind::RequeteInjonctionDePayer => "Pour obtenir du juge une ordonnance de payer, sans audience, avec le décompte et le bordereau des pièces.",
            LetterKind::Decompte => "Le détail des sommes, semestre par semestre, avec chaque taux et sa source : à joindre à une lettre.",
            LetterKind::DemandeMediation => "Les faits qu'un médiateur ou un conciliateur demande, à envoyer ou à copier dans son formulaire.",
            LetterKind::Synthese => "Une page à lui remettre : parties, montants, chronologie, échéances, pièces.",
            LetterKind::ReminderInEnglish => "Un rappel courtois en anglais, pour un client établi à l'étranger.",
            LetterKind::FormalNoticeInEnglish => "La mise en demeure en anglais, avec les montants et leur base légale expliqués à un lecteur étranger.",
            LetterKind::EuropeanOrderFormA => "Votre dossier dans l'ordre du formulaire A de l'injonction de payer européenne, à recopier.",
        }
    }

    /// The start of the file name: « mise-en-demeure », « relance-1 »…
    fn file_prefix(self) -> &'static str {
        match self {
            LetterKind::MiseEnDemeure => "mise-en-demeure",
            LetterKind::PremiereRelance => "relance-1",
            LetterKind::SecondeRelance => "relance-2",
            LetterKind::DeclarationDeCreance => "declaration-de-creance",
            LetterKind::RequeteInjonctionDePayer => "requete-injonction-de-payer",
            LetterKind::Decompte => "decompte",
            LetterKind::DemandeMediation => "demande-de-mediation",
            LetterKind::Synthese => "synthese-dossier",
            LetterKind::ReminderInEnglish => "payment-reminder",
            LetterKind::FormalNoticeInEnglish => "formal-notice",
            LetterKind::EuropeanOrderFormA => "formulaire-a-injonction-europeenne",
        }
    }

    /// The letter that goes with the recommended step.
    /// The letter that *is* the step `p`, when there is one: a court step has none here.
    pub fn of_step(p: Procedure) -> Option<LetterKind> {
        match p {
            Procedure::RelanceAmiable => Some(LetterKind::PremiereRelance),
            Procedure::MiseEnDemeure => Some(LetterKind::MiseEnDemeure),
            Procedure::DeclarationDeCreance | Procedure::ReleveDeForclusion => {
                Some(LetterKind::DeclarationDeCreance)
            }
            Procedure::InjonctionDePayer => Some(LetterKind::RequeteInjonctionDePayer),
            Procedure::MediateurDesEntreprises | Procedure::ConciliateurDeJustice => {
                Some(LetterKind::DemandeMediation)
            }
            Procedure::InjonctionDePayerEuropeenne => Some(LetterKind::EuropeanOrderFormA),
            // What the visitor brings the lawyer: the one page that holds the dossier.
            Procedure::ConsulterAvocat => Some(LetterKind::Synthese),
            _ => None,
        }
    }

    pub fn for_procedure(p: Procedure) -> LetterKind {
        match p {
            Procedure::RelanceAmiable => LetterKind::PremiereRelance,
            Procedure::DeclarationDeCreance | Procedure::ReleveDeForclusion => {
                LetterKind::DeclarationDeCreance
            }
            Procedure::InjonctionDePayer => LetterKind::RequeteInjonctionDePayer,
            Procedure::MediateurDesEntreprises | Procedure::ConciliateurDeJustice => {
                LetterKind::DemandeMediation
            }
            Procedure::InjonctionDePayerEuropeenne => LetterKind::EuropeanOrderFormA,
            // A lawyer or a commissaire de justice takes it from here: the summary for them.
            Procedure::ConsulterAvocat | Procedure::ExecutionForcee => LetterKind::Synthese,
            // Nothing is owed: the statement of account says so; a demand would be false.
            Procedure::RienAReclamer => LetterKind::Decompte,
            // A court step without a document of its own: the mise en demeure as a last notice.
            Procedure::MiseEnDemeure
            | Procedure::AttendreDelaiMiseEnDemeure
            | Procedure::PetitesCreances
            | Procedure::RefereProvision
            | Procedure::RefereProvisionAdministratif
            | Procedure::AssignationAuFond
            | Procedure::PetitsLitigesEuropeens => LetterKind::MiseEnDemeure,
        }
    }
}

/// What the visitor can set on a letter; empty texts take the default wording.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LetterOptions {
    pub place: String,
    /// Sent as an electronic registered letter (Code des postes et des communications électroniques,
    /// L100) rather than a paper LRAR.
    pub electronic: bool,
    /// Days to pay from receipt; 0 means the default of 8.
    pub deadline_days: u32,
    pub iban: String,
    pub opening: String,
    pub extra: String,
    pub closing: String,
    pub signatory: String,
    /// The mandataire judiciaire, for a déclaration de créance.
    pub mandataire: Party,
    /// When the debtor disputes part: claim only the part it does not dispute.
    pub undisputed_only: bool,
    /// The requête: the town of the court of the debtor's seat (CPC 1406).
    pub court_town: String,
    /// What was supplied, in the visitor's words (« la refonte de son site internet, livrée le
    /// 12 mai 2026 »): what a judge or a mediator reads first. Empty: a stock phrase.
    pub supplied: String,
    /// The requête's bordereau: what the visitor holds beside the invoices and letters.
    pub holds_terms: bool,
    pub holds_order: bool,
    pub holds_delivery: bool,
}

// Written by `engine::json` in the app (documents::Request), read with serde here.
engine::json_object!(LetterOptions {
    place,
    electronic,
    deadline_days,
    iban,
    opening,
    extra,
    closing,
    signatory,
    mandataire,
    undisputed_only,
    court_town,
    supplied,
    holds_terms,
    holds_order,
    holds_delivery,
});

/// A letter, ready to be shown, printed or written to a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Letter {
    pub kind: LetterKind,
    pub sender: Vec<String>,
    pub recipient: Vec<String>,
    pub place_date: String,
    /// « Lettre recommandée avec avis de réception ».
    pub mode: Option<String>,
    pub subject: String,
    pub salutation: String,
    pub blocks: Vec<Block>,
    /// The paragraph the visitor may rewrite (« Premier paragraphe »), as it stands.
    pub opening: String,
    pub closing: String,
    pub signature: Vec<String>,
    /// After the signature: a requête's detailed statement of account.
    pub annex: Vec<Block>,
    /// The file name without its extension: « mise-en-demeure-acme-sas-2025-07-20 ».
    pub file_stem: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Block {
    Paragraph(String),
    /// A title inside the body or the annex, set in bold: « Décompte », « Pièces ».
    Heading(String),
    Amounts(Vec<AmountLine>),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AmountLine {
    pub label: String,
    pub amount: String,
    /// The total line, set in bold under a rule.
    pub total: bool,
}

pub fn compose(
    kind: LetterKind,
    dossier: &Dossier,
    assessment: &Assessment,
    options: &LetterOptions,
) -> Letter {
    match kind {
        LetterKind::RequeteInjonctionDePayer => {
            return crate::requete::compose(dossier, assessment, options)
        }
        LetterKind::Decompte => return crate::decompte::compose(dossier, assessment, options),
        LetterKind::DemandeMediation => {
            return crate::mediation::compose(dossier, assessment, options)
        }
        LetterKind::Synthese => return crate::summary::compose(dossier, assessment, options),
        LetterKind::ReminderInEnglish => {
            return crate::english::reminder(dossier, assessment, options)
        }
        LetterKind::FormalNoticeInEnglish => {
            return crate::english::formal_notice(dossier, assessment, options)
        }
        LetterKind::EuropeanOrderFormA => {
            return crate::form_a::compose(dossier, assessment, options)
        }
        _ => {}
    }
    let today = assessment.date;
    let law = Law::for_debtor(dossier.debtor.kind, today);
    let deadline = if options.deadline_days == 0 {
        u32::try_from(engine::params::DEFAULT_MISE_EN_DEMEURE_DAYS.at(today)).unwrap_or(8)
    } else {
        options.deadline_days
    };
    let refs = Refs::of(&assessment.invoices);
    let invoices_ref = refs.subject.clone();
    // What the letter claims: the total due, or, for a first reminder, the principal.
    let dispute = Dispute::of(dossier, assessment, options.undisputed_only, false);
    let mut blocks = Vec::new();
    // A line break the visitor typed starts a new paragraph (preview, PDF and DOCX alike).
    let para = |blocks: &mut Vec<Block>, text: String| push_paragraphs(blocks, &text);

    let (subject, mode) = match kind {
        LetterKind::MiseEnDemeure => (
            format!("Mise en demeure de payer — {invoices_ref}"),
            Some(sending_mode(options.electronic)),
        ),
        LetterKind::PremiereRelance => (format!("Relance — {invoices_ref}"), None),
        LetterKind::SecondeRelance => (format!("Seconde relance — {invoices_ref}"), None),
        LetterKind::DeclarationDeCreance => (
            format!(
                "Déclaration de créance — {}",
                or_dash(&dossier.debtor.identity.name)
            ),
            Some(sending_mode(options.electronic)),
        ),
        // Composed by their own modules (the top of this function).
        LetterKind::RequeteInjonctionDePayer
        | LetterKind::Decompte
        | LetterKind::DemandeMediation
        | LetterKind::Synthese
        | LetterKind::ReminderInEnglish
        | LetterKind::FormalNoticeInEnglish
        | LetterKind::EuropeanOrderFormA => (kind.label().to_string(), None),
    };

    match kind {
        LetterKind::PremiereRelance => {
            // A disputed claim is no oversight: the reminder does not suggest one (VISITORS, visitor 2).
            let thanks = if dossier.position == engine::DebtorPosition::Silent {
                "Il s'agit peut-être d'un simple oubli : nous vous remercions"
            } else {
                "Nous vous remercions"
            };
            para(&mut blocks, custom_or(&options.opening, &format!(
                "Sauf erreur ou omission de notre part, {} {} à ce jour. {thanks} de bien vouloir procéder à {} dans les \
                 meilleurs délais.",
                refs.the, refs.unpaid, refs.payment)));
            blocks.push(Block::Amounts(invoice_lines(assessment)));
            if let Some(d) = Dispute::of(dossier, assessment, options.undisputed_only, true) {
                para(&mut blocks, d.paragraph.clone());
            }
            if let Some(reminder) = law.automatic_charges.clone() {
                para(&mut blocks, reminder);
            }
            para(&mut blocks, "Si votre règlement a été effectué entre-temps, nous vous prions de ne pas tenir compte de ce courrier.".into());
        }
        LetterKind::SecondeRelance => {
            let previous = dossier
                .reminders
                .iter()
                .max()
                .map(|d| format!(" du {}", date_fr(*d)))
                .unwrap_or_default();
            para(&mut blocks, custom_or(&options.opening, &format!(
                "Malgré notre précédente relance{previous}, {} {}. Voici le détail des sommes dues à ce jour :",
                refs.the, refs.unpaid)));
            blocks.push(Block::Amounts(claimed_lines(
                &assessment.invoices,
                &law,
                dispute.as_ref(),
            )));
            if let Some(d) = &dispute {
                para(&mut blocks, d.paragraph.clone());
            }
            para(&mut blocks, format!(
                "Nous vous remercions de régler {} sous {}. À défaut, nous vous adresserons une mise en \
                 demeure de payer.",
                if dispute.as_ref().is_some_and(|d| d.undisputed_only) { "cette partie" } else { "cette somme" }, days_fr(i64::from(deadline))));
        }
        LetterKind::MiseEnDemeure => {
            // What was already sent, with its dates: an earlier mise en demeure, reminders.
            let mut reminders = dossier.reminders.clone();
            reminders.sort();
            let sent = match reminders.as_slice() {
                [] => None,
                [one] => Some(format!("notre relance du {}", date_fr(*one))),
                many => Some(format!(
                    "nos relances des {}",
                    engine::format::dates_fr(many)
                )),
            };
            let earlier = dossier
                .mise_en_demeure
                .map(|m| format!("notre mise en demeure du {}", date_fr(m.sent)));
            let opening = match (earlier, sent) {
                (Some(med), Some(sent)) => format!(
                    "Malgré {sent} et {med}, restées sans effet, {} {} à ce jour.",
                    refs.the, refs.unpaid
                ),
                (Some(med), None) => format!(
                    "Malgré {med}, restée sans effet, {} {} à ce jour.",
                    refs.the, refs.unpaid
                ),
                (None, Some(sent)) => {
                    format!("Malgré {sent}, {} {} à ce jour.", refs.the, refs.unpaid)
                }
                (None, None) => format!(
                    "Sauf erreur de notre part, {} {} à ce jour, alors que {} est passée.",
                    refs.the, refs.unpaid, refs.due
                ),
            };
            para(&mut blocks, custom_or(&options.opening, &opening));
            para(
                &mut blocks,
                "Le détail des sommes dues est le suivant :".into(),
            );
            blocks.push(Block::Amounts(claimed_lines(
                &assessment.invoices,
                &law,
                dispute.as_ref(),
            )));
            if let Some(d) = &dispute {
                para(&mut blocks, d.paragraph.clone());
            }
            // A consumer already put on notice: interest runs since that notice, not this one (I6).
            let basis = match dossier.mise_en_demeure {
                Some(m) if dossier.debtor.kind == DebtorKind::Consumer => format!(
                    "Cette somme porte intérêts au taux légal depuis notre mise en demeure du {}, en application des \
                     articles 1231-6 et 1344-1 du Code civil.",
                    date_fr(m.received.unwrap_or(m.sent))
                ),
                _ => law.legal_basis.clone(),
            };
            para(&mut blocks, basis);
            let (claimed, which) = match &dispute {
                Some(d) if d.undisputed_only => {
                    (d.undisputed, ", partie non contestée de notre créance,")
                }
                _ => (assessment.totals.total, ""),
            };
            para(&mut blocks, format!(
                "En conséquence, nous vous mettons en demeure de nous régler la somme de {}{which} dans un délai de {} à \
                 compter de la réception de la présente lettre.",
                format_euros(claimed), days_fr(i64::from(deadline))));
            para(&mut blocks, what_follows(dossier, assessment));
        }
        LetterKind::DeclarationDeCreance => {
            let cp = dossier.collective_proceedings.as_ref();
            // « du » and « ouvert » for the masculine, « de la » and « ouverte » for the feminine.
            let proceedings = cp.map_or("de la procédure collective ouverte", |c| match c.kind {
                ProceedingsKind::Sauvegarde => "de la procédure de sauvegarde ouverte",
                ProceedingsKind::RedressementJudiciaire => "du redressement judiciaire ouvert",
                ProceedingsKind::LiquidationJudiciaire => "de la liquidation judiciaire ouverte",
            });
            // The opening judgment: its court and date (D8), then its publication.
            let court = crate::requete::court_title(
                engine::recourse::Court::for_debtor(dossier.debtor.kind, today),
                &options.court_town,
            );
            let judgment = cp
                .map(|c| {
                    let on = c
                        .judgment_date
                        .map(|d| format!(" du {}", date_fr(d)))
                        .unwrap_or_default();
                    format!(
                        " par jugement du {court}{on}, publié au BODACC le {}",
                        date_fr(c.bodacc_publication)
                    )
                })
                .unwrap_or_default();
            para(&mut blocks, custom_or(&options.opening, &format!(
                "Dans le cadre {proceedings} à l'égard de {}{judgment}, nous avons l'honneur de déclarer entre vos mains \
                 notre créance, conformément aux articles L622-24 et R622-24 du Code de commerce.",
                or_dash(&dossier.debtor.identity.name))));
            // Only the claims born before the opening are declared with it (L622-24); those
            // not yet due at the judgment are declared « à échoir » with their due date (L622-25).
            let opening = cp.map_or(today, |c| c.opening());
            let (before, after): (Vec<&InvoiceAssessment>, Vec<_>) =
                assessment.invoices.iter().partition(|i| !i.after_opening);
            let (due, to_fall_due): (Vec<&InvoiceAssessment>, Vec<_>) =
                before.into_iter().partition(|i| i.due.date < opening);
            if !due.is_empty() || to_fall_due.is_empty() {
                para(&mut blocks, "Créance échue, à titre chirographaire, arrêtée au jour du jugement d'ouverture, qui a arrêté \
                    le cours des intérêts (article L622-28 du Code de commerce) :".into());
                blocks.push(Block::Amounts(amount_lines(due, &law)));
            }
            if !to_fall_due.is_empty() {
                para(&mut blocks, "Créance à échoir, à titre chirographaire, déclarée avec sa date d'échéance (article L622-25 \
                    du Code de commerce) :".into());
                let mut lines: Vec<AmountLine> = to_fall_due
                    .iter()
                    .map(|i| AmountLine {
                        label: format!(
                            "Facture {}, à échoir le {}, montant TTC",
                            name(i),
                            date_short(i.due.date)
                        ),
                        amount: format_euros(i.outstanding),
                        total: false,
                    })
                    .collect();
                lines.push(AmountLine {
                    label: "Total à échoir".into(),
                    amount: format_euros(to_fall_due.iter().map(|i| i.outstanding).sum()),
                    total: true,
                });
                blocks.push(Block::Amounts(lines));
            }
            if !after.is_empty() {
                let after = Refs::of(after.iter().copied());
                // L622-17, or L641-13 in liquidation (AUDIT I4).
                let article = engine::recourse::priority_article(
                    cp.map_or(ProceedingsKind::RedressementJudiciaire, |c| c.kind),
                );
                para(&mut blocks, format!(
                    "{} dans la présente déclaration {}, relative{} à une prestation postérieure au jugement d'ouverture \
                     (article {} du Code de commerce).",
                    after.not_included, after.the, after.plural_e, article.0.trim_start_matches("C. com. ")));
            }
            if cp.is_some_and(|c| c.reservation_of_title) {
                para(&mut blocks, "La présente déclaration est faite sans préjudice de la revendication des marchandises vendues \
                    avec clause de réserve de propriété, exercée par ailleurs (articles L624-9 et L624-16 du Code de commerce).".into());
            }
            para(&mut blocks, "Vous trouverez ci-joint la copie des factures et de nos relances. Nous certifions sincère et \
                véritable la présente déclaration.".into());
        }
        LetterKind::RequeteInjonctionDePayer
        | LetterKind::Decompte
        | LetterKind::DemandeMediation
        | LetterKind::Synthese
        | LetterKind::ReminderInEnglish
        | LetterKind::FormalNoticeInEnglish
        | LetterKind::EuropeanOrderFormA => {}
    }
    if !options.extra.trim().is_empty() {
        para(&mut blocks, options.extra.trim().to_string());
    }
    if !options.iban.trim().is_empty() && kind != LetterKind::DeclarationDeCreance {
        para(
            &mut blocks,
            format!(
                "Règlement par virement sur le compte IBAN {}.",
                options.iban.trim()
            ),
        );
    }

    let recipient = if kind == LetterKind::DeclarationDeCreance {
        let mut lines = party_lines(&options.mandataire);
        if lines.is_empty() {
            lines.push("Mandataire judiciaire".into());
        } else {
            lines.insert(1.min(lines.len()), "Mandataire judiciaire".into());
        }
        lines
    } else {
        debtor_lines(dossier)
    };
    // « Monsieur, » to « M. Martin », « Madame, » to « Mme Martin »; both when nobody is named.
    let addressee = if kind == LetterKind::DeclarationDeCreance {
        "Maître"
    } else {
        // A person addressed in their own name (« Mme Sophie Garnier ») is greeted as such.
        let debtor = &dossier.debtor.identity;
        let who = match debtor.representative.trim() {
            "" if dossier.debtor.is_natural_person() => debtor.name.trim(),
            who => who,
        };
        if who.starts_with("M. ") || who.starts_with("Monsieur") {
            "Monsieur"
        } else if who.starts_with("Mme ") || who.starts_with("Madame") {
            "Madame"
        } else {
            "Madame, Monsieur"
        }
    };
    let salutation = format!("{addressee},");
    let default_closing = format!(
        "Nous vous prions d'agréer, {addressee}, l'expression de nos salutations distinguées."
    );
    let signature = signature_lines(dossier, options);
    let place = options.place.trim();
    let place_date = if place.is_empty() {
        format!("Le {}", date_fr(today))
    } else {
        format!("{place}, le {}", date_fr(today))
    };

    let letter = Letter {
        kind,
        sender: party_lines(&dossier.creditor),
        recipient,
        place_date,
        mode,
        subject,
        salutation,
        opening: blocks
            .iter()
            .find_map(|b| match b {
                Block::Paragraph(p) => Some(p.clone()),
                _ => None,
            })
            .unwrap_or_default(),
        blocks,
        closing: custom_or(&options.closing, &default_closing),
        signature,
        annex: Vec::new(),
        file_stem: format!(
            "{}-{}-{}",
            kind.file_prefix(),
            slug(&dossier.debtor.identity.name),
            today
        ),
    };
    french_typography(letter)
}

fn sending_mode(electronic: bool) -> String {
    if electronic {
        "Lettre recommandée électronique".into()
    } else {
        "Lettre recommandée avec avis de réception".into()
    }
}

/// The invoices, for a first reminder: number, due date, amount still due.
/// An invoice as a letter names it: « n° F-1 », or « du 15/06/2026 » when it has no number.
pub(crate) fn name(i: &InvoiceAssessment) -> String {
    if i.numbered {
        format!("n° {}", i.number)
    } else {
        i.number.clone()
    }
}

/// « A, B et C ».
pub(crate) use engine::format::and_list as french_list;

/// The invoices of a letter in words that agree with their number.
pub(crate) struct Refs {
    /// « facture n° F-1 », « factures n° F-1 et n° F-2 » (for a subject line).
    pub(crate) subject: String,
    /// « la facture n° F-1 », « la facture du 15/06/2026 de 900,00 € », « les factures … ».
    pub(crate) the: String,
    pub(crate) unpaid: &'static str,
    pub(crate) due: &'static str,
    payment: &'static str,
    pub(crate) not_included: &'static str,
    plural_e: &'static str,
}

impl Refs {
    pub(crate) fn of<'a>(invoices: impl IntoIterator<Item = &'a InvoiceAssessment>) -> Refs {
        let names: Vec<String> = invoices
            .into_iter()
            .map(|i| {
                if i.numbered {
                    name(i)
                } else {
                    format!("{} de {}", i.number, format_euros(i.amount))
                }
            })
            .collect();
        let list = french_list(&names);
        if names.len() > 1 {
            Refs {
                subject: format!("factures {list}"),
                the: format!("les factures {list}"),
                unpaid: "restent impayées",
                due: "leur échéance",
                payment: "leur règlement",
                not_included: "Ne sont pas comprises",
                plural_e: "s",
            }
        } else {
            Refs {
                subject: format!("facture {list}"),
                the: format!("la facture {list}"),
                unpaid: "reste impayée",
                due: "son échéance",
                payment: "son règlement",
                not_included: "N'est pas comprise",
                plural_e: "",
            }
        }
    }
}

fn invoice_lines(a: &Assessment) -> Vec<AmountLine> {
    let unpaid = a.invoices.iter().filter(|i| i.outstanding > Decimal::ZERO);
    let mut lines: Vec<AmountLine> = unpaid
        .clone()
        .map(|i| AmountLine {
            label: format!("Facture {}, échue le {}", name(i), date_short(i.due.date)),
            amount: format_euros(i.outstanding),
            total: false,
        })
        .collect();
    let outstanding: Decimal = unpaid.map(|i| i.outstanding).sum();
    lines.push(AmountLine {
        label: "Total restant dû".into(),
        amount: format_euros(outstanding),
        total: true,
    });
    lines
}

/// The full breakdown: each invoice, interest per half-year with rate and article, the
/// 40 € per invoice (not for a consumer), payments, total.
pub(crate) fn amount_lines<'a>(
    invoices: impl IntoIterator<Item = &'a InvoiceAssessment>,
    law: &Law,
) -> Vec<AmountLine> {
    let mut lines = Vec::new();
    let mut total = Decimal::ZERO;
    for i in invoices {
        total += i.total_due();
        lines.push(AmountLine {
            label: format!(
                "Facture {}, échue le {}, montant TTC",
                name(i),
                date_short(i.due.date)
            ),
            amount: format_euros(i.amount),
            total: false,
        });
        if !i.paid.is_zero() {
            lines.push(AmountLine {
                label: format!("Paiements reçus sur la facture {}", name(i)),
                amount: format!("− {}", format_euros(i.paid)),
                total: false,
            });
        }
        for s in &i.segments {
            let article = match s.origin {
                engine::interest::RateOrigin::EcbPlusTen
                | engine::interest::RateOrigin::Contract => "C. com. L441-10",
                engine::interest::RateOrigin::LegalRateProfessional => "C. civ. 1231-6",
                engine::interest::RateOrigin::EcbPlusEight => "CCP R2192-31",
            };
            lines.push(AmountLine {
                label: format!(
                    "{} du {} au {} ({} à {}, {article}) sur {}",
                    law.interest_label,
                    date_short(s.from),
                    date_short(s.to),
                    days_fr(s.days),
                    format_percent(s.rate),
                    format_euros(s.base)
                ),
                amount: format_euros(s.amount),
                total: false,
            });
        }
        if let (false, Some(article)) = (i.indemnity.is_zero(), law.indemnity_article) {
            lines.push(AmountLine {
                label: format!(
                    "Indemnité forfaitaire pour frais de recouvrement, facture {} ({article})",
                    name(i)
                ),
                amount: format_euros(i.indemnity),
                total: false,
            });
        }
    }
    lines.push(AmountLine {
        label: "Total dû".into(),
        // The engine's per-invoice totals: its dossier total when every invoice is listed.
        amount: format_euros(total),
        total: true,
    });
    lines
}

/// A partial dispute, as the letters state it: which invoice, how much, and what is claimed.
struct Dispute {
    paragraph: String,
    /// What the letter takes off what it claims: the disputed principal, and with the whole
    /// claim also the penalties on it and, for a wholly disputed invoice, its 40 € (D5).
    taken_off: Decimal,
    undisputed: Decimal,
    undisputed_only: bool,
}

impl Dispute {
    /// `principal_only`: the letter claims the principal alone (a first reminder), else the
    /// whole sum due.
    fn of(
        dossier: &Dossier,
        a: &Assessment,
        undisputed_only: bool,
        principal_only: bool,
    ) -> Option<Dispute> {
        if !dossier.disputes_part() {
            return None;
        }
        let disputed = disputed_principal(a);
        let (taken_off, undisputed) = if principal_only {
            let principal = a.totals.outstanding_principal;
            (disputed, (principal - disputed).max(Decimal::ZERO))
        } else {
            (a.totals.disputed, a.totals.undisputed)
        };
        let mut paragraph = format!(
            "Vous contestez {}{}. ",
            disputed_words(a).unwrap_or_else(|| "une partie de ces sommes".into()),
            reason_words(dossier)
        );
        if undisputed_only {
            paragraph += "Sans attendre que ce désaccord soit réglé, nous vous demandons de payer dès à présent la \
                          partie que vous ne contestez pas, soit ";
            paragraph += &format_euros(undisputed);
            paragraph += ".";
        } else {
            paragraph += "Nous maintenons notre demande pour la totalité de la somme due.";
        }
        Some(Dispute {
            paragraph,
            taken_off,
            undisputed,
            undisputed_only,
        })
    }
}

/// The full breakdown, and when only the undisputed part is claimed, the disputed part taken
/// off and what remains claimed.
fn claimed_lines<'a>(
    invoices: impl IntoIterator<Item = &'a InvoiceAssessment>,
    law: &Law,
    dispute: Option<&Dispute>,
) -> Vec<AmountLine> {
    let mut lines = amount_lines(invoices, law);
    if let Some(d) = dispute.filter(|d| d.undisputed_only) {
        if let Some(total) = lines.last_mut() {
            total.total = false;
        }
        lines.push(AmountLine {
            label: "Partie que vous contestez, avec ses pénalités".into(),
            amount: format!("− {}", format_euros(d.taken_off)),
            total: false,
        });
        lines.push(AmountLine {
            label: "Somme réclamée, non contestée".into(),
            amount: format_euros(d.undisputed),
            total: true,
        });
    }
    lines
}

/// What the letters cite, by who owes: a business (C. com.), a public buyer (Code de la
/// commande publique) or a consumer (C. civ., and nothing of the 40 €: CPCE L111-8).
pub(crate) struct Law {
    pub(crate) interest_label: &'static str,
    /// The article of the 40 €; None where it is not owed.
    pub(crate) indemnity_article: Option<&'static str>,
    /// The mise en demeure's paragraph on why the sums are due.
    pub(crate) legal_basis: String,
    /// The first reminder's sentence on what runs without any reminder.
    automatic_charges: Option<String>,
}

impl Law {
    /// The law of the letters, by who owes; the amounts and days come from the engine's tables.
    pub(crate) fn for_debtor(kind: DebtorKind, today: NaiveDate) -> Law {
        let indemnity = format_euros(Decimal::from(params::RECOVERY_INDEMNITY_EUROS.at(today)));
        match kind {
            DebtorKind::Business { .. } | DebtorKind::Abroad { .. } => Law {
                interest_label: "Pénalités de retard",
                indemnity_article: Some("C. com. D441-5"),
                legal_basis: format!(
                    "Ces sommes sont dues en application de l'article L441-10 du Code de commerce, qui prévoit de \
                     plein droit des pénalités de retard et une indemnité forfaitaire pour frais de recouvrement de {indemnity} par \
                     facture (article D441-5)."
                ),
                automatic_charges: Some(format!(
                    "Nous vous rappelons que tout retard de paiement entraîne de plein droit des pénalités de retard et une \
                     indemnité forfaitaire pour frais de recouvrement de {indemnity} par facture (articles L441-10 et D441-5 du Code \
                     de commerce)."
                )),
            },
            DebtorKind::PublicBuyer { .. } => Law {
                interest_label: "Intérêts moratoires",
                indemnity_article: Some("CCP D2192-35"),
                legal_basis: format!(
                    "Ces sommes sont dues en application de l'article L2192-13 du Code de la commande publique : le \
                     retard de paiement fait courir de plein droit des intérêts moratoires, au taux fixé par l'article \
                     R2192-31, et une indemnité forfaitaire pour frais de recouvrement de {indemnity} (article D2192-35), à verser \
                     dans les {} jours suivant la mise en paiement du principal (article R2192-36).",
                    params::PUBLIC_INTEREST_PAYMENT_DAYS.at(today)
                ),
                automatic_charges: Some(format!(
                    "Nous vous rappelons que tout retard de paiement fait courir de plein droit des intérêts moratoires et \
                     une indemnité forfaitaire pour frais de recouvrement de {indemnity} (articles L2192-13 et D2192-35 du Code de \
                     la commande publique)."
                )),
            },
            DebtorKind::Consumer => Law {
                interest_label: "Intérêts au taux légal",
                indemnity_article: None,
                legal_basis: "Cette somme portera intérêts au taux légal à compter de la réception de la présente mise en \
                    demeure, en application des articles 1231-6 et 1344-1 du Code civil."
                    .into(),
                automatic_charges: None,
            },
        }
    }
}

/// « À défaut… »: the procedure the engine recommends after the mise en demeure, with its court.
fn what_follows(d: &Dossier, a: &Assessment) -> String {
    let rec = &a.recommendation;
    let judicial = std::iter::once(&rec.next)
        .chain(rec.then.iter())
        .map(|s| s.procedure)
        .find(|p| {
            matches!(
                p,
                Procedure::InjonctionDePayer
                    | Procedure::PetitesCreances
                    | Procedure::RefereProvision
                    | Procedure::AssignationAuFond
                    | Procedure::RefereProvisionAdministratif
                    | Procedure::InjonctionDePayerEuropeenne
                    | Procedure::PetitsLitigesEuropeens
                    | Procedure::MediateurDesEntreprises
                    | Procedure::ConciliateurDeJustice
            )
        });
    let court = Court::for_debtor(d.debtor.kind, a.date);
    let action = match judicial {
        Some(Procedure::InjonctionDePayer) => format!("une procédure d'injonction de payer devant le président du {} compétent", engine::texts::fr::court_name(court)),
        Some(Procedure::PetitesCreances) => "la procédure simplifiée de recouvrement des petites créances auprès d'un commissaire de justice".into(),
        Some(Procedure::RefereProvision) => format!("une action en référé-provision devant le président du {} compétent", engine::texts::fr::court_name(court)),
        Some(Procedure::AssignationAuFond) => format!("une action en paiement devant le {} compétent", engine::texts::fr::court_name(court)),
        Some(Procedure::RefereProvisionAdministratif) => "une demande de provision devant le juge des référés du tribunal administratif".into(),
        Some(Procedure::InjonctionDePayerEuropeenne) => "une procédure européenne d'injonction de payer".into(),
        Some(Procedure::PetitsLitigesEuropeens) => "la procédure européenne de règlement des petits litiges".into(),
        Some(Procedure::MediateurDesEntreprises) => "la saisine du médiateur des entreprises, puis du juge compétent".into(),
        Some(Procedure::ConciliateurDeJustice) => "la saisine d'un conciliateur de justice, puis du juge compétent".into(),
        _ => "toute procédure utile au recouvrement de notre créance".into(),
    };
    format!("À défaut de règlement dans ce délai, nous engagerons sans autre avis {action}, sans préjudice de tous autres droits.")
}

/// The debtor's address block; for a debtor abroad whose country is known, the country in
/// capitals on the last line, as La Poste asks for mail abroad, unless the address ends with it.
pub(crate) fn debtor_lines(dossier: &Dossier) -> Vec<String> {
    let abroad = matches!(dossier.debtor.kind, engine::DebtorKind::Abroad { .. });
    let mut lines = party_lines_with(&dossier.debtor.identity, abroad);
    let country = match dossier.debtor.kind {
        engine::DebtorKind::Abroad {
            country: Some(c), ..
        } => engine::texts::fr::country_name(c),
        _ => None,
    };
    if let Some(name) = country {
        let upper = capitals(name);
        let last = lines.last().map(|l| capitals(l)).unwrap_or_default();
        if !last.contains(&upper) {
            lines.push(upper);
        }
    }
    lines
}

/// What the visitor says was supplied, as a phrase to set in a sentence: trimmed, on one line,
/// without its final full stop; `None` when left empty (the stock phrase then).
pub(crate) fn supplied(options: &LetterOptions) -> Option<String> {
    let text = options
        .supplied
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let text = text.trim_end_matches(['.', ' ']);
    (!text.is_empty()).then(|| text.to_string())
}

/// What was supplied and left unpaid: the visitor's words (« …, objet ») or « les prestations ou
/// marchandises objet », then the invoices (`subject`, followed by `here`: « ci-dessous » or
/// nothing) and that they were not paid by `due` (the requête and the mediation request).
pub(crate) fn supplied_and_unpaid(
    options: &LetterOptions,
    invoices: usize,
    subject: &str,
    here: &str,
    due: &str,
) -> String {
    let what = supplied(options)
        .map(|what| format!("{what}, objet"))
        .unwrap_or_else(|| "les prestations ou marchandises objet".into());
    let (of, unpaid) = if invoices > 1 {
        ("des", "qui n'ont pas été réglées")
    } else {
        ("de la", "qui n'a pas été réglée")
    };
    format!("{what} {of} {subject}{here}, {unpaid} à {due}")
}

/// Capitals for the country names we print: ASCII and the accents they hold. `str::to_uppercase`
/// would bring Unicode's case tables, about 10 KB of the documents module.
fn capitals(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'é' => 'É',
            'è' => 'È',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

/// A party's address block. A missing name or address is a visible blank to fill in by hand
/// (VISITORS S5), never a silent gap.
pub(crate) fn party_lines(p: &Party) -> Vec<String> {
    party_lines_with(p, false)
}

/// `abroad`: a company registered abroad, whose number is not a SIREN.
fn party_lines_with(p: &Party, abroad: bool) -> Vec<String> {
    let mut lines = vec![or_blank(&p.name).to_string()];
    let register = if abroad {
        "N° d'immatriculation"
    } else {
        "SIREN"
    };
    let form_siren = match (p.legal_form.trim(), p.siren.trim()) {
        ("", "") => None,
        (form, "") => Some(form.to_string()),
        ("", siren) => Some(format!("{register} {siren}")),
        (form, siren) => Some(format!("{form} — {register} {siren}")),
    };
    lines.extend(form_siren);
    if !p.representative.trim().is_empty() {
        lines.push(format!("Représentée par {}", p.representative.trim()));
    }
    let before = lines.len();
    lines.extend(
        p.address
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from),
    );
    if lines.len() == before {
        lines.push(or_blank("").to_string());
    }
    lines
}

/// Each line the visitor typed (or a text holds) as a paragraph of its own (preview, PDF and
/// DOCX alike).
pub(crate) fn push_paragraphs(blocks: &mut Vec<Block>, text: &str) {
    for part in text.lines().map(str::trim).filter(|p| !p.is_empty()) {
        blocks.push(Block::Paragraph(part.to_string()));
    }
}

/// The invoices with something still due, in the dossier's order.
pub(crate) fn unpaid(a: &Assessment) -> Vec<&InvoiceAssessment> {
    a.invoices
        .iter()
        .filter(|i| i.total_due() > Decimal::ZERO)
        .collect()
}

/// The invoices with something due, each beside the invoice the visitor typed (its dates):
/// the assessment lists the invoices in the dossier's order.
pub(crate) fn unpaid_with_invoices<'a>(
    dossier: &'a Dossier,
    a: &'a Assessment,
) -> Vec<(&'a InvoiceAssessment, &'a engine::Invoice)> {
    a.invoices
        .iter()
        .zip(&dossier.invoices)
        .filter(|(i, _)| i.total_due() > Decimal::ZERO)
        .collect()
}

/// What a court document claims: the invoices still running (`Assessment::court_claim`, D4).
pub(crate) fn claimed(a: &Assessment) -> Vec<&InvoiceAssessment> {
    a.court_claim
        .invoices
        .iter()
        .filter_map(|&k| a.invoices.get(k))
        .collect()
}

/// The same, each beside the invoice the visitor typed (its dates).
pub(crate) fn claimed_with_invoices<'a>(
    dossier: &'a Dossier,
    a: &'a Assessment,
) -> Vec<(&'a InvoiceAssessment, &'a engine::Invoice)> {
    a.court_claim
        .invoices
        .iter()
        .filter_map(|&k| Some((a.invoices.get(k)?, dossier.invoices.get(k)?)))
        .collect()
}

/// The invoices a court document leaves out: time-barred on the assessment's date.
pub(crate) fn time_barred(a: &Assessment) -> Vec<&InvoiceAssessment> {
    a.court_claim
        .time_barred
        .iter()
        .filter_map(|&k| a.invoices.get(k))
        .collect()
}

/// The disputed principal, as the debtor states it (without the penalties that go with it).
/// What the debtor disputes, invoice by invoice: « la facture n° F-3 », « une partie de la
/// facture n° F-2, à hauteur de 300,00 € », joined with « et ».
pub(crate) fn disputed_words(a: &Assessment) -> Option<String> {
    let parts: Vec<String> = a
        .invoices
        .iter()
        .filter(|i| !i.disputed.is_zero())
        .map(|i| {
            if i.disputed >= i.outstanding {
                format!("la facture {}", name(i))
            } else {
                format!(
                    "une partie de la facture {}, à hauteur de {}",
                    name(i),
                    format_euros(i.disputed)
                )
            }
        })
        .collect();
    (!parts.is_empty()).then(|| engine::format::and_list(&parts))
}

/// « , en invoquant : « la qualité des travaux » », when the visitor gave the debtor's reason.
pub(crate) fn reason_words(dossier: &Dossier) -> String {
    match dossier.dispute_reason.trim() {
        "" => String::new(),
        reason => format!(", en invoquant : « {reason} »"),
    }
}

pub(crate) fn disputed_principal(a: &Assessment) -> Decimal {
    a.invoices.iter().map(|i| i.disputed).sum()
}

/// Under the principal: the penalties or interest, the 40 € indemnities, and the total.
pub(crate) fn charges_and_total(a: &Assessment, law: &Law, total: &str) -> Vec<AmountLine> {
    let t = &a.totals;
    let mut lines = Vec::new();
    if !t.penalties.is_zero() {
        lines.push(AmountLine {
            label: law.interest_label.to_string(),
            amount: format_euros(t.penalties),
            total: false,
        });
    }
    if !t.indemnities.is_zero() {
        lines.push(AmountLine {
            label: "Indemnités forfaitaires pour frais de recouvrement".into(),
            amount: format_euros(t.indemnities),
            total: false,
        });
    }
    lines.push(AmountLine {
        label: total.into(),
        amount: format_euros(t.total),
        total: true,
    });
    lines
}

/// « Lyon, le 2 mars 2026 », or « Le 2 mars 2026 » with no place.
pub(crate) fn place_and_date(place: &str, today: NaiveDate) -> String {
    match place.trim() {
        "" => format!("Le {}", date_fr(today)),
        place => format!("{place}, le {}", date_fr(today)),
    }
}

/// Who signs: the signatory the visitor named, then the creditor's name.
/// The signatory, then the sender's name unless it is the same (« Julie Martin » once).
pub(crate) fn signature_lines(dossier: &Dossier, options: &LetterOptions) -> Vec<String> {
    let (who, sender) = (options.signatory.trim(), dossier.creditor.name.trim());
    [who, if sender == who { "" } else { sender }]
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

pub(crate) fn custom_or(custom: &str, default: &str) -> String {
    if custom.trim().is_empty() {
        default.to_string()
    } else {
        custom.trim().to_string()
    }
}

/// A name the visitor has not typed yet, left to fill in on the printed page.
pub(crate) fn or_blank(text: &str) -> &str {
    if text.trim().is_empty() {
        "……………………"
    } else {
        text.trim()
    }
}

pub(crate) fn or_dash(text: &str) -> &str {
    if text.trim().is_empty() {
        "—"
    } else {
        text.trim()
    }
}

/// « acme-sas »: lowercase ASCII letters and digits joined by hyphens, for file names.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "debiteur".into()
    } else {
        trimmed.into()
    }
}

fn fold_accent(c: char) -> Vec<char> {
    let folded = match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' | 'À' | 'Â' | 'Ä' | 'Á' => "a",
        'ç' | 'Ç' => "c",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'î' | 'ï' | 'í' | 'Î' | 'Ï' => "i",
        'ô' | 'ö' | 'ó' | 'õ' | 'Ô' | 'Ö' => "o",
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' => "u",
        'ÿ' | 'Ÿ' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        _ => return vec![c],
    };
    folded.chars().collect()
}

/// French typography: a narrow no-break space inside « » and before ; ! ?, a no-break space
/// before :, so no line ever starts with a lone colon or closing guillemet; and a no-break
/// space after « n° » and inside « C. com. », « C. civ. », so neither is split from what
/// follows (VISITORS M6).
pub fn typography(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    let after = |i: usize, word: &str| {
        let n = word.chars().count();
        i >= n && chars[i - n..i].iter().copied().eq(word.chars())
    };
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        match c {
            ' ' if matches!(next, Some(';' | '!' | '?' | '»')) => out.push('\u{202F}'),
            ' ' if next == Some(':') => out.push('\u{A0}'),
            ' ' if i > 0 && chars[i - 1] == '«' => out.push('\u{202F}'),
            ' ' if after(i, "n°")
                || after(i, " C.")
                || after(i, "(C.")
                || after(i, "C. com.")
                || after(i, "C. civ.") =>
            {
                out.push('\u{A0}')
            }
            _ => out.push(c),
        }
    }
    out
}

/// French typography, then only what the PDF's font can show (`winansi::shown`): the preview,
/// the PDF and the DOCX say exactly the same.
pub(crate) fn french_typography(mut l: Letter) -> Letter {
    let t = |s: &str| crate::winansi::shown(&typography(s));
    let fix = |v: &mut Vec<String>| v.iter_mut().for_each(|s| *s = t(s));
    fix(&mut l.sender);
    fix(&mut l.recipient);
    fix(&mut l.signature);
    l.place_date = t(&l.place_date);
    l.subject = t(&l.subject);
    l.salutation = t(&l.salutation);
    l.closing = t(&l.closing);
    l.opening = t(&l.opening);
    for b in l.blocks.iter_mut().chain(l.annex.iter_mut()) {
        match b {
            Block::Paragraph(p) | Block::Heading(p) => *p = t(p),
            Block::Amounts(lines) => lines.iter_mut().for_each(|a| a.label = t(&a.label)),
        }
    }
    l
}

impl Letter {
    /// « Objet : … », or « Subject: … » in a letter written in English.
    pub fn subject_line(&self) -> String {
        match self.kind {
            LetterKind::ReminderInEnglish | LetterKind::FormalNoticeInEnglish => {
                format!("Subject: {}", self.subject)
            }
            _ => format!("Objet\u{a0}: {}", self.subject),
        }
    }

    /// The letter as plain text, in reading order (tests, and the DOCX/PDF writers' checks).
    pub fn plain_text(&self) -> String {
        let mut out = Vec::new();
        out.extend(self.sender.iter().cloned());
        out.extend(self.recipient.iter().cloned());
        out.push(self.place_date.clone());
        out.extend(self.mode.iter().cloned());
        out.push(self.subject_line());
        out.push(self.salutation.clone());
        let blocks = |out: &mut Vec<String>, blocks: &[Block]| {
            for b in blocks {
                match b {
                    Block::Paragraph(p) | Block::Heading(p) => out.push(p.clone()),
                    Block::Amounts(lines) => {
                        out.extend(lines.iter().map(|l| format!("{} : {}", l.label, l.amount)))
                    }
                }
            }
        };
        blocks(&mut out, &self.blocks);
        out.push(self.closing.clone());
        out.extend(self.signature.iter().cloned());
        blocks(&mut out, &self.annex);
        out.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("ACME SAS"), "acme-sas");
        assert_eq!(slug("Bâti-Sud & Fils"), "bati-sud-fils");
        assert_eq!(slug("<script>alert(1)</script>"), "script-alert-1-script");
        assert_eq!(slug(""), "debiteur");
        assert_eq!(slug("😀"), "debiteur");
        assert!(slug(&"x".repeat(100_000)).len() <= 40);
    }

    #[test]
    fn french_spaces_before_high_punctuation() {
        assert_eq!(
            typography("Objet : test ; oui ! « non »"),
            "Objet\u{A0}: test\u{202F}; oui\u{202F}! «\u{202F}non\u{202F}»"
        );
    }

    #[test]
    fn a_number_and_an_article_stay_with_what_they_name() {
        // VISITORS M6: « n° » left at a line's end, « C. » / « com. L441-10 » split.
        assert_eq!(
            typography("la facture n° F-1 (C. com. L441-10, C. civ. 1231-6)"),
            "la facture n°\u{A0}F-1 (C.\u{A0}com.\u{A0}L441-10, C.\u{A0}civ.\u{A0}1231-6)"
        );
        // Nothing else moves.
        assert_eq!(typography("ABC. Une phrase."), "ABC. Une phrase.");
    }
}

#[cfg(test)]
mod capitals_tests {
    /// Every country name the letters may print comes out in capitals, accents too.
    #[test]
    fn every_country_name_in_capitals() {
        for (_, name) in engine::texts::fr::countries_by_name() {
            let upper = super::capitals(name);
            assert!(!upper.chars().any(char::is_lowercase), "{upper}");
        }
        assert_eq!(super::capitals("République tchèque"), "RÉPUBLIQUE TCHÈQUE");
    }
}

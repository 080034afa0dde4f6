//! What a document is: its kind, the options the visitor sets, and the letter itself (its
//! parties, its blocks of paragraphs and amounts), as the preview, the PDF and the DOCX show it.

use engine::recourse::Procedure;
use engine::Party;

engine::by_name! {
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
}

impl LetterKind {
    /// In the order declared, for good: the visitor's rewritten texts are stored by position.
    pub const ALL: &'static [LetterKind] = LetterKind::VARIANTS;

    /// Sent to the debtor, or to the mandataire: a sending mode, a delay to pay, an IBAN. A
    /// requête, a décompte, a mediation request or a summary is filed or handed, not sent.
    pub fn is_sent(self) -> bool {
        matches!(
            self,
            LetterKind::MiseEnDemeure
                | LetterKind::PremiereRelance
                | LetterKind::SecondeRelance
                | LetterKind::DeclarationDeCreance
                | LetterKind::ReminderInEnglish
                | LetterKind::FormalNoticeInEnglish
        )
    }

    /// Read by a judge, a mediator or a lawyer: what was supplied comes first there.
    pub fn tells_what_was_supplied(self) -> bool {
        matches!(
            self,
            LetterKind::RequeteInjonctionDePayer
                | LetterKind::DemandeMediation
                | LetterKind::EuropeanOrderFormA
                | LetterKind::Synthese
        )
    }

    /// Leaves the debtor a number of days to pay, which the visitor may set.
    pub fn sets_a_deadline(self) -> bool {
        matches!(
            self,
            LetterKind::MiseEnDemeure
                | LetterKind::SecondeRelance
                | LetterKind::FormalNoticeInEnglish
        )
    }

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
    pub(crate) fn file_prefix(self) -> &'static str {
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
#[derive(Debug, Clone, PartialEq, Default)]
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

/// A letter, ready to be shown, printed or written to a file.
#[derive(Debug, Clone, PartialEq)]
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

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(String),
    /// A title inside the body or the annex, set in bold: « Décompte », « Pièces ».
    Heading(String),
    Amounts(Vec<AmountLine>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct AmountLine {
    pub label: String,
    pub amount: String,
    /// The total line, set in bold under a rule.
    pub total: bool,
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

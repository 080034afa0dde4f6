//! A sheet that maps the dossier onto the application for a European order for payment,
//! Form A (Regulation (EC) No 1896/2006, Annex I as replaced by Delegated Regulation (EU)
//! 2017/1260), so the visitor copies each answer into the official form. In French, for the
//! visitor; the form itself is filled in the court's language. The sections whose number and
//! codes we checked are numbered; the others are named (docs/LEGAL-ADDITIONS.md).

use chrono::NaiveDate;
use engine::amount::format_euros;
use engine::assessment::{Assessment, InvoiceAssessment};
use engine::format::{date_fr, date_short};
use engine::{DebtorKind, Dossier, Invoice, Party};

use crate::amounts::claimed_with_invoices;
use crate::model::{AmountLine, Block, Letter, LetterKind, LetterOptions};
use crate::parties::party_lines;
use crate::typography::{french_typography, slug};
use crate::wording::push_paragraphs;
use crate::wording::{custom_or, name, or_blank};

/// The party's fields as the form asks them: name (a natural person's surname and given
/// names), identification code, address.
fn party(p: &Party) -> Vec<String> {
    let names = p
        .person
        .as_ref()
        .map(|person| format!("{} {}", person.surname.trim(), person.first_names.trim()))
        .filter(|n| !n.trim().is_empty());
    let mut out = vec![match names {
        Some(names) => format!("Nom et prénoms : {}", names.trim()),
        None => format!("Nom ou raison sociale : {}", or_blank(&p.name)),
    }];
    if !p.legal_form.trim().is_empty() {
        out.push(format!("Forme : {}", p.legal_form.trim()));
    }
    out.push(format!(
        "Numéro d'identification : {}",
        match p.siren.trim() {
            "" => "……………………".to_string(),
            siren => format!("{siren} (SIREN ou numéro d'immatriculation)"),
        }
    ));
    out.push(format!(
        "Adresse : {}",
        or_blank(&crate::identity::one_line(&p.address))
    ));
    out
}

pub fn compose(dossier: &Dossier, a: &Assessment, options: &LetterOptions) -> Letter {
    let today = a.date;
    let mut blocks = Vec::new();
    let opening = custom_or(
        &options.opening,
        "Cette fiche reprend votre dossier dans l'ordre du formulaire A de demande d'injonction de payer européenne \
         (règlement (CE) n° 1896/2006, annexe I). Remplissez le formulaire officiel dans une langue acceptée par la \
         juridiction saisie ; il existe dans toutes les langues de l'Union, avec les mêmes rubriques, et en ligne sur le \
         portail e-Justice.",
    );
    push_paragraphs(&mut blocks, &opening);
    court_and_parties(&mut blocks, dossier, today);
    let unpaid = claimed_with_invoices(dossier, a);
    the_claim(&mut blocks, &unpaid, a);
    the_statements(&mut blocks, dossier, a, options, unpaid.len());
    let letter = Letter {
        kind: LetterKind::EuropeanOrderFormA,
        sender: party_lines(&dossier.creditor),
        recipient: vec!["Fiche de préparation, à ne pas envoyer".into()],
        place_date: format!("Le {}", date_fr(today)),
        mode: None,
        subject: "Formulaire A : demande d'injonction de payer européenne".into(),
        salutation: String::new(),
        blocks,
        opening,
        closing: custom_or(&options.closing, ""),
        signature: Vec::new(),
        annex: Vec::new(),
        file_stem: format!(
            "formulaire-a-injonction-europeenne-{}-{today}",
            slug(&dossier.debtor.identity.name)
        ),
    };
    french_typography(letter)
}

/// Sections 1 to 3 of Form A and the cross-border nature: the court, the parties with their
/// codes, the ground of jurisdiction, the countries.
fn court_and_parties(blocks: &mut Vec<Block>, dossier: &Dossier, today: NaiveDate) {
    blocks.push(Block::Heading("1. Juridiction".into()));
    let country = match dossier.debtor.kind {
        DebtorKind::Abroad { country, .. } => country,
        _ => None,
    };
    let central_court =
        country.and_then(|c| engine::country::european_order_central_court(c, today));
    blocks.push(Block::Paragraph(format!(
        "En règle générale, {}. Un tribunal français n'est compétent que sur un fondement du règlement Bruxelles I bis \
         (règlement (UE) n° 1215/2012) : la livraison des marchandises ou la prestation de services a eu lieu en France \
         (article 7, 1)), ou votre contrat désigne un tribunal français (article 25). En France, la demande va alors au \
         tribunal de commerce, ou au tribunal judiciaire pour une créance civile. Un tribunal incompétent rejette la demande \
         (règlement (CE) n° 1896/2006, articles 6 et 11) : vérifiez ce choix avec un avocat si vous hésitez.",
        engine::texts::fr::european_order_court(country, central_court)
    )));
    blocks.push(Block::Heading("2. Parties et leurs représentants".into()));
    blocks.push(Block::Paragraph("Code 01, demandeur (vous) :".into()));
    for line in party(&dossier.creditor) {
        blocks.push(Block::Paragraph(format!("– {line}")));
    }
    blocks.push(Block::Paragraph(
        "Code 02, défendeur (votre client) :".into(),
    ));
    for line in party(&dossier.debtor.identity) {
        blocks.push(Block::Paragraph(format!("– {line}")));
    }
    blocks.push(Block::Heading(
        "3. Fondement de la compétence de la juridiction".into(),
    ));
    blocks.push(Block::Paragraph(
        "Code 01 (domicile du défendeur) si vous saisissez le tribunal du pays de votre client ; code 02 (lieu \
         d'exécution de l'obligation : la livraison ou la prestation) si vous saisissez un tribunal français parce que la \
         livraison ou la prestation a eu lieu en France."
            .into(),
    ));
    blocks.push(Block::Heading("Caractère transfrontalier".into()));
    let abroad = match (
        dossier.debtor.kind,
        country.and_then(engine::texts::fr::country_name),
    ) {
        (DebtorKind::Abroad { .. }, Some(name)) => name,
        (DebtorKind::Abroad { .. }, None) => "un autre État membre (à préciser)",
        _ => "……………………",
    };
    blocks.push(Block::Paragraph(format!(
        "Votre siège : France. Le siège de votre client : {abroad}. Le pays de la juridiction : celui que vous choisissez."
    )));
}

/// The principal invoice by invoice, the interest and its basis, the costs (the 40 €).
fn the_claim(blocks: &mut Vec<Block>, unpaid: &[(&InvoiceAssessment, &Invoice)], a: &Assessment) {
    let today = a.date;
    // Only the invoices still running are claimed (D4).
    let t = &a.court_claim.totals;
    blocks.push(Block::Heading("Principal".into()));
    let mut lines: Vec<AmountLine> = unpaid
        .iter()
        .map(|(i, d)| AmountLine {
            label: format!(
                "Facture {} du {}, échue le {} (contrat de vente ou de prestation de services)",
                name(i),
                date_short(d.issue_date),
                date_short(i.due.date)
            ),
            amount: format_euros(i.outstanding),
            total: false,
        })
        .collect();
    lines.push(AmountLine {
        label: "Principal, devise EUR".into(),
        amount: format_euros(t.outstanding_principal),
        total: true,
    });
    blocks.push(Block::Amounts(lines));
    blocks.push(Block::Heading("Intérêts".into()));
    blocks.push(Block::Paragraph(format!(
        "Intérêts légaux de retard entre professionnels (article L441-10 du Code de commerce, qui transpose la directive \
         2011/7/UE) : taux de la Banque centrale européenne majoré de {} points, par semestre, sur le principal de chaque \
         facture, à compter du lendemain de son échéance et jusqu'au paiement. Au {} : {}.",
        engine::params::B2B_MARGIN_POINTS.at(today),
        date_fr(today),
        format_euros(t.penalties)
    )));
    blocks.push(Block::Heading("Frais".into()));
    blocks.push(Block::Paragraph(format!(
        "Indemnité forfaitaire pour frais de recouvrement (article D441-5 du Code de commerce, article 6 de la directive \
         2011/7/UE) : {}.",
        format_euros(t.indemnities)
    )));
}

/// The written evidence the visitor holds, the additional statements, and the opposition period.
fn the_statements(
    blocks: &mut Vec<Block>,
    dossier: &Dossier,
    a: &Assessment,
    options: &LetterOptions,
    invoices: usize,
) {
    let today = a.date;
    let t = &a.court_claim.totals;
    blocks.push(Block::Heading("Preuves".into()));
    let mut evidence = vec!["les factures".to_string()];
    if options.holds_terms {
        evidence.push("les conditions générales de vente ou le contrat".into());
    }
    if options.holds_order {
        evidence.push("le bon de commande ou le devis accepté".into());
    }
    if options.holds_delivery {
        evidence.push("le bon de livraison ou le procès-verbal de réception".into());
    }
    if !dossier.reminders.is_empty() {
        evidence.push("les relances".into());
    }
    if dossier.mise_en_demeure.is_some() {
        evidence.push("la mise en demeure et son avis de réception".into());
    }
    blocks.push(Block::Paragraph(format!(
        "Preuves écrites : {}.",
        evidence.join(", ")
    )));
    blocks.push(Block::Heading("Déclarations complémentaires".into()));
    if let Some(what) = crate::wording::supplied(options) {
        blocks.push(Block::Paragraph(format!("Ce qui a été fourni : {what}.")));
    }
    blocks.push(Block::Paragraph(format!(
        "Les prestations ou marchandises ont été fournies et facturées ; {} sans contestation, malgré {}.",
        if invoices > 1 {
            "les factures restent impayées"
        } else {
            "la facture reste impayée"
        },
        match (dossier.reminders.len(), dossier.mise_en_demeure) {
            (0, None) => "nos demandes".to_string(),
            (_, Some(m)) => format!("notre mise en demeure du {}", date_fr(m.sent)),
            (1, None) => "notre relance".to_string(),
            (_, None) => "nos relances".to_string(),
        }
    )));
    blocks.push(Block::Paragraph(format!(
        "Votre client aura {} jours après la signification de l'injonction pour s'y opposer. Total réclamé au {} : {}.",
        engine::params::EUROPEAN_ORDER_OPPOSITION_DAYS.at(today),
        date_fr(today),
        format_euros(t.total)
    )));
}

//! The décompte (statement of account) as a document of its own: every invoice, payment,
//! period of interest with its rate and article, the 40 €, the total. The requête's annex,
//! and a sheet to attach to any letter.

use engine::amount::format_percent;
use engine::assessment::{Assessment, InvoiceAssessment};
use engine::format::{date_fr, date_short};
use engine::interest::{RateWhy, Segment};
use engine::params::Status;
use engine::{DebtorKind, Dossier};
use rust_decimal::Decimal;

use crate::amounts::amount_lines;
use crate::amounts::{claimed, time_barred};
use crate::model::{Block, Letter, LetterKind, LetterOptions};
use crate::parties::signature_lines;
use crate::parties::{debtor_lines, party_lines};
use crate::typography::{french_typography, slug};
use crate::wording::{custom_or, or_dash, Law, Refs};
use crate::wording::{place_and_date, push_paragraphs};

pub fn compose(dossier: &Dossier, a: &Assessment, options: &LetterOptions) -> Letter {
    let today = a.date;
    let law = Law::for_debtor(dossier.debtor.kind, today);
    // The décompte goes with a court step: the invoices still running (D4).
    let unpaid = claimed(a);
    let refs = Refs::of(unpaid.iter().copied());
    let mut blocks = Vec::new();
    let opening = format!(
        "Sommes dues par {} à {} au titre {} {}, arrêtées au {}.",
        or_dash(&dossier.debtor.identity.name),
        or_dash(&dossier.creditor.name),
        if unpaid.len() > 1 { "des" } else { "de la" },
        refs.subject,
        date_fr(today)
    );
    let opening = custom_or(&options.opening, &opening);
    push_paragraphs(&mut blocks, &opening);
    blocks.push(Block::Amounts(amount_lines(unpaid.iter().copied(), &law)));
    let barred = time_barred(a);
    if !barred.is_empty() {
        let left_out = Refs::of(barred.iter().copied());
        push_paragraphs(
            &mut blocks,
            &format!(
                "{} dans ce décompte {}.",
                left_out.not_included, left_out.the
            ),
        );
    }
    let how = match dossier.debtor.kind {
        DebtorKind::Consumer => {
            "Intérêts au taux légal, comptés jour par jour sur 365 jours, sur le montant restant dû après chaque \
             paiement (articles 1231-6 et 1344-1 du Code civil)."
        }
        _ => {
            "Intérêts comptés jour par jour sur 365 jours, au taux applicable à chaque semestre, sur le montant restant dû \
             après chaque paiement. Ils continuent de courir jusqu'au complet paiement."
        }
    };
    blocks.push(Block::Paragraph(how.into()));
    blocks.extend(rates_applied(unpaid.iter().copied()));
    if !matches!(dossier.debtor.kind, DebtorKind::Consumer) {
        blocks.push(Block::Paragraph(law.legal_basis.clone()));
    }
    let letter = Letter {
        kind: LetterKind::Decompte,
        sender: party_lines(&dossier.creditor),
        recipient: debtor_lines(dossier),
        place_date: place_and_date(&options.place, today),
        mode: None,
        subject: format!("Décompte de la créance au {}", date_fr(today)),
        salutation: String::new(),
        blocks,
        opening,
        closing: custom_or(&options.closing, ""),
        signature: signature_lines(dossier, options),
        annex: Vec::new(),
        file_stem: format!("decompte-{}-{today}", slug(&dossier.debtor.identity.name)),
    };
    french_typography(letter)
}

/// « Taux appliqués » : each distinct rate of the décompte, with what it rests on, in the
/// third person (the visitor's own « Pourquoi ce taux ? » says « vos conditions de vente »).
/// A rate our sources do not confirm says so: the visitor checks it before sending.
pub(crate) fn rates_applied<'a>(
    invoices: impl IntoIterator<Item = &'a InvoiceAssessment>,
) -> Vec<Block> {
    let mut seen: Vec<(Decimal, &RateWhy)> = Vec::new();
    let mut lines = Vec::new();
    for s in invoices.into_iter().flat_map(|i| &i.segments) {
        if seen
            .iter()
            .any(|(rate, why)| *rate == s.rate && *why == &s.why)
        {
            continue;
        }
        seen.push((s.rate, &s.why));
        lines.push(Block::Paragraph(rate_basis(s)));
    }
    if !lines.is_empty() {
        lines.insert(0, Block::Heading("Taux appliqués".into()));
    }
    lines
}

fn rate_basis(s: &Segment) -> String {
    let rate = format_percent(s.rate);
    let basis = match &s.why {
        RateWhy::Contract => ": taux prévu par les conditions générales de vente ou le contrat (C. com. L441-10 II)".to_string(),
        RateWhy::EcbPlus { mro, points, half_year } => format!(
            "pour le {half_year} : taux de la Banque centrale européenne en vigueur au {} ({}) majoré de {points} points (C. com. L441-10 II)",
            date_short(half_year.first_day()),
            format_percent(*mro)
        ),
        RateWhy::PublicBuyer { mro, points, started } => format!(
            ": taux de la Banque centrale européenne au {} ({}) majoré de {points} points, fixe jusqu'au paiement (C. commande publique R2192-31)",
            date_short(started.first_day()),
            format_percent(*mro)
        ),
        RateWhy::TimesLegal { legal, multiple, half_year } => format!(
            "pour le {half_year} : {} fois le taux de l'intérêt légal ({}), comme le prévoient les conditions générales de vente (C. com. L441-10 II)",
            engine::format::count_fr(*multiple),
            format_percent(*legal)
        ),
        RateWhy::Legal { half_year } => format!("pour le {half_year} : taux de l'intérêt légal (C. mon. fin. L313-2 ; C. civ. 1231-6)"),
    };
    let check = match s.status {
        Status::Verified => "",
        Status::Unverified => " — taux à vérifier : nos sources ne le confirment pas encore",
    };
    format!("{rate} {basis}{check}.")
}

//! The déclaration de créance to the mandataire judiciaire: the claims born before the opening
//! judgment, due or « à échoir », those after it left out, and a reservation of title.

use engine::amount::format_euros;
use engine::assessment::{Assessment, InvoiceAssessment};
use engine::format::{date_fr, date_short};
use engine::{Dossier, ProceedingsKind};

use crate::amounts::amount_lines;
use crate::frame::finish;
use crate::model::{AmountLine, Block, Letter, LetterKind, LetterOptions};
use crate::wording::{custom_or, name, or_dash, push_paragraphs, sending_mode, Law, Refs};

pub(crate) fn compose(
    dossier: &Dossier,
    assessment: &Assessment,
    options: &LetterOptions,
) -> Letter {
    let today = assessment.date;
    let law = Law::for_debtor(dossier.debtor.kind, today);
    let mut blocks = Vec::new();
    let para = |blocks: &mut Vec<Block>, text: String| push_paragraphs(blocks, &text);
    let cp = dossier.collective_proceedings.as_ref();
    // « du » and « ouvert » for the masculine, « de la » and « ouverte » for the feminine.
    let proceedings = cp.map_or("de la procédure collective ouverte", |c| match c.kind {
        ProceedingsKind::Sauvegarde => "de la procédure de sauvegarde ouverte",
        ProceedingsKind::RedressementJudiciaire => "du redressement judiciaire ouvert",
        ProceedingsKind::LiquidationJudiciaire => "de la liquidation judiciaire ouverte",
    });
    // The opening judgment: its court and date (D8), then its publication.
    let court = crate::court::court_title(
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
    let subject = format!(
        "Déclaration de créance — {}",
        or_dash(&dossier.debtor.identity.name)
    );
    let mode = Some(sending_mode(options.electronic));
    finish(
        LetterKind::DeclarationDeCreance,
        dossier,
        today,
        options,
        subject,
        mode,
        blocks,
    )
}

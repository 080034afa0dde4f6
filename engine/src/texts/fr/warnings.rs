//! The warnings of the assessment, in French.

use crate::amount::format_percent;
use crate::due_date::TermWarning;
use crate::format::{count_fr, date_fr};
use crate::warnings::Warning;

pub fn warning(w: &Warning) -> String {
    match w {
        Warning::TimeBarred { invoice, since } => {
            format!(
                "Facture {invoice} : le dernier jour pour aller en justice était le {} (prescription). Consultez un avocat.",
                date_fr(*since)
            )
        }
        Warning::PrescriptionEndingSoon { invoice, ends } => format!(
            "Facture {invoice} : le dernier jour pour aller en justice est le {} (prescription). Une mise en demeure ne repousse \
             pas cette date : agissez en justice avant.",
            date_fr(*ends)
        ),
        Warning::InsolvencyDeadline { declare_by, passed: false } => format!(
            "Procédure collective : déclarez votre créance au mandataire judiciaire au plus tard le {}.",
            date_fr(*declare_by)
        ),
        Warning::InsolvencyDeadline { declare_by, passed: true } => {
            format!("Procédure collective : le délai de déclaration a expiré le {}.", date_fr(*declare_by))
        }
        Warning::AfterOpening { invoice, completion, declaration_months, proceedings } => format!(
            "Facture {invoice} : la prestation ({}) est postérieure au jugement d'ouverture. Si elle a été fournie pour les \
             besoins de la procédure{}, elle doit être payée à son échéance, et par priorité sinon ({}) : signalez-la sans \
             tarder {}, faute de quoi elle perd cette priorité. Sinon, elle se déclare dans les {declaration_months} mois de son \
             échéance (C. com. L622-24, R622-24). Ses pénalités courent normalement. Un avocat vous dira dans quel cas vous êtes.",
            date_fr(*completion),
            super::after_opening_needs(*proceedings),
            crate::recourse::priority_article(*proceedings),
            super::after_opening_informed(*proceedings).replacen("de l'", "à l'", 1).replacen("du ", "au ", 1)
        ),
        Warning::TermAboveLegalMaximum { invoice, term } => format!("Facture {invoice} : {}", term_warning(term)),
        Warning::ContractRateBelowFloor { invoice, rate, multiple, floors } => {
            let floors: Vec<String> = floors
                .iter()
                .map(|(floor, half_year)| format!("{} au {half_year}", format_percent(*floor)))
                .collect();
            format!(
                "Facture {invoice} : le taux de vos conditions de vente ({}) est inférieur au minimum légal de {} fois le taux de \
                 l'intérêt légal ({}) (C. com. L441-10 II). La clause n'est pas conforme. Le calcul applique votre taux ; le taux qui \
                 la remplacerait n'est pas tranché par nos sources : demandez conseil avant de réclamer davantage.",
                format_percent(*rate),
                count_fr(*multiple),
                floors.join(", ")
            )
        }
        Warning::UnverifiedRate { half_years, provisional: true } => {
            let names: Vec<String> = half_years.iter().map(|h| h.to_string()).collect();
            format!(
                "Taux provisoire pour le {} : la décision de la BCE ou l'arrêté qui le fixe n'est pas encore connu de \
                 l'application. La dernière valeur connue est reprise, et les pénalités de cette période pourront changer. Dès \
                 que le taux est publié, saisissez-le dans « Les taux utilisés ».",
                names.join(", le ")
            )
        }
        Warning::UnverifiedRate { half_years, provisional: false } => {
            let names: Vec<String> = half_years.iter().map(|h| h.to_string()).collect();
            format!(
                "Taux à confirmer pour le {} : la valeur utilisée vient de sources secondaires, le texte officiel n'a pas \
                 été consulté. Vérifiez-la dans « Les taux utilisés » et corrigez-la si besoin.",
                names.join(", le ")
            )
        }
        Warning::PaymentBeforeInvoice { invoice, date } => format!(
            "Facture {invoice} : le paiement du {} est antérieur à la facture. S'il s'agit d'un acompte, c'est correct ; \
             sinon, vérifiez sa date.",
            date_fr(*date)
        ),
        Warning::ReminderBeforeInvoice { date } => {
            format!("La relance du {} précède la date de vos factures : vérifiez sa date.", date_fr(*date))
        }
        Warning::NoInterestYet => {
            "Aucun intérêt ne court encore contre ce particulier : il faut d'abord une mise en demeure (C. civ. 1231-6).".into()
        }
    }
}

pub fn term_warning(term: &TermWarning) -> String {
    match term {
        TermWarning::BetweenProfessionals { days, max, end_of_month } => format!(
            "Le délai convenu ({days} jours) dépasse le maximum légal entre professionnels : {max} jours après la date de facture, \
             ou {end_of_month} jours fin de mois si le contrat le prévoit (C. com. L441-10 I). Un tel délai expose le débiteur à une \
             amende administrative (L441-16) ; les pénalités sont calculées ici à partir de l'échéance convenue."
        ),
        TermWarning::PublicBuyer { days, max, article } => format!(
            "Le délai ({days} jours) dépasse le délai maximal de paiement de cet acheteur public : {max} jours à compter de la \
             réception de la demande de paiement (Code de la commande publique {article}, R2192-12)."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::halfyear::HalfYear;
    use crate::params::date;
    use rust_decimal::Decimal;

    /// One check per warning: its French.
    #[test]
    fn every_warning_reads_in_french() {
        let h = HalfYear {
            year: 2027,
            second: false,
        };
        let cases: Vec<(Warning, &str)> = vec![
            (Warning::TimeBarred { invoice: "F-1".into(), since: date(2025, 3, 1) }, "Facture F-1 : le dernier jour pour aller en justice était le 1er mars 2025 (prescription). Consultez un avocat."),
            (Warning::PrescriptionEndingSoon { invoice: "F-1".into(), ends: date(2027, 3, 1) }, "le dernier jour pour aller en justice est le 1er mars 2027"),
            (Warning::InsolvencyDeadline { declare_by: date(2026, 4, 20), passed: false }, "au plus tard le 20 avril 2026."),
            (Warning::InsolvencyDeadline { declare_by: date(2026, 4, 20), passed: true }, "le délai de déclaration a expiré le 20 avril 2026."),
            (Warning::AfterOpening { invoice: "F-1".into(), completion: date(2026, 5, 4), declaration_months: 2, proceedings: crate::dossier::ProceedingsKind::RedressementJudiciaire }, "dans les 2 mois de son échéance"),
            (Warning::TermAboveLegalMaximum { invoice: "F-1".into(), term: TermWarning::BetweenProfessionals { days: 90, max: 60, end_of_month: 45 } },
             "Facture F-1 : Le délai convenu (90 jours) dépasse le maximum légal entre professionnels : 60 jours"),
            (Warning::TermAboveLegalMaximum { invoice: "M".into(), term: TermWarning::PublicBuyer { days: 45, max: 30, article: "R2192-10" } },
             "(Code de la commande publique R2192-10, R2192-12)."),
            (Warning::ContractRateBelowFloor { invoice: "F-1".into(), rate: Decimal::from(5), multiple: 3, floors: vec![(Decimal::new(786, 2), h)] },
             "minimum légal de trois fois le taux de l'intérêt légal (7,86\u{a0}% au 1er semestre 2027)"),
            (Warning::UnverifiedRate { half_years: vec![h], provisional: true }, "Taux provisoire pour le 1er semestre 2027 : la décision de la BCE ou l'arrêté qui le fixe n'est pas encore connu"),
            (Warning::UnverifiedRate { half_years: vec![h], provisional: false }, "Taux à confirmer pour le 1er semestre 2027 : la valeur utilisée vient de sources secondaires"),
            (Warning::NoInterestYet, "il faut d'abord une mise en demeure (C. civ. 1231-6)."),
            (Warning::PaymentBeforeInvoice { invoice: "F-1".into(), date: date(2026, 1, 2) }, "le paiement du 2 janvier 2026 est antérieur à la facture"),
            (Warning::ReminderBeforeInvoice { date: date(2026, 1, 2) }, "La relance du 2 janvier 2026 précède la date de vos factures"),
        ];
        for (w, text) in cases {
            assert!(warning(&w).contains(text), "{w:?}: {}", warning(&w));
        }
    }
}

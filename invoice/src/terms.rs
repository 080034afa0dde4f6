//! The penalty rate an invoice's payment terms (BT-20) state, proposed to the visitor as the
//! contract's rate, never taken without their confirmation.

use rust_decimal::Decimal;

use crate::model::ElectronicInvoice;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposedRate {
    /// « trois fois le taux d'intérêt légal » (C. com. L441-10: the floor between professionals).
    ThreeTimesLegal,
    /// A rate in percent a year: « 10 % ».
    Percent(Decimal),
}

impl ElectronicInvoice {
    /// The penalty rate the terms state, if they state one.
    pub fn proposed_rate(&self) -> Option<ProposedRate> {
        proposed_rate(&self.terms)
    }
}

/// Reads the terms as a French invoice writes them.
pub fn proposed_rate(terms: &str) -> Option<ProposedRate> {
    let lower = lower_french(terms);
    let legal = [
        "taux d'intérêt légal",
        "taux de l'intérêt légal",
        "taux légal",
    ];
    let three = ["trois fois", "3 fois", "triple du"];
    if legal.iter().any(|l| lower.contains(l)) && three.iter().any(|t| lower.contains(t)) {
        return Some(ProposedRate::ThreeTimesLegal);
    }
    if !(lower.contains("pénalit") || lower.contains("retard")) {
        return None;
    }
    // The first number followed by « % ».
    let bytes = lower.as_bytes();
    let mut start = None;
    for (i, &b) in bytes.iter().enumerate() {
        let part_of_number = b.is_ascii_digit() || ((b == b',' || b == b'.') && start.is_some());
        match (part_of_number, start) {
            (true, None) => start = Some(i),
            (true, Some(_)) => {}
            (false, Some(s)) => {
                if lower[i..].trim_start().starts_with('%') {
                    let number = lower[s..i].trim_end_matches(['.', ',']).replace(',', ".");
                    return engine::amount::plain_decimal(&number).map(ProposedRate::Percent);
                }
                start = None;
            }
            (false, None) => {}
        }
    }
    None
}

/// Lower case for the letters French terms use, spaces of every width as one kind, the
/// typographic apostrophe as the plain one (`str::to_lowercase` brings Unicode's case tables,
/// some 8 KB of the module).
fn lower_french(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'À' => 'à',
            'Â' => 'â',
            'Ç' => 'ç',
            'É' => 'é',
            'È' => 'è',
            'Ê' => 'ê',
            'Ë' => 'ë',
            'Î' => 'î',
            'Ï' => 'ï',
            'Ô' => 'ô',
            'Ù' => 'ù',
            'Û' => 'û',
            '\u{a0}' | '\u{202f}' => ' ',
            '’' => '\'',
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rate_is_read_as_french_invoices_state_it() {
        let pct = |s: &str| Some(ProposedRate::Percent(s.parse().unwrap()));
        assert_eq!(
            proposed_rate("Pénalités de retard : trois fois le taux d'intérêt légal."),
            Some(ProposedRate::ThreeTimesLegal)
        );
        assert_eq!(
            proposed_rate("En cas de retard, 3 fois le taux de l’intérêt légal"),
            Some(ProposedRate::ThreeTimesLegal)
        );
        assert_eq!(
            proposed_rate("Pénalités de retard au taux de 10 % l'an."),
            pct("10")
        );
        assert_eq!(
            proposed_rate("Pénalités de retard : 12,15\u{a0}%"),
            pct("12.15")
        );
        // A VAT rate or a discount is not a penalty rate; the 40 € is no rate.
        assert_eq!(
            proposed_rate("TVA 20 %. Escompte 2 % pour paiement anticipé."),
            None
        );
        assert_eq!(proposed_rate("Indemnité de retard : 40 €."), None);
        assert_eq!(proposed_rate(""), None);
        assert_eq!(
            proposed_rate("PÉNALITÉS DE RETARD : TROIS FOIS LE TAUX D'INTÉRÊT LÉGAL"),
            Some(ProposedRate::ThreeTimesLegal)
        );
    }
}

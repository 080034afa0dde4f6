//! Who writes and to whom: address blocks, a debtor abroad's country, who signs.

use engine::{Dossier, Party};

use crate::model::LetterOptions;
use crate::wording::or_blank;

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

/// Capitals for the country names we print: ASCII and the accents they hold. `str::to_uppercase`
/// would bring Unicode's case tables into the wasm.
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

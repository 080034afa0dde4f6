//! French typography for every document, and file names.

use crate::model::{Block, Letter};

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

//! Text for the PDF's built-in fonts, which read bytes in WinAnsiEncoding (Windows-1252).
//! Latin-1 maps to itself; the 0x80–0x9F block holds € ’ “ ” – — … œ and friends; anything
//! else degrades visibly to « ? », never to garbage.

/// Unicode characters of the 0x80–0x9F block, by code.
const HIGH: [(char, u8); 27] = [
    ('€', 0x80),
    ('‚', 0x82),
    ('ƒ', 0x83),
    ('„', 0x84),
    ('…', 0x85),
    ('†', 0x86),
    ('‡', 0x87),
    ('ˆ', 0x88),
    ('‰', 0x89),
    ('Š', 0x8A),
    ('‹', 0x8B),
    ('Œ', 0x8C),
    ('Ž', 0x8E),
    ('‘', 0x91),
    ('’', 0x92),
    ('“', 0x93),
    ('”', 0x94),
    ('•', 0x95),
    ('–', 0x96),
    ('—', 0x97),
    ('˜', 0x98),
    ('™', 0x99),
    ('š', 0x9A),
    ('›', 0x9B),
    ('œ', 0x9C),
    ('ž', 0x9E),
    ('Ÿ', 0x9F),
];

/// The byte standing for a character that cannot be drawn.
pub const REPLACEMENT: u8 = b'?';
/// The no-break space.
pub const NBSP: u8 = 0xA0;

pub fn encode_char(c: char) -> u8 {
    match c {
        // Narrow no-break spaces (French typography) become plain no-break spaces.
        '\u{202F}' | '\u{2007}' | '\u{2060}' => NBSP,
        '\t' | '\u{2009}' | '\u{200A}' => b' ',
        // Minus signs and Unicode hyphens have a plain ASCII look-alike.
        '\u{2212}' | '\u{2010}' | '\u{2011}' => b'-',
        ' '..='~' => c as u8,
        '\u{A0}'..='\u{FF}' => c as u32 as u8,
        _ => HIGH
            .iter()
            .find(|(h, _)| *h == c)
            .map_or(REPLACEMENT, |(_, b)| *b),
    }
}

/// Latin Extended-A (U+0100–U+017F) by its base letter: « Łódź » reads « Lodz » rather than
/// « ?ód? » (made from Unicode's decompositions; « ? » for the ligature Ĳ, Œ and œ, which
/// Windows-1252 has anyway).
const LATIN_EXTENDED_A: &str = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo??RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/// What the letter shows of `text`, the same in the preview, the PDF and the DOCX: line
/// breaks become spaces, invisible formatting characters (zero-width, bidi controls, soft
/// hyphen) and emoji are dropped, a few symbols get an ASCII look-alike, letters outside
/// Windows-1252 their base letter, and anything else « ? ».
pub fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '\u{AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FE00}'..='\u{FE0F}' => {}
            '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' => {}
            c if c.is_control() => {}
            '→' => out.push_str("->"),
            '←' => out.push_str("<-"),
            '≤' => out.push_str("<="),
            '≥' => out.push_str(">="),
            '≠' => out.push_str("!="),
            '\u{0100}'..='\u{017F}' => {
                let i = c as usize - 0x100;
                let base = LATIN_EXTENDED_A.as_bytes().get(i).copied().unwrap_or(b'?');
                // Œ œ Š š Ÿ Ž ž are in Windows-1252: kept as they are.
                if encode_char(c) != REPLACEMENT {
                    out.push(c);
                } else {
                    out.push(base as char);
                }
            }
            c if encode_char(c) != REPLACEMENT || c == '?' => out.push(c),
            _ => out.push('?'),
        }
    }
    out
}

pub fn encode(text: &str) -> Vec<u8> {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\t')
        .map(encode_char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_french_text_and_the_high_block() {
        assert_eq!(encode("é"), vec![0xE9]);
        assert_eq!(
            encode("€ — « œ »"),
            vec![0x80, b' ', 0x97, b' ', 0xAB, b' ', 0x9C, b' ', 0xBB]
        );
        assert_eq!(encode("’“”–…"), vec![0x92, 0x93, 0x94, 0x96, 0x85]);
        assert_eq!(encode("a\u{202F}:"), vec![b'a', NBSP, b':']);
        assert_eq!(encode("− 3"), b"- 3".to_vec());
    }

    #[test]
    fn what_is_shown_is_what_the_font_can_draw() {
        assert_eq!(shown("Premier.\nSecond."), "Premier. Second.");
        assert_eq!(
            shown("a\u{200B}b\u{200E}c\u{202E}d\u{FEFF}e\u{AD}f"),
            "abcdef"
        );
        assert_eq!(shown("Merci 👍🏽 ✅"), "Merci  ");
        assert_eq!(
            shown("Łódź, Dvořák → Œuvre ≥ 2"),
            "Lódz, Dvorák -> Œuvre >= 2"
        );
        assert_eq!(shown("مرحبا"), "?????");
        assert_eq!(shown("« déjà » 1 000,00 €"), "« déjà » 1 000,00 €");
        // Whatever is shown, the PDF draws it: no « ? » is added by the encoding.
        for text in ["Łódź → 👍 ≠ x\u{200B}", "Ħ ı ĸ ŉ Ŋ ſ"] {
            assert!(!encode(&shown(text)).contains(&REPLACEMENT), "{text}");
        }
    }

    #[test]
    fn the_rest_degrades_visibly() {
        assert_eq!(encode("😀"), vec![b'?']);
        assert_eq!(encode("مرحبا"), vec![b'?'; 5]);
        assert_eq!(encode("a\u{0}b\nc"), b"abc".to_vec());
    }
}

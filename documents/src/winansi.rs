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
    fn the_rest_degrades_visibly() {
        assert_eq!(encode("😀"), vec![b'?']);
        assert_eq!(encode("مرحبا"), vec![b'?'; 5]);
        assert_eq!(encode("a\u{0}b\nc"), b"abc".to_vec());
    }
}

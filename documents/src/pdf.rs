//! A letter as a PDF file, written by hand: A4, the built-in Helvetica fonts in
//! WinAnsiEncoding (nothing embedded), justified paragraphs wrapped with the fonts' real
//! widths, page breaks, and « Page n / N » at the foot of each page.

use std::fmt::Write as _;

use crate::helvetica::{HELVETICA, HELVETICA_BOLD};
use crate::model::{Block, Letter};
use crate::winansi;

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 70.0;
const MARGIN_TOP: f32 = 64.0;
const MARGIN_BOTTOM: f32 = 72.0;
const SIZE: f32 = 10.5;
const LEADING: f32 = 14.5;
const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
/// The recipient block starts at the middle of the page, where window envelopes show it.
const RECIPIENT_X: f32 = 320.0;
/// Width of the amount column in the breakdown.
const AMOUNT_W: f32 = 90.0;

#[derive(Clone, Copy, PartialEq)]
enum Font {
    Regular,
    Bold,
}

/// Width of WinAnsi bytes in points.
fn width(bytes: &[u8], font: Font, size: f32) -> f32 {
    let table = match font {
        Font::Regular => &HELVETICA,
        Font::Bold => &HELVETICA_BOLD,
    };
    let units: u32 = bytes
        .iter()
        .map(|&b| u32::from(table[usize::from(b.max(32)) - 32]))
        .sum();
    units as f32 * size / 1000.0
}

/// Splits WinAnsi text into lines no wider than `max`. Breaks at plain spaces only (never at
/// a no-break space); a word longer than a line is cut.
fn wrap(bytes: &[u8], font: Font, size: f32, max: f32) -> Vec<Vec<u8>> {
    let mut lines = Vec::new();
    let mut line: Vec<u8> = Vec::new();
    for word in bytes.split(|&b| b == b' ').filter(|w| !w.is_empty()) {
        let candidate_w =
            width(&line, font, size) + width(b" ", font, size) + width(word, font, size);
        if !line.is_empty() && candidate_w > max {
            lines.push(std::mem::take(&mut line));
        }
        if line.is_empty() && width(word, font, size) > max {
            // A word wider than the line (a 100 KB string with no space): cut it.
            let mut piece = Vec::new();
            for &b in word {
                if width(&piece, font, size) + width(&[b], font, size) > max && !piece.is_empty() {
                    lines.push(std::mem::take(&mut piece));
                }
                piece.push(b);
            }
            line = piece;
            continue;
        }
        if !line.is_empty() {
            line.push(b' ');
        }
        line.extend_from_slice(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// One drawing instruction, placed on a page.
struct Text {
    x: f32,
    y: f32,
    font: Font,
    size: f32,
    /// Extra space per word space, for justified lines.
    word_spacing: f32,
    bytes: Vec<u8>,
}

/// A horizontal rule: from x0 to x1 at height y.
type Rule = (f32, f32, f32);

/// Lays the letter out on pages: a list of texts and rules per page.
struct Layout {
    pages: Vec<(Vec<Text>, Vec<Rule>)>,
    y: f32,
}

impl Layout {
    fn new() -> Self {
        Layout {
            pages: vec![(Vec::new(), Vec::new())],
            y: PAGE_H - MARGIN_TOP,
        }
    }

    /// Makes room for `height`, starting a new page when needed.
    fn room(&mut self, height: f32) {
        if self.y - height < MARGIN_BOTTOM {
            self.pages.push((Vec::new(), Vec::new()));
            self.y = PAGE_H - MARGIN_TOP;
        }
    }

    fn text(&mut self, x: f32, font: Font, bytes: Vec<u8>, word_spacing: f32) {
        let y = self.y;
        if let Some(page) = self.pages.last_mut() {
            page.0.push(Text {
                x,
                y,
                font,
                size: SIZE,
                word_spacing,
                bytes,
            });
        }
    }

    fn rule(&mut self, x0: f32, x1: f32) {
        let y = self.y + LEADING - 3.0;
        if let Some(page) = self.pages.last_mut() {
            page.1.push((x0, x1, y));
        }
    }

    /// A paragraph at `x`, `max` wide; justified except its last line.
    fn paragraph(&mut self, text: &str, x: f32, max: f32, font: Font, justify: bool) {
        let lines = wrap(&winansi::encode(text), font, SIZE, max);
        let count = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            self.room(LEADING);
            let spaces = line.iter().filter(|&&b| b == b' ').count();
            let spacing = if justify && i + 1 < count && spaces > 0 {
                (max - width(&line, font, SIZE)) / spaces as f32
            } else {
                0.0
            };
            self.text(x, font, line, spacing);
            self.y -= LEADING;
        }
    }

    fn gap(&mut self, lines: f32) {
        self.y -= LEADING * lines;
    }

    /// A block of the body: a justified paragraph, or the table of amounts.
    fn block(&mut self, block: &Block) {
        match block {
            Block::Paragraph(p) => self.paragraph(p, MARGIN_X, TEXT_W, Font::Regular, true),
            Block::Heading(h) => {
                // A title never ends a page: it keeps the first line of what follows with it,
                // counting the gaps around it and a table row's extra points (VISITORS: the
                // summary's « Les échéances » ended a page).
                self.room(height(h, TEXT_W) + LEADING * 2.0 + 2.0);
                self.gap(0.5);
                self.paragraph(h, MARGIN_X, TEXT_W, Font::Bold, false);
            }
            Block::Amounts(lines) => {
                for line in lines {
                    let font = if line.total {
                        Font::Bold
                    } else {
                        Font::Regular
                    };
                    let label = wrap(
                        &winansi::encode(&line.label),
                        font,
                        SIZE,
                        TEXT_W - AMOUNT_W - 12.0,
                    );
                    self.room(LEADING * label.len() as f32);
                    if line.total {
                        self.rule(MARGIN_X, PAGE_W - MARGIN_X);
                    }
                    let amount = winansi::encode(&line.amount);
                    let amount_x = PAGE_W - MARGIN_X - width(&amount, font, SIZE);
                    self.text(amount_x, font, amount, 0.0);
                    for (i, part) in label.into_iter().enumerate() {
                        if i > 0 {
                            self.y -= LEADING;
                        }
                        self.text(MARGIN_X, font, part, 0.0);
                    }
                    self.y -= LEADING + 2.0;
                }
            }
        }
        self.gap(0.5);
    }
}

/// The height of a paragraph of regular text, `max` wide.
fn height(text: &str, max: f32) -> f32 {
    LEADING * wrap(&winansi::encode(text), Font::Regular, SIZE, max).len() as f32
}

fn layout(letter: &Letter) -> Layout {
    let mut l = Layout::new();
    for line in &letter.sender {
        l.paragraph(line, MARGIN_X, TEXT_W, Font::Regular, false);
    }
    l.gap(1.0);
    for line in &letter.recipient {
        l.paragraph(
            line,
            RECIPIENT_X,
            PAGE_W - MARGIN_X - RECIPIENT_X,
            Font::Regular,
            false,
        );
    }
    l.gap(1.5);
    if !letter.place_date.is_empty() {
        let date = winansi::encode(&letter.place_date);
        let date_x = (PAGE_W - MARGIN_X - width(&date, Font::Regular, SIZE)).max(MARGIN_X);
        l.room(LEADING);
        l.text(date_x, Font::Regular, date, 0.0);
        l.gap(2.0);
    }
    if let Some(mode) = &letter.mode {
        l.paragraph(mode, MARGIN_X, TEXT_W, Font::Bold, false);
        l.gap(0.5);
    }
    l.paragraph(&letter.subject_line(), MARGIN_X, TEXT_W, Font::Bold, false);
    l.gap(1.0);
    if !letter.salutation.is_empty() {
        l.paragraph(&letter.salutation, MARGIN_X, TEXT_W, Font::Regular, false);
        l.gap(0.5);
    }
    // A letter's end is never left alone on a page: its last paragraph, the closing and the
    // signature move to the next page together when they do not fit.
    let (body, last) = match letter.blocks.split_last() {
        Some((Block::Paragraph(p), rest)) => (rest, Some(p)),
        _ => (&letter.blocks[..], None),
    };
    // A title just before that last paragraph goes with it, never alone at a page's foot.
    let (body, title) = match (last, body.split_last()) {
        (Some(_), Some((Block::Heading(h), rest))) => (rest, Some(h)),
        _ => (body, None),
    };
    for block in body {
        l.block(block);
    }
    let signature_w = PAGE_W - MARGIN_X - RECIPIENT_X;
    let mut tail = height(&letter.closing, TEXT_W) + LEADING * 2.0;
    tail += letter
        .signature
        .iter()
        .map(|line| height(line, signature_w))
        .sum::<f32>();
    if let Some(p) = last {
        tail += height(p, TEXT_W) + LEADING * 0.5;
    }
    if let Some(h) = title {
        tail += height(h, TEXT_W) + LEADING;
    }
    // A tail taller than a page (a very long last paragraph) just flows on.
    if tail <= PAGE_H - MARGIN_TOP - MARGIN_BOTTOM {
        l.room(tail);
    }
    if let Some(h) = title {
        l.gap(0.5);
        l.paragraph(h, MARGIN_X, TEXT_W, Font::Bold, false);
        l.gap(0.5);
    }
    if let Some(p) = last {
        l.paragraph(p, MARGIN_X, TEXT_W, Font::Regular, true);
        l.gap(0.5);
    }
    l.paragraph(&letter.closing, MARGIN_X, TEXT_W, Font::Regular, true);
    l.gap(2.0);
    for line in &letter.signature {
        l.paragraph(line, RECIPIENT_X, signature_w, Font::Regular, false);
    }
    if !letter.annex.is_empty() {
        // The annex starts on a page of its own.
        l.room(PAGE_H);
        for block in &letter.annex {
            l.block(block);
        }
    }
    l
}

/// A number with two decimals, « 595.28 », « -0.50 »: written with integers, because
/// formatting floats pulls Rust's float-printing machinery into the app.
fn num(x: f32) -> String {
    let hundredths = (x * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let abs = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// A PDF literal string: parentheses and backslashes escaped, bytes as they are.
fn literal(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 2);
    out.push(b'(');
    for &b in bytes {
        if matches!(b, b'(' | b')' | b'\\') {
            out.push(b'\\');
        }
        out.push(b);
    }
    out.push(b')');
    out
}

fn content(texts: &[Text], rules: &[Rule], page: usize, pages: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for (x0, x1, y) in rules {
        out.extend(
            format!(
                "0.5 w {} {} m {} {} l S\n",
                num(*x0),
                num(*y),
                num(*x1),
                num(*y)
            )
            .bytes(),
        );
    }
    let footer = format!("Page {page} / {pages}");
    let footer_x = (PAGE_W - width(footer.as_bytes(), Font::Regular, 9.0)) / 2.0;
    let footer_text = Text {
        x: footer_x,
        y: 40.0,
        font: Font::Regular,
        size: 9.0,
        word_spacing: 0.0,
        bytes: footer.into_bytes(),
    };
    for t in texts.iter().chain(std::iter::once(&footer_text)) {
        let font = if t.font == Font::Bold { "F2" } else { "F1" };
        out.extend(
            format!(
                "BT /{font} {} Tf {} Tw {} {} Td ",
                num(t.size),
                num(t.word_spacing),
                num(t.x),
                num(t.y)
            )
            .bytes(),
        );
        out.extend(literal(&t.bytes));
        out.extend(b" Tj ET\n");
    }
    out
}

/// A PDF text string for the document information: UTF-16BE with a byte-order mark, in hex.
fn info_string(text: &str) -> String {
    let mut hex = String::from("<FEFF");
    for unit in text.encode_utf16().take(200) {
        let _ = write!(hex, "{unit:04X}");
    }
    hex.push('>');
    hex
}

/// Writes the letter as a PDF file.
pub fn write(letter: &Letter) -> Vec<u8> {
    let layout = layout(letter);
    let page_count = layout.pages.len();
    // Objects: 1 catalog, 2 page tree, 3 and 4 fonts, 5 info, then a page and its content per page.
    let mut objects: Vec<Vec<u8>> = Vec::new();
    let kids: Vec<String> = (0..page_count)
        .map(|i| format!("{} 0 R", 6 + 2 * i))
        .collect();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    objects.push(
        format!(
            "<< /Type /Pages /Kids [{}] /Count {page_count} >>",
            kids.join(" ")
        )
        .into_bytes(),
    );
    objects.push(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    );
    objects.push(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    );
    objects.push(
        format!(
            "<< /Title {} /Producer (facture-impayee) >>",
            info_string(&letter.subject)
        )
        .into_bytes(),
    );
    for (i, (texts, rules)) in layout.pages.iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {} {}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {} 0 R >>",
                num(PAGE_W),
                num(PAGE_H),
                7 + 2 * i
            )
            .into_bytes(),
        );
        let stream = content(texts, rules, i + 1, page_count);
        let mut obj = format!("<< /Length {} >>\nstream\n", stream.len()).into_bytes();
        obj.extend(stream);
        obj.extend(b"\nendstream");
        objects.push(obj);
    }

    let mut pdf: Vec<u8> = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n", i + 1).bytes());
        pdf.extend(body);
        pdf.extend(b"\nendobj\n");
    }
    let xref = pdf.len();
    let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for offset in offsets {
        // Each cross-reference entry is exactly 20 bytes, ending in space and newline.
        let _ = writeln!(table, "{offset:010} 00000 n ");
    }
    let _ = write!(
        table,
        "trailer\n<< /Size {} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    );
    pdf.extend(table.bytes());
    pdf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_never_ends_a_page_whatever_room_is_left() {
        // From just enough room for the title alone to room for title and line, in small steps.
        for tenth in 0..30 {
            let mut l = Layout::new();
            l.y = MARGIN_BOTTOM + LEADING * (1.0 + tenth as f32 / 10.0);
            l.block(&Block::Heading("Les échéances".into()));
            let heading_page = l.pages.len();
            l.block(&Block::Paragraph(
                "15 janvier 2027 : dernier jour pour déclarer.".into(),
            ));
            assert_eq!(
                l.pages.len(),
                heading_page,
                "title alone at {tenth}/10 of a line"
            );
        }
    }

    #[test]
    fn measures_with_the_real_widths() {
        // "Hello" in Helvetica: H 722, e 556, l 222, l 222, o 556 = 2278 units.
        assert!((width(b"Hello", Font::Regular, 10.0) - 22.78).abs() < 0.001);
        assert!(width(b"Hello", Font::Bold, 10.0) > width(b"Hello", Font::Regular, 10.0));
    }

    #[test]
    fn wraps_at_spaces_and_never_at_a_no_break_space() {
        let text = winansi::encode(
            "Objet\u{A0}: un texte assez long pour tenir sur plusieurs lignes de la page",
        );
        let lines = wrap(&text, Font::Regular, SIZE, 120.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| width(l, Font::Regular, SIZE) <= 120.0));
        assert!(!lines.iter().any(|l| l.first() == Some(&b':')));
        let long = wrap(&vec![b'x'; 10_000], Font::Regular, SIZE, 100.0);
        assert!(long.len() > 10 && long.iter().all(|l| width(l, Font::Regular, SIZE) <= 100.0));
    }

    #[test]
    fn numbers_have_two_decimals_without_float_formatting() {
        assert_eq!(num(595.28), "595.28");
        assert_eq!(num(0.0), "0.00");
        assert_eq!(num(-0.5), "-0.50");
        assert_eq!(num(10.5), "10.50");
    }

    #[test]
    fn escapes_what_would_end_a_string() {
        assert_eq!(literal(b"a(b)c\\"), b"(a\\(b\\)c\\\\)".to_vec());
    }
}

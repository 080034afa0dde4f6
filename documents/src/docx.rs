//! A letter as a DOCX file (OOXML in a zip), written by hand: it opens in Word and LibreOffice,
//! and the visitor can edit every word. docs/DOCUMENTS.md compares it with docx-rs.

use crate::model::{Block, Letter};
use crate::zip;

/// Text made safe for XML: markup characters escaped, characters XML forbids dropped.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[derive(Clone, Copy, Default)]
struct Style {
    bold: bool,
    /// "left", "right", "both" (justified).
    align: &'static str,
    /// Left indent in twentieths of a point.
    indent: u32,
    space_after: u32,
    /// Kept on the same page as the next paragraph: the end of the letter travels together.
    keep_next: bool,
}

fn paragraph(text: &str, style: Style) -> String {
    // In the order the schema gives: keepNext, spacing, ind, jc.
    let mut p = String::from("<w:p><w:pPr>");
    if style.keep_next {
        p.push_str("<w:keepNext/>");
    }
    p.push_str(&format!("<w:spacing w:after=\"{}\"/>", style.space_after));
    if style.indent > 0 {
        p.push_str(&format!("<w:ind w:left=\"{}\"/>", style.indent));
    }
    if !style.align.is_empty() {
        p.push_str(&format!("<w:jc w:val=\"{}\"/>", style.align));
    }
    p.push_str("</w:pPr><w:r>");
    if style.bold {
        p.push_str("<w:rPr><w:b/></w:rPr>");
    }
    p.push_str(&format!(
        "<w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
        xml(text)
    ));
    p
}

fn cell(text: &str, width: u32, bold: bool, right: bool) -> String {
    let jc = if right { "<w:jc w:val=\"right\"/>" } else { "" };
    let b = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:spacing w:after=\"0\"/>{jc}</w:pPr><w:r>{b}<w:t xml:space=\"preserve\">{}</w:t></w:r></w:p></w:tc>",
        xml(text)
    )
}

/// A paragraph, a title or a table of amounts, in the body or the annex.
fn push_block(b: &mut String, block: &Block, body: Style, heading: Style, line: Style) {
    match block {
        Block::Paragraph(p) => b.push_str(&paragraph(p, body)),
        Block::Heading(h) => b.push_str(&paragraph(h, heading)),
        Block::Amounts(lines) => {
            b.push_str("<w:tbl><w:tblPr><w:tblW w:w=\"9000\" w:type=\"dxa\"/><w:tblBorders><w:insideH w:val=\"single\" w:sz=\"2\" w:color=\"BBBBBB\"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"7200\"/><w:gridCol w:w=\"1800\"/></w:tblGrid>");
            for l in lines {
                b.push_str(&format!(
                    // A row is never cut in two at a page break.
                    "<w:tr><w:trPr><w:cantSplit/></w:trPr>{}{}</w:tr>",
                    cell(&l.label, 7200, l.total, false),
                    cell(&l.amount, 1800, l.total, true)
                ));
            }
            b.push_str("</w:tbl>");
            b.push_str(&paragraph("", line));
        }
    }
}

fn document(letter: &Letter) -> String {
    let line = Style {
        space_after: 0,
        ..Style::default()
    };
    let recipient = Style {
        indent: 4800,
        ..line
    };
    let body = Style {
        align: "both",
        space_after: 160,
        ..Style::default()
    };
    let mut b = String::new();
    for l in &letter.sender {
        b.push_str(&paragraph(l, line));
    }
    b.push_str(&paragraph("", line));
    for l in &letter.recipient {
        b.push_str(&paragraph(l, recipient));
    }
    b.push_str(&paragraph("", line));
    if !letter.place_date.is_empty() {
        b.push_str(&paragraph(
            &letter.place_date,
            Style {
                align: "right",
                space_after: 240,
                ..Style::default()
            },
        ));
    }
    if let Some(mode) = &letter.mode {
        b.push_str(&paragraph(
            mode,
            Style {
                bold: true,
                space_after: 120,
                ..Style::default()
            },
        ));
    }
    b.push_str(&paragraph(
        &letter.subject_line(),
        Style {
            bold: true,
            space_after: 240,
            ..Style::default()
        },
    ));
    if !letter.salutation.is_empty() {
        b.push_str(&paragraph(&letter.salutation, body));
    }
    // The last paragraph, the closing and the signature stay together, so the signature's
    // name never starts a page alone (as in the PDF).
    let keep = |s: Style| Style {
        keep_next: true,
        ..s
    };
    let heading = Style {
        bold: true,
        space_after: 120,
        keep_next: true,
        ..Style::default()
    };
    let last = letter.blocks.len().saturating_sub(1);
    for (i, block) in letter.blocks.iter().enumerate() {
        match block {
            Block::Paragraph(p) if i == last => b.push_str(&paragraph(p, keep(body))),
            _ => push_block(&mut b, block, body, heading, line),
        }
    }
    b.push_str(&paragraph(&letter.closing, keep(body)));
    b.push_str(&paragraph("", keep(line)));
    let signed = letter.signature.len().saturating_sub(1);
    for (i, l) in letter.signature.iter().enumerate() {
        let style = if i < signed {
            keep(recipient)
        } else {
            recipient
        };
        b.push_str(&paragraph(l, style));
    }
    for (i, block) in letter.annex.iter().enumerate() {
        if i == 0 {
            // The annex starts on a page of its own.
            b.push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        }
        push_block(&mut b, block, body, heading, line);
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>{b}\
         <w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId2\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1300\" w:right=\"1400\" w:bottom=\"1300\" w:left=\"1400\" w:header=\"700\" w:footer=\"700\" w:gutter=\"0\"/></w:sectPr>\
         </w:body></w:document>"
    )
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>\
</Types>";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>\
</Relationships>";

/// « Page 1 / 2 » at the foot of every page, centred, as in the PDF: fields the word processor
/// fills in, so they stay true after the visitor edits the letter.
const FOOTER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"16\"/></w:rPr><w:t xml:space=\"preserve\">Page </w:t></w:r>\
<w:fldSimple w:instr=\" PAGE \"><w:r><w:rPr><w:sz w:val=\"16\"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>\
<w:r><w:rPr><w:sz w:val=\"16\"/></w:rPr><w:t xml:space=\"preserve\"> / </w:t></w:r>\
<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:rPr><w:sz w:val=\"16\"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p>\
</w:ftr>";

/// Default font and size for the whole letter (Arial 10.5 pt, French).
const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/><w:sz w:val=\"21\"/><w:lang w:val=\"fr-FR\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>\
</w:styles>";

/// Writes the letter as a DOCX file.
pub fn write(letter: &Letter) -> Vec<u8> {
    zip::stored(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes().to_vec()),
        ("_rels/.rels", ROOT_RELS.as_bytes().to_vec()),
        (
            "word/_rels/document.xml.rels",
            DOCUMENT_RELS.as_bytes().to_vec(),
        ),
        ("word/styles.xml", STYLES.as_bytes().to_vec()),
        ("word/footer1.xml", FOOTER.as_bytes().to_vec()),
        ("word/document.xml", document(letter).into_bytes()),
    ])
}

#[cfg(test)]
mod tests {
    use super::xml;

    #[test]
    fn hostile_text_becomes_inert_xml() {
        assert_eq!(xml("<script>&\"'"), "&lt;script&gt;&amp;&quot;&apos;");
        assert_eq!(xml("a\u{0}\u{1}b\u{FFFF}"), "ab");
        assert_eq!(xml("😀 مرحبا"), "😀 مرحبا");
    }
}

//! The Factur-X container: a PDF/A-3 carrying the invoice's CII as an embedded file,
//! « factur-x.xml ». Read by scanning the file's objects, not by trusting its cross-reference
//! table, which a damaged or hostile file may break: every « N G obj » in the order written (a
//! later definition replaces an earlier one, as an incremental update does), the objects packed
//! in object streams unpacked; then the file specification of that name and its embedded
//! stream, inflated with a bound.

use std::collections::HashMap;

use crate::error::ReadError;
use crate::MAX_BYTES;

/// The names the embedded invoice goes by: Factur-X, and ZUGFeRD and XRechnung, its German kin.
const NAMES: [&str; 4] = [
    "factur-x.xml",
    "zugferd-invoice.xml",
    "ZUGFeRD-invoice.xml",
    "xrechnung.xml",
];
/// More objects than a one-page invoice with its fonts and images has, by far.
const MAX_OBJECTS: usize = 200_000;

/// An object: its text up to its stream, and the stream's raw bytes.
struct Object<'a> {
    text: Vec<u8>,
    stream: Option<&'a [u8]>,
}

/// The embedded invoice's XML.
pub fn embedded_invoice(pdf: &[u8]) -> Result<Vec<u8>, ReadError> {
    let objects = objects(pdf)?;
    if encrypted(pdf, &objects) {
        return Err(ReadError::Encrypted);
    }
    let stream = objects
        .values()
        .find_map(|o| invoice_stream(&o.text))
        .ok_or(ReadError::NoInvoiceInPdf)?;
    let object = objects.get(&stream).ok_or(ReadError::PdfDamaged)?;
    let data = object.stream.ok_or(ReadError::PdfDamaged)?;
    decode(&object.text, data)
}

/// Every object of the file, by number.
fn objects(pdf: &[u8]) -> Result<HashMap<u32, Object<'_>>, ReadError> {
    let mut found = HashMap::new();
    let mut packed = Vec::new();
    let mut at = 0;
    while let Some(k) = find(&pdf[at..], b"obj") {
        let start = at + k;
        at = start + 3;
        let Some(number) = header(pdf, start) else {
            continue;
        };
        let Some((object, end)) = body(pdf, at) else {
            continue;
        };
        if found.len() >= MAX_OBJECTS {
            return Err(ReadError::TooComplex);
        }
        if object.stream.is_some() && has(&object.text, b"/ObjStm") {
            packed.push(number);
        }
        found.insert(number, object);
        at = end;
    }
    for number in packed {
        let Some(o) = found.get(&number) else {
            continue;
        };
        let (text, data) = (o.text.clone(), o.stream.unwrap_or_default());
        for (n, inner) in unpack(&text, data)? {
            if found.len() >= MAX_OBJECTS {
                return Err(ReadError::TooComplex);
            }
            found.entry(n).or_insert(Object {
                text: inner,
                stream: None,
            });
        }
    }
    Ok(found)
}

/// « 12 0 » just before « obj » at `at`, after a delimiter: the object's number.
fn header(pdf: &[u8], at: usize) -> Option<u32> {
    let before = &pdf[at.saturating_sub(24)..at];
    let text = std::str::from_utf8(before.rsplit(|b| *b == b'\n' || *b == b'\r').next()?).ok()?;
    let mut words = text.split_ascii_whitespace().rev();
    let generation = words.next()?;
    let number = words.next()?;
    (generation.bytes().all(|b| b.is_ascii_digit()) && !generation.is_empty())
        .then(|| number.parse().ok())
        .flatten()
}

/// From just after « obj »: the object's text, its stream if any, and where it ends.
fn body(pdf: &[u8], from: usize) -> Option<(Object<'_>, usize)> {
    let end_text = skip_value(pdf, skip_space(pdf, from))?;
    let text = pdf[from..end_text].to_vec();
    let after = skip_space(pdf, end_text);
    if !pdf[after..].starts_with(b"stream") {
        return Some((Object { text, stream: None }, after));
    }
    let mut data = after + 6;
    if pdf[data..].starts_with(b"\r\n") {
        data += 2;
    } else if pdf[data..].starts_with(b"\n") || pdf[data..].starts_with(b"\r") {
        data += 1;
    }
    // /Length when written directly and true; else up to « endstream ».
    let stated = integer(&text, b"/Length").and_then(|n| data.checked_add(n));
    let end = match stated {
        Some(e) if e <= pdf.len() && skip_space_at(pdf, e).starts_with(b"endstream") => e,
        _ => data + find(&pdf[data..], b"endstream")?,
    };
    let stream = Some(&pdf[data..end]);
    Some((Object { text, stream }, end))
}

/// The end of the value starting at `at`: a dictionary, an array, a string or a word.
fn skip_value(pdf: &[u8], at: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = at;
    loop {
        let b = *pdf.get(i)?;
        match b {
            b'(' => i = skip_string(pdf, i)?,
            b'%' => i += pdf[i..].iter().position(|c| *c == b'\n' || *c == b'\r')?,
            b'<' if pdf.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 2;
            }
            b'<' => i += pdf[i..].iter().position(|c| *c == b'>')? + 1,
            b'>' if pdf.get(i + 1) == Some(&b'>') => {
                depth = depth.checked_sub(1)?;
                i += 2;
                if depth == 0 {
                    return Some(i);
                }
            }
            b'[' => {
                depth += 1;
                i += 1;
            }
            b']' => {
                depth = depth.checked_sub(1)?;
                i += 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ if depth == 0
                && (pdf[i..].starts_with(b"endobj") || pdf[i..].starts_with(b"stream")) =>
            {
                return Some(i);
            }
            _ => i += 1,
        }
        if depth > 64 {
            return None;
        }
    }
}

/// Past a literal string « ( … ) », its nested parentheses and escapes.
fn skip_string(pdf: &[u8], at: usize) -> Option<usize> {
    let (mut depth, mut i) = (0usize, at);
    loop {
        match *pdf.get(i)? {
            b'\\' => i += 2,
            b'(' => {
                depth += 1;
                i += 1;
            }
            b')' => {
                depth -= 1;
                i += 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
}

fn skip_space(pdf: &[u8], mut at: usize) -> usize {
    while pdf
        .get(at)
        .is_some_and(|b| b.is_ascii_whitespace() || *b == 0)
    {
        at += 1;
    }
    at
}

fn skip_space_at(pdf: &[u8], at: usize) -> &[u8] {
    &pdf[skip_space(pdf, at)..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn has(hay: &[u8], needle: &[u8]) -> bool {
    find(hay, needle).is_some()
}

/// The whole number at `at` (after spaces), and where it ends.
fn number_at(text: &[u8], at: usize) -> Option<(usize, usize)> {
    let start = skip_space(text, at);
    let len = text[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let n = std::str::from_utf8(&text[start..start + len])
        .ok()?
        .parse()
        .ok()?;
    Some((n, start + len))
}

/// « 12 0 R » at `at`: the object it refers to.
fn reference_at(text: &[u8], at: usize) -> Option<u32> {
    let (number, end) = number_at(text, at)?;
    let (_, end) = number_at(text, end)?;
    (text.get(skip_space(text, end)) == Some(&b'R')).then(|| u32::try_from(number).ok())?
}

/// The direct whole number after `key` (« /Length 1234 »), not a reference (« 5 0 R »).
fn integer(text: &[u8], key: &[u8]) -> Option<usize> {
    let at = find(text, key)? + key.len();
    let (n, _) = number_at(text, at)?;
    reference_at(text, at).is_none().then_some(n)
}

/// The objects an object stream packs: « n offset » pairs, then their texts from /First.
fn unpack(text: &[u8], data: &[u8]) -> Result<Vec<(u32, Vec<u8>)>, ReadError> {
    let data = decode(text, data)?;
    let (Some(count), Some(first)) = (integer(text, b"/N"), integer(text, b"/First")) else {
        return Ok(Vec::new());
    };
    let head = std::str::from_utf8(data.get(..first).unwrap_or_default()).unwrap_or_default();
    let numbers: Vec<usize> = head
        .split_ascii_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    let pairs: Vec<(usize, usize)> = numbers
        .chunks_exact(2)
        .take(count)
        .map(|p| (p[0], p[1]))
        .collect();
    let mut out = Vec::new();
    for (k, &(number, offset)) in pairs.iter().enumerate() {
        let start = first.saturating_add(offset);
        let end = pairs
            .get(k + 1)
            .map_or(data.len(), |p| first.saturating_add(p.1));
        if let (Ok(n), Some(bytes)) = (u32::try_from(number), data.get(start..end.max(start))) {
            out.push((n, bytes.to_vec()));
        }
    }
    Ok(out)
}

/// A stream's data: as written, or Flate-inflated within `MAX_BYTES`. Other filters and
/// predictors are refused: the invoice's XML is written with Flate alone.
fn decode(text: &[u8], data: &[u8]) -> Result<Vec<u8>, ReadError> {
    let Some(at) = find(text, b"/Filter") else {
        return Ok(data.to_vec());
    };
    let mut filter = skip_space(text, at + 7);
    let listed = text.get(filter) == Some(&b'[');
    if listed {
        filter = skip_space(text, filter + 1);
    }
    let flate = text[filter..].starts_with(b"/FlateDecode");
    let alone = !listed || text.get(skip_space(text, filter + 12)) == Some(&b']');
    if !flate || !alone || has(text, b"/Predictor") {
        return Err(ReadError::PdfDamaged);
    }
    use miniz_oxide::inflate::{self, TINFLStatus};
    let refused = |e: inflate::DecompressError| match e.status {
        TINFLStatus::HasMoreOutput => ReadError::TooLarge,
        _ => ReadError::PdfDamaged,
    };
    // Flate is zlib; a few writers leave out its two-byte header, so raw deflate is tried then,
    // but never after a stream was found too large.
    match inflate::decompress_to_vec_zlib_with_limit(data, MAX_BYTES) {
        Ok(out) => Ok(out),
        Err(e) if e.status == TINFLStatus::HasMoreOutput => Err(ReadError::TooLarge),
        Err(_) => inflate::decompress_to_vec_with_limit(data, MAX_BYTES).map_err(refused),
    }
}

/// A file specification named as the invoice, with its embedded file: that stream's number
/// (« /EF << /F 12 0 R >> », or « /UF »).
fn invoice_stream(text: &[u8]) -> Option<u32> {
    if !NAMES.iter().any(|n| named(text, n)) {
        return None;
    }
    let ef = find(text, b"/EF")? + 3;
    let inner = skip_space(text, ef);
    let inner = if text[inner..].starts_with(b"<<") {
        inner + 2
    } else {
        inner
    };
    let key = skip_space(text, inner);
    let value = if text[key..].starts_with(b"/UF") {
        key + 3
    } else if text[key..].starts_with(b"/F") {
        key + 2
    } else {
        return None;
    };
    reference_at(text, value)
}

/// The object holds a string of that name: literal (escapes and octal codes read, as pypdf
/// writes « (factur\055x\056xml) »), or hex; in PDFDocEncoding or UTF-16 with its mark.
fn named(text: &[u8], name: &str) -> bool {
    strings(text).iter().any(|s| text_of(s) == name)
}

/// Every string of an object's text, decoded.
fn strings(text: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'(' => {
                let end = skip_string(text, i).unwrap_or(text.len());
                out.push(literal(&text[i + 1..end.saturating_sub(1).max(i + 1)]));
                i = end;
            }
            b'<' if text.get(i + 1) == Some(&b'<') => i += 2,
            b'<' => {
                let end = text[i..]
                    .iter()
                    .position(|b| *b == b'>')
                    .map_or(text.len(), |p| i + p);
                let digits: Vec<u8> = text[i + 1..end]
                    .iter()
                    .copied()
                    .filter(u8::is_ascii_hexdigit)
                    .collect();
                let value = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
                out.push(
                    digits
                        .chunks(2)
                        .map(|p| value(p[0]) << 4 | p.get(1).map_or(0, |c| value(*c)))
                        .collect(),
                );
                i = end + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// A literal string's bytes: « \n », « \( », « \ddd » and a backslash before a line end read.
fn literal(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] != b'\\' {
            out.push(raw[i]);
            i += 1;
            continue;
        }
        let Some(&next) = raw.get(i + 1) else { break };
        let digits = raw[i + 1..]
            .iter()
            .take(3)
            .take_while(|b| (b'0'..=b'7').contains(b))
            .count();
        if digits > 0 {
            let code = raw[i + 1..i + 1 + digits]
                .iter()
                .fold(0u32, |n, d| n * 8 + u32::from(d - b'0'));
            out.push(code as u8);
            i += 1 + digits;
            continue;
        }
        match next {
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'\r' | b'\n' => {}
            other => out.push(other),
        }
        i += 2;
    }
    out
}

/// A string's text: UTF-16 when it starts with its byte-order mark, else one byte a letter.
fn text_of(bytes: &[u8]) -> String {
    match bytes.strip_prefix(&[0xfe, 0xff]) {
        Some(utf16) => {
            let units: Vec<u16> = utf16
                .chunks_exact(2)
                .map(|p| u16::from_be_bytes([p[0], p[1]]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        None => bytes.iter().map(|b| char::from(*b)).collect(),
    }
}

/// The file is encrypted: its trailer, or its cross-reference stream, names /Encrypt.
fn encrypted(pdf: &[u8], objects: &HashMap<u32, Object>) -> bool {
    let in_trailer = find(pdf, b"trailer").is_some_and(|at| has(&pdf[at..], b"/Encrypt"));
    in_trailer
        || objects
            .values()
            .any(|o| has(&o.text, b"/XRef") && has(&o.text, b"/Encrypt"))
}

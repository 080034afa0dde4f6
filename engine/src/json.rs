//! A small JSON reader and writer for the dossier kept in the browser, its export file and
//! their header: serde's derived readers of those structs were the heaviest part of the first
//! WebAssembly module (docs/PERFORMANCE.md). What it writes is what serde's derive wrote
//! before it (fields in their declared order, no spaces, the same escapes), so dossiers stored
//! by any version read in this one (tests/past_versions.rs).
//!
//! Reading is strict where serde's derive was: a field of the wrong type, a negative or
//! fractional count, or text after the value makes the whole text unreadable (`None`). A field
//! that is missing takes its default, and an unknown field is skipped.

use std::fmt::Write;

/// A JSON value. Numbers keep their text: the dossier holds only whole counts, read exactly.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Nesting deeper than this is no dossier (a real one is five levels deep): refused, so a
/// hostile file cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

impl Json {
    /// The value of `key` in an object (the first, when a key repeats).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Reads a whole text as one JSON value; `None` when it is not JSON.
pub fn parse(text: &str) -> Option<Json> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.blank();
    (reader.at == reader.bytes.len()).then_some(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        self.blank();
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn word(&mut self, word: &[u8], value: Json) -> Option<Json> {
        self.bytes[self.at..].starts_with(word).then(|| {
            self.at += word.len();
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.blank();
        match self.peek()? {
            b'n' => self.word(b"null", Json::Null),
            b't' => self.word(b"true", Json::Bool(true)),
            b'f' => self.word(b"false", Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if self.eat(b']').is_none() {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']').is_some() {
                            break;
                        }
                        self.eat(b',')?;
                    }
                }
                Some(Json::Array(items))
            }
            b'{' => {
                self.at += 1;
                let mut fields = Vec::new();
                if self.eat(b'}').is_none() {
                    loop {
                        self.blank();
                        let key = self.string()?;
                        self.eat(b':')?;
                        fields.push((key, self.value(depth + 1)?));
                        if self.eat(b'}').is_some() {
                            break;
                        }
                        self.eat(b',')?;
                    }
                }
                Some(Json::Object(fields))
            }
            _ => self.number(),
        }
    }

    /// A number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    fn number(&mut self) -> Option<Json> {
        let start = self.at;
        let digits = |r: &mut Self| {
            let from = r.at;
            while matches!(r.peek(), Some(b'0'..=b'9')) {
                r.at += 1;
            }
            (r.at > from).then_some(())
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else {
            digits(self)?;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            digits(self)?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            digits(self)?;
        }
        let text = std::str::from_utf8(&self.bytes[start..self.at]).ok()?;
        Some(Json::Number(text.to_string()))
    }

    /// A string after its opening quote is seen; escapes decoded, lone surrogates refused.
    fn string(&mut self) -> Option<String> {
        (self.peek()? == b'"').then_some(())?;
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while !matches!(self.peek()?, b'"' | b'\\' | 0..=0x1f) {
                self.at += 1;
            }
            // The text is a &str and the run stops on an ASCII byte: the run is UTF-8.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).ok()?);
            let byte = self.peek()?;
            self.at += 1;
            match byte {
                b'"' => return Some(out),
                b'\\' => {
                    let escape = self.peek()?;
                    self.at += 1;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode()?,
                        _ => return None,
                    });
                }
                // A raw control character: not JSON.
                _ => return None,
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let text = self.bytes.get(self.at..self.at + 4)?;
        self.at += 4;
        let text = std::str::from_utf8(text).ok()?;
        if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(text, 16).ok()
    }

    fn unicode(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) {
            // A high surrogate must be followed by its low half.
            if !self.bytes[self.at..].starts_with(b"\\u") {
                return None;
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return None;
            }
            char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        } else {
            char::from_u32(first)
        }
    }
}

/// Writes `text` as a JSON string, escaped as serde_json escapes it.
pub fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

pub use crate::json_fields::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" {"a": [1, -2.5e3, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00", "c": {}} "#)
            .unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Json::Array(vec![
                Json::Number("1".into()),
                Json::Number("-2.5e3".into()),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null
            ]))
        );
        assert_eq!(v.get("b"), Some(&Json::String("x\"\\/\né😀".into())));
        assert_eq!(v.get("c"), Some(&Json::Object(vec![])));
        assert_eq!(v.get("d"), None);
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "01",
            "1.",
            "-",
            "1e",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "\"\u{1}\"",
            "\"open",
            "tru",
            "nulls",
            "{} {}",
            "{'a':1}",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert_eq!(parse(&deep), None);
        let fine = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&fine).is_some());
    }

    #[test]
    fn counts_are_whole_and_in_range() {
        let n = |t: &str| u32::from_json(&parse(t).unwrap());
        assert_eq!(n("0"), Some(0));
        assert_eq!(n("4294967295"), Some(u32::MAX));
        assert_eq!(n("4294967296"), None);
        assert_eq!(n("-1"), None);
        assert_eq!(n("1.0"), None);
        assert_eq!(n("1e3"), None);
        assert_eq!(n("\"1\""), None);
        assert_eq!(n("-0"), Some(0));
        assert_eq!(n("99999999999999999999"), None);
        assert_eq!(i32::from_json(&parse("-2026").unwrap()), Some(-2026));
    }

    #[test]
    fn writes_strings_as_serde_json_does() {
        for text in [
            "",
            "plain",
            "« é € — »",
            "a\"b\\c/d",
            "\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}",
            "😀\u{2028}",
        ] {
            let mut ours = String::new();
            write_string(&mut ours, text);
            assert_eq!(ours, serde_json::to_string(text).unwrap());
            assert_eq!(String::from_json(&parse(&ours).unwrap()).unwrap(), text);
        }
    }

    crate::json_struct! {
        #[derive(Debug, Default, PartialEq, serde::Serialize)]
        struct Sample {
            name: String,
            count: u32,
            on: bool,
            notes: Vec<Option<String>>,
            id: u32 [required],
        }
    }

    crate::json_struct! {
        required;
        #[derive(Debug, PartialEq)]
        struct Pair {
            left: u32,
            right: bool,
        }
    }

    #[test]
    fn structs_read_with_defaults_and_write_like_serde() {
        let s = Sample {
            name: "F-1".into(),
            count: 3,
            on: true,
            notes: vec![None, Some("x".into())],
            id: 7,
        };
        assert_eq!(s.to_json(), serde_json::to_string(&s).unwrap());
        assert_eq!(Sample::from_json(&parse(&s.to_json()).unwrap()), Some(s));
        // Missing fields take their default, unknown ones are skipped.
        assert_eq!(
            Sample::from_json(&parse(r#"{"count":2,"other":[1],"id":1}"#).unwrap()),
            Some(Sample {
                count: 2,
                id: 1,
                ..Sample::default()
            })
        );
        // Except a required one.
        assert_eq!(Sample::from_json(&parse(r#"{"count":2}"#).unwrap()), None);
        // A field of another form is no sample.
        assert_eq!(
            Sample::from_json(&parse(r#"{"count":"2","id":1}"#).unwrap()),
            None
        );
        assert_eq!(
            Sample::from_json(&parse(r#"{"name":null,"id":1}"#).unwrap()),
            None
        );
        assert_eq!(Sample::from_json(&parse("[]").unwrap()), None);
    }

    #[test]
    fn a_struct_of_required_fields_needs_each() {
        let pair = Pair {
            left: 4,
            right: true,
        };
        assert_eq!(pair.to_json(), r#"{"left":4,"right":true}"#);
        assert_eq!(
            Pair::from_json(&parse(&pair.to_json()).unwrap()),
            Some(pair)
        );
        assert_eq!(Pair::from_json(&parse(r#"{"left":4}"#).unwrap()), None);
        assert_eq!(
            Pair::from_json(&parse(r#"{"left":4,"right":1}"#).unwrap()),
            None
        );
    }
}

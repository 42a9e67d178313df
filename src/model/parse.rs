//! JSON text to a [`Value`], with what `serde_json::from_str` hides:
//!
//! - **duplicate keys** in one object (serde_json keeps the last silently;
//!   other JSON readers keep the first), reported with their path;
//! - **`NaN`, `Infinity`, `-Infinity`** (written by Python's `json` and some
//!   spreadsheets): not JSON, but recognised so that each one is reported at
//!   its path, together with every other problem of the document;
//! - **syntax errors** located by line and *character* column (serde_json
//!   counts bytes, which is wrong for Vietnamese text) and classified so that
//!   their messages can be translated.
//!
//! serde_json's recursion limit (128 levels) still applies: deep nesting is
//! an error, never a stack overflow.

use super::issue::Syntax;
use super::limits;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::cell::RefCell;
use std::fmt;

/// `parent.key`, or `parent["odd key"]` for keys that are not identifiers.
pub fn join(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '$');
    match (parent.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => format!("{parent}.{key}"),
        (_, false) => format!(
            "{parent}[{}]",
            serde_json::to_string(key).unwrap_or_default()
        ),
    }
}

/// `parent[i]`.
pub fn index(parent: &str, i: usize) -> String {
    format!("{parent}[{i}]")
}

/// A parsed document and what the parser noticed on the way.
#[derive(Debug, Default)]
pub struct Parsed {
    /// The document.
    pub value: Value,
    /// Repeated keys: (path of the key, the key), in document order.
    pub duplicates: Vec<(String, String)>,
    /// `NaN`/`Infinity` values, replaced by `null` in `value`: (path, token).
    pub non_finite: Vec<(String, &'static str)>,
    /// How many duplicates and non-finite values were not recorded
    /// (beyond [`limits::MAX_ISSUES`]).
    pub unrecorded: usize,
}

/// Why the text is not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// What is wrong.
    pub kind: Syntax,
    /// Nesting beyond the recursion limit (then `kind` is not meaningful).
    pub too_deep: bool,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// Parses `text` (already without a byte order mark).
pub fn parse(text: &str) -> Result<Parsed, SyntaxError> {
    let err = match parse_with(text, false) {
        Ok(p) => return Ok(p),
        Err(e) => e,
    };
    // NaN and Infinity are not JSON; read them as markers so that each is
    // reported where it is, then parse the original again for anything else.
    if let Some(marked) = mark_non_finite(text) {
        if let Ok(p) = parse_with(&marked, true) {
            return Ok(p);
        }
    }
    Err(describe(text, &err))
}

/// Markers written in place of the bare tokens: a string no real label can
/// hold (it starts with U+0000, which labels refuse anyway).
const NON_FINITE: [(&str, &str); 4] = [
    ("-Infinity", "\"\\u0000-Infinity\""),
    ("+Infinity", "\"\\u0000+Infinity\""),
    ("Infinity", "\"\\u0000Infinity\""),
    ("NaN", "\"\\u0000NaN\""),
];

/// The text with bare `NaN`/`Infinity` tokens (outside strings) replaced by
/// markers, or `None` when there is none.
fn mark_non_finite(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out: Option<String> = None;
    let (mut i, mut last, mut in_string) = (0, 0, false);
    while i < b.len() {
        let c = b[i];
        if in_string {
            match c {
                b'\\' => i += 2,
                b'"' => {
                    in_string = false;
                    i += 1;
                }
                _ => i += 1,
            }
            continue;
        }
        if c == b'"' {
            in_string = true;
        } else if matches!(c, b'N' | b'I' | b'-' | b'+') {
            let hit = NON_FINITE.iter().find(|(t, _)| {
                b[i..].starts_with(t.as_bytes())
                    && !b.get(i + t.len()).is_some_and(u8::is_ascii_alphanumeric)
            });
            if let Some((token, marker)) = hit {
                // `i` and `last` sit on ASCII bytes, so both are char boundaries.
                let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 64));
                o.push_str(text.get(last..i)?);
                o.push_str(marker);
                i += token.len();
                last = i;
                continue;
            }
        }
        i += 1;
    }
    let mut o = out?;
    o.push_str(text.get(last..)?);
    Some(o)
}

/// Whether a string read from the marked text is one of the markers.
fn is_marker(s: &str) -> bool {
    s.strip_prefix('\0')
        .is_some_and(|rest| NON_FINITE.iter().any(|(t, _)| *t == rest))
}

fn parse_with(text: &str, markers: bool) -> Result<Parsed, serde_json::Error> {
    let state = RefCell::new(State {
        stack: Vec::new(),
        parsed: Parsed::default(),
        markers,
    });
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Seed(&state).deserialize(&mut de)?;
    de.end()?;
    let mut parsed = state.into_inner().parsed;
    parsed.value = value;
    Ok(parsed)
}

/// A step of the path to the value being read.
enum Seg {
    Key(String),
    Index(usize),
}

struct State {
    stack: Vec<Seg>,
    parsed: Parsed,
    markers: bool,
}

impl State {
    fn path(&self) -> String {
        let mut p = String::new();
        for seg in &self.stack {
            p = match seg {
                Seg::Key(k) => join(&p, k),
                Seg::Index(i) => index(&p, *i),
            };
        }
        p
    }

    fn room(&mut self) -> bool {
        let p = &self.parsed;
        if p.duplicates.len() + p.non_finite.len() < limits::MAX_ISSUES {
            true
        } else {
            self.parsed.unrecorded += 1;
            false
        }
    }
}

/// Builds a [`Value`] exactly as serde_json does, noting duplicates and
/// markers on the way.
struct Seed<'a>(&'a RefCell<State>);

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }
    fn visit_f64<E>(self, f: f64) -> Result<Value, E> {
        // serde_json only produces finite doubles.
        Ok(Number::from_f64(f).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        let mut st = self.0.borrow_mut();
        if st.markers && s.starts_with('\0') {
            if let Some((token, _)) = NON_FINITE.iter().find(|(t, _)| s.get(1..) == Some(*t)) {
                if st.room() {
                    let path = st.path();
                    st.parsed.non_finite.push((path, token));
                }
                return Ok(Value::Null);
            }
        }
        Ok(Value::String(s.to_owned()))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Value, E> {
        if s.starts_with('\0') {
            return self.visit_str(&s);
        }
        Ok(Value::String(s))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        loop {
            self.0.borrow_mut().stack.push(Seg::Index(out.len()));
            let next = seq.next_element_seed(Seed(self.0));
            self.0.borrow_mut().stack.pop();
            match next? {
                Some(v) => out.push(v),
                None => return Ok(Value::Array(out)),
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if self.0.borrow().markers && is_marker(&key) {
                // `{NaN: 1}` is not JSON, and not a value we can point at:
                // give up on markers and report the original syntax error.
                return Err(de::Error::custom("non-finite token as a key"));
            }
            self.0.borrow_mut().stack.push(Seg::Key(key));
            let v = map.next_value_seed(Seed(self.0));
            let mut st = self.0.borrow_mut();
            let Some(Seg::Key(key)) = st.stack.pop() else {
                // Pushed just above and popped in the same order; never reached.
                continue;
            };
            let v = v?;
            if out.contains_key(&key) && st.room() {
                let path = {
                    st.stack.push(Seg::Key(key.clone()));
                    let p = st.path();
                    st.stack.pop();
                    p
                };
                st.parsed.duplicates.push((path, key.clone()));
            }
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

/// Locates and classifies a serde_json error in `text`.
fn describe(text: &str, e: &serde_json::Error) -> SyntaxError {
    let msg = e.to_string();
    // serde_json appends " at line L column C"; we say it our way.
    let detail = msg.split(" at line ").next().unwrap_or(&msg);
    let too_deep = detail == "recursion limit exceeded";
    let line = e.line().max(1);
    // The error's byte offset: serde_json counts lines by '\n' and columns
    // in bytes from 1 (0 before the first byte of a line).
    let line_start = if line == 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    let at = (line_start + e.column().saturating_sub(1)).min(text.len());
    let bytes = text.as_bytes();
    let column = 1 + bytes
        .get(line_start..at)
        .map_or(0, |s| s.iter().filter(|&&b| (b & 0xc0) != 0x80).count());
    let rest = bytes.get(at..).unwrap_or_default();
    let mut kind = Syntax::from_serde(detail);
    if text.trim().is_empty() {
        kind = Syntax::Empty;
    } else if matches!(
        kind,
        Syntax::ExpectedValue | Syntax::KeyMustBeString | Syntax::InvalidNumber
    ) {
        // Name the usual suspects: Python/JS habits that JSON does not allow.
        let before = at.checked_sub(1).and_then(|i| bytes.get(i));
        if rest.starts_with(b"'") {
            kind = Syntax::SingleQuote;
        } else if rest.starts_with("\u{feff}".as_bytes()) {
            kind = Syntax::ByteOrderMark;
        } else if rest.starts_with(b"//") || rest.starts_with(b"/*") {
            kind = Syntax::Comment;
        } else if kind == Syntax::KeyMustBeString {
            // An unquoted key, whatever it says.
        } else if rest.starts_with(b"NaN") {
            kind = Syntax::NonFinite("NaN");
        } else if rest.starts_with(b"Infinity") {
            kind = Syntax::NonFinite(match before {
                Some(b'-') => "-Infinity",
                _ => "Infinity",
            });
        }
    }
    SyntaxError {
        kind,
        too_deep,
        line,
        column,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> SyntaxError {
        parse(text).unwrap_err()
    }

    #[test]
    fn duplicate_keys_are_found_with_their_path() {
        let p = parse(r#"{"a": 1, "b": [{"x": 1, "x": 2}], "a": 3}"#).unwrap();
        assert_eq!(
            p.duplicates,
            [
                ("b[0].x".to_string(), "x".to_string()),
                ("a".to_string(), "a".to_string())
            ]
        );
        // The last one wins, as in serde_json and JavaScript.
        assert_eq!(p.value["a"], 3);
    }

    #[test]
    fn non_finite_tokens_are_found_with_their_path() {
        let p = parse(r#"{"a": [1, NaN, -Infinity], "b": {"c": Infinity}, "d": "NaN"}"#).unwrap();
        assert_eq!(
            p.non_finite,
            [
                ("a[1]".to_string(), "NaN"),
                ("a[2]".to_string(), "-Infinity"),
                ("b.c".to_string(), "Infinity")
            ]
        );
        assert_eq!(p.value["a"][1], Value::Null);
        assert_eq!(p.value["d"], "NaN");
        // Real strings that look like markers are just strings.
        let p = parse(r#"{"a": "\u0000NaN"}"#).unwrap();
        assert!(p.non_finite.is_empty());
        assert_eq!(p.value["a"], "\u{0}NaN");
    }

    #[test]
    fn non_finite_with_another_syntax_error_reports_the_first_problem() {
        let e = err("{\"a\": NaN,}");
        assert_eq!((e.kind, e.line, e.column), (Syntax::NonFinite("NaN"), 1, 7));
        // As a key, a bare token is just a syntax error.
        let e = err("{\"version\": 1, NaN: 2}");
        assert_eq!((e.kind, e.column), (Syntax::KeyMustBeString, 16));
        let e = err("{\"a\": 1,\n \"b\": -Infinity,}");
        assert_eq!(e.kind, Syntax::NonFinite("-Infinity"));
        assert_eq!((e.line, e.column), (2, 8));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let e = err("{\"Đảng viên\": ả}");
        assert_eq!((e.line, e.column), (1, 15));
        assert_eq!(e.kind, Syntax::ExpectedValue);
    }

    #[test]
    fn common_mistakes_are_named() {
        assert_eq!(err("{'a': 1}").kind, Syntax::SingleQuote);
        assert_eq!(err("{\"a\": 'x'}").kind, Syntax::SingleQuote);
        assert_eq!(err("{// c\n}").kind, Syntax::Comment);
        assert_eq!(err("[/* c */ 1]").kind, Syntax::Comment);
        assert_eq!(err("   ").kind, Syntax::Empty);
        assert_eq!(err("\u{feff}{}").kind, Syntax::ByteOrderMark);
        assert_eq!(err("").kind, Syntax::Empty);
        assert_eq!(err("[1,]").kind, Syntax::TrailingComma);
        assert!(err(&"[".repeat(200)).too_deep);
    }
}

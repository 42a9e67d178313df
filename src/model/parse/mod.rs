//! JSON text to a [`Json`] value, with what `serde_json::from_str` hides:
//!
//! - **duplicate keys** in one object (serde_json keeps the last silently;
//!   other JSON readers keep the first), reported with their path;
//! - **`NaN`, `Infinity`, `-Infinity`** (written by Python's `json` and some
//!   spreadsheets): not JSON, but recognised so that each one is reported at
//!   its path, together with every other problem of the document;
//! - **numbers beyond a double** (`1e400`) and **lone surrogate escapes**
//!   (`"\ud800"`): JSON, but not values serde_json can hold; each number is
//!   reported at its path, each surrogate becomes U+FFFD (noted with its
//!   path);
//! - **syntax errors** located by line and *character* column (serde_json
//!   counts bytes, which is wrong for Vietnamese text) and classified so that
//!   their messages can be translated.
//!
//! serde_json's recursion limit (128 levels) still applies: deep nesting is
//! an error, never a stack overflow.
//!
//! A [`Json`] value is serde_json's `Value` made light: texts and keys borrow
//! from the document (unless they hold escapes), and an object is a sorted
//! list rather than a tree, so that a document of 10,000 groups is read with
//! few allocations.
//!
//! This file reads the text; `json.rs` holds the value (and writes it back),
//! `path.rs` the JSON paths, `syntax.rs` what is wrong with text that is not
//! JSON.

use super::limits;
use json::SCAN_KEYS;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::Number;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use syntax::describe;

mod json;
mod path;
mod syntax;

pub use json::{number_text, push_json_string, Json, Object};
pub use path::{index, join};
pub(crate) use path::{At, ROOT};
pub use syntax::{Syntax, SyntaxError};

/// A parsed document and what the parser noticed on the way.
#[derive(Debug)]
pub struct Parsed<'a> {
    /// The document.
    pub value: Json<'a>,
    /// Repeated keys: (path of the key, the key), in document order.
    pub duplicates: Vec<(String, String)>,
    /// `NaN`/`Infinity` values, replaced by `null` in `value`: (path, token).
    pub non_finite: Vec<(String, &'static str)>,
    /// Numbers beyond the range of a double (`1e400`), replaced by `null`
    /// in `value`: (path, the number as written).
    pub out_of_range: Vec<(String, String)>,
    /// Paths of texts (or keys) that held a lone surrogate escape
    /// (`"\ud800"`), each escape replaced by U+FFFD.
    pub surrogates: Vec<String>,
    /// How many duplicates, non-finite or out-of-range numbers and
    /// surrogates were not recorded
    /// (beyond [`limits::MAX_ISSUES`]).
    pub unrecorded: usize,
}

/// Parses `text` (already without a byte order mark).
pub fn parse(text: &str) -> Result<Parsed<'_>, SyntaxError> {
    let err = match parse_with(text, false) {
        Ok(p) => return Ok(p),
        Err(e) => e,
    };
    // NaN and Infinity are not JSON, and serde_json holds neither a number
    // beyond a double nor a lone surrogate; read them as markers so that
    // each is reported where it is, then parse the original again for
    // anything else.
    if let Some(marked) = mark(text) {
        if let Ok(p) = parse_with(&marked, true) {
            return Ok(Parsed {
                value: p.value.into_owned(),
                ..p
            });
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

/// The marker of a number beyond a double: this, then the number as
/// written, in a string.
const BIG: &str = "\\u0000Big:";
/// The marker of a lone surrogate escape inside a string: U+0000 and a
/// noncharacter, which texts refuse anyway.
const SURROGATE: &str = "\\u0000\\ufdd0";
/// [`SURROGATE`] as read.
const SURROGATE_READ: &str = "\u{0}\u{fdd0}";

/// The `\uXXXX` escape at `b[i..]`, as its code unit.
fn escape_at(b: &[u8], i: usize) -> Option<u32> {
    let hex = b.get(i..i + 6)?.strip_prefix(b"\\u")?;
    hex.iter().try_fold(0u32, |n, &c| {
        let d = (c as char).to_digit(16)?;
        Some(n * 16 + d)
    })
}

/// Whether the number `s` (as JSON writes numbers) is too large for a
/// double, i.e. at least 1.7976931348623158e308 (from there a double rounds
/// to infinity), decided on its digits alone: the decimal exponent of its
/// first significant digit above 308, or 308 with the significant digits
/// from 17976931348623158 on.
fn beyond_double(s: &str) -> bool {
    let b = s.strip_prefix('-').unwrap_or(s).as_bytes();
    let e = b
        .iter()
        .position(|&c| c == b'e' || c == b'E')
        .unwrap_or(b.len());
    let (mantissa, exp) = b.split_at(e);
    let exp = exp.get(1..).unwrap_or_default();
    let (exp_neg, exp) = match exp.first() {
        Some(b'-') => (true, &exp[1..]),
        Some(b'+') => (false, &exp[1..]),
        _ => (false, exp),
    };
    let mut power: i64 = 0;
    for &c in exp {
        if !c.is_ascii_digit() {
            return false;
        }
        power = (power * 10 + i64::from(c - b'0')).min(1 << 40);
    }
    if exp_neg {
        power = -power;
    }
    // The significant digits, and the power of ten of the first one.
    let point = mantissa
        .iter()
        .position(|&c| c == b'.')
        .unwrap_or(mantissa.len());
    let mut digits = Vec::with_capacity(mantissa.len());
    let mut first = None;
    for (i, &c) in mantissa.iter().enumerate() {
        if c == b'.' {
            continue;
        }
        if !c.is_ascii_digit() {
            return false;
        }
        if c != b'0' || first.is_some() {
            // Digit i stands for 10^(point - 1 - i), one less past the point.
            first = first.or(Some(point as i64 - 1 - i as i64 + i64::from(i > point)));
            digits.push(c);
        }
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    let Some(first) = first.filter(|_| !digits.is_empty()) else {
        return false;
    };
    match (first + power).cmp(&308) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => digits.as_slice() >= b"17976931348623158".as_slice(),
    }
}

/// The text with bare `NaN`/`Infinity` tokens and numbers beyond a double
/// (outside strings), and lone surrogate escapes (inside strings),
/// replaced by markers, or `None` when there is none.
fn mark(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out: Option<String> = None;
    let (mut i, mut last, mut in_string) = (0, 0, false);
    // Writes `marker` in place of `b[i..end]`; `i` and `end` sit on ASCII
    // bytes, so both are char boundaries.
    let replace = |out: &mut Option<String>, last: &mut usize, i, end, marker: &str| {
        let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 64));
        o.push_str(text.get(*last..i)?);
        o.push_str(marker);
        *last = end;
        Some(())
    };
    while i < b.len() {
        let c = b[i];
        if in_string {
            match c {
                b'\\' => {
                    let unit = escape_at(b, i).filter(|u| (0xd800..0xe000).contains(u));
                    if let Some(u) = unit {
                        let pair = u < 0xdc00
                            && escape_at(b, i + 6).is_some_and(|v| (0xdc00..0xe000).contains(&v));
                        if pair {
                            i += 12;
                        } else {
                            replace(&mut out, &mut last, i, i + 6, SURROGATE)?;
                            i += 6;
                        }
                    } else {
                        i += 2;
                    }
                }
                b'"' => {
                    in_string = false;
                    i += 1;
                }
                _ => i += 1,
            }
            continue;
        }
        let after_word = i > 0 && b[i - 1].is_ascii_alphanumeric();
        if c == b'"' {
            in_string = true;
        } else if (c == b'-' || c.is_ascii_digit()) && !after_word {
            // A number: too large for a double when it reads as infinite.
            let end = i + b[i..]
                .iter()
                .position(|&d| {
                    !(d.is_ascii_digit() || matches!(d, b'-' | b'+' | b'.' | b'e' | b'E'))
                })
                .unwrap_or(b.len() - i);
            let number = text.get(i..end)?;
            if beyond_double(number) {
                replace(&mut out, &mut last, i, end, &format!("\"{BIG}{number}\""))?;
                i = end;
                continue;
            }
        }
        if matches!(c, b'N' | b'I' | b'-' | b'+') {
            let hit = NON_FINITE.iter().find(|(t, _)| {
                b[i..].starts_with(t.as_bytes())
                    && !b.get(i + t.len()).is_some_and(u8::is_ascii_alphanumeric)
            });
            if let Some((token, marker)) = hit {
                replace(&mut out, &mut last, i, i + token.len(), marker)?;
                i += token.len();
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

fn parse_with(text: &str, markers: bool) -> Result<Parsed<'_>, serde_json::Error> {
    let state = RefCell::new(State::default());
    let mut de = serde_json::Deserializer::from_str(text);
    let seed = Seed {
        state: &state,
        at: &ROOT,
        markers,
    };
    let value = seed.deserialize(&mut de)?;
    de.end()?;
    let st = state.into_inner();
    Ok(Parsed {
        value,
        duplicates: st.duplicates,
        non_finite: st.non_finite,
        out_of_range: st.out_of_range,
        surrogates: st.surrogates,
        unrecorded: st.unrecorded,
    })
}

/// What the parser notes on the way, as in [`Parsed`].
#[derive(Default)]
struct State {
    duplicates: Vec<(String, String)>,
    non_finite: Vec<(String, &'static str)>,
    out_of_range: Vec<(String, String)>,
    surrogates: Vec<String>,
    unrecorded: usize,
}

impl State {
    fn room(&mut self) -> bool {
        let noted = self.duplicates.len()
            + self.non_finite.len()
            + self.out_of_range.len()
            + self.surrogates.len();
        if noted < limits::MAX_ISSUES {
            true
        } else {
            self.unrecorded += 1;
            false
        }
    }
}

/// Builds a [`Json`] value as serde_json builds a `Value`, noting
/// duplicates and markers on the way.
#[derive(Clone, Copy)]
struct Seed<'s> {
    state: &'s RefCell<State>,
    /// Where the value being read is.
    at: &'s At<'s>,
    /// Whether texts may be NaN/Infinity markers.
    markers: bool,
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Json<'de>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Json<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl Seed<'_> {
    /// A text, or `null` for a marker (noted with its path).
    fn text<'de>(&self, s: Cow<'de, str>) -> Json<'de> {
        if self.markers && s.starts_with('\0') {
            if let Some((token, _)) = NON_FINITE.iter().find(|(t, _)| s.get(1..) == Some(*t)) {
                let mut st = self.state.borrow_mut();
                if st.room() {
                    st.non_finite.push((self.at.render(), token));
                }
                return Json::Null;
            }
            if let Some(number) = s.strip_prefix("\0Big:") {
                let mut st = self.state.borrow_mut();
                if st.room() {
                    st.out_of_range.push((self.at.render(), number.to_string()));
                }
                return Json::Null;
            }
        }
        match self.surrogates(&s) {
            Some(fixed) => {
                self.note_surrogate(self.at);
                Json::String(Cow::Owned(fixed))
            }
            None => Json::String(s),
        }
    }

    /// `s` with each lone surrogate marker replaced by U+FFFD, if it has one.
    fn surrogates(&self, s: &str) -> Option<String> {
        (self.markers && s.contains(SURROGATE_READ)).then(|| s.replace(SURROGATE_READ, "\u{fffd}"))
    }

    /// Notes a lone surrogate in the text (or key) at `at`.
    fn note_surrogate(&self, at: &At) {
        let mut st = self.state.borrow_mut();
        if st.room() {
            st.surrogates.push(at.render());
        }
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(n.into()))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(n.into()))
    }
    fn visit_f64<E>(self, f: f64) -> Result<Json<'de>, E> {
        // serde_json only produces finite doubles.
        Ok(Number::from_f64(f).map_or(Json::Null, Json::Number))
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Json<'de>, E> {
        Ok(self.text(Cow::Borrowed(s)))
    }
    fn visit_str<E>(self, s: &str) -> Result<Json<'de>, E> {
        Ok(self.text(Cow::Owned(s.to_owned())))
    }
    fn visit_string<E>(self, s: String) -> Result<Json<'de>, E> {
        Ok(self.text(Cow::Owned(s)))
    }
    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Json<'de>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut out = Vec::new();
        loop {
            let at = At::Index(self.at, out.len());
            match seq.next_element_seed(Seed { at: &at, ..self })? {
                Some(v) => out.push(v),
                None => return Ok(Json::Array(out)),
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        // Up to SCAN_KEYS entries, kept sorted as they are read; past that,
        // an index of the keys, and one sort at the end.
        let mut entries: Vec<(Cow<'de, str>, Json<'de>)> = Vec::new();
        let mut index: Option<HashMap<Cow<'de, str>, usize>> = None;
        while let Some(key) = map.next_key_seed(Key)? {
            if self.markers && is_marker(&key) {
                // `{NaN: 1}` is not JSON, and not a value we can point at:
                // give up on markers and report the original syntax error.
                return Err(de::Error::custom("non-finite token as a key"));
            }
            let key = match self.surrogates(&key) {
                Some(fixed) => {
                    self.note_surrogate(&At::Key(self.at, &fixed));
                    Cow::Owned(fixed)
                }
                None => key,
            };
            let at = At::Key(self.at, &key);
            let v = map.next_value_seed(Seed { at: &at, ..self })?;
            // Where the key is already (`Ok`), or where it goes (`Err`).
            let found = match &index {
                Some(index) => index.get(key.as_ref()).copied().ok_or(entries.len()),
                None => entries.binary_search_by(|(k, _)| k.as_ref().cmp(key.as_ref())),
            };
            match found {
                Ok(at) => {
                    let mut st = self.state.borrow_mut();
                    if st.room() {
                        let path = At::Key(self.at, &key).render();
                        st.duplicates.push((path, key.into_owned()));
                    }
                    // The last value wins; the key stays where it was.
                    entries[at].1 = v;
                }
                Err(at) => match &mut index {
                    Some(index) => {
                        index.insert(key.clone(), at);
                        entries.push((key, v));
                    }
                    None if entries.len() < SCAN_KEYS => entries.insert(at, (key, v)),
                    None => {
                        let mut built: HashMap<Cow<'de, str>, usize> = entries
                            .iter()
                            .enumerate()
                            .map(|(i, (k, _))| (k.clone(), i))
                            .collect();
                        built.insert(key.clone(), entries.len());
                        index = Some(built);
                        entries.push((key, v));
                    }
                },
            }
        }
        if index.is_some() {
            // Keys are distinct: the order is total.
            let by =
                crate::order::order(entries.len(), &mut |a, b| entries[a].0.cmp(&entries[b].0));
            entries = crate::order::permute(entries, &by);
        }
        Ok(Json::Object(Object { entries }))
    }
}

/// Reads an object key, borrowed from the document when it has no escapes.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(s))
    }
    fn visit_str<E>(self, s: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(p.value.get("a"), Some(&Json::Number(3.into())));
    }

    #[test]
    fn a_big_object_is_sorted_once_and_found_by_key() {
        // Past SCAN_KEYS keys the object is indexed and sorted at the end:
        // keys in reverse order, one repeated (the last value wins).
        let n = 3 * SCAN_KEYS;
        let mut text = String::from("{");
        for i in (0..n).rev() {
            text.push_str(&format!("\"k{i:03}\": {i}, "));
        }
        text.push_str("\"k005\": 500}");
        let p = parse(&text).unwrap();
        let Json::Object(o) = &p.value else {
            panic!("not an object")
        };
        let keys: Vec<&str> = o.keys().collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!((keys.len(), &keys), (n, &sorted));
        for i in 0..n {
            let want = if i == 5 { 500 } else { i };
            assert_eq!(o.get(&format!("k{i:03}")), Some(&Json::Number(want.into())));
        }
        assert_eq!(p.duplicates.len(), 1);
    }

    #[test]
    fn numbers_beyond_a_double_are_told_by_their_digits() {
        for (s, beyond) in [
            ("1e400", true),
            ("-1E+999", true),
            ("1.8e308", true),
            ("17976931348623158e292", true),
            ("0.00018e312", true),
            ("1.7976931348623157e308", false),
            ("1e308", false),
            ("0e999", false),
            ("123", false),
            ("1e-400", false),
            ("1e99999999999999999999", true),
        ] {
            assert_eq!(beyond_double(s), beyond, "{s}");
            // As serde_json reads them.
            assert_eq!(serde_json::from_str::<f64>(s).is_err(), beyond, "{s}");
        }
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
        let a = match p.value.get("a") {
            Some(Json::Array(items)) => items,
            other => panic!("{other:?}"),
        };
        assert_eq!(a[1], Json::Null);
        assert_eq!(p.value.get("d").and_then(Json::as_str), Some("NaN"));
        // Real strings that look like markers are just strings.
        let p = parse(r#"{"a": "\u0000NaN"}"#).unwrap();
        assert!(p.non_finite.is_empty());
        assert_eq!(p.value.get("a").and_then(Json::as_str), Some("\u{0}NaN"));
    }
}

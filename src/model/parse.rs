//! JSON text to a [`Json`] value, with what `serde_json::from_str` hides:
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
//!
//! A [`Json`] value is serde_json's `Value` made light: texts and keys borrow
//! from the document (unless they hold escapes), and an object is a sorted
//! list rather than a tree, so that a document of 10,000 groups is read with
//! few allocations.

use super::limits;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::Number;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;

/// A JSON value, as serde_json's `Value` but borrowing its texts from the
/// document where it can.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as serde_json reads it.
    Number(Number),
    /// A text.
    String(Cow<'a, str>),
    /// A list.
    Array(Vec<Json<'a>>),
    /// An object.
    Object(Object<'a>),
}

/// A JSON object: its entries sorted by key, each key once (the last of
/// repeated keys wins), as in serde_json's `Map`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Object<'a> {
    entries: Vec<(Cow<'a, str>, Json<'a>)>,
}

impl<'a> Object<'a> {
    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        // The objects of rating data have a few keys: a scan is quicker.
        if self.entries.len() <= SCAN_KEYS {
            return self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v);
        }
        self.entries
            .binary_search_by(|(k, _)| k.as_ref().cmp(key))
            .ok()
            .map(|i| &self.entries[i].1)
    }

    /// The keys, in sorted order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_ref())
    }

    /// The entries, sorted by key.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Json<'a>)> {
        self.entries.iter().map(|(k, v)| (k.as_ref(), v))
    }

    fn into_owned(self) -> Object<'static> {
        Object {
            entries: self
                .entries
                .into_iter()
                .map(|(k, v)| (Cow::Owned(k.into_owned()), v.into_owned()))
                .collect(),
        }
    }
}

impl<'a> Json<'a> {
    /// The value of `key` when this is an object.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.as_object()?.get(key)
    }

    /// The object, if this is one.
    pub fn as_object(&self) -> Option<&Object<'a>> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The text, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// Whether this is a text.
    pub fn is_string(&self) -> bool {
        matches!(self, Json::String(_))
    }

    /// Whether this is a list.
    pub fn is_array(&self) -> bool {
        matches!(self, Json::Array(_))
    }

    /// The same value, owning its texts.
    pub fn into_owned(self) -> Json<'static> {
        match self {
            Json::Null => Json::Null,
            Json::Bool(b) => Json::Bool(b),
            Json::Number(n) => Json::Number(n),
            Json::String(s) => Json::String(Cow::Owned(s.into_owned())),
            Json::Array(items) => Json::Array(items.into_iter().map(Json::into_owned).collect()),
            Json::Object(o) => Json::Object(o.into_owned()),
        }
    }
}

impl Json<'_> {
    /// Appends this value to `out` as compact JSON, written as serde_json
    /// writes the same `Value` (objects in key order, `1.0` for a float
    /// without a fraction, an exponent for very large or small numbers),
    /// and stops once `out` is longer than `limit` bytes: for quoting a
    /// value in a message without writing a whole document.
    pub fn write_compact(&self, out: &mut String, limit: usize) {
        if out.len() > limit {
            return;
        }
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(&number_text(n)),
            Json::String(t) => push_json_string(out, t),
            Json::Array(items) => {
                out.push('[');
                for (k, item) in items.iter().enumerate() {
                    if out.len() > limit {
                        return;
                    }
                    if k > 0 {
                        out.push(',');
                    }
                    item.write_compact(out, limit);
                }
                out.push(']');
            }
            Json::Object(o) => {
                out.push('{');
                for (k, (key, v)) in o.entries.iter().enumerate() {
                    if out.len() > limit {
                        return;
                    }
                    if k > 0 {
                        out.push(',');
                    }
                    push_json_string(out, key);
                    out.push(':');
                    v.write_compact(out, limit);
                }
                out.push('}');
            }
        }
    }
}

/// A number as serde_json writes it (see [`push_float`]).
pub fn number_text(n: &Number) -> String {
    let mut out = String::new();
    if let Some(u) = n.as_u64() {
        out.push_str(&u.to_string());
    } else if let Some(i) = n.as_i64() {
        out.push_str(&i.to_string());
    } else if let Some(f) = n.as_f64() {
        push_float(&mut out, f);
    }
    out
}

/// A finite double as serde_json writes it: the shortest digits that read
/// back the same, `.0` when there is no fraction, and `d.ddde±x` below 1e-5
/// or from 1e16 on (`-0.0` keeps its sign).
fn push_float(out: &mut String, f: f64) {
    let plain = f.abs().to_string();
    if f.is_sign_negative() {
        out.push('-');
    }
    let a = f.abs();
    if a == 0.0 || (1e-5..1e16).contains(&a) {
        out.push_str(&plain);
        if !plain.contains('.') {
            out.push_str(".0");
        }
        return;
    }
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let digits = format!("{int}{frac}");
    let significant = digits.trim_start_matches('0');
    let lead = digits.len() - significant.len();
    let significant = significant.trim_end_matches('0');
    let exp = int.len() as i64 - 1 - lead as i64;
    let mut chars = significant.chars();
    if let Some(first) = chars.next() {
        out.push(first);
    }
    let rest = chars.as_str();
    if !rest.is_empty() {
        out.push('.');
        out.push_str(rest);
    }
    out.push('e');
    if exp > 0 {
        out.push('+');
    }
    out.push_str(&exp.to_string());
}

/// `s` as a JSON string, escaped as serde_json escapes it (quote,
/// backslash and control characters; nothing else).
pub fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let n = c as usize;
                out.push_str("\\u00");
                out.push(HEX[n >> 4] as char);
                out.push(HEX[n & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `parent.key`, or `parent["odd key"]` for keys that are not identifiers.
pub fn join(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '$');
    match (parent.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => format!("{parent}.{key}"),
        (_, false) => {
            let mut out = format!("{parent}[");
            push_json_string(&mut out, key);
            out.push(']');
            out
        }
    }
}

/// `parent[i]`.
pub fn index(parent: &str, i: usize) -> String {
    format!("{parent}[{i}]")
}

/// A parsed document and what the parser noticed on the way.
#[derive(Debug)]
pub struct Parsed<'a> {
    /// The document.
    pub value: Json<'a>,
    /// Repeated keys: (path of the key, the key), in document order.
    pub duplicates: Vec<(String, String)>,
    /// `NaN`/`Infinity` values, replaced by `null` in `value`: (path, token).
    pub non_finite: Vec<(String, &'static str)>,
    /// How many duplicates and non-finite values were not recorded
    /// (beyond [`limits::MAX_ISSUES`]).
    pub unrecorded: usize,
}

/// What is wrong with text that is not valid JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    /// Nothing but white space.
    Empty,
    /// The text ends where a value was expected.
    EofValue,
    /// The text ends inside a list.
    EofList,
    /// The text ends inside an object.
    EofObject,
    /// The text ends inside a string.
    EofString,
    /// No `:` after a key.
    ExpectedColon,
    /// No `,` or `]` after a list item.
    ExpectedCommaOrBracket,
    /// No `,` or `}` after a field.
    ExpectedCommaOrBrace,
    /// A bare word other than `true`, `false`, `null`.
    ExpectedIdent,
    /// No value where one was expected.
    ExpectedValue,
    /// A string in single quotes.
    SingleQuote,
    /// A byte order mark (U+FEFF) after the first one, or inside the data.
    ByteOrderMark,
    /// A `//` or `/* */` comment.
    Comment,
    /// `NaN`, `Infinity` or `-Infinity`.
    NonFinite(&'static str),
    /// A key that is not a string.
    KeyMustBeString,
    /// A comma before `]` or `}`.
    TrailingComma,
    /// More text after the document.
    TrailingCharacters,
    /// A malformed number.
    InvalidNumber,
    /// A number beyond the range of a double.
    NumberOutOfRange,
    /// A bad `\` escape.
    InvalidEscape,
    /// A bad `\u` escape or a lone surrogate.
    InvalidUnicode,
    /// A raw control character inside a string.
    ControlInString,
    /// Anything else: the parser's own words (English).
    Other(String),
}

impl Syntax {
    /// Classifies a serde_json message (without its position).
    pub fn from_serde(detail: &str) -> Syntax {
        match detail {
            "EOF while parsing a value" => Syntax::EofValue,
            "EOF while parsing a list" => Syntax::EofList,
            "EOF while parsing an object" => Syntax::EofObject,
            "EOF while parsing a string" => Syntax::EofString,
            "expected `:`" => Syntax::ExpectedColon,
            "expected `,` or `]`" => Syntax::ExpectedCommaOrBracket,
            "expected `,` or `}`" => Syntax::ExpectedCommaOrBrace,
            "expected ident" => Syntax::ExpectedIdent,
            "expected value" => Syntax::ExpectedValue,
            "key must be a string" => Syntax::KeyMustBeString,
            "trailing comma" => Syntax::TrailingComma,
            "trailing characters" => Syntax::TrailingCharacters,
            "invalid number" => Syntax::InvalidNumber,
            "number out of range" => Syntax::NumberOutOfRange,
            "invalid escape" => Syntax::InvalidEscape,
            "invalid unicode code point"
            | "lone leading surrogate in hex escape"
            | "unexpected end of hex escape" => Syntax::InvalidUnicode,
            "control character (\\u0000-\\u001F) found while parsing a string" => {
                Syntax::ControlInString
            }
            other => Syntax::Other(other.to_string()),
        }
    }
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
pub fn parse(text: &str) -> Result<Parsed<'_>, SyntaxError> {
    let err = match parse_with(text, false) {
        Ok(p) => return Ok(p),
        Err(e) => e,
    };
    // NaN and Infinity are not JSON; read them as markers so that each is
    // reported where it is, then parse the original again for anything else.
    if let Some(marked) = mark_non_finite(text) {
        if let Ok(p) = parse_with(&marked, true) {
            return Ok(Parsed {
                value: p.value.into_owned(),
                duplicates: p.duplicates,
                non_finite: p.non_finite,
                unrecorded: p.unrecorded,
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
        unrecorded: st.unrecorded,
    })
}

/// Where a value sits in the document. Written out as a JSON path (with
/// [`join`] and [`index`]) only when something is reported there: most
/// values never are, and building every path up front was most of the work
/// of validation.
#[derive(Clone, Copy)]
pub(crate) enum At<'a> {
    /// A path already written out (`""` for the whole document).
    Path(&'a str),
    /// A key of the object at a path.
    Key(&'a At<'a>, &'a str),
    /// An item of the list at a path.
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    /// The JSON path, e.g. `groups[2].counts.good`.
    pub(crate) fn render(&self) -> String {
        match self {
            At::Path(p) => (*p).to_string(),
            At::Key(parent, key) => join(&parent.render(), key),
            At::Index(parent, i) => index(&parent.render(), *i),
        }
    }
}

/// The whole document.
pub(crate) const ROOT: At<'static> = At::Path("");

/// What the parser notes on the way, as in [`Parsed`].
#[derive(Default)]
struct State {
    duplicates: Vec<(String, String)>,
    non_finite: Vec<(String, &'static str)>,
    unrecorded: usize,
}

impl State {
    fn room(&mut self) -> bool {
        if self.duplicates.len() + self.non_finite.len() < limits::MAX_ISSUES {
            true
        } else {
            self.unrecorded += 1;
            false
        }
    }
}

/// Objects up to this many keys look for a repeated key by scanning their
/// keys; larger ones keep an index (a document may hold an object of
/// 100,000 keys).
const SCAN_KEYS: usize = 16;

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
        }
        Json::String(s)
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
    fn serde_messages_are_all_classified() {
        for text in [
            "",
            "[",
            "{",
            "\"",
            "{\"a\" 1}",
            "[1 2]",
            "{\"a\":1 \"b\":2}",
            "[tru]",
            "[x]",
            "{a:1}",
            "[1,]",
            "[1] x",
            "[01]",
            "[1e400]",
            "[\"\\x\"]",
            "[\"\\ud800\"]",
            "[\"\u{1}\"]",
            "{\"a\":",
        ] {
            let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
            let msg = e.to_string();
            let detail = msg.split(" at line ").next().unwrap_or(&msg);
            assert!(
                !matches!(Syntax::from_serde(detail), Syntax::Other(_)),
                "{text:?}: {detail}"
            );
        }
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
        assert_eq!(p.value.get("a"), Some(&Json::Number(3.into())));
    }

    #[test]
    fn written_back_as_serde_json_writes_it() {
        let docs = [
            r#"{"b": [1, -2, 3.5, -0.25, 1.0, 0.0, -0.0, 1e300, 1e-300], "a": null, "c": {"z": true, "y": false}}"#,
            r#"[1e15, 1e16, 123456789012345678, 1.5e-7, 0.0001, 0.00001, 2.5e-5, 9007199254740993, -1e21]"#,
            r#"[18446744073709551615, -9223372036854775808, 0.1, 1.7976931348623157e308, 5e-324]"#,
            "[\"tab\\t nl\\n cr\\r bs\\b ff\\f q\\\" back\\\\ nul\\u0000 esc\\u001b del\\u007f\"]",
            r#"{"Đảng viên": "Hoàn thành xuất sắc", "emoji": "😀", "": [], "o": {}}"#,
        ];
        for text in docs {
            let ours = parse(text).unwrap();
            let mut out = String::new();
            ours.value.write_compact(&mut out, usize::MAX);
            let value: serde_json::Value = serde_json::from_str(text).unwrap();
            assert_eq!(out, serde_json::to_string(&value).unwrap(), "{text}");
        }
    }

    #[test]
    fn written_back_up_to_a_limit() {
        let p = parse(r#"{"a": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}"#).unwrap();
        let mut out = String::new();
        p.value.write_compact(&mut out, 8);
        assert!(out.starts_with(r#"{"a":[1,2"#) && out.len() <= 12, "{out}");
        assert_eq!(
            join("groups[0]", "odd \"key\""),
            r#"groups[0]["odd \"key\""]"#
        );
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

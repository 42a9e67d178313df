//! The [`Json`] value, and writing it back as serde_json writes it.

use std::borrow::Cow;

/// A JSON number as serde_json reads it: a whole number that fits a `u64`
/// (or, negative, an `i64`) stays whole; anything else is a double.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number(N);

#[derive(Debug, Clone, Copy, PartialEq)]
enum N {
    PosInt(u64),
    NegInt(i64),
    Float(f64),
}

impl Number {
    /// A finite double as a number (`None` for NaN and the infinities).
    pub fn from_f64(f: f64) -> Option<Number> {
        f.is_finite().then_some(Number(N::Float(f)))
    }

    /// The number as a `u64`, when it is a whole number that fits one.
    pub fn as_u64(&self) -> Option<u64> {
        match self.0 {
            N::PosInt(u) => Some(u),
            _ => None,
        }
    }

    /// The number as an `i64`, when it is a whole number that fits one.
    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            N::PosInt(u) => i64::try_from(u).ok(),
            N::NegInt(i) => Some(i),
            N::Float(_) => None,
        }
    }

    /// The number as a double (rounded for whole numbers beyond 2^53).
    pub fn as_f64(&self) -> Option<f64> {
        Some(match self.0 {
            N::PosInt(u) => u as f64,
            N::NegInt(i) => i as f64,
            N::Float(f) => f,
        })
    }
}

impl From<u64> for Number {
    fn from(u: u64) -> Number {
        Number(N::PosInt(u))
    }
}

impl From<i64> for Number {
    fn from(i: i64) -> Number {
        match u64::try_from(i) {
            Ok(u) => Number(N::PosInt(u)),
            Err(_) => Number(N::NegInt(i)),
        }
    }
}

impl From<i32> for Number {
    fn from(i: i32) -> Number {
        i64::from(i).into()
    }
}

impl From<usize> for Number {
    fn from(u: usize) -> Number {
        (u as u64).into()
    }
}

/// Objects up to this many keys look for a repeated key by scanning their
/// keys; larger ones keep an index (a document may hold an object of
/// 100,000 keys).
pub(super) const SCAN_KEYS: usize = 16;

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
    pub(super) entries: Vec<(Cow<'a, str>, Json<'a>)>,
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

#[cfg(test)]
mod tests {
    use crate::model::parse::{join, parse};

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
}

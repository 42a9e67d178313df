//! JSON text to a [`Json`] value, read by our own reader (`read.rs`), with
//! what a general JSON reader hides:
//!
//! - **duplicate keys** in one object (serde_json keeps the last silently;
//!   other JSON readers keep the first), reported with their path;
//! - **`NaN`, `Infinity`, `-Infinity`** (written by Python's `json` and some
//!   spreadsheets): not JSON, but read as `null` so that each one is
//!   reported at its path, together with every other problem of the
//!   document;
//! - **numbers beyond a double** (`1e400`) and **lone surrogate escapes**
//!   (`"\ud800"`): JSON, but not values a double or a Rust string holds;
//!   each number is read as `null` and reported at its path, each
//!   surrogate becomes U+FFFD (noted with its path);
//! - **syntax errors** located by line and *character* column (not bytes,
//!   which is wrong for Vietnamese text) and classified so that their
//!   messages can be translated.
//!
//! It reads what serde_json reads, to the same values (numbers included)
//! and, for text that is not JSON, stops where serde_json stops: its tests
//! hold serde_json as the oracle. Nesting is limited as serde_json limits
//! it (127 lists or objects): deep nesting is an error, never a stack
//! overflow.
//!
//! A [`Json`] value is serde_json's `Value` made light: texts and keys borrow
//! from the document (unless they hold escapes), and an object is a sorted
//! list rather than a tree, so that a document of 10,000 groups is read with
//! few allocations.
//!
//! This file holds what the reader gives; `read.rs` reads the text,
//! `json.rs` holds the value (and writes it back), `path.rs` the JSON
//! paths, `syntax.rs` what is wrong with text that is not JSON.

use super::limits;

mod json;
mod path;
mod read;
mod syntax;

pub use json::{number_text, push_json_string, Json, Number, Object};
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
    read::read(text)
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

/// What the parser notes on the way, as in [`Parsed`].
#[derive(Default)]
struct State {
    /// Duplicates, each with where its value ends: an object of many keys
    /// finds its duplicates once it is read, and they are put back in
    /// document order at the end.
    duplicates: Vec<(usize, String, String)>,
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

#[cfg(test)]
mod tests {
    use super::*;
    use json::SCAN_KEYS;

    #[test]
    /// serde_json is the oracle: what it reads we read to the same value;
    /// where it stops we stop, with the same error, unless we read on to
    /// report what it refuses (NaN, a number beyond a double, a lone
    /// surrogate) at its path. Texts: the fixtures, and mutations of them.
    fn reads_and_stops_as_serde_json() {
        let mut seeds: Vec<String> = Vec::new();
        for dir in ["tests/fixtures/valid", "tests/fixtures/invalid"] {
            for e in std::fs::read_dir(dir).unwrap() {
                let Ok(t) = std::fs::read_to_string(e.unwrap().path()) else {
                    continue;
                };
                seeds.push(t.strip_prefix('\u{feff}').unwrap_or(&t).to_string());
            }
        }
        let tokens = [
            ",",
            "]",
            "}",
            "{",
            "[",
            "\"",
            ":",
            "NaN",
            "-Infinity",
            "Infinity",
            "+Infinity",
            "1e400",
            "-1e400",
            "\\ud800",
            "\\udc00",
            "\\ud800\\udc00",
            "\\ud800\\u0041",
            "\\ud800x",
            "\\u12",
            "\\uZZZZ",
            "'",
            "//",
            "/*",
            "01",
            "-",
            "1.",
            "1e",
            "1e+",
            "tru",
            "nul",
            " ",
            "\n",
            "ả",
            "\u{1}",
            "\\x",
            "\\",
            "1e99999999999",
            "1e-99999999999",
            "123456789012345678901234567890",
            "0.1234567890123456789012",
            "-0",
            "1E+5",
            "5e-324",
            "1.5e-7",
            "-9223372036854775809",
            "18446744073709551616",
            "18446744073709551615.05e3",
            "1e308",
            "17976931348623157e292",
            "\u{feff}",
            "\"a\":1",
            "\"a\":2,",
            "x",
            "-x",
            "1.e5",
            "1.0E",
            "0.0000001e-320",
            "12345678901234567890.5",
            "[[[[[[[[",
            "]]]]",
            "{\"k\":{\"k\":",
            "\"\\n\\t\\/\\b\\f\\r\\\"\"",
        ];
        let mut rng = 0x9e3779b97f4a7c15u64;
        let mut next = |n: usize| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % n as u64) as usize
        };
        let mut texts: Vec<String> = seeds.clone();
        for round in 0..20_000 {
            let mut t = seeds[round % seeds.len()].clone();
            for _ in 0..1 + next(3) {
                let mut at = next(t.len() + 1);
                while !t.is_char_boundary(at) {
                    at -= 1;
                }
                match next(3) {
                    0 => {
                        let mut end = (at + 1 + next(8)).min(t.len());
                        while !t.is_char_boundary(end) {
                            end -= 1;
                        }
                        t.replace_range(at..end, "");
                    }
                    _ => t.insert_str(at, tokens[next(tokens.len())]),
                }
            }
            texts.push(t);
        }
        let deep = |n: usize, open: &str, tail: &str| open.repeat(n) + tail;
        for n in [126, 127, 128, 129] {
            for tail in ["", "1", "NaN", "[", "{", "]", "\"\\ud800\""] {
                texts.push(deep(n, "[", tail));
                texts.push(deep(n, "{\"a\":", tail));
            }
        }
        let mut big = String::from("{");
        for i in (0..40).rev() {
            big.push_str(&format!("\"k{}\": {{\"x\": 1, \"x\": {i}}}, ", i % 30));
        }
        big.push_str("\"k3\": [NaN], \"a\": 1}");
        texts.push(big);
        let mut diffs = 0;
        for t in &texts {
            let ours = parse(t);
            let same = match (serde_json::from_str::<serde_json::Value>(t), &ours) {
                // serde_json keeps the last of repeated keys, as we do.
                (Ok(v), Ok(p)) => {
                    let mut out = String::new();
                    p.value.write_compact(&mut out, usize::MAX);
                    out == serde_json::to_string(&v).unwrap()
                        && p.non_finite.is_empty()
                        && p.out_of_range.is_empty()
                        && p.surrogates.is_empty()
                }
                // What serde_json refuses and we report at its path.
                (Err(_), Ok(p)) => {
                    !(p.non_finite.is_empty()
                        && p.out_of_range.is_empty()
                        && p.surrogates.is_empty())
                }
                (Err(e), Err(ours)) => syntax::tests::as_serde_json_says(t, &e) == *ours,
                (Ok(_), Err(_)) => false,
            };
            if !same {
                diffs += 1;
                if diffs < 15 {
                    let short = |s: String| s.chars().take(300).collect::<String>();
                    eprintln!(
                        "TEXT {:?}\nSERDE {:?}\nOURS {}\n",
                        short(t.clone()),
                        serde_json::from_str::<serde_json::Value>(t).err(),
                        short(format!(
                            "{:?}",
                            ours.as_ref().map(|p| (
                                &p.duplicates,
                                &p.non_finite,
                                &p.out_of_range,
                                &p.surrogates
                            ))
                        ))
                    );
                }
            }
        }
        assert_eq!(diffs, 0, "of {}", texts.len());
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
    fn duplicates_of_a_big_object_keep_document_order() {
        // Past SCAN_KEYS keys, duplicates are found once the object is read:
        // still listed where each repeated value ends.
        let mut text = String::from("{");
        for i in 0..SCAN_KEYS + 4 {
            text.push_str(&format!("\"k{i:02}\": {i}, "));
        }
        text.push_str(r#""k01": {"x": 1, "x": 2}, "z": {"y": 1, "y": 2}, "k00": 0}"#);
        let p = parse(&text).unwrap();
        let paths: Vec<&str> = p.duplicates.iter().map(|(path, _)| path.as_str()).collect();
        assert_eq!(paths, ["k01.x", "k01", "z.y", "k00"]);
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

//! The reader: JSON text to a [`Json`] value in one pass, noting on the way
//! what [`Parsed`] lists.
//!
//! It reads exactly what serde_json reads, to the same values (a number is
//! computed as serde_json computes it, by the same steps), and a text that
//! is not JSON stops it where serde_json stops, with serde_json's position:
//! the tests hold serde_json as the oracle. What serde_json refuses but we
//! read so as to report it at its path (`NaN`, `Infinity`, numbers beyond
//! a double, lone surrogates) is read as `null` or U+FFFD; when the text
//! also holds a real syntax error, the error reported is the one serde_json
//! gives at the first of them (the reader of the document stops there).
//!
//! Our own rather than a crate's: a general JSON reader hides every one of
//! these, and reading serde_json's way took two passes, a marked copy of
//! the text and serde's visitors (about 8 KB gzip of the reader's module).

use super::json::{Number, Object, SCAN_KEYS};
use super::path::{At, ROOT};
use super::syntax::{locate, Syntax, SyntaxError};
use super::{beyond_double, Json, Parsed, State};
use std::borrow::Cow;

/// serde_json's recursion limit: the 128th list or object open at once is
/// refused.
const RECURSION_LIMIT: usize = 128;

/// Why reading stopped: what, and where as serde_json counts it (the
/// number of bytes up to and including the offending one, or the text's
/// length at its end).
struct Fail {
    kind: Syntax,
    pos: usize,
    too_deep: bool,
}

type R<T> = Result<T, Fail>;

struct Reader<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
    /// Lists and objects open.
    depth: usize,
    st: State,
    /// What serde_json says at the first thing read that it refuses (see
    /// the module's documentation).
    first: Option<Fail>,
}

/// Reads `text` (see [`super::parse`]).
pub(super) fn read(text: &str) -> Result<Parsed<'_>, SyntaxError> {
    let mut r = Reader {
        text,
        b: text.as_bytes(),
        i: 0,
        depth: 0,
        st: State::default(),
        first: None,
    };
    let value = r.value(&ROOT).and_then(|v| {
        r.ws();
        match r.peek() {
            Some(_) => Err(r.peek_fail(Syntax::TrailingCharacters)),
            None => Ok(v),
        }
    });
    let value = match value {
        Ok(v) => v,
        Err(e) => {
            let e = r.first.take().unwrap_or(e);
            return Err(locate(text, e.kind, e.pos, e.too_deep));
        }
    };
    let st = r.st;
    // Back in document order: an object of many keys notes its duplicates
    // once it is read.
    let by = crate::order::order(st.duplicates.len(), &mut |a, b| {
        st.duplicates[a].0.cmp(&st.duplicates[b].0)
    });
    let duplicates = crate::order::permute(st.duplicates, &by)
        .into_iter()
        .map(|(_, path, key)| (path, key))
        .collect();
    Ok(Parsed {
        value,
        duplicates,
        non_finite: st.non_finite,
        out_of_range: st.out_of_range,
        surrogates: st.surrogates,
        unrecorded: st.unrecorded,
    })
}

impl<'a> Reader<'a> {
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Skips JSON white space.
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.i += 1;
        }
    }

    /// A failure at the byte about to be read (serde_json's `peek_error`).
    fn peek_fail(&self, kind: Syntax) -> Fail {
        Fail {
            kind,
            pos: (self.i + 1).min(self.b.len()),
            too_deep: false,
        }
    }

    /// A failure at the byte just read (serde_json's `error`).
    fn fail(&self, kind: Syntax) -> Fail {
        Fail {
            kind,
            pos: self.i.min(self.b.len()),
            too_deep: false,
        }
    }

    /// Notes the first thing serde_json refuses, with what it says there.
    fn refused(&mut self, f: Fail) {
        if self.first.is_none() {
            self.first = Some(f);
        }
    }

    fn value(&mut self, at: &At) -> R<Json<'a>> {
        self.ws();
        let Some(c) = self.peek() else {
            return Err(self.peek_fail(Syntax::EofValue));
        };
        match c {
            b'n' => self.word(b"null", Json::Null),
            b't' => self.word(b"true", Json::Bool(true)),
            b'f' => self.word(b"false", Json::Bool(false)),
            b'"' => {
                self.i += 1;
                let (s, lone) = self.string()?;
                if lone {
                    self.note_surrogate(at);
                }
                Ok(Json::String(s))
            }
            b'[' | b'{' => {
                if self.depth + 1 >= RECURSION_LIMIT {
                    return Err(Fail {
                        too_deep: true,
                        ..self.peek_fail(Syntax::ExpectedValue)
                    });
                }
                self.depth += 1;
                self.i += 1;
                let v = if c == b'[' {
                    self.list(at)
                } else {
                    self.object(at)
                };
                self.depth -= 1;
                v
            }
            b'-' | b'0'..=b'9' => self.number(at),
            _ => {
                for token in ["NaN", "Infinity", "+Infinity"] {
                    if self.non_finite(at, token) {
                        self.refused(self.peek_fail(Syntax::ExpectedValue));
                        self.i += token.len();
                        return Ok(Json::Null);
                    }
                }
                Err(self.peek_fail(Syntax::ExpectedValue))
            }
        }
    }

    /// Whether `token` (a bare `NaN` or infinity, not part of a longer word)
    /// is next; notes it at `at` if so (without moving).
    fn non_finite(&mut self, at: &At, token: &'static str) -> bool {
        let end = self.i + token.len();
        let found = self.b.get(self.i..end) == Some(token.as_bytes())
            && !self.b.get(end).is_some_and(u8::is_ascii_alphanumeric);
        if found && self.st.room() {
            self.st.non_finite.push((at.render(), token));
        }
        found
    }

    /// `null`, `true` or `false`, its first byte next.
    fn word(&mut self, word: &[u8], v: Json<'a>) -> R<Json<'a>> {
        self.i += 1;
        for &want in &word[1..] {
            let Some(c) = self.peek() else {
                return Err(self.fail(Syntax::EofValue));
            };
            self.i += 1;
            if c != want {
                return Err(self.fail(Syntax::ExpectedIdent));
            }
        }
        Ok(v)
    }

    fn list(&mut self, at: &At) -> R<Json<'a>> {
        let mut out = Vec::new();
        self.ws();
        match self.peek() {
            None => return Err(self.peek_fail(Syntax::EofList)),
            Some(b']') => {
                self.i += 1;
                return Ok(Json::Array(out));
            }
            Some(_) => {}
        }
        loop {
            let item = At::Index(at, out.len());
            out.push(self.value(&item)?);
            self.ws();
            match self.peek() {
                None => return Err(self.peek_fail(Syntax::EofList)),
                Some(b']') => {
                    self.i += 1;
                    return Ok(Json::Array(out));
                }
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                    match self.peek() {
                        None => return Err(self.peek_fail(Syntax::EofValue)),
                        Some(b']') => return Err(self.peek_fail(Syntax::TrailingComma)),
                        Some(_) => {}
                    }
                }
                Some(_) => return Err(self.peek_fail(Syntax::ExpectedCommaOrBracket)),
            }
        }
    }

    fn object(&mut self, at: &At) -> R<Json<'a>> {
        // Up to SCAN_KEYS entries, kept sorted as they are read; past that,
        // appended (with where each value ends) and sorted once at the end.
        let mut entries: Vec<(Cow<'a, str>, Json<'a>)> = Vec::new();
        let mut ends: Vec<usize> = Vec::new();
        self.ws();
        match self.peek() {
            None => return Err(self.peek_fail(Syntax::EofObject)),
            Some(b'}') => {
                self.i += 1;
                return Ok(Json::Object(Object { entries }));
            }
            Some(b'"') => {}
            Some(_) => return Err(self.peek_fail(Syntax::KeyMustBeString)),
        }
        loop {
            self.i += 1;
            let (key, lone) = self.string()?;
            if lone {
                self.note_surrogate(&At::Key(at, &key));
            }
            self.ws();
            match self.peek() {
                Some(b':') => self.i += 1,
                Some(_) => return Err(self.peek_fail(Syntax::ExpectedColon)),
                None => return Err(self.peek_fail(Syntax::EofObject)),
            }
            let v = self.value(&At::Key(at, &key))?;
            if !ends.is_empty() || entries.len() >= SCAN_KEYS {
                entries.push((key, v));
                ends.push(self.i);
            } else {
                match entries.binary_search_by(|(k, _)| k.as_ref().cmp(key.as_ref())) {
                    Ok(found) => {
                        self.duplicate(at, &key, self.i);
                        // The last value wins; the key stays where it was.
                        entries[found].1 = v;
                    }
                    Err(slot) => entries.insert(slot, (key, v)),
                }
            }
            self.ws();
            match self.peek() {
                None => return Err(self.peek_fail(Syntax::EofObject)),
                Some(b'}') => {
                    self.i += 1;
                    break;
                }
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                    match self.peek() {
                        Some(b'"') => {}
                        Some(b'}') => return Err(self.peek_fail(Syntax::TrailingComma)),
                        Some(_) => return Err(self.peek_fail(Syntax::KeyMustBeString)),
                        None => return Err(self.peek_fail(Syntax::EofValue)),
                    }
                }
                Some(_) => return Err(self.peek_fail(Syntax::ExpectedCommaOrBrace)),
            }
        }
        if !ends.is_empty() {
            entries = self.sorted(at, entries, &ends);
        }
        Ok(Json::Object(Object { entries }))
    }

    /// The entries of a large object sorted by key, each key once (the
    /// last value wins, as serde_json's), its duplicates noted.
    fn sorted(
        &mut self,
        at: &At,
        entries: Vec<(Cow<'a, str>, Json<'a>)>,
        ends: &[usize],
    ) -> Vec<(Cow<'a, str>, Json<'a>)> {
        // The first SCAN_KEYS entries have no `end`: they are sorted and
        // distinct already, and come before the others.
        let first = entries.len() - ends.len();
        let by = crate::order::order(entries.len(), &mut |a, b| entries[a].0.cmp(&entries[b].0));
        let mut slots: Vec<Option<(Cow<'a, str>, Json<'a>)>> =
            entries.into_iter().map(Some).collect();
        let mut out: Vec<(Cow<'a, str>, Json<'a>)> = Vec::with_capacity(slots.len());
        for j in by {
            let Some((key, v)) = slots.get_mut(j).and_then(Option::take) else {
                continue;
            };
            match out.last_mut() {
                Some(last) if last.0 == key => {
                    let end = j.checked_sub(first).and_then(|k| ends.get(k));
                    self.duplicate(at, &key, end.copied().unwrap_or_default());
                    last.1 = v;
                }
                _ => out.push((key, v)),
            }
        }
        out
    }

    /// Notes a repeated `key` of the object at `at`, whose value ends at
    /// byte `end`.
    fn duplicate(&mut self, at: &At, key: &str, end: usize) {
        if self.st.room() {
            let path = At::Key(at, key).render();
            self.st.duplicates.push((end, path, key.to_string()));
        }
    }

    /// Notes a lone surrogate in the text (or key) at `at`.
    fn note_surrogate(&mut self, at: &At) {
        if self.st.room() {
            self.st.surrogates.push(at.render());
        }
    }

    /// A text, after its opening quote: borrowed from the document when
    /// it has no escape; and whether it held a lone surrogate.
    fn string(&mut self) -> R<(Cow<'a, str>, bool)> {
        let text = self.text;
        let mut owned: Option<String> = None;
        // The first byte not yet copied; it and `self.i` sit on ASCII bytes
        // (quotes and backslashes), so on char boundaries.
        let mut from = self.i;
        let mut lone = false;
        loop {
            // Skip the plain bytes at once (most texts are only these).
            let rest = self.b.get(self.i..).unwrap_or_default();
            self.i += rest
                .iter()
                .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
                .unwrap_or(rest.len());
            let Some(c) = self.peek() else {
                return Err(self.fail(Syntax::EofString));
            };
            match c {
                b'"' => {
                    let rest = text.get(from..self.i).unwrap_or_default();
                    self.i += 1;
                    let s = match owned {
                        None => Cow::Borrowed(rest),
                        Some(mut o) => {
                            o.push_str(rest);
                            Cow::Owned(o)
                        }
                    };
                    return Ok((s, lone));
                }
                b'\\' => {
                    let o = owned.get_or_insert_with(String::new);
                    o.push_str(text.get(from..self.i).unwrap_or_default());
                    self.i += 1;
                    lone |= self.escape(o)?;
                    from = self.i;
                }
                _ => {
                    self.i += 1;
                    return Err(self.fail(Syntax::ControlInString));
                }
            }
        }
    }

    /// An escape, after its `\`, appended to `o`; whether it was a lone
    /// surrogate (appended as U+FFFD).
    fn escape(&mut self, o: &mut String) -> R<bool> {
        let Some(c) = self.peek() else {
            return Err(self.fail(Syntax::EofString));
        };
        self.i += 1;
        o.push(match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode(o),
            _ => return Err(self.fail(Syntax::InvalidEscape)),
        });
        Ok(false)
    }

    /// The four hex digits of a `\u` escape at `self.i`.
    fn hex(&mut self) -> R<u32> {
        let Some(digits) = self.b.get(self.i..self.i + 4) else {
            self.i = self.b.len();
            return Err(self.fail(Syntax::EofString));
        };
        self.i += 4;
        digits
            .iter()
            .try_fold(0u32, |n, &c| Some(n * 16 + (c as char).to_digit(16)?))
            .ok_or_else(|| self.fail(Syntax::InvalidEscape))
    }

    /// A `\u` escape, after its `u`, appended to `o` (see [`Reader::escape`]).
    fn unicode(&mut self, o: &mut String) -> R<bool> {
        let n = self.hex()?;
        let lone = if (0xdc00..0xe000).contains(&n) {
            // A trailing surrogate first: serde_json stops after it.
            Some(self.fail(Syntax::InvalidUnicode))
        } else if (0xd800..0xdc00).contains(&n) {
            let at = self.i;
            let low = match self.b.get(at..at + 2) {
                Some(b"\\u") => {
                    self.i += 2;
                    let low = self.hex();
                    self.i = at;
                    low.ok().filter(|m| (0xdc00..0xe000).contains(m))
                }
                _ => None,
            };
            match low {
                Some(m) => {
                    self.i += 6;
                    let c = 0x1_0000 + ((n - 0xd800) << 10) + (m - 0xdc00);
                    o.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    return Ok(false);
                }
                None => Some(self.lone_leading()),
            }
        } else {
            None
        };
        match lone {
            Some(f) => {
                self.refused(f);
                o.push('\u{fffd}');
                Ok(true)
            }
            None => {
                o.push(char::from_u32(n).unwrap_or('\u{fffd}'));
                Ok(false)
            }
        }
    }

    /// What serde_json says after a leading surrogate not followed by a
    /// trailing one (`self.i` just after it; unmoved).
    fn lone_leading(&mut self) -> Fail {
        let at = self.i;
        let eof = Fail {
            kind: Syntax::EofString,
            pos: self.b.len(),
            too_deep: false,
        };
        let f = match self.b.get(at) {
            None => eof,
            Some(b'\\') => match self.b.get(at + 1) {
                None => eof,
                Some(b'u') => {
                    self.i = at + 2;
                    match self.hex() {
                        Ok(_) => self.fail(Syntax::InvalidUnicode),
                        Err(f) => f,
                    }
                }
                Some(_) => Fail {
                    pos: at + 2,
                    ..self.fail(Syntax::InvalidUnicode)
                },
            },
            Some(_) => Fail {
                pos: at + 1,
                ..self.fail(Syntax::InvalidUnicode)
            },
        };
        self.i = at;
        f
    }

    /// A number, its first byte (`-` or a digit) next.
    fn number(&mut self, at: &At) -> R<Json<'a>> {
        let start = self.i;
        let positive = self.peek() != Some(b'-');
        if !positive && self.non_finite(at, "-Infinity") {
            // serde_json stops after the `I`.
            self.refused(Fail {
                pos: start + 2,
                ..self.fail(Syntax::InvalidNumber)
            });
            self.i += "-Infinity".len();
            return Ok(Json::Null);
        }
        if !positive {
            self.i += 1;
        }
        match self.digits(positive) {
            Ok(n) => Ok(Json::Number(n)),
            Err(f) if f.kind == Syntax::NumberOutOfRange => {
                // Beyond a double when its digits say so: noted and read as
                // null; the number runs over digits, signs, `.` and `e`.
                let end = start
                    + self.b[start..]
                        .iter()
                        .position(|&d| {
                            !(d.is_ascii_digit() || matches!(d, b'-' | b'+' | b'.' | b'e' | b'E'))
                        })
                        .unwrap_or(self.b.len() - start);
                let written = self.text.get(start..end).unwrap_or_default();
                if !beyond_double(written) {
                    return Err(f);
                }
                if self.st.room() {
                    self.st
                        .out_of_range
                        .push((at.render(), written.to_string()));
                }
                self.refused(f);
                self.i = end;
                Ok(Json::Null)
            }
            Err(f) => Err(f),
        }
    }

    /// A number after its sign, as serde_json reads it: a whole number in
    /// a `u64` (`i64` when negative) stays whole; anything else is the
    /// double serde_json computes.
    fn digits(&mut self, positive: bool) -> R<Number> {
        let Some(c) = self.peek() else {
            return Err(self.fail(Syntax::EofValue));
        };
        self.i += 1;
        let mut sig: u64 = match c {
            b'0' => {
                if self.peek().is_some_and(|d| d.is_ascii_digit()) {
                    return Err(self.peek_fail(Syntax::InvalidNumber));
                }
                0
            }
            b'1'..=b'9' => u64::from(c - b'0'),
            _ => return Err(self.fail(Syntax::InvalidNumber)),
        };
        let mut exp = 0i32;
        let mut long = false;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            self.i += 1;
            match sig
                .checked_mul(10)
                .and_then(|s| s.checked_add(u64::from(d - b'0')))
            {
                // Past a u64, further digits only raise the exponent.
                Some(s) if !long => sig = s,
                _ => {
                    long = true;
                    exp += 1;
                }
            }
        }
        if !long && !matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return Ok(if positive {
                sig.into()
            } else {
                let neg = (sig as i64).wrapping_neg();
                // `-0` and below `i64::MIN` are doubles.
                if neg >= 0 {
                    Number::from_f64(-(sig as f64)).unwrap_or(0u64.into())
                } else {
                    neg.into()
                }
            });
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            let mut fraction = 0;
            let mut overflow = false;
            while let Some(d @ b'0'..=b'9') = self.peek() {
                match sig
                    .checked_mul(10)
                    .and_then(|s| s.checked_add(u64::from(d - b'0')))
                {
                    Some(s) if !overflow => {
                        sig = s;
                        fraction -= 1;
                    }
                    // serde_json ignores the digits past a u64.
                    _ => overflow = true,
                }
                self.i += 1;
            }
            if fraction == 0 && !overflow {
                return Err(match self.peek() {
                    Some(_) => self.peek_fail(Syntax::InvalidNumber),
                    None => self.peek_fail(Syntax::EofValue),
                });
            }
            exp += fraction;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            let positive_exp = match self.peek() {
                Some(b'-') => {
                    self.i += 1;
                    false
                }
                Some(b'+') => {
                    self.i += 1;
                    true
                }
                _ => true,
            };
            let Some(d) = self.peek() else {
                return Err(self.fail(Syntax::EofValue));
            };
            self.i += 1;
            if !d.is_ascii_digit() {
                return Err(self.fail(Syntax::InvalidNumber));
            }
            let mut e = i32::from(d - b'0');
            while let Some(d @ b'0'..=b'9') = self.peek() {
                self.i += 1;
                match e
                    .checked_mul(10)
                    .and_then(|e| e.checked_add(i32::from(d - b'0')))
                {
                    Some(n) => e = n,
                    None => {
                        if sig != 0 && positive_exp {
                            return Err(self.fail(Syntax::NumberOutOfRange));
                        }
                        while self.peek().is_some_and(|d| d.is_ascii_digit()) {
                            self.i += 1;
                        }
                        let zero = if positive { 0.0 } else { -0.0 };
                        return Ok(Number::from_f64(zero).unwrap_or(0u64.into()));
                    }
                }
            }
            exp = if positive_exp {
                exp.saturating_add(e)
            } else {
                exp.saturating_sub(e)
            };
        }
        let f = self.scaled(sig, exp)?;
        let f = if positive { f } else { -f };
        Number::from_f64(f).ok_or_else(|| self.fail(Syntax::NumberOutOfRange))
    }

    /// `sig` × 10^`exp` as serde_json computes it (one multiplication or
    /// division by the nearest double to a power of ten).
    fn scaled(&self, sig: u64, mut exp: i32) -> R<f64> {
        let mut f = sig as f64;
        loop {
            let k = exp.unsigned_abs();
            if k <= 308 {
                if exp >= 0 {
                    f *= pow10(k);
                    if f.is_infinite() {
                        return Err(self.fail(Syntax::NumberOutOfRange));
                    }
                } else {
                    f /= pow10(k);
                }
                return Ok(f);
            }
            if f == 0.0 {
                return Ok(f);
            }
            if exp >= 0 {
                return Err(self.fail(Syntax::NumberOutOfRange));
            }
            f /= 1e308;
            exp += 308;
        }
    }
}

/// 10^`n` (`n` ≤ 308) as the nearest double, as the literal `1e{n}` reads:
/// exact up to 10^22, and from there 5^`n` in whole numbers rounded to 53
/// bits (half to even), times 2^`n`. (serde_json keeps a table of these:
/// 2.5 KB.)
fn pow10(n: u32) -> f64 {
    let mut p = 1.0;
    if n <= 22 {
        for _ in 0..n {
            p *= 10.0;
        }
        return p;
    }
    // 5^n, in 32-bit limbs, least significant first.
    let mut limbs: Vec<u32> = vec![1];
    for _ in 0..n {
        let mut carry = 0u64;
        for l in &mut limbs {
            let v = u64::from(*l) * 5 + carry;
            *l = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            limbs.push(carry as u32);
        }
    }
    let bits = limbs.len() as u32 * 32 - limbs.last().map_or(32, |l| l.leading_zeros());
    // The top 64 bits, and whether any bit below them is set.
    let mut top = 0u64;
    let mut sticky = false;
    for k in (0..bits).rev() {
        let bit = (limbs[(k / 32) as usize] >> (k % 32)) & 1;
        if k + 64 >= bits {
            top = top << 1 | u64::from(bit);
        } else {
            sticky |= bit == 1;
        }
    }
    top <<= 64 - bits.min(64);
    let mut mantissa = top >> 11;
    let rest = top & 0x7ff;
    if rest > 0x400 || (rest == 0x400 && (sticky || mantissa & 1 == 1)) {
        mantissa += 1;
    }
    // mantissa × 2^(bits − 53) × 2^n: exact, a power of two at a time.
    p = mantissa as f64;
    let mut shift = bits - 53 + n;
    while shift > 0 {
        let s = shift.min(60);
        p *= (1u64 << s) as f64;
        shift -= s;
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_of_ten_are_the_nearest_doubles() {
        for n in 0..=308u32 {
            let want: f64 = format!("1e{n}").parse().unwrap();
            assert_eq!(pow10(n), want, "10^{n}");
        }
    }
}

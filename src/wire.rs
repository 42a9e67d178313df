//! The JSON text of what the wasm API returns (issues, datum descriptions,
//! segments, the data table), written by a small serde serializer: `web`
//! hands it to `JSON.parse`, which builds the same objects the types'
//! `Serialize` gave through serde-wasm-bindgen's JSON-compatible
//! serializer before (keys in field order, `None` as `null`, tuples as
//! arrays, unit variants as their names), with less code: one string and
//! one call into JavaScript instead of one call per key and value (1.7 KB
//! gzip less in the reader's module).
//! Integers are written exactly; floats (only coordinates in CSS px are
//! floats here) rounded to 9 decimals by integer arithmetic
//! ([`crate::scale::format::push_decimal`]: no float formatting in the
//! reader's module), so a float with at most 9 decimals under 10^6 parses
//! to the same double and any other within a billionth; a non-finite
//! float, which JSON cannot hold, is `null`.

use serde::ser::{self, Serialize};
use std::fmt::{self, Display};

/// `v` as JSON text.
pub fn to_json<T: Serialize + ?Sized>(v: &T) -> Result<String, Error> {
    let mut out = Writer(String::new());
    v.serialize(&mut out)?;
    Ok(out.0)
}

/// What cannot be written: a map key that is not a string, or a type the
/// API never returns.
#[derive(Debug)]
pub struct Error(&'static str);

impl Error {
    /// What went wrong (as `Display` writes it, without `core::fmt`).
    pub fn message(&self) -> &'static str {
        self.0
    }
}

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(_: T) -> Error {
        Error("a value that cannot be written as JSON")
    }
}

const UNSUPPORTED: Error = Error("a value the wasm API does not return");

struct Writer(String);

impl Writer {
    fn str(&mut self, s: &str) {
        self.0.push('"');
        for c in s.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                '\t' => self.0.push_str("\\t"),
                '\r' => self.0.push_str("\\r"),
                c if c < ' ' => {
                    self.0.push_str("\\u");
                    crate::scale::format::push_hex(&mut self.0, u32::from(c), 4);
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }

    fn float(&mut self, v: f64) {
        if v.is_finite() {
            crate::scale::format::push_decimal(&mut self.0, v, 9);
        } else {
            self.0.push_str("null");
        }
    }

    /// An integer, without `core::fmt` (see [`crate::scale::format::concat`]).
    fn int(&mut self, negative: bool, v: u64) {
        if negative {
            self.0.push('-');
        }
        crate::scale::format::push_digits(&mut self.0, v, 1);
    }

    /// `[` or `{`, the list's or object's first item then comes bare.
    fn open(&mut self, bracket: char) -> Compound<'_> {
        self.0.push(bracket);
        Compound {
            w: self,
            first: true,
        }
    }
}

/// An array or object being written.
struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.w.0.push(',');
        }
        self.first = false;
    }

    fn item<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.comma();
        v.serialize(&mut *self.w)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, v: &T) -> Result<(), Error> {
        self.comma();
        self.w.str(key);
        self.w.0.push(':');
        v.serialize(&mut *self.w)
    }

    fn close(self, bracket: char) -> Result<(), Error> {
        self.w.0.push(bracket);
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.0.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.int(v < 0, v.unsigned_abs());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.int(false, v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.str(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.str(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(UNSUPPORTED)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.0.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.str(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(UNSUPPORTED)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('['))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open('['))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open('['))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(UNSUPPORTED)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(UNSUPPORTED)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open('{'))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(UNSUPPORTED)
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.item(v)
    }
    fn end(self) -> Result<(), Error> {
        self.close(']')
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.item(v)
    }
    fn end(self) -> Result<(), Error> {
        self.close(']')
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.item(v)
    }
    fn end(self) -> Result<(), Error> {
        self.close(']')
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.field(key, v)
    }
    fn end(self) -> Result<(), Error> {
        self.close('}')
    }
}

#[cfg(test)]
mod tests {
    use super::to_json;
    use serde_json::Value;

    /// What `JSON.parse` reads from our text is what serde_json makes of
    /// the value: the same objects and the same numbers.
    fn same<T: serde::Serialize>(v: &T) {
        let ours = to_json(v).unwrap();
        let parsed: Value = serde_json::from_str(&ours).unwrap();
        assert_eq!(parsed, serde_json::to_value(v).unwrap(), "{ours}");
    }

    /// The same text as serde_json (keys in field order, the same escapes)
    /// for values whose floats both write alike.
    fn same_text<T: serde::Serialize>(v: &T) {
        same(v);
        assert_eq!(to_json(v).unwrap(), serde_json::to_string(v).unwrap());
    }

    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Sample {
        text: String,
        none: Option<String>,
        some: Option<f64>,
        negative: i64,
        index: usize,
        pairs: Vec<(String, String)>,
        yes: bool,
        severity: crate::Severity,
    }

    #[test]
    fn writes_what_serde_json_writes() {
        same_text(&Sample {
            text: "quote \" backslash \\ newline \n tab \t nul \u{0} bell \u{7} cr \r esc \u{1b} é ✓ 🎉 \u{2028}"
                .to_string(),
            none: None,
            some: Some(12.5),
            negative: -1,
            index: 7,
            pairs: vec![("1.234".into(), "56,7 %".into()), (String::new(), String::new())],
            yes: true,
            severity: crate::Severity::Warning,
        });
        let issues = crate::validate("{\"version\": 1, \"titel\": 3}").issues;
        assert!(!issues.is_empty());
        same_text(&issues);
    }

    #[test]
    fn floats_read_back_within_a_billionth() {
        // Exactly: at most 9 decimals, under 10^6.
        for f in [0.0f64, 0.1, 12.5, 38.3, 123456.789, -401.25, 1e-9] {
            let text = to_json(&f).unwrap();
            assert_eq!(
                text.parse::<f64>().unwrap().to_bits(),
                f.to_bits(),
                "{text}"
            );
        }
        assert_eq!(to_json(&-0.0).unwrap(), "0");
        for f in [1.0f64 / 3.0, 1e-7 / 3.0, 4e6 / 7.0, 1e21, -3e200, -2.5e-300] {
            let text = to_json(&f).unwrap();
            let back: f64 = text.parse().unwrap();
            assert!((back - f).abs() <= 5e-10 + f.abs() * 1e-12, "{f}: {text}");
        }
        assert_eq!(to_json(&f64::NAN).unwrap(), "null");
    }
}

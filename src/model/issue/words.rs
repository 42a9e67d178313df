//! What the words of each language ([`Words`]: one table per language, in
//! `vi.rs` and `en.rs`) are keyed by: the codes, a few extra texts, what a
//! JSON value is, what was expected, which field is required, what is wrong
//! with text that is not JSON; how a template is filled in; and how user
//! text is quoted.

use super::code::Code;
use super::{table, Lang};
use crate::model::parse::{Json, Syntax};
use std::fmt::Display;

/// The words of issue messages in one language. Templates hold `{name}`
/// where a value goes, and `{{` and `}}` for a brace (as in `format!`).
pub(super) trait Words {
    /// The message of an issue with this code.
    fn message(&self, code: Code) -> &'static str;
    /// A text that is not the message of a code.
    fn extra(&self, extra: Extra) -> &'static str;
    /// What a JSON value is (a plain text, not a template).
    fn json_type(&self, value: JsonType) -> &'static str;
    /// What was expected (a plain text, not a template).
    fn expected(&self, value: Expected) -> &'static str;
    /// Which field is required (a plain text, not a template).
    fn required(&self, value: Required) -> &'static str;
    /// What is wrong with text that is not JSON: a template of `{token}`
    /// (`NaN`, `Infinity`) or, for [`Syntax::Other`], `{detail}`.
    fn syntax(&self, syntax: &Syntax) -> &'static str;
}

/// The table of a build without words (see `issue::table`).
#[cfg(not(feature = "messages"))]
pub(super) struct Silent;

#[cfg(not(feature = "messages"))]
impl Words for Silent {
    fn message(&self, _: Code) -> &'static str {
        ""
    }
    fn extra(&self, _: Extra) -> &'static str {
        ""
    }
    fn json_type(&self, _: JsonType) -> &'static str {
        ""
    }
    fn expected(&self, _: Expected) -> &'static str {
        ""
    }
    fn required(&self, _: Required) -> &'static str {
        ""
    }
    fn syntax(&self, _: &Syntax) -> &'static str {
        ""
    }
}

/// The values of a template's `{name}`s.
pub(super) type Args<'a> = &'a [(&'a str, &'a dyn Display)];

/// Nothing, in a build without message words (the reader's module): every
/// template is empty there, and no value is written out for nothing.
#[cfg(not(feature = "messages"))]
pub(super) fn fill(_: &str, _: Args) -> String {
    String::new()
}

/// `template` with each `{name}` replaced by the value of `name` in `args`
/// and `{{`, `}}` by one brace. A `{name}` without a value stays as it is.
#[cfg(feature = "messages")]
pub(super) fn fill(template: &str, args: Args) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let (brace, after) = rest[i..].split_at(1);
        if after.starts_with(brace) {
            out.push_str(brace);
            rest = &after[1..];
            continue;
        }
        let value = (brace == "{")
            .then(|| after.split_once('}'))
            .flatten()
            .and_then(|(name, tail)| Some((args.iter().find(|(k, _)| *k == name)?.1, tail)));
        match value {
            Some((value, tail)) => {
                let _ = write!(out, "{value}");
                rest = tail;
            }
            None => {
                out.push_str(brace);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The texts of messages that are not the message of a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Extra {
    /// UTF-16 text ([`Code::JsonEncoding`]).
    Utf16,
    /// `"1"`: the right version written as text ([`Code::VersionUnsupported`]).
    VersionAsText,
    /// The counts' sum beyond exact integer range ([`Code::CountTooLarge`]).
    SumTooLarge,
    /// The `{hint}` of [`Code::FieldUnknown`]: the allowed name nearest
    /// to the unknown one, `{suggestion}`.
    DidYouMean,
    /// The `{hint}` of [`Code::CountNotNumber`]: the `{digits}` of a whole
    /// number written as text, and the text as `{found}`.
    CountHint,
}

impl Extra {
    /// Every extra text.
    #[cfg(test)]
    pub(super) const ALL: [Extra; 5] = [
        Extra::Utf16,
        Extra::VersionAsText,
        Extra::SumTooLarge,
        Extra::DidYouMean,
        Extra::CountHint,
    ];
}

/// Describes a JSON value's type in English words, for messages.
pub fn json_type_name(v: &serde_json::Value) -> &'static str {
    use serde_json::Value;
    let t = match v {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Bool,
        Value::Number(_) => JsonType::Number,
        Value::String(_) => JsonType::Text,
        Value::Array(_) => JsonType::List,
        Value::Object(_) => JsonType::Object,
    };
    table(Lang::En).json_type(t)
}

/// Describes a JSON value's type in words of `l`, for messages.
pub fn type_name(l: Lang, v: &Json) -> &'static str {
    let t = match v {
        Json::Null => JsonType::Null,
        Json::Bool(_) => JsonType::Bool,
        Json::Number(_) => JsonType::Number,
        Json::String(_) => JsonType::Text,
        Json::Array(_) => JsonType::List,
        Json::Object(_) => JsonType::Object,
    };
    table(l).json_type(t)
}

/// The types of JSON values.
#[derive(Debug, Clone, Copy)]
pub(super) enum JsonType {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
}

/// A list of names in a message, `a, b, c` (each in double quotes when
/// `.1`), written out only when a message is.
pub(super) struct Listed<'a>(pub(super) &'a [&'a str], pub(super) bool);

impl Display for Listed<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let quote = if self.1 { "\"" } else { "" };
        for (i, name) in self.0.iter().enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            write!(f, "{sep}{quote}{name}{quote}")?;
        }
        Ok(())
    }
}

/// Longest piece of user text quoted in a message, in characters.
pub(super) const QUOTE_CHARS: usize = 40;

/// A user text in a message, written as [`quote`] writes it.
pub(super) struct Quoted<'a>(pub(super) &'a str);

impl Display for Quoted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&quote(self.0))
    }
}

/// A user string for a message: quoted, escaped (control and direction
/// characters become `\u{…}`), and cut after [`QUOTE_CHARS`] characters.
pub fn quote(s: &str) -> String {
    let mut cut: String = s.chars().take(QUOTE_CHARS).collect();
    if s.chars().nth(QUOTE_CHARS).is_some() {
        cut.push('…');
    }
    format!("{cut:?}")
}

/// What a value should have been, for
/// [`issues::wrong_type`](super::issues::wrong_type).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A JSON object.
    Object,
    /// A JSON string.
    Text,
    /// A JSON array.
    List,
    /// A whole number.
    WholeNumber,
    /// A BCP 47 tag.
    LanguageTag,
    /// A CSS colour as a string.
    ColorText,
    /// A percentage as a JSON number.
    Percent,
}

/// A required field, for [`issues::missing`](super::issues::missing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Required {
    /// `version`.
    Version,
    /// `tiers`.
    Tiers,
    /// `groups`.
    Groups,
    /// `source.text`.
    SourceText,
    /// `tiers[i].id`.
    TierId,
    /// `tiers[i].label`.
    TierLabel,
    /// `groups[i].label`.
    GroupLabel,
    /// `groups[i].counts`.
    Counts,
    /// `annotations[i].text`.
    AnnotationText,
    /// `reference.share`.
    ReferenceShare,
    /// `reference.label`.
    ReferenceLabel,
    /// `display.sort.by`.
    SortBy,
}

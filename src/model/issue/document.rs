//! The document as a whole: its size, encoding and JSON syntax, repeated
//! keys, `NaN`, and the count of issues left unlisted.

use super::{fill, table, type_name, Code, Extra, Issue, Lang, Quoted, Severity};
use crate::model::limits;
use crate::model::parse::{Json, Syntax};

/// The document is not valid JSON.
pub fn json_syntax(l: Lang, detail: &Syntax, line: usize, column: usize) -> Issue {
    // The parser's own words (`Other`) fill `{detail}`, a NaN `{token}`.
    let (token, parser) = match detail {
        Syntax::NonFinite(token) => (*token, ""),
        Syntax::Other(words) => ("", words.as_str()),
        _ => ("", ""),
    };
    let detail = fill(
        table(l).syntax(detail),
        &[("token", &token), ("detail", &parser)],
    );
    Issue::error(Code::JsonSyntax, "", l, args![line, column, detail])
}

/// The document nests deeper than the parser allows.
pub fn json_too_deep(l: Lang, line: usize, column: usize) -> Issue {
    Issue::error(Code::JsonTooDeep, "", l, args![line, column])
}

/// The document is larger than the limit.
pub fn document_too_large(l: Lang, bytes: usize) -> Issue {
    let max = limits::MAX_DOCUMENT_BYTES;
    Issue::error(Code::LimitDocumentSize, "", l, args![bytes, max])
}

/// Text input that the data could not be decoded from.
pub fn not_utf8(l: Lang, offset: usize) -> Issue {
    Issue::error(Code::JsonEncoding, "", l, args![offset])
}

/// UTF-16 text (recognised by its byte order mark).
pub fn utf16(l: Lang) -> Issue {
    Issue::error_as(Code::JsonEncoding, Extra::Utf16, "", l, &[])
}

/// The top level is not an object.
pub fn not_object(l: Lang, v: &Json) -> Issue {
    let found = type_name(l, v);
    Issue::error(Code::JsonNotObject, "", l, args![found])
}

/// A key appears twice in one object (JSON readers disagree on which wins).
pub fn duplicate_key(l: Lang, path: &str, key: &str) -> Issue {
    Issue::error(Code::JsonDuplicateKey, path, l, args![key = Quoted(key)])
}

/// `NaN` or `Infinity` where a count or total belongs.
pub fn count_not_finite(l: Lang, path: &str, token: &str) -> Issue {
    Issue::error(Code::CountNotFinite, path, l, args![token])
}

/// `NaN` or `Infinity` anywhere else.
pub fn number_not_finite(l: Lang, path: &str, token: &str) -> Issue {
    Issue::error(Code::NumberNotFinite, path, l, args![token])
}

/// A number beyond the range of a double (`1e400`), anywhere but a count.
pub fn number_out_of_range(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(Code::NumberOutOfRange, path, l, args![found])
}

/// More issues than are listed were found.
pub fn truncated(l: Lang, more: usize, any_error: bool) -> Issue {
    let severity = if any_error {
        Severity::Error
    } else {
        Severity::Warning
    };
    Issue::new(Code::IssuesTruncated, severity, "", l, args![more])
}

//! Fields: missing, unknown or of the wrong type; and the top-level values
//! (version, locale, source link).

use super::{fill, table, type_name, Code, Expected, Extra, Issue, Lang, Listed, Quoted, Required};
use crate::model::parse::Json;

/// A required field is absent.
pub fn missing(l: Lang, path: &str, what: Required) -> Issue {
    let what = table(l).required(what);
    Issue::error(Code::FieldMissing, path, l, args![what])
}

/// An unknown field (probably a typo) was ignored; `suggestion` is the
/// allowed name it most resembles.
pub fn unknown_field(
    l: Lang,
    path: &str,
    name: &str,
    suggestion: Option<&str>,
    allowed: &[&str],
) -> Issue {
    let allowed = Listed(allowed, false);
    let hint = suggestion.map_or(String::new(), |suggestion| {
        fill(table(l).extra(Extra::DidYouMean), args![suggestion])
    });
    Issue::warning(
        Code::FieldUnknown,
        path,
        l,
        args![name = Quoted(name), hint, allowed],
    )
}

/// A value has the wrong JSON type.
pub fn wrong_type(l: Lang, path: &str, expected: Expected, v: &Json) -> Issue {
    let expected = table(l).expected(expected);
    let found = type_name(l, v);
    Issue::error(Code::FieldType, path, l, args![expected, found])
}

/// `version` is not 1.
pub fn unsupported_version(l: Lang, found: &str) -> Issue {
    Issue::error(Code::VersionUnsupported, "version", l, args![found])
}

/// `version` is 1 written as text (`"1"`).
pub fn version_as_text(l: Lang, found: &str) -> Issue {
    Issue::error_as(
        Code::VersionUnsupported,
        Extra::VersionAsText,
        "version",
        l,
        args![found],
    )
}

/// An unsupported locale: fell back.
pub fn locale_fallback(l: Lang, found: &str, used: &str) -> Issue {
    Issue::warning(
        Code::LocaleUnsupported,
        "locale",
        l,
        args![found = Quoted(found), used],
    )
}

/// A source URL that is not http(s).
pub fn url_invalid(l: Lang, path: &str) -> Issue {
    Issue::error(Code::UrlInvalid, path, l, &[])
}

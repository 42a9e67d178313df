//! Fields: missing, unknown or of the wrong type; and the top-level values
//! (version, locale, source link).

use super::{quote, type_name, Code, Expected, Issue, Lang, Required};
use crate::model::parse::Json;

/// A required field is absent.
pub fn missing(l: Lang, path: &str, what: Required) -> Issue {
    let what = what.words(l);
    Issue::error(
        Code::FieldMissing,
        path,
        msg!(l,
            vi: "Thiếu trường bắt buộc: {what}.",
            en: "This field is required: {what}."),
    )
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
    let name = quote(name);
    let allowed = allowed.join(", ");
    let hint = match (l, suggestion) {
        (_, None) => String::new(),
        (Lang::Vi, Some(s)) => format!(" (có phải là \"{s}\"?)"),
        (Lang::En, Some(s)) => format!(" (did you mean \"{s}\"?)"),
    };
    Issue::warning(
        Code::FieldUnknown,
        path,
        msg!(l,
            vi: "Trường {name} không có trong định dạng nên bị bỏ qua{hint}. Các trường được phép ở đây: {allowed}.",
            en: "Unknown field {name}, ignored{hint}. Allowed here: {allowed}."),
    )
}

/// A value has the wrong JSON type.
pub fn wrong_type(l: Lang, path: &str, expected: Expected, v: &Json) -> Issue {
    let expected = expected.words(l);
    let found = type_name(l, v);
    Issue::error(
        Code::FieldType,
        path,
        msg!(l,
            vi: "Cần {expected}, nhưng lại là {found}.",
            en: "Expected {expected}, found {found}."),
    )
}

/// `version` is not 1.
pub fn unsupported_version(l: Lang, found: &str) -> Issue {
    Issue::error(
        Code::VersionUnsupported,
        "version",
        msg!(l,
            vi: "Phiên bản định dạng {found} không được hỗ trợ; tiện ích này đọc phiên bản 1.",
            en: "Format version {found} is not supported; this widget reads version 1."),
    )
}

/// `version` is 1 written as text (`"1"`).
pub fn version_as_text(l: Lang, found: &str) -> Issue {
    Issue::error(
        Code::VersionUnsupported,
        "version",
        msg!(l,
            vi: "Phiên bản định dạng phải là số 1, không phải chữ {found}: hãy bỏ dấu ngoặc kép.",
            en: "The format version must be the number 1, not the text {found}: remove the quotes."),
    )
}

/// An unsupported locale: fell back.
pub fn locale_fallback(l: Lang, found: &str, used: &str) -> Issue {
    let found = quote(found);
    Issue::warning(
        Code::LocaleUnsupported,
        "locale",
        msg!(l,
            vi: "Mã ngôn ngữ {found} không được hỗ trợ; số liệu được định dạng theo \"{used}\". Các mã được hỗ trợ: vi-VN, en-US, en-GB, fr-FR, de-DE.",
            en: "The locale {found} is not supported; numbers are formatted for \"{used}\". Supported: vi-VN, en-US, en-GB, fr-FR, de-DE."),
    )
}

/// A source URL that is not http(s).
pub fn url_invalid(l: Lang, path: &str) -> Issue {
    Issue::error(
        Code::UrlInvalid,
        path,
        msg!(l,
            vi: "Liên kết phải là địa chỉ tuyệt đối bắt đầu bằng http:// hoặc https://, không có khoảng trắng.",
            en: "The link must be an absolute http:// or https:// address without spaces."),
    )
}

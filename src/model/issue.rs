//! Validation issues: a stable code, a JSON path and a plain message.
//!
//! Every user-facing message the validator produces is written in this
//! module, in Vietnamese and in English, so that wording stays consistent and
//! tests can assert it. Codes and paths never depend on the language.

use super::parse::Json;
use serde::Serialize;

/// How bad an issue is.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The data cannot be drawn.
    Error,
    /// The data is drawn, but something was ignored or assumed.
    Warning,
}

/// The language of issue messages.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Vietnamese, the language of the format's default locale (`vi-VN`).
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Parses `vi` or `en`, or a language tag starting with either
    /// (`vi-VN`, `en_GB`), in any case. Anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let lang = s.trim().split(['-', '_']).next().unwrap_or("");
        if lang.eq_ignore_ascii_case("vi") {
            Some(Lang::Vi)
        } else if lang.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The message language for a resolved locale tag: Vietnamese for
    /// Vietnamese locales, English for every other.
    pub fn for_locale_tag(tag: &str) -> Lang {
        if Lang::parse(tag) == Some(Lang::Vi) {
            Lang::Vi
        } else {
            Lang::En
        }
    }

    /// `"vi"` or `"en"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

/// One problem found in the input.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Stable machine-readable code, e.g. `count.negative`.
    pub code: &'static str,
    /// JSON path of the offending value, e.g. `groups[2].counts.good`;
    /// empty for the whole document.
    pub path: String,
    /// Plain-language message: what was wrong and what is allowed.
    pub message: String,
    /// Error or warning.
    pub severity: Severity,
}

impl Issue {
    fn error(code: &'static str, path: &str, message: String) -> Issue {
        Issue {
            code,
            path: path.to_string(),
            message,
            severity: Severity::Error,
        }
    }

    fn warning(code: &'static str, path: &str, message: String) -> Issue {
        Issue {
            code,
            path: path.to_string(),
            message,
            severity: Severity::Warning,
        }
    }

    /// `path: message`, or just the message for the whole document.
    pub fn display_line(&self) -> String {
        if self.path.is_empty() {
            self.message.clone()
        } else {
            format!("{}: {}", self.path, self.message)
        }
    }
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
    t.name(Lang::En)
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
    t.name(l)
}

/// The types of JSON values.
enum JsonType {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
}

impl JsonType {
    fn name(self, l: Lang) -> &'static str {
        match (l, self) {
            (_, JsonType::Null) => "null",
            (_, JsonType::Bool) => "true/false",
            (Lang::En, JsonType::Number) => "a number",
            (Lang::En, JsonType::Text) => "text",
            (Lang::En, JsonType::List) => "a list",
            (Lang::En, JsonType::Object) => "an object",
            (Lang::Vi, JsonType::Number) => "một số",
            (Lang::Vi, JsonType::Text) => "văn bản",
            (Lang::Vi, JsonType::List) => "một danh sách",
            (Lang::Vi, JsonType::Object) => "một đối tượng",
        }
    }
}

/// Longest piece of user text quoted in a message, in characters.
const QUOTE_CHARS: usize = 40;

/// A user string for a message: quoted, escaped (control and direction
/// characters become `\u{…}`), and cut after [`QUOTE_CHARS`] characters.
pub fn quote(s: &str) -> String {
    let mut cut: String = s.chars().take(QUOTE_CHARS).collect();
    if s.chars().nth(QUOTE_CHARS).is_some() {
        cut.push('…');
    }
    format!("{cut:?}")
}

/// What a value should have been, for [`issues::wrong_type`].
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

impl Expected {
    fn words(self, l: Lang) -> &'static str {
        match (l, self) {
            (Lang::En, Expected::Object) => "an object",
            (Lang::En, Expected::Text) => "text",
            (Lang::En, Expected::List) => "a list",
            (Lang::En, Expected::WholeNumber) => "a whole number",
            (Lang::En, Expected::LanguageTag) => "a language tag such as \"vi-VN\"",
            (Lang::En, Expected::ColorText) => "a colour as text, e.g. \"#1f5f99\"",
            (Lang::En, Expected::Percent) => "a percentage as a number, e.g. 38.5",
            (Lang::Vi, Expected::Percent) => "một tỉ lệ phần trăm dạng số, ví dụ 38.5",
            (Lang::Vi, Expected::Object) => "một đối tượng",
            (Lang::Vi, Expected::Text) => "văn bản",
            (Lang::Vi, Expected::List) => "một danh sách",
            (Lang::Vi, Expected::WholeNumber) => "một số nguyên",
            (Lang::Vi, Expected::LanguageTag) => "một mã ngôn ngữ như \"vi-VN\"",
            (Lang::Vi, Expected::ColorText) => "một màu dạng văn bản, ví dụ \"#1f5f99\"",
        }
    }
}

/// A required field, for [`issues::missing`].
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
}

impl Required {
    fn words(self, l: Lang) -> &'static str {
        match (l, self) {
            (Lang::En, Required::Version) => "the format version, 1",
            (Lang::En, Required::Tiers) => "the list of tiers of the scale",
            (Lang::En, Required::Groups) => "the list of rated groups",
            (Lang::En, Required::SourceText) => "the source as printed",
            (Lang::En, Required::TierId) => "the tier's id, e.g. \"good\"",
            (Lang::En, Required::TierLabel) => "the tier's label",
            (Lang::En, Required::GroupLabel) => "the group's label",
            (Lang::En, Required::Counts) => {
                "the count for each tier id (or, when the source gives percentages only, \"shares\")"
            }
            (Lang::Vi, Required::Version) => "phiên bản định dạng, là 1",
            (Lang::Vi, Required::Tiers) => "danh sách các mức của thang xếp loại",
            (Lang::Vi, Required::Groups) => "danh sách các nhóm được xếp loại",
            (Lang::Vi, Required::SourceText) => "tên nguồn như khi được công bố",
            (Lang::Vi, Required::TierId) => "mã của mức, ví dụ \"good\"",
            (Lang::Vi, Required::TierLabel) => "nhãn của mức",
            (Lang::Vi, Required::GroupLabel) => "nhãn của nhóm",
            (Lang::Vi, Required::Counts) => {
                "số lượng theo mã của từng mức (hoặc \"shares\" khi nguồn chỉ cho tỉ lệ phần trăm)"
            }
        }
    }
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

    fn words(&self, l: Lang) -> String {
        let s: &str = match (l, self) {
            (Lang::En, Syntax::Empty) => "the data is empty",
            (Lang::En, Syntax::EofValue) => "the data ends where a value was expected",
            (Lang::En, Syntax::EofList) => "the data ends inside a list; a \"]\" is missing",
            (Lang::En, Syntax::EofObject) => "the data ends inside an object; a \"}\" is missing",
            (Lang::En, Syntax::EofString) => {
                "the data ends inside a text; a closing \" is missing"
            }
            (Lang::En, Syntax::ExpectedColon) => "a \":\" is expected after the field name",
            (Lang::En, Syntax::ExpectedCommaOrBracket) => {
                "a \",\" or \"]\" is expected (is a comma missing between two items?)"
            }
            (Lang::En, Syntax::ExpectedCommaOrBrace) => {
                "a \",\" or \"}\" is expected (is a comma missing between two fields?)"
            }
            (Lang::En, Syntax::ExpectedIdent) => {
                "unknown word; only true, false and null may be written without quotes"
            }
            (Lang::En, Syntax::ExpectedValue) => {
                "a value is expected: a number, text in double quotes, true, false, null, a list or an object"
            }
            (Lang::En, Syntax::SingleQuote) => {
                "text must be in double quotes (\"), not single quotes (')"
            }
            (Lang::En, Syntax::Comment) => "comments are not allowed in JSON",
            (Lang::En, Syntax::ByteOrderMark) => {
                "an invisible byte order mark (U+FEFF) is in the way; save the file as UTF-8 without it"
            }
            (Lang::En, Syntax::NonFinite(t)) => {
                return format!("{t} is not allowed in JSON; write a number")
            }
            (Lang::En, Syntax::KeyMustBeString) => "field names must be text in double quotes",
            (Lang::En, Syntax::TrailingComma) => {
                "a comma is followed by nothing; remove the last comma"
            }
            (Lang::En, Syntax::TrailingCharacters) => {
                "there is more after the end of the data; the document must be one single object"
            }
            (Lang::En, Syntax::InvalidNumber) => {
                "this number is not written as JSON allows (e.g. 1234 or 12.5; no leading zeros, no \"+\", no \".\" at the end)"
            }
            (Lang::En, Syntax::NumberOutOfRange) => "this number is too large",
            (Lang::En, Syntax::InvalidEscape) => "invalid escape after \"\\\" in a text",
            (Lang::En, Syntax::InvalidUnicode) => "invalid \\u escape in a text",
            (Lang::En, Syntax::ControlInString) => {
                "a text contains a raw line break or control character; write a line break as \\n"
            }
            (Lang::Vi, Syntax::Empty) => "dữ liệu trống",
            (Lang::Vi, Syntax::EofValue) => "dữ liệu kết thúc ở chỗ còn thiếu một giá trị",
            (Lang::Vi, Syntax::EofList) => {
                "dữ liệu kết thúc giữa một danh sách; thiếu dấu \"]\""
            }
            (Lang::Vi, Syntax::EofObject) => {
                "dữ liệu kết thúc giữa một đối tượng; thiếu dấu \"}\""
            }
            (Lang::Vi, Syntax::EofString) => {
                "dữ liệu kết thúc giữa một văn bản; thiếu dấu \" đóng"
            }
            (Lang::Vi, Syntax::ExpectedColon) => "cần dấu \":\" sau tên trường",
            (Lang::Vi, Syntax::ExpectedCommaOrBracket) => {
                "cần dấu \",\" hoặc \"]\" (có thể thiếu dấu phẩy giữa hai phần tử)"
            }
            (Lang::Vi, Syntax::ExpectedCommaOrBrace) => {
                "cần dấu \",\" hoặc \"}\" (có thể thiếu dấu phẩy giữa hai trường)"
            }
            (Lang::Vi, Syntax::ExpectedIdent) => {
                "từ không hợp lệ; chỉ true, false và null được viết không có dấu ngoặc kép"
            }
            (Lang::Vi, Syntax::ExpectedValue) => {
                "cần một giá trị: một số, văn bản trong dấu ngoặc kép, true, false, null, một danh sách hoặc một đối tượng"
            }
            (Lang::Vi, Syntax::SingleQuote) => {
                "văn bản phải đặt trong dấu ngoặc kép (\"), không dùng dấu nháy đơn (')"
            }
            (Lang::Vi, Syntax::Comment) => "JSON không cho phép chú thích (comment)",
            (Lang::Vi, Syntax::ByteOrderMark) => {
                "có một dấu BOM vô hình (U+FEFF) chắn đường; hãy lưu tệp ở dạng UTF-8 không có BOM"
            }
            (Lang::Vi, Syntax::NonFinite(t)) => {
                return format!("JSON không cho phép {t}; hãy ghi một số")
            }
            (Lang::Vi, Syntax::KeyMustBeString) => {
                "tên trường phải là văn bản trong dấu ngoặc kép"
            }
            (Lang::Vi, Syntax::TrailingComma) => {
                "có dấu phẩy thừa ở cuối; hãy xoá dấu phẩy cuối cùng"
            }
            (Lang::Vi, Syntax::TrailingCharacters) => {
                "vẫn còn nội dung sau khi dữ liệu đã kết thúc; tài liệu phải là một đối tượng duy nhất"
            }
            (Lang::Vi, Syntax::InvalidNumber) => {
                "số này không được viết theo cách JSON cho phép (ví dụ 1234 hoặc 12.5; không có số 0 ở đầu, không có dấu \"+\", không có dấu \".\" ở cuối)"
            }
            (Lang::Vi, Syntax::NumberOutOfRange) => "số này quá lớn",
            (Lang::Vi, Syntax::InvalidEscape) => {
                "chuỗi thoát sau dấu \"\\\" trong văn bản không hợp lệ"
            }
            (Lang::Vi, Syntax::InvalidUnicode) => "mã \\u trong văn bản không hợp lệ",
            (Lang::Vi, Syntax::ControlInString) => {
                "văn bản chứa ký tự xuống dòng hoặc ký tự điều khiển trực tiếp; hãy viết xuống dòng là \\n"
            }
            (_, Syntax::Other(s)) => s,
        };
        s.to_string()
    }
}

/// One message in each language; picks the one for `$l`.
macro_rules! msg {
    ($l:expr, vi: $vi:literal, en: $en:literal $(,)?) => {
        match $l {
            Lang::Vi => format!($vi),
            Lang::En => format!($en),
        }
    };
}

/// The constructors of every issue, one per code (a few codes have two
/// constructors). Each takes the message language first.
pub mod issues {
    use super::{quote, type_name, Expected, Issue, Json, Lang, Required, Syntax};
    use crate::model::limits;

    /// The document is not valid JSON.
    pub fn json_syntax(l: Lang, detail: &Syntax, line: usize, column: usize) -> Issue {
        let detail = detail.words(l);
        Issue::error(
            "json.syntax",
            "",
            msg!(l,
                vi: "Dữ liệu không phải JSON hợp lệ ở dòng {line}, cột {column}: {detail}.",
                en: "The data is not valid JSON at line {line}, column {column}: {detail}."),
        )
    }
    /// The document nests deeper than the parser allows.
    pub fn json_too_deep(l: Lang, line: usize, column: usize) -> Issue {
        Issue::error(
            "json.too_deep",
            "",
            msg!(l,
                vi: "Dữ liệu lồng danh sách hoặc đối tượng quá sâu (dòng {line}, cột {column}); dữ liệu xếp loại chỉ cần tối đa 4 cấp.",
                en: "The data nests lists or objects too deeply (line {line}, column {column}); rating data needs at most 4 levels."),
        )
    }
    /// The document is larger than the limit.
    pub fn document_too_large(l: Lang, bytes: usize) -> Issue {
        let max = limits::MAX_DOCUMENT_BYTES;
        Issue::error(
            "limit.document_size",
            "",
            msg!(l,
                vi: "Dữ liệu có {bytes} byte; tối đa cho phép {max} byte (5 MiB).",
                en: "The data is {bytes} bytes; at most {max} bytes (5 MiB) are allowed."),
        )
    }
    /// Text input that the data could not be decoded from.
    pub fn not_utf8(l: Lang, offset: usize) -> Issue {
        Issue::error(
            "json.encoding",
            "",
            msg!(l,
                vi: "Dữ liệu không phải văn bản UTF-8 (byte không hợp lệ ở vị trí {offset}); hãy lưu tệp ở dạng UTF-8.",
                en: "The data is not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8."),
        )
    }
    /// UTF-16 text (recognised by its byte order mark).
    pub fn utf16(l: Lang) -> Issue {
        Issue::error(
            "json.encoding",
            "",
            msg!(l,
                vi: "Dữ liệu được lưu ở dạng UTF-16; hãy lưu lại ở dạng UTF-8.",
                en: "The data is saved as UTF-16 text; save it as UTF-8."),
        )
    }
    /// The top level is not an object.
    pub fn not_object(l: Lang, v: &Json) -> Issue {
        let found = type_name(l, v);
        Issue::error(
            "json.not_object",
            "",
            msg!(l,
                vi: "Dữ liệu phải là một đối tượng JSON có \"version\", \"tiers\" và \"groups\", không phải {found}.",
                en: "The data must be a JSON object with \"version\", \"tiers\" and \"groups\", not {found}."),
        )
    }
    /// A key appears twice in one object (JSON readers disagree on which wins).
    pub fn duplicate_key(l: Lang, path: &str, key: &str) -> Issue {
        let key = quote(key);
        Issue::error(
            "json.duplicate_key",
            path,
            msg!(l,
                vi: "Trường {key} xuất hiện nhiều lần trong cùng một đối tượng; chỉ giữ lại một.",
                en: "The field {key} appears more than once in the same object; keep only one."),
        )
    }
    /// `NaN` or `Infinity` where a count or total belongs.
    pub fn count_not_finite(l: Lang, path: &str, token: &str) -> Issue {
        Issue::error(
            "count.not_finite",
            path,
            msg!(l,
                vi: "{token} không phải là số lượng; số lượng là số nguyên từ 0 trở lên (JSON không có NaN hay Infinity).",
                en: "{token} is not a count; counts are whole numbers from 0 up (JSON has no NaN or Infinity)."),
        )
    }
    /// `NaN` or `Infinity` anywhere else.
    pub fn number_not_finite(l: Lang, path: &str, token: &str) -> Issue {
        Issue::error(
            "number.not_finite",
            path,
            msg!(l,
                vi: "JSON không cho phép {token}; hãy ghi một số hoặc bỏ trường này.",
                en: "{token} is not allowed in JSON; write a number or leave the field out."),
        )
    }
    /// A required field is absent.
    pub fn missing(l: Lang, path: &str, what: Required) -> Issue {
        let what = what.words(l);
        Issue::error(
            "field.missing",
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
            "field.unknown",
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
            "field.type",
            path,
            msg!(l,
                vi: "Cần {expected}, nhưng lại là {found}.",
                en: "Expected {expected}, found {found}."),
        )
    }
    /// `version` is not 1.
    pub fn unsupported_version(l: Lang, found: &str) -> Issue {
        Issue::error(
            "version.unsupported",
            "version",
            msg!(l,
                vi: "Phiên bản định dạng {found} không được hỗ trợ; tiện ích này đọc phiên bản 1.",
                en: "Format version {found} is not supported; this widget reads version 1."),
        )
    }
    /// `version` is 1 written as text (`"1"`).
    pub fn version_as_text(l: Lang, found: &str) -> Issue {
        Issue::error(
            "version.unsupported",
            "version",
            msg!(l,
                vi: "Phiên bản định dạng phải là số 1, không phải chữ {found}: hãy bỏ dấu ngoặc kép.",
                en: "The format version must be the number 1, not the text {found}: remove the quotes."),
        )
    }
    /// A required text is empty (or holds only invisible characters).
    pub fn empty_text(l: Lang, path: &str) -> Issue {
        Issue::error(
            "text.empty",
            path,
            msg!(l,
                vi: "Văn bản này trống; hãy viết ít nhất một ký tự nhìn thấy được.",
                en: "This text is empty; write at least one visible character."),
        )
    }
    /// A text is longer than allowed.
    pub fn text_too_long(l: Lang, path: &str, chars: usize, max: usize) -> Issue {
        Issue::error(
            "text.too_long",
            path,
            msg!(l,
                vi: "Văn bản này có {chars} ký tự; tối đa cho phép {max} ký tự.",
                en: "This text has {chars} characters; at most {max} are allowed."),
        )
    }
    /// A text contains a control character (or a noncharacter).
    pub fn text_control(l: Lang, path: &str, code_point: u32) -> Issue {
        Issue::error(
            "text.control_character",
            path,
            msg!(l,
                vi: "Văn bản này chứa ký tự điều khiển vô hình U+{code_point:04X}; hãy xoá nó (nhãn không được chứa ký tự xuống dòng hay tab).",
                en: "This text contains the invisible control character U+{code_point:04X}; remove it (line breaks and tabs are not allowed in labels)."),
        )
    }
    /// A text contains a bidirectional override or isolate.
    pub fn text_bidi(l: Lang, path: &str, code_point: u32) -> Issue {
        Issue::error(
            "text.bidi_control",
            path,
            msg!(l,
                vi: "Văn bản này chứa ký tự điều khiển hướng chữ U+{code_point:04X}, có thể đảo thứ tự những gì người đọc thấy; hãy xoá nó.",
                en: "This text contains the text-direction control U+{code_point:04X}, which can reorder what readers see; remove it."),
        )
    }
    /// A text contains a zero-width character that is rarely intended.
    pub fn text_invisible(l: Lang, path: &str, code_point: u32) -> Issue {
        Issue::warning(
            "text.invisible_character",
            path,
            msg!(l,
                vi: "Văn bản này chứa ký tự vô hình U+{code_point:04X}; ký tự được giữ nguyên nhưng có thể khiến hai nhãn trông giống nhau lại khác nhau. Hãy xoá nếu không cố ý.",
                en: "This text contains the invisible character U+{code_point:04X}; it is kept, but it can make labels that look the same differ. Remove it unless intended."),
        )
    }
    /// No tiers.
    pub fn tiers_empty(l: Lang) -> Issue {
        Issue::error(
            "tiers.empty",
            "tiers",
            msg!(l,
                vi: "Danh sách các mức đang trống; hãy khai báo ít nhất một mức, ví dụ {{\"id\": \"good\", \"label\": \"Tốt\"}}.",
                en: "The list of tiers is empty; give at least one tier, e.g. {{\"id\": \"good\", \"label\": \"Good\"}}."),
        )
    }
    /// Too many tiers.
    pub fn tiers_too_many(l: Lang, n: usize) -> Issue {
        let max = limits::MAX_TIERS;
        Issue::error(
            "limit.tiers",
            "tiers",
            msg!(l,
                vi: "Có {n} mức; tối đa cho phép {max} mức.",
                en: "There are {n} tiers; at most {max} are allowed."),
        )
    }
    /// A tier id has characters outside the allowed set.
    pub fn tier_id_invalid(l: Lang, path: &str, id: &str) -> Issue {
        let id = quote(id);
        Issue::error(
            "tier.id.invalid",
            path,
            msg!(l,
                vi: "Mã mức {id} không hợp lệ; hãy dùng từ 1 đến 64 chữ cái Latin không dấu, chữ số, \"_\" hoặc \"-\" (ví dụ \"excellent\").",
                en: "The tier id {id} is not allowed; use 1 to 64 ASCII letters, digits, \"_\" or \"-\" (e.g. \"excellent\")."),
        )
    }
    /// A tier id that names a JavaScript object's internals.
    pub fn tier_id_reserved(l: Lang, path: &str, id: &str) -> Issue {
        let id = quote(id);
        Issue::error(
            "tier.id.reserved",
            path,
            msg!(l,
                vi: "Mã mức {id} là từ dành riêng (có nghĩa đặc biệt trong JavaScript); hãy chọn mã khác, ví dụ \"excellent\".",
                en: "The tier id {id} is reserved (it has a special meaning in JavaScript); choose another, e.g. \"excellent\"."),
        )
    }
    /// Two tiers share an id.
    pub fn tier_id_duplicate(l: Lang, path: &str, id: &str, first: usize) -> Issue {
        let id = quote(id);
        Issue::error(
            "tier.id.duplicate",
            path,
            msg!(l,
                vi: "Mã mức {id} đã được dùng ở tiers[{first}]; mỗi mức cần một mã riêng.",
                en: "The tier id {id} is already used by tiers[{first}]; each tier needs its own id."),
        )
    }
    /// A polarity that is not one of the three.
    pub fn polarity_invalid(l: Lang, path: &str, found: &str) -> Issue {
        Issue::error(
            "tier.polarity.invalid",
            path,
            msg!(l,
                vi: "Hướng (polarity) {found} không hợp lệ; hãy dùng \"positive\" (tích cực), \"neutral\" (trung tính) hoặc \"negative\" (tiêu cực).",
                en: "Unknown polarity {found}; use \"positive\", \"neutral\" or \"negative\"."),
        )
    }
    /// A colour that cannot be parsed.
    pub fn color_invalid(l: Lang, path: &str, found: &str) -> Issue {
        let found = quote(found);
        Issue::error(
            "color.invalid",
            path,
            msg!(l,
                vi: "{found} không phải là màu; hãy dùng \"#1f5f99\", \"#fa0\", \"rgb(31, 95, 153)\", \"hsl(210, 66%, 36%)\" hoặc tên màu CSS như \"steelblue\".",
                en: "{found} is not a colour; use \"#1f5f99\", \"#fa0\", \"rgb(31, 95, 153)\", \"hsl(210, 66%, 36%)\" or a CSS colour name such as \"steelblue\"."),
        )
    }
    /// A colour that is not opaque.
    pub fn color_transparent(l: Lang, path: &str, found: &str) -> Issue {
        let found = quote(found);
        Issue::error(
            "color.transparent",
            path,
            msg!(l,
                vi: "{found} trong suốt (toàn phần hoặc một phần); màu của các mức phải đặc để luôn dễ đọc.",
                en: "{found} is (partly) transparent; tier colours must be opaque so that they stay readable."),
        )
    }
    /// No groups.
    pub fn groups_empty(l: Lang) -> Issue {
        Issue::error(
            "groups.empty",
            "groups",
            msg!(l,
                vi: "Danh sách các nhóm đang trống; hãy khai báo ít nhất một nhóm có nhãn và số lượng.",
                en: "The list of groups is empty; give at least one group with a label and counts."),
        )
    }
    /// Too many groups.
    pub fn groups_too_many(l: Lang, n: usize) -> Issue {
        let max = limits::MAX_GROUPS;
        Issue::error(
            "limit.groups",
            "groups",
            msg!(l,
                vi: "Có {n} nhóm; tối đa cho phép {max} nhóm.",
                en: "There are {n} groups; at most {max} are allowed."),
        )
    }
    /// Too many distinct periods.
    pub fn periods_too_many(l: Lang, n: usize) -> Issue {
        let max = limits::MAX_PERIODS;
        Issue::error(
            "limit.periods",
            "groups",
            msg!(l,
                vi: "Các nhóm có {n} kỳ khác nhau; tối đa cho phép {max} kỳ.",
                en: "The groups have {n} different periods; at most {max} are allowed."),
        )
    }
    /// Two groups with the same label and period.
    pub fn group_duplicate(l: Lang, path: &str, label: &str, first: usize) -> Issue {
        let label = quote(label);
        Issue::error(
            "group.duplicate",
            path,
            msg!(l,
                vi: "Nhóm {label} (cùng kỳ) đã có ở groups[{first}]; mỗi nhóm cần nhãn hoặc kỳ khác nhau.",
                en: "The group {label} (same period) already appears as groups[{first}]; give each group a distinct label or period."),
        )
    }
    /// A count below zero.
    pub fn count_negative(l: Lang, path: &str, found: &str) -> Issue {
        Issue::error(
            "count.negative",
            path,
            msg!(l,
                vi: "Số lượng {found} là số âm; số lượng phải là số nguyên từ 0 trở lên.",
                en: "The count {found} is negative; counts are whole numbers from 0 up."),
        )
    }
    /// A count with a fractional part.
    pub fn count_fractional(l: Lang, path: &str, found: &str) -> Issue {
        Issue::error(
            "count.fractional",
            path,
            msg!(l,
                vi: "Số lượng {found} không phải là số nguyên; số lượng phải là số nguyên từ 0 trở lên.",
                en: "The count {found} is not a whole number; counts are whole numbers from 0 up."),
        )
    }
    /// A count beyond exact integer range.
    pub fn count_too_large(l: Lang, path: &str, found: &str) -> Issue {
        Issue::error(
            "count.too_large",
            path,
            msg!(l,
                vi: "Số lượng {found} quá lớn để hiển thị chính xác; giá trị lớn nhất cho phép là 9007199254740991 (2^53 − 1).",
                en: "The count {found} is too large to show exactly; the largest allowed is 9007199254740991 (2^53 − 1)."),
        )
    }
    /// The counts' sum overflows exact integer range.
    pub fn sum_too_large(l: Lang, path: &str) -> Issue {
        Issue::error(
            "count.too_large",
            path,
            msg!(l,
                vi: "Các số lượng cộng lại vượt quá 9007199254740991 (2^53 − 1), quá lớn để hiển thị chính xác.",
                en: "The counts add up to more than 9007199254740991 (2^53 − 1), too large to show exactly."),
        )
    }
    /// A count written as text.
    pub fn count_is_text(l: Lang, path: &str, found: &str) -> Issue {
        let hint = match plain_digits(found) {
            None => String::new(),
            Some(digits) => {
                let found = quote(found);
                match l {
                    Lang::Vi => format!(" (ví dụ {digits}, không phải {found})"),
                    Lang::En => format!(" (e.g. {digits}, not {found})"),
                }
            }
        };
        Issue::error(
            "count.not_number",
            path,
            msg!(l,
                vi: "Số lượng và tổng số phải là số JSON thuần, không có dấu ngoặc kép hay dấu phân cách hàng nghìn{hint}.",
                en: "Counts and totals must be plain JSON numbers without quotes or thousands separators{hint}."),
        )
    }
    /// The digits of a whole number written as text, `"13.886"` or
    /// `"13 886"` or `"13886"`; `None` for anything else.
    fn plain_digits(s: &str) -> Option<String> {
        let s = s.trim();
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        if digits.is_empty() || digits.len() > 16 {
            return None;
        }
        if digits.len() == s.len() {
            return Some(digits);
        }
        // Thousands groups: 1–3 digits, then groups of exactly 3 after one
        // separator kind (".", ",", space, no-break or narrow no-break space).
        let sep = s.chars().find(|c| !c.is_ascii_digit())?;
        if !matches!(sep, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '\'') {
            return None;
        }
        let parts: Vec<&str> = s.split(sep).collect();
        let grouped = parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
            && (1..=3).contains(&parts[0].len())
            && parts[1..].iter().all(|p| p.len() == 3);
        grouped.then_some(digits)
    }
    /// A count for an id that is not a tier.
    pub fn count_unknown_tier(l: Lang, path: &str, id: &str, tiers: &str) -> Issue {
        let id = quote(id);
        Issue::error(
            "count.unknown_tier",
            path,
            msg!(l,
                vi: "Không có mức nào có mã {id}; các mức hiện có: {tiers}.",
                en: "There is no tier with id {id}; the tiers are: {tiers}."),
        )
    }
    /// A tier without a count and no total to explain it.
    pub fn count_missing(l: Lang, path: &str, id: &str) -> Issue {
        let id = quote(id);
        Issue::error(
            "count.missing",
            path,
            msg!(l,
                vi: "Thiếu số lượng cho mức {id}; hãy ghi 0 nếu không có, hoặc khai báo \"total\" (tổng số) của nhóm để phần còn thiếu được hiển thị là không có số liệu.",
                en: "No count for the tier {id}; give 0 if there were none, or state the group's \"total\" so the missing part shows as not reported."),
        )
    }
    /// The stated total is below the counts' sum.
    pub fn total_below_sum(l: Lang, path: &str, total: u64, sum: u64) -> Issue {
        Issue::error(
            "total.below_sum",
            path,
            msg!(l,
                vi: "Tổng số {total} nhỏ hơn tổng các số lượng ({sum}); tổng số phải lớn hơn hoặc bằng tổng các số lượng.",
                en: "The total {total} is smaller than the sum of the counts, {sum}; the total must be at least the sum."),
        )
    }
    /// A period that is neither a whole number nor text.
    pub fn period_invalid(l: Lang, path: &str, found: &str) -> Issue {
        Issue::error(
            "period.invalid",
            path,
            msg!(l,
                vi: "Cần một năm dạng số nguyên (ví dụ 2021) hoặc một văn bản ngắn (ví dụ \"2021–2022\"), nhưng lại là {found}.",
                en: "Expected a year as a whole number (e.g. 2021) or a short text (e.g. \"2021–2022\"), found {found}."),
        )
    }
    /// An unsupported locale: fell back.
    pub fn locale_fallback(l: Lang, found: &str, used: &str) -> Issue {
        let found = quote(found);
        Issue::warning(
            "locale.unsupported",
            "locale",
            msg!(l,
                vi: "Mã ngôn ngữ {found} không được hỗ trợ; số liệu được định dạng theo \"{used}\". Các mã được hỗ trợ: vi-VN, en-US, en-GB, fr-FR, de-DE.",
                en: "The locale {found} is not supported; numbers are formatted for \"{used}\". Supported: vi-VN, en-US, en-GB, fr-FR, de-DE."),
        )
    }
    /// A source URL that is not http(s).
    pub fn url_invalid(l: Lang, path: &str) -> Issue {
        Issue::error(
            "url.invalid",
            path,
            msg!(l,
                vi: "Liên kết phải là địa chỉ tuyệt đối bắt đầu bằng http:// hoặc https://, không có khoảng trắng.",
                en: "The link must be an absolute http:// or https:// address without spaces."),
        )
    }
    /// An unknown chart kind.
    pub fn kind_unknown(l: Lang, found: &str) -> Issue {
        const KINDS: &str = "\"auto\", \"stacked\", \"diverging\", \"grouped\", \"donut\", \"waffle\", \"trend\", \"multiples\", \"table\"";
        Issue::error(
            "display.kind.unknown",
            "display.kind",
            msg!(l,
                vi: "Kiểu biểu đồ {found} không hợp lệ; hãy dùng một trong: {KINDS}.",
                en: "Unknown chart kind {found}; use one of: {KINDS}."),
        )
    }
    /// An unknown value mode.
    pub fn values_unknown(l: Lang, found: &str) -> Issue {
        Issue::error(
            "display.values.unknown",
            "display.values",
            msg!(l,
                vi: "Chế độ hiển thị giá trị {found} không hợp lệ; hãy dùng \"shares\" (tỉ lệ) hoặc \"counts\" (số lượng).",
                en: "Unknown value mode {found}; use \"shares\" or \"counts\"."),
        )
    }
    /// Decimals out of range.
    pub fn decimals_range(l: Lang, found: &str) -> Issue {
        let max = limits::MAX_DECIMALS;
        Issue::error(
            "display.decimals.range",
            "display.decimals",
            msg!(l,
                vi: "Không dùng được {found} chữ số thập phân; hãy dùng một số nguyên từ 0 đến {max}.",
                en: "{found} decimals are not allowed; use a whole number from 0 to {max}."),
        )
    }
    /// A group gives both counts and shares.
    pub fn counts_and_shares(l: Lang, path: &str) -> Issue {
        Issue::error(
            "group.counts_and_shares",
            path,
            msg!(l,
                vi: "Một nhóm chỉ được có \"counts\" (số lượng) hoặc \"shares\" (tỉ lệ phần trăm), không được có cả hai; hãy bỏ một trong hai.",
                en: "A group gives either \"counts\" or \"shares\" (percentages), not both; remove one."),
        )
    }
    /// Some groups give counts and others shares.
    pub fn basis_mixed(l: Lang, path: &str, first_is_shares: bool) -> Issue {
        let (first, this) = if first_is_shares {
            ("shares", "counts")
        } else {
            ("counts", "shares")
        };
        Issue::error(
            "groups.mixed_basis",
            path,
            msg!(l,
                vi: "Nhóm này dùng \"{this}\" nhưng nhóm đầu tiên dùng \"{first}\"; mọi nhóm của một biểu đồ phải cùng dùng số lượng (\"counts\") hoặc cùng dùng tỉ lệ phần trăm (\"shares\").",
                en: "This group gives \"{this}\" but the first group gives \"{first}\"; all groups of a chart must give counts (\"counts\") or all must give percentages (\"shares\")."),
        )
    }
    /// A group's shares name no tier.
    pub fn shares_empty(l: Lang, path: &str) -> Issue {
        Issue::error(
            "shares.empty",
            path,
            msg!(l,
                vi: "Nhóm này không có tỉ lệ nào; hãy ghi tỉ lệ phần trăm của ít nhất một mức, ví dụ {{\"approve\": 38}}.",
                en: "This group gives no share; give the percentage of at least one tier, e.g. {{\"approve\": 38}}."),
        )
    }
    /// A share below 0 or above 100.
    pub fn share_range(l: Lang, path: &str, found: &str) -> Issue {
        Issue::error(
            "share.range",
            path,
            msg!(l,
                vi: "Tỉ lệ {found} nằm ngoài khoảng cho phép; tỉ lệ phần trăm là một số từ 0 đến 100.",
                en: "The share {found} is out of range; a share is a percentage from 0 to 100."),
        )
    }
    /// A share with more decimals than can be shown.
    pub fn share_precision(l: Lang, path: &str, found: &str) -> Issue {
        let max = limits::MAX_DECIMALS;
        Issue::error(
            "share.precision",
            path,
            msg!(l,
                vi: "Tỉ lệ {found} có quá nhiều chữ số thập phân; hãy ghi như nguồn công bố, tối đa {max} chữ số thập phân (ví dụ 38.5).",
                en: "The share {found} has too many decimals; write it as published, with at most {max} decimals (e.g. 38.5)."),
        )
    }
    /// A share written as text.
    pub fn share_is_text(l: Lang, path: &str, found: &str) -> Issue {
        let found = quote(found);
        Issue::error(
            "share.not_number",
            path,
            msg!(l,
                vi: "Tỉ lệ {found} phải là một số JSON thuần, không có dấu ngoặc kép hay dấu %, với dấu chấm thập phân (ví dụ 38.5).",
                en: "The share {found} must be a plain JSON number without quotes or a % sign, with a decimal point (e.g. 38.5)."),
        )
    }
    /// A group's shares add up to more than 100 beyond rounding.
    pub fn shares_over_100(l: Lang, path: &str, sum: &str, max: &str) -> Issue {
        Issue::error(
            "shares.over_100",
            path,
            msg!(l,
                vi: "Các tỉ lệ của nhóm này cộng lại bằng {sum}%, nhiều hơn 100%; với số chữ số thập phân đã ghi, sai số làm tròn cho phép tối đa {max}%. Tổng có thể nhỏ hơn 100 (phần còn lại hiển thị là không có số liệu).",
                en: "The shares of this group add up to {sum}%, more than 100%; with the decimals given, rounding allows at most {max}%. Less than 100 is fine (the rest shows as not reported)."),
        )
    }
    /// A total stated next to shares: unused.
    pub fn shares_total_ignored(l: Lang, path: &str) -> Issue {
        Issue::warning(
            "shares.total_ignored",
            path,
            msg!(l,
                vi: "Tổng số bị bỏ qua vì nhóm chỉ có tỉ lệ phần trăm (\"shares\"); biểu đồ không suy ra số lượng từ tỉ lệ.",
                en: "The total is ignored because the group gives percentages (\"shares\"); the chart never derives counts from shares."),
        )
    }
    /// `display.values` asks for counts, but the data has shares only.
    pub fn values_counts_shares_only(l: Lang) -> Issue {
        Issue::warning(
            "display.values.shares_only",
            "display.values",
            msg!(l,
                vi: "Dữ liệu chỉ có tỉ lệ phần trăm nên nhãn hiển thị tỉ lệ thay cho số lượng.",
                en: "The data gives percentages only, so labels show shares instead of counts."),
        )
    }
    /// A theme font list with characters outside the allowed set.
    pub fn theme_font_invalid(l: Lang, path: &str, found: &str) -> Issue {
        let found = quote(found);
        Issue::error(
            "theme.font.invalid",
            path,
            msg!(l,
                vi: "Danh sách phông chữ {found} không hợp lệ; chỉ dùng chữ cái, chữ số, khoảng trắng, dấu phẩy, dấu nháy (theo cặp) và dấu gạch nối, ví dụ \"'Merriweather Sans', Arial, sans-serif\".",
                en: "The font list {found} is not allowed; use only letters, digits, spaces, commas, paired quotes and hyphens, e.g. \"'Merriweather Sans', Arial, sans-serif\"."),
        )
    }
    /// A theme palette with fewer colours than tiers.
    pub fn palette_too_short(l: Lang, path: &str, given: usize, tiers: usize) -> Issue {
        Issue::error(
            "theme.palette.too_short",
            path,
            msg!(l,
                vi: "Bảng màu có {given} màu cho {tiers} mức; cần ít nhất một màu cho mỗi mức, theo thứ tự các mức.",
                en: "The palette has {given} colours for {tiers} tiers; give at least one colour per tier, in tier order."),
        )
    }
    /// A theme mode that is neither light nor dark.
    pub fn theme_mode_unknown(l: Lang, path: &str, found: &str) -> Issue {
        Issue::error(
            "theme.mode.unknown",
            path,
            msg!(l,
                vi: "Chế độ giao diện {found} không hợp lệ; hãy dùng \"light\" (nền sáng) hoặc \"dark\" (nền tối).",
                en: "Unknown theme mode {found}; use \"light\" or \"dark\"."),
        )
    }
    /// Theme text colour with too little contrast on the paper.
    pub fn theme_contrast(l: Lang, path: &str, which: &str, ratio: f64) -> Issue {
        let ratio = format!("{:.2}", (ratio * 100.0).floor() / 100.0);
        Issue::warning(
            "theme.contrast",
            path,
            msg!(l,
                vi: "Màu chữ \"{which}\" trên màu nền \"paper\" chỉ có độ tương phản {ratio}:1, dưới mức WCAG AA 4.5:1; chữ có thể khó đọc. Hãy chọn màu chữ đậm hơn hoặc màu nền nhạt hơn.",
                en: "The text colour \"{which}\" has a contrast of only {ratio}:1 on the \"paper\" colour, below WCAG AA (4.5:1); text may be hard to read. Choose a darker text or a lighter paper colour (or the reverse for dark themes)."),
        )
    }
    /// More issues than are listed were found.
    pub fn truncated(l: Lang, more: usize, any_error: bool) -> Issue {
        let message = msg!(l,
            vi: "Còn {more} vấn đề khác không được liệt kê; hãy sửa các vấn đề ở trên trước.",
            en: "{more} more issues are not listed; fix the ones above first.");
        if any_error {
            Issue::error("issues.truncated", "", message)
        } else {
            Issue::warning("issues.truncated", "", message)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_parses_codes_and_tags() {
        assert_eq!(Lang::parse("vi"), Some(Lang::Vi));
        assert_eq!(Lang::parse("VI-vn"), Some(Lang::Vi));
        assert_eq!(Lang::parse("en_GB"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::for_locale_tag("de-DE"), Lang::En);
        assert_eq!(Lang::for_locale_tag("vi-VN"), Lang::Vi);
    }

    #[test]
    fn quotes_are_escaped_and_short() {
        assert_eq!(quote("a\"b"), "\"a\\\"b\"");
        assert_eq!(quote("\u{202e}x"), "\"\\u{202e}x\"");
        let long = quote(&"x".repeat(1000));
        assert_eq!(long.chars().count(), QUOTE_CHARS + 3);
    }

    #[test]
    fn count_text_hints_only_for_whole_numbers() {
        let hint = |s: &str| issues::count_is_text(Lang::En, "p", s).message;
        assert!(hint("13.886").contains("e.g. 13886, not \"13.886\""));
        assert!(hint("91 400").contains("e.g. 91400"));
        assert!(hint("657").contains("e.g. 657"));
        assert!(!hint("1.5").contains("e.g."));
        assert!(!hint("abc").contains("e.g."));
        assert!(!hint("12.34.5").contains("e.g."));
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
    fn every_message_exists_in_both_languages() {
        let v = Json::Number(1.into());
        let all = |l: Lang| {
            vec![
                issues::json_syntax(l, &Syntax::TrailingComma, 1, 2),
                issues::json_too_deep(l, 1, 2),
                issues::document_too_large(l, 9),
                issues::not_utf8(l, 3),
                issues::utf16(l),
                issues::not_object(l, &v),
                issues::duplicate_key(l, "a", "a"),
                issues::count_not_finite(l, "a", "NaN"),
                issues::number_not_finite(l, "a", "NaN"),
                issues::missing(l, "a", Required::Version),
                issues::unknown_field(l, "a", "a", Some("b"), &["b"]),
                issues::wrong_type(l, "a", Expected::Text, &v),
                issues::unsupported_version(l, "2"),
                issues::empty_text(l, "a"),
                issues::text_too_long(l, "a", 3, 2),
                issues::text_control(l, "a", 1),
                issues::text_bidi(l, "a", 0x202e),
                issues::text_invisible(l, "a", 0x200b),
                issues::tiers_empty(l),
                issues::tiers_too_many(l, 13),
                issues::tier_id_invalid(l, "a", "a b"),
                issues::tier_id_reserved(l, "a", "__proto__"),
                issues::tier_id_duplicate(l, "a", "a", 0),
                issues::polarity_invalid(l, "a", "x"),
                issues::color_invalid(l, "a", "x"),
                issues::color_transparent(l, "a", "x"),
                issues::groups_empty(l),
                issues::groups_too_many(l, 1),
                issues::periods_too_many(l, 1),
                issues::group_duplicate(l, "a", "a", 0),
                issues::count_negative(l, "a", "-1"),
                issues::count_fractional(l, "a", "1.5"),
                issues::count_too_large(l, "a", "1e308"),
                issues::sum_too_large(l, "a"),
                issues::count_is_text(l, "a", "1"),
                issues::count_unknown_tier(l, "a", "a", "\"b\""),
                issues::count_missing(l, "a", "a"),
                issues::total_below_sum(l, "a", 1, 2),
                issues::period_invalid(l, "a", "x"),
                issues::locale_fallback(l, "x", "en-US"),
                issues::url_invalid(l, "a"),
                issues::kind_unknown(l, "x"),
                issues::values_unknown(l, "x"),
                issues::decimals_range(l, "9"),
                issues::truncated(l, 5, true),
                issues::counts_and_shares(l, "a"),
                issues::basis_mixed(l, "a", true),
                issues::share_range(l, "a", "-1"),
                issues::shares_empty(l, "a"),
                issues::share_precision(l, "a", "1.2345"),
                issues::share_is_text(l, "a", "40%"),
                issues::shares_over_100(l, "a", "102", "101.5"),
                issues::shares_total_ignored(l, "a"),
                issues::values_counts_shares_only(l),
                issues::theme_font_invalid(l, "a", "x;y"),
                issues::palette_too_short(l, "a", 2, 3),
                issues::theme_mode_unknown(l, "a", "\"dim\""),
                issues::theme_contrast(l, "a", "ink", 2.5),
            ]
        };
        for (vi, en) in all(Lang::Vi).iter().zip(all(Lang::En)) {
            assert_eq!(
                (vi.code, &vi.path, vi.severity),
                (en.code, &en.path, en.severity)
            );
            assert_ne!(vi.message, en.message, "{}: not translated", vi.code);
            assert!(vi.message.ends_with('.') || vi.message.ends_with(')'));
            assert!(en.message.ends_with('.') || en.message.ends_with(')'));
        }
        for syntax in [
            Syntax::Empty,
            Syntax::EofValue,
            Syntax::EofList,
            Syntax::EofObject,
            Syntax::EofString,
            Syntax::ExpectedColon,
            Syntax::ExpectedCommaOrBracket,
            Syntax::ExpectedCommaOrBrace,
            Syntax::ExpectedIdent,
            Syntax::ExpectedValue,
            Syntax::SingleQuote,
            Syntax::ByteOrderMark,
            Syntax::Comment,
            Syntax::NonFinite("NaN"),
            Syntax::KeyMustBeString,
            Syntax::TrailingComma,
            Syntax::TrailingCharacters,
            Syntax::InvalidNumber,
            Syntax::NumberOutOfRange,
            Syntax::InvalidEscape,
            Syntax::InvalidUnicode,
            Syntax::ControlInString,
        ] {
            assert_ne!(syntax.words(Lang::Vi), syntax.words(Lang::En), "{syntax:?}");
        }
    }
}

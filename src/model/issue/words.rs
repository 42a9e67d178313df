//! The small words of messages: what a JSON value is, what was expected,
//! which field is required, what is wrong with text that is not JSON; and
//! how user text is quoted. Each row gives the Vietnamese words, then the
//! English.

use super::Lang;
use crate::model::parse::{Json, Syntax};

/// Declares an enum whose every value has its words in each language:
/// each row gives the Vietnamese words, then the English.
macro_rules! words {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$doc:meta])* $variant:ident => ($vi:literal, $en:literal $(,)?),)*
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $($(#[$doc])* $variant,)*
        }

        impl $name {
            /// The words for this value, in `l`.
            pub(super) fn words(self, l: Lang) -> &'static str {
                match self {
                    $($name::$variant => l.pick($vi, $en),)*
                }
            }
        }
    };
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
    t.words(Lang::En)
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
    t.words(l)
}

words! {
    /// The types of JSON values.
    enum JsonType {
        Null => ("null", "null"),
        Bool => ("true/false", "true/false"),
        Number => ("một số", "a number"),
        Text => ("văn bản", "text"),
        List => ("một danh sách", "a list"),
        Object => ("một đối tượng", "an object"),
    }
}

/// Longest piece of user text quoted in a message, in characters.
pub(super) const QUOTE_CHARS: usize = 40;

/// A user string for a message: quoted, escaped (control and direction
/// characters become `\u{…}`), and cut after [`QUOTE_CHARS`] characters.
pub fn quote(s: &str) -> String {
    let mut cut: String = s.chars().take(QUOTE_CHARS).collect();
    if s.chars().nth(QUOTE_CHARS).is_some() {
        cut.push('…');
    }
    format!("{cut:?}")
}

words! {
    /// What a value should have been, for [`issues::wrong_type`].
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Expected {
        /// A JSON object.
        Object => ("một đối tượng", "an object"),
        /// A JSON string.
        Text => ("văn bản", "text"),
        /// A JSON array.
        List => ("một danh sách", "a list"),
        /// A whole number.
        WholeNumber => ("một số nguyên", "a whole number"),
        /// A BCP 47 tag.
        LanguageTag => ("một mã ngôn ngữ như \"vi-VN\"", "a language tag such as \"vi-VN\""),
        /// A CSS colour as a string.
        ColorText => (
            "một màu dạng văn bản, ví dụ \"#1f5f99\"",
            "a colour as text, e.g. \"#1f5f99\"",
        ),
        /// A percentage as a JSON number.
        Percent => (
            "một tỉ lệ phần trăm dạng số, ví dụ 38.5",
            "a percentage as a number, e.g. 38.5",
        ),
    }
}

words! {
    /// A required field, for [`issues::missing`].
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Required {
        /// `version`.
        Version => ("phiên bản định dạng, là 1", "the format version, 1"),
        /// `tiers`.
        Tiers => ("danh sách các mức của thang xếp loại", "the list of tiers of the scale"),
        /// `groups`.
        Groups => ("danh sách các nhóm được xếp loại", "the list of rated groups"),
        /// `source.text`.
        SourceText => ("tên nguồn như khi được công bố", "the source as printed"),
        /// `tiers[i].id`.
        TierId => ("mã của mức, ví dụ \"good\"", "the tier's id, e.g. \"good\""),
        /// `tiers[i].label`.
        TierLabel => ("nhãn của mức", "the tier's label"),
        /// `groups[i].label`.
        GroupLabel => ("nhãn của nhóm", "the group's label"),
        /// `groups[i].counts`.
        Counts => (
            "số lượng theo mã của từng mức (hoặc \"shares\" khi nguồn chỉ cho tỉ lệ phần trăm)",
            "the count for each tier id (or, when the source gives percentages only, \"shares\")",
        ),
    }
}

impl Syntax {
    /// What is wrong, in words of `l`.
    pub(super) fn words(&self, l: Lang) -> String {
        let (vi, en) = match self {
            Syntax::NonFinite(t) => {
                return l.pick(
                    format!("JSON không cho phép {t}; hãy ghi một số"),
                    format!("{t} is not allowed in JSON; write a number"),
                )
            }
            Syntax::Other(s) => return s.clone(),
            Syntax::Empty => ("dữ liệu trống", "the data is empty"),
            Syntax::EofValue => (
                "dữ liệu kết thúc ở chỗ còn thiếu một giá trị",
                "the data ends where a value was expected",
            ),
            Syntax::EofList => (
                "dữ liệu kết thúc giữa một danh sách; thiếu dấu \"]\"",
                "the data ends inside a list; a \"]\" is missing",
            ),
            Syntax::EofObject => (
                "dữ liệu kết thúc giữa một đối tượng; thiếu dấu \"}\"",
                "the data ends inside an object; a \"}\" is missing",
            ),
            Syntax::EofString => (
                "dữ liệu kết thúc giữa một văn bản; thiếu dấu \" đóng",
                "the data ends inside a text; a closing \" is missing",
            ),
            Syntax::ExpectedColon => (
                "cần dấu \":\" sau tên trường",
                "a \":\" is expected after the field name",
            ),
            Syntax::ExpectedCommaOrBracket => (
                "cần dấu \",\" hoặc \"]\" (có thể thiếu dấu phẩy giữa hai phần tử)",
                "a \",\" or \"]\" is expected (is a comma missing between two items?)",
            ),
            Syntax::ExpectedCommaOrBrace => (
                "cần dấu \",\" hoặc \"}\" (có thể thiếu dấu phẩy giữa hai trường)",
                "a \",\" or \"}\" is expected (is a comma missing between two fields?)",
            ),
            Syntax::ExpectedIdent => (
                "từ không hợp lệ; chỉ true, false và null được viết không có dấu ngoặc kép",
                "unknown word; only true, false and null may be written without quotes",
            ),
            Syntax::ExpectedValue => (
                "cần một giá trị: một số, văn bản trong dấu ngoặc kép, true, false, null, một danh sách hoặc một đối tượng",
                "a value is expected: a number, text in double quotes, true, false, null, a list or an object",
            ),
            Syntax::SingleQuote => (
                "văn bản phải đặt trong dấu ngoặc kép (\"), không dùng dấu nháy đơn (')",
                "text must be in double quotes (\"), not single quotes (')",
            ),
            Syntax::Comment => (
                "JSON không cho phép chú thích (comment)",
                "comments are not allowed in JSON",
            ),
            Syntax::ByteOrderMark => (
                "có một dấu BOM vô hình (U+FEFF) chắn đường; hãy lưu tệp ở dạng UTF-8 không có BOM",
                "an invisible byte order mark (U+FEFF) is in the way; save the file as UTF-8 without it",
            ),
            Syntax::KeyMustBeString => (
                "tên trường phải là văn bản trong dấu ngoặc kép",
                "field names must be text in double quotes",
            ),
            Syntax::TrailingComma => (
                "có dấu phẩy thừa ở cuối; hãy xoá dấu phẩy cuối cùng",
                "a comma is followed by nothing; remove the last comma",
            ),
            Syntax::TrailingCharacters => (
                "vẫn còn nội dung sau khi dữ liệu đã kết thúc; tài liệu phải là một đối tượng duy nhất",
                "there is more after the end of the data; the document must be one single object",
            ),
            Syntax::InvalidNumber => (
                "số này không được viết theo cách JSON cho phép (ví dụ 1234 hoặc 12.5; không có số 0 ở đầu, không có dấu \"+\", không có dấu \".\" ở cuối)",
                "this number is not written as JSON allows (e.g. 1234 or 12.5; no leading zeros, no \"+\", no \".\" at the end)",
            ),
            Syntax::NumberOutOfRange => ("số này quá lớn", "this number is too large"),
            Syntax::InvalidEscape => (
                "chuỗi thoát sau dấu \"\\\" trong văn bản không hợp lệ",
                "invalid escape after \"\\\" in a text",
            ),
            Syntax::InvalidUnicode => (
                "mã \\u trong văn bản không hợp lệ",
                "invalid \\u escape in a text",
            ),
            Syntax::ControlInString => (
                "văn bản chứa ký tự xuống dòng hoặc ký tự điều khiển trực tiếp; hãy viết xuống dòng là \\n",
                "a text contains a raw line break or control character; write a line break as \\n",
            ),
        };
        l.pick(vi, en).to_string()
    }
}

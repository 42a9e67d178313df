//! The document as a whole: its size, encoding and JSON syntax, repeated
//! keys, `NaN`, and the count of issues left unlisted.

use super::{quote, type_name, Code, Issue, Lang};
use crate::model::limits;
use crate::model::parse::{Json, Syntax};

/// The document is not valid JSON.
pub fn json_syntax(l: Lang, detail: &Syntax, line: usize, column: usize) -> Issue {
    let detail = detail.words(l);
    Issue::error(
        Code::JsonSyntax,
        "",
        msg!(l,
            vi: "Dữ liệu không phải JSON hợp lệ ở dòng {line}, cột {column}: {detail}.",
            en: "The data is not valid JSON at line {line}, column {column}: {detail}."),
    )
}

/// The document nests deeper than the parser allows.
pub fn json_too_deep(l: Lang, line: usize, column: usize) -> Issue {
    Issue::error(
        Code::JsonTooDeep,
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
        Code::LimitDocumentSize,
        "",
        msg!(l,
            vi: "Dữ liệu có {bytes} byte; tối đa cho phép {max} byte (5 MiB).",
            en: "The data is {bytes} bytes; at most {max} bytes (5 MiB) are allowed."),
    )
}

/// Text input that the data could not be decoded from.
pub fn not_utf8(l: Lang, offset: usize) -> Issue {
    Issue::error(
        Code::JsonEncoding,
        "",
        msg!(l,
            vi: "Dữ liệu không phải văn bản UTF-8 (byte không hợp lệ ở vị trí {offset}); hãy lưu tệp ở dạng UTF-8.",
            en: "The data is not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8."),
    )
}

/// UTF-16 text (recognised by its byte order mark).
pub fn utf16(l: Lang) -> Issue {
    Issue::error(
        Code::JsonEncoding,
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
        Code::JsonNotObject,
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
        Code::JsonDuplicateKey,
        path,
        msg!(l,
            vi: "Trường {key} xuất hiện nhiều lần trong cùng một đối tượng; chỉ giữ lại một.",
            en: "The field {key} appears more than once in the same object; keep only one."),
    )
}

/// `NaN` or `Infinity` where a count or total belongs.
pub fn count_not_finite(l: Lang, path: &str, token: &str) -> Issue {
    Issue::error(
        Code::CountNotFinite,
        path,
        msg!(l,
            vi: "{token} không phải là số lượng; số lượng là số nguyên từ 0 trở lên (JSON không có NaN hay Infinity).",
            en: "{token} is not a count; counts are whole numbers from 0 up (JSON has no NaN or Infinity)."),
    )
}

/// `NaN` or `Infinity` anywhere else.
pub fn number_not_finite(l: Lang, path: &str, token: &str) -> Issue {
    Issue::error(
        Code::NumberNotFinite,
        path,
        msg!(l,
            vi: "JSON không cho phép {token}; hãy ghi một số hoặc bỏ trường này.",
            en: "{token} is not allowed in JSON; write a number or leave the field out."),
    )
}

/// More issues than are listed were found.
pub fn truncated(l: Lang, more: usize, any_error: bool) -> Issue {
    let message = msg!(l,
        vi: "Còn {more} vấn đề khác không được liệt kê; hãy sửa các vấn đề ở trên trước.",
        en: "{more} more issues are not listed; fix the ones above first.");
    if any_error {
        Issue::error(Code::IssuesTruncated, "", message)
    } else {
        Issue::warning(Code::IssuesTruncated, "", message)
    }
}

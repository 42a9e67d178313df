//! Texts: labels, titles, notes.

use super::{Code, Issue, Lang};

/// A required text is empty (or holds only invisible characters).
pub fn empty_text(l: Lang, path: &str) -> Issue {
    Issue::error(
        Code::TextEmpty,
        path,
        msg!(l,
            vi: "Văn bản này trống; hãy viết ít nhất một ký tự nhìn thấy được.",
            en: "This text is empty; write at least one visible character."),
    )
}

/// A text is longer than allowed.
pub fn text_too_long(l: Lang, path: &str, chars: usize, max: usize) -> Issue {
    Issue::error(
        Code::TextTooLong,
        path,
        msg!(l,
            vi: "Văn bản này có {chars} ký tự; tối đa cho phép {max} ký tự.",
            en: "This text has {chars} characters; at most {max} are allowed."),
    )
}

/// A text contains a control character (or a noncharacter).
pub fn text_control(l: Lang, path: &str, code_point: u32) -> Issue {
    Issue::error(
        Code::TextControlCharacter,
        path,
        msg!(l,
            vi: "Văn bản này chứa ký tự điều khiển vô hình U+{code_point:04X}; hãy xoá nó (nhãn không được chứa ký tự xuống dòng hay tab).",
            en: "This text contains the invisible control character U+{code_point:04X}; remove it (line breaks and tabs are not allowed in labels)."),
    )
}

/// A text contains a bidirectional override or isolate.
pub fn text_bidi(l: Lang, path: &str, code_point: u32) -> Issue {
    Issue::error(
        Code::TextBidiControl,
        path,
        msg!(l,
            vi: "Văn bản này chứa ký tự điều khiển hướng chữ U+{code_point:04X}, có thể đảo thứ tự những gì người đọc thấy; hãy xoá nó.",
            en: "This text contains the text-direction control U+{code_point:04X}, which can reorder what readers see; remove it."),
    )
}

/// A text contains a zero-width character that is rarely intended.
pub fn text_invisible(l: Lang, path: &str, code_point: u32) -> Issue {
    Issue::warning(
        Code::TextInvisibleCharacter,
        path,
        msg!(l,
            vi: "Văn bản này chứa ký tự vô hình U+{code_point:04X}; ký tự được giữ nguyên nhưng có thể khiến hai nhãn trông giống nhau lại khác nhau. Hãy xoá nếu không cố ý.",
            en: "This text contains the invisible character U+{code_point:04X}; it is kept, but it can make labels that look the same differ. Remove it unless intended."),
    )
}

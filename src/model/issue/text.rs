//! Texts: labels, titles, notes.

use super::{Code, Issue, Lang};
use std::fmt::{Display, Formatter, Result};

/// A code point as a message writes it, `200B`: written only when a
/// message is (never in the reader's module, which has no words).
struct CodePoint(u32);

impl Display for CodePoint {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        write!(f, "{:04X}", self.0)
    }
}

/// A required text is empty (or holds only invisible characters).
pub fn empty_text(l: Lang, path: &str) -> Issue {
    Issue::error(Code::TextEmpty, path, l, &[])
}

/// A text is longer than allowed.
pub fn text_too_long(l: Lang, path: &str, chars: usize, max: usize) -> Issue {
    Issue::error(Code::TextTooLong, path, l, args![chars, max])
}

/// A text contains a control character.
pub fn text_control(l: Lang, path: &str, code_point: u32) -> Issue {
    let code_point = CodePoint(code_point);
    Issue::error(Code::TextControlCharacter, path, l, args![code_point])
}

/// A text contains a bidirectional embedding or override.
pub fn text_bidi(l: Lang, path: &str, code_point: u32) -> Issue {
    let code_point = CodePoint(code_point);
    Issue::error(Code::TextBidiControl, path, l, args![code_point])
}

/// A line break in a label, now a space.
pub fn text_line_break(l: Lang, path: &str) -> Issue {
    Issue::warning(Code::TextLineBreak, path, l, &[])
}

/// A noncharacter in a text, dropped.
pub fn text_noncharacter(l: Lang, path: &str, code_point: u32) -> Issue {
    let code_point = CodePoint(code_point);
    Issue::warning(Code::TextNoncharacter, path, l, args![code_point])
}

/// A text held a lone surrogate escape, now U+FFFD.
pub fn text_lone_surrogate(l: Lang, path: &str) -> Issue {
    Issue::warning(Code::TextLoneSurrogate, path, l, &[])
}

/// A text contains a zero-width character that is rarely intended.
pub fn text_invisible(l: Lang, path: &str, code_point: u32) -> Issue {
    let code_point = CodePoint(code_point);
    Issue::warning(Code::TextInvisibleCharacter, path, l, args![code_point])
}

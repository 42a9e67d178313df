//! Texts: type, emptiness, length, control, direction and invisible
//! characters; and labels as compared for duplicates.

use super::walker::Walker;
use crate::model::issue::{issues, Expected};
use crate::model::parse::{At, Json, Object};
use std::borrow::Cow;

/// A label as compared for duplicates: invisible characters removed and
/// runs of white space made one space, so that labels that look the same
/// are the same.
pub(super) fn comparable(s: &str) -> Cow<'_, str> {
    // Usually the label is already so: then it is not copied.
    let mut after_space = true;
    let plain = s.chars().all(|c| {
        let ok = if c == ' ' {
            !after_space
        } else {
            !c.is_whitespace() && (c.is_ascii() || !is_invisible(c))
        };
        after_space = c == ' ';
        ok
    });
    if plain && !after_space {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        let word = word.chars().filter(|&c| !is_invisible(c));
        if word.clone().next().is_some() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(word);
        }
    }
    Cow::Owned(out)
}

/// What a text does with a line break (`\n`, `\r\n`, `\r`, U+2028,
/// U+2029: a cell of a spreadsheet written with Alt+Enter).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Breaks {
    /// A line break (title, subtitle, notes): kept, as `\n`.
    Keep,
    /// A space, with a warning (labels, periods, the source's text).
    Space,
    /// An error (a link, a font list).
    Refuse,
}

/// Whether `c` ends a line.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Characters that must not appear in text: C0/C1 controls (line breaks
/// only where kept) and the byte order mark.
fn is_forbidden(c: char) -> bool {
    match c {
        '\n' => false,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        '\u{feff}' => true,
        _ => false,
    }
}

/// Unicode's noncharacters (U+FDD0–U+FDEF and the last two code points of
/// every plane, U+FFFE and U+FFFF among them): never text, and not allowed
/// in an SVG (XML) document. They are dropped, with a warning.
pub(super) fn is_noncharacter(c: char) -> bool {
    let u = u32::from(c);
    (0xfdd0..=0xfdef).contains(&u) || u & 0xfffe == 0xfffe
}

/// Bidirectional embeddings and overrides: they can reorder what a reader
/// sees ("Trojan Source"). Marks (U+200E, U+200F, U+061C) and isolates
/// (U+2066–U+2069, which Arabic or Hebrew names in a left-to-right text
/// need and which cannot reorder anything outside themselves) are fine.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}')
}

/// Characters that draw nothing (Unicode's default-ignorable code points,
/// roughly): a text of only these is empty.
pub(super) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
        | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}'
        | '\u{ffa0}' | '\u{fff0}'..='\u{fff8}' | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

/// Invisible characters that are almost always pasted by accident (zero
/// width space, word joiner, soft hyphen, Hangul fillers…). Joiners, marks,
/// variation selectors and tags are left alone: emoji and many scripts
/// need them.
fn is_suspicious(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{115f}' | '\u{1160}' | '\u{180e}' | '\u{200b}' | '\u{2060}'
            ..='\u{2064}' | '\u{3164}' | '\u{ffa0}'
    )
}

/// A text with its line breaks made `\n` or spaces (as `breaks` says) and
/// its noncharacters dropped.
struct Normalized {
    text: String,
    /// Whether a line break stood between other characters.
    breaks: bool,
    /// The first noncharacter dropped.
    noncharacter: Option<char>,
}

/// `s` normalized, or `None` when it has nothing to change (most texts).
fn normalize(s: &str, breaks: Breaks) -> Option<Normalized> {
    let changes = |c: char| (breaks != Breaks::Refuse && is_line_break(c)) || is_noncharacter(c);
    if !s.chars().any(changes) {
        return None;
    }
    let mut n = Normalized {
        text: String::with_capacity(s.len()),
        breaks: false,
        noncharacter: None,
    };
    let trimmed = s.trim();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if is_noncharacter(c) {
            n.noncharacter = n.noncharacter.or(Some(c));
        } else if breaks != Breaks::Refuse && is_line_break(c) {
            if c == '\r' && chars.peek() == Some(&'\n') {
                continue; // \r\n is one break: the \n makes it
            }
            n.text.push(if breaks == Breaks::Keep { '\n' } else { ' ' });
        } else {
            n.text.push(c);
        }
    }
    n.breaks = trimmed.chars().any(is_line_break);
    Some(n)
}

impl Walker {
    /// A text field: type, emptiness, length, line breaks (as `breaks`
    /// says), noncharacters (dropped, with a warning), control, direction
    /// and invisible characters. Returns the text trimmed.
    pub(super) fn text(
        &mut self,
        v: &Json,
        path: &At,
        max: usize,
        breaks: Breaks,
    ) -> Option<String> {
        let l = self.lang;
        let Json::String(s) = v else {
            self.wrong_type(path, Expected::Text, v);
            return None;
        };
        let normalized;
        let s: &str = match normalize(s, breaks) {
            None => s,
            Some(n) => {
                // A break at either end is trimmed away as any white space.
                if breaks == Breaks::Space && n.breaks {
                    self.push(issues::text_line_break(l, &path.render()));
                }
                if let Some(c) = n.noncharacter {
                    self.push(issues::text_noncharacter(l, &path.render(), u32::from(c)));
                }
                normalized = n.text;
                &normalized
            }
        };
        let trimmed = s.trim();
        // One pass over the characters; the checks are reported in the order
        // below, each naming the first character at fault.
        let mut visible = false;
        let mut chars = 0;
        let (mut bidi, mut control, mut invisible) = (None, None, None);
        for c in trimmed.chars() {
            chars += 1;
            visible = visible || (!c.is_whitespace() && (c.is_ascii() || !is_invisible(c)));
            if c.is_ascii() && !c.is_ascii_control() {
                continue;
            }
            if bidi.is_none() && is_bidi_control(c) {
                bidi = Some(c);
            }
            if control.is_none() && is_forbidden(c) {
                control = Some(c);
            }
            if invisible.is_none() && is_suspicious(c) {
                invisible = Some(c);
            }
        }
        if !visible {
            self.push(issues::empty_text(l, &path.render()));
            return None;
        }
        if chars > max {
            self.push(issues::text_too_long(l, &path.render(), chars, max));
            return None;
        }
        if let Some(c) = bidi {
            self.push(issues::text_bidi(l, &path.render(), u32::from(c)));
            return None;
        }
        if let Some(c) = control {
            self.push(issues::text_control(l, &path.render(), u32::from(c)));
            return None;
        }
        if let Some(c) = invisible {
            self.push(issues::text_invisible(l, &path.render(), u32::from(c)));
        }
        Some(trimmed.to_string())
    }

    pub(super) fn optional_text(
        &mut self,
        obj: &Object,
        key: &str,
        path: &At,
        max: usize,
        breaks: Breaks,
    ) -> Option<String> {
        match obj.get(key) {
            None | Some(Json::Null) => None,
            Some(v) => self.text(v, &At::Key(path, key), max, breaks),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparable_ignores_invisible_and_spacing() {
        assert_eq!(comparable("Đảng  viên\u{200b}"), "Đảng viên");
        assert_eq!(comparable("\u{200b} A \u{2060}"), "A");
    }
}

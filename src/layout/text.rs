//! Text measurement (injected, so layout runs natively and in the browser)
//! and word wrapping.

use crate::scene::{Font, Weight};

/// Measures the advance width of one line of text in CSS pixels.
pub trait TextMeasure {
    /// Width of `text` set in `font` (the Scene's family).
    fn width(&self, text: &str, font: Font) -> f64;
}

/// A deterministic per-character estimate, used natively (CLI, golden
/// files, tests). Widths are in em, close to common sans-serif faces; they
/// count characters, not UTF-8 bytes, so Vietnamese is not over-measured.
#[derive(Debug, Default, Clone, Copy)]
pub struct EstimateMeasure;

/// Advance (em) of a common lowercase letter in [`EstimateMeasure`].
pub const LETTER_EM: f64 = 0.55;

/// The advance (em) [`EstimateMeasure`] gives one character (also the
/// fallback of the font measures for characters they do not cover).
pub fn em_width(c: char) -> f64 {
    match c {
        ' ' | '\u{a0}' | '\u{202f}' => 0.28,
        '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 'i' | 'j' | 'l' | 'í' | 'ì' | 'ỉ' | 'ĩ'
        | 'ị' => 0.26,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' | '/' | 'I' => 0.36,
        'm' | 'w' => 0.84,
        'M' | 'W' => 0.94,
        '%' => 0.85,
        '0'..='9' => 0.57,
        '\u{300}'..='\u{36f}' | '\u{200b}'..='\u{200d}' => 0.0,
        c if is_capital(c) => 0.68,
        c if (c as u32) >= 0x2e80 => 1.0,
        c if is_symbol(c) => 0.6,
        _ => LETTER_EM,
    }
}

/// Whether `c` is a capital letter of Latin (Vietnamese's included), Greek
/// or Cyrillic: the wide letters of [`em_width`]. Not `char::is_uppercase`
/// (nor `is_alphabetic` in [`is_symbol`]'s place): their Unicode tables
/// were 2.1 KB gzip of the reader's module, where this estimate is only
/// the fallback of a canvas that cannot measure.
fn is_capital(c: char) -> bool {
    let u = c as u32;
    match u {
        0x41..=0x5a => true,
        0xc0..=0xde => u != 0xd7,
        // Latin Extended-A: pairs, the capital first; the pairs shift by
        // one after ĸ (U+0138) and ŉ (U+0149), and Ÿ (U+0178) has its
        // small letter in Latin-1.
        0x100..=0x137 | 0x14a..=0x177 => u % 2 == 0,
        0x139..=0x148 | 0x179..=0x17e => u % 2 == 1,
        0x178 => true,
        // Latin Extended-B: Vietnamese's Ơ and Ư.
        0x1a0 | 0x1af => true,
        // Greek (with its accented capitals) and Cyrillic.
        0x386 | 0x388..=0x38a | 0x38c | 0x38e..=0x3a1 | 0x3a3..=0x3ab | 0x400..=0x42f => u != 0x390,
        // Latin Extended Additional (Vietnamese's Ạ Ả Ấ …): pairs, the
        // capital first, but for ẖ…ẝ (small only) and ẞ.
        0x1e00..=0x1e95 | 0x1ea0..=0x1eff => u % 2 == 0,
        0x1e9e => true,
        _ => false,
    }
}

/// Whether `c` (below U+2E80) is punctuation or a symbol rather than a
/// letter, for [`em_width`]: ASCII's other than letters and digits,
/// Latin-1's (¡ to ¿ but ª, µ and º, × and ÷), Greek's question mark and
/// ano teleia, and the blocks from General Punctuation
/// to Miscellaneous Symbols and Arrows (dashes, quotes, currency, arrows,
/// mathematical operators…).
fn is_symbol(c: char) -> bool {
    let u = c as u32;
    (c.is_ascii() && !c.is_ascii_alphanumeric())
        || matches!(u, 0xa1..=0xa9 | 0xab..=0xb4 | 0xb6..=0xb9 | 0xbb..=0xbf | 0xd7 | 0xf7)
        || matches!(u, 0x37e | 0x387 | 0x2000..=0x2bff)
}

impl TextMeasure for EstimateMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        let ems: f64 = text.chars().map(em_width).sum();
        let bold = if font.weight == Weight::Bold {
            1.06
        } else {
            1.0
        };
        ems * font.size_px * bold
    }
}

/// The words of `text` between breakable whitespace (not U+00A0, U+202F,
/// U+2007, U+2060, which join what they separate).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_break).filter(|w| !w.is_empty())
}

/// Whether `c` is breakable whitespace.
fn is_break(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2060}')
}

/// Whether `text` is what [`wrap`] makes of a text that fits on one line:
/// its words joined by single spaces (no other breakable white space, none
/// at either end, no `\n`), and not empty.
pub fn joined_already(text: &str) -> bool {
    let mut after_break = true;
    for c in text.chars() {
        let brk = is_break(c);
        if brk && (c != ' ' || after_break) {
            return false;
        }
        after_break = brk;
    }
    !after_break
}

/// [`wrap`] for an owned text: the text itself, not a copy, when it is one
/// line already (see [`joined_already`]).
pub fn wrap_owned(text: String, font: Font, max_w: f64, m: &dyn TextMeasure) -> Vec<String> {
    if joined_already(&text) && m.width(&text, font) <= max_w {
        return vec![text];
    }
    wrap(&text, font, max_w, m)
}

/// Breaks `text` into lines no wider than `max_w`, at breakable spaces
/// (Vietnamese words are space-separated syllables; no-break spaces such as
/// the one in `15,2 %` hold); a word wider than a line is split between
/// characters. `\n` forces a break.
pub fn wrap(text: &str, font: Font, max_w: f64, m: &dyn TextMeasure) -> Vec<String> {
    let mut lines = Vec::new();
    for para in text.split('\n') {
        // Most labels fit on one line: one measurement instead of one per
        // word (the words joined as the loop below would join them).
        let mut joined = String::with_capacity(para.len());
        for word in words(para) {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(word);
        }
        if joined.is_empty() {
            continue;
        }
        if m.width(&joined, font) <= max_w {
            lines.push(joined);
            continue;
        }
        let mut line = String::new();
        for word in words(para) {
            let mut candidate = line.clone();
            if !candidate.is_empty() {
                candidate.push(' ');
            }
            candidate.push_str(word);
            if m.width(&candidate, font) <= max_w {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if m.width(word, font) <= max_w {
                line = word.to_string();
            } else {
                // Split an over-long word between characters.
                for ch in word.chars() {
                    let mut next = line.clone();
                    next.push(ch);
                    if !line.is_empty() && m.width(&next, font) > max_w {
                        lines.push(std::mem::take(&mut line));
                        line.push(ch);
                    } else {
                        line = next;
                    }
                }
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The estimate's capitals are Unicode's, and its letters and symbols
    /// are told apart as Unicode does, for ASCII, Latin-1, Latin
    /// Extended-A and Additional, Vietnamese, Greek and basic Cyrillic
    /// (Unicode's tables are the oracle here, not in the module).
    #[test]
    fn capitals_and_symbols_agree_with_unicode_where_they_are_written() {
        let vietnamese = "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYaăâbcdđeêghiklmnoôơpqrstuưvxy\
            ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ\
            àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
        let ranges = [
            0x20..=0x17f,
            0x386..=0x3ce,
            0x400..=0x45f,
            0x1e00..=0x1eff,
            0x2000..=0x206f,
        ];
        // (Less U+038B, U+038D and U+03A2, which Unicode leaves unassigned.)
        let chars = ranges
            .into_iter()
            .flatten()
            .filter(|u| ![0x38b, 0x38d, 0x3a2].contains(u))
            .filter_map(char::from_u32)
            .chain(vietnamese.chars());
        let mut wrong = Vec::new();
        for c in chars {
            let symbol = !c.is_alphanumeric() && !c.is_whitespace() && !c.is_control();
            if is_capital(c) != c.is_uppercase()
                || (is_symbol(c) != symbol && (symbol || c.is_alphabetic()))
            {
                wrong.push(format!("{c:?} U+{:04X}", c as u32));
            }
        }
        assert!(wrong.is_empty(), "{wrong:?}");
    }

    const F: Font = Font {
        size_px: 10.0,
        weight: Weight::Normal,
    };

    #[test]
    fn no_break_spaces_hold_their_words_together() {
        let m = EstimateMeasure;
        let w = m.width("15,2\u{a0}%", F);
        let lines = wrap("Tỷ lệ 15,2\u{a0}% và 3\u{202f}%", F, w + 1.0, &m);
        assert!(lines.contains(&"15,2\u{a0}%".to_string()), "{lines:?}");
        assert!(lines.iter().all(|l| !l.ends_with("15,2")), "{lines:?}");
        assert_eq!(lines.concat().matches('\u{202f}').count(), 1);
    }

    #[test]
    fn vietnamese_is_measured_per_character_not_per_byte() {
        let m = EstimateMeasure;
        // "Đảng viên" has 9 characters but 13 UTF-8 bytes.
        let w = m.width("Đảng viên", F);
        let ascii = m.width("Dang vien", F);
        assert!((w - ascii).abs() < 1e-9, "{w} vs {ascii}");
    }

    #[test]
    fn a_line_that_fits_is_its_words_joined_by_single_spaces() {
        let m = EstimateMeasure;
        for (text, want) in [
            ("Chi bộ 12", "Chi bộ 12"),
            ("  Chi  bộ\t12 ", "Chi bộ 12"),
            ("Chi\u{2003}bộ", "Chi bộ"),
            ("15,2\u{a0}%", "15,2\u{a0}%"),
        ] {
            assert_eq!(wrap(text, F, 1000.0, &m), [want], "{text:?}");
        }
        assert!(wrap("   ", F, 1000.0, &m).is_empty());
    }

    #[test]
    fn wraps_at_spaces_and_splits_long_words() {
        let m = EstimateMeasure;
        let lines = wrap("Hoàn thành xuất sắc nhiệm vụ", F, 60.0, &m);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), "Hoàn thành xuất sắc nhiệm vụ");
        for l in &lines {
            assert!(m.width(l, F) <= 60.0, "{l}");
        }
        let long = wrap("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", F, 30.0, &m);
        assert!(long.len() > 1);
        assert_eq!(long.concat(), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    }
}

/// Measures with the real advance widths of the bundled Noto Sans (native
/// only), so that SVG and PNG output are laid out for the font they are
/// drawn with, on any machine.
#[cfg(not(target_arch = "wasm32"))]
pub struct FontMeasure {
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
}

#[cfg(not(target_arch = "wasm32"))]
impl FontMeasure {
    /// Parses the bundled fonts; `None` only if the embedded files were
    /// damaged at build time.
    pub fn new() -> Option<FontMeasure> {
        Some(FontMeasure {
            regular: ttf_parser::Face::parse(crate::fonts::REGULAR, 0).ok()?,
            bold: ttf_parser::Face::parse(crate::fonts::BOLD, 0).ok()?,
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl TextMeasure for FontMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        let face = if font.weight == Weight::Bold {
            &self.bold
        } else {
            &self.regular
        };
        let units = f64::from(face.units_per_em().max(1));
        let advance: f64 = text
            .chars()
            .map(|c| match face.glyph_index(c) {
                Some(g) => f64::from(face.glyph_hor_advance(g).unwrap_or(0)) / units,
                // Not in Noto Sans: the renderer falls back to another face;
                // the estimate is as good a guess as any.
                None => em_width(c),
            })
            .sum();
        advance * font.size_px
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod font_tests {
    use super::*;

    #[test]
    fn bundled_fonts_measure_vietnamese_per_glyph() {
        let m = FontMeasure::new().expect("bundled fonts parse");
        let f = Font {
            size_px: 20.0,
            weight: Weight::Normal,
        };
        let w = m.width("Đảng viên", f);
        assert!(w > 60.0 && w < 110.0, "{w}");
        let bold = m.width(
            "Đảng viên",
            Font {
                weight: Weight::Bold,
                ..f
            },
        );
        assert!(bold > w);
        assert_eq!(m.width("", f), 0.0);
    }
}

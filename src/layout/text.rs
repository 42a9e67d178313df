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
        c if c.is_uppercase() => 0.68,
        c if c.is_alphabetic() && (c as u32) < 0x2e80 => LETTER_EM,
        c if (c as u32) >= 0x2e80 => 1.0,
        _ => 0.6,
    }
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

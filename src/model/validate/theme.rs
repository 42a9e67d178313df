//! The data's theme: font, palette, paper, ink and muted colours, light or
//! dark; and colours, also the tiers'.

use super::text::Breaks;
use super::walker::{show, Walker};
use crate::model::input::{fields, ThemeMode};
use crate::model::issue::{issues, Expected};
use crate::model::parse::{join, At, Json, Object};
use crate::model::rating::DataTheme;
use crate::scale::color::{parse_color, ColorError, Rgb};

/// Longest theme font list, in characters.
const MAX_FONT_CHARS: usize = 200;

/// Whether a font-family list holds, of ASCII, only letters, digits,
/// spaces, commas, quotes and hyphens (nothing that could end a CSS
/// declaration or an SVG attribute), with its quotes paired. Any other
/// character is a letter of a font's name in some script ("微软雅黑"): it
/// cannot end a declaration, and the text checks before this one have
/// refused control, bidi and invisible characters. (Asking Unicode which
/// characters are letters took its tables: 0.6 KB gzip of the reader.)
fn font_is_safe(font: &str) -> bool {
    font.chars().all(|c| {
        !c.is_ascii() || c.is_ascii_alphanumeric() || matches!(c, ' ' | ',' | '\'' | '"' | '-')
    }) && font.matches('\'').count() % 2 == 0
        && font.matches('"').count() % 2 == 0
}

impl Walker {
    /// A colour: a CSS colour text, opaque.
    pub(super) fn color(&mut self, v: &Json, path: &At) -> Option<Rgb> {
        let l = self.lang;
        match v {
            Json::String(s) => match parse_color(s) {
                Ok(c) => Some(c),
                Err(ColorError::Invalid) => {
                    self.push(issues::color_invalid(l, &path.render(), s));
                    None
                }
                Err(ColorError::Transparent) => {
                    self.push(issues::color_transparent(l, &path.render(), s));
                    None
                }
            },
            other => {
                self.wrong_type(path, Expected::ColorText, other);
                None
            }
        }
    }

    pub(super) fn optional_color(&mut self, obj: &Object, key: &str) -> Option<Option<Rgb>> {
        match obj.get(key) {
            None | Some(Json::Null) => Some(None),
            Some(v) => self.color(v, &At::Key(&At::Path("theme"), key)).map(Some),
        }
    }

    /// The data's theme; `n_tiers` when the tiers are valid (to check the
    /// palette's length).
    pub(super) fn theme(&mut self, v: &Json, n_tiers: Option<usize>) -> Option<DataTheme> {
        let l = self.lang;
        let obj = self.object(v, &At::Path("theme"))?;
        self.known_fields(obj, &At::Path("theme"), fields::THEME);
        let mut ok = true;
        let font = match obj.get("font") {
            None | Some(Json::Null) => None,
            Some(v) => {
                let path = "theme.font";
                match self.text(v, &At::Path(path), MAX_FONT_CHARS, Breaks::Refuse) {
                    Some(f) if font_is_safe(&f) => Some(f.replace('"', "'")),
                    Some(f) => {
                        self.push(issues::theme_font_invalid(l, path, &f));
                        ok = false;
                        None
                    }
                    None => {
                        ok = false;
                        None
                    }
                }
            }
        };
        let mut palette = Vec::new();
        match obj.get("palette") {
            None | Some(Json::Null) => {}
            Some(Json::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    match self.color(item, &At::Index(&At::Path("theme.palette"), i)) {
                        Some(c) => palette.push(c),
                        None => ok = false,
                    }
                }
                if let Some(n) = n_tiers {
                    if items.len() < n {
                        self.push(issues::palette_too_short(
                            l,
                            "theme.palette",
                            items.len(),
                            n,
                        ));
                        ok = false;
                    }
                }
            }
            Some(other) => {
                self.wrong_type(&At::Path("theme.palette"), Expected::List, other);
                ok = false;
            }
        }
        let paper = self.optional_color(obj, "paper");
        let ink = self.optional_color(obj, "ink");
        let muted = self.optional_color(obj, "muted");
        let mode = match obj.get("mode") {
            None | Some(Json::Null) => Some(None),
            Some(Json::String(s)) if s == "light" => Some(Some(ThemeMode::Light)),
            Some(Json::String(s)) if s == "dark" => Some(Some(ThemeMode::Dark)),
            Some(other) => {
                self.push(issues::theme_mode_unknown(l, "theme.mode", &show(other)));
                None
            }
        };
        let (paper, ink, muted, mode) = (paper?, ink?, muted?, mode?);
        if !ok {
            return None;
        }
        let theme = DataTheme {
            font,
            palette,
            paper,
            ink,
            muted,
            mode,
        };
        // Text must stay readable on the paper (WCAG AA for normal text).
        if paper.is_some() || ink.is_some() || muted.is_some() {
            let dark = mode == Some(ThemeMode::Dark);
            let base = crate::scale::color::base_colors(dark);
            let p = paper.unwrap_or(base.paper);
            for (key, given, fallback) in [("ink", ink, base.ink), ("muted", muted, base.muted)] {
                let c = given.unwrap_or(fallback);
                let ratio = c.contrast(p);
                if ratio < 4.5 && (given.is_some() || paper.is_some()) {
                    let path = if given.is_some() {
                        join("theme", key)
                    } else {
                        "theme.paper".to_string()
                    };
                    self.push(issues::theme_contrast(l, &path, key, ratio));
                }
            }
        }
        Some(theme)
    }
}

//! Themes: the colours of everything that is not a tier (paper, text,
//! "not reported", focus). Tier colours come from the data or the palette.
//! A theme given with the data ([`DataTheme`]) is laid over the built-in
//! one by [`Theme::with_data`]; forced colours always win.

use super::FONT_FAMILY;
use crate::model::rating::{DataTheme, RatingData, ThemeMode};
use crate::scale::color::{
    Rgb, DARK_INK, DARK_INK_MUTED, DARK_PAPER, INK, INK_MUTED, NOT_REPORTED_EDGE,
    NOT_REPORTED_FILL, PAPER,
};

/// Non-data colours of a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Background.
    pub paper: Rgb,
    /// Main text.
    pub ink: Rgb,
    /// Secondary text (subtitle, totals, source).
    pub muted: Rgb,
    /// Fill of "not reported" parts.
    pub not_reported_fill: Rgb,
    /// Outline of "not reported" parts and empty rows.
    pub edge: Rgb,
    /// Outline of the focused or hovered segment.
    pub focus: Rgb,
    /// Width in CSS px of the gap between neighbouring segments.
    pub separator_px: f64,
    /// Whether these are the system's forced colours (then the data's own
    /// theme colours are not applied).
    pub forced: bool,
}

impl Theme {
    /// Dark text on white.
    pub const LIGHT: Theme = Theme {
        paper: PAPER,
        ink: INK,
        muted: INK_MUTED,
        not_reported_fill: NOT_REPORTED_FILL,
        edge: NOT_REPORTED_EDGE,
        focus: INK,
        separator_px: 1.0,
        forced: false,
    };

    /// Light text on a near-black background.
    pub const DARK: Theme = Theme {
        paper: DARK_PAPER,
        ink: DARK_INK,
        muted: DARK_INK_MUTED,
        not_reported_fill: Rgb::hex(0x3a3a3a),
        edge: Rgb::hex(0x9e9e9e),
        focus: Rgb::hex(0xffffff),
        separator_px: 1.0,
        forced: false,
    };

    /// A theme from the system colours of forced-colours mode (Windows high
    /// contrast): background and text as given, wider separators so that
    /// tiers stay apart whatever their colours.
    pub fn forced(paper: Rgb, ink: Rgb) -> Theme {
        Theme {
            paper,
            ink,
            muted: ink,
            not_reported_fill: paper,
            edge: ink,
            focus: ink,
            separator_px: 2.0,
            forced: true,
        }
    }

    /// The built-in theme of a mode.
    pub fn of_mode(mode: ThemeMode) -> Theme {
        match mode {
            ThemeMode::Light => Theme::LIGHT,
            ThemeMode::Dark => Theme::DARK,
        }
    }

    /// This theme with the data's own theme laid over it. Forced colours
    /// win over everything. A data theme that sets `paper`, `ink`, `muted`
    /// or `mode` is a fixed look: it starts from the built-in theme of its
    /// mode (light when not given) instead of `self`, then takes the
    /// colours it sets ("not reported" and outlines follow its paper and
    /// ink). A data theme with only a font or a palette keeps `self`.
    pub fn with_data(&self, data: &RatingData) -> Theme {
        self.with(&data.theme)
    }

    /// This theme with `t` laid over it (see [`Theme::with_data`]).
    pub fn with(&self, t: &DataTheme) -> Theme {
        if self.forced || !t.fixes_look() {
            return *self;
        }
        let mut out = Theme::of_mode(t.mode.unwrap_or(ThemeMode::Light));
        if let Some(p) = t.paper {
            out.paper = p;
        }
        if let Some(i) = t.ink {
            out.ink = i;
            out.focus = i;
        }
        if let Some(m) = t.muted {
            out.muted = m;
        }
        if t.paper.is_some() || t.ink.is_some() {
            out.not_reported_fill = out.paper.mix(out.ink, 0.08);
            out.edge = out.paper.mix(out.ink, 0.5);
        }
        out
    }
}

/// The CSS font-family list of a chart: the data's font (if any), then the
/// default list (Noto Sans first), so that text always finds a font.
pub fn font_family(data: &RatingData) -> String {
    match &data.theme.font {
        Some(f) => crate::scale::format::concat(&[f, ", ", FONT_FAMILY]),
        None => FONT_FAMILY.to_string(),
    }
}

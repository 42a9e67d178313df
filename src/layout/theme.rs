//! Themes: the colours of everything that is not a tier (paper, text,
//! "not reported", focus). Tier colours come from the data or the palette.

use crate::scale::color::{Rgb, INK, INK_MUTED, NOT_REPORTED_EDGE, NOT_REPORTED_FILL, PAPER};

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
    };

    /// Light text on a near-black background.
    pub const DARK: Theme = Theme {
        paper: Rgb::hex(0x121212),
        ink: Rgb::hex(0xf0f0f0),
        muted: Rgb::hex(0xb3b3b3),
        not_reported_fill: Rgb::hex(0x3a3a3a),
        edge: Rgb::hex(0x9e9e9e),
        focus: Rgb::hex(0xffffff),
        separator_px: 1.0,
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
        }
    }
}

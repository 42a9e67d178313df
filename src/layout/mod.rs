//! Layout: validated data and derived shares become a [`Scene`] at a given
//! size, in CSS pixels. Text is measured through an injected [`TextMeasure`].

pub mod chrome;
pub mod donut;
pub mod grouped;
pub mod multiples;
pub mod stacked;
pub mod table;
pub mod text;
pub mod theme;
pub mod trend;
pub mod waffle;

use crate::derive::derive;
use crate::model::rating::{ChartKind, RatingData};
use crate::scene::Scene;
#[cfg(not(target_arch = "wasm32"))]
pub use text::FontMeasure;
pub use text::{EstimateMeasure, TextMeasure};
pub use theme::Theme;

/// The CSS font-family of every text in the chart. Noto Sans first: it has
/// complete Vietnamese coverage; the rest are common fallbacks.
pub const FONT_FAMILY: &str =
    "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";

/// Charts taller than this (CSS px) show only a band of [`VIEW_PX`] at a
/// time in the browser, scrolled with `setViewport`.
pub const SCROLL_ABOVE_PX: f64 = 2400.0;
/// Height of the visible band of a tall chart (CSS px).
pub const VIEW_PX: f64 = 720.0;

/// Narrowest layout width; narrower requests are laid out at this width.
pub const MIN_WIDTH_PX: f64 = 240.0;
/// Widest layout width.
pub const MAX_WIDTH_PX: f64 = 4096.0;
/// Width used when none is given.
pub const DEFAULT_WIDTH_PX: f64 = 640.0;

/// Requested size: a width, and optionally a height (otherwise the chart
/// takes the height its content needs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    /// Width in CSS pixels.
    pub width_px: f64,
    /// Height in CSS pixels, or `None` for the natural height.
    pub height_px: Option<f64>,
}

/// Lays out the chart of `data` at `size` in the light theme (with the
/// data's own theme laid over it).
pub fn layout(data: &RatingData, size: Size, measure: &dyn TextMeasure) -> Scene {
    layout_with(data, size, &Theme::LIGHT, measure)
}

/// Lays out the chart of `data` at `size` in `theme`, with the data's own
/// theme laid over it ([`Theme::with_data`]; forced colours win).
pub fn layout_with(
    data: &RatingData,
    size: Size,
    theme: &Theme,
    measure: &dyn TextMeasure,
) -> Scene {
    let theme = &theme.with_data(data);
    let derived = derive(data);
    let width = if size.width_px.is_finite() {
        size.width_px.clamp(MIN_WIDTH_PX, MAX_WIDTH_PX)
    } else {
        DEFAULT_WIDTH_PX
    };
    let height = size
        .height_px
        .filter(|h| h.is_finite() && *h > 0.0)
        .map(|h| h.min(100_000.0));
    let kind = crate::model::validate::resolve_kind(data.display.kind, &data.tiers, &data.groups);
    let f = match kind {
        ChartKind::Auto | ChartKind::Stacked | ChartKind::Diverging => stacked::layout,
        ChartKind::Grouped => grouped::layout,
        ChartKind::Donut => donut::layout,
        ChartKind::Waffle => waffle::layout,
        ChartKind::Trend => trend::layout,
        ChartKind::Multiples => multiples::layout,
        ChartKind::Table => table::layout,
    };
    f(data, &derived, width, height, theme, measure)
}

/// The signature every chart kind's layout has: data, derived shares, the
/// width (already clamped), an optional imposed height, theme, measurer.
pub type KindLayout =
    fn(&RatingData, &crate::derive::Derived, f64, Option<f64>, &Theme, &dyn TextMeasure) -> Scene;

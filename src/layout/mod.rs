//! Layout: validated data and derived shares become a [`Scene`] at a given
//! size, in CSS pixels. Text is measured through an injected [`TextMeasure`].
//! Each chart kind implements one interface ([`Kind`]) and lays out only
//! its plot; [`layout`] draws the chrome around it once ([`chrome`]).

// Stacked and diverging bars are always here; the other kinds only with
// the `all-kinds` feature (not in the reader's module: see [`has_kind`]).
pub mod builder;
pub mod chrome;
#[cfg(feature = "all-kinds")]
pub mod donut;
#[cfg(feature = "all-kinds")]
pub mod grouped;
pub mod kind;
#[cfg(feature = "all-kinds")]
pub mod multiples;
pub mod stacked;
#[cfg(feature = "story")]
pub mod story;
#[cfg(feature = "all-kinds")]
pub mod table;
pub mod text;
pub mod theme;
#[cfg(feature = "all-kinds")]
pub mod trend;
#[cfg(feature = "all-kinds")]
pub mod waffle;

use crate::derive::Derived;
use crate::model::rating::{ChartKind, RatingData};
use crate::scene::Scene;
use builder::Frame;
pub use builder::NARROW_PX;
pub use kind::{Context, Fit, Kind, Legend, Plot};
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
pub const MIN_WIDTH_PX: f64 = 160.0;
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

/// Lays out the chart of `data` (its shares `derived`) at `size` in
/// `theme`, with the data's own theme laid over it ([`Theme::with_data`];
/// forced colours win): the chrome (title, subtitle, legend, notes,
/// source) around the plot of the data's kind.
pub fn layout(
    data: &RatingData,
    derived: &Derived,
    size: Size,
    theme: &Theme,
    measure: &dyn TextMeasure,
) -> Scene {
    let width = if size.width_px.is_finite() {
        size.width_px.clamp(MIN_WIDTH_PX, MAX_WIDTH_PX)
    } else {
        DEFAULT_WIDTH_PX
    };
    let mut cx = Context::new(
        data,
        derived,
        Frame::new(width),
        theme.with_data(data),
        measure,
    );
    cx.height = size
        .height_px
        .filter(|h| h.is_finite() && *h > 0.0)
        .map(|h| h.min(100_000.0));
    let mut kind: Box<dyn Kind> = match data.display.kind {
        // Validation never leaves `Auto`; data built by hand that does is
        // drawn as 100 % stacked bars.
        ChartKind::Auto | ChartKind::Stacked => stacked::kind(&cx, false),
        ChartKind::Diverging => stacked::kind(&cx, true),
        #[cfg(feature = "all-kinds")]
        ChartKind::Grouped => Box::new(grouped::Grouped),
        #[cfg(feature = "all-kinds")]
        ChartKind::Donut => Box::new(donut::Donut::new(&cx)),
        #[cfg(feature = "all-kinds")]
        ChartKind::Waffle => Box::new(waffle::Waffle),
        #[cfg(feature = "all-kinds")]
        ChartKind::Trend => trend::kind(&cx),
        #[cfg(feature = "all-kinds")]
        ChartKind::Multiples => Box::new(multiples::Multiples),
        #[cfg(feature = "all-kinds")]
        ChartKind::Table => Box::new(table::Table),
        // A kind this build leaves out (see `has_kind`): the caller refuses
        // it before laying out; drawn as stacked bars should one get here.
        #[cfg(not(feature = "all-kinds"))]
        _ => stacked::kind(&cx, false),
    };
    let scene = compose(&*kind, &cx);
    match kind.fit(&cx, &scene) {
        Fit::Natural => scene,
        Fit::Stretch => chrome::fill_height(scene, cx.height),
        Fit::Again => chrome::fill_height(compose(&*kind, &cx), cx.height),
    }
}

/// Whether this build lays out `kind`. Every build but the reader's module
/// has every kind; the reader's (without the `all-kinds` feature) has the
/// kinds `auto` picks for several groups in one period (100 % stacked bars
/// or columns, diverging bars), and its host draws the others with the
/// full module (25 KB gzip less for the reader: issue 15).
pub fn has_kind(kind: ChartKind) -> bool {
    cfg!(feature = "all-kinds")
        || matches!(
            kind,
            ChartKind::Auto | ChartKind::Stacked | ChartKind::Diverging
        )
}

/// The chart of `kind`: the header, the legend the kind asks for, its
/// plot, then the footer, and the data's story over them.
fn compose(kind: &dyn Kind, cx: &Context) -> Scene {
    let (mut b, y) = chrome::header(cx);
    let y = match kind.legend(cx) {
        Legend::Tiers { reverse } => {
            let entries = chrome::legend_entries(cx.data, cx.derived, reverse);
            chrome::legend(&mut b, cx, &entries, y)
        }
        Legend::Entries(entries) => chrome::legend(&mut b, cx, &entries, y),
        Legend::None => y,
    };
    let plot = kind.plot(cx, &mut b, y);
    let scene = chrome::footer(b, cx, &plot);
    let scene = match &plot.note {
        Some(note) => chrome::note_under_plot(scene, cx, note),
        None => scene,
    };
    #[cfg(feature = "story")]
    let scene = story::apply(scene, cx);
    scene
}

//! The reader's view of one chart: what the pointer and the keyboard are
//! on, which tier is emphasised, what the highlight layer last showed and,
//! for a chart too tall to draw whole, the band of it that is shown. Pure
//! state over a [`Scene`]; the web layer paints what it says.

use super::{hit_test, navigate, Move};
use crate::derive::Part;
use crate::layout::{SCROLL_ABOVE_PX, VIEW_PX};
use crate::scene::{Datum, Scene};

/// What changed under a pointer that moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PointerChange {
    /// The datum now under the pointer, if any.
    pub datum: Option<Datum>,
    /// Whether the pointer is over a legend entry.
    pub legend: bool,
}

/// The shown band of a chart taller than [`SCROLL_ABOVE_PX`] (CSS px of
/// the whole chart).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    /// Where the band starts.
    pub top: f64,
    /// Its height ([`VIEW_PX`]).
    pub height: f64,
}

/// Hover, focus, emphasis and the shown band of one chart.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct View {
    hover: Option<Datum>,
    focus: Option<Datum>,
    /// Where the keyboard focus was when it was cleared (Escape, blur):
    /// the next move starts from there, not from the first datum.
    resume: Option<Datum>,
    legend_hover: Option<Part>,
    emphasis: Option<Part>,
    /// What the highlight layer shows now (datum, part).
    painted: (Option<Datum>, Option<Part>),
    band: Option<Band>,
}

impl View {
    /// Nothing hovered, focused or emphasised; the whole chart shown.
    pub fn new() -> View {
        View::default()
    }

    /// New data: nothing hovered, focused or emphasised (the band stays).
    pub fn forget_data(&mut self) {
        self.hover = None;
        self.focus = None;
        self.resume = None;
        self.legend_hover = None;
        self.emphasis = None;
    }

    /// The datum to highlight: the hovered one, else the focused one.
    pub fn datum(&self) -> Option<Datum> {
        self.hover.or(self.focus)
    }

    /// The tier to emphasise: the one whose legend entry is hovered, else
    /// the one toggled.
    pub fn part(&self) -> Option<Part> {
        self.legend_hover.or(self.emphasis)
    }

    /// Whether there is nothing to highlight.
    pub fn is_plain(&self) -> bool {
        self.datum().is_none() && self.part().is_none()
    }

    /// Whether the highlight layer shows something else than it should.
    pub fn stale(&self) -> bool {
        self.painted != (self.datum(), self.part())
    }

    /// What the highlight layer shows now: (datum, part).
    pub fn shown(&self) -> (Option<Datum>, Option<Part>) {
        self.painted
    }

    /// The highlight layer now shows what it should.
    pub fn painted(&mut self) {
        self.painted = (self.datum(), self.part());
    }

    /// The highlight layer was cleared (the chart was drawn again).
    pub fn cleared(&mut self) {
        self.painted = (None, None);
    }

    /// The pointer moved to (`x`, `y`): `None` when what is under it did not
    /// change (the common case), else what is under it now.
    pub fn pointer_move(&mut self, scene: &Scene, x: f64, y: f64) -> Option<PointerChange> {
        let hover = hit_test(scene, x, y);
        let legend = scene.legend_at(x, y);
        if hover == self.hover && legend == self.legend_hover {
            return None;
        }
        self.hover = hover;
        self.legend_hover = legend;
        Some(PointerChange {
            datum: hover,
            legend: legend.is_some(),
        })
    }

    /// The pointer left the chart.
    pub fn pointer_leave(&mut self) {
        self.hover = None;
        self.legend_hover = None;
    }

    /// Emphasises `part` across all groups, or stops when it already is;
    /// whether it is emphasised now.
    pub fn toggle_tier(&mut self, part: Part) -> bool {
        self.emphasis = if self.emphasis == Some(part) {
            None
        } else {
            Some(part)
        };
        self.emphasis.is_some()
    }

    /// The emphasised tier, if any.
    pub fn emphasis(&self) -> Option<Part> {
        self.emphasis
    }

    /// Moves the keyboard focus (the hover gives way to it); the datum it
    /// lands on. After the focus was cleared, the move starts from where
    /// it was.
    pub fn focus_move(&mut self, scene: &Scene, mv: Move) -> Option<Datum> {
        self.focus = navigate(scene, self.focus.or(self.resume), mv);
        self.resume = None;
        self.hover = None;
        self.focus
    }

    /// The focused datum, if any.
    pub fn focus(&self) -> Option<Datum> {
        self.focus
    }

    /// Clears the keyboard focus and any hover; the next move starts from
    /// where the focus was.
    pub fn clear_focus(&mut self) {
        self.resume = self.focus.or(self.resume);
        self.focus = None;
        self.hover = None;
    }

    /// After a layout to `height_px`: a chart taller than
    /// [`SCROLL_ABOVE_PX`] shows a band of [`VIEW_PX`], starting where the
    /// band did (within the chart); a shorter one is shown whole.
    pub fn fit_band(&mut self, height_px: f64) {
        self.band = (height_px > SCROLL_ABOVE_PX).then(|| {
            let top = self.band.map_or(0.0, |b| b.top);
            Band {
                top: top.clamp(0.0, height_px - VIEW_PX),
                height: VIEW_PX,
            }
        });
    }

    /// Scrolls the band to start at `top` (rounded to a CSS px, kept within
    /// a chart `height_px` tall; not a number: 0). Whether it moved; a
    /// chart shown whole has no band and never moves.
    pub fn set_viewport(&mut self, top: f64, height_px: f64) -> bool {
        let Some(band) = &mut self.band else {
            return false;
        };
        let top = if top.is_finite() { top } else { 0.0 };
        let top = top.clamp(0.0, (height_px - band.height).max(0.0)).round();
        if top == band.top {
            return false;
        }
        band.top = top;
        true
    }

    /// The shown band, if the chart is too tall to be shown whole.
    pub fn band(&self) -> Option<Band> {
        self.band
    }

    /// The top of the shown band (0 when the whole chart is shown).
    pub fn viewport_top(&self) -> f64 {
        self.band.map_or(0.0, |b| b.top)
    }

    /// The height shown of a chart `height_px` tall.
    pub fn view_height(&self, height_px: f64) -> f64 {
        self.band.map_or(height_px, |b| b.height)
    }
}

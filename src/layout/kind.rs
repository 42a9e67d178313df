//! The one interface of a chart kind. A kind lays out only its plot; the
//! chart's chrome (background, title and subtitle, legend, notes and
//! source) is drawn once, around it, by [`super::layout`]. A kind says
//! which legend it wants ([`Kind::legend`]) and how it meets an imposed
//! height ([`Kind::fit`]); it never draws them itself.

use super::builder::{Builder, Frame, TextStyle};
use super::text::TextMeasure;
use super::theme::Theme;
use crate::derive::Derived;
use crate::model::rating::{Part, RatingData};
use crate::scale::color::{default_palette, text_on, Rgb};
use crate::scene::{Align, Datum, Font, Rect, Role, Scene};

/// Everything a kind lays out with: the data and its derived shares, the
/// horizontal frame, the imposed height, the theme, the text measurer and
/// the tier colours.
pub struct Context<'a> {
    /// The validated data.
    pub data: &'a RatingData,
    /// Its shares.
    pub derived: &'a Derived,
    /// Width, padding and whether the narrow layout applies.
    pub frame: Frame,
    /// An imposed height (CSS px), or `None` for the natural height.
    pub height: Option<f64>,
    /// Colours of everything that is not a tier (the data's theme applied).
    pub theme: Theme,
    /// The text measurer.
    pub measure: &'a dyn TextMeasure,
    /// One colour per tier, in tier order.
    pub colors: Vec<Rgb>,
}

impl<'a> Context<'a> {
    /// The context of `data` (shares `derived`) in `frame` (its width
    /// already clamped), with no imposed height.
    pub fn new(
        data: &'a RatingData,
        derived: &'a Derived,
        frame: Frame,
        theme: Theme,
        measure: &'a dyn TextMeasure,
    ) -> Context<'a> {
        Context {
            data,
            derived,
            frame,
            height: None,
            theme,
            measure,
            colors: tier_colors(data),
        }
    }

    /// The fill of a part: its tier's colour, or the theme's "not reported".
    pub fn fill(&self, part: Part) -> Rgb {
        match part {
            Part::Tier(i) => self.colors.get(i).copied().unwrap_or(self.theme.muted),
            Part::NotReported => self.theme.not_reported_fill,
        }
    }

    /// Text that reads on the fill of a part.
    pub fn ink_on(&self, part: Part) -> Rgb {
        match part {
            Part::NotReported => self.theme.ink,
            _ => text_on(self.fill(part)),
        }
    }

    /// The outline of a part: "not reported" is outlined so that it reads
    /// as a gap, not as a tier.
    pub fn stroke(&self, part: Part) -> Option<Rgb> {
        (part == Part::NotReported).then_some(self.theme.edge)
    }

    /// A mark of `part` of group `group` (a segment, bar, square or cell)
    /// in the part's fill and outline.
    pub fn segment(&self, b: &mut Builder, bounds: Rect, group: usize, part: Part) {
        let datum = Some(Datum { group, part });
        b.rect(
            bounds,
            self.fill(part),
            self.stroke(part),
            Role::Segment,
            datum,
        );
    }

    /// A part's value centred at `at` inside its mark, in a colour that
    /// reads on the mark's fill.
    pub fn label_in(&self, b: &mut Builder, text: String, at: (f64, f64), part: Part, f: Font) {
        let style = TextStyle::new(f, self.ink_on(part), Role::SegmentLabel);
        b.text_owned(text, at.0, at.1, style.align(Align::Center));
    }

    /// A part's colour swatch `side` px wide at `at`, a legend entry of its
    /// own (hover and click emphasise the part).
    pub fn swatch(&self, b: &mut Builder, (x, y): (f64, f64), side: f64, part: Part) {
        let bounds = Rect {
            x,
            y,
            w: side,
            h: side,
        };
        b.rect(
            bounds,
            self.fill(part),
            self.stroke(part),
            Role::LegendSwatch,
            None,
        );
        b.legend_of_last(part);
    }
}

/// Tier colours: each tier's own, else the data theme's palette, else the
/// default palette for the tiers' order and polarity.
pub fn tier_colors(data: &RatingData) -> Vec<Rgb> {
    let polarities: Vec<_> = data.tiers.iter().map(|t| t.polarity).collect();
    let palette = default_palette(&polarities);
    data.tiers
        .iter()
        .enumerate()
        .zip(&palette)
        .map(|((i, t), &p)| {
            t.color
                .or_else(|| data.theme.palette.get(i).copied())
                .unwrap_or(p)
        })
        .collect()
}

/// The legend a kind wants above its plot.
#[derive(Debug, Clone, PartialEq)]
pub enum Legend {
    /// Every tier in tier order (reversed when `reverse`), then "not
    /// reported" when any group has it.
    Tiers {
        /// Whether the tiers are listed last to first.
        reverse: bool,
    },
    /// These entries (labels with values, say).
    Entries(Vec<(String, Part)>),
    /// No legend (the plot names its tiers itself).
    None,
}

/// What a kind's plot occupies.
#[derive(Debug, Clone, PartialEq)]
pub struct Plot {
    /// The area of the data marks (the highlight veil covers it).
    pub area: Rect,
    /// The top of what follows the plot (the footer).
    pub bottom: f64,
    /// A note about the plot, set under it before the notes and source
    /// (why a trend is drawn as bars, say).
    pub note: Option<String>,
}

/// What to do once a kind is laid out at its natural height: meet the
/// imposed height, or try other measures of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Keep the natural layout; blank paper fills what is left.
    Stretch,
    /// Keep the natural layout as it is, not even stretched.
    Natural,
    /// The kind changed its own measures: lay it out again (then stretch).
    Again,
}

/// One chart kind.
pub trait Kind {
    /// The legend above the plot; by default every tier.
    fn legend(&self, _cx: &Context) -> Legend {
        Legend::Tiers { reverse: false }
    }

    /// Lays out the plot from `top` (below the header and legend).
    fn plot(&self, cx: &Context, b: &mut Builder, top: f64) -> Plot;

    /// Once laid out (`natural`), whether to lay out again, e.g. to fill
    /// the imposed height `cx.height`; by default the paper stretches.
    fn fit(&mut self, _cx: &Context, _natural: &Scene) -> Fit {
        Fit::Stretch
    }
}

//! The Scene: what is drawn, in CSS pixels, with the datum each mark shows.
//! Renderers paint it; the picker hit-tests it; tests snapshot it.

use crate::derive::Part;
use crate::scale::color::Rgb;
use serde::Serialize;

/// An axis-aligned rectangle in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width (≥ 0).
    pub w: f64,
    /// Height (≥ 0).
    pub h: f64,
}

impl Rect {
    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }
    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }
    /// Centre point.
    pub fn center(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }
    /// Whether the point lies inside (edges included on the top-left only).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x < self.right() && y >= self.y && y < self.bottom()
    }
    /// Distance from the point to the rectangle (0 inside).
    pub fn distance(&self, x: f64, y: f64) -> f64 {
        let dx = (self.x - x).max(0.0).max(x - self.right());
        let dy = (self.y - y).max(0.0).max(y - self.bottom());
        dx.hypot(dy)
    }
    /// Whether two rectangles overlap with positive area.
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }
}

/// Horizontal alignment of text at its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    /// Anchor at the left end.
    Start,
    /// Anchor at the middle.
    Center,
    /// Anchor at the right end.
    End,
}

/// Font weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Weight {
    /// Regular.
    Normal,
    /// Bold.
    Bold,
}

/// A font: size in CSS pixels and weight; the family is the Scene's.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Font {
    /// Size in CSS pixels.
    pub size_px: f64,
    /// Weight.
    pub weight: Weight,
}

/// What a mark shows: one part of one group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Datum {
    /// Group index.
    pub group: usize,
    /// Tier or "not reported".
    pub part: Part,
}

/// A drawable shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Shape {
    /// A filled rectangle (the bounds), optionally outlined.
    Rect {
        /// Fill colour.
        fill: Rgb,
        /// Outline colour, drawn 1 px inside the bounds.
        stroke: Option<Rgb>,
    },
    /// One line of text; `x`, `y` are the anchor (vertical middle).
    Text {
        /// The text.
        text: String,
        /// Anchor x.
        x: f64,
        /// Anchor y: the middle of the line.
        y: f64,
        /// Font.
        font: Font,
        /// Colour.
        color: Rgb,
        /// Alignment at `x`.
        align: Align,
    },
}

/// What a scene item is for (tests and accessibility use it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    /// Background.
    Background,
    /// Title line.
    Title,
    /// Subtitle line.
    Subtitle,
    /// Legend swatch.
    LegendSwatch,
    /// Legend label.
    LegendLabel,
    /// Group label.
    GroupLabel,
    /// Group total under its label.
    GroupTotal,
    /// A bar segment (carries a datum).
    Segment,
    /// A direct label on a segment.
    SegmentLabel,
    /// The outline and note of a row whose total is 0.
    EmptyRow,
    /// An axis line (the centre of a diverging chart).
    Axis,
    /// Notes line.
    Notes,
    /// Source line.
    Source,
}

/// One mark.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// What to draw.
    pub shape: Shape,
    /// Its box in CSS pixels (for text: the measured line box).
    pub bounds: Rect,
    /// What it is for.
    pub role: Role,
    /// The datum it shows, for segments.
    pub datum: Option<Datum>,
    /// The tier (or "not reported") a legend swatch or label stands for.
    pub legend: Option<Part>,
}

/// Everything to draw, in CSS pixels.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scene {
    /// Width in CSS pixels.
    pub width_px: f64,
    /// Height in CSS pixels.
    pub height_px: f64,
    /// CSS font-family list for all text.
    pub font_family: String,
    /// The area the bars occupy (the union of every row's bar).
    pub plot: Rect,
    /// Items in paint order.
    pub items: Vec<Item>,
}

impl Scene {
    /// The same frame (size, font, plot area) with no items.
    pub fn clone_frame(&self) -> Scene {
        Scene {
            width_px: self.width_px,
            height_px: self.height_px,
            font_family: self.font_family.clone(),
            plot: self.plot,
            items: Vec::new(),
        }
    }

    /// The legend entry (tier or "not reported") under a point, if any.
    pub fn legend_at(&self, x: f64, y: f64) -> Option<Part> {
        self.items
            .iter()
            .find(|i| i.legend.is_some() && i.bounds.contains(x, y))
            .and_then(|i| i.legend)
    }

    /// Items that carry a datum, in paint order.
    pub fn data_items(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| i.datum.is_some())
    }
}

//! The Scene: what is drawn, in CSS pixels, with the datum each mark shows.
//! Renderers paint it; the picker hit-tests it; tests snapshot it.

use crate::model::rating::Part;
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
        dist(dx, dy)
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
    /// A filled polygon (donut segments, areas), optionally outlined.
    Polygon {
        /// Corners in order (CSS px); the path closes itself.
        points: Vec<(f64, f64)>,
        /// Fill colour.
        fill: Rgb,
        /// Outline colour (1 px).
        stroke: Option<Rgb>,
        /// A point well inside the polygon: where its label and a pointer
        /// aimed at it go.
        anchor: (f64, f64),
    },
    /// An open polyline (trend lines, grid lines, leader lines).
    Line {
        /// Points in order (CSS px).
        points: Vec<(f64, f64)>,
        /// Colour.
        color: Rgb,
        /// Width in CSS px.
        width: f64,
    },
    /// A filled circle (points of a trend line), optionally outlined.
    Circle {
        /// Centre x.
        cx: f64,
        /// Centre y.
        cy: f64,
        /// Radius in CSS px.
        r: f64,
        /// Fill colour.
        fill: Rgb,
        /// Outline colour (1.5 px).
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
    /// A grid line or axis tick of a value axis.
    Gridline,
    /// The label of an axis tick or of a period on an axis.
    TickLabel,
    /// A line joining one tier's values across periods (carries the tier
    /// in `legend`, so emphasising the tier repaints it).
    Series,
    /// A leader line from a label to its mark.
    Leader,
    /// The title of one panel of small multiples.
    PanelTitle,
    /// Text in the middle of a donut (the total).
    CenterLabel,
    /// A header cell of the table kind.
    TableHeader,
    /// A body cell of the table kind.
    TableCell,
    /// A note the chart prints about its own data (shares-only data, cells
    /// standing for more than one unit).
    ChartNote,
    /// An annotation of the data's story (text attached to a group, a
    /// segment or a period).
    Annotation,
    /// The reference value's line and label.
    Reference,
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
    /// The datum a direct label or leader line describes. Never hit-tested
    /// (only marks carry `datum`); painted again with its datum when that is
    /// highlighted, so labels outside their mark are not veiled.
    pub describes: Option<Datum>,
}

impl Item {
    /// Where a pointer aimed at this mark goes, and where its label sits:
    /// the centre of a rectangle or circle, the anchor of a polygon.
    pub fn anchor(&self) -> (f64, f64) {
        match &self.shape {
            Shape::Polygon { anchor, .. } => *anchor,
            Shape::Circle { cx, cy, .. } => (*cx, *cy),
            _ => self.bounds.center(),
        }
    }

    /// Distance (CSS px) from a point to the mark's painted area (0 inside).
    pub fn distance(&self, x: f64, y: f64) -> f64 {
        match &self.shape {
            Shape::Polygon { points, .. } => polygon_distance(points, x, y),
            Shape::Circle { cx, cy, r, .. } => (dist(x - cx, y - cy) - r).max(0.0),
            Shape::Line { points, width, .. } => {
                (polyline_distance(points, x, y) - width / 2.0).max(0.0)
            }
            _ => self.bounds.distance(x, y),
        }
    }

    /// The fill (or line) colour of a mark.
    pub fn color(&self) -> Rgb {
        match &self.shape {
            Shape::Rect { fill, .. } | Shape::Polygon { fill, .. } | Shape::Circle { fill, .. } => {
                *fill
            }
            Shape::Line { color, .. } | Shape::Text { color, .. } => *color,
        }
    }
}

/// The legend colour of `part` among `colors` (see [`Scene::legend_colors`]).
pub fn legend_color(colors: &[(Part, Rgb)], part: Part) -> Option<Rgb> {
    colors.iter().find(|(p, _)| *p == part).map(|(_, c)| *c)
}

/// Distance from a point to a segment.
fn segment_distance((ax, ay): (f64, f64), (bx, by): (f64, f64), x: f64, y: f64) -> f64 {
    let (dx, dy) = (bx - ax, by - ay);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((x - ax) * dx + (y - ay) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    dist(x - (ax + t * dx), y - (ay + t * dy))
}

/// Distance from a point to an open polyline.
pub fn polyline_distance(points: &[(f64, f64)], x: f64, y: f64) -> f64 {
    match points {
        [] => f64::INFINITY,
        [p] => dist(x - p.0, y - p.1),
        _ => points
            .windows(2)
            .map(|w| segment_distance(w[0], w[1], x, y))
            .fold(f64::INFINITY, f64::min),
    }
}

/// Distance from a point to a closed polygon's area (0 inside; even-odd rule).
pub fn polygon_distance(points: &[(f64, f64)], x: f64, y: f64) -> f64 {
    if points.len() < 3 {
        return polyline_distance(points, x, y);
    }
    let mut inside = false;
    let mut j = points.len() - 1;
    for i in 0..points.len() {
        let (xi, yi) = points[i];
        let (xj, yj) = points[j];
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    if inside {
        return 0.0;
    }
    let mut d = segment_distance(points[points.len() - 1], points[0], x, y);
    for w in points.windows(2) {
        d = d.min(segment_distance(w[0], w[1], x, y));
    }
    d
}

/// The bounding box of points.
pub fn bounds_of(points: &[(f64, f64)]) -> Rect {
    let (mut x0, mut y0, mut x1, mut y1) = (
        f64::INFINITY,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NEG_INFINITY,
    );
    for &(x, y) in points {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    }
    if x0 > x1 {
        return Rect {
            x: 0.0,
            y: 0.0,
            w: 0.0,
            h: 0.0,
        };
    }
    Rect {
        x: x0,
        y: y0,
        w: x1 - x0,
        h: y1 - y0,
    }
}

/// Everything to draw, in CSS pixels.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scene {
    /// Width in CSS pixels.
    pub width_px: f64,
    /// Height in CSS pixels.
    pub height_px: f64,
    /// How much of that height is empty paper below the content: what an
    /// imposed height taller than the chart's kind can use adds (0 when
    /// the chart fills it, as bars do by growing thicker).
    pub blank_px: f64,
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
            blank_px: self.blank_px,
            font_family: self.font_family.clone(),
            plot: self.plot,
            items: Vec::new(),
        }
    }

    /// The legend entry (tier or "not reported") under a point, if any.
    pub fn legend_at(&self, x: f64, y: f64) -> Option<Part> {
        self.items
            .iter()
            .find(|i| {
                matches!(i.role, Role::LegendSwatch | Role::LegendLabel)
                    && i.legend.is_some()
                    && i.bounds.contains(x, y)
            })
            .and_then(|i| i.legend)
    }

    /// The colour that stands for a datum (a tooltip's swatch): its tier's
    /// legend swatch when the chart has one — a table's cells are filled
    /// with their row's background, not the tier's colour — else its
    /// first mark's colour.
    pub fn datum_color(&self, d: Datum) -> Option<Rgb> {
        legend_color(&self.legend_colors(), d.part).or_else(|| {
            self.data_items()
                .find(|i| i.datum == Some(d))
                .map(Item::color)
        })
    }

    /// The colour of each legend swatch, with the part it stands for (for
    /// [`legend_color`] in a loop over many data).
    pub fn legend_colors(&self) -> Vec<(Part, Rgb)> {
        self.items
            .iter()
            .filter(|i| i.role == Role::LegendSwatch)
            .filter_map(|i| Some((i.legend?, i.color())))
            .collect()
    }

    /// Items that carry a datum, in paint order.
    pub fn data_items(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| i.datum.is_some())
    }

    /// Every datum once, in reading order (the order of its first mark; a
    /// waffle has many marks per datum).
    pub fn data(&self) -> Vec<Datum> {
        // A flag per group and part (the tiers, then "not reported").
        let (mut groups, mut tiers) = (0, 0);
        for d in self.data_items().filter_map(|i| i.datum) {
            groups = groups.max(d.group + 1);
            if let Part::Tier(t) = d.part {
                tiers = tiers.max(t + 1);
            }
        }
        let mut seen = vec![false; groups * (tiers + 1)];
        self.data_items()
            .filter_map(|i| i.datum)
            .filter(|d| {
                let part = match d.part {
                    Part::Tier(t) => t,
                    Part::NotReported => tiers,
                };
                seen.get_mut(d.group * (tiers + 1) + part)
                    .is_some_and(|s| !std::mem::replace(s, true))
            })
            .collect()
    }
}

/// The length of `(dx, dy)`: distances between points of a chart (CSS px),
/// which neither overflow nor underflow, so without `f64::hypot` and the
/// libm code it brings into the reader's module (1.3 KB).
fn dist(dx: f64, dy: f64) -> f64 {
    (dx * dx + dy * dy).sqrt()
}

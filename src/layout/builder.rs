//! The scene builder: items pushed top to bottom, text set in a
//! [`TextStyle`] and measured through the injected [`TextMeasure`], and
//! the horizontal [`Frame`] of a chart.

use super::text::{wrap, TextMeasure};
use crate::model::rating::Part;
use crate::scale::color::Rgb;
use crate::scene::{bounds_of, Align, Datum, Font, Item, Rect, Role, Shape, Weight};

/// Below this width, charts use their narrow layout (labels above bars,
/// smaller type, fewer ticks).
pub const NARROW_PX: f64 = 480.0;

/// A length (CSS px) with one value for the narrow layout (below
/// [`NARROW_PX`]) and one for the wide one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ByWidth {
    /// Below [`NARROW_PX`].
    pub narrow: f64,
    /// From [`NARROW_PX`] on.
    pub wide: f64,
}

impl ByWidth {
    /// The narrow value when `narrow`, else the wide one.
    pub fn at(self, narrow: bool) -> f64 {
        if narrow {
            self.narrow
        } else {
            self.wide
        }
    }
}

/// Padding on every side of a chart.
pub const PAD_PX: ByWidth = ByWidth {
    narrow: 12.0,
    wide: 16.0,
};

/// Line height of text, in em of its size (rounded to whole pixels by
/// [`line_height`]).
pub const LINE_HEIGHT_EM: f64 = 1.3;

/// A font of `size_px` and `weight`.
pub fn font(size_px: f64, weight: Weight) -> Font {
    Font { size_px, weight }
}

/// The horizontal frame of a chart: padding and the inner width.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    /// Total width.
    pub width: f64,
    /// Whether the narrow layout applies.
    pub narrow: bool,
    /// Padding on every side.
    pub pad: f64,
    /// Width between the paddings.
    pub inner_w: f64,
}

impl Frame {
    /// The frame of a chart `width` wide.
    pub fn new(width: f64) -> Frame {
        let narrow = width < NARROW_PX;
        let pad = PAD_PX.at(narrow);
        Frame {
            width,
            narrow,
            pad,
            inner_w: width - 2.0 * pad,
        }
    }

    /// The right edge of the inner area.
    pub fn right(&self) -> f64 {
        self.pad + self.inner_w
    }

    /// An empty plot area at `y` (for charts with nothing to plot).
    pub fn empty_plot(&self, y: f64) -> Rect {
        Rect {
            x: self.pad,
            y,
            w: self.inner_w,
            h: 0.0,
        }
    }

    /// The plot area from `x`, `w` wide, from `top` to `bottom`; an empty
    /// one at `y` when nothing was plotted (`top` is NaN).
    pub fn plot_area(&self, x: f64, w: f64, (top, bottom): (f64, f64), y: f64) -> Rect {
        if top.is_nan() {
            return self.empty_plot(y);
        }
        Rect {
            x,
            y: top,
            w,
            h: (bottom - top).max(0.0),
        }
    }
}

/// How a line of text is set: font, colour, alignment at its anchor, and
/// what it is for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Size and weight.
    pub font: Font,
    /// Colour.
    pub color: Rgb,
    /// Alignment at the anchor.
    pub align: Align,
    /// What the text is for.
    pub role: Role,
}

impl TextStyle {
    /// Text in `font` and `color` for `role`, starting at its anchor.
    pub fn new(font: Font, color: Rgb, role: Role) -> TextStyle {
        TextStyle {
            font,
            color,
            align: Align::Start,
            role,
        }
    }

    /// This style aligned `align` at the anchor.
    pub fn align(self, align: Align) -> TextStyle {
        TextStyle { align, ..self }
    }
}

/// Builds scene items top to bottom.
pub struct Builder<'a> {
    /// Items so far, in paint order.
    pub items: Vec<Item>,
    /// The text measurer.
    pub measure: &'a dyn TextMeasure,
}

impl<'a> Builder<'a> {
    /// An empty builder.
    pub fn new(measure: &'a dyn TextMeasure) -> Builder<'a> {
        Builder {
            items: Vec::new(),
            measure,
        }
    }

    /// One line of text with its anchor at (`x`, middle `y`).
    pub fn text(&mut self, text: &str, x: f64, y: f64, style: TextStyle) {
        self.text_owned(text.to_string(), x, y, style);
    }

    /// [`Builder::text`] for an owned text (moved into the scene).
    pub fn text_owned(&mut self, text: String, x: f64, y: f64, style: TextStyle) {
        let TextStyle {
            font,
            color,
            align,
            role,
        } = style;
        let w = self.measure.width(&text, font);
        let left = match align {
            Align::Start => x,
            Align::Center => x - w / 2.0,
            Align::End => x - w,
        };
        let h = font.size_px * 1.25;
        self.items.push(Item {
            shape: Shape::Text {
                text,
                x,
                y,
                font,
                color,
                align,
            },
            bounds: Rect {
                x: left,
                y: y - h / 2.0,
                w,
                h,
            },
            role,
            datum: None,
            legend: None,
            describes: None,
        });
    }

    /// Lines of text `lh` apart, anchored at `x`, the first line's box
    /// starting at `top`.
    pub fn lines(&mut self, lines: &[String], x: f64, top: f64, lh: f64, style: TextStyle) {
        for (k, line) in lines.iter().enumerate() {
            self.text(line, x, top + lh * k as f64 + lh / 2.0, style);
        }
    }

    /// Marks the last `n` items as describing `datum` (its direct label,
    /// leader line).
    pub fn describe_last(&mut self, n: usize, datum: Datum) {
        let len = self.items.len();
        for item in &mut self.items[len.saturating_sub(n)..] {
            item.describes = Some(datum);
        }
    }

    /// Marks the last item as the legend entry of `part`.
    pub fn legend_of_last(&mut self, part: Part) {
        if let Some(last) = self.items.last_mut() {
            last.legend = Some(part);
        }
    }

    /// Wrapped text from `top`, `max_w` wide; returns the new top.
    pub fn paragraph(
        &mut self,
        text: &str,
        (x, top): (f64, f64),
        max_w: f64,
        style: TextStyle,
    ) -> f64 {
        let lh = line_height(style.font);
        let mut y = top;
        for line in wrap(text, style.font, max_w, self.measure) {
            self.text(&line, x, y + lh / 2.0, style);
            y += lh;
        }
        y
    }

    /// A filled rectangle, optionally outlined.
    pub fn rect(
        &mut self,
        bounds: Rect,
        fill: Rgb,
        stroke: Option<Rgb>,
        role: Role,
        datum: Option<Datum>,
    ) {
        self.items.push(Item {
            shape: Shape::Rect { fill, stroke },
            bounds,
            role,
            datum,
            legend: None,
            describes: None,
        });
    }

    /// A filled polygon with an interior `anchor` point.
    pub fn polygon(
        &mut self,
        points: Vec<(f64, f64)>,
        anchor: (f64, f64),
        fill: Rgb,
        stroke: Option<Rgb>,
        role: Role,
        datum: Option<Datum>,
    ) {
        let bounds = bounds_of(&points);
        self.items.push(Item {
            shape: Shape::Polygon {
                points,
                fill,
                stroke,
                anchor,
            },
            bounds,
            role,
            datum,
            legend: None,
            describes: None,
        });
    }

    /// An open polyline `width` CSS px wide.
    pub fn line(&mut self, points: Vec<(f64, f64)>, color: Rgb, width: f64, role: Role) {
        let b = bounds_of(&points);
        let half = width / 2.0;
        self.items.push(Item {
            shape: Shape::Line {
                points,
                color,
                width,
            },
            bounds: Rect {
                x: b.x - half,
                y: b.y - half,
                w: b.w + width,
                h: b.h + width,
            },
            role,
            datum: None,
            legend: None,
            describes: None,
        });
    }

    /// A filled circle, optionally outlined.
    pub fn circle(
        &mut self,
        (cx, cy): (f64, f64),
        r: f64,
        fill: Rgb,
        stroke: Option<Rgb>,
        role: Role,
        datum: Option<Datum>,
    ) {
        self.items.push(Item {
            shape: Shape::Circle {
                cx,
                cy,
                r,
                fill,
                stroke,
            },
            bounds: Rect {
                x: cx - r,
                y: cy - r,
                w: 2.0 * r,
                h: 2.0 * r,
            },
            role,
            datum,
            legend: None,
            describes: None,
        });
    }
}

/// The line height of a font (rounded to whole pixels).
pub fn line_height(font: Font) -> f64 {
    (font.size_px * LINE_HEIGHT_EM).round()
}

//! What every chart kind shares: the scene builder, the header (title,
//! subtitle), the legend, the footer (notes, source), tier colours and the
//! formatting of direct labels. Each kind lays out only its plot.

use super::text::{wrap, TextMeasure};
use super::theme::Theme;
use crate::derive::{Derived, Part, PartValue};
use crate::model::rating::{Group, RatingData, ValueMode};
use crate::scale::color::{default_palette, Rgb};
use crate::scene::{bounds_of, Align, Datum, Font, Item, Rect, Role, Scene, Shape, Weight};

/// Below this width, charts use their narrow layout (labels above bars,
/// smaller type, fewer ticks).
pub const NARROW_PX: f64 = 480.0;

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
        let pad = if narrow { 12.0 } else { 16.0 };
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
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        text: &str,
        x: f64,
        y: f64,
        font: Font,
        color: Rgb,
        align: Align,
        role: Role,
    ) {
        let w = self.measure.width(text, font);
        let left = match align {
            Align::Start => x,
            Align::Center => x - w / 2.0,
            Align::End => x - w,
        };
        let h = font.size_px * 1.25;
        self.items.push(Item {
            shape: Shape::Text {
                text: text.to_string(),
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

    /// Wrapped text from `top`; returns the new top.
    #[allow(clippy::too_many_arguments)]
    pub fn paragraph(
        &mut self,
        text: &str,
        x: f64,
        top: f64,
        max_w: f64,
        font: Font,
        color: Rgb,
        role: Role,
    ) -> f64 {
        let lh = line_height(font);
        let mut y = top;
        for line in wrap(text, font, max_w, self.measure) {
            self.text(&line, x, y + lh / 2.0, font, color, Align::Start, role);
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
    #[allow(clippy::too_many_arguments)]
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
    (font.size_px * 1.3).round()
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

/// The fill of a part: its tier's colour, or the theme's "not reported".
pub fn fill_of(colors: &[Rgb], theme: &Theme, part: Part) -> Rgb {
    match part {
        Part::Tier(i) => colors.get(i).copied().unwrap_or(theme.muted),
        Part::NotReported => theme.not_reported_fill,
    }
}

/// The outline of a part: "not reported" is outlined so that it reads as
/// a gap, not as a tier.
pub fn stroke_of(theme: &Theme, part: Part) -> Option<Rgb> {
    (part == Part::NotReported).then_some(theme.edge)
}

/// Whether any group has members not placed in a tier.
pub fn any_not_reported(derived: &Derived) -> bool {
    derived
        .rows
        .iter()
        .any(|r| r.parts.iter().any(|p| p.part == Part::NotReported))
}

/// Legend entries: tiers in order (reversed when `reverse`), then "not
/// reported" when any row has it.
pub fn legend_entries(data: &RatingData, derived: &Derived, reverse: bool) -> Vec<(String, Part)> {
    let mut entries: Vec<(String, Part)> = data
        .tiers
        .iter()
        .enumerate()
        .map(|(i, t)| (t.label.clone(), Part::Tier(i)))
        .collect();
    if reverse {
        entries.reverse();
    }
    if any_not_reported(derived) {
        entries.push((
            data.locale.words.not_reported.to_string(),
            Part::NotReported,
        ));
    }
    entries
}

/// Starts a scene: the background and the title and subtitle. Returns the
/// builder and the top of what follows.
pub fn begin<'a>(
    data: &RatingData,
    frame: &Frame,
    theme: &Theme,
    measure: &'a dyn TextMeasure,
) -> (Builder<'a>, f64) {
    let mut b = Builder::new(measure);
    // Room for a row of marks and labels per group, the chrome besides: a
    // chart of thousands of groups is built without growing (and copying)
    // its item list again and again.
    b.items
        .reserve(32 + data.groups.len() * (data.tiers.len() + 4));
    b.rect(
        Rect {
            x: 0.0,
            y: 0.0,
            w: frame.width,
            h: 0.0,
        },
        theme.paper,
        None,
        Role::Background,
        None,
    );
    let (pad, inner_w) = (frame.pad, frame.inner_w);
    let mut y = pad;
    if let Some(title) = &data.title {
        let f = font(if frame.narrow { 17.0 } else { 20.0 }, Weight::Bold);
        y = b.paragraph(title, pad, y, inner_w, f, theme.ink, Role::Title);
        y += 2.0;
    }
    if let Some(sub) = &data.subtitle {
        y = b.paragraph(
            sub,
            pad,
            y,
            inner_w,
            font(14.0, Weight::Normal),
            theme.muted,
            Role::Subtitle,
        );
    }
    if data.title.is_some() || data.subtitle.is_some() {
        y += 10.0;
    }
    (b, y)
}

/// The legend from `y`, entries flowing left to right and wrapping; returns
/// the top of what follows.
pub fn legend(
    b: &mut Builder,
    entries: &[(String, Part)],
    colors: &[Rgb],
    theme: &Theme,
    frame: &Frame,
    y: f64,
) -> f64 {
    let (pad, inner_w) = (frame.pad, frame.inner_w);
    let measure = b.measure;
    let lf = font(13.0, Weight::Normal);
    let llh = line_height(lf);
    let swatch = 12.0;
    let (mut x, mut y, mut row_h) = (pad, y, 0.0f64);
    for (label, part) in entries {
        let lines = wrap(label, lf, inner_w - swatch - 6.0, measure);
        let text_w = lines
            .iter()
            .map(|l| measure.width(l, lf))
            .fold(0.0, f64::max);
        let entry_w = swatch + 6.0 + text_w;
        if x > pad && x + entry_w > pad + inner_w {
            x = pad;
            y += row_h + 4.0;
            row_h = 0.0;
        }
        let sy = (y + (llh - swatch) / 2.0).round();
        b.rect(
            Rect {
                x: x.round(),
                y: sy,
                w: swatch,
                h: swatch,
            },
            fill_of(colors, theme, *part),
            stroke_of(theme, *part),
            Role::LegendSwatch,
            None,
        );
        b.legend_of_last(*part);
        for (k, line) in lines.iter().enumerate() {
            let ly = y + llh * k as f64 + llh / 2.0;
            b.text(
                line,
                x + swatch + 6.0,
                ly,
                lf,
                theme.ink,
                Align::Start,
                Role::LegendLabel,
            );
            b.legend_of_last(*part);
        }
        row_h = row_h.max(llh * lines.len() as f64);
        x += entry_w + 16.0;
    }
    y + row_h + 14.0
}

/// Ends a scene: notes and source from `y`, the background sized to the
/// content; `plot` is the area the data marks occupy (the highlight veil).
pub fn finish(
    mut b: Builder,
    data: &RatingData,
    frame: &Frame,
    theme: &Theme,
    y: f64,
    plot: Rect,
) -> Scene {
    let words = &data.locale.words;
    let (pad, inner_w) = (frame.pad, frame.inner_w);
    let mut y = y + 2.0;
    let sf = font(12.0, Weight::Normal);
    if data.shares_only() {
        // Every kind says that the numbers are shares only (no counts).
        y = b.paragraph(
            words.shares_only,
            pad,
            y,
            inner_w,
            sf,
            theme.muted,
            Role::ChartNote,
        );
        y += 4.0;
    }
    if let Some(notes) = &data.notes {
        let text = format!("{}{}", words.notes_prefix, notes);
        y = b.paragraph(&text, pad, y, inner_w, sf, theme.muted, Role::Notes);
        y += 4.0;
    }
    if let Some(source) = &data.source {
        let text = format!("{}{}", words.source_prefix, source.text);
        y = b.paragraph(&text, pad, y, inner_w, sf, theme.muted, Role::Source);
    }
    let height = (y + pad).ceil().max(pad * 2.0);
    if let Some(bg) = b.items.first_mut() {
        bg.bounds.h = height;
    }
    Scene {
        width_px: frame.width,
        height_px: height,
        blank_px: 0.0,
        font_family: super::theme::font_family(data),
        plot,
        items: b.items,
    }
}

/// Grows a scene to at least `height` (an imposed height taller than the
/// content): the background stretches, nothing moves.
pub fn fill_height(mut scene: Scene, height: Option<f64>) -> Scene {
    if let Some(h) = height {
        scene.blank_px = (h.round() - scene.height_px).max(0.0);
        scene.height_px = scene.height_px.max(h.round());
        if let Some(bg) = scene.items.first_mut() {
            bg.bounds.h = scene.height_px;
        }
    }
    scene
}

/// What a direct label on a part says: its share or its count, as the data
/// asks, in the data's locale; always the share for shares-only data.
pub fn value_label(data: &RatingData, derived: &Derived, pv: &PartValue) -> String {
    match data.display.values {
        ValueMode::Counts if !data.shares_only() => data.locale.format_count(pv.count),
        _ => pv.share_text(data.locale, derived.decimals),
    }
}

/// "Total: n" for a group, in the data's language; `None` when the data
/// has no counts to total (draw nothing then).
pub fn total_text(data: &RatingData, g: &Group) -> Option<String> {
    if data.shares_only() {
        return None;
    }
    Some(format!(
        "{}: {}",
        data.locale.words.total,
        data.locale.format_count(g.total)
    ))
}

/// A count in the data's locale; `None` when the data gives shares only
/// (a shares-only chart never shows invented counts).
pub fn count_text(data: &RatingData, count: u64) -> Option<String> {
    (!data.shares_only()).then(|| data.locale.format_count(count))
}

/// Whether group labels must name their periods: only when the periods
/// differ (a period shared by every group says nothing about any one).
pub fn periods_differ(data: &RatingData) -> bool {
    data.groups
        .first()
        .is_some_and(|first| data.groups.iter().any(|g| g.period != first.period))
}

/// A group's label, with its period when `with_period`.
pub fn group_label(g: &Group, with_period: bool) -> String {
    match &g.period {
        Some(p) if with_period => format!("{} ({p})", g.label),
        _ => g.label.clone(),
    }
}

/// The group labels of a bar chart, each with its total: in a column beside
/// the bars when wide, above them when narrow.
pub struct GroupLabels {
    /// Labels above the bars.
    pub narrow: bool,
    /// The labels' font.
    pub font: Font,
    /// The totals' font.
    pub total_font: Font,
    /// Width of the label column beside the bars (0 when narrow).
    pub column: f64,
    /// Whether labels name their periods.
    pub with_period: bool,
}

impl GroupLabels {
    /// Fonts and column for `data` in `frame`: the column as wide as the
    /// widest label or total, at most `max_share` of the inner width.
    pub fn new(
        data: &RatingData,
        frame: &Frame,
        max_share: f64,
        measure: &dyn TextMeasure,
    ) -> GroupLabels {
        let narrow = frame.narrow;
        let font = self::font(if narrow { 13.0 } else { 14.0 }, Weight::Normal);
        let total_font = self::font(12.0, Weight::Normal);
        let with_period = periods_differ(data);
        let column = if narrow {
            0.0
        } else {
            let widest = data
                .groups
                .iter()
                .map(|g| {
                    let total = total_text(data, g).map_or(0.0, |t| measure.width(&t, total_font));
                    measure.width(&group_label(g, with_period), font).max(total)
                })
                .fold(0.0, f64::max);
            widest.min(frame.inner_w * max_share).max(60.0).ceil()
        };
        GroupLabels {
            narrow,
            font,
            total_font,
            column,
            with_period,
        }
    }

    /// Draws the label and total of group `g` whose marks are `marks_h`
    /// tall, from `y`: above the marks (the total right-aligned at `right`)
    /// or beside them, centred with them on one row. Returns the top of the
    /// marks and the `y` after the row.
    #[allow(clippy::too_many_arguments)]
    pub fn draw(
        &self,
        b: &mut Builder,
        data: &RatingData,
        g: &Group,
        y: f64,
        marks_h: f64,
        frame: &Frame,
        right: f64,
        theme: &Theme,
    ) -> (f64, f64) {
        let (gf, tf) = (self.font, self.total_font);
        let (glh, tlh) = (line_height(gf), line_height(tf));
        let label = group_label(g, self.with_period);
        let total = total_text(data, g);
        if self.narrow {
            let tw = total.as_ref().map_or(0.0, |t| b.measure.width(t, tf) + 8.0);
            let lines = wrap(&label, gf, (frame.inner_w - tw).max(40.0), b.measure);
            for (k, line) in lines.iter().enumerate() {
                let ly = y + glh * k as f64 + glh / 2.0;
                b.text(
                    line,
                    frame.pad,
                    ly,
                    gf,
                    theme.ink,
                    Align::Start,
                    Role::GroupLabel,
                );
            }
            if let Some(t) = &total {
                b.text(
                    t,
                    right,
                    y + glh / 2.0,
                    tf,
                    theme.muted,
                    Align::End,
                    Role::GroupTotal,
                );
            }
            let top = (y + glh * lines.len().max(1) as f64 + 2.0).round();
            return (top, top + marks_h);
        }
        let lines = wrap(&label, gf, self.column, b.measure);
        // A total wider than the (capped) column wraps too.
        let totals = total
            .as_ref()
            .map_or_else(Vec::new, |t| wrap(t, tf, self.column, b.measure));
        let text_h = glh * lines.len() as f64 + tlh * totals.len() as f64;
        let row_h = text_h.max(marks_h);
        let text_top = y + (row_h - text_h) / 2.0;
        for (k, line) in lines.iter().enumerate() {
            let ly = text_top + glh * k as f64 + glh / 2.0;
            b.text(
                line,
                frame.pad,
                ly,
                gf,
                theme.ink,
                Align::Start,
                Role::GroupLabel,
            );
        }
        let ty = text_top + glh * lines.len() as f64 + tlh / 2.0;
        for (k, line) in totals.iter().enumerate() {
            let ly = ty + tlh * k as f64;
            b.text(
                line,
                frame.pad,
                ly,
                tf,
                theme.muted,
                Align::Start,
                Role::GroupTotal,
            );
        }
        ((y + (row_h - marks_h) / 2.0).round(), y + row_h)
    }
}

/// An empty plot area at `y` (for charts with nothing to plot).
pub fn empty_plot(frame: &Frame, y: f64) -> Rect {
    Rect {
        x: frame.pad,
        y,
        w: frame.inner_w,
        h: 0.0,
    }
}

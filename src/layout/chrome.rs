//! The chart's chrome, drawn once around a kind's plot by
//! [`super::layout`]: the header (title, subtitle), the legend, the footer
//! (notes, source).
//! Also what several kinds share: the parts a chart shows, the direct
//! labels of values and the group labels of bar charts.

use super::builder::{font, line_height, Builder, ByWidth, TextStyle};
use super::kind::{Context, Plot};
use super::text::{wrap, wrap_owned};
use crate::derive::{Derived, PartValue};
use crate::label::{group_label, periods_differ, total_text};
use crate::model::rating::{Part, RatingData, ValueMode};
use crate::scene::{Align, Font, Rect, Role, Scene, Shape, Weight};

/// Size (CSS px) of the title, in bold.
pub const TITLE_PX: ByWidth = ByWidth {
    narrow: 17.0,
    wide: 20.0,
};
/// Space under the title.
pub const TITLE_GAP_PX: f64 = 2.0;
/// Size of the subtitle.
pub const SUBTITLE_PX: f64 = 14.0;
/// Space under the header (title and subtitle), when there is one.
pub const HEADER_GAP_PX: f64 = 10.0;
/// Size of the legend's labels.
pub const LEGEND_PX: f64 = 13.0;
/// Side of a legend swatch.
pub const SWATCH_PX: f64 = 12.0;
/// Space between a legend swatch and its label.
pub const SWATCH_GAP_PX: f64 = 6.0;
/// Space between two legend entries on a row.
pub const LEGEND_ENTRY_GAP_PX: f64 = 16.0;
/// Space between two rows of legend entries.
pub const LEGEND_ROW_GAP_PX: f64 = 4.0;
/// Space under the legend.
pub const LEGEND_AFTER_PX: f64 = 14.0;
/// Space between the plot and the footer.
pub const FOOTER_GAP_PX: f64 = 2.0;
/// Size of the footer's text (notes, source) and of a note under the plot.
pub const NOTE_PX: f64 = 12.0;
/// Space under a footer paragraph that another one follows.
pub const NOTE_GAP_PX: f64 = 4.0;
/// Size of the group labels of bar charts.
pub const GROUP_LABEL_PX: ByWidth = ByWidth {
    narrow: 13.0,
    wide: 14.0,
};
/// Size of the groups' totals.
pub const TOTAL_PX: f64 = 12.0;
/// Space between a group label set above its marks (narrow) and the marks.
pub const LABEL_GAP_PX: f64 = 2.0;
/// Narrowest room (CSS px) left for a group label beside its total above
/// the marks; with less, the total goes on its own lines under the label.
pub const MIN_LABEL_BESIDE_TOTAL_PX: f64 = 72.0;

/// Whether any group has members not placed in a tier.
pub fn any_not_reported(derived: &Derived) -> bool {
    derived
        .rows
        .iter()
        .any(|r| r.parts.iter().any(|p| p.part == Part::NotReported))
}

/// The parts a chart shows: every tier in order, then "not reported" when
/// any group has it.
pub fn chart_parts(data: &RatingData, derived: &Derived) -> Vec<Part> {
    let mut parts: Vec<Part> = (0..data.tiers.len()).map(Part::Tier).collect();
    if any_not_reported(derived) {
        parts.push(Part::NotReported);
    }
    parts
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
pub fn header<'a>(cx: &Context<'a>) -> (Builder<'a>, f64) {
    let (data, frame, theme) = (cx.data, &cx.frame, &cx.theme);
    let mut b = Builder::new(cx.measure);
    // Room for a row of marks and labels per group, the chrome besides: a
    // chart of thousands of groups is built without growing (and copying)
    // its item list. Enough for the most a kind draws per group (bars: a
    // label, a total, and a segment and its label per part, the tiers and
    // "not reported"), so that no kind grows it again: growing copies the
    // whole list, which at 10,000 groups cost 8–19 ms of the first chart in
    // Chromium. Room never written costs no memory a page touches.
    b.items
        .reserve(32 + data.groups.len() * (2 * data.tiers.len() + 4));
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
        let f = font(TITLE_PX.at(frame.narrow), Weight::Bold);
        y = b.paragraph(
            title,
            (pad, y),
            inner_w,
            TextStyle::new(f, theme.ink, Role::Title),
        );
        y += TITLE_GAP_PX;
    }
    if let Some(sub) = &data.subtitle {
        let f = font(SUBTITLE_PX, Weight::Normal);
        y = b.paragraph(
            sub,
            (pad, y),
            inner_w,
            TextStyle::new(f, theme.muted, Role::Subtitle),
        );
    }
    if data.title.is_some() || data.subtitle.is_some() {
        y += HEADER_GAP_PX;
    }
    (b, y)
}

/// The legend from `y`, entries flowing left to right and wrapping; returns
/// the top of what follows.
pub fn legend(b: &mut Builder, cx: &Context, entries: &[(String, Part)], y: f64) -> f64 {
    let (pad, inner_w) = (cx.frame.pad, cx.frame.inner_w);
    let measure = b.measure;
    let lf = font(LEGEND_PX, Weight::Normal);
    let style = TextStyle::new(lf, cx.theme.ink, Role::LegendLabel);
    let llh = line_height(lf);
    let swatch = SWATCH_PX;
    let (mut x, mut y, mut row_h) = (pad, y, 0.0f64);
    for (label, part) in entries {
        let lines = wrap(label, lf, inner_w - swatch - SWATCH_GAP_PX, measure);
        let text_w = lines
            .iter()
            .map(|l| measure.width(l, lf))
            .fold(0.0, f64::max);
        let entry_w = swatch + SWATCH_GAP_PX + text_w;
        if x > pad && x + entry_w > pad + inner_w {
            x = pad;
            y += row_h + LEGEND_ROW_GAP_PX;
            row_h = 0.0;
        }
        let sy = (y + (llh - swatch) / 2.0).round();
        cx.swatch(b, (x.round(), sy), swatch, *part);
        for (k, line) in lines.iter().enumerate() {
            let ly = y + llh * k as f64 + llh / 2.0;
            b.text(line, x + swatch + SWATCH_GAP_PX, ly, style);
            b.legend_of_last(*part);
        }
        row_h = row_h.max(llh * lines.len() as f64);
        x += entry_w + LEGEND_ENTRY_GAP_PX;
    }
    y + row_h + LEGEND_AFTER_PX
}

/// Ends a scene: notes and source under the plot, the background sized to
/// the content.
pub fn footer(mut b: Builder, cx: &Context, plot: &Plot) -> Scene {
    let (data, frame) = (cx.data, &cx.frame);
    let words = &data.locale.words;
    let (pad, inner_w) = (frame.pad, frame.inner_w);
    let mut y = plot.bottom + FOOTER_GAP_PX;
    let sf = font(NOTE_PX, Weight::Normal);
    let muted = |role| TextStyle::new(sf, cx.theme.muted, role);
    if data.shares_only() {
        // Every kind says that the numbers are shares only (no counts).
        y = b.paragraph(words.shares_only, (pad, y), inner_w, muted(Role::ChartNote));
        y += NOTE_GAP_PX;
    }
    if let Some(notes) = &data.notes {
        let text = crate::scale::format::concat(&[words.notes_prefix, notes]);
        y = b.paragraph(&text, (pad, y), inner_w, muted(Role::Notes));
        y += NOTE_GAP_PX;
    }
    if let Some(source) = &data.source {
        let text = crate::scale::format::concat(&[words.source_prefix, &source.text]);
        y = b.paragraph(&text, (pad, y), inner_w, muted(Role::Source));
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
        plot: plot.area,
        items: b.items,
    }
}

/// Sets `note` right under the plot, before the notes and source (which
/// move down to make room); painted after everything else.
pub fn note_under_plot(mut scene: Scene, cx: &Context, note: &str) -> Scene {
    let frame = &cx.frame;
    let mut b = Builder::new(cx.measure);
    let is_footer = |r: Role| matches!(r, Role::Notes | Role::Source);
    let footer_top = scene
        .items
        .iter()
        .filter(|i| is_footer(i.role))
        .map(|i| i.bounds.y)
        .fold(f64::INFINITY, f64::min);
    let top = if footer_top.is_finite() {
        footer_top.floor()
    } else {
        scene.height_px - frame.pad + NOTE_GAP_PX
    };
    let style = TextStyle::new(
        font(NOTE_PX, Weight::Normal),
        cx.theme.muted,
        Role::ChartNote,
    );
    let y = b.paragraph(note, (frame.pad, top), frame.inner_w, style);
    let dh = if footer_top.is_finite() {
        (y - top + NOTE_GAP_PX).ceil()
    } else {
        (y + frame.pad).ceil() - scene.height_px
    };
    for it in scene.items.iter_mut().filter(|i| is_footer(i.role)) {
        it.bounds.y += dh;
        if let Shape::Text { y, .. } = &mut it.shape {
            *y += dh;
        }
    }
    scene.items.extend(b.items);
    scene.height_px += dh;
    if let Some(bg) = scene.items.first_mut() {
        bg.bounds.h = scene.height_px;
    }
    scene
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
    /// Each group's label and total: written once (and, when wide, measured
    /// to size the column), then moved into the scene by
    /// [`GroupLabels::draw`].
    heads: Vec<(String, Option<String>)>,
}

impl GroupLabels {
    /// Fonts and column for the chart of `cx`: the column as wide as the
    /// widest label or total, at most `max_share` of the inner width.
    pub fn new(cx: &Context, max_share: f64) -> GroupLabels {
        let (data, measure) = (cx.data, cx.measure);
        let narrow = cx.frame.narrow;
        let font = self::font(GROUP_LABEL_PX.at(narrow), Weight::Normal);
        let total_font = self::font(TOTAL_PX, Weight::Normal);
        let with_period = periods_differ(data);
        let mut heads = Vec::new();
        let mut widest = 0.0f64;
        for g in &data.groups {
            let label = group_label(g, with_period);
            let total = total_text(data, g);
            if !narrow {
                let tw = total.as_ref().map_or(0.0, |t| measure.width(t, total_font));
                widest = widest.max(measure.width(&label, font).max(tw));
            }
            heads.push((label, total));
        }
        GroupLabels {
            narrow,
            font,
            total_font,
            column: if narrow {
                0.0
            } else {
                widest.min(cx.frame.inner_w * max_share).max(60.0).ceil()
            },
            with_period,
            heads,
        }
    }

    /// Draws the label and total of group `gi` (each group once) whose
    /// marks are `marks_h` tall, from `y`: above the marks (the total
    /// right-aligned at the frame's right edge) or beside them, centred
    /// with them on one row. Returns the top of the marks and the `y`
    /// after the row.
    pub fn draw(
        &mut self,
        b: &mut Builder,
        cx: &Context,
        gi: usize,
        y: f64,
        marks_h: f64,
    ) -> (f64, f64) {
        let frame = &cx.frame;
        let (gf, tf) = (self.font, self.total_font);
        let (glh, tlh) = (line_height(gf), line_height(tf));
        let label_style = TextStyle::new(gf, cx.theme.ink, Role::GroupLabel);
        let total_style = TextStyle::new(tf, cx.theme.muted, Role::GroupTotal);
        let Some((label, total)) = self.heads.get_mut(gi) else {
            return (y, y + marks_h);
        };
        let (label, total) = (std::mem::take(label), total.take());
        if self.narrow {
            let tw = total.as_ref().map_or(0.0, |t| b.measure.width(t, tf) + 8.0);
            // The total sits right of the label when that leaves the label
            // room; on the narrowest charts it goes on its own lines under
            // the label, wrapped too.
            let beside = frame.inner_w - tw >= MIN_LABEL_BESIDE_TOTAL_PX;
            let room = frame.inner_w - if beside { tw } else { 0.0 };
            let lines = wrap(&label, gf, room, b.measure);
            b.lines(&lines, frame.pad, y, glh, label_style);
            let mut below = y + glh * lines.len().max(1) as f64;
            if let Some(t) = &total {
                if beside {
                    let right = (frame.pad + frame.inner_w).round();
                    b.text(t, right, y + glh / 2.0, total_style.align(Align::End));
                } else {
                    below = b.paragraph(t, (frame.pad, below), frame.inner_w, total_style);
                }
            }
            let top = (below + LABEL_GAP_PX).round();
            return (top, top + marks_h);
        }
        let lines = wrap_owned(label, gf, self.column, b.measure);
        // A total wider than the (capped) column wraps too.
        let totals = total.map_or_else(Vec::new, |t| wrap_owned(t, tf, self.column, b.measure));
        let text_h = glh * lines.len() as f64 + tlh * totals.len() as f64;
        let row_h = text_h.max(marks_h);
        let text_top = y + (row_h - text_h) / 2.0;
        let ty = text_top + glh * lines.len() as f64 + tlh / 2.0;
        for (k, line) in lines.into_iter().enumerate() {
            b.text_owned(
                line,
                frame.pad,
                text_top + glh * k as f64 + glh / 2.0,
                label_style,
            );
        }
        for (k, line) in totals.into_iter().enumerate() {
            b.text_owned(line, frame.pad, ty + tlh * k as f64, total_style);
        }
        ((y + (row_h - marks_h) / 2.0).round(), y + row_h)
    }
}

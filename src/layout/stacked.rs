//! 100 % stacked horizontal bars: one bar per group, one segment per tier in
//! tier order, then "not reported". Labels sit beside the bars on wide
//! charts and above them on narrow ones. A few groups with short labels on
//! a wide enough chart become vertical columns instead (see
//! [`use_columns`]); diverging bars always stay horizontal.

use super::chrome::{
    begin, fill_of, finish, font, group_label, legend, legend_entries, periods_differ, stroke_of,
    tier_colors, total_text, value_label, Frame, GroupLabels, NARROW_PX,
};
use super::text::{wrap, TextMeasure};
use super::theme::Theme;
use crate::derive::{Derived, Part};
use crate::model::rating::{ChartKind, Polarity, RatingData};
use crate::scale::color::text_on;
use crate::scene::{Align, Datum, Rect, Role, Scene, Weight};

/// Smallest and largest bar thickness when a height is imposed.
const MIN_BAR_PX: f64 = 12.0;
const MAX_BAR_PX: f64 = 48.0;

/// Lays out the stacked bar chart. With `height`, bars grow or shrink
/// (within limits) so the chart fills it; the scene is never shorter than
/// its content (a chart that scrolls in a band even with the thinnest bars
/// keeps its natural ones).
pub fn layout(
    data: &RatingData,
    derived: &Derived,
    width: f64,
    height: Option<f64>,
    theme: &Theme,
    measure: &dyn TextMeasure,
) -> Scene {
    if use_columns(data, width, measure) {
        return columns(data, derived, width, height, theme, measure);
    }
    let narrow = width < NARROW_PX;
    let natural_bar = if narrow { 24.0 } else { 28.0 };
    let scene = build(data, derived, width, natural_bar, theme, measure);
    let Some(h) = height else { return scene };
    let n = data.groups.len().max(1) as f64;
    // A chart that scrolls in a band even with the thinnest bars gains
    // nothing from thinner ones: its bars keep their natural thickness
    // (and their labels), and it is not laid out a second time.
    if scene.height_px - n * (natural_bar - MIN_BAR_PX) > super::SCROLL_ABOVE_PX {
        return scene;
    }
    let bar = (natural_bar + (h - scene.height_px) / n)
        .clamp(MIN_BAR_PX, MAX_BAR_PX)
        .floor();
    let scene = if bar == natural_bar {
        scene
    } else {
        build(data, derived, width, bar, theme, measure)
    };
    // What the thickest bars leave is blank paper.
    super::chrome::fill_height(scene, Some(h))
}

fn build(
    data: &RatingData,
    derived: &Derived,
    width: f64,
    bar_h: f64,
    theme: &Theme,
    measure: &dyn TextMeasure,
) -> Scene {
    let frame = Frame::new(width);
    let (narrow, pad, inner_w) = (frame.narrow, frame.pad, frame.inner_w);
    let words = &data.locale.words;
    let (mut b, y) = begin(data, &frame, theme, measure);
    let colors = tier_colors(data);
    let diverging =
        (data.display.kind == ChartKind::Diverging).then(|| Diverging::new(data, derived));
    // The legend reads in the same direction as the bars.
    let reverse = diverging.as_ref().is_some_and(|d| d.positives_first);
    let entries = legend_entries(data, derived, reverse);
    let mut y = legend(&mut b, &entries, &colors, theme, &frame, y);

    // Group labels: beside the bars when wide, above them when narrow.
    let heads = GroupLabels::new(data, &frame, 0.32, measure);
    let label_col = heads.column;
    let bar_x0 = (pad + if narrow { 0.0 } else { label_col + 12.0 }).round();
    let bar_x1 = (pad + inner_w).round();
    let bar_w = bar_x1 - bar_x0;
    let row_gap = if narrow { 12.0 } else { 14.0 };
    let vf = font(12.0, Weight::Normal);

    let (mut plot_top, mut plot_bottom) = (f64::NAN, 0.0);
    // Each bar's vertical extent (for the centre line of narrow charts).
    let mut bar_spans: Vec<(f64, f64)> = Vec::new();
    let axis_at = b.items.len();
    for (gi, g) in data.groups.iter().enumerate() {
        let row = &derived.rows[gi];
        let (bar_top, next) = heads.draw(&mut b, data, g, y, bar_h, &frame, bar_x1, theme);
        y = next;
        if plot_top.is_nan() {
            plot_top = bar_top;
        }
        plot_bottom = bar_top + bar_h;
        bar_spans.push((bar_top, bar_top + bar_h));

        if row.total == 0 {
            b.rect(
                Rect {
                    x: bar_x0,
                    y: bar_top,
                    w: bar_w,
                    h: bar_h,
                },
                theme.paper,
                Some(theme.edge),
                Role::EmptyRow,
                None,
            );
            b.text(
                words.no_data,
                bar_x0 + bar_w / 2.0,
                bar_top + bar_h / 2.0,
                vf,
                theme.muted,
                Align::Center,
                Role::EmptyRow,
            );
        } else {
            // Parts left to right, and where the first one starts (as a
            // fraction of the bar from its left end).
            let (parts, start, scale) = match &diverging {
                None => (row.parts.iter().collect::<Vec<_>>(), 0.0, 1.0),
                Some(axis) => {
                    let parts = axis.order(row);
                    let left = axis.left_share(data, row);
                    (parts, 0.5 - left * axis.scale, axis.scale)
                }
            };
            let last_nonzero = parts.iter().rposition(|p| p.count > 0);
            let mut cum: u128 = 0;
            for (k, pv) in parts.into_iter().enumerate() {
                let edge = |c: u128| {
                    bar_x0 + (bar_w * (start + scale * c as f64 / row.total as f64)).round()
                };
                let xa = edge(cum);
                cum += u128::from(pv.count);
                let xb = edge(cum);
                // A 1 px separator keeps neighbouring tiers apart without colour.
                let sep = if Some(k) < last_nonzero && xb - xa >= 2.0 * theme.separator_px {
                    theme.separator_px
                } else {
                    0.0
                };
                let seg = Rect {
                    x: xa,
                    y: bar_top,
                    w: (xb - xa - sep).max(0.0),
                    h: bar_h,
                };
                let fill = fill_of(&colors, theme, pv.part);
                let stroke = stroke_of(theme, pv.part);
                b.rect(
                    seg,
                    fill,
                    stroke,
                    Role::Segment,
                    Some(Datum {
                        group: gi,
                        part: pv.part,
                    }),
                );
                if pv.count == 0 {
                    continue;
                }
                let label = value_label(data, derived, pv);
                let lw = measure.width(&label, vf);
                if lw + 8.0 <= seg.w && bar_h >= vf.size_px + 4.0 {
                    let color = if pv.part == Part::NotReported {
                        theme.ink
                    } else {
                        text_on(fill)
                    };
                    let (cx, cy) = seg.center();
                    b.text(&label, cx, cy, vf, color, Align::Center, Role::SegmentLabel);
                }
            }
        }
        y += row_gap;
    }

    if diverging.is_some() && !plot_top.is_nan() {
        // The centre line, where negative ends and positive begins: behind
        // the bars, seen above, between and below them. Where group labels
        // sit above the bars (narrow charts) it runs through each bar only,
        // never through a label.
        let cx = (bar_x0 + bar_w / 2.0).round();
        let spans = if narrow {
            bar_spans
                .iter()
                .map(|&(top, bottom)| (top - 2.0, bottom + 4.0))
                .collect()
        } else {
            vec![(plot_top - 4.0, plot_bottom + 4.0)]
        };
        for (k, (top, bottom)) in spans.into_iter().enumerate() {
            b.rect(
                Rect {
                    x: cx - 0.5,
                    y: top,
                    w: 1.0,
                    h: bottom - top,
                },
                theme.ink,
                None,
                Role::Axis,
                None,
            );
            if let Some(line) = b.items.pop() {
                b.items.insert(axis_at + k, line);
            }
        }
    }

    let plot = Rect {
        x: bar_x0,
        y: plot_top,
        w: bar_w,
        h: plot_bottom - plot_top,
    };
    finish(b, data, &frame, theme, y, plot)
}

/// The shared axis of a diverging chart: negative tiers (and half of the
/// neutral ones) left of the centre, positive tiers (and the other half)
/// right of it, "not reported" after the positive end. Every row uses the
/// same scale, so equal shares have equal lengths.
struct Diverging {
    /// Whether the scale lists its positive tiers first (then the bars run
    /// in reverse tier order, so that negative is always on the left).
    positives_first: bool,
    /// Bar fraction per unit of share: half the bar holds the longest side.
    scale: f64,
}

impl Diverging {
    fn new(data: &RatingData, derived: &Derived) -> Diverging {
        let positives_first = data
            .tiers
            .iter()
            .find_map(|t| match t.polarity {
                Some(Polarity::Positive) => Some(true),
                Some(Polarity::Negative) => Some(false),
                _ => None,
            })
            .unwrap_or(false);
        let mut axis = Diverging {
            positives_first,
            scale: 1.0,
        };
        let longest = derived
            .rows
            .iter()
            .filter(|r| r.total > 0)
            .map(|r| {
                let left = axis.left_share(data, r);
                left.max(1.0 - left)
            })
            .fold(0.0, f64::max);
        axis.scale = if longest > 0.0 { 0.5 / longest } else { 0.5 };
        axis
    }

    /// Share of the row's total drawn left of the centre.
    fn left_share(&self, data: &RatingData, row: &crate::derive::Row) -> f64 {
        let weight = |p: &crate::derive::PartValue| match p.part {
            Part::Tier(i) => match data.tiers[i].polarity {
                Some(Polarity::Negative) => 1.0,
                Some(Polarity::Positive) => 0.0,
                _ => 0.5,
            },
            Part::NotReported => 0.0,
        };
        if row.total == 0 {
            return 0.0;
        }
        row.parts
            .iter()
            .map(|p| weight(p) * p.count as f64)
            .sum::<f64>()
            / row.total as f64
    }

    /// The row's parts left to right.
    fn order<'r>(&self, row: &'r crate::derive::Row) -> Vec<&'r crate::derive::PartValue> {
        let mut tiers: Vec<_> = row
            .parts
            .iter()
            .filter(|p| p.part != Part::NotReported)
            .collect();
        if self.positives_first {
            tiers.reverse();
        }
        tiers.extend(row.parts.iter().filter(|p| p.part == Part::NotReported));
        tiers
    }
}

/// Most groups drawn as vertical columns.
pub const MAX_COLUMNS: usize = 6;
/// Widest group label (or total) that still sits under a column, in CSS px.
const MAX_COLUMN_LABEL_PX: f64 = 120.0;
/// Widest column.
const MAX_COLUMN_PX: f64 = 88.0;
/// Height of the columns when no height is imposed, and its limits.
const COLUMN_PX: f64 = 240.0;
const MIN_COLUMN_PX: f64 = 120.0;
const MAX_COLUMN_H_PX: f64 = 800.0;

/// The font of group labels under columns, and of totals.
fn column_fonts() -> (crate::scene::Font, crate::scene::Font) {
    (font(14.0, Weight::Normal), font(12.0, Weight::Normal))
}

/// Whether the stacked chart is drawn as vertical columns: the kind is
/// 100 % stacked (never diverging, also not an "auto" that resolves to
/// diverging), 2 to [`MAX_COLUMNS`] groups, at least [`NARROW_PX`]
/// wide, and every group label and total short enough to sit on one line
/// under its column without reaching its neighbours.
pub fn use_columns(data: &RatingData, width: f64, measure: &dyn TextMeasure) -> bool {
    let n = data.groups.len();
    let resolved =
        crate::model::validate::resolve_kind(data.display.kind, &data.tiers, &data.groups);
    // Only the stacked kind itself (other kinds may borrow this layout).
    if resolved != ChartKind::Stacked || !(2..=MAX_COLUMNS).contains(&n) || width < NARROW_PX {
        return false;
    }
    let frame = Frame::new(width);
    let slot = frame.inner_w / n as f64;
    let room = (slot - 12.0).min(MAX_COLUMN_LABEL_PX);
    let (gf, tf) = column_fonts();
    let with_period = periods_differ(data);
    data.groups.iter().all(|g| {
        let label = group_label(g, with_period);
        let total = total_text(data, g).map_or(0.0, |t| measure.width(&t, tf));
        !label.contains('\n') && measure.width(&label, gf) <= room && total <= room
    })
}

/// The fraction of a row's whole that `upto` parts cover: by counts, or
/// by shares for shares-only data.
fn fraction(data: &RatingData, derived: &Derived, row: &crate::derive::Row, upto: usize) -> f64 {
    if data.shares_only() {
        let whole = 100.0 * 10f64.powi(i32::from(derived.decimals));
        let sum: u64 = row.parts.iter().take(upto).map(|p| p.share_units).sum();
        (sum as f64 / whole).min(1.0)
    } else if row.total > 0 {
        let sum: u128 = row
            .parts
            .iter()
            .take(upto)
            .map(|p| u128::from(p.count))
            .sum();
        (sum as f64 / row.total as f64).min(1.0)
    } else {
        0.0
    }
}

/// Vertical 100 % stacked columns, first tier on top. With `height`, the
/// columns grow or shrink (within limits) so the chart fills it.
fn columns(
    data: &RatingData,
    derived: &Derived,
    width: f64,
    height: Option<f64>,
    theme: &Theme,
    measure: &dyn TextMeasure,
) -> Scene {
    let scene = build_columns(data, derived, width, COLUMN_PX, theme, measure);
    let Some(h) = height else { return scene };
    let col_h = (COLUMN_PX + h - scene.height_px)
        .clamp(MIN_COLUMN_PX, MAX_COLUMN_H_PX)
        .floor();
    let scene = if col_h == COLUMN_PX {
        scene
    } else {
        build_columns(data, derived, width, col_h, theme, measure)
    };
    super::chrome::fill_height(scene, Some(h))
}

fn build_columns(
    data: &RatingData,
    derived: &Derived,
    width: f64,
    col_h: f64,
    theme: &Theme,
    measure: &dyn TextMeasure,
) -> Scene {
    let frame = Frame::new(width);
    let words = &data.locale.words;
    let (mut b, y) = begin(data, &frame, theme, measure);
    let colors = tier_colors(data);
    let entries = legend_entries(data, derived, false);
    let y = legend(&mut b, &entries, &colors, theme, &frame, y);
    let (gf, tf) = column_fonts();
    let (glh, tlh) = ((gf.size_px * 1.3).round(), (tf.size_px * 1.3).round());
    let vf = font(12.0, Weight::Normal);
    let with_period = periods_differ(data);

    let n = data.groups.len().max(1);
    let slot = frame.inner_w / n as f64;
    let col_w = (slot * 0.6).min(MAX_COLUMN_PX).floor();
    let top = y.round();
    let bottom = top + col_h;
    let mut plot_x = (f64::INFINITY, f64::NEG_INFINITY);
    for (gi, g) in data.groups.iter().enumerate() {
        let Some(row) = derived.rows.get(gi) else {
            continue;
        };
        let cx = frame.pad + slot * (gi as f64 + 0.5);
        let x = (cx - col_w / 2.0).round();
        plot_x = (plot_x.0.min(x), plot_x.1.max(x + col_w));
        let empty = if data.shares_only() {
            row.parts.iter().all(|p| p.share_units == 0)
        } else {
            row.total == 0
        };
        if empty {
            b.rect(
                Rect {
                    x,
                    y: top,
                    w: col_w,
                    h: col_h,
                },
                theme.paper,
                Some(theme.edge),
                Role::EmptyRow,
                None,
            );
            let lines = wrap(words.no_data, vf, col_w - 6.0, measure);
            let lh = (vf.size_px * 1.3).round();
            let first = top + col_h / 2.0 - lh * (lines.len() as f64 - 1.0) / 2.0;
            for (k, line) in lines.iter().enumerate() {
                if measure.width(line, vf) <= col_w - 4.0 {
                    b.text(
                        line,
                        cx,
                        first + lh * k as f64,
                        vf,
                        theme.muted,
                        Align::Center,
                        Role::EmptyRow,
                    );
                }
            }
        } else {
            let last_nonzero = row.parts.iter().rposition(|p| p.count > 0);
            for (k, pv) in row.parts.iter().enumerate() {
                let edge = |upto: usize| top + (col_h * fraction(data, derived, row, upto)).round();
                let (ya, yb) = (edge(k), edge(k + 1));
                let sep = if Some(k) < last_nonzero && yb - ya >= 2.0 * theme.separator_px {
                    theme.separator_px
                } else {
                    0.0
                };
                let seg = Rect {
                    x,
                    y: ya,
                    w: col_w,
                    h: (yb - ya - sep).max(0.0),
                };
                let fill = fill_of(&colors, theme, pv.part);
                b.rect(
                    seg,
                    fill,
                    stroke_of(theme, pv.part),
                    Role::Segment,
                    Some(Datum {
                        group: gi,
                        part: pv.part,
                    }),
                );
                if pv.count == 0 && pv.share_units == 0 {
                    continue;
                }
                let label = value_label(data, derived, pv);
                let lw = measure.width(&label, vf);
                if lw + 8.0 <= seg.w && seg.h >= vf.size_px * 1.25 + 2.0 {
                    let color = if pv.part == Part::NotReported {
                        theme.ink
                    } else {
                        text_on(fill)
                    };
                    let (lx, ly) = seg.center();
                    b.text(&label, lx, ly, vf, color, Align::Center, Role::SegmentLabel);
                }
            }
        }
        // The label and the total under the column, each on one line
        // (use_columns checked that they fit their slot).
        let label_y = bottom + 6.0 + glh / 2.0;
        b.text(
            &group_label(g, with_period),
            cx,
            label_y,
            gf,
            theme.ink,
            Align::Center,
            Role::GroupLabel,
        );
        if let Some(t) = total_text(data, g) {
            b.text(
                &t,
                cx,
                label_y + glh / 2.0 + tlh / 2.0,
                tf,
                theme.muted,
                Align::Center,
                Role::GroupTotal,
            );
        }
    }
    let any_total = data.groups.iter().any(|g| total_text(data, g).is_some());
    let y = bottom + 6.0 + glh + if any_total { tlh } else { 0.0 } + 12.0;
    let plot = if plot_x.0.is_finite() {
        Rect {
            x: plot_x.0,
            y: top,
            w: plot_x.1 - plot_x.0,
            h: col_h,
        }
    } else {
        super::chrome::empty_plot(&frame, top)
    };
    finish(b, data, &frame, theme, y, plot)
}

//! 100 % stacked horizontal bars: one bar per group, one segment per tier in
//! tier order, then "not reported". Labels sit beside the bars on wide
//! charts and above them on narrow ones. A few groups with short labels on
//! a wide enough chart become vertical columns instead (see
//! [`use_columns`]); diverging bars always stay horizontal.

use super::builder::{font, line_height, Builder, ByWidth, TextStyle, NARROW_PX};
use super::chrome::{value_label, GroupLabels};
use super::kind::{Context, Fit, Kind, Legend, Plot};
use super::text::wrap;
use crate::derive::{Derived, Part, PartValue, Row};
use crate::label::{group_label, periods_differ, total_text};
use crate::model::rating::{Polarity, RatingData};
use crate::scene::{Align, Font, Rect, Role, Scene, Weight};

/// Natural thickness of a bar.
pub const BAR_PX: ByWidth = ByWidth {
    narrow: 24.0,
    wide: 28.0,
};
/// Space under each row of a bar (its group label and bar).
pub const BAR_GAP_PX: ByWidth = ByWidth {
    narrow: 12.0,
    wide: 14.0,
};

/// Smallest and largest bar thickness when a height is imposed.
const MIN_BAR_PX: f64 = 12.0;
const MAX_BAR_PX: f64 = 48.0;

/// The stacked kind of the chart of `cx`: diverging bars when `diverging`,
/// else 100 % stacked bars, or columns when [`use_columns`] says so.
pub fn kind(cx: &Context, diverging: bool) -> Box<dyn Kind> {
    if !diverging && use_columns(cx) {
        return Box::new(Columns { col_h: COLUMN_PX });
    }
    Box::new(Bars::new(cx, diverging))
}

/// Horizontal 100 % stacked (or diverging) bars. With an imposed height,
/// bars grow or shrink (within limits) so the chart fills it; the scene is
/// never shorter than its content (a chart that scrolls in a band even
/// with the thinnest bars keeps its natural ones).
pub struct Bars {
    /// The shared axis of diverging bars.
    diverging: Option<Diverging>,
    /// Thickness of a bar.
    bar_h: f64,
}

impl Bars {
    /// Bars of the natural thickness.
    pub fn new(cx: &Context, diverging: bool) -> Bars {
        Bars {
            diverging: diverging.then(|| Diverging::new(cx.data, cx.derived)),
            bar_h: natural_bar(cx),
        }
    }
}

/// The natural thickness of a bar.
fn natural_bar(cx: &Context) -> f64 {
    BAR_PX.at(cx.frame.narrow)
}

/// The new size of `n` marks now `size` each (bar thickness, column
/// height) for a chart `excess` px taller than wanted to fit (a negative
/// excess grows them): within `min..=max`, in whole pixels; `None` when
/// that is `size` itself.
fn refit(size: f64, n: f64, excess: f64, (min, max): (f64, f64)) -> Option<f64> {
    let new = (size - excess / n).clamp(min, max).floor();
    (new != size).then_some(new)
}

/// Between two segments of a bar, `separator_px` of paper keeps
/// neighbouring tiers apart without colour: after segment `k` when a later
/// one has members and this one (from `a` to `b`) is wide enough.
fn separator(cx: &Context, k: usize, last_nonzero: Option<usize>, a: f64, b: f64) -> f64 {
    let sep = cx.theme.separator_px;
    if Some(k) < last_nonzero && b - a >= 2.0 * sep {
        sep
    } else {
        0.0
    }
}

impl Kind for Bars {
    fn legend(&self, _cx: &Context) -> Legend {
        // The legend reads in the scale's own order, as the data lists
        // its tiers (the best first on a scale written best first), even
        // where diverging bars run the other way.
        Legend::Tiers { reverse: false }
    }

    fn fit(&mut self, cx: &Context, natural: &Scene) -> Fit {
        let Some(h) = cx.height else {
            return Fit::Stretch;
        };
        let natural_bar = natural_bar(cx);
        let n = cx.data.groups.len().max(1) as f64;
        // A chart that scrolls in a band even with the thinnest bars gains
        // nothing from thinner ones: its bars keep their natural thickness
        // (and their labels), and it is not laid out a second time.
        if natural.height_px - n * (natural_bar - MIN_BAR_PX) > super::SCROLL_ABOVE_PX {
            return Fit::Natural;
        }
        // What the thickest bars leave is blank paper.
        match refit(
            natural_bar,
            n,
            natural.height_px - h,
            (MIN_BAR_PX, MAX_BAR_PX),
        ) {
            Some(bar) => {
                self.bar_h = bar;
                Fit::Again
            }
            None => Fit::Stretch,
        }
    }

    fn plot(&self, cx: &Context, b: &mut Builder, y: f64) -> Plot {
        let (data, derived, theme, measure) = (cx.data, cx.derived, &cx.theme, cx.measure);
        let frame = &cx.frame;
        let (narrow, pad, inner_w) = (frame.narrow, frame.pad, frame.inner_w);
        let bar_h = self.bar_h;
        let mut y = y;

        // Group labels: beside the bars when wide, above them when narrow.
        let mut heads = GroupLabels::new(cx, 0.32);
        let label_col = heads.column;
        let bar_x0 = (pad + if narrow { 0.0 } else { label_col + 12.0 }).round();
        let bar_x1 = (pad + inner_w).round();
        let bar_w = bar_x1 - bar_x0;
        let row_gap = BAR_GAP_PX.at(narrow);
        let vf = font(12.0, Weight::Normal);

        let (mut plot_top, mut plot_bottom) = (f64::NAN, 0.0);
        // Each bar's vertical extent (for the centre line of narrow charts).
        let mut bar_spans: Vec<(f64, f64)> = Vec::new();
        // (The scene's header made room for every group's items at once:
        // chrome::header.)
        let axis_at = b.items.len();
        for gi in 0..data.groups.len() {
            let row = &derived.rows[gi];
            // An empty row's note wraps on narrow bars; the row grows to
            // hold it.
            let note = if row.total == 0 {
                wrap(data.locale.words.no_data, vf, bar_w - 8.0, measure)
            } else {
                Vec::new()
            };
            let marks_h = bar_h.max(line_height(vf) * note.len() as f64 + 4.0);
            let (bar_top, next) = heads.draw(b, cx, gi, y, marks_h);
            y = next;
            if plot_top.is_nan() {
                plot_top = bar_top;
            }
            plot_bottom = bar_top + marks_h;
            bar_spans.push((bar_top, bar_top + marks_h));

            if row.total == 0 {
                let empty = Rect {
                    x: bar_x0,
                    y: bar_top,
                    w: bar_w,
                    h: marks_h,
                };
                empty_row(b, cx, empty, bar_x0 + bar_w / 2.0, &note, f64::INFINITY);
            } else {
                // Parts left to right, and where the first one starts (as a
                // fraction of the bar from its left end).
                let (parts, start, scale) = match &self.diverging {
                    None => (row.parts.iter().collect::<Vec<_>>(), 0.0, 1.0),
                    Some(axis) => {
                        let parts = axis.order(row);
                        let left = axis.left_share(data, row);
                        (parts, axis.centre - left * axis.scale, axis.scale)
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
                    let seg = Rect {
                        x: xa,
                        y: bar_top,
                        w: (xb - xa - separator(cx, k, last_nonzero, xa, xb)).max(0.0),
                        h: bar_h,
                    };
                    cx.segment(b, seg, gi, pv.part);
                    if pv.count == 0 {
                        continue;
                    }
                    // No label is narrower than nothing: a segment under 8 px
                    // takes none, and its label is not written.
                    if seg.w < 8.0 || bar_h < vf.size_px + 4.0 {
                        continue;
                    }
                    let label = value_label(data, derived, pv);
                    let lw = measure.width(&label, vf);
                    if lw + 8.0 <= seg.w {
                        cx.label_in(b, label, seg.center(), pv.part, vf);
                    }
                }
            }
            y += row_gap;
        }

        if self.diverging.is_some() && !plot_top.is_nan() {
            // The centre line, where negative ends and positive begins:
            // behind the bars, seen above, between and below them. Where
            // group labels sit above the bars (narrow charts) it runs
            // through each bar only, never through a label.
            let centre = self.diverging.as_ref().map_or(0.5, |axis| axis.centre);
            let centre = (bar_x0 + bar_w * centre).round();
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
                        x: centre - 0.5,
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

        Plot {
            area: Rect {
                x: bar_x0,
                y: plot_top,
                w: bar_w,
                h: plot_bottom - plot_top,
            },
            bottom: y,
            note: None,
        }
    }
}

/// The outline `r` of a row (or column) without members, and its note
/// (`lines`, those no wider than `max_w`) centred at `x`.
fn empty_row(b: &mut Builder, cx: &Context, r: Rect, x: f64, lines: &[String], max_w: f64) {
    let theme = &cx.theme;
    b.rect(r, theme.paper, Some(theme.edge), Role::EmptyRow, None);
    let f = font(12.0, Weight::Normal);
    let style = TextStyle::new(f, theme.muted, Role::EmptyRow).align(Align::Center);
    let lh = line_height(f);
    let first = r.y + r.h / 2.0 - lh * (lines.len() as f64 - 1.0) / 2.0;
    for (k, line) in lines.iter().enumerate() {
        if b.measure.width(line, f) <= max_w {
            b.text(line, x, first + lh * k as f64, style);
        }
    }
}

/// The shared axis of a diverging chart: negative tiers (and half of the
/// neutral ones) left of the centre, positive tiers (and the other half)
/// right of it, "not reported" after the positive end. Every row uses the
/// same scale, so equal shares have equal lengths. The centre sits where
/// the data puts it, as Pew and the FT draw them: the longest left side
/// reaches the bar's left end and the longest right side its right end, so
/// no part of the plot is left empty on either side.
struct Diverging {
    /// Whether the scale lists its positive tiers first (then the bars run
    /// in reverse tier order, so that negative is always on the left).
    positives_first: bool,
    /// Bar fraction per unit of share: the longest left side and the
    /// longest right side together fill the bar.
    scale: f64,
    /// Where the centre line sits, as a fraction of the bar from its left
    /// end.
    centre: f64,
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
            centre: 0.5,
        };
        let (left, right) = derived
            .rows
            .iter()
            .filter(|r| r.total > 0)
            .map(|r| axis.left_share(data, r))
            .fold((0.0f64, 0.0f64), |(l, r), left| {
                (l.max(left), r.max(1.0 - left))
            });
        if left + right > 0.0 {
            axis.scale = 1.0 / (left + right);
            axis.centre = left * axis.scale;
        }
        axis
    }

    /// Share of the row's total drawn left of the centre.
    fn left_share(&self, data: &RatingData, row: &Row) -> f64 {
        let weight = |p: &PartValue| match p.part {
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
    fn order<'r>(&self, row: &'r Row) -> Vec<&'r PartValue> {
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
fn column_fonts() -> (Font, Font) {
    (font(14.0, Weight::Normal), font(12.0, Weight::Normal))
}

/// Whether the 100 % stacked chart of `cx` is drawn as vertical columns:
/// 2 to [`MAX_COLUMNS`] groups, at least [`NARROW_PX`] wide, and every
/// group label and total short enough to sit on one line under its column
/// without reaching its neighbours. (Diverging bars never are.)
pub fn use_columns(cx: &Context) -> bool {
    let (data, measure) = (cx.data, cx.measure);
    let n = data.groups.len();
    if !(2..=MAX_COLUMNS).contains(&n) || cx.frame.width < NARROW_PX {
        return false;
    }
    let slot = cx.frame.inner_w / n as f64;
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
fn fraction(data: &RatingData, derived: &Derived, row: &Row, upto: usize) -> f64 {
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

/// Vertical 100 % stacked columns, first tier on top. With an imposed
/// height, the columns grow or shrink (within limits) so the chart fills it.
pub struct Columns {
    /// Height of the columns.
    col_h: f64,
}

impl Kind for Columns {
    fn fit(&mut self, cx: &Context, natural: &Scene) -> Fit {
        let Some(h) = cx.height else {
            return Fit::Stretch;
        };
        match refit(
            COLUMN_PX,
            1.0,
            natural.height_px - h,
            (MIN_COLUMN_PX, MAX_COLUMN_H_PX),
        ) {
            Some(col_h) => {
                self.col_h = col_h;
                Fit::Again
            }
            None => Fit::Stretch,
        }
    }

    fn plot(&self, cx: &Context, b: &mut Builder, y: f64) -> Plot {
        let (data, derived, theme, measure) = (cx.data, cx.derived, &cx.theme, cx.measure);
        let frame = &cx.frame;
        let col_h = self.col_h;
        let words = &data.locale.words;
        let (gf, tf) = column_fonts();
        let (glh, tlh) = (line_height(gf), line_height(tf));
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
            let mid_x = frame.pad + slot * (gi as f64 + 0.5);
            let x = (mid_x - col_w / 2.0).round();
            plot_x = (plot_x.0.min(x), plot_x.1.max(x + col_w));
            let empty = if data.shares_only() {
                row.parts.iter().all(|p| p.share_units == 0)
            } else {
                row.total == 0
            };
            if empty {
                let lines = wrap(words.no_data, vf, col_w - 6.0, measure);
                let r = Rect {
                    x,
                    y: top,
                    w: col_w,
                    h: col_h,
                };
                empty_row(b, cx, r, mid_x, &lines, col_w - 4.0);
            } else {
                let last_nonzero = row.parts.iter().rposition(|p| p.count > 0);
                for (k, pv) in row.parts.iter().enumerate() {
                    let edge =
                        |upto: usize| top + (col_h * fraction(data, derived, row, upto)).round();
                    let (ya, yb) = (edge(k), edge(k + 1));
                    let seg = Rect {
                        x,
                        y: ya,
                        w: col_w,
                        h: (yb - ya - separator(cx, k, last_nonzero, ya, yb)).max(0.0),
                    };
                    cx.segment(b, seg, gi, pv.part);
                    if pv.count == 0 && pv.share_units == 0 {
                        continue;
                    }
                    let label = value_label(data, derived, pv);
                    let lw = measure.width(&label, vf);
                    if lw + 8.0 <= seg.w && seg.h >= vf.size_px * 1.25 + 2.0 {
                        cx.label_in(b, label, seg.center(), pv.part, vf);
                    }
                }
            }
            // The label and the total under the column, each on one line
            // (use_columns checked that they fit their slot).
            let label_y = bottom + 6.0 + glh / 2.0;
            let style = TextStyle::new(gf, theme.ink, Role::GroupLabel).align(Align::Center);
            b.text(&group_label(g, with_period), mid_x, label_y, style);
            if let Some(t) = total_text(data, g) {
                let style = TextStyle::new(tf, theme.muted, Role::GroupTotal).align(Align::Center);
                b.text(&t, mid_x, label_y + glh / 2.0 + tlh / 2.0, style);
            }
        }
        let any_total = data.groups.iter().any(|g| total_text(data, g).is_some());
        let y = bottom + 6.0 + glh + if any_total { tlh } else { 0.0 } + 12.0;
        let area = if plot_x.0.is_finite() {
            Rect {
                x: plot_x.0,
                y: top,
                w: plot_x.1 - plot_x.0,
                h: col_h,
            }
        } else {
            frame.empty_plot(top)
        };
        Plot {
            area,
            bottom: y,
            note: None,
        }
    }
}

//! Trend over periods: the share of each tier per period, one panel per
//! group label. Three or more periods draw lines with point markers on a
//! shared 0–100 % axis; exactly two periods draw a slope chart (two vertical
//! axes, lines between them, values at both ends). Fewer than two periods
//! fall back to 100 % stacked bars with a note saying why.
//!
//! Only shares are used (never counts), so shares-only data draws as is.

use super::builder::{font, line_height, Builder, TextStyle};
use super::chrome::chart_parts;
use super::kind::{Context, Fit, Kind, Legend, Plot};
use super::text::wrap;
use crate::derive::{Derived, Part};
use crate::label::part_name;
use crate::model::rating::RatingData;
use crate::scale::color::Rgb;
use crate::scene::{Align, Datum, Font, Role, Scene, Weight};

/// Gap between stacked end labels.
const LABEL_GAP: f64 = 2.0;
/// How far end labels may reach above and below the plot.
const LABEL_OVERHANG: f64 = 8.0;
/// Extra room beside the plot for leaders to labels that had to move.
const LEADER_ROOM: f64 = 10.0;

/// The trend kind of the chart of `cx`: lines (or a slope chart) over
/// its periods, or 100 % stacked bars with a note when it has fewer than
/// two.
pub fn kind<'a>(cx: &Context<'a>) -> Box<dyn Kind + 'a> {
    let periods = periods(cx.data);
    if periods.len() < 2 {
        return Box::new(Fallback(super::stacked::kind(cx, false)));
    }
    // Tier names beside the line ends when there is room; otherwise a
    // legend and values only.
    let direct = !cx.frame.narrow && chart_parts(cx.data, cx.derived).len() <= 8;
    Box::new(Trend { periods, direct })
}

/// Lines over periods, one panel per group label.
pub struct Trend<'a> {
    /// The distinct periods, in data order.
    periods: Vec<Option<&'a str>>,
    /// Whether tier names sit beside the line ends (else a legend).
    direct: bool,
}

/// Fewer than two periods: 100 % stacked bars, with a note saying why.
/// An imposed height stretches the background only.
struct Fallback(Box<dyn Kind>);

impl Kind for Fallback {
    fn legend(&self, cx: &Context) -> Legend {
        self.0.legend(cx)
    }

    fn plot(&self, cx: &Context, b: &mut Builder, top: f64) -> Plot {
        Plot {
            note: Some(cx.data.locale.words.kinds.trend_needs_periods.to_string()),
            ..self.0.plot(cx, b, top)
        }
    }
}

/// The distinct periods: in time order when every one is a year (a whole
/// number, `2023` or `"2023"`), else in the order the data first gives
/// them (a group without a period counts as one more period).
pub fn periods(data: &RatingData) -> Vec<Option<&str>> {
    let mut out: Vec<Option<&str>> = Vec::new();
    for g in &data.groups {
        let p = g.period.as_deref();
        if !out.contains(&p) {
            out.push(p);
        }
    }
    match years(&out) {
        Some(years) => crate::order::order(out.len(), &mut |a, b| years[a].cmp(&years[b]))
            .into_iter()
            .map(|i| out[i])
            .collect(),
        None => out,
    }
}

/// The year of each period, when every period is one: four digits, the
/// first not 0 (a numeric period is a year from 1800 to 2200; a text
/// period of four digits reads as one too).
pub fn years(periods: &[Option<&str>]) -> Option<Vec<i64>> {
    let mut out = Vec::with_capacity(periods.len());
    for p in periods {
        let b = (*p)?.as_bytes();
        if b.len() != 4 || b[0] == b'0' || !b.iter().all(u8::is_ascii_digit) {
            return None;
        }
        out.push(b.iter().fold(0, |n, &c| n * 10 + i64::from(c - b'0')));
    }
    Some(out)
}

/// Where each period sits across the plot, from 0 to 1: placed by time
/// when the periods are years (2015, 2023, 2024: a gap of eight years is
/// eight times as wide as one), evenly otherwise.
pub fn period_positions(periods: &[Option<&str>]) -> Vec<f64> {
    let n = periods.len().saturating_sub(1).max(1) as f64;
    let even = (0..periods.len()).map(|i| i as f64 / n).collect();
    let Some(years) = years(periods) else {
        return even;
    };
    match (years.first(), years.last()) {
        (Some(&a), Some(&b)) if b > a => years
            .iter()
            .map(|&y| (y - a) as f64 / (b - a) as f64)
            .collect(),
        _ => even,
    }
}

/// One panel per distinct group label, in data order; each holds its
/// groups' indices ordered by period (data order of periods).
pub fn series<'a>(data: &'a RatingData, periods: &[Option<&str>]) -> Vec<(&'a str, Vec<usize>)> {
    let mut out: Vec<(&str, Vec<usize>)> = Vec::new();
    for (gi, g) in data.groups.iter().enumerate() {
        match out.iter_mut().find(|(l, _)| *l == g.label) {
            Some((_, v)) => v.push(gi),
            None => out.push((g.label.as_str(), vec![gi])),
        }
    }
    let index = |gi: usize| {
        let p = data.groups.get(gi).and_then(|g| g.period.as_deref());
        periods.iter().position(|q| *q == p).unwrap_or(usize::MAX)
    };
    for (_, v) in &mut out {
        crate::order::indices(v, &mut |a, b| index(a).cmp(&index(b)));
    }
    out
}

/// The whole share, in share units (100 % at the derived precision).
fn whole(derived: &Derived) -> f64 {
    100.0 * 10f64.powi(i32::from(derived.decimals))
}

/// The colour of a part's line and of text naming it: the tier colour,
/// the "not reported" outline for the remainder.
fn line_color(cx: &Context, part: Part) -> Rgb {
    match part {
        Part::NotReported => cx.theme.edge,
        p => cx.fill(p),
    }
}

/// Text in a part's colour when that reads on the paper, else in ink.
fn label_color(cx: &Context, part: Part) -> Rgb {
    let c = line_color(cx, part);
    if c.contrast(cx.theme.paper) >= 4.5 {
        c
    } else {
        cx.theme.ink
    }
}

/// The label of a period on an axis.
fn period_text(p: Option<&str>) -> String {
    p.unwrap_or("–").to_string()
}

/// Tops of blocks of heights `h` that want their centres at `want`, kept
/// in order, `gap` apart, within `lo`..`hi` when they fit there (below `lo`
/// otherwise). Returned in the input order.
pub fn spread(want: &[f64], h: &[f64], gap: f64, lo: f64, hi: f64) -> Vec<f64> {
    let n = want.len().min(h.len());
    let order = crate::order::order(n, &mut |a, b| want[a].total_cmp(&want[b]));
    let mut top = vec![0.0; n];
    let mut prev_bottom = f64::NEG_INFINITY;
    for &i in &order {
        let t = (want[i] - h[i] / 2.0).max(lo).max(prev_bottom + gap);
        top[i] = t;
        prev_bottom = t + h[i];
    }
    // Push back up from the bottom when the last block is too low.
    let mut next_top = f64::INFINITY;
    for &i in order.iter().rev() {
        let bottom = (top[i] + h[i]).min(hi).min(next_top - gap);
        top[i] = top[i].min(bottom - h[i]);
        next_top = top[i];
    }
    // Not enough room: stack down from `lo` instead (never overlapping).
    if order.first().is_some_and(|&i| top[i] < lo) {
        let mut prev_bottom = f64::NEG_INFINITY;
        for &i in &order {
            let t = top[i].max(lo).max(prev_bottom + gap);
            top[i] = t;
            prev_bottom = t + h[i];
        }
    }
    top
}

/// One end label: its lines, where its mark is, and its part.
struct EndLabel {
    lines: Vec<String>,
    point: (f64, f64),
    part: Part,
    /// The group (period) of the marked point.
    group: usize,
}

/// A column of end labels: starting at `x` (`Align::Start`) or ending at
/// `x` (`Align::End`), its labels within `lo`..`hi`; `step_aside` moves the
/// column away from the plot to make room for leaders.
struct Column {
    x: f64,
    step_aside: bool,
    align: Align,
    lo: f64,
    hi: f64,
}

/// Draws end labels in `column` in font `vf`, pushed apart vertically,
/// with a leader from each mark whose label had to move.
fn end_labels(b: &mut Builder, cx: &Context, labels: &[EndLabel], column: &Column, vf: Font) {
    let Column {
        x,
        step_aside,
        align,
        lo,
        hi,
    } = *column;
    let theme = &cx.theme;
    let lh = line_height(vf);
    let hs: Vec<f64> = labels.iter().map(|l| lh * l.lines.len() as f64).collect();
    let want: Vec<f64> = labels.iter().map(|l| l.point.1).collect();
    let tops = spread(&want, &hs, LABEL_GAP, lo, hi);
    let x = match (step_aside, align) {
        (false, _) => x,
        (true, Align::End) => x - LEADER_ROOM,
        (true, _) => x + LEADER_ROOM,
    };
    for ((l, top), h) in labels.iter().zip(&tops).zip(&hs) {
        let centre = top + h / 2.0;
        if (centre - l.point.1).abs() > 2.0 {
            let (px, py) = l.point;
            let (ax, bx) = match align {
                Align::End => (px - 5.0, x + 2.0),
                _ => (px + 5.0, x - 2.0),
            };
            b.line(vec![(ax, py), (bx, centre)], theme.muted, 1.0, Role::Leader);
        }
        let style = TextStyle::new(vf, label_color(cx, l.part), Role::SegmentLabel);
        let before = b.items.len();
        b.lines(&l.lines, x, *top, lh, style.align(align));
        // The label (and its leader) describe the marked point.
        let leader = usize::from((centre - l.point.1).abs() > 2.0);
        b.describe_last(
            b.items.len() - before + leader,
            Datum {
                group: l.group,
                part: l.part,
            },
        );
    }
}

/// Y ticks of the 0–100 % axis for a plot `plot_h` tall: the smallest nice
/// step that leaves `min_gap` px between ticks.
pub fn percent_ticks(plot_h: f64, min_gap: f64) -> Vec<u64> {
    let step = [10u64, 20, 25, 50, 100]
        .into_iter()
        .find(|&s| plot_h * s as f64 / 100.0 >= min_gap)
        .unwrap_or(100);
    (0..=100 / step).map(|k| k * step).collect()
}

impl Kind for Trend<'_> {
    fn legend(&self, _cx: &Context) -> Legend {
        if self.direct {
            Legend::None
        } else {
            Legend::Tiers { reverse: false }
        }
    }

    fn fit(&mut self, _cx: &Context, natural: &Scene) -> Fit {
        if self.direct && natural.plot.w < 120.0 {
            // Too little room beside the plot for the names: a legend.
            self.direct = false;
            return Fit::Again;
        }
        Fit::Stretch
    }

    fn plot(&self, cx: &Context, b: &mut Builder, y: f64) -> Plot {
        plot(cx, b, y, &self.periods, self.direct)
    }
}

/// The plot of [`Trend`] from `y`.
fn plot(cx: &Context, b: &mut Builder, y: f64, periods: &[Option<&str>], direct: bool) -> Plot {
    let (data, derived, theme, measure) = (cx.data, cx.derived, &cx.theme, cx.measure);
    let frame = &cx.frame;
    let (narrow, pad, inner_w) = (frame.narrow, frame.pad, frame.inner_w);
    let slope = periods.len() == 2;
    let mut y = y;
    let parts = chart_parts(data, derived);
    let whole = whole(derived);
    let share_of = |gi: usize, part: Part| {
        derived
            .rows
            .get(gi)
            .filter(|r| r.total > 0)
            .and_then(|r| r.parts.iter().find(|p| p.part == part))
    };
    let share_text = |p: &crate::derive::PartValue| p.share_text(data.locale, derived.decimals);
    let whole_text = data.locale.format_share(whole as u64, derived.decimals);
    let tier_name = |part: Part| part_name(data, part);

    let vf = font(12.0, Weight::Normal);
    let vlh = line_height(vf);
    let pf = font(12.0, Weight::Normal);
    let plh = line_height(pf);
    let tf = font(if narrow { 14.0 } else { 15.0 }, Weight::Bold);
    // Widest share text any label can show.
    let share_w = derived
        .rows
        .iter()
        .flat_map(|r| r.parts.iter())
        .map(|p| measure.width(&share_text(p), vf))
        .fold(measure.width(&whole_text, vf), f64::max);
    let tick_w = measure.width(&data.locale.format_share(100, 0), pf);
    let name_col = if direct {
        let widest = parts
            .iter()
            .map(|&p| measure.width(&format!("{} {}", whole_text, tier_name(p)), vf))
            .fold(0.0, f64::max);
        widest.min(inner_w * 0.4).max(share_w + 10.0).ceil()
    } else {
        share_w.ceil()
    };
    let left = if slope {
        share_w + 8.0 + LEADER_ROOM
    } else {
        tick_w + 8.0
    };
    let x0 = (pad + left).round();
    let x1 = (frame.right() - 8.0 - LEADER_ROOM - name_col).round();
    let plot_w = (x1 - x0).max(1.0);
    let period_w = periods
        .iter()
        .map(|p| measure.width(&period_text(*p), pf))
        .fold(0.0, f64::max);
    let xs: Vec<f64> = if slope {
        vec![x0, x1]
    } else {
        let inset = (period_w / 2.0 + 2.0).min(plot_w / 4.0).max(6.0);
        period_positions(periods)
            .iter()
            .map(|t| x0 + inset + (plot_w - 2.0 * inset) * t)
            .collect()
    };
    let base_h: f64 = match (slope, narrow) {
        (true, true) => 170.0,
        (true, false) => 190.0,
        (false, true) => 150.0,
        (false, false) => 190.0,
    };
    let label_lines = |text: &str| wrap(text, vf, name_col, measure);
    // Markers shrink when periods crowd (the closest two, when periods
    // are placed by time).
    let spacing = xs.windows(2).map(|w| w[1] - w[0]).fold(plot_w, f64::min);
    let r_full: f64 = if narrow { 3.5 } else { 4.0 };
    let r = r_full.min(spacing * 0.3).max(2.0);

    // Each panel's end labels: at each part's last point on the right;
    // on a slope chart, at its first point on the left too.
    #[allow(clippy::type_complexity)]
    let labels_of = |groups: &[usize]| -> (
        Vec<(Vec<String>, Part, usize, u64)>,
        Vec<(Part, usize, u64)>,
    ) {
        let mut right: Vec<(Vec<String>, Part, usize, u64)> = Vec::new();
        let mut left_labels: Vec<(Part, usize, u64)> = Vec::new();
        for &part in &parts {
            let last = groups
                .iter()
                .rev()
                .find_map(|&gi| share_of(gi, part).map(|p| (gi, p)));
            if let Some((gi, pv)) = last {
                let units = pv.share_units;
                let text = if direct {
                    format!("{} {}", share_text(pv), tier_name(part))
                } else {
                    share_text(pv)
                };
                right.push((label_lines(&text), part, gi, units));
            }
            if slope {
                if let Some((gi, units)) = groups
                    .iter()
                    .find_map(|&gi| share_of(gi, part).map(|p| (gi, p.share_units)))
                    .filter(|(gi, _)| Some(*gi) != last.map(|l| l.0))
                {
                    left_labels.push((part, gi, units));
                }
            }
        }
        (right, left_labels)
    };
    // One height for every panel (the shared axis), tall enough for the
    // longest stack of labels.
    let all_series = series(data, periods);
    let stack = |n_lines: usize, n: usize| vlh * n_lines as f64 + LABEL_GAP * n as f64;
    let plot_h = all_series
        .iter()
        .map(|(_, groups)| {
            let (right, left) = labels_of(groups);
            let r = stack(right.iter().map(|r| r.0.len()).sum(), right.len());
            let l = stack(left.len(), left.len());
            r.max(l) - 2.0 * LABEL_OVERHANG
        })
        .fold(base_h, f64::max)
        .ceil();
    // Whether any panel's labels must move off their points: then that
    // column steps aside for leaders in every panel, so columns align.
    let rel_y = |units: u64| plot_h * (1.0 - (units as f64 / whole).min(1.0));
    let moves = |labels: &[(usize, u64)]| {
        let want: Vec<f64> = labels.iter().map(|l| rel_y(l.1)).collect();
        let hs: Vec<f64> = labels.iter().map(|l| vlh * l.0 as f64).collect();
        let tops = spread(
            &want,
            &hs,
            LABEL_GAP,
            -LABEL_OVERHANG,
            plot_h + LABEL_OVERHANG,
        );
        tops.iter()
            .zip(&hs)
            .zip(&want)
            .any(|((t, h), w)| (t + h / 2.0 - w).abs() > 2.0)
    };
    let aside = all_series.iter().fold((false, false), |acc, (_, groups)| {
        let (right, left) = labels_of(groups);
        let right: Vec<(usize, u64)> = right.iter().map(|r| (r.0.len(), r.3)).collect();
        let left: Vec<(usize, u64)> = left.iter().map(|l| (1, l.2)).collect();
        (acc.0 || moves(&right), acc.1 || moves(&left))
    });

    let (mut plot_top, mut plot_bottom) = (f64::NAN, f64::NAN);
    for (label, groups) in all_series {
        // Panel title.
        let title_style = TextStyle::new(tf, theme.ink, Role::PanelTitle);
        y = b.paragraph(label, (pad, y), inner_w, title_style);
        y += 4.0;
        if slope {
            // Period names above the two axes; when the axes are too
            // close for that (the narrowest charts), above the two columns
            // of values, at the edges, or on two rows.
            let style = TextStyle::new(pf, theme.ink, Role::TickLabel);
            let (a, z) = (period_text(periods[0]), period_text(periods[1]));
            let (wa, wz) = (measure.width(&a, pf), measure.width(&z, pf));
            let centred = xs[1] - xs[0] >= (wa + wz) / 2.0 + 6.0;
            let rows = if centred || wa + wz + 6.0 <= inner_w {
                1.0
            } else {
                2.0
            };
            let cy = y + plh / 2.0;
            if centred {
                let at = |x: f64, w: f64| x.min(frame.right() - w / 2.0).max(pad + w / 2.0);
                b.text(&a, at(xs[0], wa), cy, style.align(Align::Center));
                b.text(&z, at(xs[1], wz), cy, style.align(Align::Center));
            } else {
                b.text(&a, pad, cy, style);
                let cz = cy + plh * (rows - 1.0);
                b.text(&z, frame.right(), cz, style.align(Align::End));
            }
            y += plh * rows + 4.0;
        }
        let top = (y + LABEL_OVERHANG + 4.0).round();
        let (right, left_labels) = labels_of(&groups);
        let bottom = top + plot_h;
        if plot_top.is_nan() {
            plot_top = top;
        }
        plot_bottom = bottom;
        let y_of = |units: u64| bottom - plot_h * (units as f64 / whole).min(1.0);
        let x_of = |gi: usize| {
            let p = data.groups.get(gi).and_then(|g| g.period.as_deref());
            periods
                .iter()
                .position(|q| *q == p)
                .and_then(|i| xs.get(i).copied())
                .unwrap_or(x0)
        };

        // Axes: gridlines and tick labels, or the slope chart's two axes.
        let grid = theme.edge.mix(theme.paper, 0.6);
        if slope {
            for &x in &xs {
                b.line(vec![(x, top), (x, bottom)], theme.muted, 1.0, Role::Axis);
            }
        } else {
            for t in percent_ticks(plot_h, if narrow { 36.0 } else { 30.0 }) {
                let ty = bottom - plot_h * t as f64 / 100.0;
                let color = if t == 0 { theme.muted } else { grid };
                b.line(vec![(x0, ty), (x1, ty)], color, 1.0, Role::Gridline);
                let style = TextStyle::new(pf, theme.muted, Role::TickLabel);
                b.text(
                    &data.locale.format_share(t, 0),
                    x0 - 6.0,
                    ty,
                    style.align(Align::End),
                );
            }
            // Period labels under the plot, thinned (from the last one
            // back) so they never touch: each one far enough from the last
            // one kept (every `k`th one when periods are evenly spaced).
            let gap = period_w + 8.0 - 1e-6;
            let cy = bottom + LABEL_OVERHANG + 2.0 + plh / 2.0;
            let mut shown = vec![false; periods.len()];
            let mut kept = f64::INFINITY;
            for i in (0..periods.len()).rev() {
                if kept - xs[i] >= gap {
                    kept = xs[i];
                    shown[i] = true;
                }
            }
            for (i, p) in periods.iter().enumerate() {
                if shown[i] {
                    let style = TextStyle::new(pf, theme.ink, Role::TickLabel);
                    b.text(&period_text(*p), xs[i], cy, style.align(Align::Center));
                }
            }
        }

        // Where each marker goes: at its period and share; markers that
        // would hide another's centre step sideways within their period's
        // column (never up or down, so heights stay exact). When a column
        // is too full, markers shrink; at the smallest size a marker that
        // still finds no room stays at its period.
        let place = |r: f64| {
            let mut placed: Vec<(f64, f64)> = Vec::new();
            let mut pos = Points::new(data.groups.len(), data.tiers.len());
            let mut all_fit = true;
            let (lower, upper) = if slope { (x0, x1) } else { (x0 + r, x1 - r) };
            for &gi in &groups {
                let last_period = data
                    .groups
                    .get(gi)
                    .and_then(|g| periods.iter().position(|q| *q == g.period.as_deref()))
                    .is_some_and(|i| i + 1 == periods.len());
                let sides = if last_period {
                    [-1.0, 1.0]
                } else {
                    [1.0, -1.0]
                };
                for &part in &parts {
                    let Some(p) = share_of(gi, part) else {
                        continue;
                    };
                    let (x, y) = (x_of(gi), y_of(p.share_units));
                    let lo = lower.max(x - spacing / 2.0 + r);
                    let hi = upper.min(x + spacing / 2.0 - r);
                    let free = |cx: f64| {
                        placed
                            .iter()
                            .all(|&(px, py)| (px - cx).hypot(py - y) > r + 0.5)
                    };
                    let mut at = None;
                    let mut k = 0.0;
                    while at.is_none() && k * (r + 1.0) <= (hi - lo).max(0.0) {
                        for side in sides {
                            let cx = x + side * k * (r + 1.0);
                            if (lo - 1e-9..=hi + 1e-9).contains(&cx) && free(cx) {
                                at = Some(cx);
                                break;
                            }
                        }
                        k += 1.0;
                    }
                    all_fit &= at.is_some();
                    let at = (at.unwrap_or(x), y);
                    placed.push(at);
                    pos.insert(gi, part, at);
                }
            }
            (pos, all_fit)
        };
        let mut r = r;
        let pos = loop {
            let (pos, fit) = place(r);
            if fit || r <= 1.5 {
                break pos;
            }
            r = (r - 0.5).max(1.5);
        };
        // One line per part, split where a group lacks it.
        for &part in &parts {
            let color = line_color(cx, part);
            let mut run: Vec<(f64, f64)> = Vec::new();
            let flush = |run: &mut Vec<(f64, f64)>, b: &mut Builder| {
                if run.len() >= 2 {
                    b.line(std::mem::take(run), color, 2.0, Role::Series);
                    if let Some(last) = b.items.last_mut() {
                        last.legend = Some(part);
                    }
                }
                run.clear();
            };
            for &gi in &groups {
                match pos.get(gi, part) {
                    Some(at) => run.push(at),
                    None => flush(&mut run, b),
                }
            }
            flush(&mut run, b);
        }
        // Markers, group by group (the keyboard's reading order).
        for &gi in &groups {
            for &part in &parts {
                if let Some(at) = pos.get(gi, part) {
                    let fill = cx.fill(part);
                    let stroke = cx.stroke(part).or(Some(theme.paper));
                    b.circle(
                        at,
                        r,
                        fill,
                        stroke,
                        Role::Segment,
                        Some(Datum { group: gi, part }),
                    );
                }
            }
        }
        // End labels.
        let lo = top - LABEL_OVERHANG;
        let hi = bottom + LABEL_OVERHANG;
        // A label for the point of `part` in group `gi`, at `units`.
        let end_label = |lines: Vec<String>, part: Part, gi: usize, units| EndLabel {
            lines,
            point: pos.get(gi, part).unwrap_or((x_of(gi), y_of(units))),
            part,
            group: gi,
        };
        let labels: Vec<EndLabel> = right
            .into_iter()
            .map(|(lines, part, gi, units)| end_label(lines, part, gi, units))
            .collect();
        let column = Column {
            x: x1 + 8.0,
            step_aside: aside.0,
            align: Align::Start,
            lo,
            hi,
        };
        end_labels(b, cx, &labels, &column, vf);
        if slope {
            let labels: Vec<EndLabel> = left_labels
                .into_iter()
                .map(|(part, gi, units)| {
                    let text = share_of(gi, part).map(share_text).unwrap_or_default();
                    end_label(vec![text], part, gi, units)
                })
                .collect();
            let column = Column {
                x: x0 - 8.0,
                step_aside: aside.1,
                align: Align::End,
                lo,
                hi,
            };
            end_labels(b, cx, &labels, &column, vf);
            y = hi + 12.0;
        } else {
            y = bottom + LABEL_OVERHANG + 2.0 + plh + 12.0;
        }
    }
    let area = frame.plot_area(x0, plot_w, (plot_top, plot_bottom), y);
    Plot {
        area,
        bottom: y,
        note: None,
    }
}

/// Marker centres by group and part: a slot per group and part (the tiers,
/// then "not reported"), looked up without hashing.
struct Points {
    parts: usize,
    at: Vec<Option<(f64, f64)>>,
}

impl Points {
    fn new(groups: usize, tiers: usize) -> Points {
        Points {
            parts: tiers + 1,
            at: vec![None; groups * (tiers + 1)],
        }
    }

    fn slot(&self, group: usize, part: Part) -> Option<usize> {
        let p = match part {
            Part::Tier(t) if t + 1 < self.parts => t,
            Part::Tier(_) => return None,
            Part::NotReported => self.parts - 1,
        };
        Some(group * self.parts + p)
    }

    fn get(&self, group: usize, part: Part) -> Option<(f64, f64)> {
        self.slot(group, part).and_then(|s| *self.at.get(s)?)
    }

    fn insert(&mut self, group: usize, part: Part, at: (f64, f64)) {
        if let Some(s) = self.slot(group, part).and_then(|s| self.at.get_mut(s)) {
            *s = Some(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spread_keeps_order_and_gaps() {
        let tops = spread(&[50.0, 51.0, 52.0], &[16.0, 16.0, 32.0], 2.0, 0.0, 200.0);
        assert!(tops[1] >= tops[0] + 18.0);
        assert!(tops[2] >= tops[1] + 18.0);
        let tops = spread(&[199.0, 199.0], &[16.0, 16.0], 2.0, 0.0, 200.0);
        assert!(tops[1] + 16.0 <= 200.0 && tops[0] + 18.0 <= tops[1]);
        // Not enough room: stacked down from the top, never overlapping.
        let tops = spread(&[5.0; 4], &[16.0; 4], 2.0, 0.0, 20.0);
        for w in tops.windows(2) {
            assert!(w[1] >= w[0] + 18.0);
        }
    }

    #[test]
    fn ticks_are_nice() {
        assert_eq!(percent_ticks(200.0, 30.0), vec![0, 20, 40, 60, 80, 100]);
        assert_eq!(percent_ticks(150.0, 36.0), vec![0, 25, 50, 75, 100]);
    }
}

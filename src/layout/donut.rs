//! The donut chart: one ring per group, one annular sector per part (tiers
//! in order clockwise from 12 o'clock, then "not reported"), the total in
//! the centre. Segments are labelled directly (tier and share, outside the
//! ring with leader lines) when the labels fit without overlapping;
//! otherwise a legend (with values, for a single group) explains the
//! colours and shares sit on the segments wide enough for them. Several
//! groups are drawn as small multiples in a grid of [`Panels`].

use super::builder::{font, line_height, Builder, Frame, TextStyle};
use super::chrome::legend_entries;
use super::kind::{Context, Kind, Legend, Plot};
use super::text::{wrap, TextMeasure};
use crate::derive::{Derived, Part, PartValue, Row};
use crate::label::{count_text, group_label, part_name, periods_differ, total_text};
use crate::model::rating::{RatingData, ValueMode};
use crate::scene::{Align, Datum, Font, Rect, Role, Weight};
use std::f64::consts::TAU;

/// Inner radius of the ring as a fraction of the outer radius.
pub const HOLE: f64 = 0.58;
/// Largest angle (radians) between two consecutive points of an arc.
const ARC_STEP: f64 = TAU / 180.0;
/// Narrowest text column beside the ring for direct labels.
const MIN_LABEL_W: f64 = 88.0;
/// Space between the ring and the leader's elbow, and the elbow and text.
const ELBOW: f64 = 14.0;
const TEXT_GAP: f64 = 6.0;
/// Outer arc length (px) below which a segment gets no separating edge.
pub const MIN_EDGED_ARC: f64 = 3.0;
/// Vertical space between two direct labels.
const LABEL_GAP: f64 = 4.0;

/// A grid of equal panels, one per group (small multiples), shared by the
/// donut and waffle kinds.
#[derive(Debug, Clone, Copy)]
pub struct Panels {
    /// Panels per row.
    pub cols: usize,
    /// Width of one panel.
    pub w: f64,
    /// Horizontal space between panels.
    pub gap: f64,
    /// Left edge of the first column.
    pub x0: f64,
}

impl Panels {
    /// As many columns of panels at least `min_w` wide as fit in the frame
    /// (at least one, at most `n`).
    pub fn new(frame: &Frame, n: usize, min_w: f64) -> Panels {
        let gap = if frame.narrow { 12.0 } else { 20.0 };
        let fit = ((frame.inner_w + gap) / (min_w + gap)).floor();
        let cols = if fit.is_finite() && fit >= 1.0 {
            (fit as usize).clamp(1, n.max(1))
        } else {
            1
        };
        let w = ((frame.inner_w - gap * (cols - 1) as f64) / cols as f64).floor();
        Panels {
            cols,
            w,
            gap,
            x0: frame.pad,
        }
    }

    /// Left edge of the `k`-th panel.
    pub fn x(&self, k: usize) -> f64 {
        (self.x0 + (k % self.cols) as f64 * (self.w + self.gap)).round()
    }

    /// Draws one panel per group from `y`, a row at a time: the groups'
    /// titles (centred, wrapped; a row's titles share one height), then
    /// each panel's content by `draw(builder, group, left, top)`, which
    /// returns the content's height. Returns the top of what follows and
    /// the area the contents occupy.
    pub fn draw(
        &self,
        b: &mut Builder,
        cx: &Context,
        y: f64,
        draw: &mut dyn FnMut(&mut Builder, usize, f64, f64) -> f64,
    ) -> (f64, Rect) {
        let data = cx.data;
        let narrow = self.w < 200.0;
        let tf = font(if narrow { 13.0 } else { 14.0 }, Weight::Bold);
        let tlh = line_height(tf);
        let style = TextStyle::new(tf, cx.theme.ink, Role::PanelTitle).align(Align::Center);
        let with_period = periods_differ(data);
        let mut y = y;
        let (mut top, mut bottom) = (f64::NAN, y);
        let ids: Vec<usize> = (0..data.groups.len()).collect();
        for row in ids.chunks(self.cols) {
            let titles: Vec<Vec<String>> = row
                .iter()
                .map(|&gi| {
                    wrap(
                        &group_label(&data.groups[gi], with_period),
                        tf,
                        self.w,
                        b.measure,
                    )
                })
                .collect();
            let title_h = titles.iter().map(Vec::len).max().unwrap_or(0) as f64 * tlh;
            for (&gi, lines) in row.iter().zip(&titles) {
                b.lines(lines, self.x(gi) + self.w / 2.0, y, tlh, style);
            }
            let content_top = (y + title_h + if title_h > 0.0 { 8.0 } else { 0.0 }).round();
            if top.is_nan() {
                top = content_top;
            }
            let mut row_h: f64 = 0.0;
            for &gi in row {
                row_h = row_h.max(draw(b, gi, self.x(gi), content_top));
            }
            bottom = content_top + row_h;
            y = bottom + 22.0;
        }
        let plot = Rect {
            x: self.x0,
            y: if top.is_nan() { y } else { top },
            w: self.cols as f64 * self.w + (self.cols.saturating_sub(1)) as f64 * self.gap,
            h: if top.is_nan() { 0.0 } else { bottom - top },
        };
        (y - 8.0, plot)
    }
}

/// Legend entries of a single group with its values ("Tier: 40,0 %", see
/// [`value_text`] for `counts`). Tiers the group has no figure for are
/// listed bare.
pub fn entries_with_values(cx: &Context, row: &Row, counts: bool) -> Vec<(String, Part)> {
    let (data, derived) = (cx.data, cx.derived);
    legend_entries(data, derived, false)
        .into_iter()
        .map(
            |(label, part)| match row.parts.iter().find(|p| p.part == part) {
                Some(pv) if row.total > 0 => (
                    format!("{label}: {}", value_text(data, derived, pv, counts)),
                    part,
                ),
                _ => (label, part),
            },
        )
        .collect()
}

/// A part's value as a label: its share, with its count before it
/// ("6 (40,0 %)") when `counts` or the data asks for counts, unless the
/// data gives shares only.
pub fn value_text(data: &RatingData, derived: &Derived, pv: &PartValue, counts: bool) -> String {
    let share = pv.share_text(data.locale, derived.decimals);
    match count_text(data, pv.count) {
        Some(c) if counts || data.display.values == ValueMode::Counts => format!("{c} ({share})"),
        _ => share,
    }
}

/// The angular extent of each part of a row with members: (part value,
/// start, end) in radians clockwise from 12 o'clock. Counts give exact
/// angles; shares-only data uses its share units.
pub fn sectors(data: &RatingData, row: &Row) -> Vec<(PartValue, f64, f64)> {
    let mut all = all_sectors(data, row);
    all.retain(|(_, a0, a1)| a1 > a0);
    all
}

/// Like [`sectors`], with parts of size 0 too (start = end); empty when
/// the row has no members.
fn all_sectors(data: &RatingData, row: &Row) -> Vec<(PartValue, f64, f64)> {
    let weight = |p: &PartValue| {
        if data.shares_only() {
            p.share_units as f64
        } else {
            p.count as f64
        }
    };
    let sum: f64 = row.parts.iter().map(weight).sum();
    if sum <= 0.0 || !sum.is_finite() {
        return Vec::new();
    }
    let mut acc = 0.0;
    let mut out = Vec::new();
    for pv in &row.parts {
        let a0 = TAU * acc / sum;
        acc += weight(pv);
        out.push((*pv, a0, TAU * acc / sum));
    }
    out
}

/// A point at `angle` (clockwise from 12 o'clock) and radius `r`.
fn polar((cx, cy): (f64, f64), r: f64, angle: f64) -> (f64, f64) {
    (cx + r * angle.sin(), cy - r * angle.cos())
}

/// The outline of an annular sector from `a0` to `a1`.
pub fn sector_points(c: (f64, f64), r0: f64, r1: f64, a0: f64, a1: f64) -> Vec<(f64, f64)> {
    let n = ((a1 - a0) / ARC_STEP).ceil().max(1.0) as usize;
    let mut pts = Vec::with_capacity(2 * n + 2);
    for k in 0..=n {
        pts.push(polar(c, r1, a0 + (a1 - a0) * k as f64 / n as f64));
    }
    for k in (0..=n).rev() {
        pts.push(polar(c, r0, a0 + (a1 - a0) * k as f64 / n as f64));
    }
    pts
}

/// One direct label beside the ring, relative to the ring's centre.
struct Label {
    /// The part it names.
    part: Part,
    /// Label lines then the value line.
    lines: Vec<String>,
    /// Mid angle of the segment.
    angle: f64,
    /// +1 right of the ring, −1 left.
    side: f64,
    /// Wanted and placed centre of the block (y relative to the centre).
    want: f64,
    top: f64,
    h: f64,
}

/// Direct labels for one ring of radius `r` in a panel `w` wide, or `None`
/// when they do not fit (too narrow, or too many thin segments crowding one
/// side so labels would drift far from their segments).
struct Direct {
    labels: Vec<Label>,
    /// Extent of the ring and labels above and below the centre.
    up: f64,
    down: f64,
}

fn label_fonts(narrow: bool) -> (Font, Font) {
    let s = if narrow { 12.0 } else { 13.0 };
    (font(s, Weight::Normal), font(s, Weight::Bold))
}

fn plan_direct(
    data: &RatingData,
    derived: &Derived,
    row: &Row,
    w: f64,
    r: f64,
    measure: &dyn TextMeasure,
) -> Option<Direct> {
    let label_w = (w / 2.0 - r - ELBOW - TEXT_GAP - 2.0).min(220.0);
    if label_w < MIN_LABEL_W {
        return None;
    }
    let (lf, vf) = label_fonts(w < 400.0);
    let lh = line_height(lf);
    let mut labels = Vec::new();
    for (pv, a0, a1) in sectors(data, row) {
        let mut lines = wrap(part_name(data, pv.part), lf, label_w, measure);
        let value = value_text(data, derived, &pv, false);
        if measure.width(&value, vf) > label_w {
            return None;
        }
        lines.push(value);
        let angle = (a0 + a1) / 2.0;
        let side = if angle.sin() >= 0.0 { 1.0 } else { -1.0 };
        let h = lh * lines.len() as f64;
        let want = -(r + 10.0) * angle.cos();
        labels.push(Label {
            part: pv.part,
            lines,
            angle,
            side,
            want,
            top: want - h / 2.0,
            h,
        });
    }
    for side in [1.0, -1.0] {
        let mut idx: Vec<usize> = (0..labels.len())
            .filter(|&i| labels[i].side == side)
            .collect();
        crate::order::indices(&mut idx, &mut |a, b| {
            labels[a].want.total_cmp(&labels[b].want)
        });
        spread(&mut labels, &idx);
    }
    let max_drift = (0.6 * r).max(28.0);
    let mut up = r + 2.0;
    let mut down = r + 2.0;
    for l in &labels {
        let centre = l.top + l.h / 2.0;
        if (centre - l.want).abs() > max_drift {
            return None;
        }
        // The leader's first leg must stay outside the ring.
        let p0 = polar((0.0, 0.0), r + 2.0, l.angle);
        let p1 = (l.side * (r + ELBOW), centre);
        if segment_distance_to_origin(p0, p1) < r + 1.0 {
            return None;
        }
        up = up.max(-l.top);
        down = down.max(l.top + l.h);
    }
    Some(Direct { labels, up, down })
}

/// Places label blocks (sorted by wanted centre) without overlap, each
/// cluster of touching blocks centred on its members' wanted centres.
fn spread(labels: &mut [Label], order: &[usize]) {
    // Clusters: (first index in `order`, end index, top).
    let mut clusters: Vec<(usize, usize, f64)> = Vec::new();
    let height = |labels: &[Label], a: usize, z: usize| -> f64 {
        order[a..z].iter().map(|&i| labels[i].h).sum::<f64>()
            + LABEL_GAP * (z - a).saturating_sub(1) as f64
    };
    let ideal = |labels: &[Label], a: usize, z: usize| -> f64 {
        let mut off = 0.0;
        let mut sum = 0.0;
        for &i in &order[a..z] {
            sum += labels[i].want - labels[i].h / 2.0 - off;
            off += labels[i].h + LABEL_GAP;
        }
        sum / (z - a) as f64
    };
    for k in 0..order.len() {
        clusters.push((k, k + 1, ideal(labels, k, k + 1)));
        while clusters.len() >= 2 {
            let (_, z1, t1) = clusters[clusters.len() - 1];
            let (a0, z0, t0) = clusters[clusters.len() - 2];
            if t0 + height(labels, a0, z0) + LABEL_GAP <= t1 {
                break;
            }
            clusters.pop();
            clusters.pop();
            clusters.push((a0, z1, ideal(labels, a0, z1)));
        }
    }
    for (a, z, top) in clusters {
        let mut y = top;
        for &i in &order[a..z] {
            labels[i].top = y;
            y += labels[i].h + LABEL_GAP;
        }
    }
}

fn segment_distance_to_origin((ax, ay): (f64, f64), (bx, by): (f64, f64)) -> f64 {
    let (dx, dy) = (bx - ax, by - ay);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (-(ax * dx + ay * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (ax + t * dx).hypot(ay + t * dy)
}

/// Donuts, one per group, labelled directly or explained by a legend.
pub struct Donut {
    /// Each group's direct labels (`None` for a group without members),
    /// when every panel has room for them; else `None`.
    plans: Option<Vec<Option<Direct>>>,
    /// The panels of the direct labels.
    direct_panels: Panels,
}

/// The radius of a ring with direct labels in a panel `w` wide.
fn direct_r(w: f64) -> f64 {
    (w * 0.2).clamp(48.0, 110.0).floor()
}

impl Donut {
    /// Plans the direct labels of the chart of `cx`.
    pub fn new(cx: &Context) -> Donut {
        let (data, derived) = (cx.data, cx.derived);
        let n = data.groups.len();
        // Direct labels when every panel has room for them; else a legend.
        let direct_panels = Panels::new(&cx.frame, n, 340.0);
        let w = direct_panels.w;
        let plans: Option<Vec<Option<Direct>>> = (n <= 2 || direct_panels.cols >= 2)
            .then(|| {
                derived
                    .rows
                    .iter()
                    .map(|row| {
                        if row.total == 0 {
                            return Some(None);
                        }
                        plan_direct(data, derived, row, w, direct_r(w), cx.measure).map(Some)
                    })
                    .collect()
            })
            .flatten();
        Donut {
            plans,
            direct_panels,
        }
    }
}

impl Kind for Donut {
    fn legend(&self, cx: &Context) -> Legend {
        match (&self.plans, cx.derived.rows.as_slice()) {
            (Some(_), _) => Legend::None,
            (None, [only]) => Legend::Entries(entries_with_values(cx, only, false)),
            (None, _) => Legend::Tiers { reverse: false },
        }
    }

    fn plot(&self, cx: &Context, b: &mut Builder, y: f64) -> Plot {
        let frame = &cx.frame;
        let n = cx.data.groups.len();
        let panels = match &self.plans {
            Some(_) => self.direct_panels,
            None => {
                let min_w = if frame.narrow { 136.0 } else { 168.0 };
                Panels::new(frame, n, min_w)
            }
        };
        let r = match &self.plans {
            Some(_) => direct_r(panels.w),
            None => ((panels.w / 2.0 - 4.0) * 0.92).clamp(36.0, 120.0).floor(),
        };
        let ring = Ring {
            cx,
            r,
            w: panels.w,
            // Rings on one level: every panel leaves room for the highest
            // labels.
            up: self
                .plans
                .iter()
                .flatten()
                .flatten()
                .map(|p| p.up)
                .fold(r + 1.0, f64::max),
        };
        let (bottom, area) = panels.draw(b, cx, y, &mut |b, gi, x, top| {
            let plan = self
                .plans
                .as_ref()
                .and_then(|p| p.get(gi))
                .and_then(Option::as_ref);
            ring.panel(b, gi, x, top, plan)
        });
        Plot {
            area,
            bottom,
            note: None,
        }
    }
}

/// What every ring of a chart shares: its radius, its panel's width and
/// the room above its centre.
struct Ring<'a, 'c> {
    cx: &'c Context<'a>,
    r: f64,
    w: f64,
    /// Height above the centre of every ring.
    up: f64,
}

impl Ring<'_, '_> {
    /// Draws one group's donut with its top-left at (`x`, `top`); returns
    /// its height.
    fn panel(&self, b: &mut Builder, gi: usize, x: f64, top: f64, plan: Option<&Direct>) -> f64 {
        let (cx, r) = (self.cx, self.r);
        let (data, theme) = (cx.data, &cx.theme);
        let Some(row) = cx.derived.rows.get(gi) else {
            return 0.0;
        };
        let up = self.up;
        let down = plan.map_or(r + 1.0, |p| p.down);
        let c = ((x + self.w / 2.0).round(), (top + up).round());
        let r0 = (r * HOLE).round();
        let parts = sectors(data, row);
        if parts.is_empty() {
            // No members: an outlined empty ring and the "no data" note.
            for radius in [r, r0] {
                b.circle(
                    c,
                    radius,
                    theme.paper,
                    Some(theme.edge),
                    Role::EmptyRow,
                    None,
                );
            }
            let nf = font(12.0, Weight::Normal);
            let style = TextStyle::new(nf, theme.muted, Role::EmptyRow).align(Align::Center);
            let mut yy = c.1 - line_height(nf) * 0.5;
            for line in wrap(data.locale.words.no_data, nf, 2.0 * r0 * 0.85, b.measure) {
                b.text(&line, c.0, yy, style);
                yy += line_height(nf);
            }
            return up + down;
        }
        let single = parts.len() == 1;
        for (pv, a0, a1) in &all_sectors(data, row) {
            let datum = Some(Datum {
                group: gi,
                part: pv.part,
            });
            if a1 <= a0 {
                // A tier with no members keeps a mark without area, so
                // that keyboard reading reaches it, as bars do.
                let (x, y) = polar(c, (r + r0) / 2.0, *a0);
                let at = Rect {
                    x,
                    y,
                    w: 0.0,
                    h: 0.0,
                };
                b.rect(at, cx.fill(pv.part), None, Role::Segment, datum);
                continue;
            }
            // Paper-coloured edges separate neighbouring segments, except
            // on slivers a 1 px edge would paint over.
            let stroke = if single || r * (a1 - a0) < MIN_EDGED_ARC {
                cx.stroke(pv.part)
            } else {
                Some(cx.stroke(pv.part).unwrap_or(theme.paper))
            };
            let anchor = polar(c, (r + r0) / 2.0, (a0 + a1) / 2.0);
            // A whole ring as two halves (a polygon cannot have a hole).
            let spans = if single {
                vec![(0.0, TAU / 2.0), (TAU / 2.0, TAU)]
            } else {
                vec![(*a0, *a1)]
            };
            for (s0, s1) in spans {
                let points = sector_points(c, r0, r, s0, s1);
                b.polygon(
                    points,
                    anchor,
                    cx.fill(pv.part),
                    stroke,
                    Role::Segment,
                    datum,
                );
            }
        }
        let mut h = up + down;
        h += self.centre(b, gi, c, r0, top + h);
        match plan {
            Some(p) => self.direct_labels(b, gi, c, p),
            None => self.ring_labels(b, row, &parts, c, r0),
        }
        h
    }

    /// The total in the hole, as large as fits; below the ring when it
    /// does not fit (returns the height added below).
    fn centre(&self, b: &mut Builder, gi: usize, c: (f64, f64), r0: f64, below: f64) -> f64 {
        let (data, theme) = (self.cx.data, &self.cx.theme);
        let Some(text) = data.groups.get(gi).and_then(|g| total_text(data, g)) else {
            return 0.0;
        };
        let max_w = 2.0 * r0 * 0.82;
        // "Total:" small above the number, the number as large as fits.
        let (head, number) = match text.rsplit_once(' ') {
            Some((h, n)) => (Some(h), n),
            None => (None, text.as_str()),
        };
        let hf = font(if r0 < 40.0 { 11.0 } else { 12.0 }, Weight::Normal);
        let hlh = line_height(hf);
        let head_fits = head.is_none_or(|h| b.measure.width(h, hf) <= max_w);
        for size in [22.0, 18.0, 15.0, 12.0] {
            let f = font(size, Weight::Bold);
            let lh = line_height(f);
            let block = lh + if head.is_some() { hlh } else { 0.0 };
            if !head_fits || b.measure.width(number, f) > max_w || block > 1.5 * r0 {
                continue;
            }
            let style = |f, color| TextStyle::new(f, color, Role::CenterLabel).align(Align::Center);
            let mut y = c.1 - block / 2.0;
            if let Some(h) = head {
                b.text(h, c.0, y + hlh / 2.0, style(hf, theme.muted));
                y += hlh;
            }
            b.text(number, c.0, y + lh / 2.0, style(f, theme.ink));
            return 0.0;
        }
        // Too narrow a hole: under the ring, wrapped to the panel.
        let f = font(12.0, Weight::Normal);
        let style = TextStyle::new(f, theme.muted, Role::GroupTotal).align(Align::Center);
        let lh = line_height(f);
        let mut y = below + 6.0;
        for line in wrap(&text, f, self.w, b.measure) {
            b.text(&line, c.0, y + lh / 2.0, style);
            y += lh;
        }
        y - below
    }

    /// Labels beside the ring with leader lines.
    fn direct_labels(&self, b: &mut Builder, gi: usize, (ox, oy): (f64, f64), plan: &Direct) {
        let theme = &self.cx.theme;
        let (lf, vf) = label_fonts(self.w < 400.0);
        let lh = line_height(lf);
        let r = self.r;
        for l in &plan.labels {
            let centre = oy + l.top + l.h / 2.0;
            let p0 = polar((ox, oy), r + 2.0, l.angle);
            let elbow = (ox + l.side * (r + ELBOW), centre);
            let tx = ox + l.side * (r + ELBOW + TEXT_GAP);
            b.line(
                vec![p0, elbow, (tx - l.side * 2.0, centre)],
                theme.muted,
                1.0,
                Role::Leader,
            );
            let align = if l.side > 0.0 {
                Align::Start
            } else {
                Align::End
            };
            let last = l.lines.len().saturating_sub(1);
            for (k, line) in l.lines.iter().enumerate() {
                // The value, last, in the bold font.
                let f = if k == last { vf } else { lf };
                let style = TextStyle::new(f, theme.ink, Role::SegmentLabel).align(align);
                let y = oy + l.top + lh * k as f64 + lh / 2.0;
                b.text(line, tx, y, style);
            }
            // The leader and the lines describe the segment.
            b.describe_last(
                l.lines.len() + 1,
                Datum {
                    group: gi,
                    part: l.part,
                },
            );
        }
    }

    /// Shares on the segments wide and thick enough to hold them.
    fn ring_labels(
        &self,
        b: &mut Builder,
        row: &Row,
        parts: &[(PartValue, f64, f64)],
        c: (f64, f64),
        r0: f64,
    ) {
        if row.total == 0 {
            return;
        }
        let cx = self.cx;
        let f = font(if self.r < 60.0 { 11.0 } else { 12.0 }, Weight::Normal);
        let lh = f.size_px * 1.25;
        let mid = (r0 + self.r) / 2.0;
        for (pv, a0, a1) in parts {
            let text = pv.share_text(cx.data.locale, cx.derived.decimals);
            let tw = b.measure.width(&text, f);
            // The middle of the segment first, then towards its ends.
            let spot = [0.5, 0.35, 0.65, 0.2, 0.8].iter().find_map(|t| {
                let (x, y) = polar(c, mid, a0 + (a1 - a0) * t);
                let bx = Rect {
                    x: x - tw / 2.0 - 2.0,
                    y: y - lh / 2.0 - 1.0,
                    w: tw + 4.0,
                    h: lh + 2.0,
                };
                let corners = [
                    (bx.x, bx.y),
                    (bx.right(), bx.y),
                    (bx.x, bx.bottom()),
                    (bx.right(), bx.bottom()),
                ];
                corners
                    .iter()
                    .all(|&p| in_sector(c, r0, self.r, *a0, *a1, p))
                    .then_some((x, y))
            });
            if let Some(at) = spot {
                cx.label_in(b, text, at, pv.part, f);
            }
        }
    }
}

/// Whether point `p` lies in the annular sector (with a 1 px margin from
/// the ring's edges).
pub fn in_sector(c: (f64, f64), r0: f64, r1: f64, a0: f64, a1: f64, p: (f64, f64)) -> bool {
    let (dx, dy) = (p.0 - c.0, p.1 - c.1);
    let d = dx.hypot(dy);
    if d < r0 + 1.0 || d > r1 - 1.0 {
        return false;
    }
    let a = dx.atan2(-dy).rem_euclid(TAU);
    a >= a0 && a <= a1
}

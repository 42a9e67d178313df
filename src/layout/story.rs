//! The story, drawn over any kind once it is laid out: the highlight (the
//! other marks recede, the highlighted ones get an outline, their group
//! names in bold and their values even where the kind dropped them), the
//! reference value (a labelled line on bar and trend kinds) and the
//! annotations. Texts are placed where they overlap no mark and no other
//! text, inside the chart; what finds no such place is written under the
//! plot, naming what it is about.
//!
//! It works on the Scene the kind drew (marks carry their datum), so every
//! kind gets the same story without a line of its own.

use super::builder::{font, Builder, TextStyle};
use super::chrome::{note_under_plot, value_label};
use super::kind::Context;
use super::text::wrap;
use crate::derive::PartValue;
use crate::label::{annotation_note, reference_text};
use crate::model::rating::{ChartKind, Part, Polarity, Reference};
use crate::scale::color::{text_on, Rgb};
use crate::scale::format::Words;
use crate::scene::{Align, Datum, Item, Rect, Role, Scene, Shape, Weight};

/// Size of annotation and reference text (CSS px).
const STORY_PX: f64 = 12.0;
/// Gap between a text and the mark it is about.
const GAP: f64 = 3.0;
/// How far receding marks move toward the paper (0 = not at all).
const RECEDE: f64 = 0.6;
/// Most values added to highlighted marks that had none.
const MAX_ADDED_LABELS: usize = 24;

/// The scene of `cx` with its story drawn (unchanged when the data has
/// none).
pub fn apply(mut scene: Scene, cx: &Context) -> Scene {
    let story = &cx.data.story;
    let mut under: Vec<String> = Vec::new();
    if story.highlights() {
        highlight(&mut scene, cx);
    }
    for a in &story.annotations {
        let target = match (a.group, a.period.as_deref()) {
            (Some(g), _) => union(&scene, &|d| {
                d.group == g && a.tier.is_none_or(|t| d.part == Part::Tier(t))
            }),
            // The period in the first panel or bar that has it.
            (None, Some(p)) => {
                let groups = &cx.data.groups;
                let first = groups.iter().find(|g| g.period.as_deref() == Some(p));
                union(&scene, &|d| {
                    groups.get(d.group).is_some_and(|g| {
                        g.period.as_deref() == Some(p) && first.is_some_and(|f| f.label == g.label)
                    })
                })
            }
            (None, None) => None,
        };
        let describes = a.group.map(|g| Datum {
            group: g,
            part: Part::Tier(a.tier.unwrap_or(0)),
        });
        let placed = target.is_some_and(|t| {
            place(&mut scene, cx, &a.text, t, Role::Annotation, describes) || {
                // Room under the mark's row, made by moving what follows down.
                let h = text_height(cx, &a.text) + GAP;
                match free_line(&scene, t.bottom() + 1.0, true) {
                    Some(at) if open_band(&mut scene, at, h) => {
                        band_text(&mut scene, cx, &a.text, t.x, at + 1.0, describes);
                        true
                    }
                    _ => false,
                }
            }
        });
        if !placed {
            under.push(annotation_note(
                cx.data,
                a.group,
                a.tier,
                a.period.as_deref(),
                &a.text,
            ));
        }
    }
    if let Some(r) = &story.reference {
        if !reference(&mut scene, cx, r) {
            under.push(reference_text(cx.data, r, true));
        }
    }
    if story.highlights() && cx.data.display.kind != ChartKind::Table {
        label_highlighted(&mut scene, cx);
    }
    for note in under {
        scene = note_under_plot(scene, cx, &note);
    }
    scene
}

/// Marks outside the story recede toward the paper (lines also thin);
/// the story's marks get an outline in ink, and its group names turn bold
/// where that still fits.
fn highlight(scene: &mut Scene, cx: &Context) {
    let story = &cx.data.story;
    let (paper, ink) = (cx.theme.paper, cx.theme.ink);
    let forced = cx.theme.forced;
    let recede = |c: Rgb| if forced { c } else { c.mix(paper, RECEDE) };
    // Trend lines carry their tier; their group is that of the point at
    // their first vertex.
    let points: Vec<(f64, f64, Datum)> = scene
        .items
        .iter()
        .filter_map(|i| match (&i.shape, i.datum) {
            (Shape::Circle { cx, cy, .. }, Some(d)) => Some((*cx, *cy, d)),
            _ => None,
        })
        .collect();
    let mut new_fills: Vec<(Datum, Rect, Rgb)> = Vec::new();
    for item in scene.items.iter_mut() {
        match (item.role, item.datum) {
            (Role::Segment, Some(d)) => {
                let keep = story.is_highlighted(d.group, d.part);
                match &mut item.shape {
                    Shape::Rect { fill, stroke }
                    | Shape::Polygon { fill, stroke, .. }
                    | Shape::Circle { fill, stroke, .. } => {
                        if keep {
                            *stroke = Some(ink);
                        } else {
                            *fill = recede(*fill);
                            new_fills.push((d, item.bounds, *fill));
                        }
                    }
                    _ => {}
                }
            }
            (Role::Series, _) => {
                let Shape::Line {
                    points: pts,
                    color,
                    width,
                } = &mut item.shape
                else {
                    continue;
                };
                let part = item.legend.unwrap_or(Part::NotReported);
                let group = pts.first().and_then(|&(x, y)| {
                    points
                        .iter()
                        .find(|p| {
                            (p.0 - x).abs() < 0.5 && (p.1 - y).abs() < 0.5 && p.2.part == part
                        })
                        .map(|p| p.2.group)
                });
                let keep = group.is_none_or(|g| story.is_highlighted(g, part));
                if keep {
                    *width += 1.0;
                } else {
                    *color = recede(*color);
                    *width = (*width * 0.5).max(1.0);
                }
            }
            _ => {}
        }
    }
    // Values inside a mark that receded: a colour that reads on its new fill.
    for item in scene
        .items
        .iter_mut()
        .filter(|i| i.role == Role::SegmentLabel)
    {
        let (x, y) = item.bounds.center();
        let Some(&(_, _, fill)) = new_fills
            .iter()
            .find(|(nd, r, _)| item.describes.is_none_or(|d| d == *nd) && r.contains(x, y))
        else {
            continue;
        };
        if let Shape::Text { color, .. } = &mut item.shape {
            *color = text_on(fill);
        }
    }
    bold_group_names(scene, cx);
}

/// The names of highlighted groups (lines of their label that no other
/// group's label has) in bold, each where the bolder line still overlaps
/// nothing.
fn bold_group_names(scene: &mut Scene, cx: &Context) {
    let story = &cx.data.story;
    if story.groups.is_empty() {
        return;
    }
    let names = [Role::GroupLabel, Role::PanelTitle, Role::TableCell];
    let is_line_of = |g: usize, text: &str| {
        cx.data
            .groups
            .get(g)
            .is_some_and(|gr| gr.label.contains(text))
    };
    for k in 0..scene.items.len() {
        let item = &scene.items[k];
        if !names.contains(&item.role) {
            continue;
        }
        let Shape::Text {
            text,
            font: f,
            align,
            x,
            ..
        } = &item.shape
        else {
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        let ours = story.groups.iter().any(|&g| is_line_of(g, text));
        let others = (0..cx.data.groups.len())
            .filter(|g| !story.group_highlighted(*g))
            .any(|g| is_line_of(g, text));
        if !ours || others {
            continue;
        }
        let bold = font(f.size_px, Weight::Bold);
        let w = cx.measure.width(text, bold);
        let left = match align {
            Align::Start => *x,
            Align::Center => x - w / 2.0,
            Align::End => x - w,
        };
        let bounds = Rect {
            x: left,
            w,
            ..item.bounds
        };
        let clear = bounds.x >= 0.0
            && bounds.right() <= scene.width_px
            && !scene.items.iter().enumerate().any(|(j, o)| {
                j != k
                    && o.role != Role::Background
                    && blocks(o)
                    && o.bounds.overlaps(&bounds)
                    && !o.bounds.overlaps(&item.bounds)
            });
        if clear {
            let item = &mut scene.items[k];
            if let Shape::Text { font: f, .. } = &mut item.shape {
                *f = bold;
            }
            item.bounds = bounds;
        }
    }
}

/// Whether item `o` covers part of `r`: its bounds, or for a line the
/// stretch of each of its segments (a line's bounds cover much paper it
/// never touches).
fn hits(o: &Item, r: &Rect) -> bool {
    if !o.bounds.overlaps(r) {
        return false;
    }
    let Shape::Line { points, width, .. } = &o.shape else {
        return true;
    };
    let pad = width / 2.0 + 1.0;
    let r = Rect {
        x: r.x - pad,
        y: r.y - pad,
        w: r.w + 2.0 * pad,
        h: r.h + 2.0 * pad,
    };
    points.windows(2).any(|s| segment_meets(s[0], s[1], &r))
}

/// Whether the segment from `a` to `b` meets `r` (Liang–Barsky clipping).
fn segment_meets(a: (f64, f64), b: (f64, f64), r: &Rect) -> bool {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, a.0 - r.x),
        (dx, r.right() - a.0),
        (-dy, a.1 - r.y),
        (dy, r.bottom() - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
            if t0 > t1 {
                return false;
            }
        }
    }
    true
}

/// Whether an item keeps texts off it.
fn blocks(i: &Item) -> bool {
    !matches!(i.role, Role::Background | Role::Gridline)
}

/// The union of the bounds of the marks whose datum passes `f`.
fn union(scene: &Scene, f: &dyn Fn(Datum) -> bool) -> Option<Rect> {
    scene
        .items
        .iter()
        .filter(|i| i.role == Role::Segment && i.datum.is_some_and(f))
        .map(|i| i.bounds)
        .reduce(|a, b| {
            let (x, y) = (a.x.min(b.x), a.y.min(b.y));
            Rect {
                x,
                y,
                w: a.right().max(b.right()) - x,
                h: a.bottom().max(b.bottom()) - y,
            }
        })
}

/// Values for highlighted marks that the kind left without one (too
/// narrow), placed beside them where there is room.
fn label_highlighted(scene: &mut Scene, cx: &Context) {
    let story = &cx.data.story;
    let mut added = 0;
    for row in &cx.derived.rows {
        for pv in row.parts.iter().filter(|p| p.count > 0) {
            if added >= MAX_ADDED_LABELS {
                return;
            }
            let d = Datum {
                group: row.group,
                part: pv.part,
            };
            if !story.is_highlighted(d.group, d.part) {
                continue;
            }
            let Some(target) = union(scene, &|x| x == d) else {
                continue;
            };
            // A value the kind wrote: one describing the datum, or a
            // direct label inside its mark.
            let labelled = scene.items.iter().any(|i| {
                matches!(i.shape, Shape::Text { .. })
                    && (i.describes == Some(d)
                        || i.role == Role::SegmentLabel && {
                            let (x, y) = i.bounds.center();
                            target.contains(x, y)
                        })
            });
            if labelled {
                continue;
            }
            if place(
                scene,
                cx,
                &value_of(cx, pv),
                target,
                Role::Annotation,
                Some(d),
            ) {
                added += 1;
            }
        }
    }
}

fn value_of(cx: &Context, pv: &PartValue) -> String {
    value_label(cx.data, cx.derived, pv)
}

/// Places `text` next to `target`, where it overlaps no mark and no text
/// and stays inside the chart (wrapped narrower when needed); `false` when
/// there is no such place.
fn place(
    scene: &mut Scene,
    cx: &Context,
    text: &str,
    target: Rect,
    role: Role,
    describes: Option<Datum>,
) -> bool {
    let f = font(STORY_PX, Weight::Normal);
    let lh = (STORY_PX * 1.25).round();
    let frame = &cx.frame;
    let (left_edge, right_edge) = (frame.pad, frame.pad + frame.inner_w);
    // Between the header and legend and the footer.
    let edge = |roles: &[Role], f: fn(&Rect) -> f64, start: f64, pick: fn(f64, f64) -> f64| {
        scene
            .items
            .iter()
            .filter(|i| roles.contains(&i.role))
            .map(|i| f(&i.bounds))
            .fold(start, pick)
    };
    let head = [
        Role::Title,
        Role::Subtitle,
        Role::LegendSwatch,
        Role::LegendLabel,
    ];
    let foot = [Role::ChartNote, Role::Notes, Role::Source];
    let top_edge = edge(&head, Rect::bottom, scene.plot.y - 4.0, f64::max).min(scene.plot.y) + 2.0;
    let bottom_edge =
        edge(&foot, |r| r.y, scene.height_px - frame.pad, f64::min).max(scene.plot.bottom()) - 2.0;
    let widths = [
        frame.inner_w.min(220.0),
        frame.inner_w.min(140.0),
        frame.inner_w * 0.5,
    ];
    for max_w in widths {
        let lines = wrap(text, f, max_w.max(40.0), cx.measure);
        let w = lines
            .iter()
            .map(|l| cx.measure.width(l, f))
            .fold(0.0, f64::max);
        let h = lh * lines.len() as f64;
        let (cxm, cym) = target.center();
        let candidates = [
            (target.right() + GAP, cym - h / 2.0),
            (target.x - GAP - w, cym - h / 2.0),
            (target.x, target.y - GAP - h),
            (target.right() - w, target.y - GAP - h),
            (cxm - w / 2.0, target.y - GAP - h),
            (target.x, target.bottom() + GAP),
            (target.right() - w, target.bottom() + GAP),
            (cxm - w / 2.0, target.bottom() + GAP),
            // Kept inside the frame: under or over the mark, shifted.
            (
                target.x.min(right_edge - w).max(left_edge),
                target.bottom() + GAP,
            ),
            (
                (cxm - w / 2.0).min(right_edge - w).max(left_edge),
                target.y - GAP - h,
            ),
        ];
        for (x, y) in candidates {
            let r = Rect { x, y, w, h };
            let fits = r.x >= left_edge - 0.5
                && r.right() <= right_edge + 0.5
                && r.y >= top_edge
                && r.bottom() <= bottom_edge
                && !scene.items.iter().any(|o| blocks(o) && hits(o, &r));
            if fits {
                let mut b = Builder::new(cx.measure);
                let style = TextStyle::new(f, cx.theme.ink, role);
                b.lines(&lines, r.x, r.y, lh, style);
                if let Some(d) = describes {
                    let n = b.items.len();
                    b.describe_last(n, d);
                }
                scene.items.extend(b.items);
                return true;
            }
        }
    }
    false
}

/// Draws the reference on bar and trend kinds: a line in ink where the
/// reference share falls on each bar (one line when it falls at the same
/// place on every bar) or across each trend panel, labelled. `false`
/// when the kind has no share axis to draw it on (then the caller writes
/// it under the plot).
fn reference(scene: &mut Scene, cx: &Context, r: &Reference) -> bool {
    let share = r.share as f64 / 100_000.0;
    let ink = cx.theme.ink;
    let mut marks: Vec<Vec<(f64, f64)>> = Vec::new();
    match cx.data.display.kind {
        ChartKind::Stacked | ChartKind::Auto | ChartKind::Diverging => {
            let diverging = cx.data.display.kind == ChartKind::Diverging;
            let negative =
                cx.data.tiers.get(r.tier).and_then(|t| t.polarity) == Some(Polarity::Negative);
            let last = r.tier + 1 == cx.data.tiers.len();
            for row in &cx.derived.rows {
                let segs: Vec<&Item> = scene
                    .items
                    .iter()
                    .filter(|i| {
                        i.role == Role::Segment && i.datum.is_some_and(|d| d.group == row.group)
                    })
                    .collect();
                let Some(bar) = union_of(&segs) else { continue };
                // Columns stack upward; bars run left to right.
                let vertical =
                    segs.len() > 1 && segs.iter().all(|s| (s.bounds.x - bar.x).abs() < 0.5);
                let len = if vertical { bar.h } else { bar.w };
                let seg = segs
                    .iter()
                    .find(|s| s.datum.is_some_and(|d| d.part == Part::Tier(r.tier)));
                let at = if vertical {
                    // Tiers stack from the bottom up.
                    match seg {
                        Some(s) => s.bounds.bottom() - share * len,
                        None => continue,
                    }
                } else if diverging {
                    match seg {
                        Some(s) if negative => s.bounds.right() - share * len,
                        Some(s) => s.bounds.x + share * len,
                        None => continue,
                    }
                } else if last && row.parts.last().map(|p| p.part) == Some(Part::Tier(r.tier)) {
                    bar.right() - share * len
                } else {
                    // From where the tier starts (the end of the parts before it).
                    let start = segs
                        .iter()
                        .filter(|s| matches!(s.datum.map(|d| d.part), Some(Part::Tier(t)) if t < r.tier))
                        .map(|s| s.bounds.right())
                        .fold(bar.x, f64::max);
                    start + share * len
                };
                // Where the tier cannot reach the reference on this bar
                // (it starts too late), no mark.
                // Diverging bars may reach anywhere on the plot.
                let (lo, hi) = match (vertical, diverging) {
                    (true, _) => (bar.y, bar.bottom()),
                    (false, true) => (scene.plot.x, scene.plot.right()),
                    (false, false) => (bar.x, bar.right()),
                };
                if !(lo - 0.5..=hi + 0.5).contains(&at) {
                    continue;
                }
                marks.push(if vertical {
                    vec![(bar.x - 3.0, at), (bar.right() + 3.0, at)]
                } else {
                    vec![(at, bar.y - 3.0), (at, bar.bottom() + 3.0)]
                });
            }
        }
        ChartKind::Trend => {
            // Each panel (a group label): its y scale from two of its points.
            let mut labels: Vec<&str> = Vec::new();
            for g in &cx.data.groups {
                if !labels.contains(&g.label.as_str()) {
                    labels.push(&g.label);
                }
            }
            let decimals = cx.derived.decimals;
            let whole = 100.0 * 10f64.powi(i32::from(decimals));
            for label in labels {
                let pts: Vec<(f64, f64, f64)> = scene
                    .items
                    .iter()
                    .filter_map(|i| match (&i.shape, i.datum) {
                        (Shape::Circle { cx: x, cy: y, .. }, Some(d))
                            if cx
                                .data
                                .groups
                                .get(d.group)
                                .is_some_and(|g| g.label == label) =>
                        {
                            let row = cx.derived.rows.get(d.group)?;
                            let pv = row.parts.iter().find(|p| p.part == d.part)?;
                            Some((*x, *y, pv.share_units as f64 / whole))
                        }
                        _ => None,
                    })
                    .collect();
                let Some(&(_, y0, s0)) = pts.first() else {
                    continue;
                };
                let Some(&(_, y1, s1)) = pts.iter().find(|p| (p.2 - s0).abs() > 0.02) else {
                    continue;
                };
                let y = y0 + (share - s0) * (y1 - y0) / (s1 - s0);
                let (x0, x1) = pts
                    .iter()
                    .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| {
                        (a.min(p.0), b.max(p.0))
                    });
                marks.push(vec![(x0 - 6.0, y), (x1 + 6.0, y)]);
            }
        }
        ChartKind::Table => return table_row(scene, cx, r),
        _ => return false,
    }
    // The whole first mark, before it is cut around texts: its label's place.
    let first = marks.first().cloned();
    // A mark never crosses a text (a value inside the bar): it
    // stops short of it.
    marks = marks
        .into_iter()
        .flat_map(|m| around_texts(scene, m))
        .collect();
    if marks.is_empty() {
        return false;
    }
    let mut b = Builder::new(cx.measure);
    // The label goes by the topmost mark (the first bar's, the first panel's).
    let first = first.or_else(|| marks.first().cloned()).unwrap_or_default();
    let bounds = first.iter().fold(None::<Rect>, |acc, &(x, y)| {
        Some(match acc {
            None => Rect {
                x,
                y,
                w: 0.0,
                h: 0.0,
            },
            Some(a) => {
                let (nx, ny) = (a.x.min(x), a.y.min(y));
                Rect {
                    x: nx,
                    y: ny,
                    w: a.right().max(x) - nx,
                    h: a.bottom().max(y) - ny,
                }
            }
        })
    });
    for m in marks {
        b.line(m, ink, 2.0, Role::Reference);
    }
    scene.items.extend(b.items);
    let text = reference_text(cx.data, r, false);
    let h = text_height(cx, &text) + GAP;
    match bounds {
        Some(t) if place(scene, cx, &text, t, Role::Reference, None) => true,
        // Room above the plot, made by moving it down: the label with a
        // key (a short line like the reference's), above the line's place.
        Some(t) => match free_line(scene, t.y - 1.0, false) {
            Some(at) if open_band(scene, at, h) => {
                keyed_label(scene, cx, &text, t.center().0, at + 1.0);
                true
            }
            _ => false,
        },
        // The line is drawn; its name goes under the plot.
        _ => false,
    }
}

/// The nearest `y` at or above `from` (at or below when `down`) that no
/// mark (other than an upright line) crosses.
fn free_line(scene: &Scene, from: f64, down: bool) -> Option<f64> {
    let mut y = from;
    for _ in 0..64 {
        let top = scene
            .items
            .iter()
            .skip(1)
            .filter(|i| {
                i.bounds.y < y - 0.01
                    && i.bounds.bottom() > y + 0.01
                    && !matches!(&i.shape, Shape::Line { points, .. }
                        if points.iter().all(|p| (p.0 - points[0].0).abs() < 0.01))
            })
            .map(|i| if down { -i.bounds.bottom() } else { i.bounds.y })
            .fold(f64::INFINITY, f64::min);
        if !top.is_finite() {
            return Some(y);
        }
        y = if down { -top + 0.5 } else { top - 0.5 };
    }
    None
}

/// `text` wrapped from `top` in an opened band, starting at `x` (kept
/// inside the frame).
fn band_text(
    scene: &mut Scene,
    cx: &Context,
    text: &str,
    x: f64,
    top: f64,
    describes: Option<Datum>,
) {
    let f = font(STORY_PX, Weight::Normal);
    let lh = (STORY_PX * 1.25).round();
    let frame = &cx.frame;
    let lines = wrap(text, f, frame.inner_w.clamp(40.0, 220.0), cx.measure);
    let w = lines
        .iter()
        .map(|l| cx.measure.width(l, f))
        .fold(0.0, f64::max);
    let left = x.min(frame.pad + frame.inner_w - w).max(frame.pad);
    let mut b = Builder::new(cx.measure);
    b.lines(
        &lines,
        left,
        top,
        lh,
        TextStyle::new(f, cx.theme.ink, Role::Annotation),
    );
    if let Some(d) = describes {
        let n = b.items.len();
        b.describe_last(n, d);
    }
    scene.items.extend(b.items);
}

/// `text` on one line (wrapped when it must) from `top`, after a short
/// upright line in ink (the reference's key), near `x` and inside the frame.
fn keyed_label(scene: &mut Scene, cx: &Context, text: &str, x: f64, top: f64) {
    let f = font(STORY_PX, Weight::Normal);
    let lh = (STORY_PX * 1.25).round();
    let frame = &cx.frame;
    let lines = wrap(
        text,
        f,
        (frame.inner_w - 8.0).clamp(40.0, 220.0),
        cx.measure,
    );
    let w = 8.0
        + lines
            .iter()
            .map(|l| cx.measure.width(l, f))
            .fold(0.0, f64::max);
    let left = (x - 1.0).min(frame.pad + frame.inner_w - w).max(frame.pad);
    let mut b = Builder::new(cx.measure);
    let h = lh * lines.len() as f64;
    b.line(
        vec![(left + 1.0, top + 2.0), (left + 1.0, top + h - 2.0)],
        cx.theme.ink,
        2.0,
        Role::Reference,
    );
    let style = TextStyle::new(f, cx.theme.ink, Role::Reference);
    b.lines(&lines, left + 8.0, top, lh, style);
    scene.items.extend(b.items);
}

/// The height of `text` wrapped as [`place`] first tries it.
fn text_height(cx: &Context, text: &str) -> f64 {
    let f = font(STORY_PX, Weight::Normal);
    let lh = (STORY_PX * 1.25).round();
    lh * wrap(text, f, cx.frame.inner_w.clamp(40.0, 220.0), cx.measure).len() as f64
}

/// Moves everything from `at` down by `dh`, opening an empty band across
/// the chart; straight vertical lines that cross `at` (axes, grid) grow
/// instead. `false` (and nothing moved) when another mark crosses `at`.
fn open_band(scene: &mut Scene, at: f64, dh: f64) -> bool {
    let dh = dh.ceil();
    let upright = |i: &Item| match &i.shape {
        Shape::Line { points, .. } => points.iter().all(|p| (p.0 - points[0].0).abs() < 0.01),
        _ => false,
    };
    let crosses = |i: &Item| i.bounds.y < at - 0.01 && i.bounds.bottom() > at + 0.01;
    // Never between two grid lines of a value axis: the band would stretch it.
    let level = |i: &Item| match &i.shape {
        Shape::Line { points, .. } if matches!(i.role, Role::Gridline | Role::Axis) => points
            .iter()
            .all(|p| (p.1 - points[0].1).abs() < 0.01)
            .then_some(points[0].1),
        _ => None,
    };
    let above = scene.items.iter().filter_map(level).any(|y| y < at);
    let below = scene.items.iter().filter_map(level).any(|y| y > at);
    if above && below {
        return false;
    }
    if scene
        .items
        .iter()
        .skip(1)
        .any(|i| crosses(i) && !upright(i))
    {
        return false;
    }
    for i in scene.items.iter_mut().skip(1) {
        let whole = i.bounds.y >= at - 0.01;
        if !whole && !crosses(i) {
            continue;
        }
        let down = |y: &mut f64| {
            if *y >= at - 0.01 {
                *y += dh;
            }
        };
        match &mut i.shape {
            Shape::Rect { .. } => {}
            Shape::Polygon { points, anchor, .. } => {
                points.iter_mut().for_each(|p| down(&mut p.1));
                down(&mut anchor.1);
            }
            Shape::Line { points, .. } => points.iter_mut().for_each(|p| down(&mut p.1)),
            Shape::Circle { cy, .. } => down(cy),
            Shape::Text { y, .. } => down(y),
        }
        if whole {
            i.bounds.y += dh;
        } else {
            i.bounds.h += dh;
        }
    }
    scene.height_px += dh;
    if let Some(bg) = scene.items.first_mut() {
        bg.bounds.h = scene.height_px;
    }
    if scene.plot.y >= at - 0.01 {
        scene.plot.y += dh;
    } else if scene.plot.bottom() > at {
        scene.plot.h += dh;
    }
    true
}

/// The straight line `m` (horizontal or vertical) less the stretches that
/// would cross a text (with a pixel of air).
fn around_texts(scene: &Scene, m: Vec<(f64, f64)>) -> Vec<Vec<(f64, f64)>> {
    let [(ax, ay), (bx, by)] = [m[0], m[m.len() - 1]];
    let vertical = (ax - bx).abs() < 0.01;
    let (lo, hi) = if vertical { (ay, by) } else { (ax, bx) };
    let cuts: Vec<(f64, f64)> = scene
        .items
        .iter()
        .filter(|i| matches!(i.shape, Shape::Text { .. }))
        .filter_map(|i| {
            let r = i.bounds;
            let hit = if vertical {
                ax > r.x - 2.0 && ax < r.right() + 2.0
            } else {
                ay > r.y - 2.0 && ay < r.bottom() + 2.0
            };
            let (s, e) = if vertical {
                (r.y, r.bottom())
            } else {
                (r.x, r.right())
            };
            (hit && e > lo && s < hi).then_some((s - 1.0, e + 1.0))
        })
        .collect();
    let by = crate::order::order(cuts.len(), &mut |a, b| cuts[a].0.total_cmp(&cuts[b].0));
    let mut out = Vec::new();
    let mut at = lo;
    for (s, e) in by.into_iter().map(|k| cuts[k]) {
        if s > at + 1.0 {
            out.push((at, s.min(hi)));
        }
        at = at.max(e);
    }
    if hi > at + 1.0 {
        out.push((at, hi));
    }
    out.into_iter()
        .map(|(s, e)| {
            if vertical {
                vec![(ax, s), (ax, e)]
            } else {
                vec![(s, ay), (e, ay)]
            }
        })
        .collect()
}

/// The reference as the table kind's last row: its name in the group
/// column, its share in its tier's column, in a band opened under the
/// last row. `false` when the table is laid out as cards (narrow).
fn table_row(scene: &mut Scene, cx: &Context, r: &Reference) -> bool {
    let cells: Vec<Rect> = scene
        .items
        .iter()
        .filter(|i| i.datum.is_some_and(|d| d.part == Part::Tier(r.tier)))
        .map(|i| i.bounds)
        .collect();
    let Some(col) = cells.first().copied() else {
        return false;
    };
    if cells
        .iter()
        .any(|c| (c.x - col.x).abs() > 0.5 || (c.w - col.w).abs() > 0.5)
    {
        return false;
    }
    // The value's anchor as in the column's own cells.
    let anchor = scene.items.iter().find_map(|i| match &i.shape {
        Shape::Text { x, align, .. }
            if i.role == Role::TableCell && col.contains(i.bounds.center().0, col.y + 1.0) =>
        {
            Some((*x, *align))
        }
        _ => None,
    });
    let Some((vx, align)) = anchor else {
        return false;
    };
    let marks_left = scene
        .items
        .iter()
        .filter(|i| i.datum.is_some())
        .map(|i| i.bounds.x)
        .fold(f64::INFINITY, f64::min);
    let bottom = scene
        .items
        .iter()
        .filter(|i| i.datum.is_some())
        .map(|i| i.bounds.bottom())
        .fold(0.0, f64::max);
    let f = font(STORY_PX, Weight::Normal);
    let lh = (STORY_PX * 1.25).round();
    let label_w = (marks_left.min(col.x) - cx.frame.pad - 8.0).max(40.0);
    let name = Words::fill_with(
        cx.data.locale.words.summary.reference_row,
        &[("label", &r.label)],
    );
    let lines = wrap(&name, f, label_w, cx.measure);
    let h = lh * lines.len() as f64 + 6.0;
    let Some(at) = free_line(scene, bottom + 1.0, true) else {
        return false;
    };
    if !open_band(scene, at, h) {
        return false;
    }
    let mut b = Builder::new(cx.measure);
    let style = TextStyle::new(f, cx.theme.ink, Role::Reference);
    b.lines(&lines, cx.frame.pad, at + 3.0, lh, style);
    let share = crate::label::share_text(cx.data, r.share);
    b.text(&share, vx, at + 3.0 + lh / 2.0, style.align(align));
    scene.items.extend(b.items);
    true
}

/// The union of the bounds of `items`.
fn union_of(items: &[&Item]) -> Option<Rect> {
    items.iter().map(|i| i.bounds).reduce(|a, b| {
        let (x, y) = (a.x.min(b.x), a.y.min(b.y));
        Rect {
            x,
            y,
            w: a.right().max(b.right()) - x,
            h: a.bottom().max(b.bottom()) - y,
        }
    })
}

//! The story, drawn over any kind once it is laid out: the highlight (the
//! other marks recede, the highlighted ones get an outline, their group
//! names in bold and their values even where the kind dropped them; the
//! table kind marks its highlighted rows), the reference value (a labelled
//! line or tick on bar and trend kinds, the table's last row) and the
//! annotations (with a leader to their mark when placed away from it).
//! Texts are placed where they overlap no mark and no other text, inside
//! the chart; what finds no such place is written under the plot, naming
//! what it is about.
//!
//! It works on the Scene the kind drew (marks carry their datum), so every
//! kind gets the same story without a line of its own. The reader's module
//! (no `all-kinds` feature) draws bars and columns only: the parts for the
//! other kinds' marks are left out of it.

use super::builder::{Builder, TextStyle};
use super::chrome::{note_under_plot, value_label};
use super::kind::Context;
use super::text::wrap;
use crate::label::{annotation_note, reference_text};
use crate::model::rating::{Annotation, ChartKind, Part, Polarity, Reference};
use crate::scale::color::{text_on, Rgb};
use crate::scene::{Align, Datum, Font, Item, Rect, Role, Scene, Shape, Weight};

/// The font of annotation and reference text.
const F: Font = Font {
    size_px: 12.0,
    weight: Weight::Normal,
};
/// Its line height (12 px × 1.25, rounded).
const LH: f64 = 15.0;
/// Gap between a text and the mark it is about.
const GAP: f64 = 3.0;
/// How far receding marks move toward the paper (0 = not at all).
const RECEDE: f64 = 0.6;
/// Most values added to highlighted marks that had none.
const MAX_ADDED_LABELS: usize = 24;
/// An annotation further than this from its mark gets a leader line.
const LEADER_FROM: f64 = 6.0;

/// A straight line from one point to another.
type Seg = [(f64, f64); 2];

/// The scene of `cx` with its story drawn (unchanged when the data has
/// none).
pub fn apply(mut scene: Scene, cx: &Context) -> Scene {
    let story = &cx.data.story;
    let mut under: Vec<String> = Vec::new();
    if story.highlights() {
        highlight(&mut scene, cx);
    }
    for a in &story.annotations {
        if !annotate(&mut scene, cx, a) {
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

/// Places annotation `a` by its marks: beside them, else in a band opened
/// under their row. `false` when it has no marks or finds no room.
fn annotate(scene: &mut Scene, cx: &Context, a: &Annotation) -> bool {
    let groups = &cx.data.groups;
    // A period: its marks in the first panel or bar that has it.
    let first = a
        .period
        .as_deref()
        .and_then(|p| groups.iter().find(|g| g.period.as_deref() == Some(p)));
    let Some(t) = union(scene, &|d| match a.group {
        Some(g) => d.group == g && a.tier.is_none_or(|t| d.part == Part::Tier(t)),
        None => first.is_some_and(|f| {
            groups
                .get(d.group)
                .is_some_and(|g| g.period == f.period && g.label == f.label)
        }),
    }) else {
        return false;
    };
    let describes = a.group.map(|g| Datum {
        group: g,
        part: Part::Tier(a.tier.unwrap_or(0)),
    });
    if place(scene, cx, &a.text, t, Role::Annotation, describes) {
        return true;
    }
    // Room under the mark's row, made by moving what follows down.
    let lines = story_lines(cx, &a.text, cx.frame.inner_w.clamp(40.0, 220.0));
    let h = LH * lines.len() as f64 + GAP;
    match band(scene, t.bottom() + 1.0, true, h) {
        Some(at) => {
            let left = inside(cx, t.x, widest(cx, &lines));
            let text = TextAt {
                role: Role::Annotation,
                describes,
                about: Some(t),
                key: false,
            };
            put(scene, cx, &lines, (left, at + 1.0), text);
            true
        }
        _ => false,
    }
}

/// Marks outside the story recede toward the paper (lines also thin);
/// the story's marks get an outline in ink, and its group names turn bold
/// where that still fits. The table kind's highlighted rows get a bar in
/// ink beside them, its highlighted tier's cells an outline.
fn highlight(scene: &mut Scene, cx: &Context) {
    let story = &cx.data.story;
    let (paper, ink) = (cx.theme.paper, cx.theme.ink);
    let forced = cx.theme.forced;
    let recede = |c: Rgb| if forced { c } else { c.mix(paper, RECEDE) };
    #[cfg(feature = "all-kinds")]
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
                let (Shape::Rect { fill, stroke }
                | Shape::Polygon { fill, stroke, .. }
                | Shape::Circle { fill, stroke, .. }) = &mut item.shape
                else {
                    continue;
                };
                if story.is_highlighted(d.group, d.part) {
                    *stroke = Some(ink);
                } else {
                    *fill = recede(*fill);
                    new_fills.push((d, item.bounds, *fill));
                }
            }
            // Trend lines carry their tier; their group is that of the
            // point at their first vertex.
            #[cfg(feature = "all-kinds")]
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
                if group.is_none_or(|g| story.is_highlighted(g, part)) {
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
    for item in scene.items.iter_mut() {
        if item.role != Role::SegmentLabel {
            continue;
        }
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
    #[cfg(feature = "all-kinds")]
    if cx.data.display.kind == ChartKind::Table {
        table_marks(scene, cx);
    }
    bold_group_names(scene, cx);
}

/// The table kind's highlight beyond bold names: a bar in ink in the left
/// padding beside each highlighted group's cells, and an outline round
/// each cell of a highlighted tier.
#[cfg(feature = "all-kinds")]
fn table_marks(scene: &mut Scene, cx: &Context) {
    let story = &cx.data.story;
    let ink = cx.theme.ink;
    let mut rows: Vec<Option<Rect>> = vec![None; cx.data.groups.len()];
    for item in scene.items.iter_mut() {
        let (Role::TableCell, Some(d)) = (item.role, item.datum) else {
            continue;
        };
        if !story.is_highlighted(d.group, d.part) {
            continue;
        }
        if story.tier.is_some() {
            if let Shape::Rect { stroke, .. } = &mut item.shape {
                *stroke = Some(ink);
            }
        }
        if story.group_highlighted(d.group) {
            if let Some(row) = rows.get_mut(d.group) {
                *row = Some(row.map_or(item.bounds, |r| join(r, item.bounds)));
            }
        }
    }
    let x = (cx.frame.pad - 7.0).max(1.0);
    let mut b = Builder::new(cx.measure);
    for r in rows.into_iter().flatten() {
        let bar = Rect {
            x,
            y: r.y + 1.0,
            w: 3.0,
            h: (r.h - 2.0).max(1.0),
        };
        b.rect(bar, ink, None, Role::Annotation, None);
    }
    scene.items.extend(b.items);
}

/// The names of highlighted groups (lines of their label that no other
/// group's label has) in bold, each where the bolder line still overlaps
/// nothing.
fn bold_group_names(scene: &mut Scene, cx: &Context) {
    let story = &cx.data.story;
    if story.groups.is_empty() {
        return;
    }
    let groups = &cx.data.groups;
    for k in 0..scene.items.len() {
        let item = &scene.items[k];
        if !matches!(
            item.role,
            Role::GroupLabel | Role::PanelTitle | Role::TableCell
        ) {
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
        // Ours (a highlighted group has the line) and no other's.
        let mut ours = false;
        let mut others = false;
        for (g, gr) in groups.iter().enumerate() {
            if gr.label.contains(text.as_str()) {
                if story.group_highlighted(g) {
                    ours = true;
                } else {
                    others = true;
                }
            }
        }
        if !ours || others {
            continue;
        }
        let bold = Font {
            size_px: f.size_px,
            weight: Weight::Bold,
        };
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

/// The smallest rectangle holding `a` and `b`.
fn join(a: Rect, b: Rect) -> Rect {
    let (x, y) = (a.x.min(b.x), a.y.min(b.y));
    Rect {
        x,
        y,
        w: a.right().max(b.right()) - x,
        h: a.bottom().max(b.bottom()) - y,
    }
}

/// The union of the bounds of the marks whose datum passes `f`.
fn union(scene: &Scene, f: &dyn Fn(Datum) -> bool) -> Option<Rect> {
    let mut out: Option<Rect> = None;
    for i in &scene.items {
        if i.role == Role::Segment && i.datum.is_some_and(f) {
            out = Some(out.map_or(i.bounds, |o| join(o, i.bounds)));
        }
    }
    out
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
            if !labelled {
                let value = value_label(cx.data, cx.derived, pv);
                if place(scene, cx, &value, target, Role::Annotation, Some(d)) {
                    added += 1;
                }
            }
        }
    }
}

/// `text` wrapped `max_w` wide in the story's font.
fn story_lines(cx: &Context, text: &str, max_w: f64) -> Vec<String> {
    wrap(text, F, max_w, cx.measure)
}

/// The width of the widest of `lines`.
fn widest(cx: &Context, lines: &[String]) -> f64 {
    let mut w: f64 = 0.0;
    for l in lines {
        w = w.max(cx.measure.width(l, F));
    }
    w
}

/// `x` moved left or right as little as keeps `w` from it inside the frame.
fn inside(cx: &Context, x: f64, w: f64) -> f64 {
    x.min(cx.frame.right() - w).max(cx.frame.pad)
}

/// What a text of the story is and what it is about.
#[derive(Clone, Copy)]
struct TextAt {
    role: Role,
    describes: Option<Datum>,
    /// The mark it is about: joined by a leader when it is away from it.
    about: Option<Rect>,
    /// After a short upright line in ink (the reference's key).
    key: bool,
}

/// Writes `lines` in ink from (`left`, `top`) as `at` says.
fn put(scene: &mut Scene, cx: &Context, lines: &[String], (left, top): (f64, f64), at: TextAt) {
    let ink = cx.theme.ink;
    let h = LH * lines.len() as f64;
    let mut b = Builder::new(cx.measure);
    let mut x = left;
    if at.key {
        b.line(
            vec![(left + 1.0, top + 2.0), (left + 1.0, top + h - 2.0)],
            ink,
            2.0,
            Role::Reference,
        );
        x += 8.0;
    }
    let r = Rect {
        x,
        y: top,
        w: widest(cx, lines),
        h,
    };
    if let Some(seg) = at.about.and_then(|t| leader(scene, &r, &t)) {
        b.line(seg.to_vec(), cx.theme.muted, 1.0, Role::Leader);
    }
    b.lines(lines, x, top, LH, TextStyle::new(F, ink, at.role));
    if let Some(d) = at.describes {
        b.describe_last(b.items.len(), d);
    }
    scene.items.extend(b.items);
}

/// A leader from text box `r` to mark `t` when they are more than
/// [`LEADER_FROM`] apart: from the mark's point nearest the text's centre
/// to the text's point nearest that, less a pixel or two of air at each
/// end; `None` when close enough, or when it would cross another mark or
/// text.
fn leader(scene: &Scene, r: &Rect, t: &Rect) -> Option<Seg> {
    let (cx, cy) = r.center();
    let p = (cx.clamp(t.x, t.right()), cy.clamp(t.y, t.bottom()));
    let q = (p.0.clamp(r.x, r.right()), p.1.clamp(r.y, r.bottom()));
    let (dx, dy) = (p.0 - q.0, p.1 - q.1);
    let len = (dx * dx + dy * dy).sqrt();
    if len <= LEADER_FROM {
        return None;
    }
    let (ux, uy) = (dx / len, dy / len);
    let seg = [(q.0 + 2.0 * ux, q.1 + 2.0 * uy), (p.0 - ux, p.1 - uy)];
    let clear = !scene.items.iter().any(|o| {
        blocks(o)
            && !matches!(o.shape, Shape::Line { .. })
            && !(o.bounds.x >= t.x - 0.5
                && o.bounds.right() <= t.right() + 0.5
                && o.bounds.y >= t.y - 0.5
                && o.bounds.bottom() <= t.bottom() + 0.5)
            && segment_meets(seg[0], seg[1], &o.bounds)
    });
    clear.then_some(seg)
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
    let frame = &cx.frame;
    let (left_edge, right_edge) = (frame.pad, frame.right());
    // Between the header and legend and the footer.
    let (mut top_edge, mut bottom_edge) = (scene.plot.y - 4.0, scene.height_px - frame.pad);
    for i in &scene.items {
        match i.role {
            Role::Title | Role::Subtitle | Role::LegendSwatch | Role::LegendLabel => {
                top_edge = top_edge.max(i.bounds.bottom());
            }
            Role::ChartNote | Role::Notes | Role::Source => {
                bottom_edge = bottom_edge.min(i.bounds.y);
            }
            _ => {}
        }
    }
    let top_edge = top_edge.min(scene.plot.y) + 2.0;
    let bottom_edge = bottom_edge.max(scene.plot.bottom()) - 2.0;
    let (cxm, cym) = target.center();
    for max_w in [
        frame.inner_w.min(220.0),
        frame.inner_w.min(140.0),
        frame.inner_w * 0.5,
    ] {
        let lines = story_lines(cx, text, max_w.max(40.0));
        let w = widest(cx, &lines);
        let h = LH * lines.len() as f64;
        let (above, below) = (target.y - GAP - h, target.bottom() + GAP);
        let kept = |x: f64| x.min(right_edge - w).max(left_edge);
        for (x, y) in [
            (target.right() + GAP, cym - h / 2.0),
            (target.x - GAP - w, cym - h / 2.0),
            (target.x, above),
            (target.right() - w, above),
            (cxm - w / 2.0, above),
            (target.x, below),
            (target.right() - w, below),
            (cxm - w / 2.0, below),
            // Kept inside the frame: under or over the mark, shifted.
            (kept(target.x), below),
            (kept(cxm - w / 2.0), above),
        ] {
            let r = Rect { x, y, w, h };
            let fits = r.x >= left_edge - 0.5
                && r.right() <= right_edge + 0.5
                && r.y >= top_edge
                && r.bottom() <= bottom_edge
                && !scene.items.iter().any(|o| blocks(o) && hits(o, &r));
            if fits {
                let about = (role == Role::Annotation).then_some(target);
                let at = TextAt {
                    role,
                    describes,
                    about,
                    key: false,
                };
                put(scene, cx, &lines, (x, y), at);
                return true;
            }
        }
    }
    false
}

/// Where the marks of one group's bar are: their union, how many, the
/// rightmost left edge (columns stack at one `x`), the reference tier's
/// mark and where that tier starts (the end of the parts before it).
#[derive(Clone, Copy)]
struct Bar {
    all: Rect,
    n: usize,
    x_hi: f64,
    seg: Option<Rect>,
    start: f64,
}

/// Draws the reference on bar and trend kinds: a line in ink where the
/// reference share falls on each bar (across the tier's bar of grouped
/// bars and of small multiples) or across each trend panel, labelled.
/// `false` when the kind has no share axis to draw it on (then the caller
/// writes it under the plot).
fn reference(scene: &mut Scene, cx: &Context, r: &Reference) -> bool {
    let share = r.share as f64 / 100_000.0;
    let mut marks: Vec<Seg> = Vec::new();
    match cx.data.display.kind {
        ChartKind::Stacked | ChartKind::Auto | ChartKind::Diverging => {
            bar_marks(scene, cx, r, share, &mut marks);
        }
        #[cfg(feature = "all-kinds")]
        ChartKind::Grouped | ChartKind::Multiples => tier_marks(scene, cx, r, share, &mut marks),
        #[cfg(feature = "all-kinds")]
        ChartKind::Trend => trend_marks(scene, cx, share, &mut marks),
        #[cfg(feature = "all-kinds")]
        ChartKind::Table => return table_row(scene, cx, r),
        _ => return false,
    }
    // The whole first mark, before it is cut around texts: its label's place.
    let Some(&[a, b]) = marks.first() else {
        return false;
    };
    let first = join(
        Rect {
            x: a.0,
            y: a.1,
            w: 0.0,
            h: 0.0,
        },
        Rect {
            x: b.0,
            y: b.1,
            w: 0.0,
            h: 0.0,
        },
    );
    // A value in the mark's way moves aside within its bar where it can;
    // otherwise the mark stops short of it (and of any other text).
    let mut pieces: Vec<Seg> = Vec::new();
    for m in marks {
        clear_mark(scene, cx, m);
        around_texts(scene, m, &mut pieces);
    }
    if pieces.is_empty() {
        return false;
    }
    let mut b = Builder::new(cx.measure);
    for m in pieces {
        b.line(m.to_vec(), cx.theme.ink, 2.0, Role::Reference);
    }
    scene.items.extend(b.items);
    let text = reference_text(cx.data, r, false);
    if place(scene, cx, &text, first, Role::Reference, None) {
        return true;
    }
    // Room above the plot, made by moving it down: the label with a key
    // (a short line like the reference's), above the line's place.
    let lines = story_lines(cx, &text, (cx.frame.inner_w - 8.0).clamp(40.0, 220.0));
    let h = LH * lines.len() as f64 + GAP;
    match band(scene, first.y - 1.0, false, h) {
        Some(at) => {
            let left = inside(cx, first.center().0 - 1.0, 8.0 + widest(cx, &lines));
            let text = TextAt {
                role: Role::Reference,
                describes: None,
                about: None,
                key: true,
            };
            put(scene, cx, &lines, (left, at + 1.0), text);
            true
        }
        // The line is drawn; its name goes under the plot.
        _ => false,
    }
}

/// The reference's ticks on 100 % bars or columns: where its share falls
/// from the start of its tier (from the end of a diverging bar's negative
/// tier, or from the bar's end for the last tier), on each bar where the
/// tier can reach it.
fn bar_marks(scene: &Scene, cx: &Context, r: &Reference, share: f64, marks: &mut Vec<Seg>) {
    let data = cx.data;
    let diverging = data.display.kind == ChartKind::Diverging;
    let negative = data.tiers.get(r.tier).and_then(|t| t.polarity) == Some(Polarity::Negative);
    let last = r.tier + 1 == data.tiers.len();
    let tier = Part::Tier(r.tier);
    // One pass over the scene: each group's bar.
    let mut bars: Vec<Option<Bar>> = vec![None; data.groups.len()];
    for i in &scene.items {
        let (Role::Segment, Some(d)) = (i.role, i.datum) else {
            continue;
        };
        let Some(slot) = bars.get_mut(d.group) else {
            continue;
        };
        let s = i.bounds;
        let bar = slot.get_or_insert(Bar {
            all: s,
            n: 0,
            x_hi: s.x,
            seg: None,
            start: f64::NEG_INFINITY,
        });
        bar.all = join(bar.all, s);
        bar.n += 1;
        bar.x_hi = bar.x_hi.max(s.x);
        if d.part == tier {
            bar.seg = Some(s);
        } else if matches!(d.part, Part::Tier(t) if t < r.tier) {
            bar.start = bar.start.max(s.right());
        }
    }
    for row in &cx.derived.rows {
        let Some(Some(bar)) = bars.get(row.group).copied() else {
            continue;
        };
        let all = bar.all;
        // Columns stack upward; bars run left to right.
        let vertical = bar.n > 1 && bar.x_hi - all.x < 0.5;
        let len = if vertical { all.h } else { all.w };
        let at = match (bar.seg, vertical, diverging) {
            // Tiers stack from the bottom up.
            (Some(s), true, _) => s.bottom() - share * len,
            (Some(s), false, true) if negative => s.right() - share * len,
            (Some(s), false, true) => s.x + share * len,
            (None, _, true) | (None, true, _) => continue,
            _ if last && row.parts.last().map(|p| p.part) == Some(tier) => {
                all.right() - share * len
            }
            _ => bar.start.max(all.x) + share * len,
        };
        // Where the tier cannot reach the reference on this bar (it
        // starts too late), no mark. Diverging bars may reach anywhere on
        // the plot.
        let (lo, hi) = match (vertical, diverging) {
            (true, _) => (all.y, all.bottom()),
            (false, true) => (scene.plot.x, scene.plot.right()),
            (false, false) => (all.x, all.right()),
        };
        if (lo - 0.5..=hi + 0.5).contains(&at) {
            marks.push(if vertical {
                [(all.x - 3.0, at), (all.right() + 3.0, at)]
            } else {
                [(at, all.y - 3.0), (at, all.bottom() + 3.0)]
            });
        }
    }
}

/// The reference's ticks across its tier's bar of each group, on the kinds
/// with a bar per tier: where the group's count would be at the reference
/// share on grouped bars (their count axis), the share itself on small
/// multiples (their shared 0–N % scale). None where that is off the axis.
#[cfg(feature = "all-kinds")]
fn tier_marks(scene: &Scene, cx: &Context, r: &Reference, share: f64, marks: &mut Vec<Seg>) {
    let (data, derived) = (cx.data, cx.derived);
    let grouped = data.display.kind == ChartKind::Grouped;
    let mut segs: Vec<Option<Rect>> = vec![None; data.groups.len()];
    // Grouped bars: pixels per unit of the longest bar's length.
    let (mut longest, mut per_unit) = (0u64, 0.0);
    for i in &scene.items {
        let (Role::Segment, Some(d)) = (i.role, i.datum) else {
            continue;
        };
        let m = derived
            .rows
            .get(d.group)
            .and_then(|row| row.parts.iter().find(|p| p.part == d.part))
            .map_or(0, |pv| super::grouped::magnitude(data, pv));
        if m > longest {
            (longest, per_unit) = (m, i.bounds.w / m as f64);
        }
        if d.part == Part::Tier(r.tier) {
            if let Some(s) = segs.get_mut(d.group) {
                *s = Some(i.bounds);
            }
        }
    }
    let whole = 100.0 * 10f64.powi(i32::from(derived.decimals));
    let top_pct = super::multiples::scale_top(derived) as f64;
    let plot_h = super::multiples::plot_height(cx.frame.narrow);
    for row in &derived.rows {
        let Some(Some(s)) = segs.get(row.group).copied() else {
            continue;
        };
        if row.total == 0 {
            continue;
        }
        if grouped {
            let units = if data.shares_only() {
                share * whole
            } else {
                share * row.total as f64
            };
            let x = s.x + units * per_unit;
            if per_unit > 0.0 && x <= scene.plot.right() + 0.5 {
                marks.push([(x, s.y - 2.0), (x, s.bottom() + 2.0)]);
            }
        } else if share * 100.0 <= top_pct {
            let y = s.bottom() - plot_h * share * 100.0 / top_pct;
            marks.push([(s.x - 3.0, y), (s.right() + 3.0, y)]);
        }
    }
}

/// The reference across each trend panel (a group label): its y from two
/// of the panel's points.
#[cfg(feature = "all-kinds")]
fn trend_marks(scene: &Scene, cx: &Context, share: f64, marks: &mut Vec<Seg>) {
    let mut labels: Vec<&str> = Vec::new();
    for g in &cx.data.groups {
        if !labels.contains(&g.label.as_str()) {
            labels.push(&g.label);
        }
    }
    let whole = 100.0 * 10f64.powi(i32::from(cx.derived.decimals));
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
        marks.push([(x0 - 6.0, y), (x1 + 6.0, y)]);
    }
}

/// Whether mark `m` runs up and down.
fn upright(m: &Seg) -> bool {
    (m[0].0 - m[1].0).abs() < 0.01
}

/// Moves each value in the way of mark `m` to the nearer side of it where
/// it still fits inside its own mark (with a pixel of air; a value
/// outside any mark: inside the frame), overlapping nothing new; a value
/// that cannot move stays (the mark then stops short of it).
fn clear_mark(scene: &mut Scene, cx: &Context, m: Seg) {
    let up = upright(&m);
    // Along the axis the mark crosses: its place, and its extent across.
    let (at, lo, hi) = if up {
        (m[0].0, m[0].1, m[1].1)
    } else {
        (m[0].1, m[0].0, m[1].0)
    };
    let span = |r: &Rect| {
        if up {
            (r.x, r.right(), r.y, r.bottom())
        } else {
            (r.y, r.bottom(), r.x, r.right())
        }
    };
    let frame = &cx.frame;
    for k in 0..scene.items.len() {
        let item = &scene.items[k];
        if item.role != Role::SegmentLabel {
            continue;
        }
        let (s, e, a, b) = span(&item.bounds);
        if !(at > s - 2.0 && at < e + 2.0 && b > lo && a < hi) {
            continue;
        }
        let (cx, cy) = item.bounds.center();
        let room = scene
            .items
            .iter()
            .find(|o| o.role == Role::Segment && o.bounds.contains(cx, cy))
            .map_or((f64::NEG_INFINITY, f64::INFINITY), |o| {
                let r = span(&o.bounds);
                (r.0, r.1)
            });
        let w = e - s;
        let after = (at + 2.0 + w <= room.1 - 1.0).then_some(at + 2.0 - s);
        let before = (at - 2.0 - w >= room.0 + 1.0).then_some(at - 2.0 - e);
        let old = item.bounds;
        let moved = |d: f64| {
            let mut r = old;
            if up {
                r.x += d;
            } else {
                r.y += d;
            }
            r
        };
        let fits = |d: &f64| {
            let r = moved(*d);
            r.x >= frame.pad - 0.5
                && r.right() <= frame.right() + 0.5
                && !scene.items.iter().any(|o| {
                    blocks(o) && hits(o, &r) && !o.bounds.overlaps(&old) && o.bounds != old
                })
        };
        let (before, after) = (before.filter(fits), after.filter(fits));
        let shift = match (before, after) {
            (Some(l), Some(r)) if -l < r => l,
            (_, Some(r)) => r,
            (Some(l), None) => l,
            (None, None) => continue,
        };
        let item = &mut scene.items[k];
        item.bounds = moved(shift);
        if let Shape::Text { x, y, .. } = &mut item.shape {
            *(if up { x } else { y }) += shift;
        }
    }
}

/// The nearest `y` at or above `from` (at or below when `down`) that no
/// mark (other than an upright line) crosses and that does not fall between
/// two lines of one wrapped text (a group's name on three lines stays one
/// block at 160 px).
fn free_line(scene: &Scene, from: f64, down: bool) -> Option<f64> {
    let mut y = from;
    for _ in 0..64 {
        let mut top = f64::INFINITY;
        for i in scene.items.iter().skip(1) {
            if crosses(i, y) && !upright_line(i) {
                top = top.min(if down { -i.bounds.bottom() } else { i.bounds.y });
            } else if let Some(next) = next_line(scene, i, y) {
                // `y` falls between `i` and the line that goes on below
                // it: past both.
                top = top.min(if down {
                    -next.bounds.bottom()
                } else {
                    i.bounds.y
                });
            }
        }
        if !top.is_finite() {
            return Some(y);
        }
        y = if down { -top + 0.5 } else { top - 0.5 };
    }
    None
}

/// The line of text that goes on right below the text `i` when `y` lies
/// between them: same role, overlapping across, less than half a line's
/// height from the end of `i` to the start of the next.
fn next_line<'a>(scene: &'a Scene, i: &Item, y: f64) -> Option<&'a Item> {
    let b = &i.bounds;
    if !matches!(i.shape, Shape::Text { .. }) || b.bottom() > y + 0.5 || y - b.bottom() > b.h / 2.0
    {
        return None;
    }
    scene.items.iter().find(|n| {
        matches!(n.shape, Shape::Text { .. })
            && n.role == i.role
            && n.bounds.y >= y - 0.5
            && n.bounds.y - b.bottom() < b.h / 2.0
            && n.bounds.x < b.right()
            && b.x < n.bounds.right()
    })
}

/// Opens a band `h` tall at the nearest free line from `from` (upward, or
/// downward when `down`) where one can open; its top.
fn band(scene: &mut Scene, from: f64, down: bool, h: f64) -> Option<f64> {
    let mut y = from;
    for _ in 0..16 {
        let at = free_line(scene, y, down)?;
        if open_band(scene, at, h) {
            return Some(at);
        }
        y = if down { at + 1.0 } else { at - 1.0 };
    }
    None
}

/// Whether item `i` spans the level `y`.
fn crosses(i: &Item, y: f64) -> bool {
    i.bounds.y < y - 0.01 && i.bounds.bottom() > y + 0.01
}

/// Whether `i` is a straight line running up and down (an axis, a grid
/// line).
fn upright_line(i: &Item) -> bool {
    match &i.shape {
        Shape::Line { points, .. } => points.iter().all(|p| (p.0 - points[0].0).abs() < 0.01),
        _ => false,
    }
}

/// Moves everything from `at` down by `dh`, opening an empty band across
/// the chart; straight vertical lines that cross `at` (axes, grid) grow
/// instead. `false` (and nothing moved) when another mark crosses `at`.
fn open_band(scene: &mut Scene, at: f64, dh: f64) -> bool {
    let dh = dh.ceil();
    // Never between two grid lines of a value axis (the band would
    // stretch it), nor across a mark.
    let (mut above, mut below) = (false, false);
    for i in scene.items.iter().skip(1) {
        if let Shape::Line { points, .. } = &i.shape {
            let y0 = points[0].1;
            if matches!(i.role, Role::Gridline | Role::Axis)
                && points.iter().all(|p| (p.1 - y0).abs() < 0.01)
            {
                above |= y0 < at;
                below |= y0 > at;
            }
        }
        if crosses(i, at) && !upright_line(i) {
            return false;
        }
    }
    if above && below {
        return false;
    }
    let down = |y: &mut f64| {
        if *y >= at - 0.01 {
            *y += dh;
        }
    };
    for i in scene.items.iter_mut().skip(1) {
        let whole = i.bounds.y >= at - 0.01;
        if !whole && !crosses(i, at) {
            continue;
        }
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

/// Adds to `out` the straight line `m` (horizontal or vertical) less the
/// stretches that would cross a text (with a pixel of air), each piece
/// longer than 3 px.
fn around_texts(scene: &Scene, m: Seg, out: &mut Vec<Seg>) {
    let up = upright(&m);
    let [(ax, ay), (bx, by)] = m;
    let (lo, hi) = if up { (ay, by) } else { (ax, bx) };
    let mut cuts: Vec<(f64, f64)> = Vec::new();
    for i in &scene.items {
        if !matches!(i.shape, Shape::Text { .. }) {
            continue;
        }
        let r = i.bounds;
        let (hit, s, e) = if up {
            (ax > r.x - 2.0 && ax < r.right() + 2.0, r.y, r.bottom())
        } else {
            (ay > r.y - 2.0 && ay < r.bottom() + 2.0, r.x, r.right())
        };
        if hit && e > lo && s < hi {
            cuts.push((s - 1.0, e + 1.0));
        }
    }
    let by = crate::order::order(cuts.len(), &mut |a, b| cuts[a].0.total_cmp(&cuts[b].0));
    let mut at = lo;
    let mut piece = |s: f64, e: f64| {
        out.push(if up {
            [(ax, s), (ax, e)]
        } else {
            [(s, ay), (e, ay)]
        });
    };
    for (s, e) in by.into_iter().map(|k| cuts[k]) {
        if s > at + 3.0 {
            piece(at, s.min(hi));
        }
        at = at.max(e);
    }
    if hi > at + 3.0 {
        piece(at, hi);
    }
}

/// The reference as the table kind's last row: its name in the group
/// column (in cards: beside its value), its share in its tier's column,
/// in a band opened under the last row. `false` when the tier's cells are
/// not in one column.
#[cfg(feature = "all-kinds")]
fn table_row(scene: &mut Scene, cx: &Context, r: &Reference) -> bool {
    use crate::scale::format::Words;
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
    let (mut marks_left, mut bottom) = (f64::INFINITY, 0.0f64);
    for i in scene.items.iter().filter(|i| i.datum.is_some()) {
        marks_left = marks_left.min(i.bounds.x);
        bottom = bottom.max(i.bounds.bottom());
    }
    let pad = cx.frame.pad;
    let share = crate::label::share_text(cx.data, r.share);
    let sw = cx.measure.width(&share, F);
    let value_left = match align {
        Align::Start => vx,
        Align::Center => vx - sw / 2.0,
        Align::End => vx - sw,
    };
    // The name left of the tier's column; in cards (the cells span the
    // card), left of the value.
    let right = if marks_left.min(col.x) > pad + 40.0 {
        marks_left.min(col.x)
    } else {
        value_left
    };
    let name = Words::fill_with(
        cx.data.locale.words.summary.story.reference_row,
        &[("label", &r.label)],
    );
    let lines = story_lines(cx, &name, (right - pad - 8.0).max(40.0));
    let h = LH * lines.len() as f64 + 6.0;
    let Some(at) = free_line(scene, bottom + 1.0, true) else {
        return false;
    };
    if !open_band(scene, at, h) {
        return false;
    }
    let mut b = Builder::new(cx.measure);
    let style = TextStyle::new(F, cx.theme.ink, Role::Reference);
    b.lines(&lines, pad, at + 3.0, LH, style);
    b.text(&share, vx, at + 3.0 + LH / 2.0, style.align(align));
    scene.items.extend(b.items);
    true
}

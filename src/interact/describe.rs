//! What a tooltip or an announcement says about one datum, and where the
//! datum is drawn: a value the web layer hands to JavaScript as it is.

use crate::derive::{Derived, Part};
use crate::label::count_text;
use crate::model::rating::RatingData;
use crate::scene::{Datum, Item, Scene, Shape};
use serde::Serialize;

/// Everything said about one datum, formatted in the data's locale, with
/// its first mark's bounds in CSS px. Serialises (camelCase) as the wasm
/// API's datum description.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Description {
    /// Group index.
    pub group: usize,
    /// Tier index, or -1 for "not reported".
    pub tier: i64,
    /// The group's label as given (without its period).
    pub group_label: String,
    /// The group's period, if any.
    pub period: Option<String>,
    /// The tier's label, or the locale's "not reported".
    pub tier_label: String,
    /// The formatted count; `None` for shares-only data (no counts).
    pub count: Option<String>,
    /// The formatted share.
    pub share: String,
    /// The colour that stands for the datum (`#rrggbb`).
    pub color: String,
    /// One line, what the tooltip shows in its order: "Đảng viên · 2021 ·
    /// Hoàn thành tốt nhiệm vụ · 69.198 · 75,7 %" (without the period when
    /// the group has none, without the count for shares-only data).
    pub text: String,
    /// Bounds of the datum's first mark.
    pub x: f64,
    /// See `x`.
    pub y: f64,
    /// See `x`.
    pub w: f64,
    /// See `x`.
    pub h: f64,
    /// A point well inside the mark (a donut arc's middle): where a
    /// tooltip for a mark that is not a rectangle points.
    pub cx: f64,
    /// See `cx`.
    pub cy: f64,
    /// Whether the datum is drawn as this one rectangle: a pointer inside
    /// it is on this datum (the host skips asking again).
    pub rect: bool,
}

/// The tier index the wasm API uses for a part: -1 for "not reported".
pub fn tier_index(p: Part) -> i64 {
    match p {
        Part::Tier(i) => i as i64,
        Part::NotReported => -1,
    }
}

/// The part a wasm API tier index names (any negative: "not reported").
pub fn part_of(tier: i32) -> Part {
    if tier < 0 {
        Part::NotReported
    } else {
        Part::Tier(tier as usize)
    }
}

/// The description of `d`, or `None` when the data or the scene has no
/// such datum.
pub fn describe(
    data: &RatingData,
    derived: &Derived,
    scene: &Scene,
    d: Datum,
) -> Option<Description> {
    let group = data.groups.get(d.group)?;
    let row = derived.rows.get(d.group)?;
    let pv = row.parts.iter().find(|p| p.part == d.part)?;
    let mark = scene.data_items().find(|i| i.datum == Some(d))?;
    let l = data.locale;
    let tier_label = match d.part {
        Part::Tier(i) => data.tiers.get(i)?.label.clone(),
        Part::NotReported => l.words.not_reported.to_string(),
    };
    let count = count_text(data, pv.count);
    let share = pv.share_text(l, derived.decimals);
    let color = scene.datum_color(d).unwrap_or(mark.color()).to_hex();
    let text = [
        Some(&group.label),
        group.period.as_ref(),
        Some(&tier_label),
        count.as_ref(),
        Some(&share),
    ]
    .into_iter()
    .flatten()
    .map(String::as_str)
    .collect::<Vec<_>>();
    let text = crate::scale::format::join(&text, " · ");
    // The annotations about this datum, its group or its period.
    let mut text = text;
    for a in &data.story.annotations {
        let about = match (a.group, &a.period) {
            (Some(g), _) => g == d.group && a.tier.is_none_or(|t| d.part == Part::Tier(t)),
            (None, Some(p)) => group.period.as_ref() == Some(p),
            (None, None) => false,
        };
        if about {
            text.push_str(" · ");
            text.push_str(&a.text);
        }
    }
    let (cx, cy) = mark.anchor();
    Some(Description {
        group: d.group,
        tier: tier_index(d.part),
        text,
        group_label: group.label.clone(),
        period: group.period.clone(),
        tier_label,
        count,
        share,
        color,
        x: mark.bounds.x,
        y: mark.bounds.y,
        w: mark.bounds.w,
        h: mark.bounds.h,
        cx,
        cy,
        rect: alone_in_its_box(scene, mark),
    })
}

/// Whether `mark` is a rectangle that no other mark and no legend entry
/// overlaps (table cards put a swatch in their cells): then a pointer
/// inside its box is on its datum.
pub fn alone_in_its_box(scene: &Scene, mark: &Item) -> bool {
    matches!(mark.shape, Shape::Rect { .. })
        && !scene.items.iter().any(|i| {
            !std::ptr::eq(i, mark)
                && (i.datum.is_some() || i.legend.is_some())
                && i.bounds.overlaps(&mark.bounds)
        })
}

/// One mark of a datum, for tests and assistive features.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    /// Group index.
    pub group: usize,
    /// Tier index, or -1 for "not reported".
    pub tier: i64,
    /// Bounds (CSS px).
    pub x: f64,
    /// See `x`.
    pub y: f64,
    /// See `x`.
    pub w: f64,
    /// See `x`.
    pub h: f64,
    /// Where a pointer aimed at the mark goes (inside it, CSS px).
    pub cx: f64,
    /// See `cx`.
    pub cy: f64,
    /// The colour that stands for its tier (its legend swatch's: a table
    /// cell is filled with its row's background).
    pub color: String,
}

/// Every mark of a datum, in paint order.
pub fn segments(scene: &Scene) -> Vec<Segment> {
    let legend = scene.legend_colors();
    scene
        .data_items()
        .filter_map(|it| {
            let d = it.datum?;
            let (cx, cy) = it.anchor();
            Some(Segment {
                cx,
                cy,
                group: d.group,
                tier: tier_index(d.part),
                x: it.bounds.x,
                y: it.bounds.y,
                w: it.bounds.w,
                h: it.bounds.h,
                color: crate::scene::legend_color(&legend, d.part)
                    .unwrap_or(it.color())
                    .to_hex(),
            })
        })
        .collect()
}

//! The reader's side of a drawn chart, pure functions and state over the
//! Scene: picking (which datum is at a point — never a pixel read, so it
//! works at any device pixel ratio) and keyboard moves here, the hover,
//! focus, emphasis and scroll band in [`view`], what is said about a datum
//! in [`describe`].

pub mod describe;
pub mod view;

pub use describe::{
    alone_in_its_box, describe, part_of, segments, tier_index, Description, Segment,
};
pub use view::{Band, PointerChange, View};

use crate::scene::{Datum, Scene};

/// How far (CSS px) outside a thin mark a pointer still picks it.
pub const PICK_RADIUS_PX: f64 = 4.0;

/// The datum under `(x, y)` (CSS px): the mark whose bounds contain the
/// point, else the nearest mark within [`PICK_RADIUS_PX`].
pub fn hit_test(scene: &Scene, x: f64, y: f64) -> Option<Datum> {
    if !x.is_finite() || !y.is_finite() {
        return None;
    }
    let mut best: Option<(f64, Datum)> = None;
    // Last painted first: where shapes overlap, the one on top is picked.
    for item in scene.items.iter().rev() {
        let Some(datum) = item.datum else { continue };
        if item.bounds.distance(x, y) > PICK_RADIUS_PX {
            continue;
        }
        let d = match item.shape {
            crate::scene::Shape::Rect { .. } if item.bounds.contains(x, y) => return Some(datum),
            _ => item.distance(x, y),
        };
        if d == 0.0 {
            return Some(datum);
        }
        if d <= PICK_RADIUS_PX && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, datum));
        }
    }
    best.map(|(_, d)| d)
}

/// A keyboard move between data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Next datum in reading order (on to the next group at a row's end).
    Next,
    /// Previous datum in reading order.
    Prev,
    /// Same tier in the previous group.
    Up,
    /// Same tier in the next group.
    Down,
    /// First datum of the current group.
    RowStart,
    /// Last datum of the current group.
    RowEnd,
    /// First datum of the chart.
    First,
    /// Last datum of the chart.
    Last,
}

impl Move {
    /// Parses the names the web host sends: `next`, `prev`, `up`, `down`,
    /// `rowStart`, `rowEnd`, `first`, `last`.
    pub fn parse(name: &str) -> Option<Move> {
        Some(match name {
            "next" => Move::Next,
            "prev" => Move::Prev,
            "up" => Move::Up,
            "down" => Move::Down,
            "rowStart" => Move::RowStart,
            "rowEnd" => Move::RowEnd,
            "first" => Move::First,
            "last" => Move::Last,
            _ => return None,
        })
    }
}

/// Where a keyboard move from `from` lands. Every datum of the Scene is
/// reachable, in reading order: groups top to bottom, tiers in tier order.
/// With no current datum, every move lands on the first one.
pub fn navigate(scene: &Scene, from: Option<Datum>, mv: Move) -> Option<Datum> {
    let order: Vec<Datum> = scene.data();
    let first = *order.first()?;
    let Some(at) = from.and_then(|d| order.iter().position(|&o| o == d)) else {
        return Some(if mv == Move::Last {
            order[order.len() - 1]
        } else {
            first
        });
    };
    let cur = order[at];
    let row = |g: usize| order.iter().copied().filter(move |d| d.group == g);
    Some(match mv {
        Move::Next => order[(at + 1).min(order.len() - 1)],
        Move::Prev => order[at.saturating_sub(1)],
        Move::First => first,
        Move::Last => order[order.len() - 1],
        Move::RowStart => row(cur.group).next().unwrap_or(cur),
        Move::RowEnd => row(cur.group).next_back().unwrap_or(cur),
        Move::Up | Move::Down => {
            // The nearest group above or below that has data.
            let groups: Vec<usize> = {
                let mut g: Vec<usize> = order.iter().map(|d| d.group).collect();
                g.dedup();
                g
            };
            let gi = groups.iter().position(|&g| g == cur.group).unwrap_or(0);
            let target = match mv {
                Move::Up if gi > 0 => groups[gi - 1],
                Move::Down if gi + 1 < groups.len() => groups[gi + 1],
                _ => return Some(cur),
            };
            let col = row(cur.group).position(|d| d == cur).unwrap_or(0);
            let same = row(target).find(|d| d.part == cur.part);
            let nearest = row(target).take(col + 1).last();
            same.or(nearest).unwrap_or(cur)
        }
    })
}

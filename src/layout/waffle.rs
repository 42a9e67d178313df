//! The waffle (unit) chart: a grid of squares per group, filled in tier
//! order in reading order, then "not reported". Small totals (at most
//! [`WAFFLE_UNITS_MAX`]) get one square per member, the form readers grasp
//! as "1 in 5"; larger totals and shares-only data get 100 squares of 1 %
//! each, apportioned by largest remainder so they add up to exactly 100.
//! A caption says what a square stands for and names tiers too small for
//! one. Several groups are drawn as small multiples in [`Panels`].

use super::builder::{line_height, Builder, TextStyle};
use super::donut::{entries_with_values, Panels};
use super::kind::{Context, Kind, Legend, Plot};
use super::text::wrap;
use crate::derive::{shares, PartValue, Row};
use crate::label::part_name;
use crate::model::rating::{RatingData, WAFFLE_UNITS_MAX};
use crate::scene::{Align, Font, Rect, Role, Weight};

/// Squares in a percent waffle.
pub const PERCENT_SQUARES: u64 = 100;
/// Largest side of a square.
const MAX_CELL: f64 = 26.0;

/// Whether the chart draws one square per member (every group's total is
/// small and the data has counts) rather than one per percent.
pub fn unit_mode(data: &RatingData) -> bool {
    !data.shares_only()
        && data.groups.iter().any(|g| g.total > 0)
        && data.groups.iter().all(|g| g.total <= WAFFLE_UNITS_MAX)
}

/// The squares each part of a row gets, in part order: its count in unit
/// mode, else its share of 100 by largest remainder on the row's share
/// units (so they add up to exactly 100, or 0 for an empty row).
pub fn squares(row: &Row, units: bool) -> Vec<(PartValue, u64)> {
    if units {
        return row.parts.iter().map(|p| (*p, p.count)).collect();
    }
    let su: Vec<u64> = row.parts.iter().map(|p| p.share_units).collect();
    row.parts.iter().copied().zip(shares(&su, 0)).collect()
}

/// Squares per grid row: 10, or 20 for unit grids of more than 100, or
/// the total itself for unit grids of fewer than 10.
pub fn grid_columns(data: &RatingData, units: bool) -> usize {
    let most = data.groups.iter().map(|g| g.total).max().unwrap_or(0);
    match most {
        101.. if units => 20,
        1..=9 if units => most as usize,
        _ => 10,
    }
}

/// Waffles, one grid of squares per group. An imposed height taller than
/// the content stretches the background only.
pub struct Waffle;

impl Kind for Waffle {
    fn legend(&self, cx: &Context) -> Legend {
        match cx.derived.rows.as_slice() {
            [only] => Legend::Entries(entries_with_values(cx, only, unit_mode(cx.data))),
            _ => Legend::Tiers { reverse: false },
        }
    }

    fn plot(&self, cx: &Context, b: &mut Builder, y: f64) -> Plot {
        let (data, frame) = (cx.data, &cx.frame);
        let n = data.groups.len();
        let units = unit_mode(data);
        let cols = grid_columns(data, units);
        let min_cell = if frame.narrow { 10.0 } else { 12.0 };
        let panels = Panels::new(frame, n, cols as f64 * (min_cell + 2.0));
        let fit = |gap: f64| ((panels.w - gap * (cols - 1) as f64) / cols as f64).floor();
        let (cell, gap) = match fit(2.0) {
            c if c >= 12.0 => (c.min(MAX_CELL), 2.0),
            _ => (fit(1.0).max(2.0), 1.0),
        };
        let grid = Grid {
            cx,
            units,
            cols,
            cell,
            gap,
            w: panels.w,
        };
        let (mut y, area) = panels.draw(b, cx, y, &mut |b, gi, x, top| {
            cx.derived
                .rows
                .get(gi)
                .map_or(0.0, |row| grid.panel(b, row, x, top))
        });

        // What a square stands for, when it is not one member.
        if !units && n > 0 {
            let one = data.locale.format_share(1, 0);
            let text =
                crate::scale::format::Words::fill(data.locale.words.kinds.each_square, "n", &one);
            let style = TextStyle::new(NOTE_FONT, cx.theme.muted, Role::ChartNote);
            y = b.paragraph(&text, (frame.pad, y), frame.inner_w, style) + 6.0;
        }
        Plot {
            area,
            bottom: y,
            note: None,
        }
    }
}

/// The font of the grid's notes.
const NOTE_FONT: Font = Font {
    size_px: 12.0,
    weight: Weight::Normal,
};

struct Grid<'a, 'c> {
    cx: &'c Context<'a>,
    units: bool,
    cols: usize,
    cell: f64,
    gap: f64,
    w: f64,
}

impl Grid<'_, '_> {
    /// One group's grid with its panel's top-left at (`x`, `top`), and its
    /// caption of tiers too small for a square; returns the height.
    fn panel(&self, b: &mut Builder, row: &Row, x: f64, top: f64) -> f64 {
        let cx = self.cx;
        let data = cx.data;
        let nf = NOTE_FONT;
        let nlh = line_height(nf);
        let style = TextStyle::new(nf, cx.theme.muted, Role::EmptyRow);
        if row.total == 0 {
            let lines = wrap(data.locale.words.no_data, nf, self.w, b.measure);
            b.lines(
                &lines,
                x + self.w / 2.0,
                top,
                nlh,
                style.align(Align::Center),
            );
            return nlh * lines.len() as f64;
        }
        let step = self.cell + self.gap;
        let grid_w = self.cols as f64 * step - self.gap;
        let gx = (x + (self.w - grid_w) / 2.0).max(x).round();
        let at = |k: u64| {
            let k = k as usize;
            (
                gx + (k % self.cols) as f64 * step,
                top + (k / self.cols) as f64 * step,
            )
        };
        let mut k: u64 = 0;
        let mut too_small = Vec::new();
        for (pv, count) in squares(row, self.units) {
            if count == 0 {
                // A mark without area keeps the part reachable by keyboard
                // (as bars do); one too small for a square is named in the
                // caption.
                if pv.count > 0 {
                    too_small.push(part_name(data, pv.part));
                }
                // At the corner of the last square drawn (inside the grid).
                let (sx, sy) = at(k.saturating_sub(1));
                let dot = Rect {
                    x: sx,
                    y: sy,
                    w: 0.0,
                    h: 0.0,
                };
                cx.segment(b, dot, row.group, pv.part);
                continue;
            }
            for _ in 0..count {
                let (sx, sy) = at(k);
                let square = Rect {
                    x: sx,
                    y: sy,
                    w: self.cell,
                    h: self.cell,
                };
                cx.segment(b, square, row.group, pv.part);
                k += 1;
            }
        }
        let rows = k.div_ceil(self.cols as u64) as f64;
        let mut h = (rows * step - self.gap).max(0.0);
        if !too_small.is_empty() {
            let text = crate::scale::format::Words::fill(
                data.locale.words.kinds.too_small_for_square,
                "tiers",
                &too_small.join(", "),
            );
            let lines = wrap(&text, nf, self.w, b.measure);
            let style = TextStyle::new(nf, cx.theme.muted, Role::ChartNote);
            b.lines(&lines, x, top + h + 6.0, nlh, style);
            h += 6.0 + nlh * lines.len() as f64;
        }
        h
    }
}

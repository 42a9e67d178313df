//! Small multiples: one panel per group (titled by its period when every
//! group has the same label), each a row of columns, one per tier, on a
//! 0–N % scale shared by every panel so that panels compare at a glance.
//! Panels sit in a grid whose column count follows the width (one column on
//! narrow charts); one legend names the tiers for all of them.
//!
//! Heights come from shares only, so shares-only data draws as is.

use super::builder::{font, line_height, Builder, TextStyle};
use super::chrome::{chart_parts, value_label};
use super::kind::{Context, Kind, Plot};
use super::text::wrap;
use crate::derive::Derived;
use crate::label::{group_label, periods_differ};
use crate::model::rating::RatingData;
use crate::scene::{Align, Datum, Rect, Role, Weight};

/// Space between panels, across and down.
const PANEL_GAP: f64 = 16.0;
/// Narrowest column slot in a panel.
const MIN_SLOT_PX: f64 = 22.0;
/// Narrowest panel.
const MIN_PANEL_PX: f64 = 170.0;

/// Small multiples. An imposed height taller than the content stretches
/// the background only.
pub struct Multiples;

/// The panel titles: each group's label (with its period when periods
/// differ), or only its period when every group has the same label.
pub fn panel_titles(data: &RatingData) -> Vec<String> {
    let one_label = data
        .groups
        .first()
        .is_some_and(|f| data.groups.iter().all(|g| g.label == f.label));
    let by_period = one_label && data.groups.len() > 1 && periods_differ(data);
    let with_period = periods_differ(data);
    data.groups
        .iter()
        .map(|g| match (&g.period, by_period) {
            (Some(p), true) => p.clone(),
            _ => group_label(g, with_period),
        })
        .collect()
}

/// How many panels side by side fit `inner_w` when each needs `min_w`.
pub fn grid_columns(inner_w: f64, min_w: f64, panels: usize) -> usize {
    let fit = ((inner_w + PANEL_GAP) / (min_w + PANEL_GAP)).floor() as usize;
    fit.clamp(1, panels.clamp(1, 4))
}

/// The top of the shared scale, in whole percent: the largest share shown,
/// rounded up to a multiple of 10 (at least 10).
pub fn scale_top(derived: &Derived) -> u64 {
    let whole = 100 * 10u64.pow(u32::from(derived.decimals));
    let max = derived
        .rows
        .iter()
        .flat_map(|r| r.parts.iter())
        .map(|p| p.share_units)
        .max()
        .unwrap_or(0);
    let pct = (max as f64 * 100.0 / whole as f64).ceil() as u64;
    (pct.div_ceil(10) * 10).clamp(10, 100)
}

/// The height of a panel's plot (its 0–N % scale).
pub fn plot_height(narrow: bool) -> f64 {
    if narrow {
        90.0
    } else {
        110.0
    }
}

impl Kind for Multiples {
    fn plot(&self, cx: &Context, b: &mut Builder, y: f64) -> Plot {
        let (data, derived, theme, measure) = (cx.data, cx.derived, &cx.theme, cx.measure);
        let frame = &cx.frame;
        let (narrow, pad, inner_w) = (frame.narrow, frame.pad, frame.inner_w);
        let mut y = y;

        let parts = chart_parts(data, derived);
        let slots = parts.len().max(1) as f64;
        let tf = font(13.0, Weight::Bold);
        let tlh = line_height(tf);
        let kf = font(11.0, Weight::Normal);
        let vf = font(11.0, Weight::Normal);
        let vlh = line_height(vf);
        let top_pct = scale_top(derived);
        let ticks = [0, top_pct / 2, top_pct];
        let gutter = ticks
            .iter()
            .map(|&t| measure.width(&data.locale.format_share(t, 0), kf))
            .fold(0.0, f64::max)
            .ceil()
            + 6.0;
        let min_w = MIN_PANEL_PX.max(gutter + slots * MIN_SLOT_PX);
        let n = data.groups.len();
        let cols = if narrow {
            1
        } else {
            grid_columns(inner_w, min_w, n)
        };
        let panel_w = ((inner_w - PANEL_GAP * (cols - 1) as f64) / cols as f64).floor();
        let plot_h = plot_height(narrow);
        let whole = 100.0 * 10f64.powi(i32::from(derived.decimals));
        let titles = panel_titles(data);
        let grid = theme.edge.mix(theme.paper, 0.6);
        let title_style = TextStyle::new(tf, theme.ink, Role::PanelTitle);
        let tick_style = TextStyle::new(kf, theme.muted, Role::TickLabel).align(Align::End);
        let value_style = TextStyle::new(vf, theme.ink, Role::SegmentLabel).align(Align::Center);

        let (mut plot_top, mut plot_bottom) = (f64::NAN, f64::NAN);
        for row_groups in (0..n).collect::<Vec<_>>().chunks(cols) {
            let wrapped: Vec<Vec<String>> = row_groups
                .iter()
                .map(|&gi| {
                    titles
                        .get(gi)
                        .map_or_else(Vec::new, |t| wrap(t, tf, panel_w, measure))
                })
                .collect();
            let title_h = wrapped.iter().map(Vec::len).max().unwrap_or(0) as f64 * tlh;
            let top = (y + title_h + 4.0 + vlh + 2.0).round();
            let base = top + plot_h;
            if plot_top.is_nan() {
                plot_top = top;
            }
            plot_bottom = base;
            for (c, (&gi, lines)) in row_groups.iter().zip(&wrapped).enumerate() {
                let px = (pad + c as f64 * (panel_w + PANEL_GAP)).round();
                b.lines(lines, px, y, tlh, title_style);
                let sx0 = px + gutter;
                let sw = panel_w - gutter;
                let slot_w = sw / slots;
                // The shared scale: the same ticks at the same heights in
                // every panel.
                for &t in &ticks {
                    let ty = (base - plot_h * t as f64 / top_pct as f64).round();
                    let color = if t == 0 { theme.muted } else { grid };
                    b.line(
                        vec![(sx0, ty), (px + panel_w, ty)],
                        color,
                        1.0,
                        Role::Gridline,
                    );
                    b.text(&data.locale.format_share(t, 0), sx0 - 6.0, ty, tick_style);
                }
                let Some(row) = derived.rows.get(gi) else {
                    continue;
                };
                if row.total == 0 {
                    let style = TextStyle::new(vf, theme.muted, Role::EmptyRow);
                    // Wrapped on the narrowest panels.
                    let lines = wrap(data.locale.words.no_data, vf, sw - 4.0, measure);
                    let lh = line_height(vf);
                    let top = base - plot_h / 2.0 - lh * lines.len() as f64 / 2.0;
                    b.lines(&lines, sx0 + sw / 2.0, top, lh, style.align(Align::Center));
                    continue;
                }
                let col_w = (slot_w * 0.72).clamp(1.0, 48.0);
                for pv in &row.parts {
                    let Some(slot) = parts.iter().position(|&p| p == pv.part) else {
                        continue;
                    };
                    let frac = (pv.share_units as f64 / whole) * 100.0 / top_pct as f64;
                    let mut h = plot_h * frac.min(1.0);
                    if pv.count > 0 || pv.share_units > 0 {
                        h = h.max(1.0);
                    }
                    let cx_ = sx0 + slot_w * (slot as f64 + 0.5);
                    let rect = Rect {
                        x: cx_ - col_w / 2.0,
                        y: base - h,
                        w: col_w,
                        h,
                    };
                    cx.segment(b, rect, gi, pv.part);
                    let label = value_label(data, derived, pv);
                    if measure.width(&label, vf) + 2.0 <= slot_w {
                        b.text(&label, cx_, base - h - 2.0 - vlh / 2.0, value_style);
                        let datum = Datum {
                            group: gi,
                            part: pv.part,
                        };
                        b.describe_last(1, datum);
                    }
                }
            }
            y = base + 6.0 + PANEL_GAP;
        }
        let area = frame.plot_area(pad, inner_w, (plot_top, plot_bottom), y);
        Plot {
            area,
            bottom: y,
            note: None,
        }
    }
}

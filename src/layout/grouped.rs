//! Grouped bars of counts: for each group one horizontal bar per tier (and
//! one for "not reported" when the group has members not placed in a
//! tier), every bar on one shared value axis with nice ticks. Group labels
//! sit beside the bars on wide charts and above them on narrow ones.
//! Shares-only data is drawn in share units (percent), never as counts.

use super::builder::{font, line_height, Builder, TextStyle};
use super::chrome::GroupLabels;
use super::kind::{Context, Kind, Plot};
use super::text::wrap;
use crate::derive::{Derived, PartValue};
use crate::label::count_text;
use crate::model::rating::RatingData;
use crate::scene::{Align, Datum, Rect, Role, Weight};

/// The ticks of a value axis from 0: every `step` up to `top`, with `step`
/// one of 1, 2 or 5 times a power of ten.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticks {
    /// Distance between neighbouring ticks (≥ 1).
    pub step: u64,
    /// The last tick, the end of the axis: the smallest multiple of `step`
    /// that is at least the largest value (and at least `step`).
    pub top: u64,
}

impl Ticks {
    /// Nice ticks for values from 0 to `max`, with at most `max_ticks`
    /// intervals (at least 1): the smallest 1-2-5 step that needs no more.
    pub fn nice(max: u64, max_ticks: usize) -> Ticks {
        let intervals = max_ticks.max(1) as u64;
        let mut magnitude: u64 = 1;
        loop {
            for m in [1u64, 2, 5] {
                let step = m.saturating_mul(magnitude);
                let n = max.div_ceil(step).max(1);
                if n <= intervals || step == u64::MAX {
                    return Ticks {
                        step,
                        top: n.saturating_mul(step),
                    };
                }
            }
            magnitude = magnitude.saturating_mul(10);
        }
    }

    /// Every tick from 0 to `top`.
    pub fn values(&self) -> Vec<u64> {
        let n = self.top / self.step.max(1);
        (0..=n).map(|k| k * self.step).collect()
    }
}

/// The length a part's bar stands for: its count, or for shares-only data
/// its share in units of 10^-decimals percent.
pub(super) fn magnitude(data: &RatingData, pv: &PartValue) -> u64 {
    if data.shares_only() {
        pv.share_units
    } else {
        pv.count
    }
}

/// What the end of a part's bar says: its count, or its share for
/// shares-only data.
fn bar_value(data: &RatingData, derived: &Derived, pv: &PartValue) -> String {
    count_text(data, pv.count).unwrap_or_else(|| pv.share_text(data.locale, derived.decimals))
}

/// The value axis: ticks in display units and what one display unit is in
/// magnitude units.
struct Axis {
    ticks: Ticks,
    /// Magnitude units per tick unit (10^decimals for shares, else 1).
    unit: u64,
    shares: bool,
}

impl Axis {
    fn new(data: &RatingData, derived: &Derived, max_ticks: usize) -> Axis {
        let shares = data.shares_only();
        let unit = if shares {
            10u64.pow(u32::from(derived.decimals))
        } else {
            1
        };
        let max = derived
            .rows
            .iter()
            .flat_map(|r| r.parts.iter())
            .map(|p| magnitude(data, p))
            .max()
            .unwrap_or(0);
        Axis {
            ticks: Ticks::nice(max.div_ceil(unit), max_ticks),
            unit,
            shares,
        }
    }

    fn label(&self, data: &RatingData, v: u64) -> String {
        if self.shares {
            data.locale.format_share(v, 0)
        } else {
            data.locale.format_count(v)
        }
    }

    /// Fraction of the axis a magnitude covers.
    fn frac(&self, m: u64) -> f64 {
        let top = self.ticks.top as f64 * self.unit as f64;
        if top > 0.0 {
            (m as f64 / top).min(1.0)
        } else {
            0.0
        }
    }
}

/// Grouped bars. An imposed height taller than the content stretches the
/// background only.
pub struct Grouped;

impl Kind for Grouped {
    fn plot(&self, cx: &Context, b: &mut Builder, y: f64) -> Plot {
        let (data, derived, theme, measure) = (cx.data, cx.derived, &cx.theme, cx.measure);
        let frame = &cx.frame;
        let (narrow, pad, inner_w) = (frame.narrow, frame.pad, frame.inner_w);
        let words = &data.locale.words;
        let mut y = y;

        let mut heads = GroupLabels::new(cx, 0.3);
        let label_col = heads.column;
        let tf = heads.total_font;
        let vf = font(if narrow { 11.0 } else { 12.0 }, Weight::Normal);
        let xf = font(11.0, Weight::Normal);
        let xlh = line_height(xf);

        let bar_x0 = (pad + if narrow { 0.0 } else { label_col + 12.0 }).round();
        let bar_x1 = (pad + inner_w).round();

        // Room at the right end for the longest value label beside its bar.
        let widest_value = derived
            .rows
            .iter()
            .flat_map(|r| r.parts.iter())
            .map(|p| measure.width(&bar_value(data, derived, p), vf))
            .fold(0.0, f64::max);
        // Fewer ticks at narrow widths: every tick label needs its room.
        let probe = Axis::new(data, derived, 1);
        let tick_w = measure.width(&probe.label(data, probe.ticks.top), xf) + 16.0;
        let reserve = (widest_value + 6.0).max(tick_w / 2.0);
        let scale_x1 = (bar_x1 - reserve).max(bar_x0 + 40.0).round();
        let scale_w = scale_x1 - bar_x0;
        let max_ticks = ((scale_w / tick_w).floor() as usize).clamp(1, if narrow { 4 } else { 8 });
        let axis = Axis::new(data, derived, max_ticks);
        let x_of = |m: u64| bar_x0 + (scale_w * axis.frac(m)).round();

        // The axis title and the tick labels, above the plot.
        let title = if axis.shares {
            words.share
        } else {
            words.count
        };
        let tick_style = TextStyle::new(tf, theme.muted, Role::TickLabel);
        y = b.paragraph(title, (bar_x0, y), bar_x1 - bar_x0, tick_style);
        let ticks = axis.ticks.values();
        let tick_y = y + xlh / 2.0;
        let tick_style = TextStyle::new(xf, theme.muted, Role::TickLabel).align(Align::Center);
        // Each label centred on its tick, kept inside the canvas; one that
        // would run into the label before it (huge counts on the narrowest
        // charts) is left out, its gridline kept.
        let mut drawn_to = f64::NEG_INFINITY;
        for &v in &ticks {
            let text = axis.label(data, v);
            let w = measure.width(&text, xf);
            let x = x_of(v.saturating_mul(axis.unit))
                .min(frame.width - w / 2.0)
                .max(w / 2.0);
            if x - w / 2.0 >= drawn_to + 4.0 {
                b.text(&text, x, tick_y, tick_style);
                drawn_to = x + w / 2.0;
            }
        }
        y += xlh + 4.0;
        let plot_top = y.round();
        let grid_at = b.items.len();

        let bar_h = if narrow { 14.0 } else { 16.0 };
        let bar_gap = 3.0;
        let row_gap = if narrow { 12.0 } else { 14.0 };
        let value_style = TextStyle::new(vf, theme.ink, Role::SegmentLabel);
        // Where the gridlines run: across the whole plot when the labels
        // sit beside the bars, only across each group's bars when above.
        let mut spans: Vec<(f64, f64)> = Vec::new();
        for gi in 0..data.groups.len() {
            let Some(row) = derived.rows.get(gi) else {
                continue;
            };
            let n_bars = if row.total == 0 { 1 } else { row.parts.len() };
            // An empty group's note wraps on narrow charts.
            let note = if row.total == 0 {
                wrap(words.no_data, vf, bar_x1 - bar_x0 - 6.0, measure)
            } else {
                Vec::new()
            };
            let block_h = (n_bars as f64 * bar_h + (n_bars.saturating_sub(1)) as f64 * bar_gap)
                .max(line_height(vf) * note.len() as f64);
            let (bars_top, next) = heads.draw(b, cx, gi, y, block_h);
            y = next;

            if narrow {
                spans.push((bars_top - 2.0, bars_top + block_h));
            }
            if row.total == 0 {
                let style = TextStyle::new(vf, theme.muted, Role::EmptyRow);
                let lh = line_height(vf);
                let first = bars_top + (block_h - lh * note.len() as f64) / 2.0;
                b.lines(&note, bar_x0 + 6.0, first, lh, style);
            } else {
                for (k, pv) in row.parts.iter().enumerate() {
                    let top = bars_top + k as f64 * (bar_h + bar_gap);
                    let x1 = x_of(magnitude(data, pv));
                    let bar = Rect {
                        x: bar_x0,
                        y: top,
                        w: x1 - bar_x0,
                        h: bar_h,
                    };
                    cx.segment(b, bar, gi, pv.part);
                    let label = bar_value(data, derived, pv);
                    let lw = measure.width(&label, vf);
                    let cy = top + bar_h / 2.0;
                    if x1 + 4.0 + lw <= bar_x1 {
                        b.text(&label, x1 + 4.0, cy, value_style);
                        let datum = Datum {
                            group: gi,
                            part: pv.part,
                        };
                        b.describe_last(1, datum);
                    } else if lw + 8.0 <= bar.w {
                        // Inside the bar, at its end.
                        let style = TextStyle::new(vf, cx.ink_on(pv.part), Role::SegmentLabel);
                        b.text(&label, x1 - 4.0, cy, style.align(Align::End));
                    }
                }
            }
            y += row_gap;
        }
        let plot_bottom = (y - row_gap).max(plot_top);
        if !narrow {
            spans.push((plot_top - 2.0, plot_bottom));
        }

        // Gridlines behind the bars, and the baseline at 0.
        let mut grid = Vec::new();
        for (k, &v) in ticks.iter().enumerate() {
            let x = x_of(v.saturating_mul(axis.unit)) + 0.5;
            let (color, role) = if k == 0 {
                (theme.ink, Role::Axis)
            } else {
                (theme.edge.mix(theme.paper, 0.6), Role::Gridline)
            };
            let mut sub = Builder::new(measure);
            for &(top, bottom) in &spans {
                sub.line(vec![(x, top), (x, bottom)], color, 1.0, role);
            }
            grid.extend(sub.items);
        }
        b.items.splice(grid_at..grid_at, grid);

        Plot {
            area: Rect {
                x: bar_x0,
                y: plot_top,
                w: scale_w,
                h: plot_bottom - plot_top,
            },
            bottom: y,
            note: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Ticks;

    #[test]
    fn ticks_are_nice_and_cover_the_maximum() {
        assert_eq!(
            Ticks::nice(1284, 5),
            Ticks {
                step: 500,
                top: 1500
            }
        );
        assert_eq!(
            Ticks::nice(1284, 8),
            Ticks {
                step: 200,
                top: 1400
            }
        );
        assert_eq!(Ticks::nice(120, 4), Ticks { step: 50, top: 150 });
        assert_eq!(Ticks::nice(7, 8), Ticks { step: 1, top: 7 });
        assert_eq!(Ticks::nice(0, 5), Ticks { step: 1, top: 1 });
        assert_eq!(Ticks::nice(100, 5), Ticks { step: 20, top: 100 });
        assert_eq!(Ticks::nice(3, 1), Ticks { step: 5, top: 5 });
        assert_eq!(Ticks::nice(u64::MAX, 3).top, u64::MAX);
        for max in [1u64, 9, 10, 11, 99, 101, 999, 123_456_789] {
            for n in 1..10 {
                let t = Ticks::nice(max, n);
                assert!(t.top >= max && (t.top / t.step) as usize <= n);
                let lead = t.step / 10u64.pow(t.step.ilog10());
                assert!([1, 2, 5].contains(&lead));
                assert_eq!(t.step, lead * 10u64.pow(t.step.ilog10()));
                assert_eq!(t.values().first(), Some(&0));
            }
        }
    }
}

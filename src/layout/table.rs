//! The table kind: the chart's numbers as a formatted table drawn into the
//! Scene. A header row (group, each tier with its colour, "not reported"
//! when any group has it, total), then one row per group; every cell says
//! "count (share)", or the share alone for shares-only data. Each cell
//! carries its datum so hover and keyboard navigation work as on bars.
//! When the columns do not fit (or on narrow charts) the table becomes
//! cards: one block per group, one line per tier.

use super::builder::{font, line_height, Builder, TextStyle};
use super::chrome::{legend_entries, MIN_LABEL_BESIDE_TOTAL_PX};
use super::kind::{Context, Kind, Legend, Plot};
use super::text::wrap;
use super::theme::Theme;
use crate::derive::{Derived, Part, PartValue};
use crate::label::{count_text, group_label, periods_differ, total_text};
use crate::model::rating::RatingData;
use crate::scale::color::Rgb;
use crate::scene::{Align, Datum, Font, Rect, Role, Weight};

/// Horizontal padding inside a cell.
const CELL_PAD: f64 = 6.0;
/// Side of a tier's colour swatch.
const SWATCH: f64 = 10.0;

/// A tier header wraps to at most this width unless its numbers are wider.
const HEADER_MAX_W: f64 = 96.0;

/// The table (or cards). An imposed height taller than the content
/// stretches the background only.
pub struct Table;

/// The text of one cell: "count (share)", or the share alone.
pub fn cell_text(data: &RatingData, derived: &Derived, pv: &PartValue) -> String {
    let share = pv.share_text(data.locale, derived.decimals);
    match count_text(data, pv.count) {
        Some(count) => format!("{count} ({share})"),
        None => share,
    }
}

/// The fill behind row `k` (zebra stripes).
fn row_fill(theme: &Theme, k: usize) -> Rgb {
    if k % 2 == 1 {
        theme.paper.mix(theme.edge, 0.12)
    } else {
        theme.paper
    }
}

impl Kind for Table {
    fn legend(&self, _cx: &Context) -> Legend {
        // The header names the tiers, each with its colour.
        Legend::None
    }

    fn plot(&self, cx: &Context, b: &mut Builder, y: f64) -> Plot {
        plot(cx, b, y)
    }
}

/// A part's colour swatch at (`x`, `y`), in the grid's header and the
/// cards' lines.
fn swatch(b: &mut Builder, cx: &Context, x: f64, y: f64, part: Part) {
    cx.swatch(b, (x, y), SWATCH, part);
}

fn plot(cx: &Context, b: &mut Builder, y: f64) -> Plot {
    let (data, derived, measure) = (cx.data, cx.derived, cx.measure);
    let frame = &cx.frame;
    let cf = font(if frame.narrow { 12.0 } else { 13.0 }, Weight::Normal);
    let hf = font(cf.size_px, Weight::Bold);
    let cols = legend_entries(data, derived, false);
    let with_period = periods_differ(data);
    let with_total = !data.shares_only();

    // Numeric column widths: the widest cell, and the header up to a cap.
    let widest_word = |text: &str, f: Font| {
        super::text::words(text)
            .map(|w| measure.width(w, f))
            .fold(0.0, f64::max)
    };
    let num_w = |header: &str, cells: &mut dyn Iterator<Item = String>| {
        let cell = cells.map(|c| measure.width(&c, cf)).fold(0.0, f64::max);
        let head = measure
            .width(header, hf)
            .min(HEADER_MAX_W.max(cell))
            .max(widest_word(header, hf));
        (cell.max(head) + 2.0 * CELL_PAD).ceil()
    };
    let mut widths: Vec<f64> = cols
        .iter()
        .map(|(label, part)| {
            let mut cells = derived.rows.iter().filter_map(|r| {
                r.parts
                    .iter()
                    .find(|p| p.part == *part)
                    .map(|p| cell_text(data, derived, p))
            });
            num_w(label, &mut cells)
        })
        .collect();
    let words = &data.locale.words;
    if with_total {
        let mut cells = data.groups.iter().filter_map(|g| count_text(data, g.total));
        widths.push(num_w(words.total, &mut cells));
    }
    let period_w = if with_period {
        let cell = data
            .groups
            .iter()
            .filter_map(|g| g.period.as_ref())
            .map(|p| measure.width(p, cf))
            .fold(measure.width(words.period, hf), f64::max);
        (cell + 2.0 * CELL_PAD).ceil()
    } else {
        0.0
    };
    let group_min = data
        .groups
        .iter()
        .map(|g| widest_word(&g.label, cf))
        .fold(widest_word(words.group, hf), f64::max)
        .max(80.0)
        + 2.0 * CELL_PAD;
    let fixed: f64 = widths.iter().sum::<f64>() + period_w;
    if frame.narrow || fixed + group_min > frame.inner_w {
        cards(b, cx, y, &cols)
    } else {
        let group_w = frame.inner_w - fixed;
        let spec = TableSpec {
            cols: &cols,
            widths: &widths,
            period_w,
            group_w,
            with_total,
            cf,
            hf,
        };
        table(b, cx, y, &spec)
    }
}

struct TableSpec<'a> {
    cols: &'a [(String, Part)],
    /// Widths of the part columns, then of the total column.
    widths: &'a [f64],
    period_w: f64,
    group_w: f64,
    with_total: bool,
    cf: Font,
    hf: Font,
}

fn table(b: &mut Builder, cx: &Context, y: f64, spec: &TableSpec) -> Plot {
    let (data, derived, theme, measure) = (cx.data, cx.derived, &cx.theme, cx.measure);
    let frame = &cx.frame;
    let words = &data.locale.words;
    let (cf, hf) = (spec.cf, spec.hf);
    let (clh, hlh) = (line_height(cf), line_height(hf));
    let x0 = frame.pad;
    // Left edges of the period column and of every numeric column.
    let period_x = x0 + spec.group_w;
    let mut col_x = Vec::with_capacity(spec.widths.len());
    let mut x = period_x + spec.period_w;
    for w in spec.widths {
        col_x.push(x);
        x += w;
    }
    let right = x;

    // Header: a swatch above each tier's (wrapped) label, all bottom-aligned.
    let headers: Vec<Vec<String>> = spec
        .cols
        .iter()
        .zip(spec.widths)
        .map(|((label, _), w)| wrap(label, hf, w - 2.0 * CELL_PAD, measure))
        .collect();
    let max_lines = headers.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let head_h = SWATCH + 4.0 + hlh * max_lines as f64;
    let head_bottom = y + head_h;
    for (k, ((_, part), lines)) in spec.cols.iter().zip(&headers).enumerate() {
        let cell_right = col_x[k] + spec.widths[k] - CELL_PAD;
        let top = head_bottom - hlh * lines.len() as f64;
        swatch(
            b,
            cx,
            (cell_right - SWATCH).round(),
            (top - SWATCH - 4.0).round(),
            *part,
        );
        for (i, line) in lines.iter().enumerate() {
            b.text(
                line,
                cell_right,
                top + hlh * i as f64 + hlh / 2.0,
                TextStyle::new(hf, theme.ink, Role::TableHeader).align(Align::End),
            );
        }
    }
    let last_line = head_bottom - hlh / 2.0;
    b.text(
        words.group,
        x0 + CELL_PAD,
        last_line,
        TextStyle::new(hf, theme.ink, Role::TableHeader),
    );
    if spec.period_w > 0.0 {
        b.text(
            words.period,
            period_x + CELL_PAD,
            last_line,
            TextStyle::new(hf, theme.ink, Role::TableHeader),
        );
    }
    if spec.with_total {
        if let (Some(&tx), Some(&tw)) = (col_x.last(), spec.widths.last()) {
            b.text(
                words.total,
                tx + tw - CELL_PAD,
                last_line,
                TextStyle::new(hf, theme.ink, Role::TableHeader).align(Align::End),
            );
        }
    }
    let mut y = head_bottom + 4.0;
    b.line(vec![(x0, y), (right, y)], theme.ink, 1.0, Role::Gridline);
    y += 1.0;
    let body_top = y;

    for (gi, g) in data.groups.iter().enumerate() {
        let Some(row) = derived.rows.get(gi) else {
            continue;
        };
        let lines = wrap(&g.label, cf, spec.group_w - 2.0 * CELL_PAD, measure);
        let row_h = (clh * lines.len().max(1) as f64 + 8.0).round();
        let fill = row_fill(theme, gi);
        b.rect(
            Rect {
                x: x0,
                y,
                w: right - x0,
                h: row_h,
            },
            fill,
            None,
            Role::TableCell,
            None,
        );
        let first = y + 4.0 + clh / 2.0;
        for (i, line) in lines.iter().enumerate() {
            b.text(
                line,
                x0 + CELL_PAD,
                first + clh * i as f64,
                TextStyle::new(cf, theme.ink, Role::GroupLabel),
            );
        }
        if spec.period_w > 0.0 {
            if let Some(p) = &g.period {
                b.text(
                    p,
                    period_x + CELL_PAD,
                    first,
                    TextStyle::new(cf, theme.ink, Role::TableCell),
                );
            }
        }
        for (k, (_, part)) in spec.cols.iter().enumerate() {
            let Some(pv) = row.parts.iter().find(|p| p.part == *part) else {
                continue;
            };
            let cell = Rect {
                x: col_x[k],
                y,
                w: spec.widths[k],
                h: row_h,
            };
            if row.total == 0 {
                // Nothing to share out: a dash, and no datum to point at.
                b.text(
                    "\u{2013}",
                    cell.right() - CELL_PAD,
                    first,
                    TextStyle::new(cf, theme.muted, Role::TableCell).align(Align::End),
                );
                continue;
            }
            b.rect(
                cell,
                fill,
                None,
                Role::TableCell,
                Some(Datum {
                    group: gi,
                    part: *part,
                }),
            );
            b.text(
                &cell_text(data, derived, pv),
                cell.right() - CELL_PAD,
                first,
                TextStyle::new(cf, theme.ink, Role::TableCell).align(Align::End),
            );
        }
        if spec.with_total {
            if let (Some(&tx), Some(&tw), Some(total)) =
                (col_x.last(), spec.widths.last(), count_text(data, g.total))
            {
                b.text(
                    &total,
                    tx + tw - CELL_PAD,
                    first,
                    TextStyle::new(cf, theme.ink, Role::GroupTotal).align(Align::End),
                );
            }
        }
        y += row_h;
    }
    b.line(vec![(x0, y), (right, y)], theme.edge, 1.0, Role::Gridline);
    let plot = Rect {
        x: x0,
        y: body_top,
        w: right - x0,
        h: y - body_top,
    };
    Plot {
        area: plot,
        bottom: y + 12.0,
        note: None,
    }
}

/// Narrow layout: one card per group, one line per tier "label … value".
fn cards(b: &mut Builder, cx: &Context, y: f64, cols: &[(String, Part)]) -> Plot {
    let (data, derived, theme, measure) = (cx.data, cx.derived, &cx.theme, cx.measure);
    let frame = &cx.frame;
    let cf = font(if frame.narrow { 12.0 } else { 13.0 }, Weight::Normal);
    let gf = font(cf.size_px + 1.0, Weight::Bold);
    let (clh, glh) = (line_height(cf), line_height(gf));
    let (x0, x1) = (frame.pad, frame.right());
    let with_period = periods_differ(data);
    let mut y = y;
    let mut body_top = f64::NAN;
    for (gi, g) in data.groups.iter().enumerate() {
        let Some(row) = derived.rows.get(gi) else {
            continue;
        };
        if gi > 0 {
            b.line(vec![(x0, y), (x1, y)], theme.edge, 1.0, Role::Gridline);
            y += 8.0;
        }
        let total = total_text(data, g);
        let tw = total.as_ref().map_or(0.0, |t| measure.width(t, cf) + 8.0);
        // The total beside the label, or under it on the narrowest cards.
        let beside = frame.inner_w - tw >= MIN_LABEL_BESIDE_TOTAL_PX;
        let label_w = if beside {
            frame.inner_w - tw
        } else {
            frame.inner_w
        };
        let lines = wrap(&group_label(g, with_period), gf, label_w, measure);
        for (i, line) in lines.iter().enumerate() {
            b.text(
                line,
                x0,
                y + glh * i as f64 + glh / 2.0,
                TextStyle::new(gf, theme.ink, Role::GroupLabel),
            );
        }
        let total_style = TextStyle::new(cf, theme.muted, Role::GroupTotal);
        y += glh * lines.len().max(1) as f64;
        match &total {
            Some(t) if beside => {
                let at = y - glh * lines.len().max(1) as f64 + glh / 2.0;
                b.text(t, x1, at, total_style.align(Align::End));
            }
            Some(t) => y = b.paragraph(t, (x0, y), frame.inner_w, total_style),
            None => {}
        }
        y += 4.0;
        if body_top.is_nan() {
            body_top = y;
        }
        if row.parts.is_empty() || row.total == 0 {
            let words = &data.locale.words;
            y = b.paragraph(
                words.no_data,
                (x0, y),
                frame.inner_w,
                TextStyle::new(cf, theme.muted, Role::EmptyRow),
            );
        }
        for (k, (label, part)) in cols.iter().enumerate() {
            let Some(pv) = row.parts.iter().find(|p| p.part == *part) else {
                continue;
            };
            if row.total == 0 {
                break;
            }
            let value = cell_text(data, derived, pv);
            let vw = measure.width(&value, cf);
            let label_x = x0 + SWATCH + 6.0;
            // The value beside the label, or under it when too little
            // room would be left for the label.
            let beside = x1 - CELL_PAD - vw - 12.0 - label_x;
            let own_line = beside < 80.0;
            let label_w = if own_line {
                x1 - CELL_PAD - label_x - 2.0
            } else {
                beside
            };
            let label_lines = wrap(label, cf, label_w.max(40.0), measure);
            // A value wider than the card (a huge count and its share)
            // wraps on its own lines.
            let value_lines = if own_line {
                wrap(&value, cf, x1 - CELL_PAD - x0 - 2.0, measure)
            } else {
                vec![value]
            };
            let n_lines = label_lines.len().max(1)
                + if own_line {
                    value_lines.len().max(1)
                } else {
                    0
                };
            let line_h = (clh * n_lines as f64 + 4.0).round();
            let cell = Rect {
                x: x0,
                y,
                w: frame.inner_w,
                h: line_h,
            };
            b.rect(
                cell,
                row_fill(theme, k),
                None,
                Role::TableCell,
                Some(Datum {
                    group: gi,
                    part: *part,
                }),
            );
            let first = y + 2.0 + clh / 2.0;
            swatch(b, cx, x0 + 2.0, (first - SWATCH / 2.0).round(), *part);
            for (i, line) in label_lines.iter().enumerate() {
                b.text(
                    line,
                    label_x + 2.0,
                    first + clh * i as f64,
                    TextStyle::new(cf, theme.ink, Role::TableHeader),
                );
            }
            let value_y = if own_line {
                first + clh * label_lines.len().max(1) as f64
            } else {
                first
            };
            for (i, line) in value_lines.iter().enumerate() {
                b.text(
                    line,
                    x1 - CELL_PAD,
                    value_y + clh * i as f64,
                    TextStyle::new(cf, theme.ink, Role::TableCell).align(Align::End),
                );
            }
            y += line_h;
        }
        y += 10.0;
    }
    let plot = frame.plot_area(x0, frame.inner_w, (body_top, y - 10.0), y);
    Plot {
        area: plot,
        bottom: y,
        note: None,
    }
}

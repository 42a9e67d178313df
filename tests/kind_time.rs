//! Geometry of the time kinds: the trend (lines, slope chart, stacked
//! fallback) and small multiples.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::layout;
use rating_chart::derive::{derive, Part};
use rating_chart::interact::hit_test;
use rating_chart::layout::{FontMeasure, Size};
use rating_chart::model::rating::ChartKind;
use rating_chart::model::validate::{resolve_kind, validate_bytes};
use rating_chart::scene::{Item, Role, Scene, Shape};
use rating_chart::RatingData;
use std::collections::BTreeMap;

fn example(name: &str) -> RatingData {
    common::load(&common::root().join(format!("www/examples/{name}.json")))
}

fn as_kind(data: &RatingData, kind: ChartKind) -> RatingData {
    let mut d = data.clone();
    d.display.kind = kind;
    d
}

fn draw(data: &RatingData, width: f64) -> Scene {
    let measure = FontMeasure::new().expect("bundled fonts");
    layout(
        data,
        Size {
            width_px: width,
            height_px: None,
        },
        &measure,
    )
}

fn text(i: &Item) -> &str {
    match &i.shape {
        Shape::Text { text, .. } => text,
        _ => "",
    }
}

fn texts_with(s: &Scene, role: Role) -> Vec<&Item> {
    s.items.iter().filter(|i| i.role == role).collect()
}

fn circles(s: &Scene) -> Vec<&Item> {
    s.data_items()
        .filter(|i| matches!(i.shape, Shape::Circle { .. }))
        .collect()
}

fn centre(i: &Item) -> (f64, f64) {
    i.anchor()
}

/// Synthetic data: `tiers` tiers with near-equal counts, `periods` periods,
/// two labels, in `locale`.
fn crowded(tiers: usize, periods: usize, locale: &str) -> RatingData {
    let tier_json: Vec<String> = (0..tiers)
        .map(|t| format!(r#"{{ "id": "t{t}", "label": "Tier number {t} with a long name" }}"#))
        .collect();
    let mut groups = Vec::new();
    for label in ["First group", "Second group"] {
        for p in 0..periods {
            let counts: Vec<String> = (0..tiers)
                .map(|t| format!(r#""t{t}": {}"#, 100 + (t * 7 + p * 3) % 5))
                .collect();
            groups.push(format!(
                r#"{{ "label": "{label}", "period": "{}", "counts": {{ {} }} }}"#,
                2000 + p,
                counts.join(", ")
            ));
        }
    }
    let json = format!(
        r#"{{ "version": 1, "locale": "{locale}", "display": {{ "kind": "trend" }},
            "tiers": [{}], "groups": [{}] }}"#,
        tier_json.join(", "),
        groups.join(", ")
    );
    let v = validate_bytes(json.as_bytes());
    v.data.unwrap_or_else(|| panic!("{:?}", v.issues))
}

// ---------------------------------------------------------------- trend

#[test]
fn periods_resolve_to_trend() {
    for name in ["hai-duong-two-periods", "approval-three-years"] {
        let d = example(name);
        assert_eq!(
            resolve_kind(ChartKind::Auto, &d.tiers, &d.groups),
            ChartKind::Trend
        );
    }
}

#[test]
fn trend_points_sit_at_their_share_on_one_shared_axis() {
    let data = as_kind(&example("approval-three-years"), ChartKind::Trend);
    let derived = derive(&data);
    let whole = 100.0 * 10f64.powi(i32::from(derived.decimals));
    for width in [320.0, 640.0, 1024.0] {
        let s = draw(&data, width);
        // Each panel's 0 % and 100 % tick labels, top to bottom.
        let ticks = |t: &str| -> Vec<f64> {
            let mut v: Vec<f64> = texts_with(&s, Role::TickLabel)
                .into_iter()
                .filter(|i| text(i) == t)
                .map(|i| centre(i).1)
                .collect();
            v.sort_by(f64::total_cmp);
            v
        };
        let zero = ticks(&data.locale.format_share(0, 0));
        let full = ticks(&data.locale.format_share(100, 0));
        assert_eq!(zero.len(), 2, "one axis per label");
        assert_eq!(full.len(), 2);
        let span = zero[0] - full[0];
        assert!(span > 100.0, "{width}: the axis is {span} px tall");
        assert!(
            (zero[1] - full[1] - span).abs() < 1e-9,
            "every panel has the same scale"
        );
        let pts = circles(&s);
        assert_eq!(pts.len(), 4 * 3 + 4 * 4, "every group × part has a point");
        for p in pts {
            let d = p.datum.unwrap();
            let panel = usize::from(data.groups[d.group].label != data.groups[0].label);
            let row = &derived.rows[d.group];
            let units = row.parts.iter().find(|v| v.part == d.part).unwrap();
            let share = units.share_units as f64 / whole;
            let want = zero[panel] - span * share;
            let (cx, cy) = centre(p);
            assert!(
                (cy - want).abs() < 1e-6,
                "{width}: {d:?} at y {cy}, share {share} wants {want}"
            );
            // The point picks its own datum (points that would cover
            // another's centre step aside).
            assert_eq!(hit_test(&s, cx, cy), Some(d), "{width}: {d:?}");
        }
    }
}

#[test]
fn trend_points_are_ordered_by_period_on_x_and_joined_by_lines() {
    let data = as_kind(&example("approval-three-years"), ChartKind::Trend);
    let s = draw(&data, 640.0);
    let periods = ["2020", "2021", "2022", "2023"];
    // x of each period: its label's centre, the same in both panels.
    let xs: Vec<f64> = periods
        .iter()
        .map(|p| {
            let labels: Vec<f64> = texts_with(&s, Role::TickLabel)
                .into_iter()
                .filter(|i| text(i) == *p)
                .map(|l| centre(l).0)
                .collect();
            assert_eq!(labels.len(), 2, "{p}: one per panel");
            assert!((labels[0] - labels[1]).abs() < 1e-9);
            labels[0]
        })
        .collect();
    assert!(xs.windows(2).all(|w| w[1] > w[0] + 50.0), "{xs:?}");
    // Each point at its period: exactly, or a step aside where it would
    // hide another point (never as far as the next period).
    let near = |x: f64, period: usize| (x - xs[period]).abs() < 12.0;
    for p in circles(&s) {
        let g = &data.groups[p.datum.unwrap().group];
        let k = periods
            .iter()
            .position(|q| Some(*q) == g.period.as_deref())
            .unwrap();
        assert!(near(centre(p).0, k), "{:?}", p.datum);
    }
    let exact = circles(&s)
        .iter()
        .filter(|p| xs.iter().any(|x| (centre(p).0 - x).abs() < 1e-9))
        .count();
    assert!(
        exact * 2 > circles(&s).len(),
        "most points sit exactly at their period"
    );
    // One line per part and panel, its points in period order at the
    // points' centres.
    let lines: Vec<_> = s.items.iter().filter(|i| i.role == Role::Series).collect();
    assert_eq!(lines.len(), 3 + 4, "3 tiers, then 3 tiers and not reported");
    for l in &lines {
        let Shape::Line { points, .. } = &l.shape else {
            panic!("series is a line")
        };
        assert_eq!(points.len(), 4);
        for (k, pt) in points.iter().enumerate() {
            assert!(near(pt.0, k));
        }
        let part = l.legend.expect("a series names its part");
        assert!(points.iter().all(|pt| circles(&s)
            .iter()
            .any(|c| c.datum.unwrap().part == part && centre(c) == *pt)));
    }
    // The not-reported line is drawn in the not-reported outline colour.
    let nr = lines
        .iter()
        .find(|l| l.legend == Some(Part::NotReported))
        .expect("a not-reported line");
    assert_eq!(
        nr.color(),
        rating_chart::layout::Theme::LIGHT.edge,
        "not reported has its own colour"
    );
}

/// End labels of one panel (between two panel titles) never overlap, and
/// each sits at its point's height unless it had to move.
#[test]
fn end_labels_never_overlap() {
    let cases = [
        (
            "approval",
            as_kind(&example("approval-three-years"), ChartKind::Trend),
        ),
        ("two periods", example("hai-duong-two-periods")),
        ("crowded lines", crowded(9, 5, "en-US")),
        ("crowded slope", crowded(12, 2, "vi-VN")),
        ("few crowded", crowded(4, 3, "de-DE")),
    ];
    for (name, data) in cases {
        for width in [240.0, 320.0, 480.0, 640.0, 1024.0] {
            let s = draw(&data, width);
            let labels = texts_with(&s, Role::SegmentLabel);
            assert!(!labels.is_empty(), "{name} {width}: end labels drawn");
            for (k, a) in labels.iter().enumerate() {
                assert!(
                    a.bounds.x >= 0.0 && a.bounds.right() <= s.width_px,
                    "{name} {width}: {:?} leaves the canvas",
                    text(a)
                );
                for b in &labels[k + 1..] {
                    assert!(
                        !a.bounds.overlaps(&b.bounds),
                        "{name} {width}: {:?} overlaps {:?}",
                        text(a),
                        text(b)
                    );
                }
            }
            // No end label covers a point.
            for p in circles(&s) {
                for l in &labels {
                    assert!(
                        !l.bounds.overlaps(&p.bounds),
                        "{name} {width}: {:?} {:?} {:?}",
                        text(l),
                        l.bounds,
                        p.bounds
                    );
                }
            }
        }
    }
}

#[test]
fn wide_trends_name_tiers_at_the_line_ends_narrow_ones_use_a_legend() {
    let data = as_kind(&example("approval-three-years"), ChartKind::Trend);
    let wide = draw(&data, 640.0);
    assert!(texts_with(&wide, Role::LegendLabel).is_empty());
    assert!(texts_with(&wide, Role::SegmentLabel)
        .iter()
        .any(|l| text(l).ends_with("Good")));
    let narrow = draw(&data, 320.0);
    assert!(!texts_with(&narrow, Role::LegendLabel).is_empty());
    let pct = data.locale.format_share(0, 0);
    let suffix = pct.trim_start_matches('0');
    assert!(texts_with(&narrow, Role::SegmentLabel)
        .iter()
        .all(|l| text(l).ends_with(suffix)));
    // Fewer ticks when narrow.
    let count = |s: &Scene| s.items.iter().filter(|i| i.role == Role::Gridline).count();
    assert!(count(&narrow) < count(&wide));
}

#[test]
fn two_periods_draw_a_slope_chart() {
    let data = example("hai-duong-two-periods");
    let derived = derive(&data);
    for width in [320.0, 640.0] {
        let s = draw(&data, width);
        assert!(s.items.iter().all(|i| i.role != Role::Gridline));
        let axes: Vec<_> = s.items.iter().filter(|i| i.role == Role::Axis).collect();
        assert_eq!(axes.len(), 4, "two vertical axes per panel");
        let mut axis_x: Vec<f64> = axes.iter().map(|a| a.bounds.center().0).collect();
        axis_x.sort_by(f64::total_cmp);
        axis_x.dedup();
        assert_eq!(axis_x.len(), 2, "the same two axes in both panels");
        assert!(axes.iter().all(|a| a.bounds.h > 100.0 && a.bounds.w <= 1.0));
        let (left, right) = (axis_x[0], axis_x[1]);
        // Every point on an axis: the first period on the left.
        for p in circles(&s) {
            let d = p.datum.unwrap();
            let x = centre(p).0;
            let want = if data.groups[d.group].period.as_deref() == Some("2020") {
                left
            } else {
                right
            };
            assert!((x - want).abs() < 1e-9);
        }
        // Values at both ends: one label per part on each side of each panel.
        let labels = texts_with(&s, Role::SegmentLabel);
        let outside_left = labels.iter().filter(|l| l.bounds.right() < left).count();
        let outside_right = labels.iter().filter(|l| l.bounds.x > right).count();
        let parts: usize = derived.rows.iter().map(|r| r.parts.len()).sum();
        assert_eq!(outside_left, parts / 2, "{width}");
        assert!(outside_right >= parts / 2, "{width}");
        // The 2020 values of the first panel are there, as the locale writes them.
        for pv in &derived.rows[0].parts {
            let t = data.locale.format_share(pv.share_units, derived.decimals);
            assert!(
                labels
                    .iter()
                    .any(|l| text(l) == t && l.bounds.right() < left),
                "{t}"
            );
        }
    }
}

#[test]
fn one_period_falls_back_to_stacked_bars_with_a_note() {
    for name in [
        "hai-duong-2021",
        "likert-city-services",
        "dang-bo-truc-thuoc",
    ] {
        let data = as_kind(&example(name), ChartKind::Trend);
        let s = draw(&data, 640.0);
        let notes = texts_with(&s, Role::ChartNote);
        assert!(!notes.is_empty(), "{name}");
        let joined: Vec<&str> = notes.iter().map(|n| text(n)).collect();
        let words: Vec<&str> = data
            .locale
            .words
            .kinds
            .trend_needs_periods
            .split_whitespace()
            .collect();
        assert_eq!(
            joined.join(" ").split_whitespace().collect::<Vec<_>>(),
            words
        );
        assert!(s.items.iter().all(|i| i.role != Role::Series));
        assert!(s
            .data_items()
            .all(|i| i.role == Role::Segment && matches!(i.shape, Shape::Rect { .. })));
        // The note comes right under the bars, before the notes and source,
        // inside the canvas.
        let last = notes.last().unwrap();
        assert!(last.bounds.bottom() <= s.height_px);
        let footer = |r: Role| matches!(r, Role::Notes | Role::Source);
        for i in s.items.iter().filter(|i| i.role != Role::Background) {
            if footer(i.role) {
                assert!(i.bounds.y >= last.bounds.bottom() - 0.5, "{name}");
            } else if i.role != Role::ChartNote {
                assert!(i.bounds.bottom() <= notes[0].bounds.y + 0.5, "{name}");
            }
        }
    }
}

// ------------------------------------------------------------ multiples

/// Column rects of each group.
fn columns(s: &Scene) -> BTreeMap<usize, Vec<&Item>> {
    let mut out: BTreeMap<usize, Vec<&Item>> = BTreeMap::new();
    for i in s.data_items() {
        out.entry(i.datum.unwrap().group).or_default().push(i);
    }
    out
}

fn union(items: &[&Item]) -> rating_chart::scene::Rect {
    let x0 = items
        .iter()
        .map(|i| i.bounds.x)
        .fold(f64::INFINITY, f64::min);
    let y0 = items
        .iter()
        .map(|i| i.bounds.y)
        .fold(f64::INFINITY, f64::min);
    let x1 = items
        .iter()
        .map(|i| i.bounds.right())
        .fold(f64::NEG_INFINITY, f64::max);
    let y1 = items
        .iter()
        .map(|i| i.bounds.bottom())
        .fold(f64::NEG_INFINITY, f64::max);
    rating_chart::scene::Rect {
        x: x0,
        y: y0,
        w: x1 - x0,
        h: y1 - y0,
    }
}

fn multiples_cases() -> Vec<(String, RatingData)> {
    let mut out: Vec<(String, RatingData)> = [
        "dang-bo-truc-thuoc",
        "likert-city-services",
        "hai-duong-two-periods",
        "approval-three-years",
        "hotel-stars",
    ]
    .iter()
    .map(|n| (n.to_string(), as_kind(&example(n), ChartKind::Multiples)))
    .collect();
    out.push((
        "crowded".into(),
        as_kind(&crowded(12, 3, "fr-FR"), ChartKind::Multiples),
    ));
    out
}

#[test]
fn multiples_draw_one_panel_per_group_and_panels_never_overlap() {
    for (name, data) in multiples_cases() {
        for width in [320.0, 480.0, 640.0, 1024.0] {
            let s = draw(&data, width);
            let cols = columns(&s);
            assert_eq!(cols.len(), data.groups.len(), "{name} {width}");
            // One scale per panel: one "0 %" tick each.
            let zero = data.locale.format_share(0, 0);
            let zeros = texts_with(&s, Role::TickLabel)
                .into_iter()
                .filter(|t| text(t) == zero)
                .count();
            assert_eq!(zeros, data.groups.len(), "{name} {width}");
            // Each group: every part once.
            let derived = derive(&data);
            for row in &derived.rows {
                assert_eq!(cols[&row.group].len(), row.parts.len(), "{name}");
            }
            let boxes: Vec<_> = cols.values().map(|v| union(v)).collect();
            for (k, a) in boxes.iter().enumerate() {
                for b in &boxes[k + 1..] {
                    assert!(!a.overlaps(b), "{name} {width}: {a:?} {b:?}");
                }
            }
            // Titles and labels never cover a column.
            for t in s.items.iter().filter(|i| {
                matches!(i.shape, Shape::Text { .. })
                    && matches!(
                        i.role,
                        Role::PanelTitle | Role::SegmentLabel | Role::TickLabel
                    )
            }) {
                for c in s.data_items() {
                    assert!(
                        !t.bounds.overlaps(&c.bounds),
                        "{name} {width}: {:?} covers a column",
                        text(t)
                    );
                }
            }
        }
    }
}

#[test]
fn multiples_share_one_scale() {
    for (name, data) in multiples_cases() {
        let derived = derive(&data);
        let whole = 100.0 * 10f64.powi(i32::from(derived.decimals));
        for width in [320.0, 640.0] {
            let s = draw(&data, width);
            // Pixels per percent, from every column tall enough to measure.
            let mut per_pct: Vec<f64> = Vec::new();
            let mut widths: Vec<f64> = Vec::new();
            for c in s.data_items() {
                let d = c.datum.unwrap();
                let pv = derived.rows[d.group]
                    .parts
                    .iter()
                    .find(|p| p.part == d.part)
                    .unwrap();
                let pct = pv.share_units as f64 * 100.0 / whole;
                if pct >= 5.0 {
                    per_pct.push(c.bounds.h / pct);
                }
                widths.push(c.bounds.w);
            }
            let first = per_pct[0];
            assert!(
                per_pct.iter().all(|v| (v - first).abs() < 1e-9),
                "{name} {width}: {per_pct:?}"
            );
            assert!(widths.iter().all(|w| (w - widths[0]).abs() < 1e-9));
            // Every panel's ticks are the same texts at the same offsets from
            // its baseline.
            let zero = data.locale.format_share(0, 0);
            let ticks = texts_with(&s, Role::TickLabel);
            let mut offsets: Vec<Vec<(String, i64)>> = Vec::new();
            let zeros: Vec<_> = ticks.iter().filter(|t| text(t) == zero).collect();
            for z in &zeros {
                let (zx, zy) = (z.bounds.right(), centre(z).1);
                let same_x = |t: &&&&Item| (t.bounds.right() - zx).abs() < 1e-6;
                // The baseline of the panel above, if any.
                let above = zeros
                    .iter()
                    .filter(same_x)
                    .map(|t| centre(t).1)
                    .filter(|&y| y < zy)
                    .fold(f64::NEG_INFINITY, f64::max);
                let mut mine: Vec<(String, i64)> = ticks
                    .iter()
                    .filter(|t| (t.bounds.right() - zx).abs() < 1e-6)
                    .filter(|t| centre(t).1 <= zy && centre(t).1 > above)
                    .map(|t| {
                        (
                            text(t).to_string(),
                            ((zy - centre(t).1) * 100.0).round() as i64,
                        )
                    })
                    .collect();
                mine.sort();
                offsets.push(mine);
            }
            assert!(offsets.iter().all(|o| *o == offsets[0]), "{name} {width}");
            assert_eq!(offsets[0].len(), 3);
        }
    }
}

#[test]
fn multiples_columns_follow_the_width() {
    let data = as_kind(&example("dang-bo-truc-thuoc"), ChartKind::Multiples);
    let grid_columns = |width: f64| {
        let s = draw(&data, width);
        let mut xs: Vec<i64> = columns(&s)
            .values()
            .map(|v| union(v).x.round() as i64)
            .collect();
        xs.sort();
        xs.dedup();
        xs.len()
    };
    assert_eq!(grid_columns(320.0), 1);
    assert_eq!(grid_columns(240.0), 1);
    assert!(grid_columns(640.0) >= 2);
    assert!(grid_columns(1024.0) > grid_columns(640.0));
}

#[test]
fn multiples_of_one_label_over_periods_are_titled_by_period() {
    let json = r#"{ "version": 1, "locale": "en-GB", "display": { "kind": "multiples" },
        "tiers": [ { "id": "a", "label": "A" }, { "id": "b", "label": "B" } ],
        "groups": [
          { "label": "Everyone", "period": "2022", "counts": { "a": 3, "b": 5 } },
          { "label": "Everyone", "period": "2023", "counts": { "a": 4, "b": 4 } }
        ] }"#;
    let data = validate_bytes(json.as_bytes()).data.unwrap();
    let s = draw(&data, 640.0);
    let titles: Vec<&str> = texts_with(&s, Role::PanelTitle)
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(titles, ["2022", "2023"]);
}

#[test]
fn time_kinds_survive_odd_data() {
    for json in [
        r#"{ "version": 1, "tiers": [ { "id": "a", "label": "A" } ], "groups": [] }"#,
        r#"{ "version": 1, "tiers": [ { "id": "a", "label": "A" } ],
             "groups": [ { "label": "x", "period": "1", "counts": { "a": 0 } },
                         { "label": "x", "period": "2", "counts": { "a": 0 } } ] }"#,
        r#"{ "version": 1, "tiers": [ { "id": "a", "label": "A" }, { "id": "b", "label": "B" } ],
             "groups": [ { "label": "x", "period": "1", "counts": { "a": 1 } },
                         { "label": "y", "period": "2", "counts": { "a": 0, "b": 2 }, "total": 9 },
                         { "label": "x", "counts": { "b": 3 } } ] }"#,
    ] {
        let v = validate_bytes(json.as_bytes());
        let Some(data) = v.data else { continue };
        for kind in [ChartKind::Trend, ChartKind::Multiples] {
            for width in [240.0, 320.0, 640.0] {
                let s = draw(&as_kind(&data, kind), width);
                assert!(s.height_px.is_finite() && s.height_px > 0.0);
                for i in &s.items {
                    let b = i.bounds;
                    assert!(b.x.is_finite() && b.y.is_finite() && b.w >= 0.0 && b.h >= 0.0);
                    assert!(b.right() <= s.width_px + 0.5 && b.bottom() <= s.height_px + 0.5);
                }
            }
        }
    }
}

fn fixture(name: &str) -> RatingData {
    common::load(&common::root().join(format!("tests/fixtures/valid/{name}.json")))
}

/// The centre x of each period's tick label (the first panel's).
fn period_xs(s: &Scene, periods: &[&str]) -> Vec<f64> {
    periods
        .iter()
        .map(|p| {
            texts_with(s, Role::TickLabel)
                .into_iter()
                .find(|i| text(i) == *p)
                .map(|l| centre(l).0)
                .unwrap_or_else(|| panic!("no label {p}"))
        })
        .collect()
}

#[test]
fn years_are_drawn_in_time_order_whatever_order_they_come_in() {
    let data = fixture("periods-out-of-order");
    let derived = derive(&data);
    for width in [320.0, 640.0] {
        let s = draw(&data, width);
        let xs = period_xs(&s, &["2022", "2023", "2024"]);
        assert!(xs.windows(2).all(|w| w[1] > w[0] + 20.0), "{width}: {xs:?}");
        // Every line runs left to right through 2022, 2023, 2024.
        for l in s.items.iter().filter(|i| i.role == Role::Series) {
            let Shape::Line { points, .. } = &l.shape else {
                panic!("series is a line")
            };
            assert_eq!(points.len(), 3);
            assert!(points.windows(2).all(|w| w[1].0 > w[0].0), "{points:?}");
        }
        // The end labels give the latest period (2024, the first group).
        let labels: Vec<&str> = texts_with(&s, Role::SegmentLabel)
            .into_iter()
            .map(text)
            .collect();
        for pv in &derived.rows[0].parts {
            let t = data.locale.format_share(pv.share_units, derived.decimals);
            assert!(
                labels.iter().any(|l| l.starts_with(&t)),
                "{t} in {labels:?}"
            );
        }
        for pv in &derived.rows[2].parts {
            let t = data.locale.format_share(pv.share_units, derived.decimals);
            assert!(
                !labels.iter().any(|l| l.starts_with(&t)),
                "{t} in {labels:?}"
            );
        }
    }
}

#[test]
fn years_are_placed_by_time_so_a_gap_of_eight_years_looks_like_one() {
    let data = fixture("periods-gapped");
    for width in [320.0, 640.0] {
        let s = draw(&data, width);
        // 2022 labels may be thinned at narrow widths; 2015 and 2024 stay.
        let circles_at = |period: &str| -> Vec<f64> {
            circles(&s)
                .into_iter()
                .filter(|c| data.groups[c.datum.unwrap().group].period.as_deref() == Some(period))
                .map(|c| centre(c).0)
                .collect()
        };
        let x = |period: &str| {
            let v = circles_at(period);
            v.iter().sum::<f64>() / v.len() as f64
        };
        let (a, b, c, d) = (x("2015"), x("2022"), x("2023"), x("2024"));
        assert!(a < b && b < c && c < d, "{width}: {a} {b} {c} {d}");
        // Seven years from 2015 to 2022, one from 2023 to 2024 (points may
        // step aside a few pixels).
        let ratio = (b - a) / (d - c);
        assert!((5.5..8.5).contains(&ratio), "{width}: {ratio}");
        let xs = period_xs(&s, &["2015", "2024"]);
        assert!(xs[0] < xs[1]);
    }
}

#[test]
fn text_periods_keep_the_order_given() {
    let json = r#"{ "version": 1, "display": { "kind": "trend" },
        "tiers": [{ "id": "a", "label": "A" }, { "id": "b", "label": "B" }],
        "groups": [
          { "label": "G", "period": "Q3/2023", "counts": { "a": 1, "b": 2 } },
          { "label": "G", "period": "Q1/2023", "counts": { "a": 2, "b": 1 } },
          { "label": "G", "period": "Q2/2023", "counts": { "a": 3, "b": 1 } }
        ] }"#;
    let v = validate_bytes(json.as_bytes());
    let data = v.data.unwrap_or_else(|| panic!("{:?}", v.issues));
    let s = draw(&data, 640.0);
    let xs = period_xs(&s, &["Q3/2023", "Q1/2023", "Q2/2023"]);
    assert!(xs.windows(2).all(|w| w[1] > w[0]), "{xs:?}");
    // Evenly spaced.
    assert!(((xs[1] - xs[0]) - (xs[2] - xs[1])).abs() < 1e-6, "{xs:?}");
}

#[test]
fn a_slope_chart_of_two_years_given_backwards_puts_the_earlier_on_the_left() {
    let given = example("hai-duong-two-periods");
    let mut backwards = given.clone();
    backwards.groups.reverse();
    // The x of each period's points (leftmost), in a drawing of `data`.
    let x_of = |data: &RatingData, period: &str| {
        circles(&draw(data, 640.0))
            .into_iter()
            .filter(|c| data.groups[c.datum.unwrap().group].period.as_deref() == Some(period))
            .map(|c| centre(c).0)
            .fold(f64::INFINITY, f64::min)
    };
    assert!(x_of(&backwards, "2020") < x_of(&backwards, "2021"));
    for p in ["2020", "2021"] {
        assert_eq!(x_of(&given, p), x_of(&backwards, p), "{p}");
    }
}

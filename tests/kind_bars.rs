//! Geometry of the bar-like kinds: grouped bars of counts on one shared
//! axis, the table (and its cards), and 100 % stacked columns.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::layout;
use rating_chart::derive::{derive, Part};
use rating_chart::interact::hit_test;
use rating_chart::layout::grouped::Ticks;
use rating_chart::layout::{FontMeasure, Size};
use rating_chart::model::rating::ChartKind;
use rating_chart::scene::{Item, Role, Scene, Shape};
use rating_chart::RatingData;

fn example(name: &str, kind: ChartKind) -> RatingData {
    let mut d = common::load(&common::root().join(format!("www/examples/{name}.json")));
    d.display.kind = kind;
    d
}

fn at(data: &RatingData, width: f64, height: Option<f64>) -> Scene {
    let measure = FontMeasure::new().expect("bundled fonts");
    layout(
        data,
        Size {
            width_px: width,
            height_px: height,
        },
        &measure,
    )
}

fn text(i: &Item) -> Option<&str> {
    match &i.shape {
        Shape::Text { text, .. } => Some(text),
        _ => None,
    }
}

fn texts(s: &Scene, role: Role) -> Vec<(&str, &Item)> {
    s.items
        .iter()
        .filter(|i| i.role == role)
        .filter_map(|i| text(i).map(|t| (t, i)))
        .collect()
}

fn segments(s: &Scene) -> Vec<&Item> {
    s.items
        .iter()
        .filter(|i| i.role == Role::Segment && i.datum.is_some())
        .collect()
}

/// Nothing outside the canvas and no two texts overlapping.
fn assert_clean(name: &str, s: &Scene) {
    for it in &s.items {
        let b = it.bounds;
        assert!(
            b.x >= -0.5 && b.y >= -0.5 && b.right() <= s.width_px + 0.5,
            "{name}: {:?} {b:?} outside {}",
            it.role,
            s.width_px
        );
        assert!(
            b.bottom() <= s.height_px + 0.5,
            "{name}: {:?} below",
            it.role
        );
    }
    let all: Vec<_> = s.items.iter().filter(|i| text(i).is_some()).collect();
    for (k, a) in all.iter().enumerate() {
        for b in &all[k + 1..] {
            let (x, y) = (a.bounds, b.bounds);
            let ox = x.right().min(y.right()) - x.x.max(y.x);
            let oy = x.bottom().min(y.bottom()) - x.y.max(y.y);
            assert!(
                !(ox > 1.0 && oy > 1.0),
                "{name}: {:?} overlaps {:?}",
                text(a),
                text(b)
            );
        }
    }
}

// ---------------------------------------------------------------- grouped

#[test]
fn grouped_bar_lengths_are_proportional_to_counts_on_one_axis() {
    let data = example("hotel-stars", ChartKind::Grouped);
    let s = at(&data, 640.0, None);
    let derived = derive(&data);
    let bars = segments(&s);
    let n_parts: usize = derived.rows.iter().map(|r| r.parts.len()).sum();
    assert_eq!(bars.len(), n_parts, "one bar per group × tier");
    let x0 = bars[0].bounds.x;
    // Pixels per count, from the longest bar; every bar on the same scale.
    let longest = bars
        .iter()
        .max_by(|a, b| a.bounds.w.total_cmp(&b.bounds.w))
        .unwrap();
    let d = longest.datum.unwrap();
    let count_of = |g: usize, p: Part| {
        derived.rows[g]
            .parts
            .iter()
            .find(|v| v.part == p)
            .unwrap()
            .count as f64
    };
    let per = longest.bounds.w / count_of(d.group, d.part);
    for bar in &bars {
        let d = bar.datum.unwrap();
        assert_eq!(bar.bounds.x, x0, "every bar starts at 0");
        let want = count_of(d.group, d.part) * per;
        assert!(
            (bar.bounds.w - want).abs() <= 1.0,
            "{d:?}: {} vs {want}",
            bar.bounds.w
        );
        // Bars are horizontal and thinner than they are long (but for tiny counts).
        assert!(bar.bounds.h <= 20.0);
    }
    // Bars of one group are stacked vertically without overlapping.
    for w in bars.windows(2) {
        assert!(w[1].bounds.y >= w[0].bounds.bottom());
    }
}

/// The value of a tick label in the data's locale (group separators removed).
fn tick_value(label: &str, group_sep: &str) -> Option<u64> {
    label.replace(group_sep, "").parse().ok()
}

#[test]
fn grouped_ticks_are_nice_inside_the_plot_and_in_the_locale() {
    for (name, width, sep) in [
        ("hotel-stars", 640.0, ","),
        ("hai-duong-2021", 640.0, "."),
        ("hai-duong-2021", 320.0, "."),
        ("dang-bo-truc-thuoc", 1024.0, "."),
    ] {
        let data = example(name, ChartKind::Grouped);
        let s = at(&data, width, None);
        let words = &data.locale.words;
        let labels: Vec<_> = texts(&s, Role::TickLabel)
            .into_iter()
            .filter(|(t, _)| *t != words.count)
            .collect();
        assert!(
            texts(&s, Role::TickLabel)
                .iter()
                .any(|(t, _)| *t == words.count),
            "{name}: axis title in the data's language"
        );
        let values: Vec<u64> = labels
            .iter()
            .map(|(t, _)| tick_value(t, sep).unwrap_or_else(|| panic!("{name}: tick {t:?}")))
            .collect();
        assert!(values.len() >= 2, "{name}: {values:?}");
        assert_eq!(values[0], 0);
        let step = values[1];
        let lead = step / 10u64.pow(step.ilog10());
        assert!([1, 2, 5].contains(&lead) && step == lead * 10u64.pow(step.ilog10()));
        for (k, v) in values.iter().enumerate() {
            assert_eq!(*v, k as u64 * step, "{name}: evenly spaced");
            assert_eq!(labels[k].0, data.locale.format_count(*v), "{name}: locale");
        }
        let max = derive(&data)
            .rows
            .iter()
            .flat_map(|r| r.parts.iter().map(|p| p.count))
            .max()
            .unwrap();
        let top = *values.last().unwrap();
        assert!(
            top >= max && top - step < max,
            "{name}: axis ends at the first tick ≥ max"
        );
        // Gridlines sit inside the plot, in the order of the ticks, under their labels.
        let grid: Vec<f64> = s
            .items
            .iter()
            .filter(|i| matches!(i.role, Role::Gridline | Role::Axis))
            .map(|i| i.bounds.center().0)
            .collect();
        for (_, label) in &labels {
            let cx = label.bounds.center().0;
            assert!(
                grid.iter().any(|g| (g - cx).abs() <= 1.0),
                "{name}: a gridline under every tick label"
            );
            assert!(cx >= s.plot.x - 1.0 && cx <= s.plot.right() + 1.0);
        }
        // The bar of the largest count ends where its value says.
        let span = s.plot.w;
        let longest = segments(&s).iter().map(|b| b.bounds.w).fold(0.0, f64::max);
        assert!((longest - span * max as f64 / top as f64).abs() <= 1.0);
        assert_clean(name, &s);
    }
}

#[test]
fn grouped_has_fewer_ticks_when_narrow() {
    let data = example("hai-duong-2021", ChartKind::Grouped);
    let n = |w| texts(&at(&data, w, None), Role::TickLabel).len();
    assert!(n(320.0) < n(1024.0), "{} vs {}", n(320.0), n(1024.0));
    assert!(n(320.0) >= 3, "at least 0, one tick and the title");
}

#[test]
fn grouped_shows_not_reported_as_its_own_bar() {
    // 17 of 161 organisations: the rest are "not reported".
    let data = example("khoi-doanh-nghiep-2021", ChartKind::Grouped);
    let s = at(&data, 640.0, None);
    let nr: Vec<_> = segments(&s)
        .into_iter()
        .filter(|i| i.datum.unwrap().part == Part::NotReported)
        .collect();
    assert_eq!(nr.len(), 1);
    assert!(texts(&s, Role::SegmentLabel)
        .iter()
        .any(|(t, _)| *t == "144"));
}

// ------------------------------------------------------------------ table

#[test]
fn table_shows_every_count_and_share_exactly() {
    for (name, width) in [
        ("hotel-stars", 640.0),
        ("hotel-stars", 320.0),
        ("dang-bo-truc-thuoc", 640.0),
        ("dang-bo-truc-thuoc", 320.0),
        ("hai-duong-2021", 1024.0),
        ("khoi-doanh-nghiep-2021", 480.0),
    ] {
        let data = example(name, ChartKind::Table);
        let derived = derive(&data);
        let s = at(&data, width, None);
        let cells: Vec<&str> = texts(&s, Role::TableCell).iter().map(|t| t.0).collect();
        for row in &derived.rows {
            for p in &row.parts {
                let want = format!(
                    "{} ({})",
                    data.locale.format_count(p.count),
                    data.locale.format_share(p.share_units, derived.decimals)
                );
                assert_eq!(
                    cells.iter().filter(|c| **c == want).count(),
                    // The same text may stand in several cells.
                    derived
                        .rows
                        .iter()
                        .flat_map(|r| r.parts.iter())
                        .filter(|q| q.count == p.count && q.share_units == p.share_units)
                        .count(),
                    "{name} @ {width}: {want}"
                );
                // The cell carries its datum, and hit-testing its text finds it.
                let (_, item) = texts(&s, Role::TableCell)
                    .into_iter()
                    .find(|(t, _)| *t == want)
                    .unwrap();
                let (cx, cy) = item.bounds.center();
                let hit = hit_test(&s, cx, cy).expect("cell hit");
                let pv = &derived.rows[hit.group]
                    .parts
                    .iter()
                    .find(|q| q.part == hit.part)
                    .unwrap();
                assert_eq!((pv.count, pv.share_units), (p.count, p.share_units));
            }
        }
        // Totals: in the total column (table) or the card's head (cards).
        for g in &data.groups {
            let total = data.locale.format_count(g.total);
            assert!(
                texts(&s, Role::GroupTotal)
                    .iter()
                    .any(|(t, _)| t.ends_with(&total)),
                "{name} @ {width}: total {total}"
            );
        }
        assert_clean(name, &s);
    }
}

#[test]
fn table_has_a_header_row_wide_and_cards_at_320() {
    let data = example("hotel-stars", ChartKind::Table);
    let words = &data.locale.words;
    let wide = at(&data, 640.0, None);
    let header: Vec<&str> = texts(&wide, Role::TableHeader)
        .iter()
        .map(|t| t.0)
        .collect();
    assert!(header.contains(&words.group) && header.contains(&words.total));
    for t in &data.tiers {
        assert!(header.contains(&t.label.as_str()), "{}", t.label);
    }
    // Numbers are right-aligned: every cell of a column ends at the same x.
    let ends: std::collections::BTreeSet<i64> = texts(&wide, Role::TableCell)
        .iter()
        .map(|(_, i)| i.bounds.right().round() as i64)
        .collect();
    assert_eq!(
        ends.len(),
        data.tiers.len(),
        "one right edge per tier column"
    );
    // One row per group: every cell of a group on one line.
    let cards = at(&data, 320.0, None);
    let header: Vec<&str> = texts(&cards, Role::TableHeader)
        .iter()
        .map(|t| t.0)
        .collect();
    assert!(!header.contains(&words.group), "no header row in cards");
    assert_eq!(
        header.len(),
        data.tiers.len() * data.groups.len(),
        "one tier line per group"
    );
    let labels = texts(&cards, Role::GroupLabel);
    assert_eq!(labels.len(), data.groups.len());
    // Cards: each tier's line sits below its group's label.
    for pair in labels.windows(2) {
        assert!(pair[1].1.bounds.y > pair[0].1.bounds.bottom() + 5.0 * 14.0);
    }
}

// ---------------------------------------------------------------- columns

#[test]
fn hotel_stars_become_columns_that_fill_the_plot_height() {
    let data = example("hotel-stars", ChartKind::Stacked);
    for width in [480.0, 640.0, 1024.0] {
        let s = at(&data, width, None);
        let derived = derive(&data);
        for row in &derived.rows {
            let segs: Vec<_> = segments(&s)
                .into_iter()
                .filter(|i| i.datum.unwrap().group == row.group)
                .collect();
            assert_eq!(segs.len(), row.parts.len());
            for w in segs.windows(2) {
                assert_eq!(w[0].bounds.x, w[1].bounds.x, "one column");
                assert_eq!(w[0].bounds.w, w[1].bounds.w);
                assert!(w[1].bounds.y >= w[0].bounds.bottom(), "stacked downwards");
                assert!(
                    w[1].bounds.y - w[0].bounds.bottom() <= 1.0,
                    "1 px separators"
                );
            }
            let first = segs.first().unwrap().bounds;
            let last = segs.last().unwrap().bounds;
            assert_eq!(first.y, s.plot.y, "columns start at the plot's top");
            assert_eq!(last.bottom(), s.plot.bottom(), "and end at its bottom");
            assert!(last.bottom() - first.y > first.w, "vertical");
            // Heights are proportional to counts (±1 px rounding, separator).
            for (seg, p) in segs.iter().zip(&row.parts) {
                let want = s.plot.h * p.count as f64 / row.total as f64;
                assert!((seg.bounds.h - want).abs() <= 2.0, "{p:?}");
            }
        }
        // Labels and totals under their columns, never overlapping.
        for (_, l) in texts(&s, Role::GroupLabel) {
            assert!(l.bounds.y >= s.plot.bottom());
        }
        assert_clean("hotel-stars", &s);
    }
}

#[test]
fn seed_and_narrow_charts_stay_horizontal() {
    let cases = [
        ("hai-duong-2021", 640.0),
        ("hai-duong-2021", 1024.0),
        ("khoi-doanh-nghiep-2021", 640.0),
        ("hotel-stars", 320.0),
        ("likert-city-services", 1024.0),
        ("dang-bo-truc-thuoc", 1024.0),
    ];
    for (name, width) in cases {
        let mut data = common::load(&common::root().join(format!("www/examples/{name}.json")));
        if name != "likert-city-services" {
            data.display.kind = ChartKind::Stacked;
        }
        let s = at(&data, width, None);
        let segs = segments(&s);
        for g in 0..data.groups.len() {
            let row: Vec<_> = segs
                .iter()
                .filter(|i| i.datum.unwrap().group == g)
                .collect();
            for w in row.windows(2) {
                assert_eq!(w[0].bounds.y, w[1].bounds.y, "{name} @ {width}: one bar");
                assert!(w[1].bounds.x >= w[0].bounds.x, "{name}: left to right");
            }
        }
    }
}

#[test]
fn columns_grow_with_an_imposed_height() {
    let data = example("hotel-stars", ChartKind::Stacked);
    let natural = at(&data, 640.0, None);
    let tall = at(&data, 640.0, Some(natural.height_px + 100.0));
    assert_eq!(tall.height_px, natural.height_px + 100.0);
    assert!(tall.plot.h > natural.plot.h);
    assert_clean("tall", &tall);
}

// ------------------------------------------------------------- odd data

#[test]
fn odd_data_draws_cleanly_as_grouped_table_and_columns() {
    for (name, data) in common::valid_fixtures() {
        for kind in [ChartKind::Grouped, ChartKind::Table, ChartKind::Stacked] {
            let mut d = data.clone();
            d.display.kind = kind;
            for width in [240.0, 320.0, 480.0, 640.0, 1024.0, 1600.0] {
                let s = at(&d, width, None);
                assert_clean(&format!("{name} {} {width}", kind.name()), &s);
            }
        }
    }
}

#[test]
fn nice_ticks_follow_the_1_2_5_steps() {
    assert_eq!(Ticks::nice(1284, 5).step, 500);
    assert_eq!(Ticks::nice(1284, 8).step, 200);
    assert_eq!(Ticks::nice(91_400, 4).values(), vec![0, 50_000, 100_000]);
}

#[test]
fn highlighting_a_table_cell_repaints_its_text_on_top_of_the_veil() {
    use rating_chart::render::{paint_highlight, Highlight, Target};
    use rating_chart::scene::Datum;
    let data = example("hotel-stars", ChartKind::Table);
    let derived = derive(&data);
    for width in [640.0, 320.0] {
        let s = at(&data, width, None);
        let datum = Datum {
            group: 1,
            part: Part::Tier(2),
        };
        let pv = derived.rows[1].parts[2];
        let want = rating_chart::layout::table::cell_text(&data, &derived, &pv);
        let other =
            rating_chart::layout::table::cell_text(&data, &derived, &derived.rows[0].parts[0]);
        let mut svg = String::new();
        {
            let mut backend = plotters_svg::SVGBackend::with_string(&mut svg, (640, 2000));
            let theme = rating_chart::layout::Theme::LIGHT;
            paint_highlight(
                &s,
                &mut backend,
                Target::svg(),
                Highlight {
                    datum: Some(datum),
                    part: None,
                },
                theme.paper,
                theme.focus,
            )
            .unwrap();
        }
        let escaped = want.replace('\u{a0}', "&#160;");
        assert!(
            svg.contains(&want) || svg.contains(&escaped),
            "{width}: {want} repainted"
        );
        assert!(!svg.contains(&other), "{width}: only the emphasised cell");
    }
}

//! Layout invariants over every valid fixture and several widths: nothing
//! outside the canvas, no overlapping text, bars exact, every segment's
//! centre picks its own datum.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::layout;
use rating_chart::derive::{derive, Part};
use rating_chart::interact::hit_test;
use rating_chart::layout::{EstimateMeasure, Size, MIN_WIDTH_PX};
use rating_chart::scene::{Role, Scene, Shape};

const WIDTHS: [f64; 8] = [160.0, 200.0, 240.0, 320.0, 480.0, 640.0, 1024.0, 1600.0];

/// Every bar fixture laid out at every width: (name, width, data, scene).
fn bar_scenes() -> impl Iterator<Item = (String, f64, rating_chart::RatingData, Scene)> {
    common::bar_fixtures().into_iter().flat_map(|(name, data)| {
        WIDTHS.map(|w| {
            let s = layout(
                &data,
                Size {
                    width_px: w,
                    height_px: None,
                },
                &EstimateMeasure,
            );
            (name.clone(), w, data.clone(), s)
        })
    })
}

#[test]
fn nothing_is_outside_the_canvas() {
    for (name, w, _, s) in bar_scenes() {
        assert_eq!(s.width_px, w.max(MIN_WIDTH_PX));
        for it in &s.items {
            let b = it.bounds;
            assert!(
                b.x >= -0.01
                    && b.y >= -0.01
                    && b.right() <= s.width_px + 0.01
                    && b.bottom() <= s.height_px + 0.01,
                "{name} @ {w}: {:?} {b:?} outside {}x{}",
                it.role,
                s.width_px,
                s.height_px
            );
        }
    }
}

#[test]
fn no_text_overlaps_other_text() {
    for (name, w, _, s) in bar_scenes() {
        let texts: Vec<_> = s
            .items
            .iter()
            .filter(|i| matches!(i.shape, Shape::Text { .. }))
            .collect();
        for (i, a) in texts.iter().enumerate() {
            for b in &texts[i + 1..] {
                // Line boxes of 1.25 em may touch; shrink them to the glyphs.
                let shrink = |r: rating_chart::scene::Rect| rating_chart::scene::Rect {
                    y: r.y + 2.0,
                    h: r.h - 4.0,
                    ..r
                };
                assert!(
                    !shrink(a.bounds).overlaps(&shrink(b.bounds)),
                    "{name} @ {w}: {a:?} overlaps {b:?}"
                );
            }
        }
    }
}

#[test]
fn segment_labels_fit_inside_their_segments() {
    for (name, w, _, s) in bar_scenes() {
        let segs: Vec<_> = s.items.iter().filter(|i| i.role == Role::Segment).collect();
        for l in s.items.iter().filter(|i| i.role == Role::SegmentLabel) {
            let (cx, cy) = l.bounds.center();
            let host = segs.iter().find(|g| g.bounds.contains(cx, cy));
            let host = host.unwrap_or_else(|| panic!("{name} @ {w}: label {l:?} on no segment"));
            assert!(
                l.bounds.x >= host.bounds.x && l.bounds.right() <= host.bounds.right(),
                "{name} @ {w}"
            );
        }
    }
}

#[test]
fn every_part_is_in_the_scene_once_and_its_centre_picks_it() {
    for (name, w, data, s) in bar_scenes() {
        let derived = derive(&data);
        for row in &derived.rows {
            for p in &row.parts {
                let found: Vec<_> = s
                    .data_items()
                    .filter(|i| {
                        i.datum
                            .is_some_and(|d| d.group == row.group && d.part == p.part)
                    })
                    .collect();
                if row.total == 0 {
                    assert!(found.is_empty(), "{name}: empty row has no segments");
                    continue;
                }
                assert_eq!(
                    found.len(),
                    1,
                    "{name} @ {w}: {:?} of group {}",
                    p.part,
                    row.group
                );
                let b = found[0].bounds;
                if b.w >= 1.0 {
                    let (cx, cy) = b.center();
                    let hit = hit_test(&s, cx, cy).expect("centre hits");
                    assert_eq!((hit.group, hit.part), (row.group, p.part), "{name} @ {w}");
                }
            }
        }
    }
}

/// The layout at 640 CSS px of a fixture (path from the crate root).
fn at_640(path: &str) -> rating_chart::scene::Scene {
    let data = common::load(&common::root().join(path));
    layout(
        &data,
        Size {
            width_px: 640.0,
            height_px: None,
        },
        &EstimateMeasure,
    )
}

#[test]
fn bars_span_the_same_width_and_segments_are_proportional() {
    let s = at_640("www/examples/hai-duong-2021.json");
    let rows: Vec<Vec<_>> = (0..3)
        .map(|g| {
            s.data_items()
                .filter(|i| i.datum.unwrap().group == g)
                .collect()
        })
        .collect();
    let left = rows[0][0].bounds.x;
    let right = rows[0].iter().map(|i| i.bounds.right()).fold(0.0, f64::max);
    for r in &rows {
        assert_eq!(r[0].bounds.x, left);
        let last = r.iter().rfind(|i| i.bounds.w > 0.0).unwrap();
        assert_eq!(last.bounds.right(), right, "every bar ends at the same x");
    }
    // 6 of 15 → 40 % of the bar (±1 px for rounding and the separator).
    let width = right - left;
    let excellent = rows[0]
        .iter()
        .find(|i| i.datum.unwrap().part == Part::Tier(0))
        .unwrap();
    assert!(
        (excellent.bounds.w - width * 0.4).abs() <= 1.0,
        "{} vs {}",
        excellent.bounds.w,
        width * 0.4
    );
}

#[test]
fn gaps_between_bars_hit_nothing() {
    let s = at_640("www/examples/hai-duong-2021.json");
    assert_eq!(hit_test(&s, 1.0, 1.0), None);
    let first = s.data_items().next().unwrap().bounds;
    assert_eq!(hit_test(&s, first.x + 10.0, first.bottom() + 7.0), None);
    assert_eq!(hit_test(&s, f64::NAN, 0.0), None);
}

#[test]
fn an_imposed_height_is_respected_when_content_fits() {
    let data = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    let natural = layout(
        &data,
        Size {
            width_px: 640.0,
            height_px: None,
        },
        &EstimateMeasure,
    );
    let tall = layout(
        &data,
        Size {
            width_px: 640.0,
            height_px: Some(500.0),
        },
        &EstimateMeasure,
    );
    assert_eq!(tall.height_px, 500.0);
    let short = layout(
        &data,
        Size {
            width_px: 640.0,
            height_px: Some(50.0),
        },
        &EstimateMeasure,
    );
    assert!(
        short.height_px <= natural.height_px && short.height_px > 50.0,
        "never shorter than its content"
    );
    let bar = |s: &rating_chart::scene::Scene| s.data_items().next().unwrap().bounds.h;
    assert!(bar(&short) < bar(&natural) && bar(&natural) < bar(&tall));
}

/// A chart that scrolls in a band even with the thinnest bars keeps its
/// natural bars (and their labels) under an imposed height.
#[test]
fn a_chart_too_tall_for_any_height_keeps_its_natural_bars() {
    let mut data = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    let g = data.groups[2].clone();
    data.groups = (0..300)
        .map(|i| {
            let mut g = g.clone();
            g.label = format!("Nhóm {i}");
            g
        })
        .collect();
    let at = |h: Option<f64>| {
        layout(
            &data,
            Size {
                width_px: 640.0,
                height_px: h,
            },
            &EstimateMeasure,
        )
    };
    let (natural, asked) = (at(None), at(Some(400.0)));
    let bar = |s: &rating_chart::scene::Scene| s.data_items().next().unwrap().bounds.h;
    assert_eq!(bar(&asked), bar(&natural));
    assert_eq!(asked.height_px, natural.height_px);
    assert!(natural.height_px > rating_chart::layout::SCROLL_ABOVE_PX);
}

#[test]
fn diverging_bars_centre_the_neutral_tier_with_negatives_left() {
    use rating_chart::scene::Role;
    let s = at_640("tests/fixtures/valid/likert-diverging.json");
    let axis = s
        .items
        .iter()
        .find(|i| i.role == Role::Axis)
        .expect("centre line");
    let cx = axis.bounds.center().0;
    for g in 0..3 {
        let seg = |t: usize| {
            s.data_items()
                .find(|i| i.datum.unwrap().group == g && i.datum.unwrap().part == Part::Tier(t))
                .unwrap()
                .bounds
        };
        // Tiers: 0 strongly agree, 1 agree, 2 neither, 3 disagree, 4 strongly disagree.
        let neutral = seg(2);
        assert!(
            neutral.x < cx && cx < neutral.right(),
            "group {g}: neutral straddles the centre"
        );
        assert!(
            seg(3).right() <= neutral.x + 1.0 && seg(4).right() <= seg(3).x + 1.0,
            "negatives on the left, extreme outermost"
        );
        assert!(
            seg(1).x >= neutral.right() - 1.0 && seg(0).x >= seg(1).right() - 1.0,
            "positives on the right, extreme outermost"
        );
        // The neutral tier is split in half across the line (±1 px rounding).
        let (left, right) = (cx - neutral.x, neutral.right() - cx);
        assert!((left - right).abs() <= 2.0, "group {g}: {left} vs {right}");
    }
    // The line sits behind the bars: painted before every segment.
    let axis_index = s.items.iter().position(|i| i.role == Role::Axis).unwrap();
    let first_segment = s
        .items
        .iter()
        .position(|i| i.role == Role::Segment)
        .unwrap();
    assert!(axis_index < first_segment);
}

/// A diverging chart's centre sits where the data puts it: each side is
/// scaled to its own extent (as Pew and the FT draw them), so the longest
/// left side starts at the plot's left edge and the longest right side
/// ends at its right edge, with no half-empty plot; equal shares keep
/// equal lengths; the legend lists the tiers in the scale's own order.
#[test]
fn a_diverging_centre_sits_where_the_data_puts_it() {
    use rating_chart::model::rating::ChartKind;
    for name in ["hai-duong-2021", "likert-city-services", "shares-only"] {
        let mut data = common::load(&common::root().join(format!("www/examples/{name}.json")));
        data.display.kind = ChartKind::Diverging;
        let s = layout(
            &data,
            Size {
                width_px: 640.0,
                height_px: None,
            },
            &EstimateMeasure,
        );
        let segs: Vec<_> = s.data_items().filter(|i| i.role == Role::Segment).collect();
        let left = segs
            .iter()
            .map(|i| i.bounds.x)
            .fold(f64::INFINITY, f64::min);
        let right = segs.iter().map(|i| i.bounds.right()).fold(0.0, f64::max);
        assert!(
            (left - s.plot.x).abs() <= 1.0,
            "{name}: left side from {left}, plot from {}",
            s.plot.x
        );
        // The last segment may give up its 1 px separator.
        assert!(
            (right - s.plot.right()).abs() <= 2.0,
            "{name}: right side to {right}, plot to {}",
            s.plot.right()
        );
        // Every row is drawn on one scale: px per member of the total alike.
        let derived = derive(&data);
        let px_per_share: Vec<f64> = derived
            .rows
            .iter()
            .filter(|r| r.total > 0)
            .map(|r| {
                let w: f64 = segs
                    .iter()
                    .filter(|i| i.datum.unwrap().group == r.group)
                    .map(|i| i.bounds.w)
                    .sum();
                w
            })
            .collect();
        let (lo, hi) = px_per_share
            .iter()
            .fold((f64::INFINITY, 0.0f64), |(lo, hi), &w| {
                (lo.min(w), hi.max(w))
            });
        assert!(
            hi - lo <= 8.0,
            "{name}: bars of one scale, {px_per_share:?}"
        );
        // The legend in tier order, as the data lists the scale.
        let legend: Vec<String> = s
            .items
            .iter()
            .filter(|i| i.role == Role::LegendLabel)
            .filter_map(|i| match &i.shape {
                Shape::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect();
        let tiers: Vec<String> = data.tiers.iter().map(|t| t.label.clone()).collect();
        assert_eq!(
            &legend[..tiers.len()],
            &tiers[..],
            "{name}: legend in the scale's order"
        );
    }
}

#[test]
fn the_diverging_centre_line_never_crosses_a_label() {
    for (name, w, _, s) in bar_scenes() {
        let texts: Vec<_> = s
            .items
            .iter()
            .filter(|i| matches!(i.role, Role::GroupLabel | Role::GroupTotal))
            .collect();
        for line in s.items.iter().filter(|i| i.role == Role::Axis) {
            for t in &texts {
                assert!(
                    !line.bounds.overlaps(&t.bounds),
                    "{name} @ {w}: centre line {:?} crosses {:?}",
                    line.bounds,
                    t.shape
                );
            }
        }
    }
}

/// Blank paper is counted where an imposed height adds it: a donut keeps
/// its size and leaves the rest blank; bars (rows, at 400 px) grow thicker
/// and leave none until they are as thick as they go.
#[test]
fn blank_paper_under_an_imposed_height_is_counted() {
    use rating_chart::model::rating::ChartKind;
    let mut data = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    let at = |data: &rating_chart::RatingData, h: Option<f64>| {
        layout(
            data,
            Size {
                width_px: 400.0,
                height_px: h,
            },
            &EstimateMeasure,
        )
    };
    let natural = at(&data, None);
    assert_eq!(natural.blank_px, 0.0);
    let taller = at(&data, Some(natural.height_px + 30.0));
    assert_eq!(
        (taller.height_px, taller.blank_px),
        (natural.height_px + 30.0, 0.0),
        "bars fill it"
    );
    let huge = at(&data, Some(natural.height_px + 5000.0));
    assert!(
        huge.blank_px > 0.0 && huge.blank_px < 5000.0,
        "the thickest bars leave the rest: {}",
        huge.blank_px
    );
    data.display.kind = ChartKind::Donut;
    let donut = at(&data, None);
    let imposed = at(&data, Some(donut.height_px + 300.0));
    assert_eq!(imposed.height_px, donut.height_px + 300.0);
    assert_eq!(imposed.blank_px, 300.0);
    assert_eq!(
        at(&data, Some(donut.height_px - 50.0)).blank_px,
        0.0,
        "never shorter than its content"
    );
}

/// Arabic and Hebrew texts are drawn in their own direction inside the
/// left-to-right chart (a first-strong isolate around them), so a final
/// "؟", "!" or ":" sits at their left end, where they end; every other
/// text is drawn as it is.
#[test]
fn right_to_left_text_is_drawn_in_its_own_direction() {
    use rating_chart::render::{isolated, to_svg};
    assert_eq!(isolated("Hoàn thành tốt nhiệm vụ"), None);
    assert_eq!(isolated("Tổng: 15"), None);
    assert_eq!(isolated("نعم!").as_deref(), Some("\u{2068}نعم!\u{2069}"));
    assert_eq!(
        isolated("תל אביב-יפו:").as_deref(),
        Some("\u{2068}תל אביב-יפו:\u{2069}")
    );
    let v = rating_chart::model::validate::validate(
        r#"{"version": 1, "locale": "en-US", "title": "هل توافق؟",
            "tiers": [{"id": "a", "label": "نعم!"}, {"id": "b", "label": "No"}],
            "groups": [{"label": "תל אביב-יפו:", "counts": {"a": 5, "b": 3}},
                       {"label": "Paris", "counts": {"a": 2, "b": 7}}],
            "display": {"kind": "stacked"}}"#,
    );
    let data = v.data.expect("valid");
    let svg = to_svg(&layout(
        &data,
        Size {
            width_px: 480.0,
            height_px: None,
        },
        &EstimateMeasure,
    ));
    for text in ["هل توافق؟", "نعم!", "תל אביב-יפו:"] {
        assert!(
            svg.contains(&format!("\u{2068}{text}\u{2069}")),
            "{text} isolated in the SVG"
        );
    }
    assert!(svg.contains("\nNo\n"), "a Latin label as it is");
    assert_eq!(svg.matches('\u{2068}').count(), 3, "nothing else isolated");
}

#[test]
fn a_line_break_in_a_title_or_subtitle_starts_a_new_line() {
    let v = rating_chart::model::validate::validate(
        r#"{"version": 1, "title": "First line\nSecond line", "subtitle": "Sub one\r\nSub two",
            "tiers": [{"id": "a", "label": "A"}], "groups": [{"label": "G", "counts": {"a": 1}}]}"#,
    );
    let data = v.data.unwrap_or_else(|| panic!("{:?}", v.issues));
    assert!(v.issues.is_empty(), "{:?}", v.issues);
    let scene = layout(
        &data,
        Size {
            width_px: 640.0,
            height_px: None,
        },
        &EstimateMeasure,
    );
    let line = |want: &str| {
        scene
            .items
            .iter()
            .find(|i| matches!(&i.shape, Shape::Text { text, .. } if text == want))
            .unwrap_or_else(|| panic!("no line {want:?}"))
            .bounds
    };
    for (a, b) in [("First line", "Second line"), ("Sub one", "Sub two")] {
        let (a, b) = (line(a), line(b));
        assert!(b.y >= a.y + a.h - 0.5, "{b:?} below {a:?}");
        assert!((a.x - b.x).abs() < 1e-9, "both lines start at the left");
    }
}

/// A valid document of `n` groups of four tiers, each with members not
/// placed in any tier (so every bar has five parts), drawn as `kind`.
fn many_groups(n: usize, kind: &str) -> rating_chart::RatingData {
    let groups: Vec<String> = (0..n)
        .map(|i| {
            let (a, b, c, d) = (i % 50 + 40, i % 30 + 30, i % 20 + 20, i % 10 + 10);
            let total = a + b + c + d + 5;
            format!(
                r#"{{"label": "Group {i}", "total": {total}, "counts": {{"a": {a}, "b": {b}, "c": {c}, "d": {d}}}}}"#
            )
        })
        .collect();
    let json = format!(
        r#"{{"version": 1, "locale": "en-US", "display": {{"kind": "{kind}"}},
            "tiers": [{{"id": "a", "label": "Excellent", "polarity": "positive"}}, {{"id": "b", "label": "Good", "polarity": "positive"}},
                      {{"id": "c", "label": "Fair", "polarity": "neutral"}}, {{"id": "d", "label": "Poor", "polarity": "negative"}}],
            "groups": [{}]}}"#,
        groups.join(", ")
    );
    let v = rating_chart::model::validate::validate_bytes(json.as_bytes());
    v.data.unwrap_or_else(|| panic!("{:?}", v.issues))
}

#[test]
fn the_item_list_of_many_bars_is_made_once_and_never_grown() {
    // Growing a list copies all of it: at 10,000 groups, 10 MB copied and
    // as much fresh memory touched, 8–19 ms of the first chart in
    // Chromium. The list is made once with room for every group's items.
    for kind in ["stacked", "diverging"] {
        let data = many_groups(1_000, kind);
        let made = 32 + data.groups.len() * (2 * data.tiers.len() + 4);
        for width in [160.0, 640.0] {
            let s = layout(
                &data,
                Size {
                    width_px: width,
                    height_px: None,
                },
                &EstimateMeasure,
            );
            let labels = s
                .items
                .iter()
                .filter(|i| i.role == Role::SegmentLabel)
                .count();
            assert!(
                labels > 500,
                "{kind} at {width}: labelled segments, {labels}"
            );
            assert!(
                s.items.len() <= made,
                "{kind} at {width}: {} items",
                s.items.len()
            );
            assert_eq!(s.items.capacity(), made, "{kind} at {width}: the list grew");
        }
    }
}

//! Geometry of the donut and waffle kinds: sector angles proportional to
//! the counts (summing to 360°), the exact total in the centre, direct
//! labels that neither overlap nor leave the canvas (and the legend when
//! they cannot fit), 100 percent squares or one square per member, squares
//! that never overlap, and the captions under a waffle.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::layout;
use rating_chart::derive::{derive, shares, Part};
use rating_chart::interact::hit_test;
use rating_chart::label::total_text;
use rating_chart::layout::{EstimateMeasure, FontMeasure, Size, TextMeasure};
use rating_chart::model::rating::ChartKind;
use rating_chart::model::validate::validate_bytes;
use rating_chart::scale::format::Words;
use rating_chart::scene::{Item, Rect, Role, Scene, Shape};
use rating_chart::RatingData;
use std::f64::consts::TAU;

fn example(name: &str, kind: ChartKind) -> RatingData {
    let mut d = common::load(&common::root().join(format!("www/examples/{name}.json")));
    d.display.kind = kind;
    d
}

fn parse(json: &str) -> RatingData {
    let v = validate_bytes(json.as_bytes());
    v.data.unwrap_or_else(|| panic!("{:?}", v.issues))
}

fn at(data: &RatingData, width: f64, m: &dyn TextMeasure) -> Scene {
    layout(
        data,
        Size {
            width_px: width,
            height_px: None,
        },
        m,
    )
}

fn text(i: &Item) -> &str {
    match &i.shape {
        Shape::Text { text, .. } => text,
        _ => "",
    }
}

/// The texts of a role. Wrapped text loses its no-break spaces (wrapping
/// splits at every kind of space), so they are compared as plain spaces.
fn texts(s: &Scene, role: Role) -> Vec<String> {
    s.items
        .iter()
        .filter(|i| i.role == role)
        .map(|i| plain(text(i)))
        .collect()
}

fn plain(t: &str) -> String {
    t.replace(['\u{a0}', '\u{202f}'], " ")
}

/// The marks of a group that have an area (tiers without members keep a
/// mark without area).
fn segments(s: &Scene, group: usize) -> Vec<&Item> {
    s.data_items()
        .filter(|i| {
            i.role == Role::Segment
                && i.bounds.w > 0.0
                && i.bounds.h > 0.0
                && i.datum.is_some_and(|d| d.group == group)
        })
        .collect()
}

/// Every datum of every group with members, in reading order: each group's
/// parts in tier order, then "not reported".
fn reading_order(data: &RatingData) -> Vec<rating_chart::scene::Datum> {
    derive(data)
        .rows
        .iter()
        .filter(|r| r.total > 0)
        .flat_map(|r| {
            r.parts.iter().map(|p| rating_chart::scene::Datum {
                group: r.group,
                part: p.part,
            })
        })
        .collect()
}

fn union(rects: impl Iterator<Item = Rect>) -> Rect {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for r in rects {
        x0 = x0.min(r.x);
        y0 = y0.min(r.y);
        x1 = x1.max(r.right());
        y1 = y1.max(r.bottom());
    }
    Rect {
        x: x0,
        y: y0,
        w: x1 - x0,
        h: y1 - y0,
    }
}

/// Angle of a point around `c`, clockwise from 12 o'clock, in [0, τ).
fn angle(c: (f64, f64), p: (f64, f64)) -> f64 {
    (p.0 - c.0).atan2(c.1 - p.1).rem_euclid(TAU)
}

/// The centre of a ring: where the straight edges of its sectors meet
/// (each runs along a ray from the centre).
fn centre_of(segs: &[&Item]) -> (f64, f64) {
    let mut rays = Vec::new();
    for item in segs {
        if let Shape::Polygon { points, .. } = &item.shape {
            let n = points.len() / 2 - 1;
            rays.push((points[0], points[points.len() - 1]));
            rays.push((points[n], points[n + 1]));
        }
    }
    for (k, &(p, q)) in rays.iter().enumerate() {
        for &(u, v) in &rays[k + 1..] {
            let (d1, d2) = ((q.0 - p.0, q.1 - p.1), (v.0 - u.0, v.1 - u.1));
            let cross = d1.0 * d2.1 - d1.1 * d2.0;
            if cross.abs() > 1e-3 {
                let t = ((u.0 - p.0) * d2.1 - (u.1 - p.1) * d2.0) / cross;
                return (p.0 + t * d1.0, p.1 + t * d1.1);
            }
        }
    }
    union(segs.iter().map(|i| i.bounds)).center()
}

/// Start and span (radians) of an annular-sector polygon around `c`: the
/// outer arc is the first half of its points.
fn sector(c: (f64, f64), item: &Item) -> (f64, f64) {
    let Shape::Polygon { points, .. } = &item.shape else {
        panic!("donut segment is not a polygon: {item:?}");
    };
    let n = points.len() / 2 - 1;
    let a0 = angle(c, points[0]);
    let mut span = angle(c, points[n]) - a0;
    if span <= 1e-9 {
        span += TAU;
    }
    (a0, span)
}

fn texts_overlap(a: &Item, b: &Item) -> bool {
    let (x, y) = (a.bounds, b.bounds);
    let ox = x.right().min(y.right()) - x.x.max(y.x);
    let oy = x.bottom().min(y.bottom()) - x.y.max(y.y);
    ox > 1.0 && oy > 1.0
}

/// Problems every donut and waffle must be free of.
fn invariants(name: &str, data: &RatingData, s: &Scene) {
    for it in &s.items {
        let b = it.bounds;
        assert!(
            b.x >= -0.5
                && b.y >= -0.5
                && b.right() <= s.width_px + 0.5
                && b.bottom() <= s.height_px + 0.5,
            "{name}: {:?} {b:?} outside {}×{}",
            it.role,
            s.width_px,
            s.height_px
        );
    }
    let all: Vec<&Item> = s
        .items
        .iter()
        .filter(|i| matches!(i.shape, Shape::Text { .. }) && i.bounds.w > 0.0)
        .collect();
    for (k, a) in all.iter().enumerate() {
        for b in &all[k + 1..] {
            assert!(
                !texts_overlap(a, b),
                "{name}: {:?} overlaps {:?}",
                text(a),
                text(b)
            );
        }
    }
    let drawn = s.data();
    for row in &derive(data).rows {
        for p in row.parts.iter().filter(|p| p.count > 0) {
            assert!(
                drawn
                    .iter()
                    .any(|d| d.group == row.group && d.part == p.part),
                "{name}: {:?} of group {} not drawn",
                p.part,
                row.group
            );
        }
    }
}

const TWELVE_THIN: &str = r#"{
  "version": 1, "locale": "en-US",
  "tiers": [
    {"id":"t0","label":"Tier zero"},{"id":"t1","label":"Tier one"},
    {"id":"t2","label":"Tier two"},{"id":"t3","label":"Tier three"},
    {"id":"t4","label":"Tier four"},{"id":"t5","label":"Tier five"},
    {"id":"t6","label":"Tier six"},{"id":"t7","label":"Tier seven"},
    {"id":"t8","label":"Tier eight"},{"id":"t9","label":"Tier nine"},
    {"id":"t10","label":"Tier ten"},{"id":"t11","label":"Tier eleven"}
  ],
  "groups": [{"label":"All","counts":{"t0":2000,"t1":3,"t2":3,"t3":3,"t4":3,
    "t5":3,"t6":3,"t7":3,"t8":3,"t9":3,"t10":3,"t11":3}}]
}"#;

const TOO_SMALL: &str = r#"{
  "version": 1, "locale": "vi-VN",
  "tiers": [{"id":"a","label":"Đạt"},{"id":"b","label":"Không đạt"}],
  "groups": [{"label":"Cả tỉnh","counts":{"a":1000,"b":2}}]
}"#;

const ODD_SHAPES: &[&str] = &[
    TWELVE_THIN,
    TOO_SMALL,
    r#"{"version":1,"tiers":[{"id":"a","label":"Chỉ một mức"}],
        "groups":[{"label":"Một","counts":{"a":7}}]}"#,
    r#"{"version":1,"tiers":[{"id":"a","label":"A"},{"id":"b","label":"B"}],
        "groups":[{"label":"Trống","counts":{"a":0,"b":0}},
                  {"label":"Có","total":300,"counts":{"a":1}},
                  {"label":"Không có số liệu","total":5,"counts":{}}]}"#,
];

#[test]
fn donut_sectors_are_proportional_and_fill_the_circle() {
    let data = example("hai-duong-2021", ChartKind::Donut);
    let derived = derive(&data);
    for w in [320.0, 640.0, 1024.0] {
        let s = at(&data, w, &FontMeasure::new().expect("fonts"));
        for row in &derived.rows {
            let segs = segments(&s, row.group);
            let c = centre_of(&segs);
            let mut sum = 0.0;
            let mut end = 0.0;
            for item in &segs {
                let d = item.datum.expect("datum");
                let pv = row.parts.iter().find(|p| p.part == d.part).expect("part");
                let (a0, span) = sector(c, item);
                // Tier order clockwise from 12 o'clock, no gaps.
                let off = (a0 - end + TAU / 2.0).rem_euclid(TAU) - TAU / 2.0;
                assert!(off.abs() < 1e-6, "{w}: {d:?} starts at {a0}, not {end}");
                end = a0 + span;
                let exact = pv.count as f64 / row.total as f64;
                assert!((span / TAU - exact).abs() < 1e-9, "{w}: {d:?}");
                // And within rounding of the share printed.
                let shown = pv.share_units as f64 / 10f64.powi(derived.decimals.into()) / 100.0;
                assert!((span / TAU - shown).abs() <= 0.5e-3, "{w}: {d:?}");
                sum += span;
                // The anchor lies on the segment and picks it.
                let (ax, ay) = item.anchor();
                assert_eq!(item.distance(ax, ay), 0.0);
                assert_eq!(hit_test(&s, ax, ay), Some(d));
            }
            assert!((sum.to_degrees() - 360.0).abs() < 1e-6, "{w}: {sum}");
            // Smooth arcs: no two consecutive outer points more than 2° apart.
            for item in &segs {
                let Shape::Polygon { points, stroke, .. } = &item.shape else {
                    unreachable!()
                };
                let n = points.len() / 2 - 1;
                for pair in points[..=n].windows(2) {
                    let step = (angle(c, pair[1]) - angle(c, pair[0])).rem_euclid(TAU);
                    assert!(step.to_degrees() <= 2.0 + 1e-9);
                }
                // Separated by an edge, unless a sliver the edge would hide.
                let (_, span) = sector(c, item);
                let r = union(segs.iter().map(|i| i.bounds)).w / 2.0;
                assert_eq!(
                    stroke.is_some(),
                    r * span >= rating_chart::layout::donut::MIN_EDGED_ARC,
                    "{w}: {:?}",
                    item.datum
                );
            }
        }
        invariants(&format!("hai-duong donut {w}"), &data, &s);
        // Tiers without members are reachable too, in tier order.
        assert_eq!(s.data(), reading_order(&data), "{w}");
    }
}

#[test]
fn donut_centre_shows_the_exact_total_in_the_locale() {
    for (name, expected) in [
        (
            "hai-duong-2021",
            vec!["Tổng: 15", "Tổng: 674", "Tổng: 91.400"],
        ),
        (
            "hotel-stars",
            vec!["Total: 2,354", "Total: 1,384", "Total: 828"],
        ),
        ("khoi-doanh-nghiep-2021", vec!["Tổng: 161"]),
    ] {
        let data = example(name, ChartKind::Donut);
        for w in [320.0, 640.0] {
            let s = at(&data, w, &FontMeasure::new().expect("fonts"));
            for (gi, want) in expected.iter().enumerate() {
                assert_eq!(total_text(&data, &data.groups[gi]).as_deref(), Some(*want));
                let ring = union(segments(&s, gi).iter().map(|i| i.bounds));
                let centre: Vec<&str> = s
                    .items
                    .iter()
                    .filter(|i| {
                        i.role == Role::CenterLabel && ring.contains(i.bounds.x, i.bounds.y)
                    })
                    .map(text)
                    .collect();
                assert_eq!(centre.join(" "), *want, "{name} {w}");
            }
        }
    }
}

/// Riverside alone: five tiers, two thin ones side by side near 12 o'clock.
fn riverside() -> RatingData {
    let mut d = example("hotel-stars", ChartKind::Donut);
    d.groups.truncate(1);
    d
}

#[test]
fn donut_direct_labels_have_leaders_and_never_overlap() {
    let m = FontMeasure::new().expect("fonts");
    for (name, data) in [
        ("riverside", riverside()),
        (
            "khoi-doanh-nghiep-2021",
            example("khoi-doanh-nghiep-2021", ChartKind::Donut),
        ),
    ] {
        let derived = derive(&data);
        for w in [640.0, 1024.0] {
            let s = at(&data, w, &m);
            invariants(&format!("{name} {w}"), &data, &s);
            let segs = segments(&s, 0);
            let ring = union(segs.iter().map(|i| i.bounds));
            let (c, r) = (centre_of(&segs), ring.w / 2.0);
            let leaders: Vec<&Item> = s.items.iter().filter(|i| i.role == Role::Leader).collect();
            assert_eq!(leaders.len(), derived.rows[0].parts.len(), "{name} {w}");
            // No legend: the labels say which segment is which.
            assert!(!s.items.iter().any(|i| i.role == Role::LegendSwatch));
            for l in &leaders {
                let Shape::Line { points, .. } = &l.shape else {
                    panic!("leader is not a line")
                };
                // Starts at the ring, stays outside it.
                let d0 = (points[0].0 - c.0).hypot(points[0].1 - c.1);
                assert!((d0 - r - 2.0).abs() < 1.0, "{name} {w}: {d0} vs {r}");
                for seg in points.windows(2) {
                    for k in 0..=20 {
                        let t = f64::from(k) / 20.0;
                        let p = (
                            seg[0].0 + t * (seg[1].0 - seg[0].0),
                            seg[0].1 + t * (seg[1].1 - seg[0].1),
                        );
                        assert!(
                            (p.0 - c.0).hypot(p.1 - c.1) >= r,
                            "{name} {w}: leader crosses ring"
                        );
                    }
                }
            }
            // Each label: name then share, outside the ring, in the canvas.
            let labels: Vec<&Item> = s
                .items
                .iter()
                .filter(|i| i.role == Role::SegmentLabel)
                .collect();
            for pv in &derived.rows[0].parts {
                let share = data.locale.format_share(pv.share_units, derived.decimals);
                assert!(
                    labels.iter().any(|l| text(l) == share),
                    "{name} {w}: {share} not labelled"
                );
            }
            for l in &labels {
                assert!(
                    l.bounds.x >= ring.right() || l.bounds.right() <= ring.x,
                    "{name} {w}: label {:?} over the ring",
                    text(l)
                );
            }
        }
    }
}

#[test]
fn donut_falls_back_to_a_legend_with_values() {
    let m = FontMeasure::new().expect("fonts");
    // Narrow: no room beside the ring.
    let narrow = riverside();
    let mut thin = parse(TWELVE_THIN);
    thin.display.kind = ChartKind::Donut;
    for (name, data, w) in [
        ("riverside", &narrow, 320.0),
        (
            "khoi",
            &example("khoi-doanh-nghiep-2021", ChartKind::Donut),
            320.0,
        ),
        // Eleven thin segments crowd one side: labels would drift.
        ("twelve-thin", &thin, 640.0),
        ("twelve-thin", &thin, 1024.0),
    ] {
        let s = at(data, w, &m);
        invariants(&format!("{name} {w}"), data, &s);
        assert!(
            !s.items.iter().any(|i| i.role == Role::Leader),
            "{name} {w}: leaders drawn"
        );
        let derived = derive(data);
        let legend = texts(&s, Role::LegendLabel).join(" ");
        for pv in &derived.rows[0].parts {
            let share = data.locale.format_share(pv.share_units, derived.decimals);
            assert!(
                legend.contains(&plain(&share)),
                "{name} {w}: {share} not in {legend}"
            );
        }
    }
}

#[test]
fn percent_waffle_has_100_squares_by_largest_remainder() {
    let data = example("hai-duong-2021", ChartKind::Waffle);
    let derived = derive(&data);
    for w in [320.0, 640.0, 1024.0] {
        let s = at(&data, w, &FontMeasure::new().expect("fonts"));
        invariants(&format!("hai-duong waffle {w}"), &data, &s);
        assert_eq!(s.data(), reading_order(&data), "{w}");
        for row in &derived.rows {
            let squares: Vec<&Item> = segments(&s, row.group)
                .into_iter()
                .filter(|i| i.bounds.w > 0.0)
                .collect();
            assert_eq!(squares.len(), 100, "{w}");
            let units: Vec<u64> = row.parts.iter().map(|p| p.share_units).collect();
            let want = shares(&units, 0);
            assert_eq!(want.iter().sum::<u64>(), 100);
            for (pv, n) in row.parts.iter().zip(want) {
                let got = squares
                    .iter()
                    .filter(|i| i.datum.is_some_and(|d| d.part == pv.part))
                    .count() as u64;
                assert_eq!(got, n, "{w}: {:?}", pv.part);
            }
            // Reading order follows tier order.
            let order: Vec<Part> = squares
                .iter()
                .filter_map(|i| i.datum)
                .map(|d| d.part)
                .collect();
            assert!(order.windows(2).all(|p| p[0] <= p[1]));
        }
        no_square_overlaps(&s);
        let one = data.locale.format_share(1, 0);
        assert_eq!(
            texts(&s, Role::ChartNote),
            vec![plain(&Words::fill(
                data.locale.words.kinds.each_square,
                "n",
                &one
            ))]
        );
        assert_eq!(texts(&s, Role::ChartNote), vec!["Mỗi ô là 1 %"]);
    }
}

fn no_square_overlaps(s: &Scene) {
    let squares: Vec<Rect> = s
        .data_items()
        .filter(|i| i.bounds.w > 0.0)
        .map(|i| i.bounds)
        .collect();
    for (k, a) in squares.iter().enumerate() {
        assert!((a.w - a.h).abs() < 1e-9, "square {a:?}");
        for b in &squares[k + 1..] {
            assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn unit_waffle_has_one_square_per_member() {
    let data = example("khoi-doanh-nghiep-2021", ChartKind::Auto);
    let derived = derive(&data);
    let total = data.groups[0].total;
    assert_eq!(total, 161);
    for w in [320.0, 640.0] {
        let s = at(&data, w, &FontMeasure::new().expect("fonts"));
        invariants(&format!("khoi {w}"), &data, &s);
        let squares = segments(&s, 0);
        assert_eq!(squares.len() as u64, total, "{w}");
        for pv in &derived.rows[0].parts {
            let got = squares
                .iter()
                .filter(|i| i.datum.is_some_and(|d| d.part == pv.part))
                .count() as u64;
            assert_eq!(got, pv.count, "{w}: {:?}", pv.part);
        }
        assert_eq!(
            squares
                .iter()
                .filter(|i| i.datum.is_some_and(|d| d.part == Part::NotReported))
                .count(),
            144
        );
        // Rows of 20.
        let mut xs: Vec<i64> = squares.iter().map(|i| i.bounds.x.round() as i64).collect();
        xs.sort_unstable();
        xs.dedup();
        assert_eq!(xs.len(), 20, "{w}");
        no_square_overlaps(&s);
        // One square is one member: no caption about what a square is.
        assert!(texts(&s, Role::ChartNote).is_empty(), "{w}");
        // The legend gives the exact count and share.
        let legend = texts(&s, Role::LegendLabel).join(" ");
        assert!(legend.contains("17 (10,6 %)"), "{legend}");
    }
    // 15 organisations → 15 squares.
    let mut fifteen = example("hai-duong-2021", ChartKind::Waffle);
    fifteen.groups.truncate(1);
    let s = at(&fifteen, 640.0, &EstimateMeasure);
    assert_eq!(segments(&s, 0).len(), 15);
    assert_eq!(
        segments(&s, 0)
            .iter()
            .filter(|i| i.datum.is_some_and(|d| d.part == Part::Tier(0)))
            .count(),
        6
    );
}

#[test]
fn waffle_names_tiers_too_small_for_a_square() {
    let mut data = parse(TOO_SMALL);
    data.display.kind = ChartKind::Waffle;
    let s = at(&data, 640.0, &EstimateMeasure);
    invariants("too-small", &data, &s);
    let words = &data.locale.words;
    assert_eq!(
        texts(&s, Role::ChartNote),
        vec![
            plain(&Words::fill(
                words.kinds.too_small_for_square,
                "tiers",
                "Không đạt"
            )),
            plain(&Words::fill(
                words.kinds.each_square,
                "n",
                &data.locale.format_share(1, 0)
            )),
        ]
    );
    // The tier keeps a mark (without area) so it can be reached.
    let b = s
        .data_items()
        .filter(|i| i.datum.is_some_and(|d| d.part == Part::Tier(1)))
        .collect::<Vec<_>>();
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].bounds.w, 0.0);
    assert_eq!(s.data(), reading_order(&data));
    assert_eq!(segments(&s, 0).len(), 100);
}

#[test]
fn odd_shapes_and_every_fixture_keep_the_invariants() {
    let mut all: Vec<(String, RatingData)> = common::valid_fixtures();
    for (k, json) in ODD_SHAPES.iter().enumerate() {
        all.push((format!("odd-{k}"), parse(json)));
    }
    for (name, data) in all {
        for kind in [ChartKind::Donut, ChartKind::Waffle] {
            let mut d = data.clone();
            d.display.kind = kind;
            for w in [240.0, 320.0, 480.0, 640.0, 1024.0, 1600.0] {
                let s = at(&d, w, &EstimateMeasure);
                invariants(&format!("{name} {} {w}", kind.name()), &d, &s);
                // An imposed height stretches the chart, never cuts it.
                let tall = layout(
                    &d,
                    Size {
                        width_px: w,
                        height_px: Some(s.height_px + 100.0),
                    },
                    &EstimateMeasure,
                );
                assert_eq!(tall.height_px, (s.height_px + 100.0).round());
            }
        }
    }
}

//! Every chart kind × every gallery fixture (`www/examples`): golden SVGs at
//! 640 CSS px (`tests/golden/kinds/`, `make golden` regenerates them) and
//! layout invariants at 320, 480, 640 and 1024 px: nothing outside the
//! canvas, no overlapping text, every datum drawn, direct labels readable.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::layout;
use rating_chart::derive::derive;
use rating_chart::layout::{FontMeasure, Size};
use rating_chart::model::rating::ChartKind;
use rating_chart::render::to_svg;
use rating_chart::scene::{Role, Scene, Shape};
use rating_chart::RatingData;

/// Every kind a chart can be drawn as.
const KINDS: &[ChartKind] = &[
    ChartKind::Stacked,
    ChartKind::Diverging,
    ChartKind::Grouped,
    ChartKind::Donut,
    ChartKind::Waffle,
    ChartKind::Trend,
    ChartKind::Multiples,
    ChartKind::Table,
];

const WIDTHS: &[f64] = &[320.0, 480.0, 640.0, 1024.0];

/// The gallery's fixtures: the demo's examples, and the fixtures of the
/// story (`tests/fixtures/valid/story-*`: highlight, sort, annotations and a
/// reference, drawn by every kind).
fn gallery() -> Vec<(String, RatingData)> {
    common::valid_fixtures()
        .into_iter()
        .filter(|(name, _)| {
            name.starts_with("story-")
                || common::root()
                    .join(format!("www/examples/{name}.json"))
                    .exists()
        })
        .collect()
}

fn as_kind(data: &RatingData, kind: ChartKind) -> RatingData {
    let mut d = data.clone();
    d.display.kind = kind;
    d
}

fn at(data: &RatingData, width: f64, measure: &FontMeasure) -> Scene {
    layout(
        data,
        Size {
            width_px: width,
            height_px: None,
        },
        measure,
    )
}

/// What is wrong with a scene, if anything.
fn problems(data: &RatingData, s: &Scene) -> Vec<String> {
    let mut out = Vec::new();
    let eps = 0.5;
    for (i, it) in s.items.iter().enumerate() {
        let b = it.bounds;
        if !(b.x.is_finite() && b.y.is_finite() && b.w.is_finite() && b.h.is_finite()) {
            out.push(format!("item {i} ({:?}) has non-finite bounds", it.role));
            continue;
        }
        if b.x < -eps
            || b.y < -eps
            || b.right() > s.width_px + eps
            || b.bottom() > s.height_px + eps
        {
            out.push(format!(
                "item {i} ({:?}) {:?} outside {}×{}",
                it.role, b, s.width_px, s.height_px
            ));
        }
    }
    let texts: Vec<_> = s
        .items
        .iter()
        .filter(|i| matches!(i.shape, Shape::Text { .. }) && i.bounds.w > 0.0)
        .collect();
    for (a, ta) in texts.iter().enumerate() {
        for tb in &texts[a + 1..] {
            let (x, y) = (ta.bounds, tb.bounds);
            let ox = x.right().min(y.right()) - x.x.max(y.x);
            let oy = x.bottom().min(y.bottom()) - x.y.max(y.y);
            if ox > 1.0 && oy > 1.0 {
                out.push(format!(
                    "texts overlap: {:?} and {:?}",
                    text_of(ta),
                    text_of(tb)
                ));
            }
        }
    }
    // Every part with members is drawn.
    let drawn = s.data();
    for row in &derive(data).rows {
        for p in row.parts.iter().filter(|p| p.count > 0) {
            let d = rating_chart::scene::Datum {
                group: row.group,
                part: p.part,
            };
            if !drawn.contains(&d) {
                out.push(format!("datum {d:?} is not drawn"));
            }
        }
    }
    // Direct labels: AA contrast against what is under them.
    for label in s.items.iter().filter(|i| i.role == Role::SegmentLabel) {
        let Shape::Text { color, .. } = label.shape else {
            continue;
        };
        let (cx, cy) = label.bounds.center();
        let under = s
            .data_items()
            .filter(|i| i.distance(cx, cy) == 0.0)
            .last()
            .map(|i| i.color())
            .unwrap_or_else(|| s.items[0].color());
        let c = color.contrast(under);
        if c < 4.5 {
            out.push(format!(
                "label {:?} has contrast {c:.2} on {}",
                text_of(label),
                under.to_hex()
            ));
        }
    }
    out
}

fn text_of(i: &rating_chart::scene::Item) -> String {
    match &i.shape {
        Shape::Text { text, .. } => text.clone(),
        _ => String::new(),
    }
}

#[test]
fn every_kind_keeps_the_layout_invariants_at_every_width() {
    let measure = FontMeasure::new().expect("bundled fonts");
    let mut failures = Vec::new();
    for (name, data) in gallery() {
        for &kind in KINDS {
            let d = as_kind(&data, kind);
            for &w in WIDTHS {
                let s = at(&d, w, &measure);
                for p in problems(&d, &s) {
                    failures.push(format!("{name} {} {w}: {p}", kind.name()));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_kind_matches_its_golden_svg() {
    let dir = common::root().join("tests/golden/kinds");
    let update = common::update_requested("UPDATE_GOLDEN");
    let measure = FontMeasure::new().expect("bundled fonts");
    let mut failures = Vec::new();
    std::fs::create_dir_all(&dir).unwrap();
    let gallery = gallery();
    // An empty examples folder must not pass: 8 examples today.
    assert!(
        gallery.len() >= 8,
        "{} examples in www/examples, expected at least 8",
        gallery.len()
    );
    let mut compared = 0;
    for (name, data) in gallery {
        for &kind in KINDS {
            let svg = to_svg(&at(&as_kind(&data, kind), 640.0, &measure));
            let path = dir.join(format!("{name}-{}.svg", kind.name()));
            compared += 1;
            if update {
                std::fs::write(&path, &svg).unwrap();
                continue;
            }
            let expected = std::fs::read_to_string(&path).unwrap_or_default();
            let new_path = path.with_extension("new.svg");
            if expected != svg {
                std::fs::write(&new_path, &svg).unwrap();
                failures.push(format!("{} (new: {})", path.display(), new_path.display()));
            } else {
                let _ = std::fs::remove_file(&new_path);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "rendering differs from the golden files; inspect, then `make golden` if intended:\n{}",
        failures.join("\n")
    );
    // Every golden file on disk was compared: none is left without its example.
    assert_eq!(
        compared,
        common::golden_files(&dir),
        "golden SVGs in {} without an example (or examples without one)",
        dir.display()
    );
}

#[test]
fn auto_kind_follows_the_data_shape() {
    let kind_of = |name: &str| {
        let mut d = common::load(&common::root().join(format!("www/examples/{name}.json")));
        d.display.kind = ChartKind::Auto;
        rating_chart::model::validate::resolve_kind(d.display.kind, &d.tiers, &d.groups)
    };
    assert_eq!(kind_of("hai-duong-two-periods"), ChartKind::Trend);
    assert_eq!(kind_of("likert-city-services"), ChartKind::Diverging);
    assert_eq!(kind_of("hotel-stars"), ChartKind::Stacked);
    // 17 of 161 organisations: one group, small total → one cell each.
    assert_eq!(kind_of("khoi-doanh-nghiep-2021"), ChartKind::Waffle);
    // The seed's polarity would pick diverging; its file asks for stacked.
    assert_eq!(kind_of("hai-duong-2021"), ChartKind::Diverging);
    let seed = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    assert_eq!(seed.display.kind, ChartKind::Stacked);
}

/// Every direct label belongs to a datum, inside its mark or by `describes`
/// (labels outside their mark: grouped bar ends, donut leaders, trend ends),
/// and highlighting that datum paints the label again above the veil.
#[test]
fn every_direct_label_is_repainted_with_its_datum() {
    use rating_chart::render::{paint_highlight, Highlight, Target};
    let measure = FontMeasure::new().expect("bundled font");
    let theme = rating_chart::layout::Theme::LIGHT;
    let mut described = 0;
    for (name, data) in gallery() {
        for &kind in KINDS {
            let data = as_kind(&data, kind);
            let s = at(&data, 640.0, &measure);
            for label in s.items.iter().filter(|i| i.role == Role::SegmentLabel) {
                let Shape::Text { text, .. } = &label.shape else {
                    continue;
                };
                let (cx, cy) = label.bounds.center();
                let owner = label.describes.or_else(|| {
                    s.data_items()
                        .filter(|i| i.distance(cx, cy) == 0.0)
                        .last()
                        .and_then(|i| i.datum)
                });
                let Some(datum) = owner else {
                    panic!("{name} × {kind:?}: label {text:?} belongs to no datum");
                };
                described += usize::from(label.describes.is_some());
                let mut svg = String::new();
                {
                    let mut backend = plotters_svg::SVGBackend::with_string(
                        &mut svg,
                        (s.width_px as u32, s.height_px as u32),
                    );
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
                let escaped = text
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;")
                    .replace('\'', "&apos;")
                    .replace('"', "&quot;")
                    .replace('\u{a0}', "&#160;")
                    .replace('\u{202f}', "&#8239;");
                assert!(
                    svg.contains(text.as_str()) || svg.contains(&escaped),
                    "{name} × {kind:?}: label {text:?} not repainted with {datum:?}"
                );
            }
        }
    }
    assert!(described > 0, "some labels sit outside their marks");
}

/// The colour a tooltip and `segments()` give for a datum is its tier's:
/// one colour per tier in every kind, a different one for each tier, never
/// the paper (a table's cells are filled with their row's background).
#[test]
fn every_datum_has_its_tiers_colour() {
    let measure = FontMeasure::new().expect("bundled font");
    let paper = rating_chart::layout::Theme::LIGHT.paper;
    for (name, data) in gallery() {
        for &kind in KINDS {
            let data = as_kind(&data, kind);
            let s = at(&data, 640.0, &measure);
            let mut by_part = std::collections::HashMap::new();
            for d in s.data() {
                let c = s.datum_color(d).expect("a datum has a colour");
                assert_ne!(c, paper, "{name} × {kind:?}: {d:?} has the paper's colour");
                let first = *by_part.entry(d.part).or_insert(c);
                assert_eq!(
                    c, first,
                    "{name} × {kind:?}: {d:?} is not its tier's colour"
                );
            }
            let mut colours: Vec<_> = by_part.values().map(|c| c.to_hex()).collect();
            let n = colours.len();
            colours.sort();
            colours.dedup();
            assert_eq!(
                colours.len(),
                n,
                "{name} × {kind:?}: two tiers share a colour"
            );
        }
    }
}

/// Whatever sits inside a highlighted mark, and every panel's title, is
/// painted again over the veil: a table card's tier name and swatch (the
/// card line was painted over them), a trend panel's heading (the veil
/// covers the union of the panels).
#[test]
fn a_highlight_leaves_names_and_panel_titles_readable() {
    use rating_chart::render::{paint_highlight, Highlight, Target};
    let measure = FontMeasure::new().expect("bundled font");
    let theme = rating_chart::layout::Theme::LIGHT;
    let highlighted = |s: &Scene, datum| {
        let mut svg = String::new();
        {
            let mut backend = plotters_svg::SVGBackend::with_string(
                &mut svg,
                (s.width_px as u32, s.height_px as u32),
            );
            let h = Highlight {
                datum: Some(datum),
                part: None,
            };
            paint_highlight(s, &mut backend, Target::svg(), h, theme.paper, theme.focus).unwrap();
        }
        svg
    };
    let texts = |s: &Scene, role: Role| -> Vec<String> {
        s.items
            .iter()
            .filter(|i| i.role == role)
            .filter_map(|i| match &i.shape {
                Shape::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    };
    let mut checked = 0;
    for (name, data) in gallery() {
        // Table cards at 320 px: the tier's name inside the focused line.
        let table = at(&as_kind(&data, ChartKind::Table), 320.0, &measure);
        for d in table.data().into_iter().take(3) {
            let svg = highlighted(&table, d);
            let inside: Vec<_> = table
                .items
                .iter()
                .filter(|i| i.role == Role::LegendLabel)
                .filter(|i| {
                    let (cx, cy) = i.bounds.center();
                    table
                        .data_items()
                        .any(|m| m.datum == Some(d) && m.distance(cx, cy) == 0.0)
                })
                .filter_map(|i| match &i.shape {
                    Shape::Text { text, .. } => Some(text.replace('&', "&amp;")),
                    _ => None,
                })
                .collect();
            for t in &inside {
                assert!(
                    svg.contains(t.as_str()),
                    "{name}: {t:?} hidden by the highlight of {d:?}"
                );
                checked += 1;
            }
        }
        // Trend: every panel title, whichever datum is highlighted.
        let trend = at(&as_kind(&data, ChartKind::Trend), 640.0, &measure);
        let titles = texts(&trend, Role::PanelTitle);
        if let Some(last) = trend.data().last().copied() {
            let svg = highlighted(&trend, last);
            for t in &titles {
                assert!(
                    svg.contains(&t.replace('&', "&amp;")),
                    "{name}: panel title {t:?} veiled"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 0, "something was checked");
}

#[test]
fn validation_resolves_auto_so_layout_never_sees_it() {
    for (name, d) in common::valid_fixtures() {
        assert_ne!(d.display.kind, ChartKind::Auto, "{name}");
    }
    // A document that names no kind gets the one its shape calls for.
    let json = r#"{"version": 1, "tiers": [{"id": "a", "label": "A"}],
        "groups": [{"label": "X", "counts": {"a": 3}}]}"#;
    let d = rating_chart::validate(json).data.expect("valid");
    assert_eq!(d.display.kind, ChartKind::Waffle);
}

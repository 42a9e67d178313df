//! The reader's view of a chart, natively: what a pointer or a key changes,
//! what the highlight layer must show, the scroll band of a tall chart, and
//! what is said about a datum.

mod common;

use rating_chart::derive::{derive, Part};
use rating_chart::interact::{
    alone_in_its_box, describe, part_of, segments, tier_index, Band, Move, View,
};
use rating_chart::layout::{layout, EstimateMeasure, Size, Theme, SCROLL_ABOVE_PX, VIEW_PX};
use rating_chart::scene::{Datum, Role, Scene};
use rating_chart::RatingData;

const SEED: &str = include_str!("../www/examples/hai-duong-2021.json");

fn seed() -> RatingData {
    rating_chart::validate(SEED)
        .data
        .expect("the seed is valid")
}

fn scene_of(data: &RatingData, width_px: f64) -> Scene {
    let size = Size {
        width_px,
        height_px: None,
    };
    layout(data, &derive(data), size, &Theme::LIGHT, &EstimateMeasure)
}

/// A point inside the first mark of `d`.
fn inside(scene: &Scene, d: Datum) -> (f64, f64) {
    let m = scene
        .data_items()
        .find(|i| i.datum == Some(d))
        .expect("a mark");
    (m.bounds.x + m.bounds.w / 2.0, m.bounds.y + m.bounds.h / 2.0)
}

const GOOD_MEMBERS: Datum = Datum {
    group: 2,
    part: Part::Tier(1),
};

/// The seed laid out at 640 px, and a view with the pointer on
/// [`GOOD_MEMBERS`].
fn hovering() -> (Scene, View) {
    let scene = scene_of(&seed(), 640.0);
    let mut view = View::new();
    let (x, y) = inside(&scene, GOOD_MEMBERS);
    view.pointer_move(&scene, x, y);
    (scene, view)
}

#[test]
fn tier_indices_say_minus_one_for_not_reported() {
    assert_eq!(tier_index(Part::Tier(3)), 3);
    assert_eq!(tier_index(Part::NotReported), -1);
    assert_eq!(part_of(2), Part::Tier(2));
    assert_eq!(part_of(-1), Part::NotReported);
    assert_eq!(part_of(-7), Part::NotReported);
}

#[test]
fn describe_says_group_tier_count_and_share_in_the_data_locale() {
    let data = seed();
    let derived = derive(&data);
    let scene = scene_of(&data, 640.0);
    let d = describe(&data, &derived, &scene, GOOD_MEMBERS).expect("a datum of the chart");
    assert_eq!(
        d.text, "Đảng viên · 2021 · Hoàn thành tốt nhiệm vụ · 69.198 · 75,7\u{a0}%",
        "the period, as the tooltip shows it"
    );
    assert_eq!(d.group_label, "Đảng viên");
    assert_eq!(d.tier_label, "Hoàn thành tốt nhiệm vụ");
    assert_eq!(d.count.as_deref(), Some("69.198"));
    assert_eq!(d.share, "75,7\u{a0}%");
    assert_eq!((d.group, d.tier), (2, 1));
    assert!(d.rect, "a bar segment is alone in its box");
    let seg = segments(&scene)
        .into_iter()
        .find(|s| (s.group, s.tier) == (2, 1))
        .expect("its segment");
    assert_eq!((d.x, d.y, d.w, d.h), (seg.x, seg.y, seg.w, seg.h));
    assert_eq!(d.color, seg.color);
    // The wasm API's JSON shape, camelCase.
    let json = serde_json::to_value(&d).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut want = vec![
        "group",
        "tier",
        "groupLabel",
        "period",
        "tierLabel",
        "count",
        "share",
        "color",
        "text",
        "x",
        "y",
        "w",
        "h",
        "cx",
        "cy",
        "rect",
    ];
    let mut got = keys.clone();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want);
    // No such datum: nothing to say.
    let missing = Datum {
        group: 99,
        part: Part::Tier(0),
    };
    assert!(describe(&data, &derived, &scene, missing).is_none());
    let no_tier = Datum {
        group: 0,
        part: Part::Tier(40),
    };
    assert!(describe(&data, &derived, &scene, no_tier).is_none());
}

#[test]
fn shares_only_data_is_described_without_a_count() {
    let data = common::load(&common::root().join("www/examples/shares-only.json"));
    let derived = derive(&data);
    let scene = scene_of(&data, 640.0);
    let first = scene.data()[0];
    let d = describe(&data, &derived, &scene, first).expect("a datum");
    assert_eq!(d.count, None);
    assert_eq!(d.text.matches(" · ").count(), 2, "{}", d.text);
}

/// A datum is "alone in its box" when it is one rectangle no other mark or
/// legend entry overlaps: bars are, a table card's cell (with a swatch in
/// it) and a donut's arc are not.
#[test]
fn the_overlap_test_of_a_datum_box() {
    let bars = seed();
    let scene = scene_of(&bars, 640.0);
    assert!(scene.data_items().all(|m| alone_in_its_box(&scene, m)));
    let mut cards = bars.clone();
    cards.display.kind = rating_chart::model::rating::ChartKind::Table;
    let scene = scene_of(&cards, 320.0);
    let derived = derive(&cards);
    let d = describe(&cards, &derived, &scene, GOOD_MEMBERS).expect("a cell");
    assert!(!d.rect);
    let mut donut = bars.clone();
    donut.display.kind = rating_chart::model::rating::ChartKind::Donut;
    let scene = scene_of(&donut, 640.0);
    assert!(scene.data_items().all(|m| !alone_in_its_box(&scene, m)));
}

#[test]
fn a_pointer_move_reports_only_changes() {
    let data = seed();
    let scene = scene_of(&data, 640.0);
    let mut view = View::new();
    let (x, y) = inside(&scene, GOOD_MEMBERS);
    let change = view.pointer_move(&scene, x, y).expect("a new datum");
    assert_eq!(change.datum, Some(GOOD_MEMBERS));
    assert!(!change.legend);
    assert_eq!(view.datum(), Some(GOOD_MEMBERS));
    // Within the same mark: nothing changed.
    assert_eq!(view.pointer_move(&scene, x + 1.0, y + 1.0), None);
    // Onto blank paper: the datum is gone.
    let change = view.pointer_move(&scene, 1.0, 1.0).expect("left the mark");
    assert_eq!(change.datum, None);
    assert_eq!(view.pointer_move(&scene, 2.0, 1.0), None);
    // Onto a legend entry: the tier is emphasised while it is there.
    let swatch = scene
        .items
        .iter()
        .find(|i| i.role == Role::LegendSwatch)
        .expect("a legend");
    let (lx, ly) = swatch.bounds.center();
    let change = view.pointer_move(&scene, lx, ly).expect("onto the legend");
    assert!(change.legend);
    assert_eq!(view.part(), swatch.legend);
    view.pointer_leave();
    assert!(view.is_plain());
    // Not a number: nothing under it.
    assert_eq!(view.pointer_move(&scene, f64::NAN, 3.0), None);
}

#[test]
fn the_highlight_layer_is_stale_until_painted() {
    assert!(!View::new().stale(), "nothing shown, nothing to show");
    let (_, mut view) = hovering();
    assert!(view.stale());
    view.painted();
    assert!(!view.stale());
    // The chart was drawn again: the layer is blank, the hover still on.
    view.cleared();
    assert!(view.stale());
    view.painted();
    // Emphasis shows under the hover; toggling twice puts it back.
    assert!(view.toggle_tier(Part::Tier(0)));
    assert!(view.stale());
    assert_eq!(view.emphasis(), Some(Part::Tier(0)));
    assert!(!view.toggle_tier(Part::Tier(0)));
    assert!(!view.stale());
    // A legend hover wins over the toggled tier.
    view.toggle_tier(Part::NotReported);
    assert_eq!(view.part(), Some(Part::NotReported));
}

#[test]
fn the_keyboard_focus_takes_over_from_the_hover() {
    let (scene, mut view) = hovering();
    let first = view.focus_move(&scene, Move::First);
    assert_eq!(first, Some(scene.data()[0]));
    assert_eq!(view.datum(), first, "the hover gave way");
    assert_eq!(view.focus_move(&scene, Move::Next), Some(scene.data()[1]));
    assert_eq!(view.focus(), Some(scene.data()[1]));
    view.toggle_tier(Part::Tier(2));
    view.clear_focus();
    assert_eq!(view.focus(), None);
    assert_eq!(view.datum(), None);
    assert_eq!(view.emphasis(), Some(Part::Tier(2)));
    // New data forgets it all.
    view.forget_data();
    assert!(view.is_plain());
}

#[test]
fn after_escape_the_arrows_resume_where_the_reader_was() {
    let (scene, mut view) = hovering();
    let order = scene.data();
    view.focus_move(&scene, Move::First);
    for _ in 0..4 {
        view.focus_move(&scene, Move::Next);
    }
    assert_eq!(view.focus(), Some(order[4]));
    // Escape (or leaving the chart) clears the focus...
    view.clear_focus();
    view.clear_focus();
    assert_eq!(view.focus(), None);
    // ...and the next arrow moves on from where it was, not from the start.
    assert_eq!(view.focus_move(&scene, Move::Next), Some(order[5]));
    view.clear_focus();
    assert_eq!(view.focus_move(&scene, Move::Prev), Some(order[4]));
    // New data starts again at the first datum.
    view.clear_focus();
    view.forget_data();
    assert_eq!(view.focus_move(&scene, Move::Next), Some(order[0]));
}

#[test]
fn a_tall_chart_shows_a_band_kept_within_it() {
    let mut view = View::new();
    view.fit_band(SCROLL_ABOVE_PX);
    assert_eq!(view.band(), None, "not taller than the limit");
    assert!(!view.set_viewport(100.0, SCROLL_ABOVE_PX));
    assert_eq!(view.view_height(SCROLL_ABOVE_PX), SCROLL_ABOVE_PX);
    let tall = 5000.0;
    view.fit_band(tall);
    assert_eq!(
        view.band(),
        Some(Band {
            top: 0.0,
            height: VIEW_PX
        })
    );
    assert_eq!(view.view_height(tall), VIEW_PX);
    assert!(view.set_viewport(100.4, tall));
    assert_eq!(view.viewport_top(), 100.0, "rounded to a CSS px");
    assert!(!view.set_viewport(100.2, tall), "the same px");
    assert!(view.set_viewport(1e9, tall));
    assert_eq!(view.viewport_top(), tall - VIEW_PX);
    assert!(view.set_viewport(f64::NAN, tall));
    assert_eq!(view.viewport_top(), 0.0);
    assert!(!view.set_viewport(-50.0, tall), "already at the top");
    assert_eq!(view.viewport_top(), 0.0);
    // A new layout keeps the band's top, within the new height.
    view.set_viewport(4000.0, tall);
    view.fit_band(3000.0);
    assert_eq!(view.viewport_top(), 3000.0 - VIEW_PX);
    view.fit_band(1000.0);
    assert_eq!(view.band(), None);
    assert_eq!(view.viewport_top(), 0.0);
}

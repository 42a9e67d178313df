//! The editor's tools for telling the story (issue 20): highlight, sort,
//! annotations and a reference value — read from the data, drawn by every
//! kind, and said in the accessible text.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use rating_chart::model::rating::{Part, SortKey};
use rating_chart::model::validate::validate_bytes;
use rating_chart::RatingData;

/// The seed with `extra` merged into its top level and `display` into its
/// display options.
fn seed_with(display: serde_json::Value, extra: serde_json::Value) -> RatingData {
    let text =
        std::fs::read_to_string(common::root().join("www/examples/hai-duong-2021.json")).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    for (k, v) in display.as_object().unwrap() {
        doc["display"][k] = v.clone();
    }
    for (k, v) in extra.as_object().unwrap() {
        doc[k] = v.clone();
    }
    let v = validate_bytes(doc.to_string().as_bytes());
    v.data.unwrap_or_else(|| panic!("{:?}", v.issues))
}

fn labels(d: &RatingData) -> Vec<String> {
    d.groups
        .iter()
        .map(|g| match &g.period {
            Some(p) => format!("{} {p}", g.label),
            None => g.label.clone(),
        })
        .collect()
}

use serde_json::json;

#[test]
fn data_order_is_the_default_and_old_documents_have_no_story() {
    let d = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    assert_eq!(d.story, Default::default());
    let sorted = seed_with(json!({"sort": {"by": "data"}}), json!({}));
    assert_eq!(labels(&sorted), labels(&d));
}

#[test]
fn sorting_by_a_tiers_share_orders_groups_and_ties_keep_data_order() {
    // Excellent: 6/15 = 40 %, 135/674 = 20.03 %, 13886/91400 = 15.19 %.
    let asc = seed_with(
        json!({"sort": {"by": "tier", "tier": "excellent", "order": "ascending"}}),
        json!({}),
    );
    assert_eq!(
        labels(&asc),
        [
            "Đảng viên 2021",
            "Tổ chức cơ sở đảng 2021",
            "Tổ chức đảng cấp trên cơ sở 2021"
        ]
    );
    assert_eq!(asc.story.sort.by, SortKey::Tier(0));
    // Failed: 0, 0, 657 — the two zeros keep their data order either way.
    let desc = seed_with(json!({"sort": {"by": "tier", "tier": "failed"}}), json!({}));
    assert_eq!(
        labels(&desc),
        [
            "Đảng viên 2021",
            "Tổ chức đảng cấp trên cơ sở 2021",
            "Tổ chức cơ sở đảng 2021"
        ]
    );
    let asc = seed_with(
        json!({"sort": {"by": "tier", "tier": "failed", "order": "ascending"}}),
        json!({}),
    );
    assert_eq!(
        labels(&asc),
        [
            "Tổ chức đảng cấp trên cơ sở 2021",
            "Tổ chức cơ sở đảng 2021",
            "Đảng viên 2021"
        ]
    );
}

#[test]
fn sorting_by_total_and_by_the_positive_side() {
    let total = seed_with(json!({"sort": {"by": "total"}}), json!({}));
    assert_eq!(
        labels(&total),
        [
            "Đảng viên 2021",
            "Tổ chức cơ sở đảng 2021",
            "Tổ chức đảng cấp trên cơ sở 2021"
        ]
    );
    // Positive (excellent + good): 100 %, 91.8 %, 90.9 %.
    let pos = seed_with(
        json!({"sort": {"by": "positive", "order": "ascending"}}),
        json!({}),
    );
    assert_eq!(
        labels(&pos),
        [
            "Đảng viên 2021",
            "Tổ chức cơ sở đảng 2021",
            "Tổ chức đảng cấp trên cơ sở 2021"
        ]
    );
}

#[test]
fn periods_never_re_sort_and_a_labels_rows_move_together() {
    let text =
        std::fs::read_to_string(common::root().join("www/examples/hai-duong-two-periods.json"))
            .unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    // Total: members (≈ 91,000) before organisations (≈ 674), each label's
    // periods in their data order.
    doc["display"] = json!({"sort": {"by": "total"}});
    let d = validate_bytes(doc.to_string().as_bytes()).data.unwrap();
    assert_eq!(
        labels(&d),
        [
            "Đảng viên 2020",
            "Đảng viên 2021",
            "Tổ chức cơ sở đảng 2020",
            "Tổ chức cơ sở đảng 2021"
        ]
    );
}

#[test]
fn highlights_and_annotations_resolve_to_the_sorted_groups() {
    let d = seed_with(
        json!({"sort": {"by": "total"}, "highlight": {"groups": ["Đảng viên"]}}),
        json!({"annotations": [{"group": "Tổ chức cơ sở đảng", "tier": "completed", "text": "55 tổ chức"}],
               "reference": {"share": 20, "label": "cơ sở", "tier": "excellent"}}),
    );
    // Sorted by total: Đảng viên is first.
    assert_eq!(d.story.groups, vec![0]);
    assert!(d.story.is_highlighted(0, Part::Tier(3)));
    assert!(!d.story.is_highlighted(1, Part::Tier(3)));
    let a = &d.story.annotations[0];
    assert_eq!(
        (a.group, a.tier, a.text.as_str()),
        (Some(1), Some(2), "55 tổ chức")
    );
    let r = d.story.reference.as_ref().unwrap();
    assert_eq!((r.share, r.label.as_str(), r.tier), (20_000, "cơ sở", 0));
}

#[test]
fn a_reference_without_a_tier_is_of_the_highlighted_tier() {
    let d = seed_with(
        json!({"highlight": {"tier": "failed"}}),
        json!({"reference": {"share": 15.9, "label": "cả nước"}}),
    );
    assert_eq!(d.story.tier, Some(3));
    assert_eq!(d.story.reference.as_ref().unwrap().tier, 3);
    assert!(d.story.is_highlighted(2, Part::Tier(3)));
    assert!(!d.story.is_highlighted(2, Part::Tier(2)));
}

fn story_seed() -> RatingData {
    common::load(&common::root().join("tests/fixtures/valid/story-hai-duong.json"))
}

#[test]
fn the_description_says_the_highlight_the_reference_and_each_annotation() {
    let d = story_seed();
    let text = rating_chart::a11y::description(&d, &rating_chart::derive::derive(&d));
    assert!(text.contains("Tâm điểm: Đảng viên."), "{text}");
    assert!(
        text.contains(
            "Giá trị tham chiếu, Tổ chức cơ sở đảng: “Hoàn thành xuất sắc nhiệm vụ” 20\u{a0}%."
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "Đảng viên, Không hoàn thành nhiệm vụ: 657 đảng viên không hoàn thành nhiệm vụ."
        ),
        "{text}"
    );
    // Old documents say none of it.
    let plain = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    let text = rating_chart::a11y::description(&plain, &rating_chart::derive::derive(&plain));
    assert!(
        !text.contains("Tâm điểm") && !text.contains("tham chiếu"),
        "{text}"
    );
}

#[test]
fn the_data_table_ends_with_the_reference_row_once() {
    let d = story_seed();
    let derived = rating_chart::derive::derive(&d);
    let rows = rating_chart::a11y::table_rows(&d, &derived);
    assert_eq!(rows.len(), 4);
    let last = &rows[3];
    assert_eq!(last.group, "Tổ chức cơ sở đảng (tham chiếu)");
    assert_eq!(last.cells[0], (String::new(), "20\u{a0}%".to_string()));
    assert!(last.cells[1..]
        .iter()
        .all(|c| c.0.is_empty() && c.1.is_empty()));
    // In chunks (as the host fills big tables) it comes once, at the end.
    let chunks: Vec<_> = [0..2, 2..3, 3..5, 5..7]
        .into_iter()
        .flat_map(|r| rating_chart::a11y::table_rows_in(&d, &derived, r))
        .collect();
    assert_eq!(chunks, rows);
    assert!(rating_chart::a11y::table_rows_in(&d, &derived, 0..0).is_empty());
}

#[test]
fn an_annotation_is_announced_with_its_datum() {
    use rating_chart::layout::{FontMeasure, Size};
    use rating_chart::scene::Datum;
    let d = story_seed();
    let derived = rating_chart::derive::derive(&d);
    let measure = FontMeasure::new().unwrap();
    let size = Size {
        width_px: 640.0,
        height_px: None,
    };
    let scene = common::layout(&d, size, &measure);
    let say = |part| {
        rating_chart::interact::describe::describe(&d, &derived, &scene, Datum { group: 2, part })
            .unwrap()
            .text
    };
    assert_eq!(
        say(Part::Tier(3)),
        "Đảng viên · 2021 · Không hoàn thành nhiệm vụ · 657 · 0,7\u{a0}% · 657 đảng viên không hoàn thành nhiệm vụ"
    );
    assert_eq!(
        say(Part::Tier(2)),
        "Đảng viên · 2021 · Hoàn thành nhiệm vụ · 7.659 · 8,4\u{a0}%"
    );
}

#[test]
fn a_band_the_story_opens_never_splits_a_wrapped_name() {
    // At 160 px the seed's first group name wraps to three lines, and the
    // reference's label once opened its band between the second and the
    // third, carrying "trên cơ sở" down with the bar.
    use rating_chart::layout::{FontMeasure, Size};
    use rating_chart::scene::{Role, Shape};
    let d = story_seed();
    let measure = FontMeasure::new().unwrap();
    let mut wrapped = 0;
    for w in (160..=400).step_by(4) {
        let size = Size {
            width_px: w as f64,
            height_px: None,
        };
        let scene = common::layout(&d, size, &measure);
        // Lines of one name are laid out one after another.
        for pair in scene.items.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let texts =
                matches!(a.shape, Shape::Text { .. }) && matches!(b.shape, Shape::Text { .. });
            if !texts || a.role != Role::GroupLabel || b.role != Role::GroupLabel {
                continue;
            }
            if (a.bounds.x - b.bounds.x).abs() > 0.5 || b.bounds.y <= a.bounds.y {
                continue;
            }
            wrapped += 1;
            let gap = b.bounds.y - a.bounds.bottom();
            assert!(
                gap < a.bounds.h / 2.0,
                "at {w} px a band opened inside a group's name: {gap} px between two of its lines"
            );
        }
    }
    assert!(wrapped > 0, "no wrapped group name was checked");
}

/// What the reader's module leaves to the kinds module: data with a
/// highlight, annotations or a reference value (`Story::draws`; the
/// reader's module, without the `story` feature, tells them by their keys:
/// `Validated::story_unread`). A sort alone is not drawn over the chart:
/// the reader's module draws sorted data itself.
#[test]
fn a_story_draws_when_it_highlights_annotates_or_refers() {
    let plain = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    assert!(!plain.story.draws());
    let sorted = seed_with(json!({"sort": {"by": "total"}}), json!({}));
    assert!(!sorted.story.draws());
    for (display, extra) in [
        (json!({"highlight": {"groups": ["Đảng viên"]}}), json!({})),
        (json!({"highlight": {"tier": "failed"}}), json!({})),
        (
            json!({}),
            json!({"annotations": [{"group": "Đảng viên", "text": "Ghi chú"}]}),
        ),
        (
            json!({}),
            json!({"reference": {"share": 20, "tier": "excellent", "label": "cả nước"}}),
        ),
    ] {
        let d = seed_with(display.clone(), extra.clone());
        assert!(d.story.draws(), "{display} {extra}");
    }
}

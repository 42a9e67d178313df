//! Picking on valid, seed-like data with fuzzed counts, totals, width,
//! height and pointer positions: `hit_test` never panics, and whatever it
//! returns lies within `PICK_RADIUS_PX` of the point; every segment's
//! centre picks its own datum.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use rating_chart::derive::derive;
use rating_chart::interact::{hit_test, PICK_RADIUS_PX};
use rating_chart::layout::{layout, EstimateMeasure, Size, Theme};
use rating_chart::model::limits::MAX_COUNT;
use rating_chart::model::validate::validate;
use serde_json::json;

#[derive(Debug, Arbitrary)]
struct Input {
    tiers: u8,
    groups: Vec<(Vec<u64>, Option<u64>, u8)>,
    width: f64,
    height: Option<f64>,
    decimals: Option<u8>,
    counts_mode: bool,
    points: Vec<(f64, f64)>,
}

const LABELS: [&str; 4] = [
    "Hoàn thành xuất sắc nhiệm vụ",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành nhiệm vụ",
    "Không hoàn thành nhiệm vụ",
];

fuzz_target!(|input: Input| {
    let n_tiers = usize::from(input.tiers % 12) + 1;
    let tiers: Vec<_> = (0..n_tiers)
        .map(|i| json!({"id": format!("t{i}"), "label": LABELS[i % 4]}))
        .collect();
    let groups: Vec<_> = input
        .groups
        .iter()
        .take(60)
        .enumerate()
        .map(|(gi, (counts, total, omit))| {
            // Keep the sum within 2^53 − 1 by giving each tier its share.
            let cap = MAX_COUNT / n_tiers as u64;
            let mut c = serde_json::Map::new();
            let mut sum = 0u64;
            for i in 0..n_tiers {
                let v = counts.get(i).copied().unwrap_or(0);
                let v = if v > cap { v % (cap + 1) } else { v };
                if total.is_some() && (omit >> (i % 8)) & 1 == 1 {
                    continue;
                }
                sum += v;
                c.insert(format!("t{i}"), json!(v));
            }
            let mut g = json!({"label": format!("Nhóm {gi}"), "counts": c});
            if let Some(t) = total {
                g["total"] = json!(sum + t % (MAX_COUNT - sum + 1));
            }
            g
        })
        .collect();
    if groups.is_empty() {
        return;
    }
    let mut doc = json!({"version": 1, "tiers": tiers, "groups": groups});
    doc["display"] = json!({"values": if input.counts_mode { "counts" } else { "shares" }});
    if let Some(d) = input.decimals {
        doc["display"]["decimals"] = json!(d % 4);
    }
    let v = validate(&doc.to_string());
    let data = v
        .data
        .unwrap_or_else(|| panic!("seed-like data is valid: {:?}", v.issues));
    let scene = layout(
        &data,
        &derive(&data),
        Size {
            width_px: input.width,
            height_px: input.height,
        },
        &Theme::LIGHT,
        &EstimateMeasure,
    );
    for &(x, y) in input.points.iter().take(64) {
        if let Some(datum) = hit_test(&scene, x, y) {
            let near = scene
                .data_items()
                .filter(|i| i.datum == Some(datum))
                .map(|i| i.bounds.distance(x, y))
                .fold(f64::INFINITY, f64::min);
            assert!(
                near <= PICK_RADIUS_PX,
                "{datum:?} is {near} px from ({x}, {y})"
            );
        }
    }
    for it in scene.data_items() {
        let b = it.bounds;
        if b.w >= 1.0 && b.h >= 1.0 {
            let (cx, cy) = b.center();
            assert_eq!(hit_test(&scene, cx, cy), it.datum, "centre of {b:?}");
        }
    }
});

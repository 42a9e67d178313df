//! Any bytes → validate → layout at a width (and sometimes a height) derived
//! from the input → SVG. Nothing may panic; valid data must keep the
//! Scene's promises; the SVG must hold no element or character that data
//! could have smuggled in.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rating_chart::derive::derive;
use rating_chart::interact::hit_test;
use rating_chart::layout::{layout, EstimateMeasure, Size, Theme};
use rating_chart::model::{validate_bytes_in, Lang};
use rating_chart::render::to_svg;

/// FNV-1a: a cheap, stable hash of the input, so that any JSON file can be
/// a seed and still gets varied sizes and languages.
fn hash(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn data_bytes(b: &[u8]) -> &[u8] {
    b.strip_prefix("\u{feff}".as_bytes()).unwrap_or(b)
}

fn data_text(b: &[u8]) -> Option<&str> {
    std::str::from_utf8(b).ok()
}

fuzz_target!(|data_in: &[u8]| {
    let data = data_in;
    let h = hash(data);
    let lang = match h % 3 {
        0 => None,
        1 => Some(Lang::Vi),
        _ => Some(Lang::En),
    };
    let v = validate_bytes_in(data, lang);
    assert_eq!(v.data.is_some(), v.errors().next().is_none());
    assert!(v.issues.len() <= rating_chart::model::limits::MAX_ISSUES + 1);
    for issue in &v.issues {
        assert!(!issue.message.is_empty() && !issue.code.is_empty());
    }
    let Some(data) = v.data else { return };
    // Differential: whatever validates is JSON to serde_json too (after an
    // optional byte order mark), with no duplicate keys.
    let text = data_text(data_bytes(data_in)).expect("valid data is UTF-8");
    assert!(
        serde_json::from_str::<serde_json::Value>(text).is_ok(),
        "accepted text that is not JSON"
    );
    // Widths from below the minimum to beyond the maximum, odd fractions too.
    let width = ((h >> 8) % 4400) as f64 + ((h >> 20) % 100) as f64 / 100.0;
    let height = ((h >> 32) % 4 == 0).then(|| ((h >> 40) % 3000) as f64);
    let derived = derive(&data);
    let scene = layout(
        &data,
        &derived,
        Size {
            width_px: width,
            height_px: height,
        },
        &Theme::LIGHT,
        &EstimateMeasure,
    );
    let (w, ht) = (scene.width_px, scene.height_px);
    for it in &scene.items {
        let b = it.bounds;
        assert!(b.x.is_finite() && b.y.is_finite() && b.w >= 0.0 && b.h >= 0.0);
        assert!(
            b.x >= -0.01 && b.y >= -0.01 && b.right() <= w + 0.01 && b.bottom() <= ht + 0.01,
            "{:?} {b:?} outside {w}x{ht}",
            it.role
        );
    }
    let expected: usize = derived
        .rows
        .iter()
        .filter(|r| r.total > 0)
        .map(|r| r.parts.len())
        .sum();
    assert_eq!(scene.data_items().count(), expected);
    for it in scene.data_items() {
        let b = it.bounds;
        if b.w >= 1.0 && b.h >= 1.0 {
            let (cx, cy) = b.center();
            assert_eq!(hit_test(&scene, cx, cy), it.datum);
        }
    }
    let _ = rating_chart::a11y::table_rows(&data, &derived);
    let _ = rating_chart::a11y::summary(&data, &derived);
    let svg = to_svg(&scene);
    for (i, _) in svg.match_indices('<') {
        let tag: String = svg[i + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .collect();
        assert!(
            matches!(
                tag.as_str(),
                "svg" | "/svg" | "rect" | "/rect" | "text" | "/text"
            ),
            "element <{tag}> in SVG"
        );
    }
    for c in svg.chars() {
        let ok = matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}')
            || c >= '\u{10000}';
        assert!(ok, "U+{:04X} in SVG", u32::from(c));
    }
});

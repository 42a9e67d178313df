//! `rating-chart render --png` has a pixel budget: a chart that would need
//! more than 40 million pixels is refused at once, with an error naming the
//! limit and what to do, instead of taking the build server's memory.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Command;
use std::time::Instant;

/// A valid document of `n` groups.
fn groups(n: usize) -> String {
    let groups: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"label": "Group {i}", "counts": {{"a": {}, "b": 3}}}}"#,
                i % 7 + 1
            )
        })
        .collect();
    format!(
        r#"{{"version": 1, "locale": "en-US", "tiers": [{{"id": "a", "label": "A"}}, {{"id": "b", "label": "B"}}],
            "groups": [{}]}}"#,
        groups.join(", ")
    )
}

#[test]
fn a_png_over_the_pixel_budget_is_refused_with_the_limit_and_a_way_out() {
    let dir = std::env::temp_dir().join(format!("rating-chart-png-budget-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("many.json");
    std::fs::write(&input, groups(2_000)).unwrap();
    let output = dir.join("many.png");
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_rating-chart"))
        .args([
            "render",
            input.to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let took = started.elapsed();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    for words in [
        "over the limit of 40,000,000 pixels",
        "--scale 0.",
        "write SVG",
    ] {
        assert!(err.contains(words), "{words:?} in {err}");
    }
    assert!(!output.exists(), "no image written");
    // The scale suggested is one that fits (checked in src/render/png.rs).
    let scale: f32 = err
        .split("--scale ")
        .nth(2)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("a suggested scale in {err}"));
    assert!(scale > 0.0 && scale < 2.0, "{scale}");
    // Not timed as a test (machines differ); said for the record.
    eprintln!("refused in {took:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

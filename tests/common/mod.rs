//! Shared helpers for the integration tests.
#![allow(dead_code)]

pub mod invariants;

use rating_chart::model::validate::validate_bytes;
use rating_chart::RatingData;
use std::path::{Path, PathBuf};

/// The crate root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Paths of every valid fixture: the demo's examples (`www/examples`) and
/// the test-only ones (`tests/fixtures/valid`), sorted by name.
pub fn valid_paths() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = ["www/examples", "tests/fixtures/valid"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root().join(d)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort_by_key(|p| p.file_name().map(|n| n.to_owned()));
    paths
}

/// Every valid fixture as (name, data), sorted by name.
pub fn valid_fixtures() -> Vec<(String, RatingData)> {
    valid_paths().iter().map(|p| (stem(p), load(p))).collect()
}

/// Every valid fixture drawn as bars: diverging where the data resolves to
/// diverging bars (validation resolves `auto`), 100 % stacked otherwise
/// (the bar invariants' subjects; tests/kinds.rs covers every kind).
pub fn bar_fixtures() -> Vec<(String, RatingData)> {
    use rating_chart::model::rating::ChartKind;
    valid_fixtures()
        .into_iter()
        .map(|(name, mut data)| {
            if data.display.kind != ChartKind::Diverging {
                data.display.kind = ChartKind::Stacked;
            }
            (name, data)
        })
        .collect()
}

fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

/// Loads and validates one file; panics on invalid data.
pub fn load(p: &Path) -> RatingData {
    let v = validate_bytes(&std::fs::read(p).unwrap());
    v.data
        .unwrap_or_else(|| panic!("{}: {:?}", p.display(), v.issues))
}

/// Lays out `data` at `size` in the light theme, its shares derived first
/// (as the CLI and the browser do). Data whose kind a test set to `auto`
/// after validation is drawn as validation would have resolved it.
pub fn layout(
    data: &RatingData,
    size: rating_chart::layout::Size,
    measure: &dyn rating_chart::layout::TextMeasure,
) -> rating_chart::scene::Scene {
    layout_in(data, size, &rating_chart::layout::Theme::LIGHT, measure)
}

/// [`layout`] in `theme` (with the data's own theme laid over it).
pub fn layout_in(
    data: &RatingData,
    size: rating_chart::layout::Size,
    theme: &rating_chart::layout::Theme,
    measure: &dyn rating_chart::layout::TextMeasure,
) -> rating_chart::scene::Scene {
    use rating_chart::model::rating::ChartKind;
    use rating_chart::model::validate::resolve_kind;
    let derived = rating_chart::derive::derive(data);
    if data.display.kind == ChartKind::Auto {
        let mut d = data.clone();
        d.display.kind = resolve_kind(ChartKind::Auto, &d.tiers, &d.groups);
        return rating_chart::layout::layout(&d, &derived, size, theme, measure);
    }
    rating_chart::layout::layout(data, &derived, size, theme, measure)
}

/// Whether a test should rewrite its files: only when `var` is exactly `1`
/// (`make golden`, `make generated`); `0`, empty or anything else compares.
pub fn update_requested(var: &str) -> bool {
    std::env::var_os(var).is_some_and(|v| v == "1")
}

/// The golden SVG files directly in `dir` (not the `.new.svg` a mismatch
/// leaves beside them).
pub fn golden_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".svg") && !n.ends_with(".new.svg"))
                .count()
        })
        .unwrap_or(0)
}

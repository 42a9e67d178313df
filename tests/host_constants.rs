//! `www/host/constants.js` is generated from the Rust core: this test fails
//! when the committed file differs from what the core generates, and
//! rewrites it when `UPDATE_GENERATED=1` is set (`make generated`).

use rating_chart::host::{constants_js, TOOLS_PX};
use std::path::Path;

const FILE: &str = "www/host/constants.js";

#[test]
fn constants_js_is_generated_from_the_core() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
    let want = constants_js();
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("create www/host");
        std::fs::write(&path, &want).expect("write the generated file");
    }
    let got = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        got == want,
        "{FILE} differs from the core's constants; run `make generated`"
    );
}

#[test]
fn constants_js_exports_what_the_host_imports() {
    let js = constants_js();
    for line in [
        "export const NARROW_PX = 480;",
        "export const TOOLS_PX = 28;",
        "export const SCROLL_ABOVE_PX = 2400;",
        "export const VIEW_PX = 720;",
        "export const MIN_WIDTH_PX = 240;",
        "export const MAX_WIDTH_PX = 4096;",
        "export const DEFAULT_WIDTH_PX = 640;",
        "export const BLANK_SLACK_PX = 48;",
        "export const KINDS = Object.freeze(['auto', 'stacked', 'diverging', 'grouped', \
         'donut', 'waffle', 'trend', 'multiples', 'table']);",
    ] {
        assert!(js.lines().any(|l| l == line), "missing: {line}\n{js}");
    }
    assert!(js.starts_with("// Generated"), "{js}");
}

/// The page's stylesheet reserves the tools row under a given height before
/// the script runs: the same number.
#[test]
fn the_stylesheet_reserves_the_tools_row() {
    let css =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("www/rating-chart.css"))
            .expect("www/rating-chart.css");
    let reserved = format!("+ {TOOLS_PX}px)");
    let rules: Vec<&str> = css.lines().filter(|l| l.contains("min-height")).collect();
    assert!(!rules.is_empty(), "no min-height rule in rating-chart.css");
    for rule in rules {
        assert!(
            rule.contains(&reserved),
            "{rule} does not reserve {TOOLS_PX}px"
        );
    }
}

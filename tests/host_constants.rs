//! `www/host/constants.js` is generated from the Rust core: this test fails
//! when the committed file differs from what the core generates, and
//! rewrites it when `UPDATE_GENERATED=1` is set (`make generated`). The
//! placeholder's height estimate, made of the file's `ESTIMATE`, is tested
//! here against the layout, and the host's against the core's.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use rating_chart::host::{constants_js, estimate_height, Estimate, FALLBACK_PX, TOOLS_PX};
use rating_chart::layout::{EstimateMeasure, FontMeasure, Size, TextMeasure};
use serde_json::{json, Value};
use std::path::Path;

const FILE: &str = "www/host/constants.js";

#[test]
fn constants_js_is_generated_from_the_core() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
    let want = constants_js();
    if common::update_requested("UPDATE_GENERATED") {
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
        "export const MIN_WIDTH_PX = 160;",
        "export const MAX_WIDTH_PX = 4096;",
        "export const DEFAULT_WIDTH_PX = 640;",
        "export const BLANK_SLACK_PX = 48;",
        "export const BLANK_SLACK_SHARE = 0.2;",
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

/// The real height of the chart of the document `json` at `width`.
fn laid_out(json: &Value, width: f64, measure: &dyn TextMeasure) -> f64 {
    let v = rating_chart::validate(&json.to_string());
    let data = v.data.unwrap_or_else(|| panic!("{:?}", v.issues));
    let size = Size {
        width_px: width,
        height_px: None,
    };
    common::layout(&data, size, measure).height_px
}

fn example(name: &str) -> Value {
    let path = common::root().join("www/examples").join(name);
    serde_json::from_slice(&std::fs::read(&path).expect("the example")).expect("JSON")
}

/// The seed example's estimate is within 15 % of its height as the
/// browser's fonts (the bundled Noto Sans) lay it out, narrow and wide.
#[test]
fn the_estimate_of_the_seed_example_is_close_to_its_height() {
    let seed = example("hai-duong-2021.json");
    let measure = FontMeasure::new().expect("bundled fonts");
    for width in [320.0, 640.0] {
        let (estimate, real) = (
            estimate_height(&seed, width),
            laid_out(&seed, width, &measure),
        );
        let off = (estimate - real).abs() / real;
        assert!(
            off <= 0.15,
            "at {width} px: estimate {estimate}, laid out {real} ({:.1} %)",
            off * 100.0
        );
    }
}

/// Bars whose every text fits on one line, as the estimate counts them
/// (seven groups: bars, not columns): the estimate is the layout's height
/// to the pixel, so its sizes are the layout's (a change to one of them
/// that the estimate does not follow fails here).
#[test]
fn the_estimate_adds_up_the_layouts_sizes() {
    // Seven groups named A to G, each with `values`.
    let groups = |values: &Value| -> Vec<Value> {
        ('A'..='G')
            .map(|name| {
                let mut g = values.clone();
                g["label"] = json!(format!("Unit {name}"));
                g
            })
            .collect()
    };
    let counts = json!({ "a": 5, "b": 3, "c": 1 });
    let tiers = json!([
        { "id": "a", "label": "Good" },
        { "id": "b", "label": "Fair" },
        { "id": "c", "label": "Poor" }
    ]);
    let with_counts = json!({
        "version": 1,
        "title": "Ratings",
        "subtitle": "By group",
        "notes": "Sample",
        "source": { "text": "Survey" },
        "locale": "en-US",
        "display": { "kind": "stacked" },
        "tiers": tiers,
        "groups": groups(&json!({ "counts": counts }))
    });
    let shares = json!({ "a": 50, "b": 30, "c": 20 });
    let shares_only = json!({
        "version": 1,
        "title": "Ratings",
        "locale": "vi-VN",
        "display": { "kind": "stacked" },
        "tiers": tiers,
        "groups": groups(&json!({ "shares": shares }))
    });
    // (Narrower than 400 px, the shares-only note takes two lines by the
    // estimate's count of characters, one as the layout measures it.)
    for (doc, widths) in [(with_counts, [320.0, 640.0]), (shares_only, [400.0, 640.0])] {
        for width in widths {
            assert_eq!(
                estimate_height(&doc, width),
                laid_out(&doc, width, &EstimateMeasure),
                "at {width} px: {doc}"
            );
        }
    }
}

#[test]
fn the_estimate_reads_any_document() {
    for doc in [json!(null), json!([]), json!({}), json!({ "groups": [] })] {
        assert_eq!(estimate_height(&doc, 640.0), FALLBACK_PX, "{doc}");
    }
    let odd =
        json!({ "title": 7, "tiers": [null, 3, { "label": [] }], "groups": [null], "source": "x" });
    for width in [f64::NAN, -1.0, 0.0, 320.0, 1e9] {
        let h = estimate_height(&odd, width);
        assert!(h.is_finite() && h > 0.0, "{width}: {h}");
    }
    assert!(Estimate::new(true).group_row > Estimate::new(false).group_row);
}

/// `estimateHeight` in www/host/size.js computes what the core's
/// [`estimate_height`] does, for every example and a few odd documents,
/// narrow and wide (run with Node.js when it is installed, as the
/// browser tests are).
#[test]
fn the_hosts_estimate_is_the_cores() {
    let mut docs: Vec<Value> = std::fs::read_dir(common::root().join("www/examples"))
        .expect("www/examples")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| serde_json::from_slice(&std::fs::read(p).expect("read")).expect("JSON"))
        .collect();
    docs.extend([
        json!(null),
        json!({ "tiers": [], "groups": [] }),
        json!({ "title": "Đảng viên 🎉", "subtitle": 3, "tiers": [null, { "label": "x" }],
                "groups": [{ "shares": null }, { "shares": [] }], "notes": "", "source": "y" }),
    ]);
    let widths = [240.0, 320.0, 479.0, 480.0, 640.0, 1000.0, 5000.0];
    let script = "import { estimateHeight } from './www/host/size.js';\n\
        let input = '';\n\
        for await (const chunk of process.stdin) input += chunk;\n\
        const { docs, widths } = JSON.parse(input);\n\
        console.log(JSON.stringify(docs.map((d) => widths.map((w) => estimateHeight(d, w)))));";
    let child = std::process::Command::new("node")
        .args(["--input-type=module", "-e", script])
        .current_dir(common::root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!(
            "node is not installed: the host's estimate is checked by the browser tests only"
        );
        return;
    };
    let input = json!({ "docs": docs, "widths": widths }).to_string();
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), input.as_bytes())
        .expect("write to node");
    let out = child.wait_with_output().expect("node runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Vec<Vec<f64>> = serde_json::from_slice(&out.stdout).expect("node's JSON");
    for (doc, heights) in docs.iter().zip(got) {
        let want: Vec<f64> = widths.iter().map(|w| estimate_height(doc, *w)).collect();
        assert_eq!(heights, want, "{doc}");
    }
}

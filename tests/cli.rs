//! The `rating-chart` command line.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rating-chart"))
}

/// Runs the CLI from the crate root and collects its output.
fn run(args: &[&str]) -> std::process::Output {
    cli()
        .args(args)
        .current_dir(common::root())
        .output()
        .unwrap()
}

#[test]
fn check_exits_0_for_valid_data() {
    let out = run(&["check", "www/examples/hai-duong-2021.json"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stdout.is_empty(),
        "no issues: {}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn check_exits_1_and_prints_one_json_object_per_issue() {
    let out = run(&["check", "tests/fixtures/invalid/count-negative.json"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let issues: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0]["code"], "count.negative");
    assert_eq!(issues[0]["path"], "groups[2].counts.good");
    assert!(issues[0]["message"].as_str().unwrap().contains("-5"));
}

#[test]
fn check_reports_warnings_but_exits_0() {
    let out = run(&["check", "tests/fixtures/valid/warnings.json"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 3);
}

#[test]
fn render_writes_the_same_svg_as_the_library() {
    let dir = std::env::temp_dir().join(format!("rating-chart-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_path = dir.join("seed.svg");
    let status = cli()
        .args(["render", "www/examples/hai-duong-2021.json", "-o"])
        .arg(&out_path)
        .args(["--width", "320"])
        .current_dir(common::root())
        .status()
        .unwrap();
    assert!(status.success());
    let svg = std::fs::read_to_string(&out_path).unwrap();
    let golden =
        std::fs::read_to_string(common::root().join("tests/golden/hai-duong-2021-320.svg"))
            .unwrap();
    assert_eq!(svg, golden);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn render_draws_every_kind_the_kinds_test_keeps_golden() {
    let dir = std::env::temp_dir().join(format!("rating-chart-kind-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for kind in [
        "stacked",
        "diverging",
        "grouped",
        "donut",
        "waffle",
        "trend",
        "multiples",
        "table",
    ] {
        let out_path = dir.join(format!("{kind}.svg"));
        let out = cli()
            .args([
                "render",
                "www/examples/hotel-stars.json",
                "--kind",
                kind,
                "-o",
            ])
            .arg(&out_path)
            .current_dir(common::root())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{kind}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let golden = common::root().join(format!("tests/golden/kinds/hotel-stars-{kind}.svg"));
        assert_eq!(
            std::fs::read_to_string(&out_path).unwrap(),
            std::fs::read_to_string(golden).unwrap(),
            "{kind}"
        );
    }
    let out = run(&[
        "render",
        "www/examples/hotel-stars.json",
        "--kind",
        "pie",
        "-o",
        "x.svg",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--kind must be one of auto, stacked"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn render_refuses_invalid_data_and_bad_arguments() {
    let out = run(&[
        "render",
        "tests/fixtures/invalid/tiers-empty.json",
        "-o",
        "/dev/null.svg",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("tiers.empty"));
    let out = cli()
        .args(["render", "x.json", "--width", "wide"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // A width the layout would not draw at is refused, not changed.
    for w in ["50", "6000"] {
        let out = cli()
            .args([
                "render",
                "www/examples/hai-duong-2021.json",
                "-o",
                "/dev/null.svg",
                "--width",
                w,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "--width {w}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("--width must be a number of CSS pixels from 160 to 4096"),
            "{err}"
        );
    }
    let out = cli().args(["frobnicate"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn schema_prints_the_published_schema() {
    let out = cli().arg("schema").output().unwrap();
    let published =
        std::fs::read_to_string(common::root().join("www/rating-data.schema.json")).unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), published);
}

#[test]
fn check_speaks_the_data_language_or_the_one_asked_for() {
    let message = |extra: &[&str]| -> String {
        let out = cli()
            .args(["check", "tests/fixtures/invalid/count-negative.json"])
            .args(extra)
            .current_dir(common::root())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let line = String::from_utf8(out.stdout).unwrap();
        let issue: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
        assert_eq!(issue["code"], "count.negative");
        assert_eq!(issue["path"], "groups[2].counts.good");
        issue["message"].as_str().unwrap().to_string()
    };
    // The fixture's locale is vi-VN.
    assert_eq!(
        message(&[]),
        "Số lượng -5 là số âm; số lượng phải là số nguyên từ 0 trở lên."
    );
    assert_eq!(message(&["--lang", "vi"]), message(&[]));
    assert_eq!(
        message(&["--lang", "en"]),
        "The count -5 is negative; counts are whole numbers from 0 up."
    );
    // Options may come first.
    let out = run(&[
        "check",
        "--lang",
        "EN",
        "tests/fixtures/invalid/syntax-comment.json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("comments are not allowed in JSON"));
}

#[test]
fn lang_must_be_vi_or_en() {
    for args in [
        &["check", "x.json", "--lang", "fr"][..],
        &["check", "x.json", "--lang"],
        &["check", "x.json", "y.json"],
        &["render", "x.json", "-o", "x.svg", "--lang", "de"],
    ] {
        let out = cli().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn render_reports_problems_in_the_language_asked_for() {
    let out = run(&[
        "render",
        "tests/fixtures/invalid/tiers-empty.json",
        "-o",
        "/dev/null.svg",
        "--lang",
        "en",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error [tiers.empty] tiers: The list of tiers is empty"),
        "{err}"
    );
}

#[test]
fn embed_prints_the_element_with_its_data_and_the_static_copies() {
    let out = run(&["embed", "www/examples/hai-duong-2021.json"]);
    assert_eq!(out.status.code(), Some(0));
    let code = String::from_utf8(out.stdout).unwrap();
    // A copy at each default width: 320, 480 and 640 px.
    assert!(
        code.starts_with("<rating-chart heights=\"320:409 479:409 480:346 639:346 640:302\">"),
        "{code}"
    );
    assert!(code.contains("<script type=\"application/json\">{"));
    assert_eq!(code.matches("<svg ").count(), 3);
    assert_eq!(code.matches("role=\"img\"").count(), 3);
    assert!(
        code.contains("<title>Hải Dương: kết quả đánh giá, xếp loại chất lượng năm 2021</title>")
    );
    assert!(code.ends_with("</rating-chart>\n"));
    // The library's code, byte for byte.
    let json =
        std::fs::read_to_string(common::root().join("www/examples/hai-duong-2021.json")).unwrap();
    let data = rating_chart::validate(&json).data.unwrap();
    let want = rating_chart::embed::embed_code(&json, &data, &Default::default());
    assert_eq!(code, want);
}

#[test]
fn embed_options_widths_no_svg_theme_and_script() {
    let out = run(&[
        "embed",
        "www/examples/hai-duong-2021.json",
        "--widths",
        "640,360,480",
        "--theme",
        "dark",
        "--script",
        "https://cdn.example/rc/www/rating-chart.js",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let code = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = code.lines().collect();
    // The copies carry their own rules: no stylesheet line.
    assert_eq!(
        lines[0],
        "<script type=\"module\" src=\"https://cdn.example/rc/www/rating-chart.js\"></script>"
    );
    assert!(
        lines[1].starts_with("<rating-chart heights=\"360:"),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with(" theme=\"dark\">"), "{}", lines[1]);
    assert_eq!(lines[2], "<style>");
    assert_eq!(code.matches("<svg ").count(), 3);
    assert_eq!(code.matches("<style>").count(), 1);
    // --no-style: the rules come from the stylesheet, linked first.
    let linked = run(&[
        "embed",
        "www/examples/hai-duong-2021.json",
        "--no-style",
        "--script",
        "https://cdn.example/rc/www/rating-chart.js",
    ]);
    assert_eq!(linked.status.code(), Some(0));
    let linked = String::from_utf8(linked.stdout).unwrap();
    assert!(
        linked.starts_with(
            "<link rel=\"stylesheet\" href=\"https://cdn.example/rc/www/rating-chart.css\">\n\
             <script type=\"module\" src=\"https://cdn.example/rc/www/rating-chart.js\"></script>\n\
             <rating-chart heights=\"320:"
        ),
        "{linked}"
    );
    assert!(!linked.contains("<style") && linked.matches("<svg ").count() == 3);
    let bare = run(&["embed", "www/examples/hai-duong-2021.json", "--no-svg"]);
    let bare = String::from_utf8(bare.stdout).unwrap();
    assert!(!bare.contains("<svg") && bare.contains("heights=\"320:"));
    for bad in [
        &[
            "embed",
            "www/examples/hai-duong-2021.json",
            "--widths",
            "325",
        ][..],
        &[
            "embed",
            "www/examples/hai-duong-2021.json",
            "--widths",
            "abc",
        ],
        &[
            "embed",
            "www/examples/hai-duong-2021.json",
            "--theme",
            "blue",
        ],
        &["embed"],
    ] {
        let out = run(bad);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn embed_refuses_invalid_data_with_checks_listing() {
    let file = "tests/fixtures/invalid/count-negative.json";
    let embed = run(&["embed", file]);
    let check = run(&["check", file]);
    assert_eq!(embed.status.code(), Some(1));
    assert!(!embed.stdout.is_empty());
    assert_eq!(
        embed.stdout, check.stdout,
        "the same issue listing as check"
    );
    assert!(!String::from_utf8_lossy(&embed.stdout).contains("<rating-chart"));
}

#[test]
fn embed_iframe_prints_the_frame_code() {
    let out = run(&[
        "embed",
        "www/examples/hai-duong-2021.json",
        "--iframe",
        "--script",
        "https://cdn.example/rc/www/rating-chart.js",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let code = String::from_utf8(out.stdout).unwrap();
    assert!(
        code.starts_with(
            "<iframe data-rating-chart src=\"https://cdn.example/rc/www/frame.html#data=%7B"
        ),
        "{code}"
    );
    assert!(code.contains("title=\"Hải Dương: kết quả đánh giá, xếp loại chất lượng năm 2021\""));
    assert!(code.contains(
        "<script type=\"module\" src=\"https://cdn.example/rc/www/frame-resize.js\"></script>"
    ));
    assert!(!code.contains("<svg") && !code.contains("<rating-chart"));
}

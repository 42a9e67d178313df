//! Golden SVG files: every valid fixture at 640 and 320 CSS px, laid out
//! with the bundled font's metrics (as the CLI does). `make golden` regenerates them; a
//! mismatch writes `NAME.new.svg` beside the golden file and fails.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::layout;
use rating_chart::layout::{FontMeasure, Size};
use rating_chart::render::to_svg;

#[test]
fn svg_matches_golden_files() {
    let dir = common::root().join("tests/golden");
    let update = common::update_requested("UPDATE_GOLDEN");
    let measure = FontMeasure::new().expect("bundled fonts");
    let mut failures = Vec::new();
    let fixtures = common::valid_fixtures();
    // An empty or half-copied fixture folder must not pass: 8 examples and
    // 15 test fixtures today (more may come, never fewer).
    assert!(
        fixtures.len() >= GOLDEN_FIXTURES_AT_LEAST,
        "{} valid fixtures, expected at least {GOLDEN_FIXTURES_AT_LEAST}",
        fixtures.len()
    );
    let mut compared = 0;
    for (name, data) in fixtures {
        for width in [640.0, 320.0] {
            let scene = layout(
                &data,
                Size {
                    width_px: width,
                    height_px: None,
                },
                &measure,
            );
            let svg = to_svg(&scene);
            let path = dir.join(format!("{name}-{width}.svg"));
            compared += 1;
            if update {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &svg).unwrap();
                continue;
            }
            let expected = std::fs::read_to_string(&path).unwrap_or_default();
            let new_path = path.with_extension("new.svg");
            if expected != svg {
                std::fs::write(&new_path, &svg).unwrap();
                failures.push(format!(
                    "{} (new output: {})",
                    path.display(),
                    new_path.display()
                ));
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
    // Every golden file on disk was compared: none is left without its fixture.
    assert_eq!(
        compared,
        common::golden_files(&dir),
        "golden SVGs in {} without a fixture (or fixtures without one)",
        dir.display()
    );
}

/// The valid fixtures (`www/examples` and `tests/fixtures/valid`) today.
const GOLDEN_FIXTURES_AT_LEAST: usize = 23;

#[test]
fn seed_svg_shows_every_label_and_share_in_tier_order() {
    let data = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    let measure = FontMeasure::new().expect("bundled fonts");
    let svg = to_svg(&layout(
        &data,
        Size {
            width_px: 640.0,
            height_px: None,
        },
        &measure,
    ));
    let pos = |s: &str| {
        svg.find(s)
            .unwrap_or_else(|| panic!("{s} missing from SVG"))
    };
    // Legend in tier order, Vietnamese text intact.
    assert!(pos("Hoàn thành xuất sắc nhiệm vụ") < pos("Hoàn thành tốt nhiệm vụ"));
    assert!(pos("Hoàn thành tốt nhiệm vụ") < pos("Không hoàn thành nhiệm vụ"));
    for s in [
        "Tổ chức đảng cấp trên cơ sở",
        "Tổ chức cơ sở đảng",
        "Đảng viên",
        "Tổng: 91.400",
        "40,0\u{a0}%",
        "60,0\u{a0}%",
        "71,8\u{a0}%",
        "75,7\u{a0}%",
        "Nguồn: Báo điện tử",
    ] {
        pos(s);
    }
    // Bars are drawn in the tier colours, darkest (most positive) first.
    assert!(svg.contains("fill=\"#08519C\""));
}

#[test]
fn png_is_the_same_scene_rasterised_with_the_bundled_font() {
    let data = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    let measure = FontMeasure::new().expect("bundled fonts");
    let scene = layout(
        &data,
        Size {
            width_px: 640.0,
            height_px: None,
        },
        &measure,
    );
    let png = rating_chart::render::png::to_png(&scene, 2.0).expect("png");
    assert_eq!(&png[1..4], b"PNG");
    let w = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    let h = u32::from_be_bytes([png[20], png[21], png[22], png[23]]);
    assert_eq!(
        (f64::from(w), f64::from(h)),
        (scene.width_px * 2.0, scene.height_px * 2.0)
    );
    assert!(rating_chart::render::png::to_png(&scene, f32::NAN).is_err());
}

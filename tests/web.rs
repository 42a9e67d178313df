//! The wasm API on a real canvas in headless Chromium (wasm-bindgen-test):
//! draw at DPR 1 and 2 and read pixels at bar centres taken from the Scene.
#![cfg(target_arch = "wasm32")]

use rating_chart::web::{validate_json, RatingChart};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../www/examples/hai-duong-2021.json");

fn canvas() -> HtmlCanvasElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let c: HtmlCanvasElement = doc.create_element("canvas").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&c).unwrap();
    c
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn hex(rgb: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

fn pixel(c: &HtmlCanvasElement, x: f64, y: f64) -> [u8; 3] {
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let d = ctx
        .get_image_data(x.floor(), y.floor(), 1.0, 1.0)
        .unwrap()
        .data();
    [d[0], d[1], d[2]]
}

/// Every segment's colour is found at a point inside it, away from its
/// direct label: the horizontal centre, 3 CSS px below the top edge.
fn check_segment_colours(ratio: f64) {
    let c = canvas();
    let mut chart = RatingChart::new(c.clone(), SEED).expect("seed data is valid");
    let h = chart.resize(640.0, None, ratio).unwrap();
    assert_eq!(c.width(), (640.0 * ratio) as u32);
    assert_eq!(c.height(), (h * ratio).round() as u32);
    let segs = js_sys::Array::from(&chart.segments().unwrap());
    let mut checked = 0;
    for s in segs.iter() {
        let (x, y, w) = (
            get(&s, "x").as_f64().unwrap(),
            get(&s, "y").as_f64().unwrap(),
            get(&s, "w").as_f64().unwrap(),
        );
        if w < 2.0 {
            continue;
        }
        let expected = get(&s, "color").as_string().unwrap();
        let got = hex(pixel(&c, (x + w / 2.0) * ratio, (y + 3.0) * ratio));
        assert_eq!(
            got,
            expected,
            "segment {:?} at DPR {ratio}",
            js_sys::JSON::stringify(&s).unwrap()
        );
        // The pointer at the same point picks the same datum.
        let hit = chart.hit_test(x + w / 2.0, y + 3.0).unwrap();
        assert_eq!(get(&hit, "group").as_f64(), get(&s, "group").as_f64());
        assert_eq!(get(&hit, "tier").as_f64(), get(&s, "tier").as_f64());
        checked += 1;
    }
    // 2 + 3 + 4 visible segments in the seed chart.
    assert_eq!(checked, 9);
    // Outside the bars: the white background.
    assert_eq!(hex(pixel(&c, 2.0, 2.0)), "#ffffff");
}

#[wasm_bindgen_test]
fn draws_tier_colours_at_dpr_2() {
    check_segment_colours(2.0);
}

#[wasm_bindgen_test]
fn draws_tier_colours_at_dpr_1() {
    check_segment_colours(1.0);
}

#[wasm_bindgen_test]
fn invalid_data_throws_a_js_error_listing_every_problem() {
    let bad = SEED
        .replace("\"good\": 9", "\"good\": -9")
        .replace("\"version\": 1", "\"version\": 3");
    let err = match RatingChart::new(canvas(), &bad) {
        Ok(_) => panic!("must fail"),
        Err(e) => JsValue::from(e),
    };
    let msg = get(&err, "message").as_string().unwrap();
    assert!(
        msg.contains("version: Format version 3 is not supported"),
        "{msg}"
    );
    assert!(
        msg.contains("groups[0].counts.good: The count -9 is negative"),
        "{msg}"
    );
    let issues = js_sys::Array::from(&validate_json(&bad).unwrap());
    assert_eq!(issues.length(), 2);
    assert_eq!(
        get(&issues.get(0), "code").as_string().unwrap(),
        "version.unsupported"
    );
}

#[wasm_bindgen_test]
fn malformed_json_does_not_panic() {
    for text in [
        "",
        "{",
        "[[[[",
        "null",
        "{\"version\": 1e999}",
        "\u{feff}{}",
    ] {
        assert!(RatingChart::new(canvas(), text).is_err(), "{text}");
    }
}

#[wasm_bindgen_test]
fn set_data_resize_and_svg() {
    let c = canvas();
    let mut chart = RatingChart::new(c.clone(), SEED).unwrap();
    let wide = chart.resize(1024.0, None, 1.0).unwrap();
    let narrow = chart.resize(320.0, None, 3.0).unwrap();
    assert!(narrow > wide, "narrow layouts stack labels above bars");
    assert_eq!(c.width(), 960);
    assert!(chart.set_data("{}").is_err());
    assert_eq!(chart.width(), 320.0, "a failed update keeps the chart");
    let svg = chart.to_svg();
    assert!(svg.starts_with("<svg") && svg.contains("Đảng viên"));
    assert!(chart
        .summary()
        .contains("Đảng viên: nhiều nhất là “Hoàn thành tốt nhiệm vụ”, 75,7"));
}

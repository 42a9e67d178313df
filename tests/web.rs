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

/// The codes of a list of issues.
fn codes(issues: &JsValue) -> Vec<String> {
    js_sys::Array::from(issues)
        .iter()
        .map(|i| get(&i, "code").as_string().unwrap_or_default())
        .collect()
}

/// The error a call threw; panics if it did not throw.
fn thrown<T>(r: Result<T, wasm_bindgen::JsError>) -> JsValue {
    match r {
        Ok(_) => panic!("the call must throw"),
        Err(e) => e.into(),
    }
}

fn hex(rgb: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

/// Red, green, blue and alpha of one device pixel.
fn rgba(c: &HtmlCanvasElement, x: f64, y: f64) -> Vec<u8> {
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    ctx.get_image_data(x.floor(), y.floor(), 1.0, 1.0)
        .unwrap()
        .data()
        .to_vec()
}

fn pixel(c: &HtmlCanvasElement, x: f64, y: f64) -> [u8; 3] {
    let d = rgba(c, x, y);
    [d[0], d[1], d[2]]
}

/// Every segment's colour is found at a point inside it, away from its
/// direct label: the horizontal centre, 3 CSS px below the top edge.
fn check_segment_colours(ratio: f64) {
    let c = canvas();
    let mut chart =
        RatingChart::new(c.clone(), SEED.into(), None, None).expect("seed data is valid");
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
    let err = thrown(RatingChart::new(canvas(), bad.as_str().into(), None, None));
    let msg = get(&err, "message").as_string().unwrap();
    // The seed's locale is vi-VN, so the messages are in Vietnamese.
    assert!(
        msg.contains("version: Phiên bản định dạng 3 không được hỗ trợ"),
        "{msg}"
    );
    assert!(
        msg.contains("groups[0].counts.good: Số lượng -9 là số âm"),
        "{msg}"
    );
    assert_eq!(
        codes(&validate_json(bad.as_str().into(), None).unwrap()),
        ["version.unsupported", "count.negative"]
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
        assert!(
            RatingChart::new(canvas(), text.into(), None, None).is_err(),
            "{text}"
        );
    }
}

#[wasm_bindgen_test]
fn set_data_resize_and_svg() {
    let c = canvas();
    let mut chart = RatingChart::new(c.clone(), SEED.into(), None, None).unwrap();
    let wide = chart.resize(1024.0, None, 1.0).unwrap();
    let narrow = chart.resize(320.0, None, 3.0).unwrap();
    assert!(narrow > wide, "narrow layouts stack labels above bars");
    assert_eq!(c.width(), 960);
    assert!(chart.set_data("{}".into()).is_err());
    assert_eq!(chart.width(), 320.0, "a failed update keeps the chart");
    let svg = chart.to_svg();
    assert!(svg.starts_with("<svg") && svg.contains("Đảng viên"));
    assert!(chart
        .summary()
        .contains("Đảng viên: nhiều nhất là “Hoàn thành tốt nhiệm vụ”, 75,7"));
}

/// Every pixel of a canvas.
fn pixels(c: &HtmlCanvasElement) -> Vec<u8> {
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    ctx.get_image_data(0.0, 0.0, c.width().into(), c.height().into())
        .unwrap()
        .data()
        .to_vec()
}

/// Paints a 4 × 4 device-pixel magenta mark, which only a repaint of that
/// spot removes.
fn mark(c: &HtmlCanvasElement, x: f64, y: f64) {
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    ctx.set_fill_style_str("#ff00ff");
    ctx.fill_rect(x.floor(), y.floor(), 4.0, 4.0);
}

#[wasm_bindgen_test]
fn hover_highlights_on_the_chart_over_it_as_it_is() {
    let c = canvas();
    // The overlay argument is ignored: the highlight is on the chart.
    let o = canvas();
    let mut chart = RatingChart::new(c.clone(), SEED.into(), Some(o.clone()), None).unwrap();
    chart.resize(640.0, None, 2.0).unwrap();
    let segs = js_sys::Array::from(&chart.segments().unwrap());
    let seg = |i: u32| {
        let s = segs.get(i);
        let f = |k| get(&s, k).as_f64().unwrap();
        (
            f("x"),
            f("y"),
            f("w"),
            get(&s, "color").as_string().unwrap(),
        )
    };
    // Outside the plot (the title's corner) and inside the first row.
    mark(&c, 0.0, 0.0);
    let (x0, y0, w0, colour0) = seg(0);
    let in0 = ((x0 + w0 / 2.0) * 2.0, (y0 + 3.0) * 2.0);
    // Group 2 ("Đảng viên"), tier 1 ("good") is segment 9 (4 per row, in order).
    let (x, y, w, colour) = seg(9);
    let moved = chart.pointer_move(x + w / 2.0, y + 3.0).unwrap();
    let info = get(&moved, "datum");
    assert_eq!(
        get(&info, "text").as_string().unwrap(),
        "Đảng viên · 2021 · Hoàn thành tốt nhiệm vụ · 69.198 · 75,7\u{a0}%"
    );
    // The hovered segment at full strength, the others veiled (lighter:
    // translucent paper over them), the mark in the plot painted over …
    assert_eq!(hex(pixel(&c, (x + w / 2.0) * 2.0, (y + 3.0) * 2.0)), colour);
    let veiled = hex(pixel(&c, in0.0, in0.1));
    assert_ne!(veiled, colour0);
    assert_ne!(veiled, "#ff00ff");
    // … and nothing under the veil repainted: the highlight alone, over
    // the chart as it was.
    assert_eq!(hex(pixel(&c, 1.0, 1.0)), "#ff00ff");
    assert_eq!(rgba(&o, 1.0, 1.0)[3], 0, "nothing on the overlay");
    // A move within the same segment changes nothing and returns undefined.
    assert!(chart
        .pointer_move(x + w / 2.0 + 1.0, y + 4.0)
        .unwrap()
        .is_undefined());
    // The next segment of the row: it at full strength, the first veiled.
    let (x8, y8, w8, colour8) = seg(8);
    assert!(!chart
        .pointer_move(x8 + w8 / 2.0, y8 + 3.0)
        .unwrap()
        .is_undefined());
    assert_eq!(
        hex(pixel(&c, (x8 + w8 / 2.0) * 2.0, (y8 + 3.0) * 2.0)),
        colour8
    );
    assert_ne!(hex(pixel(&c, (x + w / 2.0) * 2.0, (y + 3.0) * 2.0)), colour);
    // The pointer leaves: the veil goes, and the chart is painted again.
    chart.pointer_leave().unwrap();
    assert_eq!(hex(pixel(&c, in0.0, in0.1)), colour0);
    assert_ne!(hex(pixel(&c, 1.0, 1.0)), "#ff00ff");
}

/// A highlight painted over the chart as it was gives the pixels of a
/// whole repaint.
#[wasm_bindgen_test]
fn highlights_painted_on_the_way_match_a_whole_repaint() {
    let (a, b) = (canvas(), canvas());
    let mut moved = RatingChart::new(a.clone(), SEED.into(), None, None).unwrap();
    let mut whole = RatingChart::new(b.clone(), SEED.into(), None, None).unwrap();
    for chart in [&mut moved, &mut whole] {
        chart.resize(640.0, None, 2.0).unwrap();
    }
    let segs = js_sys::Array::from(&moved.segments().unwrap());
    let at = |i: u32| {
        let s = segs.get(i);
        let f = |k| get(&s, k).as_f64().unwrap();
        (f("x") + f("w") / 2.0, f("y") + 3.0)
    };
    // Across a row, to another row, a tier emphasised, back to no tier.
    for (i, tier) in [
        (0, None),
        (1, None),
        (5, None),
        (9, Some(2)),
        (10, Some(2)),
        (3, Some(2)),
    ] {
        let (x, y) = at(i);
        moved.pointer_move(x, y).unwrap();
        if let Some(t) = tier {
            if moved.emphasis().is_null() {
                moved.toggle_tier(t).unwrap();
            }
        }
    }
    moved.toggle_tier(2).unwrap();
    let (x, y) = at(3);
    whole.pointer_move(x, y).unwrap();
    whole.redraw().unwrap();
    assert!(
        pixels(&a) == pixels(&b),
        "the same pixels as a whole repaint"
    );
    // And after the pointer leaves: the chart as it was drawn.
    moved.pointer_leave().unwrap();
    whole.pointer_leave().unwrap();
    whole.redraw().unwrap();
    assert!(
        pixels(&a) == pixels(&b),
        "the same pixels after the pointer left"
    );
}

#[wasm_bindgen_test]
fn keyboard_visits_every_datum_in_order() {
    let mut chart = RatingChart::new(canvas(), SEED.into(), Some(canvas()), None).unwrap();
    let n = chart.datum_count();
    assert_eq!(n, 12);
    let mut seen = Vec::new();
    let first = chart.focus_move("next".into()).unwrap();
    seen.push((
        get(&first, "group").as_f64().unwrap(),
        get(&first, "tier").as_f64().unwrap(),
    ));
    for _ in 1..n {
        let i = chart.focus_move("next".into()).unwrap();
        seen.push((
            get(&i, "group").as_f64().unwrap(),
            get(&i, "tier").as_f64().unwrap(),
        ));
    }
    let expected: Vec<(f64, f64)> = (0..3)
        .flat_map(|g| (0..4).map(move |t| (g as f64, t as f64)))
        .collect();
    assert_eq!(seen, expected);
    assert!(chart.toggle_tier(1).unwrap());
    assert_eq!(chart.emphasis().as_f64(), Some(1.0));
    assert!(!chart.toggle_tier(1).unwrap());
    assert!(chart.toggle_tier(9).is_err());
}

/// Constructed with its size, ratio and theme, the chart is drawn once at
/// that size; a `resize` to the same size changes nothing (the host fits
/// right after constructing), another size lays it out again.
#[wasm_bindgen_test]
fn constructor_options_draw_at_the_given_size_and_theme() {
    let c = canvas();
    let options = js_sys::Object::new();
    for (k, v) in [("width", 500.0), ("height", 420.0), ("ratio", 2.0)] {
        js_sys::Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_f64(v)).unwrap();
    }
    js_sys::Reflect::set(&options, &"theme".into(), &"dark".into()).unwrap();
    let mut chart = RatingChart::new(c.clone(), SEED.into(), None, Some(options)).unwrap();
    assert_eq!(chart.width(), 500.0);
    assert_eq!((c.width(), c.height()), (1000, 840));
    // The dark paper, not the light one.
    assert_ne!(hex(pixel(&c, 2.0, 2.0)), "#ffffff");
    // Mark a pixel: the same size again must not redraw over it.
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    ctx.set_fill_style_str("#ff00ff");
    ctx.fill_rect(0.0, 0.0, 4.0, 4.0);
    assert_eq!(chart.resize(500.0, Some(420.0), 2.0).unwrap(), 420.0);
    assert_eq!(hex(pixel(&c, 1.0, 1.0)), "#ff00ff");
    // A new width is laid out and drawn again.
    chart.resize(600.0, Some(420.0), 2.0).unwrap();
    assert_eq!(c.width(), 1200);
    assert_ne!(hex(pixel(&c, 1.0, 1.0)), "#ff00ff");
    // A theme that is not light or dark is refused with its name.
    let bad = js_sys::Object::new();
    js_sys::Reflect::set(&bad, &"theme".into(), &"sepia".into()).unwrap();
    let err = thrown(RatingChart::new(canvas(), SEED.into(), None, Some(bad)));
    assert!(get(&err, "message").as_string().unwrap().contains("sepia"));
}

/// Validating first (`prepare`) and drawing later (`fromPrepared`) gives
/// the chart the constructor gives; invalid data fails at `prepare` with
/// the constructor's message.
#[wasm_bindgen_test]
fn prepare_then_draw_is_the_constructor_in_two_steps() {
    let one = RatingChart::new(canvas(), SEED.into(), None, None).unwrap();
    let prepared = rating_chart::web::prepare(SEED.into()).unwrap();
    let two = RatingChart::from_prepared(canvas(), prepared, None, None).unwrap();
    let a = js_sys::JSON::stringify(&one.segments().unwrap()).unwrap();
    let b = js_sys::JSON::stringify(&two.segments().unwrap()).unwrap();
    assert_eq!(String::from(a), String::from(b));
    let bad = SEED.replace("\"version\": 1", "\"version\": 7");
    let message = |e: JsValue| get(&e, "message").as_string().unwrap();
    let e1 = message(thrown(rating_chart::web::prepare(bad.as_str().into())));
    let e2 = message(thrown(RatingChart::new(
        canvas(),
        bad.as_str().into(),
        None,
        None,
    )));
    assert_eq!(e1, e2);
    assert!(e1.contains("version"), "{e1}");
}

/// `rect` says a pointer inside the datum's box is on that datum: true for
/// bars, false where a legend swatch sits inside the cell (table cards).
#[wasm_bindgen_test]
fn datum_rect_is_false_where_a_swatch_shares_the_cell() {
    let bars = RatingChart::new(canvas(), SEED.into(), None, None).unwrap();
    let info = bars.datum_info(2, 1).unwrap();
    assert_eq!(get(&info, "rect").as_bool(), Some(true));
    let cards = SEED.replacen("\"kind\": \"stacked\"", "\"kind\": \"table\"", 1);
    assert_ne!(cards, SEED);
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"width".into(), &JsValue::from_f64(320.0)).unwrap();
    let table = RatingChart::new(canvas(), cards.as_str().into(), None, Some(options)).unwrap();
    let info = table.datum_info(2, 1).unwrap();
    assert_eq!(get(&info, "rect").as_bool(), Some(false));
}

/// After fonts load, the chart measures its text again, lays out with the
/// new widths and draws: with the same fonts the same marks; with a font
/// that measures wider (`measureText` patched, as a web font that just
/// loaded changes it) the marks move, and are painted where they now are.
#[wasm_bindgen_test]
fn fonts_changed_lays_out_again() {
    let c = canvas();
    let mut chart = RatingChart::new(c.clone(), SEED.into(), None, None).unwrap();
    let segments = |chart: &RatingChart| {
        String::from(js_sys::JSON::stringify(&chart.segments().unwrap()).unwrap())
    };
    let before = segments(&chart);
    chart.fonts_changed().unwrap();
    assert_eq!(segments(&chart), before, "the same fonts: the same marks");
    assert_eq!(hex(pixel(&c, 2.0, 2.0)), "#ffffff");

    js_sys::eval(
        "globalThis.__measureText = CanvasRenderingContext2D.prototype.measureText;\
         CanvasRenderingContext2D.prototype.measureText = function (text) {\
           return { width: globalThis.__measureText.call(this, text).width * 1.6 };\
         };",
    )
    .unwrap();
    let kept = segments(&chart);
    let changed = chart.fonts_changed();
    let after = segments(&chart);
    js_sys::eval("CanvasRenderingContext2D.prototype.measureText = globalThis.__measureText;")
        .unwrap();
    changed.unwrap();
    assert_eq!(kept, before, "nothing is measured until fontsChanged");
    assert_ne!(after, before, "wider text, laid out again: the marks moved");
    // Painted where the marks now are: the first segment's colour at its
    // new position.
    let s = js_sys::Array::from(&chart.segments().unwrap()).get(0);
    let (x, y) = (
        get(&s, "x").as_f64().unwrap() + 2.0,
        get(&s, "y").as_f64().unwrap() + 3.0,
    );
    assert_eq!(hex(pixel(&c, x, y)), get(&s, "color").as_string().unwrap());
}

/// `redraw` paints the chart again as it is (a host calls it when the
/// browser gives a lost canvas context back empty): the segment's own
/// colour where it was cleared.
#[wasm_bindgen_test]
fn redraw_paints_a_cleared_canvas_again() {
    let c = canvas();
    let mut chart = RatingChart::new(c.clone(), SEED.into(), None, None).unwrap();
    let s = js_sys::Array::from(&chart.segments().unwrap()).get(0);
    let (x, y) = (
        get(&s, "x").as_f64().unwrap() + 2.0,
        get(&s, "y").as_f64().unwrap() + 3.0,
    );
    let want = get(&s, "color").as_string().unwrap();
    assert_eq!(hex(pixel(&c, x, y)), want, "drawn");
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    ctx.clear_rect(0.0, 0.0, f64::from(c.width()), f64::from(c.height()));
    assert_eq!(rgba(&c, x, y)[3], 0, "cleared");
    chart.redraw().unwrap();
    assert_eq!(
        hex(pixel(&c, x, y)),
        want,
        "painted again in the segment's colour"
    );
}

/// What a developer may pass by mistake never reaches the module as
/// garbage: parsed data (an object) is taken as its JSON; anything else is
/// refused with a message naming the call, and the instance keeps working.
#[wasm_bindgen_test]
fn arguments_that_are_not_text_are_taken_or_refused_never_trap() {
    let parsed = js_sys::JSON::parse(SEED).unwrap();
    let mut chart =
        RatingChart::new(canvas(), parsed.clone(), None, None).expect("an object is data");
    chart
        .set_data(parsed.clone())
        .expect("setData takes an object too");
    assert!(rating_chart::web::prepare(parsed.clone()).is_ok());
    let issues = js_sys::Array::from(&validate_json(parsed, None).unwrap());
    assert_eq!(issues.length(), 0);
    let message = |e: wasm_bindgen::JsError| {
        let v: JsValue = e.into();
        get(&v, "message").as_string().unwrap()
    };
    for (bad, kind) in [
        (JsValue::from_f64(42.0), "number"),
        (JsValue::NULL, "null"),
        (JsValue::UNDEFINED, "undefined"),
        (js_sys::Array::new().into(), "an array"),
        (JsValue::TRUE, "boolean"),
    ] {
        let e = chart.set_data(bad.clone()).expect_err("refused");
        assert_eq!(
            message(e),
            format!("setData takes the data as JSON text or as an object, not {kind}.")
        );
        assert!(validate_json(bad.clone(), None).is_err());
        assert!(rating_chart::web::prepare(bad.clone()).is_err());
        assert!(RatingChart::new(canvas(), bad.clone(), None, None).is_err());
        let e = chart.set_theme(bad.clone()).expect_err("refused");
        assert_eq!(message(e), format!("setTheme takes a text, not {kind}."));
        assert!(chart.focus_move(bad.clone()).is_err());
        assert!(chart.set_forced_colors(bad.clone(), "#000".into()).is_err());
    }
    // An object JSON cannot write (it refers to itself) is said so.
    let cyclic = js_sys::Object::new();
    js_sys::Reflect::set(&cyclic, &"me".into(), &cyclic).unwrap();
    let e = chart.set_data(cyclic.into()).expect_err("refused");
    assert!(message(e).starts_with("setData could not write this object as JSON"));
    // Still working, with its data.
    chart.set_theme("dark".into()).unwrap();
    assert_eq!(js_sys::Array::from(&chart.segments().unwrap()).length(), 12);
    assert!(chart.summary().starts_with("Hải Dương"));
}

/// Invalid data throws an `Error` whose `message` is the joined lines and
/// which carries the issues as values (as `validate` gives them) and the
/// language they are written in, from every entry point that takes data.
#[wasm_bindgen_test]
fn invalid_data_errors_carry_the_issues_and_their_language() {
    let bad = SEED.replace("\"good\": 9", "\"good\": -9");
    let check = |err: JsValue, lang: &str, json: &str| {
        let issues = js_sys::Array::from(&get(&err, "issues"));
        let expected = js_sys::Array::from(&validate_json(json.into(), None).unwrap());
        assert_eq!(
            String::from(js_sys::JSON::stringify(&issues).unwrap()),
            String::from(js_sys::JSON::stringify(&expected).unwrap())
        );
        assert!(issues.length() >= 1);
        let first = issues.get(0);
        assert_eq!(get(&first, "code").as_string().unwrap(), "count.negative");
        assert_eq!(
            get(&first, "path").as_string().unwrap(),
            "groups[0].counts.good"
        );
        assert_eq!(get(&first, "severity").as_string().unwrap(), "error");
        assert_eq!(get(&err, "lang").as_string().unwrap(), lang);
        let message = get(&err, "message").as_string().unwrap();
        assert!(
            message.starts_with(&format!(
                "groups[0].counts.good: {}",
                get(&first, "message").as_string().unwrap()
            )),
            "{message}"
        );
        assert!(err.is_instance_of::<js_sys::Error>());
    };
    let e = thrown(RatingChart::new(canvas(), bad.as_str().into(), None, None));
    check(e, "vi", &bad);
    let e = thrown(rating_chart::web::prepare(bad.as_str().into()));
    check(e, "vi", &bad);
    let english = bad.replace("\"vi-VN\"", "\"en-US\"");
    assert_ne!(english, bad);
    let mut chart = RatingChart::new(canvas(), SEED.into(), None, None).unwrap();
    let e = JsValue::from(
        chart
            .set_data(english.as_str().into())
            .expect_err("invalid"),
    );
    check(e, "en", &english);
    // Text that is not JSON at all: English, one issue.
    let e = JsValue::from(chart.set_data("{".into()).expect_err("invalid"));
    assert_eq!(get(&e, "lang").as_string().unwrap(), "en");
    assert_eq!(codes(&get(&e, "issues")), ["json.syntax"]);
}

/// `csv()` gives the data as the download holds it: raw counts, totals,
/// CRLF line ends.
#[wasm_bindgen_test]
fn csv_gives_the_data_as_text() {
    let chart = RatingChart::new(canvas(), SEED.into(), None, None).unwrap();
    let csv = chart.csv();
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines.len(), 5, "{csv}");
    assert!(lines[0].starts_with("group,period,total,"), "{csv}");
    assert!(lines.iter().any(|l| l.starts_with("Đảng viên,")), "{csv}");
    assert!(lines[2..].iter().any(|l| l.contains(",69198,")), "{csv}");
    assert_eq!(lines[4], "");
}

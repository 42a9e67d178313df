//! The text-width cache over a fake font engine: what it asks the engine,
//! how often, and what it answers (exact per string up to 200 groups, per
//! character above).

use rating_chart::layout::{EstimateMeasure, TextMeasure};
use rating_chart::measure::{css_font, Measured, RawMeasure, TextWidths, EXACT_TEXT_GROUPS};
use rating_chart::scene::{Font, Weight};
use std::cell::RefCell;

/// A font engine whose text is narrower than the sum of its characters (a
/// kerning of 1 px per pair), that records every call.
#[derive(Default)]
struct Fake {
    fonts: RefCell<Vec<String>>,
    texts: RefCell<Vec<String>>,
    broken: bool,
}

impl RawMeasure for Fake {
    fn set_font(&self, css: &str) {
        self.fonts.borrow_mut().push(css.to_string());
    }

    fn width(&self, text: &str) -> Option<f64> {
        self.texts.borrow_mut().push(text.to_string());
        if self.broken {
            return None;
        }
        let n = text.chars().count() as f64;
        let size: f64 = self
            .fonts
            .borrow()
            .last()
            .and_then(|f| f.split("px").next()?.rsplit(' ').next()?.parse().ok())
            .unwrap_or(0.0);
        Some(n * size / 2.0 - (n - 1.0).max(0.0))
    }
}

const BODY: Font = Font {
    size_px: 12.0,
    weight: Weight::Normal,
};
const BOLD: Font = Font {
    size_px: 12.0,
    weight: Weight::Bold,
};

#[test]
fn the_css_font_names_weight_size_and_family() {
    assert_eq!(
        css_font(BODY, "Roboto, sans-serif"),
        "12px Roboto, sans-serif"
    );
    assert_eq!(css_font(BOLD, "system-ui"), "bold 12px system-ui");
}

#[test]
fn a_small_chart_measures_each_string_exactly_once() {
    let fake = Fake::default();
    let mut w = TextWidths::new("system-ui".into(), EXACT_TEXT_GROUPS);
    assert!(!w.per_char());
    // 5 characters at 6 px, less 4 px of kerning.
    assert_eq!(w.width(&fake, "Hello", BODY), 26.0);
    assert_eq!(w.width(&fake, "Hello", BODY), 26.0);
    assert_eq!(w.width(&fake, "Hi", BODY), 11.0);
    assert_eq!(w.width(&fake, "Hello", BODY), 26.0);
    assert_eq!(*fake.texts.borrow(), ["Hello", "Hi"]);
    // The same text bold is another width, in another font, set once.
    w.width(&fake, "Hello", BOLD);
    w.width(&fake, "Hi", BOLD);
    assert_eq!(
        *fake.fonts.borrow(),
        ["12px system-ui", "bold 12px system-ui"]
    );
    assert_eq!(fake.texts.borrow().len(), 3 + 1);
}

#[test]
fn many_strings_in_two_fonts_keep_their_own_widths() {
    // More strings than the cache's first table holds: it grows and still
    // finds each one, per font, without measuring it again.
    let fake = Fake::default();
    let mut w = TextWidths::new("system-ui".into(), EXACT_TEXT_GROUPS);
    let texts: Vec<String> = (0..500)
        .map(|i| "x".repeat(i % 40) + &i.to_string())
        .collect();
    let expect = |t: &str, size: f64| {
        let n = t.chars().count() as f64;
        n * size / 2.0 - (n - 1.0).max(0.0)
    };
    let big = Font {
        size_px: 20.0,
        weight: Weight::Normal,
    };
    for round in 0..2 {
        for t in &texts {
            assert_eq!(w.width(&fake, t, BODY), expect(t, 12.0), "{t}");
            assert_eq!(w.width(&fake, t, big), expect(t, 20.0), "{t}");
        }
        assert_eq!(fake.texts.borrow().len(), 2 * texts.len(), "round {round}");
    }
}

#[test]
fn a_big_chart_measures_each_character_once_per_font() {
    let fake = Fake::default();
    let mut w = TextWidths::new("system-ui".into(), EXACT_TEXT_GROUPS + 1);
    assert!(w.per_char());
    // Per character: 6 px each, no kerning — never narrower than exact.
    assert_eq!(w.width(&fake, "Hello", BODY), 30.0);
    assert_eq!(w.width(&fake, "Ho\u{e0}", BODY), 18.0);
    assert_eq!(*fake.texts.borrow(), ["H", "e", "l", "o", "\u{e0}"]);
    // A character beyond the table (an emoji) is kept too.
    assert_eq!(w.width(&fake, "😀😀", BODY), 12.0);
    assert_eq!(fake.texts.borrow().last().map(String::as_str), Some("😀"));
    let asked = fake.texts.borrow().len();
    assert_eq!(w.width(&fake, "olé😀H", BODY), 30.0);
    assert_eq!(fake.texts.borrow().len(), asked + 1, "only é is new");
    // Another size measures its characters again.
    let big = Font {
        size_px: 20.0,
        weight: Weight::Normal,
    };
    assert_eq!(w.width(&fake, "He", big), 20.0);
    assert_eq!(fake.fonts.borrow().last().unwrap(), "20px system-ui");
}

#[test]
fn preparing_keeps_the_widths_of_the_same_family_and_mode() {
    let fake = Fake::default();
    let mut w = TextWidths::new("A".into(), 3);
    w.width(&fake, "Hello", BODY);
    // Same family and mode: kept; the engine's font is set again before
    // the next measurement (painting may have changed it).
    w.prepare("A", 150);
    w.width(&fake, "Hello", BODY);
    w.width(&fake, "World", BODY);
    assert_eq!(*fake.texts.borrow(), ["Hello", "World"]);
    assert_eq!(fake.fonts.borrow().len(), 2);
    // Another family: measured again.
    w.prepare("B", 150);
    w.width(&fake, "Hello", BODY);
    assert_eq!(fake.texts.borrow().len(), 3);
    assert_eq!(fake.fonts.borrow().last().unwrap(), "12px B");
    // More groups than EXACT_TEXT_GROUPS: per character from now on.
    w.prepare("B", 5000);
    assert!(w.per_char());
}

#[test]
fn an_engine_that_cannot_measure_gives_the_estimate() {
    let fake = Fake {
        broken: true,
        ..Fake::default()
    };
    let mut w = TextWidths::new("x".into(), 1);
    assert_eq!(
        w.width(&fake, "Đảng viên", BODY),
        EstimateMeasure.width("Đảng viên", BODY)
    );
}

#[test]
fn measured_lends_the_cache_to_the_layout() {
    let fake = Fake::default();
    let mut w = TextWidths::new("x".into(), 1);
    {
        let m = Measured::new(&fake, &mut w);
        assert_eq!(m.width("Hello", BODY), 26.0);
        assert_eq!(m.width("Hello", BODY), 26.0);
    }
    assert_eq!(w.width(&fake, "Hello", BODY), 26.0);
    assert_eq!(fake.texts.borrow().len(), 1);
}

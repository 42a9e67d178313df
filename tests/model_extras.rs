//! Shares-only data and themes given with the data: validation, derived
//! shares, what every chart kind prints (never an invented count), and the
//! colours and font a theme brings.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{layout, layout_in};
use rating_chart::a11y::{summary, table_rows};
use rating_chart::derive::{derive, Part};
use rating_chart::layout::kind::tier_colors;
use rating_chart::layout::{EstimateMeasure, Size, Theme};
use rating_chart::model::rating::{ChartKind, ValueMode};
use rating_chart::model::validate::validate;
use rating_chart::scale::color::{default_palette, parse_color, Rgb};
use rating_chart::scene::{Role, Scene, Shape};
use rating_chart::{RatingData, Severity};

fn valid(json: &str) -> RatingData {
    let v = validate(json);
    v.data.unwrap_or_else(|| panic!("{:?}", v.issues))
}

/// (code, path) of every issue.
fn issues(json: &str) -> Vec<(&'static str, String)> {
    validate(json)
        .issues
        .into_iter()
        .map(|i| (i.code, i.path))
        .collect()
}

fn scene(data: &RatingData, width: f64) -> Scene {
    layout(
        data,
        Size {
            width_px: width,
            height_px: None,
        },
        &EstimateMeasure,
    )
}

fn texts(s: &Scene) -> Vec<(Role, String)> {
    s.items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Text { text, .. } => Some((i.role, text.clone())),
            _ => None,
        })
        .collect()
}

const TIERS: &str = r#""tiers": [
    {"id": "approve", "label": "Approve", "polarity": "positive"},
    {"id": "no_answer", "label": "No answer", "polarity": "neutral"},
    {"id": "disapprove", "label": "Disapprove", "polarity": "negative"}]"#;

/// Shares-only data over two periods (so that trends have something to
/// draw), with a group whose shares leave a remainder.
fn poll(locale: &str, values: &str) -> RatingData {
    valid(&format!(
        r#"{{"version": 1, "locale": "{locale}", "title": "Poll", {TIERS},
            "groups": [
              {{"label": "All", "period": 2022, "shares": {{"approve": 38, "no_answer": 10, "disapprove": 52}}}},
              {{"label": "All", "period": 2023, "shares": {{"approve": 41.5, "no_answer": 8.5, "disapprove": 50}}}},
              {{"label": "Young", "period": 2023, "shares": {{"approve": 33.3, "disapprove": 60}}}}
            ],
            "display": {{"values": "{values}"}}}}"#
    ))
}

#[test]
fn shares_only_data_is_read_as_shares() {
    let d = poll("en-US", "shares");
    assert!(d.shares_only());
    // Thousandths of a percent, exactly as published; 100 % in all.
    assert_eq!(
        d.groups[1].counts,
        vec![Some(41_500), Some(8_500), Some(50_000)]
    );
    assert_eq!(d.groups[1].total, 100_000);
    assert_eq!(d.groups[2].counts, vec![Some(33_300), None, Some(60_000)]);
    assert_eq!(d.groups[2].not_reported(), 6_700);
    // Counts are not shares-only.
    let counts = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    assert!(!counts.shares_only());
}

#[test]
fn shares_only_rows_add_up_to_exactly_100_at_the_precision_of_the_data() {
    let d = poll("en-US", "shares");
    let derived = derive(&d);
    // One decimal was given (41.5), so one decimal is shown.
    assert_eq!(derived.decimals, 1);
    for row in &derived.rows {
        let sum: u64 = row.parts.iter().map(|p| p.share_units).sum();
        assert_eq!(sum, 1000, "{row:?}");
        // Share units stand where counts would; the row's "total" is 100 %.
        assert_eq!(row.total, 1000);
        for p in &row.parts {
            assert_eq!(p.count, p.share_units);
        }
    }
    let shares = |gi: usize| -> Vec<(Part, u64)> {
        derived.rows[gi]
            .parts
            .iter()
            .map(|p| (p.part, p.share_units))
            .collect()
    };
    assert_eq!(
        shares(0),
        [
            (Part::Tier(0), 380),
            (Part::Tier(1), 100),
            (Part::Tier(2), 520)
        ]
    );
    assert_eq!(
        shares(2),
        [
            (Part::Tier(0), 333),
            (Part::Tier(2), 600),
            (Part::NotReported, 67)
        ]
    );

    // Whole percentages stay whole: no invented decimal.
    let whole = valid(&format!(
        r#"{{"version": 1, {TIERS}, "groups": [{{"label": "A", "shares": {{"approve": 38, "no_answer": 10, "disapprove": 52}}}}]}}"#
    ));
    assert_eq!(derive(&whole).decimals, 0);

    // Rounded shares that add up to a little more or less than 100 are a
    // whole (no "not reported"), and are shown adding up to exactly 100.
    for (a, b, c, decimals) in [
        ("33.3", "33.3", "33.3", 1),
        ("33", "34", "34", 0),
        ("16.7", "16.7", "66.7", 1),
        ("0.333", "0.333", "99.333", 3),
    ] {
        let d = valid(&format!(
            r#"{{"version": 1, {TIERS}, "groups": [{{"label": "A", "shares": {{"approve": {a}, "no_answer": {b}, "disapprove": {c}}}}}]}}"#
        ));
        let derived = derive(&d);
        assert_eq!(derived.decimals, decimals, "{a} {b} {c}");
        let row = &derived.rows[0];
        assert!(
            row.parts.iter().all(|p| p.part != Part::NotReported),
            "{row:?}"
        );
        let sum: u64 = row.parts.iter().map(|p| p.share_units).sum();
        assert_eq!(sum, 100 * 10u64.pow(u32::from(decimals)), "{a} {b} {c}");
    }

    // Beyond rounding: an error at the group's shares, saying what is allowed.
    let v = validate(&format!(
        r#"{{"version": 1, "locale": "en-GB", {TIERS}, "groups": [{{"label": "A", "shares": {{"approve": 40, "no_answer": 12, "disapprove": 50}}}}]}}"#
    ));
    let e = v.errors().next().expect("an error");
    assert_eq!(
        (e.code, e.path.as_str()),
        ("shares.over_100", "groups[0].shares")
    );
    assert!(e.message.contains("102%"), "{}", e.message);
    assert!(e.message.contains("101.5%"), "{}", e.message);
}

#[test]
fn shares_and_counts_are_never_mixed() {
    let mixed = format!(
        r#"{{"version": 1, {TIERS}, "groups": [
            {{"label": "A", "counts": {{"approve": 1, "no_answer": 1, "disapprove": 1}}}},
            {{"label": "B", "shares": {{"approve": 40, "no_answer": 10, "disapprove": 50}}}},
            {{"label": "C", "counts": {{"approve": 1, "no_answer": 1, "disapprove": 1}}}}]}}"#
    );
    assert_eq!(
        issues(&mixed),
        [("groups.mixed_basis", "groups[1].shares".to_string())]
    );
    let v = validate(&format!(
        r#"{{"version": 1, {TIERS}, "groups": [{{"label": "A", "total": 1000, "shares": {{"approve": 40, "no_answer": 10, "disapprove": 50}}}}], "display": {{"values": "counts"}}}}"#
    ));
    assert!(v.data.is_some());
    let warnings: Vec<_> = v.issues.iter().map(|i| (i.code, i.path.as_str())).collect();
    assert_eq!(
        warnings,
        [
            ("shares.total_ignored", "groups[0].total"),
            ("display.values.shares_only", "display.values")
        ]
    );
    assert!(v.issues.iter().all(|i| i.severity == Severity::Warning));
    // Each share is checked where it is.
    let bad = format!(
        r#"{{"version": 1, {TIERS}, "groups": [{{"label": "A", "shares": {{"approve": 101, "no_answer": true, "disapprove": 1.0005, "x": 1}}}}]}}"#
    );
    assert_eq!(
        issues(&bad),
        [
            ("count.unknown_tier", "groups[0].shares.x".to_string()),
            ("share.range", "groups[0].shares.approve".to_string()),
            ("field.type", "groups[0].shares.no_answer".to_string()),
            ("share.precision", "groups[0].shares.disapprove".to_string()),
        ]
    );
}

/// Every text of a shares-only scene that holds a digit is a share (it has
/// a percent sign) or comes from the data's own text.
fn invented_counts(data: &RatingData, s: &Scene) -> Vec<String> {
    let words = &data.locale.words;
    let mut own: Vec<String> = vec![words.shares_only.to_string()];
    own.extend(data.title.iter().cloned());
    own.extend(data.subtitle.iter().cloned());
    if let Some(n) = &data.notes {
        own.push(format!("{}{n}", words.notes_prefix));
    }
    if let Some(src) = &data.source {
        own.push(format!("{}{}", words.source_prefix, src.text));
    }
    own.extend(data.tiers.iter().map(|t| t.label.clone()));
    for g in &data.groups {
        own.push(g.label.clone());
        if let Some(p) = &g.period {
            own.push(format!("{} ({p})", g.label));
            own.push(p.clone());
        }
    }
    let mut out = Vec::new();
    for (role, t) in texts(s) {
        let line = t.trim();
        if role == Role::GroupTotal {
            out.push(format!("a total is drawn: {line:?}"));
        }
        if line == words.count || line.starts_with(&format!("{}:", words.total)) {
            out.push(format!("{role:?} {line:?} names counts or totals"));
        }
        if line.chars().any(|c| c.is_ascii_digit())
            && !line.contains('%')
            && !own.iter().any(|o| o.contains(line))
        {
            out.push(format!("{role:?} {line:?} looks like a count"));
        }
    }
    out
}

#[test]
fn no_kind_shows_a_count_of_shares_only_data() {
    let mut failures = Vec::new();
    let fixture = common::load(&common::root().join("www/examples/shares-only.json"));
    let mut all = vec![
        ("fixture", fixture),
        ("en-US", poll("en-US", "shares")),
        ("vi-VN counts", poll("vi-VN", "counts")),
        ("de-DE", poll("de-DE", "counts")),
    ];
    all[0].1.display.values = ValueMode::Counts;
    for (name, data) in &all {
        for kind in ChartKind::ALL {
            let mut d = data.clone();
            d.display.kind = kind;
            for width in [320.0, 640.0] {
                let s = scene(&d, width);
                for p in invented_counts(&d, &s) {
                    failures.push(format!("{name} {} {width}: {p}", kind.name()));
                }
                // Every kind says that the data is shares only.
                let note: Vec<String> = texts(&s)
                    .into_iter()
                    .filter(|(r, _)| *r == Role::ChartNote)
                    .map(|(_, t)| t)
                    .collect();
                let words = d.locale.words.shares_only;
                if note.join(" ").split_whitespace().collect::<Vec<_>>()
                    != words.split_whitespace().collect::<Vec<_>>()
                    && !note.join(" ").contains(words)
                {
                    failures.push(format!(
                        "{name} {} {width}: shares-only note missing: {note:?}",
                        kind.name()
                    ));
                }
            }
        }
        // The text alternatives neither.
        let derived = derive(data);
        for row in table_rows(data, &derived) {
            assert_eq!(row.total, "", "{name}");
            for (count, share) in &row.cells {
                assert_eq!(count, "", "{name}");
                // A share, or the words for a tier the group did not give.
                assert!(
                    share.is_empty()
                        || share.contains('%')
                        || share == data.locale.words.unpublished,
                    "{name}: {share}"
                );
            }
        }
        let sentence = summary(data, &derived);
        assert!(!sentence.contains("000"), "{name}: {sentence}");
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn counts_still_show_counts() {
    let d = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    let s = scene(&d, 640.0);
    assert!(texts(&s).iter().any(|(r, _)| *r == Role::GroupTotal));
    assert!(!texts(&s).iter().any(|(r, _)| *r == Role::ChartNote));
    // The check above would catch them.
    let mut d = d;
    d.display.values = ValueMode::Counts;
    let found = invented_counts(&d, &scene(&d, 640.0));
    assert!(
        found.iter().any(|f| f.contains("a total is drawn")),
        "{found:?}"
    );
    assert!(found.iter().any(|f| f.contains("\"13.886\"")), "{found:?}");
}

const COUNTS: &str =
    r#""groups": [{"label": "G", "counts": {"approve": 5, "no_answer": 2, "disapprove": 3}}]"#;

fn themed(theme: &str) -> String {
    format!(
        r#"{{"version": 1, "locale": "en-US", "title": "T", {TIERS}, {COUNTS}, "theme": {theme}}}"#
    )
}

#[test]
fn theme_errors_name_their_path_and_what_is_allowed() {
    assert_eq!(
        issues(&themed(
            r##"{"palette": ["#000", "rgba(0, 0, 0, 0.5)", "var(--x)", 7]}"##
        )),
        [
            ("color.transparent", "theme.palette[1]".to_string()),
            ("color.invalid", "theme.palette[2]".to_string()),
            ("field.type", "theme.palette[3]".to_string()),
        ]
    );
    assert_eq!(
        issues(&themed(r##"{"palette": ["#000"]}"##)),
        [("theme.palette.too_short", "theme.palette".to_string())]
    );
    assert_eq!(
        issues(&themed(
            r#"{"paper": "url(x)", "ink": "currentColor", "muted": "hwb(0 0% 0%)"}"#
        )),
        [
            ("color.invalid", "theme.paper".to_string()),
            ("color.invalid", "theme.ink".to_string()),
            ("color.invalid", "theme.muted".to_string()),
        ]
    );
    // The issues of a theme that gives `font` alone.
    let font_issues = |font: &str| {
        issues(&themed(&format!(
            r#"{{"font": {}}}"#,
            serde_json::to_string(font).unwrap()
        )))
    };
    for font in [
        "Arial;",
        "a{b}",
        "x</text>",
        "url(x)",
        "'Unclosed, serif",
        "A\\\\B",
    ] {
        assert_eq!(
            font_issues(font),
            [("theme.font.invalid", "theme.font".to_string())],
            "{font}"
        );
    }
    // A font's name in any script is a name: only ASCII punctuation other
    // than spaces, commas, quotes and hyphens is refused.
    for font in [
        "'Noto Sans CJK JP', 微软雅黑, sans-serif",
        "'Times New Roman', Tiếng Việt, serif",
        "'ヒラギノ角ゴ Pro W3', Arial",
    ] {
        assert_eq!(font_issues(font), Vec::<(&str, String)>::new(), "{font}");
    }
    assert_eq!(
        issues(&themed(r#"{"mode": "sepia", "colour": "red"}"#)),
        [
            ("field.unknown", "theme.colour".to_string()),
            ("theme.mode.unknown", "theme.mode".to_string()),
        ]
    );
    let v = validate(&themed(r##"{"palette": ["#000", "x", "#fff"]}"##));
    let m = &v.errors().next().unwrap().message;
    assert!(m.contains("rgb(31, 95, 153)") && m.contains("hsl("), "{m}");
    // Low contrast is a warning at the colour that causes it.
    let v = validate(&themed(r##"{"paper": "#ffffff", "ink": "#aaaaaa"}"##));
    assert!(v.data.is_some());
    let w: Vec<_> = v
        .issues
        .iter()
        .map(|i| (i.code, i.path.as_str(), i.severity))
        .collect();
    assert_eq!(w, [("theme.contrast", "theme.ink", Severity::Warning)]);
    let v = validate(&themed(r##"{"paper": "#333333"}"##));
    let w: Vec<_> = v.issues.iter().map(|i| (i.code, i.path.as_str())).collect();
    assert_eq!(
        w,
        [
            ("theme.contrast", "theme.paper"),
            ("theme.contrast", "theme.paper")
        ]
    );
    // A good theme has nothing to say.
    let good = themed(
        r##"{"font": "\"Merriweather Sans\", Arial, sans-serif", "palette": ["navy", "hsl(0, 0%, 74%)", "rgb(166, 54, 3)", "#fff"],
            "paper": "#fffbf0", "ink": "#1b1b1b", "muted": "#555", "mode": "light"}"##,
    );
    assert_eq!(issues(&good), []);
}

fn background(s: &Scene) -> Rgb {
    s.items[0].color()
}

fn color_of(s: &Scene, role: Role) -> Rgb {
    s.items
        .iter()
        .find(|i| i.role == role)
        .map(|i| i.color())
        .unwrap_or_else(|| panic!("no {role:?}"))
}

#[test]
fn the_data_theme_colours_the_chart_and_forced_colours_win() {
    // Dark mode from the data, whatever the host asked for.
    let dark = valid(&themed(r#"{"mode": "dark"}"#));
    for host in [Theme::LIGHT, Theme::DARK] {
        let s = layout_in(
            &dark,
            Size {
                width_px: 640.0,
                height_px: None,
            },
            &host,
            &EstimateMeasure,
        );
        assert_eq!(background(&s), Theme::DARK.paper);
        assert_eq!(color_of(&s, Role::Title), Theme::DARK.ink);
        assert_eq!(color_of(&s, Role::LegendLabel), Theme::DARK.ink);
    }
    // Brand colours.
    let brand = valid(&themed(
        r##"{"paper": "#fffbf0", "ink": "#202040", "muted": "#505060", "palette": ["#0b3d91", "#9e9e9e", "#b33c00"]}"##,
    ));
    let s = scene(&brand, 640.0);
    assert_eq!(background(&s), parse_color("#fffbf0").unwrap());
    assert_eq!(color_of(&s, Role::Title), parse_color("#202040").unwrap());
    let seg: Vec<Rgb> = s.data_items().map(|i| i.color()).collect();
    assert!(seg.contains(&parse_color("#0b3d91").unwrap()), "{seg:?}");
    assert!(seg.contains(&parse_color("#b33c00").unwrap()), "{seg:?}");
    // The host's dark preference does not turn brand colours dark.
    let s = layout_in(
        &brand,
        Size {
            width_px: 640.0,
            height_px: None,
        },
        &Theme::DARK,
        &EstimateMeasure,
    );
    assert_eq!(background(&s), parse_color("#fffbf0").unwrap());
    // Forced colours win over the data's theme.
    let forced = Theme::forced(Rgb::hex(0x000000), Rgb::hex(0xffff00));
    for data in [&dark, &brand] {
        let s = layout_in(
            data,
            Size {
                width_px: 640.0,
                height_px: None,
            },
            &forced,
            &EstimateMeasure,
        );
        assert_eq!(background(&s), Rgb::hex(0x000000));
        assert_eq!(color_of(&s, Role::Title), Rgb::hex(0xffff00));
    }
    // A theme with a font or a palette only follows the host's mode.
    let palette_only = valid(&themed(r##"{"palette": ["#111", "#888", "#eee"]}"##));
    let s = layout_in(
        &palette_only,
        Size {
            width_px: 640.0,
            height_px: None,
        },
        &Theme::DARK,
        &EstimateMeasure,
    );
    assert_eq!(background(&s), Theme::DARK.paper);
    // A tier's own colour wins over the palette.
    let own = valid(
        r##"{"version": 1, "tiers": [{"id": "a", "label": "A", "color": "red"}, {"id": "b", "label": "B"}],
            "groups": [{"label": "G", "counts": {"a": 1, "b": 1}}], "theme": {"palette": ["#111", "#222"]}}"##,
    );
    assert_eq!(tier_colors(&own), [Rgb::hex(0xff0000), Rgb::hex(0x222222)]);
}

#[test]
fn the_data_font_comes_first_with_noto_sans_as_fallback() {
    let d = valid(&themed(r#"{"font": "\"Source Serif 4\", Georgia, serif"}"#));
    let s = scene(&d, 640.0);
    assert!(
        s.font_family
            .starts_with("'Source Serif 4', Georgia, serif, 'Noto Sans'"),
        "{}",
        s.font_family
    );
    // The SVG names it and stays well formed; the PNG still has glyphs.
    let svg = rating_chart::render::to_svg(&s);
    assert!(svg.contains("Source Serif 4"));
    assert!(!svg.contains("\"Source"));
    // Vietnamese font names are letters too.
    let d = valid(&themed(r#"{"font": "Phông Chữ Mới, sans-serif"}"#));
    assert!(d.theme.font.as_deref() == Some("Phông Chữ Mới, sans-serif"));
    let plain = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    assert_eq!(
        scene(&plain, 640.0).font_family,
        rating_chart::layout::FONT_FAMILY
    );
}

fn all_distinct(colors: &[Rgb]) -> bool {
    colors
        .iter()
        .enumerate()
        .all(|(i, a)| colors[i + 1..].iter().all(|b| a != b))
}

#[test]
fn palettes_have_twelve_distinct_colours() {
    let p = default_palette(&[None; 12]);
    assert_eq!(p.len(), 12);
    assert!(all_distinct(&p), "{p:?}");
    // Neighbours are visibly apart (sRGB distance), darkest first.
    for w in p.windows(2) {
        let d = (f64::from(w[0].r) - f64::from(w[1].r)).powi(2)
            + (f64::from(w[0].g) - f64::from(w[1].g)).powi(2)
            + (f64::from(w[0].b) - f64::from(w[1].b)).powi(2);
        assert!(d.sqrt() > 12.0, "{w:?}");
        assert!(w[0].luminance() < w[1].luminance(), "{w:?}");
    }
    for n in 10..=12 {
        assert!(all_distinct(&default_palette(&vec![None; n])), "{n}");
    }
    let eleven = common::load(&common::root().join("tests/fixtures/valid/eleven-tiers.json"));
    let colors = tier_colors(&eleven);
    assert_eq!(colors.len(), 11);
    assert!(all_distinct(&colors), "{colors:?}");
    // Drawn, each tier keeps its own colour.
    let s = scene(&eleven, 640.0);
    let mut seen: Vec<Rgb> = s.data_items().map(|i| i.color()).collect();
    seen.sort_by_key(|c| (c.r, c.g, c.b));
    seen.dedup();
    assert_eq!(seen.len(), 11);
}

/// A small deterministic generator (xorshift), so that the property below
/// needs no extra crate and always checks the same cases.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

#[test]
fn random_shares_always_add_up_to_exactly_100() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut checked = 0;
    for case in 0..400 {
        let n = 1 + rng.below(12) as usize;
        let decimals = rng.below(4) as u32;
        let unit = 10u64.pow(3 - decimals);
        // Shares in thousandths of a percent, multiples of the unit, adding
        // up to 100 % or less.
        let mut left = 100_000u64;
        let mut shares = Vec::new();
        for i in 0..n {
            let s = if i + 1 == n && case % 4 != 0 {
                left / unit * unit
            } else {
                rng.below(left / unit + 1) * unit
            };
            left -= s;
            shares.push(s);
        }
        let tiers: Vec<String> = (0..n)
            .map(|i| format!(r#"{{"id": "t{i}", "label": "T{i}"}}"#))
            .collect();
        let values: Vec<String> = shares
            .iter()
            .enumerate()
            .map(|(i, s)| format!(r#""t{i}": {}"#, *s as f64 / 1000.0))
            .collect();
        let json = format!(
            r#"{{"version": 1, "tiers": [{}], "groups": [{{"label": "G", "shares": {{{}}}}}]}}"#,
            tiers.join(","),
            values.join(",")
        );
        let v = validate(&json);
        let Some(d) = v.data else {
            panic!("{json}: {:?}", v.issues);
        };
        let derived = derive(&d);
        let row = &derived.rows[0];
        let sum: u64 = row.parts.iter().map(|p| p.share_units).sum();
        assert_eq!(sum, 100 * 10u64.pow(u32::from(derived.decimals)), "{json}");
        // A share shown is never more than half a unit of the shown
        // precision away from the published one, unless rounding slack was
        // spread.
        for (p, given) in row.parts.iter().zip(&d.groups[0].counts) {
            if let (Part::Tier(_), Some(g)) = (p.part, given) {
                let shown = p.share_units * 10u64.pow(3 - u32::from(derived.decimals));
                assert!(shown.abs_diff(*g) <= 1_000, "{json}: {shown} vs {g}");
            }
        }
        checked += 1;
    }
    assert_eq!(checked, 400);
}

/// Many groups: the summary (the canvas's description, read whenever it
/// gets focus) says how many and where the figures are, in the data's
/// language, instead of a sentence per group; a dozen groups still get one
/// each.
#[test]
fn the_summary_of_many_groups_stays_short() {
    let base = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    let many = |n: usize| {
        let mut d = base.clone();
        let g = d.groups[0].clone();
        d.groups = (0..n)
            .map(|i| {
                let mut g = g.clone();
                g.label = format!("Chi bộ {}", i + 1);
                g
            })
            .collect();
        d
    };
    let d = many(12);
    let s = summary(&d, &derive(&d));
    assert_eq!(s.matches("nhiều nhất là").count(), 12, "{s}");
    let d = many(1000);
    let s = summary(&d, &derive(&d));
    assert!(s.len() < 400, "{s}");
    assert!(
        s.contains("1.000 nhóm, từ “Chi bộ 1” đến “Chi bộ 1000”"),
        "{s}"
    );
    assert!(!s.contains("nhiều nhất là"), "{s}");
}

/// Shares-only data is shown as published: each share at the decimals it
/// was given with, whatever another group needed (33.3 stays 33.3 beside
/// 12.345, 40 stays 40), in labels, tooltips, the summary and the table;
/// only the bars are rescaled to fill their row. Rounding is judged per
/// share: 10.25 + 30 + 59.7 = 99.95 is a whole (30 may be 30.4).
#[test]
fn shares_only_data_is_shown_as_published() {
    let d = valid(&format!(
        r#"{{"version": 1, "locale": "en-US", {TIERS}, "groups": [
            {{"label": "A", "shares": {{"approve": 33.3, "no_answer": 33.3, "disapprove": 33.3}}}},
            {{"label": "B", "shares": {{"approve": 12.345, "no_answer": 47.655, "disapprove": 40}}}},
            {{"label": "C", "shares": {{"approve": 10.25, "no_answer": 30, "disapprove": 59.7}}}}]}}"#
    ));
    let derived = derive(&d);
    assert_eq!(derived.decimals, 3);
    let shown = |gi: usize| -> Vec<String> {
        derived.rows[gi]
            .parts
            .iter()
            .map(|p| p.share_text(d.locale, derived.decimals))
            .collect()
    };
    assert_eq!(shown(0), ["33.3%", "33.3%", "33.3%"]);
    assert_eq!(shown(1), ["12.345%", "47.655%", "40%"]);
    assert_eq!(shown(2), ["10.25%", "30%", "59.7%"], "no made-up remainder");
    // The bars still fill each row exactly.
    for row in &derived.rows {
        assert_eq!(
            row.parts.iter().map(|p| p.share_units).sum::<u64>(),
            100_000
        );
    }
    // The table and the summary say the same.
    let rows = table_rows(&d, &derived);
    assert_eq!(rows[0].cells[0].1, "33.3%");
    assert_eq!(rows[1].cells[2].1, "40%");
    assert!(
        summary(&d, &derived).contains("33.3%"),
        "{}",
        summary(&d, &derived)
    );
}

/// A count that is not zero is never shown as a share of zero, even where
/// three decimals are not enough: 1 of 123,456,789 is "<0.001%".
#[test]
fn a_tiny_share_is_never_shown_as_zero() {
    let d = valid(&format!(
        r#"{{"version": 1, "locale": "en-US", {TIERS}, "groups": [
            {{"label": "A", "counts": {{"approve": 1, "no_answer": 0, "disapprove": 123456788}}}}]}}"#
    ));
    let derived = derive(&d);
    assert_eq!(derived.decimals, 3);
    let shown: Vec<String> = derived.rows[0]
        .parts
        .iter()
        .map(|p| p.share_text(d.locale, derived.decimals))
        .collect();
    assert_eq!(shown, ["<0.001%", "0.000%", "100.000%"]);
    let vi = valid(&format!(
        r#"{{"version": 1, {TIERS}, "groups": [
            {{"label": "A", "counts": {{"approve": 1, "no_answer": 0, "disapprove": 123456788}}}}]}}"#
    ));
    let p = &derive(&vi).rows[0].parts[0];
    assert_eq!(p.share_text(vi.locale, 3), "<0,001\u{a0}%");
}

/// A title that ends its own sentence is not given a second stop in the
/// spoken summary ("…services?. Public" read badly).
#[test]
fn the_summary_does_not_double_a_titles_stop() {
    for (title, start) in [
        (
            "How satisfied are you with city services?",
            "How satisfied are you with city services? ",
        ),
        ("Ratings 2021", "Ratings 2021. "),
        ("Done.", "Done. "),
    ] {
        let d = valid(&format!(
            r#"{{"version": 1, "locale": "en-US", "title": "{title}", {TIERS}, "groups": [
                {{"label": "A", "counts": {{"approve": 1, "no_answer": 0, "disapprove": 2}}}}]}}"#
        ));
        let s = summary(&d, &derive(&d));
        assert!(s.starts_with(start), "{s}");
        assert!(!s.contains("?.") && !s.contains(".."), "{s}");
    }
}

/// Shares-only data that asks for its own decimals gets them: every share
/// rounded to them, the row adding up to exactly 100 at that precision.
#[test]
fn shares_only_data_with_its_own_decimals_is_rounded_to_them() {
    let d = valid(&format!(
        r#"{{"version": 1, "locale": "en-US", {TIERS}, "display": {{"decimals": 0}}, "groups": [
            {{"label": "A", "shares": {{"approve": 33.3, "no_answer": 12.345, "disapprove": 40}}}}]}}"#
    ));
    let derived = derive(&d);
    let shown: Vec<String> = derived.rows[0]
        .parts
        .iter()
        .map(|p| p.share_text(d.locale, derived.decimals))
        .collect();
    assert_eq!(
        shown,
        ["33%", "12%", "40%", "15%"],
        "rounded, adding up to 100"
    );
}

/// When most of a group's total is not reported, the summary says so
/// first: its largest tier is the largest of a minority.
#[test]
fn the_summary_says_when_most_is_not_reported() {
    let d = common::load(&common::root().join("www/examples/khoi-doanh-nghiep-2021.json"));
    let s = summary(&d, &derive(&d));
    assert!(
        s.contains("phần lớn không công bố, 89,4\u{a0}%; trong phần công bố, nhiều nhất là"),
        "{s}"
    );
    let en = valid(&format!(
        r#"{{"version": 1, "locale": "en-US", {TIERS}, "groups": [
            {{"label": "A", "total": 100, "counts": {{"approve": 5, "disapprove": 3}}}},
            {{"label": "B", "total": 10, "counts": {{"approve": 0}}}}]}}"#
    ));
    let s = summary(&en, &derive(&en));
    assert!(
        s.contains(
            "A: mostly not reported, 92.0%; of the rest, the largest tier is “Approve”, 5.0%."
        ),
        "{s}"
    );
    assert!(s.contains("B: mostly not reported, 100.0%."), "{s}");
}

/// The canvas's description holds what is printed only as pixels: the
/// subtitle, the notes, "shares only" and the source — not the title,
/// which is its name.
#[test]
fn the_description_has_what_the_canvas_prints_besides_the_bars() {
    use rating_chart::a11y::description;
    let d = poll("en-US", "shares");
    let s = description(&d, &derive(&d));
    assert!(!s.starts_with("Poll"), "{s}");
    assert!(
        s.contains("Shares only: the source gives percentages, not counts."),
        "{s}"
    );
    let seed = common::load(&common::root().join("www/examples/hai-duong-2021.json"));
    let s = description(&seed, &derive(&seed));
    assert!(s.starts_with("Tổ chức đảng và đảng viên theo mức xếp loại, tỉ lệ trên tổng số. Tổ chức đảng cấp trên cơ sở:"), "{s}");
    assert!(
        s.ends_with("Nguồn: Báo điện tử Đảng Cộng sản Việt Nam, 24/02/2022."),
        "{s}"
    );
}

/// The data table has no blank cells for a screen reader to read as
/// "blank": a tier a group did not report says so; a group with nothing
/// unreported has 0 there.
#[test]
fn the_data_table_says_what_a_blank_cell_would_hide() {
    let d = valid(&format!(
        r#"{{"version": 1, "locale": "en-US", {TIERS}, "groups": [
            {{"label": "A", "total": 10, "counts": {{"approve": 5, "disapprove": 3}}}},
            {{"label": "B", "counts": {{"approve": 1, "no_answer": 1, "disapprove": 2}}}}]}}"#
    ));
    let rows = table_rows(&d, &derive(&d));
    assert_eq!(rows[0].cells[1], ("No data".to_string(), String::new()));
    assert_eq!(rows[1].cells[3], ("0".to_string(), "0.0%".to_string()));
}

//! Property tests: validation never panics on any input, and for any valid
//! rating data the derived shares, the Scene, picking, the SVG and the data
//! table keep their promises. The checks live in `tests/common/invariants.rs`,
//! shared with the fuzz targets (`fuzz/`) and the corpus replay
//! (`tests/fuzz_corpus.rs`).
//!
//! Case counts are kept small so that `cargo test` stays quick; run longer
//! with e.g. `PROPTEST_CASES=5000 cargo test --release --test properties`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::invariants::{check_downstream, check_shares, check_table, check_validated, KINDS};
use common::layout;
use proptest::prelude::*;
use rating_chart::interact::{hit_test, PICK_RADIUS_PX};
use rating_chart::layout::{EstimateMeasure, Size};
use rating_chart::model::limits::{MAX_COUNT, MAX_DECIMALS};
use rating_chart::model::validate::{validate, validate_bytes};
use rating_chart::model::{validate_in, Lang};
use serde_json::{json, Map, Value};

/// `n` cases, or `PROPTEST_CASES` when set.
fn config(n: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(n);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------
// Strategies

/// Characters that stress text handling: Vietnamese (composed and
/// combining), emoji and joiners, CJK, right-to-left, markup, quotes,
/// invisible and control characters.
const CHARS: &[char] = &[
    'a',
    'Z',
    '0',
    ' ',
    ' ',
    'Đ',
    'ả',
    'ư',
    'ợ',
    'ệ',
    'o',
    '\u{300}',
    '\u{323}',
    '😀',
    '👩',
    '\u{200d}',
    '🏴',
    '\u{e0067}',
    '\u{fe0f}',
    '中',
    '文',
    'ש',
    'ب',
    '<',
    '>',
    '&',
    '"',
    '\'',
    '\\',
    '/',
    '%',
    '\u{a0}',
    '\u{200b}',
    '\u{200e}',
    '\u{202e}',
    '\u{2066}',
    '\u{feff}',
    '\u{ad}',
    '\n',
    '\t',
    '\r',
    '\u{0}',
    '\u{7f}',
    '\u{85}',
    '\u{2028}',
    '\u{fffd}',
    '\u{ffff}',
    'W',
    'M',
    'i',
    '.',
];

fn tricky_string(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(CHARS), 0..max)
            .prop_map(|cs| cs.into_iter().collect::<String>()),
        any::<String>().prop_map(move |s| s.chars().take(max).collect()),
        Just(String::new()),
    ]
}

/// A label that validation accepts: visible characters only.
fn label() -> impl Strategy<Value = String> {
    let visible: &[char] = &[
        'a', 'b', 'Z', 'Đ', 'ả', 'ư', 'ợ', 'W', 'M', 'i', '0', '9', ' ', '😀', '中', 'ש', '<', '&',
        '"', '%', '-',
    ];
    (
        prop::sample::select(&visible[..5]),
        prop::collection::vec(prop::sample::select(visible), 0..40),
    )
        .prop_map(|(first, rest)| {
            let mut s = String::from(first);
            s.extend(rest);
            s.trim().to_string()
        })
}

/// Any JSON value, with keys the validator knows among random ones.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        prop::sample::select(vec![
            "version",
            "tiers",
            "groups",
            "id",
            "label",
            "counts",
            "total",
            "period",
            "color",
            "polarity",
            "display",
            "kind",
            "values",
            "decimals",
            "locale",
            "title",
            "source",
            "text",
            "url",
            "notes",
            "__proto__",
            "constructor",
            "a",
            "good",
        ])
        .prop_map(str::to_string),
        tricky_string(8),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from), // NaN and ±inf become null
        prop::sample::select(vec![
            0.5f64,
            -0.0,
            1e308,
            -1e308,
            9007199254740992.0,
            9007199254740991.0,
            2021.0,
        ])
        .prop_map(Value::from),
        prop::sample::select(vec![0u64, 1, 3, 12, 13, MAX_COUNT, MAX_COUNT + 1, u64::MAX])
            .prop_map(Value::from),
        tricky_string(20).prop_map(Value::String),
        prop::sample::select(vec![
            "#fff",
            "steelblue",
            "rgb(1,2,3)",
            "transparent",
            "vi-VN",
            "en-GB",
            "xx",
            "stacked",
            "counts",
            "positive",
            "13.886",
            "https://example.org",
            "javascript:alert(1)",
        ])
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Mostly `good`, sometimes any JSON value instead.
fn mostly(good: impl Strategy<Value = Value> + 'static) -> impl Strategy<Value = Value> {
    prop_oneof![40 => good.boxed(), 1 => json_value().boxed()]
}

/// A document shaped like rating data, each part of which is sometimes
/// anything: about a third of them validate.
fn rating_ish() -> impl Strategy<Value = Value> {
    (1..6usize)
        .prop_flat_map(|n_tiers| {
            let tier = (0..n_tiers).map(|i| {
                mostly((label(), prop::option::of(json_value()), 0..50u8).prop_map(
                    move |(l, extra, k)| {
                        let mut t = json!({"id": format!("t{i}"), "label": l});
                        // Now and then one field or an unknown one is anything.
                        match (k, extra) {
                            (0, Some(v)) => t["color"] = v,
                            (1, Some(v)) => t["polarity"] = v,
                            (2, Some(v)) => t["id"] = v,
                            (3, Some(v)) => t["lable"] = v,
                            _ => {}
                        }
                        t
                    },
                ))
            });
            let count = mostly((0..1000u64).prop_map(Value::from));
            let group = mostly(
                (
                    label(),
                    prop::collection::vec(count, n_tiers),
                    prop_oneof![
                        20 => Just(None),
                        10 => (0..100_000u64).prop_map(|t| Some(Value::from(t))),
                        1 => json_value().prop_map(Some),
                    ],
                    prop::option::of(2019..2022i64),
                )
                    .prop_map(|(l, counts, total, period)| {
                        let counts: Map<String, Value> = counts
                            .into_iter()
                            .enumerate()
                            .map(|(i, v)| (format!("t{i}"), v))
                            .collect();
                        let mut g = json!({"label": l, "counts": counts});
                        if let Some(t) = total {
                            g["total"] = t;
                        }
                        if let Some(p) = period {
                            g["period"] = json!(p);
                        }
                        g
                    }),
            );
            let display = prop_oneof![
                20 => Just(Value::Null),
                20 => (0..5u64, any::<bool>(), prop::sample::select(KINDS.to_vec()))
                    .prop_map(|(d, c, kind)| {
                        json!({"decimals": d, "values": if c { "counts" } else { "shares" }, "kind": kind})
                    }),
                2 => json_value(),
            ];
            let locale = prop_oneof![
                20 => Just(Value::Null),
                20 => prop::sample::select(vec!["vi-VN", "en-GB", "de-DE", "xx-YY", ""])
                    .prop_map(Value::from),
                1 => json_value(),
            ];
            (
                tier.collect::<Vec<_>>(),
                prop::collection::vec(group, 1..8),
                display,
                locale,
                prop_oneof![
                    6 => Just(Value::Null),
                    1 => tricky_string(30).prop_map(Value::String),
                ],
            )
        })
        .prop_map(|(tiers, groups, display, locale, title)| {
            json!({
                "version": 1, "tiers": tiers, "groups": groups, "display": display,
                "locale": locale, "title": title,
            })
        })
}

/// Valid rating data as JSON text.
#[derive(Debug, Clone)]
struct Doc {
    json: String,
}

fn valid_doc() -> impl Strategy<Value = Doc> {
    (1..=12usize, 1..=50usize)
        .prop_flat_map(|(n_tiers, n_groups)| {
            let tiers = prop::collection::vec((label(), 0..4u8, any::<bool>()), n_tiers);
            let groups = prop::collection::vec(group_counts(n_tiers), n_groups);
            let periods = prop::collection::vec(prop::option::of(2000..2003i64), n_groups);
            let labels = prop::collection::vec(label(), n_groups);
            let locale = prop::option::of(prop::sample::select(vec![
                "vi-VN", "en-US", "en-GB", "fr-FR", "de-DE", "vi", "en", "ja-JP", "es-ES",
            ]));
            let decimals = prop::option::of(0..=MAX_DECIMALS);
            let values = any::<bool>();
            let title = prop::option::of(label());
            let kind = prop::sample::select(KINDS.to_vec());
            (
                tiers, groups, periods, labels, locale, decimals, values, title, kind,
            )
        })
        .prop_map(
            |(tiers, groups, periods, labels, locale, decimals, counts_mode, title, kind)| {
                let tiers: Vec<Value> = tiers
                    .into_iter()
                    .enumerate()
                    .map(|(i, (label, polarity, colored))| {
                        let mut t = json!({"id": format!("t{i}"), "label": label});
                        let p = ["positive", "neutral", "negative"].get(usize::from(polarity));
                        if let Some(p) = p {
                            t["polarity"] = json!(p);
                        }
                        if colored {
                            t["color"] = json!(format!("#{:06x}", (i * 0x2f4a1b) % 0xffffff));
                        }
                        t
                    })
                    .collect();
                let groups: Vec<Value> = groups
                    .into_iter()
                    .zip(periods)
                    .zip(labels)
                    .enumerate()
                    .map(|(i, (((counts, total), period), label))| {
                        // Distinct labels: the index makes each one unique.
                        let mut g = json!({"label": format!("{label} {i}"), "counts": {}});
                        for (k, c) in counts.into_iter().enumerate() {
                            if let Some(c) = c {
                                g["counts"][format!("t{k}")] = json!(c);
                            }
                        }
                        if let Some(t) = total {
                            g["total"] = json!(t);
                        }
                        if let Some(p) = period {
                            g["period"] = json!(p);
                        }
                        g
                    })
                    .collect();
                let mut doc = json!({"version": 1, "tiers": tiers, "groups": groups});
                if let Some(l) = locale {
                    doc["locale"] = json!(l);
                }
                if let Some(t) = title {
                    doc["title"] = json!(t);
                }
                doc["display"] = json!({
                    "values": if counts_mode { "counts" } else { "shares" },
                    "kind": kind,
                });
                if let Some(d) = decimals {
                    doc["display"]["decimals"] = json!(d);
                }
                Doc {
                    json: doc.to_string(),
                }
            },
        )
}

/// One group's counts (some left out) and its total: the sum stays within
/// 2^53 − 1, the total is at least the sum. Counts may be all zero.
fn group_counts(n_tiers: usize) -> impl Strategy<Value = (Vec<Option<u64>>, Option<u64>)> {
    let scale = prop::sample::select(vec![0u64, 1, 10, 1_000, 1_000_000, MAX_COUNT]);
    (
        scale,
        prop::collection::vec((any::<u64>(), 0..10u8), n_tiers),
        any::<u64>(),
        0..4u8,
    )
        .prop_map(move |(scale, raw, extra, total_kind)| {
            // Each count gets at most an equal part of the scale, so the sum fits.
            let cap = scale / n_tiers as u64;
            let with_total = total_kind > 0;
            let counts: Vec<Option<u64>> = raw
                .iter()
                .map(|&(r, omit)| {
                    if with_total && omit == 0 {
                        None
                    } else if cap == 0 {
                        Some(0)
                    } else {
                        Some(r % (cap + 1))
                    }
                })
                .collect();
            let sum: u64 = counts.iter().flatten().sum();
            let total = match total_kind {
                0 => None,
                1 => Some(sum),
                2 => Some(sum + extra % 10),
                _ => Some(sum + extra % (MAX_COUNT - sum + 1)),
            };
            (counts, total)
        })
}

// ---------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let v = validate_bytes(&bytes);
        check_validated(&bytes, &v);
        if let Some(d) = v.data {
            check_downstream(&d, 640.0, None);
        }
    }

    #[test]
    fn any_json_never_panics(value in json_value(), lang in prop::option::of(prop_oneof![Just(Lang::Vi), Just(Lang::En)])) {
        let text = value.to_string();
        let v = validate_in(&text, lang);
        prop_assert_eq!(v.data.is_some(), v.errors().next().is_none());
        for issue in &v.issues {
            prop_assert!(!issue.message.is_empty());
            prop_assert!(!issue.code.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn rating_shaped_documents_never_panic(doc in rating_ish(), width in 0.0..3000.0f64) {
        let text = doc.to_string();
        let v = validate(&text);
        prop_assert_eq!(v.data.is_some(), v.errors().next().is_none());
        if let Some(d) = v.data {
            check_shares(&d);
            check_table(&d);
            check_downstream(&d, width, None);
        }
        // The same document with NaN/Infinity spliced in (not JSON) is
        // reported, never a panic.
        for spliced in [
            text.replacen("null", "NaN", 1).replacen('1', "-Infinity", 1),
            text.replacen("\"title\"", "Infinity", 1),
            text.replacen("\"label\"", "NaN", 1),
        ] {
            if validate(&spliced).data.is_some() {
                prop_assert!(serde_json::from_str::<Value>(&spliced).is_ok(), "{}", spliced);
            }
        }
    }
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn valid_data_derives_lays_out_and_picks(
        doc in valid_doc(),
        width in 160.0..2000.0f64,
        height in prop::option::of(0.0..3000.0f64),
    ) {
        let v = validate(&doc.json);
        let errors: Vec<_> = v.errors().collect();
        prop_assert!(errors.is_empty(), "{:?}", errors);
        let d = v.data.expect("valid");
        check_shares(&d);
        check_table(&d);
        check_downstream(&d, width, height);
    }

    #[test]
    fn picks_are_never_far_from_the_point(
        doc in valid_doc(),
        width in 160.0..2000.0f64,
        points in prop::collection::vec((-50.0..2100.0f64, -50.0..3000.0f64), 1..64),
    ) {
        let d = validate(&doc.json).data.expect("valid");
        let scene = layout(&d, Size { width_px: width, height_px: None }, &EstimateMeasure);
        for (x, y) in points {
            if let Some(datum) = hit_test(&scene, x, y) {
                let near = scene
                    .data_items()
                    .filter(|i| i.datum == Some(datum))
                    .map(|i| i.bounds.distance(x, y))
                    .fold(f64::INFINITY, f64::min);
                prop_assert!(near <= PICK_RADIUS_PX, "{:?} at ({}, {}) is {} px away", datum, x, y, near);
            }
        }
        for (x, y) in [(f64::NAN, 1.0), (1.0, f64::INFINITY), (f64::MAX, f64::MIN)] {
            prop_assert_eq!(hit_test(&scene, x, y), None);
        }
    }

    #[test]
    fn arbitrary_labels_that_validate_render_as_inert_text(
        labels in prop::collection::vec(tricky_string(60), 4),
    ) {
        let doc = json!({
            "version": 1, "title": labels[0], "notes": labels[1],
            "tiers": [{"id": "a", "label": labels[2]}, {"id": "b", "label": "B"}],
            "groups": [{"label": labels[3], "counts": {"a": 2, "b": 1}}],
            "source": {"text": labels[0]},
        });
        let v = validate(&doc.to_string());
        if let Some(d) = v.data {
            check_downstream(&d, 320.0, None);
        } else {
            let codes: Vec<&str> = v.errors().map(|i| i.code).collect();
            for c in codes {
                prop_assert!(c.starts_with("text."), "{}", c);
            }
        }
    }
}

#[test]
fn the_largest_counts_still_add_to_100() {
    let doc = json!({
        "version": 1,
        "tiers": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}, {"id": "c", "label": "C"}],
        "groups": [
            {"label": "max", "counts": {"a": MAX_COUNT - 2, "b": 1, "c": 1}},
            {"label": "total", "total": MAX_COUNT, "counts": {"a": 1}},
            {"label": "zero", "counts": {"a": 0, "b": 0, "c": 0}},
        ],
        "display": {"decimals": 3},
    });
    let d = validate(&doc.to_string()).data.expect("valid");
    check_shares(&d);
    check_table(&d);
    for w in [160.0, 240.0, 333.3, 480.0, 2000.0] {
        check_downstream(&d, w, None);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..config(48) })]

    /// Group labels and totals ("Tổng: 999.999.999.999" beside short
    /// labels) never run into the bars.
    #[test]
    fn labels_and_totals_stay_off_the_bars(doc in valid_doc(), width in 160.0..2000.0f64) {
        use rating_chart::scene::Role;
        let d = validate(&doc.json).data.expect("valid");
        let scene = layout(&d, Size { width_px: width, height_px: None }, &EstimateMeasure);
        let bars: Vec<_> = scene
            .items
            .iter()
            .filter(|i| i.role == Role::Segment && i.bounds.w > 0.0)
            .collect();
        for t in scene.items.iter().filter(|i| matches!(i.role, Role::GroupLabel | Role::GroupTotal)) {
            for b in &bars {
                prop_assert!(!t.bounds.overlaps(&b.bounds), "{:?} overlaps {:?}", t, b.bounds);
            }
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// Values quoted in messages are written as serde_json writes them
    /// (the wasm module no longer carries serde_json's writer): the same
    /// text for everything but the digits of a fractional double, which
    /// are the shortest that read back as the double that was read.
    #[test]
    fn values_are_written_back_as_serde_json_writes_them(
        f in any::<f64>().prop_filter("finite", |f| f.is_finite()),
        i in any::<i64>(),
        text in tricky_string(30),
    ) {
        use rating_chart::model::parse::{parse, Json};
        // Integral doubles below 1e15: read back exactly by serde_json too.
        let whole = (f % 1e15).trunc();
        let value = json!({"f": whole, "i": i, "t": text, "l": [whole, null, true]});
        let doc = value.to_string();
        let mut out = String::new();
        parse(&doc).expect("serde_json wrote JSON").value.write_compact(&mut out, usize::MAX);
        prop_assert_eq!(out, doc);

        let doc = json!([f]).to_string();
        let parsed = parse(&doc).expect("serde_json wrote JSON");
        let Json::Array(items) = &parsed.value else { panic!("an array") };
        let Json::Number(n) = &items[0] else { panic!("a number") };
        let mut out = String::new();
        items[0].write_compact(&mut out, usize::MAX);
        prop_assert_eq!(out.parse::<f64>().ok(), n.as_f64(), "{}", out);
    }
}

/// Whether the segment `a`–`b` meets `r` (for the story's property test).
fn meets(a: (f64, f64), b: (f64, f64), r: &rating_chart::scene::Rect) -> bool {
    let steps = 64;
    (0..=steps).any(|k| {
        let t = k as f64 / steps as f64;
        let (x, y) = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
        x > r.x && x < r.right() && y > r.y && y < r.bottom()
    })
}

/// The gallery's examples with a random story: highlighted groups or a
/// tier, a sort, up to six annotations of random length on random groups,
/// tiers and periods, and a reference value.
fn story_doc() -> impl Strategy<Value = (Value, String)> {
    let names = [
        "hai-duong-2021",
        "approval-three-years",
        "dang-bo-truc-thuoc",
        "likert-city-services",
        "shares-only",
        "hai-duong-two-periods",
    ];
    let kinds = [
        "stacked",
        "diverging",
        "grouped",
        "donut",
        "waffle",
        "trend",
        "multiples",
        "table",
    ];
    (
        prop::sample::select(names.to_vec()),
        prop::sample::select(kinds.to_vec()),
        prop::collection::vec((any::<prop::sample::Index>(), any::<Option<prop::sample::Index>>(), any::<bool>(), 1usize..160), 0..6),
        any::<Option<prop::sample::Index>>(),
        any::<Option<prop::sample::Index>>(),
        prop::option::of(0u32..=100_000),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(name, kind, notes, hl_group, hl_tier, reference, sort)| {
            let path = common::root().join(format!("www/examples/{name}.json"));
            let mut doc: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
            let labels: Vec<Value> = doc["groups"].as_array().unwrap().iter().map(|g| g["label"].clone()).collect();
            let periods: Vec<Value> = doc["groups"].as_array().unwrap().iter().filter_map(|g| g.get("period").cloned()).collect();
            let ids: Vec<Value> = doc["tiers"].as_array().unwrap().iter().map(|t| t["id"].clone()).collect();
            let words = "Năm 2020: Covid-19 làm chậm việc đánh giá ở nhiều chi bộ, the survey moved online that year";
            let mut annotations = Vec::new();
            for (g, t, by_period, len) in notes {
                let text: String = words.chars().cycle().take(len).collect();
                let text = text.trim().to_string();
                if text.is_empty() {
                    continue;
                }
                let mut a = Map::new();
                if by_period && !periods.is_empty() {
                    a.insert("period".into(), g.get(&periods).clone());
                } else {
                    a.insert("group".into(), g.get(&labels).clone());
                    if let Some(t) = t {
                        a.insert("tier".into(), t.get(&ids).clone());
                    }
                }
                a.insert("text".into(), Value::String(text));
                annotations.push(Value::Object(a));
            }
            let mut highlight = Map::new();
            if let Some(g) = hl_group {
                highlight.insert("groups".into(), json!([g.get(&labels)]));
            }
            if let Some(t) = hl_tier {
                highlight.insert("tier".into(), t.get(&ids).clone());
            }
            let sorts = [json!({"by": "data"}), json!({"by": "total"}), json!({"by": "positive", "order": "ascending"}), json!({"by": "tier", "tier": ids[0].clone()})];
            doc["display"] = json!({"kind": kind, "highlight": highlight, "sort": sort.get(&sorts)});
            doc["annotations"] = Value::Array(annotations);
            if let Some(r) = reference {
                doc["reference"] = json!({"share": f64::from(r) / 1000.0, "label": "cả nước"});
            }
            (doc, kind.to_string())
        })
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..config(48) })]

    /// With any story, down to the narrowest width: every item inside the
    /// chart, every datum drawn once and picked, and the story's texts
    /// (annotations, the reference's name, added values) overlap no mark
    /// and no other text.
    #[test]
    fn the_story_keeps_the_layout_invariants(
        (doc, kind) in story_doc(),
        width in 160.0..1400.0f64,
    ) {
        use rating_chart::scene::{Role, Shape};
        let v = validate(&doc.to_string());
        let d = v.data.unwrap_or_else(|| panic!("{kind}: {:?}", v.issues));
        let scene = check_downstream(&d, width, None);
        let texts: Vec<_> = scene.items.iter().filter(|i| matches!(i.shape, Shape::Text { .. })).collect();
        let ours = |i: &rating_chart::scene::Item| matches!(i.role, Role::Annotation | Role::Reference);
        for a in texts.iter().filter(|i| ours(i)) {
            let r = rating_chart::scene::Rect { x: a.bounds.x + 1.0, y: a.bounds.y + 1.0, w: a.bounds.w - 2.0, h: a.bounds.h - 2.0 };
            for b in &texts {
                if std::ptr::eq(*a, *b) {
                    continue;
                }
                prop_assert!(!b.bounds.overlaps(&r), "{kind} @ {width}: {:?} overlaps {:?}", a.shape, b.shape);
            }
            for m in scene.items.iter().filter(|i| matches!(i.role, Role::Segment | Role::Series | Role::Reference)) {
                let hit = match &m.shape {
                    Shape::Line { points, .. } => points.windows(2).any(|s| meets(s[0], s[1], &r)),
                    Shape::Text { .. } => false,
                    _ => m.bounds.overlaps(&r),
                };
                prop_assert!(!hit, "{kind} @ {width}: {:?} overlaps {:?} {:?}", a.shape, m.role, m.bounds);
            }
        }
    }
}

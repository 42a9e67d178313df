//! Validation, table-driven over `tests/fixtures`: each invalid fixture yields
//! its exact issue code and path; valid fixtures yield no error.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use rating_chart::model::limits;
use rating_chart::model::validate::{validate, validate_bytes};
use rating_chart::model::{validate_bytes_in, validate_in, Lang};
use rating_chart::Severity;
use std::path::Path;

fn fixture(kind: &str, name: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind)
        .join(format!("{name}.json"));
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// (fixture, expected code, expected path) — the first error must match.
const INVALID: &[(&str, &str, &str)] = &[
    // Not JSON, or not a JSON object.
    ("syntax-trailing-comma", "json.syntax", ""),
    ("syntax-single-quotes", "json.syntax", ""),
    ("syntax-comment", "json.syntax", ""),
    ("syntax-missing-comma", "json.syntax", ""),
    ("syntax-bom-twice", "json.syntax", ""),
    ("empty-document", "json.syntax", ""),
    ("not-utf8", "json.encoding", ""),
    ("utf16", "json.encoding", ""),
    ("deeply-nested", "json.too_deep", ""),
    ("top-level-array", "json.not_object", ""),
    (
        "duplicate-key",
        "json.duplicate_key",
        "groups[0].counts.good",
    ),
    ("version-nan", "number.not_finite", "version"),
    // Fields: missing, wrong type, wrong value.
    ("missing-version", "field.missing", "version"),
    ("tier-missing-label", "field.missing", "tiers[0].label"),
    ("group-missing-counts", "field.missing", "groups[1].counts"),
    ("title-not-text", "field.type", "title"),
    ("tiers-not-list", "field.type", "tiers"),
    ("counts-not-object", "field.type", "groups[0].counts"),
    ("color-not-text", "field.type", "tiers[0].color"),
    ("locale-not-text", "field.type", "locale"),
    ("version-2", "version.unsupported", "version"),
    ("version-text", "version.unsupported", "version"),
    // Tiers.
    ("tiers-empty", "tiers.empty", "tiers"),
    ("tiers-too-many", "limit.tiers", "tiers"),
    ("tier-id-duplicate", "tier.id.duplicate", "tiers[1].id"),
    ("tier-id-invalid", "tier.id.invalid", "tiers[0].id"),
    ("tier-id-proto", "tier.id.reserved", "tiers[0].id"),
    ("tier-id-constructor", "tier.id.reserved", "tiers[2].id"),
    ("color-invalid", "color.invalid", "tiers[0].color"),
    ("color-css-injection", "color.invalid", "tiers[0].color"),
    ("color-transparent", "color.transparent", "tiers[1].color"),
    (
        "polarity-invalid",
        "tier.polarity.invalid",
        "tiers[3].polarity",
    ),
    // Groups and their counts.
    ("groups-empty", "groups.empty", "groups"),
    ("periods-too-many", "limit.periods", "groups"),
    ("count-negative", "count.negative", "groups[2].counts.good"),
    (
        "count-fractional",
        "count.fractional",
        "groups[2].counts.good",
    ),
    ("count-nan", "count.not_finite", "groups[2].counts.good"),
    (
        "count-infinity",
        "count.not_finite",
        "groups[0].counts.excellent",
    ),
    (
        "count-string",
        "count.not_number",
        "groups[2].counts.excellent",
    ),
    ("total-string", "count.not_number", "groups[2].total"),
    (
        "count-too-large",
        "count.too_large",
        "groups[0].counts.excellent",
    ),
    (
        "count-1e308",
        "count.too_large",
        "groups[0].counts.excellent",
    ),
    (
        "count-beyond-u64",
        "count.too_large",
        "groups[0].counts.excellent",
    ),
    (
        "count-unknown-tier",
        "count.unknown_tier",
        "groups[1].counts.great",
    ),
    (
        "count-proto-key",
        "count.unknown_tier",
        "groups[0].counts.__proto__",
    ),
    (
        "count-missing",
        "count.missing",
        "groups[1].counts.completed",
    ),
    (
        "counts-empty",
        "count.missing",
        "groups[0].counts.excellent",
    ),
    ("total-below-sum", "total.below_sum", "groups[1].total"),
    ("group-duplicate", "group.duplicate", "groups[2].label"),
    (
        "group-duplicate-invisible",
        "group.duplicate",
        "groups[1].label",
    ),
    ("period-invalid", "period.invalid", "groups[1].period"),
    ("count-1e400", "count.too_large", "groups[1].counts.good"),
    ("number-1e400", "number.out_of_range", "display.decimals"),
    (
        "period-year-negative",
        "period.year_range",
        "groups[1].period",
    ),
    ("period-year-20230", "period.year_range", "groups[1].period"),
    // Text.
    ("label-empty", "text.empty", "groups[0].label"),
    ("label-only-invisible", "text.empty", "groups[0].label"),
    ("label-control", "text.control_character", "groups[0].label"),
    ("label-tab", "text.control_character", "tiers[1].label"),
    (
        "label-bidi-override",
        "text.bidi_control",
        "groups[0].label",
    ),
    ("label-too-long", "text.too_long", "tiers[0].label"),
    ("source-url-javascript", "url.invalid", "source.url"),
    // Display.
    ("kind-unknown", "display.kind.unknown", "display.kind"),
    ("values-unknown", "display.values.unknown", "display.values"),
    (
        "decimals-range",
        "display.decimals.range",
        "display.decimals",
    ),
    // The story: highlight, sort, annotations, reference.
    (
        "highlight-unknown-group",
        "story.group.unknown",
        "display.highlight.groups[1]",
    ),
    (
        "highlight-unknown-tier",
        "story.tier.unknown",
        "display.highlight.tier",
    ),
    ("sort-unknown", "display.sort.unknown", "display.sort.by"),
    (
        "sort-order-unknown",
        "display.sort.unknown",
        "display.sort.order",
    ),
    (
        "sort-tier-missing",
        "display.sort.tier_missing",
        "display.sort.tier",
    ),
    (
        "annotation-no-target",
        "annotation.target_missing",
        "annotations[0]",
    ),
    (
        "annotation-unknown-period",
        "story.period.unknown",
        "annotations[0].period",
    ),
    (
        "annotation-text-too-long",
        "text.too_long",
        "annotations[0].text",
    ),
    ("annotations-too-many", "limit.annotations", "annotations"),
    ("reference-share-range", "share.range", "reference.share"),
    (
        "reference-label-missing",
        "field.missing",
        "reference.label",
    ),
    (
        "reference-tier-unknown",
        "story.tier.unknown",
        "reference.tier",
    ),
    // Shares-only data.
    ("shares-over-100", "shares.over_100", "groups[0].shares"),
    ("shares-empty", "shares.empty", "groups[1].shares"),
    (
        "shares-mixed-with-counts",
        "groups.mixed_basis",
        "groups[1].counts",
    ),
    (
        "shares-and-counts",
        "group.counts_and_shares",
        "groups[0].shares",
    ),
    ("share-negative", "share.range", "groups[0].shares.neutral"),
    (
        "share-too-precise",
        "share.precision",
        "groups[0].shares.approve",
    ),
    (
        "share-percent-text",
        "share.not_number",
        "groups[0].shares.approve",
    ),
    // Theme.
    (
        "theme-palette-color-invalid",
        "color.invalid",
        "theme.palette[2]",
    ),
    (
        "theme-palette-too-short",
        "theme.palette.too_short",
        "theme.palette",
    ),
    ("theme-font-injection", "theme.font.invalid", "theme.font"),
    ("theme-mode-unknown", "theme.mode.unknown", "theme.mode"),
    ("theme-paper-hwb", "color.invalid", "theme.paper"),
    ("theme-not-object", "field.type", "theme"),
];

#[test]
fn every_invalid_fixture_reports_its_code_and_path() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let on_disk = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(
        on_disk,
        INVALID.len(),
        "every invalid fixture needs a row in INVALID"
    );
    for (name, code, path) in INVALID {
        let v = validate_bytes(&fixture("invalid", name));
        assert!(v.data.is_none(), "{name}: should be invalid");
        let first = v
            .errors()
            .next()
            .unwrap_or_else(|| panic!("{name}: no error"));
        assert_eq!(
            (first.code, first.path.as_str()),
            (*code, *path),
            "{name}: {first:?}"
        );
        assert!(!first.message.is_empty());
    }
}

#[test]
fn valid_fixtures_have_no_errors() {
    let mut n = 0;
    for p in common::valid_paths() {
        let v = validate_bytes(&std::fs::read(&p).unwrap());
        let errors: Vec<_> = v.errors().collect();
        assert!(errors.is_empty(), "{}: {errors:?}", p.display());
        assert!(v.data.is_some());
        n += 1;
    }
    assert!(n >= 3);
}

#[test]
fn syntax_errors_give_line_and_column() {
    let v = validate("{\n  \"version\": 1,\n  \"tiers\": [],\n}\n");
    assert_eq!(v.issues.len(), 1);
    assert!(
        v.issues[0].message.contains("line 4, column 1"),
        "{}",
        v.issues[0].message
    );
}

#[test]
fn several_problems_are_reported_together() {
    let v = validate(
        r#"{"version": 1, "tiers": [{"id": "a", "label": "A"}, {"id": "a", "label": ""}],
            "groups": [{"label": "G", "counts": {"a": -1}}], "display": {"kind": "x"}}"#,
    );
    let codes: Vec<&str> = v.errors().map(|i| i.code).collect();
    assert!(codes.contains(&"text.empty"), "{codes:?}");
    assert!(codes.contains(&"display.kind.unknown"), "{codes:?}");
    // With a broken tier list the counts cannot be checked, but the rest is.
    let v = validate(
        r#"{"version": 1, "tiers": [{"id": "a", "label": "A"}],
            "groups": [{"label": "G", "counts": {"a": -1}}, {"label": "H", "counts": {"a": 1.5}}]}"#,
    );
    let paths: Vec<&str> = v.errors().map(|i| i.path.as_str()).collect();
    assert_eq!(paths, ["groups[0].counts.a", "groups[1].counts.a"]);
}

#[test]
fn unknown_fields_and_locales_are_warnings() {
    let v = validate_bytes(&fixture("valid", "warnings"));
    assert!(v.data.is_some());
    let w: Vec<(&str, &str)> = v.issues.iter().map(|i| (i.code, i.path.as_str())).collect();
    assert_eq!(
        w,
        [
            ("field.unknown", "titel"),
            ("locale.unsupported", "locale"),
            ("field.unknown", "groups[0].colour"),
        ]
    );
    assert!(v.issues.iter().all(|i| i.severity == Severity::Warning));
    assert_eq!(v.data.unwrap().locale.tag, "en-US");
}

#[test]
fn bom_is_accepted_and_bad_utf8_is_reported() {
    let mut with_bom = "\u{feff}".as_bytes().to_vec();
    with_bom
        .extend(std::fs::read(common::root().join("www/examples/hai-duong-2021.json")).unwrap());
    assert!(validate_bytes(&with_bom).data.is_some());
    let v = validate_bytes(b"{\"version\": 1, \"title\": \"\xff\"}");
    assert_eq!(v.issues[0].code, "json.encoding");
}

#[test]
fn a_total_above_the_sum_means_not_reported() {
    let v = validate_bytes(
        &std::fs::read(common::root().join("www/examples/khoi-doanh-nghiep-2021.json")).unwrap(),
    );
    let d = v.data.expect("valid");
    assert_eq!(d.groups[0].total, 161);
    assert_eq!(d.groups[0].reported(), 17);
    assert_eq!(d.groups[0].not_reported(), 144);
    assert_eq!(d.groups[0].counts, vec![Some(17), None, None, None]);
}

#[test]
fn messages_say_what_is_allowed() {
    let v = validate_bytes(&fixture("invalid", "count-string"));
    let m = &v.errors().next().unwrap().message;
    assert!(m.contains("13886"), "{m}");
    let v = validate_bytes(&fixture("invalid", "count-unknown-tier"));
    let m = &v.errors().next().unwrap().message;
    assert!(m.contains("\"excellent\""), "{m}");
    // "1" in quotes is the right version written as text: say so.
    let v = validate_bytes_in(&fixture("invalid", "version-text"), Some(Lang::En));
    let m = &v.errors().next().unwrap().message;
    assert_eq!(
        m,
        "The format version must be the number 1, not the text \"1\": remove the quotes."
    );
}

#[test]
fn codes_and_paths_do_not_depend_on_the_language() {
    for (name, _, _) in INVALID {
        let bytes = fixture("invalid", name);
        let vi = validate_bytes_in(&bytes, Some(Lang::Vi));
        let en = validate_bytes_in(&bytes, Some(Lang::En));
        assert_eq!(vi.issues.len(), en.issues.len(), "{name}");
        for (a, b) in vi.issues.iter().zip(&en.issues) {
            assert_eq!((a.code, &a.path, a.severity), (b.code, &b.path, b.severity));
            assert_ne!(a.message, b.message, "{name}: {} is not translated", a.code);
        }
        // The default is one of the two.
        let default = validate_bytes(&bytes);
        let messages: Vec<&str> = default.issues.iter().map(|i| i.message.as_str()).collect();
        let vi_messages: Vec<&str> = vi.issues.iter().map(|i| i.message.as_str()).collect();
        let en_messages: Vec<&str> = en.issues.iter().map(|i| i.message.as_str()).collect();
        assert!(messages == vi_messages || messages == en_messages, "{name}");
    }
}

#[test]
fn messages_follow_the_data_locale_unless_told() {
    let bad = |locale: &str| {
        format!(
            r#"{{"version": 1, {locale} "tiers": [{{"id": "a", "label": "A"}}],
                "groups": [{{"label": "G", "counts": {{"a": -1}}}}]}}"#
        )
    };
    let first = |v: rating_chart::Validated| v.issues[0].message.clone();
    // No locale: the format's default, vi-VN.
    assert_eq!(
        first(validate(&bad(""))),
        "Số lượng -1 là số âm; số lượng phải là số nguyên từ 0 trở lên."
    );
    assert!(first(validate(&bad(r#""locale": "vi-VN","#))).starts_with("Số lượng -1"));
    assert!(first(validate(&bad(r#""locale": "vi","#))).starts_with("Số lượng -1"));
    assert_eq!(
        first(validate(&bad(r#""locale": "en-GB","#))),
        "The count -1 is negative; counts are whole numbers from 0 up."
    );
    assert!(first(validate(&bad(r#""locale": "fr-FR","#))).starts_with("The count -1"));
    // An unknown locale falls back to en-US: English, with its warning first.
    let v = validate(&bad(r#""locale": "xx-YY","#));
    assert_eq!(v.issues[0].code, "locale.unsupported");
    assert!(v.issues[0].message.starts_with("The locale \"xx-YY\""));
    // A locale that is not text keeps the default language.
    assert!(first(validate(&bad(r#""locale": 7,"#))).starts_with("Cần một mã ngôn ngữ"));
    // Told: always that language.
    let v = validate_in(&bad(r#""locale": "en-GB","#), Some(Lang::Vi));
    assert!(first(v).starts_with("Số lượng -1"));
    let v = validate_in(&bad(""), Some(Lang::En));
    assert!(first(v).starts_with("The count -1"));
    // Not JSON: English unless told.
    assert!(first(validate("{")).starts_with("The data is not valid JSON"));
    assert_eq!(
        first(validate_in("{\n  \"a\": 1,\n}", Some(Lang::Vi))),
        "Dữ liệu không phải JSON hợp lệ ở dòng 3, cột 1: có dấu phẩy thừa ở cuối; hãy xoá dấu phẩy cuối cùng."
    );
    assert!(first(validate_bytes_in(b"\xff", Some(Lang::Vi))).contains("UTF-8"));
}

#[test]
fn syntax_errors_count_columns_in_characters() {
    let v = validate("{\"tiêu đề\": 'x'}");
    assert_eq!(
        v.issues[0].message,
        "The data is not valid JSON at line 1, column 13: text must be in double quotes (\"), not single quotes (')."
    );
}

#[test]
fn nan_infinity_and_duplicates_are_reported_with_everything_else() {
    let v = validate(
        r#"{"version": 1, "locale": "en-GB", "tiers": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}],
            "groups": [{"label": "G", "counts": {"a": NaN, "b": 1}, "total": Infinity},
                       {"label": "H", "counts": {"a": 1, "a": 2, "b": -1}}],
            "display": {"decimals": -Infinity}}"#,
    );
    let got: Vec<(&str, &str)> = v.errors().map(|i| (i.code, i.path.as_str())).collect();
    assert_eq!(
        got,
        [
            ("json.duplicate_key", "groups[1].counts.a"),
            ("count.not_finite", "groups[0].counts.a"),
            ("count.not_finite", "groups[0].total"),
            ("number.not_finite", "display.decimals"),
            ("count.negative", "groups[1].counts.b"),
        ]
    );
    assert!(v.data.is_none());
    // A bare NaN where a key belongs is a syntax error, never a field.
    let v = validate(
        r#"{"version": 1, Infinity: 1, "tiers": [{"id": "a", "label": "A"}],
            "groups": [{"label": "G", "counts": {"a": 1}}]}"#,
    );
    assert_eq!(v.issues.len(), 1);
    assert_eq!(v.issues[0].code, "json.syntax");
    assert!(
        v.issues[0].message.contains("line 1, column 16"),
        "{}",
        v.issues[0].message
    );
}

#[test]
fn all_zero_groups_are_valid_empty_rows() {
    let v = validate_bytes(&fixture("valid", "all-zero-groups"));
    let d = v.data.expect("valid");
    assert!(v.issues.is_empty(), "{:?}", v.issues);
    assert_eq!(d.groups[0].total, 0);
    assert_eq!(d.groups[1].total, 0);
    assert_eq!(d.groups[1].counts, vec![None; 4]);
    assert_eq!(d.groups[2].not_reported(), 120);
    let derived = rating_chart::derive::derive(&d);
    for row in &derived.rows[..2] {
        assert!(row.parts.iter().all(|p| p.share_units == 0), "{row:?}");
    }
}

#[test]
fn zero_width_characters_warn_and_prototype_keys_are_only_unknown_fields() {
    let v = validate_bytes(&fixture("valid", "label-zero-width"));
    assert!(v.data.is_some());
    let w: Vec<(&str, &str)> = v.issues.iter().map(|i| (i.code, i.path.as_str())).collect();
    assert_eq!(
        w,
        [
            ("text.invisible_character", "tiers[3].label"),
            ("text.invisible_character", "groups[0].label"),
        ]
    );
    let v = validate_bytes(&fixture("valid", "proto-keys"));
    let d = v.data.expect("valid");
    assert!(v
        .issues
        .iter()
        .all(|i| i.code == "field.unknown" && i.severity == Severity::Warning));
    assert_eq!(v.issues.len(), 6);
    assert_eq!(d.groups[0].label, "__proto__");
    // Emoji, RTL text, joiners and HTML are all just text.
    for name in ["labels-unicode", "labels-html"] {
        let v = validate_bytes(&fixture("valid", name));
        assert!(v.issues.is_empty(), "{name}: {:?}", v.issues);
    }
    let d = validate_bytes(&fixture("valid", "labels-html"))
        .data
        .unwrap();
    assert_eq!(d.tiers[0].label, "<img src=x onerror=alert(1)>");
}

#[test]
fn unknown_fields_name_the_field_and_suggest_a_fix() {
    let v = validate(
        r#"{"version": 1, "locale": "en-US", "tiers": [{"id": "a", "lable": "A", "label": "A"}],
            "groups": [{"label": "G", "counts": {"a": 1}}]}"#,
    );
    assert_eq!(v.issues.len(), 1);
    assert_eq!(v.issues[0].path, "tiers[0].lable");
    assert!(
        v.issues[0]
            .message
            .starts_with("Unknown field \"lable\", ignored (did you mean \"label\"?)"),
        "{}",
        v.issues[0].message
    );
}

/// A minimal valid document with `groups` groups.
fn doc_with_groups(groups: usize) -> String {
    let gs: Vec<String> = (0..groups)
        .map(|i| format!(r#"{{"label":"g{i}","counts":{{"a":{i}}}}}"#))
        .collect();
    format!(
        r#"{{"version":1,"tiers":[{{"id":"a","label":"A"}}],"groups":[{}]}}"#,
        gs.join(",")
    )
}

#[test]
fn limits_are_enforced_with_their_own_codes() {
    let codes =
        |v: &rating_chart::Validated| -> Vec<&'static str> { v.errors().map(|i| i.code).collect() };
    // Document size: checked before anything else, also for bytes.
    let big = format!(
        "{{\"notes\": \"{}\"}}",
        "x".repeat(limits::MAX_DOCUMENT_BYTES)
    );
    assert_eq!(codes(&validate(&big)), ["limit.document_size"]);
    let mut big_bytes = big.into_bytes();
    big_bytes.push(0xff);
    assert_eq!(codes(&validate_bytes(&big_bytes)), ["limit.document_size"]);
    // Groups.
    assert!(validate(&doc_with_groups(limits::MAX_GROUPS))
        .data
        .is_some());
    assert!(validate(&doc_with_groups(limits::MAX_GROUPS))
        .data
        .is_some());
    let v = validate(&doc_with_groups(limits::MAX_GROUPS + 1));
    assert_eq!(codes(&v), ["limit.groups"]);
    assert_eq!(v.issues[0].path, "groups");
    // Depth: the parser's limit.
    let deep = format!(
        "{}{}",
        "[".repeat(limits::MAX_DEPTH + 1),
        "]".repeat(limits::MAX_DEPTH + 1)
    );
    assert_eq!(codes(&validate(&deep)), ["json.too_deep"]);
    let ok = format!(
        "{}{}",
        "[".repeat(limits::MAX_DEPTH),
        "]".repeat(limits::MAX_DEPTH)
    );
    assert_eq!(codes(&validate(&ok)), ["json.not_object"]);
    // Tier ids.
    let id = "a".repeat(limits::MAX_TIER_ID_CHARS + 1);
    let v = validate(&format!(
        r#"{{"version":1,"tiers":[{{"id":"{id}","label":"A"}}],"groups":[{{"label":"g","counts":{{}}}}]}}"#
    ));
    assert_eq!(codes(&v), ["tier.id.invalid"]);
}

#[test]
fn floods_of_problems_are_listed_up_to_a_limit_and_counted() {
    // Thousands of unknown tier ids: one error each, but only the first
    // MAX_ISSUES are listed, then how many more there were.
    let keys: Vec<String> = (0..20_000).map(|i| format!("\"k{i}\":0")).collect();
    let text = format!(
        r#"{{"version":1,"locale":"en","tiers":[{{"id":"a","label":"A"}}],"groups":[{{"label":"g","counts":{{"a":1,{}}}}}]}}"#,
        keys.join(",")
    );
    let t0 = std::time::Instant::now();
    let v = validate(&text);
    assert!(t0.elapsed().as_secs_f64() < 2.0, "{:?}", t0.elapsed());
    assert_eq!(v.issues.len(), limits::MAX_ISSUES + 1);
    let last = v.issues.last().unwrap();
    assert_eq!(
        (last.code, last.severity),
        ("issues.truncated", Severity::Error)
    );
    assert_eq!(
        last.message,
        format!(
            "{} more issues are not listed; fix the ones above first.",
            20_000 - limits::MAX_ISSUES
        )
    );
    // Duplicate keys are counted the same way.
    let dups: Vec<String> = (0..1000).map(|_| "\"x\":1".to_string()).collect();
    let v = validate(&format!("{{{}}}", dups.join(",")));
    assert_eq!(v.issues.len(), limits::MAX_ISSUES + 1);
    assert_eq!(v.issues.last().unwrap().code, "issues.truncated");
}

#[test]
fn impossible_years_are_errors_at_their_path_in_both_languages() {
    for (name, found) in [
        ("period-year-negative", "-1"),
        ("period-year-20230", "20230"),
    ] {
        let bytes = fixture("invalid", name);
        for (lang, words) in [
            (Lang::En, "from 1800 to 2200"),
            (Lang::Vi, "từ 1800 đến 2200"),
        ] {
            let v = validate_bytes_in(&bytes, Some(lang));
            let e = v.errors().next().unwrap();
            assert_eq!(
                (e.code, e.path.as_str()),
                ("period.year_range", "groups[1].period")
            );
            assert!(
                e.message.contains(words) && e.message.contains(found),
                "{}",
                e.message
            );
        }
    }
    // The bounds themselves are years; text periods are not years.
    let doc = |period: &str| {
        format!(
            r#"{{"version": 1, "tiers": [{{"id": "a", "label": "A"}}],
               "groups": [{{"label": "G", "period": {period}, "counts": {{"a": 1}}}}]}}"#
        )
    };
    for ok in ["1800", "2200", "\"-1\"", "\"20230\""] {
        let v = validate_bytes(doc(ok).as_bytes());
        assert!(v.errors().next().is_none(), "{ok}: {:?}", v.issues);
    }
    for bad in ["1799", "2201", "0"] {
        let v = validate_bytes(doc(bad).as_bytes());
        assert_eq!(
            v.errors().next().map(|e| e.code),
            Some("period.year_range"),
            "{bad}"
        );
    }
}

#[test]
fn an_empty_or_blank_locale_is_the_default_locale_without_a_warning() {
    for tag in ["\"\"", "\"   \"", "\"\\t\""] {
        let doc = format!(
            r#"{{"version": 1, "locale": {tag}, "tiers": [{{"id": "a", "label": "A"}}],
               "groups": [{{"label": "G", "counts": {{"a": 1169}}}}]}}"#
        );
        let v = validate_bytes(doc.as_bytes());
        assert!(v.issues.is_empty(), "{tag}: {:?}", v.issues);
        assert_eq!(v.lang, Lang::Vi, "{tag}");
        let data = v.data.unwrap();
        assert_eq!(data.locale.tag, "vi-VN", "{tag}");
        assert_eq!(data.locale.format_count(1169), "1.169", "{tag}");
    }
}

#[test]
fn numbers_beyond_a_double_and_lone_surrogates_are_reported_at_their_path() {
    let doc = r#"{"version": 1, "tiers": [{"id": "good", "label": "Good"}],
        "groups": [{"label": "A \ud800 B", "counts": {"good": 1e400}},
                   {"label": "\udc00\ud83d\ude00", "counts": {"good": 1}}],
        "display": {"decimals": 1E+999}}"#;
    for lang in [Lang::En, Lang::Vi] {
        let v = validate_in(doc, Some(lang));
        let got: Vec<(&str, &str, Severity)> = v
            .issues
            .iter()
            .map(|i| (i.code, i.path.as_str(), i.severity))
            .collect();
        assert_eq!(
            got,
            [
                ("count.too_large", "groups[0].counts.good", Severity::Error),
                ("number.out_of_range", "display.decimals", Severity::Error),
                ("text.lone_surrogate", "groups[0].label", Severity::Warning),
                ("text.lone_surrogate", "groups[1].label", Severity::Warning),
            ],
            "{:?}",
            v.issues
        );
        assert!(
            v.issues[0].message.contains("1e400"),
            "{}",
            v.issues[0].message
        );
        assert!(
            v.issues[1].message.contains("1E+999"),
            "{}",
            v.issues[1].message
        );
    }
    // A surrogate alone is only a warning: the text keeps U+FFFD in its
    // place, and a well-formed pair stays the character it encodes.
    let doc = doc.replace("1e400", "1").replace("1E+999", "1");
    let v = validate(&doc);
    let data = v.data.unwrap_or_else(|| panic!("{:?}", v.issues));
    assert_eq!(data.groups[0].label, "A \u{fffd} B");
    assert_eq!(data.groups[1].label, "\u{fffd}\u{1f600}");
}

/// The issues of `doc` as (code, path, severity).
fn issues_of(doc: &str) -> Vec<(&'static str, String, Severity)> {
    validate(doc)
        .issues
        .into_iter()
        .map(|i| (i.code, i.path, i.severity))
        .collect()
}

#[test]
fn text_from_spreadsheets_is_read_as_meant() {
    let doc = r#"{"version": 1,
        "title": "Kết quả\nnăm 2021", "subtitle": "A\r\nB", "notes": "N1\rN2",
        "source": {"text": "Báo\nĐảng"},
        "tiers": [{"id": "a", "label": "Hoàn thành\r\nxuất sắc"}, {"id": "b", "label": "B\uffff"}],
        "groups": [{"label": "Đảng viên\u2028cơ sở", "period": "Q1\n2021", "counts": {"a": 1, "b": 2}},
                   {"label": "\u2067عمّان\u2069 Amman\ufdd0", "period": "Q1 2021", "counts": {"a": 1, "b": 2}}]}"#;
    let warn = Severity::Warning;
    assert_eq!(
        issues_of(doc),
        [
            ("text.line_break", "source.text".to_string(), warn),
            ("text.line_break", "tiers[0].label".to_string(), warn),
            ("text.noncharacter", "tiers[1].label".to_string(), warn),
            ("text.line_break", "groups[0].label".to_string(), warn),
            ("text.line_break", "groups[0].period".to_string(), warn),
            ("text.noncharacter", "groups[1].label".to_string(), warn),
        ]
    );
    let d = validate(doc).data.unwrap();
    // Line breaks in the title, subtitle and notes are line breaks.
    assert_eq!(d.title.as_deref(), Some("Kết quả\nnăm 2021"));
    assert_eq!(d.subtitle.as_deref(), Some("A\nB"));
    assert_eq!(d.notes.as_deref(), Some("N1\nN2"));
    // In labels, spaces; noncharacters dropped; isolates kept.
    assert_eq!(d.source.as_ref().map(|s| s.text.as_str()), Some("Báo Đảng"));
    assert_eq!(d.tiers[0].label, "Hoàn thành xuất sắc");
    assert_eq!(d.tiers[1].label, "B");
    assert_eq!(d.groups[0].label, "Đảng viên cơ sở");
    assert_eq!(d.groups[1].label, "\u{2067}عمّان\u{2069} Amman");
    // "Q1\n2021" is "Q1 2021": the same period twice is a duplicate only
    // with the same label, which these two groups do not share.
    assert_eq!(d.groups[0].period, d.groups[1].period);
    // Overrides and embeddings stay refused; so do tabs, and line breaks
    // in a link.
    for (text, code) in [
        ("\\u202eevil", "text.bidi_control"),
        ("\\u202aevil", "text.bidi_control"),
        ("a\\tb", "text.control_character"),
    ] {
        let doc = format!(
            r#"{{"version": 1, "tiers": [{{"id": "a", "label": "A"}}],
               "groups": [{{"label": "{text}", "counts": {{"a": 1}}}}]}}"#
        );
        let got = issues_of(&doc);
        assert_eq!(got[0].0, code, "{text}: {got:?}");
        assert_eq!(got[0].1, "groups[0].label");
    }
    let doc = r#"{"version": 1, "source": {"text": "S", "url": "https://a.example/\nb"},
        "tiers": [{"id": "a", "label": "A"}], "groups": [{"label": "G", "counts": {"a": 1}}]}"#;
    let got = issues_of(doc);
    assert_eq!(
        (got[0].1.as_str(), got[0].2),
        ("source.url", Severity::Error),
        "{got:?}"
    );
    // Both languages word the new warnings.
    for lang in [Lang::Vi, Lang::En] {
        let v = validate_in(
            r#"{"version": 1, "tiers": [{"id": "a", "label": "A\nB\uffff"}], "groups": [{"label": "G", "counts": {"a": 1}}]}"#,
            Some(lang),
        );
        assert_eq!(v.issues.len(), 2);
        assert!(
            v.issues[1].message.contains("U+FFFF"),
            "{}",
            v.issues[1].message
        );
    }
}

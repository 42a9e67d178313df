//! Validation, table-driven over `tests/fixtures`: each invalid fixture yields
//! its exact issue code and path; valid fixtures yield no error.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use rating_chart::model::validate::{validate, validate_bytes};
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
    // Text.
    ("label-empty", "text.empty", "groups[0].label"),
    ("label-only-invisible", "text.empty", "groups[0].label"),
    ("label-control", "text.control_character", "groups[0].label"),
    ("label-tab", "text.control_character", "tiers[1].label"),
    ("label-noncharacter", "text.control_character", "title"),
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
}

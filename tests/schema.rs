//! The published JSON Schema is generated from the Rust types and matches the
//! validator's field names; valid fixtures deserialise into the typed contract.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use rating_chart::model::input::{fields, schema_json, ChartKind, RatingInput};

#[test]
fn published_schema_is_up_to_date() {
    let published =
        std::fs::read_to_string(common::root().join("www/rating-data.schema.json")).unwrap();
    assert_eq!(
        published,
        schema_json(),
        "run `make schema` and commit www/rating-data.schema.json"
    );
}

fn props(schema: &serde_json::Value, def: Option<&str>) -> Vec<String> {
    let obj = match def {
        None => schema,
        Some(d) => &schema["$defs"][d],
    };
    let mut keys: Vec<String> = obj["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    keys.sort();
    keys
}

fn sorted(names: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

#[test]
fn validator_field_names_match_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(&schema_json()).unwrap();
    assert_eq!(props(&schema, None), sorted(fields::ROOT));
    assert_eq!(props(&schema, Some("SourceInput")), sorted(fields::SOURCE));
    assert_eq!(props(&schema, Some("TierInput")), sorted(fields::TIER));
    assert_eq!(props(&schema, Some("GroupInput")), sorted(fields::GROUP));
    assert_eq!(
        props(&schema, Some("DisplayInput")),
        sorted(fields::DISPLAY)
    );
    assert_eq!(props(&schema, Some("ThemeInput")), sorted(fields::THEME));
    assert_eq!(
        props(&schema, Some("HighlightInput")),
        sorted(fields::HIGHLIGHT)
    );
    assert_eq!(props(&schema, Some("SortInput")), sorted(fields::SORT));
    assert_eq!(
        props(&schema, Some("AnnotationInput")),
        sorted(fields::ANNOTATION)
    );
    assert_eq!(
        props(&schema, Some("ReferenceInput")),
        sorted(fields::REFERENCE)
    );
}

#[test]
fn valid_fixtures_without_warnings_fit_the_typed_contract() {
    for name in [
        "www/examples/hai-duong-2021",
        "www/examples/khoi-doanh-nghiep-2021",
        "tests/fixtures/valid/english-zero-row",
        "www/examples/shares-only",
        "tests/fixtures/valid/eleven-tiers",
    ] {
        let text = std::fs::read_to_string(common::root().join(format!("{name}.json"))).unwrap();
        let typed: Result<RatingInput, _> = serde_json::from_str(&text);
        assert!(typed.is_ok(), "{name}: {typed:?}");
    }
}

#[test]
fn every_chart_kind_has_its_json_name_once() {
    assert_eq!(ChartKind::NAMES.len(), ChartKind::ALL.len());
    for (kind, name) in ChartKind::ALL.into_iter().zip(ChartKind::NAMES) {
        assert_eq!(serde_json::to_value(kind).unwrap(), *name);
        assert_eq!(kind.name(), *name);
        assert_eq!(ChartKind::from_name(name), Some(kind));
    }
    assert_eq!(ChartKind::NAMES[0], "auto");
    assert_eq!(ChartKind::from_name("bars"), None);
}

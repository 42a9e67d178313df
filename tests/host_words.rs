//! `www/host/words.js` and `www/host/error-words.js` are generated from the
//! locale tables (`rating_chart::locale::host_words_js` and
//! `host_error_words_js`): this test fails when a committed file differs
//! from what the tables say, and rewrites them when `UPDATE_GENERATED=1`
//! (`make generated`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use rating_chart::locale::{
    host_error_words_js, host_words_js, placeholders, HOST_ERROR_KEYS, HOST_ERROR_WORDS_PATH,
    HOST_WORDS_PATH, LANGUAGES,
};
use serde_json::{Map, Value};

/// The keys the host codes against, in order.
const KEYS: [&str; 20] = [
    "failed",
    "fetch",
    "badUrl",
    "noData",
    "badType",
    "notUtf8",
    "tooLarge",
    "inlineCut",
    "download",
    "internal",
    "loadFailed",
    "chart",
    "keys",
    "showData",
    "hideData",
    "group",
    "total",
    "emphasised",
    "cleared",
    "attribute",
];

#[test]
fn the_committed_words_are_the_generated_ones() {
    for (file, generated) in [
        (HOST_WORDS_PATH, host_words_js()),
        (HOST_ERROR_WORDS_PATH, host_error_words_js()),
    ] {
        let path = common::root().join(file);
        if common::update_requested("UPDATE_GENERATED") {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{file} is not what the locale tables say; \
             regenerate it: UPDATE_GENERATED=1 cargo test --test host_words (make generated)"
        );
    }
}

/// The object `export const NAME = …;` holds, parsed as JSON once its
/// language keys are quoted.
fn parsed(text: &str, name: &str) -> Map<String, Value> {
    let (_, object) = text
        .split_once(&format!("export const {name} = "))
        .expect("an export of NAME");
    let object = object.trim_end().strip_suffix(';').expect("a closing ;");
    let mut json = object.to_string();
    for words in LANGUAGES {
        json = json.replace(
            &format!("\n  {}: {{", words.lang),
            &format!("\n  \"{}\": {{", words.lang),
        );
    }
    match serde_json::from_str(&json) {
        Ok(Value::Object(map)) => map,
        other => panic!("not a JSON object: {other:?}\n{json}"),
    }
}

#[test]
fn the_generated_words_round_trip_through_json() {
    let words = parsed(&host_words_js(), "WORDS");
    let errors = parsed(&host_error_words_js(), "ERROR_WORDS");
    for text in [host_words_js(), host_error_words_js()] {
        assert!(text.starts_with(
            "// Generated from the Rust core (src/locale/); do not edit. \
             Regenerate: UPDATE_GENERATED=1 cargo test --test host_words\n"
        ));
    }
    for file in [&words, &errors] {
        assert_eq!(
            file.keys().collect::<Vec<_>>(),
            ["de", "en", "fr", "vi"],
            "one object per language"
        );
    }
    for table in LANGUAGES {
        // Every key in exactly one of the two files: the error box's words
        // in error-words.js, the others in words.js.
        let (main, error) = (&words[table.lang], &errors[table.lang]);
        let (main, error) = (main.as_object().unwrap(), error.as_object().unwrap());
        let mut keys: Vec<&str> = main
            .keys()
            .chain(error.keys())
            .map(String::as_str)
            .collect();
        let mut want = KEYS.to_vec();
        keys.sort_unstable();
        want.sort_unstable();
        assert_eq!(keys, want, "{}", table.lang);
        for key in error.keys() {
            assert!(HOST_ERROR_KEYS.contains(&key.as_str()), "{key}");
        }
        for (key, value) in table.host_entries() {
            let object = if HOST_ERROR_KEYS.contains(&key) {
                error
            } else {
                main
            };
            assert_eq!(object[key], Value::from(value), "{}: {key}", table.lang);
        }
    }
    // Texts that need escaping come back as they went in.
    assert_eq!(
        errors["en"]["attribute"],
        "The {name}=\"{value}\" attribute of <rating-chart>"
    );
    assert_eq!(words["fr"]["emphasised"], "Mise en évidence\u{a0}: {tier}");
    // What a page that cannot reach the chart's code shows is not in the
    // file it would fail to import too.
    for key in ["failed", "loadFailed"] {
        assert!(words["en"].get(key).is_some(), "{key}");
    }
}

/// Every language has every key the host uses, with the English
/// placeholders, and the order of the file is the order the host reads.
#[test]
fn every_language_has_every_host_word() {
    let en = LANGUAGES.iter().find(|w| w.lang == "en").expect("English");
    for table in LANGUAGES {
        let entries = table.host_entries();
        assert_eq!(entries.map(|(k, _)| k), KEYS, "{}", table.lang);
        for ((key, text), (_, english)) in entries.iter().zip(en.host_entries()) {
            assert!(!text.is_empty(), "{}: {key}", table.lang);
            let (mut got, mut want) = (placeholders(text), placeholders(english));
            got.sort_unstable();
            want.sort_unstable();
            assert_eq!(got, want, "{}: {key}: {text}", table.lang);
        }
    }
}

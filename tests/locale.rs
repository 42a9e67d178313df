//! One table of words per language: a French or German chart speaks French
//! or German throughout (summary, description, data table), every table has
//! every text with the placeholders of the English one, and Vietnamese and
//! English say what they always said.
#![cfg(not(target_arch = "wasm32"))]

use rating_chart::a11y::{description, summary, table_header, table_rows};
use rating_chart::derive::derive;
use rating_chart::locale::{placeholders, Words, LANGUAGES, LOCALES};
use rating_chart::model::validate::validate;
use rating_chart::scale::format::{DE_DE, EN_US, FR_FR, VI_VN};
use rating_chart::RatingData;

fn valid(json: &str) -> RatingData {
    let v = validate(json);
    v.data.unwrap_or_else(|| panic!("{:?}", v.issues))
}

/// A survey like the demo's: a group with a clear largest tier, one whose
/// total is mostly not reported (with a few answers), one with no answer
/// at all and one of nobody; notes and a source.
fn survey(locale: &str, text: [&str; 12]) -> RatingData {
    let [title, subtitle, notes, source, t1, t2, t3, g1, g2, g3, g4, _] = text;
    valid(&format!(
        r#"{{"version": 1, "locale": "{locale}", "title": "{title}", "subtitle": "{subtitle}",
            "notes": "{notes}", "source": {{"text": "{source}"}},
            "tiers": [
              {{"id": "yes", "label": "{t1}", "polarity": "positive"}},
              {{"id": "neutral", "label": "{t2}", "polarity": "neutral"}},
              {{"id": "no", "label": "{t3}", "polarity": "negative"}}],
            "groups": [
              {{"label": "{g1}", "total": 1200, "counts": {{"yes": 612, "neutral": 180, "no": 408}}}},
              {{"label": "{g2}", "total": 1000, "counts": {{"yes": 50, "no": 30}}}},
              {{"label": "{g3}", "total": 40, "counts": {{"yes": 0}}}},
              {{"label": "{g4}", "total": 0, "counts": {{"yes": 0, "neutral": 0, "no": 0}}}}]}}"#
    ))
}

const FRENCH: [&str; 12] = [
    "Satisfaction à l’égard des services municipaux",
    "Réponses des habitants, 2024",
    "Échantillon de 2 240 personnes",
    "Mairie, enquête de mars 2024",
    "Satisfait",
    "Sans avis",
    "Insatisfait",
    "Hommes",
    "Femmes",
    "Moins de 25 ans",
    "Plus de 75 ans",
    "",
];

const GERMAN: [&str; 12] = [
    "Zufriedenheit mit den städtischen Diensten",
    "Antworten der Einwohner, 2024",
    "Stichprobe von 2.240 Personen",
    "Stadtverwaltung, Umfrage vom März 2024",
    "Zufrieden",
    "Weder noch",
    "Unzufrieden",
    "Männer",
    "Frauen",
    "Unter 25 Jahren",
    "Über 75 Jahren",
    "",
];

#[test]
fn a_french_chart_speaks_french() {
    let d = survey("fr-FR", FRENCH);
    let derived = derive(&d);
    assert_eq!(
        summary(&d, &derived),
        "Satisfaction à l’égard des services municipaux. \
         Hommes\u{a0}: «\u{a0}Satisfait\u{a0}» en tête, avec 51,0\u{202f}%. \
         Femmes\u{a0}: majoritairement non communiqué, 92,0\u{202f}%\u{a0}; parmi les données \
         communiquées, «\u{a0}Satisfait\u{a0}» en tête, avec 5,0\u{202f}%. \
         Moins de 25 ans\u{a0}: majoritairement non communiqué, 100,0\u{202f}%. \
         Plus de 75 ans\u{a0}: aucune donnée (total nul)."
    );
    assert_eq!(
        description(&d, &derived),
        "Réponses des habitants, 2024. \
         Hommes\u{a0}: «\u{a0}Satisfait\u{a0}» en tête, avec 51,0\u{202f}%. \
         Femmes\u{a0}: majoritairement non communiqué, 92,0\u{202f}%\u{a0}; parmi les données \
         communiquées, «\u{a0}Satisfait\u{a0}» en tête, avec 5,0\u{202f}%. \
         Moins de 25 ans\u{a0}: majoritairement non communiqué, 100,0\u{202f}%. \
         Plus de 75 ans\u{a0}: aucune donnée (total nul). \
         Note\u{a0}: Échantillon de 2 240 personnes. \
         Source\u{a0}: Mairie, enquête de mars 2024."
    );
    assert_eq!(
        table_header(&d, &derived),
        ["Satisfait", "Sans avis", "Insatisfait", "Non communiqué"]
    );
    // A tier the group did not give is not the remainder of its total.
    assert_eq!(
        table_rows(&d, &derived)[1].cells[1],
        ("Pas de donnée".to_string(), String::new())
    );
}

#[test]
fn a_german_chart_speaks_german() {
    let d = survey("de-DE", GERMAN);
    let derived = derive(&d);
    assert_eq!(
        summary(&d, &derived),
        "Zufriedenheit mit den städtischen Diensten. \
         Männer: am häufigsten „Zufrieden“, 51,0\u{a0}%. \
         Frauen: überwiegend keine Angabe, 92,0\u{a0}%; \
         unter den Angaben am häufigsten „Zufrieden“, 5,0\u{a0}%. \
         Unter 25 Jahren: überwiegend keine Angabe, 100,0\u{a0}%. \
         Über 75 Jahren: keine Daten (Summe 0)."
    );
    assert_eq!(
        description(&d, &derived),
        "Antworten der Einwohner, 2024. \
         Männer: am häufigsten „Zufrieden“, 51,0\u{a0}%. \
         Frauen: überwiegend keine Angabe, 92,0\u{a0}%; \
         unter den Angaben am häufigsten „Zufrieden“, 5,0\u{a0}%. \
         Unter 25 Jahren: überwiegend keine Angabe, 100,0\u{a0}%. \
         Über 75 Jahren: keine Daten (Summe 0). \
         Anmerkung: Stichprobe von 2.240 Personen. \
         Quelle: Stadtverwaltung, Umfrage vom März 2024."
    );
    assert_eq!(
        table_header(&d, &derived),
        ["Zufrieden", "Weder noch", "Unzufrieden", "Keine Angabe"]
    );
}

/// The same survey in English and Vietnamese: the sentences they always
/// had (the tables moved; the words did not change).
#[test]
fn english_and_vietnamese_say_what_they_said() {
    let en = survey("en-US", FRENCH);
    assert_eq!(
        summary(&en, &derive(&en)),
        "Satisfaction à l’égard des services municipaux. \
         Hommes: largest tier “Satisfait”, 51.0%. \
         Femmes: mostly not reported, 92.0%; of the rest, the largest tier is “Satisfait”, 5.0%. \
         Moins de 25 ans: mostly not reported, 100.0%. \
         Plus de 75 ans: No data (total is 0)."
    );
    let vi = survey("vi-VN", FRENCH);
    assert_eq!(
        summary(&vi, &derive(&vi)),
        "Satisfaction à l’égard des services municipaux. \
         Hommes: nhiều nhất là “Satisfait”, 51,0\u{a0}%. \
         Femmes: phần lớn không công bố, 92,0\u{a0}%; \
         trong phần công bố, nhiều nhất là “Satisfait”, 5,0\u{a0}%. \
         Moins de 25 ans: phần lớn không công bố, 100,0\u{a0}%. \
         Plus de 75 ans: Không có số liệu (tổng bằng 0)."
    );
}

/// Many groups: one sentence for all, in the chart's language, its count
/// formatted by the locale.
#[test]
fn many_groups_are_summed_up_in_each_language() {
    let groups: Vec<String> = (1..=1200)
        .map(|i| format!(r#"{{"label": "G{i}", "counts": {{"yes": 1}}}}"#))
        .collect();
    let many = |locale: &str| {
        valid(&format!(
            r#"{{"version": 1, "locale": "{locale}",
                "tiers": [{{"id": "yes", "label": "Yes"}}], "groups": [{}]}}"#,
            groups.join(",")
        ))
    };
    for (locale, want) in [
        (
            "fr-FR",
            "1\u{202f}200 groupes, de «\u{a0}G1\u{a0}» à «\u{a0}G1200\u{a0}»\u{a0}; \
             le tableau de données donne tous les chiffres.",
        ),
        (
            "de-DE",
            "1.200 Gruppen, von „G1“ bis „G1200“; alle Zahlen stehen in der Datentabelle.",
        ),
        (
            "en-GB",
            "1,200 groups, from “G1” to “G1200”; the data table has every figure.",
        ),
        (
            "vi-VN",
            "1.200 nhóm, từ “G1” đến “G1200”; bảng số liệu có mọi con số.",
        ),
    ] {
        let d = many(locale);
        assert_eq!(summary(&d, &derive(&d)), want, "{locale}");
    }
}

/// Shares-only data says so in the chart's language.
#[test]
fn shares_only_is_said_in_the_charts_language() {
    for (locale, want) in [
        (
            "fr-FR",
            "A\u{a0}: «\u{a0}Oui\u{a0}» en tête, avec 60\u{202f}%. \
             Parts seulement\u{a0}: la source donne des pourcentages, pas des effectifs.",
        ),
        (
            "de-DE",
            "A: am häufigsten „Oui“, 60\u{a0}%. \
             Nur Anteile: Die Quelle nennt Prozente, keine Anzahlen.",
        ),
    ] {
        let d = valid(&format!(
            r#"{{"version": 1, "locale": "{locale}",
                "tiers": [{{"id": "y", "label": "Oui"}}, {{"id": "n", "label": "Non"}}],
                "groups": [{{"label": "A", "shares": {{"y": 60, "n": 40}}}}]}}"#
        ));
        assert_eq!(description(&d, &derive(&d)), want, "{locale}");
    }
}

/// A label from the data that looks like a placeholder is said as it is.
#[test]
fn a_label_is_not_filled_as_a_template() {
    let d = valid(
        r#"{"version": 1, "locale": "en-US",
            "tiers": [{"id": "y", "label": "{share}"}],
            "groups": [{"label": "{tier}", "counts": {"y": 1}}]}"#,
    );
    assert_eq!(
        summary(&d, &derive(&d)),
        "{tier}: largest tier “{share}”, 100.0%."
    );
}

/// Every language has every text, none empty, with the placeholders of the
/// English one (a translation that drops `{why}` would hide the reason).
#[test]
fn every_table_has_every_text_with_the_english_placeholders() {
    let en = LANGUAGES
        .iter()
        .find(|w| w.lang == "en")
        .expect("an English table");
    for words in LANGUAGES {
        let (theirs, ours) = (words.entries(), en.entries());
        assert_eq!(
            theirs.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            ours.iter().map(|(k, _)| *k).collect::<Vec<_>>()
        );
        for ((key, text), (_, english)) in theirs.iter().zip(&ours) {
            assert!(!text.trim().is_empty(), "{}: {key} is empty", words.lang);
            let mut want = placeholders(english);
            let mut got = placeholders(text);
            want.sort_unstable();
            got.sort_unstable();
            assert_eq!(got, want, "{}: {key}: {text}", words.lang);
            // A prefix ends with its space as the English one does.
            assert_eq!(
                text.ends_with(' '),
                english.ends_with(' '),
                "{}: {key}: {text:?}",
                words.lang
            );
        }
    }
}

/// The host's placeholders, as the host fills them.
#[test]
fn the_host_words_have_the_hosts_placeholders() {
    let en = &EN_US.words;
    let want: &[(&str, &[&str])] = &[
        ("fetch", &["url", "why"]),
        ("badType", &["type"]),
        ("download", &["format"]),
        ("loadFailed", &["url", "why"]),
        ("emphasised", &["tier"]),
        ("attribute", &["name", "value"]),
    ];
    for (key, text) in en.host_entries() {
        let expected = want
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(&[][..], |(_, p)| *p);
        assert_eq!(placeholders(text), expected, "{key}");
    }
}

/// A table is the words of one language: locales of a language share it,
/// and each language has one.
#[test]
fn locales_of_a_language_share_its_table() {
    assert!(std::ptr::eq(
        rating_chart::scale::format::EN_GB.words,
        EN_US.words
    ));
    for l in LOCALES {
        let lang = l.tag.split('-').next().unwrap_or_default();
        assert_eq!(l.words.lang, lang, "{}", l.tag);
    }
    let langs: Vec<&str> = LANGUAGES.iter().map(|w| w.lang).collect();
    assert_eq!(langs, ["vi", "en", "fr", "de"]);
    assert_eq!(VI_VN.words.host.cleared, "Đã bỏ làm nổi bật");
    assert_eq!(
        FR_FR.words.host.emphasised,
        "Mise en évidence\u{a0}: {tier}"
    );
    assert_eq!(DE_DE.words.host.cleared, "Hervorhebung aufgehoben");
    assert_eq!(
        Words::fill(DE_DE.words.host.emphasised, "tier", "Zufrieden"),
        "Hervorgehoben: Zufrieden"
    );
}

/// [`Words::entries`] lists every text of a table (the checks above run
/// over it): a field added to the table and not to the list fails here.
#[test]
fn the_list_of_texts_has_every_field() {
    for words in LANGUAGES {
        let debug = format!("{words:#?}");
        // Pretty-printed, every text field is a line `name: "…",`.
        let fields = debug
            .lines()
            .filter_map(|line| line.trim_start().split_once(": \""))
            .filter(|(name, _)| {
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            })
            .count();
        // `lang` is a tag, not a text; `group` and `total` are listed once.
        assert_eq!(fields, words.entries().len() + 1, "{}: {debug}", words.lang);
    }
}

/// The remainder of a stated total and a tier the source did not publish
/// are two things, each with one word, the same everywhere it is said —
/// legend, tooltip, data table, description, CSV — in every language.
#[test]
fn the_remainder_and_an_unpublished_tier_have_one_word_each() {
    use rating_chart::derive::Part;
    use rating_chart::export::csv;
    use rating_chart::interact::describe::describe;
    use rating_chart::layout::{layout, EstimateMeasure, Size, Theme};
    use rating_chart::scene::{Datum, Role, Shape};
    for locale in ["vi-VN", "en-US", "fr-FR", "de-DE"] {
        // 17 of 161 published in the first tier, the others not published:
        // 144 are the remainder (as in khoi-doanh-nghiep-2021).
        let d = valid(&format!(
            r#"{{"version": 1, "locale": "{locale}",
            "tiers": [{{"id": "a", "label": "A"}}, {{"id": "b", "label": "B"}}, {{"id": "c", "label": "C"}}],
            "groups": [{{"label": "G", "total": 161, "counts": {{"a": 17}}}},
                       {{"label": "H", "counts": {{"a": 1, "b": 2, "c": 3}}}}]}}"#
        ));
        let w = d.locale.words;
        assert_ne!(w.not_reported, w.unpublished, "{locale}");
        let derived = derive(&d);
        let size = Size {
            width_px: 640.0,
            height_px: None,
        };
        let scene = layout(&d, &derived, size, &Theme::LIGHT, &EstimateMeasure);
        let texts: Vec<(Role, String)> = scene
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                Shape::Text { text, .. } => Some((i.role, text.clone())),
                _ => None,
            })
            .collect();
        assert!(
            texts
                .iter()
                .any(|(r, t)| *r == Role::LegendLabel && t == w.not_reported),
            "{locale}: legend {texts:?}"
        );
        assert!(
            texts.iter().all(|(_, t)| !t.contains(w.unpublished)),
            "{locale}: the chart never calls the remainder {:?}",
            w.unpublished
        );
        let remainder = Datum {
            group: 0,
            part: Part::NotReported,
        };
        let tip = describe(&d, &derived, &scene, remainder).expect("drawn");
        assert_eq!(tip.tier_label, w.not_reported, "{locale}: tooltip");
        assert_eq!(
            table_header(&d, &derived).last().map(String::as_str),
            Some(w.not_reported),
            "{locale}: table column"
        );
        let rows = table_rows(&d, &derived);
        assert_eq!(rows[0].cells[1].0, w.unpublished, "{locale}: table cell");
        assert_eq!(rows[0].cells[2].0, w.unpublished, "{locale}: table cell");
        let text = description(&d, &derived).to_lowercase();
        assert!(
            text.contains(&w.not_reported.to_lowercase()),
            "{locale}: the description says {:?}: {text}",
            w.not_reported
        );
        assert!(
            !text.contains(&w.unpublished.to_lowercase()),
            "{locale}: {text}"
        );
        let file = csv(&d);
        let header = file.lines().next().unwrap_or_default();
        assert!(header.ends_with(w.not_reported), "{locale}: CSV {header}");
        assert!(file.contains("G,,161,17,,,144"), "{locale}: CSV {file}");
    }
}

/// A chart without a title is named from its scale and its groups (its
/// accessible name, its data table's caption, its SVG copy's title), in
/// its language; never just "chart".
#[test]
fn a_chart_without_a_title_is_named_from_its_tiers_and_groups() {
    use rating_chart::a11y::name;
    let doc = |locale: &str, groups: &str| {
        valid(&format!(
            r#"{{"version": 1, "locale": "{locale}",
            "tiers": [{{"id": "a", "label": "Hoàn thành xuất sắc nhiệm vụ"}},
                      {{"id": "b", "label": "Hoàn thành nhiệm vụ"}},
                      {{"id": "c", "label": "Không hoàn thành nhiệm vụ"}}],
            "groups": [{groups}]}}"#
        ))
    };
    let three = r#"{"label": "X", "counts": {"a": 1, "b": 0, "c": 0}}, {"label": "Y", "counts": {"a": 1, "b": 0, "c": 0}}, {"label": "Z", "counts": {"a": 1, "b": 0, "c": 0}}"#;
    let one = r#"{"label": "Đảng viên", "period": 2021, "counts": {"a": 1, "b": 0, "c": 0}}"#;
    assert_eq!(
        name(&doc("vi-VN", three)),
        "Từ “Hoàn thành xuất sắc nhiệm vụ” đến “Không hoàn thành nhiệm vụ”: 3 nhóm"
    );
    assert_eq!(
        name(&doc("vi-VN", one)),
        "Từ “Hoàn thành xuất sắc nhiệm vụ” đến “Không hoàn thành nhiệm vụ”: Đảng viên (2021)"
    );
    assert_eq!(
        name(&doc("en-US", three)),
        "From “Hoàn thành xuất sắc nhiệm vụ” to “Không hoàn thành nhiệm vụ”: 3 groups"
    );
    assert_eq!(
        name(&doc("fr-FR", three)),
        "De «\u{a0}Hoàn thành xuất sắc nhiệm vụ\u{a0}» à «\u{a0}Không hoàn thành nhiệm vụ\u{a0}»\u{a0}: 3 groupes"
    );
    assert_eq!(
        name(&doc("de-DE", three)),
        "Von „Hoàn thành xuất sắc nhiệm vụ“ bis „Không hoàn thành nhiệm vụ“: 3 Gruppen"
    );
    // One tier: named alone.
    let single = valid(
        r#"{"version": 1, "locale": "en-US", "tiers": [{"id": "a", "label": "Yes"}],
        "groups": [{"label": "P", "counts": {"a": 1}}, {"label": "Q", "counts": {"a": 2}}]}"#,
    );
    assert_eq!(name(&single), "Yes: 2 groups");
    // A title is the name.
    let titled = valid(
        r#"{"version": 1, "title": "Kết quả", "tiers": [{"id": "a", "label": "A"}],
        "groups": [{"label": "P", "counts": {"a": 1}}]}"#,
    );
    assert_eq!(name(&titled), "Kết quả");
    // The SVG copy of the embed code carries the name as its title.
    let code = rating_chart::embed::embed_code(
        "{}",
        &doc("vi-VN", three),
        &rating_chart::embed::EmbedOptions::default(),
    );
    assert!(
        code.contains("<title>Từ “Hoàn thành xuất sắc nhiệm vụ” đến “Không hoàn thành nhiệm vụ”: 3 nhóm</title>"),
        "{code}"
    );
}

//! Every word the widget says to a reader, one table per language, as data.
//!
//! A [`Locale`] is a number format (separators, percent sign, minus) plus
//! the [`Words`] of its language; locales of one language share one table
//! (`en-US` and `en-GB` both point at [`en::WORDS`]). A table holds the words
//! the chart prints (legend, notes, table headers), the sentences of its text
//! alternatives ([`crate::a11y`]) and the host's words ([`HostWords`]:
//! buttons, error headings, key help, announcements), which
//! `www/host/words.js` is generated from ([`host_words_js`]). Sentences are
//! templates with `{name}` placeholders, filled by [`Words::fill_with`].
//!
//! Adding a language is adding a table: a file like [`fr`] with its
//! [`Words`] and its locales, listed in [`LANGUAGES`] and [`LOCALES`]
//! (`tests/locale.rs` checks that every template has the same placeholders
//! as the English one).
//!
//! Number formatting itself ([`Locale::format_count`],
//! [`Locale::format_share`]) lives in [`crate::scale::format`].

pub mod de;
pub mod en;
pub mod fr;
pub mod vi;

pub use de::DE_DE;
pub use en::{EN_GB, EN_US};
pub use fr::FR_FR;
pub use vi::VI_VN;

/// The words of one language: everything the widget says itself.
#[derive(Debug, PartialEq, Eq)]
pub struct Words {
    /// The language of these words (a BCP 47 language subtag: `vi`, `en`,
    /// `fr`, `de`): the key of the host's words and the `lang` of the text
    /// around a chart.
    pub lang: &'static str,
    /// Members of a stated total not placed in any tier (the remainder of
    /// a partial distribution): its legend entry, tooltip, table column,
    /// CSV column, and the word the description uses for it.
    pub not_reported: &'static str,
    /// A tier the source did not publish for a group (its table cell): a
    /// different thing from [`Words::not_reported`], and a different word.
    pub unpublished: &'static str,
    /// "Total", before a group's total.
    pub total: &'static str,
    /// Prefix of the source line, including its separator.
    pub source_prefix: &'static str,
    /// Prefix of the notes, including its separator.
    pub notes_prefix: &'static str,
    /// Shown in a row whose total is 0.
    pub no_data: &'static str,
    /// The words of the kinds only the kinds and full modules draw
    /// (waffle, trend): not in the reader's module, which draws stacked and
    /// diverging bars only.
    #[cfg(any(feature = "all-kinds", not(target_arch = "wasm32")))]
    pub kinds: KindsWords,
    /// Note on charts of shares-only data (no counts were given).
    pub shares_only: &'static str,
    /// Axis or column title for counts.
    pub count: &'static str,
    /// Axis or column title for shares.
    pub share: &'static str,
    /// Column title for the groups.
    pub group: &'static str,
    /// Column title for the periods.
    pub period: &'static str,
    /// The sentences of the summary and description.
    pub summary: SummaryWords,
    /// The host's words around the chart (native builds only: they are
    /// generated into `www/host/words.js`, and the wasm module never says
    /// them).
    #[cfg(not(target_arch = "wasm32"))]
    pub host: HostWords,
}

/// The sentences of a story ([`SummaryWords::story`]).
#[cfg(any(feature = "story", not(target_arch = "wasm32")))]
#[derive(Debug, PartialEq, Eq)]
pub struct StoryWords {
    /// The highlighted groups or tier (the chart's story): `{what}`, their
    /// labels, comma-separated.
    pub highlight: &'static str,
    /// The reference value: `{label}` (what it is), `{tier}`, `{share}`.
    pub reference: &'static str,
    /// The data table's row of the reference value: `{label}`.
    pub reference_row: &'static str,
}

/// The words of the waffle and the trend ([`Words::kinds`]).
#[cfg(any(feature = "all-kinds", not(target_arch = "wasm32")))]
#[derive(Debug, PartialEq, Eq)]
pub struct KindsWords {
    /// Under a waffle whose squares stand for more than one member; `{n}` is
    /// the number one square stands for.
    pub each_square: &'static str,
    /// Under a waffle, naming tiers too small to get a square; `{tiers}` is
    /// their labels, comma-separated.
    pub too_small_for_square: &'static str,
    /// Note when a trend was asked for but the data has fewer than two periods.
    pub trend_needs_periods: &'static str,
}

/// The sentences of the text alternatives ([`crate::a11y::summary`]): one
/// per group, or one for the whole chart when it has many groups. Each is
/// a whole sentence with its stop; `{group}` is the group's label, `{tier}`
/// a tier's, `{share}` and `{unreported}` formatted shares.
#[derive(Debug, PartialEq, Eq)]
pub struct SummaryWords {
    /// A group's largest tier: `{group}`, `{tier}`, `{share}`.
    pub largest: &'static str,
    /// A group whose total is mostly not reported and has no tier with any
    /// member: `{group}`, `{share}` (the share not reported).
    pub mostly_not_reported: &'static str,
    /// A group whose total is mostly not reported, then its largest tier:
    /// `{group}`, `{unreported}` (the share not reported), `{tier}`,
    /// `{share}` (the tier's).
    pub mostly_not_reported_then_largest: &'static str,
    /// A group whose total is 0: `{group}`.
    pub no_data: &'static str,
    /// Instead of a sentence per group, for many groups: `{n}` (how many,
    /// formatted), `{first}` and `{last}` (the first and last group's
    /// labels).
    pub many_groups: &'static str,
    /// The story's sentences ([`crate::a11y`]): not in the reader's module,
    /// which draws no story.
    #[cfg(any(feature = "story", not(target_arch = "wasm32")))]
    pub story: StoryWords,
    /// The name of a chart without a title, from its scale: `{first}` and
    /// `{last}` (its first and last tiers' labels).
    pub name_scale: &'static str,
    /// A chart without a title, of several groups: `{scale}` (as
    /// [`SummaryWords::name_scale`] says, or the label of a lone tier),
    /// `{n}` (how many groups, formatted).
    pub name_groups: &'static str,
    /// A chart without a title, of one group: `{scale}`, `{group}` (its
    /// label).
    pub name_group: &'static str,
}

/// The host's own words (`www/host/words.js`). The table's headers
/// ("Group", "Total") are [`Words::group`] and [`Words::total`].
#[derive(Debug, PartialEq, Eq)]
pub struct HostWords {
    /// Heading of a chart that cannot be drawn.
    pub failed: &'static str,
    /// The data could not be fetched: `{url}`, `{why}`.
    pub fetch: &'static str,
    /// The `src` attribute is not an address the host may fetch.
    pub bad_url: &'static str,
    /// Neither a `src` nor inline data.
    pub no_data: &'static str,
    /// The server sent something other than JSON: `{type}` (its media type).
    /// Follows a colon in [`HostWords::fetch`]'s `{why}`.
    pub bad_type: &'static str,
    /// The data file is not UTF-8 text. Follows a colon as `{why}`.
    pub not_utf8: &'static str,
    /// The data file is larger than the limit (5 MiB). Follows a colon as
    /// `{why}`.
    pub too_large: &'static str,
    /// Inline data whose `<script>` element was closed early by a
    /// `</script>` in a text.
    pub inline_cut: &'static str,
    /// A download button: `{format}` (`SVG`, `PNG`, `CSV`).
    pub download: &'static str,
    /// An error inside the widget.
    pub internal: &'static str,
    /// The widget's code could not be loaded: `{url}`, `{why}`.
    pub load_failed: &'static str,
    /// The canvas's name when the data has no title.
    pub chart: &'static str,
    /// Help on the keys, read when the chart gets focus.
    pub keys: &'static str,
    /// Button that shows the data table.
    pub show_data: &'static str,
    /// Button that hides the data table.
    pub hide_data: &'static str,
    /// Announced when a tier is emphasised: `{tier}`.
    pub emphasised: &'static str,
    /// Announced when the emphasis is cleared.
    pub cleared: &'static str,
    /// Where a message about an attribute comes from: `{name}`, `{value}`.
    pub attribute: &'static str,
}

impl Words {
    /// `template` with `{key}` replaced by `value`.
    pub fn fill(template: &str, key: &str, value: &str) -> String {
        Self::fill_with(template, &[(key, value)])
    }

    /// `template` with each `{key}` of `args` replaced by its value, in one
    /// pass: a value that itself contains `{key}` (a label from the data)
    /// is not filled again. A placeholder not in `args` stays as it is.
    pub fn fill_with(template: &str, args: &[(&str, &str)]) -> String {
        let mut out = String::with_capacity(template.len() + 32);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let value = after.find('}').and_then(|close| {
                let key = &after[..close];
                args.iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, v)| (*v, close))
            });
            match value {
                Some((v, close)) => {
                    out.push_str(v);
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The host's words by their key in `www/host/words.js`, in its order.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn host_entries(&self) -> [(&'static str, &'static str); 20] {
        let h = &self.host;
        [
            ("failed", h.failed),
            ("fetch", h.fetch),
            ("badUrl", h.bad_url),
            ("noData", h.no_data),
            ("badType", h.bad_type),
            ("notUtf8", h.not_utf8),
            ("tooLarge", h.too_large),
            ("inlineCut", h.inline_cut),
            ("download", h.download),
            ("internal", h.internal),
            ("loadFailed", h.load_failed),
            ("chart", h.chart),
            ("keys", h.keys),
            ("showData", h.show_data),
            ("hideData", h.hide_data),
            ("group", self.group),
            ("total", self.total),
            ("emphasised", h.emphasised),
            ("cleared", h.cleared),
            ("attribute", h.attribute),
        ]
    }

    /// Every text of the table by a name (the field's path), host words
    /// included: for checks that run over all of them.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
        let s = &self.summary;
        let mut all = vec![
            ("not_reported", self.not_reported),
            ("unpublished", self.unpublished),
            ("total", self.total),
            ("source_prefix", self.source_prefix),
            ("notes_prefix", self.notes_prefix),
            ("no_data", self.no_data),
            ("kinds.each_square", self.kinds.each_square),
            (
                "kinds.too_small_for_square",
                self.kinds.too_small_for_square,
            ),
            ("kinds.trend_needs_periods", self.kinds.trend_needs_periods),
            ("shares_only", self.shares_only),
            ("count", self.count),
            ("share", self.share),
            ("group", self.group),
            ("period", self.period),
            ("summary.largest", s.largest),
            ("summary.mostly_not_reported", s.mostly_not_reported),
            (
                "summary.mostly_not_reported_then_largest",
                s.mostly_not_reported_then_largest,
            ),
            ("summary.no_data", s.no_data),
            ("summary.many_groups", s.many_groups),
            ("summary.story.highlight", s.story.highlight),
            ("summary.story.reference", s.story.reference),
            ("summary.story.reference_row", s.story.reference_row),
            ("summary.name_scale", s.name_scale),
            ("summary.name_groups", s.name_groups),
            ("summary.name_group", s.name_group),
        ];
        all.extend(
            self.host_entries()
                .into_iter()
                .filter(|(k, _)| !matches!(*k, "group" | "total")),
        );
        all
    }
}

/// The `{name}` placeholders of a template, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    out.push(name);
                }
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

/// A number-format locale and the words of its language.
#[derive(Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 tag.
    pub tag: &'static str,
    /// Decimal separator.
    pub decimal: &'static str,
    /// Thousands separator.
    pub group: &'static str,
    /// Text after a percentage, including any space before the sign.
    pub percent_suffix: &'static str,
    /// Minus sign.
    pub minus: &'static str,
    /// The words of its language.
    pub words: &'static Words,
}

/// Every language's words, one table each; the host's words are generated
/// from them in this order.
pub static LANGUAGES: [&Words; 4] = [&vi::WORDS, &en::WORDS, &fr::WORDS, &de::WORDS];

/// Every supported locale; the first is the format's default.
pub static LOCALES: [&Locale; 5] = [&VI_VN, &EN_US, &EN_GB, &FR_FR, &DE_DE];

/// The default locale of format v1.
pub fn default_locale() -> &'static Locale {
    &VI_VN
}

/// How a requested tag was resolved.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// The tag, or its bare language, matched.
    Exact(&'static Locale),
    /// Only a fallback could be used; warn the user.
    Fallback(&'static Locale),
}

/// Resolves a BCP 47 tag: empty or blank is the default (`vi-VN`), then an
/// exact match (any case), then a bare language tag
/// (`vi`, `en`) silently, then the language of a tag with another region
/// with a warning, and finally `en-US` with a warning.
pub fn resolve_locale(tag: &str) -> Resolved {
    let wanted = tag.trim().replace('_', "-");
    // An empty or blank tag (a CMS field left empty) asks for nothing: the
    // default, as when there is no tag at all.
    if wanted.is_empty() {
        return Resolved::Exact(default_locale());
    }
    if let Some(l) = LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(&wanted)) {
        return Resolved::Exact(l);
    }
    let lang = wanted.split('-').next().unwrap_or("");
    let by_lang = LOCALES
        .iter()
        .find(|l| l.words.lang.eq_ignore_ascii_case(lang));
    match by_lang {
        Some(l) if !wanted.contains('-') => Resolved::Exact(l),
        Some(l) => Resolved::Fallback(l),
        None => Resolved::Fallback(&EN_US),
    }
}

/// Where [`host_words_js`] is written, from the repository's root.
#[cfg(not(target_arch = "wasm32"))]
pub const HOST_WORDS_PATH: &str = "www/host/words.js";

/// Where [`host_error_words_js`] is written, from the repository's root.
#[cfg(not(target_arch = "wasm32"))]
pub const HOST_ERROR_WORDS_PATH: &str = "www/host/error-words.js";

/// The host's words that only an error box says (of
/// [`Words::host_entries`]): they are in a file of their own, which the
/// host imports when it must show one, so that they are not on a reader's
/// way to a first chart. The error box's heading and the words for code
/// that could not be loaded stay with the others: a page that cannot reach
/// the chart's code may not reach this file either.
#[cfg(not(target_arch = "wasm32"))]
pub const HOST_ERROR_KEYS: [&str; 9] = [
    "fetch",
    "badUrl",
    "noData",
    "badType",
    "notUtf8",
    "tooLarge",
    "inlineCut",
    "internal",
    "attribute",
];

/// The text of `www/host/words.js`: every language's
/// [`Words::host_entries`] but the [`HOST_ERROR_KEYS`], as
/// `export const WORDS = { vi: {...}, en: {...}, ... };`, each value a
/// string with `{name}` placeholders. Each language's object is JSON (the
/// strings escaped by `serde_json`), and so is the whole object once the
/// languages' keys are quoted; both are valid JS.
#[cfg(not(target_arch = "wasm32"))]
pub fn host_words_js() -> String {
    words_module(
        "The host's words per language (the key is a locale's language\n \
         *  subtag); `{name}` in a value is a placeholder. The words only an\n \
         *  error box says are in error-words.js.",
        "WORDS",
        |key| !HOST_ERROR_KEYS.contains(&key),
    )
}

/// The text of `www/host/error-words.js`: the [`HOST_ERROR_KEYS`] of every
/// language, as `export const ERROR_WORDS = {...};` (see
/// [`host_words_js`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn host_error_words_js() -> String {
    words_module(
        "The words only an error box says, per language (the key is a\n \
         *  locale's language subtag); `{name}` in a value is a placeholder.\n \
         *  Imported when a chart must show an error box.",
        "ERROR_WORDS",
        |key| HOST_ERROR_KEYS.contains(&key),
    )
}

/// A generated module exporting `name`: each language's host entries that
/// `keep` keeps, under the doc comment `doc`.
#[cfg(not(target_arch = "wasm32"))]
fn words_module(doc: &str, name: &str, keep: impl Fn(&str) -> bool) -> String {
    let mut out = format!(
        "// Generated from the Rust core (src/locale/); do not edit. \
         Regenerate: UPDATE_GENERATED=1 cargo test --test host_words\n\
         \n\
         /** {doc} */\n\
         export const {name} = {{\n"
    );
    for (n, words) in LANGUAGES.iter().enumerate() {
        out.push_str("  ");
        out.push_str(words.lang);
        out.push_str(": {\n");
        let entries: Vec<_> = words
            .host_entries()
            .into_iter()
            .filter(|(key, _)| keep(key))
            .collect();
        for (i, (key, value)) in entries.iter().enumerate() {
            // A string always serializes; the fallback is never taken.
            // No-break spaces are written as escapes: visible to a reader.
            let value = serde_json::to_string(value)
                .unwrap_or_default()
                .replace('\u{a0}', "\\u00a0")
                .replace('\u{202f}', "\\u202f");
            out.push_str(&format!("    \"{key}\": {value}"));
            out.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
        }
        // No trailing comma: the object is JSON once its keys are quoted.
        out.push_str(if n + 1 < LANGUAGES.len() {
            "  },\n"
        } else {
            "  }\n"
        });
    }
    out.push_str("};\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_with_replaces_each_placeholder_once_and_leaves_the_rest() {
        assert_eq!(
            Words::fill_with("{a} and {b}, {a}", &[("a", "1"), ("b", "{a}")]),
            "1 and {a}, 1"
        );
        assert_eq!(Words::fill_with("{x} {", &[("a", "1")]), "{x} {");
        assert_eq!(
            Words::fill("Each square is {n}", "n", "10"),
            "Each square is 10"
        );
    }

    #[test]
    fn placeholders_are_named_in_order() {
        assert_eq!(
            placeholders("Could not load the data from {url}: {why}"),
            ["url", "why"]
        );
        assert!(placeholders("no {} {not a name}").is_empty());
    }

    #[test]
    fn locales_resolve_by_tag_then_language_then_fallback() {
        assert_eq!(resolve_locale("vi-VN"), Resolved::Exact(&VI_VN));
        assert_eq!(resolve_locale("en-gb"), Resolved::Exact(&EN_GB));
        assert_eq!(resolve_locale("vi"), Resolved::Exact(&VI_VN));
        assert_eq!(resolve_locale("de_DE"), Resolved::Exact(&DE_DE));
        assert_eq!(resolve_locale("fr"), Resolved::Exact(&FR_FR));
        assert_eq!(resolve_locale("fr-CA"), Resolved::Fallback(&FR_FR));
        assert_eq!(resolve_locale("en-AU"), Resolved::Fallback(&EN_US));
        assert_eq!(resolve_locale("ja-JP"), Resolved::Fallback(&EN_US));
    }

    #[test]
    fn every_locale_speaks_a_listed_language() {
        for l in LOCALES {
            assert!(
                LANGUAGES.iter().any(|w| std::ptr::eq(*w, l.words)),
                "{}",
                l.tag
            );
            assert!(l.tag.starts_with(l.words.lang), "{}", l.tag);
        }
    }
}

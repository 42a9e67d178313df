//! Validation: untrusted JSON text becomes [`RatingData`] or a list of
//! issues. Every problem is reported at once, each with its JSON path.
//! Nothing here panics on any input.
//!
//! The walk is one `Walker` over the parsed document, in the order
//! of the document's parts: `document.rs` (the top level and the source)
//! reads `tiers.rs`, `groups.rs` (with their numbers in `counts.rs`),
//! `display.rs` and `theme.rs`; `text.rs` checks every text and
//! `walker.rs` holds what they share.

use super::issue::{issues, Issue, Lang, Severity};
use super::limits;
use super::parse::{parse, Json};
use super::rating::RatingData;
use crate::scale::format::{default_locale, resolve_locale, Resolved};

mod counts;
mod display;
mod document;
mod groups;
mod story;
mod text;
mod theme;
mod tiers;
mod walker;

pub use display::{resolve_kind, DIVERGING_NEGATIVE_MIN, WAFFLE_UNITS_MAX};
use walker::Walker;

/// The outcome of validation: the data when there is no error, and every
/// issue (errors and warnings) found.
#[derive(Debug, Clone)]
pub struct Validated {
    /// Valid data, present exactly when `issues` holds no error.
    pub data: Option<RatingData>,
    /// All issues, in document order (at most [`limits::MAX_ISSUES`], then
    /// one `issues.truncated` saying how many more there were).
    pub issues: Vec<Issue>,
    /// The language the messages are in.
    pub lang: Lang,
    /// In a build without the `story` feature (the reader's module): the
    /// document gives a story (`display.highlight`, `annotations` or
    /// `reference`), which this build neither checks nor draws. Its caller
    /// hands such a document to a build that does, whatever else `issues`
    /// says, so that the story's own problems are listed with the others.
    #[cfg(not(feature = "story"))]
    pub story_unread: bool,
}

impl Validated {
    /// Only the errors.
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }
}

/// Validates rating data given as bytes (checks size and UTF-8 first).
/// Messages as in [`validate`].
pub fn validate_bytes(bytes: &[u8]) -> Validated {
    validate_bytes_in(bytes, None)
}

/// Validates rating data given as bytes, with messages in `lang` (or, for
/// `None`, as in [`validate`]).
pub fn validate_bytes_in(bytes: &[u8], lang: Option<Lang>) -> Validated {
    let l = lang.unwrap_or(Lang::En);
    if bytes.len() > limits::MAX_DOCUMENT_BYTES {
        return fail(l, vec![issues::document_too_large(l, bytes.len())]);
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return fail(l, vec![issues::utf16(l)]);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => validate_in(text, lang),
        Err(e) => fail(l, vec![issues::not_utf8(l, e.valid_up_to())]),
    }
}

fn fail(lang: Lang, issues: Vec<Issue>) -> Validated {
    Validated {
        data: None,
        issues,
        lang,
        #[cfg(not(feature = "story"))]
        story_unread: false,
    }
}

/// Validates rating data given as JSON text. Messages are in Vietnamese
/// when the document's `locale` is Vietnamese or absent (the format's
/// default locale is `vi-VN`), in English for any other locale and when the
/// text is not a JSON document at all.
pub fn validate(text: &str) -> Validated {
    validate_in(text, None)
}

/// Validates rating data given as JSON text, with messages in `lang`; `None`
/// picks the language as [`validate`] does.
pub fn validate_in(text: &str, lang: Option<Lang>) -> Validated {
    let fallback = lang.unwrap_or(Lang::En);
    if text.len() > limits::MAX_DOCUMENT_BYTES {
        return fail(
            fallback,
            vec![issues::document_too_large(fallback, text.len())],
        );
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let parsed = match parse(text) {
        Ok(p) => p,
        Err(e) => {
            let issue = if e.too_deep {
                issues::json_too_deep(fallback, e.line, e.column)
            } else {
                issues::json_syntax(fallback, &e.kind, e.line, e.column)
            };
            return fail(fallback, vec![issue]);
        }
    };
    let l = lang.unwrap_or_else(|| document_lang(&parsed.value));
    let mut w = Walker {
        lang: l,
        issues: Vec::new(),
        silenced: Vec::new(),
        dropped: 0,
        dropped_error: false,
        #[cfg(not(feature = "story"))]
        story_unread: false,
    };
    for (path, key) in &parsed.duplicates {
        w.push(issues::duplicate_key(l, path, key));
    }
    for (path, token) in &parsed.non_finite {
        w.push(if is_count_path(path) {
            issues::count_not_finite(l, path, token)
        } else {
            issues::number_not_finite(l, path, token)
        });
    }
    // A NaN or a number out of range was read as null: what the walker
    // would say about that null (missing, wrong type) is already said.
    w.silenced = parsed.non_finite.into_iter().map(|(p, _)| p).collect();
    for (path, number) in parsed.out_of_range {
        w.push(if is_count_path(&path) {
            issues::count_too_large(l, &path, &number)
        } else {
            issues::number_out_of_range(l, &path, &number)
        });
        w.silenced.push(path);
    }
    for path in &parsed.surrogates {
        w.push(issues::text_lone_surrogate(l, path));
    }
    if parsed.unrecorded > 0 {
        w.dropped += parsed.unrecorded;
        w.dropped_error = true;
    }
    let data = w.root(&parsed.value);
    if w.dropped > 0 {
        w.issues
            .push(issues::truncated(l, w.dropped, w.dropped_error));
    }
    let has_error = w.issues.iter().any(|i| i.severity == Severity::Error);
    Validated {
        data: if has_error { None } else { data },
        issues: w.issues,
        lang: l,
        #[cfg(not(feature = "story"))]
        story_unread: w.story_unread,
    }
}

/// The language of messages for a parsed document: that of its locale
/// (after fallback), Vietnamese when it has none.
fn document_lang(v: &Json) -> Lang {
    match v.get("locale") {
        Some(Json::String(tag)) => {
            let l = match resolve_locale(tag) {
                Resolved::Exact(l) | Resolved::Fallback(l) => l,
            };
            Lang::for_locale_tag(l.tag)
        }
        _ => Lang::for_locale_tag(default_locale().tag),
    }
}

/// Whether a path names a group's count or total. (A window of bytes, not
/// `str::contains`: its substring search was 0.7 KB gzip of the reader's
/// module, used nowhere else.)
fn is_count_path(path: &str) -> bool {
    path.starts_with("groups[")
        && (path.as_bytes().windows(8).any(|w| w == b"].counts") || path.ends_with("].total"))
}

//! The walk over the document: where issues are collected (at most
//! [`limits::MAX_ISSUES`], then only counted), and what every part uses:
//! unknown fields with a "did you mean", wrong types, objects.

use crate::model::issue::{issues, Expected, Issue, Lang, Severity};
use crate::model::limits;
use crate::model::parse::Number;
use crate::model::parse::{At, Json, Object};

pub(super) struct Walker {
    pub(super) lang: Lang,
    pub(super) issues: Vec<Issue>,
    /// Paths whose value was a NaN/Infinity marker, already reported (at
    /// most [`limits::MAX_ISSUES`]: a list to scan).
    pub(super) silenced: Vec<String>,
    /// Issues beyond [`limits::MAX_ISSUES`]: how many, and whether any
    /// was an error.
    pub(super) dropped: usize,
    pub(super) dropped_error: bool,
    /// The document gives a story (`display.highlight`, `annotations`,
    /// `reference`) that this build neither reads nor draws (the reader's
    /// module, without the `story` feature): see [`Validated::story_unread`].
    #[cfg(not(feature = "story"))]
    pub(super) story_unread: bool,
}

/// A short rendering of a value for messages (never the whole document,
/// and never more work than that). Empty in a build without message words
/// (the reader's module), where nothing would show it.
#[cfg(not(feature = "messages"))]
pub(super) fn show(_: &Json) -> String {
    String::new()
}

/// A number as a message quotes it (as serde_json writes it). Empty in a
/// build without message words, as [`show`]: the reader's module then
/// carries no float formatting.
#[cfg(not(feature = "messages"))]
pub(super) fn show_number(_: &Number) -> String {
    String::new()
}

/// A number as a message quotes it (as serde_json writes it).
#[cfg(feature = "messages")]
pub(super) fn show_number(n: &Number) -> String {
    crate::model::parse::number_text(n)
}

/// A short rendering of a value for messages (never the whole document,
/// and never more work than that).
#[cfg(feature = "messages")]
pub(super) fn show(v: &Json) -> String {
    const MAX: usize = 40;
    let mut s = String::new();
    v.write_compact(&mut s, MAX * 4);
    if s.chars().count() > MAX {
        let cut: String = s.chars().take(MAX - 3).collect();
        format!("{cut}…")
    } else {
        s
    }
}

/// No "did you mean" in a build without message words (the reader's
/// module): the full module words the message, suggestion included.
#[cfg(not(feature = "messages"))]
fn suggest<'a>(_: &str, _: &[&'a str]) -> Option<&'a str> {
    None
}

/// The allowed name closest to an unknown one (at most 2 edits, or a
/// difference of case or `_`/`-`), for "did you mean".
#[cfg(feature = "messages")]
fn suggest<'a>(key: &str, allowed: &[&'a str]) -> Option<&'a str> {
    if key.chars().count() > 32 {
        return None;
    }
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let k = fold(key);
    allowed
        .iter()
        .map(|a| (edit_distance(&k, &fold(a)), *a))
        .filter(|&(d, _)| d <= 2)
        .min_by_key(|&(d, _)| d)
        .map(|(_, a)| a)
}

/// Levenshtein distance over characters (both inputs are short).
#[cfg(feature = "messages")]
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

impl Walker {
    pub(super) fn push(&mut self, issue: Issue) {
        if self.silenced.contains(&issue.path) {
            return;
        }
        if self.full() {
            self.skip(issue.severity);
        } else {
            self.issues.push(issue);
        }
    }

    /// Whether no more issues are listed (later ones are only counted).
    pub(super) fn full(&self) -> bool {
        self.issues.len() >= limits::MAX_ISSUES
    }

    pub(super) fn skip(&mut self, severity: Severity) {
        self.dropped += 1;
        self.dropped_error |= severity == Severity::Error;
    }

    /// Warns about keys not in `allowed`.
    pub(super) fn known_fields(&mut self, obj: &Object, path: &At, allowed: &[&str]) {
        for key in obj.keys() {
            if allowed.contains(&key) {
                continue;
            }
            if self.full() {
                self.skip(Severity::Warning);
                continue;
            }
            let issue = issues::unknown_field(
                self.lang,
                &At::Key(path, key).render(),
                key,
                suggest(key, allowed),
                allowed,
            );
            self.push(issue);
        }
    }

    pub(super) fn wrong_type(&mut self, path: &At, expected: Expected, v: &Json) {
        self.push(issues::wrong_type(self.lang, &path.render(), expected, v));
    }

    /// The items of the list `v` at `path`, when it is a list neither
    /// empty nor longer than `max`; `empty` and `too_many` word the issues.
    pub(super) fn list<'a, 'v>(
        &mut self,
        v: &'a Json<'v>,
        path: &str,
        max: usize,
        empty: fn(Lang) -> Issue,
        too_many: fn(Lang, usize) -> Issue,
    ) -> Option<&'a [Json<'v>]> {
        let Json::Array(items) = v else {
            self.wrong_type(&At::Path(path), Expected::List, v);
            return None;
        };
        if items.is_empty() {
            self.push(empty(self.lang));
            return None;
        }
        if items.len() > max {
            self.push(too_many(self.lang, items.len()));
            return None;
        }
        Some(items)
    }

    pub(super) fn object<'a, 'v>(&mut self, v: &'a Json<'v>, path: &At) -> Option<&'a Object<'v>> {
        match v {
            Json::Object(m) => Some(m),
            other => {
                self.wrong_type(path, Expected::Object, other);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_only() {
        use crate::model::input::fields;
        assert_eq!(suggest("titel", fields::ROOT), Some("title"));
        assert_eq!(suggest("colour", fields::TIER), Some("color"));
        assert_eq!(suggest("Label", fields::GROUP), Some("label"));
        assert_eq!(suggest("count", fields::GROUP), Some("counts"));
        assert_eq!(suggest("__proto__", fields::ROOT), None);
        assert_eq!(suggest("zzzzzz", fields::ROOT), None);
    }

    #[test]
    fn show_is_bounded() {
        let big = Json::Array(vec![Json::Number(123456.into()); 100_000]);
        assert!(show(&big).chars().count() <= 40);
        assert_eq!(show(&Json::String("x".into())), "\"x\"");
    }
}

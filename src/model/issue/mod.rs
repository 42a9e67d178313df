//! Validation issues: a stable code, a JSON path and a plain message.
//!
//! Every code is listed once, in [`Code`] (`code.rs`). The constructors of
//! [`issues`], one file per part of the document (`document.rs`,
//! `fields.rs`, `text.rs`, `tiers.rs`, `groups.rs`, `shares.rs`,
//! `display.rs`), give each issue its code, path and values; the words of
//! every message are in one table per language (`vi.rs`, `en.rs`: the
//! `Words` of `words.rs`, keyed by the code), so that
//! wording stays consistent and tests can assert it, and adding a language
//! is adding a table. Codes and paths never depend on the language.

use serde::Serialize;

/// Values for a template, by name: `args![found, max]` gives `found` and
/// `max` for `{found}` and `{max}`; `args![id = Quoted(id)]` gives a value
/// of its own for `{id}`.
macro_rules! args {
    ($($name:ident $(= $value:expr)?),* $(,)?) => {
        &[$((stringify!($name), args!(@ $name $($value)?))),*]
    };
    (@ $name:ident) => {
        &$name as &dyn std::fmt::Display
    };
    (@ $name:ident $value:expr) => {
        &$value as &dyn std::fmt::Display
    };
}

mod code;
mod display;
mod document;
#[cfg(feature = "messages")]
mod en;
mod fields;
mod groups;
mod lang;
mod shares;
mod story;
mod text;
mod tiers;
#[cfg(feature = "messages")]
mod vi;
mod words;

pub use code::Code;
pub use lang::Lang;
use words::{fill, Args, Extra, Listed, Quoted, Words};
pub use words::{json_type_name, quote, type_name, Expected, Required};

/// The constructors of every issue, one per code (a few codes have two
/// constructors). Each takes the message language first.
pub mod issues {
    pub use super::display::*;
    pub use super::document::*;
    pub use super::fields::*;
    pub use super::groups::*;
    pub use super::shares::*;
    pub use super::story::*;
    pub use super::text::*;
    pub use super::tiers::*;
}

/// The table of words of `l`.
#[cfg(feature = "messages")]
fn table(l: Lang) -> &'static dyn Words {
    match l {
        Lang::Vi => &vi::Vietnamese,
        Lang::En => &en::English,
    }
}

/// Without the `messages` feature (the reader's wasm module) no table has
/// words: every message is empty and issues keep their code and path (see
/// [`Issue::display_line`]); the full module words them.
#[cfg(not(feature = "messages"))]
fn table(_: Lang) -> &'static dyn Words {
    &words::Silent
}

/// How bad an issue is.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The data cannot be drawn.
    Error,
    /// The data is drawn, but something was ignored or assumed.
    Warning,
}

/// One problem found in the input.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Stable machine-readable code, e.g. `count.negative`: the text
    /// ([`Code::as_str`]) of one [`Code`].
    pub code: &'static str,
    /// JSON path of the offending value, e.g. `groups[2].counts.good`;
    /// empty for the whole document.
    pub path: String,
    /// Plain-language message: what was wrong and what is allowed.
    pub message: String,
    /// Error or warning.
    pub severity: Severity,
}

impl Issue {
    /// An issue with the message of `code` in `l`, filled with `args`.
    fn new(code: Code, severity: Severity, path: &str, l: Lang, args: Args) -> Issue {
        Issue::worded(code, severity, path, fill(table(l).message(code), args))
    }

    fn worded(code: Code, severity: Severity, path: &str, message: String) -> Issue {
        Issue {
            code: code.as_str(),
            path: path.to_string(),
            message,
            severity,
        }
    }

    fn error(code: Code, path: &str, l: Lang, args: Args) -> Issue {
        Issue::new(code, Severity::Error, path, l, args)
    }

    fn warning(code: Code, path: &str, l: Lang, args: Args) -> Issue {
        Issue::new(code, Severity::Warning, path, l, args)
    }

    /// An error with the `extra` text of `l` as its message.
    fn error_as(code: Code, extra: Extra, path: &str, l: Lang, args: Args) -> Issue {
        Issue::worded(
            code,
            Severity::Error,
            path,
            fill(table(l).extra(extra), args),
        )
    }

    /// `path: message`, or just the message for the whole document; the
    /// code stands for a message the build has no words for (the reader's
    /// module).
    pub fn display_line(&self) -> String {
        let message = if self.message.is_empty() {
            self.code
        } else {
            &self.message
        };
        if self.path.is_empty() {
            message.to_string()
        } else {
            crate::scale::format::concat(&[&self.path, ": ", message])
        }
    }
}

#[cfg(test)]
mod tests;

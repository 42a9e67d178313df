//! Validation issues: a stable code, a JSON path and a plain message.
//!
//! Every code is listed once, in [`Code`] (`code.rs`); every user-facing
//! message the validator produces is written in the constructors of
//! [`issues`], one file per part of the document (`document.rs`,
//! `fields.rs`, `text.rs`, `tiers.rs`, `groups.rs`, `shares.rs`,
//! `display.rs`), in Vietnamese and in English, so that wording stays
//! consistent and tests can assert it. The small words they share are in
//! `words.rs`. Codes and paths never depend on the language.

use serde::Serialize;

/// One message in each language; picks the one for `$l`.
macro_rules! msg {
    ($l:expr, vi: $vi:literal, en: $en:literal $(,)?) => {
        match $l {
            Lang::Vi => format!($vi),
            Lang::En => format!($en),
        }
    };
}

mod code;
mod display;
mod document;
mod fields;
mod groups;
mod lang;
mod shares;
mod text;
mod tiers;
mod words;

pub use code::Code;
pub use lang::Lang;
pub use words::{json_type_name, quote, type_name, Expected, Required};

/// The constructors of every issue, one per code (a few codes have two
/// constructors). Each takes the message language first.
pub mod issues {
    pub use super::display::*;
    pub use super::document::*;
    pub use super::fields::*;
    pub use super::groups::*;
    pub use super::shares::*;
    pub use super::text::*;
    pub use super::tiers::*;
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
    fn new(code: Code, severity: Severity, path: &str, message: String) -> Issue {
        Issue {
            code: code.as_str(),
            path: path.to_string(),
            message,
            severity,
        }
    }

    fn error(code: Code, path: &str, message: String) -> Issue {
        Issue::new(code, Severity::Error, path, message)
    }

    fn warning(code: Code, path: &str, message: String) -> Issue {
        Issue::new(code, Severity::Warning, path, message)
    }

    /// `path: message`, or just the message for the whole document.
    pub fn display_line(&self) -> String {
        if self.path.is_empty() {
            self.message.clone()
        } else {
            format!("{}: {}", self.path, self.message)
        }
    }
}

#[cfg(test)]
mod tests;

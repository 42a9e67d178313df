//! Validation issues: a stable code, a JSON path and a plain message.
//!
//! Every user-facing message the validator produces is written in this module,
//! so that wording stays consistent and tests can assert it.

use serde::Serialize;

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
    /// Stable machine-readable code, e.g. `count.negative`.
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
    fn error(code: &'static str, path: &str, message: String) -> Issue {
        Issue {
            code,
            path: path.to_string(),
            message,
            severity: Severity::Error,
        }
    }

    fn warning(code: &'static str, path: &str, message: String) -> Issue {
        Issue {
            code,
            path: path.to_string(),
            message,
            severity: Severity::Warning,
        }
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

/// Describes a JSON value's type in words, for messages.
pub fn json_type_name(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "true/false",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "text",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "an object",
    }
}

/// The constructors of every issue, one per code.
pub mod issues {
    use super::Issue;
    use crate::model::limits;

    /// The document is not valid JSON.
    pub fn json_syntax(detail: &str, line: usize, column: usize) -> Issue {
        Issue::error(
            "json.syntax",
            "",
            format!("The data is not valid JSON at line {line}, column {column}: {detail}."),
        )
    }
    /// The document nests deeper than the parser allows.
    pub fn json_too_deep(line: usize, column: usize) -> Issue {
        Issue::error(
            "json.too_deep",
            "",
            format!(
                "The data nests lists or objects too deeply (line {line}, column {column}); rating data needs at most 4 levels."
            ),
        )
    }
    /// The document is larger than the limit.
    pub fn document_too_large(bytes: usize) -> Issue {
        Issue::error(
            "limit.document_size",
            "",
            format!(
                "The data is {bytes} bytes; at most {} bytes are allowed.",
                limits::MAX_DOCUMENT_BYTES
            ),
        )
    }
    /// The top level is not an object.
    pub fn not_object(found: &str) -> Issue {
        Issue::error(
            "json.not_object",
            "",
            format!(
                "The data must be a JSON object with \"version\", \"tiers\" and \"groups\", not {found}."
            ),
        )
    }
    /// A required field is absent.
    pub fn missing(path: &str, what: &str) -> Issue {
        Issue::error(
            "field.missing",
            path,
            format!("This field is required: {what}."),
        )
    }
    /// An unknown field (probably a typo) was ignored.
    pub fn unknown_field(path: &str, allowed: &[&str]) -> Issue {
        Issue::warning(
            "field.unknown",
            path,
            format!(
                "Unknown field, ignored. Allowed here: {}.",
                allowed.join(", ")
            ),
        )
    }
    /// A value has the wrong JSON type.
    pub fn wrong_type(path: &str, expected: &str, found: &str) -> Issue {
        Issue::error(
            "field.type",
            path,
            format!("Expected {expected}, found {found}."),
        )
    }
    /// `version` is not 1.
    pub fn unsupported_version(found: &str) -> Issue {
        Issue::error(
            "version.unsupported",
            "version",
            format!("Format version {found} is not supported; this widget reads version 1."),
        )
    }
    /// A required text is empty.
    pub fn empty_text(path: &str) -> Issue {
        Issue::error(
            "text.empty",
            path,
            "This text is empty; write at least one visible character.".to_string(),
        )
    }
    /// A text is longer than allowed.
    pub fn text_too_long(path: &str, chars: usize, max: usize) -> Issue {
        Issue::error(
            "text.too_long",
            path,
            format!("This text has {chars} characters; at most {max} are allowed."),
        )
    }
    /// A text contains control or direction-override characters.
    pub fn text_control(path: &str, code_point: u32) -> Issue {
        Issue::error(
            "text.control_character",
            path,
            format!(
                "This text contains the invisible control character U+{code_point:04X}; remove it (line breaks, tabs and direction overrides are not allowed in labels)."
            ),
        )
    }
    /// No tiers.
    pub fn tiers_empty() -> Issue {
        Issue::error(
            "tiers.empty",
            "tiers",
            "The list of tiers is empty; give at least one tier, e.g. {\"id\": \"good\", \"label\": \"Good\"}.".to_string(),
        )
    }
    /// Too many tiers.
    pub fn tiers_too_many(n: usize) -> Issue {
        Issue::error(
            "limit.tiers",
            "tiers",
            format!(
                "There are {n} tiers; at most {} are allowed.",
                limits::MAX_TIERS
            ),
        )
    }
    /// A tier id has characters outside the allowed set.
    pub fn tier_id_invalid(path: &str, id: &str) -> Issue {
        Issue::error(
            "tier.id.invalid",
            path,
            format!(
                "The tier id {id:?} is not allowed; use 1 to 64 letters, digits, \"_\" or \"-\" (e.g. \"excellent\")."
            ),
        )
    }
    /// Two tiers share an id.
    pub fn tier_id_duplicate(path: &str, id: &str, first: usize) -> Issue {
        Issue::error(
            "tier.id.duplicate",
            path,
            format!(
                "The tier id {id:?} is already used by tiers[{first}]; each tier needs its own id."
            ),
        )
    }
    /// A polarity that is not one of the three.
    pub fn polarity_invalid(path: &str, found: &str) -> Issue {
        Issue::error(
            "tier.polarity.invalid",
            path,
            format!("Unknown polarity {found:?}; use \"positive\", \"neutral\" or \"negative\"."),
        )
    }
    /// A colour that cannot be parsed.
    pub fn color_invalid(path: &str, found: &str) -> Issue {
        Issue::error(
            "color.invalid",
            path,
            format!(
                "{found:?} is not a colour; use \"#1f5f99\", \"#fa0\", \"rgb(31, 95, 153)\", \"hsl(210, 66%, 36%)\" or a CSS colour name such as \"steelblue\"."
            ),
        )
    }
    /// A colour that is not opaque.
    pub fn color_transparent(path: &str, found: &str) -> Issue {
        Issue::error(
            "color.transparent",
            path,
            format!("{found:?} is (partly) transparent; tier colours must be opaque so that they stay readable."),
        )
    }
    /// No groups.
    pub fn groups_empty() -> Issue {
        Issue::error(
            "groups.empty",
            "groups",
            "The list of groups is empty; give at least one group with a label and counts."
                .to_string(),
        )
    }
    /// Too many groups.
    pub fn groups_too_many(n: usize) -> Issue {
        Issue::error(
            "limit.groups",
            "groups",
            format!(
                "There are {n} groups; at most {} are allowed.",
                limits::MAX_GROUPS
            ),
        )
    }
    /// Two groups with the same label and period.
    pub fn group_duplicate(path: &str, label: &str, first: usize) -> Issue {
        Issue::error(
            "group.duplicate",
            path,
            format!(
                "The group {label:?} (same period) already appears as groups[{first}]; give each group a distinct label or period."
            ),
        )
    }
    /// A count below zero.
    pub fn count_negative(path: &str, found: &str) -> Issue {
        Issue::error(
            "count.negative",
            path,
            format!("The count {found} is negative; counts are whole numbers from 0 up."),
        )
    }
    /// A count with a fractional part.
    pub fn count_fractional(path: &str, found: &str) -> Issue {
        Issue::error(
            "count.fractional",
            path,
            format!("The count {found} is not a whole number; counts are whole numbers from 0 up."),
        )
    }
    /// A count beyond exact integer range.
    pub fn count_too_large(path: &str, found: &str) -> Issue {
        Issue::error(
            "count.too_large",
            path,
            format!(
                "The count {found} is too large to show exactly; the largest allowed is 9007199254740991 (2^53 − 1)."
            ),
        )
    }
    /// A count written as text.
    pub fn count_is_text(path: &str, found: &str) -> Issue {
        let digits: String = found.chars().filter(|c| c.is_ascii_digit()).collect();
        let hint = if digits.is_empty() {
            String::new()
        } else {
            format!(" (e.g. {digits}, not {found:?})")
        };
        Issue::error(
            "count.not_number",
            path,
            format!(
                "Counts must be plain JSON numbers without quotes or thousands separators{hint}."
            ),
        )
    }
    /// A count for an id that is not a tier.
    pub fn count_unknown_tier(path: &str, id: &str, tiers: &[String]) -> Issue {
        Issue::error(
            "count.unknown_tier",
            path,
            format!(
                "There is no tier with id {id:?}; the tiers are: {}.",
                tiers.join(", ")
            ),
        )
    }
    /// A tier without a count and no total to explain it.
    pub fn count_missing(path: &str, id: &str) -> Issue {
        Issue::error(
            "count.missing",
            path,
            format!(
                "No count for the tier {id:?}; give 0 if there were none, or state the group's \"total\" so the missing part shows as not reported."
            ),
        )
    }
    /// The stated total is below the counts' sum.
    pub fn total_below_sum(path: &str, total: u64, sum: u64) -> Issue {
        Issue::error(
            "total.below_sum",
            path,
            format!("The total {total} is smaller than the sum of the counts, {sum}; the total must be at least the sum."),
        )
    }
    /// The counts' sum overflows exact integer range.
    pub fn sum_too_large(path: &str) -> Issue {
        Issue::error(
            "count.too_large",
            path,
            "The counts add up to more than 9007199254740991 (2^53 − 1), too large to show exactly.".to_string(),
        )
    }
    /// A period that is neither a whole number nor text.
    pub fn period_invalid(path: &str, found: &str) -> Issue {
        Issue::error(
            "period.invalid",
            path,
            format!("Expected a year as a whole number (e.g. 2021) or a short text (e.g. \"2021–2022\"), found {found}."),
        )
    }
    /// An unsupported locale: fell back.
    pub fn locale_fallback(found: &str, used: &str) -> Issue {
        Issue::warning(
            "locale.unsupported",
            "locale",
            format!(
                "The locale {found:?} is not supported; numbers are formatted for {used:?}. Supported: vi-VN, en-US, en-GB, fr-FR, de-DE."
            ),
        )
    }
    /// A source URL that is not http(s).
    pub fn url_invalid(path: &str) -> Issue {
        Issue::error(
            "url.invalid",
            path,
            "The link must be an absolute http:// or https:// address.".to_string(),
        )
    }
    /// An unknown chart kind.
    pub fn kind_unknown(found: &str) -> Issue {
        Issue::error(
            "display.kind.unknown",
            "display.kind",
            format!("Unknown chart kind {found:?}; use \"auto\" or \"stacked\"."),
        )
    }
    /// An unknown value mode.
    pub fn values_unknown(found: &str) -> Issue {
        Issue::error(
            "display.values.unknown",
            "display.values",
            format!("Unknown value mode {found:?}; use \"shares\" or \"counts\"."),
        )
    }
    /// Decimals out of range.
    pub fn decimals_range(found: &str) -> Issue {
        Issue::error(
            "display.decimals.range",
            "display.decimals",
            format!(
                "{found} decimals are not allowed; use a whole number from 0 to {}.",
                limits::MAX_DECIMALS
            ),
        )
    }
    /// Text input that the data could not be decoded from.
    pub fn not_utf8(offset: usize) -> Issue {
        Issue::error(
            "json.encoding",
            "",
            format!(
                "The data is not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8."
            ),
        )
    }
}

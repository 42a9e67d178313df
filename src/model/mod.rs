//! The data model: the JSON contract ([`input`]), the validated data
//! ([`rating`]), parsing ([`parse`]), validation ([`validate`]) and its
//! issues ([`issue`]), in Vietnamese and English ([`Lang`]).

pub mod input;
pub mod issue;
pub mod parse;
pub mod rating;
pub mod validate;

pub use issue::Lang;
pub use validate::{validate_bytes_in, validate_in};

/// Limits enforced before any heavy work, so that no input can freeze a tab.
/// Each has its own issue code (in parentheses).
pub mod limits {
    /// Largest accepted document, in bytes (`limit.document_size`); checked
    /// before the text is decoded or parsed.
    pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;
    /// Deepest nesting of lists and objects (`json.too_deep`): serde_json's
    /// recursion limit (128 levels of recursion, so 127 nested lists or
    /// objects), enforced while parsing.
    pub const MAX_DEPTH: usize = 127;
    /// Most groups in one chart (`limit.groups`). Charts this tall scroll
    /// in a band and measure their text per character (see the README).
    pub const MAX_GROUPS: usize = 10_000;
    /// Most tiers on one scale (`limit.tiers`).
    pub const MAX_TIERS: usize = 12;
    /// Most distinct periods among the groups (`limit.periods`).
    pub const MAX_PERIODS: usize = 100;
    /// Longest label (tiers, groups, periods), in characters (`text.too_long`).
    pub const MAX_LABEL_CHARS: usize = 200;
    /// Longest title, subtitle or source text, in characters (`text.too_long`).
    pub const MAX_TEXT_CHARS: usize = 400;
    /// Longest notes, in characters (`text.too_long`).
    pub const MAX_NOTES_CHARS: usize = 2_000;
    /// Longest annotation, in characters (`text.too_long`).
    pub const MAX_ANNOTATION_CHARS: usize = 160;
    /// Most annotations on one chart (`limit.annotations`).
    pub const MAX_ANNOTATIONS: usize = 20;
    /// Longest source URL, in characters (`text.too_long`).
    pub const MAX_URL_CHARS: usize = 2_000;
    /// Longest tier id, in characters (`tier.id.invalid`).
    pub const MAX_TIER_ID_CHARS: usize = 64;
    /// Most issues listed; the rest are counted in one `issues.truncated`.
    pub const MAX_ISSUES: usize = 100;
    /// Largest count: 2^53 − 1, the largest integer a browser holds exactly.
    pub const MAX_COUNT: u64 = 9_007_199_254_740_991;
    /// Earliest year a numeric period may be (`period.year_range`).
    pub const MIN_YEAR: i64 = 1800;
    /// Latest year a numeric period may be (`period.year_range`).
    pub const MAX_YEAR: i64 = 2200;
    /// Most decimals of a percentage.
    pub const MAX_DECIMALS: u8 = 3;
}

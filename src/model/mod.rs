//! The data model: the JSON contract ([`input`]), the validated data
//! ([`rating`]), validation ([`validate`]) and its issues ([`issue`]).

pub mod input;
pub mod issue;
pub mod rating;
pub mod validate;

/// Limits enforced before any heavy work, so that no input can freeze a tab.
pub mod limits {
    /// Largest accepted document, in bytes.
    pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;
    /// Most groups in one chart.
    pub const MAX_GROUPS: usize = 10_000;
    /// Most tiers on one scale.
    pub const MAX_TIERS: usize = 12;
    /// Longest label (tiers, groups, periods), in characters.
    pub const MAX_LABEL_CHARS: usize = 200;
    /// Longest title, subtitle or source text, in characters.
    pub const MAX_TEXT_CHARS: usize = 400;
    /// Longest notes, in characters.
    pub const MAX_NOTES_CHARS: usize = 2_000;
    /// Largest count: 2^53 − 1, the largest integer a browser holds exactly.
    pub const MAX_COUNT: u64 = 9_007_199_254_740_991;
    /// Most decimals of a percentage.
    pub const MAX_DECIMALS: u8 = 3;
}

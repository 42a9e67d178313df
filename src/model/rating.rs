//! Validated rating data: what every later phase may rely on.

pub use crate::model::input::{ChartKind, Polarity, ValueMode};
use crate::scale::color::Rgb;
use crate::scale::format::Locale;

/// Rating data that passed validation. Tier order is the publisher's order.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingData {
    /// Headline.
    pub title: Option<String>,
    /// Text under the headline.
    pub subtitle: Option<String>,
    /// Source line.
    pub source: Option<Source>,
    /// Notes under the chart.
    pub notes: Option<String>,
    /// Number formats and the widget's own words.
    pub locale: &'static Locale,
    /// The scale, in order.
    pub tiers: Vec<Tier>,
    /// The groups, in display order.
    pub groups: Vec<Group>,
    /// Display options.
    pub display: Display,
}

impl RatingData {
    /// Whether the data gives shares only, no counts (then counts and totals
    /// are never shown). Format v1 data always has counts for now.
    pub fn shares_only(&self) -> bool {
        false
    }
}

/// The source of the figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// As printed.
    pub text: String,
    /// An http(s) link.
    pub url: Option<String>,
}

/// One tier of the scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Tier {
    /// Key in the counts.
    pub id: String,
    /// Reader-facing label.
    pub label: String,
    /// Colour given in the data, if any.
    pub color: Option<Rgb>,
    /// Direction on the scale, if given.
    pub polarity: Option<Polarity>,
}

/// One group's counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Reader-facing label.
    pub label: String,
    /// Period, as text.
    pub period: Option<String>,
    /// Count per tier, in tier order; `None` = not reported (only when a
    /// total was stated).
    pub counts: Vec<Option<u64>>,
    /// The total: the stated one, or else the sum of the counts.
    pub total: u64,
}

impl Group {
    /// Sum of the reported counts (validation keeps it ≤ 2^53 − 1; data
    /// built by hand saturates instead of overflowing).
    pub fn reported(&self) -> u64 {
        self.counts
            .iter()
            .flatten()
            .fold(0u64, |acc, &c| acc.saturating_add(c))
    }

    /// Members of the total not placed in any tier (0 if data built by hand
    /// states a total below the sum).
    pub fn not_reported(&self) -> u64 {
        self.total.saturating_sub(self.reported())
    }
}

/// Display options after defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Display {
    /// Chart kind (never `Auto` after validation).
    pub kind: ChartKind,
    /// What segment labels show.
    pub values: ValueMode,
    /// Fixed decimals, or `None` for adaptive precision.
    pub decimals: Option<u8>,
}

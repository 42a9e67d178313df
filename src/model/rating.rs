//! Validated rating data: what every later phase may rely on.

pub use crate::model::input::{ChartKind, Polarity, ThemeMode, ValueMode};
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
    /// What the groups' numbers are: counts, or shares only.
    pub basis: Basis,
    /// The data's own theme (all unset when it gives none).
    pub theme: DataTheme,
    /// What the chart is about: highlight, order, annotations, reference
    /// (all unset when the data gives none).
    pub story: Story,
}

impl RatingData {
    /// Whether the data gives shares only, no counts (then counts and totals
    /// are never shown, and [`Group::counts`] hold shares in
    /// [`SHARE_UNITS_PER_PERCENT`]ths of a percent).
    pub fn shares_only(&self) -> bool {
        matches!(self.basis, Basis::Shares { .. })
    }
}

/// Units of [`Group::counts`] per percent in shares-only data: shares are
/// kept exactly, in thousandths of a percent (3 decimals at most).
pub const SHARE_UNITS_PER_PERCENT: u64 = 1_000;

/// The decimals a share written in [`SHARE_UNITS_PER_PERCENT`]ths of a
/// percent was given with: 33300 → 1 (33.3), 40000 → 0, 12345 → 3.
pub fn share_decimals(units: u64) -> u8 {
    match units {
        u if u % 1000 == 0 => 0,
        u if u % 100 == 0 => 1,
        u if u % 10 == 0 => 2,
        _ => 3,
    }
}

/// What the numbers of the groups are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Basis {
    /// Counts of members (the usual case).
    #[default]
    Counts,
    /// Shares only, as published: [`Group::counts`] hold each share in
    /// thousandths of a percent and [`Group::total`] is 100 % (100,000), or
    /// the shares' sum when it is a little over 100 from rounding.
    Shares {
        /// The most decimals any share was written with (0–3): the precision
        /// shown unless `display.decimals` sets one.
        decimals: u8,
    },
}

/// A theme given with the data: each field overrides the built-in theme's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataTheme {
    /// CSS font-family list (validated: letters, digits, spaces, commas,
    /// single quotes and hyphens).
    pub font: Option<String>,
    /// Tier colours in tier order (at least one per tier when given).
    pub palette: Vec<Rgb>,
    /// Background.
    pub paper: Option<Rgb>,
    /// Main text.
    pub ink: Option<Rgb>,
    /// Secondary text.
    pub muted: Option<Rgb>,
    /// Light or dark, if given.
    pub mode: Option<ThemeMode>,
}

impl DataTheme {
    /// Whether the theme fixes the chart's colours (paper, ink, muted or
    /// mode given): then the reader's light or dark preference no longer
    /// applies (forced colours still do).
    pub fn fixes_look(&self) -> bool {
        self.paper.is_some() || self.ink.is_some() || self.muted.is_some() || self.mode.is_some()
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

/// One group's counts (or, for shares-only data, shares: see [`Basis`]).
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

/// Which part of a group's total a value belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(tag = "type", content = "index", rename_all = "camelCase")]
pub enum Part {
    /// A tier, by index in tier order.
    Tier(usize),
    /// Members of the stated total not placed in any tier.
    NotReported,
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

/// Largest total a waffle draws with one cell per member.
pub const WAFFLE_UNITS_MAX: u64 = 200;

/// The editor's tools for telling the story, resolved to indices into the
/// (sorted) groups and the tiers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Story {
    /// Highlighted groups, ascending (every row of each label given).
    pub groups: Vec<usize>,
    /// The highlighted tier.
    pub tier: Option<usize>,
    /// How the groups were ordered.
    pub sort: Sort,
    /// Texts attached to the chart.
    pub annotations: Vec<Annotation>,
    /// A share to compare with.
    pub reference: Option<Reference>,
}

impl Story {
    /// Whether the story draws anything over the chart: a highlight,
    /// an annotation or a reference value (what the reader's module,
    /// without the `story` feature, leaves to the kinds module).
    pub fn draws(&self) -> bool {
        self.highlights() || !self.annotations.is_empty() || self.reference.is_some()
    }

    /// Whether anything is highlighted.
    pub fn highlights(&self) -> bool {
        !self.groups.is_empty() || self.tier.is_some()
    }

    /// Whether `part` of `group` is part of the story (always, when
    /// nothing is highlighted).
    pub fn is_highlighted(&self, group: usize, part: Part) -> bool {
        let group_ok = self.groups.is_empty() || self.groups.binary_search(&group).is_ok();
        let tier_ok = match self.tier {
            None => true,
            Some(t) => part == Part::Tier(t),
        };
        group_ok && tier_ok
    }

    /// Whether group `group` is one of the highlighted groups.
    pub fn group_highlighted(&self, group: usize) -> bool {
        self.groups.binary_search(&group).is_ok()
    }
}

/// The order of the groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sort {
    /// The key.
    pub by: SortKey,
    /// Largest first.
    pub descending: bool,
}

/// What the groups are ordered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// As given.
    #[default]
    Data,
    /// The share of a tier.
    Tier(usize),
    /// The share of the positive tiers.
    Positive,
    /// The total.
    Total,
}

/// A short text about a group, a segment or a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    /// The group (index after sorting), if about one.
    pub group: Option<usize>,
    /// The tier, if about one.
    pub tier: Option<usize>,
    /// The period (as text), if about one and no group is named.
    pub period: Option<String>,
    /// What it says.
    pub text: String,
}

/// A share to compare with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The share in thousandths of a percent ([`SHARE_UNITS_PER_PERCENT`]).
    pub share: u64,
    /// What it is ("cả nước").
    pub label: String,
    /// The tier whose share it is.
    pub tier: usize,
}

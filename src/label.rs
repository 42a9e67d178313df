//! The words the chart and its text alternatives share: a group's label
//! (with its period when periods differ), its total, a count, a part's
//! name, all in the data's locale.

use crate::model::rating::{Group, Part, RatingData};

/// "Total: n" for a group, in the data's language; `None` when the data
/// has no counts to total (draw nothing then).
pub fn total_text(data: &RatingData, g: &Group) -> Option<String> {
    if data.shares_only() {
        return None;
    }
    Some(format!(
        "{}: {}",
        data.locale.words.total,
        data.locale.format_count(g.total)
    ))
}

/// A count in the data's locale; `None` when the data gives shares only
/// (a shares-only chart never shows invented counts).
pub fn count_text(data: &RatingData, count: u64) -> Option<String> {
    (!data.shares_only()).then(|| data.locale.format_count(count))
}

/// Whether group labels must name their periods: only when the periods
/// differ (a period shared by every group says nothing about any one).
pub fn periods_differ(data: &RatingData) -> bool {
    data.groups
        .first()
        .is_some_and(|first| data.groups.iter().any(|g| g.period != first.period))
}

/// A group's label, with its period when `with_period`.
pub fn group_label(g: &Group, with_period: bool) -> String {
    match &g.period {
        Some(p) if with_period => format!("{} ({p})", g.label),
        _ => g.label.clone(),
    }
}

/// A part's name: its tier's label, or "not reported" in the data's
/// language.
pub fn part_name(data: &RatingData, part: Part) -> &str {
    match part {
        Part::Tier(i) => data.tiers.get(i).map_or("", |t| t.label.as_str()),
        Part::NotReported => data.locale.words.not_reported,
    }
}

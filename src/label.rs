//! The words the chart and its text alternatives share: a group's label
//! (with its period when periods differ), its total, a count, a part's
//! name, all in the data's locale.

use crate::model::rating::{Group, Part, RatingData, Reference};
use crate::scale::format::concat;

/// "Total: n" for a group, in the data's language; `None` when the data
/// has no counts to total (draw nothing then).
pub fn total_text(data: &RatingData, g: &Group) -> Option<String> {
    if data.shares_only() {
        return None;
    }
    Some(concat(&[
        data.locale.words.total,
        ": ",
        &data.locale.format_count(g.total),
    ]))
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
        Some(p) if with_period => concat(&[&g.label, " (", p, ")"]),
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

/// What an annotation says under the plot: what it is about, then its
/// text ("Đảng viên, Không hoàn thành nhiệm vụ: …", "2020: …").
pub fn annotation_note(
    data: &RatingData,
    group: Option<usize>,
    tier: Option<usize>,
    period: Option<&str>,
    text: &str,
) -> String {
    let mut s = String::new();
    if let Some(g) = group.and_then(|g| data.groups.get(g)) {
        s.push_str(&g.label);
        let periods = data.groups.iter().any(|o| o.period != g.period);
        if let (Some(p), true) = (&g.period, periods) {
            s.push(' ');
            s.push_str(p);
        }
    } else if let Some(p) = period {
        s.push_str(p);
    }
    if let Some(t) = tier {
        s.push_str(", ");
        s.push_str(part_name(data, Part::Tier(t)));
    }
    s.push_str(": ");
    s.push_str(text);
    s
}

/// The reference as text: "cả nước: 15,9 %", and with `tier` the tier's
/// name in brackets.
pub fn reference_text(data: &RatingData, r: &Reference, tier: bool) -> String {
    let mut s = r.label.clone();
    s.push_str(": ");
    s.push_str(&share_text(data, r.share));
    if tier {
        s.push_str(" (");
        s.push_str(part_name(data, Part::Tier(r.tier)));
        s.push(')');
    }
    s
}

/// A share in thousandths of a percent, at the decimals it was given with.
pub fn share_text(data: &RatingData, thousandths: u64) -> String {
    let own = crate::model::rating::share_decimals(thousandths);
    data.locale
        .format_share(thousandths / 10u64.pow(u32::from(3 - own)), own)
}

//! Text alternatives: a summary sentence and table rows built from the data
//! with the same formatter as the chart. Shares-only data shows shares only
//! (never a count or a total).

use crate::derive::{Derived, Part};
use crate::label::{count_text, group_label, periods_differ};
use crate::model::rating::RatingData;
#[cfg(feature = "story")]
use crate::scale::format::join;
use crate::scale::format::{concat, Words};

/// One row of the data table: the group, then count and share per part.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TableRow {
    /// Group label (with period).
    pub group: String,
    /// Formatted total (empty for shares-only data).
    pub total: String,
    /// `(count, share)` per column of [`table_header`], formatted; empty
    /// strings where the data has no value (the count is always empty for
    /// shares-only data).
    pub cells: Vec<(String, String)>,
}

/// Column headers after the group column: every tier, then "not reported"
/// when any group has it.
pub fn table_header(data: &RatingData, derived: &Derived) -> Vec<String> {
    let mut h: Vec<String> = data.tiers.iter().map(|t| t.label.clone()).collect();
    if has_not_reported(derived) {
        h.push(data.locale.words.not_reported.to_string());
    }
    h
}

fn has_not_reported(derived: &Derived) -> bool {
    derived
        .rows
        .iter()
        .any(|r| r.parts.iter().any(|p| p.part == Part::NotReported))
}

/// Every number of the chart as formatted table rows (and the reference
/// value's row last, when the data gives one).
pub fn table_rows(data: &RatingData, derived: &Derived) -> Vec<TableRow> {
    table_rows_in(data, derived, 0..usize::MAX)
}

/// The table rows of the groups in `range` (clamped to the groups there are).
pub fn table_rows_in(
    data: &RatingData,
    derived: &Derived,
    range: std::ops::Range<usize>,
) -> Vec<TableRow> {
    let n = derived.rows.len();
    let end = range.end.min(n);
    let rows = &derived.rows[range.start.min(end)..end];
    let l = data.locale;
    let with_period = periods_differ(data);
    let count = |c: u64| count_text(data, c).unwrap_or_default();
    let columns: Vec<Part> = (0..data.tiers.len())
        .map(Part::Tier)
        .chain(has_not_reported(derived).then_some(Part::NotReported))
        .collect();
    #[cfg_attr(not(feature = "story"), allow(unused_mut))]
    let mut out: Vec<TableRow> = rows
        .iter()
        .map(|row| TableRow {
            group: group_label(&data.groups[row.group], with_period),
            total: count(row.total),
            cells: columns
                .iter()
                .map(|c| match row.parts.iter().find(|p| p.part == *c) {
                    Some(p) => (
                        count(p.count),
                        if row.total == 0 {
                            String::new()
                        } else {
                            p.share_text(l, derived.decimals)
                        },
                    ),
                    // Nothing left unreported in this group: none.
                    None if *c == Part::NotReported => (
                        count(0),
                        if row.total == 0 {
                            String::new()
                        } else {
                            l.format_share(0, derived.decimals)
                        },
                    ),
                    // A tier this group did not report: said, not a blank
                    // cell a screen reader reads as "blank".
                    None if data.shares_only() => (String::new(), l.words.unpublished.to_string()),
                    None => (l.words.unpublished.to_string(), String::new()),
                })
                .collect(),
        })
        .collect();
    // The reference value's row comes after the last group: in the one
    // range that reaches past it. (The reader's module draws no story: it
    // refuses such data.)
    #[cfg(feature = "story")]
    out.extend(
        data.story
            .reference
            .as_ref()
            .filter(|_| range.start <= n && range.end > n)
            .map(|r| TableRow {
                group: Words::fill_with(
                    l.words.summary.story.reference_row,
                    &[("label", &r.label)],
                ),
                total: String::new(),
                cells: columns
                    .iter()
                    .map(|c| {
                        let share = if *c == Part::Tier(r.tier) {
                            crate::label::share_text(data, r.share)
                        } else {
                            String::new()
                        };
                        (String::new(), share)
                    })
                    .collect(),
            }),
    );
    out
}

/// The chart's name (its accessible name, the data table's caption, the
/// title of its SVG copy): the title; for a chart without one, a name
/// from its scale and groups in the data's language ("Từ “Hoàn thành xuất
/// sắc nhiệm vụ” đến “Không hoàn thành nhiệm vụ”: 3 nhóm"), never just
/// "chart".
pub fn name(data: &RatingData) -> String {
    if let Some(t) = &data.title {
        return t.clone();
    }
    let l = data.locale;
    let said = &l.words.summary;
    let fill = Words::fill_with;
    let scale = match (data.tiers.first(), data.tiers.last()) {
        (Some(first), Some(last)) if data.tiers.len() > 1 => fill(
            said.name_scale,
            &[("first", &first.label), ("last", &last.label)],
        ),
        // One tier: its label alone.
        (Some(only), _) => only.label.clone(),
        _ => String::new(),
    };
    match &data.groups[..] {
        [only] => fill(
            said.name_group,
            &[("scale", &scale), ("group", &group_label(only, true))],
        ),
        groups => {
            let n = l.format_count(groups.len() as u64);
            fill(said.name_groups, &[("scale", &scale), ("n", &n)])
        }
    }
}

/// Above this many groups the summary names how many there are instead of
/// describing each: a description read out in full every time the chart
/// gets focus must stay short (the data table and the keyboard give every
/// figure).
pub const SUMMARY_GROUPS: usize = 12;

/// Whether a text ends its own sentence ("…services?"): it then gets no
/// second stop.
fn ends_sentence(text: &str) -> bool {
    text.ends_with(['.', '?', '!', '…', '。', '？', '！', '؟'])
}

/// One sentence per group naming its largest tier, after the title; for
/// more than [`SUMMARY_GROUPS`] groups, how many there are, from which to
/// which, and where their figures are. The sentences are the locale's
/// ([`crate::locale::SummaryWords`]).
pub fn summary(data: &RatingData, derived: &Derived) -> String {
    let l = data.locale;
    let said = &l.words.summary;
    let fill = Words::fill_with;
    let with_period = periods_differ(data);
    let mut out = String::new();
    if let Some(t) = &data.title {
        out.push_str(t);
        // A title that ends a sentence itself ("…services?") gets no second stop.
        out.push_str(if ends_sentence(t) { " " } else { ". " });
    }
    if derived.rows.len() > SUMMARY_GROUPS {
        let n = l.format_count(derived.rows.len() as u64);
        let label = |i: usize| group_label(&data.groups[derived.rows[i].group], with_period);
        let (first, last) = (label(0), label(derived.rows.len() - 1));
        out.push_str(&fill(
            said.many_groups,
            &[("n", &n), ("first", &first), ("last", &last)],
        ));
        return out;
    }
    for row in &derived.rows {
        let g = group_label(&data.groups[row.group], with_period);
        let top = row
            .parts
            .iter()
            .filter(|p| matches!(p.part, Part::Tier(_)))
            .max_by(|a, b| a.count.cmp(&b.count).then(b.part.cmp(&a.part)));
        // When most of the total is not reported, that comes first: the
        // largest tier is then the largest of a minority.
        let unknown = row
            .parts
            .iter()
            .find(|p| p.part == Part::NotReported)
            .filter(|n| top.is_none_or(|t| n.count > t.count))
            .map(|n| n.share_text(l, derived.decimals));
        let top = top.filter(|p| p.count > 0).and_then(|p| match p.part {
            Part::Tier(i) => Some((&data.tiers[i].label, p.share_text(l, derived.decimals))),
            Part::NotReported => None,
        });
        let sentence = match (unknown, top) {
            (None, Some((tier, share))) => fill(
                said.largest,
                &[("group", &g), ("tier", tier), ("share", &share)],
            ),
            (Some(unreported), Some((tier, share))) => fill(
                said.mostly_not_reported_then_largest,
                &[
                    ("group", &g),
                    ("unreported", &unreported),
                    ("tier", tier),
                    ("share", &share),
                ],
            ),
            // Nothing reported at all: "…not reported, 100 %."
            (Some(share), None) => fill(
                said.mostly_not_reported,
                &[("group", &g), ("share", &share)],
            ),
            (None, None) => fill(said.no_data, &[("group", &g)]),
        };
        out.push_str(&sentence);
        out.push(' ');
    }
    out.trim_end().to_string()
}

/// The story in sentences: what is highlighted, the reference value, and
/// each annotation with what it is about.
#[cfg(feature = "story")]
fn story(data: &RatingData, sentence: &mut dyn FnMut(&str)) {
    let story = &data.story;
    let said = &data.locale.words.summary.story;
    if story.highlights() {
        let mut what: Vec<&str> = Vec::new();
        for &g in &story.groups {
            if let Some(gr) = data.groups.get(g) {
                if !what.contains(&gr.label.as_str()) {
                    what.push(&gr.label);
                }
            }
        }
        if let Some(t) = story.tier.and_then(|t| data.tiers.get(t)) {
            what.push(&t.label);
        }
        sentence(&Words::fill_with(
            said.highlight,
            &[("what", &join(&what, ", "))],
        ));
    }
    if let Some(r) = &story.reference {
        let tier = data.tiers.get(r.tier).map_or("", |t| t.label.as_str());
        let share = crate::label::share_text(data, r.share);
        sentence(&Words::fill_with(
            said.reference,
            &[("label", &r.label), ("tier", tier), ("share", &share)],
        ));
    }
    for a in &story.annotations {
        sentence(&crate::label::annotation_note(
            data,
            a.group,
            a.tier,
            a.period.as_deref(),
            &a.text,
        ));
    }
}

/// What a screen reader hears at the canvas beyond its name (the title):
/// the subtitle, a sentence per group (as in [`summary`]), and the lines
/// printed under the plot — notes, "shares only", source — which would
/// otherwise exist only as pixels.
pub fn description(data: &RatingData, derived: &Derived) -> String {
    let words = &data.locale.words;
    let mut out = String::new();
    let mut sentence = |text: &str| {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        out.push_str(text);
        out.push_str(if ends_sentence(text) { " " } else { ". " });
    };
    if let Some(s) = &data.subtitle {
        sentence(s);
    }
    let body = summary(data, derived);
    let body = match &data.title {
        Some(t) => body
            .strip_prefix(t.as_str())
            .map_or(body.as_str(), |b| b.trim_start_matches(['.', ' '])),
        None => body.as_str(),
    };
    sentence(body);
    // (The reader's module draws no story: it refuses such data.)
    #[cfg(feature = "story")]
    story(data, &mut sentence);
    if let Some(n) = &data.notes {
        sentence(&concat(&[words.notes_prefix, n]));
    }
    if data.shares_only() {
        sentence(words.shares_only);
    }
    if let Some(src) = &data.source {
        sentence(&concat(&[words.source_prefix, &src.text]));
    }
    out.trim_end().to_string()
}

//! The story: `display.highlight`, `display.sort`, `annotations` and
//! `reference`, read once the tiers and groups are known (they name them).
//! Sorting happens here, so every later phase sees the groups in the order
//! they are drawn and read. A build without the `story` feature (the
//! reader's module) reads the sort alone and notes whether the document
//! gives the rest (`Walker::story_unread`).

use super::text::comparable;
#[cfg(feature = "story")]
use super::text::Breaks;
use super::walker::{show, Walker};
use crate::model::input::fields;
use crate::model::issue::{issues, Expected, Required};
#[cfg(feature = "story")]
use crate::model::limits;
use crate::model::parse::{At, Json, Object};
#[cfg(feature = "story")]
use crate::model::rating::{Annotation, Reference};
use crate::model::rating::{Group, Polarity, Sort, SortKey, Story, Tier};
use std::cmp::Ordering;

impl Walker {
    /// The story of the document `root`, its groups sorted as it asks.
    /// `None` after an error.
    pub(super) fn story(
        &mut self,
        root: &Object,
        tiers: &[Tier],
        groups: &mut Vec<Group>,
    ) -> Option<Story> {
        let display = match root.get("display") {
            Some(Json::Object(d)) => Some(d),
            _ => None,
        };
        let mut ok = true;
        let sort = match display.and_then(|d| d.get("sort")) {
            None | Some(Json::Null) => Some(Sort::default()),
            Some(v) => self.sort(v, tiers),
        };
        let sort = sort.unwrap_or_else(|| {
            ok = false;
            Sort::default()
        });
        if sort.by != SortKey::Data {
            let order = sort_order(tiers, groups, sort);
            let taken = std::mem::take(groups);
            *groups = crate::order::permute(taken, &order);
        }
        #[cfg_attr(not(feature = "story"), allow(unused_mut))]
        let mut story = Story {
            sort,
            ..Story::default()
        };
        #[cfg(feature = "story")]
        {
            if let Some(v) = display.and_then(|d| d.get("highlight")) {
                ok &= self.highlight(v, tiers, groups, &mut story).is_some();
            }
            match root.get("annotations") {
                None | Some(Json::Null) => {}
                Some(v) => match self.annotations(v, tiers, groups) {
                    Some(a) => story.annotations = a,
                    None => ok = false,
                },
            }
            match root.get("reference") {
                None | Some(Json::Null) => {}
                Some(v) => match self.reference(v, tiers, story.tier) {
                    Some(r) => story.reference = Some(r),
                    None => ok = false,
                },
            }
        }
        // The reader's module draws no story, so it does not read one: a
        // document that gives one (whatever its value: a null highlight
        // is the other builds' error to report) goes to a build that
        // checks and draws it.
        #[cfg(not(feature = "story"))]
        {
            let given = |v: Option<&Json>| v.is_some_and(|v| !v.is_null());
            self.story_unread = display.is_some_and(|d| d.get("highlight").is_some())
                || given(root.get("annotations"))
                || given(root.get("reference"));
        }
        ok.then_some(story)
    }

    /// A tier named by id at `path` (`None` after an issue).
    fn tier_id(&mut self, v: &Json, path: &At, tiers: &[Tier]) -> Option<usize> {
        let Json::String(id) = v else {
            self.wrong_type(path, Expected::Text, v);
            return None;
        };
        let found = tiers.iter().position(|t| t.id == id.as_ref());
        if found.is_none() {
            let ids: Vec<&str> = tiers.iter().map(|t| t.id.as_str()).collect();
            self.push(issues::story_tier_unknown(
                self.lang,
                &path.render(),
                id,
                &ids,
            ));
        }
        found
    }

    /// The rows of the group labelled as `v` (every period), ascending.
    #[cfg(feature = "story")]
    fn group_rows(&mut self, v: &Json, path: &At, groups: &[Group]) -> Option<Vec<usize>> {
        let Json::String(label) = v else {
            self.wrong_type(path, Expected::Text, v);
            return None;
        };
        let want = comparable(label);
        let rows: Vec<usize> = groups
            .iter()
            .enumerate()
            .filter(|(_, g)| comparable(&g.label) == want)
            .map(|(i, _)| i)
            .collect();
        if rows.is_empty() {
            self.push(issues::story_group_unknown(
                self.lang,
                &path.render(),
                label,
            ));
            return None;
        }
        Some(rows)
    }

    fn sort(&mut self, v: &Json, tiers: &[Tier]) -> Option<Sort> {
        let l = self.lang;
        let at = At::Path("display.sort");
        let obj = self.object(v, &at)?;
        self.known_fields(obj, &at, fields::SORT);
        let descending = match obj.get("order") {
            None | Some(Json::Null) => Some(true),
            Some(Json::String(s)) if s == "descending" => Some(true),
            Some(Json::String(s)) if s == "ascending" => Some(false),
            Some(other) => {
                self.push(issues::sort_unknown(
                    l,
                    "display.sort.order",
                    &show(other),
                    true,
                ));
                None
            }
        };
        let tier_at = At::Key(&at, "tier");
        let by = match obj.get("by") {
            None => {
                self.push(issues::missing(l, "display.sort.by", Required::SortBy));
                None
            }
            Some(Json::String(s)) if s == "data" => Some(SortKey::Data),
            Some(Json::String(s)) if s == "positive" => Some(SortKey::Positive),
            Some(Json::String(s)) if s == "total" => Some(SortKey::Total),
            Some(Json::String(s)) if s == "tier" => match obj.get("tier") {
                None | Some(Json::Null) => {
                    self.push(issues::sort_tier_missing(l));
                    None
                }
                Some(t) => self.tier_id(t, &tier_at, tiers).map(SortKey::Tier),
            },
            Some(other) => {
                self.push(issues::sort_unknown(
                    l,
                    "display.sort.by",
                    &show(other),
                    false,
                ));
                None
            }
        };
        Some(Sort {
            by: by?,
            descending: descending?,
        })
    }

    #[cfg(feature = "story")]
    fn highlight(
        &mut self,
        v: &Json,
        tiers: &[Tier],
        groups: &[Group],
        story: &mut Story,
    ) -> Option<()> {
        let at = At::Path("display.highlight");
        let obj = self.object(v, &at)?;
        self.known_fields(obj, &at, fields::HIGHLIGHT);
        let mut ok = true;
        if let Some(t) = obj.get("tier").filter(|t| !t.is_null()) {
            story.tier = self.tier_id(t, &At::Key(&at, "tier"), tiers);
            ok &= story.tier.is_some();
        }
        let groups_at = At::Key(&at, "groups");
        match obj.get("groups") {
            None | Some(Json::Null) => {}
            Some(Json::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    match self.group_rows(item, &At::Index(&groups_at, i), groups) {
                        Some(rows) => story.groups.extend(rows),
                        None => ok = false,
                    }
                }
                story.groups.sort_unstable();
                story.groups.dedup();
            }
            Some(other) => {
                self.wrong_type(&groups_at, Expected::List, other);
                ok = false;
            }
        }
        ok.then_some(())
    }

    #[cfg(feature = "story")]
    fn annotations(
        &mut self,
        v: &Json,
        tiers: &[Tier],
        groups: &[Group],
    ) -> Option<Vec<Annotation>> {
        let Json::Array(items) = v else {
            self.wrong_type(&At::Path("annotations"), Expected::List, v);
            return None;
        };
        if items.len() > limits::MAX_ANNOTATIONS {
            self.push(issues::annotations_too_many(self.lang, items.len()));
            return None;
        }
        let list = At::Path("annotations");
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.annotation(item, &At::Index(&list, i), tiers, groups) {
                Some(a) => out.push(a),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    #[cfg(feature = "story")]
    fn annotation(
        &mut self,
        v: &Json,
        at: &At,
        tiers: &[Tier],
        groups: &[Group],
    ) -> Option<Annotation> {
        let l = self.lang;
        let obj = self.object(v, at)?;
        self.known_fields(obj, at, fields::ANNOTATION);
        let text = match obj.get("text") {
            None => {
                let path = At::Key(at, "text").render();
                self.push(issues::missing(l, &path, Required::AnnotationText));
                None
            }
            Some(t) => self.text(
                t,
                &At::Key(at, "text"),
                limits::MAX_ANNOTATION_CHARS,
                Breaks::Space,
            ),
        };
        let tier = match obj.get("tier") {
            None | Some(Json::Null) => Some(None),
            Some(t) => self.tier_id(t, &At::Key(at, "tier"), tiers).map(Some),
        };
        let period_at = At::Key(at, "period");
        let period = match obj.get("period") {
            None | Some(Json::Null) => Some(None),
            Some(p) => {
                let text = match p {
                    // A year, written as the groups' periods are (an
                    // integer: no float formatting in the reader's module).
                    Json::Number(n) if n.as_i64().is_some() => {
                        n.as_i64().map(crate::scale::format::signed)
                    }
                    Json::String(s) => Some(comparable(s).into_owned()),
                    other => {
                        self.push(issues::period_invalid(l, &period_at.render(), &show(other)));
                        None
                    }
                };
                match text {
                    Some(t)
                        if groups
                            .iter()
                            .any(|g| g.period.as_deref() == Some(t.as_str())) =>
                    {
                        Some(Some(t))
                    }
                    Some(t) => {
                        self.push(issues::story_period_unknown(l, &period_at.render(), &t));
                        None
                    }
                    None => None,
                }
            }
        };
        let group = match obj.get("group") {
            None | Some(Json::Null) => Some(None),
            Some(g) => {
                let g_at = At::Key(at, "group");
                let rows = self.group_rows(g, &g_at, groups)?;
                // The row of the period named, else the last in order.
                let want = period.as_ref().and_then(|p| p.as_deref());
                let row = match want {
                    Some(p) => rows
                        .iter()
                        .copied()
                        .find(|&r| groups[r].period.as_deref() == Some(p)),
                    None => rows.last().copied(),
                };
                if row.is_none() {
                    let p = want.unwrap_or_default();
                    self.push(issues::story_period_unknown(l, &period_at.render(), p));
                }
                row.map(Some)
            }
        };
        let (text, tier, period, group) = (text?, tier?, period?, group?);
        if group.is_none() && period.is_none() {
            self.push(issues::annotation_target_missing(l, &at.render()));
            return None;
        }
        Some(Annotation {
            group,
            tier,
            period: if group.is_some() { None } else { period },
            text,
        })
    }

    #[cfg(feature = "story")]
    fn reference(
        &mut self,
        v: &Json,
        tiers: &[Tier],
        highlighted: Option<usize>,
    ) -> Option<Reference> {
        let l = self.lang;
        let at = At::Path("reference");
        let obj = self.object(v, &at)?;
        self.known_fields(obj, &at, fields::REFERENCE);
        let share = match obj.get("share") {
            None => {
                self.push(issues::missing(
                    l,
                    "reference.share",
                    Required::ReferenceShare,
                ));
                None
            }
            Some(s) => self.share(s, &At::Key(&at, "share")).map(|(u, _)| u),
        };
        let label = match obj.get("label") {
            None => {
                self.push(issues::missing(
                    l,
                    "reference.label",
                    Required::ReferenceLabel,
                ));
                None
            }
            Some(t) => self.text(
                t,
                &At::Key(&at, "label"),
                limits::MAX_LABEL_CHARS,
                Breaks::Space,
            ),
        };
        let tier = match obj.get("tier") {
            None | Some(Json::Null) => Some(highlighted.unwrap_or(0)),
            Some(t) => self.tier_id(t, &At::Key(&at, "tier"), tiers),
        };
        Some(Reference {
            share: share?,
            label: label?,
            tier: tier?,
        })
    }
}

/// The order of `groups` that `sort` asks for: by each label's key (that
/// of its last row in data order), stably, so that equal keys and the
/// rows of one label keep data order.
pub fn sort_order(tiers: &[Tier], groups: &[Group], sort: Sort) -> Vec<usize> {
    // The key of a row as a fraction (numerator, denominator).
    let key = |g: &Group| -> (u128, u128) {
        let count = |i: usize| u128::from(g.counts.get(i).copied().flatten().unwrap_or(0));
        let total = u128::from(g.total).max(1);
        match sort.by {
            SortKey::Data => (0, 1),
            SortKey::Total => (u128::from(g.total), 1),
            SortKey::Tier(t) => (count(t), total),
            SortKey::Positive => (
                tiers
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.polarity == Some(Polarity::Positive))
                    .map(|(i, _)| count(i))
                    .sum(),
                total,
            ),
        }
    };
    // The last row of each row's label: rows ordered by label (stably, so
    // each label's rows in data order), the last of each run.
    let labels: Vec<std::borrow::Cow<str>> = groups.iter().map(|g| comparable(&g.label)).collect();
    let by_label = crate::order::order(labels.len(), &mut |a, b| labels[a].cmp(&labels[b]));
    let mut last = vec![0; labels.len()];
    let mut start = 0;
    for k in 1..=by_label.len() {
        if k == by_label.len() || labels[by_label[k]] != labels[by_label[start]] {
            for &i in &by_label[start..k] {
                last[i] = by_label[k - 1];
            }
            start = k;
        }
    }
    let keys: Vec<(u128, u128)> = last.iter().map(|&l| key(&groups[l])).collect();
    crate::order::order(groups.len(), &mut |a, b| {
        let ((an, ad), (bn, bd)) = (keys[a], keys[b]);
        // Exact: counts are below 2^53, so the products fit in u128.
        let by = (an * bd).cmp(&(bn * ad));
        if sort.descending { by.reverse() } else { by }.then(Ordering::Equal)
    })
}

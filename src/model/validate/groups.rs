//! The groups: labels, periods, counts or shares, totals; duplicates and
//! the basis (counts or shares) shared by all groups.

use super::counts::percent_text;
use super::text::{comparable, Breaks};
use super::walker::{show, Walker};
use crate::model::input::fields;
use crate::model::issue::issues::{groups_empty, groups_too_many};
use crate::model::issue::{issues, Required};
use crate::model::limits::{self, MAX_GROUPS};
use crate::model::parse::{At, Json};
use crate::model::rating::{Basis, Group, Tier, SHARE_UNITS_PER_PERCENT};
use std::borrow::Cow;

impl Walker {
    pub(super) fn groups(&mut self, v: &Json, tiers: &[Tier]) -> Option<(Vec<Group>, Basis)> {
        let l = self.lang;
        let items = self.list(v, "groups", MAX_GROUPS, groups_empty, groups_too_many)?;
        let mut out: Vec<Group> = Vec::with_capacity(items.len());
        // The item of each valid group, and where the issues of each item
        // end among the issues pushed by this loop (see `duplicates`).
        let mut valid: Vec<usize> = Vec::with_capacity(items.len());
        let mut ends: Vec<usize> = Vec::with_capacity(items.len());
        let start = self.issues.len();
        let mut ok = true;
        // Counts or shares: the first group that gives one decides for all.
        let gives_shares = |item: &Json| -> Option<bool> {
            let obj = item.as_object()?;
            let has = |k: &str| obj.get(k).is_some_and(|v| !v.is_null());
            match (has("counts"), has("shares")) {
                (true, false) => Some(false),
                (false, true) => Some(true),
                _ => None,
            }
        };
        let first_basis = items.iter().find_map(&gives_shares);
        let mut decimals = 0u8;
        // Shown in every unknown-tier message; built once.
        let mut ids = String::new();
        for (i, t) in tiers.iter().enumerate() {
            if i > 0 {
                ids.push_str(", ");
            }
            crate::model::parse::push_json_string(&mut ids, &t.id);
        }
        let groups = At::Path("groups");
        for (i, item) in items.iter().enumerate() {
            let at = At::Index(&groups, i);
            let mixed = match (first_basis, gives_shares(item)) {
                (Some(first), Some(this)) if first != this => Some((first, this)),
                _ => None,
            };
            if let Some((first, this)) = mixed {
                let key = if this { "shares" } else { "counts" };
                self.push(issues::basis_mixed(l, &At::Key(&at, key).render(), first));
                ok = false;
            } else {
                match self.group(item, &at, tiers, &ids) {
                    Some((g, d)) => {
                        decimals = decimals.max(d.unwrap_or(0));
                        valid.push(i);
                        out.push(g);
                    }
                    None => ok = false,
                }
            }
            ends.push(self.issues.len() - start);
        }
        let (periods, repeated) = self.duplicates(items, &out, &valid, &ends, start);
        ok &= !repeated;
        if periods > limits::MAX_PERIODS {
            self.push(issues::periods_too_many(l, periods));
            ok = false;
        }
        let basis = if first_basis == Some(true) {
            Basis::Shares { decimals }
        } else {
            Basis::Counts
        };
        ok.then_some((out, basis))
    }

    /// Reports each valid group whose label (as compared) and period repeat
    /// an earlier valid group's, in document order: after the issues of
    /// its own item, as if reported while reading it. The items' issues
    /// (from `start` on, item `i`'s ending at `ends[i]`) are pushed again
    /// with the duplicates among them, so that the limit of issues falls
    /// where it would have. The number of distinct periods, and whether a
    /// group repeats another. (Sorted once, no hash map: 1.8 KB gzip of
    /// the reader's module.)
    fn duplicates(
        &mut self,
        items: &[Json],
        out: &[Group],
        valid: &[usize],
        ends: &[usize],
        start: usize,
    ) -> (usize, bool) {
        // Periods as compared, numbered in sorted order.
        let periods: Vec<Option<Cow<str>>> = out
            .iter()
            .map(|g| g.period.as_deref().map(comparable))
            .collect();
        let by = crate::order::order(out.len(), &mut |a, b| periods[a].cmp(&periods[b]));
        let mut period = vec![None; out.len()];
        let mut distinct = 0;
        for (k, w) in by.iter().enumerate() {
            if periods[*w].is_some() {
                if k == 0 || periods[by[k - 1]] != periods[*w] {
                    distinct += 1;
                }
                period[*w] = Some(distinct);
            }
        }
        // The label as written (a valid text, since the group is valid):
        // borrowed from the document, and compared as the trimmed label,
        // since `comparable` drops the white space around it.
        let labels: Vec<Cow<str>> = valid
            .iter()
            .map(|&i| {
                comparable(
                    items[i]
                        .get("label")
                        .and_then(Json::as_str)
                        .unwrap_or_default(),
                )
            })
            .collect();
        let key = |k: usize| (&labels[k], period[k]);
        let by = crate::order::order(out.len(), &mut |a, b| key(a).cmp(&key(b)));
        // The first valid group (item) with the same key, for each repeat.
        let mut first: Vec<Option<usize>> = vec![None; out.len()];
        for (k, w) in by.iter().enumerate().skip(1) {
            let head = by[k - 1];
            if key(head) == key(*w) {
                first[*w] = Some(first[head].unwrap_or(valid[head]));
            }
        }
        let mut any = false;
        let read = self.issues.split_off(start);
        let mut read = read.into_iter();
        let (mut from, mut k) = (0, 0);
        let groups = At::Path("groups");
        for (i, &end) in ends.iter().enumerate() {
            for issue in read.by_ref().take(end - from) {
                self.push(issue);
            }
            from = end;
            if valid.get(k) == Some(&i) {
                if let Some(f) = first[k] {
                    let at = At::Index(&groups, i);
                    let path = At::Key(&at, "label").render();
                    self.push(issues::group_duplicate(self.lang, &path, &out[k].label, f));
                    any = true;
                }
                k += 1;
            }
        }
        (distinct, any)
    }

    /// One group, and for shares the most decimals its shares were given with.
    pub(super) fn group(
        &mut self,
        v: &Json,
        at: &At,
        tiers: &[Tier],
        ids: &str,
    ) -> Option<(Group, Option<u8>)> {
        let l = self.lang;
        let obj = self.object(v, at)?;
        self.known_fields(obj, at, fields::GROUP);
        let label = match obj.get("label") {
            None => {
                self.push(issues::missing(
                    l,
                    &At::Key(at, "label").render(),
                    Required::GroupLabel,
                ));
                None
            }
            Some(v) => self.text(
                v,
                &At::Key(at, "label"),
                limits::MAX_LABEL_CHARS,
                Breaks::Space,
            ),
        };
        let period_path = At::Key(at, "period");
        let period = match obj.get("period") {
            None | Some(Json::Null) => Some(None),
            Some(Json::Number(n)) if n.as_i64().is_some() => {
                let year = n.as_i64().unwrap_or_default();
                let text = crate::scale::format::signed(year);
                let years = limits::MIN_YEAR..=limits::MAX_YEAR;
                if years.contains(&year) {
                    Some(Some(text))
                } else {
                    let path = period_path.render();
                    self.push(issues::period_year_range(l, &path, &text));
                    None
                }
            }
            Some(s @ Json::String(_)) => self
                .text(s, &period_path, limits::MAX_LABEL_CHARS, Breaks::Space)
                .map(Some),
            Some(other) => {
                self.push(issues::period_invalid(
                    l,
                    &period_path.render(),
                    &show(other),
                ));
                None
            }
        };
        let shares_path = At::Key(at, "shares");
        let given_shares = obj.get("shares").filter(|v| !v.is_null());
        if let Some(shares) = given_shares {
            if obj.get("counts").is_some_and(|c| !c.is_null()) {
                self.push(issues::counts_and_shares(l, &shares_path.render()));
                return None;
            }
            if obj.get("total").is_some_and(|t| !t.is_null()) {
                self.push(issues::shares_total_ignored(
                    l,
                    &At::Key(at, "total").render(),
                ));
            }
            let (shares, decimals, slack) = self.shares(shares, &shares_path, tiers, ids)?;
            if shares.iter().all(Option::is_none) {
                self.push(issues::shares_empty(l, &shares_path.render()));
                return None;
            }
            let sum: u64 = shares.iter().flatten().sum();
            let whole = 100 * SHARE_UNITS_PER_PERCENT;
            if sum > whole + slack {
                self.push(issues::shares_over_100(
                    l,
                    &shares_path.render(),
                    &percent_text(sum),
                    &percent_text(whole + slack),
                ));
                return None;
            }
            let total = if sum + slack >= whole { sum } else { whole };
            return Some((
                Group {
                    label: label?,
                    period: period?,
                    counts: shares,
                    total,
                },
                Some(decimals),
            ));
        }
        let total = match obj.get("total") {
            None | Some(Json::Null) => Some(None),
            Some(t) => self.count(t, &At::Key(at, "total")).map(Some),
        };
        let counts_path = At::Key(at, "counts");
        let counts = match obj.get("counts") {
            None => {
                self.push(issues::missing(l, &counts_path.render(), Required::Counts));
                None
            }
            Some(c) => self.counts(c, &counts_path, tiers, ids, total.flatten().is_some()),
        };
        let counts = counts?;
        let total = total?;
        let sum = counts
            .iter()
            .flatten()
            .try_fold(0u64, |acc, &c| acc.checked_add(c))
            .filter(|&s| s <= limits::MAX_COUNT);
        let Some(sum) = sum else {
            self.push(issues::sum_too_large(l, &counts_path.render()));
            return None;
        };
        let total = match total {
            Some(t) if t < sum => {
                self.push(issues::total_below_sum(
                    l,
                    &At::Key(at, "total").render(),
                    t,
                    sum,
                ));
                return None;
            }
            Some(t) => t,
            None => sum,
        };
        Some((
            Group {
                label: label?,
                period: period?,
                counts,
                total,
            },
            None,
        ))
    }
}

//! A group's numbers: counts (whole, 0 to 2^53 − 1) or shares
//! (percentages with at most 3 decimals), one per tier id.

use super::walker::{show_number, Walker};
use crate::model::issue::{issues, Expected, Issue, Lang, Severity};
use crate::model::limits;
use crate::model::parse::Number;
use crate::model::parse::{At, Json, Object};
use crate::model::rating::{share_decimals, Tier, SHARE_UNITS_PER_PERCENT};

/// Thousandths of a percent as a plain number (`102.5`), for messages.
pub(super) fn percent_text(units: u64) -> String {
    let whole = units / SHARE_UNITS_PER_PERCENT;
    let frac = units % SHARE_UNITS_PER_PERCENT;
    // Without `format!`: the reader's module carries no `core::fmt`.
    let mut out = crate::scale::format::digits(whole);
    if frac > 0 {
        out.push('.');
        crate::scale::format::push_digits(&mut out, frac, 3);
        out.truncate(out.trim_end_matches('0').len());
    }
    out
}

impl Walker {
    /// A count: a whole JSON number in 0..=2^53-1.
    pub(super) fn count(&mut self, v: &Json, path: &At) -> Option<u64> {
        let n = self.number(v, path, issues::count_is_text, Expected::WholeNumber)?;
        if let Some(u) = n.as_u64() {
            if u > limits::MAX_COUNT {
                return self.refuse(issues::count_too_large, path, n);
            }
            return Some(u);
        }
        if n.as_i64().is_some() {
            return self.refuse(issues::count_negative, path, n);
        }
        // Neither u64 nor i64: a double, always finite from JSON.
        let f = n.as_f64().unwrap_or(f64::NAN);
        if f < 0.0 {
            self.refuse(issues::count_negative, path, n)
        } else if f.is_nan() || f > limits::MAX_COUNT as f64 {
            self.refuse(issues::count_too_large, path, n)
        } else if f.fract() != 0.0 {
            self.refuse(issues::count_fractional, path, n)
        } else {
            // Whole, 0 ≤ f ≤ 2^53 − 1: exact as u64.
            Some(f as u64)
        }
    }

    /// The number `v`, or `None` once a number written as text (worded by
    /// `as_text`) or a value of another type is reported.
    fn number<'a>(
        &mut self,
        v: &'a Json,
        path: &At,
        as_text: fn(Lang, &str, &str) -> Issue,
        expected: Expected,
    ) -> Option<&'a Number> {
        match v {
            Json::Number(n) => Some(n),
            Json::String(s) => {
                self.push(as_text(self.lang, &path.render(), s));
                None
            }
            other => {
                self.wrong_type(path, expected, other);
                None
            }
        }
    }

    /// Reports the number `n` at `path` with `issue` (the number written
    /// out only then).
    fn refuse<T>(
        &mut self,
        issue: fn(Lang, &str, &str) -> Issue,
        path: &At,
        n: &Number,
    ) -> Option<T> {
        self.push(issue(self.lang, &path.render(), &show_number(n)));
        None
    }

    /// Reports every key of `obj` (at `path`) that names no tier; whether
    /// all of them do.
    pub(super) fn known_tier_keys(
        &mut self,
        obj: &Object,
        path: &At,
        tiers: &[Tier],
        ids: &str,
    ) -> bool {
        let mut ok = true;
        for key in obj.keys() {
            if tiers.iter().any(|t| t.id == key) {
                continue;
            }
            ok = false;
            if self.full() {
                self.skip(Severity::Error);
            } else {
                let issue =
                    issues::count_unknown_tier(self.lang, &At::Key(path, key).render(), key, ids);
                self.push(issue);
            }
        }
        ok
    }

    /// A group's shares, in thousandths of a percent per tier (`None` where
    /// left out), and the most decimals they were given with.
    pub(super) fn shares(
        &mut self,
        v: &Json,
        path: &At,
        tiers: &[Tier],
        ids: &str,
    ) -> Option<(Vec<Option<u64>>, u8, u64)> {
        let obj = self.object(v, path)?;
        let mut ok = self.known_tier_keys(obj, path, tiers, ids);
        let mut out = Vec::with_capacity(tiers.len());
        let mut decimals = 0u8;
        // How far from the exact shares their sum may be: half a unit of
        // each share's own last decimal (30 may be 30.4; 10.25 only 10.254).
        let mut units_of_last_decimal = 0u64;
        for tier in tiers {
            let p = At::Key(path, &tier.id);
            match obj.get(&tier.id) {
                None | Some(Json::Null) => out.push(None),
                Some(c) => match self.share(c, &p) {
                    Some((units, d)) => {
                        decimals = decimals.max(d);
                        units_of_last_decimal += SHARE_UNITS_PER_PERCENT / 10u64.pow(u32::from(d));
                        out.push(Some(units));
                    }
                    None => ok = false,
                },
            }
        }
        ok.then_some((out, decimals, units_of_last_decimal / 2))
    }

    /// A share: a JSON number from 0 to 100 with at most 3 decimals, as
    /// thousandths of a percent, and its number of decimals.
    pub(super) fn share(&mut self, v: &Json, path: &At) -> Option<(u64, u8)> {
        let n = self.number(v, path, issues::share_is_text, Expected::Percent)?;
        let f = n.as_f64().unwrap_or(f64::NAN);
        if !(0.0..=100.0).contains(&f) {
            return self.refuse(issues::share_range, path, n);
        }
        let scaled = f * SHARE_UNITS_PER_PERCENT as f64;
        let units = scaled.round();
        if (scaled - units).abs() > 1e-4 {
            return self.refuse(issues::share_precision, path, n);
        }
        // 0 ≤ units ≤ 100,000: exact as u64.
        let units = units as u64;
        Some((units, share_decimals(units)))
    }

    pub(super) fn counts(
        &mut self,
        v: &Json,
        path: &At,
        tiers: &[Tier],
        ids: &str,
        has_total: bool,
    ) -> Option<Vec<Option<u64>>> {
        let l = self.lang;
        let obj = self.object(v, path)?;
        let mut ok = self.known_tier_keys(obj, path, tiers, ids);
        let mut out = Vec::with_capacity(tiers.len());
        for tier in tiers {
            let p = At::Key(path, &tier.id);
            match obj.get(&tier.id) {
                None | Some(Json::Null) if has_total => out.push(None),
                None | Some(Json::Null) => {
                    self.push(issues::count_missing(l, &p.render(), &tier.id));
                    ok = false;
                }
                Some(c) => match self.count(c, &p) {
                    Some(n) => out.push(Some(n)),
                    None => ok = false,
                },
            }
        }
        ok.then_some(out)
    }
}

//! Derived values: each group's parts (tiers plus "not reported") and their
//! shares, rounded by the largest-remainder method so that the shares shown
//! for a row add up to exactly 100 at the precision shown.
//!
//! Shares-only data (no counts) is derived the same way from the shares as
//! published; its parts then carry share units where counts would be, so
//! that lengths and angles computed from "counts" stay right, but those
//! numbers are never counts and are never shown as such.

use crate::model::rating::{Basis, RatingData};

pub use crate::model::rating::Part;

/// One part of a row: its count and its share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartValue {
    /// Which part.
    pub part: Part,
    /// Count (0 for a tier whose count was not reported). For shares-only
    /// data: equal to `share_units`, *not a count* (never show it).
    pub count: u64,
    /// Share in units of 10^-`decimals` percent (`152` = 15.2 % at 1 decimal).
    pub share_units: u64,
    /// Shares-only data: the tier's share as published, in thousandths of
    /// a percent. It is what is shown (at the decimals it was given with);
    /// `share_units`, rescaled so that the row fills 100 %, only draws.
    pub given: Option<u64>,
}

impl PartValue {
    /// The share as a reader sees it: as published for shares-only data
    /// (33.3 stays 33.3 beside another group's 12.345), else computed at
    /// the chart's `decimals` — and never 0 for a count that is not: 1 of
    /// 123,456,789 is "<0.001%", not "0.000%".
    pub fn share_text(&self, locale: &crate::scale::format::Locale, decimals: u8) -> String {
        match self.given {
            Some(t) => {
                let own = crate::model::rating::share_decimals(t);
                locale.format_share(t / 10u64.pow(u32::from(3 - own)), own)
            }
            None if self.count > 0 && self.share_units == 0 => {
                crate::scale::format::concat(&["<", &locale.format_share(1, decimals)])
            }
            None => locale.format_share(self.share_units, decimals),
        }
    }
}

/// One group's derived values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Group index.
    pub group: usize,
    /// The total, the denominator of every share. For shares-only data:
    /// the sum of the share units (100 % or 0), *not a count*.
    pub total: u64,
    /// Tier parts in tier order, then "not reported" when the total exceeds
    /// the sum of the counts. Tiers without a reported count are left out.
    pub parts: Vec<PartValue>,
}

/// Every row, with the precision used for all of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derived {
    /// Decimals of every percentage.
    pub decimals: u8,
    /// One row per group, in group order.
    pub rows: Vec<Row>,
}

/// Largest-remainder apportionment of 100 % to `values`, in units of
/// 10^-`decimals` percent. The result sums to exactly `100 × 10^decimals`
/// (or to 0 when every value is 0). Ties go to the earlier value; a zero
/// value never receives a unit.
pub fn shares(values: &[u64], decimals: u8) -> Vec<u64> {
    let mut units = Vec::with_capacity(values.len());
    apportion(values, decimals, &mut units, &mut Vec::new());
    units
}

/// [`shares`] into `units` (cleared first), with `rem` as scratch space:
/// deriving many rows reuses both instead of allocating for each.
fn apportion(values: &[u64], decimals: u8, units: &mut Vec<u64>, rem: &mut Vec<(u128, usize)>) {
    // Validation allows 0–3; more would overflow for no visible gain.
    let decimals = decimals.min(crate::model::limits::MAX_DECIMALS);
    units.clear();
    rem.clear();
    let total: u128 = values.iter().map(|&v| u128::from(v)).sum();
    if total == 0 {
        units.resize(values.len(), 0);
        return;
    }
    let whole: u128 = 100 * 10u128.pow(u32::from(decimals));
    let mut given: u128 = 0;
    for (i, &v) in values.iter().enumerate() {
        let (q, r) = match u64::try_from(total) {
            // v × 10^(2 + decimals) / total, one decimal digit at a time:
            // each step within 64 bits while total < 2^64 / 10 (validated
            // data: below 2^53). No u128 division (1 KB of the reader's
            // module), and quicker.
            Ok(t) if t < u64::MAX / 10 => {
                let (mut q, mut r) = (v / t, v % t);
                for _ in 0..2 + decimals {
                    let x = r * 10;
                    (q, r) = (q * 10 + x / t, x % t);
                }
                (u128::from(q), u128::from(r))
            }
            _ => div_rem(u128::from(v) * whole, total),
        };
        given += q;
        units.push(q as u64);
        rem.push((r, i));
    }
    // The units left go one each to the highest remainders, ties to the
    // earlier index (there are fewer than parts): picked in turn rather
    // than sorted, which at 10,000 groups cost more than the rest of the
    // derivation (issue 15). A remainder taken is set to 0.
    for _ in 0..(whole - given) as usize {
        let mut best = 0;
        for k in 1..rem.len() {
            if rem[k].0 > rem[best].0 {
                best = k;
            }
        }
        match rem.get_mut(best) {
            Some(r) if r.0 > 0 => {
                r.0 = 0;
                units[r.1] += 1;
            }
            _ => break,
        }
    }
}

/// `n / d` and `n % d` (`d` > 0, below 2^127) bit by bit: only for
/// totals beyond what validated data holds (2^64 / 10 and more), where a
/// u128 division would link 1 KB into the reader's module.
fn div_rem(n: u128, d: u128) -> (u128, u128) {
    let (mut q, mut r) = (0u128, 0u128);
    for bit in (0..128).rev() {
        r = r << 1 | (n >> bit) & 1;
        q <<= 1;
        if r >= d {
            r -= d;
            q |= 1;
        }
    }
    (q, r)
}

/// Reused buffers for deriving rows.
#[derive(Default)]
struct Scratch {
    parts: Vec<Part>,
    values: Vec<u64>,
    units: Vec<u64>,
    rem: Vec<(u128, usize)>,
}

impl Scratch {
    /// A group's parts (tiers with a reported count, then "not reported"
    /// when the total exceeds their sum) and their values, then its shares
    /// at `decimals`, in `self.units`.
    fn row(&mut self, g: &crate::model::rating::Group, decimals: u8) {
        self.parts.clear();
        self.values.clear();
        for (i, c) in g.counts.iter().enumerate() {
            if let Some(c) = *c {
                self.parts.push(Part::Tier(i));
                self.values.push(c);
            }
        }
        let missing = g.not_reported();
        if missing > 0 {
            self.parts.push(Part::NotReported);
            self.values.push(missing);
        }
        apportion(&self.values, decimals, &mut self.units, &mut self.rem);
    }

    /// Whether the row shows a non-zero value as zero.
    fn hides_some(&self) -> bool {
        self.values
            .iter()
            .zip(&self.units)
            .any(|(&v, &u)| v > 0 && u == 0)
    }
}

/// The decimals to start from, and whether more may be needed to show every
/// non-zero share (see [`choose_decimals`]).
fn first_decimals(data: &RatingData) -> (u8, bool) {
    let max = crate::model::limits::MAX_DECIMALS;
    match (data.display.decimals, data.basis) {
        (Some(d), _) => (d.min(max), false),
        (None, Basis::Counts) => (1, true),
        (None, Basis::Shares { decimals }) => (decimals.min(max), true),
    }
}

/// Decimals that show every non-zero share as non-zero (1 by default, up to
/// 3), unless the data fixes them. Shares-only data starts from the decimals
/// its shares were published with (no invented precision).
pub fn choose_decimals(data: &RatingData) -> u8 {
    let (mut d, adaptive) = first_decimals(data);
    let mut scratch = Scratch::default();
    while adaptive && d < 3 {
        let hides_some = data.groups.iter().any(|g| {
            scratch.row(g, d);
            scratch.hides_some()
        });
        if !hides_some {
            break;
        }
        d += 1;
    }
    d
}

/// Derives every row's parts and shares.
pub fn derive(data: &RatingData) -> Derived {
    let (mut decimals, adaptive) = first_decimals(data);
    let mut scratch = Scratch::default();
    // The rows at `decimals`, one more decimal at a time while some row
    // shows a non-zero share as zero: the decimals of [`choose_decimals`],
    // usually in a single pass.
    loop {
        let check = adaptive && decimals < 3;
        let mut hides_some = false;
        let rows = rows(data, decimals, &mut scratch, |s| {
            hides_some = hides_some || (check && s.hides_some());
        });
        if !hides_some {
            return Derived { decimals, rows };
        }
        decimals += 1;
    }
}

/// Every row at `decimals`; `seen` looks at each row's scratch.
fn rows(
    data: &RatingData,
    decimals: u8,
    scratch: &mut Scratch,
    mut seen: impl FnMut(&Scratch),
) -> Vec<Row> {
    let shares_only = data.shares_only();
    data.groups
        .iter()
        .enumerate()
        .map(|(gi, g)| {
            scratch.row(g, decimals);
            seen(scratch);
            let s = &*scratch;
            let parts: Vec<PartValue> = s
                .parts
                .iter()
                .zip(&s.values)
                .zip(&s.units)
                .map(|((&part, &count), &share_units)| PartValue {
                    part,
                    // Shares-only: the share itself stands where a count would.
                    count: if shares_only { share_units } else { count },
                    share_units,
                    // As published, unless the data asks for its own decimals.
                    given: match part {
                        Part::Tier(i) if shares_only && data.display.decimals.is_none() => {
                            g.counts.get(i).copied().flatten()
                        }
                        _ => None,
                    },
                })
                .collect();
            let total = if shares_only {
                parts.iter().map(|p| p.share_units).sum()
            } else {
                g.total
            };
            Row {
                group: gi,
                total,
                parts,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_bit_by_bit_is_division() {
        let cases = [
            (0u128, 1u128),
            (7, 3),
            (u128::from(u64::MAX) * 100_000, 3),
            (1 << 100, (1 << 64) + 7),
        ];
        for (n, d) in cases {
            assert_eq!(div_rem(n, d), (n / d, n % d), "{n} / {d}");
        }
        // Shares by digits (or bit by bit) as by u128 division.
        let reference = |values: &[u64], decimals: u8| -> Vec<u64> {
            let total: u128 = values.iter().map(|&v| u128::from(v)).sum();
            let whole = 100 * 10u128.pow(u32::from(decimals));
            let exact: Vec<(u128, u128)> = values
                .iter()
                .map(|&v| (u128::from(v) * whole / total, u128::from(v) * whole % total))
                .collect();
            let mut units: Vec<u64> = exact.iter().map(|&(q, _)| q as u64).collect();
            let mut by: Vec<usize> = (0..values.len()).collect();
            by.sort_by(|&a, &b| exact[b].1.cmp(&exact[a].1).then(a.cmp(&b)));
            let left = whole - exact.iter().map(|&(q, _)| q).sum::<u128>();
            for &i in by.iter().take(left as usize) {
                if exact[i].1 > 0 {
                    units[i] += 1;
                }
            }
            units
        };
        let max = crate::model::limits::MAX_COUNT;
        for values in [
            vec![max - 2, 1, 1],
            vec![max / 3, max / 3, max / 3 + 1],
            vec![u64::MAX, u64::MAX, 1],
            vec![u64::MAX / 10, 7, 0, 3],
            vec![123_456_789_012_345, 9, 99_999_999],
        ] {
            for d in 0..=3 {
                assert_eq!(shares(&values, d), reference(&values, d), "{values:?} {d}");
            }
        }
    }

    #[test]
    fn seed_rows_at_one_decimal() {
        assert_eq!(shares(&[6, 9, 0, 0], 1), vec![400, 600, 0, 0]);
        assert_eq!(shares(&[135, 484, 55, 0], 1), vec![200, 718, 82, 0]);
        assert_eq!(
            shares(&[13_886, 69_198, 7_659, 657], 1),
            vec![152, 757, 84, 7]
        );
    }

    #[test]
    fn thirds_add_to_exactly_100() {
        assert_eq!(shares(&[1, 1, 1], 0), vec![34, 33, 33]);
        assert_eq!(shares(&[1, 1, 1], 1), vec![334, 333, 333]);
    }

    #[test]
    fn sevenths_do_not_reach_101() {
        // Naive rounding: 28.57→29, 28.57→29, 28.57→29, 14.29→14 = 101.
        let s = shares(&[2, 2, 2, 1], 0);
        assert_eq!(s.iter().sum::<u64>(), 100);
        assert_eq!(s, vec![29, 29, 28, 14]);
    }

    #[test]
    fn zero_values_never_receive_a_unit() {
        let s = shares(&[1, 0, 0, 0, 0, 0, 0, 1, 1], 0);
        assert_eq!(s, vec![34, 0, 0, 0, 0, 0, 0, 33, 33]);
        assert_eq!(shares(&[0, 0], 1), vec![0, 0]);
    }

    #[test]
    fn huge_counts_do_not_overflow() {
        let max = crate::model::limits::MAX_COUNT;
        let s = shares(&[max, max - 1, 1], 3);
        assert_eq!(s.iter().sum::<u64>(), 100_000);
    }
}

//! Derived values: each group's parts (tiers plus "not reported") and their
//! shares, rounded by the largest-remainder method so that the shares shown
//! for a row add up to exactly 100 at the precision shown.
//!
//! Shares-only data (no counts) is derived the same way from the shares as
//! published; its parts then carry share units where counts would be, so
//! that lengths and angles computed from "counts" stay right, but those
//! numbers are never counts and are never shown as such.

use crate::model::rating::{Basis, RatingData};

/// Which part of a group's total a value belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(tag = "type", content = "index", rename_all = "camelCase")]
pub enum Part {
    /// A tier, by index in tier order.
    Tier(usize),
    /// Members of the stated total not placed in any tier.
    NotReported,
}

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
    // Validation allows 0–3; more would overflow for no visible gain.
    let decimals = decimals.min(crate::model::limits::MAX_DECIMALS);
    let total: u128 = values.iter().map(|&v| u128::from(v)).sum();
    if total == 0 {
        return vec![0; values.len()];
    }
    let whole: u128 = 100 * 10u128.pow(u32::from(decimals));
    let mut units: Vec<u64> = Vec::with_capacity(values.len());
    let mut rem: Vec<(u128, usize)> = Vec::with_capacity(values.len());
    let mut given: u128 = 0;
    for (i, &v) in values.iter().enumerate() {
        let exact = u128::from(v) * whole;
        let q = exact / total;
        given += q;
        units.push(q as u64);
        rem.push((exact % total, i));
    }
    // Highest remainder first; ties to the earlier index.
    rem.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let left = (whole - given) as usize;
    for &(r, i) in rem.iter().take(left) {
        if r > 0 {
            units[i] += 1;
        }
    }
    units
}

/// Decimals that show every non-zero share as non-zero (1 by default, up to
/// 3), unless the data fixes them. Shares-only data starts from the decimals
/// its shares were published with (no invented precision).
pub fn choose_decimals(data: &RatingData) -> u8 {
    if let Some(d) = data.display.decimals {
        return d.min(crate::model::limits::MAX_DECIMALS);
    }
    let mut d = match data.basis {
        Basis::Counts => 1u8,
        Basis::Shares { decimals } => decimals.min(crate::model::limits::MAX_DECIMALS),
    };
    while d < 3 {
        let hides_some = data.groups.iter().any(|g| {
            let values = part_values(g);
            let s = shares(&values.iter().map(|v| v.1).collect::<Vec<_>>(), d);
            values.iter().zip(&s).any(|(v, &u)| v.1 > 0 && u == 0)
        });
        if !hides_some {
            break;
        }
        d += 1;
    }
    d
}

fn part_values(g: &crate::model::rating::Group) -> Vec<(Part, u64)> {
    let mut out: Vec<(Part, u64)> = g
        .counts
        .iter()
        .enumerate()
        .filter_map(|(i, c)| c.map(|c| (Part::Tier(i), c)))
        .collect();
    let missing = g.not_reported();
    if missing > 0 {
        out.push((Part::NotReported, missing));
    }
    out
}

/// Derives every row's parts and shares.
pub fn derive(data: &RatingData) -> Derived {
    let decimals = choose_decimals(data);
    let shares_only = data.shares_only();
    let rows = data
        .groups
        .iter()
        .enumerate()
        .map(|(gi, g)| {
            let values = part_values(g);
            let counts: Vec<u64> = values.iter().map(|v| v.1).collect();
            let units = shares(&counts, decimals);
            let parts: Vec<PartValue> = values
                .iter()
                .zip(units)
                .map(|(&(part, count), share_units)| PartValue {
                    part,
                    // Shares-only: the share itself stands where a count would.
                    count: if shares_only { share_units } else { count },
                    share_units,
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
        .collect();
    Derived { decimals, rows }
}

#[cfg(test)]
mod tests {
    use super::*;

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

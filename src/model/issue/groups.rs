//! The groups, their periods, counts and totals.

use super::{fill, table, Code, Extra, Issue, Lang, Quoted};
use crate::model::limits;

/// No groups.
pub fn groups_empty(l: Lang) -> Issue {
    Issue::error(Code::GroupsEmpty, "groups", l, &[])
}

/// Too many groups.
pub fn groups_too_many(l: Lang, n: usize) -> Issue {
    let max = limits::MAX_GROUPS;
    Issue::error(Code::LimitGroups, "groups", l, args![n, max])
}

/// Too many distinct periods.
pub fn periods_too_many(l: Lang, n: usize) -> Issue {
    let max = limits::MAX_PERIODS;
    Issue::error(Code::LimitPeriods, "groups", l, args![n, max])
}

/// Two groups with the same label and period.
pub fn group_duplicate(l: Lang, path: &str, label: &str, first: usize) -> Issue {
    Issue::error(
        Code::GroupDuplicate,
        path,
        l,
        args![label = Quoted(label), first],
    )
}

/// A count below zero.
pub fn count_negative(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(Code::CountNegative, path, l, args![found])
}

/// A count with a fractional part.
pub fn count_fractional(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(Code::CountFractional, path, l, args![found])
}

/// A count beyond exact integer range.
pub fn count_too_large(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(Code::CountTooLarge, path, l, args![found])
}

/// The counts' sum overflows exact integer range.
pub fn sum_too_large(l: Lang, path: &str) -> Issue {
    Issue::error_as(Code::CountTooLarge, Extra::SumTooLarge, path, l, &[])
}

/// A count written as text.
pub fn count_is_text(l: Lang, path: &str, found: &str) -> Issue {
    let hint = match plain_digits(found) {
        None => String::new(),
        Some(digits) => {
            let found = Quoted(found);
            fill(table(l).extra(Extra::CountHint), args![digits, found])
        }
    };
    Issue::error(Code::CountNotNumber, path, l, args![hint])
}

/// The digits of a whole number written as text, `"13.886"` or
/// `"13 886"` or `"13886"`; `None` for anything else.
fn plain_digits(s: &str) -> Option<String> {
    let s = s.trim();
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 16 {
        return None;
    }
    if digits.len() == s.len() {
        return Some(digits);
    }
    // Thousands groups: 1–3 digits, then groups of exactly 3 after one
    // separator kind (".", ",", space, no-break or narrow no-break space).
    let sep = s.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(sep, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '\'') {
        return None;
    }
    let parts: Vec<&str> = s.split(sep).collect();
    let grouped = parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && (1..=3).contains(&parts[0].len())
        && parts[1..].iter().all(|p| p.len() == 3);
    grouped.then_some(digits)
}

/// A count for an id that is not a tier.
pub fn count_unknown_tier(l: Lang, path: &str, id: &str, tiers: &str) -> Issue {
    Issue::error(
        Code::CountUnknownTier,
        path,
        l,
        args![id = Quoted(id), tiers],
    )
}

/// A tier without a count and no total to explain it.
pub fn count_missing(l: Lang, path: &str, id: &str) -> Issue {
    Issue::error(Code::CountMissing, path, l, args![id = Quoted(id)])
}

/// The stated total is below the counts' sum.
pub fn total_below_sum(l: Lang, path: &str, total: u64, sum: u64) -> Issue {
    Issue::error(Code::TotalBelowSum, path, l, args![total, sum])
}

/// A period that is neither a whole number nor text.
pub fn period_invalid(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(Code::PeriodInvalid, path, l, args![found])
}

/// A numeric period outside the years a chart may show.
pub fn period_year_range(l: Lang, path: &str, found: &str) -> Issue {
    let (min, max) = (limits::MIN_YEAR, limits::MAX_YEAR);
    Issue::error(Code::PeriodYearRange, path, l, args![found, min, max])
}

/// A group gives both counts and shares.
pub fn counts_and_shares(l: Lang, path: &str) -> Issue {
    Issue::error(Code::GroupCountsAndShares, path, l, &[])
}

/// Some groups give counts and others shares.
pub fn basis_mixed(l: Lang, path: &str, first_is_shares: bool) -> Issue {
    let (first, this) = if first_is_shares {
        ("shares", "counts")
    } else {
        ("counts", "shares")
    };
    Issue::error(Code::GroupsMixedBasis, path, l, args![this, first])
}

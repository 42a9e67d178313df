//! Shares-only data: percentages as published.

use super::{Code, Issue, Lang, Quoted};
use crate::model::limits;

/// A group's shares name no tier.
pub fn shares_empty(l: Lang, path: &str) -> Issue {
    Issue::error(Code::SharesEmpty, path, l, &[])
}

/// A share below 0 or above 100.
pub fn share_range(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(Code::ShareRange, path, l, args![found])
}

/// A share with more decimals than can be shown.
pub fn share_precision(l: Lang, path: &str, found: &str) -> Issue {
    let max = limits::MAX_DECIMALS;
    Issue::error(Code::SharePrecision, path, l, args![found, max])
}

/// A share written as text.
pub fn share_is_text(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(Code::ShareNotNumber, path, l, args![found = Quoted(found)])
}

/// A group's shares add up to more than 100 beyond rounding.
pub fn shares_over_100(l: Lang, path: &str, sum: &str, max: &str) -> Issue {
    Issue::error(Code::SharesOver100, path, l, args![sum, max])
}

/// A total stated next to shares: unused.
pub fn shares_total_ignored(l: Lang, path: &str) -> Issue {
    Issue::warning(Code::SharesTotalIgnored, path, l, &[])
}

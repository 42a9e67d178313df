//! The groups, their periods, counts and totals.

use super::{quote, Code, Issue, Lang};
use crate::model::limits;

/// No groups.
pub fn groups_empty(l: Lang) -> Issue {
    Issue::error(
        Code::GroupsEmpty,
        "groups",
        msg!(l,
            vi: "Danh sách các nhóm đang trống; hãy khai báo ít nhất một nhóm có nhãn và số lượng.",
            en: "The list of groups is empty; give at least one group with a label and counts."),
    )
}

/// Too many groups.
pub fn groups_too_many(l: Lang, n: usize) -> Issue {
    let max = limits::MAX_GROUPS;
    Issue::error(
        Code::LimitGroups,
        "groups",
        msg!(l,
            vi: "Có {n} nhóm; tối đa cho phép {max} nhóm.",
            en: "There are {n} groups; at most {max} are allowed."),
    )
}

/// Too many distinct periods.
pub fn periods_too_many(l: Lang, n: usize) -> Issue {
    let max = limits::MAX_PERIODS;
    Issue::error(
        Code::LimitPeriods,
        "groups",
        msg!(l,
            vi: "Các nhóm có {n} kỳ khác nhau; tối đa cho phép {max} kỳ.",
            en: "The groups have {n} different periods; at most {max} are allowed."),
    )
}

/// Two groups with the same label and period.
pub fn group_duplicate(l: Lang, path: &str, label: &str, first: usize) -> Issue {
    let label = quote(label);
    Issue::error(
        Code::GroupDuplicate,
        path,
        msg!(l,
            vi: "Nhóm {label} (cùng kỳ) đã có ở groups[{first}]; mỗi nhóm cần nhãn hoặc kỳ khác nhau.",
            en: "The group {label} (same period) already appears as groups[{first}]; give each group a distinct label or period."),
    )
}

/// A count below zero.
pub fn count_negative(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(
        Code::CountNegative,
        path,
        msg!(l,
            vi: "Số lượng {found} là số âm; số lượng phải là số nguyên từ 0 trở lên.",
            en: "The count {found} is negative; counts are whole numbers from 0 up."),
    )
}

/// A count with a fractional part.
pub fn count_fractional(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(
        Code::CountFractional,
        path,
        msg!(l,
            vi: "Số lượng {found} không phải là số nguyên; số lượng phải là số nguyên từ 0 trở lên.",
            en: "The count {found} is not a whole number; counts are whole numbers from 0 up."),
    )
}

/// A count beyond exact integer range.
pub fn count_too_large(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(
        Code::CountTooLarge,
        path,
        msg!(l,
            vi: "Số lượng {found} quá lớn để hiển thị chính xác; giá trị lớn nhất cho phép là 9007199254740991 (2^53 − 1).",
            en: "The count {found} is too large to show exactly; the largest allowed is 9007199254740991 (2^53 − 1)."),
    )
}

/// The counts' sum overflows exact integer range.
pub fn sum_too_large(l: Lang, path: &str) -> Issue {
    Issue::error(
        Code::CountTooLarge,
        path,
        msg!(l,
            vi: "Các số lượng cộng lại vượt quá 9007199254740991 (2^53 − 1), quá lớn để hiển thị chính xác.",
            en: "The counts add up to more than 9007199254740991 (2^53 − 1), too large to show exactly."),
    )
}

/// A count written as text.
pub fn count_is_text(l: Lang, path: &str, found: &str) -> Issue {
    let hint = match plain_digits(found) {
        None => String::new(),
        Some(digits) => {
            let found = quote(found);
            match l {
                Lang::Vi => format!(" (ví dụ {digits}, không phải {found})"),
                Lang::En => format!(" (e.g. {digits}, not {found})"),
            }
        }
    };
    Issue::error(
        Code::CountNotNumber,
        path,
        msg!(l,
            vi: "Số lượng và tổng số phải là số JSON thuần, không có dấu ngoặc kép hay dấu phân cách hàng nghìn{hint}.",
            en: "Counts and totals must be plain JSON numbers without quotes or thousands separators{hint}."),
    )
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
    let id = quote(id);
    Issue::error(
        Code::CountUnknownTier,
        path,
        msg!(l,
            vi: "Không có mức nào có mã {id}; các mức hiện có: {tiers}.",
            en: "There is no tier with id {id}; the tiers are: {tiers}."),
    )
}

/// A tier without a count and no total to explain it.
pub fn count_missing(l: Lang, path: &str, id: &str) -> Issue {
    let id = quote(id);
    Issue::error(
        Code::CountMissing,
        path,
        msg!(l,
            vi: "Thiếu số lượng cho mức {id}; hãy ghi 0 nếu không có, hoặc khai báo \"total\" (tổng số) của nhóm để phần còn thiếu được hiển thị là không có số liệu.",
            en: "No count for the tier {id}; give 0 if there were none, or state the group's \"total\" so the missing part shows as not reported."),
    )
}

/// The stated total is below the counts' sum.
pub fn total_below_sum(l: Lang, path: &str, total: u64, sum: u64) -> Issue {
    Issue::error(
        Code::TotalBelowSum,
        path,
        msg!(l,
            vi: "Tổng số {total} nhỏ hơn tổng các số lượng ({sum}); tổng số phải lớn hơn hoặc bằng tổng các số lượng.",
            en: "The total {total} is smaller than the sum of the counts, {sum}; the total must be at least the sum."),
    )
}

/// A period that is neither a whole number nor text.
pub fn period_invalid(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(
        Code::PeriodInvalid,
        path,
        msg!(l,
            vi: "Cần một năm dạng số nguyên (ví dụ 2021) hoặc một văn bản ngắn (ví dụ \"2021–2022\"), nhưng lại là {found}.",
            en: "Expected a year as a whole number (e.g. 2021) or a short text (e.g. \"2021–2022\"), found {found}."),
    )
}

/// A group gives both counts and shares.
pub fn counts_and_shares(l: Lang, path: &str) -> Issue {
    Issue::error(
        Code::GroupCountsAndShares,
        path,
        msg!(l,
            vi: "Một nhóm chỉ được có \"counts\" (số lượng) hoặc \"shares\" (tỉ lệ phần trăm), không được có cả hai; hãy bỏ một trong hai.",
            en: "A group gives either \"counts\" or \"shares\" (percentages), not both; remove one."),
    )
}

/// Some groups give counts and others shares.
pub fn basis_mixed(l: Lang, path: &str, first_is_shares: bool) -> Issue {
    let (first, this) = if first_is_shares {
        ("shares", "counts")
    } else {
        ("counts", "shares")
    };
    Issue::error(
        Code::GroupsMixedBasis,
        path,
        msg!(l,
            vi: "Nhóm này dùng \"{this}\" nhưng nhóm đầu tiên dùng \"{first}\"; mọi nhóm của một biểu đồ phải cùng dùng số lượng (\"counts\") hoặc cùng dùng tỉ lệ phần trăm (\"shares\").",
            en: "This group gives \"{this}\" but the first group gives \"{first}\"; all groups of a chart must give counts (\"counts\") or all must give percentages (\"shares\")."),
    )
}

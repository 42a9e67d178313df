//! Shares-only data: percentages as published.

use super::{quote, Code, Issue, Lang};
use crate::model::limits;

/// A group's shares name no tier.
pub fn shares_empty(l: Lang, path: &str) -> Issue {
    Issue::error(
        Code::SharesEmpty,
        path,
        msg!(l,
            vi: "Nhóm này không có tỉ lệ nào; hãy ghi tỉ lệ phần trăm của ít nhất một mức, ví dụ {{\"approve\": 38}}.",
            en: "This group gives no share; give the percentage of at least one tier, e.g. {{\"approve\": 38}}."),
    )
}

/// A share below 0 or above 100.
pub fn share_range(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(
        Code::ShareRange,
        path,
        msg!(l,
            vi: "Tỉ lệ {found} nằm ngoài khoảng cho phép; tỉ lệ phần trăm là một số từ 0 đến 100.",
            en: "The share {found} is out of range; a share is a percentage from 0 to 100."),
    )
}

/// A share with more decimals than can be shown.
pub fn share_precision(l: Lang, path: &str, found: &str) -> Issue {
    let max = limits::MAX_DECIMALS;
    Issue::error(
        Code::SharePrecision,
        path,
        msg!(l,
            vi: "Tỉ lệ {found} có quá nhiều chữ số thập phân; hãy ghi như nguồn công bố, tối đa {max} chữ số thập phân (ví dụ 38.5).",
            en: "The share {found} has too many decimals; write it as published, with at most {max} decimals (e.g. 38.5)."),
    )
}

/// A share written as text.
pub fn share_is_text(l: Lang, path: &str, found: &str) -> Issue {
    let found = quote(found);
    Issue::error(
        Code::ShareNotNumber,
        path,
        msg!(l,
            vi: "Tỉ lệ {found} phải là một số JSON thuần, không có dấu ngoặc kép hay dấu %, với dấu chấm thập phân (ví dụ 38.5).",
            en: "The share {found} must be a plain JSON number without quotes or a % sign, with a decimal point (e.g. 38.5)."),
    )
}

/// A group's shares add up to more than 100 beyond rounding.
pub fn shares_over_100(l: Lang, path: &str, sum: &str, max: &str) -> Issue {
    Issue::error(
        Code::SharesOver100,
        path,
        msg!(l,
            vi: "Các tỉ lệ của nhóm này cộng lại bằng {sum}%, nhiều hơn 100%; với số chữ số thập phân đã ghi, sai số làm tròn cho phép tối đa {max}%. Tổng có thể nhỏ hơn 100 (phần còn lại hiển thị là không có số liệu).",
            en: "The shares of this group add up to {sum}%, more than 100%; with the decimals given, rounding allows at most {max}%. Less than 100 is fine (the rest shows as not reported)."),
    )
}

/// A total stated next to shares: unused.
pub fn shares_total_ignored(l: Lang, path: &str) -> Issue {
    Issue::warning(
        Code::SharesTotalIgnored,
        path,
        msg!(l,
            vi: "Tổng số bị bỏ qua vì nhóm chỉ có tỉ lệ phần trăm (\"shares\"); biểu đồ không suy ra số lượng từ tỉ lệ.",
            en: "The total is ignored because the group gives percentages (\"shares\"); the chart never derives counts from shares."),
    )
}

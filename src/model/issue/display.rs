//! Display options and the data theme.

use super::{quote, Code, Issue, Lang};
use crate::model::input::ChartKind;
use crate::model::limits;

/// An unknown chart kind.
pub fn kind_unknown(l: Lang, found: &str) -> Issue {
    let kinds: Vec<String> = ChartKind::NAMES
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect();
    let kinds = kinds.join(", ");
    Issue::error(
        Code::DisplayKindUnknown,
        "display.kind",
        msg!(l,
            vi: "Kiểu biểu đồ {found} không hợp lệ; hãy dùng một trong: {kinds}.",
            en: "Unknown chart kind {found}; use one of: {kinds}."),
    )
}

/// An unknown value mode.
pub fn values_unknown(l: Lang, found: &str) -> Issue {
    Issue::error(
        Code::DisplayValuesUnknown,
        "display.values",
        msg!(l,
            vi: "Chế độ hiển thị giá trị {found} không hợp lệ; hãy dùng \"shares\" (tỉ lệ) hoặc \"counts\" (số lượng).",
            en: "Unknown value mode {found}; use \"shares\" or \"counts\"."),
    )
}

/// Decimals out of range.
pub fn decimals_range(l: Lang, found: &str) -> Issue {
    let max = limits::MAX_DECIMALS;
    Issue::error(
        Code::DisplayDecimalsRange,
        "display.decimals",
        msg!(l,
            vi: "Không dùng được {found} chữ số thập phân; hãy dùng một số nguyên từ 0 đến {max}.",
            en: "{found} decimals are not allowed; use a whole number from 0 to {max}."),
    )
}

/// `display.values` asks for counts, but the data has shares only.
pub fn values_counts_shares_only(l: Lang) -> Issue {
    Issue::warning(
        Code::DisplayValuesSharesOnly,
        "display.values",
        msg!(l,
            vi: "Dữ liệu chỉ có tỉ lệ phần trăm nên nhãn hiển thị tỉ lệ thay cho số lượng.",
            en: "The data gives percentages only, so labels show shares instead of counts."),
    )
}

/// A theme font list with characters outside the allowed set.
pub fn theme_font_invalid(l: Lang, path: &str, found: &str) -> Issue {
    let found = quote(found);
    Issue::error(
        Code::ThemeFontInvalid,
        path,
        msg!(l,
            vi: "Danh sách phông chữ {found} không hợp lệ; chỉ dùng chữ cái, chữ số, khoảng trắng, dấu phẩy, dấu nháy (theo cặp) và dấu gạch nối, ví dụ \"'Merriweather Sans', Arial, sans-serif\".",
            en: "The font list {found} is not allowed; use only letters, digits, spaces, commas, paired quotes and hyphens, e.g. \"'Merriweather Sans', Arial, sans-serif\"."),
    )
}

/// A theme palette with fewer colours than tiers.
pub fn palette_too_short(l: Lang, path: &str, given: usize, tiers: usize) -> Issue {
    Issue::error(
        Code::ThemePaletteTooShort,
        path,
        msg!(l,
            vi: "Bảng màu có {given} màu cho {tiers} mức; cần ít nhất một màu cho mỗi mức, theo thứ tự các mức.",
            en: "The palette has {given} colours for {tiers} tiers; give at least one colour per tier, in tier order."),
    )
}

/// A theme mode that is neither light nor dark.
pub fn theme_mode_unknown(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(
        Code::ThemeModeUnknown,
        path,
        msg!(l,
            vi: "Chế độ giao diện {found} không hợp lệ; hãy dùng \"light\" (nền sáng) hoặc \"dark\" (nền tối).",
            en: "Unknown theme mode {found}; use \"light\" or \"dark\"."),
    )
}

/// Theme text colour with too little contrast on the paper.
pub fn theme_contrast(l: Lang, path: &str, which: &str, ratio: f64) -> Issue {
    let ratio = format!("{:.2}", (ratio * 100.0).floor() / 100.0);
    Issue::warning(
        Code::ThemeContrast,
        path,
        msg!(l,
            vi: "Màu chữ \"{which}\" trên màu nền \"paper\" chỉ có độ tương phản {ratio}:1, dưới mức WCAG AA 4.5:1; chữ có thể khó đọc. Hãy chọn màu chữ đậm hơn hoặc màu nền nhạt hơn.",
            en: "The text colour \"{which}\" has a contrast of only {ratio}:1 on the \"paper\" colour, below WCAG AA (4.5:1); text may be hard to read. Choose a darker text or a lighter paper colour (or the reverse for dark themes)."),
    )
}

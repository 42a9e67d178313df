//! Display options and the data theme.

use super::{Code, Issue, Lang, Listed, Quoted};
use crate::model::input::ChartKind;
use crate::model::limits;

/// An unknown chart kind.
pub fn kind_unknown(l: Lang, found: &str) -> Issue {
    let kinds = Listed(ChartKind::NAMES, true);
    Issue::error(
        Code::DisplayKindUnknown,
        "display.kind",
        l,
        args![found, kinds],
    )
}

/// An unknown value mode.
pub fn values_unknown(l: Lang, found: &str) -> Issue {
    Issue::error(
        Code::DisplayValuesUnknown,
        "display.values",
        l,
        args![found],
    )
}

/// Decimals out of range.
pub fn decimals_range(l: Lang, found: &str) -> Issue {
    let max = limits::MAX_DECIMALS;
    Issue::error(
        Code::DisplayDecimalsRange,
        "display.decimals",
        l,
        args![found, max],
    )
}

/// `display.values` asks for counts, but the data has shares only.
pub fn values_counts_shares_only(l: Lang) -> Issue {
    Issue::warning(Code::DisplayValuesSharesOnly, "display.values", l, &[])
}

/// A theme font list with characters outside the allowed set.
pub fn theme_font_invalid(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(
        Code::ThemeFontInvalid,
        path,
        l,
        args![found = Quoted(found)],
    )
}

/// A theme palette with fewer colours than tiers.
pub fn palette_too_short(l: Lang, path: &str, given: usize, tiers: usize) -> Issue {
    Issue::error(Code::ThemePaletteTooShort, path, l, args![given, tiers])
}

/// A theme mode that is neither light nor dark.
pub fn theme_mode_unknown(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(Code::ThemeModeUnknown, path, l, args![found])
}

/// Theme text colour with too little contrast on the paper.
pub fn theme_contrast(l: Lang, path: &str, which: &str, ratio: f64) -> Issue {
    // Rounded down to hundredths, by integer arithmetic (no float
    // formatting in the reader's module).
    let ratio = Hundredths((ratio * 100.0).floor() as u64);
    Issue::warning(Code::ThemeContrast, path, l, args![which, ratio])
}

/// A number of hundredths as a message writes it, `4.50`: written only
/// when a message is (never in the reader's module, which has no words).
struct Hundredths(u64);

impl std::fmt::Display for Hundredths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

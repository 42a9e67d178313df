//! Number formats and the widget's own words, per locale. A locale is data
//! (separators, percent sign, words), not code.

/// The words the widget prints itself.
#[derive(Debug, PartialEq, Eq)]
pub struct Words {
    /// Legend entry for members of a total not placed in any tier.
    pub not_reported: &'static str,
    /// "Total", before a group's total.
    pub total: &'static str,
    /// Prefix of the source line, including its separator.
    pub source_prefix: &'static str,
    /// Prefix of the notes, including its separator.
    pub notes_prefix: &'static str,
    /// Shown in a row whose total is 0.
    pub no_data: &'static str,
    /// Under a waffle whose squares stand for more than one member; `{n}` is
    /// the number one square stands for.
    pub each_square: &'static str,
    /// Under a waffle, naming tiers too small to get a square; `{tiers}` is
    /// their labels, comma-separated.
    pub too_small_for_square: &'static str,
    /// Note when a trend was asked for but the data has fewer than two periods.
    pub trend_needs_periods: &'static str,
    /// Note on charts of shares-only data (no counts were given).
    pub shares_only: &'static str,
    /// Axis or column title for counts.
    pub count: &'static str,
    /// Axis or column title for shares.
    pub share: &'static str,
    /// Column title for the groups.
    pub group: &'static str,
    /// Column title for the periods.
    pub period: &'static str,
}

impl Words {
    /// `template` with `{key}` replaced by `value`.
    pub fn fill(template: &str, key: &str, value: &str) -> String {
        template.replace(&format!("{{{key}}}"), value)
    }
}

/// A number-format locale.
#[derive(Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 tag.
    pub tag: &'static str,
    /// Decimal separator.
    pub decimal: &'static str,
    /// Thousands separator.
    pub group: &'static str,
    /// Text after a percentage, including any space before the sign.
    pub percent_suffix: &'static str,
    /// Minus sign.
    pub minus: &'static str,
    /// The widget's own words.
    pub words: Words,
}

/// Vietnamese (Viet Nam): `91.400`, `15,2 %`.
pub static VI_VN: Locale = Locale {
    tag: "vi-VN",
    decimal: ",",
    group: ".",
    percent_suffix: "\u{a0}%",
    minus: "-",
    words: Words {
        not_reported: "Không có số liệu",
        total: "Tổng",
        source_prefix: "Nguồn: ",
        notes_prefix: "Ghi chú: ",
        no_data: "Không có số liệu (tổng bằng 0)",
        each_square: "Mỗi ô là {n}",
        too_small_for_square: "Quá nhỏ để có một ô: {tiers}",
        trend_needs_periods:
            "Cần ít nhất hai kỳ để vẽ xu hướng; biểu đồ hiện dạng thanh xếp chồng.",
        shares_only: "Nguồn chỉ cho tỷ lệ phần trăm, không có số lượng.",
        count: "Số lượng",
        share: "Tỷ lệ",
        group: "Nhóm",
        period: "Kỳ",
    },
};

/// The words of both English locales.
const ENGLISH: Words = Words {
    not_reported: "Not reported",
    total: "Total",
    source_prefix: "Source: ",
    notes_prefix: "Note: ",
    no_data: "No data (total is 0)",
    each_square: "Each square is {n}",
    too_small_for_square: "Too small for one square: {tiers}",
    trend_needs_periods: "A trend needs at least two periods; shown as stacked bars.",
    shares_only: "Shares only: the source gives percentages, not counts.",
    count: "Count",
    share: "Share",
    group: "Group",
    period: "Period",
};

/// English (United States): `91,400`, `15.2%`.
pub static EN_US: Locale = Locale {
    tag: "en-US",
    decimal: ".",
    group: ",",
    percent_suffix: "%",
    minus: "\u{2212}",
    words: ENGLISH,
};

/// English (United Kingdom): `91,400`, `15.2%`.
pub static EN_GB: Locale = Locale {
    tag: "en-GB",
    decimal: ".",
    group: ",",
    percent_suffix: "%",
    minus: "\u{2212}",
    words: ENGLISH,
};

/// French (France): `91 400`, `15,2 %` (narrow no-break spaces).
pub static FR_FR: Locale = Locale {
    tag: "fr-FR",
    decimal: ",",
    group: "\u{202f}",
    percent_suffix: "\u{202f}%",
    minus: "\u{2212}",
    words: Words {
        not_reported: "Non communiqué",
        total: "Total",
        source_prefix: "Source\u{a0}: ",
        notes_prefix: "Note\u{a0}: ",
        no_data: "Aucune donnée (total nul)",
        each_square: "Chaque carré représente {n}",
        too_small_for_square: "Trop petit pour un carré\u{a0}: {tiers}",
        trend_needs_periods:
            "Une tendance demande au moins deux périodes\u{a0}; affiché en barres empilées.",
        shares_only: "Parts seulement\u{a0}: la source donne des pourcentages, pas des effectifs.",
        count: "Effectif",
        share: "Part",
        group: "Groupe",
        period: "Période",
    },
};

/// German (Germany): `91.400`, `15,2 %`.
pub static DE_DE: Locale = Locale {
    tag: "de-DE",
    decimal: ",",
    group: ".",
    percent_suffix: "\u{a0}%",
    minus: "\u{2212}",
    words: Words {
        not_reported: "Keine Angabe",
        total: "Gesamt",
        source_prefix: "Quelle: ",
        notes_prefix: "Anmerkung: ",
        no_data: "Keine Daten (Summe 0)",
        each_square: "Jedes Quadrat steht für {n}",
        too_small_for_square: "Zu klein für ein Quadrat: {tiers}",
        trend_needs_periods:
            "Ein Verlauf braucht mindestens zwei Zeiträume; als gestapelte Balken gezeigt.",
        shares_only: "Nur Anteile: Die Quelle nennt Prozente, keine Anzahlen.",
        count: "Anzahl",
        share: "Anteil",
        group: "Gruppe",
        period: "Zeitraum",
    },
};

/// Every supported locale; the first is the format's default.
pub static LOCALES: [&Locale; 5] = [&VI_VN, &EN_US, &EN_GB, &FR_FR, &DE_DE];

/// The default locale of format v1.
pub fn default_locale() -> &'static Locale {
    &VI_VN
}

/// How a requested tag was resolved.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// The tag, or its bare language, matched.
    Exact(&'static Locale),
    /// Only a fallback could be used; warn the user.
    Fallback(&'static Locale),
}

/// Resolves a BCP 47 tag: exact match (any case), then a bare language tag
/// (`vi`, `en`) silently, then the language of a tag with another region
/// with a warning, and finally `en-US` with a warning.
pub fn resolve_locale(tag: &str) -> Resolved {
    let wanted = tag.trim().replace('_', "-");
    if let Some(l) = LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(&wanted)) {
        return Resolved::Exact(l);
    }
    let lang = wanted.split('-').next().unwrap_or("");
    let by_lang = LOCALES.iter().find(|l| {
        l.tag
            .split('-')
            .next()
            .is_some_and(|x| x.eq_ignore_ascii_case(lang))
    });
    match by_lang {
        Some(l) if !wanted.contains('-') => Resolved::Exact(l),
        Some(l) => Resolved::Fallback(l),
        None => Resolved::Fallback(&EN_US),
    }
}

impl Locale {
    /// A count with thousands separators: `91.400` (vi-VN), `91,400` (en).
    pub fn format_count(&self, n: u64) -> String {
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
        let lead = digits.len() % 3;
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (i + 3 - lead) % 3 == 0 {
                out.push_str(self.group);
            }
            out.push(ch);
        }
        out
    }

    /// A share given in units of 10^-`decimals` percent (see
    /// [`crate::derive::shares`]): `152` at 1 decimal is `15,2 %` in vi-VN.
    pub fn format_share(&self, units: u64, decimals: u8) -> String {
        let scale = 10u64.pow(u32::from(decimals));
        let int = units / scale;
        let mut out = int.to_string();
        if decimals > 0 {
            let frac = units % scale;
            out.push_str(self.decimal);
            let frac = frac.to_string();
            for _ in frac.len()..usize::from(decimals) {
                out.push('0');
            }
            out.push_str(&frac);
        }
        out.push_str(self.percent_suffix);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_use_the_locale_group_separator() {
        assert_eq!(VI_VN.format_count(91_400), "91.400");
        assert_eq!(VI_VN.format_count(13_886), "13.886");
        assert_eq!(VI_VN.format_count(657), "657");
        assert_eq!(VI_VN.format_count(0), "0");
        assert_eq!(EN_US.format_count(1_234_567), "1,234,567");
        assert_eq!(FR_FR.format_count(91_400), "91\u{202f}400");
        assert_eq!(DE_DE.format_count(100_000), "100.000");
        assert_eq!(
            EN_US.format_count(9_007_199_254_740_991),
            "9,007,199,254,740,991"
        );
    }

    #[test]
    fn shares_use_the_locale_decimal_and_percent_sign() {
        assert_eq!(VI_VN.format_share(152, 1), "15,2\u{a0}%");
        assert_eq!(EN_US.format_share(152, 1), "15.2%");
        assert_eq!(VI_VN.format_share(7, 1), "0,7\u{a0}%");
        assert_eq!(VI_VN.format_share(72, 2), "0,72\u{a0}%");
        assert_eq!(EN_GB.format_share(1000, 1), "100.0%");
        assert_eq!(EN_US.format_share(40, 0), "40%");
        assert_eq!(FR_FR.format_share(5, 3), "0,005\u{202f}%");
    }

    #[test]
    fn locales_resolve_by_tag_then_language_then_fallback() {
        assert_eq!(resolve_locale("vi-VN"), Resolved::Exact(&VI_VN));
        assert_eq!(resolve_locale("en-gb"), Resolved::Exact(&EN_GB));
        assert_eq!(resolve_locale("vi"), Resolved::Exact(&VI_VN));
        assert_eq!(resolve_locale("de_DE"), Resolved::Exact(&DE_DE));
        assert_eq!(resolve_locale("en-AU"), Resolved::Fallback(&EN_US));
        assert_eq!(resolve_locale("ja-JP"), Resolved::Fallback(&EN_US));
    }
}

//! Number formats per locale: counts with the locale's thousands separator,
//! shares with its decimal separator and percent sign. The locales
//! themselves (separators, signs and words, as data) are in
//! [`crate::locale`]; they are re-exported here under their old paths.

pub use crate::locale::{
    default_locale, resolve_locale, HostWords, Locale, Resolved, SummaryWords, Words, DE_DE, EN_GB,
    EN_US, FR_FR, LOCALES, VI_VN,
};

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
}

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
        let digits = digits(n);
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
        let mut out = digits(int);
        if decimals > 0 {
            out.push_str(self.decimal);
            push_digits(&mut out, units % scale, usize::from(decimals));
        }
        out.push_str(self.percent_suffix);
        out
    }
}

/// Powers of ten up to 10^9.
const POW10: [f64; 10] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/// Appends the finite `v` to `out` in plain decimal notation, rounded to at
/// most `decimals` places (9 at most; trailing zeros dropped, no `-0`): for
/// numbers that only a machine reads (CSS font sizes, colours' alpha,
/// coordinates in the module's JSON). Integer arithmetic only, so that the
/// reader's module carries no float formatting (issue 15). A number with
/// at most `decimals` places and of magnitude under 10^6 reads back as the
/// same double. Magnitudes of 9·10^18 and more (which none of those
/// reach) are written with an exponent, `1000000000000000000e3`, to about
/// 12 significant digits; not finite, `0`.
pub fn push_decimal(out: &mut String, v: f64, decimals: u32) {
    let mut a = if v.is_finite() { v.abs() } else { 0.0 };
    let mut k = decimals.min(9) as usize;
    while k > 0 && a * POW10[k] >= 9e18 {
        k -= 1;
    }
    let mut exponent = 0u32;
    while a >= 9e18 {
        a /= 10.0;
        exponent += 1;
    }
    let scaled = (a * POW10[k] + 0.5).floor() as u64;
    if scaled == 0 {
        out.push('0');
        return;
    }
    if v < 0.0 {
        out.push('-');
    }
    let unit = 10u64.pow(k as u32);
    push_digits(out, scaled / unit, 1);
    let mut frac = scaled % unit;
    if frac > 0 {
        // Drop trailing zeros.
        while frac % 10 == 0 {
            frac /= 10;
            k -= 1;
        }
        out.push('.');
        push_digits(out, frac, k);
    }
    if exponent > 0 {
        out.push('e');
        push_digits(out, u64::from(exponent), 1);
    }
}

/// The decimal digits of `n`, at least `width` of them (zeros in front).
pub fn push_digits(out: &mut String, n: u64, width: usize) {
    let mut digits = [b'0'; 20];
    let mut i = digits.len();
    let mut n = n;
    while n > 0 || digits.len() - i < width {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.extend(digits[i..].iter().map(|&d| char::from(d)));
}

/// The decimal digits of `n`.
pub fn digits(n: u64) -> String {
    let mut out = String::new();
    push_digits(&mut out, n, 1);
    out
}

/// The decimal digits of `n`, with `-` in front when it is negative.
pub fn signed(n: i64) -> String {
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    push_digits(&mut out, n.unsigned_abs(), 1);
    out
}

/// `n` in `width` lowercase hexadecimal digits (zeros in front; `n` must
/// fit).
pub fn push_hex(out: &mut String, n: u32, width: u32) {
    for i in (0..width).rev() {
        out.push(char::from(
            b"0123456789abcdef"[(n >> (4 * i)) as usize & 15],
        ));
    }
}

/// The texts one after another. This, [`join`], [`push_digits`] and
/// [`push_hex`] write the reader's texts without `format!`: `core::fmt`
/// and its generic padding and integer code stay out of the reader's
/// module (issue 15).
pub fn concat(parts: &[&str]) -> String {
    join(parts, "")
}

/// The texts with `sep` between each two.
pub fn join(parts: &[&str], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decimal(v: f64, decimals: u32) -> String {
        let mut out = String::new();
        push_decimal(&mut out, v, decimals);
        out
    }

    #[test]
    fn decimals_are_written_with_integer_arithmetic() {
        assert_eq!(decimal(13.0, 3), "13");
        assert_eq!(decimal(12.5, 3), "12.5");
        assert_eq!(decimal(1.0 / 3.0, 3), "0.333");
        assert_eq!(decimal(2.0 / 3.0, 3), "0.667");
        assert_eq!(decimal(0.0999999, 3), "0.1");
        assert_eq!(decimal(-0.0, 3), "0");
        assert_eq!(decimal(-0.0001, 3), "0");
        assert_eq!(decimal(-7.25, 9), "-7.25");
        assert_eq!(decimal(0.000000001, 9), "0.000000001");
        assert_eq!(decimal(1234567.5, 0), "1234568");
        assert_eq!(decimal(f64::NAN, 3), "0");
        assert_eq!(decimal(1e21, 9), "1000000000000000000e3");
        let huge: f64 = decimal(-1e300, 2).parse().unwrap();
        assert!((huge / -1e300 - 1.0).abs() < 1e-12, "{huge}");
        // What has at most 9 decimals under 10^6 reads back exactly.
        for v in [
            0.1,
            0.3,
            38.3,
            123456.789,
            999999.999999999,
            1e-9,
            640.0,
            401.25,
        ] {
            for sign in [1.0, -1.0] {
                let text = decimal(sign * v, 9);
                assert_eq!(text.parse::<f64>().unwrap(), sign * v, "{text}");
            }
        }
        // Anything else within a billionth.
        for v in [1.0 / 3.0, 2f64.sqrt() * 1000.0, 4e6 / 7.0] {
            let back: f64 = decimal(v, 9).parse().unwrap();
            assert!((back - v).abs() <= 5e-10, "{v}");
        }
    }

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
    fn texts_are_written_as_format_would_write_them() {
        for n in [0u64, 7, 10, 99, 100, 12_345, u64::MAX] {
            assert_eq!(digits(n), format!("{n}"));
            let mut out = String::from("x");
            push_digits(&mut out, n, 3);
            assert_eq!(out, format!("x{n:03}"));
        }
        for n in [0i64, 1, -1, 2024, -2024, i64::MIN, i64::MAX] {
            assert_eq!(signed(n), format!("{n}"));
        }
        for (n, width) in [
            (0u32, 4),
            (0x1f, 4),
            (0x200b, 4),
            (0xabcdef, 6),
            (0x0a0b0c, 6),
        ] {
            let mut out = String::new();
            push_hex(&mut out, n, width);
            assert_eq!(out, format!("{n:0w$x}", w = width as usize));
        }
        assert_eq!(concat(&[]), "");
        assert_eq!(concat(&["Nguồn: ", "Bộ GD", ""]), "Nguồn: Bộ GD");
        assert_eq!(join(&["a"], ", "), "a");
        assert_eq!(join(&["a", "", "c"], " · "), "a ·  · c");
    }
}

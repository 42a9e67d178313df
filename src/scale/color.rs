//! Colours: parsing (strict), default palettes from tier order and polarity,
//! and contrast for text on coloured segments.

use crate::model::input::Polarity;

/// An opaque sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
}

impl Rgb {
    /// From a `0xRRGGBB` literal.
    pub const fn hex(v: u32) -> Rgb {
        Rgb {
            r: (v >> 16) as u8,
            g: (v >> 8) as u8,
            b: v as u8,
        }
    }

    /// `#rrggbb`.
    pub fn to_hex(self) -> String {
        let mut out = String::from("#");
        let rgb = u32::from(self.r) << 16 | u32::from(self.g) << 8 | u32::from(self.b);
        crate::scale::format::push_hex(&mut out, rgb, 6);
        out
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// WCAG contrast ratio between two colours, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// Mixes `self` toward `other` by `t` (0 = self, 1 = other).
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb {
            r: m(self.r, other.r),
            g: m(self.g, other.g),
            b: m(self.b, other.b),
        }
    }
}

impl serde::Serialize for Rgb {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

/// Near-black text.
pub const INK: Rgb = Rgb::hex(0x1a1a1a);
/// Secondary text.
pub const INK_MUTED: Rgb = Rgb::hex(0x595959);
/// Background.
pub const PAPER: Rgb = Rgb::hex(0xffffff);
/// Background of the dark theme.
pub const DARK_PAPER: Rgb = Rgb::hex(0x121212);
/// Main text of the dark theme.
pub const DARK_INK: Rgb = Rgb::hex(0xf0f0f0);
/// Secondary text of the dark theme.
pub const DARK_INK_MUTED: Rgb = Rgb::hex(0xb3b3b3);

/// The paper and text colours of the built-in light or dark theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BaseColors {
    /// Background.
    pub paper: Rgb,
    /// Main text.
    pub ink: Rgb,
    /// Secondary text.
    pub muted: Rgb,
}

/// The built-in paper and text colours, light or `dark`.
pub fn base_colors(dark: bool) -> BaseColors {
    if dark {
        BaseColors {
            paper: DARK_PAPER,
            ink: DARK_INK,
            muted: DARK_INK_MUTED,
        }
    } else {
        BaseColors {
            paper: PAPER,
            ink: INK,
            muted: INK_MUTED,
        }
    }
}

/// Fill of the "not reported" part of a total.
pub const NOT_REPORTED_FILL: Rgb = Rgb::hex(0xececec);
/// Outline of the "not reported" part and of empty rows.
pub const NOT_REPORTED_EDGE: Rgb = Rgb::hex(0x8c8c8c);

/// Why a colour was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum ColorError {
    /// Not a CSS colour at all.
    Invalid,
    /// A colour, but not fully opaque.
    Transparent,
}

/// Whether trimmed `t` has a form we take (hex, `rgb()`/`rgba()`,
/// `hsl()`/`hsla()`, a name other than `currentColor`), before parsing it.
pub(super) fn allowed_form(t: &str) -> bool {
    let lower = t.to_ascii_lowercase();
    let form = t.starts_with('#')
        || ["rgb(", "rgba(", "hsl(", "hsla("]
            .iter()
            .any(|f| lower.starts_with(f))
        || (!t.is_empty() && t.chars().all(|c| c.is_ascii_alphabetic()));
    form && lower != "currentcolor"
}

/// Parses a CSS colour strictly: hex (`#rgb`, `#rrggbb`), `rgb()`/`rgba()`,
/// `hsl()`/`hsla()` and CSS colour names; anything else (other colour
/// functions, `currentColor`, CSS that is not a colour) is invalid, and
/// anything transparent is refused.
pub fn parse_color(text: &str) -> Result<Rgb, ColorError> {
    let t = text.trim();
    if !allowed_form(t) {
        return Err(ColorError::Invalid);
    }
    let [r, g, b, a] = super::css::parse(t).ok_or(ColorError::Invalid)?;
    if a < 1.0 {
        return Err(ColorError::Transparent);
    }
    // As csscolorparser's `to_rgba8`.
    let byte = |c: f32| (c * 255.0 + 0.5) as u8;
    Ok(Rgb {
        r: byte(r),
        g: byte(g),
        b: byte(b),
    })
}

/// ColorBrewer Blues, light to dark (9 classes).
const BLUES: [u32; 9] = [
    0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b,
];
/// ColorBrewer Oranges, light to dark (9 classes).
const ORANGES: [u32; 9] = [
    0xfff5eb, 0xfee6ce, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xf16913, 0xd94801, 0xa63603, 0x7f2704,
];
/// ColorBrewer YlGnBu, light to dark (9 classes): a sequential ramp whose
/// hue turns as it darkens, so neighbouring steps stay apart for the common
/// colour-vision deficiencies (a single-hue ramp does not, for tritanopia).
const YLGNBU: [u32; 9] = [
    0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x253494, 0x081d58,
];
/// Neutral tiers.
const NEUTRAL: Rgb = Rgb::hex(0xbdbdbd);

/// `k` colours of a 9-class ramp, darkest first, kept away from the palest
/// classes so that every one stands out on white.
fn ramp(ramp: &[u32; 9], k: usize) -> Vec<Rgb> {
    ramp_between(ramp, k, 7.0, 2.0)
}

/// `k` colours of a 9-class ramp from class `hi` (darkest) to `lo`.
/// ColorBrewer's own classes while they are enough; beyond that (9 or more
/// steps on one ramp) colours are interpolated between classes, over classes
/// 8 to 1, so that every step stays distinct.
fn ramp_between(ramp: &[u32; 9], k: usize, hi: f64, lo: f64) -> Vec<Rgb> {
    let t = |i: usize| {
        if k <= 1 {
            0.0
        } else {
            i as f64 / (k - 1) as f64
        }
    };
    // Few tiers take every other class; many tiers spread evenly.
    let span = ((k as f64 - 1.0) * 2.0).min(hi - lo);
    let idx: Vec<usize> = (0..k)
        .map(|i| ((hi - t(i) * span).round().max(0.0) as usize).min(8))
        .collect();
    if idx.windows(2).all(|w| w[0] != w[1]) {
        return idx.into_iter().map(|i| Rgb::hex(ramp[i])).collect();
    }
    // Evenly spaced in CIE L*a*b* along the ramp from class 8 to class 1,
    // so that no two neighbours crowd where the ramp changes slowly.
    const STEPS: usize = 700;
    let pos = |j: usize| 8.0 - 7.0 * j as f64 / STEPS as f64;
    let mut cum = Vec::with_capacity(STEPS + 1);
    let mut prev = lab(ramp_at(ramp, pos(0)));
    let mut acc = 0.0;
    for j in 0..=STEPS {
        let here = lab(ramp_at(ramp, pos(j)));
        acc += ((here[0] - prev[0]).powi(2)
            + (here[1] - prev[1]).powi(2)
            + (here[2] - prev[2]).powi(2))
        .sqrt();
        cum.push(acc);
        prev = here;
    }
    (0..k)
        .map(|i| {
            let target = acc * t(i);
            let j = cum.partition_point(|&c| c < target).min(STEPS);
            ramp_at(ramp, pos(j))
        })
        .collect()
}

/// An sRGB channel in linear light, 0..=1.
fn linear(c: u8) -> f64 {
    // A table: contrast is checked for every label of a big chart, and
    // `powf` is slow in WebAssembly.
    static TABLE: std::sync::OnceLock<[f64; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|i| {
            let c = i as f64 / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                // x^2.4 = x² × (x²)^(1/5): no `powf` (libm, 2.2 KB).
                let x = (c + 0.055) / 1.055;
                x * x * root(x * x, 5)
            }
        })
    })[usize::from(c)]
}

/// The `n`-th root of `y` in 0.008..=2, by Newton's method from above (no
/// libm `cbrt`/`powf`, with `fma`: 3 KB of the reader's module): the
/// nearest double or one next to it.
fn root(y: f64, n: i32) -> f64 {
    // From 2 (above every root here) the iterates fall to the root; stop
    // once they no longer do.
    let mut r = 2.0f64;
    for _ in 0..200 {
        let next = ((n - 1) as f64 * r + y / r.powi(n - 1)) / n as f64;
        if next >= r {
            break;
        }
        r = next;
    }
    r
}

/// CIE L*a*b* (D65) of an sRGB colour.
fn lab(c: Rgb) -> [f64; 3] {
    lab_of_linear([linear(c.r), linear(c.g), linear(c.b)])
}

/// CIE L*a*b* (D65) of linear-light sRGB components in 0..=1.
fn lab_of_linear([r, g, b]: [f64; 3]) -> [f64; 3] {
    let x = 0.4124 * r + 0.3576 * g + 0.1805 * b;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = 0.0193 * r + 0.1192 * g + 0.9505 * b;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            root(t, 3)
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x / 0.95047), f(y), f(z / 1.08883));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// The colour at a fractional class position of a 9-class ramp,
/// interpolated between its two neighbouring classes (in sRGB).
fn ramp_at(ramp: &[u32; 9], pos: f64) -> Rgb {
    let pos = pos.clamp(0.0, 8.0);
    let lo = pos.floor() as usize;
    let hi = (lo + 1).min(8);
    Rgb::hex(ramp[lo]).mix(Rgb::hex(ramp[hi]), pos - lo as f64)
}

/// The default colour of each tier, from its order and polarity.
///
/// Without polarity the scale is one sequential ramp (YlGnBu), first tier
/// darkest.
/// With polarity, positive tiers take blues and negative tiers oranges, each
/// darker the farther it stands from the other side; neutral tiers are grey.
pub fn default_palette(polarities: &[Option<Polarity>]) -> Vec<Rgb> {
    let n = polarities.len();
    if polarities.iter().all(Option::is_none) {
        return ramp_between(&YLGNBU, n, 8.0, 1.0);
    }
    let idx = |p: Polarity| -> Vec<usize> {
        (0..n)
            .filter(|&i| polarities[i] == Some(p))
            .collect::<Vec<_>>()
    };
    let (pos, neg) = (idx(Polarity::Positive), idx(Polarity::Negative));
    // Which side comes first decides which end of each side is "extreme".
    let positives_first = match (pos.first(), neg.first()) {
        (Some(p), Some(q)) => p < q,
        _ => true,
    };
    let mut out = vec![NEUTRAL; n];
    let mut paint = |members: &[usize], colours: Vec<Rgb>, extreme_first: bool| {
        for (k, &i) in members.iter().enumerate() {
            let rank = if extreme_first {
                k
            } else {
                members.len() - 1 - k
            };
            out[i] = colours[rank];
        }
    };
    paint(&pos, ramp(&BLUES, pos.len()), positives_first);
    paint(&neg, ramp(&ORANGES, neg.len()), !positives_first);
    // Tiers without polarity among tiers with polarity: neutral grey.
    out
}

/// Text colour with the better WCAG contrast on `fill`.
pub fn text_on(fill: Rgb) -> Rgb {
    if fill.contrast(PAPER) >= fill.contrast(INK) {
        PAPER
    } else {
        INK
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_css_colours_strictly() {
        assert_eq!(parse_color("#1f5f99"), Ok(Rgb::hex(0x1f5f99)));
        assert_eq!(parse_color("#fa0"), Ok(Rgb::hex(0xffaa00)));
        assert_eq!(parse_color("rgb(31, 95, 153)"), Ok(Rgb::hex(0x1f5f99)));
        assert_eq!(parse_color("steelblue"), Ok(Rgb::hex(0x4682b4)));
        assert_eq!(parse_color("hsl(0, 100%, 50%)"), Ok(Rgb::hex(0xff0000)));
        assert_eq!(parse_color("blue;}</style>"), Err(ColorError::Invalid));
        assert_eq!(parse_color("#12345"), Err(ColorError::Invalid));
        assert_eq!(parse_color("transparent"), Err(ColorError::Transparent));
        assert_eq!(parse_color("rgba(0,0,0,0.5)"), Err(ColorError::Transparent));
    }

    #[test]
    fn roots_are_as_libm_gives_them() {
        // Where they are used: above (216 / 24389) and (0.0405 + 0.055)² / 1.055².
        for k in 8..=2000 {
            let y = f64::from(k) / 1000.0;
            let (c, q) = (root(y, 3), root(y, 5));
            assert!(
                (c - y.cbrt()).abs() <= 2.0 * f64::EPSILON * c.max(1e-300),
                "{y}"
            );
            assert!(
                (q - y.powf(0.2)).abs() <= 2.0 * f64::EPSILON * q.max(1e-300),
                "{y}"
            );
        }
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            assert!((linear(c) - x.powf(2.4)).abs() <= 4.0 * f64::EPSILON, "{c}");
        }
    }

    #[test]
    fn contrast_matches_wcag() {
        assert!((PAPER.contrast(Rgb::hex(0x000000)) - 21.0).abs() < 1e-9);
        assert_eq!(text_on(Rgb::hex(0x08519c)), PAPER);
        assert_eq!(text_on(Rgb::hex(0xc6dbef)), INK);
    }

    #[test]
    fn polarity_palette_darkens_toward_the_extremes() {
        use Polarity::*;
        let p = default_palette(&[
            Some(Positive),
            Some(Positive),
            Some(Neutral),
            Some(Negative),
        ]);
        assert_eq!(p[2], NEUTRAL);
        assert!(p[0].luminance() < p[1].luminance());
        // Worst-first order: the first negative is the extreme one.
        let q = default_palette(&[Some(Negative), Some(Negative), Some(Positive)]);
        assert!(q[0].luminance() < q[1].luminance());
    }

    #[test]
    fn palettes_of_up_to_twelve_tiers_are_all_distinct() {
        use Polarity::*;
        for n in 1..=12 {
            let mut scales = vec![vec![None; n]];
            scales.push(vec![Some(Positive); n]);
            scales.push(vec![Some(Negative); n]);
            if n >= 2 {
                let mut s = vec![Some(Positive); n - 1];
                s.push(Some(Negative));
                scales.push(s);
            }
            for scale in scales {
                let p = default_palette(&scale);
                assert_eq!(p.len(), n);
                for (i, a) in p.iter().enumerate() {
                    for b in &p[i + 1..] {
                        assert_ne!(a, b, "{scale:?}: {p:?}");
                    }
                }
                if scale.iter().all(Option::is_none) {
                    for w in p.windows(2) {
                        assert!(w[0].luminance() < w[1].luminance(), "{n}: {w:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn only_the_four_css_forms_are_colours() {
        assert_eq!(parse_color("HSL(0, 100%, 50%)"), Ok(Rgb::hex(0xff0000)));
        assert_eq!(parse_color("rgba(0, 0, 0, 1)"), Ok(Rgb::hex(0x000000)));
        assert_eq!(parse_color("RebeccaPurple"), Ok(Rgb::hex(0x663399)));
        for bad in [
            "hwb(0 0% 0%)",
            "currentColor",
            "lab(50 0 0)",
            "red blue",
            "",
            "0xff0000",
        ] {
            assert_eq!(parse_color(bad), Err(ColorError::Invalid), "{bad}");
        }
    }

    #[test]
    fn sequential_palette_is_distinct_and_ordered() {
        let p = default_palette(&[None, None, None, None]);
        for w in p.windows(2) {
            assert!(w[0].luminance() < w[1].luminance(), "{w:?}");
        }
    }
}

/// Colour-vision-deficiency checks of the default palettes.
#[cfg(test)]
mod cvd_tests {
    use super::*;

    /// Machado, Oliveira & Fernandes (2009), severity 1, on linear RGB.
    const PROTAN: [[f64; 3]; 3] = [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ];
    const DEUTAN: [[f64; 3]; 3] = [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ];
    const TRITAN: [[f64; 3]; 3] = [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ];
    const NORMAL: [[f64; 3]; 3] = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];

    /// CIE L*a*b* (D65) of a colour seen through `m`.
    fn lab(c: Rgb, m: &[[f64; 3]; 3]) -> [f64; 3] {
        let v = [linear(c.r), linear(c.g), linear(c.b)];
        let seen = m.map(|row| (row[0] * v[0] + row[1] * v[1] + row[2] * v[2]).clamp(0.0, 1.0));
        super::lab_of_linear(seen)
    }

    fn delta_e(a: Rgb, b: Rgb, m: &[[f64; 3]; 3]) -> f64 {
        let (p, q) = (lab(a, m), lab(b, m));
        ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2) + (p[2] - q[2]).powi(2)).sqrt()
    }

    /// Every pair of neighbouring tiers in every default palette (2 to 7
    /// tiers; sequential, best-first and worst-first polar scales with and
    /// without a neutral middle) stays apart (CIE76 ΔE ≥ 10) for normal
    /// vision, protanopia, deuteranopia and tritanopia.
    #[test]
    fn neighbouring_tiers_stay_apart_for_common_colour_vision_deficiencies() {
        use Polarity::*;
        let mut scales: Vec<Vec<Option<Polarity>>> = (2..=7).map(|n| vec![None; n]).collect();
        for pos in 1..=3 {
            for neg in 1..=3 {
                for neutral in [false, true] {
                    let mut s = vec![Some(Positive); pos];
                    if neutral {
                        s.push(Some(Neutral));
                    }
                    s.extend(vec![Some(Negative); neg]);
                    scales.push(s.clone());
                    s.reverse();
                    scales.push(s);
                }
            }
        }
        let mut worst = f64::MAX;
        for scale in &scales {
            let p = default_palette(scale);
            for w in p.windows(2) {
                for (name, m) in [
                    ("normal", &NORMAL),
                    ("protan", &PROTAN),
                    ("deutan", &DEUTAN),
                    ("tritan", &TRITAN),
                ] {
                    let d = delta_e(w[0], w[1], m);
                    worst = worst.min(d);
                    assert!(
                        d >= 10.0,
                        "{scale:?}: {} and {} are {d:.1} apart for {name}",
                        w[0].to_hex(),
                        w[1].to_hex()
                    );
                }
            }
        }
        assert!(worst < 100.0);
    }

    /// Long scales (8 to 12 tiers) cannot keep ΔE 10 between every pair of
    /// neighbours on one ramp; spaced evenly in L*a*b*, neighbours stay at
    /// least ΔE 7 apart on the sequential ramp and ΔE 5 on one polar side
    /// (a single hue) for normal vision and the three deficiencies, with the
    /// 1 px separator between segments as the second cue.
    #[test]
    fn long_scales_keep_neighbours_apart() {
        use Polarity::*;
        for n in 8..=12 {
            for (scale, min) in [
                (vec![None; n], 7.0),
                (vec![Some(Positive); n], 5.0),
                (vec![Some(Negative); n], 5.0),
            ] {
                let p = default_palette(&scale);
                for w in p.windows(2) {
                    for (name, m) in [
                        ("normal", &NORMAL),
                        ("protan", &PROTAN),
                        ("deutan", &DEUTAN),
                        ("tritan", &TRITAN),
                    ] {
                        let d = delta_e(w[0], w[1], m);
                        assert!(
                            d >= min,
                            "{n} {:?}: {} and {} are {d:.1} apart for {name}",
                            scale[0],
                            w[0].to_hex(),
                            w[1].to_hex()
                        );
                    }
                }
            }
        }
    }
}

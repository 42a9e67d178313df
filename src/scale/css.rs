//! The CSS colour syntax the format accepts, parsed without a colour
//! library: hex (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, and the same
//! digits without `#`), `rgb()`/`rgba()` and `hsl()`/`hsla()` in the comma
//! and the space syntax (numbers, percentages, `none`, angle units, an
//! alpha after `,` or `/`), the 148 CSS colour names and `transparent`.
//! It gives what `csscolorparser` 0.9 gives for all of these, computed the
//! same way in `f32` (the tests hold it to that crate as their oracle); it
//! leaves out the rest of that crate (other colour functions, which
//! [`super::parse_color`] refuses anyway, relative colours and `calc()`)
//! and with it the standard library's general float parser and its
//! tables: about 20 KB gzip of the reader's module.

/// A colour as the parser computes it: red, green, blue and alpha, 0–1.
pub(super) type Rgba = [f32; 4];

/// Parses `s` (trimmed) as one of the forms above, or `None`.
pub(super) fn parse(s: &str) -> Option<Rgba> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("transparent") {
        return Some([0.0; 4]);
    }
    if let Some(digits) = s.strip_prefix('#') {
        return hex(digits);
    }
    if let Some(c) = hex(s) {
        return Some(c);
    }
    if (3..=20).contains(&s.len()) {
        if let Some(rgb) = named(s) {
            return Some(rgb8([rgb >> 16, rgb >> 8, rgb, 255]));
        }
    }
    function(s)
}

/// A colour from 8-bit channels (the low 8 bits of each).
fn rgb8(c: [u32; 4]) -> Rgba {
    c.map(|c| (c & 0xff) as f32 / 255.0)
}

/// The digits of `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`.
fn hex(s: &str) -> Option<Rgba> {
    let d: Vec<u32> = s.chars().map(|c| c.to_digit(16)).collect::<Option<_>>()?;
    let [r, g, b, a] = match *d.as_slice() {
        [r, g, b] => [r * 17, g * 17, b * 17, 255],
        [r, g, b, a] => [r * 17, g * 17, b * 17, a * 17],
        [r1, r2, g1, g2, b1, b2] => [r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2, 255],
        [r1, r2, g1, g2, b1, b2, a1, a2] => {
            [r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2, a1 * 16 + a2]
        }
        _ => return None,
    };
    Some(rgb8([r, g, b, a]))
}

/// The `0xRRGGBB` of a CSS colour name (any case).
fn named(s: &str) -> Option<u32> {
    NAMES
        .split(' ')
        .position(|n| n.eq_ignore_ascii_case(s))
        .and_then(|i| NAMED_RGB.get(i).copied())
}

/// `rgb(…)`, `rgba(…)`, `hsl(…)` or `hsla(…)`: three values separated by
/// commas or spaces, then an optional alpha after a comma, a slash or a
/// space.
fn function(s: &str) -> Option<Rgba> {
    let open = s.find('(')?;
    let s = s.strip_suffix(')')?;
    let name = s.get(..open)?.trim_end();
    let hsl = if name.eq_ignore_ascii_case("rgb") || name.eq_ignore_ascii_case("rgba") {
        false
    } else if name.eq_ignore_ascii_case("hsl") || name.eq_ignore_ascii_case("hsla") {
        true
    } else {
        return None;
    };
    let body = s.get(open + 1..)?;
    if !body.is_ascii() {
        return None;
    }
    let mut p = Params { s: body, at: 0 };
    p.space();
    let v0 = p.value()?;
    p.comma_or_space().then_some(())?;
    let v1 = p.value()?;
    p.comma_or_space().then_some(())?;
    let v2 = p.value()?;
    let spaced = p.space();
    let alpha = if p.is_end() {
        1.0
    } else {
        let separated = p.comma_or_slash() || spaced;
        let a = p.value();
        p.space();
        if !separated || !p.is_end() {
            return None;
        }
        percent_or_number(a?)?.0.clamp(0.0, 1.0)
    };
    if hsl {
        let h = angle(v0)?;
        let (s, s_pct) = percent_or_number(v1)?;
        let (l, l_pct) = percent_or_number(v2)?;
        let s = if s_pct { s } else { s / 100.0 };
        let l = if l_pct { l } else { l / 100.0 };
        let [r, g, b] = hsl_to_rgb(
            rem(rem(h, 360) + 360.0, 360),
            s.clamp(0.0, 1.0),
            l.clamp(0.0, 1.0),
        );
        return Some([r, g, b, alpha]);
    }
    let channel = |v: &str| {
        percent_or_number(v).map(|(c, pct)| (if pct { c } else { c / 255.0 }).clamp(0.0, 1.0))
    };
    Some([channel(v0)?, channel(v1)?, channel(v2)?, alpha])
}

/// `x % m` (`m` a whole number from 1 to 2^24) exactly as `%` gives it,
/// without libm's `fmodf` (0.6 KB of the reader's module).
fn rem(x: f32, m: u32) -> f32 {
    let a = x.abs();
    if !a.is_finite() {
        return f32::NAN;
    }
    let r = if a < 16_777_216.0 {
        // Below 2^24 the truncated quotient is exact in f64, and so is
        // what is left.
        let (a, m) = (f64::from(a), f64::from(m));
        (a - (a / m).trunc() * m) as f32
    } else {
        // A whole number: its 24-bit significand times 2^e, modulo m.
        let bits = a.to_bits();
        let mut r = ((bits & 0x7f_ffff) | 0x80_0000) % m;
        for _ in 0..(bits >> 23) - 150 {
            r = r * 2 % m;
        }
        r as f32
    };
    r.copysign(x)
}

/// `csscolorparser`'s HSL to RGB (hue 0–360, the rest 0–1).
fn hsl_to_rgb(h: f32, s: f32, l: f32) -> [f32; 3] {
    if s.abs() < f32::EPSILON {
        return [l, l, l];
    }
    let n2 = if l < 0.5 {
        l * (1.0 + s)
    } else {
        l + s - (l * s)
    };
    let n1 = 2.0 * l - n2;
    let h = h / 60.0;
    let hue = |h: f32| {
        let h = rem(rem(h, 6) + 6.0, 6);
        if h < 1.0 {
            n1 + ((n2 - n1) * h)
        } else if h < 3.0 {
            n2
        } else if h < 4.0 {
            n1 + ((n2 - n1) * (4.0 - h))
        } else {
            n1
        }
    };
    [hue(h + 2.0), hue(h), hue(h - 2.0)]
}

/// The values of a colour function, as `csscolorparser` splits them.
struct Params<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Params<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.at).copied()
    }

    fn is_end(&self) -> bool {
        self.at >= self.s.len()
    }

    /// Up to the next space, comma or slash. (A value with a parenthesis
    /// in it is never a number, so parentheses need no nesting here.)
    fn value(&mut self) -> Option<&'a str> {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|b| !b.is_ascii_whitespace() && b != b',' && b != b'/')
        {
            self.at += 1;
        }
        self.s.get(start..self.at).filter(|v| !v.is_empty())
    }

    /// Spaces; whether there was one.
    fn space(&mut self) -> bool {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.at += 1;
        }
        self.at > start
    }

    /// Spaces and at most one of `seps`; whether there was any.
    fn separator(&mut self, seps: &[u8], space_counts: bool) -> bool {
        let (mut sep, mut space) = (false, false);
        while let Some(b) = self.peek() {
            if b.is_ascii_whitespace() {
                space = true;
            } else if seps.contains(&b) && !sep {
                sep = true;
            } else {
                break;
            }
            self.at += 1;
        }
        sep || (space_counts && space)
    }

    fn comma_or_space(&mut self) -> bool {
        self.separator(b",", true)
    }

    fn comma_or_slash(&mut self) -> bool {
        self.separator(b",/", false)
    }
}

/// A percentage (as a fraction, and `true`) or a number (and `false`);
/// `none` is 0.
fn percent_or_number(s: &str) -> Option<(f32, bool)> {
    if s.eq_ignore_ascii_case("none") {
        return Some((0.0, false));
    }
    match s.strip_suffix('%') {
        Some(p) => number(p).map(|v| (v / 100.0, true)),
        None => number(s).map(|v| (v, false)),
    }
}

/// A hue in degrees: a number, or an angle in `deg`, `grad`, `rad` or
/// `turn` (any case); `none` is 0.
fn angle(s: &str) -> Option<f32> {
    if s.eq_ignore_ascii_case("none") {
        return Some(0.0);
    }
    let unit = |u: &str| {
        let cut = s.len().checked_sub(u.len())?;
        let (n, end) = (s.get(..cut)?, s.get(cut..)?);
        end.eq_ignore_ascii_case(u).then_some(n).and_then(number)
    };
    unit("deg")
        .or_else(|| unit("grad").map(|t| t * 360.0 / 400.0))
        .or_else(|| unit("rad").map(f32::to_degrees))
        .or_else(|| unit("turn").map(|t| t * 360.0))
        .or_else(|| number(s))
}

/// A finite decimal number as `str::parse::<f32>` reads it (`-1.5`, `+.5`,
/// `5.`, `1e3`), without the general float parser: a mantissa of up to 24
/// bits scaled by up to 10¹⁰ is exact in `f32` (one correctly rounded
/// step, the answer `parse` gives); anything longer goes through `f64`.
fn number(s: &str) -> Option<f32> {
    let b = s.as_bytes();
    let mut at = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let negative = b.first() == Some(&b'-');
    let (mut mantissa, mut exp, mut digits) = (0u64, 0i64, 0);
    let mut fraction = false;
    while let Some(&c) = b.get(at) {
        if c.is_ascii_digit() {
            digits += 1;
            if mantissa < 1_000_000_000_000_000_000 {
                mantissa = mantissa * 10 + u64::from(c - b'0');
                exp -= i64::from(fraction);
            } else {
                exp += i64::from(!fraction);
            }
        } else if c == b'.' && !fraction {
            fraction = true;
        } else {
            break;
        }
        at += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = b.get(at) {
        at += 1;
        let negative_exp = b.get(at) == Some(&b'-');
        at += usize::from(matches!(b.get(at), Some(b'+' | b'-')));
        let start = at;
        let mut e = 0i64;
        while let Some(c) = b.get(at).filter(|c| c.is_ascii_digit()) {
            e = (e * 10 + i64::from(c - b'0')).min(100_000);
            at += 1;
        }
        if at == start {
            return None;
        }
        exp += if negative_exp { -e } else { e };
    }
    if at != b.len() {
        return None;
    }
    let v = if mantissa == 0 {
        0.0
    } else if mantissa < 1 << 24 && (-10..=10).contains(&exp) {
        let scale = (0..exp.abs()).fold(1.0f32, |p, _| p * 10.0);
        if exp < 0 {
            mantissa as f32 / scale
        } else {
            mantissa as f32 * scale
        }
    } else {
        let scale = (0..exp.abs().min(400)).fold(1.0f64, |p, _| p * 10.0);
        (if exp < 0 {
            mantissa as f64 / scale
        } else {
            mantissa as f64 * scale
        }) as f32
    };
    Some(if negative { -v } else { v }).filter(|v| v.is_finite())
}

// The CSS colour names (CSS Color 4), in the order of their colours below.
const NAMES: &str = concat!(
    "aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond ",
    "blue blueviolet brown burlywood cadetblue chartreuse chocolate coral ",
    "cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray ",
    "darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid ",
    "darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey ",
    "darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue ",
    "firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod ",
    "gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ",
    "lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ",
    "lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon ",
    "lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue ",
    "lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue ",
    "mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen ",
    "mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin ",
    "navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod ",
    "palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum ",
    "powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon ",
    "sandybrown seagreen seashell sienna silver skyblue slateblue slategray ",
    "slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet ",
    "wheat white whitesmoke yellow yellowgreen",
);
const NAMED_RGB: [u32; 148] = [
    0xf0f8ff, 0xfaebd7, 0x00ffff, 0x7fffd4, 0xf0ffff, 0xf5f5dc, 0xffe4c4, 0x000000, 0xffebcd,
    0x0000ff, 0x8a2be2, 0xa52a2a, 0xdeb887, 0x5f9ea0, 0x7fff00, 0xd2691e, 0xff7f50, 0x6495ed,
    0xfff8dc, 0xdc143c, 0x00ffff, 0x00008b, 0x008b8b, 0xb8860b, 0xa9a9a9, 0x006400, 0xa9a9a9,
    0xbdb76b, 0x8b008b, 0x556b2f, 0xff8c00, 0x9932cc, 0x8b0000, 0xe9967a, 0x8fbc8f, 0x483d8b,
    0x2f4f4f, 0x2f4f4f, 0x00ced1, 0x9400d3, 0xff1493, 0x00bfff, 0x696969, 0x696969, 0x1e90ff,
    0xb22222, 0xfffaf0, 0x228b22, 0xff00ff, 0xdcdcdc, 0xf8f8ff, 0xffd700, 0xdaa520, 0x808080,
    0x008000, 0xadff2f, 0x808080, 0xf0fff0, 0xff69b4, 0xcd5c5c, 0x4b0082, 0xfffff0, 0xf0e68c,
    0xe6e6fa, 0xfff0f5, 0x7cfc00, 0xfffacd, 0xadd8e6, 0xf08080, 0xe0ffff, 0xfafad2, 0xd3d3d3,
    0x90ee90, 0xd3d3d3, 0xffb6c1, 0xffa07a, 0x20b2aa, 0x87cefa, 0x778899, 0x778899, 0xb0c4de,
    0xffffe0, 0x00ff00, 0x32cd32, 0xfaf0e6, 0xff00ff, 0x800000, 0x66cdaa, 0x0000cd, 0xba55d3,
    0x9370db, 0x3cb371, 0x7b68ee, 0x00fa9a, 0x48d1cc, 0xc71585, 0x191970, 0xf5fffa, 0xffe4e1,
    0xffe4b5, 0xffdead, 0x000080, 0xfdf5e6, 0x808000, 0x6b8e23, 0xffa500, 0xff4500, 0xda70d6,
    0xeee8aa, 0x98fb98, 0xafeeee, 0xdb7093, 0xffefd5, 0xffdab9, 0xcd853f, 0xffc0cb, 0xdda0dd,
    0xb0e0e6, 0x800080, 0x663399, 0xff0000, 0xbc8f8f, 0x4169e1, 0x8b4513, 0xfa8072, 0xf4a460,
    0x2e8b57, 0xfff5ee, 0xa0522d, 0xc0c0c0, 0x87ceeb, 0x6a5acd, 0x708090, 0x708090, 0xfffafa,
    0x00ff7f, 0x4682b4, 0xd2b48c, 0x008080, 0xd8bfd8, 0xff6347, 0x40e0d0, 0xee82ee, 0xf5deb3,
    0xffffff, 0xf5f5f5, 0xffff00, 0x9acd32,
];

/// `csscolorparser` as the oracle: everything the format accepts (the
/// forms [`super::parse_color`] lets through) parses to the same colour,
/// and what it refuses is refused.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::color::{allowed_form, parse_color, ColorError, Rgb};
    use super::rem;

    #[test]
    fn remainders_are_as_the_operator_gives_them() {
        let mut xs = vec![
            0.0f32, -0.0, 1.0, -1.0, 359.99997, 360.0, -360.0, 720.5, 1e-30, 5.9999995, 6.0,
        ];
        xs.extend([
            16_777_215.0,
            16_777_216.0,
            16_777_218.0,
            1e10,
            -1e17,
            3.4e38,
            f32::MAX,
            f32::MIN_POSITIVE,
        ]);
        let mut x = 0.001f32;
        while x < 1e30 {
            xs.extend([
                x,
                -x,
                x * 1.0001,
                f32::from_bits(x.to_bits() + 1),
                f32::from_bits(x.to_bits() - 1),
            ]);
            x *= 1.37;
        }
        for x in xs {
            for m in [6, 360] {
                let (ours, op) = (rem(x, m), x % m as f32);
                assert_eq!(ours.to_bits(), op.to_bits(), "{x} % {m}: {ours} vs {op}");
            }
        }
        assert!(rem(f32::INFINITY, 6).is_nan() && rem(f32::NAN, 360).is_nan());
    }
    use proptest::prelude::*;

    /// `parse_color` as it was, on `csscolorparser`.
    fn oracle(text: &str) -> Result<Rgb, ColorError> {
        let t = text.trim();
        if !allowed_form(t) {
            return Err(ColorError::Invalid);
        }
        let c = csscolorparser::parse(t).map_err(|_| ColorError::Invalid)?;
        if c.a < 1.0 {
            return Err(ColorError::Transparent);
        }
        let [r, g, b, _] = c.to_rgba8();
        Ok(Rgb { r, g, b })
    }

    fn same(text: &str) -> Result<(), TestCaseError> {
        prop_assert_eq!(parse_color(text), oracle(text), "{:?}", text);
        Ok(())
    }

    #[test]
    fn every_name_in_any_case() {
        assert_eq!(super::NAMES.split(' ').count(), super::NAMED_RGB.len());
        assert_eq!(super::NAMED_RGB.len(), csscolorparser::NAMED_COLORS.len());
        for (name, _) in csscolorparser::NAMED_COLORS.entries() {
            let name = name.as_str();
            for t in [
                name.to_string(),
                name.to_ascii_uppercase(),
                format!(" {name}\t"),
                format!("{}X", name),
            ] {
                same(&t).unwrap();
            }
            assert!(parse_color(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn hex_and_words() {
        for t in [
            "#",
            "#f",
            "#ff",
            "#fff",
            "#ffff",
            "#fffff",
            "#ffffff",
            "#fffffff",
            "#ffffffff",
            "#fffffffff",
            "#FfA",
            "#fA08",
            "#12345g",
            "# fff",
            "#fff ",
            "abc",
            "ABCD",
            "abcdef",
            "beef",
            "cafe",
            "decade",
            "facade",
            "fade",
            "bad",
            "deadbeef",
            "transparent",
            "Transparent",
            "currentColor",
            "none",
            "red",
            "reds",
            "grey",
            "gray",
            "x",
            "",
            "rgb",
            "rgb(",
            "rgb()",
            "rgb)",
            "hsl",
            "#00000000",
            "#000000ff",
            "#000f",
            "#0008",
        ] {
            same(t).unwrap();
        }
    }

    #[test]
    fn functions_by_hand() {
        for t in [
            "rgb(31, 95, 153)",
            "rgb(31 95 153)",
            "rgb(31,95,153)",
            "rgba(31, 95, 153, 1)",
            "rgba(31, 95, 153, 0.999)",
            "rgb(31 95 153 / 1)",
            "rgb(31 95 153 / 100%)",
            "rgb(31 95 153 / 50%)",
            "rgb(31 95 153 1)",
            "rgb(31, 95, 153 / 1)",
            "rgb(31 95 153 /)",
            "rgb(31 95 153 , 1)",
            "rgb(31,, 95, 153)",
            "rgb(,31, 95, 153)",
            "rgb(31 95)",
            "rgb(31 95 153 1 1)",
            "rgb( 31 95 153 )",
            "RGB(10%, 50%, 100%)",
            "rgb(127.5, 127.49, 127.51)",
            "rgb(1e2, 1E2, 1e+2)",
            "rgb(1e-0, .5, 5.)",
            "rgb(+5, -5, 300)",
            "rgb(none none none)",
            "rgb(none, 0, 0, none)",
            "rgb(calc(1) 2 3)",
            "rgb(inf, 0, 0)",
            "rgb(nan, 0, 0)",
            "rgb(1e39, 0, 0)",
            "rgb(1e38, 0, 0)",
            "rgb(0e99999, 0, 0)",
            "rgb(0.0000000000000000000000000001e28, 0, 0)",
            "rgb(99999999999999999999999, 0, 0)",
            "rgb(12345678901234567890123e-21, 0, 0)",
            "rgb(1 2 3)x",
            "rgb(1 2 3))",
            "rgb((1 2) 3 4)",
            "rgb(1 2 3 / (1))",
            "rgb(é 2 3)",
            "hsl(0, 100%, 50%)",
            "HSL(0, 100%, 50%)",
            "hsl(120deg 100% 25%)",
            "hsl(120DEG 100 25)",
            "hsl(100grad 50% 50%)",
            "hsl(1.5707963267948966rad 50% 50%)",
            "hsl(0.25turn 50% 50%)",
            "hsl(-0.25turn 50% 50%)",
            "hsl(-765 50% 50%)",
            "hsl(1e38rad 50% 50%)",
            "hsl(1e38turn 50% 50%)",
            "hsl(1e38grad 50% 50%)",
            "hsl(none 50% 50%)",
            "hsl(10 0% 50%)",
            "hsl(10 150% 50%)",
            "hsl(10 50% 150%)",
            "hsl(10deg, 50%, 50%, 0.5)",
            "hsla(10deg, 50%, 50%, 1)",
            "hsl(10x 50% 50%)",
            "hsl(deg 50% 50%)",
            "hwb(0 0% 0%)",
            "lab(50 0 0)",
            "rgb (1 2 3)",
        ] {
            same(t).unwrap();
        }
    }

    /// The one difference: relative colours (`rgb(from red r g b)`, CSS
    /// Color 5, which the format never documented) are not colours here.
    #[test]
    fn relative_colours_are_refused() {
        for t in ["rgb(from red r g b)", "hsl(from #fff h s l / 1)"] {
            assert!(oracle(t).is_ok(), "{t}");
            assert_eq!(parse_color(t), Err(ColorError::Invalid), "{t}");
        }
    }

    /// A number as a newsroom, a tool or a fuzzer might write it.
    fn number() -> impl Strategy<Value = String> {
        prop_oneof![
            (0u32..=300).prop_map(|n| n.to_string()),
            (0u32..=300_000, 0usize..=4).prop_map(|(n, d)| {
                let s = n.to_string();
                let cut = s.len().saturating_sub(d);
                format!("{}.{}", &s[..cut], &s[cut..])
            }),
            (-400.0f64..400.0).prop_map(|v| v.to_string()),
            (0.0f64..1.0).prop_map(|v| format!("{v:.3}")),
            (1u32..100, -3i32..4).prop_map(|(m, e)| format!("{m}e{e}")),
            "[+-]?[0-9]{0,3}[.]?[0-9]{0,3}([eE][+-]?[0-9]{1,2})?",
            Just("none".to_string()),
        ]
    }

    fn value() -> impl Strategy<Value = String> {
        (number(), "|%|%|deg|grad|rad|turn|DEG").prop_map(|(n, u)| n + &u)
    }

    fn sep() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(", ".to_string()),
            Just(",".to_string()),
            Just(" ".to_string()),
            Just("  ".to_string()),
            Just(" , ".to_string()),
            Just(" / ".to_string()),
            Just("/".to_string()),
            Just(",,".to_string()),
            Just("".to_string()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]

        #[test]
        fn functions_as_csscolorparser(
            f in "rgb|rgba|hsl|hsla|RGB|Hsla",
            v in proptest::collection::vec((value(), sep()), 3..=5),
            lead in " ?",
            tail in " ?",
        ) {
            let mut body = String::new();
            for (i, (x, s)) in v.iter().enumerate() {
                body.push_str(x);
                if i + 1 < v.len() {
                    body.push_str(s);
                }
            }
            same(&format!("{f}({lead}{body}{tail})"))?;
        }

        #[test]
        fn hex_as_csscolorparser(h in "#?[0-9a-fA-F]{0,9}") {
            same(&h)?;
        }

        #[test]
        fn anything_as_csscolorparser(t in "[#0-9a-fA-FrRgGbBhHsSlLnNoO(),/% .+eE-]{0,24}") {
            if !t.to_ascii_lowercase().contains("from") {
                same(&t)?;
            }
        }
    }
}

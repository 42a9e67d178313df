//! The static copy's SVG: a [`Scene`] written as a small, self-contained,
//! accessible SVG element for an HTML page. Written here rather than with
//! plotters-svg (the download's SVG) because the copy needs what a
//! drawing backend does not give: a name and a description, the measured
//! width of every text (`textLength`), one font declaration for all text,
//! and no attribute a strict page would refuse (no `style`).
//!
//! Safe by construction: every text from the data goes through
//! [`escape`] (content and attributes alike); the output has no script, no
//! event attribute, no `href` or other reference outside itself (not even
//! an `id`, so that any number of charts can share a page).

use crate::render::isolated;
use crate::scale::color::Rgb;
use crate::scene::{Align, Scene, Shape, Weight};
use std::fmt::Write;

/// `text` safe as HTML/XML text and inside a double-quoted attribute (the
/// only quoting used here).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A CSS-pixel coordinate rounded to whole pixels, as the canvas draws
/// at a pixel ratio of 1 (see `render::Target`).
fn px(v: f64) -> i64 {
    v.round() as i64
}

/// A length to a tenth of a pixel, without a trailing `.0`.
fn tenth(v: f64) -> String {
    let t = (v * 10.0).round() / 10.0;
    if t == t.trunc() {
        format!("{}", t as i64)
    } else {
        format!("{t:.1}")
    }
}

fn hex(c: Rgb) -> String {
    c.to_hex()
}

fn points(pts: &[(f64, f64)]) -> String {
    let mut s = String::new();
    for (i, &(x, y)) in pts.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        let _ = write!(s, "{},{}", px(x), px(y));
    }
    s
}

/// What the SVG element says about itself besides its drawing.
pub struct SvgLabel<'a> {
    /// Its accessible name: the chart's title (or a generic word).
    pub title: &'a str,
    /// Its description (`a11y::description`).
    pub description: &'a str,
    /// The language of its words (`vi`, `en`…).
    pub lang: &'a str,
    /// The `class` attribute (chosen by the embed code; safe characters).
    pub class: &'a str,
    /// Whether it starts hidden (every copy but one, for pages without
    /// the stylesheet): the presentation attribute `display="none"`, which
    /// any rule of the page's stylesheet overrides (the HTML `hidden`
    /// attribute does nothing on SVG elements in Chromium).
    pub hidden: bool,
}

/// `scene` as one `<svg>` element (no XML declaration), measured texts
/// given `widths` (the measure the scene was laid out with).
pub fn scene_svg(
    scene: &Scene,
    label: &SvgLabel<'_>,
    measure: &dyn crate::layout::text::TextMeasure,
) -> String {
    let (w, h) = (
        scene.width_px.ceil().max(1.0) as u32,
        scene.height_px.ceil().max(1.0) as u32,
    );
    let mut out = String::new();
    // The font family and the baseline (the canvas's "middle": the em
    // box's centre) are inherited by every text. In a column narrower
    // than the copy, the copy scales down in a box that keeps its height
    // (the space the element reserves): drawn from the box's top, the
    // space left is under the chart, not above its title.
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{}\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" preserveAspectRatio=\"xMidYMin\" role=\"img\" lang=\"{}\"{} font-family=\"{}\" \
         dominant-baseline=\"central\">",
        escape(label.class),
        escape(label.lang),
        if label.hidden {
            " display=\"none\""
        } else {
            ""
        },
        escape(&scene.font_family),
    );
    let _ = write!(
        out,
        "<title>{}</title><desc>{}</desc>",
        escape(label.title),
        escape(label.description)
    );
    for item in &scene.items {
        shape(&mut out, item, measure);
    }
    out.push_str("</svg>");
    out
}

fn shape(
    out: &mut String,
    item: &crate::scene::Item,
    measure: &dyn crate::layout::text::TextMeasure,
) {
    match &item.shape {
        Shape::Rect { fill, stroke } => {
            let b = item.bounds;
            if b.w <= 0.0 || b.h <= 0.0 {
                return;
            }
            let (x0, y0, x1, y1) = (px(b.x), px(b.y), px(b.right()), px(b.bottom()));
            let _ = write!(
                out,
                "<rect x=\"{x0}\" y=\"{y0}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                x1 - x0,
                y1 - y0,
                hex(*fill)
            );
            if let Some(s) = stroke {
                // A 1 px outline inside the box, as the canvas draws it.
                let _ = write!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"{}\"/>",
                    tenth(x0 as f64 + 0.5),
                    tenth(y0 as f64 + 0.5),
                    (x1 - x0 - 1).max(0),
                    (y1 - y0 - 1).max(0),
                    hex(*s)
                );
            }
        }
        Shape::Polygon {
            points: pts,
            fill,
            stroke,
            ..
        } => {
            if pts.len() < 3 {
                return;
            }
            let _ = write!(
                out,
                "<polygon points=\"{}\" fill=\"{}\"{}/>",
                points(pts),
                hex(*fill),
                stroke.map_or(String::new(), |s| format!(" stroke=\"{}\"", hex(s)))
            );
        }
        Shape::Line {
            points: pts,
            color,
            width,
        } => {
            let _ = write!(
                out,
                "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"/>",
                points(pts),
                hex(*color),
                width.round().max(1.0) as i64
            );
        }
        Shape::Circle {
            cx,
            cy,
            r,
            fill,
            stroke,
        } => {
            let _ = write!(
                out,
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"{}/>",
                px(*cx),
                px(*cy),
                r.round().max(1.0) as i64,
                hex(*fill),
                stroke.map_or(String::new(), |s| format!(
                    " stroke=\"{}\" stroke-width=\"2\"",
                    hex(s)
                ))
            );
        }
        Shape::Text {
            text,
            x,
            y,
            font,
            color,
            align,
        } => {
            let anchor = match align {
                Align::Start => "",
                Align::Center => " text-anchor=\"middle\"",
                Align::End => " text-anchor=\"end\"",
            };
            let weight = if font.weight == Weight::Bold {
                " font-weight=\"bold\""
            } else {
                ""
            };
            let width = measure.width(text, *font);
            let length = if width > 0.0 {
                format!(" textLength=\"{}\"", tenth(width))
            } else {
                String::new()
            };
            let shown = isolated(text);
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{weight}{anchor} fill=\"{}\"{length}>{}</text>",
                px(*x),
                px(*y),
                tenth(font.size_px),
                hex(*color),
                escape(shown.as_deref().unwrap_or(text))
            );
        }
    }
}

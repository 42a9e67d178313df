//! The embed code of a chart that carries the chart itself: the
//! `<rating-chart>` element with its data inline and, inside it, the chart
//! pre-drawn as SVG at the widths it will meet, so that a reader sees it
//! with the article's HTML, before (or without) any script. The live chart
//! replaces the copy when it has drawn.
//!
//! ```html
//! <rating-chart heights="320:409 479:409 480:346 639:346 640:302">
//! <style>…the rules that pick a copy, for these widths only…</style>
//! <script type="application/json">{…the data, "<" written \u003c…}</script>
//! <svg class="rc-static rc-to-480" width="320" height="409" role="img" …><title>…</title><desc>…</desc>…</svg>
//! <svg class="rc-static rc-from-480 rc-to-640" width="480" height="346" role="img" display="none" …>…</svg>
//! <svg class="rc-static rc-from-640" width="640" height="302" role="img" display="none" …>…</svg>
//! </rating-chart>
//! ```
//!
//! One copy shows at a time, chosen by the element's width with CSS alone
//! ([`static_css`]: container queries, in `www/rating-chart.css` and added
//! by the host): the copy drawn at the widest listed width that is not
//! wider than the element (the narrowest below it, scaled down). The code
//! carries the rules its copies need in a `<style>` of its own
//! ([`copy_style`], a few hundred bytes), so that the page needs no
//! stylesheet, whose request would hold the first paint back (on a
//! phone's network, by a round trip); a page whose Content-Security-Policy
//! refuses inline styles links `rating-chart.css` instead
//! ([`EmbedOptions::style`] off). Without either (a feed reader strips
//! `<style>`) the other copies' `display="none"` leaves the narrowest,
//! which reads everywhere. `heights` holds each copy's height for the band of
//! widths it shows at (`W:H` at its width and one pixel before the next
//! width), so the element reserves exactly the copy's height (plus the
//! row of reader tools, as padding under the copy): the page does not
//! move when the live chart, laid out at that height, replaces it.
//!
//! Everything here is deterministic and the same natively and in wasm
//! (the text measure is a compiled table, [`measure::TableMeasure`]): the
//! CLI's `rating-chart embed` and the editor write the same bytes.

pub mod advances;
pub mod measure;
pub mod svg;

use crate::derive::derive;
use crate::layout::{layout, Size, Theme, SCROLL_ABOVE_PX};
use crate::model::rating::RatingData;
use measure::TableMeasure;
use std::fmt::Write;

/// The chart as `rating-chart render … -o OUT.svg` writes it: `data`
/// laid out at `size` in the light theme and drawn as an SVG document,
/// with the text measured by [`TableMeasure`] — for the characters of its
/// table the bundled Noto Sans's own advances, so the same bytes as the
/// CLI's, which measures with the font files. The wasm binding
/// (`renderSvg`, and `rating-chart/node` in the npm package) draws with
/// this, where the font files are not at hand.
pub fn render_svg(data: &RatingData, size: Size) -> String {
    crate::render::to_svg(&layout(
        data,
        &derive(data),
        size,
        &Theme::LIGHT,
        &TableMeasure,
    ))
}

/// The widths drawn when none are asked for: a phone's column, the
/// narrowest column the layout sets wide ([`crate::layout::NARROW_PX`]:
/// group labels beside the bars), and a desktop column's. The copy a
/// reader sees then has the layout of the live chart that replaces it at
/// every width from 300 to beyond 1000 px: with only 320 and 640, a
/// common desktop column of 480 to 639 px showed the phone's copy, and
/// the wide live chart, shorter by up to 126 px, moved the article at the
/// swap (the examples, measured on 2026-12-07; tests/e2e/static.test.mjs).
pub const DEFAULT_WIDTHS: [u32; 3] = [320, 480, 640];
/// The narrowest width a copy may be drawn at (CSS px; the layout's).
pub const MIN_STATIC_PX: u32 = 240;
/// The widest width a copy may be drawn at (CSS px).
pub const MAX_STATIC_PX: u32 = 1280;
/// Copies are drawn at multiples of this (CSS px): the stylesheet has one
/// rule per such width, from [`MIN_STATIC_PX`] to [`MAX_STATIC_PX`].
pub const STATIC_STEP_PX: u32 = 20;
/// At most this many copies.
pub const MAX_STATIC_COPIES: usize = 6;

/// What the embed code holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The widths (CSS px) to draw the copy at; checked by [`check_widths`].
    pub widths: Vec<u32>,
    /// Whether to include the pre-drawn SVG (else the element and its data,
    /// with `heights`, only).
    pub svg: bool,
    /// The `theme` attribute (`Some(true)`: dark, `Some(false)`: light;
    /// `None`: none, the element follows the page). The copy is drawn in
    /// the dark theme only when asked for.
    pub dark: Option<bool>,
    /// Whether the copies come with their own rules ([`copy_style`]);
    /// off for a page whose Content-Security-Policy refuses inline styles
    /// (it links `rating-chart.css`, which has every width's rules).
    pub style: bool,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            widths: DEFAULT_WIDTHS.to_vec(),
            svg: true,
            dark: None,
            style: true,
        }
    }
}

/// The widths in increasing order, without repeats; an error (in English)
/// for none, too many, or one outside [`MIN_STATIC_PX`]…[`MAX_STATIC_PX`]
/// or not a multiple of [`STATIC_STEP_PX`].
pub fn check_widths(widths: &[u32]) -> Result<Vec<u32>, String> {
    let mut out: Vec<u32> = widths.to_vec();
    out.sort_unstable();
    out.dedup();
    if out.is_empty() {
        return Err("give at least one width".to_string());
    }
    if out.len() > MAX_STATIC_COPIES {
        return Err(format!("give at most {MAX_STATIC_COPIES} widths"));
    }
    for &w in &out {
        if !(MIN_STATIC_PX..=MAX_STATIC_PX).contains(&w) || w % STATIC_STEP_PX != 0 {
            return Err(format!(
                "each width must be a multiple of {STATIC_STEP_PX} from {MIN_STATIC_PX} to \
                 {MAX_STATIC_PX} CSS px, not {w}"
            ));
        }
    }
    Ok(out)
}

/// JSON text safe inside `<script type="application/json">`: no `</script`,
/// no `<!--` (in JSON a `<` can only be inside a string, where `\u003c`
/// means the same character). The editor's `scriptJson` does the same.
pub fn script_json(json: &str) -> String {
    json.trim_start_matches('\u{feff}')
        .trim()
        .replace('<', "\\u003c")
}

/// The embed code for `data`, validated from the JSON text `json` (written
/// inline as given, escaped). `options.widths` must have passed
/// [`check_widths`] (unchecked widths are checked again and, if wrong,
/// replaced by the defaults).
pub fn embed_code(json: &str, data: &RatingData, options: &EmbedOptions) -> String {
    let widths = check_widths(&options.widths).unwrap_or_else(|_| DEFAULT_WIDTHS.to_vec());
    let derived = derive(data);
    let measure = TableMeasure;
    let scenes = scenes(data, &derived, &widths, options.dark == Some(true));
    let heights: Vec<u32> = scenes.iter().map(height_of).collect();
    // Each copy's height for its band: at its width and up to the next.
    let mut pairs = Vec::new();
    for (i, (&w, &h)) in widths.iter().zip(&heights).enumerate() {
        pairs.push(format!("{w}:{h}"));
        if let Some(&next) = widths.get(i + 1) {
            if next - 1 > w {
                pairs.push(format!("{}:{h}", next - 1));
            }
        }
    }
    let mut out = String::new();
    let _ = write!(out, "<rating-chart heights=\"{}\"", pairs.join(" "));
    if let Some(dark) = options.dark {
        out.push_str(if dark {
            " theme=\"dark\""
        } else {
            " theme=\"light\""
        });
    }
    out.push_str(">\n");
    // A chart that scrolls in its band when live (taller than
    // SCROLL_ABOVE_PX) gets no copy: the copy would be taller than the
    // live chart.
    let tall = scenes.iter().any(|s| s.height_px > SCROLL_ABOVE_PX);
    let copies = options.svg && !tall;
    // The rules first: the parser has them before it meets a copy, so no
    // frame ever shows the wrong one.
    if copies && options.style {
        out.push_str(&copy_style(&widths));
        out.push('\n');
    }
    out.push_str("<script type=\"application/json\">");
    out.push_str(&script_json(json));
    out.push_str("</script>\n");
    if copies {
        let description = crate::a11y::description(data, &derived);
        // The name: the title, else one from the tiers and groups, as the
        // live chart names itself.
        let name = crate::a11y::name(data);
        let title = name.as_str();
        for (i, scene) in scenes.iter().enumerate() {
            let mut class = String::from("rc-static");
            if i > 0 {
                let _ = write!(class, " rc-from-{}", widths[i]);
            }
            if let Some(next) = widths.get(i + 1) {
                let _ = write!(class, " rc-to-{next}");
            }
            let label = svg::SvgLabel {
                title,
                description: &description,
                lang: data.locale.words.lang,
                class: &class,
                hidden: i > 0,
            };
            out.push_str(&svg::scene_svg(scene, &label, &measure));
            out.push('\n');
        }
    }
    out.push_str("</rating-chart>\n");
    out
}

/// The copy's Scene at each width, in the dark theme when `dark`.
fn scenes(
    data: &RatingData,
    derived: &crate::derive::Derived,
    widths: &[u32],
    dark: bool,
) -> Vec<crate::scene::Scene> {
    let theme = if dark { Theme::DARK } else { Theme::LIGHT };
    widths
        .iter()
        .map(|&w| {
            let size = Size {
                width_px: f64::from(w),
                height_px: None,
            };
            layout(data, derived, size, &theme, &TableMeasure)
        })
        .collect()
}

/// A Scene's height in whole CSS px (as its SVG and `heights` give it).
fn height_of(scene: &crate::scene::Scene) -> u32 {
    scene.height_px.ceil().max(1.0) as u32
}

/// The chart's natural height (whole CSS px) at `width`, laid out as the
/// static copy is (the iframe code's starting height).
pub fn natural_height(data: &RatingData, width: u32) -> u32 {
    scenes(data, &derive(data), &[width], false)
        .first()
        .map_or(1, height_of)
}

/// The page's rules for static copies (in `www/rating-chart.css`, and
/// added by the host to the page when it finds a copy): the element is a
/// size container; a copy without `display="none"` shows, one with it is
/// hidden by a rule too (a page rule such as `body * { all: unset }`
/// overrides a presentation attribute, not a rule of two classes); at
/// the same specificity, later, `rc-from-W` shows a copy from W px on and
/// `rc-to-W` hides it from W on (later rules, wider widths, win); a copy
/// sits over the reader tools' row of padding, and one wider than the
/// element scales down keeping its box's height. One line per width,
/// compact: these bytes are on every reader's first chart.
pub fn static_css() -> String {
    let mut css = static_base_rules();
    let mut w = MIN_STATIC_PX;
    while w <= MAX_STATIC_PX {
        width_rule(&mut css, w);
        w += STATIC_STEP_PX;
    }
    css
}

/// The rules of [`static_css`] that hold for every width. The first keeps
/// the page's rules off a copy: the copy is drawn with SVG presentation
/// attributes (`fill`, a `rect`'s `width`…), which any rule of the page
/// overrides (`body * { all: unset }` took its bars away); `revert-layer`
/// rolls the page's rules back to those attributes (CSS Cascade 5: they
/// are an origin of their own, which `revert-layer` keeps), and no
/// `style` attribute is needed, which a strict CSP would refuse. On the
/// copy's own element it is less specific than the rules below, which
/// place the copy.
fn static_base_rules() -> String {
    let tools = crate::host::TOOLS_PX;
    format!(
        "rating-chart>svg,rating-chart>svg.rc-static *{{all:revert-layer}}\n\
         rating-chart:has(>.rc-static){{container-type:inline-size}}\n\
         rating-chart>.rc-static{{max-width:100%;padding-bottom:{tools}px}}\n\
         .rc-static:not([display]){{display:block}}.rc-static[display=none]{{display:none}}\n"
    )
}

/// The rule of [`static_css`] that switches copies at `w` CSS px.
fn width_rule(css: &mut String, w: u32) {
    let _ = writeln!(
        css,
        "@container (min-width:{w}px){{.rc-static.rc-from-{w}{{display:block}}.rc-static.rc-to-{w}{{display:none}}}}"
    );
}

/// The embed code's own `<style>` for copies drawn at `widths` (checked,
/// increasing): the stylesheet's rules for the element (a block, its data
/// script and this style never shown, even on a page that unsets every
/// element's styles) and for static copies, with only the widths where
/// these copies switch (every width but the narrowest). Rules of the same
/// text as the stylesheet's and the host's, so the three agree wherever
/// they meet; the same for every chart with the same widths (a page with
/// several charts holds it several times, harmlessly).
pub fn copy_style(widths: &[u32]) -> String {
    let mut css = String::from(
        "<style>\nrating-chart{display:block}\nrating-chart>script,rating-chart>style{display:none!important}\n",
    );
    css.push_str(&static_base_rules());
    for &w in widths.iter().skip(1) {
        width_rule(&mut css, w);
    }
    css.push_str("</style>");
    css
}

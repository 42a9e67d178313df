//! The browser binding (wasm32 only): a [`RatingChart`] drawn on a canvas.
//! JavaScript owns the page and its events; this module answers questions
//! and paints. Every entry point returns `Result`, never panics on data.

use crate::derive::{derive, Derived, Part};
use crate::interact::{describe, hit_test, part_of, segments, tier_index, Description, Move, View};
use crate::layout::{layout, Size, Theme, DEFAULT_WIDTH_PX};
use crate::measure::{Measured, RawMeasure, TextWidths};
use crate::model::issue::{Issue, Severity};
use crate::model::rating::RatingData;
use crate::model::validate::validate;
#[cfg(feature = "svg")]
use crate::render::to_svg;
use crate::render::{paint, paint_highlight, Highlight, Target};
use crate::scale::color::parse_color;
use crate::scale::format::concat;
use crate::scene::{Datum, Scene};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

mod canvas;

/// The allocator: talc, smaller and faster than the standard library's
/// dlmalloc; it grows the wasm memory as dlmalloc does and reuses what is
/// freed.
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The canvas's font engine, for [`TextWidths`].
struct CanvasText<'a>(&'a CanvasRenderingContext2d);

impl RawMeasure for CanvasText<'_> {
    fn set_font(&self, css: &str) {
        self.0.set_font(css);
    }

    fn width(&self, text: &str) -> Option<f64> {
        self.0.measure_text(text).ok().map(|m| m.width())
    }
}

/// `v` as a JavaScript value: its JSON text (see [`crate::wire`]) read by
/// `JSON.parse`.
fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    let text = crate::wire::to_json(v).map_err(|e| JsError::new(e.message()))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("JSON.parse refused the module's output."))
}

/// The `Error` thrown for invalid data: its `message` lists the errors, one
/// per line (`path: message`); `issues` holds every issue as `validate`
/// returns them (`{code, path, message, severity}`) and `lang` the
/// language of the messages (`"vi"` or `"en"`).
fn invalid_data(issues: &[Issue], lang: crate::model::Lang) -> JsError {
    let mut lines = String::new();
    for issue in issues.iter().filter(|i| i.severity == Severity::Error) {
        if !lines.is_empty() {
            lines.push('\n');
        }
        lines.push_str(&issue.display_line());
    }
    let error = JsError::new(&lines);
    // The same JavaScript object: a clone shares it.
    let object = JsValue::from(error.clone());
    if let Ok(list) = to_js(&issues) {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str("issues"), &list);
    }
    let _ = js_sys::Reflect::set(
        &object,
        &JsValue::from_str("lang"),
        &JsValue::from_str(lang.code()),
    );
    error
}

/// The `Error` the reader's module throws for valid data of a kind it
/// leaves out (see [`crate::layout::has_kind`]) or for data with a story,
/// which it neither checks nor draws ([`crate::model::validate::Validated`]'s
/// `story_unread`): `fullModule` is true, and the
/// host draws the chart with the kinds module instead (the full module
/// draws it too).
fn drawn_elsewhere(what: &str) -> JsError {
    let error = JsError::new(&concat(&[
        "This module does not draw ",
        what,
        ": the kinds module (pkg/rating_chart_kinds.js) and the full module (pkg/rating_chart.js) do.",
    ]));
    let object = JsValue::from(error.clone());
    let _ = js_sys::Reflect::set(&object, &JsValue::from_str("fullModule"), &JsValue::TRUE);
    error
}

#[wasm_bindgen(typescript_custom_section)]
const TS_ERRORS: &str = r#"
/** One problem found in rating data, as `validate` returns it. */
export interface RatingDataIssue {
  code: string;
  /** JSON path of the offending value; empty for the whole document. */
  path: string;
  message: string;
  severity: "error" | "warning";
}

/** What `new RatingChart`, `prepare` and `setData` throw for invalid data:
 *  `message` lists the errors one per line (`path: message`), `issues` every
 *  issue as `validate` returns them, `lang` the language of the messages. */
export interface RatingDataError extends Error {
  issues: RatingDataIssue[];
  lang: "vi" | "en";
}
"#;

/// What kind of JavaScript value `v` is, for a message.
fn js_kind(v: &JsValue) -> String {
    if v.is_null() {
        "null".to_string()
    } else if js_sys::Array::is_array(v) {
        "an array".to_string()
    } else {
        v.js_typeof().as_string().unwrap_or_default()
    }
}

/// The JSON text of a data argument: a string as it is, parsed data (an
/// object) as `JSON.stringify` writes it. Anything else is refused with a
/// message here, before it reaches the module's memory as garbage (the
/// generated glue would copy a non-string as if it were one).
fn json_text(v: &JsValue, call: &str) -> Result<String, JsError> {
    if let Some(s) = v.as_string() {
        return Ok(s);
    }
    if v.is_object() && !js_sys::Array::is_array(v) {
        return js_sys::JSON::stringify(v)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| {
                JsError::new(&concat(&[
                    call,
                    " could not write this object as JSON (it refers to itself, or its toJSON gives nothing).",
                ]))
            });
    }
    Err(JsError::new(&concat(&[
        call,
        " takes the data as JSON text or as an object, not ",
        &js_kind(v),
        ".",
    ])))
}

/// A text argument, or a message saying which call wanted one.
fn text_arg(v: &JsValue, call: &str) -> Result<String, JsError> {
    v.as_string()
        .ok_or_else(|| JsError::new(&concat(&[call, " takes a text, not ", &js_kind(v), "."])))
}

/// Every issue of a JSON document (text or parsed object), as `[{code,
/// path, message, severity}]`. Messages are in `lang` (`"vi"` or `"en"`)
/// when given, else in the data's own language (Vietnamese when its
/// locale is or is absent). Not in the reader's module (its issues have no
/// words): the host asks this full module when it shows an error box.
#[cfg(feature = "messages")]
#[wasm_bindgen(js_name = validate)]
pub fn validate_json(
    #[wasm_bindgen(unchecked_param_type = "string | object")] json: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string")] lang: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let json = json_text(&json, "validate")?;
    let lang = lang.and_then(|l| l.as_string());
    let lang = lang.as_deref().and_then(crate::model::Lang::parse);
    to_js(&crate::model::validate_in(&json, lang).issues)
}

pub use crate::layout::{SCROLL_ABOVE_PX, VIEW_PX};

/// Rating data validated and derived, ready to draw: what the constructor
/// does before laying out, as a step of its own (see
/// `RatingChart.fromPrepared`).
#[wasm_bindgen]
pub struct Prepared {
    data: RatingData,
    derived: Derived,
    warnings: Vec<Issue>,
}

/// Validates and derives `json` (throws an `Error` listing every problem,
/// with `issues` and `lang`, as the constructor does).
#[wasm_bindgen]
pub fn prepare(
    #[wasm_bindgen(unchecked_param_type = "string | object")] json: JsValue,
) -> Result<Prepared, JsError> {
    prepare_text(&json_text(&json, "prepare")?)
}

fn prepare_text(json: &str) -> Result<Prepared, JsError> {
    let (data, warnings) = parse(json)?;
    let derived = derive(&data);
    Ok(Prepared {
        data,
        derived,
        warnings,
    })
}

/// A rating chart drawn on one canvas, its highlights (hover, focus,
/// emphasis) on it too, repainting only the box they change.
#[wasm_bindgen]
pub struct RatingChart {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    data: RatingData,
    derived: Derived,
    warnings: Vec<Issue>,
    scene: Scene,
    theme: Theme,
    width_px: f64,
    height_px: Option<f64>,
    pixel_ratio: f64,
    /// Hover, focus, emphasis and the shown band.
    view: View,
    widths: TextWidths,
}

/// A drawing call the canvas refused (see [`canvas::Refused`]).
fn drawing_failed(_: plotters_backend::DrawingErrorKind<canvas::Refused>) -> JsError {
    JsError::new("Drawing failed: the canvas refused a drawing call.")
}

fn context(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsError> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| JsError::new("This browser gave no 2D canvas context."))
}

fn theme_named(name: &str) -> Result<Theme, JsError> {
    match name {
        "dark" => Ok(Theme::DARK),
        "light" => Ok(Theme::LIGHT),
        other => Err(JsError::new(&concat(&[
            "Unknown theme \"",
            other,
            "\"; use \"light\" or \"dark\".",
        ]))),
    }
}

fn parse(json: &str) -> Result<(RatingData, Vec<Issue>), JsError> {
    let v = validate(json);
    // Whatever else is wrong: the build that draws the story lists its
    // problems with the others.
    #[cfg(not(feature = "story"))]
    if v.story_unread {
        return Err(drawn_elsewhere(
            "a story (display.highlight, annotations, reference)",
        ));
    }
    match v.data {
        Some(d) if !crate::layout::has_kind(d.display.kind) => Err(drawn_elsewhere(&concat(&[
            "the kind \"",
            d.display.kind.name(),
            "\"",
        ]))),
        Some(d) => Ok((d, v.issues)),
        None => Err(invalid_data(&v.issues, v.lang)),
    }
}

#[wasm_bindgen]
impl RatingChart {
    /// Validates `json` and draws it on `canvas`. `options` may give the
    /// size to draw at — `width` and `height` in CSS px and `ratio` (the
    /// device pixel ratio), as `resize` takes them — and the `theme`
    /// (`"light"` or `"dark"`), so the chart is laid out and drawn once; by
    /// default it is drawn at the canvas's CSS width (or 640 px), its natural
    /// height, pixel ratio 1, light. `overlay` is ignored (until 2026-12 the
    /// highlights were painted on it; they are painted on the chart's
    /// canvas now, repainting only the box that changes: a second canvas
    /// costs the browser a copy of its pixels at every frame).
    /// Throws an `Error` when the data is invalid: its `message` lists every
    /// error, one per line (`path: message`); its `issues` holds every issue
    /// as `validate` returns them (`{code, path, message, severity}`), and
    /// its `lang` the language they are written in (`"vi"` or `"en"`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        canvas: HtmlCanvasElement,
        #[wasm_bindgen(unchecked_param_type = "string | object")] json: JsValue,
        overlay: Option<HtmlCanvasElement>,
        options: Option<js_sys::Object>,
    ) -> Result<RatingChart, JsError> {
        let prepared = prepare_text(&json_text(&json, "new RatingChart")?)?;
        RatingChart::from_prepared(canvas, prepared, overlay, options)
    }

    /// The same as the constructor, for data already validated by
    /// [`prepare`] (which this consumes): a host can let the page breathe
    /// between validating a big document and drawing it.
    #[wasm_bindgen(js_name = fromPrepared)]
    pub fn from_prepared(
        canvas: HtmlCanvasElement,
        prepared: Prepared,
        overlay: Option<HtmlCanvasElement>,
        options: Option<js_sys::Object>,
    ) -> Result<RatingChart, JsError> {
        // Ignored: see the constructor.
        drop(overlay);
        let ctx = context(&canvas)?;
        let Prepared {
            data,
            derived,
            warnings,
        } = prepared;
        let option = |key: &str| {
            options
                .as_ref()
                .and_then(|o| js_sys::Reflect::get(o, &JsValue::from_str(key)).ok())
                .filter(|v| !v.is_undefined() && !v.is_null())
        };
        let number = |key: &str| {
            option(key)
                .and_then(|v| v.as_f64())
                .filter(|n| n.is_finite() && *n > 0.0)
        };
        let theme = match option("theme").map(|v| v.as_string()) {
            None => Theme::LIGHT,
            Some(Some(name)) => theme_named(&name)?,
            Some(None) => return Err(JsError::new(r#"options.theme must be "light" or "dark"."#)),
        };
        let width = number("width").unwrap_or_else(|| match canvas.client_width() {
            w if w > 0 => f64::from(w),
            _ => DEFAULT_WIDTH_PX,
        });
        let mut chart = RatingChart {
            canvas,
            ctx,
            data,
            derived,
            warnings,
            scene: Scene {
                width_px: 0.0,
                height_px: 0.0,
                blank_px: 0.0,
                font_family: String::new(),
                plot: crate::scene::Rect {
                    x: 0.0,
                    y: 0.0,
                    w: 0.0,
                    h: 0.0,
                },
                items: Vec::new(),
            },
            theme,
            width_px: width,
            height_px: number("height"),
            pixel_ratio: Target::canvas(number("ratio").unwrap_or(1.0)).pixel_ratio,
            view: View::new(),
            widths: TextWidths::default(),
        };
        chart.relayout()?;
        Ok(chart)
    }

    /// Replaces the data and redraws. On invalid data the chart keeps its
    /// previous data and the call throws the constructor's `Error` (with
    /// `issues` and `lang`).
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string | object")] json: JsValue,
    ) -> Result<(), JsError> {
        let (data, warnings) = parse(&json_text(&json, "setData")?)?;
        self.derived = derive(&data);
        self.data = data;
        self.warnings = warnings;
        self.view.forget_data();
        // New texts: the widths of the old ones are not kept.
        self.widths = TextWidths::default();
        self.relayout()
    }

    /// Paints the chart and its highlight again as they are (nothing is laid
    /// out): for a host whose canvas lost its pixels (`contextrestored`).
    pub fn redraw(&mut self) -> Result<(), JsError> {
        self.draw()
    }

    /// Forgets every text width, lays out and draws again: for a host whose
    /// fonts have just loaded (widths taken with a fallback font would be
    /// wrong for the real one).
    #[wasm_bindgen(js_name = fontsChanged)]
    pub fn fonts_changed(&mut self) -> Result<(), JsError> {
        self.widths = TextWidths::default();
        self.relayout()
    }

    /// Lays out again at `css_width` × (`css_height` or the natural height)
    /// and sizes the backing store for `pixel_ratio` (nothing to do when
    /// all three are what the chart has). Returns the chart's height in CSS
    /// pixels, for the host to set on the canvas.
    pub fn resize(
        &mut self,
        css_width: f64,
        css_height: Option<f64>,
        pixel_ratio: f64,
    ) -> Result<f64, JsError> {
        let width = if css_width.is_finite() && css_width > 0.0 {
            css_width
        } else {
            self.width_px
        };
        let height = css_height.filter(|h| h.is_finite() && *h > 0.0);
        let ratio = Target::canvas(pixel_ratio).pixel_ratio;
        // The same size again (a host that constructed the chart at its
        // size and then fits it): nothing to lay out or draw.
        if (width, height, ratio) != (self.width_px, self.height_px, self.pixel_ratio) {
            self.width_px = width;
            self.height_px = height;
            self.pixel_ratio = ratio;
            self.relayout()?;
        }
        Ok(self.scene.height_px)
    }

    fn relayout(&mut self) -> Result<(), JsError> {
        // The data's font first (its theme), as the scene will name it.
        let family = crate::layout::theme::font_family(&self.data);
        self.widths.prepare(&family, self.data.groups.len());
        let canvas = CanvasText(&self.ctx);
        let measure = Measured::new(&canvas, &mut self.widths);
        let size = Size {
            width_px: self.width_px,
            height_px: self.height_px,
        };
        self.scene = layout(&self.data, &self.derived, size, &self.theme, &measure);
        // A tall chart shows a band of it; keep the band's top if there was one.
        self.view.fit_band(self.scene.height_px);
        self.draw()
    }

    /// Uses the light or dark theme (`"light"` or `"dark"`) and redraws. A
    /// theme in the data that fixes its look (paper, ink, muted or mode)
    /// keeps it whatever is asked here; only forced colours override it.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
    ) -> Result<(), JsError> {
        let theme = theme_named(&text_arg(&name, "setTheme")?)?;
        if theme == self.theme {
            return Ok(());
        }
        self.theme = theme;
        self.relayout()
    }

    /// Uses the system colours of forced-colours mode (CSS colour strings of
    /// `Canvas` and `CanvasText`) and redraws.
    #[wasm_bindgen(js_name = setForcedColors)]
    pub fn set_forced_colors(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] paper: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] ink: JsValue,
    ) -> Result<(), JsError> {
        let paper = text_arg(&paper, "setForcedColors")?;
        let ink = text_arg(&ink, "setForcedColors")?;
        let (Ok(p), Ok(i)) = (parse_color(&paper), parse_color(&ink)) else {
            return Err(JsError::new("Forced colours must be opaque CSS colours."));
        };
        let theme = Theme::forced(p, i);
        if theme == self.theme {
            return Ok(());
        }
        self.theme = theme;
        self.relayout()
    }

    fn draw(&mut self) -> Result<(), JsError> {
        let r = self.pixel_ratio;
        let w = (self.scene.width_px * r).round() as u32;
        let shown = self.view.view_height(self.scene.height_px);
        let h = (shown * r).round() as u32;
        if self.canvas.width() != w {
            self.canvas.set_width(w);
        }
        if self.canvas.height() != h {
            self.canvas.set_height(h);
        }
        let mut backend = canvas::Canvas {
            canvas: &self.canvas,
            ctx: &self.ctx,
            ratio: self.pixel_ratio,
        };
        paint(&self.scene, &mut backend, self.target()).map_err(drawing_failed)?;
        // The highlight on the chart itself, over the whole of it.
        self.view.painted();
        self.paint_highlight_on(self.target())
    }

    fn target(&self) -> Target {
        let t = Target::canvas(self.pixel_ratio);
        match self.view.band() {
            Some(band) => t.window(band.top, band.height),
            None => t,
        }
    }

    /// Scrolls a tall chart's visible band to start at `top` (CSS px) and
    /// repaints it. Charts taller than [`SCROLL_ABOVE_PX`] show only a band
    /// of [`VIEW_PX`] (see `viewHeight`), which keeps any number of groups
    /// within the browser's canvas size limits; for other charts this does
    /// nothing. Coordinates given to `pointerMove` and `hitTest` and returned
    /// by `segments` stay those of the whole chart.
    #[wasm_bindgen(js_name = setViewport)]
    pub fn set_viewport(&mut self, top: f64) -> Result<(), JsError> {
        if !self.view.set_viewport(top, self.scene.height_px) {
            return Ok(());
        }
        self.draw()
    }

    /// Empty paper (CSS px) at the bottom of a chart laid out at an imposed
    /// height its kind cannot fill (a donut does not grow with the height;
    /// bars do): a host that only meant to reserve that height can lay the
    /// chart out at its natural height instead.
    #[wasm_bindgen(getter, js_name = blankHeight)]
    pub fn blank_height(&self) -> f64 {
        self.scene.blank_px
    }

    /// Height of the visible band: `VIEW_PX` for a tall chart, else the
    /// chart's height.
    #[wasm_bindgen(getter, js_name = viewHeight)]
    pub fn view_height(&self) -> f64 {
        self.view.view_height(self.scene.height_px)
    }

    /// The top of the visible band (0 when the whole chart is shown).
    #[wasm_bindgen(getter, js_name = viewportTop)]
    pub fn viewport_top(&self) -> f64 {
        self.view.viewport_top()
    }

    /// What the view says to highlight.
    fn wanted(&self) -> Highlight {
        Highlight {
            datum: self.view.datum(),
            part: self.view.part(),
        }
    }

    /// Paints the highlight the view wants over the chart, for `target`.
    fn paint_highlight_on(&self, target: Target) -> Result<(), JsError> {
        let want = self.wanted();
        if want.is_empty() {
            return Ok(());
        }
        let mut backend = canvas::Canvas {
            canvas: &self.canvas,
            ctx: &self.ctx,
            ratio: self.pixel_ratio,
        };
        // The colours the chart was laid out with (the data's theme over ours).
        let theme = self.theme.with_data(&self.data);
        paint_highlight(
            &self.scene,
            &mut backend,
            target,
            want,
            theme.paper,
            theme.focus,
        )
        .map_err(drawing_failed)
    }

    /// Repaints the highlight when what it should show has changed: over a
    /// chart that shows none, the highlight alone; else the chart and the
    /// highlight (painting only the box that changes, clipped, measured
    /// 0.05 ms of CPU less per pointer move, but cost 0.8 KB gzip).
    fn draw_highlight(&mut self) -> Result<(), JsError> {
        let (datum, part) = self.view.shown();
        let old = Highlight { datum, part };
        if old == self.wanted() {
            return Ok(());
        }
        if old.is_empty() {
            self.view.painted();
            return self.paint_highlight_on(self.target());
        }
        self.draw()
    }

    fn info(&self, d: Datum) -> Option<Description> {
        describe(&self.data, &self.derived, &self.scene, d)
    }

    fn info_js(&self, d: Option<Datum>) -> Result<JsValue, JsError> {
        match d.and_then(|d| self.info(d)) {
            Some(i) => to_js(&i),
            None => Ok(JsValue::NULL),
        }
    }

    /// The pointer moved to (`x`, `y`) CSS px. Returns `undefined` when
    /// nothing under it changed (the common case: no work, no allocation);
    /// otherwise highlights and returns `{datum, legend}`: the description
    /// of the datum under the pointer (or `null`) and whether it is over a
    /// legend entry. No layout is run.
    #[wasm_bindgen(js_name = pointerMove)]
    pub fn pointer_move(&mut self, x: f64, y: f64) -> Result<JsValue, JsError> {
        let Some(change) = self.view.pointer_move(&self.scene, x, y) else {
            return Ok(JsValue::UNDEFINED);
        };
        self.draw_highlight()?;
        #[derive(Serialize)]
        struct Moved {
            datum: Option<Description>,
            legend: bool,
        }
        to_js(&Moved {
            datum: change.datum.and_then(|d| self.info(d)),
            legend: change.legend,
        })
    }

    /// The pointer left the chart.
    #[wasm_bindgen(js_name = pointerLeave)]
    pub fn pointer_leave(&mut self) -> Result<(), JsError> {
        self.view.pointer_leave();
        self.draw_highlight()
    }

    /// The legend entry under (`x`, `y`): a tier index, -1 for "not
    /// reported", or `null`.
    #[wasm_bindgen(js_name = legendAt)]
    pub fn legend_at(&self, x: f64, y: f64) -> JsValue {
        match self.scene.legend_at(x, y) {
            Some(p) => JsValue::from_f64(tier_index(p) as f64),
            None => JsValue::NULL,
        }
    }

    /// Toggles the emphasis of a tier (-1 = "not reported") across all
    /// groups; returns whether it is emphasised now.
    #[wasm_bindgen(js_name = toggleTier)]
    pub fn toggle_tier(&mut self, tier: i32) -> Result<bool, JsError> {
        let part = part_of(tier);
        let valid = match part {
            Part::Tier(i) => i < self.data.tiers.len(),
            Part::NotReported => true,
        };
        if !valid {
            let tier = crate::scale::format::signed(tier.into());
            return Err(JsError::new(&concat(&["There is no tier ", &tier, "."])));
        }
        let on = self.view.toggle_tier(part);
        self.draw_highlight()?;
        Ok(on)
    }

    /// The emphasised tier (-1 = "not reported"), or `null`.
    #[wasm_bindgen(getter)]
    pub fn emphasis(&self) -> JsValue {
        match self.view.emphasis() {
            Some(p) => JsValue::from_f64(tier_index(p) as f64),
            None => JsValue::NULL,
        }
    }

    /// Moves the keyboard focus (`next`, `prev`, `up`, `down`, `rowStart`,
    /// `rowEnd`, `first`, `last`), highlights the datum and returns its
    /// description for the live region.
    #[wasm_bindgen(js_name = focusMove)]
    pub fn focus_move(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] how: JsValue,
    ) -> Result<JsValue, JsError> {
        let how = text_arg(&how, "focusMove")?;
        let mv = Move::parse(&how)
            .ok_or_else(|| JsError::new(&concat(&["Unknown move \"", &how, "\"."])))?;
        let focus = self.view.focus_move(&self.scene, mv);
        self.draw_highlight()?;
        self.info_js(focus)
    }

    /// The focused datum's description, or `null`.
    #[wasm_bindgen(getter)]
    pub fn focused(&self) -> Result<JsValue, JsError> {
        self.info_js(self.view.focus())
    }

    /// Clears the keyboard focus (and any hover).
    #[wasm_bindgen(js_name = clearFocus)]
    pub fn clear_focus(&mut self) -> Result<(), JsError> {
        self.view.clear_focus();
        self.draw_highlight()
    }

    /// Description of one datum (tier -1 = "not reported"), or `null`.
    #[wasm_bindgen(js_name = datumInfo)]
    pub fn datum_info(&self, group: usize, tier: i32) -> Result<JsValue, JsError> {
        self.info_js(Some(Datum {
            group,
            part: part_of(tier),
        }))
    }

    /// Panics on purpose. It exists only so that tests can prove that a
    /// panic, which validation is there to prevent, stays inside one chart
    /// (the host starts a fresh instance for the others).
    #[wasm_bindgen(js_name = panicForTesting)]
    pub fn panic_for_testing(&self) {
        panic!("panicForTesting was called");
    }

    /// Number of data points the keyboard visits.
    #[wasm_bindgen(getter, js_name = datumCount)]
    pub fn datum_count(&self) -> usize {
        // Not the marks: a waffle draws one datum as many squares.
        self.scene.data().len()
    }

    /// Chart height in CSS pixels.
    #[wasm_bindgen(getter)]
    pub fn height(&self) -> f64 {
        self.scene.height_px
    }

    /// Chart width in CSS pixels.
    #[wasm_bindgen(getter)]
    pub fn width(&self) -> f64 {
        self.scene.width_px
    }

    /// The locale the chart is written in (a BCP 47 tag: `vi-VN`, `en-US`…),
    /// for the host's own words around it.
    #[wasm_bindgen(getter)]
    pub fn locale(&self) -> String {
        self.data.locale.tag.to_string()
    }

    /// The fixed look of a chart whose data's theme sets its colours (see
    /// `theme` in the README), for the host's parts around the canvas: one
    /// line, `"light|dark PAPER INK MUTED"` (colours as `#rrggbb`), or
    /// `undefined` when the chart follows the reader's light or dark theme,
    /// or forced colours. (Text rather than an object: a few bytes of the
    /// reader's module instead of a serialiser.)
    #[wasm_bindgen(getter)]
    pub fn look(&self) -> Option<String> {
        if self.theme.forced || !self.data.theme.fixes_look() {
            return None;
        }
        let t = self.theme.with_data(&self.data);
        let dark = self.data.theme.mode == Some(crate::model::input::ThemeMode::Dark);
        Some(crate::scale::format::join(
            &[
                if dark { "dark" } else { "light" },
                &t.paper.to_hex(),
                &t.ink.to_hex(),
                &t.muted.to_hex(),
            ],
            " ",
        ))
    }

    /// The chart's name, for the canvas's accessible name, the data
    /// table's caption and the downloads' file name: the title, or one
    /// derived from the tiers and groups ([`crate::a11y::name`]).
    #[wasm_bindgen(getter)]
    pub fn title(&self) -> String {
        crate::a11y::name(&self.data)
    }

    /// The datum under the point (CSS px) as `{group, tier, text, …}`, or
    /// `null`; `tier` is -1 for "not reported". Changes nothing.
    #[wasm_bindgen(js_name = hitTest)]
    pub fn hit_test(&self, x: f64, y: f64) -> Result<JsValue, JsError> {
        self.info_js(hit_test(&self.scene, x, y))
    }

    /// Every bar segment (every mark of a datum) with its bounds (CSS px)
    /// and the colour that stands for its tier (its legend swatch's: a
    /// table cell is filled with its row's background).
    pub fn segments(&self) -> Result<JsValue, JsError> {
        to_js(&segments(&self.scene))
    }

    /// Warnings about the current data (errors never reach a chart).
    pub fn issues(&self) -> Result<JsValue, JsError> {
        to_js(&self.warnings)
    }

    /// A sentence describing the data, in the data's language.
    pub fn summary(&self) -> String {
        crate::a11y::summary(&self.data, &self.derived)
    }

    /// What the canvas's description says beyond its name (the title): the
    /// subtitle, the summary's sentences, the notes, "shares only" and the
    /// source, in the data's language.
    pub fn description(&self) -> String {
        crate::a11y::description(&self.data, &self.derived)
    }

    /// The data table: `{header, rows, sharesOnly}` with every number
    /// formatted (`sharesOnly`: no counts and no total column). With
    /// `start` and `end`, only the rows of those groups (`table(0, 0)`: the
    /// header alone), for a host that fills a big table a part at a time.
    pub fn table(&self, start: Option<u32>, end: Option<u32>) -> Result<JsValue, JsError> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Table {
            header: Vec<String>,
            rows: Vec<crate::a11y::TableRow>,
            /// No counts and no totals: the cells hold shares only.
            shares_only: bool,
        }
        to_js(&Table {
            header: crate::a11y::table_header(&self.data, &self.derived),
            rows: crate::a11y::table_rows_in(
                &self.data,
                &self.derived,
                start.map_or(0, |s| s as usize)..end.map_or(usize::MAX, |e| e as usize),
            ),
            shares_only: self.data.shares_only(),
        })
    }

    /// The data as CSV text (no byte order mark): a header `group, period,
    /// total` and the tier labels, then one row per group with its raw
    /// counts (blank = not reported) and its total; shares-only data gives
    /// its shares under `TIER share (%)` headers and no total. Fields are
    /// quoted as needed and formulas defused (a leading `'`); lines end
    /// with CRLF.
    pub fn csv(&self) -> String {
        crate::export::csv(&self.data)
    }

    /// The chart as it is now, as an SVG document. Not in the reader's
    /// module: the host draws an SVG download with the full module.
    #[cfg(feature = "svg")]
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&self) -> String {
        to_svg(&self.scene)
    }
}

/// The embed code of `json` (JSON text, written inline as given): the
/// `<rating-chart>` element with the data and the chart pre-drawn as SVG
/// at each width — the same bytes as `rating-chart embed` (see
/// `crate::embed`). `options` (all optional): `widths` (CSS px, multiples
/// of 20 from 240 to 1280; default `[320, 480, 640]`), `svg` (`false` leaves
/// the copy out), `style` (`false` leaves out the copies' own `<style>`,
/// for a page that refuses inline styles and links the stylesheet), `theme` (`"light"` or `"dark"`: the attribute, and the
/// copy drawn in it). Throws for invalid data as the constructor does,
/// and for options it cannot use. Full module only.
#[cfg(feature = "svg")]
#[wasm_bindgen(js_name = embedCode)]
pub fn embed_code(
    #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    #[wasm_bindgen(
        unchecked_optional_param_type = "{ widths?: number[], svg?: boolean, style?: boolean, theme?: 'light' | 'dark' }"
    )]
    options: Option<JsValue>,
) -> Result<String, JsError> {
    use crate::embed::{check_widths, EmbedOptions};
    let text = text_arg(&json, "embedCode")?;
    let option = |key: &str| {
        options
            .as_ref()
            .and_then(|o| js_sys::Reflect::get(o, &JsValue::from_str(key)).ok())
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let mut chosen = EmbedOptions::default();
    if let Some(list) = option("widths") {
        if !js_sys::Array::is_array(&list) {
            return Err(JsError::new("options.widths must be an array of numbers."));
        }
        let mut widths = Vec::new();
        for v in js_sys::Array::from(&list).iter() {
            match v.as_f64() {
                Some(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) => {
                    widths.push(n as u32)
                }
                _ => {
                    return Err(JsError::new(
                        "options.widths must be an array of whole numbers.",
                    ))
                }
            }
        }
        chosen.widths =
            check_widths(&widths).map_err(|e| JsError::new(&format!("options.widths: {e}.")))?;
    }
    if let Some(svg) = option("svg") {
        chosen.svg = svg
            .as_bool()
            .ok_or_else(|| JsError::new("options.svg must be true or false."))?;
    }
    if let Some(style) = option("style") {
        chosen.style = style
            .as_bool()
            .ok_or_else(|| JsError::new("options.style must be true or false."))?;
    }
    if let Some(theme) = option("theme") {
        chosen.dark = match theme.as_string().as_deref() {
            Some("dark") => Some(true),
            Some("light") => Some(false),
            _ => return Err(JsError::new(r#"options.theme must be "light" or "dark"."#)),
        };
    }
    let (data, _) = parse(&text)?;
    Ok(crate::embed::embed_code(&text, &data, &chosen))
}

/// The SVG document `rating-chart render INPUT -o OUT.svg` writes for
/// `json` (text or parsed data), byte for byte: no canvas is needed, so it
/// runs in Node too (`rating-chart/node`). `options` (all optional):
/// `width` (CSS px, 240 to 4096, default 640), `height` (CSS px, 1 to
/// 10,000: at least the content's height, as `--height`), `kind` (a chart
/// kind's name, as `--kind`), `lang` (`"vi"` or `"en"`: the language of the
/// thrown error's messages, as `--lang`). Throws for invalid data as the
/// constructor does, and for options it cannot use. Full module only.
#[cfg(feature = "svg")]
#[wasm_bindgen(js_name = renderSvg)]
pub fn render_svg(
    #[wasm_bindgen(unchecked_param_type = "string | object")] json: JsValue,
    #[wasm_bindgen(
        unchecked_optional_param_type = "{ width?: number, height?: number, kind?: string, lang?: 'vi' | 'en' }"
    )]
    options: Option<JsValue>,
) -> Result<String, JsError> {
    use crate::layout::{MAX_WIDTH_PX, MIN_WIDTH_PX};
    use crate::model::input::ChartKind;
    let text = json_text(&json, "renderSvg")?;
    let option = |key: &str| {
        options
            .as_ref()
            .and_then(|o| js_sys::Reflect::get(o, &JsValue::from_str(key)).ok())
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let px = |key: &str, min: f64, max: f64| -> Result<Option<f64>, JsError> {
        match option(key) {
            None => Ok(None),
            Some(v) => match v.as_f64() {
                Some(n) if n.is_finite() && (min..=max).contains(&n) => Ok(Some(n)),
                _ => Err(JsError::new(&format!(
                    "options.{key} must be a number of CSS pixels from {min} to {max}."
                ))),
            },
        }
    };
    let width = px("width", MIN_WIDTH_PX, MAX_WIDTH_PX)?.unwrap_or(DEFAULT_WIDTH_PX);
    let height = px("height", 1.0, 10_000.0)?;
    let kind = match option("kind") {
        None => None,
        Some(v) => Some(
            v.as_string()
                .and_then(|n| ChartKind::from_name(&n))
                .ok_or_else(|| {
                    JsError::new(&format!(
                        "options.kind must be one of {}.",
                        ChartKind::NAMES.join(", ")
                    ))
                })?,
        ),
    };
    let lang = match option("lang") {
        None => None,
        Some(v) => Some(
            v.as_string()
                .as_deref()
                .and_then(crate::model::Lang::parse)
                .ok_or_else(|| JsError::new(r#"options.lang must be "vi" or "en"."#))?,
        ),
    };
    let v = crate::model::validate_in(&text, lang);
    let Some(mut data) = v.data else {
        return Err(invalid_data(&v.issues, v.lang));
    };
    if let Some(k) = kind {
        data.display.kind = crate::model::validate::resolve_kind(k, &data.tiers, &data.groups);
    }
    Ok(crate::embed::render_svg(
        &data,
        Size {
            width_px: width,
            height_px: height,
        },
    ))
}

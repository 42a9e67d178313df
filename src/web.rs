//! The browser binding (wasm32 only): a [`RatingChart`] drawn on a canvas.
//! JavaScript owns the page and its events; this module answers questions
//! and paints. Every entry point returns `Result`, never panics on data.

use crate::derive::{derive, Part};
use crate::interact::hit_test;
use crate::layout::{layout, Size, TextMeasure, DEFAULT_WIDTH_PX};
use crate::model::issue::{Issue, Severity};
use crate::model::rating::RatingData;
use crate::model::validate::validate;
use crate::render::{paint, to_svg, Target};
use crate::scene::{Font, Scene, Weight};
use serde::Serialize;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Measures text with the canvas's own font engine, caching each string.
struct CanvasMeasure<'a> {
    ctx: &'a CanvasRenderingContext2d,
    family: &'a str,
    last_font: RefCell<String>,
    cache: RefCell<HashMap<(String, u64, bool), f64>>,
}

impl TextMeasure for CanvasMeasure<'_> {
    fn width(&self, text: &str, font: Font) -> f64 {
        let bold = font.weight == Weight::Bold;
        let key = (text.to_string(), font.size_px.to_bits(), bold);
        if let Some(w) = self.cache.borrow().get(&key) {
            return *w;
        }
        let css = format!(
            "{}{}px {}",
            if bold { "bold " } else { "" },
            font.size_px,
            self.family
        );
        if *self.last_font.borrow() != css {
            self.ctx.set_font(&css);
            *self.last_font.borrow_mut() = css;
        }
        let w = self
            .ctx
            .measure_text(text)
            .map(|m| m.width())
            .unwrap_or_else(|_| crate::layout::EstimateMeasure.width(text, font));
        self.cache.borrow_mut().insert(key, w);
        w
    }
}

fn serializer() -> serde_wasm_bindgen::Serializer {
    serde_wasm_bindgen::Serializer::json_compatible()
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serializer())
        .map_err(|e| JsError::new(&e.to_string()))
}

fn errors_to_js(issues: &[Issue]) -> JsError {
    let lines: Vec<String> = issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .map(Issue::display_line)
        .collect();
    JsError::new(&lines.join("\n"))
}

/// Every issue of a JSON document, as `[{code, path, message, severity}]`.
#[wasm_bindgen(js_name = validate)]
pub fn validate_json(json: &str) -> Result<JsValue, JsError> {
    to_js(&validate(json).issues)
}

/// One segment of the drawn chart, for tests and assistive features.
#[derive(Serialize)]
struct SegmentOut {
    group: usize,
    /// Tier index, or -1 for "not reported".
    tier: i64,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    color: String,
}

#[derive(Serialize)]
struct HitOut {
    group: usize,
    tier: i64,
}

fn tier_index(p: Part) -> i64 {
    match p {
        Part::Tier(i) => i as i64,
        Part::NotReported => -1,
    }
}

/// A rating chart drawn on one canvas.
#[wasm_bindgen]
pub struct RatingChart {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    data: RatingData,
    warnings: Vec<Issue>,
    scene: Scene,
    width_px: f64,
    height_px: Option<f64>,
    pixel_ratio: f64,
}

fn context(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsError> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| JsError::new("This browser gave no 2D canvas context."))
}

fn parse(json: &str) -> Result<(RatingData, Vec<Issue>), JsError> {
    let v = validate(json);
    match v.data {
        Some(d) => Ok((d, v.issues)),
        None => Err(errors_to_js(&v.issues)),
    }
}

#[wasm_bindgen]
impl RatingChart {
    /// Validates `json` and draws it on `canvas` at the canvas's CSS width
    /// (or 640 px) and pixel ratio 1; call `resize` with the real size.
    /// Throws an `Error` listing every problem when the data is invalid.
    #[wasm_bindgen(constructor)]
    pub fn new(canvas: HtmlCanvasElement, json: &str) -> Result<RatingChart, JsError> {
        let ctx = context(&canvas)?;
        let (data, warnings) = parse(json)?;
        let width = match canvas.client_width() {
            w if w > 0 => f64::from(w),
            _ => DEFAULT_WIDTH_PX,
        };
        let mut chart = RatingChart {
            canvas,
            ctx,
            data,
            warnings,
            scene: Scene {
                width_px: 0.0,
                height_px: 0.0,
                font_family: String::new(),
                items: Vec::new(),
            },
            width_px: width,
            height_px: None,
            pixel_ratio: 1.0,
        };
        chart.relayout()?;
        Ok(chart)
    }

    /// Replaces the data and redraws. On invalid data the chart keeps its
    /// previous data and the call throws.
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(&mut self, json: &str) -> Result<(), JsError> {
        let (data, warnings) = parse(json)?;
        self.data = data;
        self.warnings = warnings;
        self.relayout()
    }

    /// Lays out again at `css_width` × (`css_height` or the natural height)
    /// and sizes the backing store for `pixel_ratio`. Returns the chart's
    /// height in CSS pixels, for the host to set on the canvas.
    pub fn resize(
        &mut self,
        css_width: f64,
        css_height: Option<f64>,
        pixel_ratio: f64,
    ) -> Result<f64, JsError> {
        if css_width.is_finite() && css_width > 0.0 {
            self.width_px = css_width;
        }
        self.height_px = css_height.filter(|h| h.is_finite() && *h > 0.0);
        self.pixel_ratio = Target::canvas(pixel_ratio).pixel_ratio;
        self.relayout()?;
        Ok(self.scene.height_px)
    }

    fn relayout(&mut self) -> Result<(), JsError> {
        let family = crate::layout::FONT_FAMILY;
        let measure = CanvasMeasure {
            ctx: &self.ctx,
            family,
            last_font: RefCell::new(String::new()),
            cache: RefCell::new(HashMap::new()),
        };
        let size = Size {
            width_px: self.width_px,
            height_px: self.height_px,
        };
        self.scene = layout(&self.data, size, &measure);
        self.draw()
    }

    fn draw(&self) -> Result<(), JsError> {
        let r = self.pixel_ratio;
        let w = (self.scene.width_px * r).round() as u32;
        let h = (self.scene.height_px * r).round() as u32;
        if self.canvas.width() != w {
            self.canvas.set_width(w);
        }
        if self.canvas.height() != h {
            self.canvas.set_height(h);
        }
        let mut backend = plotters_canvas::CanvasBackend::with_canvas_object(self.canvas.clone())
            .ok_or_else(|| JsError::new("This browser gave no 2D canvas context."))?;
        paint(&self.scene, &mut backend, Target::canvas(r))
            .map_err(|e| JsError::new(&format!("Drawing failed: {e:?}")))
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

    /// The title, for the canvas's accessible name.
    #[wasm_bindgen(getter)]
    pub fn title(&self) -> Option<String> {
        self.data.title.clone()
    }

    /// `{group, tier}` under the point (CSS px), or `null`; `tier` is -1 for
    /// "not reported".
    #[wasm_bindgen(js_name = hitTest)]
    pub fn hit_test(&self, x: f64, y: f64) -> Result<JsValue, JsError> {
        match hit_test(&self.scene, x, y) {
            Some(d) => to_js(&HitOut {
                group: d.group,
                tier: tier_index(d.part),
            }),
            None => Ok(JsValue::NULL),
        }
    }

    /// Every bar segment with its bounds (CSS px) and colour.
    pub fn segments(&self) -> Result<JsValue, JsError> {
        let out: Vec<SegmentOut> = self
            .scene
            .data_items()
            .filter_map(|it| {
                let d = it.datum?;
                let crate::scene::Shape::Rect { fill, .. } = it.shape else {
                    return None;
                };
                Some(SegmentOut {
                    group: d.group,
                    tier: tier_index(d.part),
                    x: it.bounds.x,
                    y: it.bounds.y,
                    w: it.bounds.w,
                    h: it.bounds.h,
                    color: fill.to_hex(),
                })
            })
            .collect();
        to_js(&out)
    }

    /// Warnings about the current data (errors never reach a chart).
    pub fn issues(&self) -> Result<JsValue, JsError> {
        to_js(&self.warnings)
    }

    /// A sentence describing the data, in the data's language.
    pub fn summary(&self) -> String {
        crate::a11y::summary(&self.data, &derive(&self.data))
    }

    /// The data table: `{header, rows}` with every number formatted.
    pub fn table(&self) -> Result<JsValue, JsError> {
        #[derive(Serialize)]
        struct Table {
            header: Vec<String>,
            rows: Vec<crate::a11y::TableRow>,
        }
        let derived = derive(&self.data);
        to_js(&Table {
            header: crate::a11y::table_header(&self.data, &derived),
            rows: crate::a11y::table_rows(&self.data, &derived),
        })
    }

    /// The chart as it is now, as an SVG document.
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&self) -> String {
        to_svg(&self.scene)
    }
}

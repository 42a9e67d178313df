//! Painting a [`Scene`] onto any plotters [`DrawingBackend`]: the browser's
//! canvas and SVG share this code. Coordinates are CSS pixels times the
//! pixel ratio, rounded to whole device pixels.

#[cfg(all(not(target_arch = "wasm32"), feature = "svg"))]
pub mod png;

use crate::scene::{Align, Scene, Shape, Weight};
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontFamily,
    FontStyle,
};

/// How a backend treats font sizes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Target {
    /// Device pixels per CSS pixel (the canvas's devicePixelRatio; 1 for SVG).
    pub pixel_ratio: f64,
    /// Factor applied to font sizes to undo a backend's own scaling
    /// (plotters-svg writes `font-size` divided by 1.24).
    pub font_size_factor: f64,
    /// The visible window of a tall chart: its top (CSS px) and height; the
    /// backend shows only that band. `None`: the whole chart.
    pub window: Option<(f64, f64)>,
}

impl Target {
    /// The same target showing only the band `top..top + height` (CSS px).
    pub fn window(self, top: f64, height: f64) -> Target {
        Target {
            window: Some((top, height)),
            ..self
        }
    }

    /// Device x of a CSS x.
    fn x(&self, v: f64) -> i32 {
        (v * self.pixel_ratio).round() as i32
    }

    /// Device pixels of CSS points.
    fn points(&self, points: &[(f64, f64)]) -> Vec<(i32, i32)> {
        points
            .iter()
            .map(|&(x, y)| (self.x(x), self.y(y)))
            .collect()
    }

    /// Device y of a CSS y, relative to the window's top.
    fn y(&self, v: f64) -> i32 {
        let top = self.window.map_or(0.0, |w| w.0);
        ((v - top) * self.pixel_ratio).round() as i32
    }

    /// Whether a box is (partly) inside the window.
    fn shows(&self, b: &crate::scene::Rect) -> bool {
        self.window
            .is_none_or(|(top, h)| b.bottom() >= top && b.y <= top + h)
    }

    /// A canvas backing store at `pixel_ratio` device pixels per CSS pixel.
    pub fn canvas(pixel_ratio: f64) -> Target {
        let pixel_ratio = if pixel_ratio.is_finite() && pixel_ratio > 0.0 {
            pixel_ratio.min(4.0)
        } else {
            1.0
        };
        Target {
            pixel_ratio,
            font_size_factor: 1.0,
            window: None,
        }
    }

    /// plotters-svg, 1 unit per CSS pixel.
    pub fn svg() -> Target {
        Target {
            pixel_ratio: 1.0,
            font_size_factor: 1.24,
            window: None,
        }
    }
}

struct Fill(BackendColor);

impl BackendStyle for Fill {
    fn color(&self) -> BackendColor {
        self.0
    }
}

/// A stroke of a colour and a width in device pixels.
struct Stroke(BackendColor, u32);

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.0
    }
    fn stroke_width(&self) -> u32 {
        self.1
    }
}

/// A CSS-pixel width in device pixels (at least 1).
fn device_width(target: &Target, w: f64) -> u32 {
    (w * target.pixel_ratio).round().max(1.0) as u32
}

struct TextStyle<'a> {
    family: &'a str,
    size: f64,
    bold: bool,
    color: BackendColor,
    anchor: Pos,
}

impl BackendTextStyle for TextStyle<'_> {
    type FontError = std::convert::Infallible;
    fn color(&self) -> BackendColor {
        self.color
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(self.family)
    }
    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }
    fn anchor(&self) -> Pos {
        self.anchor
    }
    fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        Ok(((0, 0), (0, 0)))
    }
    fn draw<E, DrawFunc: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: (i32, i32),
        _draw: DrawFunc,
    ) -> Result<Result<(), E>, Self::FontError> {
        Ok(Ok(()))
    }
}

fn color(c: crate::scale::color::Rgb) -> BackendColor {
    BackendColor {
        alpha: 1.0,
        rgb: (c.r, c.g, c.b),
    }
}

/// A `w` device-pixel outline inside the box, as four filled bands (crisp
/// on every backend, unlike stroked paths on half pixels).
fn outline<B: DrawingBackend>(
    backend: &mut B,
    (x0, y0): (i32, i32),
    (x1, y1): (i32, i32),
    w: i32,
    c: BackendColor,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    let style = Fill(c);
    for (a, z) in [
        ((x0, y0), (x1, y0 + w)),
        ((x0, y1 - w), (x1, y1)),
        ((x0, y0), (x0 + w, y1)),
        ((x1 - w, y0), (x1, y1)),
    ] {
        backend.draw_rect(a, z, &style, true)?;
    }
    Ok(())
}

/// A text with right-to-left letters (Arabic, Hebrew, Syriac, Thaana…)
/// wrapped in a first-strong isolate (U+2068 … U+2069), so that it is laid
/// out in its own direction inside the chart's left-to-right canvas or SVG:
/// "هل توافق؟" keeps its question mark at its left end, where the Arabic
/// sentence ends. `None` for every other text, drawn as it is. The marks
/// draw nothing and take no width.
pub fn isolated(text: &str) -> Option<String> {
    let rtl = |c: char| {
        matches!(c as u32,
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFE | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
    };
    text.chars()
        .any(rtl)
        .then(|| crate::scale::format::concat(&["\u{2068}", text, "\u{2069}"]))
}

/// Paints every item of `scene` onto `backend`.
pub fn paint<B: DrawingBackend>(
    scene: &Scene,
    backend: &mut B,
    target: Target,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    paint_items(scene, &mut scene.items.iter(), backend, target)?;
    backend.present()
}

/// Paints `items` (of `scene`, whose font they name) onto `backend`.
fn paint_items<B: DrawingBackend>(
    scene: &Scene,
    items: &mut dyn Iterator<Item = &crate::scene::Item>,
    backend: &mut B,
    target: Target,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    let r = target.pixel_ratio;
    for item in items {
        if !target.shows(&item.bounds) {
            continue;
        }
        match &item.shape {
            Shape::Rect { fill, stroke } => {
                let b = item.bounds;
                if b.w <= 0.0 || b.h <= 0.0 {
                    continue;
                }
                let (x0, y0) = (target.x(b.x), target.y(b.y));
                let (x1, y1) = (target.x(b.right()), target.y(b.bottom()));
                backend.draw_rect((x0, y0), (x1, y1), &Fill(color(*fill)), true)?;
                if let Some(s) = stroke {
                    let w = (r.round() as i32).max(1);
                    outline(backend, (x0, y0), (x1, y1), w, color(*s))?;
                }
            }
            Shape::Polygon {
                points,
                fill,
                stroke,
                ..
            } => {
                let pts = target.points(points);
                if pts.len() < 3 {
                    continue;
                }
                backend.fill_polygon(pts.iter().copied(), &Fill(color(*fill)))?;
                if let Some(s) = stroke {
                    let mut closed = pts.clone();
                    closed.push(pts[0]);
                    backend.draw_path(closed, &Stroke(color(*s), device_width(&target, 1.0)))?;
                }
            }
            Shape::Line {
                points,
                color: c,
                width,
            } => {
                let pts = target.points(points);
                backend.draw_path(pts, &Stroke(color(*c), device_width(&target, *width)))?;
            }
            Shape::Circle {
                cx,
                cy,
                r: radius,
                fill,
                stroke,
            } => {
                let centre = (target.x(*cx), target.y(*cy));
                let rr = (radius * r).round().max(1.0) as u32;
                backend.draw_circle(centre, rr, &Fill(color(*fill)), true)?;
                if let Some(s) = stroke {
                    backend.draw_circle(
                        centre,
                        rr,
                        &Stroke(color(*s), device_width(&target, 1.5)),
                        false,
                    )?;
                }
            }
            Shape::Text {
                text,
                x,
                y,
                font,
                color: c,
                align,
            } => {
                let h_pos = match align {
                    Align::Start => HPos::Left,
                    Align::Center => HPos::Center,
                    Align::End => HPos::Right,
                };
                let style = TextStyle {
                    family: &scene.font_family,
                    size: font.size_px * r * target.font_size_factor,
                    bold: font.weight == Weight::Bold,
                    color: color(*c),
                    anchor: Pos::new(h_pos, VPos::Center),
                };
                let pos = (target.x(*x), target.y(*y));
                match isolated(text) {
                    Some(isolated) => backend.draw_text(&isolated, &style, pos)?,
                    None => backend.draw_text(text, &style, pos)?,
                }
            }
        }
    }
    Ok(())
}

/// The scene as a standalone SVG document.
#[cfg(feature = "svg")]
pub fn to_svg(scene: &Scene) -> String {
    let mut out = String::new();
    let size = (
        scene.width_px.ceil().max(1.0) as u32,
        scene.height_px.ceil().max(1.0) as u32,
    );
    {
        let mut backend = plotters_svg::SVGBackend::with_string(&mut out, size);
        // The string backend cannot fail: its error type is I/O on a String.
        let _ = paint(scene, &mut backend, Target::svg());
    }
    out
}

/// What to emphasise on the highlight layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Highlight {
    /// The hovered or focused datum: drawn at full strength and outlined.
    pub datum: Option<crate::scene::Datum>,
    /// A tier emphasised across all groups (legend hover or click).
    pub part: Option<crate::model::rating::Part>,
}

impl Highlight {
    /// Whether there is nothing to emphasise.
    pub fn is_empty(&self) -> bool {
        self.datum.is_none() && self.part.is_none()
    }
}

/// Paints the highlight layer onto a transparent backend laid over the
/// chart: the bar area is veiled in `paper`, then the emphasised segments
/// (and their labels) are painted again on top, and the datum outlined in
/// `focus`. Costs O(1) for one datum, O(groups) for a tier, never a layout.
pub fn paint_highlight<B: DrawingBackend>(
    scene: &Scene,
    backend: &mut B,
    target: Target,
    highlight: Highlight,
    paper: crate::scale::color::Rgb,
    focus: crate::scale::color::Rgb,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    if highlight.is_empty() {
        return backend.present();
    }
    let r = target.pixel_ratio;
    let p = scene.plot;
    let veil = BackendColor {
        alpha: 0.62,
        rgb: (paper.r, paper.g, paper.b),
    };
    // The veil covers the plot area within the window only.
    let (top, bottom) = match target.window {
        Some((t, h)) => (p.y.max(t), p.bottom().min(t + h)),
        None => (p.y, p.bottom()),
    };
    backend.draw_rect(
        (target.x(p.x), target.y(top)),
        (target.x(p.right()), target.y(bottom)),
        &Fill(veil),
        true,
    )?;
    let emphasised =
        |d: crate::scene::Datum| highlight.datum == Some(d) || highlight.part == Some(d.part);
    let mut again: Vec<&crate::scene::Item> = Vec::new();
    // Series lines of an emphasised tier first, then its marks on top.
    for line in scene
        .items
        .iter()
        .filter(|i| i.role == crate::scene::Role::Series)
    {
        if line.legend.is_some() && line.legend == highlight.part {
            again.push(line);
        }
    }
    let segments: Vec<_> = scene
        .data_items()
        .filter(|i| i.datum.is_some_and(emphasised))
        .collect();
    again.extend(&segments);
    // Direct labels and leader lines of emphasised data, wherever they sit;
    // labels inside an emphasised mark, and the text of emphasised table
    // cells.
    use crate::scene::Role;
    for label in scene.items.iter() {
        if label.describes.is_some_and(emphasised) {
            again.push(label);
            continue;
        }
        // A panel's title is not data: the veil never dims it (the plot
        // area it covers is the union of the panels).
        if label.role == Role::PanelTitle {
            again.push(label);
            continue;
        }
        // What sits inside an emphasised mark: its label, a table cell's
        // text, and a table card's tier name and swatch.
        let inside = matches!(
            (&label.shape, label.role),
            (
                Shape::Text { .. },
                Role::SegmentLabel | Role::TableCell | Role::LegendLabel
            ) | (Shape::Rect { .. }, Role::LegendSwatch)
        );
        if !inside {
            continue;
        }
        let (cx, cy) = label.bounds.center();
        if segments.iter().any(|s| s.distance(cx, cy) == 0.0) {
            again.push(label);
        }
    }
    paint_items(scene, &mut again.into_iter(), backend, target)?;
    if let Some(d) = highlight.datum {
        let w = (2.0 * r).round().max(1.0) as i32;
        let focus_color = color(focus);
        for seg in scene.data_items().filter(|i| i.datum == Some(d)) {
            match &seg.shape {
                Shape::Polygon { points, .. } => {
                    let mut pts: Vec<(i32, i32)> = points
                        .iter()
                        .map(|&(x, y)| (target.x(x), target.y(y)))
                        .collect();
                    if let Some(&first) = pts.first() {
                        pts.push(first);
                    }
                    backend.draw_path(pts, &Stroke(focus_color, w as u32))?;
                }
                Shape::Circle {
                    cx, cy, r: radius, ..
                } => {
                    let rr = ((radius + 2.0) * r).round() as u32;
                    backend.draw_circle(
                        (target.x(*cx), target.y(*cy)),
                        rr,
                        &Stroke(focus_color, w as u32),
                        false,
                    )?;
                }
                _ => {
                    let b = seg.bounds;
                    let (x0, y0) = (target.x(b.x) - w, target.y(b.y) - w);
                    let (x1, y1) = (target.x(b.right()) + w, target.y(b.bottom()) + w);
                    outline(backend, (x0, y0), (x1, y1), w, focus_color)?;
                }
            }
        }
    }
    backend.present()
}

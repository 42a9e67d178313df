//! The canvas as a plotters `DrawingBackend`: what `plotters-canvas` did,
//! for the calls [`crate::render`] makes, with colours and fonts written
//! without float formatting (`rgba(…)` alpha and font sizes by
//! [`push_decimal`]): the reader's module carries no float formatting and
//! no `format!` for them (issue 15). Sizes are device pixels; the host
//! sizes the backing store for `devicePixelRatio`. Texts are drawn in CSS
//! pixels under `setTransform(ratio)`, in the fonts the layout measured
//! (`13px …`, not `26px …`): the browser readies each font size once, and
//! its first use costs ~2 ms.

use crate::scale::format::push_decimal;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};
use std::fmt;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// A canvas and its 2D context.
pub struct Canvas<'a> {
    pub canvas: &'a HtmlCanvasElement,
    pub ctx: &'a CanvasRenderingContext2d,
    /// Device pixels per CSS pixel (finite, positive, as
    /// `Target::canvas` gives it).
    pub ratio: f64,
}

/// The canvas refused a call (it throws only for a text or arc it cannot
/// draw).
#[derive(Debug)]
pub struct Refused;

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the canvas refused a drawing call")
    }
}

impl std::error::Error for Refused {}

type Result = std::result::Result<(), DrawingErrorKind<Refused>>;

/// `rgba(r,g,b,a)` with the alpha to a thousandth.
fn css_color(c: BackendColor) -> String {
    let mut s = String::with_capacity(24);
    s.push_str("rgba(");
    for v in [c.rgb.0, c.rgb.1, c.rgb.2] {
        push_decimal(&mut s, f64::from(v), 0);
        s.push(',');
    }
    push_decimal(&mut s, c.alpha, 3);
    s.push(')');
    s
}

impl Canvas<'_> {
    fn fill_style(&self, c: BackendColor) {
        self.ctx.set_fill_style_str(&css_color(c));
    }

    fn line_style(&self, style: &impl BackendStyle) {
        self.ctx.set_stroke_style_str(&css_color(style.color()));
        self.ctx.set_line_width(f64::from(style.stroke_width()));
    }

    /// A path through `points`, begun anew.
    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>) -> bool {
        self.ctx.begin_path();
        let mut points = points.into_iter();
        let Some((x, y)) = points.next() else {
            return false;
        };
        self.ctx.move_to(f64::from(x), f64::from(y));
        for (x, y) in points {
            self.ctx.line_to(f64::from(x), f64::from(y));
        }
        true
    }
}

fn refused(_: wasm_bindgen::JsValue) -> DrawingErrorKind<Refused> {
    DrawingErrorKind::DrawingError(Refused)
}

impl DrawingBackend for Canvas<'_> {
    type ErrorType = Refused;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    fn present(&mut self) -> Result {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Result {
        if color.alpha > 0.0 {
            self.fill_style(color);
            self.ctx.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y, w, h) = (
            f64::from(x0),
            f64::from(y0),
            f64::from(x1 - x0),
            f64::from(y1 - y0),
        );
        if fill {
            self.fill_style(style.color());
            self.ctx.fill_rect(x, y, w, h);
        } else {
            self.line_style(style);
            self.ctx.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if self.trace(path) {
            self.line_style(style);
        }
        self.ctx.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if self.trace(path) {
            self.fill_style(style.color());
            self.ctx.close_path();
        }
        self.ctx.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if fill {
            self.fill_style(style.color());
        } else {
            self.line_style(style);
        }
        self.ctx.begin_path();
        self.ctx
            .arc(
                f64::from(x),
                f64::from(y),
                f64::from(radius),
                0.0,
                std::f64::consts::TAU,
            )
            .map_err(refused)?;
        if fill {
            self.ctx.fill();
        } else {
            self.ctx.stroke();
        }
        Ok(())
    }

    /// Text as [`crate::render`] draws it: never rotated (its text style
    /// has no transform).
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        (x, y): BackendCoord,
    ) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.ctx.set_text_baseline(match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        self.ctx.set_text_align(match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        self.fill_style(color);
        // As the layout measured it (`crate::measure::css_font`).
        let r = self.ratio;
        let family = style.family();
        let mut font = String::with_capacity(family.as_str().len() + 20);
        if let FontStyle::Bold = style.style() {
            font.push_str("bold ");
        }
        push_decimal(&mut font, style.size() / r, 3);
        font.push_str("px ");
        font.push_str(family.as_str());
        self.ctx.set_font(&font);
        // Finite arguments: these do not throw.
        let _ = self.ctx.set_transform(r, 0.0, 0.0, r, 0.0, 0.0);
        let drawn = self
            .ctx
            .fill_text(text, f64::from(x) / r, f64::from(y) / r)
            .map_err(refused);
        let _ = self.ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
        drawn
    }
}

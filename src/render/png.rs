//! PNG output (native only): the Scene's SVG rasterised by resvg with the
//! bundled Noto Sans, so images look the same on every machine. Letters
//! Noto Sans does not have (Arabic, Hebrew, CJK, emoji…) are drawn with
//! the machine's own fonts when it has any for them, rather than as empty
//! boxes.

use crate::fonts;
use crate::scene::{Scene, Shape};
use std::sync::Arc;

/// Whether some text of `scene` has a character the bundled Noto Sans
/// cannot draw (invisible and control characters aside).
fn needs_fallback(scene: &Scene) -> bool {
    let Ok(face) = ttf_parser::Face::parse(fonts::REGULAR, 0) else {
        return false;
    };
    let drawn = |c: char| {
        !(c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}'))
    };
    scene.items.iter().any(|i| match &i.shape {
        Shape::Text { text, .. } => text
            .chars()
            .any(|c| drawn(c) && face.glyph_index(c).is_none()),
        _ => false,
    })
}

/// Most pixels of a PNG (width × height in device pixels): 40 million,
/// 160 MB of pixels in memory (e.g. 1,280 × 31,250: a chart of 640 CSS px
/// by 15,625 at scale 2). A taller chart is refused before anything is
/// drawn; SVG output has no such limit.
pub const MAX_PNG_PIXELS: u64 = 40_000_000;

/// The size in device pixels of `scene` drawn at `scale`.
pub fn png_size(scene: &Scene, scale: f32) -> (u64, u64) {
    let px = |css: f64| ((css * f64::from(scale)).ceil().max(1.0)) as u64;
    (px(scene.width_px), px(scene.height_px))
}

/// The largest scale (in hundredths, rounded down) at which `scene` fits
/// in [`MAX_PNG_PIXELS`]; 0 when even a hundredth does not fit.
pub fn largest_scale(scene: &Scene) -> f32 {
    let area = scene.width_px.max(1.0) * scene.height_px.max(1.0);
    let fit = (MAX_PNG_PIXELS as f64 / area).sqrt();
    let mut s = (fit * 100.0).floor() / 100.0;
    // The ceiling of each side can tip a scale just over the budget.
    while s > 0.0 && {
        let (w, h) = png_size(scene, s as f32);
        w * h > MAX_PNG_PIXELS
    } {
        s -= 0.01;
    }
    s.max(0.0) as f32
}

/// Rasterises `scene` at `scale` device pixels per CSS pixel (2 for sharp
/// images on high-density screens); an image over [`MAX_PNG_PIXELS`] is
/// refused before anything is drawn.
pub fn to_png(scene: &Scene, scale: f32) -> Result<Vec<u8>, String> {
    if !(scale.is_finite() && scale > 0.0 && scale <= 8.0) {
        return Err(format!("the scale must be from 0 to 8, not {scale}"));
    }
    let (w, h) = png_size(scene, scale);
    if w * h > MAX_PNG_PIXELS {
        return Err(format!(
            "an image of {w} × {h} pixels is over the limit of {MAX_PNG_PIXELS} pixels"
        ));
    }
    let svg = super::to_svg(scene);
    let mut db = resvg::usvg::fontdb::Database::new();
    db.load_font_data(fonts::REGULAR.to_vec());
    db.load_font_data(fonts::BOLD.to_vec());
    db.set_sans_serif_family(fonts::FAMILY);
    if needs_fallback(scene) {
        db.load_system_fonts();
    }
    let options = resvg::usvg::Options {
        font_family: fonts::FAMILY.to_string(),
        fontdb: Arc::new(db),
        ..Default::default()
    };
    let tree = resvg::usvg::Tree::from_str(&svg, &options).map_err(|e| e.to_string())?;
    let (w, h) = (w as u32, h as u32);
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h)
        .ok_or_else(|| format!("an image of {w}×{h} pixels is too large"))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scale::color::Rgb;
    use crate::scene::{Align, Font, Item, Rect, Role, Weight};

    /// A scene of one line of text.
    fn scene(title: &str) -> Scene {
        let bounds = Rect {
            x: 0.0,
            y: 0.0,
            w: 200.0,
            h: 20.0,
        };
        let text = Shape::Text {
            text: title.to_string(),
            x: 0.0,
            y: 10.0,
            font: Font {
                size_px: 16.0,
                weight: Weight::Bold,
            },
            color: Rgb::hex(0x111111),
            align: Align::Start,
        };
        Scene {
            width_px: 200.0,
            height_px: 20.0,
            blank_px: 0.0,
            font_family: fonts::FAMILY.to_string(),
            plot: bounds,
            items: vec![Item {
                shape: text,
                bounds,
                role: Role::Title,
                datum: None,
                legend: None,
                describes: None,
            }],
        }
    }

    #[test]
    fn the_machines_fonts_only_for_letters_noto_sans_lacks() {
        assert!(!needs_fallback(&scene(
            "Hải Dương: kết quả năm 2021 – “tốt”"
        )));
        assert!(needs_fallback(&scene("תל אביב")));
        assert!(needs_fallback(&scene("هل توافق؟")));
        assert!(needs_fallback(&scene("東京")));
    }

    #[test]
    fn images_over_the_pixel_budget_are_refused_before_drawing() {
        let mut tall = scene("Tall");
        tall.width_px = 640.0;
        tall.height_px = 480_000.0;
        let err = to_png(&tall, 2.0).unwrap_err();
        assert!(err.contains("40000000"), "{err}");
        // The largest scale that fits does fit, and a hundredth more does not.
        let fit = largest_scale(&tall);
        let (w, h) = png_size(&tall, fit);
        assert!(fit > 0.0 && w * h <= MAX_PNG_PIXELS, "{fit}: {w} × {h}");
        let (w, h) = png_size(&tall, fit + 0.01);
        assert!(w * h > MAX_PNG_PIXELS, "{fit}");
        // At the budget exactly, a chart is within it.
        let mut edge = scene("Edge");
        edge.width_px = 4000.0;
        edge.height_px = 10_000.0;
        assert_eq!(png_size(&edge, 1.0), (4000, 10_000));
        assert_eq!(largest_scale(&edge), 1.0);
    }
}

//! PNG output (native only): the Scene's SVG rasterised by resvg with the
//! bundled Noto Sans, so images look the same on every machine.

use crate::layout::text::fonts;
use crate::scene::Scene;
use std::sync::Arc;

/// Rasterises `scene` at `scale` device pixels per CSS pixel (2 for sharp
/// images on high-density screens).
pub fn to_png(scene: &Scene, scale: f32) -> Result<Vec<u8>, String> {
    if !(scale.is_finite() && scale > 0.0 && scale <= 8.0) {
        return Err(format!("the scale must be from 0 to 8, not {scale}"));
    }
    let svg = super::to_svg(scene);
    let mut db = resvg::usvg::fontdb::Database::new();
    db.load_font_data(fonts::REGULAR.to_vec());
    db.load_font_data(fonts::BOLD.to_vec());
    db.set_sans_serif_family(fonts::FAMILY);
    let options = resvg::usvg::Options {
        font_family: fonts::FAMILY.to_string(),
        fontdb: Arc::new(db),
        ..Default::default()
    };
    let tree = resvg::usvg::Tree::from_str(&svg, &options).map_err(|e| e.to_string())?;
    let w = (scene.width_px * f64::from(scale)).ceil() as u32;
    let h = (scene.height_px * f64::from(scale)).ceil() as u32;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w.max(1), h.max(1))
        .ok_or_else(|| format!("an image of {w}×{h} pixels is too large"))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

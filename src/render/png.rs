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
    if needs_fallback(scene) {
        db.load_system_fonts();
    }
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
}

//! Picking: which datum is at a point. A pure function over the Scene,
//! never a pixel read, so it works at any device pixel ratio.

use crate::scene::{Datum, Scene};

/// How far (CSS px) outside a thin mark a pointer still picks it.
pub const PICK_RADIUS_PX: f64 = 4.0;

/// The datum under `(x, y)` (CSS px): the mark whose bounds contain the
/// point, else the nearest mark within [`PICK_RADIUS_PX`].
pub fn hit_test(scene: &Scene, x: f64, y: f64) -> Option<Datum> {
    if !x.is_finite() || !y.is_finite() {
        return None;
    }
    let mut best: Option<(f64, Datum)> = None;
    for item in scene.data_items() {
        let Some(datum) = item.datum else { continue };
        if item.bounds.contains(x, y) {
            return Some(datum);
        }
        let d = item.bounds.distance(x, y);
        if d <= PICK_RADIUS_PX && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, datum));
        }
    }
    best.map(|(_, d)| d)
}

//! The waffle chart kind (in progress: drawn as 100 % stacked bars until its
//! own layout lands).

use super::text::TextMeasure;
use super::theme::Theme;
use crate::derive::Derived;
use crate::model::rating::RatingData;
use crate::scene::Scene;

/// Lays out the waffle chart.
pub fn layout(
    data: &RatingData,
    derived: &Derived,
    width: f64,
    height: Option<f64>,
    theme: &Theme,
    measure: &dyn TextMeasure,
) -> Scene {
    super::stacked::layout(data, derived, width, height, theme, measure)
}

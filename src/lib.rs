//! # rating-chart
//!
//! Charts of **rating data** — counts of an ordered scale of tiers for one or
//! more groups — drawn by one Rust core on a `<canvas>` (through wasm) and as
//! SVG (natively, through the `rating-chart` CLI).
//!
//! The pipeline is one-way; each arrow is a pure function with a named output:
//!
//! ```text
//! JSON ─validate─▶ RatingData + issues ─derive─▶ shares
//!      ─layout(size, TextMeasure)─▶ Scene
//! Scene ─┬─ paint(scene, any plotters backend, pixel ratio) ─▶ canvas / SVG
//!        └─ hit_test(scene, point) ─▶ datum
//! ```
//!
//! Only [`render`] knows plotters; only `web` (wasm32 only) knows
//! wasm-bindgen, web-sys and the canvas.

pub mod a11y;
pub mod derive;
pub mod export;
pub mod host;
pub mod interact;
pub mod layout;
pub mod model;
pub mod order;
pub mod render;
pub mod scale;
pub mod scene;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use model::issue::{Issue, Severity};
pub use model::rating::RatingData;
pub use model::validate::{validate, Validated};

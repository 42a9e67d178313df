//! # rating-chart
//!
//! Charts of **rating data** — counts of an ordered scale of tiers for one or
//! more groups — drawn by one Rust core on a `<canvas>` (through wasm) and as
//! SVG (natively, through the `rating-chart` CLI).
//!
//! The pipeline is one-way; each arrow is a pure function with a named output:
//!
//! ```text
//! JSON ─validate─▶ RatingData (kind resolved) + issues ─derive─▶ Derived (shares)
//!      ─layout(data, derived, size, theme, TextMeasure)─▶ Scene
//! Scene ─┬─ paint(scene, any plotters backend, pixel ratio) ─▶ canvas / SVG
//!        └─ hit_test(scene, point) ─▶ datum
//! ```
//!
//! Imports follow it: [`model`] → [`derive`](mod@derive) → [`layout`] (one
//! [`layout::Kind`] per chart kind; the chrome drawn once around its plot)
//! → [`scene`] → [`render`] and [`interact`] (picking, keyboard, the
//! reader's view) → `web`. Beside it, used by several phases: [`scale`]
//! (number formats, colours), [`locale`] (the words of each language),
//! [`label`] (group labels, totals, counts), [`measure`] (cached text
//! widths), `fonts` (the bundled Noto Sans, native only), [`a11y`] (text
//! alternatives), [`export`] (CSV) and [`host`] (what the web host takes
//! from the core). Only [`render`] knows plotters; only `web` (wasm32
//! only) knows wasm-bindgen, web-sys and the canvas.

pub mod a11y;
pub mod derive;
#[cfg(feature = "svg")]
pub mod embed;
pub mod export;
#[cfg(not(target_arch = "wasm32"))]
pub mod fonts;
pub mod host;
pub mod interact;
pub mod label;
pub mod layout;
pub mod locale;
pub mod measure;
pub mod model;
pub mod order;
pub mod render;
pub mod scale;
pub mod scene;

#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(any(target_arch = "wasm32", test))]
mod wire;

pub use model::issue::{Issue, Severity};
pub use model::rating::RatingData;
pub use model::validate::{validate, Validated};

//! The fonts bundled with the crate (Noto Sans, SIL OFL 1.1; see
//! `assets/fonts/`), native only: layout measures text with them
//! ([`crate::layout::FontMeasure`]) and PNG output draws with them.

/// Noto Sans Regular.
pub static REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold.
pub static BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");
/// The family name both files declare.
pub const FAMILY: &str = "Noto Sans";

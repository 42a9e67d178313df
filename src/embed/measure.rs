//! The text measure of the static copy: the advance widths of the bundled
//! Noto Sans, from a table compiled into the crate.
//!
//! Why a table, and not [`crate::layout::FontMeasure`] or
//! [`crate::layout::EstimateMeasure`]: the CLI and the editor (wasm) must
//! write byte-identical embed codes, so the measure must exist identically
//! in both, and the wasm module cannot carry the font files (hundreds of
//! KB). The table is the fonts' own advances (read natively from
//! `assets/fonts/` by `tests/embed.rs`, which fails when it is stale) for
//! every character Noto Sans has a glyph for — Latin with every Vietnamese
//! letter, Greek, Cyrillic, Devanagari, combining marks, punctuation,
//! currency signs: about 12 KB, in the full module only. It measures
//! every character exactly as `FontMeasure` does (a test compares the two
//! for every code point, and lays the examples out with both), so the
//! static copy and the wasm `renderSvg` are laid out like
//! `rating-chart render`'s SVG. Characters the fonts lack take the
//! estimate's widths in both. The estimate alone would lay text out for
//! no real face (it under-measures bold capitals and wide letters), and a
//! label it judged to fit could overflow its bar.
//!
//! Noto Sans is the first face of the family list the SVG names (the
//! canvas's), and wider than the usual fallbacks (Segoe UI, Roboto,
//! Helvetica, Arial, Liberation Sans); every text of the static copy also
//! carries its measured width as `textLength`, so that whichever face the
//! reader's browser picks, the text takes exactly the room the layout gave
//! it and never overflows.

use super::advances::{BOLD, RANGES, REGULAR, UNITS_PER_EM};
use crate::layout::text::{em_width, TextMeasure};
use crate::scene::{Font, Weight};

/// Noto Sans advances from the compiled table (see the module's comment).
#[derive(Debug, Default, Clone, Copy)]
pub struct TableMeasure;

/// The advance of `c` in em in the table, if the table has it.
pub fn advance_em(c: char, bold: bool) -> Option<f64> {
    let table: &[u16] = if bold { &BOLD } else { &REGULAR };
    let code = c as u32;
    let mut offset = 0usize;
    for &(first, last) in &RANGES {
        if (first..=last).contains(&code) {
            let units = *table.get(offset + (code - first) as usize)?;
            return (units != u16::MAX).then(|| f64::from(units) / UNITS_PER_EM);
        }
        offset += (last - first + 1) as usize;
    }
    None
}

impl TextMeasure for TableMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        let bold = font.weight == Weight::Bold;
        // Summed as FontMeasure sums: in em, then scaled once.
        let advance: f64 = text
            .chars()
            .map(|c| advance_em(c, bold).unwrap_or_else(|| em_width(c)))
            .sum();
        advance * font.size_px
    }
}

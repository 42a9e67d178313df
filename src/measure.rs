//! Text widths for the layout from a real font engine (the browser's
//! canvas), measured once and kept: [`TextWidths`] is the cache, generic
//! over the raw measurement ([`RawMeasure`]: "set this CSS font; how wide
//! is this text"), and [`Measured`] lends it to the layout as its
//! [`TextMeasure`]. The web layer supplies only the canvas's `measureText`.

use crate::layout::{EstimateMeasure, TextMeasure};
use crate::scene::{Font, Weight};
use std::cell::RefCell;

/// Above this many groups, text is measured character by character.
pub const EXACT_TEXT_GROUPS: usize = 200;

/// The first code points (Latin, Vietnamese, punctuation) whose widths a
/// per-character cache keeps in a table; the others go in a map.
const CHAR_TABLE: usize = 0x2100;

/// A font engine: the one thing [`TextWidths`] asks of the platform.
pub trait RawMeasure {
    /// Sets the CSS font (`bold 13px system-ui, …`) later widths are in.
    fn set_font(&self, css: &str);
    /// The width (CSS px) of `text` in the font last set, or `None` when
    /// the engine cannot tell (the width is then estimated).
    fn width(&self, text: &str) -> Option<f64>;
}

/// The size bits and boldness of a font: what widths are kept per.
type FontKey = (u64, bool);

/// Text widths kept for a chart's life (a resize or a theme change
/// measures nothing new). A chart of up to [`EXACT_TEXT_GROUPS`] groups
/// measures every string it lays out exactly; a bigger one adds the widths
/// of its characters, each measured once per font, which is a little wider
/// than the shaped text (kerning only narrows it), so labels judged to fit
/// do fit — and its first chart needs a few hundred measurements instead of
/// tens of thousands. Which of the two depends only on the data, so a size
/// is always laid out the same way.
#[derive(Debug)]
pub struct TextWidths {
    /// The CSS font-family the widths are for.
    family: String,
    per_char: bool,
    /// The font last set on the engine (`None` when unknown: something
    /// else, such as painting, may have set another).
    last_font: Option<String>,
    /// The widths of whole strings, per font.
    strings: StringWidths,
    /// Per font: character widths.
    chars: Vec<(FontKey, CharWidths)>,
    /// The last two texts measured, each with its font and width: layout
    /// measures a text to see whether it fits and then again as it places
    /// it (a group's label and total: both before placing either). The
    /// next one measured replaces `last[next_slot]`.
    last: [(String, FontKey, f64); 2],
    next_slot: usize,
}

/// One font's character widths: a table for the first [`CHAR_TABLE`] code
/// points, NaN until measured, and the rest sorted by character.
#[derive(Debug)]
struct CharWidths {
    table: Vec<f64>,
    rest: Vec<(char, f64)>,
}

impl CharWidths {
    fn new() -> CharWidths {
        CharWidths {
            table: vec![f64::NAN; CHAR_TABLE],
            rest: Vec::new(),
        }
    }

    fn get(&self, c: char) -> Option<f64> {
        match self.table.get(c as usize) {
            Some(w) => Some(*w).filter(|w| !w.is_nan()),
            None => self
                .rest
                .binary_search_by_key(&c, |r| r.0)
                .ok()
                .map(|i| self.rest[i].1),
        }
    }

    fn set(&mut self, c: char, w: f64) {
        match self.table.get_mut(c as usize) {
            Some(slot) => *slot = w,
            None => match self.rest.binary_search_by_key(&c, |r| r.0) {
                Ok(i) => self.rest[i].1 = w,
                Err(i) => self.rest.insert(i, (c, w)),
            },
        }
    }
}

/// Widths of whole strings by font and text: a small open-addressing hash
/// table (FNV-1a, linear probing, at most half full) instead of std's
/// `HashMap`, whose SipHash and generic table cost the reader's module
/// 2.3 KB gzip (issue 15). A chart of up to [`EXACT_TEXT_GROUPS`] groups
/// keeps a few hundred strings.
#[derive(Debug, Default)]
struct StringWidths {
    /// Each slot 0 (empty) or 1 + the index of its entry; a power of two long.
    slots: Vec<u32>,
    entries: Vec<(FontKey, String, f64)>,
}

impl StringWidths {
    fn hash(key: FontKey, text: &str) -> u64 {
        let mut h = 0xcbf2_9ce4_8422_2325_u64 ^ key.0 ^ u64::from(key.1);
        for b in text.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        h
    }

    /// The slot of `text` in `key`: its entry's, or the empty one where it
    /// would go. The table must not be full.
    fn slot(&self, key: FontKey, text: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = Self::hash(key, text) as usize & mask;
        loop {
            match self.slots[at] {
                0 => return at,
                e => {
                    let (k, t, _) = &self.entries[e as usize - 1];
                    if *k == key && t == text {
                        return at;
                    }
                }
            }
            at = (at + 1) & mask;
        }
    }

    fn get(&self, key: FontKey, text: &str) -> Option<f64> {
        if self.slots.is_empty() {
            return None;
        }
        match self.slots[self.slot(key, text)] {
            0 => None,
            e => Some(self.entries[e as usize - 1].2),
        }
    }

    /// Adds the width of a `text` not yet kept.
    fn insert(&mut self, key: FontKey, text: &str, w: f64) {
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.slots = vec![0; (self.slots.len() * 2).max(64)];
            for i in 0..self.entries.len() {
                let at = self.slot(self.entries[i].0, &self.entries[i].1);
                self.slots[at] = i as u32 + 1;
            }
        }
        let at = self.slot(key, text);
        self.entries.push((key, text.to_string(), w));
        self.slots[at] = self.entries.len() as u32;
    }
}

impl Default for TextWidths {
    fn default() -> TextWidths {
        TextWidths::new(String::new(), 0)
    }
}

impl TextWidths {
    /// An empty cache for text in `family` of a chart of `groups` groups.
    pub fn new(family: String, groups: usize) -> TextWidths {
        TextWidths {
            family,
            per_char: groups > EXACT_TEXT_GROUPS,
            last_font: None,
            strings: StringWidths::default(),
            chars: Vec::new(),
            last: [
                (String::new(), (0, false), 0.0),
                (String::new(), (0, false), 0.0),
            ],
            next_slot: 0,
        }
    }

    /// Whether widths are taken per character (a chart of more than
    /// [`EXACT_TEXT_GROUPS`] groups).
    pub fn per_char(&self) -> bool {
        self.per_char
    }

    /// Readies the cache for a layout of text in `family` for a chart of
    /// `groups` groups: kept when both ask for the same widths, else
    /// emptied. The engine's font is taken as unknown (painting sets it).
    pub fn prepare(&mut self, family: &str, groups: usize) {
        if self.family != family || self.per_char != (groups > EXACT_TEXT_GROUPS) {
            *self = TextWidths::new(family.to_string(), groups);
        }
        self.last_font = None;
    }

    /// The width of `text` in `font` (of the cache's family), measured by
    /// `raw` the first time it is asked.
    pub fn width<M: RawMeasure + ?Sized>(&mut self, raw: &M, text: &str, font: Font) -> f64 {
        let key = (font.size_px.to_bits(), font.weight == Weight::Bold);
        for (t, k, w) in &self.last {
            if *k == key && t == text {
                return *w;
            }
        }
        let w = if self.per_char {
            self.width_per_char(raw, text, font, key)
        } else if let Some(w) = self.strings.get(key, text) {
            w
        } else {
            let w = self.measure(raw, text, font);
            self.strings.insert(key, text, w);
            w
        };
        let last = &mut self.last[self.next_slot & 1];
        last.0.clear();
        last.0.push_str(text);
        last.1 = key;
        last.2 = w;
        self.next_slot ^= 1;
        w
    }

    fn width_per_char<M: RawMeasure + ?Sized>(
        &mut self,
        raw: &M,
        text: &str,
        font: Font,
        key: FontKey,
    ) -> f64 {
        let at = match self.chars.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                self.chars.push((key, CharWidths::new()));
                self.chars.len() - 1
            }
        };
        let mut w = 0.0;
        for c in text.chars() {
            w += match self.chars[at].1.get(c) {
                Some(w) => w,
                None => {
                    let cw = self.measure(raw, c.encode_utf8(&mut [0; 4]), font);
                    self.chars[at].1.set(c, cw);
                    cw
                }
            };
        }
        w
    }

    /// Asks the engine, setting its font first when it is not the one
    /// last set.
    fn measure<M: RawMeasure + ?Sized>(&mut self, raw: &M, text: &str, font: Font) -> f64 {
        let css = css_font(font, &self.family);
        if self.last_font.as_deref() != Some(css.as_str()) {
            raw.set_font(&css);
            self.last_font = Some(css);
        }
        raw.width(text)
            .filter(|w| w.is_finite())
            .unwrap_or_else(|| EstimateMeasure.width(text, font))
    }
}

/// The CSS font shorthand for `font` in `family`: `bold 13px Roboto`.
pub fn css_font(font: Font, family: &str) -> String {
    let mut css = String::with_capacity(family.len() + 16);
    if font.weight == Weight::Bold {
        css.push_str("bold ");
    }
    // To a thousandth of a pixel, without float formatting (issue 15).
    crate::scale::format::push_decimal(&mut css, font.size_px, 3);
    css.push_str("px ");
    css.push_str(family);
    css
}

/// A [`TextWidths`] and its engine as the layout's [`TextMeasure`].
pub struct Measured<'a, M: ?Sized> {
    raw: &'a M,
    widths: RefCell<&'a mut TextWidths>,
}

impl<'a, M: RawMeasure + ?Sized> Measured<'a, M> {
    /// Widths from `widths`, measured by `raw` when new.
    pub fn new(raw: &'a M, widths: &'a mut TextWidths) -> Measured<'a, M> {
        Measured {
            raw,
            widths: RefCell::new(widths),
        }
    }
}

impl<M: RawMeasure + ?Sized> TextMeasure for Measured<'_, M> {
    fn width(&self, text: &str, font: Font) -> f64 {
        match self.widths.try_borrow_mut() {
            Ok(mut widths) => widths.width(self.raw, text, font),
            // Never re-entered by the layout; estimated rather than panic.
            Err(_) => EstimateMeasure.width(text, font),
        }
    }
}

//! Any bytes → validate → shares, table → layout at a width (and sometimes
//! a height) derived from the input → picking → SVG. Nothing may panic;
//! valid data must keep the Scene's promises; the SVG must hold no element
//! or character that data could have smuggled in. The body and its checks
//! are `render_input` in `tests/common/invariants.rs`, shared with the
//! property tests and with `tests/fuzz_corpus.rs`, which replays the corpus
//! in `make test`.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| common::invariants::render_input(data));

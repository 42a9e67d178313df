//! Picking on valid, seed-like data of every kind, with counts, totals,
//! omitted tiers, width, height, decimals and pointer positions read from
//! the input: `hit_test` never panics, and whatever it returns lies within
//! `PICK_RADIUS_PX` of the point; every segment's centre picks its own datum
//! (or a mark painted over it). The body and its checks are `hit_test_input`
//! in `tests/common/invariants.rs`, shared with the property tests and with
//! `tests/fuzz_corpus.rs`, which replays `fuzz/seeds/hit_test/` in `make test`.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| common::invariants::hit_test_input(data));

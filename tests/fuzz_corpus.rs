//! The fuzz targets' corpus, replayed without libFuzzer (`fuzz/README.md`):
//! every input the `render` target is seeded with (the valid and invalid
//! fixtures, among them every crash the fuzzer found, and the examples)
//! and the committed `hit_test` seeds run through the same function as the
//! target (`tests/common/invariants.rs`), so `make test` fails when a seed
//! would crash the fuzzer at once.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::invariants::{hit_test_input, render_input};
use std::path::PathBuf;

/// The files directly in each of `dirs` (relative to the crate root), sorted.
fn files(dirs: &[&str]) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = dirs
        .iter()
        .flat_map(|d| std::fs::read_dir(common::root().join(d)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths
}

/// Runs `target` on every file, and names the files it panicked on.
fn replay(paths: &[PathBuf], target: fn(&[u8])) {
    let failed: Vec<String> = paths
        .iter()
        .filter(|p| {
            let bytes = std::fs::read(p).unwrap();
            std::panic::catch_unwind(|| target(&bytes)).is_err()
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} inputs fail the fuzz target:\n{}",
        failed.len(),
        paths.len(),
        failed.join("\n")
    );
}

#[test]
fn render_corpus_keeps_the_invariants() {
    // What fuzz/run.sh seeds the render corpus with.
    let paths = files(&[
        "tests/fixtures/valid",
        "tests/fixtures/invalid",
        "www/examples",
    ]);
    // 15 valid fixtures, 78 invalid ones and 8 examples today: an emptied
    // folder must not pass.
    assert!(paths.len() >= 101, "{} render seeds", paths.len());
    replay(&paths, render_input);
}

#[test]
fn hit_test_corpus_keeps_the_invariants() {
    let paths = files(&["fuzz/seeds/hit_test"]);
    assert!(
        paths.len() >= HIT_TEST_SEEDS,
        "{} hit_test seeds",
        paths.len()
    );
    replay(&paths, hit_test_input);
}

/// The committed seeds of the `hit_test` target today: two per kind.
const HIT_TEST_SEEDS: usize = 18;

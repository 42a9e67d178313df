#!/usr/bin/env bash
# Builds the wasm packages into pkg/: cargo (release, wasm32) → wasm-bindgen
# (ES module + TypeScript types) → wasm-opt -Oz (binaryen from npm) → short
# import and export names (scripts/short-names.mjs). Three builds of one crate:
#   pkg/rating_chart.js (+ _bg.wasm)         everything: the developers' API,
#                                            the editor, SVG export, messages
#   pkg/rating_chart_reader.js (+ _bg.wasm)  what a reader's page loads for its
#                                            charts (--no-default-features: no
#                                            message words, no SVG export, only
#                                            stacked and diverging bars)
#   pkg/rating_chart_kinds.js (+ _bg.wasm)   the reader's module with every
#                                            kind (--features all-kinds): the
#                                            host draws donut, waffle, trend…
#                                            with it, without the full module's
#                                            words and SVG export
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '==> %s\n' "$*"; }

# Both are built with a nightly pinned by date (scripts/wasm-toolchain,
# installed by scripts/setup.sh) that rebuilds the standard library for size
# (-Zbuild-std with optimize_for_size) and aborts on a panic without
# formatting it (-Cpanic=immediate-abort; the host already treats any trap
# as "this chart failed"): about 14 KB gzip less. The reader's module also
# drops Debug formatting and panic locations (-Zfmt-debug=none,
# -Zlocation-detail=none): nothing it shows is written with Debug. Each
# build has its own target directory (their flags differ).
nightly=$(cat scripts/wasm-toolchain)
base_flags="-Cpanic=immediate-abort -Zunstable-options"

# One build: $1 = output name, $2 = extra RUSTFLAGS, the rest = cargo flags.
# WASM_ONLY=NAME builds only that product (e.g. WASM_ONLY=rating_chart_reader
# while measuring the reader's module); the default builds all three.
build() {
  local name=$1 flags=$2
  shift 2
  if [ -n "${WASM_ONLY:-}" ] && [ "$WASM_ONLY" != "$name" ]; then return; fi
  local dir="target/wasm-$name"
  say "cargo +$nightly build --release --target wasm32-unknown-unknown $* → pkg/$name"
  RUSTFLAGS="$base_flags $flags" CARGO_TARGET_DIR="$dir" \
    cargo "+$nightly" build --quiet --release --lib --target wasm32-unknown-unknown \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size "$@"
  wasm-bindgen --target web --out-dir pkg --out-name "$name" \
    "$dir/wasm32-unknown-unknown/release/rating_chart.wasm"
  # Rust's wasm32 target emits these post-MVP features; wasm-opt must accept them.
  # --converge repeats -Oz while it still shrinks the module;
  # --low-memory-unused lets it fold constant offsets into loads and stores
  # by assuming the first 1 KB of memory is never used, which holds for
  # Rust's layout (data from 1 MB up; the 1 MB stack below it, which our
  # bounded recursion never comes near exhausting): 1.3 KB gzip less.
  # --strip-target-features drops the custom section that lists the
  # features (148 B; no browser reads it, wasm-bindgen already has): 0.1 KB.
  node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused --strip-debug --strip-producers --strip-target-features \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "pkg/${name}_bg.wasm" -o "pkg/${name}_bg.wasm"
  # Imports and exports renamed to a letter or two, in the .wasm and its glue
  # alike (wasm-bindgen's names carry 16-digit hashes that do not compress):
  # 1.5 KB gzip less in the reader's .wasm, 0.8 KB in the host script.
  node scripts/short-names.mjs "pkg/$name"
  local raw gz
  raw=$(wc -c < "pkg/${name}_bg.wasm")
  gz=$(gzip -9 -c "pkg/${name}_bg.wasm" | wc -c)
  say "pkg/${name}_bg.wasm: $raw bytes, $gz gzip -9"
}

build rating_chart_reader "-Zfmt-debug=none -Zlocation-detail=none" --no-default-features
build rating_chart_kinds "-Zfmt-debug=none -Zlocation-detail=none" --no-default-features --features all-kinds
build rating_chart ""

# pkg/ is an ES module package with TypeScript types, private: the npm
# package rating-chart is built from it by `make package` (scripts/package.mjs).
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
cat > pkg/package.json <<JSON
{
  "name": "rating-chart-wasm",
  "private": true,
  "version": "$version",
  "description": "Rating-data charts for newsrooms: validation, layout and canvas/SVG drawing in WebAssembly.",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "rating_chart.js",
  "module": "rating_chart.js",
  "types": "rating_chart.d.ts",
  "files": ["rating_chart.js", "rating_chart.d.ts", "rating_chart_bg.wasm", "rating_chart_bg.wasm.d.ts",
    "rating_chart_reader.js", "rating_chart_reader.d.ts", "rating_chart_reader_bg.wasm", "rating_chart_reader_bg.wasm.d.ts",
    "rating_chart_kinds.js", "rating_chart_kinds.d.ts", "rating_chart_kinds_bg.wasm", "rating_chart_kinds_bg.wasm.d.ts"],
  "sideEffects": false
}
JSON

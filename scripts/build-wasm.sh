#!/usr/bin/env bash
# Builds the wasm package into pkg/: cargo (release, wasm32) → wasm-bindgen
# (ES module + TypeScript types) → wasm-opt -Oz (binaryen from npm).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '==> %s\n' "$*"; }

say "cargo build --release --target wasm32-unknown-unknown"
cargo build --quiet --release --lib --target wasm32-unknown-unknown
say "wasm-bindgen → pkg/"
wasm-bindgen --target web --out-dir pkg --out-name rating_chart \
  target/wasm32-unknown-unknown/release/rating_chart.wasm
say "wasm-opt -Oz"
# Rust's wasm32 target emits these post-MVP features; wasm-opt must accept them.
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  pkg/rating_chart_bg.wasm -o pkg/rating_chart_bg.wasm
# pkg/ is an npm-publishable ES module package with TypeScript types.
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
cat > pkg/package.json <<JSON
{
  "name": "rating-chart",
  "version": "$version",
  "description": "Rating-data charts for newsrooms: validation, layout and canvas/SVG drawing in WebAssembly.",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "rating_chart.js",
  "module": "rating_chart.js",
  "types": "rating_chart.d.ts",
  "files": ["rating_chart.js", "rating_chart.d.ts", "rating_chart_bg.wasm", "rating_chart_bg.wasm.d.ts"],
  "sideEffects": false
}
JSON
raw=$(wc -c < pkg/rating_chart_bg.wasm)
gz=$(gzip -9 -c pkg/rating_chart_bg.wasm | wc -c)
say "pkg/rating_chart_bg.wasm: $raw bytes, $gz gzip -9"

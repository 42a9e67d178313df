#!/usr/bin/env bash
# Copies what a CDN needs into dist/rating-chart-VERSION/ (www/ and pkg/ side
# by side, as the embed code expects). The version in the path lets every
# file be cached for a long time; a new release gets a new path.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
out="dist/rating-chart-$version"
rm -rf "$out"
mkdir -p "$out/www" "$out/pkg"
cp www/rating-chart.css www/frame.html www/frame.css www/frame.js \
   www/frame-resize.js www/rating-data.schema.json "$out/www/"
cp pkg/rating_chart_bg.wasm pkg/rating_chart.d.ts pkg/rating_chart_bg.wasm.d.ts \
   pkg/rating_chart_reader_bg.wasm pkg/rating_chart_reader.d.ts pkg/rating_chart_reader_bg.wasm.d.ts \
   pkg/rating_chart_kinds_bg.wasm pkg/rating_chart_kinds.d.ts pkg/rating_chart_kinds_bg.wasm.d.ts \
   pkg/package.json "$out/pkg/"
# The script on the way to a first chart, minified by esbuild (from npm):
# the host, www/rating-chart.js with its modules in www/host/ and the
# reader's wasm glue, becomes one ES module of the same name and exports
# (scripts/bundle.mjs; it finds the wasm package at '../pkg/' from its own
# address, as the sources do). Each glue module stays a file of its own as
# well, minified: the kinds and full modules' (loaded on demand), and the
# reader's for a fresh instance after a trap.
node scripts/bundle.mjs "$out/www/rating-chart.js"
esbuild=node_modules/.bin/esbuild
for glue in rating_chart_reader rating_chart_kinds rating_chart; do
  "$esbuild" "pkg/$glue.js" --format=esm --target=es2020 --minify \
    --legal-comments=none --log-level=warning --outfile="$out/pkg/$glue.js"
done
echo "==> $out ready to upload (serve .wasm as application/wasm, with Access-Control-Allow-Origin for other sites)"

#!/usr/bin/env bash
# Copies what a CDN needs into dist/rating-chart-VERSION/ (www/ and pkg/ side
# by side, as the embed code expects), the embed's scripts minified. The version in the path lets every
# file be cached for a long time; a new release gets a new path.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
out="dist/rating-chart-$version"
rm -rf "$out"
mkdir -p "$out/www" "$out/pkg"
cp www/rating-chart.js www/rating-chart.css www/frame.html www/frame.css www/frame.js \
   www/frame-resize.js www/rating-data.schema.json "$out/www/"
cp pkg/rating_chart.js pkg/rating_chart_bg.wasm pkg/rating_chart.d.ts \
   pkg/rating_chart_bg.wasm.d.ts pkg/package.json "$out/pkg/"
# The two scripts on the way to a first chart minified (terser, from npm;
# plain JavaScript, no binary): what a reader downloads shrinks by about
# 8 KB gzip. The rest is copied as written.
for f in www/rating-chart.js pkg/rating_chart.js; do
  node_modules/.bin/terser "$f" --module --ecma 2020 --compress --mangle --output "$out/$f"
done
echo "==> $out ready to upload (serve .wasm as application/wasm, with Access-Control-Allow-Origin for other sites)"

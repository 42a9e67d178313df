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
cp www/rating-chart.js www/rating-chart.css www/frame.html www/frame.css www/frame.js \
   www/frame-resize.js www/rating-data.schema.json "$out/www/"
cp pkg/rating_chart.js pkg/rating_chart_bg.wasm pkg/rating_chart.d.ts \
   pkg/rating_chart_bg.wasm.d.ts pkg/package.json "$out/pkg/"
echo "==> $out ready to upload (serve .wasm as application/wasm, with Access-Control-Allow-Origin for other sites)"

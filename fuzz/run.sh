#!/usr/bin/env bash
# Runs both fuzz targets for a bounded time each, in one process, at low priority.
#   bash fuzz/run.sh [SECONDS_PER_TARGET]   (default 60)
# Seeds the render corpus with every fixture and example, the hit_test
# corpus with seeds/hit_test/ (tests/fuzz_corpus.rs replays both in make test). Crashing inputs
# land in fuzz/artifacts/TARGET/; turn each into a fixture under
# tests/fixtures/ (with its row in tests/validate.rs) before fixing it.
# cargo-fuzz needs nightly features: RUSTC_BOOTSTRAP=1 lets stable build.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
if ! command -v cargo-fuzz >/dev/null 2>&1; then
  echo "==> cargo install cargo-fuzz --locked"
  cargo install cargo-fuzz --locked
fi
mkdir -p corpus/render corpus/hit_test
cp ../tests/fixtures/valid/*.json ../tests/fixtures/invalid/*.json ../www/examples/*.json corpus/render/
cp seeds/hit_test/* corpus/hit_test/
export RUSTC_BOOTSTRAP=1
for target in render hit_test; do
  echo "==> fuzz $target for ${seconds}s"
  dict=()
  [ "$target" = render ] && dict=(-dict=render.dict)
  nice -n 10 cargo fuzz run -O "$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -max_len=65536 -print_final_stats=1 "${dict[@]}"
done

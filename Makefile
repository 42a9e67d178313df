# The two commands of this repository (see README.md):
#   make run    build the wasm package and serve the demo on http://127.0.0.1:$(PORT)/
#   make test   run every test: lint, native, wasm in headless Chromium, browser end-to-end
# Both install what is missing first and are quick when it is all there.

SHELL := /bin/bash
PORT ?= 8080
WASM_TEST_ENV := CHROMEDRIVER=$${CHROMEDRIVER:-/usr/bin/chromedriver} \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner

.PHONY: run test build dist package lint test-native test-wasm test-e2e schema golden generated

run:
	@bash scripts/setup.sh build
	@bash scripts/build-wasm.sh
	@node scripts/serve.mjs --port $(PORT)

test:
	@bash scripts/setup.sh test
	@$(MAKE) --no-print-directory lint test-native test-wasm dist test-e2e
	@echo "==> all tests passed"

build:
	@bash scripts/build-wasm.sh

# A CDN-ready copy in dist/rating-chart-VERSION/ (www/ and pkg/ side by side):
# the host (www/rating-chart.js and its modules in www/host/) bundled and
# minified by esbuild into one file of the same name.
dist:
	@bash scripts/setup.sh build
	@bash scripts/build-wasm.sh
	@bash scripts/dist.sh

# The npm package (README "Install from npm"): target/npm/rating-chart/
# and its tarball target/npm/rating-chart-VERSION.tgz (`npm pack`).
# tests/e2e/package.test.mjs builds it again from pkg/ and www/ and checks it.
package:
	@bash scripts/setup.sh build
	@bash scripts/build-wasm.sh
	@node scripts/package.mjs

lint:
	@echo "==> cargo fmt --check, clippy (native, wasm32, and the reader's wasm32 build)"
	cargo fmt --all -- --check
	cargo clippy --quiet --all-targets -- -D warnings
	cargo clippy --quiet --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --quiet --lib --target wasm32-unknown-unknown --no-default-features -- -D warnings
	@echo "==> the fuzz targets build (fuzz/, a workspace of its own; stable, no libFuzzer run)"
	cargo fmt --manifest-path fuzz/Cargo.toml -- --check
	cargo clippy --quiet --manifest-path fuzz/Cargo.toml --bins -- -D warnings

test-native:
	@echo "==> native tests (cargo test)"
	cargo test --quiet

test-wasm:
	@echo "==> wasm tests in headless Chromium (wasm-bindgen-test)"
	$(WASM_TEST_ENV) cargo test --target wasm32-unknown-unknown --test web

# The browser tests, named one by one (node 21+ takes no folder after
# --test); fails when fewer than E2E_AT_LEAST passed (108 on 2026-12-07,
# the npm package's 9 in package.test.mjs, the editor's story flow 1, the
# reader's kinds 1, no float formatting in the reader 1, the kind known
# before the first fetch 3; 126 on 2026-12-07 (4): the canvas fonts'
# warm-up 1, hover without a repaint 1; 132 on 2026-12-07 (6): the static
# copy's swap with the stylesheet (--no-style) 2, the default code under a
# strict CSP 1, the README's CSP hash for it 1, the bench report renders 1, a copy in a 160 px column 1);
# 138 on 2026-12-07 (7): the error box's words on demand 1, the swap at
# 480 px (the new default copy) 2, no shift at 15 column widths for 3 examples 3;
# 139: a story's chart drawn by the kinds module 1; 140: no shift at 15
# widths for the seed in French 1; 142 on 2026-12-07 (8): a preloaded
# module compiled as the host script runs 1, the fonts warmed only while
# the module downloads 1; 143: no shift at 15 widths for a chart of one group 1;
# 144: no ancestor text decoration through the parts 1; 145: the margin under
# the tools kept while a chart is drawn again 1; 149 on 2026-12-08: the
# modules' short import and export names 3, the script that gives them 1.
E2E_AT_LEAST := 149
NODE ?= node
test-e2e:
	@echo "==> browser end-to-end tests (Playwright + Debian chromium)"
	$(NODE) scripts/test-e2e.mjs --at-least $(E2E_AT_LEAST) tests/e2e/*.test.mjs

# Fuzz both targets (see fuzz/README.md): FUZZ_SECONDS each, one process,
# niced; crashing inputs become fixtures. Not part of `make test`, which
# builds the targets (lint), replays their seed corpus (tests/fuzz_corpus.rs)
# and runs the property tests (tests/properties.rs) with the same checks.
FUZZ_SECONDS ?= 60
.PHONY: fuzz
fuzz:
	bash fuzz/run.sh $(FUZZ_SECONDS)

# Regenerate the published JSON Schema from the Rust types.
schema:
	cargo run --quiet -- schema > www/rating-data.schema.json

# Regenerate the files generated from the Rust core (each test checks its
# file and rewrites it under UPDATE_GENERATED=1): www/host/constants.js
# (layout sizes and chart kinds) and www/host/words.js (the host's words).
# src/embed/advances.rs (the fonts' advances) and the static rules of
# www/rating-chart.css come from tests/embed.rs.
GENERATED_TESTS := host_constants host_words embed
generated:
	UPDATE_GENERATED=1 cargo test --quiet $(addprefix --test ,$(GENERATED_TESTS))

# Regenerate the golden SVG files after an intended rendering change.
golden:
	UPDATE_GOLDEN=1 cargo test --quiet --test golden --test kinds

# Benchmark against Chart.js and a bare canvas (issue 7; see bench/README.md).
# Prints PASS/FAIL against the budgets; fails only if it cannot measure.
.PHONY: bench
bench:
	@bash scripts/setup.sh test
	@bash scripts/build-wasm.sh
	@bash scripts/dist.sh
	@echo "==> cargo build --release (native CLI)"
	@cargo build --quiet --release --bin rating-chart
	@node bench/run.mjs

#!/usr/bin/env bash
# Installs what the build (and, with "test", the browser tests) needs, only
# where it is missing. Idempotent; quick when everything is there.
#
#   scripts/setup.sh build   # wasm32 target, wasm-bindgen CLI, npm tools (wasm-opt, esbuild)
#   scripts/setup.sh test    # the above + Debian's chromium and chromium-driver
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-build}"

say() { printf '==> %s\n' "$*"; }
need_root() {
  # Runs a command as root, or explains exactly what to run.
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo "$@"
  else
    echo "error: this step needs root. Run it yourself, then try again:" >&2
    echo "    sudo $*" >&2
    exit 1
  fi
}

for tool in cargo rustup node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    case "$tool" in
      node|npm) echo "error: $tool not found. Install Node.js 20 or newer with npm (e.g. 'sudo apt-get install nodejs npm')." >&2 ;;
      *) echo "error: $tool not found. Install Rust with rustup (https://rustup.rs)." >&2 ;;
    esac
    exit 1
  fi
done

# Node.js 20 or newer: the test runner's reporters and the browser tests are
# tested on Debian's Node 20 and on Node 26 (the current LTS).
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "error: Node.js $(node --version) is too old: rating-chart needs Node.js 20 or newer (tested: 20 and 26)." >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The wasm modules a page downloads are built with a nightly pinned by date
# (scripts/wasm-toolchain) that rebuilds the standard library for size
# (-Zbuild-std, see scripts/build-wasm.sh): it needs rust-src and the wasm32
# target. Everything else (tests, clippy, the CLI) uses the stable toolchain.
nightly=$(cat scripts/wasm-toolchain)
if ! rustup run "$nightly" rustc --version >/dev/null 2>&1 \
   || ! rustup component list --toolchain "$nightly" --installed 2>/dev/null | grep -q '^rust-src' \
   || ! rustup target list --toolchain "$nightly" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "installing the Rust toolchain $nightly (rust-src, wasm32) for the size-optimised wasm build"
  rustup toolchain install "$nightly" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

# The wasm-bindgen CLI must be exactly the version of the library in Cargo.lock.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ -z "$want" ]; then
  echo "error: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes a few minutes once"
  # No --locked: a pinned dependency of the CLI is missing from the registry.
  cargo install wasm-bindgen-cli --version "$want"
fi

# npm tools: binaryen (wasm-opt), esbuild, playwright-core, and for the npm
# package's test vite, svelte, typescript and @types/react, pinned in package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] || [ ! -d node_modules/playwright-core ] \
   || [ ! -d node_modules/vite ] || [ ! -d node_modules/typescript ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$mode" = test ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    say "installing Debian's chromium and chromium-driver"
    need_root apt-get update -qq
    need_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  fi
fi
say "tools ready"

#!/usr/bin/env bash
# Install what Sikte's build and tests need, skipping what is already there.
# Usage: scripts/setup.sh [--browser] [--node]
#   --browser  Chromium + ChromeDriver (Debian packages), for the browser tests
#   --node     the npm dev tools (package-lock.json): esbuild, binaryen, pdfjs-dist, playwright-core
#   --python   Python 3.11 or later (Debian package), for the evaluation sets' generators
#   --fuzz     a nightly toolchain and cargo-fuzz, for scripts/fuzz.sh; when either cannot be
#              installed (offline), a warning only: scripts/fuzz.sh then runs the seed tests on stable
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130   # must equal the `wasm-bindgen = "=..."` pin in crates/wasm/Cargo.toml

say() { printf '\033[1m== %s\033[0m\n' "$*"; }
want() { for a in "${@:2}"; do [ "$a" = "$1" ] && return 0; done; return 1; }

if ! command -v cargo >/dev/null; then
  echo "cargo not found: install Rust with rustup (https://rustup.rs) and run this again" >&2
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes a few minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if want --browser "$@"; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Chromium and ChromeDriver (Debian packages)"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi

if want --python "$@"; then
  if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "installing Python 3 (Debian package; the evaluation sets' generators need 3.11 or later for tomllib)"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3 >/dev/null
  fi
fi

if want --node "$@"; then
  if ! command -v node >/dev/null; then
    echo "node not found: install Node.js 20 or later and run this again" >&2
    exit 1
  fi
  lock=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat node_modules/.sikte-lock 2>/dev/null)" != "$lock" ]; then
    say "installing the npm dev tools (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$lock" > node_modules/.sikte-lock
  fi
fi

if want --fuzz "$@"; then
  if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    say "installing a nightly toolchain (for cargo-fuzz)"
    rustup toolchain install nightly --profile minimal \
      || echo "setup: could not install nightly; scripts/fuzz.sh will run the seed tests on stable" >&2
  fi
  if ! command -v cargo-fuzz >/dev/null; then
    say "installing cargo-fuzz (takes a few minutes)"
    cargo install cargo-fuzz \
      || echo "setup: could not install cargo-fuzz; scripts/fuzz.sh will run the seed tests on stable" >&2
  fi
fi

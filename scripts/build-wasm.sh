#!/usr/bin/env bash
# Build the WebAssembly core into pkg/ (generated, committed so that the
# repository can be served as the site without a Rust toolchain).
# Usage: scripts/build-wasm.sh [OUT_DIR]   (default: pkg)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-pkg}
# Paths are remapped so that the module is the same bytes whatever folder
# the repository is in.
# The module's memory is capped at 512 MiB (--max-memory): a file that would
# need more traps its worker, which the page replaces, flagging the file.
export RUSTFLAGS="--remap-path-prefix=$PWD=sikte --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=cargo -C link-arg=--max-memory=536870912"
cargo build --quiet -p sikte-wasm --target wasm32-unknown-unknown --profile wasm --target-dir target/wasm-build
mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" target/wasm-build/wasm32-unknown-unknown/wasm/sikte_wasm.wasm
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$out/sikte_wasm_bg.wasm" -o "$out/sikte_wasm_bg.wasm"
cat > "$out/README.md" <<'MD'
# Generated: do not edit

wasm-bindgen output for `crates/wasm`, built by `scripts/build-wasm.sh`
(release profile `wasm`, then `wasm-opt -Oz`). It is committed so that the
repository can be served as the site without a Rust toolchain; the test
command rebuilds it and fails if these files are stale.
MD

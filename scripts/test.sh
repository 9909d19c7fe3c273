#!/usr/bin/env bash
# Every test Sikte has: formatting, lints, the Rust tests (core, extraction,
# CLI), and the WebAssembly build's tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUST_BACKTRACE=0 CARGO_TERM_COLOR=never
bash scripts/setup.sh --browser

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "formatting (cargo fmt --check)"
cargo fmt --all -- --check

step "lints (cargo clippy)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "Rust tests: core, extraction, CLI"
cargo test --workspace --quiet

step "WebAssembly tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test -p sikte-wasm --target wasm32-unknown-unknown --quiet

step "all tests passed"

#!/usr/bin/env bash
# Every test Sikte has: formatting, lints, the Rust tests (core, extraction,
# CLI), the accuracy evaluation, the WebAssembly build's tests in headless Chromium, the check that
# the committed generated files (pkg/, www/vendor/, demo/manifest.json) are
# fresh, and the page's end-to-end tests (served and single-file).
set -euo pipefail
cd "$(dirname "$0")/.."
export RUST_BACKTRACE=0 CARGO_TERM_COLOR=never
# One clean run needs no incremental build caches; they only take disk.
export CARGO_INCREMENTAL=0
df -h . | awk 'NR == 2 { print "disk: " $4 " free on " $6 }'
bash scripts/setup.sh --browser --node --python

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "formatting (cargo fmt --check)"
cargo fmt --all -- --check

step "lints (cargo clippy)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "Rust tests: core, extraction, CLI"
cargo test --workspace --quiet

step "accuracy: the labelled evaluation set (eval/), and the shared corpus when present"
# Fails when pass precision is below 100 % or the false review rate above 5 %,
# or when a corpus file crashes or is lost.
corpus=()
if [ -d ../shared/corpus/cvs ]; then corpus=(--corpus ../shared/corpus); else echo "(../shared/corpus not present: corpus run skipped)"; fi
cargo run --release --quiet -p sikte-cli -- eval "${corpus[@]}"
# The held-out sets (eval-holdout/ to eval-holdout35/): written without looking
# at the rules. Only their pass precision is enforced; their false review
# rates are a measure, not a target.
cargo run --release --quiet -p sikte-cli -- eval eval-holdout --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout2 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout3 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout4 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout5 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout6 --max-false-review 1
# eval-holdout7/: one false pass by design. Its matros line "Gyldig
# helseerklæring for arbeidstakere på skip" is about health, which Sikte never
# reads (PRODUCT.md invariant 6): the line is left to a person, so a candidate
# whose seafarer's medical certificate has expired, and who meets everything
# else, is shown as meeting all but that line. Any other false pass fails.
cargo run --release --quiet -p sikte-cli -- eval eval-holdout7 --max-false-review 1 --min-precision 0.9
cargo run --release --quiet -p sikte-cli -- eval eval-holdout8 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout9 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout10 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout11 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout12 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout13 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout14 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout15 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout16 --max-false-review 1
# eval-holdout17/: one false pass by design, as in eval-holdout7/: the air
# traffic controller's "Gyldig medisinsk sertifikat klasse 3" is about health,
# left to a person, so the candidate whose medical has run out is shown as
# meeting all but that line. Any other false pass fails.
cargo run --release --quiet -p sikte-cli -- eval eval-holdout17 --max-false-review 1 --min-precision 0.75
cargo run --release --quiet -p sikte-cli -- eval eval-holdout18 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout19 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout20 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout21 --max-false-review 1
# eval-holdout22/: one false pass by design, as in eval-holdout7/: the deck
# officer's "Giltigt läkarintyg för sjöpersonal" is about health, left to a
# person, so the candidate whose seafarer's medical has run out is shown as
# meeting all but that line. Any other false pass fails.
cargo run --release --quiet -p sikte-cli -- eval eval-holdout22 --max-false-review 1 --min-precision 0.85
cargo run --release --quiet -p sikte-cli -- eval eval-holdout23 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout24 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout25 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout26 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout27 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout28 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout29 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout30 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout31 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout32 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout33 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout34 --max-false-review 1
cargo run --release --quiet -p sikte-cli -- eval eval-holdout35 --max-false-review 1

step "evaluation sets are fresh: each generator run twice elsewhere, byte-identical to its folder"
# A label or CV edited by hand in eval*/ instead of in its generator is
# refused here (scripts/eval/make_*.py --verify).
for gen in scripts/eval/make_eval.py scripts/eval/make_holdout.py $(ls scripts/eval/make_holdout[0-9]*.py | sort -V); do
  python3 "$gen" --verify | tail -n 1
done

step "WebAssembly tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test -p sikte-wasm --target wasm32-unknown-unknown

step "generated files are fresh (pkg/, www/vendor/, demo/manifest.json)"
rm -rf target/pkg-check
bash scripts/build-wasm.sh target/pkg-check
if ! diff -r pkg target/pkg-check; then
  echo "pkg/ is stale: run scripts/build-wasm.sh and commit pkg/" >&2
  exit 1
fi
node scripts/build-page.mjs --check

step "page: single-file build, then end-to-end tests in headless Chromium"
node scripts/build-page.mjs
cargo build --release --quiet -p sikte-cli
node --test --test-concurrency=1 tests/e2e/

step "fuzzing: every target for 20 s (cargo-fuzz on nightly; else over its seeds on stable)"
bash scripts/setup.sh --fuzz
bash scripts/fuzz.sh 20

step "all tests passed"

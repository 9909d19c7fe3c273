#!/usr/bin/env bash
# Run every fuzz target for SECONDS each (default 30), bounded in time and
# memory, with cargo-fuzz on a nightly toolchain. Without cargo-fuzz or
# nightly, run every target over its seed corpus as plain tests on stable.
# Safe to run again: the corpus in fuzz/corpus/ grows, nothing else changes.
#
#   bash scripts/fuzz.sh [SECONDS]
#
# Exit status: 0 when no target crashed; 1 when one did (its input is in
# fuzz/artifacts/<target>/; see fuzz/README.md for what to do with it).
set -uo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
targets=(requirement_lines docx normalize dates screen)

have_nightly() {
  command -v rustup >/dev/null 2>&1 && rustup run nightly rustc --version >/dev/null 2>&1
}

if ! command -v cargo-fuzz >/dev/null 2>&1 || ! have_nightly; then
  echo "fuzz: cargo-fuzz or a nightly toolchain is missing; running every target over fuzz/seeds/ as tests instead"
  echo "fuzz: (to fuzz for real: cargo install cargo-fuzz && rustup toolchain install nightly --profile minimal)"
  (cd fuzz && cargo test --lib --no-default-features --quiet)
  exit $?
fi

echo "fuzz: building the targets (cargo +nightly fuzz build)"
cargo +nightly fuzz build || exit 1

failed=()
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  case "$t" in
    docx) dict=fuzz/dicts/docx.dict ;;
    *) dict=fuzz/dicts/cv.dict ;;
  esac
  echo "fuzz: $t for ${seconds} s"
  # The first corpus folder receives what libFuzzer finds; the seeds are only read.
  if ! cargo +nightly fuzz run "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -dict="$dict" \
      -print_final_stats=1 2>"fuzz/$t.log"; then
    failed+=("$t")
    tail -40 "fuzz/$t.log"
  else
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done)' "fuzz/$t.log" | sed "s/^/fuzz: $t: /"
  fi
  rm -f "fuzz/$t.log"
done

if ((${#failed[@]})); then
  echo "fuzz: crashed: ${failed[*]} (inputs in fuzz/artifacts/)"
  exit 1
fi
echo "fuzz: ${#targets[@]} passed, 0 failed"

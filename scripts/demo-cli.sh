#!/usr/bin/env bash
# The command-line demo: build the sikte CLI and screen the five demo jobs,
# one per language (bokmål, nynorsk, Swedish, Danish, English), each with its
# own requirements and CVs in mixed formats (see demo/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release --quiet -p sikte-cli
for job in demo/*/; do
  job=${job%/}
  printf '\n\033[1m######## %s ########\033[0m\n\n' "$(basename "$job")"
  ./target/release/sikte screen --requirements "$job/requirements.txt" --today 2026-11-27 "$job/cvs"
done
printf '\nJSON for one job: ./target/release/sikte screen -r demo/paedagog/requirements.txt --format json demo/paedagog/cvs\n'

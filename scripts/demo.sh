#!/usr/bin/env bash
# Serve Sikte's page on localhost with the bundled demo: open the address it
# prints and press "Try the demo" (demo requirements and CVs in several
# languages). Everything runs in your browser; nothing is uploaded.
# Needs only Node.js: the WebAssembly core (pkg/) and pdf.js (www/vendor/)
# are committed. The command-line demo is scripts/demo-cli.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null; then
  echo "node not found: install Node.js 20 or later (or serve this folder with any static web server)" >&2
  exit 1
fi
exec node scripts/serve.mjs --port "${PORT:-8080}"

#!/usr/bin/env bash
# Benchmark `obslint lsp` re-checking a package of 12,000 lines as an editor
# changes it, beside `obslint ./big` on the same package.
#
#   bench/lsp.sh [EDITS] [LINES]
#
# Prints the time to the first diagnostics after didOpen, the median and
# maximum time from each didChange to that version's publishDiagnostics,
# the server's memory (VmRSS over the edits, VmHWM at the end), and the
# command line's median wall time. See bench/lsp/main.go.
set -euo pipefail
cd "$(dirname "$0")/.."
exec go run ./bench/lsp -edits "${1:-100}" -lines "${2:-12000}" ${OBSLINT:+-obslint "$OBSLINT"}

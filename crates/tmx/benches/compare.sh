#!/usr/bin/env bash
# Tool-level benchmark: writes the synthetic en–ru memory (benches/synthetic.rs) with
# examples/generate.rs, then times `steppe tmx stats`, `merge`, `convert` (TSV to TMX) and
# translate-toolkit reading the same file,
# with /usr/bin/time (wall, CPU, peak RSS). Prints the machine and date first.
#
# Usage (from anywhere): crates/tmx/benches/compare.sh [UNITS]   (default 200000)
# Environment: CARGO_TARGET_DIR (default target), STEPPE_TTK_PYTHON (default .venv/bin/python).
set -euo pipefail
cd "$(dirname "$0")/../../.."
units="${1:-200000}"
target="${CARGO_TARGET_DIR:-target}"
file="${TMPDIR:-/tmp}/steppe-bench-$units.tmx"
cargo build --release -q -p steppe-cli
cargo build --release -q -p steppe-tmx --example generate
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine: $(nproc) cores,$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2), load $(cut -d' ' -f1-3 /proc/loadavg)"
"$target/release/examples/generate" "$file" "$units"
/usr/bin/time -f "steppe tmx stats: %e s wall, %U s user, %S s system, %M KiB peak RSS" \
  "$target/release/steppe" tmx stats "$file" > /dev/null
/usr/bin/time -f "steppe tmx merge: %e s wall, %U s user, %S s system, %M KiB peak RSS" \
  "$target/release/steppe" tmx merge "$file" -o "$file.merged.tmx"
"$target/release/steppe" tmx convert "$file" -o "$file.tsv" 2> /dev/null
/usr/bin/time -f "steppe tmx convert TSV to TMX: %e s wall, %U s user, %S s system, %M KiB peak RSS" \
  "$target/release/steppe" tmx convert "$file.tsv" -o "$file.converted.tmx" --src-lang en --tgt-lang ru
rm -f "$file.merged.tmx" "$file.tsv" "$file.converted.tmx"
python="${STEPPE_TTK_PYTHON:-.venv/bin/python}"
if [ -x "$python" ]; then
  /usr/bin/time -f "translate-toolkit: %e s wall, %U s user, %S s system, %M KiB peak RSS" \
    "$python" crates/tmx/tests/ttk_read.py "$file" en ru > /dev/null
else
  echo "translate-toolkit: skipped ($python not found)"
fi
rm -f "$file"

#!/usr/bin/env bash
# Whole-process speed of `steppe tmx stats` and `tmx validate` against the bare single-threaded
# quick-xml pass (examples/bare_quick_xml.rs: unescape every segment, pair the languages) on the
# synthetic en–ru memory (benches/synthetic.rs, ~600 bytes a unit). Each command runs RUNS times
# under /usr/bin/time (wall, user, system); steppe once on one thread (RAYON_NUM_THREADS=1: the
# sequential reader) and once on all cores (the file split at <tu> and read in parallel). The
# machine is shared: compare user+sys (CPU) as well as wall time, and note the load.
#
# Usage (from anywhere): crates/tmx/benches/stats-vs-bare.sh [UNITS] [RUNS]   (default 200000 3)
set -euo pipefail
cd "$(dirname "$0")/../../.."
units="${1:-200000}"
runs="${2:-3}"
target="${CARGO_TARGET_DIR:-target}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
file="$dir/bench-$units.tmx"
cargo build --release -q --bin steppe
cargo build --release -q -p steppe-tmx --example generate --example bare_quick_xml
"$target/release/examples/generate" "$file" "$units" > /dev/null
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine: $(nproc) cores,$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $units units, $(wc -c < "$file") bytes"
cat "$file" > /dev/null # into the page cache
time_it() {
  local label="$1"
  shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "$label: %e s wall, %U s user, %S s sys, %M KiB peak RSS" "$@" > "$dir/out.txt"
  done
}
time_it "bare quick-xml (1 thread)" "$target/release/examples/bare_quick_xml" "$file"
time_it "steppe tmx stats, 1 thread" env RAYON_NUM_THREADS=1 "$target/release/steppe" tmx stats "$file"
time_it "steppe tmx stats, $(nproc) threads" "$target/release/steppe" tmx stats "$file"
time_it "steppe tmx validate, 1 thread" env RAYON_NUM_THREADS=1 "$target/release/steppe" tmx validate "$file"
time_it "steppe tmx validate, $(nproc) threads" "$target/release/steppe" tmx validate "$file"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Whole-process speed of `steppe translit` (against ICU uconv) and `steppe cyrillic`, on generated
# text: 20 MB of mixed Russian (benches/text.rs via examples/corpus.rs) for translit; for cyrillic
# its first MB romanised in five schemes (ala_lc, ala_lc_alt, bgn_pcgn, wikipedia, gost_779), or
# the file given as $1 (running romanised text, one line a paragraph), set beside the engine in
# process on the same file (examples/reverse_throughput.rs). CPU time (user+sys, perf stat
# task-clock when perf is installed) is the figure to compare on a shared machine; wall time and
# the load average are printed too. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../../.."
target="${CARGO_TARGET_DIR:-target}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cargo build --release -q --bin steppe
cargo build --release -q -p steppe-translit --example corpus --example reverse_throughput
steppe="$target/release/steppe"
"$target/release/examples/corpus" 20 > "$dir/ru.txt"
head -c 1000000 "$dir/ru.txt" | sed '$d' > "$dir/ru1.txt"
romanised="${1:-$dir/romanised.txt}"
if [ -z "${1:-}" ]; then
  for s in ala_lc ala_lc_alt bgn_pcgn wikipedia gost_779; do
    "$steppe" translit --scheme "$s" < "$dir/ru1.txt"
  done > "$romanised"
fi
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine: $(nproc) cores,$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2), load $(cut -d' ' -f1-3 /proc/loadavg)"
run() { # label, then a shell command line
  /usr/bin/time -f "$1: %e s wall, %U s user, %S s sys" sh -c "$2"
  if command -v perf > /dev/null; then
    perf stat -x, -e task-clock sh -c "$2" 2>&1 >/dev/null | awk -F, -v l="$1" '{printf "%s: %.1f ms task-clock\n", l, $1}'
  fi
}
echo "translit input: $(wc -c < "$dir/ru.txt") bytes"
for _ in 1 2 3; do run "steppe translit --scheme bgn_pcgn" "$steppe translit --scheme bgn_pcgn < $dir/ru.txt > /dev/null"; done
run "uconv -x Russian-Latin/BGN" "uconv -f utf-8 -t utf-8 -x Russian-Latin/BGN < $dir/ru.txt > /dev/null"
echo "cyrillic input: $(wc -w < "$romanised") words, $(wc -l < "$romanised") lines"
for _ in 1 2 3; do run "steppe cyrillic" "$steppe cyrillic < $romanised > /dev/null"; done
"$target/release/examples/reverse_throughput" "$romanised"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

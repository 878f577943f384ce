#!/usr/bin/env bash
# Times the `steppe translit` process against ICU's `uconv -x Russian-Latin/BGN` on the same 20 MB of
# mixed Russian (benches/text.rs), and records the machine and date. Needs uconv (icu-devtools);
# uses hyperfine when installed, else /usr/bin/time. Run from the repository root.
set -euo pipefail
target="${CARGO_TARGET_DIR:-target}"
file="$(mktemp --suffix=.txt)"
trap 'rm -f "$file"' EXIT
cargo build --release -q -p steppe-cli
cargo run --release -q -p steppe-translit --example corpus -- 20 > "$file"
steppe="$target/release/steppe"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $(wc -c < "$file") bytes; uconv $(uconv --version | head -1)"
if command -v hyperfine > /dev/null; then
    hyperfine --warmup 1 --runs 10 "$steppe translit --scheme bgn_pcgn < $file > /dev/null"
    hyperfine --runs 3 "uconv -f utf-8 -t utf-8 -x Russian-Latin/BGN < $file > /dev/null"
else
    /usr/bin/time -f "steppe: %e s wall, %U s user" "$steppe" translit --scheme bgn_pcgn < "$file" > /dev/null
    /usr/bin/time -f "uconv: %e s wall, %U s user" uconv -f utf-8 -t utf-8 -x Russian-Latin/BGN < "$file" > /dev/null
fi

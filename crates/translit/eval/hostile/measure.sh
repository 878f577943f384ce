#!/bin/bash
# Runs every text command of BIN on INPUT (one file) and prints wall time, user+sys CPU and max RSS.
# usage: measure.sh BIN INPUT [TIMEOUT_SECONDS]
BIN=$1; IN=$2; T=${3:-600}
D=$(mktemp -d); mkdir -p "$D/corpus"
cp "$IN" "$D/corpus/big.en.txt"
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$D/time" timeout "$T" "$@" > "$D/out" 2> "$D/err"; rc=$?
  read -r wall user sys rss < <(tail -1 "$D/time")
  printf "%-9s %-11s rc=%-2s wall=%7ss cpu=%7ss maxrss=%5dMB out=%dB\n" "$name" "$(basename "$IN")" \
    "$rc" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$(stat -c %s "$D/out")"
}
run translit "$BIN" translit -s ala_lc -i "$IN"
run cyrillic sh -c "$BIN cyrillic < $IN"
run key      sh -c "$BIN key < $IN"
run detect   sh -c "$BIN detect < $IN"
run names    "$BIN" names "$IN"
run refs     "$BIN" refs "$IN"
run segment  "$BIN" segment "$IN"
run glossary "$BIN" glossary "$IN"
run align    "$BIN" align "$IN" "$IN"
run build    "$BIN" build "$D/corpus" -o "$D/out.d"
run lexicon  sh -c "$BIN lexicon check < $IN"
rm -rf "$D"

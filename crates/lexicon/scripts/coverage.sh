#!/usr/bin/env bash
# Coverage of the embedded lexicon against the `hunspell` command on the same dictionary.
#
# usage: crates/lexicon/scripts/coverage.sh WORDS.txt        (one word per line), or
#        crates/lexicon/scripts/coverage.sh --text FILE...   (Cyrillic words of the files, deduplicated)
# Run from the repository root. Prints, for the words hunspell accepts, how many the lexicon accepts
# (contains: case and ё ignored; check: hunspell's case rules), and for the words hunspell rejects,
# how many the lexicon accepts (false accepts), with ё-only differences counted apart.
set -euo pipefail
export LC_ALL=C.UTF-8
dict=crates/lexicon/data/hunspell-ru/ru_RU
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "${1:-}" = "--text" ]; then
  shift
  cat "$@" | grep -oP '\p{Cyrillic}+' | sort -u > "$work/words"
else
  grep -v '^$' "$1" | sort -u > "$work/words"
fi
cargo build -q --release -p steppe-lexicon --example check
check=${CARGO_TARGET_DIR:-target}/release/examples/check
hunspell -i UTF-8 -d "$dict" -G < "$work/words" | sort -u > "$work/acc"
hunspell -i UTF-8 -d "$dict" -l < "$work/words" | sort -u > "$work/rej"
"$check" < "$work/acc" > "$work/acc.tsv"
"$check" < "$work/rej" > "$work/rej.tsv"
echo "words: $(wc -l < "$work/words")"
awk -F'\t' '{c+=$2; k+=$3} END {printf "hunspell accepts %d: contains %d (%.3f%%), check %d (%.3f%%)\n", NR, c, NR?100*c/NR:100, k, NR?100*k/NR:100}' "$work/acc.tsv"
# A false accept is "ё-only" when the word with ё→е is accepted by hunspell.
awk -F'\t' '$3==1 {print $1}' "$work/rej.tsv" | sed 's/ё/е/g; s/Ё/Е/g' > "$work/fa"
yo_only=$(( $(wc -l < "$work/fa") - $(hunspell -i UTF-8 -d "$dict" -l < "$work/fa" | wc -l) ))
awk -F'\t' -v y="$yo_only" '{c+=$2; k+=$3} END {printf "hunspell rejects %d: contains accepts %d, check accepts %d (of which ё/е only: %d)\n", NR, c, k, y}' "$work/rej.tsv"

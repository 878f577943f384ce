#!/usr/bin/env python3
"""Regenerates the derived data of the reverse engine (do not edit the outputs by hand).

  python3 gen-data.py RU_FORMS.txt /usr/share/dict/american-english

RU_FORMS.txt: Russian word forms, one a line (the expanded hunspell-ru lexicon, e.g. the word list
`cargo run -p steppe-lexicon --bin build-lexicon` works from; any full expansion of
crates/lexicon/data/hunspell-ru will do). The English list is Debian's `wamerican` package
(`apt-get install wamerican`), see english-words.COPYRIGHT.

Writes:
  ru-trigrams.tsv     letter trigram counts of Russian word forms ('_' marks a word boundary)
  en-trigrams.tsv     letter trigram counts of English words
  rl-trigrams.tsv     letter trigram counts of romanised Russian: every third form written in six
                      schemes of ../schemes/ (plain mapping, letters a-z only)
  english-words.txt   lower-cased English words of 2+ letters, sorted, no possessives
"""
import collections
import json
import os
import sys

ROMAN_SCHEMES = ["ala_lc_alt", "bgn_pcgn", "wikipedia", "gost_7034", "mvd_310_fr", "icao_doc_9303"]

RU = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
EN = set("abcdefghijklmnopqrstuvwxyz")


def trigrams(words, alphabet, path):
    counts = collections.Counter()
    for w in words:
        if not all(c in alphabet for c in w):
            continue
        padded = "__" + w + "_"
        for i in range(len(padded) - 2):
            counts[padded[i:i + 3]] += 1
    with open(path, "w", encoding="utf-8") as out:
        for gram, n in sorted(counts.items()):
            out.write(f"{gram}\t{n}\n")


def main():
    ru_path, en_path = sys.argv[1], sys.argv[2]
    ru = sorted({w.strip().lower() for w in open(ru_path, encoding="utf-8") if w.strip()})
    trigrams(ru, RU, "ru-trigrams.tsv")
    here = os.path.dirname(os.path.abspath(__file__))
    romanised = []
    for name in ROMAN_SCHEMES:
        with open(os.path.join(here, "..", "schemes", name + ".json"), encoding="utf-8") as f:
            mapping = json.load(f)["mapping"]
        for w in ru[::3]:
            latin = "".join(mapping.get(c, c) for c in w)
            romanised.append("".join(c for c in latin if c in EN))
    trigrams(romanised, EN, "rl-trigrams.tsv")
    en_raw = [w.strip() for w in open(en_path, encoding="utf-8")]
    en = sorted({w.lower() for w in en_raw if len(w) >= 2 and not w.endswith("'s")})
    trigrams([w for w in en if all(c in EN for c in w)], EN, "en-trigrams.tsv")
    with open("english-words.txt", "w", encoding="utf-8") as out:
        for w in en:
            out.write(w + "\n")


if __name__ == "__main__":
    main()

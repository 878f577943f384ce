#!/usr/bin/env python3
"""Print the Russian word-form frequency list that `build-freq` turns into data/ru-freq.fst.

Source: the large Russian list of wordfreq 3.1.1 (Robyn Speer; data CC BY-SA 4.0, see
data/ru-freq.NOTICE). Needs `pip install wordfreq==3.1.1`. Output: `form<TAB>zipf` a line, sorted,
lowercase Cyrillic words only (hyphenated ones kept), ё kept as written (the builder folds it).
"""
import math
import re
import sys

import wordfreq

WORD = re.compile(r"^[а-яё]+(?:-[а-яё]+)*$")


def main():
    freq = wordfreq.get_frequency_dict("ru", "large")
    out = sys.stdout
    for form in sorted(freq):
        if WORD.match(form):
            out.write(f"{form}\t{math.log10(freq[form]) + 9:.4f}\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Hostile single-line inputs for measuring every text command (see ../../README.md, "Hostile input").

Writes into the folder given (default /tmp/steppe-hostile), for each size in MB (default 5 and 50):
  aN.txt     N MB of `a` on one line
  shchN.txt  N MB of `shch` repeated, one line
  textN.txt  N MB of romanised-looking text on ONE line: the sample article's words (60 %) mixed with
             made-up romanised words from syllables (40 %, nearly all distinct, so no cache helps),
             words separated by spaces, a few with . , ; after them, no newline.
Deterministic (seed 11)."""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "../../../../corpus/shaymergenov-2008-nato-central-asia.en.txt")
SYLLABLES = ["ba", "va", "ga", "da", "zha", "za", "ka", "la", "ma", "na", "pa", "ra", "sa", "ta", "kha",
             "tsa", "cha", "sha", "shcha", "ia", "ya", "iu", "yu", "ov", "ev", "in", "skii", "naia", "nyi",
             "oi", "ost'", "tel'", "zh", "kh", "ts", "ch", "sh", "o", "e", "i", "u", "y", "no", "ro", "so",
             "lo", "mi", "ni", "ri", "si", "ti", "ki", "vi", "bi"]


def text(n, words):
    out, size, i = [], 0, 0
    while size < n:
        if random.random() < 0.6:
            w = words[i % len(words)]
            i += 1
        else:
            w = "".join(random.choice(SYLLABLES) for _ in range(random.randint(2, 4)))
            if random.random() < 0.2:
                w = w.capitalize()
            if random.random() < 0.05:
                w += random.choice([".", ",", ";"])
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n]


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/tmp/steppe-hostile"
    sizes = [int(s) for s in sys.argv[2:]] or [5, 50]
    os.makedirs(folder, exist_ok=True)
    random.seed(11)
    words = open(SAMPLE, encoding="utf-8").read().split()
    for mb in sizes:
        n = mb * 1000 * 1000
        with open(os.path.join(folder, f"a{mb}.txt"), "w") as f:
            f.write("a" * n)
        with open(os.path.join(folder, f"shch{mb}.txt"), "w") as f:
            f.write(("shch" * (n // 4 + 1))[:n])
        with open(os.path.join(folder, f"text{mb}.txt"), "w", encoding="utf-8") as f:
            f.write(text(n, words))


if __name__ == "__main__":
    main()

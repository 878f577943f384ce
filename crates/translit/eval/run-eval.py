#!/usr/bin/env python3
"""Accuracy of `steppe cyrillic` on Russian text romanised by third-party tools.

Usage (from the repository root, after `cargo build --release`):

    python3 -m venv /tmp/steppe-eval && /tmp/steppe-eval/bin/pip install iuliia transliterate cyrtranslit
    /tmp/steppe-eval/bin/python crates/translit/eval/run-eval.py \
        --pages ../shared/data/align-dev/pages --steppe target/release/steppe [--words 2000 --phrases 600]

It samples Russian words and three-word phrases from the source text (seeded, so runs repeat),
romanises them with every tool/scheme below, runs `steppe cyrillic --from auto` (and `--from
SCHEME` where the tool's scheme is one of steppe's) and prints word and phrase accuracy. All data
is generated at run time into a temporary folder; nothing is written into the project.
A reading counts as right when it equals the source ignoring ё/е (most tools fold ё and so
does Russian print).
"""
import argparse
import json
import glob
import os
import random
import re
import subprocess
import sys
import tempfile

import cyrtranslit
import iuliia
from transliterate import translit

CYR = re.compile(r"^[А-Яа-яЁё]+$")


def tools():
    """(label, steppe scheme or None, function) for every romanisation used."""
    out = []
    for name in ["ala_lc", "ala_lc_alt", "bgn_pcgn", "wikipedia", "gost_779", "icao_doc_9303",
                 "scientific", "mosmetro", "iso_9_1954", "mvd_310_fr"]:
        schema = getattr(iuliia, name.upper())
        out.append((f"iuliia:{name}", name, lambda s, sc=schema: sc.translate(s)))
    out.append(("transliterate:ru", None, lambda s: translit(s, "ru", reversed=True)))
    out.append(("cyrtranslit:ru", None, lambda s: cyrtranslit.to_latin(s, "ru")))
    out.append(("icu:Russian-Latin/BGN", "bgn_pcgn", lambda s: uconv(s, "Russian-Latin/BGN")))
    out.append(("icu:Any-Latin", None, lambda s: uconv(s, "Any-Latin")))
    return out


def uconv(text, rule):
    return subprocess.run(["uconv", "-x", rule], input=text, capture_output=True, text=True, check=True).stdout


def sample(pages, n_words, n_phrases, seed):
    words, phrases = set(), set()
    for path in sorted(glob.glob(os.path.join(pages, "*.tsv"))):
        for line in open(path, encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 5 or cols[2] != "1":
                continue
            toks = re.findall(r"[A-Za-zА-Яа-яЁё0-9_-]+", cols[4])
            for t in toks:
                if CYR.match(t) and len(t) >= 2:
                    words.add(t)
            for i in range(len(toks) - 2):
                tri = toks[i:i + 3]
                if all(CYR.match(t) for t in tri):
                    phrases.add(" ".join(tri))
    rng = random.Random(seed)
    return rng.sample(sorted(words), min(n_words, len(words))), rng.sample(sorted(phrases), min(n_phrases, len(phrases)))


def run_steppe(steppe, lines, scheme):
    """The Cyrillic of each line, and its confidence level (`certain`, `likely`, `guess`)."""
    args = [steppe, "cyrillic", "--format", "json", "--from", scheme or "auto"]
    res = subprocess.run(args, input="\n".join(lines) + "\n", capture_output=True, text=True, check=True)
    rows = [json.loads(l) for l in res.stdout.splitlines()[: len(lines)]]
    levels = [(r["confidence"]["level"], r["confidence"]["basis"] or "-", r["alternatives"]) for r in rows]
    return [r["text"] for r in rows], levels


LEVELS = ("certain", "likely", "guess")


def tally(table, key, levels, outputs, wanted):
    """Counts (right, all, wrong but among the alternatives) per confidence level under `key`
    (mode, unit)."""
    for (level, basis, alternatives), out, want in zip(levels, outputs, wanted):
        right = norm(out) == norm(want)
        for cell_key in ((key, level), (key, level, basis)):
            cell = table.setdefault(cell_key, [0, 0, 0])
            cell[0] += right
            cell[1] += 1
            cell[2] += not right and norm(want) in map(norm, alternatives)


def norm(s):
    return s.replace("ё", "е").replace("Ё", "Е")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", required=True)
    ap.add_argument("--steppe", default="target/release/steppe")
    ap.add_argument("--words", type=int, default=2000)
    ap.add_argument("--phrases", type=int, default=600)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per tool")
    args = ap.parse_args()
    words, phrases = sample(args.pages, args.words, args.phrases, args.seed)
    print(f"{len(words)} words, {len(phrases)} phrases from {args.pages}")
    totals = {"auto": [0, 0, 0, 0], "given": [0, 0, 0, 0]}
    levels = {}
    print(f"{'tool':28} {'auto word':>10} {'auto phr':>9} {'given word':>11} {'given phr':>10}")
    with tempfile.TemporaryDirectory():
        for label, scheme, fn in tools():
            lat_w = [fn(w).strip() for w in words]
            lat_p = [fn(p).strip() for p in phrases]
            row = []
            for mode, sch in (("auto", None), ("given", scheme)):
                if mode == "given" and sch is None:
                    row += ["-", "-"]
                    continue
                out_w, lev_w = run_steppe(args.steppe, lat_w, sch)
                out_p, lev_p = run_steppe(args.steppe, lat_p, sch)
                tally(levels, (mode, "word"), lev_w, out_w, words)
                tally(levels, (mode, "phrase"), lev_p, out_p, phrases)
                ok_w = sum(norm(a) == norm(b) for a, b in zip(out_w, words))
                ok_p = sum(norm(a) == norm(b) for a, b in zip(out_p, phrases))
                t = totals[mode]
                t[0] += ok_w; t[1] += len(words); t[2] += ok_p; t[3] += len(phrases)
                row += [f"{100 * ok_w / len(words):.1f}%", f"{100 * ok_p / len(phrases):.1f}%"]
                if mode == "auto" and args.errors:
                    bad = [(l, o, w) for l, o, w in zip(lat_w, out_w, words) if norm(o) != norm(w)]
                    for l, o, w in bad[: args.errors]:
                        print(f"    {l} -> {o} (want {w})", file=sys.stderr)
            print(f"{label:28} {row[0]:>10} {row[1]:>9} {row[2]:>11} {row[3]:>10}")
    for mode, t in totals.items():
        if t[1]:
            print(f"overall {mode}: words {100 * t[0] / t[1]:.2f}% of {t[1]}, phrases {100 * t[2] / t[3]:.2f}% of {t[3]}")
    print("\nconfidence: share of readings at each level, how many of them are right, and how many")
    print("of the wrong ones have the right reading among their alternatives")
    print(f"{'mode':6} {'unit':7} " + " ".join(f"{l:>32}" for l in LEVELS))
    for mode in ("auto", "given"):
        for unit in ("word", "phrase"):
            cells = [levels.get(((mode, unit), l), [0, 0, 0]) for l in LEVELS]
            n = sum(c[1] for c in cells)
            if not n:
                continue
            pct = lambda a, b: 100 * a / b if b else 0
            row = [f"{pct(c[1], n):5.1f}% ({pct(c[0], c[1]):5.1f}% right, alt {pct(c[2], c[1] - c[0]):3.0f}%)"
                   for c in cells]
            print(f"{mode:6} {unit:7} " + " ".join(f"{r:>32}" for r in row))
    print("\nauto words by what the weakest word rests on: level, basis, share, right, wrong with the right one among the alternatives")
    key = ("auto", "word")
    n = sum(c[1] for k, c in levels.items() if len(k) == 2 and k[0] == key)
    for k, c in sorted(((k, c) for k, c in levels.items() if len(k) == 3 and k[0] == key),
                       key=lambda kc: (LEVELS.index(kc[0][1]), -kc[1][1])):
        print(f"{k[1]:8} {k[2]:17} {100 * c[1] / n:5.1f}% ({c[1]}) {100 * c[0] / c[1]:5.1f}% right, {c[2]} of {c[1] - c[0]}")


if __name__ == "__main__":
    main()

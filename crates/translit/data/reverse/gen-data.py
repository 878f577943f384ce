#!/usr/bin/env python3
"""Regenerates the derived data of the reverse engine (do not edit the outputs by hand).

  python3 gen-data.py [RU_FORMS.txt] [/usr/share/dict/american-english]

The Russian forms are those of ../../../lexicon/data/hunspell-ru/ru_RU.{aff,dic} with every
suffix rule applied (this script does it; or give a file of forms, one a line). The English list is
Debian's `wamerican` package (`apt-get install wamerican`), see english-words.COPYRIGHT.

Writes:
  ru-trigrams.tsv     letter trigram counts of Russian word forms ('_' marks a word boundary)
  en-trigrams.tsv     letter trigram counts of English words
  rl-trigrams.tsv     letter trigram counts of romanised Russian: every third form written in six
                      schemes of ../schemes/ (plain mapping, letters a-z only), and every twelfth
                      in the German and French styles (NATIONAL below: Nasarbajew, Khrouchtchev)
  english-words.txt   lower-cased English words of 2+ letters, sorted, no possessives
  headwords-sign.txt  dictionary headwords (the .dic stems) ending in ь or й whose form without that
                      letter is also a word (завершать/завершат, дефектный/дефектны): when a
                      romanisation drops the sign, the headword is the likelier reading
  headwords-names.txt capitalised headwords (names) ending in -ий whose -ии is a form too
                      (Юрий/Юрии): a capitalised `Iurii` is likelier the nominative name
"""
import collections
import json
import os
import re
import sys

ROMAN_SCHEMES = ["ala_lc_alt", "bgn_pcgn", "wikipedia", "gost_7034", "mvd_310_fr", "icao_doc_9303"]

# German (Duden) and French press styles, letter by letter; "je"/"ie" marks е, ю, я after a vowel
# or at the start of a word, where they are iotated.
NATIONAL = {
    "german": dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", [
        "a", "b", "w", "g", "d", "e", "jo", "sch", "s", "i", "j", "k", "l", "m", "n", "o", "p", "r",
        "s", "t", "u", "f", "ch", "z", "tsch", "sch", "schtsch", "", "y", "", "e", "ju", "ja"])),
    "french": dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", [
        "a", "b", "v", "g", "d", "e", "io", "j", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
        "s", "t", "ou", "f", "kh", "ts", "tch", "ch", "chtch", "", "y", "", "e", "iou", "ia"])),
}
IOTATED = {"german": "je", "french": "ie"}


def national(word, style):
    """`word` in a national style: е after a vowel or at the start is iotated, s between vowels
    doubled (so that it stays voiceless), -ов/-ев as -ow/-ew in German."""
    table, out = NATIONAL[style], []
    for i, c in enumerate(word):
        prev = word[i - 1] if i else ""
        if c == "е" and (not prev or prev in "аеёиоуыэюяьъ"):
            out.append(IOTATED[style])
        elif c == "с" and prev in "аеёиоуыэюя" and prev and i + 1 < len(word) and word[i + 1] in "аеёиоуыэюя":
            out.append("ss")
        else:
            out.append(table.get(c, c))
    return "".join(out)


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


def headwords(dic_path):
    """The stems of a .dic file, lower-cased."""
    out = set()
    for i, line in enumerate(open(dic_path, encoding="utf-8")):
        word = line.strip().split("/")[0].lower()
        if i > 0 and word:
            out.add(word)
    return out


def proper_names(dic_path):
    """The capitalised stems of a .dic file (names), lower-cased."""
    out = set()
    for i, line in enumerate(open(dic_path, encoding="utf-8")):
        word = line.strip().split("/")[0]
        if i > 0 and word[:1].isupper() and word[1:].islower():
            out.add(word.lower())
    return out


def expand_hunspell(aff_path, dic_path):
    """Every form of the .dic stems under the .aff suffix rules (ru_RU has suffixes only)."""
    rules = {}
    for line in open(aff_path, encoding="utf-8"):
        p = line.split()
        if len(p) >= 5 and p[0] == "SFX":
            strip = "" if p[2] == "0" else p[2]
            add = "" if p[3] == "0" else p[3]
            rules.setdefault(p[1], []).append((strip, add, re.compile("(?:" + p[4] + ")$")))
    forms = set()
    for i, line in enumerate(open(dic_path, encoding="utf-8")):
        line = line.strip()
        if i == 0 or not line:
            continue
        word, _, flags = line.partition("/")
        forms.add(word)
        for flag in flags:
            for strip, add, cond in rules.get(flag, []):
                if cond.search(word) and word.endswith(strip):
                    forms.add(word[: len(word) - len(strip)] + add)
    return forms


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    en_path = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/american-english"
    hun = os.path.join(here, "..", "..", "..", "lexicon", "data", "hunspell-ru")
    if len(sys.argv) > 1:
        raw = [w.strip() for w in open(sys.argv[1], encoding="utf-8")]
    else:
        raw = expand_hunspell(os.path.join(hun, "ru_RU.aff"), os.path.join(hun, "ru_RU.dic"))
    ru = sorted({w.lower() for w in raw if w})
    forms = set(ru)
    heads = headwords(os.path.join(hun, "ru_RU.dic"))
    with open("headwords-sign.txt", "w", encoding="utf-8") as out:
        for w in sorted(heads):
            if len(w) > 3 and w[-1] in "ьй" and w[:-1] in forms:
                out.write(w + "\n")
    with open("headwords-names.txt", "w", encoding="utf-8") as out:
        for w in sorted(proper_names(os.path.join(hun, "ru_RU.dic"))):
            if w.endswith("ий") and w[:-1] + "и" in forms:
                out.write(w + "\n")
    trigrams(ru, RU, "ru-trigrams.tsv")
    romanised = []
    for name in ROMAN_SCHEMES:
        with open(os.path.join(here, "..", "schemes", name + ".json"), encoding="utf-8") as f:
            mapping = json.load(f)["mapping"]
        for w in ru[::3]:
            latin = "".join(mapping.get(c, c) for c in w)
            romanised.append("".join(c for c in latin if c in EN))
    for style in NATIONAL:
        for w in ru[1::12]:
            romanised.append("".join(c for c in national(w, style) if c in EN))
    trigrams(romanised, EN, "rl-trigrams.tsv")
    en_raw = [w.strip() for w in open(en_path, encoding="utf-8")]
    en = sorted({w.lower() for w in en_raw if len(w) >= 2 and not w.endswith("'s")})
    trigrams([w for w in en if all(c in EN for c in w)], EN, "en-trigrams.tsv")
    with open("english-words.txt", "w", encoding="utf-8") as out:
        for w in en:
            out.write(w + "\n")


if __name__ == "__main__":
    main()

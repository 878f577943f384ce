"""Reads a TMX file with translate-toolkit (translate.storage.tmx) for steppe's interop test.

Usage: python ttk_read.py FILE.tmx SOURCE_LANG TARGET_LANG
Prints "units<TAB>N", then one "source<TAB>target" line per unit (tabs and line breaks as spaces).
Exits 1 if the file cannot be read.
"""
import sys

from translate.storage import tmx


def flat(text):
    return (text or "").replace("\t", " ").replace("\n", " ")


def main():
    path, src, tgt = sys.argv[1:4]
    with open(path, "rb") as f:
        store = tmx.tmxfile(f, sourcelanguage=src, targetlanguage=tgt)
    print(f"units\t{len(store.units)}")
    for unit in store.units:
        print(f"{flat(unit.source)}\t{flat(unit.target)}")


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # lxml's XMLSyntaxError and the like: one line, exit 1
        print(f"cannot read: {type(e).__name__}: {e}")
        sys.exit(1)

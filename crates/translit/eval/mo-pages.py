#!/usr/bin/env python3
"""Write the Russian message catalogues of this machine as one page in run-eval.py's format.

This is the development set on which the ranking weights of the reverse search were chosen
(FREQUENCY_WEIGHT, CHANNEL_WEIGHT in src/reverse/search.rs), so that the figures reported on
align-dev are measured on text the weights never saw. Nothing it writes is kept in the project.

    python3 crates/translit/eval/mo-pages.py /tmp/devpages
    python3 crates/translit/eval/run-eval.py --pages /tmp/devpages --steppe target/release/steppe
"""
import gettext
import glob
import os
import re
import sys


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "/tmp/devpages"
    os.makedirs(out_dir, exist_ok=True)
    n = 0
    with open(os.path.join(out_dir, "mo.tsv"), "w", encoding="utf-8") as out:
        for path in sorted(glob.glob("/usr/share/locale/ru/LC_MESSAGES/*.mo")):
            try:
                with open(path, "rb") as f:
                    catalog = gettext.GNUTranslations(f)._catalog
            except Exception:  # a catalogue Python cannot read (old format) is skipped
                continue
            for text in catalog.values():
                if isinstance(text, str) and re.search("[а-яА-Я]", text):
                    text = re.sub(r"\s+", " ", text).strip()
                    # index, kind, translated, English (unused), Russian
                    out.write(f"{n}\tpara\t1\t-\t{text}\n")
                    n += 1
    print(f"{n} messages into {out_dir}/mo.tsv", file=sys.stderr)


if __name__ == "__main__":
    main()

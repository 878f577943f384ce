"""The single-process baseline of normalise_catalogue.py: the same per-record function in a plain
loop and the same clusters, timed; prints records/s and how many readings equal the truth
columns of a make_collection.py catalogue.

    /usr/bin/time -v python single_process.py catalogue.csv
"""

import csv
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import steppe_spark  # noqa: E402

COLUMNS = ["title", "name"]


def main() -> None:
    with open(sys.argv[1], encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    started = time.perf_counter()
    out = [steppe_spark.normalise_record(r, COLUMNS, "ala_lc") for r in rows]
    normalised = time.perf_counter() - started
    started = time.perf_counter()
    clusters = steppe_spark.clusters_single_process(out, COLUMNS)
    clustered = time.perf_counter() - started
    print(f"{len(out)} records normalised in {normalised:.1f} s: {len(out) / normalised:.0f} records/s; "
          f"{len(clusters)} clusters in {clustered:.1f} s")
    if out and "title_ru" in out[0]:
        exact = {c: sum(o[f"{c}_cyrillic"] == o[f"{c}_ru"] for o in out) / len(out) for c in COLUMNS}
        works = len({o["title_ru"] for o in out})
        titles = sum(c["kind"] == "title" for c in clusters)
        print(f"exact Cyrillic: title {exact['title']:.4f}, name {exact['name']:.4f}; "
              f"{works} works in {titles} title clusters")


if __name__ == "__main__":
    main()

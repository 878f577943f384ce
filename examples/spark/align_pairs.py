"""Spark job (b): align a list of document pairs into one TMX per partition, then merge them into
one memory with `steppe tmx merge` (associative, so the result is the single-machine one).

The list is the TSV `steppe align --pairs` reads (original<TAB>translation<TAB>name, `#` lines
skipped). Each partition aligns its pairs with steppe.align, as `steppe align` does, and writes
their units (tuids NAME:1, NAME:2, … as `--merged` writes them) into out/parts/part-NNNNN.tmx;
the driver then merges the parts in partition order, which is list order:

    spark-submit --master local[2] --py-files steppe_spark.py align_pairs.py pairs.tsv out/ \\
        [--steppe target/release/steppe]

gives out/merged.tmx, the same bytes as
    steppe align --pairs pairs.tsv -o DIR --merged all.tmx && steppe tmx merge all.tmx -o merged.tmx
Without --steppe (or `steppe` on PATH) the merge runs through steppe.tmx_merge, the same code.
"""

import argparse
import shutil
import subprocess
from pathlib import Path

from pyspark.sql import SparkSession


def read_list(path: Path) -> list:
    """(original, translation, name) of each line of the list."""
    pairs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            raise SystemExit(f"align_pairs: {path}: line {n}: expected original<TAB>translation<TAB>name")
        pairs.append(tuple(fields))
    return pairs


def align_partition(index, pairs, parts: str):
    """Aligns the pairs of one partition into parts/part-INDEX.tmx; yields (index, path, units)."""
    import steppe

    units = []
    srclang = None
    for original, translation, name in pairs:
        a = steppe.align(steppe.read_document(original), steppe.read_document(translation))
        if not a.source or not a.target:
            raise ValueError(f"{original} ↔ {translation}: a side has no text to align")
        srclang = srclang or a.source_lang
        units.extend(a.units(prefix=name))
    if srclang is None:
        return
    path = Path(parts) / f"part-{index:05}.tmx"
    with steppe.TmxWriter(path, srclang) as w:
        for u in units:
            w.write(u)
    yield index, str(path), len(units)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("pairs", type=Path, help="TSV: original<TAB>translation<TAB>name")
    p.add_argument("out", type=Path, help="output folder: parts/ and merged.tmx")
    p.add_argument("--partitions", type=int, default=0, help="number of partitions (default: Spark's parallelism)")
    p.add_argument("--steppe", help="the steppe binary for the merge (default: steppe on PATH, else the binding)")
    a = p.parse_args()

    spark = SparkSession.builder.appName("steppe-align-pairs").getOrCreate()
    sc = spark.sparkContext
    pairs = read_list(a.pairs)
    parts = a.out / "parts"
    if parts.exists():
        shutil.rmtree(parts)
    parts.mkdir(parents=True)
    slices = a.partitions or sc.defaultParallelism
    written = (
        sc.parallelize(pairs, slices)
        .mapPartitionsWithIndex(lambda i, it: align_partition(i, it, str(parts)))
        .collect()
    )
    written.sort()
    files = [path for _, path, _ in written]
    merged = a.out / "merged.tmx"
    steppe_bin = a.steppe or shutil.which("steppe")
    if steppe_bin:
        subprocess.run([steppe_bin, "tmx", "merge", *files, "-o", str(merged)], check=True)
    else:
        import steppe

        steppe.tmx_merge(files, merged)
    units = sum(n for *_, n in written)
    print(f"align_pairs: {len(pairs)} pairs in {len(files)} partitions, {units} units, merged into {merged}")
    spark.stop()


if __name__ == "__main__":
    main()

"""Spark job (c): glossary counts across a corpus, terms reduced by key.

Each document (any file steppe reads: text, DOCX, ODT, HTML, PDF) gets its glossary (acronyms,
institutions, aliases, names, degrees, with Russian from the built-in termbase), and the entries
are reduced across the corpus by (kind, matching key of the term), so that spellings of one term
(`Nazarbayev`, `Nazarbaev`) add up: one row per term with its commonest spelling, every spelling,
total count, number of documents, Russian and long form.

    spark-submit --master local[2] --py-files steppe_spark.py glossary_counts.py LIST out/
LIST is a text file of document paths, one a line (or a folder: its *.txt files). Writes
out/terms (JSON lines, biggest first within each kind).
"""

import argparse
import json
import shutil
from pathlib import Path

from pyspark.sql import SparkSession


def documents(source: Path) -> list:
    if source.is_dir():
        return sorted(str(p) for p in source.glob("*.txt"))
    return [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", type=Path, help="a list of document paths, or a folder of *.txt")
    p.add_argument("out", type=Path)
    p.add_argument("--partitions", type=int, default=0)
    a = p.parse_args()

    spark = SparkSession.builder.appName("steppe-glossary-counts").getOrCreate()
    sc = spark.sparkContext
    sc.addPyFile(str(Path(__file__).with_name("steppe_spark.py")))
    import steppe_spark  # noqa: E402 (shipped above)

    paths = documents(a.corpus)

    def terms(path):
        import steppe
        import steppe_spark as s

        return s.glossary_terms(steppe.read_document(path))

    rows = (
        sc.parallelize(paths, a.partitions or sc.defaultParallelism)
        .flatMap(terms)
        .reduceByKey(steppe_spark.merge_terms)
        .map(lambda kv: steppe_spark.term_row(kv[0], kv[1]))
        .sortBy(lambda r: (r["kind"], -r["count"], r["key"]))
        .map(lambda r: json.dumps(r, ensure_ascii=False))
    )
    out = a.out / "terms"
    if out.exists():
        shutil.rmtree(out)
    rows.saveAsTextFile(str(out))
    print(f"glossary_counts: {len(paths)} documents, terms in {out}")
    spark.stop()


if __name__ == "__main__":
    main()

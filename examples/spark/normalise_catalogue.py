"""Spark job (a): normalise a table of catalogue records with romanised Russian titles and names,
and cluster the variant spellings across the whole table.

For each romanised column (default: title,name) every record gets COLUMN_scheme (the scheme
detected, `mixed` or empty), COLUMN_cyrillic, COLUMN_styled (the Cyrillic in --style, default
ALA-LC), COLUMN_key (the matching key) and COLUMN_ambiguous (words with several readings). Then
the records are grouped by (column, key) across the table: one cluster per name or title with
its preferred spelling (the commonest), its Cyrillic, its variants and their counts.

    spark-submit --master local[2] --py-files steppe_spark.py normalise_catalogue.py \\
        catalogue.csv out/            # or catalogue.parquet
writes out/records (Parquet; --format csv for CSV) and out/clusters (JSON lines, in order), and
prints the records/s of the normalising stage and the shuffle bytes of the clustering step.
"""

import argparse
import json
import shutil
import time
import urllib.request
from pathlib import Path

from pyspark.sql import SparkSession
from pyspark.sql.types import IntegerType, StringType, StructField, StructType


def shuffle_bytes(spark) -> "int | None":
    """Shuffle bytes written by the application so far, from the Spark UI's REST API (None when the
    UI is off)."""
    url = spark.sparkContext.uiWebUrl
    if not url:
        return None
    app = spark.sparkContext.applicationId
    try:
        with urllib.request.urlopen(f"{url}/api/v1/applications/{app}/stages", timeout=300) as r:
            stages = json.load(r)
    except OSError:
        return None
    return sum(s.get("shuffleWriteBytes", 0) for s in stages)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("table", help="catalogue records: CSV with a header row, or Parquet (by extension)")
    p.add_argument("out", help="output folder: records/ and clusters/")
    p.add_argument("--columns", default="title,name", help="romanised columns, comma-separated")
    p.add_argument("--style", default="ala_lc", help="scheme of the restyled form (any steppe scheme)")
    p.add_argument("--format", choices=["parquet", "csv"], default="parquet", help="format of out/records")
    p.add_argument("--partitions", type=int, default=0, help="repartition the table (0: as read)")
    a = p.parse_args()
    columns = [c.strip() for c in a.columns.split(",") if c.strip()]

    spark = SparkSession.builder.appName("steppe-normalise-catalogue").getOrCreate()
    spark.sparkContext.addPyFile(str(Path(__file__).with_name("steppe_spark.py")))
    import steppe_spark  # noqa: E402 (shipped above)

    if a.table.endswith(".parquet"):
        table = spark.read.parquet(a.table)
    else:
        table = spark.read.option("header", True).option("escape", '"').csv(a.table)
    if a.partitions:
        table = table.repartition(a.partitions)
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise SystemExit(f"normalise_catalogue: {a.table}: no column {', '.join(missing)}")
    added = [
        StructField(f"{c}_{f}", IntegerType() if f == "ambiguous" else StringType())
        for c in columns
        for f in steppe_spark.NORMALISED
    ]
    schema = StructType(table.schema.fields + added)
    names = schema.fieldNames()
    style = a.style

    # CPU seconds the Python workers spend normalising: the per-core throughput, whatever else
    # the machine runs (wall time on a shared machine says little).
    worker_cpu = spark.sparkContext.accumulator(0.0)

    def normalise_partition(rows):
        import time as t

        import steppe_spark as s

        started = t.process_time()
        for row in rows:
            record = s.normalise_record(row.asDict(), columns, style)
            yield tuple(record[n] for n in names)
        worker_cpu.add(t.process_time() - started)

    started = time.perf_counter()
    records = spark.createDataFrame(table.rdd.mapPartitions(normalise_partition), schema)
    out = Path(a.out)
    writer = records.write.mode("overwrite")
    if a.format == "csv":
        writer.option("header", True).option("escape", '"').csv(str(out / "records"))
    else:
        writer.parquet(str(out / "records"))
    normalised = time.perf_counter() - started
    count = table.count()
    cpu = worker_cpu.value
    print(
        f"normalise_catalogue: {count} records in {normalised:.1f} s: {count / normalised:.0f} records/s; "
        f"workers' CPU {cpu:.1f} s: {count / cpu:.0f} records per CPU-second"
    )

    before = shuffle_bytes(spark)
    started = time.perf_counter()
    # Clustered from what was written, so the normalising is not run again.
    if a.format == "parquet":
        saved = spark.read.parquet(str(out / "records"))
    else:
        saved = spark.read.option("header", True).option("escape", '"').csv(str(out / "records"))

    def spellings(row):
        import steppe_spark as s

        return s.spellings(row.asDict(), columns)

    from collections import Counter

    def add_pair(counts, pair):
        counts[pair] += 1
        return counts

    if (out / "clusters").exists():
        shutil.rmtree(out / "clusters")
    grouped = (
        saved.rdd.flatMap(spellings)
        .aggregateByKey(Counter(), add_pair, lambda x, y: x + y)
        .map(lambda kv: steppe_spark.cluster(kv[0][0], kv[0][1], kv[1]))
        .cache()  # sortBy samples its input first: not a second shuffle
    )
    clusters = grouped.sortBy(steppe_spark.cluster_order).map(lambda c: json.dumps(c, ensure_ascii=False))
    clusters.saveAsTextFile(str(out / "clusters"))
    after = shuffle_bytes(spark)
    shuffle = f"{after - before} shuffle bytes" if after is not None and before is not None else "shuffle bytes unknown"
    print(f"normalise_catalogue: {grouped.count()} clusters in {time.perf_counter() - started:.1f} s, {shuffle}")
    spark.stop()


if __name__ == "__main__":
    main()

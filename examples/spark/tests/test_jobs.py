"""The three Spark jobs run with spark-submit in local[2] mode on generated collections, each
compared with the single-process result. Skipped without pyspark or Java unless
STEPPE_REQUIRE_INTEROP=1. STEPPE_SPARK_RECORDS sets the catalogue's size (default 100000)."""

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import steppe

SPARK = Path(__file__).resolve().parents[1]
ROOT = SPARK.parents[1]
sys.path.insert(0, str(SPARK))
import steppe_spark  # noqa: E402

RECORDS = int(os.environ.get("STEPPE_SPARK_RECORDS", "100000"))


def skip_or_fail(message: str):
    if os.environ.get("STEPPE_REQUIRE_INTEROP") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def spark_submit() -> str:
    try:
        import pyspark
    except ImportError:
        skip_or_fail("skipped: pyspark is missing (pip install pyspark)")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        skip_or_fail("skipped: java is missing (apt-get install default-jre-headless)")
    return str(Path(pyspark.__file__).parent / "bin" / "spark-submit")


def submit(spark_submit: str, job: str, *args: str) -> str:
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    run = subprocess.run(
        [spark_submit, "--master", "local[2]", "--py-files", str(SPARK / "steppe_spark.py"), str(SPARK / job), *args],
        env=env, capture_output=True, text=True,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    return run.stdout


def json_lines(folder: Path) -> list:
    rows = []
    for part in sorted(folder.glob("part-*")):
        rows.extend(json.loads(line) for line in part.read_text(encoding="utf-8").splitlines() if line)
    return rows


def make(what: str, out: Path, *args: str) -> None:
    subprocess.run([sys.executable, str(SPARK / "make_collection.py"), what, str(out), *args], check=True)


def test_normalise_catalogue_equals_the_single_process_result(tmp_path, spark_submit):
    table = tmp_path / "catalogue.csv"
    make("catalogue", table, "--records", str(RECORDS))
    out = tmp_path / "out"
    stdout = submit(spark_submit, "normalise_catalogue.py", str(table), str(out), "--format", "csv", "--partitions", "4")
    print(stdout)
    with table.open(encoding="utf-8", newline="") as f:
        records = list(csv.DictReader(f))
    assert len(records) == RECORDS
    columns = ["title", "name"]
    single = {r["id"]: steppe_spark.normalise_record(r, columns, "ala_lc") for r in records}
    got = {}
    for part in sorted((out / "records").glob("part-*.csv")):
        with part.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, escapechar=None):
                row["title_ambiguous"] = int(row["title_ambiguous"])
                row["name_ambiguous"] = int(row["name_ambiguous"])
                got[row["id"]] = {k: (v if v is not None else "") for k, v in row.items()}
    assert len(got) == RECORDS
    assert got == single
    clusters = json_lines(out / "clusters")
    assert clusters == steppe_spark.clusters_single_process(single.values(), columns)
    # each work was romanised in four schemes: most of its spellings share one cluster
    works = {r["title_ru"] for r in records}
    titles = [c for c in clusters if c["kind"] == "title"]
    assert len(titles) < 2 * len(works), (len(titles), len(works))


def test_align_pairs_merge_equals_the_single_machine_run(tmp_path, spark_submit, cli):
    corpus = tmp_path / "pairs"
    make("pairs", corpus, "--documents", "40")
    out = tmp_path / "out"
    stdout = submit(spark_submit, "align_pairs.py", str(corpus / "pairs.tsv"), str(out), "--partitions", "3", "--steppe", cli)
    assert "40 pairs in 3 partitions" in stdout
    single = tmp_path / "single"
    subprocess.run([cli, "align", "--pairs", str(corpus / "pairs.tsv"), "-o", str(single), "--merged", str(tmp_path / "all.tmx")], check=True, capture_output=True)
    subprocess.run([cli, "tmx", "merge", str(tmp_path / "all.tmx"), "-o", str(tmp_path / "single.tmx")], check=True, capture_output=True)
    assert (out / "merged.tmx").read_bytes() == (tmp_path / "single.tmx").read_bytes()
    units = list(steppe.TmxReader(out / "merged.tmx"))
    # 16 distinct sentences in the table, most of them shared by several documents: the merge keeps each once
    assert 16 <= len(units) < sum(1 for _ in steppe.TmxReader(tmp_path / "all.tmx"))


def test_glossary_counts_equal_the_single_process_result(tmp_path, spark_submit):
    corpus = tmp_path / "pairs"
    make("pairs", corpus, "--documents", "30")
    docs = sorted(corpus.glob("*.en.txt")) + [ROOT / "corpus" / "shaymergenov-2008-nato-central-asia.en.txt"]
    listing = tmp_path / "docs.txt"
    listing.write_text("\n".join(map(str, docs)) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    submit(spark_submit, "glossary_counts.py", str(listing), str(out), "--partitions", "3")
    got = json_lines(out / "terms")
    want = steppe_spark.glossary_single_process(steppe.read_document(d) for d in docs)
    assert got == want
    # an institution named in many documents: counted in each, with the termbase's Russian
    name = "Collective Security Treaty Organization"
    row = next(r for r in got if r["term"] == name)
    assert row["documents"] == sum(name in steppe.read_document(d) for d in docs) >= 2
    assert row["ru"] == "Организация Договора о коллективной безопасности"

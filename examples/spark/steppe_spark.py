"""What the Spark jobs do to one record, one document or one group, shared by the jobs (shipped to
the executors with --py-files) and by their single-process references (tests, --local).

Everything here is a plain function of its input: Spark only partitions, shuffles and retries.
"""

from collections import Counter

import steppe

# Columns the normalising job adds, for a column `title` or `name`.
NORMALISED = ("scheme", "cyrillic", "styled", "key", "ambiguous")


def detected_scheme(text: str) -> str:
    """The scheme a romanised string is best read as: the first of `steppe detect`'s list, `mixed`
    when no scheme fits every word, empty when no word tells schemes apart."""
    found = steppe.detect(text)
    if found["mixed"]:
        return "mixed"
    return found["schemes"][0][0] if found["schemes"] else ""


def normalise(text: str, style: str) -> dict:
    """One romanised field: its scheme, Cyrillic, form in `style`, matching key, and the number of
    words read with more than one reading considered (what a cataloguer should check)."""
    text = text or ""
    reading = steppe.cyrillic(text)
    return {
        "scheme": detected_scheme(text),
        "cyrillic": reading.text,
        "styled": steppe.transliterate(reading.text, style),
        "key": steppe.key(text),
        "ambiguous": len(reading.ambiguous()),
    }


def normalise_record(record: dict, columns: list, style: str) -> dict:
    """A record with `COLUMN_scheme`, `COLUMN_cyrillic`, … added for each romanised column."""
    out = dict(record)
    for column in columns:
        for field, value in normalise(record.get(column) or "", style).items():
            out[f"{column}_{field}"] = value
    return out


def spellings(record: dict, columns: list):
    """((column, key), (spelling, Cyrillic)) of each romanised column of a normalised record: what
    the clustering step shuffles (empty keys left out)."""
    for column in columns:
        key = record[f"{column}_key"]
        if key:
            yield (column, key), (record.get(column) or "", record[f"{column}_cyrillic"])


def count_spellings(pairs) -> Counter:
    """The (spelling, Cyrillic) pairs of one cluster, counted: the map-side combine."""
    return Counter(pairs)


def cluster(kind: str, key: str, counts: Counter) -> dict:
    """One cluster of variant spellings: the commonest spelling is preferred (ties: the first in
    code-point order), its Cyrillic the commonest reading, variants commonest first."""
    by_spelling, by_cyrillic = Counter(), Counter()
    for (spelling, cyrillic), n in counts.items():
        by_spelling[spelling] += n
        by_cyrillic[cyrillic] += n
    variants = sorted(by_spelling.items(), key=lambda sc: (-sc[1], sc[0]))
    readings = sorted(by_cyrillic.items(), key=lambda sc: (-sc[1], sc[0]))
    return {
        "kind": kind,
        "key": key,
        "preferred": variants[0][0],
        "cyrillic": readings[0][0],
        "count": sum(by_spelling.values()),
        "variants": [s for s, _ in variants],
        "variant_counts": [n for _, n in variants],
    }


def clusters_single_process(records, columns: list) -> list:
    """The clusters of a whole table in one process (the reference the Spark job must equal)."""
    groups = {}
    for record in records:
        for group, pair in spellings(record, columns):
            groups.setdefault(group, Counter())[pair] += 1
    return sorted((cluster(kind, key, c) for (kind, key), c in groups.items()), key=cluster_order)


def cluster_order(c: dict):
    """Output order of clusters: by column, biggest first, then by key."""
    return (c["kind"], -c["count"], c["key"])


def glossary_terms(text: str) -> list:
    """((kind, key of the term), record) of one document's glossary (built-in termbase), entries of
    one key within the document added up first, so that the document counts once."""
    groups = {}
    for e in steppe.glossary([text]):
        group, rec = (e["kind"], steppe.key(e["term"])), term_record(e)
        groups[group] = merge_terms(groups[group], rec, same_document=True) if group in groups else rec
    return list(groups.items())


def term_record(e: dict) -> dict:
    """What the corpus-wide reduction keeps of an entry."""
    return {
        "terms": {e["term"]: e["count"]},
        "count": e["count"],
        "documents": 1,
        "ru": e.get("ru") or "",
        "long": e.get("long") or "",
    }


def merge_terms(a: dict, b: dict, same_document: bool = False) -> dict:
    """Adds two records of one (kind, key): associative and commutative, so any reduce tree gives the
    same result (the Russian and the long form: the first in code-point order that is not empty)."""
    terms = dict(a["terms"])
    for t, n in b["terms"].items():
        terms[t] = terms.get(t, 0) + n
    pick = lambda x, y: min(v for v in (x, y) if v) if (x or y) else ""  # noqa: E731
    return {
        "terms": terms,
        "count": a["count"] + b["count"],
        "documents": a["documents"] if same_document else a["documents"] + b["documents"],
        "ru": pick(a["ru"], b["ru"]),
        "long": pick(a["long"], b["long"]),
    }


def term_row(group, merged: dict) -> dict:
    """One output row of the glossary job."""
    kind, key = group
    terms = sorted(merged["terms"].items(), key=lambda tn: (-tn[1], tn[0]))
    return {
        "kind": kind,
        "key": key,
        "term": terms[0][0],
        "spellings": [t for t, _ in terms],
        "count": merged["count"],
        "documents": merged["documents"],
        "ru": merged["ru"],
        "long": merged["long"],
    }


def glossary_single_process(texts) -> list:
    """The corpus-wide term counts in one process (reference for the Spark job)."""
    groups = {}
    for text in texts:
        for group, rec in glossary_terms(text):
            groups[group] = merge_terms(groups[group], rec) if group in groups else rec
    return sorted((term_row(g, m) for g, m in groups.items()), key=lambda r: (r["kind"], -r["count"], r["key"]))

"""Documents from Python: reading, segmentation, glossaries (compared with the committed exports
and the command line), and errors with the library's messages."""

import json
import subprocess

import pytest

import steppe


def test_segment_gives_sentences_and_footnotes_with_offsets():
    text = "First sentence here. Second one follows.\n\nA new paragraph.¹\n\n¹ Ibid.\n"
    doc = steppe.segment(text, lang="en")
    sentences = [s["text"] for s in doc["sentences"]]
    assert sentences[:2] == ["First sentence here.", "Second one follows."]
    encoded = text.encode("utf-8")
    for s in doc["sentences"]:
        assert encoded[s["start"] : s["end"]].decode("utf-8").startswith(s["text"][:5])
    assert len(doc["paragraphs"]) >= 2
    assert "source" not in doc


def test_segment_of_the_sample_repairs_what_the_gold_names(sample_text):
    doc = steppe.segment(sample_text, lang="en")
    assert len(doc["footnotes"]) >= 20
    assert any(r["kind"] for r in doc["repairs"])
    # the dropped initial capital is repaired ('nce the 1990s' → 'Since the 1990s')
    assert any("Since the 1990s" in s["text"] for s in doc["sentences"])


def test_segment_refuses_an_unknown_language():
    with pytest.raises(steppe.SteppeError, match="unknown language"):
        steppe.segment("text", lang="de")


def test_glossary_of_the_sample_has_the_gold_acronyms(sample_text, gold):
    entries = steppe.glossary([sample_text])
    by_term = {e["term"]: e for e in entries if e["kind"] == "acronym"}
    for acronym in gold["acronyms"]:
        assert acronym["short"] in by_term, acronym["short"]
        assert by_term[acronym["short"]]["ru"] == acronym["ru"], acronym["short"]
    assert steppe.glossary([sample_text], termbase=False)[0].get("ru") in (None, "")


def test_glossary_exports_equal_the_committed_build_outputs(sample_text, root):
    stem = "shaymergenov-2008-nato-central-asia.en.glossary"
    for fmt, ext in (("tbx", "tbx"), ("tbx2", "v2.tbx"), ("tsv", "txt"), ("csv", "csv")):
        committed = (root / "tmx" / f"{stem}.{ext}").read_text(encoding="utf-8")
        assert steppe.glossary([sample_text], format=fmt) == committed, fmt


def test_glossary_counts_add_across_texts():
    one = "The Collective Security Treaty Organization (CSTO) met. The CSTO agreed."
    counts = {e["term"]: e["count"] for e in steppe.glossary([one])}
    doubled = {e["term"]: e["count"] for e in steppe.glossary([one, one])}
    assert counts["CSTO"] >= 2 and doubled["CSTO"] == 2 * counts["CSTO"]


def test_glossary_refuses_an_unknown_format_and_kind():
    with pytest.raises(steppe.SteppeError, match="unknown format"):
        steppe.glossary(["NATO"], format="xml")
    with pytest.raises(steppe.SteppeError):
        steppe.glossary(["NATO"], kinds=["planet"])


def test_read_document_names_the_file_and_the_byte(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_bytes(b"ab\xffcd")
    with pytest.raises(steppe.SteppeError) as err:
        steppe.read_document(bad)
    assert str(err.value) == f"{bad}: invalid UTF-8 at byte 2 (line 1, column 3)"
    with pytest.raises(steppe.SteppeError, match="missing.txt"):
        steppe.read_document(tmp_path / "missing.txt")
    good = tmp_path / "good.txt"
    good.write_text("\ufeffone\r\ntwo", encoding="utf-8")
    assert steppe.read_document(good) == "one\ntwo"


def test_read_document_and_segment_equal_the_command_line_on_docx_odt_html(root, cli):
    for name in ("notes.docx", "notes.odt", "notes.html"):
        path = root / "tests" / "fixtures" / "formats" / name
        doc = steppe.segment(steppe.read_document(path), lang="en")
        out = subprocess.run(
            [cli, "segment", "--format", "json", "--lang", "en", str(path)], check=True, capture_output=True, text=True
        )
        want = json.loads(out.stdout)
        assert [s["text"] for s in doc["sentences"]] == [s["text"] for s in want["sentences"]], name
        assert [f["text"] for f in doc["footnotes"]] == [f["text"] for f in want["footnotes"]], name
        assert doc["footnotes"], name

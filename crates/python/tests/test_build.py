"""The main job from Python: the same files as `steppe build`, a failing text reported."""

import shutil

import pytest

import steppe


def test_build_of_the_sample_writes_the_committed_exports(tmp_path, root):
    summary = steppe.build(root / "corpus", tmp_path)
    assert summary["texts"] == 1 and summary["failed"] == 0 and summary["errors"] == []
    # eight exports, the review page and the index
    assert len(summary["written"]) == 10 and summary["entries"] > 40 and summary["spans"] > 10
    for path in summary["written"]:
        written = tmp_path / path.name
        assert written.read_bytes() == (root / "tmx" / written.name).read_bytes(), written.name


def test_build_aligns_a_pair_and_reports_a_bad_text(tmp_path, root):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "talks.en.txt").write_text(
        "The Collective Security Treaty Organization met in Moscow. Kazakhstan sent a delegation.\n", encoding="utf-8"
    )
    (corpus / "talks.ru.txt").write_text(
        "Организация Договора о коллективной безопасности собралась в Москве. Казахстан направил делегацию.\n",
        encoding="utf-8",
    )
    (corpus / "broken.txt").write_bytes(b"NATO \xff")
    summary = steppe.build(corpus, tmp_path / "out")
    assert summary["failed"] == 1
    assert summary["errors"] == [f"{corpus / 'broken.txt'}: invalid UTF-8 at byte 5 (line 1, column 6)"]
    assert summary["aligned"] == 2
    units = list(steppe.TmxReader(tmp_path / "out" / "talks.tmx"))
    assert [u.text("ru")[:11] for u in units] == ["Организация", "Казахстан н"]
    assert not list((tmp_path / "out").glob("broken*"))


def test_build_refuses_a_missing_corpus(tmp_path):
    with pytest.raises(steppe.SteppeError, match="cannot read the corpus folder"):
        steppe.build(tmp_path / "missing", tmp_path / "out")

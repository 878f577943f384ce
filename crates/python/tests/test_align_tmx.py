"""Alignment and TMX from Python: pairs, units, the streaming reader, the atomic writer and the
merge, compared with the command line's files."""

import subprocess

import pytest

import steppe

EN = (
    "The North Atlantic Treaty Organization met in Brussels in 2008. Kazakhstan sent a delegation.\n\n"
    "Nazarbayev spoke about security. The talks lasted three days."
)
RU = (
    "Организация Североатлантического договора собралась в Брюсселе в 2008 году. Казахстан направил делегацию.\n\n"
    "Назарбаев говорил о безопасности. Переговоры длились три дня."
)


def test_align_pairs_each_sentence_with_its_translation():
    a = steppe.align(EN, RU)
    assert (a.source_lang, a.target_lang) == ("en", "ru")
    pairs = a.pairs()
    assert [(s[:12], t[:12]) for s, t, _ in pairs] == [
        ("The North At", "Организация "),
        ("Kazakhstan s", "Казахстан на"),
        ("Nazarbayev s", "Назарбаев го"),
        ("The talks la", "Переговоры д"),
    ]
    assert all(0.0 <= score <= 1.0 for *_, score in pairs)
    assert len(a) == 4
    units = a.units(prefix="doc")
    assert [u.tuid for u in units] == ["doc:1", "doc:2", "doc:3", "doc:4"]
    assert units[0].text("ru").startswith("Организация") and units[0].props[0][0] == "x-steppe-score"


def test_align_equals_the_command_line_tmx(tmp_path, cli):
    (tmp_path / "a.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "a.ru.txt").write_text(RU, encoding="utf-8")
    out = subprocess.run(
        [cli, "align", str(tmp_path / "a.en.txt"), str(tmp_path / "a.ru.txt")], check=True, capture_output=True
    ).stdout.decode("utf-8")
    assert steppe.align(EN, RU).to_tmx() == out


def test_align_refuses_an_unknown_language():
    with pytest.raises(steppe.SteppeError):
        steppe.align("a", "b", source_lang="xx")


def test_writer_reader_round_trip(tmp_path):
    path = tmp_path / "m.tmx"
    units = [
        steppe.Unit([("en", "Save"), ("ru", "Сохранить")], tuid="1", props=[("x-note", "a & b")]),
        steppe.Unit([("en", "Open <file>"), ("ru", "Открыть «файл»")], tuid="2", notes=["checked"]),
    ]
    with steppe.TmxWriter(path, "en") as w:
        for u in units:
            w.write(u)
    reader = steppe.TmxReader(path)
    assert reader.srclang == "en" and reader.header["creationtool"] == "steppe"
    back = list(reader)
    assert back == units
    assert back[1].variants == [("en", "Open <file>"), ("ru", "Открыть «файл»")]
    assert back[1].notes == ["checked"] and back[0].props == [("x-note", "a & b")]


def test_writer_leaves_nothing_on_an_exception(tmp_path):
    path = tmp_path / "m.tmx"
    with pytest.raises(RuntimeError):
        with steppe.TmxWriter(path, "en") as w:
            w.write(steppe.Unit([("en", "a"), ("ru", "б")]))
            raise RuntimeError("stop")
    assert list(tmp_path.iterdir()) == []


def test_reader_errors_name_the_file_and_position(tmp_path):
    bad = tmp_path / "bad.tmx"
    bad.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en">', encoding="utf-8")
    with pytest.raises(steppe.SteppeError, match="bad.tmx"):
        list(steppe.TmxReader(bad))
    with pytest.raises(steppe.SteppeError, match="nothere.tmx"):
        steppe.TmxReader(tmp_path / "nothere.tmx")


def test_reader_streams_the_committed_refs_memory(root):
    path = root / "tmx" / "shaymergenov-2008-nato-central-asia.en.refs.tmx"
    reader = steppe.TmxReader(path)
    assert reader.srclang == "ru-Latn"
    units = list(reader)
    assert len(units) > 10
    assert all(u.text("ru-Latn") and u.text("ru") for u in units)


def test_merge_equals_the_command_line_and_drops_duplicates(tmp_path, cli):
    a, b = tmp_path / "a.tmx", tmp_path / "b.tmx"
    with steppe.TmxWriter(a, "en") as w:
        w.write(steppe.Unit([("en", "Save"), ("ru", "Сохранить")], tuid="a1"))
        w.write(steppe.Unit([("en", "Open"), ("ru", "Открыть")], tuid="a2"))
    with steppe.TmxWriter(b, "en") as w:
        w.write(steppe.Unit([("en", "Save"), ("ru", "Сохранить")], tuid="b1"))
        w.write(steppe.Unit([("en", "Close"), ("ru", "Закрыть")], tuid="b2"))
    assert steppe.tmx_merge([a, b], tmp_path / "py.tmx") == (4, 3)
    subprocess.run([cli, "tmx", "merge", str(a), str(b), "-o", str(tmp_path / "cli.tmx")], check=True, capture_output=True)
    assert (tmp_path / "py.tmx").read_bytes() == (tmp_path / "cli.tmx").read_bytes()
    assert [u.tuid for u in steppe.TmxReader(tmp_path / "py.tmx")] == ["a1", "a2", "b2"]

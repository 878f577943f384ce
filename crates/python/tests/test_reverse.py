"""Cyrillic from romanised Russian, detection, keys, clusters and references, from Python."""

import json
import subprocess

import pytest

import steppe


def test_the_issue_example_prints_the_cyrillic():
    assert str(steppe.cyrillic("Tsentral'naia Aziia")) == "Центральная Азия"


def test_every_romanised_item_of_the_sample_reads_as_the_gold_cyrillic(gold):
    wrong = [
        (item["text"], str(steppe.cyrillic(item["text"])), item["cyrillic"])
        for item in gold["romanised"]
        if str(steppe.cyrillic(item["text"])) != item["cyrillic"]
    ]
    assert wrong == []


def test_what_is_not_romanised_stays_as_written(gold):
    for text in gold["not_romanised"]:
        assert steppe.cyrillic(text).text == text


def test_words_carry_their_kind_and_alternatives():
    r = steppe.cyrillic("Laumulin, Tsentral'naia Aziia v mirovoi politike (NATO)")
    by_latin = {w.latin: w for w in r.words}
    assert by_latin["Tsentral'naia"].output == "Центральная"
    assert by_latin["Tsentral'naia"].kind == "russian"
    assert by_latin["NATO"].output == "НАТО" and by_latin["NATO"].kind == "acronym"
    # best first, lower scores better, the chosen reading among them
    alts = by_latin["Tsentral'naia"].alternatives
    assert alts and alts[0][0] == "центральная"
    assert all(isinstance(s, float) for _, s in alts)
    # an English word stays English
    english = steppe.cyrillic("the Shanghai Cooperation Organization").words
    assert [w.kind for w in english].count("english") >= 3
    assert steppe.cyrillic("the Shanghai Cooperation Organization").text == "the Shanghai Cooperation Organization"


def test_confidence_is_the_engines_and_the_weakest_word_decides():
    # every word a lexicon word with a clear margin: certain
    sure = steppe.cyrillic("Vneshniaia politika Kazakhstana")
    assert [w.confidence for w in sure.words] == ["certain"] * 3
    assert sure.confidence == "certain"
    # an unknown surname is read by the name rule: not certain, and the line is as weak as it
    guess = steppe.cyrillic("Vneshniaia politika Dzhaksybekova")
    weakest = guess.words[-1]
    assert weakest.latin == "Dzhaksybekova" and weakest.confidence in ("likely", "guess")
    assert guess.confidence == weakest.confidence


def test_case_punctuation_and_lines_are_kept():
    text = "Izbrannye rechi.\nTOM II: «Politika»"
    out = steppe.cyrillic(text).text
    assert out.split("\n")[0] == "Избранные речи."
    assert out.count("\n") == 1 and "«" in out and out.split("\n")[1].startswith("ТОМ II:")


def test_one_scheme_only():
    assert steppe.cyrillic("Tsentral'naya", scheme="bgn_pcgn").text == "Центральная"
    with pytest.raises(steppe.SteppeError, match='unknown scheme "klingon"'):
        steppe.cyrillic("x", scheme="klingon")


def test_detect_names_the_schemes_and_the_mix():
    found = steppe.detect("Tsentral'naia Azia v mirovoy politologii")
    assert found["mixed"] is True
    assert any(e.startswith("mixed") for e in found["evidence"])
    plain = steppe.detect("Tsentral'naia Aziia")
    names = [name for name, _ in plain["schemes"]]
    assert "ala_lc_alt" in names and "wikipedia" not in names


def test_one_key_for_every_spelling():
    spellings = ["Nazarbaev", "Nazarbayev", "Назарбаев"]
    assert len({steppe.key(s) for s in spellings}) == 1
    titles = ["Tsentral'naia", "Tsentralnaya", "Centralʹnaâ", "Центральная"]
    assert len({steppe.key(s) for s in titles}) == 1
    assert steppe.key("Nazarbaev") != steppe.key("Tokaev")


def test_names_cluster_spellings_across_texts():
    clusters = steppe.names(["Nazarbaev v Astane", "Nazarbayev; Назарбаев"])
    first = clusters[0]
    assert first["kind"] == "name" and first["count"] == 3
    assert sorted(s for s, _ in first["variants"]) == ["Nazarbaev", "Nazarbayev", "Назарбаев"]
    assert first["cyrillic"] == "Назарбаев"


def test_reference_spans_flag_a_mixed_title():
    spans = steppe.reference_spans([(1, "See: Tsentral'naia Azia v mirovoy politike, Almaty, 2006.")])
    assert spans[0]["cyrillic"] == "Центральная Азия в мировой политике"
    # ALA-LC with its ligature ties and the soft sign as a prime
    assert spans[0]["styled"] == "T͡sentralʹnai͡a Azii͡a v mirovoĭ politike"
    assert any(f.startswith("mixed") for f in spans[0]["flags"])
    assert spans[0]["note"] == 1


def test_refs_of_the_sample_equal_the_command_line(sample_text, cli, root):
    got = steppe.refs(sample_text)
    out = subprocess.run(
        [cli, "refs", "--format", "json", str(root / "corpus" / "shaymergenov-2008-nato-central-asia.en.txt")],
        check=True, capture_output=True, text=True,
    ).stdout
    assert got == json.loads(out)
    assert len(got) > 10


def test_transliterate_in_several_schemes():
    assert steppe.transliterate("Центральная Азия", "bgn_pcgn") == "Tsentral’naya Aziya"
    assert steppe.transliterate("Щука", "iso_9_1968") != steppe.transliterate("Щука", "bgn_pcgn")
    assert steppe.transliterate("Қазақстан", "kz_2021", lang="kk") == "Qazaqstan"
    assert "ala_lc" in steppe.schemes() and len(steppe.schemes()) >= 28
    with pytest.raises(steppe.SteppeError, match="unknown language"):
        steppe.transliterate("x", "ala_lc", lang="de")


def test_round_trip_through_schemes_keeps_the_key():
    for scheme in ("ala_lc", "bgn_pcgn", "iso_9_1968", "wikipedia", "gost_779"):
        latin = steppe.transliterate("Назарбаев", scheme)
        assert steppe.key(latin) == steppe.key("Назарбаев"), (scheme, latin)


def test_user_word_lists_and_exceptions_as_on_the_command_line(tmp_path, cli):
    words = tmp_path / "places.txt"
    words.write_text("Кызылорда\n", encoding="utf-8")
    table = tmp_path / "exceptions.tsv"
    table.write_text("# places\nAlmaty\tАлматы\n", encoding="utf-8")
    # without them: a name guessed by the name rule, and an English spelling kept
    plain = steppe.cyrillic("Kyzylorda, Almaty")
    assert str(plain) == "Кызылорда, Almaty"
    assert plain.words[0].kind == "name" and plain.words[0].confidence != "certain"
    mine = steppe.cyrillic("Kyzylorda, Almaty", lexicon=[words], exceptions=str(table))
    assert str(mine) == "Кызылорда, Алматы"
    assert (mine.words[0].kind, mine.words[0].confidence) == ("russian", "certain")
    assert mine.words[1].kind == "exception"
    assert steppe.key("Almaty", exceptions=table) == steppe.key("Алматы")
    assert steppe.key("Almaty") != steppe.key("Алматы")
    cli = subprocess.run(
        [cli, "cyrillic", "--lexicon", str(words), "--exceptions", str(table), "Kyzylorda, Almaty"],
        capture_output=True, text=True, check=True,
    )
    assert cli.stdout == "Кызылорда, Алматы\n"


def test_an_edited_exceptions_file_is_read_again(tmp_path):
    table = tmp_path / "exceptions.tsv"
    table.write_text("Almaty\tАлматы\n", encoding="utf-8")
    assert str(steppe.cyrillic("Almaty", exceptions=table)) == "Алматы"
    table.write_text("Almaty\tАлма-Ата\n", encoding="utf-8")
    assert str(steppe.cyrillic("Almaty", exceptions=table)) == "Алма-Ата"


def test_bad_user_files_raise_with_the_file_and_line(tmp_path):
    table = tmp_path / "exceptions.tsv"
    table.write_text("Almaty\tАлматы\nno tab here\n", encoding="utf-8")
    with pytest.raises(steppe.SteppeError, match=r"exceptions\.tsv: line 2: expected `Latin<TAB>output`"):
        steppe.cyrillic("Almaty", exceptions=table)
    with pytest.raises(steppe.SteppeError, match="missing.txt"):
        steppe.key("Almaty", lexicon=[tmp_path / "missing.txt"])

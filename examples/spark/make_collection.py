"""Generates the test collections of the Spark jobs, deterministically (a seed).

catalogue: a CSV of N catalogue records (id, title, name, and the truth: scheme, title_ru,
name_ru). Each work is a title of 2–4 Russian dictionary words and a proper noun, both from the
hunspell-ru word list the lexicon is built from (crates/lexicon/data/hunspell-ru/ru_RU.dic),
romanised by steppe.transliterate in 4 of 8 schemes: so every work appears as several records
spelled differently, which the job must cluster back together.

pairs: DIR with English/Russian document pairs composed from a small parallel sentence table
(written for this test, below) and pairs.tsv listing them as `steppe align --pairs` reads.

    python make_collection.py catalogue catalogue.csv --records 100000
    python make_collection.py pairs pairs-dir --documents 40
"""

import argparse
import csv
import random
import re
from pathlib import Path

import steppe

ROOT = Path(__file__).resolve().parents[2]
WORDS = ROOT / "crates" / "lexicon" / "data" / "hunspell-ru" / "ru_RU.dic"
SCHEMES = ["ala_lc", "ala_lc_alt", "bgn_pcgn", "iso_9_1968", "wikipedia", "gost_779", "scientific", "icao_doc_9303"]
SPELLINGS_PER_WORK = 4


def russian_words():
    """(common words, proper nouns) of the hunspell-ru word list, in file order."""
    lines = WORDS.read_text(encoding="utf-8").split("\n")[1:]
    stems = [line.split("/")[0].strip() for line in lines if line.strip()]
    common = [w for w in stems if re.fullmatch("[а-яё]{3,}", w)]
    proper = [w for w in stems if re.fullmatch("[А-ЯЁ][а-яё]{3,}", w)]
    return common, proper


def catalogue(out: Path, records: int, seed: int) -> None:
    rng = random.Random(seed)
    common, proper = russian_words()
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "title", "name", "scheme", "title_ru", "name_ru"])
        n = 0
        while n < records:
            words = rng.sample(common, rng.randint(2, 4))
            title_ru = " ".join(words).capitalize()
            name_ru = rng.choice(proper)
            for scheme in rng.sample(SCHEMES, SPELLINGS_PER_WORK):
                if n == records:
                    break
                title = steppe.transliterate(title_ru, scheme)
                name = steppe.transliterate(name_ru, scheme)
                w.writerow([n + 1, title, name, scheme, title_ru, name_ru])
                n += 1


# English and Russian sentences that translate each other (composed for this test).
PARALLEL = [
    ("The summit of the North Atlantic Treaty Organization opened in Riga.", "Саммит Организации Североатлантического договора открылся в Риге."),
    ("Kazakhstan joined the Partnership for Peace programme in 1994.", "Казахстан присоединился к программе «Партнерство ради мира» в 1994 году."),
    ("Nazarbayev met the Secretary General in Astana.", "Назарбаев встретился с Генеральным секретарем в Астане."),
    ("The talks lasted three days.", "Переговоры длились три дня."),
    ("Security in Central Asia depends on many factors.", "Безопасность в Центральной Азии зависит от многих факторов."),
    ("The Collective Security Treaty Organization held an exercise.", "Организация Договора о коллективной безопасности провела учения."),
    ("The Shanghai Cooperation Organization met in Bishkek.", "Шанхайская организация сотрудничества собралась в Бишкеке."),
    ("Energy exports grew by 12 percent in 2007.", "Экспорт энергоносителей вырос на 12 процентов в 2007 году."),
    ("The parliament ratified the agreement.", "Парламент ратифицировал соглашение."),
    ("Afghanistan remains the main source of threats.", "Афганистан остается главным источником угроз."),
    ("Experts expect new cooperation programmes.", "Эксперты ожидают новых программ сотрудничества."),
    ("The ministry published its annual report.", "Министерство опубликовало свой ежегодный отчет."),
    ("Russia and China watch the region closely.", "Россия и Китай внимательно следят за регионом."),
    ("A peacekeeping battalion was formed in 2000.", "Миротворческий батальон был сформирован в 2000 году."),
    ("The Caspian Sea is rich in oil and gas.", "Каспийское море богато нефтью и газом."),
    ("The conference ended with a joint statement.", "Конференция завершилась совместным заявлением."),
]


def pairs(out: Path, documents: int, seed: int) -> None:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for d in range(1, documents + 1):
        chosen = [PARALLEL[i] for i in sorted(rng.sample(range(len(PARALLEL)), rng.randint(4, 10)))]
        # paragraphs of two or three sentences
        en, ru, i = [], [], 0
        while i < len(chosen):
            k = rng.randint(2, 3)
            en.append(" ".join(s for s, _ in chosen[i : i + k]))
            ru.append(" ".join(t for _, t in chosen[i : i + k]))
            i += k
        (out / f"doc{d:04}.en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
        (out / f"doc{d:04}.ru.txt").write_text("\n\n".join(ru) + "\n", encoding="utf-8")
        lines.append(f"{out / f'doc{d:04}.en.txt'}\t{out / f'doc{d:04}.ru.txt'}\tdoc{d:04}.tmx")
    (out / "pairs.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("what", choices=["catalogue", "pairs"])
    p.add_argument("out", type=Path)
    p.add_argument("--records", type=int, default=100_000)
    p.add_argument("--documents", type=int, default=40)
    p.add_argument("--seed", type=int, default=16)
    a = p.parse_args()
    if a.what == "catalogue":
        catalogue(a.out, a.records, a.seed)
    else:
        pairs(a.out, a.documents, a.seed)


if __name__ == "__main__":
    main()

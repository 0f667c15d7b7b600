"""Common nouns of news reports the wordnets lack or rank by a rarer sense ([glossary] of
the language files), the concept words of their inflected forms, and listed nouns found
by their lemma: the counts pair and are named as the other report names them."""

from __future__ import annotations

import pytest

from tests.analysis.figure_helpers import art
from tui.analysis import glossary, langdata
from tui.analysis.compare import compare_articles
from tui.analysis.figures import noun_gloss
from tui.analysis.quantities import Quantity
from tui.models import Article

CASES = [
    # (A text, A language, B text, B language, row name, status: None when the row of A's
    # count is named so whether or not it pairs)
    ("A választási bizottság 52 szavazólapot nézett át újra.", "hu",
     "Volební komise znovu prověřila 55 hlasovacích lístků.", "cs", "ballots", None),
    ("Līdz pusdienlaikam banka bija saņēmusi 3100 sūdzību.", "lv",
     "By midday the bank had received 3,400 complaints.", "en", "complaints", "conflict"),
    ("Vesi oli pilaantunut 5 kunnassa.", "fi",
     "The water was contaminated in six municipalities.", "en", "municipalities",
     "conflict"),
    ("У фондах галереї зберігається 4500 експонатів.", "uk",
     "В фондах галереи хранится 4500 экспонатов.", "ru", "exhibits", "agree"),
    ("Õnnetuspaigale saadeti 7 kiirabibrigaadi.", "et",
     "Seven ambulances were sent to the scene.", "en", "ambulances", "agree"),
    ("Fuq id-dgħajsa kien hemm 9 minorenni.", "mt",
     "There were 9 children on the boat.", "en", "children", None),
    ("Φέτος 31 ελαιοτριβεία θα μείνουν κλειστά.", "el",
     "This year 35 mills will stay closed.", "en", "mills", "conflict"),
    ("Na miejsce przyjechało 12 wozami strażackimi 40 strażaków.", "pl",
     "Forty firefighters arrived in 12 vehicles.", "en", "vehicles", "agree"),
    ("A helyszínre 9 tűzoltóautó érkezett.", "hu",
     "Nine vehicles reached the site.", "en", "vehicles", "agree"),
    ("Lautalla oli 420 henkilöautoa.", "fi",  # a car, not a person ("henkilö*")
     "The ferry carried 400 cars.", "en", "vehicles", "conflict"),
    ("Под Брестом с рельсов сошли 14 цистерн.", "ru",
     "Near Brest 14 tankers came off the rails.", "en", "tankers", "agree"),
    ("Po powodzi zamknięto 2 ujęcia wody.", "pl",
     "After the flood 3 intakes were closed.", "en", "intakes", "conflict"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb", "name", "status"), CASES)
def test_news_nouns_are_named_as_the_other_report_names_them(
        a: str, la: str, b: str, lb: str, name: str, status: str | None) -> None:
    rows = rows_of(art(a, la), art(b, lb))
    assert any(c in (name, name[:-1]) and status in (None, s) for c, s in rows), rows


def rows_of(a: Article, b: Article) -> list[tuple[str, str]]:
    """(name, status) of every row of figures A states."""
    return [(f["concept"], f["status"]) for f in compare_articles(a, b)["facts"]
            if f["kind"] == "quantity" and f["a"]]


def test_every_glossary_entry_names_a_known_english_sense() -> None:
    for language in langdata.languages():
        for section in ("glossary", "glossary_written"):
            for word, name in langdata.section(language, section).items():
                assert glossary.english_senses(name), (language, section, word, name)


def test_an_entry_ranks_its_english_sense_first() -> None:
    # "kunta" (municipality) is listed by the wordnets with "fields" first
    first = glossary.own_senses("fi", "kunta")[0]
    assert glossary.english_name(first) == "municipalities"


def test_a_listed_noun_is_found_by_its_lemma() -> None:
    # "вантажівок" (genitive plural) is missed by the prefix "вантажівк*" of trucks
    q = Quantity(concept="other", value=30, text="30", start=0, end=2, sentence=0,
                 noun="вантажівок", noun_text="вантажівок")
    assert noun_gloss(q, "uk") == "trucks"

"""One sentence of our own per language file: the figure, what it counts and its qualifier."""

from __future__ import annotations

import pytest

from tui.analysis import lexicon
from tui.analysis.quantities import extract_quantities
from tui.analysis.sentences import split_sentences
from tui.analysis.text import fold


def figures(text: str, lang: str) -> list[tuple[str, float, str]]:
    found = extract_quantities(text, lang, split_sentences(text, lang))
    return [(q.concept, q.value, q.qualifier) for q in found if q.concept != "other"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Co najmniej 12 osób zginęło w pożarze."),
        ("cs", "Nejméně 12 lidí zemřelo při povodních."),
        ("sk", "Najmenej 12 ľudí zahynulo pri nehode."),
        ("sl", "Vsaj 12 ljudi je umrlo v poplavah."),
        ("hr", "Najmanje 12 ljudi poginulo je u požaru."),
        ("bg", "Най-малко 12 души загинаха при пожара."),
        ("el", "Τουλάχιστον 12 άνθρωποι σκοτώθηκαν στη φωτιά."),
        ("ro", "Cel puțin 12 persoane au murit în incendiu."),
        ("hu", "Legalább 12 ember meghalt a tűzben."),
        ("fi", "Ainakin 12 ihmistä kuoli tulipalossa."),
        ("et", "Vähemalt 12 inimest hukkus tulekahjus."),
        ("lt", "Mažiausiai 12 žmonių žuvo gaisre."),
        ("lv", "Vismaz 12 cilvēki ir miruši ugunsgrēkā."),
        ("sv", "Minst 12 personer dödades i branden."),
        ("da", "Mindst 12 personer blev dræbt i branden."),
        ("ga", "Maraíodh ar a laghad 12 duine sa tine."),
        ("mt", "Mill-inqas 12 persuni mietu fin-nar."),
        ("tr", "Yangında en az 12 kişi öldü."),
        ("uk", "Щонайменше 12 людей загинули внаслідок пожежі."),
        ("ru", "По меньшей мере 12 человек погибли при пожаре."),
        ("nl", "Minstens 12 mensen zijn omgekomen bij de brand."),
    ],
)
def test_at_least_twelve_killed(lang: str, text: str) -> None:
    assert figures(text, lang) == [("killed", 12, "at_least")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("sv", "Omkring 300 personer evakuerades och 40 hus förstördes.",
         [("evacuated", 300, "approx"), ("homes", 40, "exact")]),
        ("pl", "Ponad 2 tysiące mieszkańców ewakuowano, a 15 domów zniszczono.",
         [("evacuated", 2000, "more_than"), ("homes", 15, "exact")]),
        ("tr", "Depremde 45 kişi yaralandı, 3 bina yıkıldı.",
         [("injured", 45, "exact"), ("buildings", 3, "exact")]),
        ("hu", "Körülbelül 300 embert kitelepítettek.", [("evacuated", 300, "approx")]),
        ("ro", "Aproximativ 300 de persoane au fost evacuate.", [("evacuated", 300, "approx")]),
        ("cs", "Policie zadržela 7 lidí, 30 osob je pohřešováno.",
         [("arrested", 7, "exact"), ("missing", 30, "exact")]),
        ("fi", "Noin 1,5 miljoonaa euroa.", [("money", 1_500_000, "approx")]),
    ],
)
def test_concepts_qualifiers_and_scales(lang: str, text: str, expected: list) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("pl", "Dwanaście osób zostało rannych.", 12),
        ("cs", "Dvacet tři lidé byli zraněni.", 23),
        ("sv", "Tolv personer skadades.", 12),
        ("el", "Δώδεκα άνθρωποι τραυματίστηκαν.", 12),
    ],
)
def test_number_words_from_the_language_file(lang: str, text: str, value: int) -> None:
    assert figures(text, lang) == [("injured", value, "exact")]


def test_units_are_read_in_every_language() -> None:
    text = "Ogień objął 12 kilometrów kwadratowych i 300 hektarów lasu."
    found = extract_quantities(text, "pl", split_sentences(text, "pl"))
    assert {(q.unit, q.value) for q in found} >= {("ha", 300)}


def test_a_concept_word_is_also_matched_by_its_lemma() -> None:
    # "zemřou" (will die) is not covered by the stems of cs.toml; simplemma's lemma is.
    assert lexicon.concept_table("cs").get(fold("zemřou"), "zemřou") == "killed"
    # Languages whose file does not ask for lemmas never load simplemma's data.
    assert lexicon.concept_table("pl").lemma_lang is None

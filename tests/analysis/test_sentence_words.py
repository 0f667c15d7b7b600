"""Common words opening a sentence (or following a dateline or a quote) are no names."""

from __future__ import annotations

from tui.analysis.compare import compare_articles
from tui.models import Article


def _entity_texts(a: Article, b: Article) -> set[str]:
    facts = compare_articles(a, b)["facts"]
    return {side["text"] for f in facts if f["kind"] == "entity"
            for side in (f["a"], f["b"]) if side}


CS = Article(title="Požár skladu", language="cs", body=(
    "OLOMOUC – Zhruba 30 hasičů zasahovalo v sobotu u požáru skladu v Olomouci. "
    "Zraněni byli dva zaměstnanci, uvedl mluvčí hasičů Tomáš Dvořák. "
    "Poslední plameny hasiči uhasili večer. Škodu odhadli na pět milionů korun."))
SK = Article(title="Požiar skladu", language="sk", body=(
    "Približne 30 hasičov zasahovalo v sobotu pri požiari skladu v Olomouci. "
    "Zranenia utrpeli dvaja zamestnanci, povedal hovorca hasičov Tomáš Dvořák. "
    "Posledné plamene hasiči uhasili večer. Škodu odhadli na päť miliónov korún."))


def test_sentence_opening_common_words_are_not_entities() -> None:
    names = _entity_texts(CS, SK)
    for word in ("Zhruba", "Zraněni", "Zranenia", "Poslední", "Posledné", "Približne"):
        assert word not in names
    assert "Tomáš Dvořák" in names


def test_a_name_opening_a_sentence_stays() -> None:
    a = Article(title="Visit", language="en", body=(
        "Israel sent 12 doctors to the region on Monday. Officials said 40 people were hurt."))
    b = Article(title="Besuch", language="de", body=(
        "Israel schickte am Montag 12 Ärzte in die Region. 40 Menschen wurden verletzt."))
    assert "Israel" in _entity_texts(a, b)


def test_first_word_of_an_institution_with_a_lowercase_noun_stays() -> None:
    a = Article(title="Drons", language="lv", body=(
        "Valsts policija sestdien aizturēja 3 cilvēkus. Lidosta bija slēgta 2 stundas."))
    b = Article(title="Drone", language="en", body=(
        "State Police detained 3 people on Saturday. The airport was shut for 2 hours."))
    names = _entity_texts(a, b)
    assert "Lidosta" not in names
    assert any(n.startswith("Valsts") for n in names)

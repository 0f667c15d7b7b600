"""Names whose stem or script changes between two reports: a Greek spelling of a Slavic
name ("μπ", "ντ", "γκ" for b, d, g; "-εφ" for "-ев"), an Estonian genitive that drops a
consonant ("Kuusk"/"Kuuse") or softens one, a Finnish "-si" stem ("-vesi"/"-vedellä"),
a name in the Finnish plural. Different names stay apart."""

from __future__ import annotations

import pytest

from tui.analysis.compare import compare_articles
from tui.analysis.entities import same_name
from tui.analysis.translit import foreign_reading, latin
from tui.models import Article


@pytest.mark.parametrize(("a", "b", "la", "lb"), [
    ("Димитър Бонев", "Ντιμιτάρ Μπόνεφ", "bg", "el"),   # Greek b, d; -εφ is -ев
    ("Ботевград", "Μποτέβγκραντ", "bg", "el"),          # γκ is g, a final ντ d
    ("Пенка Ганчева", "Πένκα Γκάντσεβα", "bg", "el"),   # ντσ: an n before ts
    ("Mart Kuuse", "Mart Kuusk", "et", "en"),           # Estonian sk -> s
    ("Liisa Kase", "Liisa Kask", "et", "et"),
    ("Maanteeliidu", "Maanteeliit", "et", "en"),        # Estonian t -> d
    ("Rautavedellä", "Rautavesi", "fi", "en"),          # Finnish -si on a -de- stem
    ("Lahden Kettujen", "Lahden Ketut", "fi", "en"),    # a club named in the plural
])
def test_changed_stems_are_one_name(a, b, la, lb) -> None:
    assert same_name(a, b, la, lb)


@pytest.mark.parametrize(("a", "b", "la", "lb"), [
    ("Kask", "Kass", "et", "et"),          # two Estonian surnames, not a case of one
    ("Mart Kask", "Mart Kass", "et", "et"),
    ("Ивана Бонева", "Ντιμιτάρ Μπόνεφ", "bg", "el"),
    ("Петров", "Πάβλοφ", "bg", "el"),
])
def test_different_names_stay_apart(a, b, la, lb) -> None:
    assert not same_name(a, b, la, lb)


def test_a_greek_name_keeps_its_own_romanisation() -> None:
    # "Πεντέλη" is Penteli in Latin letters; only the foreign reading turns "ντ" into d.
    assert latin("Πεντέλη") == "Penteli"
    assert latin(foreign_reading("Πεντέλη")) == "Pedeli"
    assert foreign_reading("Sofia") == "Sofia"


def _rows(a: Article, b: Article) -> list[tuple[set[str], set[str]]]:
    return [({f["a"]["text"], *f["a"]["mentions"]}, {f["b"]["text"], *f["b"]["mentions"]})
            for f in compare_articles(a, b)["facts"]
            if f["kind"] == "entity" and f["status"] == "agree"]


def test_compare_pairs_a_bulgarian_mayor_with_his_greek_spelling() -> None:
    a = Article(title="", language="bg", body=(
        "Четиринадесет семейства са без ток, съобщи кметът Димитър Бонев. "
        "Ремонтът в Ботевград ще продължи два дни, каза Бонев."))
    b = Article(title="", language="el", body=(
        "Δεκατέσσερις οικογένειες έμειναν χωρίς ρεύμα, ανακοίνωσε ο δήμαρχος Ντιμιτάρ "
        "Μπόνεφ. Η επισκευή στο Μποτέβγκραντ θα διαρκέσει δύο ημέρες."))
    rows = _rows(a, b)
    assert any("Димитър Бонев" in x and "Ντιμιτάρ Μπόνεφ" in y for x, y in rows), rows
    assert any("Ботевград" in x and "Μποτέβγκραντ" in y for x, y in rows), rows


def test_compare_joins_an_estonian_genitive_to_its_nominative() -> None:
    a = Article(title="", language="et", body=(
        "Tormis murdus 40 puud, ütles vallavanem Mart Kuusk. "
        "Elekter on taastatud ja Mart Kuuse sõnul on teed puhastatud."))
    b = Article(title="", language="en", body=(
        "Mayor Mart Kuusk said 40 trees had fallen in the storm. "
        "Roads have been cleared and power restored, Kuusk said."))
    rows = _rows(a, b)
    assert any({"Mart Kuusk", "Mart Kuuse"} <= x and "Mart Kuusk" in y for x, y in rows), rows


def test_names_that_share_only_their_consonants_stay_two() -> None:
    # Phonetic keys drop vowels: "Brakovets" and "Borchova" both key as "brkv…".
    assert not same_name("Браковець", "Борчова", "uk", "uk")
    assert same_name("Коваленко", "Kovalenko", "uk", "en")


def test_compare_keeps_the_two_sides_of_a_border_crossing_apart() -> None:
    a = Article(title="", language="uk", body=(
        "Черга вантажівок розтягнулася на 12 кілометрів біля пункту пропуску "
        "Браковець — Борчова. Водії чекали в Браковці всю ніч."))
    b = Article(title="", language="pl", body=(
        "Kolejka ciężarówek ciągnęła się na 12 kilometrów przy przejściu Brakowiec — "
        "Borczowa. Kierowcy czekali w Borczowej całą noc."))
    rows = _rows(a, b)
    assert any("Браковець" in x and "Brakowiec" in y and "Борчова" not in x for x, y in rows)
    assert any("Борчова" in x and "Borczowa" in y for x, y in rows), rows


def test_a_bulgarian_schwa_is_the_romanian_a_breve() -> None:
    assert same_name("Bărăgan", "Бъръган", "ro", "bg")
    a = Article(title="", language="ro", body=(
        "Firma Agroplast Bărăgan a anunțat că 35 de angajați au fost evacuați."))
    b = Article(title="", language="bg", body=(
        "Фирмата Агропласт Бъръган съобщи, че 35 служители са били евакуирани."))
    rows = _rows(a, b)
    assert any("Agroplast Bărăgan" in x and "Агропласт Бъръган" in y for x, y in rows), rows

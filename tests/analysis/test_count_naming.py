"""Which word names a count (issue 10): an inflected or derived counted noun is named by
its lemma (tui/analysis/noun_forms.py, ending rules learned from simplemma's data), and
the noun a number governs names it rather than a state word of the clause."""

from __future__ import annotations

import logging

import pytest
from figure_helpers import art, paired

from tui.analysis import noun_forms
from tui.analysis.facts import analyse_article
from tui.analysis.figures import count_label, is_count


def test_a_finnish_illative_meets_german_servers() -> None:
    a = art("Hyökkääjät pääsivät neljään palvelimeen.", "fi")
    b = art("Die Angreifer drangen in vier Server ein.", "de")
    assert ("servers", "agree", 4, 4) in paired(a, b)


def test_a_finnish_partitive_plural_meets_italian_pharmacies() -> None:
    a = art("Kolmessa kunnassa suljettiin 14 apteekkia.", "fi")
    b = art("I tre comuni sono state chiuse 14 farmacie.", "it")
    assert ("pharmacies", "agree", 14, 14) in paired(a, b)


@pytest.mark.parametrize(("body", "language"), [
    ("W akcji brało udział 40 nadzorców.", "pl"),
    ("En el operativo participaron 40 supervisores.", "es"),
])
def test_a_german_feminine_plural_is_named_by_its_base(body: str, language: str) -> None:
    a = art("Im Einsatz standen 40 Aufseherinnen.", "de")
    rows = paired(a, art(body, language))
    assert [r for r in rows if r[1:] == ("agree", 40, 40) and r[0].startswith("supervisor")]


def test_animals_the_number_governs_are_counted_not_the_verb() -> None:
    a = art("Wölfe haben 12 Ziegen gerissen.", "de")
    b = art("Les loups ont tué 12 chèvres.", "fr")
    assert ("goats", "agree", 12, 12) in paired(a, b)


def test_people_are_still_counted_by_what_happened_to_them() -> None:
    a = art("Dos pescadores resultaron heridos cuando una ola golpeó su barco.", "es")
    b = art("Two fishermen were injured when a wave struck their boat.", "en")
    assert ("injured", "agree", 2, 2) in paired(a, b)


def test_a_modifier_before_a_listed_noun_does_not_name_the_count() -> None:
    a = art("Mehr als 70 polnische Feuerwehrleute legten Ölsperren aus.", "de")
    b = art("Ponad 70 polskich strażaków rozłożyło zapory.", "pl")
    assert ("firefighters", "agree", 70, 70) in paired(a, b)


def test_a_bad_rules_file_leaves_the_language_without_rules(
        tmp_path, monkeypatch, caplog) -> None:
    (tmp_path / "xx.tsv").write_text("di\tt\t61\nnot a rule\n", encoding="utf-8")
    monkeypatch.setattr(noun_forms, "DATA_DIR", tmp_path)
    noun_forms.rules.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            assert noun_forms.rules("xx") == {}
        assert "xx.tsv line 2" in caplog.text
        assert noun_forms.lemma("xx", "kliendi") is None
    finally:
        noun_forms.rules.cache_clear()
        noun_forms.lemma.cache_clear()


@pytest.mark.parametrize(("english", "status"), [("400", "agree"), ("450", "conflict")])
def test_a_lowercase_german_word_before_a_noun_qualifies_it(english: str, status: str) -> None:
    # German writes every noun with a capital: "verdächtige" (suspicious) is no "suspect".
    a = art("Die Bank meldete 400 verdächtige Überweisungen zu spät.", "de")
    b = art(f"The bank reported {english} suspicious transfers late.", "en")
    assert [r for r in paired(a, b) if r[1] == status and r[0].startswith("transfer")]


@pytest.mark.parametrize(("body", "language"), [
    ("Koosolekul osales 25 komiteeliiget.", "et"),
    ("Kokouksessa oli 25 hallituksenjäsentä.", "fi"),
])
def test_a_compound_the_glossary_lacks_is_named_by_its_head(body: str, language: str) -> None:
    counts = [q for q in analyse_article(art(body, language)).quantities if is_count(q)]
    assert [count_label(q, language) for q in counts] == ["members"]


@pytest.mark.parametrize(("body", "language"), [
    ("Spośród 40 autobusów na trasę wyjechało tylko dziewięć.", "pl"),
    ("Only nine of the 40 buses were running.", "en"),
])
def test_a_bare_count_after_a_whole_it_is_part_of_counts_the_whole_s_noun(
        body: str, language: str) -> None:
    a = art("З 40 автобусів на маршрут вийшли лише дев'ять.", "uk")
    assert ("buses", "agree", 9, 9) in paired(a, art(body, language))


def test_a_part_with_a_noun_of_its_own_keeps_it() -> None:
    a = art("З 40 автобусів на маршрут вийшли лише дев'ять водіїв.", "uk")
    b = art("Only nine of the 40 buses were running.", "en")
    assert ("buses", "agree", 9, 9) not in paired(a, b)


@pytest.mark.parametrize(("body", "language"), [
    ("Etsintöihin osallistui 25 pelastajaa.", "fi"),
    ("Otsingutel osales 25 päästjat.", "et"),
])
def test_a_finnic_rescuer_is_counted_as_a_rescuer(body: str, language: str) -> None:
    b = art("Twenty-five rescuers took part in the search.", "en")
    assert ("rescuers", "agree", 25, 25) in paired(art(body, language), b)

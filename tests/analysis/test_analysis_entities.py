"""Entities: spans, titles, clustering of spelling variants, exonyms and countries."""

from __future__ import annotations

import pytest

from tui.analysis import gazetteer
from tui.analysis.entities import extract_entities, same_name
from tui.analysis.phonetic import names_similar, word_key
from tui.analysis.sentences import split_sentences


def entities(text: str, lang: str):
    return extract_entities(text, lang, split_sentences(text, lang))


SEED_SPELLINGS = ["Zelensky", "Zelenskyy", "Zelenskiy", "Jelnsky", "Gelnsky", "Zelnsky",
                  "Zensky", "Jensky"]


@pytest.mark.parametrize("variant", SEED_SPELLINGS)
def test_zelensky_spellings_are_one_person(variant: str) -> None:
    assert names_similar(variant, "Zelensky")
    known = gazetteer.fuzzy_lookup(variant)
    assert known is not None and known.id == "gaz:zelensky"


def test_full_names_with_mangled_first_names() -> None:
    assert same_name("Vloadimir Jensky", "Volodymyr Zelensky")
    assert same_name("Zelensky", "Volodymyr Zelensky")
    assert not same_name("Vladimir Putin", "Volodymyr Zelensky")
    assert not same_name("Trump", "Putin")


@pytest.mark.parametrize(
    ("name", "known_id"),
    [
        ("Kyiv", "gaz:kyiv"), ("Kiev", "gaz:kyiv"), ("Kive", "gaz:kyiv"), ("Київ", "gaz:kyiv"),
        ("Киев", "gaz:kyiv"), ("Peru", "cty:PE"), ("Perú", "cty:PE"), ("Bavaria", "gaz:bavaria"),
        ("Bayern", "gaz:bavaria"), ("Danube", "gaz:danube"), ("Donau", "gaz:danube"),
        ("Danubio", "gaz:danube"), ("Дунай", "gaz:danube"), ("Lisbon", "gaz:lisbon"),
        ("Lisboa", "gaz:lisbon"), ("Polônia", "cty:PL"), ("Polónia", "cty:PL"),
        ("Polen", "cty:PL"), ("Pologne", "cty:PL"), ("EUA", "cty:US"), ("U.S.", "cty:US"),
        ("Ucrânia", "cty:UA"), ("União Europeia", "gaz:eu"),
    ],
)
def test_exonyms_and_countries(name: str, known_id: str) -> None:
    known = gazetteer.fuzzy_lookup(name)
    assert known is not None and known.id == known_id


def test_no_false_fuzzy_place() -> None:
    assert gazetteer.fuzzy_lookup("Monchique") is None
    assert gazetteer.fuzzy_lookup("Kave") is None


def test_phonetic_key() -> None:
    assert word_key("Zelensky") == word_key("Jelnsky") == word_key("Gelnsky")
    assert word_key("Kyiv") == word_key("Kiev") == word_key("Київ")
    assert word_key("Fernandez") == word_key("Fernandes")


def test_titles_demonyms_and_clusters() -> None:
    text = ("Ukrainian President Volodymyr Zelensky met US President Donald Trump. "
            "Zelensky said the talks in Kyiv went well. Firefighters worked all night.")
    found = {e.text: e for e in entities(text, "en")}
    assert found["Volodymyr Zelensky"].type == "person"
    assert found["Volodymyr Zelensky"].names == ["Volodymyr Zelensky", "Zelensky"]
    assert found["Donald Trump"].type == "person"
    assert found["US"].id == "cty:US"
    assert found["Kyiv"].type == "place"
    assert "Ukrainian" not in found and "President" not in found
    # a capitalised sentence opener, not a name (English loads no dictionary to say more)
    assert "Firefighters" not in found or found["Firefighters"].weak


def test_seed_like_portuguese_variants_cluster() -> None:
    text = ("Trump ligou para o presidente da Ucrânia, Vloadimir Jensky, e Jelnsky disse que "
            "sim. Gelnsky falou depois. Zelnsky concordou. Zensky rejeitou o plano em Kive.")
    ents = entities(text, "pt")
    zel = next(e for e in ents if e.id == "gaz:zelensky")
    assert set(zel.names) == {"Vloadimir Jensky", "Jelnsky", "Gelnsky", "Zelnsky", "Zensky"}
    assert any(e.id == "gaz:kyiv" and "Kive" in e.names for e in ents)


def test_mentions_carry_offsets() -> None:
    text = "Talks in Lisbon ended. Later, Lisbon confirmed."
    (lisbon,) = [e for e in entities(text, "en") if e.id == "gaz:lisbon"]
    assert [text[m.start:m.end] for m in lisbon.mentions] == ["Lisbon", "Lisbon"]
    assert [m.sentence for m in lisbon.mentions] == [0, 1]


def test_cyrillic_inflections_and_transliteration() -> None:
    for name, known_id in (("Києві", "gaz:kyiv"), ("Україні", "cty:UA"), ("Одесу", "gaz:odesa"),
                           ("Росія", "cty:RU")):
        known = gazetteer.fuzzy_lookup(name)
        assert known is not None and known.id == known_id, name
    assert same_name("Олег Кіпер", "Oleh Kiper")


def test_institution_names_also_yield_the_place() -> None:
    text = "A Justiça de Minas Gerais bloqueou as contas da empresa."
    names = {m for e in entities(text, "pt") for m in e.names}
    assert {"Justiça de Minas Gerais", "Minas Gerais"} <= names


def test_articles_inside_names_and_german_place_nouns() -> None:
    names = {e.text for e in entities("Los rescatados llegaron a La Restinga, en El Hierro.",
                                      "es")}
    assert {"La Restinga", "El Hierro"} <= names
    (sylt,) = [e for e in entities("Auf der Insel Sylt brach eine Düne weg.", "de")
               if "Sylt" in e.text]
    assert sylt.text == "Sylt"

"""English names of glossary senses are plurals English writes ("children", not "childs"),
and senses are ranked by how common they are, a phrase not rated as its rarest word;
the build's rule (tools/build_glossary.py) and the shipped names.tsv agree."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tui.analysis import glossary

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.build_glossary import Princeton  # noqa: E402


def _senses_named(word: str) -> list[int]:
    return [s for s in glossary.own_senses("en", word, stems=False)]


@pytest.mark.parametrize(("singular", "plural"), [
    ("child", "children"), ("sheep", "sheep"), ("deer", "deer"), ("accused", "accused"),
])
def test_shipped_names_are_english_plurals(singular: str, plural: str) -> None:
    names = {glossary.english_name(s) for s in _senses_named(singular)}
    assert plural in names
    assert singular + "s" not in names


def _pwn() -> Princeton:
    """A Princeton with only what `plural` reads: no WordNet files needed."""
    pwn = Princeton.__new__(Princeton)
    pwn.irregular = {"calf": ["calves"], "fish": ["fishes"], "passer-by": ["passers-by"]}
    pwn.verbs = {"injure", "wound"}
    pwn.lemmas = {"injure", "wound", "mean", "scissor", "lorry"}
    return pwn


def _common(word: str) -> float:
    """A toy frequency table: the forms an English text writes, others never."""
    return {"geese": 3.0, "gooses": 0.5, "fish": 4.0, "fishes": 2.0, "foremen": 2.0,
            "germans": 3.0, "clergy": 3.0, "clergies": 0.01, "choir": 3.0,
            "choirs": 1.0}.get(word, 0.0)


@pytest.mark.parametrize(("name", "person", "expected"), [
    ("injured", True, "injured"),        # a person named by a participle
    ("wounded", False, "woundeds"),      # only persons stay unchanged
    ("means", False, "means"),           # written as a plural already
    ("calf", False, "calves"),           # WordNet's irregular plural
    ("foreman", False, "foremen"),
    ("german", False, "germans"),        # the commoner of -mans and -men
    ("delivery lorry", False, "delivery lorries"),
    ("passer-by", False, "passers-by"),
])
def test_plural_rule(name: str, person: bool, expected: str) -> None:
    assert _pwn().plural(name, _common, person=person) == expected


@pytest.mark.parametrize(("name", "expected"), [("fish", "fish"), ("goose", "geese")])
def test_plural_by_inflect_when_english_writes_it(name: str, expected: str) -> None:
    pytest.importorskip("inflect")
    assert _pwn().plural(name, _common) == expected


@pytest.mark.parametrize(("name", "mass", "expected"), [
    ("clergy", True, "clergy"),     # a group English hardly writes in the plural
    ("clergy", False, "clergies"),  # only groups: a thing's "cans" are rare beside "can"
    ("choir", True, "choirs"),      # a group English counts
])
def test_plural_of_a_collective(name: str, mass: bool, expected: str) -> None:
    assert _pwn().plural(name, _common, mass=mass) == expected


def test_shipped_collectives_are_not_plurals() -> None:
    names = {glossary.english_name(s) for s in _senses_named("police")}
    assert "police" in names and "polices" not in names


def test_plural_of_a_proper_noun_is_regular() -> None:
    pytest.importorskip("inflect")
    assert _pwn().plural("pesto", _common, proper=True) == "pestos"


@pytest.mark.parametrize(("language", "word", "first"), [
    ("de", "Abonnement", "subscriptions"),   # not "commutation tickets"
    ("pl", "medyk", "doctors"),              # not "medical practitioners"
    ("pl", "granica", "borders"),            # not "limits" ("outer limits")
    ("pl", "wystawa", "exhibitions"),        # not "shopwindows" ("shop windows")
])
def test_first_sense_is_not_a_phrase_of_common_words(language: str, word: str,
                                                     first: str) -> None:
    """wordfreq rates a phrase about as common as its rarest word: a sense named by a
    phrase of common words must not outrank the sense a single word names."""
    found = glossary.own_senses(language, word, stems=False)
    assert glossary.english_name(found[0]) == first


@pytest.mark.parametrize(("language", "word", "first"), [
    ("sl", "koza", "goats"),          # not a vaulting horse ("buck")
    ("sl", "kolega", "colleagues"),   # not "buddies"
    ("pl", "chłopiec", "boys"),       # not "sons"
    ("hu", "tigris", "tigers"),       # a river's name every language spells alike: no vote
])
def test_first_sense_is_the_one_other_languages_spell_alike(language: str, word: str,
                                                            first: str) -> None:
    """A sense that the lemmas spelt alike in other languages mean too ranks higher."""
    found = glossary.own_senses(language, word, stems=False)
    assert glossary.english_name(found[0]) == first


def test_phrase_factor_per_word_past_the_first() -> None:
    from tools.build_glossary import _PHRASE, phrase_factor
    assert phrase_factor("goat") == 1.0
    assert phrase_factor("vaulting horse") == _PHRASE
    assert phrase_factor("jack-in-the-box") == _PHRASE ** 3
    assert phrase_factor("WHO") == _PHRASE  # not "who": wordfreq folds case


@pytest.mark.parametrize(("language", "word", "first"), [
    ("da", "fårene", "sheep"),    # "får", not "far" (father), which folds alike
    ("da", "far", "fathers"),
    ("sl", "koz", "goats"),       # "koza", not "koža" (skin)
    ("sl", "kože", "skins"),
])
def test_lemmas_folding_alike_keep_their_own_senses(language: str, word: str,
                                                    first: str) -> None:
    found = glossary.senses(language, word, stems=False)
    assert glossary.english_name(found[0]) == first


def test_people_are_named_humans_not_homos() -> None:
    """A sense is renamed by the cognate lemma English writes more often in it, counting
    only its uses as a noun ("human" is an adjective mostly)."""
    found = glossary.senses("da", "mennesker", stems=False)
    assert glossary.english_name(found[0]) == "humans"

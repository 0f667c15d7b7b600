"""Which word after a number is the counted noun (issue 10): an adjective or participle
between the number and its noun qualifies it, a grammar word or a verb names nothing,
and a compound is known as a noun by its head."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import art, paired

from tui.analysis import langdata, noun_forms
from tui.analysis.facts import analyse
from tui.analysis.figures import count_label, is_count


def _counts(body: str, language: str) -> dict[object, str]:
    """value -> what each figure of the report counts, as a compared row would name it."""
    return {q.value: count_label(q, language) if is_count(q) else q.concept
            for q in analyse(body, language, None).quantities}


def test_an_unknown_adjective_before_a_known_noun_qualifies_it() -> None:
    body = "Az éjszaka négy szürke farkas szökött meg a rezervátumból."
    assert _counts(body, "hu")[4] == "wolves"  # "szürke" (grey) only qualifies them
    b = art("Patru lupi au fugit noaptea din rezervație.", "ro")
    assert ("wolves", "agree", 4, 4) in paired(art(body, "hu"), b)


def test_a_participle_before_an_unknown_noun_is_not_what_is_counted() -> None:
    found = _counts("Guards found 17 knotted bedsheets under the bunk.", "en")
    assert found[17] == "bedsheet"


def test_a_slavic_adjective_form_gives_way_to_its_noun_in_both_reports() -> None:
    a = art("Zbog oluje u prekidu je bilo 9 trajektnih linija prema otocima.", "hr")
    b = art("Zaradi neurja je bilo odpovedanih 9 trajektnih linij do otokov.", "sl")
    assert ("lines", "agree", 9, 9) in paired(a, b)


def test_past_the_first_word_only_an_adjective_ending_moves_on() -> None:
    # "the contract of 120 hired workers": the possessed noun after is not counted
    found = _counts("A gyár 120 kölcsönzött munkavállaló szerződését bontotta fel.", "hu")
    assert found[120] != "contracts"


def test_a_lowercase_word_in_german_is_no_counted_noun() -> None:
    found = _counts("Wegen des Streiks fallen am Montag 45 Zugfahrten aus, teilte die Bahn mit.",
                    "de")
    assert found[45] != "cases"  # "fallen" (to be cancelled), not "Fälle"
    found = _counts("Die Gebühr wurde am Montag auf 30 erhöht.", "de")
    assert found[30] == "other"  # "erhöht" (raised) names nothing counted


@pytest.mark.parametrize(("body", "language"), [
    ("Στο λιμάνι βυθίστηκαν τρία από τα δέκα σκάφη.", "el"),
    ("Trei dintre turiști au fost transportați la spital.", "ro"),
])
def test_a_part_of_word_is_not_the_counted_noun(body: str, language: str) -> None:
    concepts = set(_counts(body, language).values())
    assert not concepts & {"απο", "dintre"}


def test_a_modal_verb_after_a_number_is_no_noun() -> None:
    found = _counts("Only about 25 will stay on to dismantle the machines.", "en")
    assert found[25] == "other"  # not a count of "will"s


def test_a_compound_is_known_as_a_noun_by_its_head() -> None:
    assert noun_forms.compound_head("de", "Notarzthubschrauber") == "hubschrauber"
    assert noun_forms.compound_head("en", "helicopters") is None  # English writes them apart
    # a short head hidden in a longer word is no head ("trafi|kanter": "kant", edge)
    assert noun_forms.compound_head("sv", "trafikanter") is None


def test_adjective_endings_must_be_words(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text("[meta]\nname = 'X'\n[words]\nadjective_endings = 3\n", "utf-8")
    with pytest.raises(langdata.LangDataError, match="words.adjective_endings must be"):
        langdata.read_file(path)


def test_the_romanian_de_after_a_number_leads_to_its_noun() -> None:
    a = art("Pe stadion se aflau 2.500 de spectatori când a început ploaia.", "ro")
    b = art("About 2,500 spectators were in the stadium when the rain started.", "en")
    assert [r for r in paired(a, b) if r[1:] == ("agree", 2500, 2500)
            and r[0].startswith("spectator")]


def test_german_adjectives_in_a_row_give_way_to_the_capitalised_noun() -> None:
    assert _counts("Am Morgen kamen 5 neue rote Busse im Depot an.", "de")[5] == "buses"


def test_where_adjectives_follow_the_word_after_the_number_is_the_noun() -> None:
    found = _counts("Fil-vann kien hemm 30 borża sportiva mimlija.", "mt")
    assert found[30] == "borza"  # the bags, not "sportiva" (sports)


@pytest.mark.parametrize(("body", "language", "value", "name"), [
    ("Este verano llegaron 2 millones de turistas.", "es", 2_000_000, "tourists"),
    ("Il museo ha accolto 2 milioni di visitatori nel 2023.", "it", 2_000_000, "visitors"),
    ("Une centaine de tracteurs bloquaient la route.", "fr", 100, "tractors"),
])
def test_the_noun_after_a_scale_or_collective_word_and_its_of_is_counted(
        body: str, language: str, value: int, name: str) -> None:
    """ "3 millones de visitantes": the number ends in a noun of its own, so its "of" only
    ties it to what it counts."""
    assert _counts(body, language)[value] == name


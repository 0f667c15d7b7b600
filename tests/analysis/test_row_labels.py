"""What a row of two paired figures is called (issue 10): the thing both reports count,
named so a reader sees what the numbers are."""

from __future__ import annotations

from figure_helpers import art, paired

from tui.analysis.compare import _label
from tui.analysis.figures import count_senses
from tui.analysis.quantities import Quantity
from tui.analysis.text import fold


def _count(word: str, language: str) -> tuple[Quantity, tuple[int, ...]]:
    q = Quantity(concept="other", value=9, text="9", start=0, end=1, sentence=0,
                 qualifier="exact", unit=None, base=9.0, noun=fold(word), noun_text=word)
    return q, count_senses(q, language)


def test_a_subgroup_both_reports_count_names_the_row() -> None:
    a = art("Six children were among the injured after the bus overturned.", "en")
    b = art("Unter den Verletzten des umgekippten Busses waren sechs Kinder.", "de")
    assert ("children", "agree", 6, 6) in paired(a, b)


def test_a_subgroup_one_report_names_leaves_the_state() -> None:
    a = art("Nine children were taken to hospital after the lunch.", "en")
    b = art("After the lunch nine people were taken to hospital.", "en")
    assert ("hospitalised", "agree", 9, 9) in paired(a, b)


def test_where_adjectives_follow_a_state_after_the_noun_leaves_it_counted() -> None:
    a = art("Fuarthas 40 caora marbh ar an sliabh maidin inné.", "ga")
    b = art("Forty sheep were found dead on the mountain yesterday morning.", "en")
    assert ("sheep", "agree", 40, 40) in paired(a, b)


def test_a_broader_noun_meets_the_other_reports_narrower_group() -> None:
    a = art("Tåget stod stilla i tunneln och 650 resenärer fick gå ut.", "sv")
    b = art("Toget holdt stille i tunnelen, og 600 passagerer måtte gå ud.", "da")
    assert ("passengers", "conflict", 650, 600) in paired(a, b)


def test_a_compound_of_members_counts_the_group_its_first_part_names() -> None:
    a = art("An Bord des Frachters befanden sich 17 Besatzungsmitglieder.", "de")
    b = art("Om bord på fragtskibet var 17 besætningsmedlemmer.", "da")
    assert ("crew", "agree", 17, 17) in paired(a, b)


def test_the_noun_known_more_surely_names_a_row_paired_by_alignment() -> None:
    (x, sx), (y, sy) = _count("qorvelik", "hu"), _count("Monatsgehälter", "de")
    assert _label(x, y, "hu", "de", (sx, sy)) == "wages"  # a compound's head, not nothing
    assert _label(y, x, "de", "hu", (sy, sx)) == "wages"


def test_members_of_the_crew_are_counted_as_crew_in_spanish_and_portuguese() -> None:
    a = art("En el pesquero viajaban 11 miembros de la tripulación.", "es")
    b = art("No pesqueiro viajavam 11 membros da tripulação.", "pt")
    assert ("crew", "agree", 11, 11) in paired(a, b)

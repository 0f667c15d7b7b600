"""Pairing precision: two figures of one concept that are still of different things (a
figure of another year, a whole and its part, a figure whose counterpart the other report
states beside it, a range far from the figure) never make a conflict; the same figures of
one thing still do."""

from __future__ import annotations

import pytest

from tui.analysis.compare import compare_articles
from tui.models import Article

_NOW = "2026-05-12T09:00:00+02:00"


def _art(body: str, language: str, published: str | None = _NOW) -> Article:
    return Article(title="Report", source="Wire", language=language, body=body,
                   published=published)


def _rows(a: Article, b: Article) -> list[tuple[str, str, object, object]]:
    return [(f["concept"], f["status"], f["a"]["value"], f["b"]["value"])
            for f in compare_articles(a, b)["facts"]
            if f["kind"] == "quantity" and f["a"] and f["b"]]


def _conflicts(a: Article, b: Article) -> list[tuple[object, object]]:
    return [(va, vb) for _, status, va, vb in _rows(a, b) if status == "conflict"]


@pytest.mark.parametrize(("la", "a_body", "lb", "b_body"), [
    ("pt", "O temporal destruiu 40 casas na vila. Em 2019, outro temporal destruiu 12 casas.",
     "es", "El temporal destruyó 40 casas en el pueblo y dañó otras 25 casas."),
    ("ro", "Furtuna a distrus 40 de case. În 2019 au fost distruse 12 case în aceeași zonă.",
     "pl", "Burza zniszczyła 40 domów; w sąsiedniej wsi zniszczonych jest 25 domów."),
])
def test_a_figure_of_another_year_never_conflicts_with_one_of_now(
        la: str, a_body: str, lb: str, b_body: str) -> None:
    a, b = _art(a_body, la), _art(b_body, lb)
    assert _conflicts(a, b) == []
    # the same sentence without its year is a figure of now: a disagreement with B's
    # figure read as a total ("otras 25", an increment, is a rival only of an increment)
    plain = _art(b_body.replace("otras ", ""), lb)
    assert (12, 25) in _conflicts(_art(a_body.replace("2019", "maio"), la), plain)


def test_figures_of_one_past_year_still_conflict() -> None:
    a = _art("Im Jahr 2019 zerstörte ein Sturm 80 Häuser.", "de")
    b = _art("Im Jahr 2019 zerstörte ein Sturm 95 Häuser.", "de")
    assert _conflicts(a, b) == [(80, 95)]


def test_the_reports_own_year_marks_no_figure() -> None:
    a = _art("Am 3. Mai 2026 zerstörte der Sturm 80 Häuser.", "de")
    b = _art("Der Sturm zerstörte 95 Häuser.", "de")
    assert _conflicts(a, b) == [(80, 95)]


@pytest.mark.parametrize(("la", "a_body", "lb", "b_body"), [
    ("pl", "Złodzieje wyłączyli siedem z 11 kamer w muzeum.",
     "pl", "Złodzieje wyłączyli siedem kamer w muzeum."),
    ("sv", "Tjuvarna stängde av sju av totalt 11 kameror i museet.",
     "sv", "Tjuvarna stängde av sju kameror i museet."),
])
def test_a_whole_never_conflicts_with_its_part(la: str, a_body: str, lb: str,
                                               b_body: str) -> None:
    """ "seven of the 11 cameras": 11 is the whole, seven the part the other report states."""
    a, b = _art(a_body, la), _art(b_body, lb)
    assert _conflicts(a, b) == []
    assert any(status == "agree" and va == vb == 7 for _, status, va, vb in _rows(a, b))


def test_a_figure_whose_counterpart_stands_beside_it_is_not_its_rival() -> None:
    """ "18 of the 31 seats" and "31 seats, 18 of them": 31 and 18 are never one fact."""
    a = _art("Koalicja ma w radzie 31 mandatów, a opozycja 18 radnych.", "pl")
    b = _art("Opozycja ma 18 radnych; rada liczy 31 mandatów.", "pl")
    assert (31, 18) not in _conflicts(a, b) and (18, 31) not in _conflicts(a, b)


@pytest.mark.parametrize(("a_body", "b_body", "expected"), [
    ("Three people were injured.", "Between 20 and 30 people were injured.", []),
    ("Eight people were injured.", "Between 10 and 12 people were injured.", [(8, 10)]),
])
def test_a_range_far_from_a_figure_is_another_thing(a_body: str, b_body: str,
                                                    expected: list[tuple[int, int]]) -> None:
    assert _conflicts(_art(a_body, "en"), _art(b_body, "en")) == expected


def test_a_lone_sub_group_meets_the_plain_figure_of_aligned_sentences() -> None:
    """ "12 niños hospitalizados" / "nove pessoas hospitalizadas": the only two figures of
    the concept, in sentences that say the same thing, are one fact (here, disputed)."""
    a = _art("Tras la comida en el comedor escolar, 12 niños fueron hospitalizados en Sevilla.",
             "es")
    b = _art("Depois do almoço na cantina escolar, nove pessoas foram hospitalizadas em "
             "Sevilha.", "pt")
    assert _conflicts(a, b) == [(12, 9)]


def test_a_sub_group_never_meets_the_plain_figure_when_its_report_states_one() -> None:
    a = _art("Tras la comida en el comedor escolar, 12 niños fueron hospitalizados en Sevilla. "
             "En total, 20 personas fueron hospitalizadas.", "es")
    b = _art("Depois do almoço na cantina escolar, nove pessoas foram hospitalizadas em "
             "Sevilha.", "pt")
    assert (12, 9) not in _conflicts(a, b)


@pytest.mark.parametrize(("la", "a_body", "past", "other_time", "lb", "b_body"), [
    ("pl", "Powódź zalała 40 domów. W zeszłym roku woda zalała 12 domów.", "W zeszłym roku",
     "W maju", "cs", "Povodeň zaplavila 40 domů a dalších 25 domů."),
    ("fi", "Tulva vei 40 taloa. Viime vuonna tulva vei 12 taloa.", "Viime vuonna",
     "Toukokuussa", "sv", "Översvämningen förstörde 40 hus och 25 hus till."),
])
def test_a_figure_of_last_year_never_conflicts_with_one_of_now(
        la: str, a_body: str, past: str, other_time: str, lb: str, b_body: str) -> None:
    """ "last year" in the report's language ([dates] past_year) marks another time."""
    b = _art(b_body, lb)
    assert _conflicts(_art(a_body, la), b) == []
    plain = _art(b_body.replace("dalších ", ""), lb)  # a total, not an increment
    assert _conflicts(_art(a_body.replace(past, other_time), la), plain) == [(12, 25)]

"""An hour of the day written with an hour word ("4 heures du matin") is not a duration
that could agree or conflict with the other report's durations."""

from __future__ import annotations

import pytest

from tui.analysis.compare import compare_articles
from tui.analysis.facts import extract_facts
from tui.models import Article


def _hours(body: str, language: str) -> list[float]:
    facts = extract_facts(Article(title="t", body=body, language=language))
    return [f["value"] for f in facts if f["kind"] == "quantity" and f.get("unit") == "h"]


@pytest.mark.parametrize(("language", "body"), [
    ("fr", "Le choc a eu lieu peu après 4 heures du matin. Les fouilles ont duré 6 heures."),
    ("pt", "O sismo ocorreu às 4 horas da manhã. As buscas duraram 6 horas."),
    ("es", "El temblor llegó a las 4 horas de la madrugada. El rescate duró 6 horas."),
])
def test_an_hour_of_the_day_is_not_a_duration_but_a_duration_stays(
    language: str, body: str
) -> None:
    assert _hours(body, language) == [6]


def test_a_duration_at_night_stays_a_duration() -> None:
    assert _hours("Les secours ont travaillé pendant 3 heures la nuit.", "fr") == [3]


def test_a_time_of_day_never_meets_a_duration_of_the_other_report() -> None:
    a = Article(title="Séisme", language="fr",
                body="Le séisme s'est produit à 4 heures du matin près de Ierapetra.")
    b = Article(title="Terremoto", language="it",
                body="Il terremoto vicino a Ierapetra è durato almeno venti secondi.")
    rows = [f for f in compare_articles(a, b)["facts"] if f.get("concept") == "duration"]
    assert all(f["status"] != "agree" for f in rows), rows

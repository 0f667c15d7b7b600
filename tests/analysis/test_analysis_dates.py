"""Mention dates resolved against the publication date."""

from __future__ import annotations

import pytest

from tui.analysis.dates import extract_dates
from tui.analysis.sentences import split_sentences

PUB = "2025-07-05T10:00:00+00:00"  # a Saturday


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Em 4 de julho de 2025 a cidade acordou.", "pt", [("2025-07-04", "4 de julho de 2025")]),
        ("It happened on Friday.", "en", [("2025-07-04", "Friday")]),
        ("It began on July 4, 2025 and ended 3 July.", "en",
         [("2025-07-04", "July 4, 2025"), ("2025-07-03", "3 July")]),
        ("Am 4. Juli stieg der Pegel.", "de", [("2025-07-04", "4. Juli")]),
        ("Le 1er juillet, il pleuvait.", "fr", [("2025-07-01", "1er juillet")]),
        ("Il 4 luglio e venerdì.", "it", [("2025-07-04", "4 luglio"), ("2025-07-04", "venerdì")]),
        ("Ocurrió el 4 de julio; ayer.", "es", [("2025-07-04", "4 de julio"),
                                                ("2025-07-04", "ayer")]),
        ("O alerta soou na sexta -feira de manhã.", "pt", [("2025-07-04", "sexta -feira")]),
    ],
)
def test_dates(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    found = extract_dates(text, lang, split_sentences(text, lang), PUB)
    assert [(d.value, d.text) for d in found] == expected


def test_without_publication_date_only_explicit_dates() -> None:
    text = "On Friday, 4 July 2025, it rained."
    found = extract_dates(text, "en", split_sentences(text), None)
    assert [d.value for d in found] == ["2025-07-04"]

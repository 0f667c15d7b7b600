"""Future markers before a weekday come from each language's [dates] data: a language
nobody wrote Python for (Ukrainian, Russian, Dutch) resolves "will meet on Wednesday" to
the next Wednesday and "met on Wednesday" to the last one."""

from __future__ import annotations

import pytest

from tui.analysis.dates import extract_dates
from tui.analysis.sentences import split_sentences

PUBLISHED = "2025-07-08"  # a Tuesday


def _dates(text: str, lang: str) -> list[str]:
    return [d.value for d in extract_dates(text, lang, split_sentences(text, lang), PUBLISHED)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Рада буде розглядати бюджет у четвер.", "uk"),
    ("Совет будет рассматривать бюджет в четверг.", "ru"),
    ("De raad zal donderdag over de begroting stemmen.", "nl"),
])
def test_a_future_weekday_is_the_next_one(text: str, lang: str) -> None:
    assert _dates(text, lang) == ["2025-07-10"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Рада розглянула бюджет у четвер.", "uk"),
    ("Совет рассмотрел бюджет в четверг.", "ru"),
])
def test_a_past_weekday_is_the_last_one(text: str, lang: str) -> None:
    assert _dates(text, lang) == ["2025-07-03"]

"""A range word between two numbers joins them; it is not an "up to" bound of the second."""

import pytest

from tui.analysis.quantities import extract_quantities
from tui.analysis.sentences import split_sentences


def _quals(text: str, lang: str) -> list[tuple[float, str]]:
    found = extract_quantities(text, lang, split_sentences(text, lang))
    return [(q.value, q.qualifier) for q in found]


@pytest.mark.parametrize(("text", "lang"), [
    ("Wiatr wiał z prędkością od 30 do 35 km/h.", "pl"),
    ("Ветер дул со скоростью от 30 до 35 км/ч.", "ru"),
    ("Vējš pūta no 30 līdz 35 km/h.", "lv"),
])
def test_second_number_of_a_range_is_not_an_upper_bound(text: str, lang: str) -> None:
    assert (35.0, "at_most") not in _quals(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Vítr foukal rychlostí až 35 km/h.", "cs"),
    ("Tuul puhus kiirusega kuni 35 km/h.", "et"),
])
def test_a_bound_word_alone_still_bounds(text: str, lang: str) -> None:
    assert (35.0, "at_most") in _quals(text, lang)

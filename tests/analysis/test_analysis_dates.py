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


# Day and month in the body, in the languages beyond the first nine: their case forms
# (babel's names, or `[dates] month_forms`) and the day's own words ("18 ta' Ġunju").
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Tilts tika slēgts 3. jūlijā.", "lv", ("2025-07-03", "3. jūlijā")),
        ("Sild suleti 3. juulil.", "et", ("2025-07-03", "3. juulil")),
        ("Most je bil zaprt 3. julija.", "sl", ("2025-07-03", "3. julija")),
        ("Мост је затворен 3. јула.", "sr", ("2025-07-03", "3. јула")),
        ("Most je zatvoren 3. jula.", "sr", ("2025-07-03", "3. jula")),
        ("Il-pont ingħalaq fit-3 ta' Lulju.", "mt", ("2025-07-03", "3 ta' Lulju")),
        ("Tiltas uždarytas liepos 3 d.", "lt", ("2025-07-03", "liepos 3")),
        ("A hidat július 3-án lezárták.", "hu", ("2025-07-03", "július 3")),
        ("Most zamknięto 3 lipca.", "pl", ("2025-07-03", "3 lipca")),
        ("Most je zatvoren 3. srpnja.", "hr", ("2025-07-03", "3. srpnja")),
        ("Silta suljettiin 3. heinäkuuta.", "fi", ("2025-07-03", "3. heinäkuuta")),
        ("Η γέφυρα έκλεισε στις 3 Ιουλίου.", "el", ("2025-07-03", "3 Ιουλίου")),
        ("Köprü 3 Temmuz'da kapatıldı.", "tr", ("2025-07-03", "3 Temmuz")),
        ("Podul a fost închis pe 3 iulie.", "ro", ("2025-07-03", "3 iulie")),
    ],
)
def test_day_and_month_in_every_language(text: str, lang: str,
                                         expected: tuple[str, str]) -> None:
    found = extract_dates(text, lang, split_sentences(text, lang), PUB)
    assert [(d.value, d.text) for d in found] == [expected]


def test_a_month_both_languages_spell_alike_is_read_in_the_text_s_language() -> None:
    """ "listopada" is October in Croatian and November in Polish."""
    for lang, month in (("hr", "10"), ("pl", "11")):
        text = "Most je 4. listopada."
        found = extract_dates(text, lang, split_sentences(text, lang), PUB)
        assert [d.value[5:7] for d in found] == [month], lang


def test_a_day_of_the_month_is_no_count_and_a_lithuanian_year_no_distance() -> None:
    from tui.analysis.facts import analyse_article
    from tui.models import Article

    body = ("2025 m. liepos 3 d. savivaldybė pranešė, kad iš miesto išvyko 200 žmonių, "
            "o naujas tiltas bus 120 m ilgio.")
    an = analyse_article(Article(title="x", body=body, language="lt", published=PUB))
    assert [(q.value, q.unit) for q in an.quantities] == [(200, None), (120, "m")]
    assert [d.value for d in an.dates] == ["2025-07-03"]

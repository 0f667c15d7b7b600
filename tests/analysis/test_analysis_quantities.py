"""Qualifiers, concepts across languages, roles, and what is not a quantity."""

from __future__ import annotations

import pytest

from tui.analysis.quantities import extract_quantities
from tui.analysis.sentences import split_sentences


def quantities(text: str, lang: str):
    return extract_quantities(text, lang, split_sentences(text, lang))


def one(text: str, lang: str):
    found = [q for q in quantities(text, lang) if q.concept != "other"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "qualifier"),
    [
        ("At least 26 people were injured.", "en", "at_least"),
        ("Pelo menos 20 pessoas ficaram feridas.", "pt", "at_least"),
        ("Mindestens 23 Menschen wurden verletzt.", "de", "at_least"),
        ("Au moins 12 personnes ont été blessées.", "fr", "at_least"),
        ("Almeno 12 persone sono rimaste ferite.", "it", "at_least"),
        ("Al menos 12 personas resultaron heridas.", "es", "at_least"),
        ("About 1,400 people were evacuated.", "en", "approx"),
        ("Cerca de 1.400 pessoas foram retiradas.", "pt", "approx"),
        ("Rund 1.400 Menschen wurden evakuiert.", "de", "approx"),
        ("Environ 1 400 personnes ont été évacuées.", "fr", "approx"),
        ("Circa 1.400 persone sono state evacuate.", "it", "approx"),
        ("Unos 1.400 vecinos fueron desalojados.", "es", "approx"),
        ("More than 300 people were arrested.", "en", "more_than"),
        ("Mais de 300 pessoas foram detidas.", "pt", "more_than"),
        ("Mehr als 300 Menschen wurden festgenommen.", "de", "more_than"),
        ("Plus de 300 personnes ont été interpellées.", "fr", "more_than"),
        ("Oltre 300 persone sono state arrestate.", "it", "more_than"),
        ("Más de 300 personas fueron detenidas.", "es", "more_than"),
        ("Up to 70 homes were damaged.", "en", "at_most"),
        ("Fewer than 70 homes were damaged.", "en", "less_than"),
    ],
)
def test_qualifiers(text: str, lang: str, qualifier: str) -> None:
    assert one(text, lang).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The strike hit the city, killing one person.", "en", 1),
        ("Segundo o prefeito, houve pelo menos um morto.", "pt", 1),
        ("L'accident a fait trois morts.", "fr", 3),
        ("Bei dem Unfall gab es zwei Tote.", "de", 2),
        ("Il bilancio è di sei morti.", "it", 6),
        ("El choque dejó dos fallecidos.", "es", 2),
        ("The death toll rose to 12.", "en", 12),
        ("O número de mortos causados pelas chuvas no estado subiu para 39.", "pt", 39),
    ],
)
def test_killed_in_every_language(text: str, lang: str, value: int) -> None:
    q = one(text, lang)
    assert (q.concept, q.value) == ("killed", value)


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Russia launched 550 drones overnight.", "en", "drones"),
        ("A Rússia lançou 539 drones.", "pt", "drones"),
        ("Le feu a détruit 46 maisons.", "fr", "homes"),
        ("Rund 250 Feuerwehrleute waren im Einsatz.", "de", "firefighters"),
        ("Sono stati cancellati 70 voli.", "it", "flights"),
        ("El avión llevaba 47 pasajeros.", "es", "passengers"),
        ("Injuring at least 26 and forcing 300 people to evacuate.", "en", None),
    ],
)
def test_concepts(text: str, lang: str, concept: str | None) -> None:
    found = quantities(text, lang)
    if concept is None:
        assert [(q.concept, q.value) for q in found] == [("injured", 26), ("evacuated", 300)]
    else:
        assert found[0].concept == concept


def test_dozen_is_approximate() -> None:
    q = one("A Rússia lançou cerca de uma dúzia de mísseis.", "pt")
    assert (q.concept, q.value, q.qualifier) == ("missiles", 12, "approx")
    q = one("Une dizaine d'hélicoptères ont été mobilisés.", "fr")
    assert (q.concept, q.value, q.qualifier) == ("aircraft", 10, "approx")


def test_roles_separate_launched_from_penetrated() -> None:
    text = "Russia launched 550 drones and 11 missiles. Seventy-two drones penetrated defences."
    found = quantities(text, "en")
    assert [(q.concept, q.value, q.role) for q in found] == [
        ("drones", 550, "launched"), ("missiles", 11, "launched"),
        ("drones", 72, "penetrated")]


def test_articles_count_only_before_a_concept_noun() -> None:
    assert [q.value for q in quantities("Houve um morto.", "pt")] == [1]
    assert quantities("Aconteceu num dia com um homem.", "pt") == []
    # before a unit the article states one unit, loosely ("less than a week")
    (week,) = quantities("Aconteceu há menos de uma semana, num dia com um homem.", "pt")
    assert (week.concept, week.value, week.qualifier, week.one_unit) == (
        "duration", 1, "less_than", True)
    assert quantities("A man was seen near a house.", "en") == []


def test_subgroups_and_partitives() -> None:
    found = quantities("Nine people were injured, including two children.", "en")
    assert [(q.concept, q.value, q.aspect) for q in found] == [
        ("injured", 9, None), ("injured", 2, "children")]
    (q,) = quantities("Five of the injured were in a serious condition.", "en")
    assert q.partitive and q.concept == "injured"
    # the predicate names what happened to that part: they are the hospitalised
    (q,) = quantities("Five of the injured were in hospital.", "en")
    assert q.partitive and q.concept == "hospitalised"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The mayor, aged 34, spoke in 2025.", "en"),
        ("Um homem de 34 anos morreu em 2003.", "pt"),
        ("A 34-year-old man arrived at 9:30 a.m.", "en"),
        ("O alerta terminou por volta das 9h desta manhã.", "pt"),
        ("Der Zug kam um 9 Uhr an.", "de"),
        ("Le train est arrivé vers 21 h 15.", "fr"),
        ("Call 0800 123 456 for help.", "en"),
        ("F-16 jets and the COVID-19 rules; the 3rd floor.", "en"),
        ("Em 4 de julho de 2025 a cidade acordou.", "pt"),
        ("Am 4. Juli 2025 stieg der Pegel.", "de"),
    ],
)
def test_non_quantities(text: str, lang: str) -> None:
    from tui.analysis.facts import analyse

    an = analyse(text, lang, "2025-07-05T10:00:00+00:00")
    assert [q.text for q in an.quantities if q.concept != "other"] == []
    assert [q.text for q in an.quantities if q.value in (34, 2025, 2003, 9, 21, 16, 19, 4)] == []


def test_offsets_point_at_the_text() -> None:
    text = "Officials said at least 26 were injured."
    (q,) = quantities(text, "en")
    assert text[q.start:q.end] == q.text == "at least 26"


def test_ukrainian_and_russian() -> None:
    found = quantities("Загинули щонайменше дев'ять людей, ще 27 людей поранені.", "uk")
    assert [(q.concept, q.value, q.qualifier) for q in found] == [
        ("killed", 9, "at_least"), ("injured", 27, "exact")]
    found = quantities("Росія випустила 64 ударні дрони; сили ППО збили 51 дрон.", "uk")
    assert [(q.concept, q.value, q.role) for q in found] == [
        ("drones", 64, "launched"), ("drones", 51, "intercepted")]
    (q,) = quantities("Погибли двадцать семь человек.", "ru")
    assert (q.concept, q.value) == ("killed", 27)


def test_words_that_look_like_units_or_times() -> None:
    (q,) = quantities("Una scossa di magnitudo 4,6 ha colpito Napoli.", "it")
    assert (q.concept, q.value, q.unit) == ("magnitude", 4.6, None)
    (q,) = quantities("La SNCF estime le coût à 12,5 millions d'euros.", "fr")
    assert (q.concept, q.value) == ("money", 12_500_000)
    assert quantities("Il terremoto è stato registrato alle 20.10 di lunedì.", "it") == []
    (q,) = quantities("On a envoyé 60 sapeurs-pompiers en renfort.", "fr")
    assert (q.concept, q.value) == ("firefighters", 60)


def test_elided_noun_after_conjunction() -> None:
    found = quantities("Some 1,500 homes were damaged and 320 were left uninhabitable. "
                       "A helicopter and two ships took part.", "en")
    assert [(q.concept, q.value) for q in found if q.concept != "other"] == [
        ("homes", 1500), ("homes", 320)]

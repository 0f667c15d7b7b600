"""Misses seen in the product: verb-governed figures, vague plurals, place typing, future weekdays.

All sentences here are invented for the tests.
"""

from __future__ import annotations

import pytest

from tui.analysis.compare import values_agree
from tui.analysis.dates import extract_dates
from tui.analysis.entities import extract_entities
from tui.analysis.quantities import extract_quantities
from tui.analysis.sentences import split_sentences


def quantities(text: str, lang: str):
    return [q for q in extract_quantities(text, lang, split_sentences(text, lang))
            if q.concept != "other"]


def entity_types(text: str, lang: str) -> dict[str, str]:
    return {e.text: e.type for e in extract_entities(text, lang, split_sentences(text, lang))}


# ------------------------------------------------------------ 1. verb before, clause word after


@pytest.mark.parametrize(
    ("text", "lang", "value", "concept"),
    [
        ("The storm hit the valley, killing two people and injuring at least 45 as "
         "wooden sheds collapsed.", "en", 45, "injured"),
        ("The fire spread overnight, evacuating 300 while homes burned on the ridge.",
         "en", 300, "evacuated"),
        ("O sismo abalou a vila, ferindo 45 quando casas antigas desabaram.", "pt", 45,
         "injured"),
        ("El temporal azotó la costa, hiriendo a 45 mientras las casas se inundaban.", "es", 45,
         "injured"),
        ("La tempête a frappé la côte, blessant 45 alors que des maisons s'effondraient.",
         "fr", 45, "injured"),
        ("Der Sturm traf die Küste und verletzte 45, als Häuser einstürzten.", "de", 45,
         "injured"),
        ("Il sisma ha colpito il paese, ferendo 45 mentre le case crollavano.", "it", 45,
         "injured"),
    ],
)
def test_verb_before_number_beats_noun_after_clause_word(
    text: str, lang: str, value: int, concept: str
) -> None:
    found = {q.value: q.concept for q in quantities(text, lang)}
    assert found.get(value) == concept, found


def test_noun_right_after_number_still_wins() -> None:
    found = quantities("The flood destroyed 45 homes as the river rose.", "en")
    assert [(q.value, q.concept) for q in found] == [(45, "homes")]


# ------------------------------------------------------------ 2. vague plurals


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officials said hundreds of homes were damaged.", "en"),
        ("Thousands of people were evacuated from the valley.", "en"),
        ("Dozens of people were injured in the blast.", "en"),
        ("Centenas de casas ficaram danificadas.", "pt"),
        ("Milhares de pessoas foram retiradas.", "pt"),
        ("Cientos de viviendas resultaron dañadas.", "es"),
        ("Miles de personas fueron evacuadas.", "es"),
        ("Decenas de personas resultaron heridas.", "es"),
        ("Des centaines de maisons ont été endommagées.", "fr"),
        ("Hunderte Häuser wurden beschädigt.", "de"),
        ("Centinaia di case sono state danneggiate.", "it"),
        ("Millions of euros were lost.", "en"),
    ],
)
def test_vague_plurals_are_not_figures(text: str, lang: str) -> None:
    assert quantities(text, lang) == []


def test_vague_plural_never_conflicts_with_exact_figure() -> None:
    a = quantities("Hundreds of homes were damaged by the tremor.", "en")
    b = quantities("The tremor damaged 340 homes.", "en")
    assert [q.value for q in b] == [340]
    # Nothing on the vague side, so nothing to disagree with.
    assert not any(x.concept == y.concept and not values_agree(x, y) for x in a for y in b)


def test_scale_words_after_numbers_still_count() -> None:
    found = quantities("Tres millones de personas fueron evacuadas.", "es")
    assert [q.value for q in found] == [3_000_000]


# ------------------------------------------------------------ 3. places typed as places


@pytest.mark.parametrize(
    ("name", "lang", "text"),
    [
        ("Crete", "en", "A strong quake shook Crete on Monday."),
        ("Creta", "it", "Un forte terremoto ha colpito Creta lunedì."),
        ("Crète", "fr", "Un séisme a secoué la Crète lundi."),
        ("Sicily", "en", "Wildfires spread across Sicily."),
        ("Sizilien", "de", "Waldbrände wüten auf Sizilien."),
        ("Azores", "en", "Storms battered the Azores."),
        ("Açores", "pt", "Tempestades atingiram os Açores."),
        ("Bayern", "de", "Hochwasser trifft Bayern."),
        ("Catalunya", "es", "La sequía golpea Catalunya."),
        ("Toscana", "it", "Alluvione colpisce la Toscana."),
        ("Heraklion", "en", "Ambulances raced towards Heraklion."),
    ],
)
def test_regions_and_islands_are_places(name: str, lang: str, text: str) -> None:
    assert entity_types(text, lang).get(name) == "place"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The storm flooded streets in Varnoka overnight.", "en", "Varnoka"),
        ("Strong winds were felt off the coast of Varnoka.", "en", "Varnoka"),
        ("Rescuers reached the town of Varnoka at dawn.", "en", "Varnoka"),
        ("Hospitals in Keltavo and Varnoka treated the injured.", "en", "Varnoka"),
        ("A chuva deixou estragos em Varnoka durante a noite.", "pt", "Varnoka"),
        ("La lluvia causó daños en Varnoka durante la noche.", "es", "Varnoka"),
        ("La pluie a causé des dégâts à Varnoka dans la nuit.", "fr", "Varnoka"),
        ("Der Regen richtete in der Nacht bei Varnoka große Schäden an.", "de", "Varnoka"),
        ("La pluie a causé des dégâts près de Varnoka.", "fr", "Varnoka"),
        ("La pioggia ha causato danni nel Varnoka durante la notte.", "it", "Varnoka"),
        ("Varnoka mayor Ilias Dorbe visited the shelters.", "en", "Varnoka"),
    ],
)
def test_place_prepositions_make_unknown_names_places(text: str, lang: str, name: str) -> None:
    assert entity_types(text, lang).get(name) == "place"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Ilias Dorbe said the shelters were full.", "en", "Ilias Dorbe"),
        ("Ilias Dorbe, aged 54, was rescued.", "en", "Ilias Dorbe"),
        ("Ilias Dorbe, de 54 anos, foi resgatado.", "pt", "Ilias Dorbe"),
        ("Ilias Dorbe dijo que los refugios estaban llenos.", "es", "Ilias Dorbe"),
        ("Ilias Dorbe a déclaré que les abris étaient pleins.", "fr", "Ilias Dorbe"),
        ("Ilias Dorbe sagte, die Notunterkünfte seien voll.", "de", "Ilias Dorbe"),
        ("Ilias Dorbe ha detto che i rifugi erano pieni.", "it", "Ilias Dorbe"),
    ],
)
def test_person_cues_keep_people_people(text: str, lang: str, name: str) -> None:
    assert entity_types(text, lang).get(name) == "person"


def test_person_after_place_preposition_with_speech_cue_stays_person() -> None:
    types = entity_types("The injured were visited in hospital. In Varnoka, Ilias Dorbe said "
                         "the roads were closed.", "en")
    assert types.get("Ilias Dorbe") == "person"
    assert types.get("Varnoka") == "place"


# ------------------------------------------------------------ 4. future weekdays


def dates(text: str, lang: str, published: str = "2025-07-08") -> list[str]:
    return [d.value for d in extract_dates(text, lang, split_sentences(text, lang), published)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The council will meet on Wednesday to approve the budget.", "en"),
        ("O conselho vai reunir-se na quarta-feira para aprovar o orçamento.", "pt"),
        ("El consejo se reunirá el miércoles para aprobar el presupuesto.", "es"),
        ("Le conseil se réunira mercredi pour approuver le budget.", "fr"),
        ("Der Rat wird am Mittwoch über den Haushalt abstimmen.", "de"),
        ("Il consiglio si riunirà mercoledì per approvare il bilancio.", "it"),
        ("The vote is scheduled for next Wednesday.", "en"),
    ],
)
def test_future_weekday_resolves_forward(text: str, lang: str) -> None:
    assert dates(text, lang) == ["2025-07-09"]  # published Tuesday 2025-07-08


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The council met on Wednesday to approve the budget.", "en"),
        ("O conselho reuniu-se na quarta-feira.", "pt"),
        ("El consejo se reunió el miércoles.", "es"),
        ("Der Rat hat am Mittwoch abgestimmt.", "de"),
        ("The minister said on Wednesday that talks will resume.", "en"),
    ],
)
def test_past_weekday_resolves_backward(text: str, lang: str) -> None:
    assert dates(text, lang) == ["2025-07-02"]


def test_exact_only_regions_do_not_fuzzy_match_common_words() -> None:
    from tui.analysis import gazetteer

    assert gazetteer.lookup("Kreta").id == "gaz:crete"
    assert gazetteer.lookup("Κρήτη").id == "gaz:crete"
    assert gazetteer.fuzzy_lookup("Prevención") is None  # not Provence


def test_capitalised_article_is_not_a_place_preposition() -> None:
    types = entity_types("A Defesa Regional dá conta de 12 feridos. O Varnoka Clube ganhou.",
                         "pt")
    assert types.get("Defesa Regional") != "place"


def test_coordination_with_an_organisation_is_not_a_place() -> None:
    types = entity_types("The report came from the National Agency for Relief and Dorbe "
                         "Keltavo said it was accurate.", "en")
    assert types.get("Dorbe Keltavo") == "person"

"""Figures with a unit (issue 10, items 1 and 3): imperial and nautical units against metric
ones within an outlet's rounding, inflected unit and scale words, rain and concentrations,
and distances of different things (what each measures, how far apart) never compared."""

from __future__ import annotations

from figure_helpers import art, figures, paired

from tui.analysis.facts import extract_facts
from tui.models import Article


def _conflicts(a: Article, b: Article) -> list[tuple[str, str, object, object]]:
    return [p for p in paired(a, b) if p[1] == "conflict"]


def test_fahrenheit_agrees_with_celsius_rounded() -> None:
    a = art("El termómetro marcó 38 °C en Sevilla al mediodía.", "es")
    b = art("The thermometer showed 100F in Seville at midday.", "en")
    assert ("temperature", "agree", 38, 100) in paired(a, b)
    b2 = art("The thermometer showed 104 degrees Fahrenheit in Seville at midday.", "en")
    assert ("temperature", "conflict", 38, 104) in paired(a, b2)


def test_fahrenheit_keeps_its_written_value_and_unit() -> None:
    facts = [f for f in extract_facts(art("It was 50 °F at dawn.", "en"))
             if f["kind"] == "quantity"]
    assert (facts[0]["value"], facts[0]["unit"]) == (50, "°F")
    assert facts[0]["normalized"] == {"value": 10, "unit": "°C", "dimension": "temperature"}


def test_nautical_miles_in_words_agree_with_kilometres() -> None:
    a = art("O veleiro afundou a 6 milhas náuticas da costa do Algarve.", "pt")
    b = art("Het zeilschip zonk 11 kilometer voor de kust van de Algarve.", "nl")
    assert ("distance", "agree", 6, 11) in paired(a, b)


def test_miles_agree_with_kilometres_within_rounding_only() -> None:
    a = art("The landslide buried the road 11 miles north of the town.", "en")
    b = art("Il-ħalfa ndifnet 18-il kilometru fit-tramuntana tal-belt.", "mt")
    assert ("distance", "agree", 11, 18) in paired(a, b)
    b2 = art("Il-ħalfa ndifnet 25 kilometru fit-tramuntana tal-belt.", "mt")
    assert ("distance", "conflict", 11, 25) in paired(a, b2)


def test_inches_and_feet_against_centimetres_and_metres() -> None:
    a = art("Hailstones three inches across smashed windscreens; waves of 13ft hit the pier.",
             "en")
    b = art("Hagelkörner mit 8 Zentimetern Durchmesser zerschlugen Scheiben; "
             "4 Meter hohe Wellen trafen den Pier.", "de")
    rows = paired(a, b)
    assert ("distance", "agree", 3, 8) in rows
    assert ("distance", "agree", 13, 4) in rows


def test_ft_is_feet_in_english_and_forints_in_hungarian() -> None:
    assert ("distance", 13, "ft") in figures("Waves of 13ft hit the pier.", "en")
    assert ("money", 500, "HUF") in figures("A jegy ára 500 Ft lett.", "hu")


def test_gallons_read_as_us_or_imperial() -> None:
    litres = art("About 450,000 litres of diesel leaked into the estuary.", "en")
    imperial = art("Some 99,000 gallons of diesel leaked into the estuary.", "en")
    us = art("Some 119,000 gallons of diesel leaked into the estuary.", "en")
    assert ("volume", "agree", 450000, 99000) in paired(litres, imperial)
    assert ("volume", "agree", 450000, 119000) in paired(litres, us)


def test_inflected_units_of_languages_in_every_case() -> None:
    assert ("distance", 6, "km") in figures("Nehoda se stala v 6 kilometrech od hranic.", "cs")
    assert ("area", 2.5, "ha") in figures("Вогонь знищив 2,5 гектара лісу.", "uk")
    assert ("distance", 15, "m") in figures("Dalga yer yer 15 metreyi aştı.", "tr")
    assert ("distance", 4, "km") in figures("Sa tarlaíonn sé 4 chiliméadar ón gcósta.", "ga")


def test_a_cyrillic_ordinal_is_not_a_distance() -> None:
    assert not [f for f in figures("Авария произошла на 17-м километре трассы.", "ru")
                if f[0] == "distance" and f[1] == 17]


def test_romanian_de_before_a_unit() -> None:
    assert ("distance", 300, "m") in figures("Geamuri sparte pe o rază de 300 de metri.", "ro")


def test_inflected_scale_words() -> None:
    assert ("money", 7000000, "EUR") in figures("Nuostoliai gali siekti 7 milijonus eurų.",
                                                 "lt")


def test_rain_in_litres_per_square_metre_agrees_with_millimetres() -> None:
    a = art("In poche ore sono caduti 160 litri per metro quadrato su Genova.", "it")
    b = art("In a few hours 160 mm of rain fell on Genoa.", "en")
    assert any(p[1] == "agree" and p[2] == p[3] == 160 for p in paired(a, b))


def test_a_concentration_per_litre() -> None:
    a = art("On a mesuré jusqu'à 3,2 milligrammes de nitrates par litre dans le canal.", "fr")
    b = art("Up to 3.2 mg/l of nitrate was measured in the canal.", "en")
    assert ("concentration", "agree", 3.2, 3.2) in paired(a, b)


def test_a_per_hour_abbreviation_in_any_language() -> None:
    assert ("speed", 80, "km/h") in figures("Ветрът достигна 80 км/час в Бургас.", "bg")


def test_distances_of_different_measures_are_never_compared() -> None:
    # the ferry is 3.5 km away, the ice 40 cm thick: two things, not a disagreement
    a = art("Laivet sad fast 3,5 kilometer fra havnen i morges.", "da")
    b = art("Fartyget satt fast i morse. Isen var 40 centimeter tjock.", "sv")
    assert not _conflicts(a, b)
    a2 = art("Laivet sad fast i morges. Isen var 30 centimeter tyk.", "da")
    assert ("distance", "conflict", 30, 40) in _conflicts(a2, b)


def test_durations_far_apart_in_unrelated_sentences_are_not_compared() -> None:
    a = art("A estrada ficará cortada pelo menos dois dias. Choveu muito em Braga.", "pt")
    b = art("La lluvia cayó durante seis horas sobre Braga.", "es")
    assert not [p for p in _conflicts(a, b) if p[0] == "duration"]


def test_currency_words_of_the_own_language_come_first() -> None:
    assert ("money", 400, "SEK") in figures("Biljetten kostar 400 kr.", "sv")
    assert ("money", 400, "DKK") in figures("Billetten koster 400 kr.", "da")
    assert ("money", 12000000, "PLN") in figures("Straty oszacowano na 12 mln PLN.", "pl")
    assert ("money", 40000000, "UAH") in figures("Збитки оцінили в 40 млн ₴.", "uk")


def test_stems_of_other_languages_are_not_read_in_english() -> None:
    assert ("mass", 12, "t") in figures("About 12 metric tonnes of fuel leaked.", "en")
    assert not [f for f in figures("The jury read 5 literature entries.", "en")
                if f[0] == "volume"]


def test_an_ordinal_sign_for_degrees() -> None:
    assert ("temperature", 41, "°C") in figures("O termómetro marcou 41 ºC.", "pt")


def test_traditional_and_trade_units() -> None:
    assert ("area", 200, "stremma") in figures("Η φωτιά έκαψε 200 στρέμματα δάσους.", "el")
    assert ("volume", 1200, "hl") in figures("La cave a perdu 1 200 hectolitres de vin.", "fr")
    assert ("wind_force", 9, "bft") in figures("Άνεμοι έως 9 μποφόρ στο Αιγαίο.", "el")


def test_per_hour_written_before_the_number() -> None:
    assert ("speed", 90, "km/h") in figures("Rüzgar saatte 90 kilometre hızla esti.", "tr")
    assert ("distance", 40, "mm") in figures("6 saatte 40 milimetre yağış düştü.", "tr")


def test_percent_in_romanian_words() -> None:
    assert ("percent", 12, "%") in figures("Prețurile au crescut cu 12 la sută.", "ro")


def test_a_level_named_before_its_number() -> None:
    a = art("Es gilt die Warnstufe 3 für zwölf Landkreise.", "de")
    b = art("Il est en vigueur le niveau 3 d'alerte pour douze districts.", "fr")
    assert ("level", "agree", 3, 3) in paired(a, b)
    b2 = art("Il est en vigueur le niveau 4 d'alerte pour douze districts.", "fr")
    assert ("level", "conflict", 3, 4) in paired(a, b2)


def test_the_last_duration_of_each_side_is_compared() -> None:
    a = art("Bhí siad san uisce ar feadh dhá uair. Dúirt an bainisteoir gur thóg sé "
             "40 nóiméad ar an gcéad bhád teacht.", "ga")
    b = art("They spent two hours in the water. The first lifeboat reached the men "
             "25 minutes after the call, the manager said.", "en")
    assert ("duration", "conflict", 40, 25) in _conflicts(a, b)


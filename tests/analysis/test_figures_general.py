"""Figures in languages and phrasings the engine was not tuned on (issue 10, items 1 and
3): thousands grouped by spaces, inflected unit words, a distance or volume per unit of
time, units in every language file."""

from __future__ import annotations

from figure_helpers import art, figures, paired

from tui.analysis.compare import compare_articles
from tui.analysis.facts import extract_facts


def test_thousands_grouped_by_a_space_are_one_number() -> None:
    # sv, cs, pl group thousands with a space (babel's locale data), en does not.
    assert ("evacuated", 1300, None) in figures(
        "Z okolních obcí bylo evakuováno 1 300 obyvatel.", "cs")
    a = art("Omkring 62 000 hushåll saknade el på tisdagskvällen.", "sv")
    b = art("Around 62,000 households had no power on Tuesday evening.", "en")
    assert any(p[1] == "agree" and p[2] == 62000 == p[3] for p in paired(a, b))


def test_millions_grouped_by_spaces_are_not_a_phone_number() -> None:
    assert ("money", 14500000, "SEK") in figures(
        "Kommunen har lagt 14 500 000 kronor på nya vallar.", "sv")


def test_inflected_unit_words_are_read_by_their_stem() -> None:
    assert ("distance", 27, "m") in figures("Tulva nousi 27 metriin rannan yli.", "fi")
    assert ("volume", 4300, "m3") in figures("A tározóba 4300 köbmétert engedtek.", "hu")


def test_percent_in_words_in_many_languages() -> None:
    for body, lang in (("Cena wzrosła o 23 procent.", "pl"),
                       ("Podíl klesl na 23 procent.", "cs"),
                       ("Andelen steg till 23 procent.", "sv"),
                       ("Osuus nousi 23 prosenttiin.", "fi")):
        assert ("percent", 23, "%") in figures(body, lang), lang


def test_metres_per_second_in_words_agree_with_km_per_hour() -> None:
    a = art("Vindstødene nåede 25 meter i sekundet ved kysten.", "da")
    b = art("Die Böen erreichten an der Küste 90 km/h.", "de")
    assert ("speed", "agree", 25, 90) in paired(a, b)
    assert ("speed", 12, "m/s") in figures("Vítr dosahoval až 12 metrů za sekundu.", "cs")
    assert ("speed", 50, "km/t") not in figures("Bilen kørte 50 km/t gennem byen.", "da")
    assert ("speed", 50, "km/h") in figures("Bilen kørte 50 km/t gennem byen.", "da")


def test_a_volume_per_second_is_a_flow_in_either_unit_word() -> None:
    a = art("The river carried 1,250 cubic metres per second past the gauge.", "en")
    b = art("Il fiume portava 1250 metri cubi al secondo oltre l'idrometro.", "it")
    rows = [f for f in compare_articles(a, b)["facts"] if f.get("concept") == "flow"]
    assert rows and rows[0]["status"] == "agree"
    assert rows[0]["a"]["unit"] == "m3/s"
    assert rows[0]["a"]["normalized"] == {"value": 1250, "unit": "m³/s", "dimension": "flow"}


def test_two_different_flows_conflict() -> None:
    a = art("Reka je dosegla 870 kubičnih metrov na sekundo.", "sl")
    b = art("Rijeka je dosegla 1.020 kubičnih metara u sekundi.", "hr")
    assert ("flow", "conflict", 870, 1020) in paired(a, b)


def _quantities(body: str, language: str) -> list[dict]:
    return [f for f in extract_facts(art(body, language)) if f["kind"] == "quantity"]


def test_ranges_in_words_are_one_figure_with_both_ends() -> None:
    for body, lang in (("Waves of 3 to 4 metres hit the pier.", "en"),
                       ("Vlny dosahovaly 3 až 4 metrů.", "cs"),
                       ("Wellen zwischen 3 und 4 Metern trafen die Mole.", "de")):
        rows = [f for f in _quantities(body, lang) if f["concept"] == "distance"]
        assert [(f["value"], f.get("high")) for f in rows] == [(3, 4)], lang
    a = art("Waves between 3 and 4 metres hit the pier.", "en")
    b = art("Olas de 3,5 metros golpearon el muelle.", "es")
    assert ("distance", "agree", 3, 3.5) in paired(a, b)


def test_a_change_from_one_figure_to_another_gives_both_the_unit() -> None:
    rows = _quantities("Temperaturen föll från 6 till minus 2 grader under natten.", "sv")
    assert [(f["concept"], f["value"]) for f in rows] == [("temperature", 6),
                                                          ("temperature", -2)]


def test_minus_in_words_keeps_the_sign_of_a_temperature_only() -> None:
    assert ("temperature", -14, "°C") in figures("Teplota klesla na minus 14 stupnů.", "cs")
    assert ("temperature", 37, "°C") in figures("Temperatures reached 37C on Tuesday.", "en")


def test_a_word_glued_to_a_number_is_not_what_it_counts() -> None:
    # "43letý" is an age, not 43 of "lety" (flights)
    assert not [f for f in _quantities("Zraněn byl 43letý hasič z Berouna.", "cs")
                if f["value"] == 43]


def test_crowns_meet_the_crown_currency_of_the_other_report() -> None:
    a = art("Ministerstvo uvolnilo 250 milionů korun na obnovu.", "cs")
    b = art("The ministry released 250 million crowns for the rebuilding.", "en")
    assert ("money", "agree", 250000000, 250000000) in paired(a, b)
    c = art("Ministeriet avsatte 250 miljoner kronor till återuppbyggnaden.", "sv")
    d = art("Die Regierung gab 250 Millionen Euro für den Wiederaufbau frei.", "de")
    assert not paired(c, d)


def test_a_counted_noun_listed_in_a_language_file_meets_it_in_another() -> None:
    # Neither side is English: the [nouns] sections name both counts "tractors".
    a = art("Rolnicy wjechali do miasta 26 ciągnikami, a policja zamknęła most.", "pl")
    b = art("Die Bauern fuhren mit 29 Traktoren in die Stadt; die Polizei sperrte die Brücke.",
             "de")
    assert ("tractors", "conflict", 26, 29) in paired(a, b)


def test_two_named_counts_of_different_things_never_pair() -> None:
    a = art("Na farmě uhynulo 140 ovcí.", "cs")
    b = art("Auf dem Hof verendeten 140 Kühe.", "de")
    c = art("Auf dem Hof verendeten 150 Schafe.", "de")
    assert not paired(a, b)
    assert ("sheep", "conflict", 140, 150) in paired(a, c)


def test_same_language_synonyms_of_a_listed_noun_pair() -> None:
    a = art("Le service a supprimé 45 lits en chirurgie.", "fr")
    b = art("La direction a fermé 52 lits en chirurgie.", "fr")
    assert ("beds", "conflict", 45, 52) in paired(a, b)


def test_a_listed_noun_after_the_number_is_what_it_counts() -> None:
    # not the soldiers who filled them, not the homes of the clause before
    c = art("Militairen vulden 38.000 zandzakken. Er liepen 120 woningen en "
             "9 boerderijen onder water.", "nl")
    d = art("Soldiers filled 38,000 sandbags. Some 120 homes and 12 farms were flooded.", "en")
    pairs = paired(c, d)
    assert ("homes", "agree", 120, 120) in pairs and ("farm", "conflict", 9, 12) in pairs
    assert not any(p[0] == "soldiers" for p in pairs)
    a = art("Militairen vulden 38.000 zandzakken.", "nl")
    b = art("Soldiers filled 38,000 sandbags overnight.", "en")
    assert ("sandbags", "agree", 38000, 38000) in paired(a, b)


def test_a_time_of_day_with_a_dot_is_not_a_figure_where_the_decimal_mark_is_a_comma() -> None:
    assert not _quantities("Eksplozija se dogodila oko 15.30 u skladištu.", "hr")
    assert ("money", 1.5, "EUR") in figures("Der Fahrschein kostet 1.50 Euro.", "de")
    assert ("distance", 15.3, "m") in figures("The wave was 15.30 m high.", "en")


def test_turkish_magnitude_and_degrees_follow_the_number() -> None:
    a = art("Sabah 6,1 büyüklüğünde bir deprem oldu; sıcaklık 3 dereceye düştü.", "tr")
    b = art("A magnitude 6.1 quake struck in the morning; it fell to 3 degrees.", "en")
    pairs = paired(a, b)
    assert ("magnitude", "agree", 6.1, 6.1) in pairs
    assert ("temperature", "agree", 3, 3) in pairs


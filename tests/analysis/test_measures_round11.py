"""Measures (issue 10, eleventh round): unit words and symbols a language was missing
(micrograms, Cyrillic abbreviations, a genitive before a measure, "pc"), a unit in a case
that says "per", Irish initial mutations on unit words, a one-letter unit before a measure
word, collective numerals of tens, an adjective of a unit joined to its number."""

from __future__ import annotations

from figure_helpers import art, figures, paired


def test_micrograms_per_litre_in_a_case_are_a_concentration() -> None:
    a = art("Proovis oli 0,52 mikrogrammi liitris, lubatud on 0,2 mikrogrammi liitris.", "et")
    b = art("The sample held 0.47 micrograms per litre; the limit is 0.2 micrograms per "
            "litre.", "en")
    found = figures(a.body, "et")
    assert ("concentration", 0.52, "µg/l") in found
    assert ("concentration", 0.2, "µg/l") in found
    rows = paired(a, b)
    assert ("concentration", "conflict", 0.52, 0.47) in rows
    assert ("concentration", "agree", 0.2, 0.2) in rows


def test_micrograms_are_read_in_every_language_file() -> None:
    assert ("mass", 40, "µg") in figures("Mjerenje je pokazalo 40 mikrograma olova.", "hr")
    assert ("concentration", 75, "µg/m3") in figures(
        "Se midieron 75 microgramos por metro cúbico de partículas.", "es")


def test_cyrillic_unit_symbols() -> None:
    assert ("speed", 12, "km/h") in figures("Чамац је пловио брзином од 12 км/ч.", "sr")
    assert ("distance", 7, "km") in figures("Село је удаљено 7 км од реке.", "sr")
    a = art("Пожар је захватио 240 квадратних метара магацина.", "sr")
    b = art("Огонь охватил 240 м² склада.", "ru")
    assert ("area", "agree", 240, 240) in paired(a, b)


def test_a_genitive_unit_before_a_measure() -> None:
    a = art("Planet flög på 33 000 fots höjd när motorn stannade.", "sv")
    b = art("The plane was flying at about 10,000 metres when the engine stopped.", "en")
    assert ("distance", 33000, "ft") in figures(a.body, "sv")
    assert ("distance", "agree", 33000, 10000) in paired(a, b)


def test_pc_glued_to_a_number_is_a_percentage() -> None:
    a = art("Turnout reached 61pc in the northern wards.", "en")
    b = art("Die Wahlbeteiligung lag in den nördlichen Bezirken bei 61 Prozent.", "de")
    assert ("percent", 61, "%") in figures(a.body, "en")
    assert ("percent", "agree", 61, 61) in paired(a, b)


def test_a_one_letter_unit_before_a_measure_word() -> None:
    assert ("distance", 40, "m") in figures("A 40m-long section of the pier collapsed.", "en")
    assert ("distance", 6, "m") in figures("Divers searched a 6m-deep channel.", "en")


def test_irish_unit_words_after_a_mutating_number() -> None:
    found = figures("Beidh an scoil dúnta ar feadh dhá sheachtain ar a laghad. Tá an "
                    "sráidbhaile seacht gciliméadar ón gcósta.", "ga")
    assert ("duration", 2, "wk") in found
    assert ("distance", 7, "km") in found
    a = art("Beidh an scoil dúnta ar feadh dhá sheachtain ar a laghad.", "ga")
    b = art("The school will stay shut for at least 12 days.", "en")
    assert ("duration", "conflict", 2, 12) in paired(a, b)


def test_collective_numerals_of_tens() -> None:
    a = art("Le fiamme hanno distrutto una settantina di ettari di pineta.", "it")
    b = art("Les flammes ont détruit une soixantaine d'hectares de pinède.", "fr")
    assert ("area", 70, "ha") in figures(a.body, "it")
    assert ("area", 60, "ha") in figures(b.body, "fr")
    assert ("area", "agree", 70, 60) in paired(a, b)  # 65 hectares may be either


def test_a_unit_adjective_joined_to_its_number() -> None:
    a = art("25-тонният камион се е преобърнал на завоя.", "bg")
    b = art("Το φορτηγό των 25 τόνων ανατράπηκε στη στροφή.", "el")
    assert ("mass", 25, "t") in figures(a.body, "bg")
    assert ("mass", "agree", 25, 25) in paired(a, b)

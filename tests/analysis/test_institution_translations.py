"""An institution named by its translation in the other report meets it by the concepts of
its words ([bodies] of each language file); bodies of one kind but of two places, or two
of one kind in one report, never meet (invented sentences)."""

from __future__ import annotations

from tui.analysis.compare import compare_articles
from tui.analysis.institutions import name_concepts, word_concepts
from tui.models import Article


def _art(body: str, language: str) -> Article:
    return Article(title="t", body=body, language=language)


def _rows(a: Article, b: Article) -> list[tuple[list[str], list[str], str | None]]:
    facts = compare_articles(a, b)["facts"]
    return [([f["a"]["text"], *f["a"]["mentions"]], [f["b"]["text"], *f["b"]["mentions"]],
             f.get("relation")) for f in facts if f["kind"] == "entity" and f["status"] == "agree"]


def _paired(a: Article, b: Article, name_a: str, name_b: str) -> bool:
    return any(name_a in na and name_b in nb for na, nb, _ in _rows(a, b))


def _meets_any(a: Article, b: Article, name_a: str) -> bool:
    return any(name_a in na for na, _, _ in _rows(a, b))


def test_a_supervisor_named_in_two_languages_is_one_body() -> None:
    a = _art("Nordlys Sparebank stengte alle kontorer i to dager. Ifølge banken ble "
             "systemet reparert. Finanstilsynet ba banken om en skriftlig rapport.", "da")
    b = _art("Nordlys Sparebank höll alla kontor stängda i två dagar. Enligt banken "
             "lagades systemet. Finansinspektionen begärde en skriftlig rapport.", "sv")
    assert _paired(a, b, "Finanstilsynet", "Finansinspektionen")


def test_a_place_and_a_lowercase_body_meet_the_body_of_that_country() -> None:
    a = _art("Kolmapäeva õhtul põles Pärnus laohoone. Päästeamet saatis kohale kuus "
             "autot ja tule sai kontrolli alla kahe tunniga.", "et")
    b = _art("Pärnussa paloi keskiviikkoiltana varastorakennus. Viron pelastuslaitos lähetti "
             "paikalle kuusi autoa, ja palo saatiin hallintaan kahdessa tunnissa.", "fi")
    assert _paired(a, b, "Päästeamet", "Viron pelastuslaitos")


def test_an_italian_and_a_german_rescue_body_meet_by_their_words() -> None:
    a = _art("Bei Meran stürzte am Sonntag ein Wanderer ab. Das Rote Kreuz brachte den "
             "Mann ins Krankenhaus Bozen.", "de")
    b = _art("Domenica un escursionista è caduto vicino a Merano. La Croce Rossa ha portato "
             "l'uomo all'ospedale di Bolzano.", "it")
    assert _paired(a, b, "Rote Kreuz", "Croce Rossa")


def test_the_police_of_two_towns_do_not_meet() -> None:
    a = _art("In der Nacht wurden in Dresden zwei Autos gestohlen. Die Polizei Dresden "
             "sucht Zeugen.", "de")
    b = _art("In de nacht zijn in Utrecht twee auto's gestolen. De Politie Utrecht zoekt "
             "getuigen.", "nl")
    assert not _meets_any(a, b, "Polizei Dresden")


def test_two_bodies_of_one_kind_in_one_report_meet_none() -> None:
    a = _art("Kolmapäeval põles Narvas ladu. Päästeamet saatis kohale kuus autot.", "et")
    b = _art("Narvassa paloi keskiviikkona varasto. Viron pelastuslaitos ja Suomen "
             "pelastuslaitos lähettivät paikalle autoja.", "fi")
    assert not _meets_any(a, b, "Päästeamet")


def test_a_name_with_a_word_of_no_body_has_no_concepts() -> None:
    assert name_concepts("Ekorrens Finansinspektion", "sv") is None
    assert name_concepts("Andmekaitse Inspektsioon", "et") == (
        frozenset({"data", "protection", "authority"}), frozenset())
    # a compound names its head's concepts: police statements are no police
    assert word_concepts("Polizeiangaben", "de") == frozenset()
    assert word_concepts("Tietosuojaviraston", "fi") == {"data", "protection", "authority"}


def test_common_words_of_one_kind_of_thing_name_no_body() -> None:
    a = _art("Vandstanden steg i nat. Vandet stod en meter over kajen i Korsør.", "da")
    b = _art("Der Wasserstand stieg in der Nacht. Wasser stand einen Meter über dem Kai in "
             "Korsør.", "de")
    assert not _meets_any(a, b, "Vandet")


def _university(town: str) -> tuple[Article, Article]:
    a = _art(f"Teadlased teatasid kolmapäeval uuest avastusest. {town} Ülikool avaldas "
             "tulemused ajakirjas.", "et")
    b = _art("Tutkijat kertoivat keskiviikkona uudesta löydöstä. Tulokset julkaisi Tarton "
             "yliopisto lehdessä.", "fi")
    return a, b


def test_a_university_meets_it_named_by_its_town_and_a_lowercase_noun() -> None:
    assert _paired(*_university("Tartu"), "Tartu Ülikool", "Tarton yliopisto")


def test_universities_of_two_towns_do_not_meet() -> None:
    a, b = _university("Tallinna")
    assert not any("Tarton yliopisto" in nb for _, nb, _ in _rows(a, b))


def test_a_rescue_society_named_by_two_words_meets_its_translation() -> None:
    a = _art("Bei Brixen verletzte sich am Samstag eine Skifahrerin. Helfer vom Weißen Kreuz "
             "versorgten die Frau.", "de")
    b = _art("Sabato una sciatrice si è ferita vicino a Bressanone. I volontari della Croce "
             "Bianca hanno soccorso la donna.", "it")
    assert _paired(a, b, "Weißen Kreuz", "Croce Bianca")


def test_a_body_row_agrees_where_its_sentences_agree_on_a_figure() -> None:
    a = _art("Kolmapäeva õhtul põles Pärnus laohoone. Päästeamet saatis kohale kuus autot.",
             "et")
    b = _art("Pärnussa paloi keskiviikkoiltana varastorakennus. Viron pelastuslaitos lähetti "
             "paikalle kuusi autoa.", "fi")
    found = [rel for na, nb, rel in _rows(a, b)
             if "Päästeamet" in na and "Viron pelastuslaitos" in nb]
    assert found == ["agree"]


def test_a_coastguard_named_in_one_word_meets_its_two_word_translation() -> None:
    a = _art("Zondag sloeg een zeilboot om bij Texel. De Kustwacht haalde alle vier zeilers "
             "uit het water.", "nl")
    b = _art("Domenica una barca a vela si è rovesciata al largo di Texel. La Guardia Costiera "
             "ha salvato tutti e quattro i velisti.", "it")
    assert _paired(a, b, "Kustwacht", "Guardia Costiera")


def test_an_observatory_of_one_town_meets_its_translation_not_another_towns() -> None:
    de = name_concepts("Sternwarte Hamburg", "de")
    fr = name_concepts("observatoire de Hambourg", "fr")
    other = name_concepts("observatoire de Toulouse", "fr")
    assert de is not None and fr is not None and other is not None
    assert de[0] == fr[0] == other[0] == frozenset({"observatory"})
    assert de[1] & fr[1] and not de[1] & other[1]


def test_a_guard_word_alone_or_a_police_station_is_no_coastguard() -> None:
    coastguard = name_concepts("Coastguard", "en")
    assert coastguard is not None
    assert name_concepts("Polizeiwache", "de") != coastguard
    assert name_concepts("Guardian", "en") != coastguard

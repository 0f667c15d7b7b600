"""The counted-noun glossary (tui/analysis/glossary.py): counts of nouns no language file
lists pair across languages by a shared WordNet sense and are named in English; a missing
or corrupt data file leaves the engine working without it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tui.analysis import glossary
from tui.analysis.compare import compare_articles
from tui.models import Article


def _art(body: str, language: str) -> Article:
    return Article(title="Report", source="Wire", language=language, body=body)


def _paired(a: Article, b: Article) -> list[tuple[str, str, object, object]]:
    return [(f["concept"], f["status"], f["a"]["value"], f["b"]["value"])
            for f in compare_articles(a, b)["facts"]
            if f["kind"] == "quantity" and f["a"] and f["b"]]


def _clear() -> None:
    glossary._table.cache_clear()
    glossary._names.cache_clear()
    glossary._by_name.cache_clear()
    glossary._name_row.cache_clear()
    glossary.senses.cache_clear()
    glossary._kinds.cache_clear()
    glossary._games.cache_clear()
    glossary.kinds.cache_clear()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty glossary directory in place of the shipped one (caches forgotten)."""
    monkeypatch.setattr(glossary, "DATA_DIR", tmp_path)
    _clear()
    yield tmp_path
    _clear()


def test_beehives_in_slovene_and_dutch_conflict_under_an_english_name() -> None:
    a = _art("Toča je na kmetiji pri Ptuju uničila 40 panjev, je povedal čebelar.", "sl")
    b = _art("De hagel vernielde 55 bijenkorven op de boerderij bij Ptuj, zei de imker.", "nl")
    assert ("beehives", "conflict", 40, 55) in _paired(a, b)


def test_containers_in_lithuanian_and_greek_agree() -> None:
    a = _art("Uoste laukia 600 konteinerių su kroviniais, pranešė muitinė.", "lt")
    b = _art("Στο λιμάνι περιμένουν 600 εμπορευματοκιβώτια με φορτία, ανέφερε το τελωνείο.",
             "el")
    assert ("containers", "agree", 600, 600) in _paired(a, b)


def test_an_ambiguous_noun_is_named_by_the_sense_both_reports_share() -> None:
    # Italian "barca" is first a batch, then a boat; Polish "łódź" is only a boat.
    a = _art("Nel porto di Danzica sono affondate 12 barche durante la tempesta.", "it")
    b = _art("W porcie w Gdańsku podczas sztormu zatonęło 12 łodzi.", "pl")
    assert ("boats", "agree", 12, 12) in _paired(a, b)


def test_nouns_sharing_no_sense_are_not_paired() -> None:
    a = _art("Po południu policja zamknęła park. W parku stało 30 rowerów.", "pl")
    b = _art("Por la mañana llegó la guardia. En la plaza había 35 caballos.", "es")
    assert not [p for p in _paired(a, b) if {p[2], p[3]} == {30, 35}]


def test_a_kind_of_thing_meets_the_broader_noun_and_is_named_by_the_narrower() -> None:
    # "pescherecci" are fishing boats, a kind of vessel ("vaartuigen").
    a = _art("Almeno 80 pescherecci hanno bloccato il porto di Zara.", "it")
    b = _art("In de haven van Zadar lagen 63 vaartuigen aan de ketting.", "nl")
    assert ("fishing boats", "conflict", 80, 63) in _paired(a, b)


def test_the_noun_as_written_stays_beside_the_english_name() -> None:
    a = _art("Toča je na kmetiji pri Ptuju uničila 40 panjev.", "sl")
    b = _art("De hagel vernielde 40 bijenkorven op de boerderij bij Ptuj.", "nl")
    row = next(f for f in compare_articles(a, b)["facts"] if f["kind"] == "quantity")
    assert row["concept"] == "beehives" and row["status"] == "agree"
    assert (row["a"]["noun"], row["b"]["noun"]) == ("panjev", "bijenkorven")
    assert (row["a"]["value"], row["a"]["text"]) == (40, "40")


def test_a_missing_glossary_leaves_counts_compared_as_before(data_dir: Path) -> None:
    assert glossary.senses("sl", "panjev") == ()
    a = _art("Toča je na kmetiji pri Ptuju uničila 40 panjev.", "sl")
    b = _art("De hagel vernielde 40 bijenkorven op de boerderij bij Ptuj.", "nl")
    assert not any(p[0] == "beehives" for p in _paired(a, b))


def test_a_corrupt_language_file_is_skipped_with_one_warning(
        data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    (data_dir / "sl.tsv").write_text("panj\t2823030\nbroken line without ids\n", "utf-8")
    (data_dir / "nl.tsv").write_text("bijenkorf\t2823030\n", "utf-8")
    (data_dir / "names.tsv").write_text("2823030\tbeehives\t10\t\n", "utf-8")
    with caplog.at_level(logging.WARNING, logger="tui.analysis.glossary"):
        assert glossary.senses("sl", "panj") == ()
        assert glossary.senses("nl", "bijenkorf") == (2823030,)
    assert any("sl.tsv line 2" in r.getMessage() for r in caplog.records)


def test_a_binary_or_malformed_names_file_names_nothing(
        data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    (data_dir / "names.tsv").write_bytes(b"\xff\xfe\x00garbage")
    (data_dir / "nl.tsv").write_text("bijenkorf\t2823030\n", "utf-8")
    with caplog.at_level(logging.WARNING, logger="tui.analysis.glossary"):
        assert glossary.best_name(glossary.senses("nl", "bijenkorf")) is None
    assert any("names.tsv" in r.getMessage() for r in caplog.records)
    a = _art("De hagel vernielde 40 bijenkorven bij Ptuj.", "nl")
    assert compare_articles(a, a)["facts"]  # still compares


def test_only_the_two_reports_languages_are_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    original = glossary._read
    monkeypatch.setattr(glossary, "_read",
                        lambda name, line: read.append(name) or original(name, line))
    _clear()
    a = _art("Toča je na kmetiji pri Ptuju uničila 40 panjev.", "sl")
    b = _art("De hagel vernielde 40 bijenkorven op de boerderij bij Ptuj.", "nl")
    compare_articles(a, b)
    _clear()
    assert set(read) <= {"sl", "nl", "en", glossary.NAMES, glossary.KINDS, glossary.GAMES}
    assert {"sl", "nl"} <= set(read)


def test_shipped_files_are_valid_and_small() -> None:
    files = sorted(glossary.DATA_DIR.glob("*.tsv"))
    assert len(files) >= 28 and (glossary.DATA_DIR / "NOTICE").is_file()
    assert sum(f.stat().st_size for f in files) < 10_000_000
    _clear()
    for f in files:
        if f.stem not in (glossary.NAMES, glossary.KINDS, glossary.GAMES):
            assert glossary._table(f.stem).raw, f.name
    assert glossary._names() and glossary._kinds() and glossary._games()


def test_an_adjective_before_the_noun_is_not_what_is_counted() -> None:
    a = _art("Ураган разрушил 27 птицеводческих хозяйств, сообщили власти.", "ru")
    b = _art("Myrsky tuhosi 27 maatilaa, viranomaiset kertoivat.", "fi")
    row = next(f for f in compare_articles(a, b)["facts"] if f["kind"] == "quantity")
    assert (row["concept"], row["status"], row["a"]["noun"]) == ("farms", "agree", "хозяйств")


def test_a_compound_is_counted_as_its_head() -> None:
    # Danish "togbusser" (rail-replacement buses) against French "autocars".
    a = _art("Ved middagstid kørte 25 togbusser mellem byerne.", "da")
    b = _art("À midi, 30 autocars circulaient entre les villes.", "fr")
    assert ("buses", "conflict", 25, 30) in _paired(a, b)


# ---------------------------------------------------------------- which sense names a row


def _rows(a: Article, b: Article) -> list[tuple[str, str]]:
    return [(f["concept"], f["status"]) for f in compare_articles(a, b)["facts"]
            if f["kind"] == "quantity"]


def test_a_thing_is_named_by_the_english_word_the_languages_share() -> None:
    # WordNet lists "drugstore" first; "pharmacy" is what most languages' nouns echo.
    a = _art("Dopo l'attacco informatico 12 farmacie sono rimaste chiuse a Bolzano.", "it")
    b = _art("Po ataku hakerskim 14 aptek w Bolzano pozostało zamkniętych.", "pl")
    assert ("pharmacies", "conflict", 12, 14) in _paired(a, b)


def test_a_count_of_men_is_named_in_english_plural() -> None:
    a = _art("Durante la tormenta 40 pescadores quedaron atrapados en el puerto.", "es")
    b = _art("Během bouře uvízlo v přístavu 40 rybářů.", "cs")
    assert ("fishermen", "agree", 40, 40) in _paired(a, b)


def _senses_files(data_dir: Path) -> None:
    # "panj" means 5 first, then 3 and 7; "bijenkorf" means 5, 7, 3. 7 is the commonest.
    (data_dir / "sl.tsv").write_text("panj\t5 3 7\n", "utf-8")
    (data_dir / "nl.tsv").write_text("bijenkorf\t5 7 3\n", "utf-8")
    (data_dir / "names.tsv").write_text(
        "3\tcrates\t50\t\n5\tbeehives\t10\t\n7\tbaskets\t900\t\n", "utf-8")


def test_the_sense_both_nouns_rank_first_names_the_row_not_the_commonest(
        data_dir: Path) -> None:
    _senses_files(data_dir)
    a = _art("Toča je na kmetiji pri Ptuju uničila 40 panjev.", "sl")
    b = _art("De hagel vernielde 55 bijenkorven op de boerderij bij Ptuj.", "nl")
    assert ("beehives", "conflict", 40, 55) in _paired(a, b)


def test_a_noun_of_one_report_alone_is_named_by_its_first_sense(data_dir: Path) -> None:
    _senses_files(data_dir)
    a = _art("Toča je na kmetiji pri Ptuju uničila 40 panjev.", "sl")
    b = _art("De hagel viel op de boerderij bij Ptuj.", "nl")
    assert ("beehives", "only_a") in _rows(a, b)


def test_two_paired_nouns_sharing_no_sense_are_named_by_the_commoner_thing(
        data_dir: Path) -> None:
    # paired by their aligned sentences only: the row says "baskets", not "crates"
    (data_dir / "sl.tsv").write_text("panj\t3\n", "utf-8")
    (data_dir / "nl.tsv").write_text("bijenkorf\t7\n", "utf-8")
    (data_dir / "names.tsv").write_text("3\tcrates\t50\t\n7\tbaskets\t900\t\n", "utf-8")
    a = _art("Toča je na kmetiji pri Ptuju uničila 40 panjev.", "sl")
    b = _art("De hagel vernielde 40 bijenkorven op de boerderij bij Ptuj.", "nl")
    assert ("baskets", "agree", 40, 40) in _paired(a, b)


def test_a_group_is_related_to_the_kind_of_its_members_not_a_sibling_kind() -> None:
    staff, workers = glossary.senses("en", "staff"), glossary.senses("en", "workers")
    assert glossary.related(staff, workers)  # staff: staffers, employees, workers
    assert glossary.related(glossary.senses("en", "lorries"), glossary.senses("en", "trucks"))
    # cleaners and staff are both workers, neither is a kind of the other
    assert not glossary.related(glossary.senses("en", "cleaners"), staff)
    # a tractor is first a farm machine: only a rarer reading is a kind of truck
    assert not glossary.related(glossary.senses("en", "tractors"),
                                glossary.senses("en", "trucks"), top=1)


def test_staff_and_workers_of_two_languages_are_one_count() -> None:
    a = _art("Die Fabrik in Gent beschäftigt 120 Mitarbeiter.", "de")
    b = _art("La fábrica de Gante da trabajo a 120 operarios.", "es")
    assert ("staff", "agree", 120, 120) in _paired(a, b)


def test_a_report_counting_staff_and_workers_apart_keeps_them_apart() -> None:
    a = _art("In der Fabrik in Gent arbeiten 120 Mitarbeiter und 40 Arbeiter.", "de")
    b = _art("In de fabriek in Gent werken 120 arbeiders.", "nl")
    assert not [p for p in _paired(a, b) if (p[2], p[3]) == (120, 120)]


def test_a_kind_of_worker_meets_workers_but_not_staff() -> None:
    a = _art("Das Hotel in Gent beschäftigt 35 Arbeiter.", "de")
    b = _art("The Ghent hotel employs 35 cleaners.", "en")
    assert [p[1:] for p in _paired(a, b)] == [("agree", 35, 35)]
    c = _art("Das Hotel in Gent beschäftigt 35 Mitarbeiter.", "de")
    assert not _paired(c, b)


def test_without_the_kinds_file_related_nouns_are_not_paired(data_dir: Path) -> None:
    assert glossary.kinds(8439955) == frozenset()
    assert not glossary.related((8439955,), (9632518,))


def test_a_count_whose_english_name_is_a_concept_word_meets_that_concept() -> None:
    # Maltese "familja" is no concept word of its own file; in English it is "families"
    a = _art("Il-port ta' Marsaxlokk ġew evakwati 40 familja.", "mt")
    b = _art("In the port of Marsaxlokk 40 families were evacuated.", "en")
    assert ("families", "agree", 40, 40) in _paired(a, b)


def test_trucks_meet_vehicles_under_the_narrower_listed_name() -> None:
    a = _art("Pred skladiščem v Kopru je čakalo 12 tovornjakov.", "sl")
    b = _art("Outside the Koper depot 15 vehicles were waiting.", "en")
    assert ("trucks", "conflict", 12, 15) in _paired(a, b)


def test_a_report_counting_trucks_and_vehicles_apart_keeps_the_trucks_alone() -> None:
    a = _art("Pred skladiščem v Kopru je čakalo 12 tovornjakov in 30 vozil.", "sl")
    b = _art("Outside the Koper depot 12 vehicles were waiting.", "en")
    assert not [p for p in _paired(a, b) if p[0] == "trucks"]


def test_rescuers_of_one_report_are_the_firefighters_of_the_other() -> None:
    a = _art("Den Brand im Lager in Lublin bekämpften 30 Einsatzkräfte.", "de")
    b = _art("Pożar magazynu w Lublinie gasiło 30 strażaków.", "pl")
    assert ("firefighters", "agree", 30, 30) in _paired(a, b)


def test_a_report_naming_rescuers_and_firefighters_keeps_them_apart() -> None:
    a = _art("Пожежу на складі в Одесі гасили 45 рятувальників і 20 пожежників.", "uk")
    b = _art("Some 45 firefighters fought the blaze at the Odesa depot.", "en")
    assert not [p for p in _paired(a, b) if (p[2], p[3]) == (45, 45)]


def test_an_english_noun_names_its_row_as_the_report_writes_it() -> None:
    # English lists "vessels" with "ships" to pair them; the row keeps the report's word
    a = _art("V pristanišču v Kopru je bilo zasidranih 9 plovil.", "sl")
    b = _art("In the port of Koper 9 vessels were moored.", "en")
    assert ("vessels", "agree", 9, 9) in _paired(a, b)


def test_a_noun_its_glossary_lacks_is_found_in_a_sibling_language() -> None:
    assert glossary.own_senses("lv", "klienti") == ()
    assert glossary.senses("lv", "klienti") == glossary.senses("lt", "klienti") != ()
    assert glossary.senses("lv", "klienti", stems=False) == ()  # a guess: never a name alone
    a = _art("Pēc kļūmes bankas lietotnē Liepājā 3000 klientu nevarēja maksāt.", "lv")
    b = _art("После сбоя приложения банка в Лиепае 3000 клиентов не могли платить.", "ru")
    assert ("customers", "agree", 3000, 3000) in _paired(a, b)


def test_a_runner_is_not_read_as_a_chess_piece() -> None:
    a = _art("Beim Stadtlauf in Graz gingen 900 Läufer an den Start.", "de")
    b = _art("Alla corsa cittadina di Graz sono partiti 900 podisti.", "it")
    assert glossary.english_name(glossary.senses("de", "Läufer")[0]) == "runners"
    assert not [p for p in _paired(a, b) if p[0] == "bishops"]

"""Entity rows show names as both reports write them (invented names, other languages
than the evaluation pairs that showed each class)."""

from __future__ import annotations

from tests.analysis.figure_helpers import names_paired
from tui.analysis.compare import compare_articles
from tui.analysis.place_names import place_ids
from tui.models import Article


def _art(body: str, language: str) -> Article:
    return Article(title="t", body=body, language=language)


def _rows(a: Article, b: Article) -> list[tuple[str, list[str], str, list[str]]]:
    facts = compare_articles(a, b)["facts"]
    return [(f["a"]["text"], f["a"]["mentions"], f["b"]["text"], f["b"]["mentions"])
            for f in facts if f["kind"] == "entity" and f["status"] == "agree"]


def _paired(a: Article, b: Article, name_a: str, name_b: str) -> bool:
    return any(name_a in [ta, *ma] and name_b in [tb, *mb] for ta, ma, tb, mb in _rows(a, b))


def test_a_capitalised_day_name_inside_a_sentence_is_part_of_a_name() -> None:
    # "Sexta" is Portuguese for Friday; Spanish and Dutch write months and days in lowercase
    a = _art("El vino de la bodega Sexta do Monte se vendió en Oporto el martes.", "es")
    b = _art("De wijn van Sexta do Monte werd dinsdag in Porto verkocht.", "nl")
    assert _paired(a, b, "Sexta do Monte", "Sexta do Monte")


def test_an_elided_preposition_of_four_letters_does_not_cut_a_name() -> None:
    a = _art("I feriti sono stati portati nell'Ospedale Maggiore di Lodi ieri sera.", "it")
    b = _art("Les blessés ont été transportés à l'Ospedale Maggiore di Lodi hier soir.", "fr")
    assert _paired(a, b, "Ospedale Maggiore di Lodi", "Ospedale Maggiore di Lodi")


def test_an_apostrophe_case_ending_stays_out_of_the_name() -> None:
    a = _art("Dün gece Sardes Grand Hotel'de yangın çıktı ve sabaha kadar sürdü.", "tr")
    b = _art("Das Feuer brach in der Nacht im Sardes Grand Hotel aus.", "de")
    rows = _rows(a, b)
    assert any(ta == "Sardes Grand Hotel" and "Sardes Grand Hotel'de" in ma
               and tb == "Sardes Grand Hotel" for ta, ma, tb, _ in rows)


def test_a_name_one_report_opens_a_sentence_with_is_shown_whole_on_both_sides() -> None:
    # the sentence-initial "The" and the English demonym rule ("-ian") cut B's name
    a = _art("Le concert de The Silver Owls a été annulé par Corinthian Tours samedi.", "fr")
    b = _art("The storm hit the town.\n\nThe Silver Owls cancelled the show. Corinthian Tours "
             "said it would refund the tickets.", "en")
    assert _paired(a, b, "The Silver Owls", "The Silver Owls")
    assert _paired(a, b, "Corinthian Tours", "Corinthian Tours")


def test_a_name_only_written_inflected_is_headed_by_its_base_form() -> None:
    a = _art("Tallinna ettevõte Vaskne Laevad teatas kahjumist. Juhatuse esimees Mari Tamm "
             "kinnitas seda.", "et")
    b = _art("Yhtiö määräsi Vaskne Laevadille sakon. Vaskne Laevadin mukaan asiakkaita "
             "ei vaarannettu, sanoi Mari Tammin.", "fi")
    rows = _rows(a, b)
    assert any(ta == "Vaskne Laevad" and tb == "Vaskne Laevad" and "Vaskne Laevadille" in mb
               for ta, _, tb, mb in rows)


def test_a_name_and_its_lowercase_noun_meet_across_two_related_languages() -> None:
    a = _art("Ukrajinska policija je odprla preiskavo. Iz Gorenjske regije so poslali pomoč.",
             "sl")
    b = _art("Ukrajinska policija otvorila je istragu. Iz Gorenjske regije poslali su pomoć.",
             "hr")
    assert _paired(a, b, "Gorenjske regije", "Gorenjske regije")


def test_a_case_ending_word_after_a_name_never_joins_it_in_one_language() -> None:
    a = _art("Polizei meldet Unfall. In Weilheim gestern gab es Stau.", "de")
    b = _art("Polizei meldet Unfall. In Weilheim morgen gibt es Stau.", "de")
    rows = _rows(a, b)
    assert not any(" " in ta for ta, _, _, _ in rows if ta.startswith("Weilheim"))


def test_an_inflected_place_is_looked_up_by_its_lemma_before_its_exonym() -> None:
    # Finnish inessive of Tampere against its Swedish name
    assert place_ids("Tampereella", "fi") & place_ids("Tammerfors", "sv")
    a = _art("Monet kaupat Tampereella sulkivat kassansa.", "fi")
    b = _art("Flera butiker i Tammerfors stängde kassorna.", "sv")
    assert names_paired([(m, n) for _, m, _, n in _rows(a, b)], "Tampereella", "Tammerfors")


def test_a_phonetic_key_alone_does_not_make_a_known_place() -> None:
    from tui.analysis import gazetteer

    known = gazetteer.fuzzy_lookup("Szczecinie")
    assert known is None or "Saxony" not in known.name
    rows = _rows(_art("Dün gece Sardes Grand Hotel'de yangın çıktı.", "tr"),
                 _art("Die Donau trat über die Ufer.", "de"))
    assert not any(ta == "Dün" for ta, _, _, _ in rows)


def test_a_name_defined_by_a_bracketed_acronym_meets_its_translation() -> None:
    # the Czech name spells its acronym; the Polish translation keeps the Czech acronym
    a = _art("Odborníci Správy jeskyní České republiky (SJČR) místo prohlédli. Podle SJČR "
             "je jeskyně uzavřena.", "cs")
    b = _art("Według ekspertów z Zarządu jaskiń czeskich (SJČR) jaskinia jest zamknięta.", "pl")
    assert _paired(a, b, "Správy jeskyní České republiky (SJČR)", "Zarządu jaskiń czeskich (SJČR)")


def test_a_party_in_brackets_does_not_rename_a_person() -> None:
    a = _art("Poseł Jan Nowak (PSL) skrytykował plan. Rzecznik PSL milczał.", "pl")
    rows = _rows(a, _art("Der Abgeordnete Jan Nowak (PSL) kritisierte den Plan.", "de"))
    assert not any("Jan Nowak" in ma and "PSL" in ma for _, ma, _, _ in rows)


def test_an_irish_mutation_is_undone_before_the_exonym_lookup() -> None:
    assert place_ids("Dhún na nGall", "ga") & place_ids("Donegal", "en")
    assert place_ids("nGaillimh", "ga") & place_ids("Galway", "en")
    assert not place_ids("Dhún na nGall", "en")  # only where the language file says so


def test_a_stem_the_case_changes_finds_its_place() -> None:
    assert place_ids("Turussa", "fi") & place_ids("Turku", "en")


def test_a_lowercase_hungarian_place_adjective_meets_the_place() -> None:
    a = _art("A szegedi gyár bezár, közölte a cég.", "hu")
    b = _art("Die Fabrik in Szeged schließt, teilte die Firma mit.", "de")
    assert _paired(a, b, "szegedi", "Szeged")
    rows = _rows(_art("A piaci árus és a helyi lakosok tiltakoztak.", "hu"), b)
    assert not any(ta in ("piaci", "helyi") for ta, _, _, _ in rows)


def test_an_elided_preposition_inside_a_run_starts_another_name() -> None:
    a = _art("Lo ha detto Marco De Luca dell'Istituto Idrografico, ieri.", "it")
    b = _art("Secondo Marco De Luca, l'Istituto Idrografico ha chiuso il porto.", "it")
    assert _paired(a, b, "Marco De Luca", "Marco De Luca")


def test_a_place_the_text_writes_alone_takes_no_cognate_verb_after_it() -> None:
    a = _art("Pasażerowie w Krośnie czekali na pociąg. Krosno leży nad Wisłokiem.", "pl")
    b = _art("Пасажири в Коросні чекали на поїзд. Коросно лежить над Віслоком.", "uk")
    rows = _rows(a, b)
    assert not any("czekali" in ta for ta, _, _, _ in rows)


def test_a_region_named_in_two_languages_is_one_place() -> None:
    # ISO 3166-2 subdivisions with their translations (iso-codes): towns are not enough
    assert place_ids("Stiria", "it") & place_ids("Steiermark", "de")
    assert place_ids("Waals-Brabant", "nl") & place_ids("Brabant wallon", "fr")
    a = _art("Le piogge hanno allagato tre paesi della Stiria martedì. Nessun ferito.", "it")
    b = _art("Der Regen überflutete am Dienstag drei Dörfer in der Steiermark. Niemand wurde "
             "verletzt.", "de")
    assert _paired(a, b, "Stiria", "Steiermark")


def test_two_regions_or_a_word_shared_by_many_regions_are_no_one_place() -> None:
    assert not place_ids("Kärnten", "de") & place_ids("Steiermark", "de")
    assert not place_ids("Nord", "fr") & place_ids("Norte", "es")  # a name of three countries

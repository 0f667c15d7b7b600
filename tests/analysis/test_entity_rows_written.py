"""Entity rows show names as both reports write them (invented names, other languages
than the evaluation pairs that showed each class)."""

from __future__ import annotations

from tests.analysis.figure_helpers import agree_rows, bare_art, names_paired, shared_row, text_rows
from tui.analysis.place_names import place_ids


def test_a_capitalised_day_name_inside_a_sentence_is_part_of_a_name() -> None:
    # "Sexta" is Portuguese for Friday; Spanish and Dutch write months and days in lowercase
    a = bare_art("El vino de la bodega Sexta do Monte se vendió en Oporto el martes.", "es")
    b = bare_art("De wijn van Sexta do Monte werd dinsdag in Porto verkocht.", "nl")
    assert shared_row(a, b, "Sexta do Monte", "Sexta do Monte")


def test_an_elided_preposition_of_four_letters_does_not_cut_a_name() -> None:
    a = bare_art("I feriti sono stati portati nell'Ospedale Maggiore di Lodi ieri sera.", "it")
    b = bare_art("Les blessés ont été transportés à l'Ospedale Maggiore di Lodi hier soir.", "fr")
    assert shared_row(a, b, "Ospedale Maggiore di Lodi", "Ospedale Maggiore di Lodi")


def test_an_apostrophe_case_ending_stays_out_of_the_name() -> None:
    a = bare_art("Dün gece Sardes Grand Hotel'de yangın çıktı ve sabaha kadar sürdü.", "tr")
    b = bare_art("Das Feuer brach in der Nacht im Sardes Grand Hotel aus.", "de")
    rows = text_rows(a, b)
    assert any(ta == "Sardes Grand Hotel" and "Sardes Grand Hotel'de" in ma
               and tb == "Sardes Grand Hotel" for ta, ma, tb, _ in rows)


def test_a_name_one_report_opens_a_sentence_with_is_shown_whole_on_both_sides() -> None:
    # the sentence-initial "The" and the English demonym rule ("-ian") cut B's name
    a = bare_art("Le concert de The Silver Owls a été annulé par Corinthian Tours samedi.", "fr")
    b = bare_art("The storm hit the town.\n\nThe Silver Owls cancelled the show. Corinthian Tours "
                 "said it would refund the tickets.", "en")
    assert shared_row(a, b, "The Silver Owls", "The Silver Owls")
    assert shared_row(a, b, "Corinthian Tours", "Corinthian Tours")


def test_a_name_only_written_inflected_is_headed_by_its_base_form() -> None:
    a = bare_art("Tallinna ettevõte Vaskne Laevad teatas kahjumist. Juhatuse esimees Mari Tamm "
                 "kinnitas seda.", "et")
    b = bare_art("Yhtiö määräsi Vaskne Laevadille sakon. Vaskne Laevadin mukaan asiakkaita "
                 "ei vaarannettu, sanoi Mari Tammin.", "fi")
    rows = text_rows(a, b)
    assert any(ta == "Vaskne Laevad" and tb == "Vaskne Laevad" and "Vaskne Laevadille" in mb
               for ta, _, tb, mb in rows)


def test_a_name_and_its_lowercase_noun_meet_across_two_related_languages() -> None:
    a = bare_art("Ukrajinska policija je odprla preiskavo. Iz Gorenjske regije so poslali pomoč.",
                 "sl")
    b = bare_art("Ukrajinska policija otvorila je istragu. Iz Gorenjske regije poslali su pomoć.",
                 "hr")
    assert shared_row(a, b, "Gorenjske regije", "Gorenjske regije")


def test_a_case_ending_word_after_a_name_never_joins_it_in_one_language() -> None:
    a = bare_art("Polizei meldet Unfall. In Weilheim gestern gab es Stau.", "de")
    b = bare_art("Polizei meldet Unfall. In Weilheim morgen gibt es Stau.", "de")
    rows = text_rows(a, b)
    assert not any(" " in ta for ta, _, _, _ in rows if ta.startswith("Weilheim"))


def test_an_inflected_place_is_looked_up_by_its_lemma_before_its_exonym() -> None:
    # Finnish inessive of Tampere against its Swedish name
    assert place_ids("Tampereella", "fi") & place_ids("Tammerfors", "sv")
    a = bare_art("Monet kaupat Tampereella sulkivat kassansa.", "fi")
    b = bare_art("Flera butiker i Tammerfors stängde kassorna.", "sv")
    assert names_paired(agree_rows(a, b), "Tampereella", "Tammerfors")


def test_a_phonetic_key_alone_does_not_make_a_known_place() -> None:
    from tui.analysis import gazetteer

    known = gazetteer.fuzzy_lookup("Szczecinie")
    assert known is None or "Saxony" not in known.name
    rows = text_rows(bare_art("Dün gece Sardes Grand Hotel'de yangın çıktı.", "tr"),
                     bare_art("Die Donau trat über die Ufer.", "de"))
    assert not any(ta == "Dün" for ta, _, _, _ in rows)


def test_a_name_defined_by_a_bracketed_acronym_meets_its_translation() -> None:
    # the Czech name spells its acronym; the Polish translation keeps the Czech acronym
    a = bare_art("Odborníci Správy jeskyní České republiky (SJČR) místo prohlédli. Podle SJČR "
                 "je jeskyně uzavřena.", "cs")
    b = bare_art("Według ekspertów z Zarządu jaskiń czeskich (SJČR) jaskinia jest zamknięta.", "pl")
    assert shared_row(a, b, "Správy jeskyní České republiky (SJČR)",
                      "Zarządu jaskiń czeskich (SJČR)")


def test_a_party_in_brackets_does_not_rename_a_person() -> None:
    a = bare_art("Poseł Jan Nowak (PSL) skrytykował plan. Rzecznik PSL milczał.", "pl")
    rows = text_rows(a, bare_art("Der Abgeordnete Jan Nowak (PSL) kritisierte den Plan.", "de"))
    assert not any("Jan Nowak" in ma and "PSL" in ma for _, ma, _, _ in rows)


def test_an_irish_mutation_is_undone_before_the_exonym_lookup() -> None:
    assert place_ids("Dhún na nGall", "ga") & place_ids("Donegal", "en")
    assert place_ids("nGaillimh", "ga") & place_ids("Galway", "en")
    assert not place_ids("Dhún na nGall", "en")  # only where the language file says so


def test_a_stem_the_case_changes_finds_its_place() -> None:
    assert place_ids("Turussa", "fi") & place_ids("Turku", "en")


def test_a_lowercase_hungarian_place_adjective_meets_the_place() -> None:
    a = bare_art("A szegedi gyár bezár, közölte a cég.", "hu")
    b = bare_art("Die Fabrik in Szeged schließt, teilte die Firma mit.", "de")
    assert shared_row(a, b, "szegedi", "Szeged")
    rows = text_rows(bare_art("A piaci árus és a helyi lakosok tiltakoztak.", "hu"), b)
    assert not any(ta in ("piaci", "helyi") for ta, _, _, _ in rows)


def test_an_elided_preposition_inside_a_run_starts_another_name() -> None:
    a = bare_art("Lo ha detto Marco De Luca dell'Istituto Idrografico, ieri.", "it")
    b = bare_art("Secondo Marco De Luca, l'Istituto Idrografico ha chiuso il porto.", "it")
    assert shared_row(a, b, "Marco De Luca", "Marco De Luca")


def test_a_place_the_text_writes_alone_takes_no_cognate_verb_after_it() -> None:
    a = bare_art("Pasażerowie w Krośnie czekali na pociąg. Krosno leży nad Wisłokiem.", "pl")
    b = bare_art("Пасажири в Коросні чекали на поїзд. Коросно лежить над Віслоком.", "uk")
    rows = text_rows(a, b)
    assert not any("czekali" in ta for ta, _, _, _ in rows)


def test_a_region_named_in_two_languages_is_one_place() -> None:
    # ISO 3166-2 subdivisions with their translations (iso-codes): towns are not enough
    assert place_ids("Stiria", "it") & place_ids("Steiermark", "de")
    assert place_ids("Waals-Brabant", "nl") & place_ids("Brabant wallon", "fr")
    a = bare_art("Le piogge hanno allagato tre paesi della Stiria martedì. Nessun ferito.", "it")
    b = bare_art("Der Regen überflutete am Dienstag drei Dörfer in der Steiermark. Niemand wurde "
             "verletzt.", "de")
    assert shared_row(a, b, "Stiria", "Steiermark")


def test_two_regions_or_a_word_shared_by_many_regions_are_no_one_place() -> None:
    assert not place_ids("Kärnten", "de") & place_ids("Steiermark", "de")
    assert not place_ids("Nord", "fr") & place_ids("Norte", "es")  # a name of three countries

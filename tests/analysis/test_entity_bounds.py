"""Names extracted with the right boundaries, so that one name in two reports meets
itself: an elided article, a hyphen clitic or a hyphen-joined noun around a name, a role
noun before a surname, a conjunction opening a sentence (invented names throughout)."""

from __future__ import annotations

from tests.analysis.figure_helpers import bare_art, shared_row, text_rows
from tui.analysis.entities import extract_entities
from tui.analysis.role_heads import noun_senses
from tui.analysis.sentences import split_sentences


def _names(text: str, language: str) -> list[list[str]]:
    return [e.spellings for e in extract_entities(text, language, split_sentences(text))]


def test_an_elided_article_stays_out_of_a_name_run_on_in_lowercase() -> None:
    a = bare_art("Les élèves de l'Institut communal jouaient au football quand l'orage a "
                 "éclaté. L'Institut communal a fermé ses portes.", "fr")
    b = bare_art("De leerlingen van het Institut communal speelden voetbal toen het onweer "
                 "losbarstte. Het Institut communal sloot de deuren.", "nl")
    rows = text_rows(a, b)
    assert shared_row(a, b, "Institut communal", "Institut communal")
    assert not any(ta.startswith("l'") for ta, _, _, _ in rows)


def test_a_maltese_place_keeps_its_capitalised_article_as_written() -> None:
    a = bare_art("It-traffiku lejn Tas-Xemxija ġie dirottat. Tas-Xemxija baqgħet "
                 "magħluqa għal sitt sigħat.", "mt")
    b = bare_art("Xemxija-bound traffic was diverted through side streets for six hours.", "en")
    assert shared_row(a, b, "Tas-Xemxija", "Xemxija-bound")
    assert shared_row(a, b, "Xemxija", "Xemxija")


def test_a_name_joined_to_a_lowercase_noun_by_a_hyphen_is_the_name() -> None:
    names = _names("Flere patienter fra Ravnsholm-området blev sendt videre.", "da")
    assert any("Ravnsholm" in n and "Ravnsholm-området" in n for n in names)
    # where the lowercase part belongs to the name, it stays ("Petőfi Sándor-díj")
    names = _names("Tegnap átadták a Kerekes Ilona-díjat a fővárosban.", "hu")
    assert not any("Kerekes Ilona" in n and len(n) == 1 for n in names)


def test_a_role_noun_before_a_surname_the_text_writes_in_full_is_a_title() -> None:
    text = ("Auf dem Hof von Anton Weigl schlug der Blitz ein. Bauer Weigl beziffert den "
            "Schaden auf 20.000 Euro.")
    names = _names(text, "de")
    weigl = [n for n in names if "Anton Weigl" in n]
    assert weigl and "Bauer Weigl" in weigl[0] and "Weigl" in weigl[0]
    assert not any(n == ["Bauer Weigl"] for n in names)


def test_a_role_noun_and_surname_meet_the_one_full_name_of_the_other_report() -> None:
    a = bare_art("Il-Perit Karmenu Farrugia, li ddisinja l-bini, qal li kien sigur.", "mt")
    b = bare_art("The building was safe. Architect Farrugia, who designed it, said so.", "en")
    assert shared_row(a, b, "Karmenu Farrugia", "Farrugia")


def test_a_role_noun_and_surname_meet_no_full_name_when_two_people_carry_it() -> None:
    a = bare_art("Anna Farrugia and Pawlu Farrugia run the yard. Later Anna Farrugia "
                 "spoke. Pawlu Farrugia did not.", "en")
    b = bare_art("Der Bau galt als sicher. Architekt Farrugia erklärte das am Abend. "
                 "Architekt Farrugia bleibt dabei.", "de")
    assert not shared_row(a, b, "Anna Farrugia", "Farrugia")
    assert not shared_row(a, b, "Pawlu Farrugia", "Farrugia")


def test_a_noun_is_read_without_its_hyphen_prefix_or_genitive_ending() -> None:
    assert noun_senses("US-Unternehmens", "de") == noun_senses("Unternehmen", "de")
    assert noun_senses("Landwirts", "de") == noun_senses("Landwirt", "de")
    assert noun_senses("Sardes", "de") == ()  # a short word may be a name in a case form


def test_a_german_conjunction_opening_a_sentence_is_no_part_of_a_name() -> None:
    a = bare_art("Der Tank stammt vermutlich von Skylark Dynamics aus Texas.", "de")
    b = bare_art("Die Trümmer stammen von einer Rakete des Herstellers Skylark. Ob Skylark "
                 "für den Schaden aufkommt, ist offen.", "de")
    assert shared_row(a, b, "Skylark Dynamics", "Skylark")
    assert not any("Ob Skylark" in n for n in _names(b.body, "de"))


def test_a_club_s_fc_is_written_with_its_name() -> None:
    a = bare_art("I tifosi del Nord Lago FC hanno invaso il campo dopo la partita.", "it")
    b = bare_art("Les supporters du Nord Lago FC ont envahi la pelouse après le match.", "fr")
    assert shared_row(a, b, "Nord Lago FC", "Nord Lago FC")


def test_an_abbreviated_saint_joins_a_church_noun_to_its_name() -> None:
    a = bare_art("Věž kostela sv. Dobroslava v Dolní Lhotě se zřítila.", "cs")
    b = bare_art("Veža kostola sv. Dobroslava v Dolnej Lhote sa zrútila.", "sk")
    assert shared_row(a, b, "kostela sv. Dobroslava", "kostola sv. Dobroslava")


def test_a_quoted_name_keeps_its_saint() -> None:
    a = bare_art("Мъж падна от ферибота „Агиос Стефанос III“ край остров Тасос.", "bg")
    b = bare_art("Ένας άνδρας έπεσε από το πλοίο «Άγιος Στέφανος III» κοντά στη Θάσο.", "el")
    assert shared_row(a, b, "Агиос Стефанос III", "Άγιος Στέφανος III")


def test_a_lowercase_lock_or_lake_after_a_name_is_written_with_it() -> None:
    a = bare_art("En port vid Hjortebo sluss gav vika på måndagen.", "sv")
    b = bare_art("En sluseport ved Hjortebo sluse brast mandag morgen.", "da")
    assert shared_row(a, b, "Hjortebo sluss", "Hjortebo sluse")


def test_a_generic_word_cut_off_a_name_stays_in_its_written_form() -> None:
    a = bare_art("Region Nordvestland har en aftale med klinikken. Patienter fra regionen "
                 "bliver behandlet der.", "da")
    b = bare_art("Die Klinik arbeitet seit Jahren mit der Region Nordvestland zusammen.", "de")
    assert shared_row(a, b, "Region Nordvestland", "Region Nordvestland")


def test_a_name_whose_second_word_both_reports_write_in_lowercase_is_one_name() -> None:
    a = bare_art("Protivnici projekta okupili su se oko udruge Plava dolina u selu.", "hr")
    b = bare_art("Против пројекта било је удружење „Плава долина”, које је тражило гласање.",
                 "sr")
    assert shared_row(a, b, "Plava dolina", "Плава долина")


def test_an_acronym_written_alone_joins_the_one_name_its_initials_spell() -> None:
    a = bare_art("Pożar wybuchł w zajezdni Miejskiego Przedsiębiorstwa Wodociągów przy ul. "
                 "Lipowej. Rzecznik MPW potwierdził straty.", "pl")
    b = bare_art("Požár vypukl v areálu Miejskie Przedsiębiorstwo Wodociągów (MPW) v Opolí.",
                 "cs")
    assert shared_row(a, b, "Miejskiego Przedsiębiorstwa Wodociągów",
                      "Miejskie Przedsiębiorstwo Wodociągów")

"""Names as a fact-checker meets them in pairs nobody tuned on: a job or office glued in
front of a name, transliteration conventions of the target language, case endings that
change the stem, articles inside place names; and people who must stay apart."""

from __future__ import annotations

import pytest
from figure_helpers import agree_rows, names_paired

from tui.analysis.entities import same_name
from tui.analysis.facts import analyse
from tui.analysis.name_match import core_span
from tui.models import Article


def test_a_job_glued_before_a_name_is_dropped_from_the_row() -> None:
    # Sentence-initial job words, both capitalised, in Swedish and Italian.
    a = Article(title="", language="sv", body=(
        "En brand förstörde en lada utanför Orsa på lördagen. Mjölkbonden Anders Lindqvist "
        "sade att 42 kor räddades. Brandkåren var på plats efter 20 minuter."))
    b = Article(title="", language="it", body=(
        "Un incendio ha distrutto un fienile vicino a Orsa sabato. Allevatore Anders "
        "Lindqvist ha detto che 42 mucche sono state salvate."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Anders Lindqvist", "Anders Lindqvist"), rows


def test_a_name_in_a_genitive_meets_it_after_a_title_in_another_language() -> None:
    # A Turkish apostrophe ending on one side, a German title word on the other.
    a = Article(title="", language="tr", body=(
        "Sel nedeniyle 300 kişi tahliye edildi. Vali Mustafa Korkmaz'ın açıklamasına göre "
        "iki köprü yıkıldı."))
    b = Article(title="", language="de", body=(
        "Wegen der Flut wurden 300 Menschen evakuiert. Wie Gouverneur Mustafa Korkmaz "
        "mitteilte, stürzten zwei Brücken ein."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Mustafa Korkmaz'ın", "Mustafa Korkmaz"), rows


def test_a_portfolio_after_a_name_is_not_part_of_it() -> None:
    a = Article(title="", language="nl", body=(
        "Minister Joost Verhoeven van Landbouw bezocht dinsdag de boerderij. Volgens "
        "Verhoeven zijn 80 koeien omgekomen."))
    b = Article(title="", language="en", body=(
        "Agriculture minister Joost Verhoeven visited the farm on Tuesday. He said 80 cows "
        "had died."))
    assert names_paired(agree_rows(a, b), "Joost Verhoeven", "Joost Verhoeven")


def test_a_bulgarian_name_meets_its_german_transliteration() -> None:
    # German writes "w" and "sch" where English writes "v" and "sh".
    a = Article(title="", language="bg", body=(
        "Кметът Пламен Вълков съобщи, че 12 къщи са наводнени в Разлог."))
    b = Article(title="", language="de", body=(
        "Bürgermeister Plamen Walkow sagte, in Rasslog seien 12 Häuser überflutet."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Пламен Вълков", "Plamen Walkow"), rows


@pytest.mark.parametrize(("a", "b", "la", "lb"), [
    ("Олега Шевчука", "Oleg Szewczuk", "ru", "pl"),        # Russian genitive, Polish sz/cz
    ("Тетяни Гнатенко", "Tetiana Hnatenko", "uk", "en"),   # Ukrainian г is h
    ("Ягодина", "Jahodyny", "uk", "pl"),                    # genitive, г is h in Polish
    ("Κώστα Παπαδόπουλου", "Kostas Papadopoulos", "el", "de"),  # Greek genitive, ου
    ("Νίκου Ευαγγέλου", "Nikos Evangelou", "el", "en"),    # ευ is ev
    ("Cēsīs", "Цесисе", "lv", "ru"),                        # Latvian and Russian locatives
    ("Zoltán Horváttal", "Zoltán Horvát", "hu", "cs"),      # Hungarian -val assimilated
    ("Tomášem Dvořákem", "Tomáš Dvořák", "cs", "en"),       # Czech instrumental
    ("Petrom Horváthom", "Peter Horváth", "sk", "en"),      # fleeting e: Peter / Petrom
    ("Тарасом Шевчуком", "Tarasem Szewczukiem", "uk", "pl"),  # two instrumentals
    ("Юрий Кузнецов", "Jurij Kuzniecow", "ru", "pl"),       # Polish "ie" for е
    ("Луцька", "Łucka", "uk", "pl"),                        # ц is the Polish c
    ("Poznaniu", "Poznań", "pl", "en"),                     # soft-stem locative
    ("Ventspilī", "Вентспилсе", "lv", "ru"),                # Russian keeps the Latvian -s
    ("Jēkabpilī", "Екабпилсе", "lv", "ru"),                 # and writes "je" as е
    ("Ганни Петрук", "Hanna Petruk", "uk", "en"),           # a first name in the genitive
    ("Олексія Гриценка", "Oleksii Hrytsenko", "uk", "en"),  # -енко / -енка
    ("Русе", "Russe", "bg", "de"),                          # a doubled consonant is one
])
def test_inflected_transliterations_are_one_name(a, b, la, lb) -> None:
    assert same_name(a, b, la, lb)


@pytest.mark.parametrize(("a", "b", "la", "lb"), [
    ("Jan Novák", "Jana Nováková", "cs", "cs"),     # may be two people
    ("Novák", "Nowicki", "cs", "pl"),
    ("Kowalski", "Kowalczyk", "pl", "ru"),
    ("Petr Svoboda", "Pavel Svoboda", "cs", "sk"),  # two first names, one surname
    ("Andrzej Duda", "Andrzej Dudek", "pl", "pl"),  # no case turns -a into -ek
])
def test_different_people_stay_apart(a, b, la, lb) -> None:
    assert not same_name(a, b, la, lb)


@pytest.mark.parametrize(("a", "b"), [
    ("Donald Trump Jr.", "Donald Trump"),          # father and son
    ("Jan Novák ml.", "Jan Novák"),
    ("Henryk Nowak II", "Henryk Nowak"),
])
def test_a_generation_after_a_name_is_another_person(a, b) -> None:
    assert core_span(a, b, "en", "en") is None


def test_a_core_needs_two_words_of_one_name() -> None:
    assert core_span("Landwirt Hendrik Bakker", "Melkveehouder Hendrik Bakker", "de", "nl") \
        == ("Hendrik Bakker", "Hendrik Bakker")
    assert core_span("Schätzungen von Geologen", "Angaben von Geologen", "de", "de") is None
    assert core_span("Maria Kowalska", "Maria Kowalska", "pl", "pl") is None  # already one


def test_a_place_case_that_changes_the_stem_is_one_place() -> None:
    # Czech locative "v Brně" of "Brno" is regular; "Praha" / "v Praze" changes h to z.
    an = analyse("Praha hlásí 40 zraněných. V Praze zasahovalo 12 jednotek hasičů.", "cs")
    names = [e.names for e in an.entities]
    assert any("Praha" in n and "Praze" in n for n in names), names


def test_a_person_named_after_an_inflected_town_is_two_names() -> None:
    # "Starosta Brna Petr Kolář": the mayor of Brno, Petr Kolář.
    an = analyse("V Brně spadl most. Starosta Brna Petr Kolář řekl, že 3 lidé jsou zraněni. "
                 "Brno uzavřelo 2 silnice.", "cs")
    names = [e.names for e in an.entities]
    assert any("Petr Kolář" in n for n in names), names
    assert not any(any(x.startswith("Brna ") for x in n) for n in names), names


def test_irish_place_names_keep_their_articles() -> None:
    a = Article(title="", language="ga", body=(
        "Bhí 30 teach gan leictreachas i mBaile an Chaisleáin agus dúnadh an cé i "
        "gCill na Mhara."))
    b = Article(title="", language="en", body=(
        "30 homes in Baile an Chaisleáin were without power and the pier was closed."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Baile an Chaisleáin", "Baile an Chaisleáin"), rows


def test_german_an_between_two_nouns_joins_nothing() -> None:
    an = analyse("Die Kritik an Thomas Berger wuchs. Schäden an Häusern gab es in Passau.", "de")
    names = {n for e in an.entities for n in e.names}
    assert not any(" an " in n for n in names), names


def test_an_institution_with_lowercase_words_is_one_name_in_both_reports() -> None:
    a = Article(title="", language="it", body=(
        "Secondo la Protezione civile regionale, 40 famiglie sono state evacuate a Cesena."))
    b = Article(title="", language="it", body=(
        "A Cesena 40 famiglie hanno lasciato le case, lo ha reso noto la Protezione civile "
        "regionale."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Protezione civile regionale", "Protezione civile regionale"), rows


def test_a_person_never_runs_on_into_the_words_after_the_name() -> None:
    a = Article(title="", language="en", body=(
        "Fire chief Dana Whitlock confirmed 12 homes were lost. Later Whitlock told reporters "
        "on Friday."))
    b = Article(title="", language="en", body=(
        "Dana Whitlock, the fire chief, said 12 homes burned. Whitlock told reporters "
        "on Friday."))
    names = {n for xs, ys in agree_rows(a, b) for n in xs + ys}
    assert not any("told" in n for n in names), names


def test_a_german_place_noun_before_a_name_is_not_part_of_it() -> None:
    # "im Ferienort Zlatibor": the resort is Zlatibor; Serbian writes the locative.
    a = Article(title="", language="sr", body=(
        "Na Zlatiboru je palo 60 centimetara snega. Put do Zlatibora bio je zatvoren."))
    b = Article(title="", language="de", body=(
        "Im Ferienort Zlatibor fielen 60 Zentimeter Schnee, die Straße war gesperrt."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Zlatiboru", "Zlatibor"), rows


def test_a_name_that_spells_a_function_word_after_a_place_noun_is_kept() -> None:
    an = analyse("Sturm an der Küste: Auf der Insel Oder mussten 40 Menschen die Häuser "
                 "verlassen.", "de")
    assert any("Oder" in e.names for e in an.entities), [e.names for e in an.entities]


@pytest.mark.parametrize(("a", "b", "la", "lb"), [
    ("Dvořáková", "Dvořák", "cs", "cs"),             # a woman's surname and a man's
    ("Anna Kowalska", "Jan Kowalski", "pl", "en"),
    ("Kowalskiego", "Kowalska", "pl", "pl"),         # his genitive, her nominative
    ("Вишневская", "Wiśniewski", "ru", "pl"),
])
def test_a_womans_and_a_mans_form_of_a_surname_are_two_people(a, b, la, lb) -> None:
    assert not same_name(a, b, la, lb)


def test_a_womans_surname_meets_its_own_cases() -> None:
    assert same_name("Anny Kowalskiej", "Anna Kowalska", "pl", "en")
    assert same_name("Ковальской", "Kowalska", "ru", "pl")


def test_husband_and_wife_stay_two_rows() -> None:
    text = ("Pan Tomáš Dvořák a jeho žena Marie Dvořáková přežili. Dvořáková řekla, že "
            "shořelo 12 domů. Dvořák dodal, že 3 lidé jsou zraněni.")
    an = analyse(text, "cs")
    groups = [set(e.names) for e in an.entities]
    assert not any({"Dvořák", "Dvořáková"} <= g for g in groups), groups

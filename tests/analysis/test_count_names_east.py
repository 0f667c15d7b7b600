"""What a count is named in the Slavic, Baltic, Finnic, Greek and Romanian reports
(issue 10): the concept word of the counted noun itself, in the case the number or the
verb gives it, never a word of the same stem that is another thing ("пожарни", fire-,
is no fire; Latvian "glābēji" are rescuers, not firefighters)."""

from __future__ import annotations

from figure_helpers import art, paired

from tui.analysis.facts import analyse_article


def test_latvian_rescuers_are_not_firefighters() -> None:
    a = art("Meklēšanā piedalījās 45 glābēji un divi suņi.", "lv")
    b = art("W poszukiwaniach wzięło udział 45 ratowników i dwa psy.", "pl")
    assert ("rescuers", "agree", 45, 45) in paired(a, b)


def test_latvian_people_in_the_accusative_are_people() -> None:
    a = art("Policija aizturēja astoņus cilvēkus pie robežas.", "lv")
    b = art("Policja zatrzymała ośmiu ludzi przy granicy.", "pl")
    rows = paired(a, b)
    assert [r for r in rows if r[1:] == ("agree", 8, 8)]


def test_latvian_people_pulled_out_are_rescued() -> None:
    a = art("Ugunsdzēsēji no upes izvilka trīs cilvēkus.", "lv")
    b = art("Strażacy wyciągnęli z rzeki trzech ludzi, których uratowano.", "pl")
    assert [r for r in paired(a, b) if r[0] == "rescued" and r[2] == 3]


def test_a_bulgarian_fire_adjective_does_not_make_a_count_of_fires() -> None:
    a = art("На място пристигнаха 9 пожарни автомобила.", "bg")
    b = art("La fața locului au sosit 9 autospeciale.", "ro")
    assert ("vehicles", "agree", 9, 9) in paired(a, b)


def test_bulgarian_fires_are_still_fires() -> None:
    a = art("През уикенда избухнаха 14 пожара в областта.", "bg")
    b = art("Over the weekend 14 fires broke out in the region.", "en")
    assert ("fires", "agree", 14, 14) in paired(a, b)


def test_romanian_special_vehicles_conflict_with_english_fire_engines() -> None:
    a = art("Pompierii au trimis 11 autospeciale la depozit.", "ro")
    b = art("Firefighters sent 13 fire engines to the depot.", "en")
    assert ("vehicles", "conflict", 11, 13) in paired(a, b)


def test_greek_work_crews_are_crews_not_workshops() -> None:
    a = art("Στην περιοχή εργάζονται 8 συνεργεία της ΔΕΗ.", "el")
    b = art("Eight repair crews are working in the area.", "en")
    assert [r for r in paired(a, b) if r[0].startswith("crew") and r[1:] == ("agree", 8, 8)]


def test_finnish_logs_are_logs() -> None:
    a = art("Kuorma-autosta putosi tielle 35 tukkia.", "fi")
    b = art("Thirty-five logs fell from the lorry onto the road.", "en")
    assert [r for r in paired(a, b) if r[0].startswith("log") and r[1:] == ("agree", 35, 35)]


def test_a_polish_noun_before_its_genitive_is_what_is_counted() -> None:
    a = art("Pod Lublinem wykoleiło się 9 cystern pociągu towarowego.", "pl")
    b = art("Под Люблином сошли с рельсов 9 цистерн товарного поезда.", "ru")
    assert [r for r in paired(a, b) if r[0] == "tankers" and r[1:] == ("agree", 9, 9)]


def test_a_polish_genitive_noun_is_not_counted_instead_of_its_head() -> None:
    a = art("Z torów zeszło 9 cystern pociągu.", "pl")
    names = [r[0] for r in paired(a, art("Nine tankers of the train left the rails.", "en"))]
    assert "trains" not in names


def test_a_russian_collective_numeral_counts_people_its_predicate_names() -> None:
    for body, value in (("Взрыв ранил нескольких рабочих. Трое госпитализированы.", 3),
                        ("Пострадали жильцы дома. Четверо госпитализированы с ожогами.", 4)):
        counts = analyse_article(art(body, "ru")).quantities
        assert [(q.concept, q.value) for q in counts] == [("hospitalised", value)]


def test_a_collective_numeral_of_a_unit_stays_a_duration() -> None:
    a = art("Снег шел двое суток без перерыва.", "ru")
    b = art("It snowed for two days without a break.", "en")
    assert [r for r in paired(a, b) if r[0] == "duration"]


def test_a_noun_of_the_place_after_the_counted_noun_does_not_name_the_count() -> None:
    for body, language in (("Затворена су три изворишта у Шабачкој општини.", "sr"),
                           ("Zamknięto cztery ujęcia w gminie Kłodzko.", "pl")):
        counts = analyse_article(art(body, language)).quantities
        assert counts and all(q.concept != "municipalities" for q in counts)


def test_people_in_a_place_are_still_counted_by_it() -> None:
    a = art("Dvanaest ljudi je u bolnici.", "hr")
    b = art("Twelve people are in hospital.", "en")
    assert ("hospitalised", "agree", 12, 12) in paired(a, b)

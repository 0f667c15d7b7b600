"""False conflicts of figures of two things under one concept (a group's vehicles read as
the group, a sign lost, …): never shown as a disagreement; the same figures of one thing
still are."""

from __future__ import annotations

from figure_helpers import art, conflicts, figures, paired

_NOW = "2026-09-14T10:00:00+02:00"


# ------------------------------------------ a group's vehicle is a vehicle, not the group


def test_a_compound_of_a_group_and_a_vehicle_counts_vehicles() -> None:
    """ "16 rendőrautó" (police cars) in Hungarian, written as one word, counts cars, not
    police officers: it never rivals the other report's 20 police officers."""
    assert figures("A helyszínre 16 rendőrautó érkezett.", "hu") == [("vehicles", 16, None)]
    a = art("A raktárnál 16 rendőrautó és 35 rendőr állt készenlétben.", "hu", _NOW)
    b = art("At the depot 16 police cars and 20 police officers stood by.", "en", _NOW)
    rows = paired(a, b)
    assert ("vehicles", "agree", 16, 16) in rows
    assert (16, 20) not in conflicts(a, b)
    assert ("police", "conflict", 35, 20) in rows


def test_the_group_itself_is_still_counted_by_its_word() -> None:
    assert figures("A helyszínen 40 rendőr dolgozott.", "hu") == [("police", 40, None)]


# ------------------------------------------------------ a minus before a number word


def test_minus_before_a_number_word_is_a_sign() -> None:
    """ "bei minus acht Grad" is −8 °C, as "minus 8 Grad" is: the two agree."""
    assert figures("Die Nacht brachte minus acht Grad.", "de") == [("temperature", -8, "°C")]
    a = art("In der Nacht auf Freitag fiel das Thermometer auf minus acht Grad.", "de", _NOW)
    b = art("In der Nacht auf Freitag sank die Temperatur auf minus 8 Grad.", "de", _NOW)
    assert ("temperature", "agree", -8, -8) in paired(a, b)


def test_minus_before_a_count_word_is_no_sign() -> None:
    assert all(v >= 0 for _, v, _ in figures("Am Ende waren es minus vier Gäste.", "de"))


# --------------------------------------------- a length and a depth are two measurements


def test_a_stretch_so_long_and_a_depth_below_ground_are_two_things() -> None:
    """ "ділянка завдовжки 60 метрів" (a stretch 60 metres long) and "45 metres below
    ground" measure two things: never a disagreement."""
    a = art("Пошкоджену ділянку тунелю завдовжки 60 метрів відремонтують за тиждень.",
            "uk", _NOW)
    b = art("The damaged tunnel lies 45 metres below ground and will be repaired in a "
            "week.", "en", _NOW)
    assert (60, 45) not in conflicts(a, b)


def test_two_lengths_of_one_stretch_still_conflict() -> None:
    a = art("Пошкоджену ділянку тунелю завдовжки 60 метрів відремонтують за тиждень.",
            "uk", _NOW)
    b = art("The damaged stretch of the tunnel, 45 metres long, will be repaired in a "
            "week.", "en", _NOW)
    assert (60, 45) in conflicts(a, b)


# ------------------------------------------ "12 dead swans": swans, of which a state


def test_dead_animals_are_counted_by_their_noun() -> None:
    """ "12 dead swans" / "15 cygnes morts" disagree on swans, not on people killed."""
    a = art("On Sunday rangers found 12 dead swans on the lake shore.", "en", _NOW)
    b = art("Dimanche, les gardes ont trouvé 15 cygnes morts sur la rive du lac.", "fr", _NOW)
    assert [(c.rstrip("s"), s, va, vb) for c, s, va, vb in paired(a, b)] == [
        ("swan", "conflict", 12, 15)]


def test_dead_animals_are_no_rival_of_the_whole_flock() -> None:
    """The swans found dead are some of the lake's 40 swans: never a disagreement."""
    a = art("On Sunday rangers found 12 dead swans on the lake shore.", "en", _NOW)
    b = art("Le dimanche, sur la rive du lac, vivent 40 cygnes.", "fr", _NOW)
    assert (12, 40) not in conflicts(a, b)


def test_dead_people_are_still_the_killed() -> None:
    assert figures("The crash left 7 dead passengers.", "en") == [("killed", 7, None)]


# ------------------------------------------------- "seven years ago": a figure of then


def test_a_figure_of_some_years_ago_is_of_another_time() -> None:
    """ "Seven years ago … 250 pupils" is a past case: no rival of the other report's
    figure of today."""
    a = art("All 300 pupils moved on Monday. Seven years ago a fire in the old wing forced "
            "the town to move 250 pupils.", "en", _NOW)
    b = art("Alle 300 Schüler zogen am Montag um. Die Gastschule hat 310 Schüler.", "de", _NOW)
    assert conflicts(a, b) == []
    c = art("Alle 300 Schüler zogen am Montag um. Vor sieben Jahren musste die Stadt nach "
            "einem Brand 250 Schüler umziehen.", "de", _NOW)
    assert ("students", "agree", 250, 250) in paired(a, c)


def test_a_figure_of_today_still_conflicts() -> None:
    a = art("On Monday a fire in the old wing forced the town to move 250 pupils.", "en", _NOW)
    b = art("Am Montag musste die Stadt nach einem Brand im Altbau 280 Schüler umziehen.",
            "de", _NOW)
    assert conflicts(a, b) == [(250, 280)]


# --------------------------------------------------- cash machines are named as such


def test_cash_machines_are_named_atms_in_each_language() -> None:
    """ "uttagsautomater" / "pankkiautomaattia" are cash machines (the glossary's sense of
    "automat" is a robot): one row of ATMs, disagreeing."""
    a = art("Under störningen var 410 uttagsautomater ur funktion.", "sv", _NOW)
    b = art("Häiriön aikana 450 pankkiautomaattia oli poissa käytöstä.", "fi", _NOW)
    assert ("atms", "conflict", 410, 450) in paired(a, b)

"""A count of people is named by what happened to them when the clause says it with another
form of a listed word of the same stem ("l'evacuazione di 120 persone" for "evacuat*"),
so it meets the other report's "120 evacuated"; a word sharing a short stem does not."""

from __future__ import annotations

from figure_helpers import art, figures, paired


def test_evacuation_noun_names_the_people_count_and_meets_the_other_report() -> None:
    a = art("Le autorità hanno ordinato l'evacuazione di 120 persone dalla valle.", "it")
    same = art("I går kväll evakuerades 120 personer från dalen.", "sv")
    other = art("I går kväll evakuerades 150 personer från dalen.", "sv")
    assert ("evacuated", "agree", 120, 120) in paired(a, same)
    assert ("evacuated", "conflict", 120, 150) in paired(a, other)


def test_hospitalisation_noun_before_the_count_names_it() -> None:
    found = figures("L'hospitalisation de 12 personnes a été nécessaire.", "fr")
    assert [(c, v) for c, v, _ in found] == [("hospitalised", 12)]


def test_a_word_sharing_only_a_short_stem_leaves_the_count_generic() -> None:
    found = figures("Twenty people joined the mission on Monday.", "en")
    assert [c for c, _, _ in found] == ["people"]


def test_a_compound_ending_in_a_state_word_names_the_count_but_a_negation_does_not() -> None:
    a = art("Bei dem Unfall wurden drei Menschen schwerverletzt.", "de")
    b = art("Tre personer skadades i olyckan.", "sv")
    assert ("injured", "agree", 3, 3) in paired(a, b)
    unhurt = figures("Bei dem Unfall blieben drei Menschen unverletzt.", "de")
    assert [c for c, _, _ in unhurt] == ["people"]


def test_people_count_meets_a_named_count_of_people_only_when_they_agree() -> None:
    a = art("La Constanța, pompierii au mobilizat 45 de oameni și 12 autospeciale.", "ro")
    same = art("W Konstancy strażacy zmobilizowali 45 strażaków i 12 wozów.", "pl")
    other = art("W Konstancy strażacy zmobilizowali 50 strażaków i 12 wozów.", "pl")
    assert ("firefighters", "agree", 45, 45) in paired(a, same)
    assert not [row for row in paired(a, other) if row[1] == "conflict"]


def test_people_count_meets_a_count_of_a_listed_noun_of_people() -> None:
    a = art("Na chate Rysy v Tatrách uviazlo cez noc 80 ľudí.", "sk")
    same = art("Overnight 80 tourists were stranded at the Rysy hut in the Tatras.", "en")
    other = art("Overnight 90 tourists were stranded at the Rysy hut in the Tatras.", "en")
    assert [row[1:] for row in paired(a, same)] == [("agree", 80, 80)]
    assert paired(a, other) == []

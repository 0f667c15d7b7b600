"""A count whose noun has no English name (a word the glossary lacks, or a verb read as
the noun) pairs with the one figure of things left in the aligned sentence of the other
report, named by the side whose noun is known; never when either sentence leaves two."""

from __future__ import annotations

from figure_helpers import art, paired

_RO = ("Potrivit primăriei, aproximativ {} de branșamente din Brașov au rămas fără apă caldă de "
       "luni dimineață.")
_EN = ("About {} subscribers in Brașov have had no hot water since Monday morning, the city "
       "hall said.")
_MT = "Il-kunsill ta' Birkirkara qal li {} inkwilini baqgħu mingħajr ilma sħun fit-triq prinċipali."
_EN_PEOPLE = "Birkirkara council said {} people were left without hot water on the main street."


def test_unknown_noun_meets_the_english_count_of_its_aligned_sentence() -> None:
    rows = paired(art(_RO.format(150), "ro"), art(_EN.format(200), "en"))
    assert ("subscriber", "conflict", 150, 200) in rows


def test_unknown_noun_meets_a_concept_figure_and_takes_its_name() -> None:
    rows = paired(art(_MT.format(150), "mt"), art(_EN_PEOPLE.format(200), "en"))
    assert ("people", "conflict", 150, 200) in rows
    rows = paired(art(_MT.format(150), "mt"), art(_EN_PEOPLE.format(150), "en"))
    assert ("people", "agree", 150, 150) in rows


def test_two_open_counts_in_one_sentence_pair_with_neither() -> None:
    a = art("Potrivit primăriei, aproximativ 150 de branșamente și 30 de cursanți din Brașov au "
            "rămas fără apă caldă de luni dimineață.", "ro")
    assert not paired(a, art(_EN.format(200), "en"))


def test_values_far_apart_are_not_one_count() -> None:
    assert not paired(art(_RO.format(150), "ro"), art(_EN.format(900), "en"))


def test_unrelated_sentences_do_not_pair() -> None:
    a = art("Primăria din Brașov a anunțat că 150 de abonați au rămas fără apă caldă.", "ro")
    b = art("The mayor of Cluj thanked 200 firefighters after the storm on Sunday.", "en")
    assert not paired(a, b)


def test_a_sub_group_meets_an_unnamed_count_only_agreeing() -> None:
    b = "Birkirkara council said {} children were left without hot water on the main street."
    assert not paired(art(_MT.format(150), "mt"), art(b.format(120), "en"))
    assert [r[1:] for r in paired(art(_MT.format(120), "mt"), art(b.format(120), "en"))] == [
        ("agree", 120, 120)]

"""The indexes that spare entity pairing and clustering most of their tests (the sound and
near stages, same_name in clustering, the exonym look-up) never change what they find.

Checked on invented names and reports against the plain computation.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.analysis import name_match as nm
from tui.analysis import place_names
from tui.analysis.entities import extract_entities, same_name
from tui.analysis.sentences import split_sentences
from tui.analysis.sound_index import SoundIndex, may_be_same_name

NAMES = [
    "Oskar Lindqvist", "Lindqvist", "Lindkvist", "O. Lindqvist", "Lindqvista", "Karin Berg",
    "Berg", "Bergová", "Katarzyna Wróblewska", "Wróblewskiej", "Wroblewska", "Ros Muc",
    "Rosmuc", "Nagy Ferenc", "Ferenc Nagy", "Alte Brücke", "Alten Brücke", "Tampere",
    "Tampereella", "Oulu", "Oulussa", "Jelnsky", "Zelensky", "Zelenskyy", "Kyiv", "Kiev",
    "Київ", "Харків", "Kharkiv", "Ministerium für Verkehr", "Verkehr", "Haus der Kunst",
    "Kunst", "Grünwald-Süd", "Süd", "Bahnhof Süd", "Anne-Marie Dupont", "Dupont", "Duponte",
    "Mähren", "Maehren", "Łódź", "Lodz", "Ostrau", "Ostrava", "Ostravě", "Petra", "Petr",
]
LANGS = [None, "en", "de", "pl", "cs", "fi", "hu", "uk"]


def test_may_be_same_name_never_rules_out_a_pair_same_name_takes() -> None:
    rng = random.Random(7)
    taken = 0
    for a in NAMES:
        for b in NAMES:
            la, lb = rng.choice(LANGS), rng.choice(LANGS)
            if same_name(a, b, la, lb):
                taken += 1
                assert may_be_same_name(a, b), (a, b, la, lb)
    assert taken > len(NAMES)
    assert not may_be_same_name("Tampere", "Ostrava")


@given(a=st.sampled_from(NAMES), b=st.text("aeilnorstuvzkyöüłá -", min_size=1, max_size=12).filter(
           lambda s: s.replace("-", " ").split()),  # a name has a word
       la=st.sampled_from(LANGS), lb=st.sampled_from(LANGS))
def test_may_be_same_name_property(a: str, b: str, la: str | None, lb: str | None) -> None:
    if same_name(a, b, la, lb):
        assert may_be_same_name(a, b)


REPORT_A = ("Oskar Lindqvist, the mayor of Tampere, met Karin Berg on Monday. Lindqvist said "
            "the Alte Brücke would close. Berg, who came from Ostrava, agreed. Nagy Ferenc of "
            "the Haus der Kunst spoke later in Kyiv.")
REPORT_B = ("Lindkvist, der Bürgermeister von Tampere, traf am Montag Frau Bergová. Die Alten "
            "Brücke werde geschlossen, sagte O. Lindqvist. Ferenc Nagy vom Haus der Kunst "
            "sprach in Kiew, und Besucher aus Ostrau kamen.")


def _entities(text: str, language: str) -> list:
    return extract_entities(text, language, split_sentences(text, language))


def test_sound_and_near_indexes_offer_every_entity_the_tests_take() -> None:
    ea, eb = _entities(REPORT_A, "en"), _entities(REPORT_B, "de")
    sa, sb = [nm.Side.of(x, "en") for x in ea], [nm.Side.of(y, "de") for y in eb]
    index = SoundIndex(eb, sb)
    near_b = {key for sy in sb for key in nm._near_keys(sy.names)}
    matched = 0
    for x, sx in zip(ea, sa, strict=True):
        offered = set(index.candidates(x, sx))
        for j, (y, sy) in enumerate(zip(eb, sb, strict=True)):
            if nm.entities_match(x, y, sx, sy, "en", "de"):
                matched += 1
                assert j in offered, (x.text, y.text)
            if nm.near_names(sx, sy, "en", "de"):
                assert nm._near_keys(sx.names) & nm._near_keys(sy.names) & near_b
    assert matched >= 3


def _plain_first_line(text: str, target: str) -> int:
    return next((i for i in range(1, len(text)) if text[i - 1] == "\n"
                 and text[i:text.index("\n", i)] >= target), len(text))


@pytest.mark.parametrize("stride", [1, 8, 64, 512])
def test_exonym_lookup_by_sparse_index_finds_the_line_a_scan_finds(
        stride: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n" + "".join(f"{w}\t{i}\n" for i, w in enumerate(sorted(
        {a + b + c for a in "abkoz" for b in "aeiu" for c in "lmnrst"})))
    monkeypatch.setattr(place_names, "_FILES", ("towns",))
    monkeypatch.setattr(place_names, "_text", lambda fname="towns": text)
    monkeypatch.setattr(place_names, "_STRIDE", stride)
    place_names._samples.cache_clear()
    try:
        for target in ["", "a", "ake", "bil\t", "kur", "zz", "zut\t", "o", "\uffff"]:
            assert place_names._first_line(text, target) == _plain_first_line(text, target)
        assert [n for n, _ in place_names._lines("ku")] == ["kul", "kum", "kun", "kur",
                                                              "kus", "kut"]
    finally:
        place_names._samples.cache_clear()

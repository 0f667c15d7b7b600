"""The shortcuts that keep comparison fast never change what it finds.

Entity pairing asks `same_name` only of names whose signatures may meet, the gazetteer's
fuzzy look-up scores only candidates rapidfuzz pre-selects, and sentence alignment scores
only sentences that share a feature. Each is checked here against the plain computation,
on the names and texts of the evaluation reports and on invented inflected spellings.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis import gazetteer, langdata
from tui.analysis import lexicon as lx
from tui.analysis.align import sentence_features, similarity, similarity_matrix
from tui.analysis.compare import (
    _entities_match,
    _near_initials,
    _near_names,
    _Side,
    _SoundIndex,
)
from tui.analysis.entities import (
    Entity,
    Mention,
    may_be_same_name,
    name_signature,
    same_name,
)
from tui.analysis.facts import analyse
from tui.analysis.phonetic import key_similarity, names_similar, word_key
from tui.analysis.text import fold

EVAL = Path(__file__).resolve().parents[1] / "eval"
FUZZ = settings.get_profile(
    "parallax-long" if os.environ.get("PARALLAX_FUZZ") == "long" else "parallax-short")


def _reports() -> list[tuple[str, str, str, str]]:
    """(text A, language A, text B, language B) of every evaluation pair."""
    out = []
    for gold in sorted(EVAL.glob("*/*/gold.json")):
        meta = json.loads(gold.read_text("utf-8"))
        sides = [meta.get(s, {}) for s in ("a", "b")]
        texts = [(gold.parent / f"{s}.txt") for s in ("a", "b")]
        if all(t.exists() for t in texts):
            out.append((texts[0].read_text("utf-8"), sides[0].get("language"),
                        texts[1].read_text("utf-8"), sides[1].get("language")))
    return out


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _capitalised_runs(text: str) -> list[str]:
    """Runs of one to three capitalised words: the names a report mentions, and more."""
    out: list[str] = []
    run: list[str] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word[0].isupper():
            run = [*run[-2:], word]
            out.extend(" ".join(run[k:]) for k in range(len(run)))
        else:
            run = []
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _names_per_pair() -> list[tuple[list[str], str | None, list[str], str | None]]:
    return [(_capitalised_runs(ta), la, _capitalised_runs(tb), lb)
            for ta, la, tb, lb in _reports()]


INVENTED = [
    ("Marka Nowaka", "Marek Nowak", "pl", "de"), ("Świecku", "Swiecko", "pl", "de"),
    ("Szentendrénél", "Szentendre", "hu", "en"), ("Варной", "Варна", "ru", "bg"),
    ("Joniškio", "Jonišķiem", "lt", "lv"), ("Manisa'nın", "Manisa", "tr", "en"),
    ("Kovács Gábor", "Gabor Kovacs", "hu", "en"), ("Харків", "Kharkiv", "uk", "en"),
    ("Vloadimir Jensky", "Volodymyr Zelensky", "en", "pt"), ("Zelenskyy", "Zelensky", "pt", "en"),
    ("Justiça de Minas Gerais", "Minas Gerais", "pt", "pt"), ("Jelnsky", "Zelenskyy", "en", "en"),
    ("Anna-Liisa Mäkelä", "Anna Liisa Makela", "fi", "en"), ("Gdańska", "Gdańsk", "pl", "en"),
]


def test_names_that_are_one_referent_always_pass_the_pre_selection() -> None:
    """Across both reports of every evaluation pair, and within each report (clustering),
    no pair of names `same_name` accepts is left out by the signature test."""
    checked = 0
    for na, la, nb, lb in _names_per_pair():
        pairs = [(x, y, la, lb) for x in na for y in nb]
        pairs += [(x, y, la, la) for x, y in combinations(na, 2)]
        for x, y, lang_x, lang_y in pairs:
            if same_name(x, y, lang_x, lang_y):
                checked += 1
                assert may_be_same_name(name_signature(x), name_signature(y)), (x, y)
    for x, y, lang_x, lang_y in INVENTED:
        assert same_name(x, y, lang_x, lang_y)
        assert may_be_same_name(name_signature(x), name_signature(y)), (x, y)
    assert checked > 100  # the evaluation reports do name the same people and places


def test_the_pre_selection_leaves_out_most_different_names() -> None:
    sig = name_signature
    assert not may_be_same_name(sig("Heraklion"), sig("Lisboa"))
    assert not may_be_same_name(sig("Maria Silva"), sig("Donald Trump"))


_LETTERS = st.sampled_from(list("aábcčdeéghijklłmnoóprsštuüvyzž") + ["sz", "ch", "ij"])
_NAMES = st.lists(_LETTERS, min_size=2, max_size=9).map(lambda p: "".join(p).capitalize())
_EDITS = st.sampled_from(["", "a", "u", "em", "ego", "ą", "y", "i", "s", "en", "nél", "'nın"])


@FUZZ
@given(first=_NAMES, last=_NAMES, ending=_EDITS, drop=st.integers(0, 8),
       la=st.sampled_from(["pl", "cs", "hu", "fi", "lt", "tr", "ru", "en", None]),
       lb=st.sampled_from(["de", "en", "lv", "uk", None]))
def test_inflected_or_misspelt_variants_pass_the_pre_selection(first, last, ending, drop,
                                                               la, lb) -> None:
    variant = last[:drop] + last[drop + 1:] if drop < len(last) - 1 else last
    for x, y in ((f"{first} {last}", f"{first} {variant}{ending}"),
                 (last, variant + ending), (f"{first} {last}", f"{last} {first}")):
        if same_name(x, y, la, lb):
            assert may_be_same_name(name_signature(x), name_signature(y)), (x, y)


def _plain_fuzzy_lookup(name: str) -> gazetteer.Known | None:
    """The look-up without rapidfuzz's pre-selection: every candidate of the bucket asked."""
    known = gazetteer.lookup(name)
    if known is not None:
        return known
    words = name.split()
    for last in (words[-1], *gazetteer._cyrillic_stems(words[-1])) if words else ():
        lk = word_key(last)
        if len(lk) < 2:
            continue
        best = None
        for key, cand_last, cand in gazetteer._by_initial().get(lk[:1], []):
            if (len(words) == 1 or len(lk) >= 4) and names_similar(last, cand_last):
                rank = (key_similarity(lk, key), cand.id)
                if best is None or rank[0] > best[0] or (rank[0] == best[0]
                                                         and rank[1] < best[1]):
                    best = (rank[0], rank[1], cand)
        if best is not None:
            return best[2]
    return None


def test_fuzzy_gazetteer_lookup_finds_what_asking_every_candidate_finds() -> None:
    names = {n for na, _, nb, _ in _names_per_pair() for n in na + nb}
    names |= {x for pair in INVENTED for x in pair[:2]}
    names |= {n[:k] + n[k + 1:] for n in list(names) for k in (1, 3) if len(n) > 4}
    found = 0
    for name in sorted(names):
        expected = _plain_fuzzy_lookup(name)
        assert gazetteer.fuzzy_lookup(name) == expected, name
        found += expected is not None
    assert found > 50


@pytest.mark.parametrize("k", [0, 7, 15, 30])
def test_sparse_similarity_matrix_equals_scoring_every_pair(k: int) -> None:
    ta, la, tb, lb = _reports()[k % len(_reports())]
    fa, fb = sentence_features(analyse(ta, la)), sentence_features(analyse(tb, lb))
    assert similarity_matrix(fa, fb) == [[similarity(x, y) for y in fb] for x in fa]


def test_word_tables_find_the_entry_a_scan_of_their_prefixes_finds() -> None:
    """Concept and noun words listed as prefixes ("evacu*") are looked up through an index;
    report words, and each prefix with up to seven letters added, get the label a scan of
    the entries gives."""
    words = sorted({fold(w) for ta, _, tb, _ in _reports() for w in _WORD.findall(ta + tb)})
    sample = [*words[::25], "", "a", "x" * 30]
    checked = 0
    for language in (None, *langdata.languages()):
        for table in (lx.concept_table(language), lx.noun_table(language)):
            probes = sample + [p + tail for p, _ in table.prefixes
                               for tail in ("", "s", "abcdef", "abcdefg")]
            probes += [p[:-1] for p, _ in table.prefixes]
            for word in probes:
                scan = next((lab for prefix, lab in table.prefixes if word.startswith(prefix)
                             and len(word) <= len(prefix) + 6), None)
                expected = table.exact.get(word)
                expected = scan if expected is None else expected
                assert table._lookup(word) == expected, (language, word)
                checked += expected is not None
    assert checked > 1000


@pytest.mark.parametrize("k", range(0, 80, 4))
def test_entity_pairing_tries_every_entity_that_can_match(k: int) -> None:
    """The sound-alike pass of entity pairing asks its index for candidates; every B entity
    `_entities_match` accepts for an A entity is among them."""
    reports = _reports()
    ta, la, tb, lb = reports[k % len(reports)]
    ents_a, ents_b = analyse(ta, la).entities, analyse(tb, lb).entities
    side_a, side_b = [_Side.of(x) for x in ents_a], [_Side.of(y) for y in ents_b]
    index = _SoundIndex(list(ents_b), side_b)
    for x, sx in zip(ents_a, side_a, strict=True):
        found = set(index.candidates(x, sx))
        for j, (y, sy) in enumerate(zip(ents_b, side_b, strict=True)):
            if _entities_match(x, y, sx, sy, la, lb):
                assert j in found, (x.names, y.names)


@pytest.mark.parametrize("k", range(2, 80, 4))
def test_stems_that_change_are_looked_for_among_names_with_their_first_letter(k: int) -> None:
    """The last pairing pass (`near_forms`) tries only entities sharing a first letter of a
    long enough name word; every pair `_near_names` accepts shares one."""
    reports = _reports()
    ta, la, tb, lb = reports[k % len(reports)]
    side_a = [_Side.of(x) for x in analyse(ta, la).entities]
    side_b = [_Side.of(y) for y in analyse(tb, lb).entities]
    for sx in side_a:
        for sy in side_b:
            if _near_names(sx, sy, la, lb):
                assert _near_initials(sx) & _near_initials(sy), (sx.names, sy.names)
    assert _near_names(_Side.of(_entity("Helsingisse")), _Side.of(_entity("Helsinkiin")),
                       "et", "fi")


def _entity(name: str) -> Entity:
    return Entity("ph:x", "place", name, [Mention(name, 0, len(name), 0, False, False)])

"""The shortcuts that keep comparison fast never change what it finds.

The gazetteer's fuzzy look-up scores only candidates rapidfuzz pre-selects, concept words
are looked up by prefix, sentence alignment scores only sentences that share a feature,
country stems are looked up by their first letters and figure pairing scores only figures
of one concept (or of people, or rain).
Each is checked here against the plain computation, on the names and texts of the
evaluation reports and on invented spellings.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis import compare, gazetteer, inflection, langdata, scopes
from tui.analysis import lexicon as lx
from tui.analysis.align import sentence_features, similarity, similarity_matrix
from tui.analysis.facts import analyse
from tui.analysis.phonetic import key_similarity, names_similar, word_key
from tui.analysis.quantities import Quantity
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
            if len(words) > 1 and cand.type != "person":
                continue  # a surname keys a person, never a place
            if (len(words) == 1 or len(lk) >= 4) and names_similar(last, cand_last) \
                    and gazetteer.spelled_alike(last, cand_last):
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


def _scan_country_of(word: str, language: str | None) -> str | None:
    low = fold(word)
    if len(low) < 5:
        return None
    for name, code in scopes._countries(language):
        need = max(5, len(name) - 4)
        if len(low) >= need and low[:need] == name[:need]:
            return code
    return None


def test_country_stem_index_finds_what_a_scan_of_every_country_finds() -> None:
    """ "400 slovenskih gasilcev": the country a word qualifies, looked up by its first five
    letters, is the one a scan of every country name (longest first) gives."""
    words = sorted({w for ta, _, tb, _ in _reports() for w in _WORD.findall(ta + tb)})
    checked = 0
    for language in (None, "xx", "en", "pl", "sl", "de", "uk", "hu", "pt"):
        names = [n for n, _ in scopes._countries(language)]
        probes = words[::25] + [n[:k] + tail for n in names for k in (4, 5, len(n) - 4, len(n))
                                for tail in ("", "skich", "ese")]
        for word in probes:
            expected = _scan_country_of(word, language)
            assert scopes._country_of(word, language) == expected, (language, word)
            checked += expected is not None
    assert checked > 1000


_NOWHERE = scopes.Scope(frozenset(), frozenset(), frozenset())
_CONCEPTS = ["people", "other", "killed", "firefighters", "distance", "rain", "money"]
_figure = st.builds(
    Quantity, concept=st.sampled_from(_CONCEPTS), value=st.sampled_from([20, 3]),
    text=st.just("x"), start=st.just(0), end=st.just(1), sentence=st.integers(0, 1),
    qualifier=st.sampled_from(["exact", "approx", "min"]),
    unit=st.sampled_from([None, None, None, "km", "mm", "l/m2", "EUR"]),
    base=st.sampled_from([20.0, 20.0, 3.0, 3000.0]),
    role=st.sampled_from([None, None, None, "launched"]),
    aspect=st.sampled_from([None, None, None, "children"]),
    noun=st.sampled_from([None, "tractors", "traktoren", "tourists", "people"]),
    partitive=st.booleans(), measure=st.sampled_from([None, None, "depth"]))


@FUZZ
@given(qa=st.lists(_figure, min_size=1, max_size=6), qb=st.lists(_figure, min_size=1, max_size=8),
       la=st.sampled_from(["en", "de", "pl"]), lb=st.sampled_from(["en", "pt"]),
       sim=st.sampled_from([0.0, 0.2, 0.9]))
def test_figures_the_concept_index_skips_are_never_scored_as_a_pair(
        qa: list[Quantity], qb: list[Quantity], la: str, lb: str, sim: float) -> None:
    """Pairing scores only figures of one concept, or of people, or rain in l/m²: every
    pair the index leaves out is one `_pair_score` gives no score."""
    sides = compare._Sides(la, lb, [[sim] * 3 for _ in range(3)], {(0, 0), (1, 1)},
                           {"distance"}, [_NOWHERE for _ in qa], [_NOWHERE for _ in qb],
                           [() for _ in qa], [() for _ in qb], ({}, {}), ({}, {}),
                           frozenset(), frozenset())
    for i, x in enumerate(qa):
        kept = set(compare._may_pair(x, qb))
        for j, y in enumerate(qb):
            if j not in kept:
                assert compare._pair_score(x, y, sides, (i, j)) is None, (x, y)


@pytest.mark.parametrize("senses", [(), (4,)], ids=["no-senses", "shared-sense"])
@pytest.mark.parametrize("sim", [0.0, 0.2, 0.9])
def test_no_pair_of_a_grid_of_figures_the_concept_index_skips_has_a_score(
        sim: float, senses: tuple[int, ...]) -> None:
    """Every pair of figures of seven concepts (people, a bare count, a named group,
    dimensions, rain), in four units, two values, counted nouns or not, with or without a
    glossary sense in common: the index keeps every pair `_pair_score` scores."""
    grid = [Quantity(c, v, "x", 0, 1, 0, unit=u, base=float(v), noun=n)
            for c in _CONCEPTS for u in (None, "mm", "l/m2", "EUR") for v in (20, 3)
            for n in (None, "tourists")]
    sides = compare._Sides("en", "de", [[sim]], {(0, 0)}, {"distance"},
                           [_NOWHERE] * len(grid), [_NOWHERE] * len(grid),
                           [senses] * len(grid), [senses] * len(grid), ({}, {}), ({}, {}),
                           frozenset(), frozenset())
    scored = 0
    for i, x in enumerate(grid):
        kept = set(compare._may_pair(x, grid))
        for j, y in enumerate(grid):
            score = compare._pair_score(x, y, sides, (i, j))
            scored += score is not None
            assert score is None or j in kept, (x, y)
    assert scored > len(grid)


def _plain_same_word(a: str, b: str, la: str | None, lb: str | None) -> bool:
    """`same_word` without its early "no shared stem" answer."""
    ca, cb = inflection.comparable(a), inflection.comparable(b)
    if ca[:1] != cb[:1]:
        return False
    if ca == cb:
        return bool(ca)
    if inflection.genders_differ(a, b, la, lb):
        return False
    table = inflection.endings(la) | inflection.endings(lb)
    return inflection._same_stem(ca, cb, table) or any(
        inflection._same_stem(x, y, table)
        for x, y in ((inflection._fleeting(ca), cb), (ca, inflection._fleeting(cb))) if x)


def test_inflected_forms_answer_as_without_the_shared_stem_shortcut() -> None:
    """Words of the evaluation reports' names (and invented inflections), paired when they
    start alike: `same_word` says what the full stem-and-ending test says."""
    checked = found = 0
    for na, la, nb, lb in _names_per_pair()[::3]:
        words_a = sorted({w for n in na for w in n.split()})
        words_b = sorted({w for n in nb for w in n.split()})
        for x in words_a:
            for y in words_b:
                if x[:1].lower() == y[:1].lower():
                    expected = _plain_same_word(x, y, la, lb)
                    assert inflection.same_word(x, y, la, lb) == expected, (x, y, la, lb)
                    checked += 1
                    found += expected
    for x, y, la, lb in INVENTED:
        for u, v in zip(x.split(), y.split(), strict=False):
            assert inflection.same_word(u, v, la, lb) == _plain_same_word(u, v, la, lb)
    assert checked > 1000 and found > 20


@FUZZ
@given(stem=st.sampled_from(["Nowak", "Kowal", "Petr", "Hel", "Szab", "Ива", "Kar"]),
       ta=st.text("aeiouyklmnsvhjcąęó", max_size=4), tb=st.text("aeiouyklmnsvhjcąęó", max_size=4),
       cut=st.integers(0, 3), la=st.sampled_from(["pl", "cs", "hu", "uk", "en", None]),
       lb=st.sampled_from(["de", "sk", "ru", "en"]))
def test_same_word_property_against_the_full_test(stem: str, ta: str, tb: str, cut: int,
                                                  la: str | None, lb: str | None) -> None:
    a, b = stem + ta, stem[:len(stem) - cut] + tb
    assert inflection.same_word(a, b, la, lb) == _plain_same_word(a, b, la, lb), (a, b)


def _marks(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch in scopes._CLAUSE_MARKS]


def test_clause_bounds_by_bisection_are_those_a_search_of_the_text_finds() -> None:
    """The clause around a figure ("In Ostrava, 350 firefighters …"), found from the
    offsets of the text's marks, is the one searching the text for each mark finds."""
    checked = 0
    for ta, _, tb, _ in _reports()[::2]:
        for text in (ta, tb):
            marks = _marks(text)
            assert [m.start() for m in scopes._CLAUSE_MARK_RE.finditer(text)] == marks
            for start in range(0, len(text), 5):
                end = min(len(text), start + 1 + start % 7)
                assert scopes._clause_in(text, marks, start, end) == \
                    scopes._clause(text, start, end), (start, end)
                checked += 1
    assert checked > 10000


@FUZZ
@given(text=st.text(alphabet="ab ,.;:()\n–—!?", max_size=60), start=st.integers(0, 60),
       size=st.integers(0, 5))
def test_clause_bounds_property(text: str, start: int, size: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + size)
    assert scopes._clause_in(text, _marks(text), start, end) == \
        scopes._clause(text, start, end)


@FUZZ
@given(mentions=st.lists(st.tuples(st.integers(0, 40), st.sampled_from(["gaz:a", "gaz:b", "x"])),
                         max_size=12),
       lo=st.integers(0, 40), size=st.integers(0, 20), start=st.integers(0, 40),
       width=st.integers(1, 4))
def test_places_of_a_clause_found_by_bisection_are_those_a_scan_finds(
        mentions: list[tuple[int, str]], lo: int, size: int, start: int, width: int) -> None:
    """The shared places named in a figure's clause, taken from the mentions between the
    clause's bounds found by bisection, are those a scan of every mention finds."""
    mentions = sorted(mentions)
    q = Quantity(concept="other", value=1, text="1", start=start, end=start + width,
                 sentence=0)
    hi = lo + size
    expected = frozenset(pid for pos, pid in mentions if lo <= pos < hi
                         and not q.start <= pos < q.end)
    assert scopes._places_in(mentions, lo, hi, q) == expected

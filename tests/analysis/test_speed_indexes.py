"""The shortcuts that keep comparison fast never change what it finds.

The gazetteer's fuzzy look-up scores only candidates rapidfuzz pre-selects, concept words
are looked up by prefix, and sentence alignment scores only sentences that share a feature.
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
from hypothesis import settings

from tui.analysis import gazetteer, langdata
from tui.analysis import lexicon as lx
from tui.analysis.align import sentence_features, similarity, similarity_matrix
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

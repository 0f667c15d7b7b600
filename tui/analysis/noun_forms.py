"""The glossary lemma of an inflected or derived counted noun, without loading a lemmatiser.

"410 000 kliendi" (Estonian genitive), "kolmeen palvelimeen" (Finnish illative), "4000
resenärer", "27 viaturas", "9.000 Läuferinnen": the glossary (glossary.py) lists lemmas.
`<la>.tsv` in tui/data/noun_forms/ holds how endings change between a form and its lemma,
learned from simplemma's dictionaries by tools/build_noun_forms.py (`di -> t`: "kliendi"
-> "klient"). A candidate lemma counts only when the glossary lists it, and the most
frequent rule giving one wins. A derived form the glossary lacks ("Läuferin") falls back
to the lemma it is derived from ("Läufer"): a glossary lemma that is the word less a
derivational ending, learned from the glossary's own pairs ("Lehrer" / "Lehrerin" share a
sense). A compound of a language that writes them as one word ("Fertigungslinien",
`[meta] compounds`) the glossary lacks as a whole has a head, the longest last part that
is a lemma or a form of one (`compound_head`). A missing or bad file leaves the language
without rules, never an error.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from tui.analysis import glossary, langdata
from tui.analysis.text import fold

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "noun_forms"
log = logging.getLogger(__name__)

MAX_ENDING = 7  # the longest ending a rule changes (tools/build_noun_forms.py)
_MIN_STEM = 3
_LINE = re.compile(r"([^\t\n]*)\t([^\t\n]*)\t(\d+)")
# A derivational ending ("-in" of German feminines, "-a" of Spanish ones, Dutch "-je") is
# one of at most _DERIVED letters that at least _DERIVED_PAIRS pairs of glossary lemmas
# (base, base + ending) show, most of them (_DERIVED_SHARE) sharing a sense.
_DERIVED, _DERIVED_PAIRS, _DERIVED_SHARE, _DERIVED_BASE = 3, 20, 0.6, 4
# A compound's head is at least _HEAD letters as written and as a lemma, after a first
# part of at least _FIRST ("Fertigungs|linien", "Notarzt|hubschrauber"): a shorter lemma
# is too often a word hidden in another one ("trafi|kanter": "kant", edge).
_FIRST, _HEAD = 3, 5

Rules = dict[str, tuple[tuple[str, int], ...]]


@lru_cache(maxsize=64)
def rules(language: str | None) -> Rules:
    """Form ending -> (lemma ending, count) for the language, most frequent first."""
    if not language or not language.isalpha():
        return {}
    path = DATA_DIR / f"{language}.tsv"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("noun forms %s: unreadable (%s); the file is not used", path.name, exc)
        return {}
    out: dict[str, list[tuple[str, int]]] = {}
    for number, row in enumerate(text.splitlines(), 1):
        m = _LINE.fullmatch(row)
        if m is None:
            log.warning("noun forms %s line %d: not 'ending<TAB>ending<TAB>count'; "
                        "the file is not used", path.name, number)
            return {}
        out.setdefault(m.group(1), []).append((m.group(2), int(m.group(3))))
    return {k: tuple(sorted(v, key=lambda r: -r[1])) for k, v in out.items()}


def _listed(language: str | None, key: str) -> bool:
    """Is `key` a lemma of the glossary (a dictionary look-up: candidates are many)?"""
    return glossary.listed(language, key)


@lru_cache(maxsize=8192)
def lemma(language: str | None, word: str) -> str | None:
    """The glossary lemma (folded) that `word` is a form of, or None when none is found.
    A word the glossary lists is its own lemma."""
    key = fold(word)
    if len(key) <= _MIN_STEM or not key.isalpha():
        return None
    if _listed(language, key):
        return key
    return _form_of(language, key)


def _form_of(language: str | None, key: str) -> str | None:
    """The listed lemma `key` inflects or derives (None when the rules find none)."""
    found = _inflected(language, key)
    if found is None:
        found = _derived(language, key)
    return found


@lru_cache(maxsize=8192)
def compound_head(language: str | None, word: str) -> str | None:
    """The lemma of the longest last part of a compound that is a lemma or a form of one,
    in a language whose file says `compounds` ("Fertigungslinien" -> "linie")."""
    split = compound_split(language, word)
    return split[1] if split else None


@lru_cache(maxsize=8192)
def compound_split(language: str | None, word: str) -> tuple[str, str] | None:
    """A compound's first part as written and the lemma of its head (`compound_head`):
    "besatzungsmitglieder" -> ("besatzungs", "mitglied")."""
    key = fold(word)
    if not key.isalpha() or not langdata.meta(language, "compounds", False):
        return None
    for start in range(_FIRST, len(key) - _HEAD + 1):
        head = key[start:]
        found = head if _listed(language, head) else _form_of(language, head)
        if found is not None and len(found) >= _HEAD:
            return key[:start], found
    return None


_LOANWORD = 5  # letters of an English lemma a foreign noun is read as, at least
_LOANWORD_RULE = 50  # lemma pairs an ending rule must rest on to read a loan by it
_LOAN_HEAD = 7  # letters of a compound's loaned head, at least (a short tail is chance)


def _candidates(language: str | None, key: str) -> list[tuple[int, str]]:
    """(count, candidate) for every rule whose form ending `key` has."""
    table = rules(language)
    out = []
    for cut in range(min(MAX_ENDING, len(key) - _MIN_STEM) + 1):
        stem, ending = key[:len(key) - cut], key[len(key) - cut:]
        out.extend((n, stem + lemma_end) for lemma_end, n in table.get(ending, ()))
    return out


@lru_cache(maxsize=8192)
def loanword(language: str | None, key: str) -> str | None:
    """The English glossary lemma that `key` (folded, a noun of `language` its glossary
    lacks) is, as written or by the language's most frequent ending rule that gives one
    (a common rule: _LOANWORD_RULE; a rare one reads "bañistas" as banister): an
    international word the wordnets have only in English (ro "servere": server)."""
    if len(key) < _LOANWORD or not key.isalpha() or language in (None, "en"):
        return None
    if _listed("en", key):
        return key
    found = [(n, c) for n, c in _candidates(language, key)
             if n >= _LOANWORD_RULE and len(c) >= _LOANWORD and c != key and _listed("en", c)]
    return max(found)[1] if found else None


@lru_cache(maxsize=8192)
def loan_head(language: str | None, word: str) -> str | None:
    """The English lemma the longest last part of a compound is a loan of, in a language
    whose file says `compounds`, when its glossary lists no head (da "røntgenscannere":
    scanner)."""
    key = fold(word)
    if not key.isalpha() or not langdata.meta(language, "compounds", False):
        return None
    for start in range(_FIRST, len(key) - _LOAN_HEAD + 1):
        if (found := loanword(language, key[start:])) is not None and len(found) >= _LOAN_HEAD:
            return found
    return None


@lru_cache(maxsize=8192)
def inflected(language: str | None, key: str) -> str | None:
    """The other listed lemma that `key` (folded) is an inflected form of, even when `key`
    is listed itself ("teile": teil), or None."""
    if len(key) <= _MIN_STEM or not key.isalpha():
        return None
    return _inflected(language, key)


def _inflected(language: str | None, key: str) -> str | None:
    """The listed lemma of the most frequent rule that gives one ("puertas": "-s" -> "",
    puerta, before the adjectives' "-as" -> "-o", puerto)."""
    best: tuple[int, str] | None = None
    for n, candidate in _candidates(language, key):
        if (best is None or n > best[0]) and candidate != key and _listed(language, candidate):
            best = (n, candidate)
    if best is not None:
        return best[1]
    # a derived form inflected: "lauferinnen" -> "lauferin" (not listed) -> "laufer"
    for _n, candidate in sorted(_candidates(language, key), reverse=True)[:8]:
        base = _derived(language, candidate)
        if base is not None:
            return base
    return None


def _derived(language: str | None, key: str) -> str | None:
    for ending in derivations(language):
        if key.endswith(ending) and len(key) - len(ending) >= _DERIVED_BASE:
            base = key[:-len(ending)]
            if _listed(language, base):
                return base
    return None


@lru_cache(maxsize=64)
def derivations(language: str | None) -> tuple[str, ...]:
    """Endings that derive a noun from another one in this language (German "-in"), as
    the glossary's own pairs of lemmas sharing a sense show them; longest first."""
    raw = glossary.lemma_senses(language)  # lemma -> "synset synset …"
    pairs: Counter[str] = Counter()
    shared: Counter[str] = Counter()
    for key, senses in raw.items():
        for cut in range(1, _DERIVED + 1):
            base = key[:-cut]
            if len(base) >= _DERIVED_BASE and base in raw:
                pairs[key[-cut:]] += 1
                shared[key[-cut:]] += bool(set(senses.split()) & set(raw[base].split()))
    return tuple(sorted((e for e, n in shared.items()
                         if n >= _DERIVED_PAIRS and n >= _DERIVED_SHARE * pairs[e]),
                        key=lambda e: (-len(e), e)))

"""Results of a vote: votes for and against, abstentions and seats, in any language.

A result is often told by a verb or a preposition rather than a counted noun ("27 in
favour, 16 against", "przeciw było 15", "3 wstrzymało się od głosu", "nej-sidan fick
7 150 röster"). The words come from each language's ``[votes]`` section:

- ``votes``, ``abstentions``, ``seats``: nouns (or verbs) right after the number that say
  what it counts ("7 150 röster", "2 abstentions", "45 mandatów", "45-seat");
- ``for``, ``against``: the side of a vote, looked for in the figure's clause (a comma or
  an "and" ends it), a few words either way; ``abstentions`` words count there too;
- ``voted``: words that make a sentence about a vote. A side word alone ("za", "pour",
  "for" are common prepositions) makes a vote only in such a sentence;
- ``voters``, ``stations``: eligible voters and polling stations, counted only in a
  sentence about a vote (the words are ambiguous elsewhere: "bureaux", "mesas").

A figure of votes keeps its side as `role`, so votes for never pair with votes against.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from tui.analysis import langdata
from tui.analysis import lexicon as lx
from tui.analysis.langdata import COMMON
from tui.analysis.scan import CLAUSE_STOP, Figure, Scan
from tui.analysis.sentences import sentence_at
from tui.analysis.text import Token

KEYS = ("voted", "votes", "abstentions", "seats", "for", "against", "voters", "stations")
# Nouns that say what a figure counts, in this order, and the concept each gives.
_NOUNS = {"seats": "seats", "abstentions": "abstentions", "stations": "polling_stations",
          "voters": "voters", "votes": "votes"}
_IN_A_VOTE = ("stations", "voters")  # ambiguous nouns ("bureaux", "mesas"): in a vote only
_SIDES = ("for", "against", "abstentions")
_WINDOW = 5  # words either side of the number searched for a side
# What a figure may count to be read as votes: nothing yet, or people.
_OPEN = frozenset({None, "other", "people", "victims"})


@lru_cache(maxsize=64)
def _tables(language: str | None) -> dict[str, lx._WordTable]:
    names = (COMMON, language) if langdata.has_file(language) else (
        COMMON, *langdata.languages())
    out = {}
    for key in KEYS:
        entries = [(w, key) for name in names
                   for w in _section(name).get(key, "").split()]
        out[key] = lx._WordTable(entries, lx._lemma_lang(language))
    return out


def _section(name: str | None) -> dict[str, Any]:
    data = langdata.common() if name == COMMON else langdata.load(name)
    return (data or {}).get("votes", {})


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    return frozenset(lx._class("person_nouns"))


def _open(scan: Scan, fig: Figure, tables: dict[str, lx._WordTable]) -> bool:
    """Could this figure be a count of votes? No unit, no other concept, and the noun it
    counts (if any) is people ("councillors") or voters by the words around it:
    "głosowało 27 radnych", "27 deputies abstained", "27 members in favour"."""
    if fig.unit or fig.currency or fig.high is not None or fig.concept not in _OPEN:
        return False
    if fig.concept != "other" or not fig.noun:
        return True
    noun = fig.noun
    if any(tables[k].get(noun) for k in KEYS[1:]) or (
            lx.noun_table(scan.language).get(noun) in _person_nouns()):
        return True
    toks, i, k = scan.toks, fig.i, fig.k
    before = [toks[i - 1]] if i > 0 else []
    return any(_is(tables, t, ("voted",)) for t in before) or any(
        _is(tables, t, ("voted", *_SIDES)) for t in toks[k + 1:k + 3])


def _is(tables: dict[str, lx._WordTable], tok: Token, keys: tuple[str, ...]) -> bool:
    return tok.is_word and any(tables[key].get(tok.low, tok.text) for key in keys)


def _noun(scan: Scan, fig: Figure) -> int:
    """Index of the word the number counts: right after it, or after "45-"."""
    k, toks = fig.k, scan.toks
    if k < scan.n and toks[k].text == "-" and toks[k].start == toks[k - 1].end:
        return k + 1
    return k


def _side(scan: Scan, fig: Figure, tables: dict[str, lx._WordTable]) -> str | None:
    """The nearest side word in the figure's clause ("for", "against", "abstentions")."""
    toks, stops = scan.toks, scan.words.and_words | scan.words.connectors
    ahead = range(fig.k, min(scan.n, fig.k + _WINDOW))
    behind = range(fig.i - 1, max(-1, fig.i - 1 - _WINDOW), -1)
    best: tuple[int, str] | None = None
    for order in (ahead, behind):
        for dist, m in enumerate(order):
            t = toks[m]
            if t.text in CLAUSE_STOP or t.low in stops:
                break
            side = next((s for s in _SIDES if tables[s].get(t.low, t.text)), None)
            if side is not None:
                if best is None or dist < best[0]:
                    best = (dist, side)
                break
    return best[1] if best else None


def _vote_sentence(scan: Scan, fig: Figure, tables: dict[str, lx._WordTable]) -> bool:
    """Does the figure's sentence speak of a vote ("voted", "referendum", "głosowało")?"""
    s = scan.sentences[sentence_at(scan.sentences, fig.start)] if scan.sentences else None
    lo, hi = (s.start, s.end) if s is not None else (0, len(scan.text))
    first, last = bisect.bisect_left(scan.starts, lo), bisect.bisect_left(scan.starts, hi)
    return any(tables["voted"].get(t.low, t.text) or tables["votes"].get(t.low, t.text)
               for t in scan.toks[first:last] if t.is_word)


def _counted(scan: Scan, fig: Figure, tables: dict[str, lx._WordTable]) -> str | None:
    """The vote noun the figure counts: right after it, or (voters, polling stations)
    a few words before it in its clause ("Äänioikeutettuja oli noin 18 700")."""
    nk = _noun(scan, fig)
    toks = scan.toks
    tok = toks[nk] if nk < scan.n and toks[nk].is_word else None
    found = next((k for k in _NOUNS if tok is not None and _is(tables, tok, (k,))), None)
    if found is None:
        for m in range(fig.i - 1, max(-1, fig.i - 4), -1):
            if toks[m].text in CLAUSE_STOP:
                break
            found = next((k for k in _IN_A_VOTE if _is(tables, toks[m], (k,))), None)
            if found is not None:
                break
    if found in _IN_A_VOTE and not _vote_sentence(scan, fig, tables):
        return None
    return found


def read_vote(scan: Scan, fig: Figure, out: Sequence[Any]) -> None:
    """Stage: make a bare count a count of votes, abstentions, seats, voters or polling
    stations."""
    tables = _tables(scan.language)
    if not _open(scan, fig, tables):
        return None
    noun = _counted(scan, fig, tables)
    if noun in ("seats", *_IN_A_VOTE):
        fig.concept = _NOUNS[noun]  # type: ignore[index]
        return None
    side = _side(scan, fig, tables)
    if noun is None and (side is None or not _vote_sentence(scan, fig, tables)):
        return None
    if "abstentions" in (noun, side):
        fig.concept, fig.role = "abstentions", None
    else:
        fig.concept, fig.role = "votes", side
    return None

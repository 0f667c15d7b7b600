"""Names of one body in two related languages, word by word cognates.

"Policía Judicial" (Spanish) is "Polícia Judiciária" (Portuguese), "Region Syddanmark" is
"Region Süddänemark": neither report's name is a spelling of the other's, but each of
their words is a form of the other's word, the same word with another suffix and ending
(`inflection.cognates`) or a spelling a letter or two apart. The little words between them
("de", "for", "für") are left out, so a name may join its words with one and the other
with another. Every content word must meet its counterpart, in order: "Ministerio de
Sanidad" never meets "Ministério da Educação", and only names of two words or more are
read so (a first name alone is no body).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from tui.analysis import glossary
from tui.analysis.entities import Entity, other_sex
from tui.analysis.inflection import cognates, comparable, genders_differ, same_word
from tui.analysis.translit import latin_fold

_MIN_WORDS = 2
_LINK_LETTERS = 3  # a lowercase word this short joins a name's words ("de", "for", "za")
_SIMILAR = 0.8  # letters two long cognate words share, by edit distance, at least
_SIMILAR_LEN = 6  # letters a word needs for `_SIMILAR` to be asked of it


@lru_cache(maxsize=16384)
def content_words(name: str) -> tuple[str, ...]:
    """A name's words without the short lowercase words that join them."""
    words = name.replace("-", " ").split()
    return tuple(w for w in words if not (w.islower() and len(w) <= _LINK_LETTERS))


@lru_cache(maxsize=65536)
def _word_cognate(a: str, b: str, la: str | None, lb: str | None) -> bool:
    if latin_fold(a) == latin_fold(b):
        return True
    if genders_differ(a, b, la, lb) or other_sex(a, b, la, lb):
        return False  # "Jan Kowalski" / "Jana Kowalska": two people
    if same_word(a, b, la, lb) or cognates(a, b):
        return True
    ca, cb = comparable(a), comparable(b)
    return (min(len(ca), len(cb)) >= _SIMILAR_LEN and ca[:1] == cb[:1]
            and Levenshtein.normalized_similarity(ca, cb) >= _SIMILAR)


def cognate_names(n: str, m: str, la: str | None, lb: str | None) -> bool:
    """Are two names of two words or more, word by word, cognates ("Policía Judicial" /
    "Polícia Judiciária")?"""
    wa, wb = content_words(n), content_words(m)
    if len(wa) != len(wb) or len(wa) < _MIN_WORDS:
        return False
    pairs = list(zip(wa, wb, strict=True))
    if all(_word_cognate(a, b, la, lb) for a, b in pairs):
        return True
    # A proper name both write, and the nouns around it translated ("Kestrel Observatory" /
    # "Kestrel Gözlemevi"): the other words share a first-ranked glossary sense.
    return any(_proper_pair(a, b, la, lb) for a, b in pairs) and all(
        _word_cognate(a, b, la, lb) or _translated(a, la, b, lb) for a, b in pairs)


def _proper_pair(a: str, b: str, la: str | None, lb: str | None) -> bool:
    """One proper name in both: written alike or inflected, and a noun of the glossary in
    one language at most (Turkish "Bodrum" is also a cellar)."""
    return a[:1].isupper() and (latin_fold(a) == latin_fold(b) or same_word(a, b, la, lb)) \
        and not (glossary.senses(la, a) and glossary.senses(lb, b))


def _translated(a: str, la: str | None, b: str, lb: str | None) -> bool:
    """Are two nouns translations: a shared first-ranked glossary sense?"""
    sa, sb = glossary.senses(la, a), glossary.senses(lb, b)
    return bool(sa and sb and (sa[0] in sb or sb[0] in sa))


def cognate_key(name: str) -> tuple[int, str] | None:
    """The block a name is compared in: its content words' count and first letter."""
    words = content_words(name)
    if len(words) < _MIN_WORDS:
        return None
    return len(words), comparable(words[0])[:1]


_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*) $")


def _head_before(text: str, start: int) -> tuple[int, str] | None:
    """(offset, word) of the capitalised word the text writes right before `start`."""
    found = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if found is None or not found.group(1)[:1].isupper() or found.group(1).isupper():
        return None
    return found.start(1), found.group(1)


def _heads(e: Entity, text: str, generic: Callable[[str], bool]
           ) -> dict[int, tuple[int, str]]:
    """Per mention (by index), the generic place noun its text writes before it."""
    out = {}
    for k, mt in enumerate(e.mentions):
        head = _head_before(text, mt.start)
        if head is not None and generic(head[1]):
            out[k] = head
    return out


def shared_heads(x: Entity, y: Entity, tx: tuple[str, str | None], ty: tuple[str, str | None],
                 generic: Callable[[str, str | None], bool]) -> tuple[Entity, Entity]:
    """Two paired names shown with the generic noun both texts write before them, when
    those nouns are one word in the two languages ("Region Nordjylland" / "Region
    Nordjütland": the noun was read as a common word before the name in both)."""
    (text_x, lx), (text_y, ly) = tx, ty
    hx = _heads(x, text_x, lambda w: generic(w, lx))
    hy = _heads(y, text_y, lambda w: generic(w, ly))
    if not hx or not hy or not any(_word_cognate(a[1], b[1], lx, ly) for a in hx.values()
                                   for b in hy.values()):
        return x, y
    return _headed(x, hx, text_x), _headed(y, hy, text_y)


def _headed(e: Entity, heads: dict[int, tuple[int, str]], text: str) -> Entity:
    mentions = [replace(mt, text=text[heads[k][0]:mt.end], start=heads[k][0], written=None)
                if k in heads else mt for k, mt in enumerate(e.mentions)]
    return replace(e, mentions=mentions, text=max((m.text for m in mentions), key=len))

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

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from tui.analysis.entities import other_sex
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
    return all(_word_cognate(a, b, la, lb) for a, b in zip(wa, wb, strict=True))


def cognate_key(name: str) -> tuple[int, str] | None:
    """The block a name is compared in: its content words' count and first letter."""
    words = content_words(name)
    if len(words) < _MIN_WORDS:
        return None
    return len(words), comparable(words[0])[:1]

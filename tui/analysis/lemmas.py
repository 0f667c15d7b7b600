"""simplemma's lemmas, looked up without building each language's dictionary in memory.

simplemma's default backend decodes a language's whole dictionary into a dict on first
use (Polish or Finnish: 3.6 million entries, ~6 s and ~350 MB each) and keeps only eight
languages, so a run over reports in 28 languages decoded some of them again and again and
grew past a gigabyte. Its stream backend keeps the decompressed bytes and a sparse index of
restart points instead (one pass, about half the time, a tenth of the memory) and returns
the same lemmas; here every language stays loaded once it has been asked about.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_LANGUAGES = 64  # more than simplemma ships: a language's index is never built twice


@lru_cache(maxsize=1)
def _lemmatizer() -> Any:
    import simplemma  # imported lazily: only languages whose file asks for lemmas pay for it
    from simplemma.strategies import DefaultStrategy
    from simplemma.strategies.dictionaries import StreamDictionaryFactory

    factory = StreamDictionaryFactory(cache_max_size=_LANGUAGES)
    return simplemma.Lemmatizer(
        lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))


def lemma(word: str, code: str) -> str:
    """simplemma's lemma of `word` in simplemma's language `code` (ValueError: unknown)."""
    return _lemmatizer().lemmatize(word, lang=code)


@lru_cache(maxsize=16384)
def common_word(word: str, code: str | None) -> bool:
    """Does simplemma's dictionary of `code` hold `word` only as a lowercase word
    ("Zraněni": "zraněni", injured), not as a capitalised one ("Škodu": Škoda, a name)?"""
    if not code or not word[:1].isupper() or word.isupper():
        return False
    try:
        lookup = _lemmatizer()._lemmatization_strategy._dictionary_lookup
        return lookup.exact_lemma(word.lower(), code) is not None and \
            lookup.exact_lemma(word, code) is None
    except (ValueError, KeyError, AttributeError):  # AttributeError: simplemma's internals moved
        return False

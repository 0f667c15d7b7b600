"""What a search means: typed words → an FTS5 query, with the other spellings of known names.

Used by `parallax search` and the reader's search box (no UI here). Plain words are searched
as words: each whitespace-separated chunk becomes a quoted phrase ("C-3PO" is the phrase
"c 3po"), so punctuation never turns into FTS5 syntax. A query with FTS5 operators (double
quotes, `*`, parentheses, `^`, AND/OR/NOT/NEAR, a `title:`/`body:` column filter) is passed
on as written. A name the
engine knows (tui.analysis.gazetteer: exonyms, transliterations, babel's localised country
names) also finds its other spellings: "Kyiv" searches Kiev, Київ, Киев… too, unless
`exact`; a name in another script also finds its transliteration ("Бондаренко":
Bondarenko) and an inflected Cyrillic name its other cases ("Варной": Варна, Варны).
Queries are bounded (MAX_TERMS), since thousands of OR terms take FTS5 minutes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from tui.models import ParallaxError

MAX_TERMS = 64  # phrases in one query, variants included
MAX_VARIANTS = 10  # other spellings added for one name
ALSO_SHOWN = 6  # spellings named in the "also: …" line

# ":" is syntax only after a column name ("title: quake"); elsewhere it is punctuation.
_OPERATOR_RE = re.compile(
    r'["*()^]|(?<!\w)(?:AND|OR|NOT|NEAR)(?!\w)|(?<!\w)(?:title|body)\s*:', re.IGNORECASE
)
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_KEYWORDS = frozenset({"AND", "OR", "NOT", "NEAR"})


class SearchError(ParallaxError):
    """A query that cannot run, as a one-line hint."""


@dataclass(frozen=True)
class SearchPlan:
    """One query: the FTS5 text to run, the words typed and the spellings added."""

    text: str
    fts: str
    words: tuple[str, ...]
    variants: tuple[str, ...] = field(default=())
    typed_terms: int = 0  # words typed, when more than MAX_TERMS (only the first are searched)

    @property
    def note(self) -> str:
        """Why fewer words were searched than typed (empty when all were)."""
        if self.typed_terms <= MAX_TERMS:
            return ""
        from tui.formatting import counted

        typed = counted(self.typed_terms, "word", "words")
        return f"long search: only the first {MAX_TERMS} of {typed} are searched"

    @property
    def also(self) -> str:
        """`also: Kiev, Київ, …` (empty when no other spelling is searched)."""
        if not self.variants:
            return ""
        shown = ", ".join(self.variants[:ALSO_SHOWN])
        more = "…" if len(self.variants) > ALSO_SHOWN else ""
        return f"also: {shown}{more}"

    @property
    def highlight_terms(self) -> list[str]:
        """Words to mark in an article: the typed ones and every added spelling's words."""
        out = list(self.words)
        for variant in self.variants:
            out.extend(_WORD_RE.findall(variant))
        return out


def fold(text: str) -> str:
    """Lowercase without diacritics, as the full-text index compares words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def has_operators(text: str) -> bool:
    return _OPERATOR_RE.search(text) is not None


def plan_search(
    text: str, *, exact: bool = False, prefix: bool = False, syntax: bool = True
) -> SearchPlan:
    """The query for what someone typed; SearchError (a hint) when there is nothing to run.

    `prefix` makes every plain word a prefix and `syntax=False` reads FTS5 operators as
    plain words (the reader's search-as-you-type, where half-typed syntax must not fail).
    A leading "=" means `exact` ("=Kyiv" finds only Kyiv).
    """
    text = " ".join(text.split())
    if text.startswith("="):
        text, exact = text[1:].lstrip(), True
    if not _WORD_RE.search(text):
        raise SearchError("empty search: type one or more words (see `parallax search --help`)")
    if syntax and has_operators(text):
        words = [w for w in _WORD_RE.findall(text) if w not in _KEYWORDS]
        _check_size(len(words))
        return SearchPlan(text, text, tuple(words))
    chunks = [c for c in text.split() if _WORD_RE.search(c)]
    typed = len(chunks) if len(chunks) > MAX_TERMS else 0
    chunks = chunks[:MAX_TERMS]  # all must occur, so the first ones find every match too
    words = tuple(w for c in chunks for w in _WORD_RE.findall(c))
    star = "*" if prefix else ""
    if exact or typed:
        return SearchPlan(text, " ".join(_phrase(c) + star for c in chunks), words,
                          typed_terms=typed)
    budget = MAX_TERMS - len(chunks)
    whole = _variants(" ".join(chunks), budget) if len(chunks) > 1 else []
    if whole:  # the whole query names one thing ("Nova Iorque")
        terms = [_phrase(" ".join(chunks)) + star, *(_term(v) for v in whole)]
        return SearchPlan(text, f"({' OR '.join(terms)})", words, tuple(whole))
    parts: list[str] = []
    added: list[str] = []
    for chunk in chunks:
        others = _variants(chunk, budget)
        budget -= len(others)
        added.extend(others)
        own = _phrase(chunk) + star
        parts.append(f"({' OR '.join([own, *map(_term, others)])})" if others else own)
    # An explicit AND: FTS5's implicit AND does not join parenthesised groups.
    return SearchPlan(text, " AND ".join(parts), words, tuple(dict.fromkeys(added)))


def search_query(text: str) -> str | None:
    """The reader's FTS query for a search box (prefixes, spellings); None for nothing."""
    try:
        return plan_search(text, prefix=True, syntax=False).fts
    except SearchError:
        return None


def _check_size(terms: int) -> None:
    if terms > MAX_TERMS:
        raise SearchError(
            f"search too long: {terms} terms (at most {MAX_TERMS}); search for fewer words"
        )


def _phrase(chunk: str) -> str:
    return '"' + " ".join(_WORD_RE.findall(chunk)) + '"'


def _variants(name: str, budget: int) -> list[str]:
    """Other spellings of `name` worth searching: not the same word folded, no acronyms."""
    if budget <= 0:
        return []
    from tui.analysis.gazetteer import spellings

    seen = {fold(name)}
    out: list[str] = []
    for spelling in (*spellings(name), *_script_variants(name)):
        key = fold(spelling)
        letters = sum(ch.isalpha() for ch in spelling)
        if key in seen or "." in spelling or letters < 3 or (spelling.isupper() and letters <= 4):
            continue
        seen.add(key)
        out.append(spelling)
        if len(out) >= min(MAX_VARIANTS, budget):
            break
    return out


PREFIX_MARK = "…"  # a variant ending in it is searched as a prefix ("Варн…": Варна, Варной)


def _script_variants(name: str) -> list[str]:
    """Spellings of a name the gazetteer need not know: its Latin transliteration
    ("Бондаренко" -> Bondarenko, the function entities use) and, for one inflected Cyrillic
    word, its stem as a prefix ("Варной" -> "Варн…" finds Варна, Варны, Варне)."""
    from tui.analysis.inflection import stem
    from tui.analysis.translit import is_latin, latin

    out = []
    if not is_latin(name):
        romanised = latin(name).replace("'", "")
        if _WORD_RE.search(romanised):
            out.append(romanised)
    root = stem(name)
    if root is not None:
        out.append(root + PREFIX_MARK)
    return out


def _term(variant: str) -> str:
    """The FTS5 term of a variant: a phrase, or a prefix for a stem."""
    if variant.endswith(PREFIX_MARK):
        return _phrase(variant[: -len(PREFIX_MARK)]) + "*"
    return _phrase(variant)


# -- highlighting ------------------------------------------------------------------------


def other_script_spellings(terms: list[str], text: str, limit: int = 20) -> list[str]:
    """Words of `text` in another script that Latin search words find through the index's
    romanised copy ("Bondar" marks "Бондаренко"), each once, at most `limit`."""
    from tui.store.romanised import original_words

    keys = tuple({fold(t) for t in terms if t and fold(t).isascii()})
    return original_words(text, keys, limit)


_FOLDABLE_RANGES = ((0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x0370, 0x03FF), (0x1F00, 0x1FFF),
                    (0x0400, 0x04FF))  # fmt: skip


@lru_cache(maxsize=1)
def _fold_classes() -> dict[str, str]:
    """Folded letter → every precomposed letter that folds to it ("e" → "eéèêë…")."""
    classes: dict[str, str] = {}
    for start, end in _FOLDABLE_RANGES:
        for code in range(start, end + 1):
            char = chr(code)
            base = fold(char)
            if len(base) == 1 and base != char.casefold() and char.isalpha():
                classes[base] = classes.get(base, base) + char
    return classes


def _folding(term: str) -> str:
    classes = _fold_classes()
    out = []
    for char in fold(term):
        letters = classes.get(char)
        if letters:
            out.append("[" + re.escape(letters + letters.upper()) + "]")
        else:
            out.append(re.escape(char))
        out.append("[\u0300-\u036f]*")  # a decomposed accent after the letter
    return "".join(out)


def highlight_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """A regex for search words as the index matches them: prefixes, any case, any accents
    ("Crete" marks "Crète")."""
    words = sorted({fold(t) for t in terms if t}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(_folding(w) for w in words) + r")\w*", re.IGNORECASE)

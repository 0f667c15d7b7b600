"""One article's analysis (sentences, figures, entities, dates) and its `inspect` facts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from tui.analysis.dates import DateMention, extract_dates
from tui.analysis.entities import Entity, extract_entities
from tui.analysis.gc_pause import gc_paused
from tui.analysis.lexicon import GENERIC, PERSON_STATES
from tui.analysis.quantities import Quantity, extract_quantities
from tui.analysis.sentences import Sentence, split_sentences
from tui.analysis.text import Token, primary_language, tokenize
from tui.models import Article


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything extracted from one text; offsets index into `text`."""

    text: str
    language: str | None
    published: str | None
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    quantities: tuple[Quantity, ...]
    entities: tuple[Entity, ...]
    dates: tuple[DateMention, ...]

    def facts(self) -> list[dict[str, Any]]:
        """JSON-ready fact objects (quantities, then entities, then dates)."""
        out: list[dict[str, Any]] = [q.to_fact() for q in reported_quantities(self.quantities)]
        out.extend(e.to_fact() for e in self.entities if not e.weak)
        out.extend(d.to_fact() for d in self.dates)
        return out


# Specific concepts that count people: a bare "people"/"victims" figure of the same value
# next to one of these is the same figure said again ("killing two people" / "two dead").
_PEOPLE_CONCEPTS = PERSON_STATES | {"passengers", "crew", "soldiers", "police", "firefighters",
                                    "rescuers", "students"}


def _more_specific(kept: Quantity, other: Quantity) -> Quantity:
    """`kept` with `other`'s qualifier when only `other` states one ("at least", "about")."""
    if kept.qualifier == "exact" and other.qualifier != "exact":
        return replace(kept, qualifier=other.qualifier, tolerance=other.tolerance)
    return kept


def reported_quantities(quantities: tuple[Quantity, ...] | list[Quantity]) -> list[Quantity]:
    """The figures an article reports, each once (for `facts()`; comparisons dedupe alone).

    Repeats of one figure, same (concept, role, aspect, value), merge into the first mention,
    keeping the most specific qualifier (a stated "at least"/"about" beats the default
    "exact"). A generic figure ("1,350 residents", concept "people") is dropped when the same
    value is reported with a specific people concept ("1,350 evacuated") in the same or an
    adjacent sentence; its qualifier carries over the same way.
    """
    merged: dict[tuple[str, str | None, str | None, int | float], int] = {}
    out: list[Quantity] = []
    for q in quantities:
        if q.concept == "other":
            continue
        key = (q.concept, q.role, q.aspect, q.value)
        at = merged.get(key)
        if at is None:
            merged[key] = len(out)
            out.append(q)
        else:
            out[at] = _more_specific(out[at], q)
    specific: dict[int | float, list[int]] = {}  # by value, in text order
    for i, q in enumerate(out):
        if q.concept in _PEOPLE_CONCEPTS and q.unit is None:
            specific.setdefault(q.value, []).append(i)
    dropped: set[int] = set()
    for g, q in enumerate(out):
        if q.concept not in GENERIC or q.unit is not None:
            continue
        for s in specific.get(q.value, ()):
            other = out[s]
            if (s not in dropped and other.value == q.value
                    and abs(other.sentence - q.sentence) <= 1
                    and (q.aspect is None or q.aspect == other.aspect)):
                out[s] = _more_specific(other, q)
                dropped.add(g)
                break
    return [q for i, q in enumerate(out) if i not in dropped]


def resolve_language(text: str, language: str | None) -> str | None:
    """The article's language ('pt-BR' -> 'pt'), detected from the text when missing."""
    lang = primary_language(language)
    if lang:
        return lang
    try:
        from tui.analysis.language import detect_language  # written elsewhere; optional
    except ImportError:
        detect_language = None
    if detect_language is not None:
        try:
            return primary_language(detect_language(text))
        except Exception:
            pass
    try:
        import py3langid

        return primary_language(py3langid.classify(text[:2000])[0])
    except Exception:
        return None


# Hard cap on the work per article: only the first MAX_ANALYSED_CHARS characters are
# analysed (cut at a space, so no figure or name is split). A news report is 2,000-20,000
# characters; every analyser is linear, and this bounds the worst case (text built to be
# slow) to about a second or two per article, so no single input can stall an import.
MAX_ANALYSED_CHARS = 100_000


def analysed_end(text: str) -> int:
    """Where analysis of `text` stops: its length, or a space at most MAX_ANALYSED_CHARS in."""
    if len(text) <= MAX_ANALYSED_CHARS:
        return len(text)
    cut = MAX_ANALYSED_CHARS
    for k in range(cut, max(0, cut - 200), -1):
        if text[k - 1].isspace():
            return k
    return cut


def _with_rest(text: str, head: list[Sentence], end: int) -> tuple[Sentence, ...]:
    """`head`, plus the unanalysed rest of the text as one last sentence (for display)."""
    rest = text[end:]
    lead = len(rest) - len(rest.lstrip())
    tail = len(rest.rstrip())
    if tail > lead:
        head.append(Sentence(len(head), end + lead, end + tail, rest[lead:tail]))
    return tuple(head)


# An Analysis of a report holds ~0.3 MB (tokens, offsets), one of a capped 100,000-character
# text ~7 MB: the memo keeps the few a comparison or the reader needs, not a whole import.
@lru_cache(maxsize=32)
@gc_paused
def analyse(text: str, language: str | None = None, published: str | None = None) -> Analysis:
    """Analyse `text` once; cached on (text, language, published).

    Past `analysed_end(text)` nothing is extracted: that rest is one final sentence.
    """
    end = analysed_end(text)
    head = text[:end]
    lang = resolve_language(head, language)
    sentences = _with_rest(text, split_sentences(head, lang), end)
    tokens = tokenize(head)
    dates = extract_dates(head, lang, sentences, published)
    quantities = extract_quantities(
        head, lang, sentences, tokens, skip_spans=[(d.start, d.end) for d in dates]
    )
    entities = extract_entities(head, lang, sentences, tokens)
    return Analysis(text, lang, published, sentences, tuple(tokens), tuple(quantities),
                    tuple(entities), tuple(dates))


def analyse_article(article: Article) -> Analysis:
    return analyse(article.body or "", article.language, article.published)


def extract_facts(article: Article) -> list[dict[str, Any]]:
    """The `facts` list of `parallax inspect --json` for one article."""
    return analyse_article(article).facts()

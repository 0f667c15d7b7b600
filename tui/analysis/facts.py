"""One article's analysis (sentences, figures, entities, dates) and its `inspect` facts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from tui.analysis.dates import DateMention, extract_dates
from tui.analysis.entities import Entity, extract_entities
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
    specific = [i for i, q in enumerate(out) if q.concept in _PEOPLE_CONCEPTS and q.unit is None]
    dropped: set[int] = set()
    for g, q in enumerate(out):
        if q.concept not in GENERIC or q.unit is not None:
            continue
        for s in specific:
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


@lru_cache(maxsize=256)
def analyse(text: str, language: str | None = None, published: str | None = None) -> Analysis:
    """Analyse `text` once; cached on (text, language, published)."""
    lang = resolve_language(text, language)
    sentences = tuple(split_sentences(text, lang))
    tokens = tokenize(text)
    dates = extract_dates(text, lang, sentences, published)
    quantities = extract_quantities(
        text, lang, sentences, tokens, skip_spans=[(d.start, d.end) for d in dates]
    )
    entities = extract_entities(text, lang, sentences, tokens)
    return Analysis(text, lang, published, sentences, tuple(tokens), tuple(quantities),
                    tuple(entities), tuple(dates))


def analyse_article(article: Article) -> Analysis:
    return analyse(article.body or "", article.language, article.published)


def extract_facts(article: Article) -> list[dict[str, Any]]:
    """The `facts` list of `parallax inspect --json` for one article."""
    return analyse_article(article).facts()

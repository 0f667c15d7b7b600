"""One article's analysis (sentences, figures, entities, dates) and its `inspect` facts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tui.analysis.dates import DateMention, extract_dates
from tui.analysis.entities import Entity, extract_entities
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
        out: list[dict[str, Any]] = [q.to_fact() for q in self.quantities if q.concept != "other"]
        out.extend(e.to_fact() for e in self.entities if not e.weak)
        out.extend(d.to_fact() for d in self.dates)
        return out


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

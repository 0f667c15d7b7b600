"""Which reports tell the same story: language-independent keys and a match score.

Keys are canonical entity ids (gazetteer places, countries, phonetic keys of names) and
the salient figures' concepts. Two reports of one event share specific names (a town, a
mayor, a company); two different stories share at most generic ones (a country,
"Europe"), which are weighted down by how many events already use them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import timedelta

from tui.analysis.facts import Analysis
from tui.analysis.phonetic import word_key

WINDOW = timedelta(days=3)  # reports of one event appear within days of each other
# How common a key is, is judged among the events of the weeks around an article: "Kyiv"
# is generic during a war, "Ierapetra" is specific however often it comes back over years.
CONTEXT = timedelta(days=30)
# To join an event an article needs both enough specific shared evidence (mass) and
# enough of its own evidence found in the event (share); undated articles need more.
MIN_MASS = 0.8
MIN_SHARE = 0.08
UNDATED_FACTOR = 1.6


def article_keys(analysis: Analysis, title_analysis: Analysis | None = None) -> dict[str, float]:
    """Weighted keys of one article (title entities count double)."""
    keys: dict[str, float] = {}

    def add(key: str, weight: float) -> None:
        keys[key] = max(keys.get(key, 0.0), weight)

    for source, boost in ((analysis, 1.0), (title_analysis, 2.0)):
        if source is None:
            continue
        for ent in source.entities:
            if ent.weak:
                continue
            if ent.id.startswith("cty:"):
                base = 0.4  # a country is context, rarely the story
            elif ent.id.startswith("ph:") and len(ent.id) < 7:
                base = 0.5  # very short phonetic keys collide easily
            else:
                base = 1.0
            repeated = min(1.0 + 0.25 * (len(ent.mentions) - 1), 1.75)
            add(ent.id, min(base * repeated * boost, 2.5))
            # Coarse name keys survive inflection and transliteration across languages
            # ("Ierapetra"/"Ιεράπετρας", "Kryvyi Rih"/"Кривому Розі").
            for name in ent.names:
                for word in name.split():
                    stem = word_key(word)[:3]
                    if len(stem) == 3:
                        add(f"w:{stem}", 0.5 * boost)
    for q in analysis.quantities:
        if q.concept != "other" and (q.value >= 10 or q.value != int(q.value)):
            add(f"n:{q.value:g}", 0.6)  # the same specific figure in both reports
    return keys


def key_weight(key: str, events_with_key: int) -> float:
    """Down-weight keys many events already share (a soft inverse document frequency)."""
    return 1.0 / (1.0 + math.log1p(events_with_key))


def shared_mass(a: Mapping[str, float], b: Mapping[str, float], df: Mapping[str, int]) -> float:
    """How much specific evidence two key sets share."""
    return sum(min(w, b[k]) * key_weight(k, df.get(k, 0)) for k, w in a.items() if k in b)


def mass(keys: Mapping[str, float], df: Mapping[str, int]) -> float:
    return sum(w * key_weight(k, df.get(k, 0)) for k, w in keys.items())


def match(
    article: Mapping[str, float], event: Mapping[str, float], df: Mapping[str, int], dated: bool
) -> float | None:
    """Score of an article joining an event, or None when it should not."""
    shared = shared_mass(article, event, df)
    own = mass(article, df)
    if not own:
        return None
    # Containment, not similarity: an event grows with every report, an article does not.
    share = shared / own
    factor = 1.0 if dated else UNDATED_FACTOR
    if shared < MIN_MASS * factor or share < MIN_SHARE * factor:
        return None
    return share


def merge(event: dict[str, float], article: Mapping[str, float]) -> dict[str, float]:
    """An event's keys: the union of its reports' keys, at their highest weight.
    Returns the keys the article added or raised."""
    changed: dict[str, float] = {}
    for key, weight in article.items():
        if weight > event.get(key, 0.0):
            event[key] = changed[key] = weight
    return changed


"""What an event holds, for people: why its reports are together, where they disagree, who
said what first. UI-free; used by `parallax events`, the events screen and the sidebar.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from tui.analysis import events as ev
from tui.analysis.compare import CONFLICT, compare_analyses
from tui.analysis.facts import Analysis, analyse, analyse_article, reported_quantities
from tui.models import Article
from tui.store import Store

CONFLICT_REPORTS = 6  # conflicts are counted among the first reports (15 pairs at most)
EXPLAIN_REPORTS = 20


@dataclass
class Reason:
    """A key that several reports of an event share, with the evidence it carries."""

    key: str
    label: str
    weight: float
    reports: int

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "weight": round(self.weight, 3),
                "reports": self.reports}


@dataclass
class FigureRow:
    """One figure the reports disagree on: what each report says (None: says nothing)."""

    concept: str
    values: list[str | None]


@dataclass
class Coverage:
    """How one event was covered: its reports in time order and who said what."""

    reports: list[Article]
    unique: dict[int, list[str]] = field(default_factory=dict)  # article id -> only it says
    figures: list[FigureRow] = field(default_factory=list)

    @property
    def first(self) -> Article | None:
        return self.reports[0] if self.reports else None


def _analyses(store: Store, articles: list[Article]) -> list[Analysis]:
    out = []
    for a in articles:
        full = store.get(a.id) if a.id is not None else a
        out.append(analyse_article(full or a))
    return out


def count_conflicts(store: Store, event_id: int) -> int:
    """Figures (by concept) on which a later report disagrees with the event's first one
    (among its first six reports); cached in the store until the event changes size."""
    row = store.event(event_id)
    if row is None:
        return 0
    cached = store.cached_conflicts(event_id, row.size)
    if cached is not None:
        return cached
    reports = sorted(store.event_articles(event_id), key=report_order)[:CONFLICT_REPORTS]
    analyses = _analyses(store, reports)
    concepts: set[str] = set()
    # The first report against each later one: five comparisons at most, not fifteen.
    for a, b in ((analyses[0], other) for other in analyses[1:]):
        for pair in compare_analyses(a, b).pairs:
            if pair.kind == "quantity" and pair.status == CONFLICT:
                concepts.add(pair.label)
    store.cache_conflicts(event_id, row.size, len(concepts))
    return len(concepts)


def report_order(article: Article) -> str:
    """Report order: the UTC moment, or midday UTC for a date-only value."""
    from tui.published import sort_key

    return sort_key(article.published, article.published_precision) or "~"


def _labels(analyses: list[Analysis]) -> dict[str, str]:
    """Readable names for entity keys, from the reports themselves."""
    out: dict[str, str] = {}
    for an in analyses:
        for ent in an.entities:
            out.setdefault(ent.id, ent.text)
            for key in ev.skeleton_keys(ent):  # a name shared across scripts
                out.setdefault(key, ent.text)
    return out


def key_label(key: str, names: dict[str, str]) -> str:
    kind, _, rest = key.partition(":")
    if kind == "k":
        return f"what: {rest}"
    if kind == "q":
        concept, _, value = rest.partition(":")
        return f"figure: {concept} {value}"
    if kind == "n":
        return f"figure: {rest}"
    if kind == "w":
        return f"name stem: {rest}"
    if kind == "cty":
        return f"country: {names.get(key, rest)}"
    return f"name: {names.get(key, rest)}"


def explain(store: Store, event_id: int, limit: int = 12) -> list[Reason]:
    """Why the reports are one event: keys at least two of them share, heaviest first."""
    articles = store.event_articles(event_id)[:EXPLAIN_REPORTS]
    per = store.article_keys([a.id for a in articles if a.id is not None])
    if len(per) < len(articles):  # grouped before keys were kept: compute them now
        for a in articles:
            if a.id is not None and a.id not in per:
                full = store.get(a.id)
                if full is not None:
                    per[a.id] = ev.article_keys(
                        analyse_article(full), analyse(full.title, full.language, full.published))
    counts: Counter[str] = Counter(k for keys in per.values() for k in keys)
    shared = [k for k, n in counts.items() if n >= 2 and not k.startswith("w:")]
    event = store.event(event_id)
    df = store.key_event_counts(shared)
    names = _labels(_analyses(store, articles[:6]))
    reasons = []
    for key in shared:
        weight = (event.keys.get(key, 0.0) if event else 0.0) * ev.key_weight(key, df.get(key, 0))
        reasons.append(Reason(key, key_label(key, names), weight, counts[key]))
    reasons.sort(key=lambda r: (-r.weight * r.reports, r.key))
    # A name shared by its phonetic key and its skeleton is one reason, not two.
    seen: set[str] = set()
    reasons = [r for r in reasons if not (r.label in seen or seen.add(r.label))]
    return reasons[:limit]


def _figure_texts(an: Analysis) -> dict[str, str]:
    out: dict[str, str] = {}
    for q in reported_quantities(an.quantities):
        out.setdefault(q.concept, f"{q.value:g}" + (f" {q.unit}" if q.unit else ""))
    return out


def coverage(store: Store, event_id: int, limit: int = 12) -> Coverage:
    """The event's reports in time order, what only each one states, and the figures on
    which they disagree (one row per figure, one value per report)."""
    reports = sorted(store.event_articles(event_id), key=report_order)[:limit]
    analyses = _analyses(store, reports)
    figures = [_figure_texts(an) for an in analyses]
    entities = [{e.id: e.text for e in an.entities if not e.weak} for an in analyses]
    result = Coverage(reports)
    for i, article in enumerate(reports):
        others_f = {c for j, f in enumerate(figures) if j != i for c in f}
        others_e = {k for j, e in enumerate(entities) if j != i for k in e}
        only = [f"{c} {v}" for c, v in figures[i].items() if c not in others_f]
        only += [name for k, name in entities[i].items() if k not in others_e]
        result.unique[article.id or 0] = only[:8] if len(reports) > 1 else []
    concepts = sorted({c for f in figures for c in f})
    for concept in concepts:
        values = [f.get(concept) for f in figures]
        stated = {v for v in values if v is not None}
        if len(stated) > 1:
            result.figures.append(FigureRow(concept, values))
    return result


def event_json(store: Store, event_id: int) -> dict[str, Any] | None:
    """`parallax events show ID --json`."""
    rows = store.event_rows_by_id([event_id])
    if not rows:
        return None
    row = rows[0]
    row.conflicts = count_conflicts(store, event_id)
    cov = coverage(store, event_id)
    out = row.to_json()
    out["why"] = [r.to_json() for r in explain(store, event_id)]
    out["reports"] = [
        {**a.to_json(body=False), "only_here": cov.unique.get(a.id or 0, [])}
        for a in cov.reports
    ]
    out["disagreements"] = [{"figure": f.concept, "values": f.values} for f in cov.figures]
    return out

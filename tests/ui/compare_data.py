"""Invented reports for the compare screen tests: one storm, three reports (en, en, pt)."""

from __future__ import annotations

import re
from pathlib import Path

from tui.analysis.align import AlignedGroup
from tui.models import Article
from tui.store import EventRecord, Store
from tui.widgets.compare.model import (
    CompareModel,
    FactRow,
    NumberFormat,
    SentenceText,
    display_text,
    passage_rows,
    sort_rows,
    word_diff,
)

STORM_EN = Article(
    title="Storm Idris cuts power to 48,000 homes in the Quell valley",
    body=(
        "Storm Idris knocked out power to 48,000 homes across the Quell valley on Tuesday "
        "night.\n\n"
        "The regional grid operator said 120 engineers were working through the night to "
        "restore supply. Two people were injured by falling trees in Dunmere.\n\n"
        "Mayor Ada Brightwater said schools would stay closed on Wednesday. "
        "The weather office expects the wind to ease by Thursday."
    ),
    source="Northern Ledger",
    url="https://ledger.example/storm-idris",
    language="en",
    published="2025-07-08T07:30:00+00:00",
)

STORM_EN_2 = Article(
    title="Storm Idris leaves 60,000 homes without electricity",
    body=(
        "Storm Idris left about 60,000 homes without electricity in the Quell valley on "
        "Tuesday night.\n\n"
        "The grid operator said 150 engineers were working overnight to restore supply. "
        "Three people were injured by falling trees in Dunmere, police said.\n\n"
        "Schools will stay closed on Wednesday, Mayor Ada Brightwater said. "
        "Ferries to Port Calder were cancelled."
    ),
    source="Coastal Times",
    url="https://coastal.example/idris",
    language="en",
    published="2025-07-08T09:10:00+00:00",
)

STORM_PT = Article(
    title="Tempestade Idris deixa 45 mil casas sem luz no vale do Quell",
    body=(
        "A tempestade Idris deixou 45 mil casas sem eletricidade no vale do Quell na noite "
        "de terça-feira.\n\n"
        "Segundo a operadora da rede, 150 técnicos trabalharam durante a noite. Duas pessoas "
        "ficaram feridas pela queda de árvores em Dunmere.\n\n"
        "A prefeita Ada Brightwater disse que as escolas ficam fechadas na quarta-feira."
    ),
    source="Diário do Vale",
    url="https://diario.example/idris",
    language="pt",
    published="2025-07-08T11:00:00+01:00",
)

HARBOUR = Article(
    title="Harbour strike ends after nine days of talks",
    body=(
        "Dock workers at Port Calder voted to return on Monday.\n\n"
        "The agreement raises pay by 6 percent over two years."
    ),
    source="Coastal Times",
    language="en",
    published="2025-07-07T17:45:00+00:00",
)

COMPARE_ARTICLES = [STORM_EN, STORM_EN_2, STORM_PT, HARBOUR]


def build_compare_store(path: Path) -> dict[str, int]:
    """The store, with the three storm reports in one event; returns ids by name."""
    with Store.open(path) as store:
        store.import_articles([Article(**vars(a)) for a in COMPARE_ARTICLES])
        ids: dict[str, int] = {}
        for name, article in (("en", STORM_EN), ("en2", STORM_EN_2), ("pt", STORM_PT),
                              ("harbour", HARBOUR)):
            hits = [a for a in store.page(_all(), 0, 50) if a.title == article.title]
            ids[name] = hits[0].id  # type: ignore[assignment]
        store.save_event(
            EventRecord(None, "Storm Idris", "2025-07-08", "2025-07-08"),
            [ids["en"], ids["en2"], ids["pt"]],
        )
    return ids


def _all():  # noqa: ANN202
    from tui.store import ArticleFilter

    return ArticleFilter()


# -- a stand-in engine, so snapshots do not move when the analysis improves -----------------

_SENTENCE = re.compile(r"[^.!?\s][^.!?]*[.!?]?")

# (concept, status, phrase in the first report, phrase in the second); a phrase not found in
# a report leaves that side empty.
FAKE_FACTS: list[tuple[str, str, str, str]] = [
    ("homes", "conflict", "48,000 homes", "about 60,000 homes"),
    ("homes", "conflict", "48,000 homes", "45 mil casas"),
    ("injured", "conflict", "Two people", "Three people"),
    ("injured", "agree", "Two people", "Duas pessoas"),
    ("engineers", "conflict", "120 engineers", "150 engineers"),
    ("engineers", "conflict", "120 engineers", "150 técnicos"),
    ("place", "agree", "Dunmere", "Dunmere"),
    ("person", "agree", "Ada Brightwater", "Ada Brightwater"),
    ("date", "agree", "Wednesday", "Wednesday"),
    ("date", "agree", "Wednesday", "quarta-feira"),
    ("date", "only_a", "Thursday", ""),
    ("place", "only_b", "", "Port Calder"),
]


def simple_texts(body: str) -> tuple[SentenceText, ...]:
    out: list[SentenceText] = []
    previous = 0
    for i, m in enumerate(_SENTENCE.finditer(body)):
        text, mapping = display_text(m.group())
        out.append(SentenceText(i, text, m.start(), tuple(mapping),
                                i > 0 and "\n\n" in body[previous:m.start()]))
        previous = m.end()
    return tuple(out)


def _find(texts: tuple[SentenceText, ...], phrase: str) -> tuple[int, tuple[int, int]] | None:
    if not phrase:
        return None
    for s in texts:
        at = s.text.find(phrase)
        if at >= 0:
            return s.index, (s.raw_start + at, s.raw_start + at + len(phrase))
    return None


def fake_builder(a: Article, b: Article, fmt: NumberFormat) -> CompareModel:
    """Sentence i of A beside sentence i of B; facts from FAKE_FACTS."""
    ta, tb = simple_texts(a.body), simple_texts(b.body)
    groups = [AlignedGroup((i,), (i,), 1.0) for i in range(min(len(ta), len(tb)) - 1)]
    passages = passage_rows(groups, ta, tb)
    rows: list[FactRow] = []
    for concept, status, pa, pb in FAKE_FACTS:
        fa, fb = _find(ta, pa), _find(tb, pb)
        if (pa and fa is None) or (pb and fb is None):
            continue
        rows.append(FactRow(
            "entity", status, concept, pa, pb, pa or None, pb or None,
            fa[0] if fa else None, fb[0] if fb else None,
            fa[1] if fa else None, fb[1] if fb else None,
        ))
    removed: dict[int, list[tuple[int, int]]] = {}
    added: dict[int, list[tuple[int, int]]] = {}
    same = a.language == b.language
    if same:
        for p in passages:
            if p.aligned:
                r, d = word_diff([ta[i] for i in p.a], [tb[j] for j in p.b])
                removed.update(r)
                added.update(d)
    return CompareModel(a, b, None, a.language, b.language, ta, tb, tuple(passages),
                        tuple(sort_rows(rows)), removed, added)

"""What the compare screen shows, computed off the UI thread and free of widgets.

`build_model(a, b)` analyses two articles and turns the engine's `Comparison` into
display data: passage rows (aligned sentence groups, level by construction), display
text for every sentence (controls removed, whitespace collapsed, offsets mapped), a
word-level diff for same-language pairs, and one `FactRow` per fact pair.
`CompareModel.swapped()` exchanges the sides without re-running the engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Any

from tui.analysis import same_event
from tui.analysis.compare import Comparison, FactPair, compare_analyses
from tui.analysis.facts import Analysis, analyse_article
from tui.ingest.clean import escape_spans, is_control
from tui.models import Article
from tui.widgets.safe import safe_inline

AGREE, CONFLICT, ONLY_A, ONLY_B = "agree", "conflict", "only_a", "only_b"
STATUS_LABEL = {
    CONFLICT: "≠ conflict",
    AGREE: "= agree",
    ONLY_A: "◐ A only",
    ONLY_B: "◑ B only",
}
# An entity both reports name, with no figure about it that agrees: not an agreement.
RELATION_LABEL = {"both_mention": "~ both mention", "differ": "~ both, differ"}
STATUS_SYMBOL = {CONFLICT: "≠", AGREE: "=", ONLY_A: "◐", ONLY_B: "◑"}
_STATUS_ORDER = {CONFLICT: 0, AGREE: 1, ONLY_A: 2, ONLY_B: 3}
_SWAP_STATUS = {ONLY_A: ONLY_B, ONLY_B: ONLY_A}
QUALIFIER_MARK = {
    "exact": "",
    "at_least": "≥",
    "more_than": ">",
    "at_most": "≤",
    "less_than": "<",
    "approx": "~",
}

_WORD_RE = re.compile(r"\d[\d.,]*\d|\w+", re.UNICODE)
_PARAGRAPH_RE = re.compile(r"\n\s*\n")

Span = tuple[int, int]


# ------------------------------------------------------------------ display text


def display_text(raw: str) -> tuple[str, list[int]]:
    """`raw` made safe for one flowing line, and where each raw offset landed.

    Escape sequences and controls are removed (as `strip_controls` would), runs of
    whitespace collapse to one space, the ends are trimmed. `mapping[i]` is the display
    offset of raw offset `i` (`len(mapping) == len(raw) + 1`).
    """
    dropped = bytearray(len(raw))
    for start, end in escape_spans(raw):
        dropped[start:end] = b"\x01" * (end - start)
    out: list[str] = []
    mapping: list[int] = []
    pending_space = False
    for i, ch in enumerate(raw):
        if dropped[i]:
            mapping.append(len(out))
            continue
        if ch.isspace():
            mapping.append(len(out))
            pending_space = bool(out)
            continue
        if is_control(ch):  # a control or bidi character: gone
            mapping.append(len(out))
            continue
        if pending_space:
            out.append(" ")
            pending_space = False
        mapping.append(len(out))
        out.append(ch)
    mapping.append(len(out))
    return "".join(out), mapping


@dataclass(frozen=True, slots=True)
class SentenceText:
    """One sentence as displayed; `raw_start` is its offset in the analysed text."""

    index: int
    text: str
    raw_start: int
    mapping: tuple[int, ...]
    paragraph_start: bool  # a blank line separates it from the sentence before

    def span(self, start: int, end: int) -> Span | None:
        """A raw (analysis) span as display offsets within this sentence."""
        lo, hi = start - self.raw_start, end - self.raw_start
        if hi <= 0 or lo >= len(self.mapping) - 1:
            return None
        lo = max(lo, 0)
        hi = min(hi, len(self.mapping) - 1)
        a, b = self.mapping[lo], self.mapping[hi]
        return (a, b) if b > a else None


def sentence_texts(analysis: Analysis) -> tuple[SentenceText, ...]:
    out: list[SentenceText] = []
    previous_end = 0
    for s in analysis.sentences:
        raw = analysis.text[s.start:s.end]
        text, mapping = display_text(raw)
        gap = analysis.text[previous_end:s.start]
        out.append(SentenceText(s.index, text, s.start, tuple(mapping),
                                bool(out) and bool(_PARAGRAPH_RE.search(gap))))
        previous_end = s.end
    return tuple(out)


# ------------------------------------------------------------------ passages


@dataclass(frozen=True, slots=True)
class Passage:
    """One row of the split view: sentences of A beside sentences of B (either may be empty)."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    aligned: bool
    score: float = 0.0

    def swapped(self) -> Passage:
        return Passage(self.b, self.a, self.aligned, self.score)


def _runs(indices: list[int], texts: Sequence[SentenceText]) -> list[tuple[int, ...]]:
    """Consecutive unaligned sentences of one side, split at paragraph breaks."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1 and not texts[i].paragraph_start:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [tuple(r) for r in runs]


def passage_rows(
    alignment: Sequence[Any],
    texts_a: Sequence[SentenceText],
    texts_b: Sequence[SentenceText],
) -> list[Passage]:
    """Aligned groups in order; unaligned sentences in between get rows of their own (and
    so do those of a group out of the common order, `AlignedGroup.crossing`)."""
    rows: list[Passage] = []
    done_a: set[int] = set()
    done_b: set[int] = set()
    next_a = next_b = 0
    groups = sorted(
        (g for g in alignment if (g.a or g.b) and not getattr(g, "crossing", False)),
        key=lambda g: (min(g.a) if g.a else next_a, min(g.b) if g.b else next_b),
    )

    def flush(until_a: int, until_b: int) -> None:
        nonlocal next_a, next_b
        pending_a = [i for i in range(next_a, until_a) if i not in done_a]
        pending_b = [j for j in range(next_b, until_b) if j not in done_b]
        for run in _runs(pending_a, texts_a):
            rows.append(Passage(run, (), False))
        for run in _runs(pending_b, texts_b):
            rows.append(Passage((), run, False))
        done_a.update(pending_a)
        done_b.update(pending_b)
        next_a = max(next_a, until_a)
        next_b = max(next_b, until_b)

    for g in groups:
        ga = tuple(i for i in sorted(g.a) if i not in done_a and i < len(texts_a))
        gb = tuple(j for j in sorted(g.b) if j not in done_b and j < len(texts_b))
        if not ga and not gb:
            continue
        flush(ga[0] if ga else next_a, gb[0] if gb else next_b)
        rows.append(Passage(ga, gb, bool(ga and gb), float(g.score)))
        done_a.update(ga)
        done_b.update(gb)
        next_a = max(next_a, (ga[-1] + 1) if ga else next_a)
        next_b = max(next_b, (gb[-1] + 1) if gb else next_b)
    flush(len(texts_a), len(texts_b))
    return rows


# ------------------------------------------------------------------ word diff


def word_diff(
    a: Sequence[SentenceText], b: Sequence[SentenceText]
) -> tuple[dict[int, list[Span]], dict[int, list[Span]]]:
    """Words of `a` missing from `b` (removed) and of `b` missing from `a` (added).

    Spans are per sentence index, in display offsets. Comparison ignores case.
    """
    def words(side: Sequence[SentenceText]) -> list[tuple[str, int, Span]]:
        return [
            (m.group().casefold(), s.index, m.span())
            for s in side
            for m in _WORD_RE.finditer(s.text)
        ]

    wa, wb = words(a), words(b)
    removed: dict[int, list[Span]] = {}
    added: dict[int, list[Span]] = {}
    matcher = SequenceMatcher(None, [w for w, _, _ in wa], [w for w, _, _ in wb], autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            for _w, sent, span in wa[a0:a1]:
                removed.setdefault(sent, []).append(span)
        if op in ("insert", "replace"):
            for _w, sent, span in wb[b0:b1]:
                added.setdefault(sent, []).append(span)
    return removed, added


# ------------------------------------------------------------------ facts


@dataclass(frozen=True, slots=True)
class FactRow:
    """One fact-table row, display-ready, with what the text panes need to highlight it."""

    kind: str
    status: str
    concept: str
    a: str  # cell text ("" when this side does not report it)
    b: str
    a_value: Any  # the compared value (number, name, ISO date) or None
    b_value: Any
    sentence_a: int | None
    sentence_b: int | None
    span_a: Span | None = None  # raw offsets of the fact in the analysed text
    span_b: Span | None = None
    relation: str | None = None  # entity rows: agree / differ / both_mention (compare.py)

    @property
    def status_label(self) -> str:
        return RELATION_LABEL.get(self.relation or "", STATUS_LABEL.get(self.status, self.status))

    def swapped(self) -> FactRow:
        return replace(
            self,
            status=_SWAP_STATUS.get(self.status, self.status),
            a=self.b, b=self.a, a_value=self.b_value, b_value=self.a_value,
            sentence_a=self.sentence_b, sentence_b=self.sentence_a,
            span_a=self.span_b, span_b=self.span_a,
        )


NumberFormat = Callable[[int | float], str]


def _plain_number(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def _raw_span(obj: Any) -> Span | None:
    if obj is None:
        return None
    mentions = getattr(obj, "mentions", None)
    if mentions:
        obj = mentions[0]
    start, end = getattr(obj, "start", None), getattr(obj, "end", None)
    if isinstance(start, int) and isinstance(end, int):
        return (start, end)
    return None


def _cell(kind: str, side: dict[str, Any] | None, fmt: NumberFormat) -> tuple[str, Any]:
    if side is None:
        return "", None
    text = safe_inline(str(side.get("text", "")))
    if kind == "quantity":
        value = side.get("value")
        if not isinstance(value, int | float):
            return text, value
        qualifier = str(side.get("qualifier") or "exact")
        mark = QUALIFIER_MARK.get(qualifier)
        shown = fmt(value)
        shown = f"{mark}{shown}" if mark is not None else f"{shown} ({qualifier.replace('_', ' ')})"
        if side.get("unit"):
            shown += f" {safe_inline(str(side['unit']))}"
        return f"{shown} “{text}”" if text else shown, value
    if kind == "entity":
        return text, text
    value = side.get("value")
    if value is not None and safe_inline(str(value)) != text:
        return f"{safe_inline(str(value))} “{text}”", value
    return text, value


def fact_rows(pairs: Sequence[FactPair], fmt: NumberFormat = _plain_number) -> list[FactRow]:
    rows: list[FactRow] = []
    for pair in pairs:
        data = pair.to_json()
        kind = str(data.get("kind", pair.kind))
        concept = safe_inline(str(pair.label or kind)).replace("_", " ") or kind
        a_text, a_value = _cell(kind, data.get("a"), fmt)
        b_text, b_value = _cell(kind, data.get("b"), fmt)
        rows.append(FactRow(
            kind, pair.status, concept, a_text, b_text, a_value, b_value,
            pair.sentence_a(), pair.sentence_b(), _raw_span(pair.a), _raw_span(pair.b),
            data.get("relation"),
        ))
    return rows


def sort_rows(rows: Sequence[FactRow]) -> list[FactRow]:
    """Conflicts first, then agreements, then A only, then B only (stable otherwise)."""
    return sorted(rows, key=lambda r: _STATUS_ORDER.get(r.status, 9))


# ------------------------------------------------------------------ the model


@dataclass(frozen=True)
class CompareModel:
    article_a: Article
    article_b: Article
    comparison: Comparison | None
    language_a: str | None
    language_b: str | None
    texts_a: tuple[SentenceText, ...]
    texts_b: tuple[SentenceText, ...]
    passages: tuple[Passage, ...]
    facts: tuple[FactRow, ...]
    removed: dict[int, list[Span]] = field(default_factory=dict)  # A words B lacks
    added: dict[int, list[Span]] = field(default_factory=dict)  # B words A lacks
    event: dict[str, Any] | None = None  # the `same_event` verdict (tui.analysis.same_event)

    @property
    def same_language(self) -> bool:
        return bool(self.language_a) and self.language_a == self.language_b

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in STATUS_LABEL}
        for row in self.facts:
            out[row.status] = out.get(row.status, 0) + 1
        return out

    def swapped(self) -> CompareModel:
        return CompareModel(
            self.article_b, self.article_a, self.comparison, self.language_b, self.language_a,
            self.texts_b, self.texts_a,
            tuple(p.swapped() for p in self.passages),
            tuple(sort_rows([r.swapped() for r in self.facts])),
            removed=self.added, added=self.removed, event=self.event,
        )


def build_model(
    article_a: Article, article_b: Article, fmt: NumberFormat = _plain_number
) -> CompareModel:
    """Analyse and compare two articles (seconds at worst: run it in a worker)."""
    an_a, an_b = analyse_article(article_a), analyse_article(article_b)
    comparison = compare_analyses(an_a, an_b)
    texts_a, texts_b = sentence_texts(an_a), sentence_texts(an_b)
    passages = passage_rows(comparison.alignment, texts_a, texts_b)
    removed: dict[int, list[Span]] = {}
    added: dict[int, list[Span]] = {}
    if an_a.language and an_a.language == an_b.language:
        for p in passages:
            if p.aligned:
                r, a = word_diff([texts_a[i] for i in p.a], [texts_b[j] for j in p.b])
                removed.update(r)
                added.update(a)
    facts = tuple(sort_rows(fact_rows(comparison.pairs, fmt)))
    event = same_event.verdict(
        same_event.signals(comparison, article_a.published, article_b.published))
    return CompareModel(
        article_a, article_b, comparison, an_a.language, an_b.language,
        texts_a, texts_b, tuple(passages), facts, removed, added, event,
    )

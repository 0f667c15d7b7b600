"""Small helpers the figure tests share: an article, its figures, the paired rows."""

from __future__ import annotations

from tui.analysis.compare import compare_articles
from tui.analysis.facts import extract_facts
from tui.models import Article


def art(body: str, language: str, published: str | None = None) -> Article:
    return Article(title="Report", source="Wire", language=language, body=body,
                   published=published)


def bare_art(body: str, language: str) -> Article:
    """An article of nothing but its body and language (title "t", no source, no date)."""
    return Article(title="t", body=body, language=language)


def figures(body: str, language: str) -> list[tuple[str, object, object]]:
    """(concept, value, unit) of every figure the report states."""
    return [(f["concept"], f["value"], f["unit"]) for f in extract_facts(art(body, language))
            if f["kind"] == "quantity"]


def paired(a: Article, b: Article) -> list[tuple[str, str, object, object]]:
    """(concept, status, value in A, value in B) of every figure both reports state."""
    return [(f["concept"], f["status"], f["a"]["value"], f["b"]["value"])
            for f in compare_articles(a, b)["facts"]
            if f["kind"] == "quantity" and f["a"] and f["b"]]


def conflicts(a: Article, b: Article) -> list[tuple[object, object]]:
    """(value in A, value in B) of every conflict of figures."""
    return [(f["a"]["value"], f["b"]["value"]) for f in compare_articles(a, b)["facts"]
            if f["kind"] == "quantity" and f["status"] == "conflict"]


def text_rows(a: Article, b: Article) -> list[tuple[str, list[str], str, list[str]]]:
    """(A's text, A's names, B's text, B's names) of every entity row both reports share."""
    facts = compare_articles(a, b)["facts"]
    return [(f["a"]["text"], f["a"]["mentions"], f["b"]["text"], f["b"]["mentions"])
            for f in facts if f["kind"] == "entity" and f["status"] == "agree"]


def agree_rows(a: Article, b: Article) -> list[tuple[list[str], list[str]]]:
    """(A's names, B's names) of every entity row both reports share."""
    return [(ma, mb) for _, ma, _, mb in text_rows(a, b)]


def names_paired(rows: list[tuple[list[str], list[str]]], a_name: str, b_name: str) -> bool:
    return any(a_name in xs and b_name in ys for xs, ys in rows)


def entity_rows(a: Article, b: Article) -> list[tuple[list[str], list[str]]]:
    """(A's text and names, B's text and names) of every entity row both reports share."""
    return [([ta, *ma], [tb, *mb]) for ta, ma, tb, mb in text_rows(a, b)]


def shared_row(a: Article, b: Article, name_a: str, name_b: str) -> bool:
    """Does one shared entity row hold `name_a` on A's side and `name_b` on B's (its text
    or a mention)?"""
    return names_paired(entity_rows(a, b), name_a, name_b)

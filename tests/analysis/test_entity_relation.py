"""An entity both reports name is "both mention" unless the facts about it agree."""

from __future__ import annotations

from tui.analysis.compare import compare_articles, format_comparison
from tui.models import Article

A = Article(title="", language="en", body=(
    "Floods in Varnoka destroyed 120 homes on Monday. "
    "Mayor Ilse Brandt visited the shelter in Keltavo on Tuesday. "
    "Neighbouring Moldova offered help."))
B = Article(title="", language="en", body=(
    "Floods in Varnoka destroyed 120 homes on Monday. "
    "Mayor Ilse Brandt thanked volunteers in Keltavo on Tuesday. "
    "In Moldova, 45 soldiers were sent, officials said, while in Keltavo 30 soldiers waited."))


def _entity_rows(result: dict) -> dict[str, dict]:
    return {f["a"]["text"]: f for f in result["facts"]
            if f["kind"] == "entity" and f["a"] and f["b"]}


def test_an_entity_whose_figures_agree_is_agree_and_a_mere_mention_is_not() -> None:
    rows = _entity_rows(compare_articles(A, B))
    assert rows["Varnoka"]["relation"] == "agree"          # 120 homes in both
    assert rows["Ilse Brandt"]["relation"] == "both_mention"  # named, nothing compared
    assert all(r["status"] == "agree" for r in rows.values())  # the contract's status stays


def test_the_text_table_says_both_mention() -> None:
    text = format_comparison(compare_articles(A, B))
    line = next(ln for ln in text.splitlines() if "Ilse Brandt" in ln)
    assert line.startswith("~ both mention")
    assert next(ln for ln in text.splitlines() if "entity" in ln and "Varnoka" in ln
                ).startswith("= agree")

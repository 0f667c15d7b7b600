"""The comparison contract, statuses, ordering, plain-text table, and the seed pair."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tui.analysis.compare import compare_analyses, compare_articles, format_comparison
from tui.analysis.facts import analyse_article, extract_facts
from tui.models import INSPECT_FIELDS, Article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
from eval_harness import load_seed  # noqa: E402

EN = Article(
    title="Storm hits Lisbon", source="Wire", language="en",
    published="2025-07-05T10:00:00+00:00",
    body=("A storm hit Lisbon on Friday, killing three people and injuring at least 26. "
          "Officials said 1,200 homes were damaged. Mayor Carlos Moedas said about 40 "
          "firefighters were still at work. Repairs will cost €12.5 million."),
)
PT = Article(
    title="Tempestade em Lisboa", source="Jornal", language="pt",
    published="2025-07-05T11:00:00+01:00",
    body=("Uma tempestade atingiu Lisboa na sexta-feira e fez três mortos e 20 feridos. "
          "Segundo as autoridades, 1.200 casas ficaram danificadas. O presidente da câmara, "
          "Carlos Moedas, disse que 42 bombeiros continuavam no terreno. "
          "Foram resgatadas 15 pessoas."),
)


def facts_by(result: dict, kind: str, concept: str | None = None) -> list[dict]:
    return [f for f in result["facts"] if f["kind"] == kind and
            (concept is None or f.get("concept") == concept)]


def test_contract_shape() -> None:
    result = compare_articles(EN, PT)
    assert list(result) == ["a", "b", "facts", "alignment", "same_event"]
    assert list(result["a"]) == list(INSPECT_FIELDS)
    assert result["a"]["title"] == "Storm hits Lisbon"
    for fact in result["facts"]:
        assert fact["status"] in {"agree", "conflict", "only_a", "only_b"}
        assert (fact["a"] is None) == (fact["status"] == "only_b")
        assert (fact["b"] is None) == (fact["status"] == "only_a")
        if fact["kind"] == "quantity":
            assert list(fact) == ["kind", "concept", "status", "a", "b"]
            side = fact["a"] or fact["b"]
            # The contract's keys, in order; a figure with a unit adds "normalized" after them.
            assert list(side)[:5] == ["value", "text", "qualifier", "unit", "sentence"]
            assert set(list(side)[5:]) <= {"normalized", "high"}
        elif fact["kind"] == "entity":
            assert list(fact)[:5] == ["kind", "type", "status", "a", "b"]
            # Rows of both sides add whether the facts about the entity agree.
            assert list(fact)[5:] == (["relation"] if fact["a"] and fact["b"] else [])
            assert list(fact["a"] or fact["b"]) == ["text", "mentions"]
        else:
            assert list(fact) == ["kind", "status", "a", "b"]
            assert list(fact["a"] or fact["b"]) == ["value", "text", "sentence"]
    for group in result["alignment"]:
        assert list(group) == ["a", "b", "score"] and 0.0 <= group["score"] <= 1.0


def test_statuses() -> None:
    result = compare_articles(EN, PT)
    (killed,) = facts_by(result, "quantity", "killed")
    assert killed["status"] == "agree" and killed["a"]["value"] == 3 == killed["b"]["value"]
    (injured,) = facts_by(result, "quantity", "injured")
    assert injured["status"] == "conflict"
    assert injured["a"] == {"value": 26, "text": "at least 26", "qualifier": "at_least",
                            "unit": None, "sentence": 0}
    assert injured["b"]["text"] == "20 feridos"
    (homes,) = facts_by(result, "quantity", "homes")
    assert homes["status"] == "agree"  # 1,200 (en) == 1.200 (pt)
    (firefighters,) = facts_by(result, "quantity", "firefighters")
    assert firefighters["status"] == "agree"  # "about 40" vs 42: within 10 %
    (money,) = facts_by(result, "quantity", "money")
    assert money["status"] == "only_a" and money["a"]["value"] == 12_500_000
    assert money["b"] is None
    (rescued,) = facts_by(result, "quantity", "rescued")
    assert rescued["status"] == "only_b"
    lisbon = [f for f in facts_by(result, "entity") if f["a"] and f["a"]["text"] == "Lisbon"]
    assert lisbon and lisbon[0]["status"] == "agree" and lisbon[0]["b"]["text"] == "Lisboa"
    (date,) = facts_by(result, "date")
    assert date["status"] == "agree" and date["a"]["value"] == "2025-07-04"


def test_order_conflicts_then_agree_then_single_sided() -> None:
    result = compare_articles(EN, PT)
    rank = {"conflict": 0, "agree": 1, "only_a": 2, "only_b": 2}
    kinds = {"quantity": 0, "entity": 1, "date": 2}
    keys = [(rank[f["status"]], kinds[f["kind"]]) for f in result["facts"]]
    statuses = [k[0] for k in keys]
    assert statuses == sorted(statuses)
    for status in (0, 1):
        group = [k[1] for k in keys if k[0] == status]
        assert group == sorted(group)


def test_qualified_values_agree() -> None:
    a = Article(title="a", body="At least one person was killed.", language="en")
    b = Article(title="b", body="Uma pessoa morreu.", language="pt")
    (fact,) = facts_by(compare_articles(a, b), "quantity", "killed")
    assert fact["status"] == "agree"
    a = Article(title="a", body="At least 20 people were injured.", language="en")
    b = Article(title="b", body="Pelo menos 26 pessoas ficaram feridas.", language="pt")
    (fact,) = facts_by(compare_articles(a, b), "quantity", "injured")
    assert fact["status"] == "conflict"  # two different lower bounds


def test_different_concepts_never_conflict() -> None:
    a = Article(title="a", body="Russia launched 550 drones. Seventy-two drones penetrated "
                "the defences. Five people were injured.", language="en")
    b = Article(title="b", body="A Rússia lançou 539 drones. Sete pessoas ficaram feridas.",
                language="pt")
    result = compare_articles(a, b)
    conflicts = {(f["concept"], f["a"]["value"], f["b"]["value"])
                 for f in result["facts"] if f["status"] == "conflict"}
    assert conflicts == {("drones", 550, 539), ("injured", 5, 7)}
    (only,) = [f for f in facts_by(result, "quantity", "drones") if f["status"] == "only_a"]
    assert only["a"]["value"] == 72


def test_format_comparison() -> None:
    text = format_comparison(compare_articles(EN, PT))
    assert "≠ conflict" in text and "= agree" in text and "A only" in text
    assert "at least 26" in text and "20 feridos" in text
    assert "\x1b[" not in text


def test_typed_api_has_offsets() -> None:
    an_a, an_b = analyse_article(EN), analyse_article(PT)
    comparison = compare_analyses(an_a, an_b)
    pair = next(p for p in comparison.pairs if p.label == "injured")
    assert EN.body[pair.a.start:pair.a.end] == "at least 26"
    sentence = an_a.sentences[pair.sentence_a()]
    assert sentence.start <= pair.a.start < sentence.end


def test_extract_facts_objects() -> None:
    facts = extract_facts(EN)
    kinds = {f["kind"] for f in facts}
    assert kinds == {"quantity", "entity", "date"}
    q = next(f for f in facts if f["kind"] == "quantity")
    assert list(q) == ["kind", "concept", "value", "text", "qualifier", "unit", "sentence"]
    e = next(f for f in facts if f["kind"] == "entity")
    assert list(e) == ["kind", "type", "text", "mentions"]
    assert extract_facts(EN) == facts  # cached and stable


def test_empty_articles() -> None:
    empty = Article(title="", body="", language=None)
    result = compare_articles(empty, empty)
    assert result["facts"] == [] and result["alignment"] == []
    assert "No comparable facts" in format_comparison(result)


@pytest.fixture(scope="module")
def seed_result() -> dict:
    a, b = load_seed("000", "en"), load_seed("001", "pt")
    if a is None or b is None:
        pytest.skip("../shared/seeds not present")
    return compare_articles(a, b)


def test_seed_conflicts_and_agreements(seed_result: dict) -> None:
    got = {(f["concept"], f["status"], f["a"] and f["a"]["value"], f["b"] and f["b"]["value"])
           for f in seed_result["facts"] if f["kind"] == "quantity"}
    assert ("drones", "conflict", 550, 539) in got
    assert ("injured", "conflict", 26, 20) in got
    assert ("killed", "agree", 1, 1) in got
    assert ("drones", "only_a", 72, None) in got
    conflicts = [f for f in seed_result["facts"] if f["status"] == "conflict"]
    assert len(conflicts) == 2


def test_seed_entities(seed_result: dict) -> None:
    agreed = [f for f in seed_result["facts"] if f["kind"] == "entity" and
              f["status"] == "agree"]
    zel = next(f for f in agreed if "Zelensky" in f["a"]["mentions"])
    assert {"Jelnsky", "Gelnsky", "Zelnsky", "Zensky", "Vloadimir Jensky"} <= set(
        zel["b"]["mentions"])
    kyiv = next(f for f in agreed if "Kyiv" in f["a"]["mentions"])
    assert {"Kiev", "Kive"} <= set(kyiv["b"]["mentions"])

"""The two real seed clippings in ../shared/seeds (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.ingest import load_file

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")


def seed(prefix: str):
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    (article,) = load_file(path)
    return article


def test_english_seed() -> None:
    a = seed("000")
    assert a.title == "Putin Rejects Trump Truce as Kyiv Suffers Record Strike"
    assert a.source == "rki.news"
    assert (a.language, a.language_detected) == ("en", True)
    assert a.published == "2025-07-04T00:00:00+00:00"  # not the Document Date (a crawl date)
    for noise in ("Document Date", "Show on website", "Category:", "Click Here", "rki.news"):
        assert noise not in a.body
    paragraphs = a.body.split("\n\n")
    assert paragraphs[0].startswith("KYIV")
    joined = [p for p in paragraphs if "triggering eight hours" in p]
    assert len(joined) == 1
    assert joined[0].endswith(
        "triggering eight hours of continuous air raid sirens in the capital."
    )
    assert not any(p.startswith("of continuous") for p in paragraphs)
    assert a.format == "text" and a.raw == next(SEEDS.glob("000_*.txt")).read_bytes()


def test_portuguese_seed() -> None:
    a = seed("001")
    assert (a.language, a.language_detected) == ("pt", True)
    assert a.published == "2025-07-04T00:00:00+00:00"  # "Em 4 de julho de 2025", no metadata
    for credit in ("Olecasi Philipov/AFP", "Getty Fig", "Avizeni Maloletka/Ap", "Yahore Konavalov"):
        assert credit not in a.body
    # No title line: the title is made from the lead, shortened at a word boundary.
    assert 10 < len(a.title) <= 91 and a.title.endswith("…")
    assert a.body.startswith("Londres")
    assert a.title.split()[0] in a.body.split("\n\n")[0]
    # A caption stays; each line of the file is a paragraph.
    assert any(
        p.startswith("Em 4 de julho de 2025, os trabalhadores") for p in a.body.split("\n\n")
    )
    assert a.body.count("\n\n") >= 15

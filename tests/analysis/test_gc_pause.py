"""Analysis and comparison pause the cyclic garbage collector only while they run."""

from __future__ import annotations

import gc

import pytest

from tui.analysis.compare import compare_articles
from tui.analysis.gc_pause import gc_paused
from tui.models import Article

_A = "Rescuers pulled 14 people from the flooded mine near Dorfmark on Tuesday."
_B = "Rettungskräfte holten am Dienstag 14 Menschen aus der gefluteten Grube bei Dorfmark."


def test_collection_runs_again_after_a_comparison() -> None:
    assert gc.isenabled()
    result = compare_articles(Article(title="A", body=_A, language="en"),
                              Article(title="B", body=_B, language="de"))
    assert result["facts"]
    assert gc.isenabled()


def test_collection_runs_again_when_the_paused_work_fails() -> None:
    @gc_paused
    def fails() -> None:
        assert not gc.isenabled()
        raise ValueError("broken input")

    with pytest.raises(ValueError):
        fails()
    assert gc.isenabled()


def test_a_caller_that_paused_collection_keeps_it_paused() -> None:
    gc.disable()
    try:
        gc_paused(lambda: None)()
        assert not gc.isenabled()
    finally:
        gc.enable()

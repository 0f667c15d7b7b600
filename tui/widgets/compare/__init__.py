"""Widgets of the compare screen: side headers, the parallel text, the fact table."""

from tui.widgets.compare.event_note import EventNote
from tui.widgets.compare.fact_table import FactSummary, FactTable
from tui.widgets.compare.header import SideHeader
from tui.widgets.compare.model import CompareModel, FactRow, Passage, build_model
from tui.widgets.compare.parallel import ParallelText

__all__ = [
    "CompareModel",
    "EventNote",
    "FactRow",
    "FactSummary",
    "FactTable",
    "ParallelText",
    "Passage",
    "SideHeader",
    "build_model",
]

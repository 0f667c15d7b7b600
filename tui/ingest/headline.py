"""Where a clipping's headline sits and what shape it has, in any language.

Clipping tools do not always put the headline first: many open with the metadata block
(or with the outlet's name) and print the headline after it, right before the lead, often
followed by a photo credit. Such a line is told from header furniture by shape and
position alone: a short line without a final full stop, on its own, followed (after any
credit lines) by the first long paragraph. "Label: value" headlines ("Storm Hilde: two
dead") are told from label lines ("Rubrik: Hamburg & Region") by their value, which is a
clause rather than a date or a short list of names.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from tui.analysis.text import fold
from tui.ingest.clean import ends_sentence
from tui.ingest.dates import parse_dated

MAX_HEADLINE_LEN = 150
_MAX_HEADLINE_WORDS = 25
_MIN_LEAD_WORDS = 8
_LABEL_RE = re.compile(r"^(?P<label>[^\W\d_][^:]{0,30}?)\s*:\s*(?P<value>\S.*)$")
_LIST_SPLIT_RE = re.compile(r"\s*[,;|/]\s*")
_CONNECTORS = frozenset("&+-–—")


def headline_shaped(line: str) -> bool:
    """A line a headline could be: short, with letters, no final full stop or comma."""
    if not line or len(line) > MAX_HEADLINE_LEN or len(line.split()) > _MAX_HEADLINE_WORDS:
        return False
    stripped = line.rstrip("\"'”’»)")
    if not stripped or stripped[-1] in ".,;:" or not any(ch.isalpha() for ch in line):
        return False
    first = line.lstrip("\"'“‘„«(")
    return bool(first) and not first[0].islower()


def _list_of_names(value: str) -> bool:
    """ "Hamburg & Region", "Local News, Environment", "Kotimaa, Liikenne": not a clause."""
    items = [item for item in _LIST_SPLIT_RE.split(value) if item]
    words = value.split()
    if any(ch.isdigit() for ch in value):
        return False  # "1 dead, 2 missing", "windows shattered, 19 hurt" count things
    if len(items) >= 2 and all(len(item.split()) <= 3 for item in items):
        return True
    return all(w[0].isupper() or w in _CONNECTORS for w in words)


def label_line_value(line: str) -> bool:
    """Whether "X: value" reads as a header label line rather than a "Topic: clause" headline.

    A label line's value is a date, one word, or a list of names; a headline's
    value is a clause ("Storm Hilde: two dead and 12,000 claims").
    """
    match = _LABEL_RE.match(line)
    if not match or len(match["label"].split()) > 3:
        return False
    value = match["value"].strip()
    if len(value.split()) == 1 or _list_of_names(value):
        return True
    return any(ch.isdigit() for ch in value) and parse_dated(value) is not None


def is_lead(line: str) -> bool:
    """The first paragraph of the body: a long line, or a sentence of several words."""
    if len(line) > MAX_HEADLINE_LEN:
        return True
    return ends_sentence(line) and len(line.split()) >= _MIN_LEAD_WORDS


def near_equal(a: str, b: str) -> bool:
    """The same headline printed twice (case, accents, spacing or a cut end aside)."""
    fa, fb = (" ".join(fold(x).rstrip(" .…").split()) for x in (a, b))  # "…" of a cut title
    if not fa or not fb:
        return False
    if fa == fb or (min(len(fa), len(fb)) >= 20 and (fa.startswith(fb) or fb.startswith(fa))):
        return True
    return SequenceMatcher(None, fa, fb, autojunk=False).ratio() >= 0.9

"""The compact look-ups of bundled data answer as the plain data would.

Place names are looked up by bisecting the sorted text of tui/data/place_names.txt.zst
(and of subdivision_names.txt.zst, the regions) instead of a table built of all 140,000
names; simplemma's lemmas come from its stream backend (an index of restart points)
instead of a dictionary decoded whole per language.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import simplemma
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis import lemmas, place_names

EVAL = Path(__file__).resolve().parents[1] / "eval"
FUZZ = settings.get_profile("parallax-short")


def _rows(fname: str = "place_names.txt.zst") -> list[tuple[str, tuple[int, ...]]]:
    raw = resources.files("tui.data").joinpath(fname).read_bytes()
    text = zstandard.ZstdDecompressor().decompress(raw).decode("utf-8")
    out = []
    for line in text.splitlines():
        name, places = line.split("\t")
        out.append((name, tuple(int(p) for p in places.split())))
    return out


def test_every_place_name_is_found_with_its_places_by_bisection() -> None:
    found: dict[str, tuple[int, ...]] = {}
    for fname in place_names._FILES:  # towns, then regions: a name's places from both
        rows = _rows(fname)
        names = [name for name, _ in rows]
        assert names == sorted(set(names))  # the bisection needs each file sorted
        for name, places in rows:
            found[name] = found.get(name, ()) + places
    assert all(place_names._places(name) == places for name, places in found.items())
    names = [name for name, _ in _rows()]
    for missing in ("", "a", "zzzzzzzz", "\uffff", names[0][:-1], names[-1] + "a"):
        assert place_names._places(missing) == ()


def test_names_by_prefix_are_those_a_scan_of_every_name_finds() -> None:
    names = [name for name, _ in _rows()]
    regions = [name for name, _ in _rows("subdivision_names.txt.zst")]
    heads = {name[:k] for name in names[::2500] + regions[::500] for k in (1, 3, 5)}
    for head in sorted(heads):
        assert [n for n, _ in place_names._lines(head)] == \
            [n for n in names + regions if n.startswith(head)], head


@FUZZ
@given(st.lists(st.text("abz \t", min_size=0, max_size=5), max_size=12),
       st.text("abz \t", max_size=5))
def test_first_line_property(lines: list[str], target: str) -> None:
    ordered = sorted(set(lines))
    text = "\n" + "".join(f"{line}\n" for line in ordered)
    expected = 1 + sum(len(line) + 1 for line in ordered if line < target)
    assert place_names._first_line(text, target) == expected


def _words(language: str) -> list[str]:
    out: list[str] = []
    for gold in sorted(EVAL.glob("*/*/gold.json")):
        meta = json.loads(gold.read_text("utf-8"))
        for side in ("a", "b"):
            path = gold.parent / f"{side}.txt"
            if meta.get(side, {}).get("language") == language and path.exists():
                out.extend(w.strip(".,;:!?()«»\"'") for w in path.read_text("utf-8").split())
    return list(dict.fromkeys(w for w in out if w))


def test_stream_lemmas_are_simplemmas_own() -> None:
    for language in ("en", "lv"):
        words = _words(language)
        assert words
        assert [lemmas.lemma(w, language) for w in words] == \
            [simplemma.lemmatize(w, lang=language) for w in words]

"""The cleaning fast paths (skip a regex pass when a cheap check shows nothing to do)
give exactly what the plain regex passes give, on any text (short deterministic
Hypothesis profile by default, `PARALLAX_FUZZ=long` for many more examples)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.ingest import clean
from tui.ingest.clean import clean_body, clean_inline, strip_controls, valid_unicode
from tui.store.archive import valid_text

# Characters every pass of the cleaner acts on, and plain text around them.
SPECIAL = [
    "\r", "\r\n", "\n", "\n\n\n", "\t", " ", "  ", " \n", "\u00a0", "\u00a0\n", "\u2009",
    "\u3000", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x00", "\x07", "\x7f", "\x9f",
    "\x1b", "\x1b[31m", "\x1b]0;t\x07", "\x9b1m", "\x90q\x9c", "\u202e", "\u2066", "\ufeff",
    "\u200b", "\ud800", "\udc00", "é", "ж", "中", "🇵🇹", "word", "Word.",
]  # fmt: skip
texts = st.lists(
    st.one_of(st.sampled_from(SPECIAL), st.text(max_size=8)), max_size=30
).map("".join)


def _old_strip_controls(text: str) -> str:
    if not text:
        return text
    text = clean._NEWLINES_RE.sub("\n", text)
    if clean._ESCAPE_START_RE.search(text):
        text = clean._ESCAPES_RE.sub("", text)
    return clean._CONTROLS_RE.sub("", text)


def _old_clean_inline(text: str | None) -> str:
    if not text:
        return ""
    return clean._INLINE_SPACE_RE.sub(" ", _old_strip_controls(text).replace("\n", " ")).strip()


def _old_clean_body(text: str) -> str:
    text = _old_strip_controls(text).replace("\t", "    ")
    text = clean._TRAILING_SPACE_RE.sub("", text)
    return clean._BLANK_LINES_RE.sub("\n\n", text).strip("\n").strip()


def _old_valid_text(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return value


def _old_valid_unicode(text: str) -> str:
    if not clean._SURROGATE_RE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


@given(texts)
def test_fast_paths_change_no_output(text: str) -> None:
    assert strip_controls(text) == _old_strip_controls(text)
    assert clean_inline(text) == _old_clean_inline(text)
    assert clean_body(text) == _old_clean_body(text)
    assert valid_unicode(text) == _old_valid_unicode(text)
    assert valid_text(text) == _old_valid_text(text)


@given(st.text(max_size=200))
def test_fast_paths_on_any_unicode(text: str) -> None:
    assert strip_controls(text) == _old_strip_controls(text)
    assert clean_inline(text) == _old_clean_inline(text)
    assert clean_body(text) == _old_clean_body(text)


def test_a_control_in_plain_text_is_still_removed() -> None:
    assert clean_body("Rain\x07 in Lisbon. \n\n\n\nMore\x1b[2J rain.  ") == (
        "Rain in Lisbon.\n\nMore rain."
    )
    assert clean_inline("  Big\tnews \u202e today ") == "Big news today"

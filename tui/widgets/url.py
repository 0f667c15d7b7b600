"""A URL on one line: shortened to the space there is, cut only between words.

`https://www.example.org/news/world/2026/02/09/quake-off-crete-kills-five?utm=x`
at 40 cells becomes `example.org/…/quake-off-crete-kills-five`, and narrower
`example.org/…/quake-off-crete-kills…`: path segments are dropped from the middle first,
then the last one loses whole words from its end. Widths are terminal cells.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.widgets import Static

from tui.widgets.safe import safe_inline

ELLIPSIS = "…"
_WORD_BREAK = re.compile(r"(?<=[-_.+~,;])|(?=[-_.+~,;])")


def _cut_words(text: str, width: int) -> str:
    """The longest run of whole words of `text` (split at - _ . etc.) within `width`, + "…"."""
    out = ""
    for piece in _WORD_BREAK.split(text):
        if cell_len(out + piece) + 1 > width:
            break
        out += piece
    out = out.rstrip("-_.+~,;")
    return out + ELLIPSIS if out else ""


def shorten_url(url: str, width: int) -> str:
    """`url` without scheme, `www.`, query or fragment when it does not fit in `width`."""
    url = safe_inline(url)
    if cell_len(url) <= width:
        return url
    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.") or parts.path.split("/")[0]
    segments = [s for s in (parts.path if parts.netloc else "").split("/") if s]
    short = host + ("/" + "/".join(segments) if segments else "")
    if cell_len(short) <= width:
        return short
    if cell_len(host) + 2 > width:  # not even the host: its last labels
        return _cut_words(host, width) or set_cell_size(host, max(0, width - 1)) + ELLIPSIS
    last = segments[-1] if segments else ""
    head = segments[:-1]
    while head:  # drop middle segments, keeping the first ones as long as they fit
        candidate = "/".join([host, *head, ELLIPSIS, last])
        if cell_len(candidate) <= width:
            return candidate
        head.pop()
    prefix = f"{host}/{ELLIPSIS}/" if len(segments) > 1 else f"{host}/"
    if cell_len(prefix + last) <= width:
        return prefix + last
    tail = _cut_words(last, width - cell_len(prefix))
    return prefix + tail if tail else host + "/" + ELLIPSIS


class ShortUrl(Static):
    """The article's link, shortened to the pane's width on every resize."""

    DEFAULT_CSS = """
    ShortUrl { height: 1; color: $text-muted; text-style: underline; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.url = ""

    def show(self, url: str | None) -> None:
        self.url = safe_inline(url)
        self.display = bool(self.url)
        self.refresh(layout=True)

    def render(self) -> Text:
        width = self.content_region.width or 80
        return Text(shorten_url(self.url, width), no_wrap=True, overflow="ellipsis")

"""The cursor keys every paged list shares (feed, events): one row down or up, first, last.
Paging stays each list's own (rows of different heights)."""

from __future__ import annotations


class CursorKeys:
    """Needs the list's `cursor`, `_count` and `select_index` (which clamps)."""

    cursor: int
    _count: int

    def select_index(self, index: int) -> None:
        raise NotImplementedError

    def action_cursor_down(self) -> None:
        self.select_index(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.select_index(self.cursor - 1)

    def action_first(self) -> None:
        self.select_index(0)

    def action_last(self) -> None:
        self.select_index(self._count - 1)

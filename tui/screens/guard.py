"""Store writes started by a key: a refused write (a reader role on a shared archive, a
busy or read-only file) is a one-line notification, never a crash of the reader."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from tui.models import StoreError

F = TypeVar("F", bound=Callable[..., Any])


def store_write(method: F) -> F:
    """Wrap an action or callback of a widget/screen that writes to the store."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=8, markup=False)
            return None

    return wrapper  # type: ignore[return-value]

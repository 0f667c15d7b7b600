"""Refresh intervals as people write them: `90s`, `30m`, `2h`, `1d` (a bare number is minutes)."""

from __future__ import annotations

import re

_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "": 60}
MIN_SECONDS = 60


def parse_interval(text: str) -> int:
    """Seconds; ValueError with a readable message for anything else."""
    match = _RE.match(text)
    if not match:
        raise ValueError(f"not an interval: {text!r} (use e.g. 30m, 2h, 1d)")
    seconds = int(float(match.group(1)) * _UNITS[match.group(2).lower()])
    if seconds < MIN_SECONDS:
        raise ValueError(f"interval too short: {text!r} (at least 1m)")
    return seconds


def format_interval(seconds: int | float | None) -> str:
    if not seconds:
        return ""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{int(seconds)}s"

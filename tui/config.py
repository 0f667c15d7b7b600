"""User configuration: `config.toml` in the user config dir.

A bad value never stops the app: it is reported (naming the key) and the default is used.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from tui.paths import config_dir
from tui.store.query import SORTS

DATE_STYLES = ("short", "medium", "long")


@dataclass
class Config:
    theme: str = "parallax-dark"
    locale: str | None = None  # UI locale, e.g. "pt_BR"; None: system, else "en"
    date_style: str = "medium"
    timezone: str | None = None  # IANA name; None: the system zone
    keymap: dict[str, str] = field(default_factory=dict)  # binding id -> keys
    language: str | None = None  # default filters
    unread_only: bool = False
    group_by_event: bool = False
    show_facts: bool = True
    sort: str = "date"  # feed order at start: date, outlet, language, event_size, unread
    feed_width: int | None = None  # % of the width for the feed beside an article; None: auto
    facts_width: int = 28  # columns of the facts sidebar
    max_import_mb: float = 20.0
    refresh_minutes: float = 0.0  # auto-refresh subscriptions in the reader; 0: off
    db: str | None = None  # the archive: a file path or a postgresql:// URL; None: default

    @property
    def max_import_bytes(self) -> int:
        return int(self.max_import_mb * 1024 * 1024)


def config_path() -> Path:
    return config_dir() / "config.toml"


_TYPES: dict[str, tuple[type, ...]] = {
    "theme": (str,),
    "locale": (str,),
    "date_style": (str,),
    "timezone": (str,),
    "language": (str,),
    "unread_only": (bool,),
    "group_by_event": (bool,),
    "show_facts": (bool,),
    "sort": (str,),
    "feed_width": (int,),
    "facts_width": (int,),
    "max_import_mb": (int, float),
    "refresh_minutes": (int, float),
    "db": (str,),
}

# Integer settings and their allowed range (the reader's pane sizes).
_RANGES: dict[str, tuple[int, int]] = {"feed_width": (20, 75), "facts_width": (20, 60)}


def load_config(path: Path | None = None) -> tuple[Config, list[str]]:
    """The config and a list of one-line problems found in it."""
    path = path or config_path()
    config = Config()
    problems: list[str] = []
    if not path.exists():
        return config, problems
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return config, [f"{path}: {exc}; using defaults"]
    filters = data.pop("filters", {})
    if isinstance(filters, dict):
        data.update({k: v for k, v in filters.items() if k in ("language", "unread_only")})
    keymap = data.pop("keymap", {})
    if isinstance(keymap, dict) and all(isinstance(v, str) for v in keymap.values()):
        config.keymap = dict(keymap)
    else:
        problems.append(f"{path}: keymap must be a table of id = \"keys\"; ignored")
    for key, value in data.items():
        types = _TYPES.get(key)
        if types is None:
            problems.append(f"{path}: unknown key '{key}'; ignored")
        elif not isinstance(value, types) or (bool in types) != isinstance(value, bool):
            problems.append(f"{path}: '{key}' has the wrong type; default used")
        elif key == "date_style" and value not in DATE_STYLES:
            problems.append(f"{path}: 'date_style' must be one of {', '.join(DATE_STYLES)}")
        elif key == "max_import_mb" and value <= 0:
            problems.append(f"{path}: 'max_import_mb' must be positive; default used")
        elif key == "refresh_minutes" and value < 0:
            problems.append(f"{path}: 'refresh_minutes' must not be negative; default used")
        elif key == "sort" and value not in SORTS:
            problems.append(f"{path}: 'sort' must be one of {', '.join(SORTS)}")
        elif key in _RANGES and not _RANGES[key][0] <= value <= _RANGES[key][1]:
            low, high = _RANGES[key]
            problems.append(f"{path}: '{key}' must be between {low} and {high}; default used")
        else:
            setattr(config, key, value)
    return config, problems


def save_config(config: Config, path: Path | None = None) -> None:
    """Write the config back (only values that differ from the defaults)."""
    path = path or config_path()
    default = Config()
    data: dict[str, Any] = {}
    for key in _TYPES:
        value = getattr(config, key)
        if value != getattr(default, key) and value is not None:
            data[key] = value
    if config.keymap:
        data["keymap"] = dict(config.keymap)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps(data), encoding="utf-8")

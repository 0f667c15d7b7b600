"""Themes as data: TOML files turned into `textual.theme.Theme` objects.

Bundled themes live in `themes/` (shipped in the wheel); users add their own in
`<config dir>/themes/*.toml`. A broken file is reported and skipped, never fatal.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual.color import Color, ColorParseError
from textual.theme import Theme

from tui.paths import bundled, config_dir

DEFAULT_THEME = "parallax-dark"

_COLOUR_KEYS = (
    "primary", "secondary", "warning", "error", "success", "accent",
    "foreground", "background", "surface", "panel", "boost",
)
_OTHER_KEYS = {"name": str, "dark": bool, "luminosity_spread": float, "text_alpha": float}

# Custom variables every theme has (the defaults fill in for themes that lack some,
# e.g. Textual's built-in ones). Widgets read them via `App.theme_variables`.
VARIABLE_DEFAULTS: dict[str, str] = {
    "lang-en": "#4f8fd6",
    "lang-pt": "#3fa66b",
    "lang-es": "#d08a32",
    "lang-fr": "#7a6fd6",
    "lang-de": "#b8b04a",
    "lang-it": "#3aa6a6",
    "lang-fallback": "#6b7280",
    "agree": "#4caf50",
    "conflict": "#e53935",
    "only": "#fbc02d",
    "unread": "#5fafd7",
    "star": "#fbc02d",
}


@dataclass
class ThemeSet:
    themes: list[Theme] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def theme_from_data(data: dict[str, Any], origin: str) -> Theme:
    """A Theme from a parsed TOML table; ValueError names the bad key."""
    kwargs: dict[str, Any] = {}
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{origin}: 'name' is missing")
    if not isinstance(data.get("primary"), str):
        raise ValueError(f"{origin}: 'primary' colour is missing")
    for key, value in data.items():
        if key in _COLOUR_KEYS:
            if not isinstance(value, str):
                raise ValueError(f"{origin}: '{key}' must be a colour string")
            try:
                Color.parse(value)
            except ColorParseError:
                raise ValueError(f"{origin}: '{key}' is not a colour: {value!r}") from None
            kwargs[key] = value
        elif key in _OTHER_KEYS:
            kind = _OTHER_KEYS[key]
            ok = isinstance(value, kind) or (kind is float and isinstance(value, int))
            if not ok or (kind is not bool and isinstance(value, bool)):
                raise ValueError(f"{origin}: '{key}' has the wrong type")
            kwargs[key] = float(value) if kind is float else value
        elif key == "variables":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            ):
                raise ValueError(f"{origin}: [variables] must map names to strings")
            for var, colour in value.items():
                if var in VARIABLE_DEFAULTS:
                    try:
                        Color.parse(colour)
                    except ColorParseError:
                        raise ValueError(
                            f"{origin}: variable '{var}' is not a colour: {colour!r}"
                        ) from None
            kwargs["variables"] = {**VARIABLE_DEFAULTS, **value}
        else:
            raise ValueError(f"{origin}: unknown key '{key}'")
    kwargs.setdefault("variables", dict(VARIABLE_DEFAULTS))
    return Theme(**kwargs)


def load_theme_file(path: Path) -> Theme:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path}: {exc}") from None
    return theme_from_data(data, str(path))


def theme_dirs() -> list[Path]:
    """Bundled themes first, then the user's (which may override a bundled name)."""
    return [bundled("themes"), config_dir() / "themes"]


def load_themes(dirs: list[Path] | None = None) -> ThemeSet:
    result = ThemeSet()
    for folder in dirs if dirs is not None else theme_dirs():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                result.themes.append(load_theme_file(path))
            except ValueError as exc:
                result.problems.append(f"{exc}; theme skipped")
    return result


def badge_colour(variables: dict[str, str], language: str | None) -> str:
    """The theme colour for a language badge (the fallback for unknown languages)."""
    code = (language or "").split("-")[0].split("_")[0].lower()
    return variables.get(f"lang-{code}") or variables.get("lang-fallback") or "#6b7280"

"""Where Parallax keeps things: the archive, the config, the bundled data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "parallax"


def default_db_path() -> Path:
    """`PARALLAX_DB` when set, else `archive.db` in the user data dir."""
    env = os.environ.get("PARALLAX_DB")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME)) / "archive.db"


def config_dir() -> Path:
    env = os.environ.get("PARALLAX_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME))


def bundled(name: str) -> Path:
    """A folder shipped with the package (`sample_feed` or `themes`).

    In a wheel it sits at `tui/_bundled/<name>`; in a source checkout at the repo top.
    """
    here = Path(__file__).resolve().parent
    installed = here / "_bundled" / name
    if installed.is_dir():
        return installed
    return here.parent / name

"""The wheel must carry every sub-package and the bundled data (pyproject lists them)."""

from __future__ import annotations

import tomllib

from conftest import REPO


def _config() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def test_every_subpackage_is_listed() -> None:
    listed = set(_config()["packages"])
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "tui").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_bundled_folders_map_to_the_top_level() -> None:
    mapping = _config()["package-dir"]
    assert mapping == {"tui._bundled.sample_feed": "sample_feed", "tui._bundled.themes": "themes"}
    for folder in mapping.values():
        assert any((REPO / folder).iterdir())


def test_language_files_ship_in_the_wheel() -> None:
    globs = _config()["package-data"]["tui.data"]
    data = REPO / "tui" / "data"
    files = sorted((data / "lang").glob("*.toml"))
    assert files
    for path in files:
        assert any(path.relative_to(data).match(g) for g in globs), path.name

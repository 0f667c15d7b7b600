"""Themes are data: bundled TOML files, user files, broken files reported and skipped."""

from __future__ import annotations

from pathlib import Path

from tui.paths import bundled
from tui.themes import VARIABLE_DEFAULTS, badge_colour, load_themes


def test_bundled_themes_load() -> None:
    result = load_themes([bundled("themes")])
    names = {t.name for t in result.themes}
    assert {"parallax-dark", "parallax-light", "parallax-contrast", "parallax-sepia"} <= names
    assert not result.problems
    for theme in result.themes:
        for key in ("lang-en", "lang-pt", "lang-es", "lang-fallback", "agree", "conflict", "only"):
            assert key in theme.variables, (theme.name, key)
    light = next(t for t in result.themes if t.name == "parallax-light")
    assert light.dark is False


def test_broken_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "ok.toml").write_text('name = "ok"\nprimary = "#123456"\n')
    (tmp_path / "syntax.toml").write_text("name = \n")
    (tmp_path / "colour.toml").write_text('name = "c"\nprimary = "blurple"\n')
    (tmp_path / "noname.toml").write_text('primary = "#123456"\n')
    (tmp_path / "key.toml").write_text('name = "k"\nprimary = "#123456"\nsparkle = true\n')
    (tmp_path / "var.toml").write_text(
        'name = "v"\nprimary = "#123456"\n[variables]\nlang-en = "nope"\n'
    )
    result = load_themes([tmp_path])
    assert [t.name for t in result.themes] == ["ok"]
    text = "\n".join(result.problems)
    for name, reason in (("syntax.toml", ""), ("colour.toml", "'primary'"),
                         ("noname.toml", "'name'"), ("key.toml", "'sparkle'"),
                         ("var.toml", "'lang-en'")):
        assert name in text and reason in text
    ok = result.themes[0]
    assert ok.variables == VARIABLE_DEFAULTS  # custom keys always present


def test_badge_colour_fallback() -> None:
    variables = {"lang-en": "#111111", "lang-fallback": "#222222"}
    assert badge_colour(variables, "en") == "#111111"
    assert badge_colour(variables, "en-GB") == "#111111"
    assert badge_colour(variables, "xx") == "#222222"
    assert badge_colour(variables, None) == "#222222"

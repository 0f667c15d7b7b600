"""config.toml: the README's example is valid, bad values are named, saving round-trips."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import REPO

from tui.config import Config, load_config, save_config


def test_the_readme_example_loads_without_problems(tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    example = re.search(r"```toml\n(.*?)```", readme, re.S).group(1)
    path = tmp_path / "config.toml"
    path.write_text(example, encoding="utf-8")
    config, problems = load_config(path)
    assert problems == []
    assert (config.theme, config.locale, config.group_by_event) == ("parallax-light", "pt_BR", True)
    assert config.keymap["compare"] == "C"


def test_bad_values_are_named_and_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        'theme = 3\ndate_style = "huge"\nmax_import_mb = -1\ncolour = "red"\nunread_only = "yes"\n',
        encoding="utf-8",
    )
    config, problems = load_config(path)
    assert config == Config()
    joined = "\n".join(problems)
    for key in ("theme", "date_style", "max_import_mb", "colour", "unread_only"):
        assert f"'{key}'" in joined, key
    assert len(problems) == 5


def test_broken_toml_gives_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("theme = \n", encoding="utf-8")
    config, problems = load_config(path)
    assert config == Config() and len(problems) == 1 and str(path) in problems[0]


def test_save_round_trips_only_what_differs(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.toml"
    save_config(Config(theme="parallax-sepia", keymap={"quit": "ctrl+q"}), path)
    text = path.read_text("utf-8")
    assert "unread_only" not in text  # defaults are not written
    config, problems = load_config(path)
    assert problems == [] and config.theme == "parallax-sepia"
    assert config.keymap == {"quit": "ctrl+q"}

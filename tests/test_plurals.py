"""Counts use CLDR plural rules (babel): never "1 outlets" or "1 paragraphs"."""

from __future__ import annotations

from pathlib import Path

from babel import Locale

from tui.cli import main
from tui.formatting import counted


def test_counted_follows_plural_rules_and_the_ui_locale_for_digits() -> None:
    assert counted(1, "outlet", "outlets") == "1 outlet"
    assert counted(0, "outlet", "outlets") == "0 outlets"
    assert counted(2, "outlet", "outlets") == "2 outlets"
    assert counted(1200, "article", "articles", Locale.parse("de")) == "1.200 articles"
    # The words are English: French "0 article" (singular) would be wrong English.
    assert counted(0, "article", "articles", Locale.parse("fr")) == "0 articles"


def test_cli_inspect_counts_in_the_singular(capsys, tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("Short note\n\nWord.\n")
    assert main(["inspect", str(one)]) == 0
    out = capsys.readouterr().out
    assert "1 word, 1 paragraph" in out and "1 paragraphs" not in out


def test_no_count_is_glued_to_a_fixed_plural_in_the_ui_and_cli() -> None:
    """Every `{n} words`-style string goes through counted() (a source check)."""
    import re

    root = Path(__file__).resolve().parents[1] / "tui"
    glued = re.compile(r"\{[^{}]*\}\s(?:articles|outlets|words|reports|languages|paragraphs)\b")
    offenders = [
        f"{path.relative_to(root)}: {line.strip()}"
        for path in root.rglob("*.py")
        if "analysis" not in path.parts
        for line in path.read_text("utf-8").splitlines()
        if glued.search(line) and "SELECT" not in line
    ]
    assert offenders == []

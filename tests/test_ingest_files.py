"""Expanding the paths given on the command line into files, in a stable order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.ingest import iter_input_files, load_file
from tui.models import IngestError


def touch(path: Path, text: str = "Title\n\nBody.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_directories_expand_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    for rel in ("b.txt", "a/z.md", "a/b/c.xml", "A.html", "c.unknown", "a/y.jsonl"):
        touch(root / rel)
    touch(root / ".hidden.md")
    touch(root / ".git" / "config.md")
    touch(root / "a" / ".cache" / "x.txt")
    got = list(iter_input_files([root]))
    assert got == [
        root / "A.html",
        root / "a" / "b" / "c.xml",
        root / "a" / "y.jsonl",
        root / "a" / "z.md",
        root / "b.txt",
        root / "c.unknown",
    ]
    assert got == list(iter_input_files([str(root)]))  # stable, str or Path


def test_paths_keep_the_order_given(tmp_path: Path) -> None:
    second = touch(tmp_path / "2.md")
    first = touch(tmp_path / "1.md")
    folder = tmp_path / "dir"
    inner = touch(folder / "x.txt")
    assert list(iter_input_files([second, folder, first])) == [second, inner, first]


def test_missing_path_and_empty_directory_are_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    touch(empty / ".only-hidden.md")
    good = touch(tmp_path / "good.md")
    items = list(iter_input_files([empty, tmp_path / "missing.md", good]))
    assert len(items) == 3
    first, second, third = items
    assert isinstance(first, IngestError) and first.path == str(empty)
    assert first.reason == "no articles found"
    assert isinstance(second, IngestError) and second.path == str(tmp_path / "missing.md")
    assert third == good


def test_explicit_hidden_file_is_kept(tmp_path: Path) -> None:
    hidden = touch(tmp_path / ".notes.md")
    assert list(iter_input_files([hidden])) == [hidden]


def test_symlink_loop_is_not_followed_forever(tmp_path: Path) -> None:
    root = tmp_path / "root"
    good = touch(root / "a.md")
    (root / "loop").symlink_to(root, target_is_directory=True)
    assert list(iter_input_files([root])) == [good]


def test_fifo_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(IngestError) as exc:
        load_file(fifo)
    assert exc.value.reason == "not a regular file"

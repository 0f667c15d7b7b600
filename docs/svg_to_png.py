"""Render a snapshot or screenshot SVG to PNG with rsvg-convert, columns intact.

    python docs/svg_to_png.py FILE.svg [OUT.png]

Rich writes each run of same-styled cells as one <text> with spaces as U+00A0. librsvg
(rsvg-convert 2.54) collapses runs of U+00A0 and drops leading ones unless the document
says xml:space="preserve", so a cursor row (one style from end to end) showed its later
columns shifted left although the terminal, and browsers, draw them aligned. This adds
the attribute to a copy and converts that.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def preserve_spaces(svg: str) -> str:
    """The SVG with xml:space="preserve" on its root element."""
    if 'xml:space="preserve"' in svg:
        return svg
    return svg.replace("<svg ", '<svg xml:space="preserve" ', 1)


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    source = Path(argv[0])
    target = Path(argv[1]) if len(argv) > 1 else source.with_suffix(".png")
    try:
        svg = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{source}: cannot read: {exc}", file=sys.stderr)
        return 1
    done = subprocess.run(["rsvg-convert", "-o", str(target)], input=preserve_spaces(svg),
                          text=True, check=False)
    return 0 if done.returncode == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

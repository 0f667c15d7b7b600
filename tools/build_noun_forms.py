"""Build the counted-noun ending rules (tui/data/noun_forms/) from simplemma's dictionaries.

    python tools/build_noun_forms.py [LANG …]   (default: every language with a glossary)

A counted noun is written inflected ("kliendi", "palvelimeen", "resenärer"), the glossary
(tui/data/glossary/) lists lemmas. simplemma knows the inflections, but loading its
dictionary costs seconds per language at run time. This tool reads the installed
simplemma's dictionary once, keeps the pairs (form, lemma) whose lemma is a glossary noun,
and writes how their endings change: `<la>.tsv`, one `form_ending<TAB>lemma_ending<TAB>count`
a line (e.g. `di<TAB>t<TAB>61`: "kliendi" -> "klient"), most frequent first. A rule seen
fewer than MIN_COUNT times is dropped, so the files stay a few thousand lines.
tui/analysis/noun_forms.py applies them, checking every candidate lemma in the glossary.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tui.analysis import langdata  # noqa: E402
from tui.analysis.text import fold  # noqa: E402

OUT = REPO / "tui" / "data" / "noun_forms"
GLOSSARY = REPO / "tui" / "data" / "glossary"
MAX_ENDING = 7  # letters an ending rule may change (tui/analysis/noun_forms.py reads it)
MIN_STEM = 3
MIN_COUNT = 2


def glossary_keys(language: str) -> set[str]:
    path = GLOSSARY / f"{language}.tsv"
    return {row.split("\t", 1)[0] for row in path.read_text(encoding="utf-8").splitlines()}


def rules(language: str) -> Counter[tuple[str, str]]:
    from simplemma.strategies.dictionaries.dictionary_factory import (
        _load_dictionary_from_disk,
    )

    code = langdata.meta(language, "lemma_code", language)
    keys = glossary_keys(language)
    folded: dict[bytes, str] = {}
    found: Counter[tuple[str, str]] = Counter()
    for form_b, lemma_b in _load_dictionary_from_disk(code).items():
        lemma = folded.get(lemma_b)
        if lemma is None:
            lemma = folded[lemma_b] = fold(lemma_b.decode("utf-8"))
        if lemma not in keys:
            continue
        form = fold(form_b.decode("utf-8"))
        if form == lemma or form in keys:
            continue
        p = 0
        while p < min(len(form), len(lemma)) and form[p] == lemma[p]:
            p += 1
        if p < MIN_STEM or len(form) - p > MAX_ENDING or len(lemma) - p > MAX_ENDING:
            continue
        found[(form[p:], lemma[p:])] += 1
    return found


def write(language: str) -> int:
    found = [(a, b, n) for (a, b), n in rules(language).items() if n >= MIN_COUNT]
    found.sort(key=lambda r: (-r[2], r[0], r[1]))
    OUT.mkdir(parents=True, exist_ok=True)
    text = "".join(f"{a}\t{b}\t{n}\n" for a, b, n in found)
    (OUT / f"{language}.tsv").write_text(text, encoding="utf-8")
    return len(found)


def main(argv: list[str] | None = None) -> int:
    import simplemma

    supported = {p.stem for p in (Path(simplemma.__file__).parent / "strategies" /
                                  "dictionaries" / "data").glob("*.plzma")}
    languages = (argv if argv else sys.argv[1:]) or sorted(
        p.stem for p in GLOSSARY.glob("*.tsv") if p.stem != "names")
    for language in languages:
        if langdata.meta(language, "lemma_code", language) not in supported:
            print(f"{language}: simplemma has no dictionary; skipped")
            continue
        print(f"{language}: {write(language)} rules")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Re-plural the English names of tui/data/glossary/names.tsv without a full rebuild.

    python tools/repair_plurals.py [--wordnet DIR] [--names FILE]

The shipped names.tsv was built by an older `Princeton.plural` that skipped WordNet's
irregular plurals spelt like their singular's start ("childs", "sheeps", "deers") and
pluralised every participle ("accuseds"). Rebuilding needs the OMW data; this step only
needs Princeton WordNet 3.0 (Debian's `wordnet-base`) and the `glossary-build` extra
(wordfreq, inflect): for each row it finds the WordNet lemma of the synset whose old
plural is the row's name and writes that lemma's plural by today's `plural` instead.
Weights, hypernyms and rows whose lemma it cannot find are left as they are, so running it
twice changes nothing more.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tools.build_glossary import MASS_LEXFILES, Princeton, _word_frequency, regular_plural  # noqa: E402
from tools.names_tsv import parse_args, rewrite  # noqa: E402


def old_plural(pwn: Princeton, word: str, frequency: Callable[[str], float]) -> str:
    """The plural the shipped names were built with (the rule this step replaces)."""
    forms = [f for f in pwn.irregular.get(word, ()) if not f.startswith(word)]
    if forms:
        return forms[0]
    if word.endswith("man") and frequency(word[:-3] + "men") > frequency(word + "s"):
        return word[:-3] + "men"
    return regular_plural(word)


def repaired(pwn: Princeton, row: str, frequency: Callable[[str], float]) -> str:
    """One names.tsv row with its name re-plurallised (as it was when no lemma fits)."""
    synset, name, rest = row.split("\t", 2)
    s = int(synset)
    for written in pwn.words.get(s, ()):
        lemma = written.lower()
        head, _, last = lemma.rpartition(" ")
        old = old_plural(pwn, last, frequency)
        if name == (f"{head} {old}" if head else old):
            new = pwn.plural(lemma, frequency, person=pwn.lexfile[s] == "18",
                             proper=written[:1].isupper(),
                             mass=pwn.lexfile[s] in MASS_LEXFILES)
            return f"{synset}\t{new}\t{rest}"
    return row


def main(argv: list[str] | None = None) -> int:
    args = parse_args(__doc__, argv)
    pwn, frequency = Princeton(args.wordnet), _word_frequency()
    return rewrite(args.names, lambda rows: [repaired(pwn, row, frequency) for row in rows],
                   "names re-plurallised")


if __name__ == "__main__":
    raise SystemExit(main())

"""Name the taxa of tui/data/glossary/names.tsv by what they group, without a full rebuild.

    python tools/repair_taxa.py [--wordnet DIR] [--names FILE]

Wiktionary often files a language's common word for an animal or plant ("ducks",
"parrots", "crustaceans") under WordNet's taxon (family Anatidae, Psittacidae,
Crustacea), whose lemmas are Latin names: the count was shown as "anatidaes". A taxon is a
synset all of whose lemmas are capitalised and that is a kind of "taxonomic group"
(within MAX_DEPTH hypernym steps); this step names it by its most common member
(WordNet's member meronyms, `%m`) that is no taxon itself and that the glossary keeps
(family Anatidae -> "ducks", Aves -> "birds"). Synsets, weights and hypernyms stay as they
are, and a taxon with no such member keeps its name, so running it twice changes nothing
more. Input: Princeton WordNet 3.0 (Debian's `wordnet-base`).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tools.build_kinds import read_wordnet  # noqa: E402
from tools.names_tsv import parse_args, rewrite  # noqa: E402

TAXONOMIC_GROUP = 7992450  # WordNet 3.0: "taxonomic group, taxonomic category, taxon"
MAX_DEPTH = 12  # hypernym steps from a taxon up to TAXONOMIC_GROUP, at most


def under(s: int, top: int, up: dict[int, list[int]]) -> bool:
    """Is `top` among the hypernyms of s within MAX_DEPTH steps?"""
    frontier = [s]
    for _ in range(MAX_DEPTH):
        frontier = [h for x in frontier for h in up.get(x, ())]
        if top in frontier:
            return True
    return False


def capitalised(wordnet: Path) -> set[int]:
    """Noun synsets whose every lemma has a word with a capital ("Anatidae", "family
    Anatidae": names, taxa)."""
    out = set()
    for line in (wordnet / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" ")
        words = [f[4 + 2 * k] for k in range(int(f[3], 16))]
        if all(any(p[:1].isupper() for p in w.split("_")) for w in words):
            out.add(int(f[0]))
    return out


def repaired(rows: list[str], wordnet: Path) -> list[str]:
    """names.tsv's rows with every taxon named by its commonest kept member that is no
    taxon."""
    table = {int(r.split("\t", 1)[0]): r.split("\t") for r in rows}
    up, members, _ = read_wordnet(wordnet)
    caps = capitalised(wordnet)

    def taxon(s: int) -> bool:
        return s in caps and under(s, TAXONOMIC_GROUP, up)

    out = []
    for row in rows:
        synset, name, weight, broader = row.split("\t")
        found = [table[m] for m in members.get(int(synset), ())
                 if m in table and not taxon(m)]
        if taxon(int(synset)) and found:
            name = max(found, key=lambda r: int(r[2]))[1]
        out.append("\t".join((synset, name, weight, broader)))
    return out


def main(argv: list[str] | None = None) -> int:
    args = parse_args(__doc__, argv)
    return rewrite(args.names, lambda rows: repaired(rows, args.wordnet),
                   "taxa named by a member")


if __name__ == "__main__":
    raise SystemExit(main())

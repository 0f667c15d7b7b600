"""Build tui/data/glossary/kinds.tsv: what each glossary sense is a kind of.

    python tools/build_kinds.py [--wordnet DIR] [--glossary DIR]

Input (read only at build time): Princeton WordNet 3.0 (Debian's `wordnet-base`,
/usr/share/wordnet) and the glossary's names.tsv (the senses kept, tools/build_glossary.py).

Output: kinds.tsv, `synset<TAB>kind kind …` for every kept sense: the kept senses it is a kind of
(hypernyms, also through senses the glossary does not keep, at most MAX_DEPTH steps up:
lorries -> trucks -> motor vehicles), and for a group, what its members are and their
kinds (staff -> staffers -> employees -> workers). Kinds too general to tell two reports'
groups apart (persons, organisms, artifacts: more than MAX_SPAN kept senses below them)
are left out, so "workers" may meet "cleaners", never "people" meet "firefighters".
And games.tsv, one synset a line: the senses of board and card games (GAMES), which a
report's noun means last ("Läufer": runners before chess bishops).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MAX_DEPTH = 4  # hypernym steps from a sense to a kind of it
MAX_SPAN = 300  # kept senses below a kind, at most (more: a kind too general to pair by)
MEMBER = "%m"  # WordNet's member meronym: a group's members ("staff": staffers)
TOPIC = ";c"  # WordNet's domain of a synset's topic ("bishop" in chess)
# Games whose terms a news report hardly counts ("Läufer": runners, not chess bishops):
# board games and card games (WordNet 3.0 offsets), and every game of theirs.
GAMES = {502415: "board game", 488225: "card game"}


Pointers = dict[int, list[int]]


def read_wordnet(wordnet: Path) -> tuple[Pointers, Pointers, Pointers]:
    """Per noun synset: its hypernyms (classes and instances), members and topics."""
    up: Pointers = defaultdict(list)
    members: Pointers = defaultdict(list)
    topics: Pointers = defaultdict(list)
    for line in (wordnet / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" ")
        offset, count = int(f[0]), int(f[3], 16)
        at = 4 + 2 * count
        for p in range(int(f[at])):
            symbol, target, pos = f[at + 1 + 4 * p], int(f[at + 2 + 4 * p]), f[at + 3 + 4 * p]
            if pos != "n":
                continue
            if symbol in ("@", "@i"):
                up[offset].append(target)
            elif symbol == MEMBER:
                members[offset].append(target)
            elif symbol == TOPIC:
                topics[offset].append(target)
    return up, members, topics


def of_games(kept: set[int], up: Pointers, topics: Pointers) -> list[int]:
    """Kept senses whose topic is one of GAMES or a game of theirs (chess, bridge)."""
    def a_game(topic: int) -> bool:
        return topic in GAMES or bool(GAMES.keys() & ancestors(topic, up).keys())
    return sorted(s for s in kept if any(a_game(t) for t in topics.get(s, ())))


def ancestors(s: int, up: dict[int, list[int]]) -> dict[int, int]:
    """Every hypernym of s within MAX_DEPTH steps, with its distance."""
    found: dict[int, int] = {}
    frontier = [s]
    for depth in range(1, MAX_DEPTH + 1):
        frontier = [h for x in frontier for h in up.get(x, ()) if h not in found]
        for h in frontier:
            found.setdefault(h, depth)
    return found


def spans(kept: set[int], up: dict[int, list[int]]) -> dict[int, int]:
    """How many kept senses have each synset among their ancestors."""
    out: dict[int, int] = defaultdict(int)
    for s in kept:
        for h in ancestors(s, up):
            out[h] += 1
    return out


def kinds(s: int, kept: set[int], up: dict[int, list[int]], members: dict[int, list[int]],
          span: dict[int, int]) -> list[int]:
    """The kept kinds of s (nearest first), then its members' and theirs."""
    out: dict[int, int] = {}
    for h, depth in ancestors(s, up).items():
        out.setdefault(h, depth)
    for m in members.get(s, ()):
        out.setdefault(m, 1)
        for h, depth in ancestors(m, up).items():
            out.setdefault(h, depth + 1)
    return [h for h, _ in sorted(out.items(), key=lambda kv: (kv[1], kv[0]))
            if h in kept and h != s and span.get(h, 0) <= MAX_SPAN]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--glossary", type=Path, default=REPO / "tui" / "data" / "glossary")
    args = parser.parse_args(argv)
    names = (args.glossary / "names.tsv").read_text(encoding="utf-8").splitlines()
    kept = {int(row.split("\t", 1)[0]) for row in names if row}
    up, members, topics = read_wordnet(args.wordnet)
    span = spans(kept, up)
    rows = []
    for s in sorted(kept):
        found = kinds(s, kept, up, members, span)
        if found:
            rows.append(f"{s}\t{' '.join(map(str, found))}")
    (args.glossary / "kinds.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"kinds.tsv: {len(rows)} senses", file=sys.stderr)
    games = of_games(kept, up, topics)
    (args.glossary / "games.tsv").write_text("".join(f"{s}\n" for s in games), "utf-8")
    print(f"games.tsv: {len(games)} senses", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build the counted-noun glossary (tui/data/glossary/) from open wordnet data.

    python tools/build_glossary.py [--omw GITDIR] [--wordnet DIR] [--out DIR]

Inputs (read only at build time; nothing is downloaded when Parallax runs):
  --omw      a clone of the Open Multilingual Wordnet data (github omwn/omw-data; a bare git
             directory is read with `git show HEAD:<path>`): lemmas of 27 languages keyed by
             Princeton WordNet 3.0 synsets, from Wiktionary (wns/wikt) and from wordnets.
  --wordnet  Princeton WordNet 3.0 (Debian's `wordnet-base`: /usr/share/wordnet): the English
             lemmas, lexicographer files (what kind of thing a synset is), sense frequencies.

Output: one `<la>.tsv` per language (`lemma<TAB>synset synset …`, folded lemma, synsets
most frequent first), `names.tsv` (`synset<TAB>English name<TAB>weight<TAB>hypernyms`)
and NOTICE. Only
nouns of things one counts (artifacts, people, animals, plants, food, groups, places, acts,
events, communication, possessions, body parts, quantities) are kept, and only synsets
named in at least `--min-languages` of the languages, so the data stays small.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tui.analysis.text import fold  # noqa: E402  (keys are folded as tokens are)

# Our language code -> (OMW files). hbs is Serbo-Croatian (Wiktionary, both scripts).
SOURCES: dict[str, tuple[str, ...]] = {
    "bg": ("wns/wikt/wn-wikt-bul.tab", "wns/bul/wn-data-bul.tab"),
    "cs": ("wns/wikt/wn-wikt-ces.tab",),
    "da": ("wns/wikt/wn-wikt-dan.tab", "wns/dan/wn-data-dan.tab"),
    "de": ("wns/wikt/wn-wikt-deu.tab",),
    "el": ("wns/wikt/wn-wikt-ell.tab", "wns/ell/wn-data-ell.tab"),
    "es": ("wns/wikt/wn-wikt-spa.tab",),
    "et": ("wns/wikt/wn-wikt-est.tab",),
    "fi": ("wns/wikt/wn-wikt-fin.tab",),
    "fr": ("wns/wikt/wn-wikt-fra.tab",),  # WOLF (CeCILL-C) left out
    "ga": ("wns/wikt/wn-wikt-gle.tab",),
    "hr": ("wns/wikt/wn-wikt-hbs.tab", "wns/hrv/wn-data-hrv.tab"),
    "hu": ("wns/wikt/wn-wikt-hun.tab",),
    "it": ("wns/wikt/wn-wikt-ita.tab", "wns/ita/wn-data-ita.tab", "wns/iwn/wn-data-ita.tab"),
    "lt": ("wns/wikt/wn-wikt-lit.tab", "wns/slk/wn-data-lit.tab"),
    "lv": ("wns/wikt/wn-wikt-lav.tab",),
    "mt": ("wns/wikt/wn-wikt-mlt.tab",),
    "nl": ("wns/wikt/wn-wikt-nld.tab", "wns/nld/wn-data-nld.tab"),
    "pl": ("wns/wikt/wn-wikt-pol.tab", "wns/pol/wn-data-pol.tab"),
    "pt": ("wns/wikt/wn-wikt-por.tab", "wns/por/wn-data-por.tab"),
    "ro": ("wns/wikt/wn-wikt-ron.tab",),
    "ru": ("wns/wikt/wn-wikt-rus.tab",),
    "sk": ("wns/wikt/wn-wikt-slk.tab", "wns/slk/wn-data-slk.tab"),
    "sl": ("wns/wikt/wn-wikt-slv.tab", "wns/slv/wn-data-slv.tab"),
    "sr": ("wns/wikt/wn-wikt-hbs.tab", "wns/hrv/wn-data-hrv.tab"),  # + Cyrillic spellings
    "sv": ("wns/wikt/wn-wikt-swe.tab", "wns/swe/wn-data-swe.tab"),
    "tr": ("wns/wikt/wn-wikt-tur.tab",),
    "uk": ("wns/wikt/wn-wikt-ukr.tab",),
}

# Lexicographer files of things a report counts (WordNet's lexnames); left out: Tops,
# attribute, cognition, feeling, motive, phenomenon, process, relation, shape, state,
# substance and time (durations are units).
COUNTABLE = {"04": "act", "05": "animal", "06": "artifact", "08": "body",
             "10": "communication", "11": "event", "13": "food", "14": "group",
             "15": "location", "17": "object", "18": "person", "20": "plant",
             "21": "possession", "23": "quantity"}
MAX_SENSES = 6  # senses kept per lemma (the most frequent)

# Serbian Cyrillic is Serbian Latin letter for letter (Vuk's alphabet): Croatian lemmas
# give the Cyrillic spellings.
_SR_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_SR_LETTERS = dict(zip("abvgdđežzijklmnoprstćufhcčš",
                       "абвгдђежзијклмнопрстћуфхцчш", strict=True))


def sr_cyrillic(word: str) -> str | None:
    out, i, low = [], 0, word.lower()
    while i < len(low):
        pair = _SR_DIGRAPHS.get(low[i:i + 2])
        if pair:
            out.append(pair)
            i += 2
            continue
        ch = _SR_LETTERS.get(low[i])
        if ch is None:
            return None
        out.append(ch)
        i += 1
    return "".join(out)


def omw_file(omw: Path, path: str) -> list[str]:
    """The lines of one OMW file (a bare git dir, a work tree, or missing)."""
    if (omw / path).is_file():
        return (omw / path).read_text(encoding="utf-8").splitlines()
    done = subprocess.run(["git", "-C", str(omw), "show", f"HEAD:{path}"],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"skipped {path}: {done.stderr.strip()[:80]}", file=sys.stderr)
        return []
    return done.stdout.splitlines()


class Princeton:
    """Per noun synset: lexicographer file, English words, direct hypernyms (`@`), and the
    tag count of its senses (cntlist.rev: how often annotators met it)."""

    def __init__(self, wordnet: Path) -> None:
        self.lexfile: dict[int, str] = {}
        self.words: dict[int, list[str]] = {}
        self.hypernyms: dict[int, list[int]] = {}
        keys: dict[str, int] = {}
        for line in (wordnet / "data.noun").read_text(encoding="utf-8").splitlines():
            if not line.startswith(" "):
                self._synset(line.split(" "), keys)
        self.freq: dict[int, int] = defaultdict(int)
        for line in (wordnet / "cntlist.rev").read_text(encoding="utf-8").splitlines():
            key, _, count = line.split(" ")
            if key in keys:
                self.freq[keys[key]] += int(count)
        self.irregular: dict[str, str] = {}
        for line in (wordnet / "noun.exc").read_text(encoding="utf-8").splitlines():
            form, base = line.split()[:2]
            if not form.startswith(base):  # calves, children, men (not busses)
                self.irregular.setdefault(base, form)

    def _synset(self, f: list[str], keys: dict[str, int]) -> None:
        offset, lex, count = int(f[0]), f[1], int(f[3], 16)
        self.lexfile[offset] = lex
        ws = [f[4 + 2 * k] for k in range(count)]
        self.words[offset] = [w.replace("_", " ") for w in ws]
        for k, w in enumerate(ws):
            keys[f"{w.lower()}%1:{lex}:{int(f[5 + 2 * k], 16):02d}::"] = offset
        at = 4 + 2 * count
        pointers = int(f[at])
        self.hypernyms[offset] = [int(f[at + 2 + 4 * p]) for p in range(pointers)
                                  if f[at + 1 + 4 * p] == "@" and f[at + 3 + 4 * p] == "n"]

    def plural(self, name: str) -> str:
        """ "boat" -> "boats", "calf" -> "calves", "fishing boat" -> "fishing boats"."""
        head, _, last = name.rpartition(" ")
        if last in self.irregular:
            out = self.irregular[last]
        elif last.endswith("y") and last[-2:-1] not in "aeiou":
            out = last[:-1] + "ies"
        elif last.endswith(("s", "x", "z", "ch", "sh")):
            out = last + "es"
        else:
            out = last + "s"
        return f"{head} {out}" if head else out


def english_lemmas(wordnet: Path) -> dict[str, list[int]]:
    """English lemma -> noun synsets in WordNet's sense order; irregular plurals too."""
    out: dict[str, list[int]] = {}
    for line in (wordnet / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        n = int(f[2])
        out[f[0].replace("_", " ")] = [int(x) for x in f[-n:]]
    for line in (wordnet / "noun.exc").read_text(encoding="utf-8").splitlines():
        form, base = line.split()[:2]
        if base in out and form not in out:
            out[form] = out[base]
    return out


def foreign_lemmas(omw: Path, la: str, headers: dict[str, str]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    for path in SOURCES[la]:
        for line in omw_file(omw, path):
            if line.startswith("#"):
                headers[path] = line.lstrip("# ").strip()
                continue
            f = line.split("\t")
            if len(f) < 3 or not f[0].endswith("-n") or not f[1].endswith(":lemma"):
                continue
            out[f[2].strip()].add(int(f[0][:-2]))
    if la == "sr":
        for word, ids in list(out.items()):
            cyr = sr_cyrillic(word) if word.isascii() or not _is_cyrillic(word) else None
            if cyr:
                out[cyr] |= ids
    return out


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def single_word(lemma: str) -> str | None:
    """The folded key of a one-word lemma ("31 tractors" names one token), else None."""
    key = fold(lemma.strip())
    return key if key.isalpha() and len(key) >= 3 else None


def build(omw: Path, wordnet: Path, out: Path, min_languages: int) -> None:
    pwn = Princeton(wordnet)
    countable = {s for s, lex in pwn.lexfile.items() if lex in COUNTABLE}
    headers: dict[str, str] = {}
    tables: dict[str, dict[str, set[int]]] = {}
    for la in SOURCES:
        table: dict[str, set[int]] = defaultdict(set)
        for lemma, ids in foreign_lemmas(omw, la, headers).items():
            key = single_word(lemma)
            if key is not None:
                table[key] |= ids & countable
        tables[la] = table
    tables["en"] = {k: set(v) & countable for lemma, v in english_lemmas(wordnet).items()
                    if (k := single_word(lemma)) is not None}
    coverage: dict[int, int] = defaultdict(int)
    for la, table in tables.items():
        for s in {s for ids in table.values() for s in ids}:
            coverage[s] += la != "en"
    kept = {s for s in countable if coverage[s] >= min_languages}
    out.mkdir(parents=True, exist_ok=True)
    for la, table in tables.items():
        write_language(out / f"{la}.tsv", table, kept, pwn.freq)
    write_names(out / "names.tsv", kept, pwn, coverage)
    write_notice(out / "NOTICE", headers, wordnet_licence(wordnet))


def weight(s: int, freq: dict[int, int]) -> int:
    return freq.get(s, 0)


def write_language(path: Path, table: dict[str, set[int]], kept: set[int],
                   freq: dict[int, int]) -> None:
    rows = []
    for key in sorted(table):
        ids = sorted(table[key] & kept, key=lambda s: (-weight(s, freq), s))[:MAX_SENSES]
        if ids:
            rows.append(f"{key}\t{' '.join(map(str, ids))}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(rows)} lemmas", file=sys.stderr)


def write_names(path: Path, kept: set[int], pwn: Princeton, coverage: dict[int, int]) -> None:
    """synset, English name (the plural of its first one-word lemma, else of its first
    lemma: counts are of several), weight (the tag count, then the number of languages
    naming it, for ties), the direct hypernyms that are kept too."""
    rows = []
    for s in sorted(kept):
        ws = pwn.words[s]
        name = pwn.plural(next((w for w in ws if " " not in w and "-" not in w), ws[0]).lower())
        broader = " ".join(str(h) for h in pwn.hypernyms[s] if h in kept)
        rows.append(f"{s}\t{name}\t{pwn.freq.get(s, 0) * 100 + coverage[s]}\t{broader}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(rows)} synsets", file=sys.stderr)


NOTICE_HEAD = """\
Counted-noun glossary of Parallax (tui/data/glossary/), built by tools/build_glossary.py.

These data files are a derived database, distributed under the licences of their sources
(the strictest, CC BY-SA, applies to the files as a whole), separately from Parallax's
code (MIT). Sources:

- Princeton WordNet 3.0 (English lemmas, synset ids, lexicographer files, sense counts).
  WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence:
  https://wordnet.princeton.edu/license-and-commercial-use (permissive, with notice).
- Open Multilingual Wordnet data (https://github.com/omwn/omw-data), Bond & Foster 2013,
  these files (name, language, home, licence as each file states it):
"""


def wordnet_licence(wordnet: Path) -> str:
    """The licence text heading data.noun (numbered lines starting with two spaces)."""
    lines = []
    for line in (wordnet / "data.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith("  "):
            break
        lines.append(line.strip().split(" ", 1)[-1].rstrip() if " " in line.strip() else "")
    return "\n".join(lines).strip()


def write_notice(path: Path, headers: dict[str, str], licence: str) -> None:
    lines = [f"  - {p}: {' | '.join(h.split(chr(9)))}" for p, h in sorted(headers.items())]
    tail = ("\nWiktionary text is dual-licensed CC BY-SA 3.0 and GFDL; OMW's extraction is "
            "Bond & Foster,\n\"Linking and extending an open multilingual wordnet\" (ACL "
            "2013).\n\nThe WordNet 3.0 licence:\n\n" + licence + "\n")
    path.write_text(NOTICE_HEAD + "\n".join(lines) + "\n" + tail, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--omw", type=Path, default=Path("/work/.mirror/omwn+omw-data/repo"))
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=REPO / "tui" / "data" / "glossary")
    parser.add_argument("--min-languages", type=int, default=3)
    args = parser.parse_args(argv)
    build(args.omw, args.wordnet, args.out, args.min_languages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

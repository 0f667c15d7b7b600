"""Build the counted-noun glossary (tui/data/glossary/) from open wordnet data.

    python tools/build_glossary.py [--omw GITDIR] [--wordnet DIR] [--out DIR]

Inputs (read only at build time; nothing is downloaded when Parallax runs):
  --omw      a clone of the Open Multilingual Wordnet data (github omwn/omw-data; a bare git
             directory is read with `git show HEAD:<path>`): lemmas of 27 languages keyed by
             Princeton WordNet 3.0 synsets, from Wiktionary (wns/wikt) and from wordnets.
  --wordnet  Princeton WordNet 3.0 (Debian's `wordnet-base`: /usr/share/wordnet): the English
             lemmas, lexicographer files (what kind of thing a synset is), sense frequencies.
  wordfreq   (the `glossary-build` extra, pinned) English word frequencies of today's text:
             which lemma names a synset ("pharmacy", not "drugstore") and how common a sense
             is. Without it every English word counts as equally common (a poorer build).
  inflect    (the same extra) English plurals of the names ("children", "sheep"), with
             WordNet's irregular ones (`Princeton.plural`); tools/repair_plurals.py applies
             that rule to a shipped names.tsv without a rebuild.
After a build, tools/repair_taxa.py names each taxon by its commonest member (family
Psittacidae: "parrots", not "psittacidaes"); build_kinds.py then reads names.tsv.

Output: one `<la>.tsv` per language (`lemma<TAB>synset synset …`, folded lemma, and a row
of its own for each spelling of two lemmas folding alike, `spelt_apart`; its senses
ranked, see `rank_english` and `rank_foreign`), `names.tsv` (`synset<TAB>English
name<TAB>weight<TAB>hypernyms`) and NOTICE. Only
nouns of things one counts (artifacts, people, animals, plants, food, groups, places, acts,
events, communication, possessions, body parts, quantities) are kept, and only synsets
named in at least `--min-languages` of the languages, so the data stays small.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from anyascii import anyascii  # noqa: E402

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
MAX_SENSES = 6  # senses kept per lemma (the highest ranked)
# Lexicographer files of what reports mostly count (things, people, animals, groups, food,
# plants, body parts, objects): a sense of another kept file (an act, an event, a message,
# a place, a possession, a quantity) ranks as if this much rarer ("trop": herd, not trope).
CORE_LEXFILES = {"05", "06", "08", "13", "14", "17", "18", "20"}
OTHER_LEXFILE = 0.5
# A foreign lemma's sense ranks higher by this factor when two sources list it, and when the
# lemma is a cognate of one of the sense's English lemmas ("serveri": server, not waiter).
TWO_SOURCES, COGNATE = 2.0, 4.0
# A synset is named by another of its lemmas than the first when that one is the cognate of
# this many more lemmas of the other languages, and the sense at least this share of its uses.
_RENAME_COGNATES, _RENAME_SHARE = 2, 0.2
# The lexicographer file of groups, whose nouns may be collectives English writes no
# plural of ("staff", "police", "clergy"); a thing's "can" or "well" is another word too.
MASS_LEXFILES = {"14"}
_MASS_SHARE = 0.02  # a plural this much rarer than its singular is none: "cattles"
_PHRASE = 0.01  # a phrase's frequency per word past its first (`phrase_factor`)
_COGNATE_PREFIX = 5  # letters a cognate shares with the English lemma (after transliteration)

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
        self.sense_count: dict[tuple[str, int], int] = {}  # (lemma, synset): tag count
        self.other_count: dict[str, int] = defaultdict(int)  # lemma: its other POS' counts
        for line in (wordnet / "cntlist.rev").read_text(encoding="utf-8").splitlines():
            key, _, count = line.split(" ")
            if key in keys:
                self.freq[keys[key]] += int(count)
                lemma = key.split("%", 1)[0].replace("_", " ")
                self.sense_count[(lemma, keys[key])] = int(count)
            elif "%1:" not in key:  # a verb's, adjective's or adverb's sense
                self.other_count[key.split("%", 1)[0].replace("_", " ")] += int(count)
        self.irregular: dict[str, list[str]] = defaultdict(list)  # children, sheep, men
        for line in (wordnet / "noun.exc").read_text(encoding="utf-8").splitlines():
            form, base = line.split()[:2]
            self.irregular[base].append(form)
        self.verbs, self.lemmas = _lemmas(wordnet, "verb"), set()
        for pos in ("noun", "verb", "adj"):
            self.lemmas |= _lemmas(wordnet, pos)

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

    def plural(self, name: str, frequency: Callable[[str], float] | None = None,
               person: bool = False, proper: bool = False, mass: bool = False) -> str:
        """ "boat" -> "boats", "calf" -> "calves", "fishing boat" -> "fishing boats",
        "child" -> "children", "sheep" -> "sheep", "fireman" -> "firemen", for a person
        "accused" -> "accused" (`last_plural`)."""
        head, _, last = name.rpartition(" ")
        out = self.last_plural(last, frequency or (lambda w: 1.0), person, proper, mass)
        return f"{head} {out}" if head else out

    def last_plural(self, word: str, frequency: Callable[[str], float], person: bool,
                    proper: bool, mass: bool) -> str:
        """Unchanged a person named by a verb's participle ("the accused") and a noun
        written as the plural of a word ("means", "gymnastics"); else WordNet's irregular
        plural not spelt like the word's start ("calves", "passers-by"); unchanged, with
        `mass` (a group: MASS_LEXFILES), a word whose regular plural English
        writes under _MASS_SHARE as often ("staff", "police", "clergy"); else of the
        regular rule's, "-men" for "-man" and the `inflect` library's (not for a proper
        noun: "Togos"), the one English writes most often; on a tie "-men" (but for a
        proper noun), else the regular one ("pestos", not inflect's "pestoes")."""
        if person and word.endswith("ed") and {word[:-1], word[:-2]} & self.verbs:
            return word
        if re.search(r"[^aeiousy]s$", word) and word[:-1] in self.lemmas:
            return word
        irregular = [f for f in self.irregular.get(word, ()) if not f.startswith(word)]
        if irregular:
            return irregular[0]
        if mass and frequency(regular_plural(word)) < _MASS_SHARE * frequency(word):
            return word  # "staff", "police", "cattle": English hardly writes a plural
        options = [regular_plural(word)] + ([word[:-3] + "men"] if word.endswith("man") else [])
        found = None if proper else _inflect_plural(word)
        return max(options + [found] if found else options,
                   key=lambda w: (frequency(w), w.endswith("men") and not proper))


def _inflect_plural(word: str) -> str | None:
    """The `inflect` library's plural (the `glossary-build` extra), None without it and
    for its "meanss" (a word ending in s it takes for a singular to add s to)."""
    try:
        import inflect
    except ImportError:
        return None
    found = _engine(inflect).plural_noun(word)
    return found if found and not (word.endswith("s") and found == word + "s") else None


@lru_cache(maxsize=1)
def _engine(module: Any) -> Any:
    return module.engine()


def _lemmas(wordnet: Path, pos: str) -> set[str]:
    """The lemmas of WordNet's index of one part of speech ("noun", "verb", "adj")."""
    text = (wordnet / f"index.{pos}").read_text(encoding="utf-8")
    return {line.split(" ", 1)[0] for line in text.splitlines() if not line.startswith(" ")}


def regular_plural(word: str) -> str:
    """English's regular plural: "ferry" -> "ferries", "box" -> "boxes", "boat" -> "boats"."""
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def sense_index(wordnet: Path) -> dict[str, list[int]]:
    """English lemma -> its noun synsets in WordNet's sense order (index.noun)."""
    out: dict[str, list[int]] = {}
    for line in (wordnet / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        n = int(f[2])
        out[f[0].replace("_", " ")] = [int(x) for x in f[-n:]]
    return out


def english_lemmas(wordnet: Path, index: dict[str, list[int]]) -> dict[str, str]:
    """English word -> its lemma in `index`: each lemma, and irregular plurals ("calves")."""
    out = {lemma: lemma for lemma in index}
    for line in (wordnet / "noun.exc").read_text(encoding="utf-8").splitlines():
        form, base = line.split()[:2]
        if base in index and form not in out:
            out[form] = base
    return out


def _word_frequency() -> Callable[[str], float]:
    """English words per billion (wordfreq), or 1 for every word without it."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        print("wordfreq is not installed: every English word counts as equally common",
              file=sys.stderr)
        return lambda word: 1.0
    return lambda word: 10 ** zipf_frequency(word, "en")


class Usage:
    """How often English writes a sense with a lemma: the lemma's frequency times the share
    of its uses that are this sense (its tag counts, else its rank: 1, 1/4, 1/9 …; the
    tag counts of the word as a verb, adjective or adverb count among its uses)."""

    def __init__(self, pwn: Princeton, index: dict[str, list[int]]) -> None:
        self.share: dict[tuple[str, int], float] = {}
        self.noun_share: dict[tuple[str, int], float] = {}  # of its uses as a noun
        for lemma, ids in index.items():
            raw = [pwn.sense_count.get((lemma, s), 0) + 1 / (i + 1) ** 2
                   for i, s in enumerate(ids)]
            total = sum(raw) + pwn.other_count.get(lemma, 0)  # "go", "miss": verbs mostly
            for s, r in zip(ids, raw, strict=True):
                self.share[(lemma, s)] = r / total
                self.noun_share[(lemma, s)] = r / sum(raw)
        self.frequency = _word_frequency()
        self.pwn = pwn
        self._synset: dict[int, float] = {}

    def of(self, lemma: str, synset: int) -> float:
        return self.frequency(lemma) * self.share.get((lemma.lower(), synset), 0.0)

    def synset(self, s: int) -> float:
        """How often English names this sense by its commonest lemma for it (a sense of
        many synonyms is not the more common for it; a phrase by `phrase_factor`), times
        OTHER_LEXFILE outside the CORE_LEXFILES."""
        if s not in self._synset:
            total = max(self.of(w, s) * phrase_factor(w) for w in self.pwn.words[s])
            self._synset[s] = total * lexfile_factor(self.pwn, s)
        return self._synset[s]

    def name(self, s: int, foreign: list[str]) -> str:
        """The English lemma naming this sense: its first one-word lemma, unless another
        (in lower case, all letters, this sense at least _RENAME_SHARE of its uses as a noun:
        "human", an adjective mostly, names humans, not "homo") is
        as common in this sense and the cognate of _RENAME_COGNATES more of the other
        languages' lemmas (`foreign`): "pharmacy" (pharmacie, farmacia, φαρμακείο…)
        rather than "drugstore"."""
        ws = self.pwn.words[s]
        single = [w for w in ws if " " not in w and "-" not in w] or ws
        first = single[0]
        shared = {w: sum(cognate(k, [w]) for k in foreign) for w in single}

        def better(w: str) -> bool:
            return (shared[w] >= shared[first] + _RENAME_COGNATES
                    and self.of(w, s) >= self.of(first, s))
        found = [w for w in single if w != first and w.isalpha() and w.islower() and len(w) > 3
                 and self.noun_share.get((w, s), 0.0) >= _RENAME_SHARE and better(w)]
        return max(found, key=lambda w: (shared[w], self.of(w, s)), default=first)


def phrase_factor(lemma: str) -> float:
    """How much rarer a lemma of several words is than wordfreq says: wordfreq knows words,
    not phrases, and rates a phrase nearly as common as its rarest word ("long horse", a
    vaulting horse, as common as "horse"), so a sense of common words' phrase outranked the
    word itself ("koza": goats, not vaulting horses). _PHRASE for each word past the first,
    and for an abbreviation in capitals."""
    if lemma.isupper():  # "WHO", "OR", "ME": wordfreq folds case, so it counts "who"
        return _PHRASE
    return _PHRASE ** (len(re.findall(r"[^\W_]+", lemma)) - 1)


def lexfile_factor(pwn: Princeton, s: int) -> float:
    return 1.0 if pwn.lexfile.get(s) in CORE_LEXFILES else OTHER_LEXFILE


def rank_english(ids: set[int], senses: list[int], usage: Usage, lemma: str) -> list[int]:
    """An English lemma's senses: the share of its uses (WordNet's sense order and tag
    counts), OTHER_LEXFILE outside the core files."""
    def score(s: int) -> float:
        return usage.share.get((lemma, s), 0.0) * lexfile_factor(usage.pwn, s)
    order = {s: i for i, s in enumerate(senses)}
    return sorted(ids, key=lambda s: (-score(s), order.get(s, len(order)), s))


def rank_foreign(key: str, ids: dict[int, int], usage: Usage,
                 alike: Callable[[int], int] = lambda s: 0) -> list[int]:
    """A foreign lemma's senses (Wiktionary and wordnets give no order): those of the
    CORE_LEXFILES first ("trop": herd before trope), then by how often English means each,
    times TWO_SOURCES when two sources list it, times COGNATE when the lemma is a cognate
    of one of the sense's English lemmas ("serveri": server before waiter), times one more
    than the number of other languages (`alike`) whose lemma spelt alike means it too
    ("koza": goat in eight Slavic languages, a vaulting horse in few)."""
    def score(s: int) -> float:
        out = usage.synset(s) * (TWO_SOURCES if ids[s] > 1 else 1.0) * (1 + alike(s))
        return out * (COGNATE if cognate(key, usage.pwn.words[s]) else 1.0)
    return sorted(ids, key=lambda s: (usage.pwn.lexfile.get(s) not in CORE_LEXFILES,
                                      -score(s), s))


_SPELLINGS = (("ph", "f"), ("th", "t"), ("k", "c"), ("y", "i"), ("w", "v"))


def _latin(word: str) -> str:
    out = anyascii(word).lower()
    for a, b in _SPELLINGS:
        out = out.replace(a, b)
    return out


def cognate(key: str, english: list[str]) -> bool:
    """ "serveri" / "server", "entrada" / "entrance", "φαρμακείο" / "pharmacy": the first
    _COGNATE_PREFIX letters alike (a shorter word is no cognate: "trop" / "trope"), once
    both are in Latin letters and spelt alike (ph/f, k/c, y/i…)."""
    word = _latin(key)
    for lemma in english:
        other = _latin(fold(lemma))
        n = min(_COGNATE_PREFIX, len(word), len(other))
        if n == _COGNATE_PREFIX and word[:n] == other[:n]:
            return True
    return False


def foreign_lemmas(omw: Path, la: str, headers: dict[str, str]) -> dict[str, Counter[int]]:
    """Lemma -> its synsets, each with the number of sources listing it."""
    found: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in SOURCES[la]:
        for line in omw_file(omw, path):
            if line.startswith("#"):
                headers[path] = line.lstrip("# ").strip()
                continue
            f = line.split("\t")
            if len(f) < 3 or not f[0].endswith("-n") or not f[1].endswith(":lemma"):
                continue
            found[f[2].strip()][int(f[0][:-2])].add(path)
    out = {w: Counter({s: len(p) for s, p in ids.items()}) for w, ids in found.items()}
    if la == "sr":
        for word, ids in list(out.items()):
            cyr = sr_cyrillic(word) if word.isascii() or not _is_cyrillic(word) else None
            if cyr:
                out[cyr] = out.get(cyr, Counter()) | ids
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
    tables: dict[str, dict[str, Counter[int]]] = {}
    spellings_of: dict[str, dict[str, dict[str, Counter[int]]]] = {}
    for la in SOURCES:
        table: dict[str, Counter[int]] = defaultdict(Counter)
        spelt: dict[str, dict[str, Counter[int]]] = defaultdict(dict)
        for lemma, ids in foreign_lemmas(omw, la, headers).items():
            key = single_word(lemma)
            if key is not None:
                found = Counter({s: n for s, n in ids.items() if s in countable})
                table[key] |= found
                low = lemma.strip().lower()
                spelt[key][low] = spelt[key].get(low, Counter()) | found
        tables[la] = table
        spellings_of[la] = {k: v for k, v in spelt.items() if len(v) > 1}
    index = sense_index(wordnet)
    english: dict[str, list[str]] = defaultdict(list)
    for word, lemma in english_lemmas(wordnet, index).items():
        if (key := single_word(word)) is not None:
            english[key].append(lemma)
    coverage: dict[int, int] = defaultdict(int)
    for table in tables.values():
        for s in {s for ids in table.values() for s in ids}:
            coverage[s] += 1
    kept = {s for s in countable if coverage[s] >= min_languages}
    usage = Usage(pwn, index)
    out.mkdir(parents=True, exist_ok=True)
    spelt = spellings(tables)
    for la, table in tables.items():
        def ranked(k: str, v: Counter[int], la: str = la) -> list[int]:
            return rank_foreign(k, Counter({s: n for s, n in v.items() if s in kept}), usage,
                                _alike(spelt, fold(k), la, pwn))
        rows = {k: ranked(k, v) for k, v in table.items()}
        rows.update(spelt_apart(spellings_of[la], rows, ranked))
        write_rows(out / f"{la}.tsv", rows)
    write_rows(out / "en.tsv", {k: english_senses(v, index, kept, usage)
                                for k, v in english.items()})
    foreign: dict[int, list[str]] = defaultdict(list)
    for table in tables.values():
        for key, ids in table.items():
            for s in ids:
                foreign[s].append(key)
    write_names(out / "names.tsv", kept, usage, coverage, foreign)
    write_notice(out / "NOTICE", headers, wordnet_licence(wordnet))


def spelt_apart(collisions: dict[str, dict[str, Counter[int]]], rows: dict[str, list[int]],
                ranked: Callable[[str, Counter[int]], list[int]]) -> dict[str, list[int]]:
    """Lemmas that fold alike but mean different things ("får", sheep, and "far", father;
    "koža", skin, and "koza", goat): each spelling with diacritics gets a row of its own
    senses (a text writing it is looked up as written first), and the folded key ranks
    the senses of the lemma spelt as the key first (a text without them)."""
    out: dict[str, list[int]] = {}
    for key, forms in collisions.items():
        for low, ids in forms.items():
            if (low != key and single_word(low) == key and (own := ranked(low, ids))
                    and set(own) != set(rows.get(key, ()))):
                out[low] = own
        if key in forms and (first := ranked(key, forms[key])):
            out[key] = list(dict.fromkeys([*first, *rows.get(key, ())]))
    return out


def spellings(tables: dict[str, dict[str, Counter[int]]]) -> dict[tuple[str, int], set[str]]:
    """(a lemma's first _COGNATE_PREFIX letters in Latin spelling, a sense) -> the sources
    of the languages listing it (Serbian and Croatian, of one source, are one)."""
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for la, table in tables.items():
        for key, ids in table.items():
            prefix = _latin(key)[:_COGNATE_PREFIX]
            for s in ids:
                out[(prefix, s)].add(SOURCES[la][0])
    return out


def _alike(spelt: dict[tuple[str, int], set[str]], key: str, la: str,
           pwn: Princeton) -> Callable[[int], int]:
    """How many other languages' lemmas spelt like `key` mean a sense; none for a proper
    name's (the Tigris, not tigers), which every language spells alike."""
    prefix = _latin(key)[:_COGNATE_PREFIX]

    def count(s: int) -> int:
        if all(w[:1].isupper() for w in pwn.words[s]):
            return 0
        return len(spelt.get((prefix, s), set()) - {SOURCES[la][0]})
    return count


def english_senses(lemmas: list[str], index: dict[str, list[int]], kept: set[int],
                   usage: Usage) -> list[int]:
    """The kept senses of the English lemmas folding to one key ("Aachen", "aachen"),
    each lemma's ranked."""
    out: list[int] = []
    for lemma in lemmas:
        ids = index[lemma]
        out.extend(rank_english(set(ids) & kept, ids, usage, lemma))
    return list(dict.fromkeys(out))


def write_rows(path: Path, table: dict[str, list[int]]) -> None:
    rows = [f"{key}\t{' '.join(map(str, ids[:MAX_SENSES]))}"
            for key, ids in sorted(table.items()) if ids]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(rows)} lemmas", file=sys.stderr)


def write_names(path: Path, kept: set[int], usage: Usage, coverage: dict[int, int],
                foreign: dict[int, list[str]]) -> None:
    """synset, English name (the plural of the lemma English most often means it by, see
    Usage.name: counts are of several), weight (how often English means it, Usage.synset,
    then the number of languages naming it, for ties), the direct hypernyms kept too."""
    rows = []
    pwn = usage.pwn
    for s in sorted(kept):
        lemma = usage.name(s, foreign[s])
        name = pwn.plural(lemma.lower(), usage.frequency, person=pwn.lexfile[s] == "18",
                          proper=lemma[:1].isupper(), mass=pwn.lexfile[s] in MASS_LEXFILES)
        broader = " ".join(str(h) for h in pwn.hypernyms[s] if h in kept)
        weight = round(usage.synset(s) * 10) * 100 + min(coverage[s], 99)
        rows.append(f"{s}\t{name}\t{weight}\t{broader}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(rows)} synsets", file=sys.stderr)


NOTICE_HEAD = """\
Counted-noun glossary of Parallax (tui/data/glossary/), built by tools/build_glossary.py
(kinds.tsv and games.tsv: by tools/build_kinds.py, from Princeton WordNet 3.0 hypernyms,
members and topics).

These data files are a derived database, distributed under the licences of their sources
(the strictest, CC BY-SA, applies to the files as a whole), separately from Parallax's
code (MIT). Sources:

- Princeton WordNet 3.0 (English lemmas, synset ids, lexicographer files, sense counts).
  WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence:
  https://wordnet.princeton.edu/license-and-commercial-use (permissive, with notice).
- wordfreq 3.1.1 (https://github.com/rspeer/wordfreq), Robyn Speer, English word
  frequencies (which English lemma names a sense, how common a sense is). Its data is
  CC BY-SA 4.0; no wordfreq data is included, only the names and ranks chosen with it.
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

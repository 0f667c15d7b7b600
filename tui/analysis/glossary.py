"""An interlingual glossary of counted nouns, from open wordnet data (tui/data/glossary/).

A counted noun no language file lists ("63 brodova", "80 barche") is looked up here: its
senses are Princeton WordNet 3.0 synsets, which every language shares, so two reports'
nouns count the same thing when they share a sense, and a sense has an English name
("boat"). `<la>.tsv` maps a folded lemma to its senses, ranked (the first is what the
lemma most likely means; tools/build_glossary.py says how), and where two lemmas fold alike
("får", sheep, "far", father) each spelling with diacritics to its own; `names.tsv` names
each sense in English, with a weight (how often English means it). The files are built by
tools/build_glossary.py (sources and licences: NOTICE) and loaded per language on first
use; a missing or bad file leaves that language without a glossary, never an error.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from tui.analysis import langdata
from tui.analysis import lexicon as lx
from tui.analysis.text import fold

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "glossary"
NAMES = "names"
KINDS = "kinds"
GAMES = "games"
log = logging.getLogger(__name__)

Senses = tuple[int, ...]
# An inflected form meets its lemma by a shared stem when the lemmatiser does not know it:
# at most this many letters cut from the word, this many others ending the lemma, and a
# stem of at least _MIN_STEM letters and _STEM_SHARE of the word.
_CUT, _ENDING, _MIN_STEM, _STEM_SHARE = 3, 2, 4, 0.6


class _Table:
    """One language's lemmas (senses kept as written, parsed when looked up), and the
    sorted keys for stem look-ups (sorted on first use)."""

    __slots__ = ("_keys", "raw")

    def __init__(self, raw: dict[str, str]) -> None:
        self.raw = raw
        self._keys: list[str] | None = None

    def get(self, key: str) -> Senses | None:
        found = self.raw.get(key)
        return tuple(int(i) for i in found.split()) if found is not None else None

    def __contains__(self, key: str) -> bool:
        return key in self.raw

    @property
    def keys(self) -> list[str]:
        if self._keys is None:
            self._keys = sorted(self.raw)
        return self._keys


_LANG_LINE = r"[^\t\n]+\t\d+(?: \d+)*"
_KIND_LINE = r"\d+\t\d+(?: \d+)*"
_GAME_LINE = r"\d+"
_NAME_LINE = r"\d+\t[^\t\n]+\t\d+\t(?:\d+(?: \d+)*)?"
_SHAPES = {_LANG_LINE: "'lemma<TAB>synset …'", _KIND_LINE: "'synset<TAB>synset …'",
           _NAME_LINE: "'synset<TAB>name<TAB>weight<TAB>hypernyms'", _GAME_LINE: "'synset'"}


def _read(name: str, line: str) -> str | None:
    """The file's text when every line has the shape `line`; else None (and one warning
    naming the file and the first bad line)."""
    path = DATA_DIR / f"{name}.tsv"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("glossary %s: unreadable (%s); the file is not used", path.name, exc)
        return None
    if re.fullmatch(rf"(?:{line}\n)*(?:{line})?", text):  # one pass in C: the usual case
        return text
    number = next((n for n, row in enumerate(text.split("\n"), 1)
                   if not re.fullmatch(line, row)), 0)
    log.warning("glossary %s line %d: not of the form %s; the file is not used",
                path.name, number, _SHAPES.get(line, line))
    return None


@lru_cache(maxsize=64)
def _table(language: str | None) -> _Table:
    """`<la>.tsv` with the language file's [glossary] lemmas (`_added`)."""
    raw = dict(_built(language))
    raw.update(_added(language, raw))
    return _Table(raw)


def _built(language: str | None) -> dict[str, str]:
    """`<la>.tsv`: `lemma<TAB>synset synset …`; a bad line drops the whole file."""
    text = _read(language, _LANG_LINE) if language and language.isalpha() else None
    return dict(row.split("\t", 1) for row in text.splitlines()) if text else {}


def _added(language: str | None, raw: dict[str, str]) -> dict[str, str]:
    """[glossary] of the language file: a common noun of news reports the wordnets lack
    ("szavazólap" = "ballots") or rank by a rarer sense ("kunta" = "municipalities", not
    fields) has the senses of that English name first (`english_senses`), then its own."""
    out: dict[str, str] = {}
    entries = langdata.section(language, "glossary")
    written = langdata.section(language, "glossary_written")
    # the English table once (cached), not re-read for each language with a [glossary]
    english = ({} if not (entries or written) else _built("en") if language == "en"
               else _table("en").raw)
    for word, name in written.items():
        # a form spelt with its diacritics that folds into another lemma ("Fälle", cases,
        # folds into "falle", trap): a row of its own, as written (`_as_written`)
        if senses := english_senses(name, english):
            out[word.lower()] = " ".join(map(str, senses))
    for word, name in entries.items():
        senses = english_senses(name, english)
        if not senses:
            continue  # tests/analysis check that every name is known
        for key in dict.fromkeys((fold(word), word.lower())):
            if key == fold(word) or key in raw:
                own = raw.get(key, "").split()
                out[key] = " ".join(dict.fromkeys((*map(str, senses), *own)))
    return out


def english_senses(name: str, english: Mapping[str, str] | None = None) -> Senses:
    """The senses an English name stands for: those names.tsv names so ("fire engines"),
    the commonest first, else those of the English lemma (`english`, en.tsv: "ballot")."""
    named = _by_name().get(name.lower())
    if named:
        return named
    found = (_table("en").raw if english is None else english).get(fold(name))
    return tuple(int(s) for s in found.split()) if found else ()


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Senses]:
    """names.tsv by English name: its senses, the commonest first."""
    rows: dict[str, list[tuple[int, int]]] = {}
    for synset, row in _names().items():
        name, weight_, _ = row.split("\t")
        rows.setdefault(name, []).append((-int(weight_), int(synset)))
    return {name: tuple(s for _, s in sorted(found)) for name, found in rows.items()}


def listed(language: str | None, key: str) -> bool:
    """Is `key` (folded) one of the language's lemmas, as written (no stem guess)?"""
    return key in _table(language)


def lemma_senses(language: str | None) -> Mapping[str, str]:
    """Every lemma of the language with its senses as written ("synset synset …"), read only."""
    return MappingProxyType(_table(language).raw)


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """`names.tsv`: `synset<TAB>English name<TAB>weight<TAB>hypernyms`, by synset."""
    text = _read(NAMES, _NAME_LINE)
    return dict(row.split("\t", 1) for row in text.splitlines()) if text else {}


@lru_cache(maxsize=8192)
def _name_row(synset: int) -> tuple[str, int, Senses] | None:
    found = _names().get(str(synset))
    if found is None:
        return None
    name, weight, broader = found.split("\t")
    return name, int(weight), tuple(int(h) for h in broader.split())


def english_name(synset: int) -> str | None:
    """The English name of a sense, plural as counts are ("boats", "fishing boats")."""
    found = _name_row(synset)
    return found[0] if found else None


def weight(synset: int) -> int:
    found = _name_row(synset)
    return found[1] if found else -1


def broader(synset: int) -> Senses:
    """The sense's direct hypernyms ("fishing boats" -> "vessels")."""
    found = _name_row(synset)
    return found[2] if found else ()


@lru_cache(maxsize=8192)
def senses(language: str | None, word: str, stems: bool = True) -> Senses:
    """The senses of a counted noun as the text writes it ("brodova" -> boat, ship, ford…):
    those of its own language (`own_senses`), else, with `stems` (a guess, as a stem is),
    those of a sibling language that writes the word alike ([meta] glossary_siblings:
    Latvian "klients", Lithuanian "klientas")."""
    found = own_senses(language, word, stems)
    siblings = langdata.meta(language, "glossary_siblings", "").split()
    for sibling in () if found or not stems else siblings:
        found = own_senses(sibling, word, stems, lemmas=False)
        if found:
            break
    return _games_last(found)


def sibling_senses(language: str | None, words: Iterable[str]) -> Senses:
    """The senses of the first of `words` that a sibling language's glossary lists as
    written ([meta] glossary_siblings; no stem guess): a noun or lemma its own lacks."""
    for sibling in langdata.meta(language, "glossary_siblings", "").split():
        for word in dict.fromkeys(words):
            found = own_senses(sibling, word, stems=False, lemmas=False)
            if found:
                return _games_last(found)
    return ()


@lru_cache(maxsize=1)
def _games() -> frozenset[int]:
    """`games.tsv`: senses of board and card games (tools/build_kinds.py)."""
    text = _read(GAMES, _GAME_LINE)
    return frozenset(int(s) for s in text.split()) if text else frozenset()


def _games_last(found: Senses) -> Senses:
    """A noun's senses with those of board and card games last: a report counts runners
    ("Läufer") and knights, seldom chess bishops."""
    games = _games()
    if not games.intersection(found):
        return found
    return tuple(sorted(found, key=lambda s: s in games))


def own_senses(language: str | None, word: str, stems: bool = True,
               lemmas: bool = True) -> Senses:
    """The senses of a noun in its language's glossary: the folded word, else (with
    `lemmas`) its lemma (simplemma, where the language file asks for lemmas), else (with
    `stems`) a lemma sharing its stem. A sibling's look-up takes no lemmas: loading
    another language's lemmatiser costs seconds."""
    table = _table(language)
    if not table.raw or not word:
        return ()
    key = fold(word)
    found = _as_written(table, word, key)
    if found is None and lemmas and lx._lemma_lang(language) is not None:
        # only where the language file lemmatises anyway: a lemmatiser's first use in a
        # language costs seconds (its dictionary); the stem rule below is the fallback
        lemma = lx.lemmatize(word, language)
        found = _as_written(table, lemma, fold(lemma))
    if found is None and language == "en":
        found = next((table.get(k) for k in _english_singulars(key) if k in table), None)
    if found is None and stems:
        found = _by_stem(table, key)
        if not found and langdata.meta(language, "compounds", False):
            found = _by_head(table, key, language, word.lower())
    return found or ()


def _as_written(table: _Table, word: str, key: str) -> Senses | None:
    """The senses of the word spelt with its diacritics when two lemmas fold alike ("får",
    sheep, not "far", father: a row of its own), else those of its folded key."""
    low = word.lower()
    found = table.get(low) if low != key else None
    return found if found is not None else table.get(key)


def english_lemma(word: str) -> str | None:
    """The English noun's glossary lemma ("doses" -> "dose", "boxes" -> "box")
    when the glossary has it; None for a word it does not know."""
    keys = _table("en")
    key = fold(word)
    if key in keys:
        return key
    return next((k for k in _english_singulars(key) if k in keys), None)


def _english_singulars(word: str) -> tuple[str, ...]:
    """ "doses" -> "dose", "boxes" -> "box", "ferries" -> "ferry" (tried in this order)."""
    if not word.endswith("s"):
        return ()
    out = [word[:-1]]
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    return tuple(out)


def _by_stem(table: _Table, key: str) -> Senses:
    """ "ciagnikow" -> "ciagnik", "бродова" -> "брод": the senses of the lemmas that are
    the word with its last letters cut (at most _CUT) and at most _ENDING others added, the
    shortest cut first ("Kälber": "kalbe", heifer, and "kalb", calf: which one the other
    report's noun shares decides)."""
    keys, out = table.keys, []
    for cut in range(1, _CUT + 1):
        stem = key[:-cut]
        if len(stem) < _MIN_STEM or len(stem) < _STEM_SHARE * len(key):
            break
        i = bisect.bisect_left(keys, stem)
        found = [k for k in itertools.takewhile(lambda k, s=stem: k.startswith(s),
                                                keys[i:i + 16])
                 if len(k) <= len(stem) + _ENDING]
        if found:
            out.extend(table.get(min(found, key=len)) or ())
    return tuple(dict.fromkeys(out))


_MIN_HEAD = 4  # letters of a compound's head ("togbusser" -> "busser": bus)


# The most letters an ending rule may take from a compound's head: a longer cut is more
# often another word ending the compound ("paadi|meest": mees, not "ime", a miracle).
_HEAD_ENDING = 2


def _by_head(table: _Table, key: str, language: str | None, written: str = "") -> Senses:
    """A compound of a language that writes them as one word ([meta] compounds):
    the senses of its longest head that is a lemma ("togafgang" -> "afgang"), as written
    or by the lemmatiser or an ending rule before a guess from its stem: a head's marks
    are read before they are folded ("fritidsbåtar": båt, a boat, not "batat")."""
    from tui.analysis import noun_forms

    lemmatised = lx._lemma_lang(language) is not None
    same = len(written) == len(key)  # a letter that folds to two: the folded key only
    for start in range(3, len(key) - _MIN_HEAD + 1):
        head = key[start:]
        found = table.get(head)
        if not found and lemmatised and language is not None:
            lemma = lx.lemmatize(written[start:] if same else head, language)
            found = _as_written(table, lemma, fold(lemma))
        form = noun_forms.inflected(language, head) if not found else None
        if form is not None and len(head) - len(form) <= _HEAD_ENDING:
            cut = head.startswith(form) and same  # "både" -> "båd", marks kept
            found = _as_written(table, written[start:start + len(form)] if cut else form, form)
        found = found or _by_stem(table, head)
        if found:
            return found
    return ()


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """`kinds.tsv`: `synset<TAB>kind kind …` (tools/build_kinds.py), by synset."""
    text = _read(KINDS, _KIND_LINE)
    return dict(row.split("\t", 1) for row in text.splitlines()) if text else {}


@lru_cache(maxsize=8192)
def kinds(synset: int) -> frozenset[int]:
    """What a sense is a kind of, a few steps up ("lorries": trucks, motor vehicles), and
    for a group what its members are ("staff": staffers, employees, workers); kinds too
    general to tell groups apart (persons, artifacts) are not listed."""
    found = _kinds().get(str(synset))
    return frozenset(int(s) for s in found.split()) if found else frozenset()


# Senses of each noun that `related` looks at: the likeliest, not a rare reading of it.
_RELATED_SENSES = 3


def related(a: Senses, b: Senses, top: int = _RELATED_SENSES) -> Senses:
    """Senses of one noun that are a kind of one of the other's ("lorries" / "vehicles",
    "staff" / "workers", "cleaners" / "workers"), among each noun's first `top`: the
    narrower thing, the noun ranking it highest first. Two kinds of one thing ("tractors"
    / "trucks", both motor vehicles) are not related."""
    top_a, top_b = a[:top], b[:top]
    found = {s: i for i, s in enumerate(top_a) if kinds(s).intersection(top_b)}
    for i, s in enumerate(top_b):
        if kinds(s).intersection(top_a):
            found[s] = min(found.get(s, i), i)
    return tuple(sorted(found, key=lambda s: (found[s], -weight(s), s)))


def _rank(found: Senses) -> dict[int, int]:
    return {sense: i for i, sense in reversed(list(enumerate(found)))}


def shared(a: Senses, b: Senses) -> Senses:
    """The senses two nouns share, the one both rank highest first (by the sum of its ranks
    for the two nouns; the more common of two equally ranked)."""
    ra, rb = _rank(a), _rank(b)
    both = set(ra) & set(rb)
    return tuple(sorted(both, key=lambda s: (ra[s] + rb[s], -weight(s), s)))


def nested(a: Senses, b: Senses) -> Senses:
    """Senses of one noun whose direct hypernym is a sense of the other ("pescherecci",
    fishing boats, against "brodova", whose senses include vessels), the one its noun ranks
    highest first: the narrower thing the two reports name."""
    ra, rb = _rank(a), _rank(b)
    found = {s: ra[s] for s in ra if set(rb).intersection(broader(s))}
    for s in rb:
        if set(ra).intersection(broader(s)):
            found[s] = min(found.get(s, rb[s]), rb[s])
    return tuple(sorted(found, key=lambda s: (found[s], -weight(s), s)))


def shares(a: Senses, b: Senses) -> bool:
    """`bool(shared(a, b))` without ranking: asked of every pair of counts."""
    return not set(a).isdisjoint(b)


def nests(a: Senses, b: Senses) -> bool:
    """`bool(nested(a, b))` without ranking: asked of every pair of counts."""
    sa, sb = set(a), set(b)
    return (any(not sb.isdisjoint(broader(s)) for s in sa)
            or any(not sa.isdisjoint(broader(s)) for s in sb))


def relates(a: Senses, b: Senses, top: int = _RELATED_SENSES) -> bool:
    """`bool(related(a, b, top))` without ranking: asked of every pair of counts."""
    top_a, top_b = a[:top], b[:top]
    return (any(not kinds(s).isdisjoint(top_b) for s in top_a)
            or any(not kinds(s).isdisjoint(top_a) for s in top_b))


def best_name(found: Senses) -> str | None:
    """The English name of the first of these senses that has one: the noun's highest
    ranked sense (or the two nouns' best shared one, `shared`)."""
    return next((name for s in found if (name := english_name(s)) is not None), None)


def prefer_second(a: Senses, b: Senses) -> bool:
    """Whether b's first named sense should name a row of two nouns that share none: a has
    none, or b's is the more common thing."""
    first_a = next((s for s in a if english_name(s) is not None), None)
    first_b = next((s for s in b if english_name(s) is not None), None)
    if first_b is None:
        return False
    return first_a is None or weight(first_b) > weight(first_a)

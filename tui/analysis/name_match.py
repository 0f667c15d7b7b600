"""Which entity of one report is which of the other: the stages of entity pairing.

`EntityPairing` pairs the entities of two reports in stages, each taking only what the
earlier ones left: the same canonical id (a gazetteer place, a country); spellings of one
name (identical once romanised, or inflected forms: "Marka Nowaka"/"Marek Nowak"); names
that sound alike ("Zelensky"/"Jelnsky"); stems that change ("Helsingisse"/"Helsinkiin");
and last a name inside a longer span ("Landwirt Hendrik Bakker"/"Melkveehouder Hendrik
Bakker", "Minister Pieter Vos van Infrastructuur"/"Pieter Vos"), whose extra words are
dropped from the row (`core_span`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter

from tui.analysis import glossary, langdata
from tui.analysis.cognate_names import cognate_key, cognate_names, shared_heads
from tui.analysis.entities import Entity, first_names_fit, same_name
from tui.analysis.gazetteer import lookup as gazetteer_lookup
from tui.analysis.gazetteer import names_by_id
from tui.analysis.inflection import (
    cognates,
    comparable,
    endings,
    genders_differ,
    near_forms,
    same_word,
)
from tui.analysis.lexicon import entity_words_by_language
from tui.analysis.mentions import (
    _INSTITUTIONS,
    CONNECT,
    STOP_BY_LANGUAGE,
    Mention,
    _known_place,
)
from tui.analysis.phonetic import names_similar
from tui.analysis.place_names import (
    exact_place,
    place_ids,
    place_readings,
    place_set,
    reading_set,
    written_place_ids,
)
from tui.analysis.role_heads import is_role_noun
from tui.analysis.sentences import Sentence, sentence_at
from tui.analysis.sound_index import SoundIndex
from tui.analysis.text import Token, fold
from tui.analysis.translit import in_either_reading, is_latin, latin, latin_fold


@dataclass(frozen=True, slots=True)
class Side:
    """What pairing asks of one entity, worked out once per pairing (not once per pair)."""

    names: tuple[str, ...]
    gaz: bool  # a gazetteer place or a country: matched by id only
    folds: frozenset[str]  # every name folded
    lasts: frozenset[str]  # every name's last word folded
    pairs: tuple[tuple[str, str], ...]  # (name, last word), folded, per name
    blocks: dict[str, tuple[str, ...]]

    @staticmethod
    def of(e: Entity, language: str | None = None) -> Side:
        names = tuple(e.names)
        if _typed(e) != "person":  # "Dr Anna Bach" is no "Anna"
            names += tuple(b for n in names if (b := without_generic(n, language)) not in names)
        pairs = tuple((fold(n), fold(n.split()[-1])) for n in names)
        return Side(names, e.id.startswith(("gaz:", "cty:")), frozenset(f for f, _ in pairs),
                    frozenset(w for _, w in pairs), pairs, _last_words(names))


@lru_cache(maxsize=1)
def _generic_places() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """Generic words of place names (`generic_places`): folded, of every language file, and
    as written per language (for inflected forms: "apriņķa", "ulici")."""
    by_language = entity_words_by_language("generic_places")
    every = frozenset(fold(w) for ws in by_language.values() for w in ws if len(fold(w)) >= 3)
    return every, by_language


def _generic(word: str, language: str | None) -> bool:
    every, by_language = _generic_places()
    if fold(word) in every:
        return True
    return word[:1].isupper() is False and any(
        same_word(word, w, language, language) for w in by_language.get(language or "", ()))


@lru_cache(maxsize=8192)
def without_generic(name: str, language: str | None) -> str:
    """The name without a generic word of a place ("Ringkøbing-Skjern Kommune" ->
    "Ringkøbing-Skjern", "Ozaljskoj ulici" -> "Ozaljskoj", "County Galway" -> "Galway",
    "Ozaljska-Straße" -> "Ozaljska"), so
    that it meets the bare name in the other report; the name itself when it has none or
    is nothing else."""
    words = name.split()
    if len(words) < 2:
        head, _, tail = name.rpartition("-")
        if head[:1].isupper() and len(head) >= 4 and fold(tail) in _generic_places()[0]:
            return head  # "Ozaljska-Straße" -> "Ozaljska"
        return name
    if _generic(words[-1], language) and words[-2][:1].isupper():
        rest = words[:-1]
    elif words[0][:1].isupper() and fold(words[0]) in _generic_places()[0] and \
            words[1][:1].isupper():
        rest = words[1:]
    else:
        return name
    out = " ".join(rest)
    return out if len(out) >= 4 else name


@lru_cache(maxsize=4096)
def _last_words(names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Names of one or two words, by the first letters of their last word."""
    out: dict[str, list[str]] = {}
    for n in names:
        words = n.split()
        if len(words) <= 2:
            out.setdefault(comparable(words[-1])[:3], []).append(n)
    return {k: tuple(v) for k, v in out.items()}


def close_names(sx: Side, sy: Side, la: str | None, lb: str | None) -> bool:
    """Two entities with a name in common once romanised and inflection is undone."""
    if sx.gaz and sy.gaz:
        return False
    sa, sb = sx.blocks, sy.blocks
    return any(same_word(n.split()[-1], m.split()[-1], la, lb) and same_name(n, m, la, lb)
               for k in sa.keys() & sb.keys() for n in sa[k] for m in sb[k])


def same_name_any(names: tuple[str, ...], m: str, la: str | None, lb: str | None) -> bool:
    """Is `m` a spelling of one of `names` with as many words?"""
    return any(len(n.split()) == len(m.split()) and same_name(n, m, la, lb) for n in names)


def near_names(sx: Side, sy: Side, la: str | None, lb: str | None) -> bool:
    """Two one-word names (or surnames of two-word ones whose first names fit) whose stems
    changed a letter."""
    return _near_blocks(sx.names, sy.names, la, lb)


@lru_cache(maxsize=65536)  # asked of every pair of entities still alone: memoised by names
def _near_blocks(xs: tuple[str, ...], ys: tuple[str, ...], la: str | None, lb: str | None
                 ) -> bool:
    bx, by = _last_words(xs), _last_words(ys)
    for names_x in bx.values():
        for n in names_x:
            wn = n.split()
            for names_y in by.values():
                for m in names_y:
                    wm = m.split()
                    if len(wn) != len(wm) or not near_forms(wn[-1], wm[-1], la, lb):
                        continue
                    if len(wn) > 1 and genders_differ(wn[-1], wm[-1], la, lb):
                        continue  # "Jana Horská"/"Jan Horský": a woman and a man
                    if len(wn) == 1 or first_names_fit(wn[0], wm[0], la, lb):
                        return True
    return False


def _near_keys(names: tuple[str, ...]) -> set[tuple[int, str]]:
    """(words, first letter of the last one) of the names `_near_blocks` compares."""
    return {(len(w), latin_fold(w[-1])[:1]) for n in names if 0 < len(w := n.split()) <= 2}


def entities_match(x: Entity, y: Entity, sx: Side, sy: Side,
                   la: str | None, lb: str | None) -> bool:
    if x.id == y.id:
        return True
    if sx.gaz and sy.gaz:
        return False
    if x.weak or y.weak:
        # Probably common words: only an identical name (or surname) counts (an inflected
        # form of it, "Finavian"/"Finavia", is paired before, by close_names).
        return any(f in sy.folds or f in sy.lasts or w in sy.folds for f, w in sx.pairs)
    return _names_meet(sx.names, sy.names, la, lb)


@lru_cache(maxsize=65536)  # asked of every pair of entities still alone: memoised by names
def _names_meet(xs: tuple[str, ...], ys: tuple[str, ...], la: str | None, lb: str | None
                ) -> bool:
    return any(same_name(n, name, la, lb) for n in xs for name in ys)


# ------------------------------------------------------------------ cores

_WORD = re.compile(r"\S+")


def _words(name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(name)]


def _word_same(x: str, y: str, la: str | None, lb: str | None) -> bool:
    return in_either_reading(  # "Μετόντιεφ" / "Методиев"
        lambda p, q: names_similar(p, q, 0.84, strict_short=True) or same_word(p, q, la, lb),
        x, y)


@lru_cache(maxsize=65536)
def core_span(n: str, m: str, la: str | None = None, lb: str | None = None
              ) -> tuple[str, str] | None:
    """The one name two longer spans share, as each writes it: two or more words in a row
    that are one name (inflected, romanised, or two words in the other order), ending
    where one of the spans ends ("Landwirt Hendrik Bakker"/"Melkveehouder Hendrik Bakker"
    -> "Hendrik Bakker" twice; "Pieter Vos van Infrastructuur"/"Pieter Vos"). The other
    words are a title, a job or an office glued to the name. None when there is none or
    both spans are the name already."""
    wn, wm = _words(n), _words(m)
    if min(len(wn), len(wm)) < 2 or len(wn) == len(wm) == 2:
        return None
    tn = [n[s:e] for s, e in wn]
    tm = [m[s:e] for s, e in wm]
    if len(tn) == len(tm) and _run_same(tn, tm, la, lb):
        return None  # one name, written alike
    for size in range(min(len(wn), len(wm)), 1, -1):
        for i in range(len(wn) - size + 1):
            for j in range(len(wm) - size + 1):
                if not (i + size == len(wn) or j + size == len(wm)):
                    continue
                if not (tn[i][:1].isupper() and tm[j][:1].isupper()):
                    continue  # "von Geologen": a name starts with a capital
                if _extras_ok(tn, i, size) and _extras_ok(tm, j, size) and \
                        _run_same(tn[i:i + size], tm[j:j + size], la, lb):
                    return (n[wn[i][0]:wn[i + size - 1][1]], m[wm[j][0]:wm[j + size - 1][1]])
    return None


_ROMAN = re.compile(r"^[IVX]+$")


def _extras_ok(words: list[str], i: int, size: int) -> bool:
    """Words after a core may be a portfolio or an institution's noun ("Pieter Vos van
    Infrastructuur", "Mater Dei Hospital"), never a generation ("Donald Trump Jr.",
    "Jan Novák ml.", "Henry VIII"): another person."""
    if i + size == len(words):
        return True
    after = words[i + size]
    if after.endswith(".") or _ROMAN.match(after):
        return False
    return after.lower() in CONNECT if after[:1].islower() else len(after) > 4


def _run_same(a: list[str], b: list[str], la: str | None, lb: str | None) -> bool:
    """Word runs that are one name: word by word, or two words in the other order
    ("Szabó Péter"/"Péterom Szabóom": Hungarian puts the family name first)."""
    if all(_word_same(x, y, la, lb) for x, y in zip(a, b, strict=True)):
        return True
    return len(a) == 2 and _word_same(a[0], b[1], la, lb) and _word_same(a[1], b[0], la, lb)


def _core_keys(e: Entity) -> frozenset[str]:
    """First letters of the words of an entity's longer names: two spans share a core only
    if two of their words share a stem, so only entities sharing two keys are compared."""
    return frozenset(comparable(w)[:3] for n in _multiword(e.names) for w in n.split())


def _multiword(names: Iterable[str]) -> list[str]:
    return [n for n in names if len(n.split()) > 1]


def _typed(e: Entity) -> str | None:
    """The type of an entity when its words say it (a title, a cue), else None."""
    return e.type if any(m.title or m.cue for m in e.mentions) else None


def entity_core(x: Entity, y: Entity, la: str | None, lb: str | None
                ) -> tuple[str, str, str, str] | None:
    """(name of x, its core, name of y, its core) for the first pair of names that share a
    core (`core_span`), or None. Never a person and a place that their words type."""
    tx, ty = _typed(x), _typed(y)
    if tx and ty and tx != ty:
        return None
    for n in _multiword(x.names):
        for m in _multiword(y.names):
            found = core_span(n, m, la, lb)
            if found is not None:
                return n, found[0], m, found[1]
    return None


def _name_tail(name: str, core: str, language: str | None) -> str:
    """The core, or in a language whose names may end in a second family name (`meta`
    `two_surnames`: Spanish, Portuguese) the core and the one capitalised word after it
    ("Antonio Ruiz Calero" against "Antonio Ruiz"); elsewhere such a word is an
    institution's noun ("Mater Dei Hospital") and goes."""
    if not langdata.meta(language, "two_surnames", False):
        return core
    at = name.find(core)
    rest = name[at + len(core):].split() if at >= 0 else []
    if len(rest) == 1 and rest[0][:1].isupper() and rest[0].isalpha() and \
            fold(rest[0]) not in _INSTITUTIONS:
        return name[at:]
    return core


def _place_names(e: Entity, language: str | None = None) -> list[str]:
    """The names of `e` worth an exonym look-up: none for a person its words type or a
    country; for a probable common word ("Zadar – …" opens a sentence) only names of
    five letters or more that name a place, as written or inflected ("Riias")."""
    if _typed(e) == "person" or e.id.startswith("cty:"):
        return []
    if e.weak:
        return [n for n in e.names if len(n) >= 5 and (exact_place(n) or place_ids(n, language))]
    return e.names


def place_readings_of(e: Entity, language: str | None
                      ) -> tuple[frozenset[int], frozenset[int]]:
    """(the places `e` names, every place it may name: `reading_set`). A gazetteer place
    names the places its listed spellings name as written ("Wien" lists no "Bécs")."""
    if e.id.startswith("gaz:"):
        if e.type != "place":
            return frozenset(), frozenset()
        listed = frozenset().union(*(written_place_ids(n) for n in names_by_id(e.id)))
        return listed | place_set(e.names, language), listed | reading_set(e.names, language)
    names = _place_names(e, language)
    return place_set(names, language), reading_set(names, language)


def adjective_ids(e: Entity, language: str | None) -> frozenset[int]:
    """The places a one-word name of `e` that is an adjective made of a place's name
    names ("Вильнюсском" names Vilnius, "Львівської" Lviv)."""
    out: frozenset[int] = frozenset()
    dropped = ("", *_DROPPED.get(language or "", ()))
    for n in _place_names(e, language) if not e.id.startswith("gaz:") else ():
        base = adjective_base(n, language) if " " not in n else None
        if base is not None:
            for full in (base + end for end in dropped):
                out |= place_readings(full, language) | _listed_ids(full)
    return out


# Letters a place's name ends in that its adjective drops (`adjective_dropped`: Russian
# "Иваново" / "Ивановской области", "Москва" / "Московской").
_DROPPED = {code: tuple(sorted(ws)) for code, ws in
            entity_words_by_language("adjective_dropped").items()}


@lru_cache(maxsize=1)
def _adjective_endings() -> dict[str, tuple[str, ...]]:
    """Endings of a capitalised adjective made of a place's name, longest first, by
    language (`name_adjective_endings`)."""
    return {lang: tuple(sorted(ws, key=len, reverse=True))
            for lang, ws in entity_words_by_language("name_adjective_endings").items()}


@lru_cache(maxsize=8192)
def adjective_base(word: str, language: str | None) -> str | None:
    """The place name a capitalised adjective is made of ("Вильнюсском" -> "Вильнюс",
    "Львівської" -> "Львів", "Plzeňského" -> "Plzeň"), or None."""
    low = word.lower()
    for ending in _adjective_endings().get(language or "", ()):
        if low.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return None


def _listed_ids(name: str) -> frozenset[int]:
    """The places a gazetteer place's listed spellings name, when `name` is one."""
    known = gazetteer_lookup(name)
    if known is None or known.type != "place" or not known.id.startswith("gaz:"):
        return frozenset()
    return frozenset().union(*(written_place_ids(n) for n in names_by_id(known.id)))


def trimmed(e: Entity, name: str, core: str) -> Entity:
    """The entity with the mentions written `name` shown as `core` (their offsets moved);
    what the text writes stays among its spellings (`Mention.written`)."""
    if core == name or core not in name:
        return e
    shift = name.index(core)
    mentions = [replace(mt, text=core, start=mt.start + shift, end=mt.start + shift + len(core),
                        written=mt.written or name)
                if mt.text == name else mt for mt in e.mentions]
    text = core if e.text == name else e.text
    return replace(e, text=text, mentions=mentions)


def word_cores(pairs: list[tuple[Entity, Entity]], la: str | None, lb: str | None
               ) -> list[tuple[Entity, Entity]]:
    """Rows of a longer name against a one-word name shown as that word (`word_core`)."""
    return [(x, y) if x.id == y.id else (
        _compound_trimmed(word_core(x, y, la, lb), y, la),
        _compound_trimmed(word_core(y, x, lb, la), x, lb)) for x, y in pairs]


def _compound_trimmed(x: Entity, y: Entity, lx_: str | None) -> Entity:
    """`x` with a compound of its language shown as the name of `y` it opens with."""
    found = compound_head(x, y, lx_)
    return trimmed(x, found[0], found[1]) if found else x


_LINKS = ("s", "-", "")  # what joins a name to the noun after it in a compound


def compound_head(x: Entity, y: Entity, lx_: str | None) -> tuple[str, str] | None:
    """(a one-word name of `x`, its head) when, in a language that joins nouns into one
    word (`meta.compounds`), the name is a name of `y` (a listed spelling of a known
    place too) of four letters or more, a link and a common noun of the language:
    Swedish "Öresundskusten" (the Øresund coast), German "Oderufer"."""
    longs = [n for n in x.names if " " not in n and len(n) >= 8]
    if not longs or not langdata.meta(lx_, "compounds", False):
        return None
    heads = [m for m in (*y.names, *names_by_id(y.id)) if " " not in m and len(m) >= 4]
    for n in longs:
        low = latin_fold(n)
        for m in heads:
            k = len(latin_fold(m))
            if low[:k] != latin_fold(m) or len(n) != len(low):
                continue
            rest = n[k:]
            if any(rest.startswith(link) and len(rest) - len(link) >= 4 and
                   glossary.senses(lx_, rest[len(link):].lstrip("-"))
                   for link in _LINKS):
                return n, n[:k]
    return None


def word_core(x: Entity, y: Entity, lx_: str | None, ly: str | None) -> Entity:
    """`x` with the mentions of a longer name shown as its first or last word when that
    word is a name of `y`, whose names are all of one word, and `x` is no person its
    words type: the other words are
    a generic word, an adjective or a headline's noun ("Munților Făgăraș"/"Fagaras",
    "Duitse Nettetal"/"Nettetal", "Klórszivárgás Vágsellyén"/"Šali"). The word must name
    a place, or the other words be generic words of places ("Poseidonos Avenue")."""
    singles = [m for m in y.names if " " not in m]
    if not singles or len(singles) < len(y.names) or x.weak or _typed(x) == "person":
        return x  # "Backman" against "Ulla Backman" and "Ulla Backmanin": one person
    for n in x.names:
        words = n.split()
        if not 1 < len(words) <= 3:
            continue
        hits = [w for w in (words[0], words[-1])
                if any(_one_word_same(w, m, lx_, ly) for m in singles)]
        if len(hits) != 1:
            continue
        w = hits[0]
        if without_generic(n, lx_) == w or y.type == "place" or place_readings(w, lx_):
            return trimmed(x, n, w)
    return x


def _one_word_same(w: str, m: str, lw: str | None, lm: str | None) -> bool:
    """One name, written alike, inflected or romanised, or one place ("Vágsellyén"/"Šali")."""
    return _word_same(w, m, lw, lm) or bool(
        place_ids(w, lw) & place_readings(m, lm) or place_readings(w, lw) & place_ids(m, lm))


@lru_cache(maxsize=65536)
def _known_form(n: str, f: str, language: str | None) -> bool:
    return comparable(n)[:2] == comparable(f)[:2] and (
        same_word(n, f, language, language) or near_forms(n, f, language, language))


def inflects_known(names: Iterable[str], forms: tuple[str, ...], language: str | None) -> bool:
    """Is one of `names` (one word, four letters or more) an inflected form, in
    `language`, of one of the listed one-word `forms` of a known place?"""
    singles = [f for f in forms if " " not in f and len(f) >= 4]
    return any(_known_form(n, f, language) for n in names
               if " " not in n and len(n) >= 4 and not n.isupper() for f in singles)


# ------------------------------------------------------------------ stages


@dataclass(slots=True)
class EntityPairing:
    """Pairs entities of two reports (A's and B's) stage by stage; see the module doc."""

    ents_a: list[Entity]
    ents_b: list[Entity]
    la: str | None
    lb: str | None
    pairs: list[tuple[Entity, Entity]] = field(default_factory=list)
    alias: dict[str, str] = field(default_factory=dict)  # B's entity id -> A's
    used_a: set[int] = field(default_factory=set)
    used_b: set[int] = field(default_factory=set)
    side_a: list[Side] = field(default_factory=list)
    side_b: list[Side] = field(default_factory=list)
    blocks: dict[str, list[int]] = field(default_factory=dict)
    core_keys: list[frozenset[str]] | None = None
    places_b: dict[int, list[int]] | None = None
    readings_b: dict[int, list[int]] = field(default_factory=dict)
    adjectives_b: list[tuple[frozenset[int], frozenset[int]]] | None = None
    words_b: dict[str, list[int]] | None = None
    sound_b: SoundIndex | None = None
    near_b: dict[tuple[int, str], list[int]] | None = None
    cognates_b: dict[tuple[int, str], list[int]] | None = None
    roles_a: list[tuple[frozenset[str], frozenset[str]]] | None = None
    roles_b: list[tuple[frozenset[str], frozenset[str]]] | None = None

    def run(self) -> EntityPairing:
        self.by_id()
        self.side_a = [Side.of(x, self.la) for x in self.ents_a]
        self.side_b = [Side.of(y, self.lb) for y in self.ents_b]
        for j, sy in enumerate(self.side_b):
            for key in sy.blocks:
                self.blocks.setdefault(key, []).append(j)
        # Spellings of one name first (identical once romanised, or inflected forms), then
        # names that only sound alike: "Latvijos" takes "Latvijas", not "Lietuvas".
        for stage in (self.close, self.sound, self.near, self.core, self.role, self.known,
                      self.exonym, self.adjective, self.compound, self.cognate):
            self.take(stage)
        self.trim_rows()
        return self

    def by_id(self) -> None:
        """Entities with one canonical id (a gazetteer place, a country, one spelling key)."""
        index = {e.id: j for j, e in enumerate(self.ents_b)}
        for i, x in enumerate(self.ents_a):
            j = index.get(x.id)
            if j is None or j in self.used_b:
                continue
            self.used_a.add(i)
            self.used_b.add(j)
            self.pairs.append((x, self.ents_b[j]))

    def take(self, stage: Callable[[int], Iterable[int]]) -> None:
        """Pair each A entity still alone with the first B entity the stage offers."""
        for i, x in enumerate(self.ents_a):
            if i in self.used_a:
                continue
            j = next((j for j in stage(i) if j not in self.used_b), None)
            if j is None:
                continue
            y = self.ents_b[j]
            self.used_a.add(i)
            self.used_b.add(j)
            self.alias[y.id] = x.id
            self.pairs.append((x, y))

    def close(self, i: int) -> Iterable[int]:
        """B's entities with a name in common, those that write it with as many words
        first: "Latvijā" takes "Латвии" (the country), not "Банк Латвии" (its bank)."""
        found = {j for key in self.side_a[i].blocks for j in self.blocks.get(key, ())}
        hits = [j for j in sorted(found)
                if close_names(self.side_a[i], self.side_b[j], self.la, self.lb)]
        if len(hits) < 2:
            return hits
        sizes = {len(n.split()) for n in self.side_a[i].names}
        return sorted(hits, key=lambda j: not any(
            len(m.split()) in sizes for m in self.side_b[j].names if same_name_any(
                self.side_a[i].names, m, self.la, self.lb)))

    def sound(self, i: int) -> Iterator[int]:  # lazily: the first match is taken
        """B's entities that `entities_match` takes, asked only of those sharing a key
        with A's (tui.analysis.sound_index)."""
        x, sx = self.ents_a[i], self.side_a[i]
        if self.sound_b is None:
            self.sound_b = SoundIndex(self.ents_b, self.side_b)
        return (j for j in self.sound_b.candidates(x, sx) if j not in self.used_b
                and entities_match(x, self.ents_b[j], sx, self.side_b[j], self.la, self.lb))

    def near(self, i: int) -> Iterator[int]:  # stems that change ("Helsingisse"/"Helsinkiin")
        """B's entities whose names `near_names` takes, asked only of those whose names
        of as many words open their last word with the same letter (as `near_forms`)."""
        x, sx = self.ents_a[i], self.side_a[i]
        if x.weak:
            return iter(())
        if self.near_b is None:
            self.near_b = {}
            for j, sy in enumerate(self.side_b):
                for key in _near_keys(sy.names):
                    self.near_b.setdefault(key, []).append(j)
        found = sorted({j for key in _near_keys(sx.names) for j in self.near_b.get(key, ())})
        return (j for j in found if j not in self.used_b and not self.ents_b[j].weak
                and not (sx.gaz and self.side_b[j].gaz)
                and near_names(sx, self.side_b[j], self.la, self.lb))

    def core(self, i: int) -> Iterator[int]:  # last: one name inside two longer spans
        x = self.ents_a[i]
        if x.weak or self.side_a[i].gaz or not _multiword(x.names):
            return iter(())
        if self.core_keys is None:
            self.core_keys = [_core_keys(y) for y in self.ents_b]
        keys = _core_keys(x)
        return (j for j, y in enumerate(self.ents_b) if j not in self.used_b and not y.weak
                and len(keys & self.core_keys[j]) >= 2 and not self.side_b[j].gaz
                and entity_core(x, y, self.la, self.lb) is not None)

    def role(self, i: int) -> Iterable[int]:  # "Architect Vella" / "Josef Vella"
        """The one B entity whose full name ends in the surname that A's role noun and
        surname name, or the one whose role noun and surname name A's full name's
        person (`role_surname_pair`): only when no other entity of that report has a
        full name ending so."""
        if self.roles_a is None or self.roles_b is None:
            self.roles_a = [_role_parts(e, self.la) for e in self.ents_a]
            self.roles_b = [_role_parts(e, self.lb) for e in self.ents_b]
        ra = self.roles_a[i]
        if not ra[0] and not any(rb[0] for rb in self.roles_b):
            return ()  # no role noun and surname on either side: the common case
        x = self.ents_a[i]
        if x.weak or self.side_a[i].gaz or not (ra[0] or ra[1]):
            return ()
        hits = [j for j, y in enumerate(self.ents_b) if not y.weak and not self.side_b[j].gaz
                and _parts_meet(ra, self.roles_b[j], self.la, self.lb)
                and role_surname_pair(x, y, self.la, self.lb)]
        if len(hits) != 1 or any(_parts_meet(self.roles_a[k], self.roles_b[hits[0]], self.la,
                                             self.lb) for k in range(len(self.ents_a)) if k != i):
            return ()
        return hits

    def known(self, i: int) -> Iterator[int]:  # a known place's name, inflected
        """A gazetteer place or country of one report and an entity of the other whose
        one-word name is an inflected form of one of its listed names, in that report's
        language ("Odry", Polish, is the Oder's "Odra"; "Turussa" is Turku, "Åbo")."""
        x, sx = self.ents_a[i], self.side_a[i]
        if sx.gaz:
            forms = names_by_id(x.id)
            if self.words_b is None:  # B's one-word names by their first letters
                self.words_b = {}
                for j, y in enumerate(self.ents_b):
                    for n in y.names:
                        if " " not in n and len(n) >= 4:
                            self.words_b.setdefault(comparable(n)[:2], []).append(j)
            near = sorted({j for f in forms for j in self.words_b.get(comparable(f)[:2], ())})
            return (j for j in near if j not in self.used_b and not self.side_b[j].gaz
                    and _typed(self.ents_b[j]) in (None, x.type)
                    and inflects_known(self.ents_b[j].names, forms, self.lb))
        if x.weak:
            return iter(())
        return (j for j, y in enumerate(self.ents_b) if j not in self.used_b
                and self.side_b[j].gaz and not y.weak and _typed(x) in (None, y.type)
                and inflects_known(x.names, names_by_id(y.id), self.la))

    def exonym(self, i: int) -> Iterable[int]:  # last: a place's name in another language
        """B's entities naming a place A's names: as each writes it, or one as written
        and the other as an inflected form ("Šali", Slovak "in Šaľa", is also a listed
        town: `place_readings`). Never two gazetteer entities, nor two probable common
        words."""
        x, sx = self.ents_a[i], self.side_a[i]
        ids, wide = place_readings_of(x, self.la)
        if not wide:
            return ()
        if self.places_b is None:  # B's entities by the places they name, built once
            self.places_b = {}
            for j, y in enumerate(self.ents_b):
                if j not in self.used_b:
                    ids_y, wide_y = place_readings_of(y, self.lb)
                    for pid in ids_y:
                        self.places_b.setdefault(pid, []).append(j)
                    for pid in wide_y:
                        self.readings_b.setdefault(pid, []).append(j)
        found = {j for pid in wide for j in self.places_b.get(pid, ())} | \
            {j for pid in ids for j in self.readings_b.get(pid, ())}
        return sorted(j for j in found if not (sx.gaz and self.side_b[j].gaz)
                      and not (x.weak and self.ents_b[j].weak))

    def adjective(self, i: int) -> Iterator[int]:  # last: "Вильнюсском" / "Vilniaus"
        """B's entities naming the place an adjective of the other report is made of
        ("Вильнюсском районе" / "Vilniaus rajone"), or made of the place A names; only
        for entities every other stage left alone."""
        x, sx = self.ents_a[i], self.side_a[i]
        own = adjective_ids(x, self.la)
        places = own | place_readings_of(x, self.la)[1]
        if not places:
            return iter(())
        if self.adjectives_b is None:  # (its adjective's places, every place) per B entity
            self.adjectives_b = [(adj, adj | place_readings_of(y, self.lb)[1]) if
                                 (adj := adjective_ids(y, self.lb)) else (adj, adj)
                                 for y in self.ents_b]
        return (j for j, y in enumerate(self.ents_b) if j not in self.used_b
                and not (sx.gaz and self.side_b[j].gaz) and not (x.weak and y.weak)
                and places & self.adjectives_b[j][1 if own else 0])

    def compound(self, i: int) -> Iterator[int]:  # last: "Öresundskusten" / "Øresund"
        """B's entities whose one-word name opens a compound of A's, or whose compound
        opens with A's name (`compound_head`); the name is no probable common word (a
        compound may be: German capitalises every noun)."""
        joins_a, joins_b = (langdata.meta(lang, "compounds", False) for lang in (self.la, self.lb))
        if not (joins_a or joins_b):
            return iter(())
        x = self.ents_a[i]
        return (j for j, y in enumerate(self.ents_b) if j not in self.used_b
                and not (self.side_a[i].gaz and self.side_b[j].gaz)
                and ((joins_a and not y.weak and compound_head(x, y, self.la))
                     or (joins_b and not x.weak and compound_head(y, x, self.lb))))

    def cognate(self, i: int) -> Iterator[int]:  # last: "Policía Judicial" / "Polícia Judiciária"
        """B's bodies and places whose longer names are, word by word, cognates of A's
        (tui.analysis.cognate_names); never a person a title types, nor two gazetteer
        entities."""
        x, sx = self.ents_a[i], self.side_a[i]
        if x.weak or _typed(x) == "person":
            return iter(())
        if self.cognates_b is None:
            self.cognates_b = {}
            for j, y in enumerate(self.ents_b):
                if not y.weak and _typed(y) != "person":
                    for key in {k for n in y.names if (k := cognate_key(n))}:
                        self.cognates_b.setdefault(key, []).append(j)
        found = sorted({j for n in x.names if (k := cognate_key(n))
                        for j in self.cognates_b.get(k, ())})
        return (j for j in found if j not in self.used_b
                and not (sx.gaz and self.side_b[j].gaz)
                and any(cognate_names(n, m, self.la, self.lb)
                        for n in x.names for m in self.ents_b[j].names))

    def trim_rows(self) -> None:
        """Rows whose names share a core show the core: "Councillor Helen Barraclough"
        against "Helen Barraclough" is "Helen Barraclough" on both sides."""
        out = []
        for x, y in self.pairs:
            found = None if x.id == y.id and x.id.startswith(("gaz:", "cty:")) else \
                entity_core(x, y, self.la, self.lb)
            if found is not None:
                n, cn, m, cm = found
                x = trimmed(x, n, _name_tail(n, cn, self.la))
                y = trimmed(y, m, _name_tail(m, cm, self.lb))
            elif x.id != y.id:
                x, y = role_trimmed(x, y, self.la, self.lb), role_trimmed(y, x, self.lb, self.la)
            out.append((x, y))
        self.pairs = out


def _role_parts(e: Entity, language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(the surnames `e` names with a role noun, those ending its full names)."""
    if e.weak or not _multiword(e.names):
        return frozenset(), frozenset()
    return frozenset(s for n in e.names if (s := role_surname(n, language))), \
        frozenset(_full_surnames(e, language))


def _parts_meet(a: tuple[frozenset[str], frozenset[str]],
                b: tuple[frozenset[str], frozenset[str]], la: str | None, lb: str | None
                ) -> bool:
    """Does a role's surname of one side meet a full name's surname of the other?"""
    return any(_word_same(r, s, la, lb) for r in a[0] for s in b[1]) or \
        any(_word_same(s, r, la, lb) for s in a[1] for r in b[0])


@lru_cache(maxsize=16384)
def role_surname(name: str, language: str | None) -> str | None:
    """The surname of a name of two words whose first is a role noun ("Architect
    Vella", "Bauer Hartl": tui.analysis.role_heads), or None."""
    words = name.split()
    if len(words) != 2 or not words[1][:1].isupper() or words[1].isupper() or \
            not is_role_noun(words[0], language):
        return None
    return words[1]


def _full_surnames(e: Entity, language: str | None) -> set[str]:
    """The last words of `e`'s names of two or more words that open with no role noun."""
    return {n.split()[-1] for n in _multiword(e.names) if role_surname(n, language) is None
            and not is_role_noun(n.split()[0], language)}


def role_surname_pair(x: Entity, y: Entity, lx_: str | None, ly: str | None) -> bool:
    """Does one of `x`, `y` name a person by a role noun and a surname only, the other
    by a full name ending in that surname ("Architect Vella" / "Josef Vella")? Never a
    person and a place their words type."""
    tx, ty = _typed(x), _typed(y)
    if tx and ty and tx != ty or "place" in (tx, ty):
        return False
    for a, b, la, lb in ((x, y, lx_, ly), (y, x, ly, lx_)):
        roles = {s for n in a.names if (s := role_surname(n, la))}
        if roles and any(_word_same(r, s, la, lb) for r in roles
                         for s in _full_surnames(b, lb)):
            return True
    return False


def role_trimmed(x: Entity, y: Entity, lx_: str | None, ly: str | None) -> Entity:
    """`x` with its role noun and surname shown as the surname, when `y` names the
    person in full (`role_surname_pair`); the text's spelling stays among its own."""
    if not any(" " in n and role_surname(n, lx_) for n in x.names) or \
            not role_surname_pair(x, y, lx_, ly):
        return x
    for n in x.names:
        surname = role_surname(n, lx_)
        if surname is not None:
            return trimmed(x, n, surname)
    return x


# ------------------------------------------------------------ rows as written


def written_rows(pairs: list[tuple[Entity, Entity]], ta: TextSide, tb: TextSide
                 ) -> list[tuple[Entity, Entity]]:
    """Rows that show a name as both reports write it. A name one report writes whole and
    the other writes whole too, though its first word was dropped there ("The Hollow
    Pines" opening a sentence, "Meridian Cruises" read as a demonym), is shown whole on
    both sides (`widened`); a side that writes only inflected forms of the other's name
    ("Kaneeli Apteegidille", "Dunavom" against "Kaneeli Apteegid", "Дунав") is headed by
    that name in its base form (`based`)."""
    out = []
    for x, y in pairs:
        x, y = shared_heads(x, y, (ta.text, ta.language), (tb.text, tb.language), _generic)
        y = glossed_head(widened(y, x, tb), x, tb, ta.language)
        x = glossed_head(widened(x, y, ta), y, ta, tb.language)
        out.append((based(x, y, ta.language, tb.language), based(y, x, tb.language,
                                                                 ta.language)))
    return out


def glossed_head(y: Entity, x: Entity, side: TextSide, lx_: str | None) -> Entity:
    """`y` with each mention shown with the capitalised word its text writes before it,
    when `x` has a name of that word's translation (a shared glossary sense) followed by
    `y`'s name: "Sicherheitsregion Limburg-Noord" against "Veiligheidsregio
    Limburg-Noord", where the German noun was read as a common word before the name."""
    heads = [(w[0], " ".join(w[1:])) for n in x.names if len(w := n.split()) >= 2
             and len(w[0]) >= 5 and not w[0].isupper()]
    if not heads or x.weak:
        return y
    mentions, changed = [], False
    for mt in y.mentions:
        before = _WORD_BEFORE.search(side.text, max(0, mt.start - 40), mt.start)
        word = before.group(1) if before else ""
        if len(word) >= 5 and word[:1].isupper() and not word.isupper() and any(
                fold(rest) == fold(mt.text) and _glossed(head, lx_, word, side.language)
                for head, rest in heads):
            start = before.start(1)
            mt = replace(mt, text=side.text[start:mt.end], start=start, written=None)
            changed = True
        mentions.append(mt)
    if not changed:
        return y
    return replace(y, mentions=mentions, text=max((m.text for m in mentions), key=len))


_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*) $")


def _glossed(a: str, la: str | None, b: str, lb: str | None) -> bool:
    """Are two nouns of two languages translations: a shared first-ranked glossary sense?"""
    sa, sb = glossary.senses(la, a), glossary.senses(lb, b)
    return bool(sa and sb and (sa[0] in sb or sb[0] in sa))


def _long_forms(e: Entity) -> list[str]:
    return [n for n in e.spellings if " " in n]


def widened(y: Entity, x: Entity, side: TextSide) -> Entity:
    """`y` (of the report `side`) with each mention that the text continues, word for word,
    into a longer spelling of `x` shown as that spelling."""
    longs = [n for n in _long_forms(x) if len(n) < 80]
    if not longs:
        return y
    mentions, changed = [], False
    for mt in y.mentions:
        for n in longs:
            at = n.find(mt.text)
            if at < 0 or len(n) == len(mt.text):
                continue
            start, end = mt.start - at, mt.start - at + len(n)
            if start < 0 or side.text[start:end] != n or \
                    _word_char(side.text, start - 1) or _word_char(side.text, end):
                continue
            mt = replace(mt, text=side.text[start:end], start=start, end=end, written=None)
            changed = True
            break
        mentions.append(mt)
    if not changed:
        return y
    return replace(y, mentions=mentions, text=max((m.text for m in mentions), key=len))


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "-'’")


def based(y: Entity, x: Entity, ly: str | None, lx_: str | None) -> Entity:
    """`y` headed by a name of `x` of which every form `y` writes is an inflected form in
    `y`'s language: the same words, the last with a case ending of that language, in
    `y`'s script ("Kaneeli Apteegid" for "Kaneeli Apteegidille" and "Kaneeli Apteegidin";
    "Dunav" for "Dunava" and "Dunavom" against Serbian "Дунав")."""
    if x.weak or y.weak:
        return y
    table = endings(ly)
    if not table:
        return y
    forms = y.names
    for n in x.names:
        base = n
        if is_latin(n) != is_latin(forms[0]):
            if not is_latin(forms[0]):
                continue
            base = latin(n)
        if base not in forms and not _inflected(n, endings(lx_)) and \
                any(_inflects(f, base, table) for f in forms):
            return replace(y, text=base)
    return y


def _inflects(form: str, base: str, table: frozenset[str]) -> bool:
    """Is `form` the words of `base`, the last one followed by a case ending of `table`?"""
    wf, wb = form.split(), base.split()
    if len(wf) != len(wb) or [fold(w) for w in wf[:-1]] != [fold(w) for w in wb[:-1]]:
        return False
    last, stem = comparable(wf[-1]), comparable(wb[-1])
    return len(stem) >= 3 and last.startswith(stem) and last[len(stem):] in table


def _inflected(name: str, table: frozenset[str]) -> bool:
    """Does the last word of `name` end in a case ending of `table`, leaving four letters
    ("Tallinnas": an Estonian locative, no base form)?"""
    last = comparable(name.split()[-1])
    return any(last.endswith(e) and len(last) - len(e) >= 4 for e in table)


# ------------------------------------------------------------ institutions

_START = attrgetter("start")
_ANY_STOP = frozenset().union(*STOP_BY_LANGUAGE.values())
_AND = frozenset(w for ws in entity_words_by_language("and_words").values() for w in ws)
_MAX_EXTRA = 4  # lowercase words an institution's name may run on after its capital


def institution_phrases(pairs: list[tuple[Entity, Entity]], ta: TextSide, tb: TextSide
                        ) -> list[tuple[Entity, Entity]]:
    """Rows of one capitalised word that both reports continue alike in lowercase words
    ("Horská záchranná služba", "Hospices civils de Lyon"): the row shows the whole name.
    Both reports must write three or more words the same, the name must end where both
    sentences go on differently with a capital or a stop, and no word after the first
    may be a function word of the report's language; a name written elsewhere with a
    second capitalised word ("Jan Smith") is a person and never runs on ("Smith told
    reporters")."""
    out, spans_a, spans_b = [], [], []
    for x, y in pairs:
        found = None
        if not (_multiword(x.names) or _multiword(y.names) or x.id.startswith(("gaz:", "cty:"))):
            found = _shared_run_on(x, y, ta, tb)
        if found is not None:
            x, y = extended(x, ta, found[0]), extended(y, tb, found[1])
            spans_a += [(m.start, m.end) for m in x.mentions]
            spans_b += [(m.start, m.end) for m in y.mentions]
        out.append((x, y))
    if not spans_a:
        return out
    # The words of a name now shown whole are no rows of their own ("Toetsen", "Examens").
    return [(x, y) for x, y in out if not (_inside(x, spans_a) and _inside(y, spans_b))]


def _inside(e: Entity, spans: list[tuple[int, int]]) -> bool:
    """Does every mention of `e` lie inside, and short of, one of `spans`?"""
    return all(any(s <= m.start and m.end <= t and (s, t) != (m.start, m.end)
                   for s, t in spans) for m in e.mentions)


def _run_word_same(a: Token, b: Token, ta: TextSide, tb: TextSide) -> bool:
    """Do two reports write one word after a name? The same word; in two languages also
    a form or a spelling of one ("поліція"/"полиция", "županije"/"županiji"), or two
    cognates ("драматическом"/"драматичному")."""
    if ta.language == tb.language:
        return a.low == b.low
    if len(a.low) < 4 or len(b.low) < 4 or latin_fold(a.low) in _ANY_STOP or \
            latin_fold(b.low) in _ANY_STOP:
        return False
    return a.low == b.low or (
        same_word(a.text, b.text, ta.language, tb.language)
        or names_similar(a.text, b.text, 0.84, strict_short=True)
        or cognates(a.text, b.text))


@dataclass(frozen=True, slots=True)
class TextSide:
    """One report's text and tokens (in text order, found by offset)."""

    text: str
    tokens: tuple[Token, ...]
    language: str | None
    sentences: tuple[Sentence, ...] = ()

    @staticmethod
    def of(text: str, tokens: tuple[Token, ...], language: str | None,
           sentences: tuple[Sentence, ...] = ()) -> TextSide:
        return TextSide(text, tokens, language, sentences)

    def sentence(self, start: int) -> int:
        """The index of the sentence holding offset `start` (0 without sentences)."""
        return sentence_at(self.sentences, start) if self.sentences else 0

    def index(self, start: int) -> int | None:
        i = bisect_left(self.tokens, start, key=_START)
        return i if i < len(self.tokens) and self.tokens[i].start == start else None

    def run_on(self, start: int) -> list[Token]:
        """The words after the word at `start`, one space apart, up to _MAX_EXTRA."""
        i = self.index(start)
        if i is None:
            return []
        out: list[Token] = []
        for k in range(i + 1, min(len(self.tokens), i + 1 + _MAX_EXTRA)):
            t = self.tokens[k]
            if not t.is_word or self.text[self.tokens[k - 1].end:t.start] != " ":
                break
            out.append(t)
        return out

    def after(self, tok: Token) -> Token | None:
        i = self.index(tok.start)
        return self.tokens[i + 1] if i is not None and i + 1 < len(self.tokens) else None


def _shared_run_on(x: Entity, y: Entity, ta: TextSide, tb: TextSide
                   ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The folded words each report writes after a mention of x and of y, when they make
    a name (see institution_phrases). Reports in two languages may share one such word
    when it is a form of one word in both ("Національна поліція"/"Национальная
    полиция", "Istarske županije"/"Istrski županiji") and each text writes the name
    with it every time."""
    least = 2 if ta.language == tb.language else 1
    for mx in x.mentions:
        for my in y.mentions:
            if least == 2 and (mx.initial or my.initial or fold(mx.text) != fold(my.text)):
                continue
            ra, rb = ta.run_on(mx.start), tb.run_on(my.start)
            k = 0
            while k < min(len(ra), len(rb)) and _run_word_same(ra[k], rb[k], ta, tb):
                k += 1
            linked = least == 2
            words = _name_words(ra[:k], ta, linked) if k >= least else []
            words_b = _name_words(rb[:len(words)], tb, linked)
            if len(words) >= least and len(words_b) == len(words) and (
                    _ends_name(words[-1], ta) and _ends_name(words_b[-1], tb)
                    and _only_inside(mx, words, ta) and _only_inside(my, words_b, tb)
                    if least == 2
                    else _always_followed(x, ta, words[0]) and
                    _always_followed(y, tb, words_b[0])):
                return tuple(t.low for t in words), tuple(t.low for t in words_b)
    return None


def _only_inside(mt: Mention, words: list[Token], side: TextSide) -> bool:
    """Is every capitalised word of the run on written only inside the whole name? "College
    voor Toetsen en Examens" is one name; in "Jan en Piet" Piet is written alone too."""
    phrase = side.text[mt.start:words[-1].end]
    times = side.text.count(phrase)
    return all(side.text.count(t.text) <= times for t in words if t.text[:1].isupper())


def _always_followed(e: Entity, side: TextSide, word: Token) -> bool:
    """Is every mention of `e` followed by a form of `word`? A name the text also writes
    without it ("Przemyśl" and "w Przemyślu czekało": a verb follows) stands alone."""
    for mt in e.mentions:
        run = side.run_on(mt.start)
        if not run or not (run[0].low == word.low or same_word(run[0].text, word.text,
                                                               side.language, side.language)):
            return False
    return True


def _name_words(run: list[Token], side: TextSide, linked: bool = False) -> list[Token]:
    """The words of `run` that may continue a name: lowercase words that are not
    function words, or a particle and the capitalised word after it; `linked` (two
    reports in one language that write the run alike): also a function word and the
    capitalised word after it, and on ("College voor Toetsen en Examens")."""
    stop = STOP_BY_LANGUAGE.get(side.language or "", frozenset())
    links = CONNECT | stop | _AND if linked else CONNECT
    out: list[Token] = []
    for k, t in enumerate(run):
        if t.text[:1].isupper():
            if out and out[-1].low in links:
                out.append(t)
                if linked:
                    continue
            break
        if t.low in links and k + 1 < len(run) and run[k + 1].text[:1].isupper() and (
                t.low in CONNECT or _linkable(out, t, run[k + 1])):
            out.append(t)
            continue
        if t.low in stop or t.low in CONNECT:
            break
        out.append(t)
    while out and out[-1].low in CONNECT:
        out.pop()
    return out


def _linkable(out: list[Token], link: Token, nxt: Token) -> bool:
    """May a function word join the capitalised word after it to a name? Not an "and"
    that opens the run on ("Schleswig-Holstein und Niedersachsen": two names), nor one
    before a known place."""
    if link.low in _AND and not out:
        return False
    return link.low not in _AND or not _known_place(nxt.text)


def _ends_name(last: Token, side: TextSide) -> bool:
    """Does the sentence go on after `last` with something other than a lowercase word?"""
    if last.text[:1].isupper():
        return True
    nxt = side.after(last)
    return nxt is None or not nxt.is_word or nxt.text[:1].isupper()


def extended(e: Entity, side: TextSide, words: tuple[str, ...]) -> Entity:
    """The entity with each mention that the text continues with `words` shown whole."""
    mentions = []
    for mt in e.mentions:
        run = side.run_on(mt.start)
        if len(run) >= len(words) and tuple(t.low for t in run[:len(words)]) == words:
            end = run[len(words) - 1].end
            mt = replace(mt, text=_name_to(side, mt, end), end=end, cue="org")
        mentions.append(mt)
    names = [m.text for m in mentions]
    return replace(e, text=max(names, key=len), type="org", mentions=mentions)


def _name_to(side: TextSide, mt: Mention, end: int) -> str:
    """The text from where the name of `mt` is written to `end`: a mention of a token
    with an elided article keeps the token's start ("l'Athénée"), its name does not
    ("Athénée royal", not "l'Athénée royal")."""
    at = side.text.find(mt.text, mt.start, end)
    return side.text[at if at >= 0 else mt.start:end]


def run_on_rows(pairs: list[tuple[Entity, Entity]], ta: TextSide, tb: TextSide
                ) -> list[tuple[Entity, Entity]]:
    """Rows of one capitalised word against a name of two to four words of the other
    report whose other words the text writes after every mention of it in lowercase, in
    any order ("Львівського університету" / "Uniwersytetu Lwowskiego": Polish puts the
    place's adjective after the noun): the row shows the word with them."""
    return [(_run_on_to(x, y, ta, tb.language), _run_on_to(y, x, tb, ta.language))
            for x, y in pairs]


def _run_on_to(x: Entity, y: Entity, side: TextSide, other: str | None) -> Entity:
    if any(" " in n for n in x.names) or x.id.startswith(("gaz:", "cty:")):
        return x
    for name in y.names:
        words = name.split()
        if not 2 <= len(words) <= 4:
            continue
        ends = []
        for mt in x.mentions:
            run = side.run_on(mt.start)[:len(words) - 1]
            if len(run) < len(words) - 1 or not _bag_meets(run, words, side.language, other):
                break
            ends.append(run[-1].end)
        else:
            mentions = [replace(mt, text=_name_to(side, mt, end), end=end, written=None)
                        for mt, end in zip(x.mentions, ends, strict=True)]
            return replace(x, mentions=mentions, text=max((m.text for m in mentions), key=len))
    return x


def _bag_meets(run: list[Token], words: list[str], la: str | None, lb: str | None) -> bool:
    """Is each lowercase word of `run` a form, a spelling or a cognate of a distinct
    word of `words`?"""
    left = list(words)
    for t in run:
        if not t.text.islower() or len(t.text) < 4 or latin_fold(t.low) in _ANY_STOP:
            return False
        hit = next((w for w in left if len(w) >= 4 and (
            same_word(t.text, w, la, lb) or cognates(t.text, w)
            or names_similar(t.text, w, 0.84, strict_short=True))), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


# --------------------------------------------------------------- acronyms

_ACRONYM = re.compile(r"^[A-ZÀ-ÞΑ-ΩА-Я]{3,7}$")
_ELIDED = re.compile(r"^\w{1,2}['’]")  # "d'information", "l'Agence", "dell'Agenzia"


def acronym_rows(pairing: EntityPairing, ta: TextSide, tb: TextSide
                 ) -> list[tuple[Entity, Entity]]:
    """Rows for an acronym of one report that the other spells out: "ANSSI" against
    "Agence nationale de la sécurité des systèmes d'information", "NFU" against "National
    Farmers' Union". The initials of the phrase's words, function words left out, spell
    the acronym (three letters or more). The entities are marked used in `pairing`."""
    out: list[tuple[Entity, Entity]] = []
    for ents, used, side, flip in ((pairing.ents_a, pairing.used_a, tb, False),
                                   (pairing.ents_b, pairing.used_b, ta, True)):
        by_initial: dict[str, list[int]] | None = None  # built for the first acronym
        for i, e in enumerate(ents):
            if i in used or not _ACRONYM.match(e.text) or set(e.text) <= set("IVXLC"):
                continue
            if by_initial is None:
                by_initial = words_by_initial(side)
            found = spelled_out(e.text, side, by_initial)
            if found is None:
                continue
            start, end = found
            other = Entity(f"acr:{e.text}", "org", side.text[start:end],
                           [Mention(side.text[start:end], start, end,
                                    side.sentence(start), False, False, "org")])
            used.add(i)
            out.append((other, e) if flip else (e, other))
    return out


def words_by_initial(side: TextSide) -> dict[str, list[int]]:
    """The indices of `side`'s word tokens by their initial (`_initial`), in text order."""
    out: dict[str, list[int]] = {}
    for i, t in enumerate(side.tokens):
        if t.is_word:
            out.setdefault(_initial(t.text), []).append(i)
    return out


def spelled_out(acronym: str, side: TextSide, by_initial: dict[str, list[int]] | None = None
                ) -> tuple[int, int] | None:
    """(start, end) of the first phrase in `side` whose content words' initials are the
    letters of `acronym`, starting with a capitalised word; None when there is none.
    `by_initial`: `words_by_initial(side)`, when the caller asks for several acronyms."""
    letters = fold(acronym).upper()
    stop = STOP_BY_LANGUAGE.get(side.language or "", frozenset()) | CONNECT
    toks = side.tokens
    if by_initial is None:
        by_initial = words_by_initial(side)
    for i in by_initial.get(letters[0], ()):
        t = toks[i]
        if not _ELIDED.sub("", t.text)[:1].isupper():
            continue
        k, j, end = 0, i, t.end
        while j < len(toks) and k < len(letters) and j - i <= 3 * len(letters):
            w = toks[j]
            if not w.is_word or (j > i and side.text[toks[j - 1].end:w.start] not in (" ", "")):
                break
            if w.low in stop and j > i:
                j += 1
                continue
            if _initial(w.text) != letters[k]:
                break
            k, end, j = k + 1, w.end, j + 1
        if k == len(letters):
            elided = _ELIDED.match(t.text)
            return t.start + (len(elided[0]) if elided else 0), end
    return None


@lru_cache(maxsize=65536)  # asked of every token of a report, once per acronym
def _initial(word: str) -> str:
    return fold(_ELIDED.sub("", word))[:1].upper()


# ------------------------------------------------------- a lowercase second word


def lowercase_tails(ents_a: list[Entity], ents_b: list[Entity], ta: TextSide, tb: TextSide
                    ) -> tuple[list[Entity], list[Entity]]:
    """The entities of both reports, each one-word name that its text always continues
    with a lowercase form of the second word of a two-word name of the other report
    shown with that word: "Смедеревска паланка" against "Смедеревске Паланке", "Luční
    boudy" against "Lucni Bouda" (a language that writes the generic word of a name in
    lowercase). Pairing then meets the two-word names."""
    return (_with_tails(ents_a, ents_b, ta, tb.language),
            _with_tails(ents_b, ents_a, tb, ta.language))


def _with_tails(ents: list[Entity], others: list[Entity], side: TextSide,
                other_language: str | None) -> list[Entity]:
    pairs: dict[str, list[tuple[str, str]]] = {}  # two-word names of `others` by first key
    for e in others:
        for n in e.names:
            words = n.split()
            if len(words) == 2 and words[1][:1].isalpha():  # "Зелена равница" too
                pairs.setdefault(comparable(words[0])[:3], []).append((words[0], words[1]))
    if not pairs:
        return ents
    out = []
    for e in ents:
        if all(" " not in n for n in e.names):
            e = _tailed(e, pairs.get(comparable(e.names[0])[:3], []), side, other_language)
        out.append(e)
    return out


def _tailed(e: Entity, candidates: list[tuple[str, str]], side: TextSide,
            other_language: str | None) -> Entity:
    """`e` with every mention continued by its lowercase tail, when every mention has
    one that is a form of the second word of one candidate whose first word it meets."""
    la, lb = side.language, other_language
    for first, second in candidates:
        ends = []
        for mt in e.mentions:
            run = side.run_on(mt.start)
            nxt = run[0] if run else None
            if nxt is None or not nxt.text.islower() or len(nxt.text) < 4 or \
                    not _word_same(mt.text, first, la, lb) or \
                    not _word_same(nxt.text, second.lower(), la, lb):
                break
            ends.append(nxt.end)
        else:
            mentions = [replace(mt, text=_name_to(side, mt, end), end=end, written=None)
                        for mt, end in zip(e.mentions, ends, strict=True)]
            return replace(e, mentions=mentions, text=max((m.text for m in mentions), key=len))
    return e

"""Which reports tell the same story: language-independent keys and a match score.

Keys are canonical entity ids (gazetteer places, countries, phonetic keys of names), the
consonant skeletons of written names ("s:ksk" for "Hasuko" and "Хасуко", which cross
scripts), what the event is (its kind: "k:quake", from per-language word lists in
tui/data/event_kinds/) and its figures ("q:killed:3", and by value alone "n:4963"). Two
reports of one event share specific names (a town, a mayor, a company) and agree on what
happened and on their figures; two different stories share at most generic keys (a
country, a capital), which are weighted down by how many events already use them, or
tell of another kind of event, or disagree on the figures.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from importlib import resources

from tui.analysis import lexicon as lx
from tui.analysis.entities import Entity
from tui.analysis.facts import Analysis
from tui.analysis.phonetic import word_key
from tui.analysis.skeleton import skeletons
from tui.analysis.text import Token, fold, tokenize

WINDOW = timedelta(days=3)  # reports of one event appear within days of each other
# How common a key is, is judged among the events of the weeks around an article: "Kyiv"
# is generic during a war, "Ierapetra" is specific however often it comes back over years.
CONTEXT = timedelta(days=30)
# To join an event an article needs enough specific shared evidence (names, figures), enough
# of its own evidence found in the event (share), the same kind of event and figures that do
# not contradict the event's; undated articles need more.
MIN_SPECIFIC = 0.45
MIN_MASS = 0.8
MIN_SHARE = 0.2
MIN_FACET = 0.12  # a shared key counts as a separate piece of evidence from this weight
MIN_SINGLE = 1.0  # one shared name alone must weigh this much (a rare name in both titles)
MIN_STEMS = 0.6  # shared name stems ("w:") that stand for a shared name
UNDATED_FACTOR = 1.6
GAP_FACTOR = 1.0  # more evidence needed per day beyond the first between article and event
PRIMARY = 1.5  # a kind at least this heavy is what the report is about (title, first sentence)
AGREE = 0.35  # evidence per figure both state alike
CONFLICT = 0.6  # evidence lost per figure stated differently
GENERIC_PREFIXES = ("cty:", "w:")  # context, never the story on their own


# -- what kind of event: per-language word lists -----------------------------------------

@dataclass(frozen=True, slots=True)
class _Pattern:
    words: tuple[str, ...]  # folded; "x*" prefix, "*x" suffix, "*" any word
    kind: str

    def matches(self, tokens: list[str], at: int) -> bool:
        if at + len(self.words) > len(tokens):
            return False
        return all(_word_matches(p, tokens[at + i]) for i, p in enumerate(self.words))


def _word_matches(pattern: str, word: str) -> bool:
    if pattern == "*":
        return True
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    if pattern.startswith("*"):
        return word.endswith(pattern[1:]) and len(word) > len(pattern)
    return word == pattern


@lru_cache(maxsize=1)
def _kind_patterns() -> dict[str, tuple[_Pattern, ...]]:
    """Language -> patterns, longest first (so "forest fire" wins over "fire")."""
    out: dict[str, tuple[_Pattern, ...]] = {}
    folder = resources.files("tui.data").joinpath("event_kinds")
    for entry in folder.iterdir():
        if not entry.name.endswith(".toml"):
            continue
        try:
            table = tomllib.loads(entry.read_text("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            continue  # a broken table must not stop grouping; tests check every file
        patterns = [
            _Pattern(tuple(fold(w) for w in phrase.split()), kind)
            for kind, phrases in table.items()
            if isinstance(phrases, list) and not kind.startswith("_")
            for phrase in phrases if isinstance(phrase, str) and phrase.strip()
        ]
        patterns.sort(key=lambda p: (-len(p.words), -sum(len(w) for w in p.words)))
        out[entry.name[:-5]] = tuple(patterns)
    return out


def kind_languages() -> list[str]:
    return sorted(_kind_patterns())


def _patterns(language: str | None) -> tuple[_Pattern, ...]:
    tables = _kind_patterns()
    if language in tables:
        return tables[language]  # type: ignore[index]
    return tuple(p for lang in sorted(tables) for p in tables[lang])


def _words(tokens: tuple[Token, ...] | list[Token]) -> list[str]:
    """Folded words; hyphenated compounds also count by their last part ("Donau-Hochwasser")."""
    out: list[str] = []
    for tok in tokens:
        if tok.is_word:
            out.append(tok.low)
            if "-" in tok.low:
                out.append(tok.low.rsplit("-", 1)[1])
    return out


@dataclass(frozen=True, slots=True)
class _FirstWordIndex:
    """Patterns by what their first word can match, so a word is tried only against the
    patterns that could start at it (in the table's order: longest phrase first)."""

    exact: dict[str, tuple[int, ...]]
    prefix: dict[str, tuple[int, ...]]
    suffix: dict[str, tuple[int, ...]]
    anything: tuple[int, ...]

    def candidates(self, word: str) -> list[int]:
        found = list(self.anything) + list(self.exact.get(word, ()))
        for k in range(1, len(word) + 1):
            found += self.prefix.get(word[:k], ())
        for k in range(len(word) - 1, 0, -1):  # "*x" needs at least one more letter
            found += self.suffix.get(word[-k:], ())
        return sorted(found)


@lru_cache(maxsize=64)
def _index(language: str | None) -> _FirstWordIndex:
    groups: dict[str, dict[str, list[int]]] = {"exact": {}, "prefix": {}, "suffix": {}}
    anything: list[int] = []
    for i, pattern in enumerate(_patterns(language)):
        first = pattern.words[0]
        if first == "*":
            anything.append(i)
        elif first.endswith("*"):
            groups["prefix"].setdefault(first[:-1], []).append(i)
        elif first.startswith("*"):
            groups["suffix"].setdefault(first[1:], []).append(i)
        else:
            groups["exact"].setdefault(first, []).append(i)
    frozen = {name: {k: tuple(v) for k, v in table.items()} for name, table in groups.items()}
    return _FirstWordIndex(frozen["exact"], frozen["prefix"], frozen["suffix"], tuple(anything))


def kinds_in(tokens: tuple[Token, ...] | list[Token], language: str | None) -> list[str]:
    """The kinds of event the words name, in order (one per matched phrase)."""
    words = _words(tokens)
    patterns = _patterns(language)
    index = _index(language)
    found: list[str] = []
    i = 0
    while i < len(words):
        hit = next(
            (patterns[k] for k in index.candidates(words[i]) if patterns[k].matches(words, i)),
            None,
        )
        if hit is None:
            i += 1
            continue
        found.append(hit.kind)
        i += len(hit.words)
    return found


def _lead_tokens(analysis: Analysis) -> list[Token]:
    if not analysis.sentences:
        return list(analysis.tokens)
    end = analysis.sentences[0].end
    return [t for t in analysis.tokens if t.start < end]


# -- keys -----------------------------------------------------------------------------------

def article_keys(analysis: Analysis, title_analysis: Analysis | None = None) -> dict[str, float]:
    """Weighted keys of one article (title entities count double)."""
    keys: dict[str, float] = {}

    def add(key: str, weight: float) -> None:
        keys[key] = max(keys.get(key, 0.0), weight)

    for source, boost in ((analysis, 1.0), (title_analysis, 2.0)):
        if source is not None:
            for key, weight in _entity_keys(source, _place_words(analysis.language)):
                add(key, min(weight * boost, 2.5))
    lang = analysis.language
    for kind in kinds_in(analysis.tokens, lang):
        add(f"k:{kind}", 0.5)
    lead = [*kinds_in(_lead_tokens(analysis), lang)]
    if title_analysis is not None:
        lead += kinds_in(title_analysis.tokens, title_analysis.language or lang)
    for kind in lead:
        add(f"k:{kind}", 2.0)
    for q in analysis.quantities:
        if q.concept != "other" and (q.value >= 2 or q.value != int(q.value)):
            # the same figure in both reports; a role is part of what it counts (votes for
            # and votes against are two figures, not one stated differently)
            concept = f"{q.concept}/{q.role}" if q.role else q.concept
            add(f"q:{concept}:{q.value:g}", 0.6)
            if q.value >= 10:  # and by its value alone: languages name what it counts
                add(f"n:{q.value:g}", 0.4)  # differently ("residents", "evacuated")
        elif q.concept == "other" and q.value >= 10 and q.value != int(q.value) or (
                q.concept == "other" and 10 <= q.value < 1900):
            add(f"n:{q.value:g}", 0.4)  # a figure of unknown meaning: only equal ones count
    return keys


def _place_words(language: str | None) -> frozenset[str]:
    """Prepositions before a bare place name ("in", "bei"), from the kind tables' "_places"."""
    return _place_preps().get(language or "", frozenset())


@lru_cache(maxsize=1)
def _place_preps() -> dict[str, frozenset[str]]:
    folder = resources.files("tui.data").joinpath("event_kinds")
    out: dict[str, frozenset[str]] = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".toml"):
            try:
                words = tomllib.loads(entry.read_text("utf-8")).get("_places", [])
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                continue
            out[entry.name[:-5]] = frozenset(fold(w) for w in words if isinstance(w, str))
    return out


def _after_place_word(source: Analysis, ent: Entity, preps: frozenset[str]) -> bool:
    """Is some mention right after "in"/"bei" (a German town is as capitalised as a noun)?"""
    for m in ent.mentions:
        before = source.text[max(0, m.start - 12):m.start].split()
        if before and fold(before[-1]) in preps:
            return True
    return False


def _entity_keys(source: Analysis, preps: frozenset[str]) -> Iterator[tuple[str, float]]:
    for ent in source.entities:
        if all(_names_a_kind(name, source.language) for name in ent.names):
            continue
        # A weak entity is probably a capitalised common word, but not right after a word
        # that comes before bare place names ("in Scheslek", not "im Parlament").
        if ent.weak and not (preps and _after_place_word(source, ent, preps)):
            continue
        if ent.id.startswith("cty:"):
            base = 0.4  # a country is context, rarely the story
        elif ent.id.startswith("ph:") and len(ent.id) < 7:
            base = 0.5  # very short phonetic keys collide easily
        else:
            base = 1.0
        weight = base * min(1.0 + 0.25 * (len(ent.mentions) - 1), 1.75)
        yield ent.id, weight
        if _spelled(ent):
            yield from _skeleton_keys(ent, weight)
        # Coarse name keys survive inflection and transliteration across languages
        # ("Ierapetra"/"Ιεράπετρας", "Kryvyi Rih"/"Кривому Розі"); not of a country,
        # which is context, never a second piece of evidence besides its own key.
        if ent.id.startswith("cty:"):
            continue
        for name in ent.names:
            for word in name.split():
                stem = word_key(word)[:3]
                if len(stem) == 3:
                    yield f"w:{stem}", 0.5


def _spelled(ent: Entity) -> bool:
    """Is this entity known only by how it is written (not a country or a gazetteer place,
    which have ids of their own in every language)?"""
    return ent.id.startswith("ph:")


@lru_cache(maxsize=8192)
def _names_a_kind(name: str, language: str | None) -> bool:
    """Is this "name" a word for what happened ("Erdbeben", "Sturm": German nouns are
    capitalised, and a gazetteer may take them for a place or a person)?"""
    words = tokenize(name)
    return len(words) == 1 and bool(kinds_in(words, language))


def skeleton_keys(ent: Entity) -> list[str]:
    """The "s:" keys an entity gives (to label them: "name: Hasuko")."""
    return [k for k, _ in _skeleton_keys(ent, 1.0)] if _spelled(ent) else []


def _skeleton_keys(ent: Entity, weight: float) -> Iterator[tuple[str, float]]:
    """"s:" keys: each word's consonant skeleton, the same in Latin and Cyrillic spellings
    ("Hasuko"/"Хасуко"), so reports in either script share the name."""
    seen: set[str] = set()
    for name in ent.names:
        # The last word: the surname, the town ("Stadtteil Padron von Gagra": not "von").
        words = name.split()
        for word in words[-1:]:
            for skel in skeletons(word):
                if len(skel) >= 2 and skel not in seen:
                    seen.add(skel)
                    yield f"s:{skel}", weight if len(skel) >= 3 else weight * 0.5


# -- matching -------------------------------------------------------------------------------

def candidate_keys(keys: Mapping[str, float]) -> list[str]:
    """The keys worth looking events up by: names, name stems and figures, not countries or
    kinds, which many other events of the day share, nor bare values ("n:100"), which many
    events of any day share (a report only joins an event that shares a name anyway)."""
    specific = [k for k in keys if not k.startswith(("cty:", "k:", "n:"))]
    return specific or list(keys)


def key_weight(key: str, events_with_key: int) -> float:
    """Down-weight keys many events already share (a soft inverse document frequency)."""
    return 1.0 / (1.0 + math.log1p(events_with_key))


def _scored(key: str) -> bool:
    """Keys that count as evidence by themselves (kinds only gate, see `kinds_agree`)."""
    return not key.startswith("k:")


def shared_keys(
    a: Mapping[str, float], b: Mapping[str, float], df: Mapping[str, int]
) -> dict[str, float]:
    """The keys two key sets share, each with the evidence it carries."""
    return {
        k: min(w, b[k]) * key_weight(k, df.get(k, 0))
        for k, w in a.items() if k in b and _scored(k)
    }


def shared_mass(a: Mapping[str, float], b: Mapping[str, float], df: Mapping[str, int]) -> float:
    """How much specific evidence two key sets share."""
    return sum(shared_keys(a, b, df).values())


def mass(keys: Mapping[str, float], df: Mapping[str, int]) -> float:
    return sum(w * key_weight(k, df.get(k, 0)) for k, w in keys.items() if _scored(k))


def _kinds(keys: Mapping[str, float], primary: bool) -> set[str]:
    return {k for k, w in keys.items() if k.startswith("k:") and (w >= PRIMARY or not primary)}


def kinds_agree(a: Mapping[str, float], b: Mapping[str, float]) -> bool:
    """False when both say what happened and it is not the same thing (a storm, a vote)."""
    pa, pb = _kinds(a, True), _kinds(b, True)
    if not pa or not pb:
        return True
    return bool(pa & pb)


def _figures(keys: Mapping[str, float]) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for key in keys:
        if key.startswith("q:"):
            _, concept, value = key.split(":", 2)
            try:
                out.setdefault(concept, []).append(float(value))
            except ValueError:
                continue
    return out


def _close(a: float, b: float) -> bool:
    """Figures reports of one event may give (2 or 3 dead, 1,200 or 1,350 evacuated)."""
    return abs(a - b) <= max(2.0, 0.2 * max(abs(a), abs(b)))


def _equal(a: float, b: float) -> bool:
    return a == b


@lru_cache(maxsize=1)
def _tallies() -> frozenset[str]:
    """Counted exactly (votes, seats): reports of one vote give the same numbers."""
    return frozenset(lx._class("tallies"))


def figure_votes(a: Mapping[str, float], b: Mapping[str, float]) -> tuple[int, int]:
    """(figures both state alike, figures stated differently) for concepts both report."""
    agree, conflict, _ = _figure_votes(a, b)
    return agree, conflict


def _figure_votes(a: Mapping[str, float], b: Mapping[str, float]) -> tuple[int, int, int]:
    """`figure_votes` and how many of the alike figures are telling: equal, or close and
    large (5 and 6 dead are the same toll, but also what two storms of one day may give)."""
    fa, fb = _figures(a), _figures(b)
    agree = conflict = telling = 0
    for concept, values in fa.items():
        others = fb.get(concept)
        if not others:
            continue
        close = _equal if concept.split("/")[0] in _tallies() else _close
        pairs = [(v, o) for v in values for o in others if close(v, o)]
        if pairs:
            agree += 1
            telling += any(v == o or min(v, o) >= 10 for v, o in pairs)
        else:
            conflict += 1
    return agree, conflict, telling


@dataclass
class Evidence:
    """Why an article would (or would not) join an event: what they share and how much."""

    shared: dict[str, float]  # shared key -> evidence it carries
    agree: int  # figures both state alike (within what reports of one event differ by)
    conflict: int  # figures both state differently
    kinds: bool  # both tell of the same kind of event (or one does not say)
    facets: int  # separate pieces of specific evidence (names, figures)
    named: bool  # a name both mention (figures alone may agree by chance)
    specific: float
    share: float  # how much of the article's own evidence the event has
    local: bool = False  # a shared name is one no gazetteer lists (a town, a person)

    @property
    def evidence(self) -> float:
        return sum(self.shared.values()) + AGREE * self.agree - CONFLICT * self.conflict

    def accepted(self, dated: bool = True, gap: float = 0.0) -> bool:
        factor = (1.0 if dated else UNDATED_FACTOR) * (1.0 + GAP_FACTOR * max(0.0, gap - 1.0))
        if not self.kinds or self.conflict > self.agree or not self.named:
            return False
        # One shared name is enough only when it is rare and weighty and no place the
        # gazetteer knows (a capital, a big city: two storms near Bucharest are two storms).
        if self.facets < 2 and not (self.local and self.specific >= MIN_SINGLE * factor):
            return False
        return (self.specific >= MIN_SPECIFIC * factor and self.evidence >= MIN_MASS * factor
                and self.share >= MIN_SHARE * factor)

    @property
    def score(self) -> float:
        return self.share + 0.05 * (self.agree - self.conflict)


def evidence(
    article: Mapping[str, float], event: Mapping[str, float], df: Mapping[str, int]
) -> Evidence:
    """What an article and an event (or another article) have in common."""
    # How common a key is among the *other* events: the candidate itself does not make
    # its own town a common word.
    df = {k: max(0, n - 1) if k in event else n for k, n in df.items()}
    own = mass(article, df)
    shared = shared_keys(article, event, df)
    agree, conflict, telling = _figure_votes(article, event)
    names = _name_evidence(shared)
    figures = _figure_evidence(shared)
    stems = sum(w for k, w in shared.items() if k.startswith("w:")
                and not _stem_of_shared_name(k, shared))
    named = any(w >= MIN_FACET for w in names) or stems >= MIN_STEMS
    # A figure stated alike is a piece of evidence; two merely close ones (5 and 6 dead)
    # together make one: on a busy day two storms' tolls are often that close by chance.
    facets = (len([w for w in names if w >= MIN_FACET]) + max(telling, len(figures))
              + int(stems >= MIN_STEMS))
    specific = sum(names) + sum(figures) + AGREE * agree
    share = (sum(shared.values()) + AGREE * agree) / own if own else 0.0
    local = any(k.startswith(("ph:", "s:")) and w >= MIN_FACET for k, w in shared.items())
    return Evidence(shared, agree, conflict, kinds_agree(article, event), facets, named,
                    specific, share, local)


def _name_evidence(shared: Mapping[str, float]) -> list[float]:
    """The weights of the names two key sets share. A written name is shared as its
    phonetic key ("ph:") and as its skeletons ("s:", which also cross scripts): it counts
    once, by whichever of the two says more; the two skeletons of one word count once."""
    fixed, phonetic = [], []
    skeleton: dict[str, float] = {}
    for k, w in shared.items():
        if k.startswith("s:"):
            base = k.replace("k", "")  # ("mkrn"/"mrn": one word read with and without k)
            skeleton[base] = max(skeleton.get(base, 0.0), w)
        elif k.startswith("ph:"):
            phonetic.append(w)
        elif not k.startswith(GENERIC_PREFIXES) and not k.startswith(("q:", "n:")):
            fixed.append(w)
    spelled = max(phonetic, list(skeleton.values()), key=sum)
    return fixed + spelled


def _figure_evidence(shared: Mapping[str, float]) -> list[float]:
    """The weights of the figures two key sets share; a figure shared with its concept
    ("q:killed:22") is not counted again by its value alone ("n:22")."""
    known = {k.rsplit(":", 1)[1] for k in shared if k.startswith("q:")}
    return [w for k, w in shared.items()
            if k.startswith("q:") or (k.startswith("n:") and k[2:] not in known)]


def _stem_of_shared_name(stem: str, shared: Mapping[str, float]) -> bool:
    """Is this name stem ("w:vkr") just a word of a name both already share ("ph:vkrkn")?"""
    code = stem[2:]
    return any(word.startswith(code) for k in shared if k.startswith("ph:")
               for word in k[3:].split())


def match(
    article: Mapping[str, float], event: Mapping[str, float], df: Mapping[str, int], dated: bool,
    gap: float = 0.0,
) -> float | None:
    """Score of an article joining an event, or None when it should not.

    `gap` is how many days the article is from the event's reports: the further, the more
    evidence it needs (a second storm in the same town two days later is another story).
    """
    if not kinds_agree(article, event):  # (cheap, and most candidates end here)
        return None
    found = evidence(article, event, df)
    return found.score if found.accepted(dated, gap) else None


def merge(event: dict[str, float], article: Mapping[str, float]) -> dict[str, float]:
    """An event's keys: the union of its reports' keys, at their highest weight.
    Returns the keys the article added or raised."""
    changed: dict[str, float] = {}
    for key, weight in article.items():
        if weight > event.get(key, 0.0):
            event[key] = changed[key] = weight
    return changed


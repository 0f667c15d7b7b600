"""A paired name shown with the generic noun both reports name it by: "détroit de
Gibraltar" / "Straße von Gibraltar", "Västerviks sjukhus" / "Krankenhaus von Västervik".

Two reports that pair a place often write it with a noun of its kind around it, which
the capitalised span left out (French and Spanish write the noun in lowercase, German
reads "Straße" as a common word): a noun before the name, joined by an of-word ("de",
"von", "of") or an article, or right after it ("Västerviks sjukhus", a Swedish genitive).
When each report writes such a noun next to the same paired name and the two nouns are
translations of each other (a shared glossary sense, or one [bodies] concept: "sjukhus" /
"Krankenhaus", hospital), the row shows both names with their noun: the strait, not the
rock; the hospital, not the town. Mentions without the noun stay as written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from tui.analysis import glossary
from tui.analysis.concepts import PERSON_SENSES
from tui.analysis.entities import Entity
from tui.analysis.institutions import _BARE, word_concepts
from tui.analysis.lexicon import entity_words_by_language
from tui.analysis.mentions import _TITLES, CONNECT, STOP_BY_LANGUAGE, Mention
from tui.analysis.name_match import EntityPairing, TextSide, _word_same
from tui.analysis.text import fold

# A noun, then at most two linking words (an of-word, an article, an elided "l'"), then
# the name: matched against the text just before a mention.
_BEFORE = re.compile(
    r"([^\W\d_][\w-]{2,}) ((?:[^\W\d_]{1,5}['’] ?|[^\W\d_]{1,5}\.? ){0,2})$")
_AFTER = re.compile(r"^ ([^\W\d_][\w-]{2,})")
_ELIDED = re.compile(r"^[^\W\d_]{1,2}['’] ?$")
_REACH = 48  # characters before a mention searched for its noun


@lru_cache(maxsize=64)
def _links(language: str | None) -> frozenset[str]:
    """Words that join a noun to the name after it: the language's of-words, the
    particles of names (`CONNECT`: "de", "van", "der", "la") and its abbreviated
    "saint" (`saint_words`: "kostela sv. Jakuba", the church of St James)."""
    saints = frozenset(fold(w) for w in
                       entity_words_by_language("saint_words").get(language or "", ()))
    return entity_words_by_language("of_words").get(language or "", frozenset()) | \
        CONNECT | saints


def _linked(words: str, language: str | None) -> bool:
    """Are the words between a noun and a name only linking words ("de l'", "von")?"""
    rest = words.replace("’", "'")
    for part in rest.replace("'", "' ").split():
        if not (_ELIDED.match(part) or fold(part) in _links(language)):
            return False
    return True


@lru_cache(maxsize=16384)
def _noun(word: str, language: str | None) -> bool:
    """Is `word` a common noun of a thing the language's glossary or [bodies] knows: no
    function word, no title or noun of people ("minister Jan Novák" names a person)?"""
    key = fold(word)
    if key in STOP_BY_LANGUAGE.get(language or "", frozenset()) or key in CONNECT or \
            key in _TITLES:
        return False
    found = glossary.senses(language, word, stems=False)
    if found and found[0] in PERSON_SENSES:
        return False
    return bool(found or word_concepts(word, language))


_KINDS = ("generic_places", "place_nouns", "org_words", "institutions")


@lru_cache(maxsize=64)
def _kind_words(language: str | None) -> frozenset[str]:
    """The language's listed nouns of a kind of place or body ([entities])."""
    return frozenset(fold(w) for key in _KINDS
                     for w in entity_words_by_language(key).get(language or "", ()))


def _kind(word: str, language: str | None) -> bool:
    """Is `word` a listed noun of a kind of place or body, or a [bodies] word? Never a
    bare "office", "direction" (the [bodies] authority alone): "direcția Roma" is the
    way to Rome."""
    concepts = word_concepts(word, language)
    if concepts and concepts <= _BARE:
        return False
    return fold(word) in _kind_words(language) or bool(concepts)


@lru_cache(maxsize=16384)
def _translations(a: str, la: str | None, b: str, lb: str | None) -> bool:
    """Are two nouns of two reports one noun of a place's or body's kind translated: one
    of them listed as such (`_kind`), and a shared glossary sense or the same [bodies]
    concepts?"""
    if not (_kind(a, la) or _kind(b, lb)):
        return False
    sa, sb = glossary.senses(la, a, stems=False), glossary.senses(lb, b, stems=False)
    if sa and sb and set(sa) & set(sb):
        return True
    ca, cb = word_concepts(a, la), word_concepts(b, lb)
    return bool(ca) and ca == cb


_NEXT = re.compile(r"^ ([^\W\d_]+)")


def _ends_phrase(side: TextSide, end: int) -> bool:
    """Does the noun ending at `end` end its phrase: no lowercase word but a function word
    after it ("Västerviks sjukhus i", not "Horskej záchrannej služby": an adjective)?"""
    nxt = _NEXT.match(side.text[end:end + 40])
    return nxt is None or not nxt.group(1)[:1].islower() or \
        fold(nxt.group(1)) in STOP_BY_LANGUAGE.get(side.language or "", frozenset())


def _heads(e: Entity, side: TextSide, taken: list[tuple[int, int]]
           ) -> list[tuple[Mention, str, int, int]]:
    """(mention, noun, start, end of the span with the noun) for each mention of `e`
    written with a noun of its kind next to it; never a noun inside a name of another
    entity (`taken`: "Hospices civils" is a name, no noun of "Lyon"), nor a span the
    entity has as a name already."""
    out = []
    for mt in e.mentions:
        before = _BEFORE.search(side.text, max(0, mt.start - _REACH), mt.start)
        if before and _linked(before.group(2), side.language) and \
                _noun(before.group(1), side.language):
            found = (mt, before.group(1), before.start(1), mt.end)
        else:
            after = _AFTER.match(side.text[mt.end:mt.end + _REACH])
            if not (after and after.group(1)[:1].islower() and
                    _noun(after.group(1), side.language) and
                    _ends_phrase(side, mt.end + after.end(1))):
                continue
            found = (mt, after.group(1), mt.start, mt.end + after.end(1))
        start, end = found[2], found[3]
        if side.text[start:end] in e.names or any(
                s < end and start < t and not (s >= mt.start and t <= mt.end)
                for s, t in taken):
            continue
        out.append(found)
    return out


def _widen(e: Entity, heads: list[tuple[Mention, str, int, int]], noun: str,
           side: TextSide) -> Entity:
    """`e` with each mention written with `noun` also shown with it (the name alone
    stays among its spellings: the text writes it so)."""
    spans = {id(mt): (start, end) for mt, n, start, end in heads if n == noun}
    mentions = []
    for mt in e.mentions:
        span = spans.get(id(mt))
        if span is not None:
            mentions.append(replace(mt, text=side.text[span[0]:span[1]], start=span[0],
                                    end=span[1], written=None))
        mentions.append(mt)
    return replace(e, mentions=mentions, text=max((m.text for m in mentions), key=len))


def _titled(e: Entity) -> bool:
    """Is `e` a person by a title or a cue ("Dr", "said")?"""
    return any(m.title or m.cue == "person" for m in e.mentions)


def _a_person(e: Entity) -> bool:
    """May `e` be a person: by a title or a cue ("Dr", "said"), or a name of two words or
    more typed a person by default ("riječima Ivana Horvata", in the words of Ivan
    Horvat)? No noun names a person's kind."""
    return _titled(e) or (e.type == "person" and any(" " in n for n in e.names))


def _spans(ents: list[Entity]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for e in ents if not e.weak for m in e.mentions]


def headed_rows(rows: list[tuple[Entity, Entity]], ta: TextSide, tb: TextSide,
                ents: tuple[list[Entity], list[Entity]]) -> list[tuple[Entity, Entity]]:
    """Rows whose two names each report, in two languages, writes with a noun that the
    other's noun translates, shown with those nouns (the module doc). `ents`: each
    report's entities, whose names no noun is taken from."""
    if ta.language == tb.language:
        return rows
    taken_a, taken_b = _spans(ents[0]), _spans(ents[1])
    out = []
    for x, y in rows:
        if _a_person(x) or _a_person(y):
            out.append((x, y))
            continue
        hx, hy = _heads(x, ta, taken_a), _heads(y, tb, taken_b)
        match = next(((a, b) for _, a, _, _ in hx for _, b, _, _ in hy
                      if _translations(a, ta.language, b, tb.language)), None)
        if match is None:
            out.append((x, y))
            continue
        out.append((_widen(x, hx, match[0], ta), _widen(y, hy, match[1], tb)))
    return out


# ------------------------------------------------- names that differ only by their nouns

_SPLIT = re.compile(r"[\s‐-]+")


def _parts(name: str) -> list[str]:
    """The words of a name, a hyphen also parting them ("Liszt Ferenc-repülőtér")."""
    return [w for w in _SPLIT.split(name) if w]


def _proper_run(a: list[str], b: list[str], la: str | None, lb: str | None
                ) -> tuple[range, range] | None:
    """The longest run of capitalised words two names share as one name (inflected or
    romanised), of five letters or more in all, no listed noun of a kind among them: the
    proper part of both names."""
    best: tuple[range, range] | None = None
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k][:1].isupper() and \
                    b[j + k][:1].isupper() and not _kind(a[i + k], la) and \
                    not _kind(b[j + k], lb) and _word_same(a[i + k], b[j + k], la, lb):
                k += 1
            if k and sum(len(w) for w in a[i:i + k]) >= 5 and (
                    best is None or k > len(best[0])):
                best = (range(i, i + k), range(j, j + k))
    return best


def _rests_translate(ra: list[str], la: str | None, rb: list[str], lb: str | None) -> bool:
    """Are the words beside the proper part nouns that translate each other: every word
    of the shorter side a translation of one of the other's, and the other's left-over
    words no noun of a kind ("International Airport" / "repülőtér"; never "Airport
    Police" / "repülőtér": another body)?"""
    if not ra or not rb:
        return False
    short, ls, long_, ll = (ra, la, rb, lb) if len(ra) <= len(rb) else (rb, lb, ra, la)
    matched: set[int] = set()
    for w in short:
        k = next((k for k, v in enumerate(long_) if k not in matched and
                  _translations(w, ls, v, ll)), None)
        if k is None:
            return False
        matched.add(k)
    return not any(_kind(v, ll) for k, v in enumerate(long_) if k not in matched)


@lru_cache(maxsize=16384)
def glossed_names(a: str, la: str | None, b: str, lb: str | None) -> bool:
    """Two names of one place or body in two languages: one proper part, and the nouns
    beside it translations of each other ("Liszt Ferenc-repülőtér" / "Liszt Ferenc
    International Airport")."""
    wa, wb = _parts(a), _parts(b)
    run = _proper_run(wa, wb, la, lb)
    if run is None:
        return False
    ra = [w for k, w in enumerate(wa) if k not in run[0] and fold(w) not in _links(la)]
    rb = [w for k, w in enumerate(wb) if k not in run[1] and fold(w) not in _links(lb)]
    return _rests_translate(ra, la, rb, lb)


def _candidate(e: Entity) -> bool:
    return not e.weak and not e.id.startswith("cty:") and not _titled(e) and \
        any(len(_parts(n)) >= 2 for n in e.names)


def _glossed_pair(x: Entity, y: Entity, la: str | None, lb: str | None) -> bool:
    return any(glossed_names(n, la, m, lb) for n in x.names if len(_parts(n)) >= 2
               for m in y.names if len(_parts(m)) >= 2)


def glossed_rows(pairing: EntityPairing, ta: TextSide, tb: TextSide
                 ) -> list[tuple[Entity, Entity]]:
    """Rows of two names of one place or body in two languages that no earlier stage
    paired (`glossed_names`), each the other's only such match; the entities are marked
    used in `pairing`."""
    if ta.language == tb.language:
        return []
    free_a = [i for i, x in enumerate(pairing.ents_a) if i not in pairing.used_a
              and _candidate(x)]
    free_b = [j for j, y in enumerate(pairing.ents_b) if j not in pairing.used_b
              and _candidate(y)]
    hits = [(i, j) for i in free_a for j in free_b if _glossed_pair(
        pairing.ents_a[i], pairing.ents_b[j], ta.language, tb.language)]
    out = []
    for i, j in hits:
        if sum(1 for a, _ in hits if a == i) == 1 and sum(1 for _, b in hits if b == j) == 1:
            pairing.used_a.add(i)
            pairing.used_b.add(j)
            out.append((pairing.ents_a[i], pairing.ents_b[j]))
    return out

"""Institutions named by their translation: "Finansinspektionen" / "Finanssivalvonta",
"Andmekaitse Inspektsioon" / "Viron tietosuojavirasto".

No spelling meets such names, but their words do: each language file's [bodies] maps the
stems of an institution's words to shared concepts (authority, data, protection, rescue,
police…), so a name whose every word is such a word, a place or a function word has a
concept set. Two names of one concept set are one body when each report names only one
body of that set (counting bodies already paired), and their places, where both name
one, are the same: the police of two towns never meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from tui.analysis import langdata
from tui.analysis.entities import Entity
from tui.analysis.gazetteer import lookup as gazetteer_lookup
from tui.analysis.mentions import CONNECT, STOP_BY_LANGUAGE, Mention
from tui.analysis.name_match import EntityPairing, TextSide
from tui.analysis.place_names import place_readings
from tui.analysis.text import fold

_CLITIC = re.compile(r"^\w{1,3}['’-](?=\w{3})")  # "t'Għawdex", "l-Isptar", "dell'Agenzia"
_BARE = frozenset({"authority"})  # a bare "Office" names no body of its own


@lru_cache(maxsize=64)
def _stems(language: str | None) -> tuple[tuple[str, str], ...]:
    """(folded stem, concept) of the language's [bodies], longest stem first."""
    found = [(fold(s), concept) for concept, words in langdata.section(language, "bodies").items()
             for s in words.split()]
    return tuple(sorted(found, key=lambda sc: -len(sc[0])))


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Concepts that name a body by themselves (_common.toml classes.body_heads)."""
    return frozenset(langdata.common().get("classes", {}).get("body_heads", "").split())


def _ends(low: str, stem: str, at: int) -> bool:
    """Does `stem`, found at `at`, end the word but for a case ending (at most five
    letters, two after a short stem)?"""
    return len(low) - at - len(stem) <= (2 if len(stem) <= 4 else 5)


@lru_cache(maxsize=16384)
def word_concepts(word: str, language: str | None) -> frozenset[str]:
    """The concepts a word of a name names: a stem opening it and ending it but for a
    case ending; in a language that joins nouns ([meta] compounds) also stems of four
    letters or more inside it, when a stem ends it ("tietosuojavirasto"; not
    "Polizeiangaben", police statements)."""
    low = fold(_CLITIC.sub("", word))
    joins = langdata.meta(language, "compounds", False)
    out, ended = set(), False
    for stem, concept in _stems(language):
        at = low.find(stem) if joins and len(stem) >= 4 else (0 if low.startswith(stem) else -1)
        if at < 0:
            continue
        if _ends(low, stem, at):
            ended = True
            out.add(concept)
        elif joins and len(stem) >= 4:
            out.add(concept)
    return frozenset(out) if ended else frozenset()


def _names_body(concepts: frozenset[str], weak: bool) -> bool:
    """Do these concepts name a body: one that names one by itself, or two or more of a
    name that is no probable common word?"""
    return bool(concepts & _heads()) and not concepts <= _BARE or (
        len(concepts) >= 2 and not weak)


@dataclass(frozen=True, slots=True)
class Body:
    """One report's name of an institution: its concepts, the places it names (as keys
    both reports share) and where the text names it."""

    concepts: frozenset[str]
    places: frozenset[str]
    mentions: tuple[Mention, ...]
    entities: tuple[int, ...]  # the indices of the entities that are its names


def _place_keys(word: str, language: str | None) -> frozenset[str]:
    """Keys of the places a word names: listed places it may read as, a gazetteer place."""
    keys = {f"p:{i}" for i in place_readings(word, language)}
    known = gazetteer_lookup(word)
    if known is not None and known.type == "place":
        keys.add(known.id)
    return frozenset(keys)


def name_concepts(name: str, language: str | None) -> tuple[frozenset[str], frozenset[str]] | None:
    """(concepts, places) of a name whose every word is a body's word, a place or a
    function word; None otherwise or when it names no body."""
    stop = STOP_BY_LANGUAGE.get(language or "", frozenset()) | CONNECT
    concepts: set[str] = set()
    places: set[str] = set()
    for word in name.split():
        found = word_concepts(word, language)
        if found:
            concepts |= found
            continue
        core = _CLITIC.sub("", word)
        if fold(word) in stop or len(core) <= 2:
            continue
        found_places = _place_keys(core, language)
        if not found_places:
            return None
        places |= found_places
    return (frozenset(concepts), frozenset(places)) if concepts else None


def _entity_bodies(ents: list[Entity], language: str | None) -> list[Body]:
    """The bodies the entities of one report name by their fullest name."""
    out = []
    for i, e in enumerate(ents):
        if e.id.startswith("cty:") or (e.id.startswith("gaz:") and e.type == "place"):
            continue
        found = name_concepts(e.text, language)
        if found is not None and _names_body(found[0], e.weak):
            out.append(Body(found[0], found[1], tuple(e.mentions), (i,)))
    return out


def _phrase_bodies(ents: list[Entity], side: TextSide, alias: dict[str, str]) -> list[Body]:
    """Bodies a text names by a place and the words of a body after it ("Viron
    tietosuojavirasto", "Viron poliisi": Finnish writes them so; "Gozo General Hospital",
    where the place was read as a name of its own)."""
    out = []
    for e in ents:
        for mt in e.mentions:
            # A capitalised body word opens it ("Valsts policija", state police): no place.
            own = word_concepts(mt.text, side.language) if " " not in mt.text else frozenset()
            ids = place_readings(mt.text, side.language) if " " not in mt.text and not own \
                else frozenset()
            if not (ids or own) and not e.id.startswith(("gaz:", "cty:")):
                continue
            run = []
            for t in side.run_on(mt.start):
                if not word_concepts(t.text, side.language):
                    break
                run.append(t)
            if not run:
                continue
            concepts = own.union(*(word_concepts(t.text, side.language) for t in run))
            if not _names_body(concepts, False):
                continue
            places = frozenset() if own else \
                frozenset({alias.get(e.id, e.id)} | {f"p:{i}" for i in ids})
            text = side.text[mt.start:run[-1].end]
            out.append(Body(concepts, places, (Mention(text, mt.start, run[-1].end, mt.sentence,
                                                       mt.initial, False, "org"),), ()))
    return out


def _one_body(bodies: list[Body]) -> Body | None:
    """The bodies of one concept set as one body, or None when two of them name two
    places that share no key (the police of two towns)."""
    placed = [b.places for b in bodies if b.places]
    if any(not p & q for p in placed for q in placed):
        return None
    ids = tuple(sorted({i for b in bodies for i in b.entities}))
    mentions = tuple(sorted({(m.start, m.end): m for b in bodies for m in b.mentions}.values(),
                            key=lambda m: m.start))
    return Body(bodies[0].concepts, frozenset().union(*placed), mentions, ids)


def _by_concepts(bodies: list[Body]) -> dict[frozenset[str], Body | None]:
    groups: dict[frozenset[str], list[Body]] = {}
    for b in bodies:
        groups.setdefault(b.concepts, []).append(b)
    return {k: _one_body(v) for k, v in groups.items()}


def institution_rows(pairing: EntityPairing, ta: TextSide, tb: TextSide
                     ) -> list[tuple[Entity, Entity]]:
    """Rows of two names of one body in two languages that no earlier stage paired: one
    concept set, the only body of that set in each report, none of its entities paired
    already, and their places, where both name one, the same. The entities are marked
    used in `pairing`."""
    if ta.language == tb.language:
        return []
    sides = []  # B's place entities are keyed by the ids of A's they were paired with
    for ents, side, alias in ((pairing.ents_a, ta, {}), (pairing.ents_b, tb, pairing.alias)):
        sides.append(_by_concepts(_entity_bodies(ents, side.language)
                                  + _phrase_bodies(ents, side, alias)))
    out = []
    for key, a in sides[0].items():
        b = sides[1].get(key)
        if a is None or b is None or not (a.entities or b.entities):
            continue
        if pairing.used_a.intersection(a.entities) or pairing.used_b.intersection(b.entities):
            continue
        if a.places and b.places and not a.places & b.places:
            continue
        pairing.used_a.update(a.entities)
        pairing.used_b.update(b.entities)
        out.append((_entity(a, pairing.ents_a), _entity(b, pairing.ents_b)))
    return out


def _entity(body: Body, ents: list[Entity]) -> Entity:
    """The body as one entity: its only entity, or one made of all its mentions."""
    if len(body.entities) == 1 and len(body.mentions) == len(ents[body.entities[0]].mentions):
        return replace(ents[body.entities[0]], type="org")
    mentions = list(body.mentions)
    text = max((m.text for m in mentions), key=lambda s: (len(s.split()), len(s)))
    return Entity(f"ins:{fold(text)}", "org", text, mentions)

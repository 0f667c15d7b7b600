"""What a figure counts: its concept, from the words around the number.

Tried in order (each stage runs only while no concept is known): a noun before the number
that names it ("magnitude 6.8"); the noun phrase after it ("20 feridos", "3,000 residents …
were evacuated"); the clause before it ("killing one person"); a toll verb's clause ("the
death toll rose to 39"); the previous figure of the sentence ("1,500 homes were damaged and
320 were left …", "26 injured, including five children"); else the generic noun or "other".
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from tui.analysis import langdata
from tui.analysis import lexicon as lx
from tui.analysis.scan import CLAUSE_STOP, PUNCT_STOP, Figure, Scan, strip_elision
from tui.analysis.sentences import sentence_at
from tui.analysis.text import Token, fold

_SKIP_FORWARD = {"-", "–"}
_APOSTROPHES = ("'", "’")
_CONJUNCTIONS = {"and", "or", "e", "ou", "y", "und", "oder", "et", "ed"}
_AND_WORDS = ("and", "or", "ou", "o", "oder", "et", "y", "e", "und")
# "the number of deaths caused by the rains ... rose to 39": how many tokens back from the
# number a toll verb may find its concept (bounded, so a run-on sentence stays linear).
_TOLL_REACH = 60
# How many qualifying words may stand between a number and its noun, and the letters an
# adjective keeps before its ending.
_MODIFIERS, _ADJECTIVE_STEM = 2, 3
# The fewest letters of a compound's first part that may name the group of its members.
_MIN_PART = 4
# The shortest stem a word shares with a listed person-state word to be read as it.
_STEM = 6


def find_concept(scan: Scan, fig: Figure, out: Sequence[Any]) -> None:
    """Set fig.concept (and noun, aspect, partitive) from the words around the number."""
    toks, k = scan.toks, fig.k
    fig.partitive = (k < scan.n and toks[k].low in scan.words.of_words  # "five of the …"
                     and _noun_start(scan, fig) == k)
    if fig.concept is None:
        _noun_before(scan, fig)
    if fig.concept is not None:
        return
    if _open_compound(scan, fig) or _group_gear(scan, fig) or _listed_noun_after(
            scan, fig) or _governed_noun(scan, fig):
        return
    _noun_after(scan, fig, out)
    _state_of_state(scan, fig)
    if fig.concept is None and not fig.hyphenated:
        _clause_before(scan, fig)
    if fig.concept is None and not fig.hyphenated:
        _person_predicate(scan, fig)
    if fig.concept is None:
        _part_of_previous(scan, fig, out)
    if fig.concept is None:
        _previous_figure(scan, fig, out)
    if fig.concept is None and fig.generic is None and _part_word_after(scan, fig):
        _partitive_noun(scan, fig)
    if fig.concept is None and fig.generic is None and not fig.hyphenated:
        _subject_noun(scan, fig)
    if fig.concept is None and fig.generic is None and not fig.hyphenated:
        _complement_noun(scan, fig)
    if fig.concept is None:
        fig.concept = "people" if fig.generic in ("people", "children") else fig.generic
    if fig.concept is None:
        fig.concept = "other"
        k = _noun_start(scan, fig)
        if fig.hyphenated and k + 1 < scan.n and toks[k].text in _SKIP_FORWARD and (
                _known_noun(scan.language, toks[k + 1].text)):
            k += 1  # "a 10-storey block": a count of storeys
        if k < scan.n and toks[k].is_word and _counted_noun(scan, toks[k]):
            head = _open_head(scan, fig, _head_noun(scan, k))  # "31 tractors" (figures.py)
            if not _lowercase_noun(scan, head):
                fig.noun = head.low


def _open_head(scan: Scan, fig: Figure, tok: Token) -> Token:
    """ "17 junior players", "48 election officials", "32 food samples": where compounds
    are written as two words (`[meta] open_compounds`), a singular noun before an adjacent
    plural noun (or a [nouns] noun of people: "16 kitchen staff") only modifies it, the
    count is of the second. Not after "one", where a verb may end in -s ("one man dies")."""
    from tui.analysis import glossary
    from tui.analysis.figures import lemma

    k = _token_index(scan, tok)
    language = scan.language
    if not langdata.meta(language or "", "open_compounds", False) or k + 1 >= scan.n or (
            fig.value == 1):
        return tok
    nxt = scan.toks[k + 1]
    a, b = strip_elision(tok.low), strip_elision(nxt.low)
    if not (nxt.is_word and nxt.start == tok.end + 1) or lemma(a, language) != a or (
            not glossary.senses(language, tok.text, stems=False)):
        return tok
    if _counted_noun(scan, nxt) and (lx.noun_table(language).get(b) in _person_nouns()
                                     or lemma(b, language) != b):
        return nxt
    # "48 election officials": a plural noun the name finder stops at is a head too
    stop = fold(b) in _stop_words() and lemma(b, language) != b and nxt.text.islower()
    return nxt if stop and glossary.senses(language, nxt.text, stems=False) else tok


def _token_index(scan: Scan, tok: Token) -> int:
    return bisect.bisect_left(scan.starts, tok.start)  # tokens are in text order


def _members_of(scan: Scan, tok: Token) -> str | None:
    """ "23 Besatzungsmitglieder", "160 meeskonnaliiget": a compound whose head counts the
    members of a group ([classes] member_names) counts the group its first part names,
    when that is a concept word (crew)."""
    from tui.analysis import glossary, noun_forms

    split = noun_forms.compound_split(scan.language, tok.text)
    if split is None or len(split[0]) < _MIN_PART:
        return None
    senses = glossary.senses(scan.language, split[1], stems=False)
    if glossary.best_name(senses[:1]) not in lx._class("member_names"):
        return None
    return scan.ctable.get(split[0], split[0])


def _number_noun(fig: Figure) -> bool:
    """Does the number end in a noun of its own, a scale or collective word ("25 millones",
    "une vingtaine"), that takes an "of" before what it counts?"""
    return fig.scaled or fig.approx_dozen


def _noun_start(scan: Scan, fig: Figure) -> int:
    """Where the counted noun may start: past a word that only ties the number to its noun
    (`[words] number_links`: Romanian "45 de jandarmi", from 20 on), or past the "of" after
    a number that ends in a noun ("25 millones de visitantes", "une vingtaine de
    coureurs": not a part of a whole, as "five of the…" is), or past a nationality before
    a noun ("23 danske strande", "31 Danish schools")."""
    k = fig.k
    if k + 1 < scan.n and scan.toks[k + 1].is_word and (
            scan.toks[k].low in scan.words.number_links
            or (_number_noun(fig) and scan.toks[k].low in scan.words.of_words
                and strip_elision(scan.toks[k + 1].low) not in scan.words.articles)
            or _nationality_before(scan, k)):
        return k + 1
    return k


# WordNet 3.0 senses a nationality's word is a kind of: a natural language, an
# Indo-European language, an inhabitant (of a country), a nation ("the French").
_NATIONALITY_KINDS = frozenset({6904171, 6941644, 9620078, 8166552})


def _nationality_before(scan: Scan, k: int) -> bool:
    """ "23 danske strande", "9 Belgian lorries": where a nationality's adjective goes
    before its noun (`[meta] nationality_before`), a word whose likeliest sense is a
    language or a people, right before a noun the glossary knows, only says whose the noun is; alone
    ("23 svenskar") it counts the people."""
    from tui.analysis import glossary

    if not langdata.meta(scan.language or "", "nationality_before", False):
        return False
    tok, nxt = scan.toks[k], scan.toks[k + 1]
    if not (tok.is_word and nxt.start == tok.end + 1):
        return False
    found = glossary.senses(scan.language, tok.text, stems=False)[:1]  # its likeliest sense
    if not found or not (found[0] in _NATIONALITY_KINDS
                         or glossary.kinds(found[0]) & _NATIONALITY_KINDS):
        return False
    return _counted_noun(scan, nxt) and _known_noun(scan.language, nxt.text)


def _lowercase_noun(scan: Scan, tok: Token) -> bool:
    """ "auf 20 erhöht": a lowercase word where every noun has a capital is no noun."""
    return tok.text[:1].islower() and langdata.meta(scan.language or "", "nouns_capitalised",
                                                    False)


def _head_noun(scan: Scan, k: int) -> Token:
    """The counted noun after the number: the word itself, or a word after it when the
    ones before it only qualify it ("63 ribarska broda", "három szürke farkas", "14 knotted
    bedsheets": an adjective or a participle, then its noun). Past the first word only an
    adjective's ending qualifies: an unknown noun before a known one is more often the
    noun and the other a verb or a possessed noun ("munkavállaló szerződését")."""
    for step in range(_MODIFIERS):
        k = _past_coordinated(scan, k)
        nxt = _next_word(scan, k)
        if nxt is None or not _qualifies(scan, scan.toks[k], nxt, first=step == 0):
            break
        k += 1
    return scan.toks[k]


def _past_coordinated(scan: Scan, k: int) -> int:
    """ "11 slovenských a českých univerzít": an adjective joined by "and" (`[words]
    connectors`) to another one before the noun; the second qualifies the noun as well."""
    toks = scan.toks
    if k + 2 >= scan.n or toks[k + 1].low not in scan.words.connectors or not (
            _adjective_form(scan.language, strip_elision(toks[k].low))
            and _adjective_form(scan.language, strip_elision(toks[k + 2].low))):
        return k
    return k + 2


def _next_word(scan: Scan, k: int) -> Token | None:
    """The word right after token k that may be a counted noun (no concept word)."""
    if k + 1 >= scan.n:
        return None
    tok, nxt = scan.toks[k], scan.toks[k + 1]
    if not (nxt.is_word and nxt.start == tok.end + 1 and _counted_noun(scan, nxt)):
        return None
    return nxt if scan.ctable.get(nxt.low, nxt.text) is None else None


def _qualifies(scan: Scan, tok: Token, nxt: Token, first: bool) -> bool:
    """Does `tok` qualify the noun `nxt` rather than name what is counted? Where every
    noun has a capital, a lowercase word before a capitalised one; elsewhere a word with
    an adjective's ending (`[words] adjective_endings`) unless only it is a known noun,
    and on the first word, where adjectives go before their noun (not `[meta]
    adjectives_after`), also a word the glossary does not know before one it lists as
    written, or a word it knows by no stem before one it knows by a stem."""
    from tui.analysis import glossary  # the glossary's tables load on first use

    language = scan.language
    capitalised = langdata.meta(language or "", "nouns_capitalised", False)
    if capitalised:  # every noun has a capital: "400 verdächtige Überweisungen", "5 neue
        # rote Busse"; never "320 Zugfahrten fallen aus"
        return tok.text[:1].islower() and (nxt.text[:1].isupper() or first)
    known = _known_noun(language, tok.text)
    if _adjective_form(language, tok.low) and (not known or _known_noun(language, nxt.text)):
        return True
    if not first or known or langdata.meta(language or "", "adjectives_after", False):
        return False  # "46 borża sportiva": where adjectives follow, the noun comes first
    if glossary.senses(language, nxt.text, stems=False):
        return True
    return not glossary.senses(language, tok.text) and bool(glossary.senses(language, nxt.text))


def _known_noun(language: str | None, word: str) -> bool:
    """Does the glossary know `word` as a noun, as written or as a form of a lemma it lists
    (no guess from a shared stem)?"""
    from tui.analysis import glossary, noun_forms

    if glossary.senses(language, word, stems=False):
        return True
    return language != "en" and (noun_forms.lemma(language, word) is not None
                                 or noun_forms.compound_head(language, word) is not None)


def _adjective_form(language: str | None, low: str) -> bool:
    """ "knotted", "kölcsönzött", "rakstisku": the word ends as the language's adjectives
    and participles do, with at least _ADJECTIVE_STEM letters before the ending."""
    key = fold(low)
    return any(key.endswith(e) and len(key) - len(e) >= _ADJECTIVE_STEM
               for e in lx.adjective_endings(language))


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    return frozenset(lx._class("person_nouns"))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(fold(w) for w in lx.entity_words("stop"))


@lru_cache(maxsize=64)
def _state_words(language: str | None) -> tuple[tuple[str, str], ...]:
    """The language file's words for what happened to people (injured, evacuated, …):
    its listed words and prefixes, longest first."""
    table = lx.concept_table(language)
    states = lx._class("person_states")
    found = [*table.exact.items(), *table.prefixes]
    return tuple(sorted(((w, c) for w, c in found if c in states and len(w) >= _STEM),
                        key=lambda e: -len(e[0])))


def _state_stem(scan: Scan, low: str) -> str | None:
    """What happened to a generic count of people, named by another form of a listed word
    of the same stem: "hospital" for "hospitali*", "desalojó" for "desalojad*",
    "Verletzungen" for "verletzt*". The shared stem must be all but the last two letters
    of the listed word (and at least six), so only inflections and derivations meet."""
    if len(low) < _STEM or not low.isalpha():
        return None
    return _same_stem(scan.language, low) or _compound_head(scan, low)


def _compound_head(scan: Scan, low: str) -> str | None:
    """ "lichtgewond", "schwerverletzt": a listed state word as the head of a compound, in a
    language that joins them (`[meta] compounds`: never a case ending, Turkish
    "kontrolünden"). The first part is at least four letters, so "un-"/"on-"/"nie-"
    negations never count."""
    if not langdata.meta(scan.language or "", "compounds", False):
        return None
    for j in range(4, len(low) - _STEM + 1):
        c = scan.ctable.get(low[j:])
        if c is not None and c in lx._class("person_states"):
            return c
    return None


def _same_stem(language: str | None, low: str) -> str | None:
    for word, concept in _state_words(language):
        if low[:_STEM] != word[:_STEM]:
            continue
        n = _STEM
        while n < min(len(low), len(word)) and low[n] == word[n]:
            n += 1
        if n >= len(word) - 2:
            return concept
    return None


def _counted_noun(scan: Scan, tok: Token) -> bool:
    """The word after a bare number may name what it counts ("31 tractors"), unless it is
    a grammar word ("12 in", "5 of", "δύο από τα") or a copula or verb of change ("of the
    nine, four is electric": `[words] subject_verbs`), an abbreviation or, outside German,
    a name."""
    w, low = scan.words, strip_elision(tok.low)
    if len(low) < 3 or not low.isalpha() or tok.text.isupper():
        return False
    if tok.text[0].isupper() and scan.language not in ("de", "lb", None):
        return False
    grammar = (w.articles, w.of_words, w.part_of, w.of_them, w.others, w.connectors,
               w.auxiliaries, w.subject_verbs, w.relative, w.year_words, w.vague,
               lx.subordinators(scan.language), _stop_words())
    key = fold(low)  # the word sets are folded: "από", "și"
    return not any(key in words for words in grammar)


def _longer_noun(scan: Scan, low: str) -> bool:
    """Does a [nouns] entry of people cover more of the word than its concept entry of
    things? "машиніст*" (train drivers) is another word than "машин*" (vehicles)."""
    nouns = lx.noun_table(scan.language)
    if nouns.span(low) <= scan.ctable.span(low) or nouns.get(low) not in _person_nouns():
        return False
    return scan.ctable.get(low) not in lx._class("person_groups")


def _open_compound(scan: Scan, fig: Figure) -> bool:
    """ "Nine fire engines", "30 fire trucks": where compounds are written as two words
    (`[meta] open_compounds`), a singular noun no concept lists before an adjacent plural
    noun only modifies it; the head (or the joined pair, "fire_engines") is counted."""
    from tui.analysis import glossary
    from tui.analysis.figures import lemma

    k = _noun_start(scan, fig)
    language = scan.language
    if not langdata.meta(language or "", "open_compounds", False) or fig.hyphenated or (
            k + 1 >= scan.n):
        return False
    mod, head = scan.toks[k], scan.toks[k + 1]
    if not (mod.is_word and head.is_word and head.start == mod.end + 1
            and _counted_noun(scan, mod) and _counted_noun(scan, head)):
        return False
    a, b = strip_elision(mod.low), strip_elision(head.low)
    if scan.ctable.get(a, mod.text) is not None or lemma(a, language) != a or lemma(
            b, language) == b or not glossary.senses(language, mod.text, stems=False):
        return False  # "trucks queue": a plural is the head itself; "suspected" no noun
    c = scan.ctable.get(f"{a}_{b}") or scan.ctable.get(b, head.text)
    if c in lx._class("person_groups") or is_person_noun(scan, head) or (
            c is None and not glossary.senses(language, head.text, stems=False)):
        return False  # "20 flood victims", "two factory workers": left to the state words
    fig.concept, fig.noun = c or "other", b
    return True


def _group_gear(scan: Scan, fig: Figure) -> bool:
    """ "16 police cars", "nine army trucks": where compounds are written as two words, a
    group of people's word before an adjacent listed word of things only says whose
    things they are; the things are counted (as "rendőrautó", lexicon `_head`)."""
    k = _noun_start(scan, fig)
    if not langdata.meta(scan.language or "", "open_compounds", False) or fig.hyphenated or (
            k + 1 >= scan.n):
        return False
    mod, head = scan.toks[k], scan.toks[k + 1]
    if not (mod.is_word and head.is_word and head.start == mod.end + 1):
        return False
    groups = lx._class("person_groups")
    if scan.ctable.get(strip_elision(mod.low), mod.text) not in groups:
        return False
    c = scan.ctable.get(strip_elision(head.low), head.text)
    if c is None or c in groups or c in scan.words.generic or is_person_noun(scan, head):
        return False
    fig.concept, fig.noun = c, strip_elision(head.low)
    return True


def _listed_noun_after(scan: Scan, fig: Figure) -> bool:
    """ "45.000 zandzakken", "11 boerderijen": a counted noun of the language file's
    [nouns] right after the number names what it counts; no noun further on or before
    it (the soldiers who filled the sandbags) does."""
    k = _noun_start(scan, fig)
    if k >= scan.n or not scan.toks[k].is_word or fig.hyphenated:
        return False
    tok = scan.toks[k]
    low = strip_elision(tok.low)
    table = lx.noun_table(scan.language)
    modifier = scan.ctable.get(low, tok.text) is not None or (
        table.get(low) is None and not _genitive_head(scan, tok))
    if modifier and k + 1 < scan.n and scan.toks[k + 1].is_word and (
        scan.toks[k + 1].start == tok.end + 1
        and table.get(strip_elision(scan.toks[k + 1].low)) is not None
    ):
        tok = scan.toks[k + 1]  # "9 passenger trains", "4 lavínové psy": the head noun
        low = strip_elision(tok.low)
    if (scan.ctable.get(low, tok.text) is not None and not _longer_noun(scan, low)
            and not _state_place(scan, tok, low)) or not _counted_noun(scan, tok):
        return False
    name = table.get(low) or lx.noun_head_name(scan.language, low)  # "Dieselgeneratoren"
    if name is None or name in _person_nouns():
        return False
    fig.concept, fig.noun = "other", low
    return True


def _genitive_head(scan: Scan, tok: Token) -> bool:
    """ "14 cystern pociągu", "8 vagónů vlaku": where a noun's genitive follows it (`[meta]
    genitive_after`), a noun the glossary knows (not an adjective's form) right after the
    number is the counted head, and a listed noun after it only says whose it is."""
    return langdata.meta(scan.language or "", "genitive_after", False) and _known_noun(
        scan.language, tok.text) and not _adjective_form(scan.language, tok.low)


def _state_before_noun(scan: Scan, k: int) -> str | None:
    """ "7 dead storks", "9 νεκρούς πελαργούς": a person-state word of the concept tables
    right before an adjacent noun qualifies it; what is counted is the noun (when it is
    a noun of things or animals, `_governed_noun`), and the state is what befell them."""
    if k + 1 >= scan.n:
        return None
    tok, nxt = scan.toks[k], scan.toks[k + 1]
    if not (tok.is_word and nxt.is_word and nxt.start == tok.end + 1):
        return None
    c = scan.ctable.get(strip_elision(tok.low), tok.text)
    return c if c is not None and c in scan.words.person_states else None


# Princeton WordNet 3.0 stores its noun synsets by lexicographer file: the people
# (noun.person) are the offsets in this range; glossary senses are these offsets.
PERSON_SENSES = range(9483738, 11408559)


def _state_place(scan: Scan, tok: Token, low: str) -> bool:
    """ "in drei Krankenhäuser gebracht", "trīs slimnīcās": a word of a state of people
    (hospitalised) that is also a counted noun of things ([nouns]: hospitals) counts the
    things right after a number; people are never counted by a word of a place."""
    return scan.ctable.get(low, tok.text) in scan.words.person_states and _place_noun(
        scan, tok)


def _governed_noun(scan: Scan, fig: Figure) -> bool:
    """ "šest koz", "sei capre sono rimaste ferite", "ubili 37 ovac": a glossary noun of
    things or animals right after the number (or after an adjective, `_head_noun`) is
    what the number counts; a state word further on or before it ("ferite", "ranjenih")
    says what happened to them. People ("two fishermen were injured") are left to the
    state words, as the concept tables count them."""
    from tui.analysis import glossary

    k = _noun_start(scan, fig)
    if k >= scan.n or fig.hyphenated or not scan.toks[k].is_word:
        return False
    tok = scan.toks[k]
    state = _state_before_noun(scan, k)
    if state is not None:
        k, tok = k + 1, scan.toks[k + 1]
    if scan.ctable.get(strip_elision(tok.low), tok.text) is not None or not _counted_noun(
            scan, tok):
        return False
    nxt = scan.toks[k + 1] if k + 1 < scan.n else None
    after = scan.ctable.get(strip_elision(nxt.low), nxt.text) if (
        nxt is not None and nxt.is_word and nxt.start == tok.end + 1) else None
    if after is not None and after in scan.words.person_states:
        state = state or after  # "15 cygnes morts", "tre mucche ferite": their state
    elif after is not None and not langdata.meta(scan.language or "", "adjectives_after",
                                                 False):
        return False  # "70 polnische Feuerwehrleute", "25 replacement buses": a modifier
        # (where adjectives follow their noun, the word after it is its state: "iasc marbh")
    head = _open_head(scan, fig, _head_noun(scan, k))  # "32 food samples"
    low = strip_elision(head.low)
    # the glossary as written or by simplemma's lemma only: an ending rule may turn an
    # adjective into a noun ("čeští", Czech, into "cesta", road)
    found = glossary.senses(scan.language, head.text, stems=False)
    if not found or found[0] in PERSON_SENSES or (
            state is not None and any(f in PERSON_SENSES for f in found)):
        return False  # "6 injured climbers": a noun that may name people, left to the state
    fig.concept, fig.noun, fig.state = "other", low, state
    return True


def _noun_before(scan: Scan, fig: Figure) -> None:
    """A noun right before the number names it: "magnitude 6.8", "Stärke 6,8"."""
    if fig.i > 0:
        prev = scan.toks[fig.i - 1]
        c = scan.ctable.get(prev.low)
        if c in scan.words.pre_number:
            fig.concept, fig.noun = c, prev.low


def _phrase_over(scan: Scan, fig: Figure, step: int) -> bool:
    """Has a count with no generic noun nor group left its noun phrase at `step`?"""
    if step >= 5:
        return True  # beyond the noun phrase; only "N people … were evacuated" goes on
    # "три водозахвата у Апатинској општини": the place is no count
    return bool(step) and _place_after_noun(scan, fig.k + step)


def _head_bar(scan: Scan, fig: Figure, step: int, c: str, head: str | None) -> str | None:
    """What the first noun's kind (`_head_kind`) says of concept `c` `step` tokens after
    the number: "skip" it, "stop" the phrase there, or None."""
    w = scan.words
    if head == "person" and c not in _people() and c not in w.generic:
        return "skip"  # "20 000 pendlare fick ta andra vägar": not roads
    if head == "thing" and step >= 2 and c not in w.person_states and (
            scan.toks[fig.k + step - 1].low not in w.of_words):
        return "stop"  # "22 casos confirmados en ambos países": the countries are another phrase
    return None


def _noun_after(scan: Scan, fig: Figure, out: Sequence[Any]) -> None:
    """The noun phrase after the number; a generic noun ("people") may be followed by what
    happened to them ("… were evacuated"). So may a group of people the report counted
    before: "Four of the students were taken to hospital" after "11 students" is a count of
    the hospitalised (`_subgroup`); "two firefighters were taken to hospital" alone is
    one of firefighters."""
    w, ctable = scan.words, scan.ctable
    clause_words = lx.subordinators(scan.language)
    group: tuple[str, str, int] | None = None  # "Tři studenty": kept unless a state follows
    head: str | None = None  # what the first word names, when a noun (`_head_kind`)
    toks = scan.toks
    for step, t in enumerate(toks[fig.k : fig.k + 8]):
        if fig.generic is None and group is None and _phrase_over(scan, fig, step):
            break
        if t.text in _SKIP_FORWARD or _case_suffix(toks, fig.k + step):
            continue
        if t.text in CLAUSE_STOP or t.is_digit:
            break
        low = strip_elision(t.low)
        if low in w.vague or low in w.relative or low in clause_words:
            break  # "60 as old houses crumbled": the houses are another clause
        c = ctable.get(low, t.text) if not _longer_noun(scan, low) else None
        if c is None and step == 0:
            c = _members_of(scan, t)
            head = None if c is not None else _head_kind(scan, t)
        people = fig.generic is not None or group is not None
        if c is None and people:
            c = _state_stem(scan, low)  # "85 people were taken to hospital"
        if c is None:
            if low in w.connectors or low in _AND_WORDS:
                break
            continue
        if people and c not in w.person_states:
            continue  # "3,000 residents had to leave their homes": not homes
        if not people and _place_for_things(scan, fig, step, c, head):
            break
        if (bar := _head_bar(scan, fig, step, c, head)) == "skip":
            continue
        if bar == "stop":
            break
        if c in w.generic:
            if fig.generic is None:
                fig.generic, fig.noun, fig.noun_end = c, low, t.end
            if c in w.aspect_nouns:
                fig.aspect = w.aspect_nouns[c]
            continue
        if group is None and c in _groups() and _subgroup(fig, c, out):
            group = (c, low, t.end)  # a part of the group counted before
            continue
        if _moved_patients(scan, _noun_start(scan, fig), low):
            break  # "23 Patienten in umliegende Spitäler": patients, moved
        fig.concept, fig.noun = c, low
        fig.noun_end = group[2] if group is not None else t.end  # the text: "Tři studenty"
        return
    if group is not None:
        fig.concept, fig.noun, fig.noun_end = group


def _place_for_things(scan: Scan, fig: Figure, step: int, c: str, head: str | None) -> bool:
    """ "40 generators for hospitals", "12 beds in clinics": past a noun of things of its
    own (the glossary's or [nouns]), a state word that is also a noun of places ([nouns]:
    "hospital") is where the things are or what they are for, not what befell them."""
    if step == 0 or c not in scan.words.person_states:
        return False
    first = scan.toks[_noun_start(scan, fig)]  # a noun, not a verb: "six came to hospital"
    return (head == "thing" or _place_noun(scan, first) or _sibling_noun(scan, first)) and (
        _place_noun(scan, scan.toks[fig.k + step]))


def _sibling_noun(scan: Scan, tok: Token) -> bool:
    """Does a sibling language's glossary know the word (or its lemma) as a noun of
    things ("генераторів": Russian "генератор")?"""
    from tui.analysis import glossary
    from tui.analysis.figures import lemma

    if not _counted_noun(scan, tok) or is_person_noun(scan, tok):
        return False
    return bool(glossary.sibling_senses(scan.language, (tok.text, lemma(tok.low, scan.language))))


def _place_after_noun(scan: Scan, m: int) -> bool:
    """Does a place preposition (`[entities] place_preps`) at token `m` follow a noun the
    number counts ("три водозахвата у …", "4 studnie w gminie")? What follows it is where
    they are, not what is counted: a noun of the tables after it names another thing."""
    prev = scan.toks[m - 1]
    preps = lx.entity_words_by_language("place_preps").get(scan.language or "", frozenset())
    return scan.toks[m].low in preps and prev.is_word and _counted_noun(scan, prev) and (
        not _adjective_form(scan.language, prev.low))


def _head_kind(scan: Scan, tok: Token) -> str | None:
    """The first word after a number, when no concept word: a noun of people ("person":
    only what befell them may follow it), a noun of things the glossary knows ("thing":
    a concept word past the word after it is of another phrase), else None."""
    if not _counted_noun(scan, tok):
        return None
    if is_person_noun(scan, tok):
        return "person"
    if _known_noun(scan.language, tok.text) and not _adjective_form(scan.language, tok.low):
        return "thing"
    return None


def _past_complement(scan: Scan, m: int) -> int:
    """Where the predicate starts after a noun of people: past an "of" complement that ends
    at an auxiliary ("patients de soins intensifs ont été …"), else at `m`."""
    toks, w = scan.toks, scan.words
    if m >= scan.n or strip_elision(toks[m].low) not in w.of_words:
        return m
    for e in range(m + 1, min(scan.n, m + _PREDICATE_REACH)):
        if toks[e].text in PUNCT_STOP or toks[e].is_digit:
            break
        if toks[e].low in w.auxiliaries:
            return e
    return m


def _case_suffix(toks: list[Token], m: int) -> bool:
    """ "1.200'e yakın", "18'i": an apostrophe and a case ending written onto the number."""
    t = toks[m]
    if t.text in _APOSTROPHES:
        return m > 0 and toks[m - 1].end == t.start and toks[m - 1].is_digit
    return (m > 1 and t.is_word and len(t.low) <= 4 and toks[m - 1].text in _APOSTROPHES
            and toks[m - 1].end == t.start and toks[m - 2].is_digit)


def _subgroup(fig: Figure, group: str, out: Sequence[Any]) -> bool:
    """Did the report count a larger number of this group before ("12 students")?"""
    return any(q.concept == group and q.value > fig.value for q in out)


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    """Concepts that count people: groups and what happened to them ([classes])."""
    return frozenset(lx._class("person_groups"))


@lru_cache(maxsize=1)
def _groups() -> frozenset[str]:
    """Groups of people that are not what happened to them (students, crew, police)."""
    return frozenset(lx._class("person_groups")) - set(lx._class("person_states")) - set(
        lx._class("generic"))


def _clause_before(scan: Scan, fig: Figure) -> None:
    """Backward: "killing one person", "injuring at least 26"."""
    w, toks, i = scan.words, scan.toks, fig.i
    qwords = lx.qualifier_words(scan.language)
    toll = False
    people = fig.generic is not None or (fig.k < scan.n and is_person_noun(scan, toks[fig.k]))
    weak: str | None = None  # a [predicates] word: a state word further back wins
    for b in range(i - 1, max(-1, i - 11), -1):
        t = toks[b]
        if t.text in CLAUSE_STOP or t.is_digit or t.low in _CONJUNCTIONS or (
                t.low in w.and_words):
            break  # "a helicopter and two ships": the noun is not ours
        if b >= i - 3 and t.low in w.toll_verbs:
            toll = True
        if t.low in qwords or fold(t.low) in w.subject_verbs:
            continue  # "bolo" (was) is no concept, though its lemma folds to a noun's
        if t.low not in w.articles and scan.number_words_at(b):
            break
        c = scan.ctable.get(strip_elision(t.low), t.text)
        if c is not None and _own_noun(scan, fig) and _place_noun(scan, t):
            continue  # "In the hospital work 3,500 nurses": where they are, not their state
        if c is None and fig.generic is not None:
            c = _state_stem(scan, strip_elision(t.low))  # "se desalojó a 1.100 vecinos"
        if c is None and people and weak is None:
            weak = _predicate_word(scan, b, strip_elision(t.low))  # "brought ashore 43 …"
        if c in _groups() and (people or _own_noun(scan, fig) and (
                _counted_before(scan, b) or _thing_noun(scan, fig))):
            break  # "rescuers brought 43 anglers ashore": the rescuers are not the rescued;
            # "42 firefighters with 14 tankers": the group of another count; "the crew
            # sealed 90 cabins": a group before a noun of things is who acted on them
        if c is not None and c not in w.generic and c not in _people() and (
                _own_noun(scan, fig)):
            break  # "Pašvaldība nosūtīja astoņas ūdens cisternas": the municipality sent
            # them; a thing before a number with a noun of its own is not what it counts
        if c is not None and c not in w.generic:
            if fig.generic is not None and c not in w.person_states:
                if b > 0 and toks[b - 1].low in w.of_words:
                    continue  # "retiraram de casa 1100 pessoas": the verb is further back
                break  # "a plane carrying 72 people": people, not aircraft
            fig.concept = c
            if fig.noun is None:
                fig.noun = t.low
            return
    if weak in w.person_states:
        fig.concept = weak
    elif toll:
        _toll_clause(scan, fig)


def _counted_before(scan: Scan, b: int) -> bool:
    """Is token b the noun of a number right before it (up to two qualifying words)?"""
    return any(scan.toks[j].is_digit or scan.number_words_at(j)
               for j in range(max(0, b - 3), b))


def _own_noun(scan: Scan, fig: Figure) -> bool:
    """Is the number followed by a noun of its own, not a generic one ("people")?"""
    k = _noun_start(scan, fig)
    return fig.generic is None and k < scan.n and scan.toks[k].is_word and _counted_noun(
        scan, scan.toks[k])


def _thing_noun(scan: Scan, fig: Figure) -> bool:
    """Is the number's own noun one the glossary knows, and not as people?"""
    tok = scan.toks[_noun_start(scan, fig)]
    return _known_noun(scan.language, tok.text) and not is_person_noun(scan, tok)


def _place_noun(scan: Scan, tok: Token) -> bool:
    """A state word that is also a counted noun of things ([nouns]: "hospital")."""
    name = lx.noun_table(scan.language).get(strip_elision(tok.low), tok.text)
    return name is not None and name not in _person_nouns()


def _toll_clause(scan: Scan, fig: Figure) -> None:
    """ "o número de mortos causados pelas chuvas ... subiu para 39"."""
    w, sentences = scan.words, scan.sentences
    s_start = sentences[sentence_at(sentences, fig.tok.start)].start if sentences else 0
    for b in range(fig.i - 1, max(-1, fig.i - 1 - _TOLL_REACH), -1):
        t = scan.toks[b]
        if t.start < s_start or t.text in ";:":
            break
        c = scan.ctable.get(strip_elision(t.low), t.text)
        if c is not None and c not in w.generic and c in w.person_states:
            fig.concept, fig.noun = c, t.low
            return


def _previous_figure(scan: Scan, fig: Figure, out: Sequence[Any]) -> None:
    """The previous figure of the same sentence names a figure without its own noun."""
    if not out or out[-1].sentence != sentence_at(scan.sentences, fig.start):
        return
    last = out[-1]
    k = fig.k
    if (fig.generic is None and k < scan.n and scan.toks[k].low in scan.words.auxiliaries
            and last.concept != "other"):
        fig.concept = last.concept  # "1,500 homes were damaged and 320 were left …"
        return
    if fig.aspect:
        # "26 injured, including five children"
        starts = scan.starts
        lo, hi = bisect.bisect_left(starts, last.end), bisect.bisect_left(starts, fig.start)
        if any(t.low in scan.words.including for t in scan.toks[lo:hi]):
            fig.concept = last.concept


# How far past the counted noun the predicate of its clause may name what happened to the
# people counted ("Du darbuotojai apsinuodijo dūmais ir buvo nuvežti į ligoninę").
_PREDICATE_REACH = 12
# The longest incise skipped between the noun and its predicate ("Deux techniciens, dont
# un régisseur de 38 ans, ont été hospitalisés").
_INCISE_REACH = 14


def _person_predicate(scan: Scan, fig: Figure) -> None:
    """ "Two technicians were taken to hospital", "Троє працівників отримали опіки",
    "Three of the hostages suffered minor injuries", "23 wurden ins Spital gebracht": a
    count of people named by a noun no concept lists, by "of them" or by no noun at all
    counts what happened to them, the state word of its clause's predicate."""
    head = _person_head(scan, fig)
    found = _predicate_state(scan, _past_complement(scan, head + 1)) if head is not None else (
        None)
    if found is not None and not (head is not None and _moved_patients(scan, head, found[1])):
        fig.concept, fig.noun = found


def _moved_patients(scan: Scan, head: int, word: str) -> bool:
    """ "23 Patienten wurden in umliegende Spitäler gebracht", "31 patients transférés vers
    d'autres hôpitaux": people already in hospital ([classes] in_hospital: the noun's
    first glossary sense, else its [nouns] name) whose predicate names a hospital ([nouns]
    hospitals) are moved, not admitted: the count stays one of them."""
    from tui.analysis import glossary, noun_forms

    if lx.noun_table(scan.language).get(word) != "hospitals":
        return False
    text = scan.toks[head].text
    found = glossary.senses(scan.language, text, stems=False)
    if not found and (lemma := noun_forms.lemma(scan.language, text)) is not None:
        found = glossary.senses(scan.language, lemma, stems=False)
    name = glossary.best_name(found) if found else lx.noun_table(scan.language).get(
        strip_elision(scan.toks[head].low))  # the glossary lacks it: the language file
    return name in lx._class("in_hospital")


def _state_of_state(scan: Scan, fig: Figure) -> None:
    """ "Vier Verletzte kamen ins Krankenhaus", "three of the injured were taken to
    hospital": a count named by a state noun (the injured) whose predicate names another
    state counts that one; "six were injured and taken to hospital" stays injured (the
    state is the predicate itself, not the noun). A group of people ("Three crew members
    were taken to hospital") stays a count of the group, its state kept beside it."""
    w, toks, k = scan.words, scan.toks, fig.k
    group = fig.concept in _groups()
    if fig.noun is None or not (group or fig.concept in w.person_states):
        return
    reach = 3 if fig.partitive else 1  # "of the injured": the noun after "of" and an article
    head = next((m for m in range(k, min(scan.n, k + reach))
                 if strip_elision(toks[m].low) == fig.noun), None)
    if head is None:
        return
    found = _predicate_state(scan, head + 1)
    if found is None or found[0] == fig.concept:
        return
    if group:
        fig.state = found[0]  # "two firefighters were hurt": firefighters, and injured
    else:
        fig.concept, fig.noun = found


def _predicate_state(scan: Scan, m: int) -> tuple[str, str] | None:
    """The first person-state word (its concept and folded word) of the predicate that
    starts at token `m`, within its clause: across "and" between two verbs of one subject
    and an "including" incise, up to another count or clause."""
    w, toks = scan.words, scan.toks
    end = min(scan.n, m + _PREDICATE_REACH)
    weak: tuple[str, str] | None = None  # a [predicates] word: a state word later wins
    while m < end:
        t = toks[m]
        if t.text == ",":
            after = _after_incise(scan, m)
            if after is None:
                return weak
            m, end = after, min(scan.n, after + _PREDICATE_REACH)
            continue
        if t.text in PUNCT_STOP or t.is_digit or _clause_word(scan, t):
            return weak
        low = strip_elision(t.low)
        if t.is_word and low not in w.articles and scan.number_words_at(m):
            return weak  # "two workers and three firefighters": another count
        c = scan.ctable.get(low, t.text)
        if c is not None and c in w.person_states:
            return c, low
        c = _predicate_word(scan, m, low) if weak is None else None
        if c is not None and c in w.person_states:
            weak = c, low  # "were given first aid", "apsinuodijo ... ir buvo nuvežti į ligoninę"
        m += 1
    return weak


def _predicate_word(scan: Scan, m: int, low: str) -> str | None:
    """The state a predicate word of token `m` names ([predicates]), or of the two words
    from it when the data joins them ("first_aid", "pierwszej_pomocy")."""
    table = lx.predicate_table(scan.language)
    if m + 1 < scan.n and scan.toks[m + 1].is_word:
        found = table.get(f"{low}_{strip_elision(scan.toks[m + 1].low)}")
        if found is not None:
            return found
    return table.get(low, scan.toks[m].text)


def _partitive_end(scan: Scan, k: int) -> int | None:
    """ "of them", "of the hostages", "dintre francezi": the word after the partitive
    word (and its article), the people a part is of."""
    toks, w = scan.toks, scan.words
    nxt = k + 1
    if nxt < scan.n and strip_elision(toks[nxt].low) in w.articles:
        nxt += 1
    return nxt if nxt < scan.n and toks[nxt].is_word else None


def _person_head(scan: Scan, fig: Figure) -> int | None:
    """The token of the people a bare count counts: a generic noun ("people"), a listed or
    glossary noun of people ("technicians", "Beschäftigte"), a partitive "of them" /
    "of the hostages" (its last word), or the number itself before an auxiliary."""
    w, toks, k = scan.words, scan.toks, fig.k
    if k >= scan.n or not toks[k].is_word:
        return None
    low = strip_elision(toks[k].low)
    if low in w.of_words or low in w.part_of:
        return _partitive_end(scan, k)
    if low in w.of_them or low in w.others:
        return k  # "Dsatax minnhom inżammu l-Isptar", "8 oħrajn huma nieqsa": people
    if fig.generic is not None or is_person_noun(scan, toks[k]):
        return k
    if low in w.auxiliaries or _person_number(scan, fig):
        return k - 1  # "23 wurden ins Spital gebracht", "Двое госпитализированы"
    return None


def _person_number(scan: Scan, fig: Figure) -> bool:
    """ "Двое госпитализированы", "Dvojica su ozlijeđena": a numeral that counts people
    only (`[words] person_numbers`, collective and personal numerals) needs no noun; the
    predicate right after it says what happened to them."""
    return fig.k - fig.i == 1 and fold(strip_elision(scan.toks[fig.i].low)) in (
        scan.words.person_numbers)


def is_person_noun(scan: Scan, tok: Token) -> bool:
    """A noun of people: listed in the language file's [nouns] as one of the person nouns,
    or whose first glossary sense is a person."""
    from tui.analysis import glossary

    low = strip_elision(tok.low)
    if not _counted_noun(scan, tok) or scan.ctable.get(low, tok.text) is not None:
        return False
    if lx.noun_table(scan.language).get(low) in _person_nouns():
        return True
    # the word as written, else (an inflected plural: "clientes") by its stem
    found = glossary.senses(scan.language, tok.text, stems=False) or glossary.senses(
        scan.language, tok.text)
    return bool(found) and found[0] in PERSON_SENSES


def _clause_word(scan: Scan, t: Token) -> bool:
    """A word that starts another clause: a relative, a subordinator, a vague quantity."""
    w, low = scan.words, strip_elision(t.low)
    return low in w.relative or low in lx.subordinators(scan.language) or low in w.vague


def _after_incise(scan: Scan, m: int) -> int | None:
    """The token after an incise opened by an "including" word at the comma `m` ("…, dont
    un régisseur de 38 ans, …"), or None when the comma ends the clause."""
    toks = scan.toks
    if m + 1 >= scan.n or strip_elision(toks[m + 1].low) not in scan.words.including:
        return None
    for e in range(m + 2, min(scan.n, m + 2 + _INCISE_REACH)):
        if toks[e].text in PUNCT_STOP:
            return None
        if toks[e].text == ",":
            return e + 1
    return None


def _part_of_previous(scan: Scan, fig: Figure, out: Sequence[Any]) -> None:
    """ "15 people were injured, three of them seriously", "27 au fost rănite, dintre care
    6 grav", "40 cases, of which 12 in children", "1.2 million clients, 30,000 of them
    abroad": a count linked to the count before it by "of them" (`[words] of_them`) is a
    part of it: its concept (a bare count's noun too), partitive."""
    if not out or not _has_parts(scan, fig, out[-1]) or not (
            of_them_after(scan, fig) or _of_them_before(scan, fig)):
        return
    last = out[-1]
    if sentence_at(scan.sentences, fig.start) - last.sentence > 1:
        return  # "of them" refers to the figure of this sentence or the one before
    fig.concept, fig.partitive = last.concept, True
    if last.concept == "other":
        fig.noun, fig.noun_text, fig.part_noun = last.noun, last.noun_text, True


def _has_parts(scan: Scan, fig: Figure, q: Any) -> bool:
    """May "of them" after count q name a part of it: a count of people, or (when the part
    names none of its own: "among them 17 junior players", "of them 163 are children") of
    a thing its concept or its own noun names (not a sum or a measure)?"""
    from tui.analysis.figures import is_count

    if q.concept in lx._class("person_groups"):
        return True
    if fig.generic is not None or _own_noun(scan, fig) or q.unit is not None:
        return False
    return q.concept != "money" and (q.concept != "other" or is_count(q))


def of_them_after(scan: Scan, fig: Figure) -> bool:
    """ "three of them", "sei dei quali", "6 davon", "Dsatax minnhom"."""
    w, toks, k = scan.words, scan.toks, fig.k
    if k >= scan.n or not toks[k].is_word:
        return False
    low = toks[k].low
    if low not in w.of_them:
        if not ((low in w.of_words or low in w.part_of) and k + 1 < scan.n
                and toks[k + 1].low in w.of_them):
            return False
        k += 1
    # "90 of them were put up in hotels": a predicate of its own, another fact of the part
    return not (k + 1 < scan.n and toks[k + 1].low in w.auxiliaries)


def _of_them_before(scan: Scan, fig: Figure) -> bool:
    """ "dintre care 6", "of whom 6", "dont deux": a partitive word and a pronoun (or one
    word for both) right before it, a qualifier between ("dos quais cerca de 32 mil")."""
    w, toks, i = scan.words, scan.toks, fig.i
    qwords = lx.qualifier_words(scan.language)
    while i > 1 and fig.i - i < _VERB_REACH and toks[i - 1].low in qwords:
        i -= 1
    if i < 1 or toks[i - 1].low not in w.of_them:
        return False
    if toks[i - 1].low in w.including:
        return True  # "dont deux grièvement": one word for "of whom"
    return i >= 2 and (toks[i - 2].low in w.part_of or toks[i - 2].low in w.including
                       or toks[i - 2].low in w.of_words)


# How many words a subject before its verb may have ("i casi confermati dall'inizio della
# stagione sono 27"), and how many verb and qualifier words between the verb and the number.
_SUBJECT_REACH, _VERB_REACH = 10, 4


def _subject_noun(scan: Scan, fig: Figure) -> None:
    """ "the confirmed cases are 27", "die Zahl der Fälle stieg auf 30", "liczba rannych
    wzrosła do 12": a number with no noun of its own after a copula or a verb of change
    (`[words] subject_verbs`, then `rise_to`) counts the subject of that verb, the first
    noun of its clause past a word for the count itself (`[words] count_words`)."""
    if _own_noun(scan, fig) and not _lowercase_noun(scan, scan.toks[_noun_start(scan, fig)]):
        return  # "auf 20 erhöht": a lowercase word where nouns have capitals is the verb
    verb = _verb_before(scan, fig.i)
    head = _subject_head(scan, verb) if verb is not None else None
    if head is None:
        return
    low = strip_elision(scan.toks[head].low)
    fig.concept = scan.ctable.get(low, scan.toks[head].text) or "other"
    fig.noun = low
    text = scan.toks[head].text
    fig.noun_text = text[2:] if scan.toks[head].low != low else text


def _verb_before(scan: Scan, i: int) -> int | None:
    """The first token of the verb right before token i ("are", "è salito a", "stieg auf
    rund"), past qualifier and `rise_to` words; None when no subject verb stands there."""
    w, toks = scan.words, scan.toks
    qwords = lx.qualifier_words(scan.language)
    found: int | None = None
    rise: int | None = None
    for b in range(i - 1, max(-1, i - 1 - _VERB_REACH), -1):
        low = fold(toks[b].low)
        if low in w.subject_verbs or strip_elision(low) in w.subject_verbs or (
                found is not None and low in w.auxiliaries):
            found = b
        elif found is not None or not (low in qwords or low in w.rise_to):
            break
        elif low in w.rise_to:
            rise = b
    if found is None and rise is not None and _count_word_before(scan, rise):
        return rise  # "hatten die Zahl der Stationen auf 20 erhöht": the verb comes after
    return found


def _count_word_before(scan: Scan, b: int) -> bool:
    """Does the clause before token b name the count itself ("die Zahl der …")?"""
    for m in range(b - 1, max(-1, b - 1 - _SUBJECT_REACH), -1):
        t = scan.toks[m]
        if t.text in CLAUSE_STOP or t.is_digit:
            return False
        if fold(strip_elision(t.low)) in scan.words.count_words:
            return True
    return False


def _subject_head(scan: Scan, verb: int) -> int | None:
    """The token of the noun the clause before token `verb` is about: its first noun the
    glossary or the language file knows; after a count word ("the number of cases"),
    the first noun after it."""
    toks, w = scan.toks, scan.words
    start = verb
    while start > 0 and toks[start - 1].text not in CLAUSE_STOP and not (
            toks[start - 1].is_digit or _clause_word(scan, toks[start - 1])):
        start -= 1
        if verb - start > _SUBJECT_REACH:
            return None  # a long clause: its subject is not sure
    counted = next((m + 1 for m in range(start, verb - 1)
                    if fold(strip_elision(toks[m].low)) in w.count_words), start)
    tries = 2 if counted > start else 1  # "Ο αριθμός των κρουσμάτων": past its article
    for m in range(counted, verb):  # "Podle hygieniků počet případů stoupl na 14"
        t = toks[m]
        low = fold(strip_elision(t.low))
        if not t.is_word or low in w.count_words or not _counted_noun(scan, t):
            continue
        if scan.ctable.get(strip_elision(t.low), t.text) is not None:
            return m
        head = _token_index(scan, _head_noun(scan, m))
        if head >= verb or fold(strip_elision(toks[head].low)) in w.count_words:
            head = m  # "gadījumu skaits": the count word is no head of its noun
        if _subject_word(scan, toks[head]):
            return head
        tries -= 1
        if not tries:
            return None  # the first word of the clause is no noun: no sure subject
    return None


def _subject_word(scan: Scan, tok: Token) -> bool:
    """May `tok` be the noun a subject count counts: a noun the glossary or the language
    file knows, capitalised where every noun is?"""
    low = strip_elision(tok.low)
    return not _lowercase_noun(scan, tok) and (
        _known_noun(scan.language, tok.text) or lx.noun_table(scan.language).get(low)
        is not None)


def _complement_noun(scan: Scan, fig: Figure) -> None:
    """ "Of those affected, 12,000 are subscribers of the subsidiary": a bare number right
    before a copula (a `[words] subject_verbs` word that is also an auxiliary) counts the
    noun after it (past an indefinite article)."""
    w, toks, k = scan.words, scan.toks, fig.k
    if k + 1 >= scan.n or not (toks[k].low in w.subject_verbs and toks[k].low in w.auxiliaries):
        return
    m = k + 1
    if strip_elision(toks[m].low) in w.articles and m + 1 < scan.n:
        m += 1
    t = toks[m]
    low = strip_elision(t.low)
    if not (t.is_word and _counted_noun(scan, t)) or _lowercase_noun(scan, t):
        return
    concept = scan.ctable.get(low, t.text)
    if concept is None and not (_known_noun(scan.language, t.text)
                                or lx.noun_table(scan.language).get(low)):
        return
    fig.concept, fig.noun = concept or "other", low
    fig.noun_text = t.text[2:] if t.low != low else t.text


def _part_word_after(scan: Scan, fig: Figure) -> bool:
    """Is the number followed by a partitive word ("of", `[words]` of_words or part_of)?"""
    k, w = fig.k, scan.words
    return k + 1 < scan.n and (scan.toks[k].low in w.of_words or scan.toks[k].low in w.part_of
                               ) and _noun_start(scan, fig) == k


def _partitive_noun(scan: Scan, fig: Figure) -> None:
    """ "Two of the tracks reopened", "Neun der Betroffenen", "Två av spåren": a part whose
    noun follows the partitive word (and an article) counts that noun; a bare count of it
    is not marked a part (the other report may count the same things without "of")."""
    toks = scan.toks
    for m in range(fig.k + 1, min(scan.n, fig.k + 3)):
        t = toks[m]
        if not t.is_word:
            return
        low = strip_elision(t.low)
        if low in scan.words.articles or not _counted_noun(scan, t):
            continue
        if _lowercase_noun(scan, t):
            return
        fig.concept, fig.noun = scan.ctable.get(low, t.text) or "other", low
        fig.noun_text = t.text[2:] if t.low != low else t.text
        return

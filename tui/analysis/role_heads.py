"""A role, title or demonym glued in front of a name ("Staatsanwalt Heiko Lindner").

Languages that capitalise nouns (German) or a sentence-initial word put a common noun
for a person in front of a name; the run of capitalised words then swallows it and the
row shows the wrong name. The word is recognised without a word list: its first sense in
the interlingual glossary (tui.analysis.glossary, WordNet synsets) is a kind of person
(WordNet's noun.person block of common nouns: prosecutors, Frenchmen, suppliers, ...),
which holds in every language the glossary covers. Given names and famous people are
instances in WordNet, outside that block, so "Matteo Gallina" keeps its "Matteo".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from tui.analysis import gazetteer, glossary, langdata
from tui.analysis import lexicon as lx
from tui.analysis.inflection import endings
from tui.analysis.mentions import CONNECT, Mention, _known_place, quoted_whole

_ARTICLES = lx.entity_words_by_language("name_articles")
_WORD_BEFORE = re.compile(r"(\w+['’]?)\s*$")

# WordNet 3.0 offsets of the common nouns for persons ("adult" ... "zoologist"); the
# named people that follow ("Aaron", "Abel", ...) are instances and stay names.
_PERSON_NOUNS = range(9_605_000, 10_806_700)


# WordNet 3.0 synsets of a company: company, firm, business (concern), enterprise. A
# capitalised word meaning one of them before a name ("Firma Brandt Hochbau") is the
# common noun, as a role noun is before a person's name.
_COMPANY_NOUNS = frozenset({8_058_098, 8_059_870, 8_061_042, 8_056_231})


def is_company_noun(word: str, language: str | None) -> bool:
    """Is `word` a common noun for a company ("Firma", "Unternehmen", "bedrijf")?"""
    if len(word) < 4 or word.isupper() or not word[:1].isupper():
        return False
    found = noun_senses(word, language)
    return bool(found) and found[0] in _COMPANY_NOUNS


def is_role_noun(word: str, language: str | None) -> bool:
    """Is `word` a common noun for a person (a role, title, trade or demonym)?"""
    if len(word) < 4 or word.isupper() or not word[:1].isupper():
        return False
    found = noun_senses(word, language)
    return bool(found) and found[0] in _PERSON_NOUNS


_MIN_INFLECTED = 8  # letters of a noun read without its case ending


@lru_cache(maxsize=16384)
def noun_senses(word: str, language: str | None) -> tuple[int, ...]:
    """The glossary senses of a capitalised noun as written, or of the noun it is made
    of: its last part after a hyphen ("US-Unternehmens": a US company's), or, a word
    of eight letters or more, without a case ending of the language that leaves four
    ("Landwirts": the farmer's; a shorter word may be a name in a case form: "Sardes"
    is no Sardinian's)."""
    found = glossary.senses(language, word, stems=False)
    if found or len(word) < 5:
        return found
    head, sep, tail = word.rpartition("-")
    if sep and head and tail[:1].isupper() and len(tail) >= 4:
        return noun_senses(tail, language)
    if len(word) < _MIN_INFLECTED:
        return ()
    low = word.lower()
    for ending in sorted(endings(language) if language else (), key=len, reverse=True):
        if ending and low.endswith(ending) and len(word) - len(ending) >= 4:
            found = glossary.senses(language, word[:-len(ending)], stems=False)
            if found:
                return found
    return ()


def _after_article(text: str, start: int, language: str | None) -> bool:
    """"le Français Lucas Bérard", "l'Italien …": a lowercase article before the span (an
    elided one is inside it: the span starts where the written word does)."""
    elided = re.match(r"(\w{1,3}['’])", text[start:start + 4])
    found = elided or _WORD_BEFORE.search(text, max(0, start - 12), start)
    word = found.group(1).replace("’", "'") if found else ""
    return word.islower() and word in _ARTICLES.get(language or "", frozenset())


def _common_here(text: str, m: Mention, rest: str, language: str | None) -> bool:
    """Is the capitalised head a common noun here: nouns are capitalised in the language,
    it opens the sentence, or an article precedes it and a full name follows?"""
    return (bool(langdata.meta(language, "nouns_capitalised", False)) or m.initial
            or (" " in rest and _after_article(text, m.start, language)))


def is_compound_role(word: str, language: str | None) -> bool:
    """Is `word` a compound whose last part is a person noun, a compound the glossary does
    not list as written ("Insatsledare": incident commander, "Einsatzleiter")? Such a
    word before a surname is a title, never a given name (given names are listed)."""
    if len(word) < 8 or word.isupper() or not word[:1].isupper() or \
            glossary.senses(language, word, stems=False):
        return False
    found = glossary.senses(language, word)
    return bool(found) and found[0] in _PERSON_NOUNS


def _drop_compound_role(m: Mention, text: str, language: str | None) -> Mention:
    """"Insatsledare Holmgren säger …": a compound role noun (`is_compound_role`) that
    reads as a common noun here (`_common_here`) before one capitalised word."""
    words = m.text.split(" ")
    if len(words) != 2 or not words[1][:1].isupper() or \
            not (m.initial or langdata.meta(language, "nouns_capitalised", False)) or \
            not is_compound_role(words[0], language) or gazetteer.lookup(m.text) is not None:
        return m
    at = m.start + len(words[0]) + 1
    if text[at:at + len(words[1])] != words[1]:
        return m
    return replace(m, text=words[1], start=at, end=at + len(words[1]), initial=False,
                   title=True, written=_rest_written(m, len(words[0]) + 1))


def _rest_written(m: Mention, cut: int) -> str | None:
    """The name's written form without the head, when it is written with more than its
    text (a legal form: "Firma Brandt Hochbau GmbH" is written "Brandt Hochbau GmbH")."""
    if not m.written or not m.written.startswith(m.text):
        return None
    return m.written[cut:]


def drop_role_heads(mentions: list[Mention], text: str,
                    language: str | None) -> list[Mention]:
    """Drop a role noun opening a span of three or more words (a Hungarian "Szabó Péter",
    surname first, is a tailor's word before one given name) where the head reads as a
    common noun (`_common_here`) or the rest is a name the text writes elsewhere (its
    last word occurs in another mention): "Staatsanwalt Heiko Lindner" is "Heiko
    Lindner", while "Schneider Electric" inside an English sentence stays whole; a noun
    for a company goes the same way ("Firma Brandt Hochbau" is "Brandt Hochbau"). Known
    names and places (gazetteer, GeoNames: "Santa Cruz") are never cut, nor a head that
    names a country unless an article precedes it ("l'Italien", not "Italien" = Italy)."""
    words_at: dict[str, set[int]] = {}
    for m in mentions:
        for w in m.text.split(" "):
            words_at.setdefault(w, set()).add(m.start)
    surnames = _surnames(mentions, language)
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        rest = " ".join(words[1:])
        company = len(words) >= 3 and is_company_noun(words[0], language)
        if (len(words) >= 3 and not CONNECT.intersection(words)
                and (company or is_role_noun(words[0], language)) and words[1][:1].isupper()
                and (words_at.get(words[-1], set()) - {m.start}
                     or _common_here(text, m, rest, language))
                and gazetteer.lookup(m.text) is None and not _known_place(m.text)
                and not quoted_whole(text, m)
                and (gazetteer.lookup(words[0]) is None
                     or _after_article(text, m.start, language))):
            at = text.find(rest, m.start + len(words[0]), m.end + 4)
            if at < 0:
                out.append(m)
                continue
            m = replace(m, text=rest, start=at, end=at + len(rest), initial=False,
                        title=not company, cue="org" if company else m.cue,
                        written=_rest_written(m, len(words[0]) + 1))
        out.append(_drop_compound_role(_drop_role_before_surname(m, surnames, text, language),
                                       text, language))
    return out


def _surnames(mentions: list[Mention], language: str | None) -> dict[str, set[str]]:
    """The last words of the text's names of two or more words whose first word is no
    role noun ("Josef Hartl"), with the names they end."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split(" ")
        if len(words) >= 2 and words[-1][:1].isupper() and \
                not is_role_noun(words[0], language):
            out.setdefault(words[-1], set()).add(m.text)
    return out


def _drop_role_before_surname(m: Mention, surnames: dict[str, set[str]], text: str,
                              language: str | None) -> Mention:
    """"Bauer Hartl beziffert …", "Architect Vella said": a role noun before one
    capitalised word that ends a full name the text writes too ("Josef Hartl"): the
    person by that surname, the role a title. Only when one full name carries it."""
    words = m.text.split(" ")
    if len(words) != 2 or len(surnames.get(words[1], ())) != 1 or \
            not is_role_noun(words[0], language) or gazetteer.lookup(m.text) is not None \
            or _known_place(m.text):
        return m
    at = m.start + len(words[0]) + 1
    if text[at:at + len(words[1])] != words[1]:
        return m
    return replace(m, text=words[1], start=at, end=at + len(words[1]), initial=False,
                   title=True, written=m.written or m.text)

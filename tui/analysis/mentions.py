"""Name mentions in one text: runs of capitalised words, split and cued.

A newcomer can follow `find_mentions` stage by stage: gather a run of capitalised words,
split it at titles and function words, at case endings and after a country, then trim each
part and read the cue ("place", "org", "person", …) from the words around it. Every word
list comes from the language files' `[entities]` tables (tui.analysis.lexicon).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from tui.analysis import gazetteer, glossary, langdata
from tui.analysis import lexicon as lx
from tui.analysis.dates import _names as _date_names
from tui.analysis.inflection import same_word, strip_suffix
from tui.analysis.sentences import Sentence, sentence_at
from tui.analysis.text import Token, fold
from tui.analysis.translit import latin_fold


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start: int
    end: int
    sentence: int
    initial: bool  # first word of its sentence (capitalised anyway)
    title: bool  # preceded by a title such as "President"/"prefeito"
    cue: str | None = None  # "place"/"org" from the words around
    # As the text writes it when that differs from `text`: with a possessive or case
    # clitic ("DSB's", "DSB:s", "EU:n") or an Irish initial mutation ("gConamara").
    written: str | None = None



_STOP = lx.entity_words("stop")
_TITLES = lx.entity_words("titles")


def _folded_words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


_CYR_TITLES = _folded_words(" ".join(lx.entity_words("cyrillic_titles")))
_CYR_STOP = _folded_words(" ".join(lx.entity_words("cyrillic_stop")))
# The same words romanised: a token is also checked in Latin letters ("Başkanı", "Według":
# letters that do not decompose, "ı" and "ł", fold to themselves).
_LATIN_TITLES = frozenset(latin_fold(w) for w in _TITLES)
_LATIN_STOP = frozenset(latin_fold(w) for w in lx.entity_words("stop"))
_CONNECT = lx.entity_words("connect")
CONNECT = _CONNECT | lx.entity_words("mutation_connect")  # particles inside a name
_MUTATION_CONNECT = lx.entity_words("mutation_connect")
_AFTER_VON = lx.entity_words("after_von")  # "von der Leyen"; elsewhere German "der" is an article
_ORG_WORDS = lx.entity_words("org_words")
_PLACE_NOUNS = lx.entity_words("place_nouns")
# German compounds ending in a place noun ("Grenzübergang", "Küstenstadt") before a name.
_DE_PLACE_COMPOUNDS = tuple(sorted(w for w in _PLACE_NOUNS if len(w) >= 5))


def _de_place_compound(low: str) -> bool:
    """"Grenzübergang", "Küstenstadt", "Wintersportort", "Kurort": a German compound ending
    in a place noun (the short "ort" not in "Sport", "Export", "Komfort", "Antwort")."""
    return low.endswith(_DE_PLACE_COMPOUNDS) or (
        len(low) >= 6 and low.endswith("ort") and not low.endswith(("port", "fort", "wort")))
_INSTITUTIONS = _ORG_WORDS | lx.entity_words("institutions")
_NAME_ARTICLES = lx.entity_words("name_articles")
_IN_PREPS = lx.entity_words("in_preps")
# Place prepositions of one language only (too ambiguous elsewhere: Italian "nel" is a place
# preposition, Portuguese "nos" also a pronoun). A capitalised name after one of these or
# after _IN_PREPS, without a person title or person cue, is a place ("in Ierapetra").
_PLACE_PREPS = lx.entity_words_by_language("place_preps")
# "the coast of X", "la ville de X", "die Stadt von X": a place noun + "of" names a place.
_OF_WORDS = lx.entity_words("of_words")
# Capitalised sentence-initial articles that fold like prepositions ("A" vs "À").
_CAP_ARTICLES = lx.entity_words("cap_articles")
# "près de X", "perto de X", "cerca de X", "on the outskirts of X".
_NEAR = lx.entity_words("near")
# "coordinated" names: "in Heraklion and Agios Nikolaos" — the second is a place too.
_AND_WORDS = lx.entity_words("and_words")
# Local offices after a name ("Ierapetra mayor ..."): the name is the place they run.
_LOCAL_OFFICES = lx.entity_words("local_offices")
# After a name: it is a person ("Ilias Dorbe, aged 54", "(54)", ", de 54 anos").
_PERSON_AFTER_RE = re.compile(
    r"\s*(?:,\s*(?:aged\s+\d|age\s+\d|\d{1,3}\s*,|\d{1,3}-year-old|de\s+\d{1,3}\s+(?:anos|años|ans)"
    r"|di\s+\d{1,3}\s+anni|\d{1,3}\s+(?:anos|años|ans|anni|jahre))|\(\d{1,3}\))"
)
# Two-word speech verbs ("a déclaré", "ha detto", "hat gesagt", "tem dito").
_SPEECH_AUX = lx.entity_words("speech_aux")
_SPEECH_PARTICIPLES = lx.entity_words("speech_participles")
_SPEECH = lx.entity_words("speech")
_DEMONYM_SUFFIXES = tuple(sorted(lx.entity_words("demonym_suffixes")))
_TITLE_SUFFIXES = tuple(sorted({fold(w) for w in lx.entity_words("title_suffixes")}))  # "päällikkö"


def _is_compound_title(low: str) -> bool:
    """German compounds and hyphenated titles: "Polizeisprecher", "BASF-Chef"."""
    if "-" in low and low.rsplit("-", 1)[1] in _TITLES:
        return True
    return len(low) > 8 and low.endswith(_TITLE_SUFFIXES)


def _after_sentence_start(text: str, pos: int, starts: set[int]) -> bool:
    """Is `pos` the first word of a sentence (allowing an opening quote or dash)?"""
    return any(pos - k in starts and not any(c.isalnum() for c in text[pos - k:pos])
               for k in (1, 2, 3))


def _is_acronym(word: str) -> bool:
    """"NATO", "ATR" — but not Roman numerals ("Charles III")."""
    return len(word) > 1 and word.isupper() and not set(word) <= set("IVXL")


# An elided article or preposition before a name: "l'Ukraine", "dell'Agenzia",
# "all'Ospedale" (lowercase, one to four letters, an apostrophe, a capital).
_ELIDED_BEFORE = re.compile(r"^[^\W\d_A-ZÀ-ÞА-ЯΑ-Ω]{1,4}['’](?=[^\W\d_])")


def _elided_cap(word: str) -> int:
    """The length of an elided prefix before a capital ("dell'" in "dell'Agenzia"), or 0."""
    m = _ELIDED_BEFORE.match(word)
    return m.end() if m and m.end() < len(word) and word[m.end()].isupper() else 0


def _is_cap(tok: Token) -> bool:
    ch = tok.text[0]
    return ch.isupper() or (len(tok.text) > 2 and tok.text[1] == "'" and tok.text[2].isupper()) \
        or _eclipsed(tok.text) or bool(_elided_cap(tok.text))


def _eclipsed(word: str) -> bool:
    """An Irish name after an initial mutation that adds a lowercase letter: "nGaillimh",
    "bPort", "hÉireann" (not "mRNA": a lowercase letter follows the capital)."""
    return (len(word) > 3 and word[1].isupper() and word[0] in "nbmgdth"
            and word[2].islower())


def _lenited(word: str) -> bool:
    """An Irish lenited name: a capital, "h" and a vowel ("Mhíl", "Bhaile", "Chorcaí")."""
    return len(word) > 3 and word[0] in "BCDFGMPST" and word[1] == "h" and \
        fold(word[2]) in "aeiou"


@lru_cache(maxsize=65536)
def _clean(text: str) -> str:
    if _capital_clitic(text) or _lower_clitic(text):
        text = text.partition("-")[2]  # "is-Santa Rosalia II": the name after an article
    if len(text) > 2 and text[1] in "'’" and text[2].isupper():
        text = text[2:]  # "l'Ukraine", "d'Italia"
    elif cut := _elided_cap(text):
        text = text[cut:]  # "dell'Agenzia", "all'Ospedale"
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    if _APOSTROPHE_TAIL.search(text):  # "Lykia Garden Resort'ta": a case ending after the name
        return text[:text.rfind(" ") + 1] + strip_suffix(text[text.rfind(" ") + 1:])
    return text


def _lower_clitic(text: str) -> bool:
    """Does `text` open with a lowercase article joined by a hyphen ("is-Santa")?"""
    head, sep, rest = text.partition("-")
    return bool(sep) and head.islower() and latin_fold(head) in _CLITICS and \
        rest[:1].isupper()


def _capital_clitic(text: str) -> bool:
    """Does `text` open with a capitalised article joined by a hyphen to a capitalised
    word ("Tas-Sliema", "Il-Perit", "L-Awtorità": Maltese, at a sentence's start or as
    a place's own article)? The name is the word after it; the place is written so."""
    head, sep, rest = text.partition("-")
    return bool(sep) and head[:1].isupper() and head[1:].islower() and \
        latin_fold(head.lower()) in _CLITICS and rest[:1].isupper() and len(rest) >= 3


_OPENING_QUOTES = "«„“\"‚‘'‹"
_CLOSING_QUOTES = "»“”\"‘’'›"


def quoted_whole(text: str, m: Mention) -> bool:
    """Is the mention the whole of a quoted name ("«Άγιος Νικόλαος II»", a ship; „Svatý
    Jan“)? A role noun or a place inside the quotes is the name's own word."""
    return m.start > 0 and text[m.start - 1] in _OPENING_QUOTES and \
        text[m.end:m.end + 1] in tuple(_CLOSING_QUOTES)


def hyphen_head(span: str, language: str | None) -> str | None:
    """The name of a one-word span that joins a lowercase noun to it by a hyphen, in a
    language that writes such compounds (`meta.hyphen_heads`: "Sønderborg-området",
    the Sønderborg area; "Kyiv-based"), or None. Elsewhere the lowercase part may be
    the name's own ("Liszt Ferenc-repülőtér", "Vukovarsko-srijemska")."""
    if " " in span or not langdata.meta(language, "hyphen_heads", False):
        return None
    head, sep, tail = span.rpartition("-")
    if not sep or len(head) < 3 or not head[:1].isupper() or head.isupper() or \
            not tail.isalpha() or not tail.islower() or len(tail) < 3:
        return None
    return head


_APOSTROPHE_TAIL = re.compile(r"\w\w['’][a-zçğıöşüâî]{1,6}$")


# A possessive or case ending joined to a name by an apostrophe or a colon: English and
# Danish "DSB's", Swedish "DSB:s", Finnish and Estonian "EU:n", "Naton:ssa".
_CLITIC_AFTER = re.compile(
    r"(?:['’]s|['’][a-zçğıöşüâî]{1,6}|:(?=[^\W\d_A-ZÀ-ÞА-Я])[^\W\d_]{1,4})(?![\w'’])")


def _written(text: str, start: int, end: int) -> str:
    """The name from `start` to `end` as the text writes it, with a clitic joined after,
    or the legal form or an initial's period that ends it ("Nordic Jet Fuel AB",
    "Marianne K.")."""
    m = _CLITIC_AFTER.match(text, end)
    return text[start:m.end() if m else trailer_end(text, end)]


_LEGAL_FORMS = lx.entity_words("legal_forms")
# A company's legal form after its name ("Brandt Hochbau GmbH", "Ristorazione Benacense
# srl", "Nordic Jet Fuel AB"): written with the name, never a name itself nor a word of
# it, so that "Nordic Jet Fuel AB" meets "Nordic Jet Fuel".
_LEGAL_AFTER = re.compile(r",? (?:" + "|".join(
    re.escape(w) for w in sorted(_LEGAL_FORMS, key=len, reverse=True)) + r")(?![\w&/])"
) if _LEGAL_FORMS else None


def legal_form_end(text: str, end: int) -> int | None:
    """The end of a legal form written right after a name ending at `end`, or None."""
    m = _LEGAL_AFTER.match(text, end) if _LEGAL_AFTER is not None else None
    return m.end() if m else None


def trailer_end(text: str, end: int) -> int:
    """Where a name ending at `end` ends as written: after its legal form and a case
    ending joined to it, or after the period of a closing initial ("Marianne K." is
    written with its period)."""
    legal = legal_form_end(text, end)
    if legal is not None:  # with its case ending: Finnish "Oy:lle", Swedish "AB:s"
        clitic = _CLITIC_AFTER.match(text, legal)
        return clitic.end() if clitic else legal
    if 2 <= end < len(text) and text[end] == "." and text[end - 1].isupper() and \
            text[end - 2] == " ":
        return end + 1
    return end


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    months, days = _date_names()
    return frozenset(months) | frozenset(d.split("-")[0] for d in days) | frozenset(days)


@lru_cache(maxsize=1)
def _capital_calendar() -> frozenset[str]:
    """Calendar words of the languages that capitalise them (babel's names: English
    "May", German "Mai"). Elsewhere a month or day is written in lowercase, so inside a
    sentence a capitalised "Quinta" (Portuguese for Thursday) is a name: "Quinta do
    Seixal"."""
    from babel import Locale

    out = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    for lang in lx.TABLE_LANGS:
        loc = Locale.parse(lang)
        for table in (loc.months, loc.days):
            for ctx in ("format", "stand-alone"):
                out.update(fold(n) for n in table[ctx]["wide"].values() if n[:1].isupper())
    return frozenset(out)


@dataclass(slots=True)
class _Scan:
    """One text being scanned for names, and the mentions found so far."""

    text: str
    language: str | None
    sentences: Sequence[Sentence]
    tokens: list[Token]
    starts: set[int]  # sentence start offsets
    calendar: frozenset[str]
    out: list[Mention] = field(default_factory=list)
    lower: frozenset[str] | None = None  # the words the text writes in lowercase

    def at_start(self, pos: int) -> bool:
        """Is the word at `pos` the first of its sentence (after a quote or dash)?"""
        return pos in self.starts or _after_sentence_start(self.text, pos, self.starts)

    def is_calendar(self, tok: Token, low: str) -> bool:
        """A month or day name: any language's at the start of a sentence, inside one
        only a language's that capitalises them (`_capital_calendar`)."""
        return low in self.calendar and (low in _capital_calendar() or self.at_start(tok.start))

    def add(self, text: str, start: int, end: int, initial: bool = False, title: bool = False,
            cue: str | None = None, written: str | None = None) -> None:
        self.out.append(Mention(text, start, end, sentence_at(self.sentences, start), initial,
                                title, cue, written if written != text else None))


def find_mentions(text: str, language: str | None, sentences: Sequence[Sentence],
                  tokens: list[Token]) -> list[Mention]:
    """Name mentions of one text, in order. The stages: a run of capitalised words
    (`_gather_run`), split at titles and function words (`_split_run`), at case endings
    (`_split_places`) and after a country (`_split_countries`); each part is trimmed and
    cued (`_emit`)."""
    scan = _Scan(text, language, sentences, tokens, {s.start for s in sentences},
                 _calendar_words())
    n = len(tokens)
    adjectives = bool(_PLACE_ADJECTIVES.get(language or ""))
    i = 0
    while i < n:
        tok = tokens[i]
        t0 = tok.text
        if not t0[0].isupper() and not (len(t0) > 2 and (
                t0[1] == "'" or t0[1].isupper() or "'" in t0[2:5] or "’" in t0[1:5])):
            if "-" in t0:  # cheap pre-test: no capital, no acronym letter
                if _clitic_run(scan, i):
                    run, i = _gather_run(scan, i)
                    for part, has_title in zip(*_split_run(scan, run), strict=True):
                        _emit(scan, run, part, has_title)
                    continue
                _clitic_mention(scan, tok)
            if adjectives:
                _place_adjective(scan, tok)
            i += 1
            continue
        j = _dotted_acronym(scan, i)
        if j is not None:
            i = j
            continue
        if not (tok.is_word and _is_cap(tok)):
            i += 1
            continue
        run, i = _gather_run(scan, i)
        legal = legal_form_end(text, tokens[run[-1]].end)
        while legal is not None and i < n and tokens[i].start < legal:
            i += 1  # the legal form's words are no name
        parts, titled = _split_run(scan, run)
        parts, titled = _split_places(parts, titled, tokens, language)
        parts, titled = _split_countries(scan, parts, titled)
        prev_tok = tokens[run[0] - 1] if run[0] else None
        after_title = prev_tok is not None and prev_tok.low in _TITLES
        for part, has_title in zip(parts, titled, strict=True):
            _emit(scan, run, part, has_title or after_title)
    _lowercase_names(scan)
    return scan.out


# A name in quotes after a lowercase noun, its later words lowercase ("įmonės „Oro
# navigacija“", "spółka „Koleje wielkopolskie“"): the quotes bound the name.
_QUOTED = re.compile(r"(?<=[^\W\d_] )[„«“\"]([^\W\d_][\w-]*(?: [\w-]+){1,3})[“”»\"]")
# In a text of another script, a run of Latin words is one foreign name, its later words
# lowercase too ("госпредприятия Oro navigacija").
_LATIN_RUN = re.compile(r"(?<![\w-])([A-Z\u00c0-\u024f][a-zA-Z\u00c0-\u024f-]*"
                        r"(?: [a-zA-Z\u00c0-\u024f][a-zA-Z\u00c0-\u024f-]*){1,3})(?![\w-])")


def _lowercase_names(scan: _Scan) -> None:
    """Names whose later words are lowercase, bounded by quotes or by a change of script:
    each replaces the mentions found inside it."""
    text = scan.text
    found = [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text)
             if text[:m.start()].split()[-1].islower()]
    if langdata.meta(scan.language, "non_latin", False):
        found += [(m.start(1), m.end(1)) for m in _LATIN_RUN.finditer(text)]
    for start, end in found:
        name = text[start:end]
        words = name.split(" ")
        if not name[0].isupper() or all(w[0].isupper() for w in words[1:]):
            continue  # a run of capitalised words is read as any run
        scan.out = [m for m in scan.out if not (start <= m.start and m.end <= end)]
        scan.add(name, start, end, scan.at_start(start), cue="org")
    if found:
        scan.out.sort(key=lambda m: m.start)


def _clitic_run(scan: _Scan, i: int) -> bool:
    """Does a name after a clitic ("is-Santa") run on in capitalised words ("is-Santa
    Rosalia II")? Then the words are one name, read like any run."""
    tokens = scan.tokens
    if i + 1 >= len(tokens) or not _after_clitic(tokens[i].text):
        return False
    nxt = tokens[i + 1]
    return scan.text[tokens[i].end:nxt.start] == " " and nxt.is_word and _is_cap(nxt)


def _clitic_mention(scan: _Scan, tok: Token) -> None:
    """"fil-Libja": a lowercase article or preposition joined to a name (Maltese)."""
    clitic = "-" in tok.text and _after_clitic(tok.text)
    if clitic:
        start = tok.start + len(tok.text) - len(clitic)
        scan.add(clitic, start, tok.end)


_PLACE_ADJECTIVES = lx.entity_words_by_language("place_adjective_suffixes")


def _place_adjective(scan: _Scan, tok: Token) -> None:
    """"székesfehérvári" (of Székesfehérvár): in a language that makes a lowercase
    adjective of any place name with a suffix (`place_adjective_suffixes`), the word is a
    mention of the place when its stem is a known place."""
    suffixes = _PLACE_ADJECTIVES.get(scan.language or "")
    if not suffixes or len(tok.text) < 6 or not tok.is_word or not tok.text.islower():
        return
    for suffix in suffixes:
        stem = tok.text[:-len(suffix)]
        if tok.text.endswith(suffix) and _known_place(stem[:1].upper() + stem[1:]):
            scan.add(tok.text, tok.start, tok.end, cue="place")
            return


def _known_place(name: str) -> bool:
    from tui.analysis.place_names import exact_place  # loaded on first use only

    known = gazetteer.lookup(name)
    return (known is not None and known.type == "place") or exact_place(name)


def _dotted_acronym(scan: _Scan, i: int) -> int | None:
    """A dotted acronym ("U.S.", "E.U.A.") at token i: add it, return the next index."""
    tokens, n = scan.tokens, len(scan.tokens)
    tok = tokens[i]
    if not (len(tok.text) == 1 and tok.text.isupper() and i + 3 < n
            and tokens[i + 1].text == "." and tokens[i + 2].text.isupper()
            and len(tokens[i + 2].text) <= 2 and tokens[i + 1].end == tokens[i + 2].start):
        return None
    j = i
    while j + 1 < n and tokens[j].text.isalpha() and len(tokens[j].text) <= 2 \
            and tokens[j + 1].text == "." and tokens[j + 1].start == tokens[j].end:
        j += 2
        if j >= n or tokens[j].start != tokens[j - 1].end:
            break
    end = tokens[j - 1].end
    scan.add(scan.text[tok.start:end], tok.start, end)
    return j


def _gather_run(scan: _Scan, i: int) -> tuple[list[int], int]:
    """The run of capitalised words from token i (allowing "de", "von", "da" inside), and
    the index after it."""
    text, tokens, n = scan.text, scan.tokens, len(scan.tokens)
    run = [i]
    j = i + 1
    while j < n:
        t = tokens[j]
        gap = text[tokens[j - 1].end:t.start]
        if gap.strip() or gap.count("\n") > 0:
            break
        prev_text = tokens[j - 1].text
        if prev_text.endswith(("'s", "’s")) or strip_suffix(prev_text) != prev_text:
            break  # "Manisa'nın Soma": a case ending closes the name
        if legal_form_end(text, tokens[j - 1].end) is not None:
            break  # "Brandt Hochbau GmbH": the legal form is written after the name
        if t.is_word and _is_cap(t):
            if _acronym_break(scan, run, j) or _elided_cap(t.text) > 3:
                break  # "Enrico Di Stefano dell'Osservatorio Etneo": two names
            run.append(j)
            j += 1
            continue
        k = _connectors_to_name(scan, run, j)
        if k is None:
            break
        run.extend(range(j, k))
        j = k
    return run, j


def _acronym_break(scan: _Scan, run: list[int], j: int) -> bool:
    """"Yeti Airlines ATR", "NATO Secretary-General", "CGT Julien Faure": an acronym next
    to words starts another name; an acronym and one word are one ("ESB Networks")."""
    tokens = scan.tokens
    prev_acr = _is_acronym(tokens[j - 1].text)
    this_acr = _is_acronym(tokens[j].text)
    return bool(this_acr and not prev_acr or prev_acr and not this_acr and (
        len(run) > 1 or is_title_word(tokens[j].text, scan.language)
        or _cap_follows(scan.text, tokens, j)))


def _connectors_to_name(scan: _Scan, run: list[int], j: int) -> int | None:
    """Connectors from token j that join the run to a following capitalised word ("Place de
    la Bastille", "Rio Grande do Sul", "von der Leyen"): the index of that word, or None."""
    text, tokens, n = scan.text, scan.tokens, len(scan.tokens)
    t = tokens[j]
    after_von = tokens[j - 1].low in ("von", "van")
    k = j
    if _org_connector(scan, j):
        k = j + 1  # "Onderzoeksraad voor Veiligheid"
    elif t.low not in _CONNECT or (t.low in _AFTER_VON and not after_von):
        return _mutation_connector(scan, run, j)
    elif t.low in _PLACE_PREPS.get(scan.language or "", ()):
        return None  # another language's particle, this one's "at": "SMURD la Cluj-Napoca"
    elif t.low in _OF_WORDS and len(run) == 1 and _common_noun(scan, tokens[run[0]]):
        return None  # "die Etappe von Épinal": a German noun, then "of" and a name
    while k < n and tokens[k].low in _CONNECT and k - j < 2 \
            and not text[tokens[k - 1].end:tokens[k].start].strip(" "):
        k += 1
    if k < n and k > j and tokens[k].is_word and _is_cap(tokens[k]) \
            and not text[tokens[k - 1].end:tokens[k].start].strip(" ") \
            and "\n" not in text[tokens[j - 1].end:tokens[k].start] \
            and not _of_an_org(tokens, run, k):
        return k
    return None


_ORG_CONNECT = {code: frozenset(fold(w) for w in words) for code, words in
                lx.entity_words_by_language("org_connect").items()}
_ORG_BY_LANGUAGE = {code: tuple(sorted(w for w in words if len(w) >= 4)) for code, words in
                    lx.entity_words_by_language("org_words").items()}


def _org_connector(scan: _Scan, j: int) -> bool:
    """Is token j the report's own preposition of an institution's remit (`org_connect`:
    "Onderzoeksraad voor Veiligheid", "Bundesamt für Strahlenschutz"), after the noun of
    an institution or a compound ending in one? Then the name runs on across it."""
    if fold(scan.tokens[j].text) not in _ORG_CONNECT.get(scan.language or "", ()):
        return False
    head = fold(_clean(scan.tokens[j - 1].text))
    return head in _ORG_WORDS or (
        langdata.meta(scan.language, "compounds", False)
        and head.endswith(_ORG_BY_LANGUAGE.get(scan.language or "", ()))
        and len(head) > 6)


# WordNet 3.0 offsets of persons, common nouns and named people ("Kaiser", "Karl"): a
# person's word before "von" may be a name or a title ("Otto von Bismarck").
_PERSONS = range(9_605_000, 11_300_000)


def _common_noun(scan: _Scan, tok: Token) -> bool:
    """Is `tok` a common noun of a language that capitalises nouns, a thing rather than
    a person or an institution ("Etappe", "Kathedrale"; not "Universität", "Kaiser")?"""
    if not langdata.meta(scan.language, "nouns_capitalised", False) or \
            tok.low in _INSTITUTIONS:
        return False
    found = glossary.senses(scan.language, tok.text, stems=False)
    return bool(found) and found[0] not in _PERSONS


def _mutation_connector(scan: _Scan, run: list[int], j: int) -> int | None:
    """"Ros an Mhíl", "Ros a' Mhíl", "Dún na nGall": an article of `mutation_connect`
    joins the run to a following lenited or eclipsed word (inside a sentence; not in
    German, whose capitalised nouns make "Kritik an Thomas" look alike)."""
    tokens, n = scan.tokens, len(scan.tokens)
    t = tokens[j]
    word, k = t.low, j + 1
    if k < n and tokens[k].text in ("'", "’") and tokens[k].start == t.end:
        word, k = word + "'", k + 1
    if word not in _MUTATION_CONNECT or k >= n or scan.language == "de":
        return None
    nxt = tokens[k]
    if scan.text[tokens[k - 1].end:nxt.start] != " " or scan.text[tokens[j - 1].end:t.start] \
            != " " or scan.at_start(tokens[run[0]].start):
        return None
    return k if _lenited(nxt.text) or _eclipsed(nxt.text) else None


def _split_run(scan: _Scan, run: list[int]) -> tuple[list[list[int]], list[bool]]:
    """Split a run at titles ("President"); drop leading function words, demonyms and
    calendar words. Returns the parts and whether a title precedes each."""
    tokens, language, calendar = scan.tokens, scan.language, scan.calendar
    parts: list[list[int]] = [[]]
    titled: list[bool] = [False]
    for idx in run:
        low = fold(_clean(tokens[idx].text))
        lat = low if low.isascii() else latin_fold(low)
        if _is_title(low, lat, language) or low in _CYR_TITLES or _is_compound_title(low):
            parts.append([])
            titled.append(True)
            continue
        if scan.is_calendar(tokens[idx], low) and _short_name_word(low, idx, run, tokens,
                                                                    calendar):
            parts[-1].append(idx)  # "Jan Kowalski", "Mar Menor": not January, March
            continue
        if not parts[-1] and (_drop_leading(scan, run, idx, low, lat)
                              or _common_at_start(scan, run, idx)):
            continue
        if (not parts[-1] and language == "de" and idx != run[-1]
                and (_de_place_noun(low) or _place_adjective_before_noun(scan, run, idx, low))):
            continue  # "Insel Sylt", "Stadt Passau", "Grenzübergang Swiecko"
        if scan.is_calendar(tokens[idx], low):
            parts.append([])
            titled.append(False)
            continue
        parts[-1].append(idx)
    return parts, titled


_MIN_COMMON = 5  # letters of a sentence's first word read as a common word
_MAX_COMMON_ENDING = 4  # letters an ending adds to it in its lowercase forms


def _common_at_start(scan: _Scan, run: list[int], idx: int) -> bool:
    """Is the first word of a sentence, before a name, a word the text also writes in
    lowercase, alone or with an ending ("Motorway Nürnberg" at the start of a sentence
    when "motorway" and "motorways" occur inside others)? Only where nouns are not
    capitalised, and not when the text also capitalises it inside a sentence."""
    tokens = scan.tokens
    word = tokens[idx].text
    if idx != run[0] or len(run) < 2 or len(word) < _MIN_COMMON or not word.isalpha() \
            or not scan.at_start(tokens[idx].start) \
            or langdata.meta(scan.language, "nouns_capitalised", False):
        return False
    if scan.lower is None:
        scan.lower = frozenset(t.text for t in tokens if t.is_word and t.text.islower())
    low = word.lower()
    if not any(w.startswith(low) and len(w) - len(low) <= _MAX_COMMON_ENDING
               for w in scan.lower):
        return False
    return not any(t.text == word and not scan.at_start(t.start) for t in tokens)


def _de_place_noun(low: str) -> bool:
    """A German place noun or compound, also in the genitive ("des Stadtteils")."""
    return any(low.endswith(e) and (w := low[:len(low) - len(e)]) and (
        w in _PLACE_NOUNS or _de_place_compound(w)) for e in ("", *_NAME_ENDINGS.get("de", ())))


_CAP_PLACE_ADJECTIVES = lx.entity_words_by_language("cap_place_adjective_suffixes")


def _place_adjective_before_noun(scan: _Scan, run: list[int], idx: int, low: str) -> bool:
    """"des Zagreber Stadtteils Trešnjevka": an adjective made of a place name
    (`cap_place_adjective_suffixes`) before a place noun that comes before the name."""
    k = run.index(idx)
    if k + 2 >= len(run):
        return False
    suffixes = _CAP_PLACE_ADJECTIVES.get(scan.language or "", ())
    return any(low.endswith(x) and len(low) > len(x) + 3 for x in suffixes) and \
        _de_place_noun(fold(_clean(scan.tokens[run[k + 1]].text)))


def _drop_leading(scan: _Scan, run: list[int], idx: int, low: str, lat: str) -> bool:
    """Is token idx, the first of a part, a function, connector or calendar word? A
    capitalised article inside a sentence belongs to the name ("El Hierro", "La
    Restinga"); at the start of a sentence it is just the article."""
    tokens = scan.tokens
    start = tokens[idx].start
    first_of_sentence = idx == run[0] and scan.at_start(start)
    if idx > run[0] and tokens[idx - 1].low in _PLACE_NOUNS:
        return False  # "auf der Insel Als": after a place noun, a name that spells a word
    if not (_is_stop(low, lat, scan.language, first_of_sentence)
            or low in _CONNECT or scan.is_calendar(tokens[idx], low)):
        return False
    keep = (low in _NAME_ARTICLES and idx == run[0] and idx + 1 < len(tokens)
            and run[-1] > idx and not scan.at_start(start))
    return not keep


def _split_countries(scan: _Scan, parts: list[list[int]], titled: list[bool]
                     ) -> tuple[list[list[int]], list[bool]]:
    """"Ucrânia Kive", "EUA Donald Trump": a country glued to another name is a name apart."""
    text, tokens = scan.text, scan.tokens
    out: list[list[int]] = []
    out_titled: list[bool] = []
    for part, has_title in zip(parts, titled, strict=True):
        if len(part) > 1 and gazetteer.lookup(text[tokens[part[0]].start:
                                                   tokens[part[-1]].end]) is None:
            head = gazetteer.lookup(_clean(tokens[part[0]].text))
            rest = _clean(text[tokens[part[1]].start:tokens[part[-1]].end])
            if head is not None and head.id.startswith("cty:") and (
                gazetteer.fuzzy_lookup(rest) is not None
            ):
                out += [[part[0]], part[1:]]
                out_titled += [False, has_title]
                continue
        out.append(part)
        out_titled.append(has_title)
    return out, out_titled


def _emit(scan: _Scan, run: list[int], part: list[int], title: bool) -> None:
    """Add the mention of one part of a run, trimmed, with the cue of the words around."""
    tokens, text = scan.tokens, scan.text
    while part and tokens[part[-1]].low in _CONNECT:
        part.pop()
    if not part:
        return
    part = _drop_demonym(scan, part)
    if not part:
        return
    first, last = tokens[part[0]], tokens[part[-1]]
    first, span = _known_person_tail(scan, part, first)
    ending = _acronym_ending(span, scan.language)
    span = span[:len(span) - ending]
    start = first.start
    found = text.find(span, start, last.end) if span else -1
    written_from = found if found >= 0 else start  # after an elided "l'", "d'"
    real = written_from
    if _eclipsed(first.text):  # "i mBaile an Chaisleáin": the name is "Baile an Chaisleáin"
        span, start, real = span[1:], start + 1, real + 1
    if not span or len(span) < 2:
        return
    initial = scan.at_start(first.start)
    cue = "org" if part[-1] == run[-1] and legal_form_end(text, last.end) else \
        _cue(scan, run, part)
    if _capital_clitic(text[start:last.end]):
        written_from = start  # "Tas-Sliema": the place is written with its article
    written = _written(text, written_from, real + len(span) + ending)
    if part[-1] == run[-1] and written_from + len(written) == real + len(span):
        river = _river_end(scan, span, real + len(span)) or \
            _generic_end(scan, part[-1])
        written = text[written_from:river] if river else written
    span = hyphen_head(span, scan.language) or span
    opened = _generic_start(scan, part[0]) if written_from == start else None
    if opened is not None:
        written = text[opened:written_from] + written
    scan.add(span, start, start + len(span), initial, title, cue, written)
    _place_after_of(scan, part)


def _place_after_of(scan: _Scan, part: list[int]) -> None:
    """"Justiça de Minas Gerais", "Câmara de Monchique", "Estadio El Olivar de Lucena":
    the place after a connector is a name too, after an institution's noun or when it
    is a town GeoNames knows."""
    tokens, text = scan.tokens, scan.text
    conn = next((p for p in part[1:-1] if tokens[p].low in _CONNECT), None)
    if conn is None:
        return
    tail = next(p for p in part if p > conn and tokens[p].low not in _CONNECT)
    t0 = tokens[tail]
    tail_span = _clean(text[t0.start:tokens[part[-1]].end])
    if fold(tokens[part[0]].text) in _INSTITUTIONS or (
            len(part) - (tail - part[0]) == 1 and _town(tail_span, scan.language)):
        scan.add(tail_span, t0.start, t0.start + len(tail_span), cue="place")


_RIVER_LINKS = {code: tuple(sorted(links, key=len, reverse=True)) for code, links in
                lx.entity_phrases_by_language("river_links").items()}
_RIVER_AFTER = re.compile(r" \((\w[\w-]+)\)|( [^\W\d_][\w-]*)")


def _river_end(scan: _Scan, span: str, end: int) -> int | None:
    """Where a town's name ends as written when its river follows it ("Krems an der
    Donau", "Frankfurcie nad Odrą", "Frankfurt (Oder)"): the town is the name, the
    written form keeps the river. Only after a known place, and never before a month or
    a day ("Krems am Montag")."""
    rest = scan.text[end:end + 40]
    at = 0
    if not rest.startswith(" ("):
        link = next((w for w in _RIVER_LINKS.get(scan.language or "", ())
                     if rest.startswith(" " + w + " ")), None)
        if link is None:
            return None
        at = len(link) + 1
    m = _RIVER_AFTER.match(rest, at)
    word = m and (m.group(1) or m.group(2).strip())
    if not word or not word[:1].isupper() or word.isupper() or \
            fold(word) in scan.calendar or not _town(span, scan.language):
        return None
    return end + m.end()


_LOWERCASE_GENERICS = lx.entity_words_by_language("lowercase_generics")


def _generic_end(scan: _Scan, last: int) -> int | None:
    """Where a name ends as written when a lowercase generic word that belongs to it
    follows (`lowercase_generics`: "Ozaljskoj ulici", "Valgas apriņķa": the street, the
    county): the word is written with the name, and the name meets the bare name."""
    generic = _LOWERCASE_GENERICS.get(scan.language or "")
    if not generic or last + 1 >= len(scan.tokens):
        return None
    nxt = scan.tokens[last + 1]
    if not nxt.is_word or not nxt.text.islower() or len(nxt.text) < 3 or \
            scan.text[scan.tokens[last].end:nxt.start] != " ":
        return None
    low = nxt.low
    if low in generic or any(fold(g) == low for g in generic) or any(  # "län": folded
            same_word(low, g, scan.language, scan.language)
            for g in generic if g[:2] == low[:2]):
        return nxt.end
    return None


_GENERICS_BEFORE = lx.entity_words_by_language("generics_before")


_CAPITAL_GENERICS = {code: frozenset(fold(w) for w in ws) for code, ws in
                     lx.entity_words_by_language("generic_places").items()}


def _capital_generic(word: Token, language: str | None) -> bool:
    """Is `word` a capitalised generic word of place names of the language (`generic_places`:
    German "Region", "Landkreis"; Danish "Region" opening a sentence), which a split of
    the run dropped from the name after it?"""
    return word.is_word and word.text[:1].isupper() and \
        fold(word.text) in _CAPITAL_GENERICS.get(language or "", frozenset())


def _generic_start(scan: _Scan, first: int) -> int | None:
    """Where a name starts as written when a lowercase generic word that belongs to it
    comes before it (`generics_before`: "gemeente Tønder", "kantonu Valais", "cueva del
    Mortero", a particle between), or a capitalised one the run's split dropped ("der
    Region Süddänemark"): the word is written with the name, and the name stays its own
    mention."""
    generic = _GENERICS_BEFORE.get(scan.language or "", frozenset())
    if first < 1 or not generic and not _CAPITAL_GENERICS.get(scan.language or ""):
        return None
    k = first - 1
    tokens, text = scan.tokens, scan.text
    if k >= 1 and tokens[k].low in _CONNECT and text[tokens[k].end:tokens[k + 1].start] == " ":
        k -= 1  # "cueva del Mortero"
    word = tokens[k]
    if k == first - 1 and _capital_generic(word, scan.language) and \
            text[word.end:tokens[first].start] == " ":
        return word.start  # "der Region Süddänemark": the noun the run's split dropped
    if not word.is_word or not word.text.islower() or len(word.text) < 4 or \
            text[word.end:tokens[k + 1].start] != " ":
        return None
    if word.low in generic or any(fold(g) == word.low or (
            g[:2] == word.low[:2] and same_word(word.low, g, scan.language, scan.language))
            for g in generic):
        return word.start
    return None


def _town(name: str, language: str | None) -> bool:
    """A place GeoNames or the gazetteer knows, as written or in a case form."""
    from tui.analysis.place_names import place_ids  # loaded on first use only

    known = gazetteer.fuzzy_lookup(name)
    return (known is not None and known.type == "place") or _known_place(name) or \
        bool(place_ids(name, language))


def _drop_demonym(scan: _Scan, part: list[int]) -> list[int]:
    """"Polish Foreign Minister", "Russian drones": an English demonym before a name."""
    tokens, text, n = scan.tokens, scan.text, len(scan.tokens)
    first, last = tokens[part[0]], tokens[part[-1]]
    low_first = fold(_clean(first.text))
    nxt = tokens[part[-1] + 1] if part[-1] + 1 < n else None
    if (
        scan.language in (None, "en")
        and low_first.endswith(_DEMONYM_SUFFIXES)
        and len(low_first) > 4
        and gazetteer.lookup(_clean(first.text)) is None
        and gazetteer.lookup(_clean(text[first.start:last.end])) is None
        and (len(part) > 1 or (nxt is not None and nxt.is_word and (
            not _is_cap(nxt) or nxt.low in _TITLES)))
    ):
        return part[1:]
    return part


_ACRONYM_ENDING = re.compile(r"(?<![^\W\d_])[^\W\d_a-zß-ÿа-яα-ω]{2,6}(-[^\W\d_A-ZÀ-ÞА-ЯΑ-Ω]{1,5})$")


def _acronym_ending(span: str, language: str | None) -> int:
    """The length of a case ending a hyphen joins to an acronym ending the span ("VR-i",
    "MÁV-nak", "HEP-a"), in a language that writes them (`acronym_endings`), or 0."""
    if "-" not in span or not langdata.meta(language, "acronym_endings", False):
        return 0
    m = _ACRONYM_ENDING.search(span)
    return len(m.group(1)) if m else 0


def _known_person_tail(scan: _Scan, part: list[int], first: Token) -> tuple[Token, str]:
    """"Consiglio Giorgia Meloni": keep a known person's name at the end of a long span."""
    tokens, text = scan.tokens, scan.text
    last = tokens[part[-1]]
    span = _clean(text[first.start:last.end])
    if len(part) > 2 and gazetteer.lookup(span) is None:
        for k in (3, 2):
            if len(part) > k:
                sub = tokens[part[-k]]
                known = gazetteer.lookup(_clean(text[sub.start:last.end]))
                if known is not None and known.type == "person":
                    return sub, _clean(text[sub.start:last.end])
    return first, span


def _cue(scan: _Scan, run: list[int], part: list[int]) -> str | None:
    """"place"/"org"/"person"/"event"/"weapon" from the words in and around a part."""
    tokens, n = scan.tokens, len(scan.tokens)
    nxt = tokens[part[-1] + 1] if part[-1] + 1 < n else None
    cue = None
    before = tokens[part[0] - 1] if part[0] else None  # "In Varnoka,": the "In"
    if before is not None and part[0] > run[0] and before.text in _CAP_ARTICLES:
        before = None  # "A Proteção Civil": a capitalised article, not "à"
    dropped_noun = before is not None and part[0] > run[0] and (
        before.low in _PLACE_NOUNS or _de_place_compound(before.low))
    if (nxt is not None and nxt.low in _PLACE_NOUNS) or dropped_noun or _place_before(
        tokens, part[0], before, scan.language, scan.out
    ) or (nxt is not None and nxt.low in _LOCAL_OFFICES and nxt.text.islower()):
        cue = "place"
    if any(_org_word(fold(tokens[p].text), scan.language) for p in part):
        cue = "org"
    if cue != "org" and _person_after(scan.text, tokens, part[-1]):
        cue = "person"  # "said", "aged 54" outweigh a preposition before
    return _thing_cue(tokens, part, nxt) or cue


# Institution nouns long enough to head a compound ("Finanzaufsicht", "Bundespolizei").
_ORG_HEADS = tuple(sorted(w for w in _ORG_WORDS if len(w) >= 6))


def _org_word(low: str, language: str | None) -> bool:
    """An institution's noun, or in a language that joins nouns a compound ending in one."""
    return low in _ORG_WORDS or (len(low) > 8 and low.endswith(_ORG_HEADS)
                                 and langdata.meta(language, "compounds", False))


_WEAPON_WORDS = frozenset(fold(w) for w in lx.entity_words("weapon_words"))
_WEAPON_AFTER = _WEAPON_WORDS | frozenset(fold(w) for w in lx.entity_words("weapon_after"))
_EVENT_WORDS = frozenset(fold(w) for w in lx.entity_words("event_words"))


def _thing_cue(tokens: list[Token], part: list[int], nxt: Token | None) -> str | None:
    """Names that are not people: a weapon ("Patriot missiles", "Patriot Interceptor") or
    a named event ("Storm Orla", "Stormen Vilja")."""
    if fold(tokens[part[0]].text) in _EVENT_WORDS and len(part) > 1:
        return "event"
    if any(fold(tokens[p].text) in _WEAPON_WORDS for p in part[1:]) or (
            nxt is not None and nxt.text.islower() and nxt.low in _WEAPON_AFTER):
        return "weapon"
    return None


_TITLES_BY_LANGUAGE = {code: frozenset(latin_fold(w) for w in words) for code, words in
                       lx.entity_words_by_language("titles").items()}


_TITLES_WITH_EN = {code: words | _TITLES_BY_LANGUAGE.get("en", frozenset())
                   for code, words in _TITLES_BY_LANGUAGE.items()}


def _is_title(low: str, lat: str, language: str | None) -> bool:
    """A title before a name in the report's language or in English ("Maire" is French
    for mayor but an Irish first name); any language's when the report's is unknown."""
    titles = _TITLES_WITH_EN.get(language or "")
    if titles is None:
        return low in _TITLES or low.rstrip(".") in _TITLES or lat in _LATIN_TITLES
    return lat in titles or lat.rstrip(".") in titles


_STOP_BY_LANGUAGE = {code: frozenset(latin_fold(w) for w in words) for code, words in
                     lx.entity_words_by_language("stop").items()}
STOP_BY_LANGUAGE = _STOP_BY_LANGUAGE


def _is_stop(low: str, lat: str, language: str | None, sentence_start: bool) -> bool:
    """A function word before a name: any language's at the start of a sentence, where
    every word is capitalised; inside one only the report's own ("de réir Met Éireann":
    Dutch "met" is no Irish word)."""
    if sentence_start or language is None:
        return low in _STOP or low in _CYR_STOP or lat in _LATIN_STOP
    own = _STOP_BY_LANGUAGE.get(language, frozenset())
    return lat in own or low in _CYR_STOP


_CLITICS = frozenset(latin_fold(w) for w in lx.entity_words("clitic_prefixes"))


def _after_clitic(word: str) -> str | None:
    """The name after a lowercase article or preposition joined by a hyphen ("fil-Libja",
    "l-Italja"; `clitic_prefixes` in the language files), or None."""
    head, sep, rest = word.partition("-")
    if not sep or latin_fold(head) not in _CLITICS or len(rest) < 3 or not rest[0].isupper():
        return None
    return rest if rest.replace("-", "").isalpha() else None


# As written (accents matter here: Latvian "Lietuvā" is a locative, "Lietuva" is not).
_PLACE_ENDINGS = lx.entity_words_by_language("place_endings")
_NAME_ENDINGS = lx.entity_words_by_language("name_endings")


def _ending(word: str, table: frozenset[str]) -> str:
    """The longest ending of `table` the word has, leaving four letters; "" for none."""
    low = word.lower()
    return max((e for e in table if low.endswith(e) and len(low) - len(e) >= 4),
               key=len, default="")


def _split_places(parts: list[list[int]], titled: list[bool], tokens: list[Token],
                  language: str | None) -> tuple[list[list[int]], list[bool]]:
    """Split two names a case ending glues: "Tallinnast Helsingisse" (from Tallinn to
    Helsinki), "Jonišķiem Lietuvā". Two neighbours with different case endings, one of them
    a place case (`place_endings`, for languages whose place cases are endings), are two
    names; "Marka Nowaka" (one case twice) stays one."""
    places = _PLACE_ENDINGS.get(language or "")
    if not places:
        return parts, titled
    names = _NAME_ENDINGS.get(language or "", frozenset()) | places
    out: list[list[int]] = []
    out_titled: list[bool] = []
    for part, has_title in zip(parts, titled, strict=True):
        start = len(out_titled)
        current = part[:1]
        for prev, idx in zip(part, part[1:], strict=False):
            a, b = tokens[prev].text, tokens[idx].text
            ea, eb = _ending(a, names), _ending(b, names)
            if ea and eb and ea != eb and (_ending(a, places) or _ending(b, places)):
                out.append(current)
                out_titled.append(has_title and len(out_titled) == start)
                current = []
            current.append(idx)
        out.append(current)
        out_titled.append(has_title and len(out_titled) == start)
    return out, out_titled


def _cap_follows(text: str, tokens: list[Token], j: int) -> bool:
    """Is token j followed, across one space, by another capitalised word?"""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    return (text[tokens[j].end:nxt.start] == " " and nxt.is_word and _is_cap(nxt))


def is_title_word(word: str, language: str | None) -> bool:
    low = fold(_clean(word))
    lat = low if low.isascii() else latin_fold(low)
    return _is_title(low, lat, language) or low in _CYR_TITLES or _is_compound_title(low)


def _short_name_word(low: str, idx: int, run: list[int], tokens: list[Token],
                     calendar: frozenset[str]) -> bool:
    """A month abbreviation that is a name's first word: three letters at most, followed in
    the run by a capitalised word that is no calendar word ("Jan Kowalski")."""
    if len(low) > 3 or idx == run[-1] or low in _STOP:
        return False
    nxt = tokens[run[run.index(idx) + 1]]
    return fold(_clean(nxt.text)) not in calendar and not nxt.text.isupper()


def _of_an_org(tokens: list[Token], run: list[int], k: int) -> bool:
    """Is the connector before token k a plain "of" between two names? "Marek Nowak von
    der Polizei" (an organisation word follows), "Angaben von Marek Nowak" (a full name of
    two words follows). Not when the run so far is an institution ("Ministerio de
    Asuntos Exteriores") or the particle of one name ("von der Leyen")."""
    if any(tokens[r].low in _INSTITUTIONS for r in run):
        return False
    if tokens[k].low in _ORG_WORDS:
        return True
    nxt = k + 1
    return (nxt < len(tokens) and tokens[nxt].is_word and _is_cap(tokens[nxt])
            and tokens[nxt].start == tokens[k].end + 1 and tokens[nxt].low not in _CONNECT)


def _place_before(tokens: list[Token], idx: int, before: Token | None, language: str | None,
                  found: list[Mention]) -> bool:
    """Do the words before token `idx` say a place comes ("in", "nel", "the coast of")?"""
    if before is None:
        return False
    low = before.low
    if low in _IN_PREPS or low in _PLACE_PREPS.get(language or "", ()):
        return True
    if low in _OF_WORDS:
        # "the (southern) coast of X", "la ville de X": a place noun just before "of".
        for t in tokens[max(0, idx - 4):idx - 1][::-1]:
            if t.low in _PLACE_NOUNS or t.low in _NEAR:
                return True
            if not t.is_word:
                break
        return False
    if low in _AND_WORDS and idx >= 2:
        # "in Keltavo and Varnoka": coordinated with a place named just before (every name
        # ending there: "Servicio de Prevención y Respuesta" also ends with an org).
        end = tokens[idx - 2].end
        prev = [m for m in found[-3:] if m.end == end]
        return bool(prev) and all(
            m.cue == "place" or (m.cue is None and (k := gazetteer.lookup(m.text)) is not None
                                 and k.type == "place")
            for m in prev
        ) and not any(end == m.end and m.start < p.start for p in prev for m in found[-3:]
                      if m.cue == "org")
    return False


def _person_after(text: str, tokens: list[Token], last: int) -> bool:
    """Is the name ending at token `last` followed by a person cue ("said", "aged 54")?"""
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is None:
        return False
    if nxt.low in _SPEECH_AUX:
        after = tokens[last + 2] if last + 2 < len(tokens) else None
        return after is not None and after.low in _SPEECH_PARTICIPLES
    if nxt.low in _SPEECH:
        return True
    return _PERSON_AFTER_RE.match(text, tokens[last].end) is not None


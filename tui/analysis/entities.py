"""People, places and organisations from capitalised spans, clustered across spellings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from rapidfuzz.distance import Indel

from tui.analysis import gazetteer
from tui.analysis import lexicon as lx
from tui.analysis.dates import _names as _date_names
from tui.analysis.inflection import _MIN_STEM as MIN_STEM
from tui.analysis.inflection import comparable, near_forms, same_word, strip_suffix
from tui.analysis.phonetic import NAME_THRESHOLD, name_key, names_similar, word_key
from tui.analysis.sentences import Sentence, sentence_at
from tui.analysis.text import Token, fold, tokenize
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


@dataclass(slots=True)
class Entity:
    """One real-world referent: its mentions and a canonical id ("gaz:kyiv", "cty:PL")."""

    id: str
    type: str
    text: str
    mentions: list[Mention] = field(default_factory=list)
    weak: bool = False  # probably a capitalised common word; shown only when matched

    @property
    def names(self) -> list[str]:
        """Distinct mention texts, in mention order."""
        return list(dict.fromkeys(m.text for m in self.mentions))

    @property
    def sentences(self) -> list[int]:
        return sorted({m.sentence for m in self.mentions})

    def to_fact(self) -> dict[str, Any]:
        return {"kind": "entity", "type": self.type, "text": self.text, "mentions": self.names}


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
_AFTER_VON = lx.entity_words("after_von")  # "von der Leyen"; elsewhere German "der" is an article
_ORG_WORDS = lx.entity_words("org_words")
_PLACE_NOUNS = lx.entity_words("place_nouns")
# German compounds ending in a place noun ("Grenzübergang", "Küstenstadt") before a name.
_DE_PLACE_COMPOUNDS = tuple(sorted(w for w in _PLACE_NOUNS if len(w) >= 5))
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
_TITLE_SUFFIXES = tuple(sorted(lx.entity_words("title_suffixes")))


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


def _is_cap(tok: Token) -> bool:
    ch = tok.text[0]
    return ch.isupper() or (len(tok.text) > 2 and tok.text[1] == "'" and tok.text[2].isupper())


def _clean(text: str) -> str:
    if len(text) > 2 and text[1] in "'’" and text[2].isupper():
        text = text[2:]  # "l'Ukraine", "d'Italia"
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    months, days = _date_names()
    return frozenset(months) | frozenset(d.split("-")[0] for d in days) | frozenset(days)


def _mentions(text: str, language: str | None, sentences: Sequence[Sentence],
              tokens: list[Token]) -> list[Mention]:
    calendar = _calendar_words()
    sent_starts = {s.start for s in sentences}
    out: list[Mention] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        t0 = tok.text
        if not t0[0].isupper() and not (len(t0) > 2 and t0[1] == "'"):
            clitic = "-" in t0 and _after_clitic(t0)  # "fil-Libja": Maltese "in the" + Libya
            if clitic:
                start = tok.start + len(t0) - len(clitic)
                out.append(Mention(clitic, start, tok.end, sentence_at(sentences, start),
                                   False, False, None))
            i += 1  # cheap pre-test: neither a capitalised word nor an acronym letter
            continue
        # Dotted acronyms: "U.S.", "E.U.A."
        if len(tok.text) == 1 and tok.text.isupper() and i + 3 < n and tokens[i + 1].text == "." \
                and tokens[i + 2].text.isupper() and len(tokens[i + 2].text) <= 2 \
                and tokens[i + 1].end == tokens[i + 2].start:
            j = i
            while j + 1 < n and tokens[j].text.isalpha() and len(tokens[j].text) <= 2 \
                    and tokens[j + 1].text == "." and tokens[j + 1].start == tokens[j].end:
                j += 2
                if j >= n or tokens[j].start != tokens[j - 1].end:
                    break
            span_text = text[tok.start:tokens[j - 1].end]
            out.append(Mention(span_text, tok.start, tokens[j - 1].end,
                               sentence_at(sentences, tok.start), False, False, None))
            i = j
            continue
        if not (tok.is_word and _is_cap(tok)):
            i += 1
            continue
        # Gather a run of capitalised words (allowing "de", "von", "da" inside).
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
            if t.is_word and _is_cap(t):
                prev_acr = _is_acronym(tokens[j - 1].text)
                this_acr = _is_acronym(t.text)
                if this_acr and not prev_acr or prev_acr and not this_acr and (
                        len(run) > 1 or _is_title_word(t.text, language)
                        or _cap_follows(text, tokens, j)):
                    # "Yeti Airlines ATR", "NATO Secretary-General", "CGT Julien Faure":
                    # separate names; an acronym and one word are one ("ESB Networks").
                    break
                run.append(j)
                j += 1
                continue
            after_von = tokens[j - 1].low in ("von", "van")
            if t.low in _CONNECT and (t.low not in _AFTER_VON or after_von):
                # "Place de la Bastille", "Rio Grande do Sul", "von der Leyen"
                k = j
                while k < n and tokens[k].low in _CONNECT and k - j < 2 \
                        and not text[tokens[k - 1].end:tokens[k].start].strip(" "):
                    k += 1
                if k < n and k > j and tokens[k].is_word and _is_cap(tokens[k]) \
                        and not text[tokens[k - 1].end:tokens[k].start].strip(" ") \
                        and "\n" not in text[tokens[j - 1].end:tokens[k].start] \
                        and not _of_an_org(tokens, run, k):
                    run.extend(range(j, k))
                    j = k
                    continue
            break
        i = j
        # Split the run at titles; drop stopwords, demonyms, calendar words.
        parts: list[list[int]] = [[]]
        titled: list[bool] = [False]
        for idx in run:
            low = fold(_clean(tokens[idx].text))
            lat = low if low.isascii() else latin_fold(low)
            if _is_title(low, lat, language) or low in _CYR_TITLES or _is_compound_title(low):
                parts.append([])
                titled.append(True)
                continue
            if low in calendar and _short_name_word(low, idx, run, tokens, calendar):
                parts[-1].append(idx)  # "Jan Kowalski", "Mar Menor": not January, March
                continue
            if not parts[-1] and (_is_stop(low, lat, language, idx == run[0] and (
                    tokens[idx].start in sent_starts
                    or _after_sentence_start(text, tokens[idx].start, sent_starts)))
                    or low in _CONNECT or low in calendar):
                # A capitalised article inside a sentence belongs to the name ("El Hierro",
                # "La Restinga"); at the start of a sentence it is just the article.
                keep = (low in _NAME_ARTICLES and idx == run[0] and idx + 1 < n
                        and run[-1] > idx and tokens[idx].start not in sent_starts
                        and not _after_sentence_start(text, tokens[idx].start, sent_starts))
                if not keep:
                    continue
            if (not parts[-1] and language == "de" and idx != run[-1]
                    and (low in _PLACE_NOUNS or low.endswith(_DE_PLACE_COMPOUNDS))):
                continue  # "Insel Sylt", "Stadt Passau", "Grenzübergang Swiecko"
            if low in calendar:
                parts.append([])
                titled.append(False)
                continue
            parts[-1].append(idx)
        prev_tok = tokens[run[0] - 1] if run[0] else None
        split_parts: list[list[int]] = []
        split_titled: list[bool] = []
        parts, titled = _split_places(parts, titled, tokens, language)
        for part, has_title in zip(parts, titled, strict=True):
            # "Ucrânia Kive", "EUA Donald Trump": a country glued to another name.
            if len(part) > 1 and gazetteer.lookup(text[tokens[part[0]].start:
                                                       tokens[part[-1]].end]) is None:
                head = gazetteer.lookup(_clean(tokens[part[0]].text))
                rest = _clean(text[tokens[part[1]].start:tokens[part[-1]].end])
                if head is not None and head.id.startswith("cty:") and (
                    gazetteer.fuzzy_lookup(rest) is not None
                ):
                    split_parts += [[part[0]], part[1:]]
                    split_titled += [False, has_title]
                    continue
            split_parts.append(part)
            split_titled.append(has_title)
        for part, has_title in zip(split_parts, split_titled, strict=True):
            while part and tokens[part[-1]].low in _CONNECT:
                part.pop()
            if not part:
                continue
            first, last = tokens[part[0]], tokens[part[-1]]
            low_first = fold(_clean(first.text))
            nxt = tokens[part[-1] + 1] if part[-1] + 1 < n else None
            if (
                language in (None, "en")
                and low_first.endswith(_DEMONYM_SUFFIXES)
                and len(low_first) > 4
                and gazetteer.lookup(_clean(first.text)) is None
                and gazetteer.lookup(_clean(text[first.start:last.end])) is None
                and (len(part) > 1 or (nxt is not None and nxt.is_word and (
                    not _is_cap(nxt) or nxt.low in _TITLES)))
            ):
                part = part[1:]
                if not part:
                    continue
                first = tokens[part[0]]
            span = _clean(text[first.start:last.end])
            if len(part) > 2 and gazetteer.lookup(span) is None:
                # "Consiglio Giorgia Meloni": keep the known name at the end.
                for k in (3, 2):
                    if len(part) > k:
                        sub = tokens[part[-k]]
                        known = gazetteer.lookup(_clean(text[sub.start:last.end]))
                        if known is not None and known.type == "person":
                            first = sub
                            span = _clean(text[first.start:last.end])
                            break
            if not span or len(span) < 2:
                continue
            lead = text[max(0, first.start - 3):first.start]
            initial = first.start in sent_starts or any(
                first.start - k in sent_starts and not any(c.isalnum() for c in lead[-k:])
                for k in (1, 2, 3)
            )
            cue = None
            before = tokens[part[0] - 1] if part[0] else None  # "In Varnoka,": the "In"
            if before is not None and part[0] > run[0] and before.text in _CAP_ARTICLES:
                before = None  # "A Proteção Civil": a capitalised article, not "à"
            if (nxt is not None and nxt.low in _PLACE_NOUNS) or _place_before(
                tokens, part[0], before, language, out
            ) or (nxt is not None and nxt.low in _LOCAL_OFFICES and nxt.text.islower()):
                cue = "place"
            if any(fold(tokens[p].text) in _ORG_WORDS for p in part):
                cue = "org"
            if cue != "org" and _person_after(text, tokens, part[-1]):
                cue = "person"  # "said", "aged 54" outweigh a preposition before
            cue = _thing_cue(tokens, part, nxt) or cue
            out.append(Mention(span, first.start, first.start + len(span),
                               sentence_at(sentences, first.start), initial,
                               has_title or (prev_tok is not None and prev_tok.low in _TITLES),
                               cue))
            # "Justiça de Minas Gerais", "Câmara de Monchique": the place is a name too.
            conn = next((p for p in part[1:-1] if tokens[p].low in _CONNECT), None)
            if conn is not None and fold(tokens[part[0]].text) in _INSTITUTIONS:
                tail = next(p for p in part if p > conn and tokens[p].low not in _CONNECT)
                t0 = tokens[tail]
                tail_span = _clean(text[t0.start:last.end])
                out.append(Mention(tail_span, t0.start, t0.start + len(tail_span),
                                   sentence_at(sentences, t0.start), False, False, "place"))
    return out


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


def _is_title_word(word: str, language: str | None) -> bool:
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


def _same_referent(a: Mention, b_names: list[str]) -> bool:
    """Does mention `a` refer to the cluster with names `b_names` (spelling variants)?"""
    return any(same_name(a.text, name) for name in b_names)


@lru_cache(maxsize=65536)
def same_name(a: str, b: str, la: str | None = None, lb: str | None = None) -> bool:
    """Are two names spellings of one referent ("Zelensky"/"Vloadimir Jensky")?

    A single word matches the surname (last word) of a longer name, or its first word
    when that is distinctive ("Patriot"/"Patriot Interceptor"); two longer names need
    similar surnames and compatible first names. Words also match as inflected forms of
    one name in the reports' languages `la`/`lb` ("Marka Nowaka"/"Marek Nowak",
    tui.analysis.inflection), and two two-word names in either order ("Kovács Gábor" /
    "Gabor Kovacs": Hungarian puts the family name first).
    """
    fa, fb = latin_fold(a).replace("-", " "), latin_fold(b).replace("-", " ")
    if fa == fb:
        return True
    words_a, words_b = a.replace("-", " ").split(), b.replace("-", " ").split()
    if min(len(words_a), len(words_b)) > 1 and (
        fa.endswith(" " + fb) or fb.endswith(" " + fa)
    ):
        return True  # "Justiça de Minas Gerais" / "Minas Gerais"

    def word(x: str, y: str, threshold: float = NAME_THRESHOLD) -> bool:
        return names_similar(x, y, threshold, strict_short=True) or same_word(x, y, la, lb)

    if len(words_a) == 1 or len(words_b) == 1:
        single, other = (words_a, words_b) if len(words_a) == 1 else (words_b, words_a)
        return word(single[0], other[-1]) or (
            len(other) > 1 and len(single[0]) >= 4 and fold(single[0]) == fold(other[0])
        )
    if word(words_a[-1], words_b[-1]):
        ka, kb = word_key(words_a[0]), word_key(words_b[0])
        return ka[:1] == kb[:1] or names_similar(words_a[0], words_b[0], 0.6)
    return (len(words_a) == len(words_b) == 2 and word(words_a[0], words_b[1])
            and word(words_a[1], words_b[0]))


class NameSignature(NamedTuple):
    """What every way `same_name` can say yes needs, to pre-select name pairs cheaply.

    `same_name(a, b)` is true only if the two names share a tag (the same last word of the
    romanised whole name, a word spelled alike once romanised or folded, or words whose
    inflection-comparable forms share a stem's first letters) or have two word keys of four
    letters or more that are NAME_THRESHOLD alike (names that sound alike). A name with a
    word that romanises to nothing may meet anything (`any`). Keep this in step with
    `same_name`, `names_similar` and `same_word` (tests/analysis/test_speed_indexes.py).
    """

    tags: frozenset[str]
    keys: frozenset[str]
    any: bool = False


KEY_CUTOFF = NAME_THRESHOLD - 0.01  # Indel similarity of two keys that may sound alike


@lru_cache(maxsize=16384)
def name_signature(name: str) -> NameSignature:
    words = name.replace("-", " ").split()
    whole = latin_fold(name).replace("-", " ").split()
    romanised = [latin_fold(w) for w in words]
    tags = {"w:" + (whole[-1] if whole else "")}
    tags.update("l:" + r for r in romanised)
    tags.update("f:" + fold(w) for w in words)
    tags.update("c:" + comparable(w)[:MIN_STEM] for w in words)
    keys = frozenset(k for k in map(word_key, words) if len(k) >= 4)
    return NameSignature(frozenset(tags), keys, not whole or not all(romanised))


def may_be_same_name(a: NameSignature, b: NameSignature) -> bool:
    """False only when `same_name` is false for every pair of names behind `a` and `b`
    (the signature of several names unites their tags and keys)."""
    if a.any or b.any or not a.tags.isdisjoint(b.tags):
        return True
    return any(Indel.normalized_similarity(x, y, score_cutoff=KEY_CUTOFF) >= KEY_CUTOFF
               for x in a.keys for y in b.keys)


# Blocking: a name is compared only with names sharing its surname's first key letter, or
# (for one word) the first word of a longer name, and with at most MAX_BLOCK of each block.
# A report names a few dozen people and places (at most 11 in one block in our evaluation
# reports, the seeds and the sample feed), so the cap does not bind on real text; on
# text made of thousands of distinct names it keeps clustering linear instead of quadratic.
MAX_BLOCK = 32


class _Blocks:
    """Registered (cluster, name) pairs by blocking key; clusters ranked by first registration."""

    def __init__(self) -> None:
        self.blocks: dict[str, list[tuple[Entity, str]]] = {}
        self.rank: dict[int, int] = {}

    def register(self, ent: Entity, name: str) -> None:
        self.rank.setdefault(id(ent), len(self.rank))
        parts = name.split()
        keys = ["k:" + word_key(parts[-1])[:1]]
        if len(parts) > 1:
            keys.append("f:" + fold(parts[0]))
        for key in keys:
            block = self.blocks.setdefault(key, [])
            if len(block) < MAX_BLOCK:
                block.append((ent, name))

    def best(self, text: str, language: str | None = None) -> Entity | None:
        """The earliest registered cluster with a name that spells the same referent."""
        parts = text.split()
        candidates = self.blocks.get("k:" + word_key(parts[-1])[:1], [])
        if len(parts) == 1:
            candidates = candidates + self.blocks.get("f:" + fold(parts[0]), [])
        sig = name_signature(text)
        hits = [ent for ent, name in candidates if may_be_same_name(sig, name_signature(name))
                and same_name(text, name, language, language)]
        if not hits and len(parts) == 1 and _PLACE_ENDINGS.get(language or ""):
            # A stem that changes with the case ("Helsingin"/"Helsinkiin"), in languages
            # whose place cases are endings.
            hits = [ent for ent, name in candidates
                    if " " not in name and near_forms(text, name, language, language)]
        return min(hits, key=lambda e: self.rank[id(e)]) if hits else None


def extract_entities(text: str, language: str | None, sentences: Sequence[Sentence],
                     tokens: list[Token] | None = None) -> list[Entity]:
    """Entities of one text; mentions of the same referent are merged into one Entity."""
    toks = tokens if tokens is not None else tokenize(text)
    mentions = _mentions(text, language, sentences, toks)
    clusters: list[Entity] = []
    by_id: dict[str, Entity] = {}
    unresolved: list[Mention] = []
    for m in mentions:
        known = gazetteer.lookup(m.text) or (
            gazetteer.fuzzy_lookup(m.text) if not m.initial or len(m.text.split()) > 1 else None
        )
        if known is None:
            unresolved.append(m)
            continue
        ent = by_id.get(known.id)
        if ent is None:
            ent = Entity(known.id, known.type, m.text)
            by_id[known.id] = ent
            clusters.append(ent)
        ent.mentions.append(m)
    blocks = _Blocks()
    for ent in clusters:
        for name in ent.names:
            blocks.register(ent, name)
    # Longer names first, so "Zelensky" joins "Volodymyr Zelensky".
    by_text: dict[str, Entity] = {}
    for m in sorted(unresolved, key=lambda m: (-len(m.text.split()), m.start)):
        target = by_text.get(m.text)
        if target is not None:
            target.mentions.append(m)
            continue
        target = blocks.best(m.text, language)
        if target is None and m.initial and len(m.text.split()) == 1:
            known = gazetteer.fuzzy_lookup(m.text)
            if known is not None:
                target = by_id.get(known.id)
                if target is None:
                    target = Entity(known.id, known.type, m.text)
                    by_id[known.id] = target
                    clusters.append(target)
        if target is None:
            target = Entity(f"ph:{name_key(m.text)}", "", m.text)
            clusters.append(target)
        target.mentions.append(m)
        by_text[m.text] = target
        blocks.register(target, m.text)
    for ent in clusters:
        ent.mentions.sort(key=lambda m: m.start)
        ent.text = max(ent.names, key=lambda s: (len(s.split()), not s.isupper(), len(s)))
        if not ent.type:
            ent.type = _guess_type(ent)
        ent.weak = not ent.id.startswith(("gaz:", "cty:")) and _looks_common(ent, language)
    clusters.sort(key=lambda e: e.mentions[0].start)
    return clusters


def _guess_type(ent: Entity) -> str:
    cues = [m.cue for m in ent.mentions if m.cue]
    for thing in ("event", "weapon"):
        if thing in cues:
            return thing
    if "org" in cues:
        return "org"
    if any(m.title for m in ent.mentions):
        return "person"
    if any(m.text.isupper() and len(m.text) > 1 for m in ent.mentions):
        return "org"
    if "place" in cues and "person" not in cues:
        return "place"
    return "person"


def _looks_common(ent: Entity, language: str | None) -> bool:
    """A capitalised common word rather than a name (sentence-initial only; German nouns)."""
    if any(m.title for m in ent.mentions):
        return False
    multi = any(len(m.text.split()) > 1 for m in ent.mentions)
    if all(m.initial for m in ent.mentions) and not multi:
        return True
    return language == "de" and not multi and not any(m.text.isupper() for m in ent.mentions)

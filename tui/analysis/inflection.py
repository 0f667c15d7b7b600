"""Inflected names: a surname in the genitive, a town in the locative, in any script.

"Marka Nowaka" is "Marek Nowak", "Szentendrénél" is "Szentendre", "Варной" is "Варна",
"Manisa'nın" is "Manisa". Both words are romanised (tui.analysis.translit) and folded;
they are one name when they share a stem and what is left of each is a case ending
of either report's language (`name_endings` in the language's [entities], see README
*Languages*). A word of a language without endings (English) must match exactly, so
"Smith" never meets "Smithers". Endings are data, not code: adding a language adds its
endings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from tui.analysis import langdata
from tui.analysis import lexicon as lx
from tui.analysis.translit import is_latin, latin_fold

# A suffix after an apostrophe, as Turkish writes case endings on names ("İzmir'den").
_APOSTROPHE_SUFFIX = re.compile(r"^(\w{2,})['’]([a-zçğıöşüâî]{1,6})$")
# Spelling differences of one sound across romanisations ("Украйна"/"Украина", "Libja"/"Libia").
# Transliteration conventions of the target languages meet here: Polish and Hungarian
# "cz"/"sz" and German "tsch"/"sch" write what others write "ch"/"sh" ("Kowalczuk" /
# "Kovalchuk", "Schewtschenko"/"Shevchenko"); "ts" is the "c" of Latvian, Czech or Polish
# ("Iecava"/"Ietsave"); Ukrainian and Belarusian "г" is romanised "h", Russian "g"
# ("Hnatiuk"/"Gnatiuk"), so a lone h is a g here (after the digraphs that use h); Polish
# writes "ie" for the Cyrillic "е" after a consonant ("Kuzniecow"/"Кузнецов"), and a
# Russian "е" that starts a word is "je"/"ye" in Latin ("Jelgava"/"Елгава"); an "i"
# and the "j" or "y" after it are one sound where Polish writes "ia" ("Marijampolė" /
# "Mariampol", "Мариямполе").
_SPELLING = (("shch", "sc"), ("tsch", "c"), ("sch", "s"), ("cz", "c"), ("sz", "s"),
             ("ch", "c"), ("sh", "s"), ("zh", "z"), ("kh", "h"), ("ph", "f"), ("th", "t"),
             ("h", "g"), ("y", "i"), ("j", "i"), ("ii", "i"), ("ie", "e"), ("w", "v"),
             ("c", "k"))
# "ts" is one sound at the start of a word, before a vowel or before the "k" of a Slavic
# adjective ("Tsvetkov", "Ietsave", "Horodotska"/"Городоцька"); the "-ts" of a Latvian
# nominative ("Mašīnists") is two.
_TS = re.compile(r"(?:^ts|ts(?=[aeiouyk]))")
_MIN_STEM = 3
_MAX_TAIL = 5


def strip_suffix(word: str) -> str:
    """The name before an apostrophe case ending ("Manisa'nın" -> "Manisa")."""
    m = _APOSTROPHE_SUFFIX.match(word)
    return m.group(1) if m else word


@lru_cache(maxsize=64)
def endings(language: str | None) -> frozenset[str]:
    """Case endings of a language (every file's when the language is not known). An
    ending written "~al" follows the stem's last consonant doubled (Hungarian "-val"
    assimilates: "Kovácsal"... "Kováčikkal"); it is kept here as "~al"."""
    if language is None:
        return frozenset().union(*(endings(code) for code in langdata.languages()))
    table = lx.entity_words_by_language("name_endings").get(language, frozenset()) | \
        lx.entity_words_by_language("nominative_endings").get(language, frozenset())
    # A vowel that joins an ending to a name ending in a consonant (`meta.linking_vowels`:
    # Finnish "Vahter" -> "Vahterin", "Apteegidille").
    linking = str(langdata.meta(language, "linking_vowels", "") or "").split()
    table = table | {v + e for v in linking for e in table}
    return frozenset(_spelling(latin_fold(e)) for e in table)


@lru_cache(maxsize=32768)
def _spelling(text: str) -> str:
    text = _TS.sub("c", text)
    for a, b in _SPELLING:
        text = text.replace(a, b)
    return _DOUBLE.sub(r"\1", text)


# A doubled consonant is one: German and Italian double what Cyrillic writes once
# ("Russe"/"Русе", "Larissa"/"Λάρισα"), Hungarian doubles one before "-val" ("~al").
_DOUBLE = re.compile(r"([b-df-hj-np-tv-z])\1")


@lru_cache(maxsize=32768)
def comparable(word: str) -> str:
    """The romanised, folded, spelling-normalised form two inflected words are compared in.
    Cyrillic "ц" is the "c" of the Latin scripts that have one ("Луцьк"/"Łuck"), before
    anyascii writes it "ts"; "ъ" is a vowel (`_CYRILLIC_C`)."""
    word = strip_suffix(word).translate(_CYRILLIC_C)
    return _spelling("".join(ch for ch in latin_fold(word) if ch.isalpha()))


# Bulgarian "ъ" is a vowel, the "ă" of Romanian ("Дунъря"/"Dunărea", "Кърджали" is
# Kardzhali), where anyascii reads the Russian hard sign and drops it.
_CYRILLIC_C = str.maketrans({"ц": "c", "Ц": "C", "ъ": "a", "Ъ": "A"})


@lru_cache(maxsize=65536)
def same_word(a: str, b: str, la: str | None = None, lb: str | None = None) -> bool:
    """Are two words forms of one name (same stem, each tail a case ending of its language)?
    A Slavic stem may lose the "e" of its last syllable ("Peter"/"Petrom", "Karel"/"Karla")."""
    ca, cb = comparable(a), comparable(b)
    if ca[:1] != cb[:1]:
        return False  # a cheap test first: most pairs of names differ at once
    if ca == cb:
        return bool(ca)
    if ca[:_MIN_STEM] != cb[:_MIN_STEM] or min(len(ca), len(cb)) < _MIN_STEM:
        return False  # no stem to share, even once a fleeting "e" is dropped (_same_stem)
    if genders_differ(a, b, la, lb):
        return False
    table = endings(la) | endings(lb)
    return _same_stem(ca, cb, table) or any(
        _same_stem(x, y, table) for x, y in ((_fleeting(ca), cb), (ca, _fleeting(cb))) if x)


_COGNATE_STEM = 6  # letters two cognates share from their start, at least
_COGNATE_TAIL = 5  # letters of a suffix and an ending after them, at most


@lru_cache(maxsize=65536)
def cognates(a: str, b: str) -> bool:
    """Are two words of two related languages one word with another suffix and ending
    ("драматическом"/"драматичному", "národného"/"národního")? Romanised, they share
    their first six letters or more, and what follows in each is five letters at most.
    Only for the words that run on after a name both reports write (a phrase, not a
    name alone)."""
    ca, cb = comparable(a), comparable(b)
    k = 0
    for x, y in zip(ca, cb, strict=False):
        if x != y:
            break
        k += 1
    return k >= _COGNATE_STEM and max(len(ca), len(cb)) - k <= _COGNATE_TAIL


@lru_cache(maxsize=64)
def _feminine(language: str | None) -> tuple[str, ...]:
    """A language's endings of a woman's surname (`feminine_endings`), romanised, folded."""
    words = lx.entity_words_by_language("feminine_endings").get(language or "", frozenset())
    return tuple(sorted({_unsoftened(w) for w in words}, key=len, reverse=True))


def _unsoftened(word: str) -> str:
    """Romanised and folded, without the apostrophe a soft sign leaves ("ська" -> "ska"):
    the English "Horodotska" is the Ukrainian "Городоцька"."""
    return latin_fold(word).replace("'", "")


@lru_cache(maxsize=65536)
def genders_differ(a: str, b: str, la: str | None = None, lb: str | None = None) -> bool:
    """Is one word a woman's form of a surname and the other not ("Kowalska" / "Kowalski",
    "Dvořáková" / "Dvořák")? Then they name two people, however alike they sound."""
    fem = _feminine(la) + _feminine(lb)
    if not fem:
        return False
    native = _feminine_written(la) + _feminine_written(lb)
    return _is_feminine(a, fem, native) != _is_feminine(b, fem, native)


def _is_feminine(word: str, fem: tuple[str, ...], native: tuple[str, ...]) -> bool:
    """Does `word` end in a woman's surname ending? A word in another script than Latin
    is read in its own letters when a language's endings are written in them: romanised,
    the Ukrainian "-ський" of a man is the "-ській" of a woman (both "s'kiy")."""
    lowered = word.lower()
    if lowered and not is_latin(lowered[-1]):
        own = tuple(e for e in native if not is_latin(e[-1]))
        if own:
            return lowered.endswith(own)
    return _unsoftened(word).endswith(fem)


@lru_cache(maxsize=64)
def _feminine_written(language: str | None) -> tuple[str, ...]:
    """A language's `feminine_endings` as the language writes them, lowercase."""
    words = lx.entity_words_by_language("feminine_endings").get(language or "", frozenset())
    return tuple(sorted({w.lower() for w in words}, key=len, reverse=True))


def _fleeting(word: str) -> str:
    """The word without the "e" of a last syllable "-eC" ("peter" -> "petr"), or ""."""
    if len(word) >= 5 and word[-2] == "e" and word[-1] not in _VOWELS \
            and word[-3] not in _VOWELS:
        return word[:-2] + word[-1]
    return ""


def _same_stem(ca: str, cb: str, table: frozenset[str]) -> bool:
    k = 0
    for x, y in zip(ca, cb, strict=False):
        if x != y:
            break
        k += 1
    if k < _MIN_STEM or k < min(len(ca), len(cb)) - 3:
        return False
    # Either report may write the name as its own language inflects it ("Swiecko" in a
    # German report is the Polish nominative): both tails are read in both languages.
    # The shared prefix may have eaten the first letters of both endings ("Jonišķiem" /
    # "Joniškio" share "joniski"): back up a letter or two before giving up.
    for stem in range(k, max(_MIN_STEM, k - 2) - 1, -1):
        ta, tb = ca[stem:], cb[stem:]
        if max(len(ta), len(tb)) <= _MAX_TAIL and _tail_ok(ta, ca[:stem], table) \
                and _tail_ok(tb, cb[:stem], table):
            return True
    return False


def _tail_ok(tail: str, stem: str, table: frozenset[str]) -> bool:
    """Is `tail` nothing, an ending, or a doubling ending after a consonant ("Kováčik" +
    "kal", read with the doubled consonant as one: "al")? Or a
    Baltic nominative "-s" that another language keeps in the stem, and an ending after it
    ("Daugavpilī"/"Даугавпилсе": Russian inflects "Daugavpils")."""
    if not tail or tail in table:
        return True
    if len(tail) >= 2 and tail[0] == "s" and tail[1:] in table and "s" in table:
        return True
    return bool(stem) and stem[-1] not in _VOWELS and "~" + tail in table


_VOWELS = frozenset("aeiou")


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


@lru_cache(maxsize=1)
def _cyrillic_endings() -> tuple[str, ...]:
    """The case endings of every language file written in Cyrillic, longest first."""
    found = {e for table in lx.entity_words_by_language("name_endings").values()
             for e in table if _is_cyrillic(e)}
    return tuple(sorted(found, key=len, reverse=True))


def stem(word: str, min_stem: int = 4) -> str | None:
    """The stem of an inflected Cyrillic name, for prefix search ("Варной" -> "Варн"):
    the word without its longest case ending that leaves `min_stem` letters; None when
    the word is not Cyrillic or too short to have one."""
    if not _is_cyrillic(word) or " " in word.strip():
        return None
    low = word.strip()
    for ending in _cyrillic_endings():
        if low.lower().endswith(ending) and len(low) - len(ending) >= min_stem:
            return low[: -len(ending)]
    return None


def _stems(word: str, table: frozenset[str]) -> set[str]:
    """The word (romanised, folded) and what is left of it without each ending of `table`."""
    c = comparable(word)
    out = {c}
    for k in range(1, _MAX_TAIL + 1):
        if len(c) - k >= _MIN_STEM and c[-k:] in table:
            out.add(c[:-k])
    return out


@lru_cache(maxsize=64)
def alternations(language: str | None) -> frozenset[tuple[str, str]]:
    """Stem-final consonants a case changes (`near_forms` in the language's [entities],
    "t:c" for Polish "Giewont"/"na Giewoncie"), in the spelling words are compared in."""
    table = lx.entity_words_by_language("near_forms").get(language or "", frozenset())
    out = set()
    for pair in table:
        plain, _, changed = pair.partition(":")
        if plain and changed:
            out.add((comparable(plain), comparable(changed)))
    return frozenset(out)


@lru_cache(maxsize=64)
def has_alternations(language: str | None) -> bool:
    return bool(alternations(language))


@lru_cache(maxsize=65536)
def alternate_forms(a: str, b: str, la: str | None = None, lb: str | None = None) -> bool:
    """Forms of one name whose stem-final consonant a case changed (only that)."""
    swaps = alternations(la) | alternations(lb)
    if not swaps or latin_fold(a)[:1] != latin_fold(b)[:1]:
        return False
    table = endings(la) | endings(lb)
    whole = (comparable(a), comparable(b))
    return any(_alternate(x, y, swaps, whole)
               for x in _stems(a, table) for y in _stems(b, table))


def _alternate(x: str, y: str, swaps: frozenset[tuple[str, str]],
               whole: tuple[str, str] = ("", "")) -> bool:
    """One stem with its last consonant changed as a case changes it ("gievont"/"gievonk").
    A final vowel that changes ("i:e", Finnish "Iisalmi"/"Iisalmessa") ends the base form
    itself, and the other stem carries an ending: "Jokela" is no case of "Jokinen". So does
    a consonant a case drops (Estonian "sk:s"): "Kase" is "Kask", "Kass" another name. The
    base form keeps four letters ("Kask"), two before what changes."""
    for plain, changed in swaps:
        vowel = plain in _VOWELS
        for p, q, wp, wq in ((x, y, *whole), (y, x, *whole[::-1])):
            if (vowel or len(changed) < len(plain)) and (p != wp or q == wq):
                continue
            if p.endswith(plain) and q.endswith(changed) and len(p) >= 4 and \
                    p[:-len(plain)] == q[:-len(changed)] and len(p) - len(plain) >= 2:
                return True
    return False


@lru_cache(maxsize=65536)
def near_forms(a: str, b: str, la: str | None = None, lb: str | None = None) -> bool:
    """Forms of one name whose stem itself changes: Finnic consonant gradation
    ("Helsingisse"/"Helsinkiin"), Baltic soft stems ("Šiaulių"/"Šauļiem"), a spelling
    that drops a letter ("Zuwara"/"Zuara"). Each word loses an ending of either language;
    the stems then differ by one edit (two from eight letters on), never in their first or
    last letter, and keep at least four letters. Only for names nothing else matched."""
    if latin_fold(a)[:1] != latin_fold(b)[:1]:
        return False
    table = endings(la) | endings(lb)
    if _graded(comparable(a), comparable(b), table, la, lb):
        return True
    if min(len(a), len(b)) < 5:
        return False
    swaps = alternations(la) | alternations(lb)
    whole = (comparable(a), comparable(b))
    for x in _stems(a, table):
        for y in _stems(b, table):
            if swaps and _alternate(x, y, swaps, whole):
                return True
            shorter = min(len(x), len(y))
            if shorter < 4 or x[0] != y[0] or x[-1] != y[-1]:
                continue  # "Maria"/"Mario": endings that differ are the tables' to judge
            limit = 1 + (shorter >= 8)
            if Levenshtein.distance(x, y, score_cutoff=limit) <= limit:
                return True
    return False



_LONG_VOWEL = re.compile(r"([aeiou])\1")


@lru_cache(maxsize=64)
def _agglutinative(language: str | None) -> bool:
    """Does the language put place cases on names as endings (`place_endings`)?"""
    return bool(lx.entity_words_by_language("place_endings").get(language or ""))


def _graded(ca: str, cb: str, table: frozenset[str], la: str | None, lb: str | None) -> bool:
    """Finnic consonant gradation: the consonant that opens a name's last syllable goes in
    the other cases ("Kemijoki"/"Kemijoen", "Seinäjoki"/"Seinäjoelle"), and a long vowel
    one language doubles is single in another ("Vaasan"/"Vasa"). Only for languages whose
    place cases are endings. The shared part keeps six letters in ten; the base form ends
    in a consonant and a vowel (or nothing), the other in a vowel and an ending of
    either language, so "Pekkala"/"Pekkanen" and "Kemijoki"/"Kemijärvi" stay apart."""
    if not (_agglutinative(la) or _agglutinative(lb)):
        return False
    x, y = _LONG_VOWEL.sub(r"\1", ca), _LONG_VOWEL.sub(r"\1", cb)
    k = 0
    for p, q in zip(x, y, strict=False):
        if p != q:
            break
        k += 1
    if k < 4 or k < 0.6 * max(len(x), len(y)) or x[k - 1] not in _VOWELS:
        return False
    return any(_weak_pair(t, u, table) for t, u in ((x[k:], y[k:]), (y[k:], x[k:])))


def _weak_pair(base: str, other: str, table: frozenset[str]) -> bool:
    """`base`: nothing, or a consonant and a vowel; `other`: an ending, or a vowel and one."""
    if base and not (len(base) == 2 and base[0] not in _VOWELS and base[1] in _VOWELS):
        return False
    if not other or other in table:
        return bool(other) or not base
    return other[0] in _VOWELS and other[1:] in table

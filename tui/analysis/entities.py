"""People, places and organisations from capitalised spans, clustered across spellings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from tui.analysis import gazetteer, langdata
from tui.analysis import lexicon as lx
from tui.analysis.defined_acronyms import join_defined, join_spelled
from tui.analysis.inflection import (
    alternate_forms,
    comparable,
    endings,
    genders_differ,
    has_alternations,
    near_forms,
    same_word,
)
from tui.analysis.lemmas import common_word, lemma
from tui.analysis.mentions import (
    _INSTITUTIONS,
    _PLACE_ENDINGS,
    _STOP,
    CONNECT,
    STOP_BY_LANGUAGE,
    Mention,
    find_mentions,
    is_title_word,
    quoted_whole,
)
from tui.analysis.phonetic import name_key, names_similar, word_key
from tui.analysis.place_names import exact_place, place_ids
from tui.analysis.role_heads import drop_role_heads
from tui.analysis.sentences import Sentence
from tui.analysis.skeleton import skeletons
from tui.analysis.sound_index import may_be_same_name
from tui.analysis.text import Token, fold, tokenize
from tui.analysis.translit import in_either_reading, is_latin, latin_fold, sounded

__all__ = ["_STOP", "Entity", "Mention", "extract_entities", "same_name"]


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
    def spellings(self) -> list[str]:
        """`names`, and each as the text writes it when a clitic or an initial mutation
        is joined to it ("DSB's", "gConamara"): what a reader finds in the text."""
        return list(dict.fromkeys(s for m in self.mentions for s in (m.text, m.written) if s))

    @property
    def sentences(self) -> list[int]:
        return sorted({m.sentence for m in self.mentions})

    def to_fact(self) -> dict[str, Any]:
        return {"kind": "entity", "type": self.type, "text": self.text,
                "mentions": self.spellings}


def _same_referent(a: Mention, b_names: list[str]) -> bool:
    """Does mention `a` refer to the cluster with names `b_names` (spelling variants)?"""
    return any(same_name(a.text, name) for name in b_names)


@lru_cache(maxsize=65536)
def same_name(a: str, b: str, la: str | None = None, lb: str | None = None) -> bool:
    """`spelled_alike`, or so once a Greek name is read as the Greek spelling of a foreign
    one ("Γκεόργκι Μετόντιεφ" / "Георги Методиев", tui.analysis.translit)."""
    if in_either_reading(lambda x, y: spelled_alike(x, y, la, lb), a, b):
        return True
    if is_latin(a) == is_latin(b):
        return False
    sa, sb = sounded(a, la), sounded(b, lb)  # "Recep" / "Реджеп": Turkish "c" is dž
    return (sa != a or sb != b) and in_either_reading(
        lambda x, y: spelled_alike(x, y, la, lb), sa, sb)


def spelled_alike(a: str, b: str, la: str | None = None, lb: str | None = None) -> bool:
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
    if len(words_a) != len(words_b) and min(len(words_a), len(words_b)) == 1 and \
            len(fa) >= 6 and comparable(a) == comparable(b):
        return True  # one name written as one word or as two ("Ros Muc" / "Rosmuck")
    if min(len(words_a), len(words_b)) > 1 and (
        fa.endswith(" " + fb) or fb.endswith(" " + fa)
    ):
        return True  # "Justiça de Minas Gerais" / "Minas Gerais"

    def word(x: str, y: str, threshold: float = 0.84) -> bool:
        # Most pairs of words are not alike: the gender test ("Kowalska" / "Kowalski": two
        # people) is asked only of those that are.
        return (names_similar(x, y, threshold, strict_short=True) or same_word(x, y, la, lb)
                or alternate_forms(x, y, la, lb)) and not genders_differ(x, y, la, lb)

    if len(words_a) == 1 or len(words_b) == 1:
        single, other = (words_a, words_b) if len(words_a) == 1 else (words_b, words_a)
        return word(single[0], other[-1]) or (
            len(other) > 1 and len(single[0]) >= 4 and fold(single[0]) == fold(other[0])
        )
    if word(words_a[-1], words_b[-1]):
        return first_names_fit(words_a[0], words_b[0], la, lb)
    if len(words_a) != 2 or len(words_b) != 2:
        return False
    # The other order: the family name first on one side, the given names then only
    # need to fit ("Mészáros József" / "Jozef Mészáros").
    return (word(words_a[0], words_b[1]) and first_names_fit(words_a[1], words_b[0], la, lb)
            or word(words_a[1], words_b[0]) and first_names_fit(words_a[0], words_b[1], la, lb))


@lru_cache(maxsize=65536)
def first_names_fit(x: str, y: str, la: str | None = None, lb: str | None = None) -> bool:
    """Can two first words be one person's first name? Forms of one name ("Marka"/"Marek",
    "Ганни"/"Hanna"), an initial and a name it starts ("P."/"Petr"), spellings that sound
    alike ("Volodymyr"/"Vladimir"); never two names that merely share a letter ("Petr" /
    "Pavel": one family)."""
    if same_word(x, y, la, lb):
        return True
    if other_sex(x, y, la, lb):
        return False
    kx, ky = word_key(x), word_key(y)
    if kx[:1] != ky[:1] and not names_similar(x, y, 0.6):
        return False
    fx, fy = latin_fold(x).rstrip("."), latin_fold(y).rstrip(".")
    if min(len(fx), len(fy)) <= 1 or x.endswith(".") or y.endswith("."):
        return True  # an initial
    return names_similar(x, y, 0.6) or (
        min(len(fx), len(fy)) >= 3 and (fx.startswith(fy) or fy.startswith(fx))
    ) or first_name_variants(x, y)


_VOWEL_END = frozenset("aeiou")


def other_sex(x: str, y: str, la: str | None = None, lb: str | None = None) -> bool:
    """A man's and a woman's form of one given name ("Maria"/"Mario", "Jan"/"Jana",
    "Daniel"/"Daniela"): the same letters but an "a" that ends only one, or ends one where
    another vowel ends the other. Two people, unless the reports' languages have those
    letters as case endings ("Anny"/"Anna": a Polish genitive)."""
    cx, cy = comparable(x), comparable(y)
    if len(cx) < 3 or len(cy) < 3:
        return False
    table = endings(la) | endings(lb) if la or lb else frozenset()
    if cx + "a" == cy or cy + "a" == cx:
        return "a" not in table
    return (cx[:-1] == cy[:-1] and cx[-1] != cy[-1] and "a" in (cx[-1], cy[-1])
            and cx[-1] in _VOWEL_END and cy[-1] in _VOWEL_END
            and not (cx[-1] in table and cy[-1] in table))


@lru_cache(maxsize=65536)
def first_name_variants(x: str, y: str) -> bool:
    """One given name as two languages spell it ("Marija"/"Maria", "Jozef"/"József",
    "Iwan"/"Ivan"): the same first letter and consonant skeleton (tui.analysis.skeleton)
    of two or more consonants ("Elisabete"/"Elizabeth", "Pietro"/"Piotr"), unless only
    one ends in an "a", which marks the other sex ("Maria"/"Mario", "Daniela"/"Daniel")."""
    cx, cy = comparable(x), comparable(y)
    if not cx or not cy or cx[0] != cy[0]:
        return False
    if cx[-1] != cy[-1] and "a" in (cx[-1], cy[-1]):
        return False
    return any(len(k) >= 2 for k in set(skeletons(x)) & set(skeletons(y)))


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
        hits = [ent for ent, name in candidates if may_be_same_name(text, name)
                and same_name(text, name, language, language)
                and not _institution_of_place(parts, ent, name)]
        if not hits and len(parts) == 1 and (_PLACE_ENDINGS.get(language or "")
                                             or has_alternations(language)):
            # A stem that changes with the case ("Helsingin"/"Helsinkiin" in languages
            # whose place cases are endings; "Giewont"/"Giewoncie" where a case changes
            # the last consonant).
            near = near_forms if _PLACE_ENDINGS.get(language or "") else alternate_forms
            hits = [ent for ent, name in candidates
                    if " " not in name and near(text, name, language, language)]
        return min(hits, key=lambda e: self.rank[id(e)]) if hits else None


def _institution_of_place(parts: list[str], ent: Entity, name: str) -> bool:
    """Is a name of several words with an institution's noun ("Банк Латвии", the Bank of
    Latvia) meeting a known place by the place's name alone? The bank is not the
    country."""
    return len(parts) > 1 and " " not in name and ent.type == "place" and \
        ent.id.startswith(("gaz:", "cty:")) and _has_institution(" ".join(parts))


def _has_institution(name: str) -> bool:
    """Does a name of several words have an institution's noun ("bank", "Ministerium")?"""
    words = name.split()
    return len(words) > 1 and any(fold(w) in _INSTITUTIONS for w in words)


def extract_entities(text: str, language: str | None, sentences: Sequence[Sentence],
                     tokens: list[Token] | None = None) -> list[Entity]:
    """Entities of one text; mentions of the same referent are merged into one Entity.

    Stages: find the mentions (tui.analysis.mentions), split a name glued to an inflected
    name the text also writes alone (`split_glued`) or to a country in a case form
    (`split_country_tail`), give known names their gazetteer
    entity (`_known_clusters`), cluster the rest by spelling (`_cluster_unresolved`), then
    name, type and weigh each cluster (`_finish`), and join a name to the acronym it is
    defined by in brackets, or whose initials the acronym the text writes alone spells
    (tui.analysis.defined_acronyms)."""
    toks = tokens if tokens is not None else tokenize(text)
    mentions = split_country_tail(split_glued(drop_scale_words(
        find_mentions(text, language, sentences, toks), language), language, text), language)
    mentions = drop_role_heads(drop_lead_in(cut_at_surname(mentions, language), language),
                               text, language)
    clusters, by_id, unresolved = _known_clusters(mentions, language)
    _cluster_unresolved(unresolved, clusters, by_id, language)
    for ent in clusters:
        _finish(ent, language)
    clusters = drop_sentence_words(clusters, text, toks, language)
    join_defined(clusters, text, toks, language, sentences)
    join_spelled(clusters, language)
    clusters.sort(key=lambda e: e.mentions[0].start)
    return clusters


def drop_sentence_words(clusters: list[Entity], text: str, toks: list[Token],
                        language: str | None) -> list[Entity]:
    """A capitalised word met only where a sentence opens (after a dateline "ROMA – " or
    an opening quote too) is no name when it is a common word: one the text also writes
    in lowercase, a stop word of the language, or a word its dictionary holds only in
    lowercase ("Zraněni byli tři dozorci": injured). A name is capitalised elsewhere too,
    or carries a title."""
    lowers = {t.text for t in toks if t.is_word and t.text.islower()}
    return [e for e in clusters if not _sentence_word(e, text, lowers, language)
            or any(_before_institution(m, toks) for m in e.mentions)]


def _before_institution(m: Mention, toks: list[Token]) -> bool:
    """Is `m` followed by an institution's noun in lowercase ("Valsts policija", the
    State Police): the first word of a name whose generic word is not capitalised."""
    nxt = next((t for t in toks if t.start >= m.end), None)
    return nxt is not None and nxt.text.islower() and nxt.low in _INSTITUTIONS


_QUOTES = "«»\"„“”‚‘’'(‹›-–—*• \t"
_DASHES = "–—-"


def _sentence_word(ent: Entity, text: str, lowers: set[str], language: str | None) -> bool:
    if any(m.title or " " in m.text or (m.written and m.written != m.text)
           or not _opens_sentence(text, m) for m in ent.mentions):
        return False  # (a clitic after an apostrophe marks a name: Turkish "Manisa'nın")
    # a known name, or one the words around cue as a name, is common only by the text
    known = ent.id.startswith(("gaz:", "cty:")) or any(m.cue for m in ent.mentions)
    return all(_common(m.text, lowers, language, known) for m in ent.mentions)


def _common(word: str, lowers: set[str], language: str | None, known: bool) -> bool:
    """A common word by the text or the language; a name the gazetteer knows ("Israel")
    or the words around cue as one only by the text and the stop words (Slovenian "Po",
    after, is no river)."""
    if not word.isalpha() or word.isupper():
        return False
    low = word.lower()
    return low in lowers or latin_fold(low) in STOP_BY_LANGUAGE.get(language or "", ()) \
        or not known and common_word(word, _dictionary(language))


def _dictionary(language: str | None) -> str | None:
    """simplemma's code ("hbs" for hr and sr: `meta.lemma_code`) of a language whose file
    loads simplemma anyway (`lemmatise`). Loading another language's dictionary for this
    alone would add about half a second to the first comparison."""
    if not langdata.meta(language, "lemmatise", False):
        return None
    return langdata.meta(language, "lemma_code", language)


def _opens_sentence(text: str, m: Mention) -> bool:
    """Does mention `m` open its sentence, a line, a quotation or the text after a
    dateline of capitals and a dash ("KUŘIM – Zhruba 40 …")?"""
    if m.initial:
        return True
    line = text[text.rfind("\n", 0, m.start) + 1:m.start]
    head = line.rstrip(_QUOTES)
    quoted = len(head) < len(line.rstrip())
    if not head or head[-1] in ".!?" or quoted and head[-1] == ":":
        return True
    if line.rstrip()[-1:] in _DASHES:
        before = line.rstrip()[:-1].strip()
        return bool(before) and before.isupper() and len(before) <= 40
    return False


def drop_scale_words(mentions: list[Mention], language: str | None) -> list[Mention]:
    """A capitalised scale word opens a figure, not a name: German "38 Milliarden Euro"
    is a sum, so "Milliarden Euro" is no entity."""
    scale = lx.scales(language)
    return [m for m in mentions if fold(m.text.split()[0]) not in scale]


def split_glued(mentions: list[Mention], language: str | None, text: str = ""
                ) -> list[Mention]:
    """"Gradonačelnica Pančeva Milica Jovanović" (the mayor of Pančevo Milica Jovanović):
    a span of three or more words whose first word is an inflected form of a one-word
    name the text writes alone in another form ("Pančevo", "u Pančevu"), or of a place
    GeoNames knows ("v Prešove Jana Hudáková": the spokeswoman in Prešov), is two names;
    so is one after a title whose first word the text writes alone in the same form
    ("the mayor of Ruse Plamen Atanasov" … "in Ruse"). Not in a language whose only case
    ending is the genitive "-s": "Sveriges Biodlares Riksförbund" is one name."""
    singles: dict[str, set[str]] = {}  # by the first letters of the compared form
    for m in mentions:
        if " " not in m.text:
            singles.setdefault(comparable(m.text)[:3], set()).add(m.text)
    cases = _case_endings(language)
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        head = words[0]
        if len(words) < 3 or not words[1][:1].isupper() or quoted_whole(text, m) or not (
                cases and any(s != head and same_word(head, s, language, language)
                              for s in singles.get(comparable(head)[:3], ()))
                or _inflected_place_head(m.text, head, language)
                or _titled_head(m, head, singles, text, language)):
            out.append(m)
            continue
        rest = m.start + len(head) + 1
        out.append(replace(m, text=head, end=m.start + len(head), cue=m.cue or "place",
                           title=False))
        # the place word before the span ("v Prešove") cued its head, not the name after
        out.append(replace(m, text=m.text[len(head) + 1:], start=rest, initial=False,
                           cue=None if m.cue == "place" else m.cue))
    return out


def split_country_tail(mentions: list[Mention], language: str | None) -> list[Mention]:
    """"Aino Kaske Igaunijas medijiem" (Latvian: Aino Kaske told Estonia's media): a span
    of three or more words, none an institution's noun, whose last word is a country's
    name in a case form of the text's own language is a name and the country governed by
    the word after it, two names. "Narodna banka Srbije" stays one."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        last = words[-1]
        if not language or len(words) < 3 or m.written or _has_institution(m.text) or \
                not gazetteer.country_case_form(last, language):
            out.append(m)
            continue
        cut = len(m.text) - len(last)
        out.append(replace(m, text=m.text[:cut - 1], end=m.start + cut - 1))
        out.append(replace(m, text=last, start=m.start + cut, initial=False, title=False,
                           cue="place"))
    return out


def _titled_head(m: Mention, head: str, singles: dict[str, set[str]], text: str,
                 language: str | None) -> bool:
    """Is `head` a name the text writes alone, opening a span after a title and at most
    one short lowercase word ("Кметът на Русе Пламен Атанасов", "mayor of X Y Z")? The
    title's place or body comes first, the person after it."""
    if head not in singles.get(comparable(head)[:3], ()):
        return False
    before = text[max(0, m.start - 40):m.start].split()[-2:]
    if before and before[-1].islower() and len(before[-1]) <= 3:
        before = before[:-1]
    return bool(before) and is_title_word(before[-1], language)


def _inflected_place_head(text: str, head: str, language: str | None) -> bool:
    """Is `head` a known place in a case form (not as GeoNames lists it: "Prešove",
    "Новокуйбышевска"), opening a span that is not itself a place? In a language with
    case endings an inflected place is governed by a word before it, not part of the
    name after it."""
    if not _case_endings(language) or len(head) < 5 or exact_place(head) or \
            exact_place(text):
        return False
    return bool(place_ids(head, language)) and not place_ids(text, language)


@lru_cache(maxsize=64)
def _case_endings(language: str | None) -> bool:
    """Does the language inflect names for more than a genitive "-s" (German "Sardes
    Grand Hotel" is no place glued to a hotel)?"""
    return any(not e.endswith("s") for e in endings(language))


def cut_at_surname(mentions: list[Mention], language: str | None) -> list[Mention]:
    """"Minister Joost Verhoeven van Landbouw" … "Volgens Verhoeven": the name ends at the
    word the text also writes alone; what follows a particle after it is a portfolio.
    Only after two words, so "Vincent van Gogh" keeps its "van"."""
    singles = {m.text for m in mentions if " " not in m.text}
    if not singles:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        cut = next((k for k in range(2, len(words) - 1) if words[k] in CONNECT
                    and words[k - 1] in singles), None)
        if cut is None:
            out.append(m)
            continue
        text = " ".join(words[:cut])
        out.append(replace(m, text=text, end=m.start + len(text)))
    return out


def drop_lead_in(mentions: list[Mention], language: str | None) -> list[Mention]:
    """"Pasak Rimanto Žukausko" (according to Rimantas Žukauskas) opening a sentence: a
    first word the stop list lacks, glued to a name of two or more words that the text
    also writes without it in another case (the lead-in governs the case), is a
    lead-in and goes; only when that word is written nowhere else in the text as a name.
    "Maria José Ortega" against "José Ortega" keeps its first name: the same form."""
    longer = [m for m in mentions if len(m.text.split()) >= 2 and not m.initial]
    if not longer:
        return mentions
    elsewhere = {w for m in mentions if not m.initial for w in m.text.split()}
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        rest = " ".join(words[1:])
        if m.initial and len(words) >= 3 and words[0] not in elsewhere and any(
                    same_name(rest, x.text, language, language) for x in longer
                    if x.text != rest and len(x.text.split()) == len(words) - 1):
            cut = len(words[0]) + 1
            m = replace(m, text=rest, start=m.start + cut, initial=False,
                        written=m.written[cut:] if m.written else None)
        out.append(m)
    return out


def _known_clusters(mentions: list[Mention], language: str | None = None
                    ) -> tuple[list[Entity], dict[str, Entity], list[Mention]]:
    """Entities of the mentions the gazetteer knows (or a country's name in the text's
    language), and the mentions it does not."""
    clusters: list[Entity] = []
    by_id: dict[str, Entity] = {}
    unresolved: list[Mention] = []
    for m in mentions:
        known = gazetteer.lookup_in(m.text, language) or (
            gazetteer.fuzzy_lookup(m.text) if not m.initial or len(m.text.split()) > 1 else None
        )
        if known is None or (m.title and known.type == "place" and known.name != m.text) or (
                known.type == "place" and known.name != m.text and _has_institution(m.text)):
            unresolved.append(m)  # (a titled person is not a place a fuzzy match found,
            continue  # nor "Банк Латвии" the country)
        ent = by_id.get(known.id)
        if ent is None:
            ent = Entity(known.id, known.type, m.text)
            by_id[known.id] = ent
            clusters.append(ent)
        ent.mentions.append(m)
    return clusters, by_id, unresolved


def _cluster_unresolved(unresolved: list[Mention], clusters: list[Entity],
                        by_id: dict[str, Entity], language: str | None) -> None:
    """Join each mention to the earliest cluster spelling the same referent, or start one.
    Longer names first, so "Zelensky" joins "Volodymyr Zelensky"."""
    blocks = _Blocks()
    for ent in clusters:
        for name in ent.names:
            blocks.register(ent, name)
    by_text: dict[str, Entity] = {}
    for m in sorted(unresolved, key=lambda m: (-len(m.text.split()), m.start)):
        target = by_text.get(m.text)
        if target is not None:
            target.mentions.append(m)
            continue
        target = blocks.best(m.text, language)
        if target is None and m.initial and len(m.text.split()) == 1 and len(m.text) >= 5:
            # (a short capitalised word opening a sentence is a word: Turkish "Dün",
            # yesterday, is not the Danube)
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


def _finish(ent: Entity, language: str | None) -> None:
    """Order the mentions; show the fullest name; type the entity and mark common words."""
    ent.mentions.sort(key=lambda m: m.start)
    ent.text = max(ent.names, key=lambda s: (len(s.split()), not s.isupper(), len(s)))
    if not ent.type:
        ent.type = _guess_type(ent)
    ent.weak = not ent.id.startswith(("gaz:", "cty:")) and _looks_common(ent, language)


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
    if multi and ent.type == "person" and all(
            _inflected_nouns(m.text, language) for m in ent.mentions):
        return True  # "drei Jahren Verdachtsfälle": plural nouns side by side, no name
    return language == "de" and not multi and not any(m.text.isupper() for m in ent.mentions)


def _inflected_nouns(text: str, language: str | None) -> bool:
    """Are all capitalised words of `text` inflected forms of nouns ("Jahren", "Überweisungen")
    in a language that capitalises nouns? A name keeps its form there, but for a genitive -s."""
    if not language or not langdata.meta(language, "nouns_capitalised", False):
        return False
    words = [w for w in text.split() if w[:1].isupper()]
    return bool(words) and all(_inflected_noun(w, language) for w in words)


@lru_cache(maxsize=4096)
def _inflected_noun(word: str, language: str) -> bool:
    try:
        base = lemma(word, language)
    except ValueError:
        return False
    genitive = word.endswith("s") and base == word[:-1]
    return base[:1].isupper() and base != word and not genitive and not base.isupper()

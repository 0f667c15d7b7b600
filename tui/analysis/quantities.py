"""Reported figures: value, qualifier, unit and the concept counted, in several languages."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tui.analysis import lexicon as lx
from tui.analysis.numbers import as_number, number_words_at, parse_digits, word_value
from tui.analysis.sentences import Sentence, sentence_at
from tui.analysis.text import Token, fold, tokenize


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure. `value` is in the written unit with scale words applied (12.5 million ->
    12500000); `base` is the value in the concept's base unit (km -> m) for comparisons."""

    concept: str
    value: int | float
    text: str
    start: int
    end: int
    sentence: int
    qualifier: str = "exact"
    unit: str | None = None
    base: float = 0.0
    role: str | None = None  # e.g. drones launched vs intercepted
    aspect: str | None = None  # sub-group, e.g. children
    noun: str | None = None  # the folded word the concept came from
    tolerance: float = 0.0  # relative slack of an approximate figure (0.1 "about", 0.2 "a dozen")
    partitive: bool = False  # "five of the foreigners": a part of a larger figure

    def to_fact(self) -> dict[str, Any]:
        return {
            "kind": "quantity",
            "concept": self.concept,
            "value": self.value,
            "text": self.text,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "sentence": self.sentence,
        }


_PUNCT_STOP = set(".;:!?()[]\"“”«»")
_CLAUSE_STOP = _PUNCT_STOP | {","}
_SKIP_FORWARD = {"-", "–"}
_CONJUNCTIONS = {"and", "or", "e", "ou", "y", "und", "oder", "et", "ed"}
_ORDINAL_SUFFIX = {"st", "nd", "rd", "th", "o", "a", "er", "e", "eme", "eres", "es", "º", "ª"}
_TIME_WORDS = {"h", "uhr", "hrs", "hs"}
_YEAR_HYPHEN_RE = re.compile(r"^(?:year|jahr|jahrig|ano|anos|ans|anni|enne|jarig)")

_TIME_RE = re.compile(
    r"(?=\d)(?:"  # a first-character guard lets the scanner skip ahead fast
    r"\b\d{1,2}(?:[:h]\d{2}|h)(?!\w)|\b\d{1,2}\s?h\s?\d{2}\b|\b\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr|o'clock|hrs)\b"
    r"|\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b))",
    re.IGNORECASE,
)
_PREP_TIME_RE = re.compile(
    r"(?=[abcdfhjpuvà])(?:"  # first letters of the prepositions below
    r"(?:\b(?:at|by|until|from|às|as|à|a las|alle|um|vers|por volta das|cerca das|hacia las|"
    r"verso le|ab|bis|até às|desde las|dalle|jusqu'à)\s+)(\d{1,2}(?:[:.h]\d{2})?)\s*"
    r"(?:horas|hora|heures|heure|ore|hours|o'clock|Uhr|h)\b"
    r"|\b(?:às|alle|a las|vers|hacia las|verso le)\s+(\d{1,2})\b(?![.,]\d{3}))",
    re.IGNORECASE,
)
_AGE_RE = re.compile(
    r"(?=[\d(adoâ])(?:"  # first characters of the alternatives below
    r"\baged\s+\d+|\b\d+\s*-\s*(?:year|jährig|jähr)\w*|\bâgée?s?\s+de\s+\d+|\b\d+\s+Jahre\s+alt"
    r"|\b(?:de|di|of)\s+\d+\s+(?:anos|años|anni|ans|years)\b|\(\d{1,3}\))",
    re.IGNORECASE,
)
_PHONE_RE = re.compile(r"\+?\d{2,4}[ \-/]\d{3,4}[ \-/]\d{2,4}(?:[ \-/]\d{2,4})?\b")


def non_quantity_spans(text: str) -> list[tuple[int, int]]:
    """Spans of times of day, ages and phone-like numbers (never figures of the event)."""
    spans = [m.span() for rx in (_TIME_RE, _PREP_TIME_RE, _AGE_RE, _PHONE_RE)
             for m in rx.finditer(text)]
    spans.sort()
    return spans


class _Mask:
    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _strip_elision(word: str) -> str:
    # "d'euros" -> "euros", "l'incendie" -> "incendie"
    if len(word) > 2 and word[1] == "'":
        return word[2:]
    return word


def _number_words_at(toks: list[Token], i: int, language: str | None, mode: str | None
                     ) -> tuple[int, int, bool] | None:
    """Number words: the language file's [numbers] table, else text2num (English default)."""
    if mode == "words":
        return lx.table_number_words_at(toks, i, language) if toks[i].is_word else None
    return number_words_at(toks, i, language)


def extract_quantities(
    text: str,
    language: str | None,
    sentences: Sequence[Sentence],
    tokens: list[Token] | None = None,
    skip_spans: Sequence[tuple[int, int]] = (),
) -> list[Quantity]:
    """All figures in `text`. `skip_spans` (e.g. dates) are never read as quantities."""
    toks = tokens if tokens is not None else tokenize(text)
    mask = _Mask([*skip_spans, *non_quantity_spans(text)])
    ctable = lx.concept_table(language)
    scales = lx.scales(language)
    qual_rx = lx.qualifier_regex(language)
    clause_words = lx.subordinators(language)
    W = lx.for_language(language)  # noqa: N806 - the language's word sets, read everywhere below
    out: list[Quantity] = []
    n = len(toks)
    # Most words are not numbers: skip them with one memoised look-up (what
    # number_words_at would test first) before any other work.
    mode = W.number_mode
    word_lang = None if mode == "words" else (language if mode == "text2num" else "en")
    articles = W.articles
    i = 0
    while i < n:
        tok = toks[i]
        if tok.is_word:
            if word_lang is not None and tok.low not in articles and (
                word_value(tok.low, word_lang) is None
            ):
                i += 1
                continue
        elif not tok.is_digit:
            i += 1
            continue
        if tok.start in mask:
            i += 1
            continue
        prev = toks[i - 1] if i else None
        is_article = False
        if tok.is_digit:
            if prev is not None and prev.end == tok.start and (
                prev.is_word or prev.is_digit or prev.text in "-/#№"
            ):
                i += 1  # F-16, COVID-19, 24/7
                continue
            if (
                prev is not None
                and prev.is_word
                and prev.text.isupper()
                and 2 <= len(prev.text) <= 5
                and prev.low not in W.currency_words
                and text[prev.end:tok.start] == " "
            ):
                i += 1  # model designations: "ATR 72", "A 320"
                continue
            digits = tok.text
            j = i + 1
            # French-style "1 200": merge groups of three separated by one space.
            while (
                language == "fr"
                and j < n
                and toks[j].is_digit
                and len(toks[j].text) == 3
                and toks[j].start == toks[j - 1].end + 1
                and text[toks[j - 1].end] == " "
                and len(digits.replace(" ", "")) <= 3 + 4 * (j - i - 1)
            ):
                digits += " " + toks[j].text
                j += 1
            value = parse_digits(digits, language)
            if value is None:
                i = j
                continue
            if j < n and toks[j].start == toks[j - 1].end:
                nxt = toks[j]
                if nxt.low in _ORDINAL_SUFFIX or nxt.low in _TIME_WORDS or nxt.text in "/:":
                    i = j + 1
                    continue
        else:
            if tok.low in W.vague:
                i += 1  # "hundreds of homes", "miles de personas": not a figure (lexicon.VAGUE)
                continue
            found = _number_words_at(toks, i, language, mode)
            if found is None and tok.low in W.articles and i + 1 < n and (
                toks[i + 1].low in W.dozen or toks[i + 1].low in W.collective
            ):
                found = (1, i + 1, True)  # "a dozen", "une dizaine"
            if found is None:
                i += 1
                continue
            ivalue, j, is_article = found
            value = float(ivalue)
            if j < n and toks[j].low in W.of_words and ivalue == 1:
                i = j
                continue  # "one of the victims"
            if tok.text[0].isupper() and prev is not None and prev.end == tok.start - 1 and (
                prev.text[0].isupper()
            ):
                i = j
                continue  # inside a name ("Sete Lagoas")
        start, end = tok.start, toks[j - 1].end
        k = j
        # Currency before the number: "€", "$", "R$", "US$", "£", "EUR".
        currency = None
        if prev is not None:
            sym = prev.text
            if sym == "$" and i >= 2 and toks[i - 2].end == prev.start and toks[i - 2].is_word:
                code = W.currency_symbols.get(toks[i - 2].low + "$")
                if code:
                    currency, start = code, toks[i - 2].start
            if currency is None and sym in W.currency_symbols:
                currency, start = W.currency_symbols[sym], prev.start
            elif currency is None and prev.is_word and prev.text.isupper():
                code = W.currency_words.get(prev.low)
                if code and len(prev.text) == 3:
                    currency, start = code, prev.start
        # Scale words: "12.5 million", "£4m", "50 Mio.", "mil milhões", "uma dúzia".
        approx_dozen = False
        if k < n:
            w = toks[k].low
            adjacent = toks[k].start == toks[k - 1].end
            if w in W.dozen or w in W.collective:
                value *= 12 if w in W.dozen else W.collective[w]
                approx_dozen = True
                end, k = toks[k].end, k + 1
            elif w in scales and (len(w) > 2 or adjacent or currency) and not (
                w in ("m", "k", "b") and not currency
            ):
                mult = scales[w]
                if w == "mil" and k + 1 < n and toks[k + 1].low in scales and scales[
                    toks[k + 1].low
                ] == 1e6:
                    mult, k = 1e9, k + 1
                value *= mult
                end, k = toks[k].end, k + 1
                if k < n and toks[k].text == "." and toks[k].start == toks[k - 1].end:
                    k += 1  # "Mio."
        unit = None
        concept = None
        factor = 1.0
        noun = None
        noun_end = None
        kk = k
        hyphenated = False  # "300-metre-deep", "five-member": an adjective, not a count
        if kk < n and toks[kk].text in ("-", "–") and toks[kk].start == toks[kk - 1].end:
            kk += 1
            hyphenated = True
        if kk < n:
            w1 = _strip_elision(toks[kk].low)
            if hyphenated and "-" in w1 and w1.split("-")[0] in W.units:
                w1 = w1.split("-")[0]
            if w1 in W.year_words or _YEAR_HYPHEN_RE.match(w1):
                i = kk + 1
                continue  # ages / "two years ago"
            if currency is None:
                if w1 in ("de", "of", "di", "d'") and kk + 1 < n:
                    code = W.currency_words.get(_strip_elision(toks[kk + 1].low))
                    if code and end != tok.end:
                        currency, end, k = code, toks[kk + 1].end, kk + 2
                code = W.currency_words.get(w1) or W.currency_symbols.get(toks[kk].text)
                if currency is None and code and (w1 != "real" or language == "pt"):
                    currency, end, k = code, toks[kk].end, kk + 1
            if currency is None:
                pair = None
                if kk + 2 < n:
                    pair = W.unit_triples.get(
                        f"{w1} {toks[kk + 1].low} {toks[kk + 2].low}")
                    if pair:
                        kk += 1
                if kk + 1 < n and pair is None:
                    pair = W.unit_phrases.get(f"{w1} {toks[kk + 1].low}")
                    if (w1 == "km" and toks[kk + 1].text == "/" and kk + 2 < n
                            and toks[kk + 2].low == "h"):
                        pair = W.unit_phrases["km/h"]
                        kk += 1
                if pair:
                    unit, concept, factor = pair
                    end, k = toks[kk + 1].end, kk + 2
                elif (w1 in W.units and not (w1 == "m" and toks[kk].text == "M")
                      and not (w1 == "ha" and language in ("it", "es"))  # "ha" = "has"
                      and not (i > 0 and ctable.get(toks[i - 1].low) in W.pre_number)):
                    if w1 in _TIME_WORDS and toks[kk].start == toks[kk - 1].end:
                        i = kk + 1
                        continue
                    unit, concept, factor = W.units[w1]
                    end, k = toks[kk].end, kk + 1
                    if toks[kk].text == "°" and k < n and toks[k].text in ("C", "F"):
                        end, k = toks[k].end, k + 1
        if currency:
            concept, unit = "money", currency
        if is_article and not approx_dozen:
            if concept is not None:
                i = j
                continue  # "uma semana", "a metre": not a reported figure
            # "um morto", "une personne a été tuée": an article counts only before a noun.
            c1 = ctable.get(toks[j].low, toks[j].text) if j < n and toks[j].is_word else None
            ok = c1 in W.article_ok
            if not ok and c1 in W.generic:
                for t in toks[j + 1 : j + 5]:
                    if t.text in _CLAUSE_STOP:
                        break
                    c2 = ctable.get(t.low, t.text)
                    if c2 in W.article_ok:
                        ok = True
                        break
            if not ok:
                i = j
                continue
        # Concept from the nouns/verbs around the number.
        aspect = None
        partitive = k < n and toks[k].low in W.of_words  # "five of the foreigners"
        generic = None
        if concept is None and i > 0:
            # A noun right before the number names it: "magnitude 6.8", "Stärke 6,8".
            c = ctable.get(toks[i - 1].low)
            if c in W.pre_number:
                concept, noun = c, toks[i - 1].low
        if concept is None:
            for step, t in enumerate(toks[k : k + 8]):
                if step >= 5 and generic is None:
                    break  # beyond the noun phrase; only "N people … were evacuated" goes on
                if t.text in _SKIP_FORWARD:
                    continue
                if t.text in _CLAUSE_STOP or t.is_digit:
                    break
                low = _strip_elision(t.low)
                if low in W.vague or low in W.relative or low in clause_words:
                    break  # "60 as old houses crumbled": the houses are another clause
                c = ctable.get(low, t.text)
                if c is None:
                    if low in W.connectors or low in (
                        "and", "or", "ou", "o", "oder", "et", "y", "e", "und"
                    ):
                        break
                    continue
                if generic is not None and c not in W.person_states:
                    continue  # "3,000 residents had to leave their homes": not homes
                if c in W.generic:
                    if generic is None:
                        generic, noun, noun_end = c, low, t.end
                    if c in W.aspect_nouns:
                        aspect = W.aspect_nouns[c]
                    continue
                concept, noun, noun_end = c, low, t.end
                break
            if concept is None and not hyphenated:
                # Backward: "killing one person", "injuring at least 26", "magnitude 6.8".
                qwords = lx.qualifier_words(language)
                toll = False
                for b in range(i - 1, max(-1, i - 11), -1):
                    t = toks[b]
                    if t.text in _CLAUSE_STOP or t.is_digit or t.low in _CONJUNCTIONS:
                        break  # "a helicopter and two ships": the noun is not ours
                    if b >= i - 3 and t.low in W.toll_verbs:
                        toll = True
                    if t.low in qwords:
                        continue
                    if t.low not in W.articles and _number_words_at(toks, b, language, mode):
                        break
                    c = ctable.get(_strip_elision(t.low), t.text)
                    if c is not None and c not in W.generic:
                        if generic is not None and c not in W.person_states:
                            break  # "a plane carrying 72 people": people, not aircraft
                        concept = c
                        if noun is None:
                            noun = t.low
                        break
                if concept is None and toll:
                    # "o número de mortos causados pelas chuvas ... subiu para 39"
                    s_start = sentences[sentence_at(sentences, tok.start)].start if sentences else 0
                    for b in range(i - 1, -1, -1):
                        t = toks[b]
                        if t.start < s_start or t.text in ";:":
                            break
                        c = ctable.get(_strip_elision(t.low), t.text)
                        if c is not None and c not in W.generic and c in W.person_states:
                            concept, noun = c, t.low
                            break
            if (
                concept is None
                and generic is None
                and k < n
                and toks[k].low in W.auxiliaries
                and out
                and out[-1].sentence == sentence_at(sentences, start)
                and out[-1].concept != "other"
            ):
                # "1,500 homes were damaged and 320 were left uninhabitable"
                concept = out[-1].concept
            if concept is None and aspect and out and out[-1].sentence == sentence_at(
                sentences, start
            ):
                # "26 injured, including five children"
                between = {t.low for t in toks if out[-1].end <= t.start < start}
                if between & W.including:
                    concept = out[-1].concept
            if concept is None:
                concept = "people" if generic in ("people", "children") else generic
            if concept is None:
                concept = "other"
                if k < n and toks[k].is_word:
                    noun = toks[k].low
        # Non-quantities: bare years ("in 2024"), unless a counted noun follows.
        if (
            noun_end is None
            and unit is None
            and currency is None
            and tok.is_digit
            and tok.text.isdigit()
            and len(tok.text) == 4
            and 1800 <= value <= 2100
            and end == tok.end
        ):
            i = k
            continue
        if noun_end is not None and noun_end > end:
            # "20 feridos", "uma dúzia de mísseis" — but not "26 were injured".
            gap = text[end:noun_end].split()[:-1]
            if not gap or (len(gap) == 1 and fold(gap[0]) in W.of_words):
                end = noun_end
        # Qualifiers before and after.
        qualifier = "approx" if approx_dozen else "exact"
        tolerance = 0.2 if approx_dozen else 0.0
        before = fold(text[max(0, start - 40) : start])
        m = qual_rx.search(before)
        if m:
            qualifier = m.lastgroup or qualifier
            if qualifier == "approx":
                tolerance = max(tolerance, 0.1)
            qstart = start - (len(before) - m.start(m.lastgroup or 0))
            if text[qstart : qstart + 1].isspace():
                qstart += 1
            start = max(0, qstart)
        tm = lx.trailing_regex(language).match(fold(text[end : end + 15]))
        if tm:
            qualifier = tm.lastgroup or qualifier
            if qualifier == "approx":
                tolerance = max(tolerance, 0.1)
        role = _role(toks, i, k, concept, language)
        sent = sentence_at(sentences, start)
        number = as_number(value)
        out.append(
            Quantity(
                concept=concept,
                value=number,
                text=text[start:end],
                start=start,
                end=end,
                sentence=sent,
                qualifier=qualifier,
                unit=unit,
                base=float(value) * factor,
                role=role,
                aspect=aspect,
                noun=noun,
                tolerance=tolerance,
                partitive=partitive and concept not in ("money", "other"),
            )
        )
        i = max(k, j)
    return out


def _role(toks: list[Token], i: int, k: int, concept: str, language: str | None) -> str | None:
    group = lx.role_group(concept)
    if group is None:
        return None
    table = lx.role_table(group, language)
    best: tuple[int, str] | None = None
    for t in toks[k : k + 8]:
        if t.text in _PUNCT_STOP:
            break
        r = table.get(t.low, t.text)
        if r:
            best = (t.start - toks[k - 1].end, r)
            break
    for t in reversed(toks[max(0, i - 10) : i]):
        if t.text in _PUNCT_STOP:
            break
        r = table.get(t.low, t.text)
        if r:
            dist = toks[i].start - t.end
            if best is None or dist < best[0]:
                best = (dist, r)
            break
    return best[1] if best else None

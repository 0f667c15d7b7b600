"""Numbers as written: digits with each locale's separators, and number words.

Digits are *decimal* digits (`str.isdecimal`, Unicode category Nd) of any script, converted
with `unicodedata.decimal` ("٣٤" -> 34); superscripts, subscripts and circled numbers
("²", "₅", "①") are `str.isdigit` but not figures. A figure's magnitude is at most
MAX_FIGURE; non-finite or larger values are not figures.
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache

from babel.numbers import get_decimal_symbol, get_group_symbol
from text_to_num import text2num

from tui.analysis.lexicon import ARTICLES, CONNECTORS, NOT_NUMBER_WORDS, SUPPORTED
from tui.analysis.text import Token

Number = int | float

# Largest figure magnitude (in the written unit, scale words applied): beyond 2**53 a float no
# longer holds every integer, so two such figures cannot be compared digit for digit anyway.
MAX_FIGURE = 1e15
# Longest digit string read as a figure (separators excluded); longer runs are ids or noise.
MAX_DIGITS = 24
# Longest run of number words read as one figure (connectors included). "one billion two
# hundred thirty-four million five hundred sixty-seven thousand eight hundred ninety" is 12.
MAX_NUMBER_WORDS = 16


def is_figure(value: float) -> bool:
    """Finite and within MAX_FIGURE: anything else is not a reported figure."""
    return math.isfinite(value) and abs(value) <= MAX_FIGURE


@lru_cache(maxsize=4096)
def ascii_digits(text: str) -> str | None:
    """`text` with every decimal digit of any script as ASCII ("١٢" -> "12"); None when it
    holds a digit that is not a decimal digit ("⁴²", "①", "₅")."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        value = unicodedata.decimal(ch, None)
        if value is not None:
            out.append(str(value))
        elif ch.isdigit() or unicodedata.numeric(ch, None) is not None:
            return None
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=32)
def decimal_mark(language: str | None) -> str:
    """The locale's decimal mark ("," for pt/de/fr/…, "." for en), via babel."""
    try:
        mark = get_decimal_symbol(language or "en")
    except Exception:  # unknown locale
        mark = "."
    return "," if mark == "," else "."


@lru_cache(maxsize=32)
def groups_with_space(language: str | None) -> bool:
    """Does the locale group thousands with a space ("85 000" in sv, cs, fr, pl, ru), via
    babel? Then "1 100" written with a plain space is one number."""
    try:
        return get_group_symbol(language or "en") in (" ", "\u00a0", "\u202f")
    except Exception:  # unknown locale
        return False


def as_number(value: float) -> Number:
    """Plain JSON number: ints stay ints (12.0 -> 12), floats are rounded sensibly.

    Non-finite values are returned unchanged (callers drop them with `is_figure`)."""
    if not math.isfinite(value):
        return value
    if abs(value - round(value)) < 1e-9:
        return int(round(value))
    return round(value, 6)


def parse_digits(text: str, language: str | None) -> float | None:
    """Parse "1.200" / "6,9" / "1,200" / "1 200" / "12.5" with the article's conventions.

    A separator followed by exactly three digits (and more groups of three) is a thousands
    separator when it is the locale's grouping mark, or when the number has several of them.
    Otherwise it is a decimal mark ("6,9" in pt; "12.5" even in de). Digits of other
    scripts are read by their decimal value; None for anything that is not a figure (see
    the module docstring: non-decimal digits, more than MAX_DIGITS, beyond MAX_FIGURE).
    """
    value = _parse_ascii(ascii_digits(text.replace("\u00a0", "").replace("\u202f", "")), language)
    return value if value is not None and is_figure(value) else None


def _parse_ascii(text: str | None, language: str | None) -> float | None:
    s = (text or "").replace(" ", "")
    if not s or not s.isascii() or len(s) > MAX_DIGITS + MAX_DIGITS // 3:
        return None
    seps = [c for c in s if c in ".,"]
    if len(s) - len(seps) > MAX_DIGITS:
        return None
    if not seps:
        return float(s) if s.isdecimal() else None
    dec = decimal_mark(language)
    group = "." if dec == "," else ","
    parts = s.replace(",", ".").split(".")
    if any(not p.isdecimal() for p in parts):
        return None
    if len(set(seps)) == 2:
        # Both marks present: the last one is the decimal mark ("1.234,5" / "1,234.5").
        last = max(s.rfind(","), s.rfind("."))
        intpart = s[:last].replace(",", "").replace(".", "")
        return float(f"{intpart}.{s[last + 1:]}")
    mark = seps[0]
    grouped = all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
    if len(seps) > 1 and grouped:
        return float("".join(parts))
    if len(seps) > 1:
        return None
    if grouped and mark == group and parts[0] != "0":
        return float("".join(parts))  # "1,200" (en), "1.200" (de); "0.250" stays decimal
    return float(f"{parts[0]}.{parts[1]}")


@lru_cache(maxsize=8192)
def word_value(word: str, language: str) -> int | None:
    """Value of one folded number word ("seventy-two", "dreiundzwanzig", "um"), else None."""
    if word in NOT_NUMBER_WORDS or not word.isalpha() and "-" not in word:
        return None
    try:
        return int(text2num(word, language))
    except Exception:
        return None


def token_word_value(tok: Token, language: str) -> int | None:
    """Value of a number-word token, read folded and, failing that, with its accents:
    text2num knows "fünf" and "zwölf" but not the folded "funf", "zwolf"."""
    value = word_value(tok.low, language)
    if value is None:
        raw = tok.text.lower()
        if raw != tok.low:
            value = word_value(raw, language)
    return value


def _run_value(run: list[Token], language: str) -> int | None:
    value = _phrase_value(" ".join(t.low for t in run), language)
    if value is None:
        raw = " ".join(t.text.lower() for t in run)
        if any(c.isalpha() and not c.isascii() for c in raw):
            value = _phrase_value(raw, language)
    return value


@lru_cache(maxsize=4096)
def _phrase_value(phrase: str, language: str) -> int | None:
    try:
        return int(text2num(phrase, language))
    except Exception:
        return None


def number_words_at(
    tokens: list[Token], i: int, language: str | None
) -> tuple[int, int, bool] | None:
    """A run of number words starting at token `i`: (value, end index exclusive, is_article).

    "vinte e três" -> 23; "one hundred and twenty" -> 120. A lone article-like word ("um",
    "a", "une") is reported with is_article=True so the caller can demand a concept noun.
    A run is at most MAX_NUMBER_WORDS tokens, so the cost per start token is bounded.
    """
    lang = language if language in SUPPORTED else "en"
    tok = tokens[i]
    if not tok.is_word or token_word_value(tok, lang) is None:
        return None
    connectors = CONNECTORS.get(lang, set())
    j = i + 1
    end = j
    limit = min(len(tokens), i + MAX_NUMBER_WORDS)
    while j < limit:
        t = tokens[j]
        if t.start - tokens[j - 1].end > 1:
            break
        if t.low in connectors and j + 1 < limit:
            nxt = tokens[j + 1]
            if (nxt.is_word and token_word_value(nxt, lang) is not None
                    and nxt.low not in ARTICLES):
                j += 1
                continue
            break
        if t.is_word and token_word_value(t, lang) is not None and t.low not in ARTICLES:
            j += 1
            end = j
            continue
        break
    while end > i + 1:
        value = _run_value(tokens[i:end], lang)
        if value is not None:
            return value, end, False
        end -= 1
    value = token_word_value(tok, lang)
    if value is None:
        return None
    return value, i + 1, tok.low in ARTICLES

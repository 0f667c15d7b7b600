"""A name followed by its acronym in brackets: "Zavoda za gozdove Slovenije (ZGS)".

A report that writes "Name (ACR)" says the two are one referent, and a report in another
language often keeps the acronym of the original ("Istituto forestale sloveno (ZGS)"):
the acronym then pairs the two reports' names, which share no word. The name before the
bracket is the phrase whose content words' initials spell the acronym ("Zavoda za
gozdove Slovenije" for ZGS; function words and short lowercase words left out), or else
a capitalised word followed only by lowercase words that are no function words
("Istituto forestale sloveno"). Capitalised words that do not spell the acronym
("Jan Kowalski (PiS)": a party) are not defined by it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.analysis.mentions import CONNECT, STOP_BY_LANGUAGE, Mention
from tui.analysis.sentences import Sentence, sentence_at
from tui.analysis.text import Token, fold

if TYPE_CHECKING:
    from tui.analysis.entities import Entity

_BRACKETED = re.compile(r"\(([^\W\d_]{2,7})\)")
_ELIDED = re.compile(r"^[^\W\d_]{1,4}['’](?=[^\W\d_])")
_MAX_WORDS = 8


def defined_phrases(text: str, tokens: list[Token], language: str | None
                    ) -> list[tuple[str, int, int, str]]:
    """(acronym, start, end, phrase) for each "phrase (ACR)" of the text."""
    out = []
    stop = STOP_BY_LANGUAGE.get(language or "", frozenset()) | CONNECT
    starts = {t.start: k for k, t in enumerate(tokens)}
    for m in _BRACKETED.finditer(text):
        acr = m.group(1)
        if not acr.isupper() or text[m.start() - 1:m.start()] != " ":
            continue
        k = _token_before(tokens, starts, m.start() - 1)
        if k is None:
            continue
        found = _spelling(tokens, k, acr, stop, text) or _head_and_lowercase(tokens, k, stop,
                                                                              text)
        if found is not None:
            s, e = found
            out.append((acr, s, e, text[s:e]))
    return out + _apposed(text, tokens, stop)


def _apposed(text: str, tokens: list[Token], stop: frozenset[str]
             ) -> list[tuple[str, int, int, str]]:
    """"das Eidgenössische Nuklearsicherheitsinspektorat ENSI": an acronym written right
    after the phrase it abbreviates, without brackets. The phrase's content words give
    its letters in order, each word its initial and, a compound, letters inside it."""
    out = []
    for k in range(1, len(tokens)):
        acr = tokens[k].text
        if not (2 <= len(acr) <= 7 and acr.isupper() and acr.isalpha()) or \
                text[tokens[k - 1].end:tokens[k].start] != " " or not tokens[k - 1].is_word:
            continue
        words = _words_back(tokens, k - 1, text)
        for i in range(len(words) - 2, -1, -1):
            content = [fold(_bare(w.text)) for w in words[i:] if w.low not in stop
                       and not (w.text.islower() and len(w.text) <= 3)]
            if _bare(words[i].text)[:1].isupper() and _letters_fit(content, fold(acr)):
                s, e = words[i].start, words[-1].end
                out.append((acr, s, e, text[s:e]))
                break
    return out


def _letters_fit(words: list[str], letters: str) -> bool:
    """Do `words` spell `letters`: each its initial, then letters found in it in order?"""
    if not words or not letters:
        return not words and not letters
    word = words[0]
    if word[:1] != letters[0]:
        return False
    for n in range(1, len(letters) - len(words) + 2):
        if _in_order(letters[1:n], word[1:]) and _letters_fit(words[1:], letters[n:]):
            return True
    return False


def _in_order(sub: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in sub)


def _token_before(tokens: list[Token], starts: dict[int, int], pos: int) -> int | None:
    """The index of the word token ending at `pos`."""
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].end == pos:
            return k if tokens[k].is_word else None
        if tokens[k].end < pos:
            return None
    return None


def _words_back(tokens: list[Token], k: int, text: str) -> list[Token]:
    """Up to _MAX_WORDS words ending at token k, one space apart."""
    out = [tokens[k]]
    while k > 0 and len(out) < _MAX_WORDS and tokens[k - 1].is_word and \
            text[tokens[k - 1].end:tokens[k].start] == " ":
        k -= 1
        out.append(tokens[k])
    return out[::-1]


def _bare(word: str) -> str:
    return word[_ELIDED.match(word).end():] if _ELIDED.match(word) else word


def _spelling(tokens: list[Token], k: int, acr: str, stop: frozenset[str], text: str
              ) -> tuple[int, int] | None:
    """The shortest phrase ending at token k, starting with a capital, whose content
    words' initials are the acronym's letters."""
    words = _words_back(tokens, k, text)
    letters = fold(acr)
    for i in range(len(words) - 1, -1, -1):
        first = _bare(words[i].text)
        if not first[:1].isupper():
            continue
        content = [fold(_bare(w.text))[:1] for w in words[i:] if w.low not in stop
                   and not (w.text.islower() and len(w.text) <= 3)]
        if "".join(content) == letters:
            return words[i].start + len(words[i].text) - len(first), words[-1].end
    return None


def _head_and_lowercase(tokens: list[Token], k: int, stop: frozenset[str], text: str
                        ) -> tuple[int, int] | None:
    """A capitalised word and the one to three lowercase content words after it."""
    words = _words_back(tokens, k, text)
    tail = 0
    for w in reversed(words):
        if w.text[:1].islower() and w.low not in stop and not _ELIDED.match(w.text):
            tail += 1
            continue
        head = _bare(w.text)
        if head[:1].isupper() and 1 <= tail <= 3:
            return w.start + len(w.text) - len(head), words[-1].end
        return None
    return None


def join_defined(clusters: list[Entity], text: str, tokens: list[Token],
                 language: str | None, sentences: Sequence[Sentence]) -> None:
    """Add each "phrase (ACR)" to the entity of its acronym, as a mention written with
    the bracket; mentions of other entities inside the phrase stay where they are."""
    by_acronym = {m.text: e for e in clusters for m in e.mentions if m.text.isupper()}
    for acr, start, end, phrase in defined_phrases(text, tokens, language):
        ent = by_acronym.get(acr)
        if ent is None or " " not in phrase:
            continue
        bracketed = text.startswith(f" ({acr})", end)
        mention = Mention(phrase, start, end, sentence_at(sentences, start), False, False,
                          "org", f"{phrase} ({acr})" if bracketed else f"{phrase} {acr}")
        ent.mentions.append(mention)
        ent.mentions.sort(key=lambda m: m.start)
        if ent.type in ("", "person"):
            ent.type = "org"
        ent.text = max(ent.names, key=lambda s: (len(s.split()), len(s)))
        for other in clusters:  # a cluster of this very span alone is the same name
            if other is not ent:
                other.mentions[:] = [m for m in other.mentions if (m.start, m.end) !=
                                     (start, end)]
    clusters[:] = [e for e in clusters if e.mentions]



def _acronym(name: str) -> bool:
    return 3 <= len(name) <= 7 and name.isalpha() and name.isupper()


def _initials(name: str, stop: frozenset[str]) -> str:
    """The folded initials of a name's content words ("Zakładu Komunikacji Miejskiej":
    "zkm"); the words a name's function words and particles leave out."""
    return "".join(fold(_bare(w))[:1] for w in name.split() if w.lower() not in stop
                   and fold(w) not in stop)


def join_spelled(clusters: list[Entity], language: str | None) -> None:
    """Join an acronym the text writes alone ("ZKM") to the one name of the text whose
    content words' initials spell it ("Zakładu Komunikacji Miejskiej"), when no bracket
    defines it: a report names the body in full once and by its acronym after."""
    names = [e.names for e in clusters]
    acronyms = [k for k, ns in enumerate(names) if all(_acronym(n) for n in ns)]
    if not acronyms:
        return
    stop = STOP_BY_LANGUAGE.get(language or "", frozenset()) | CONNECT
    by_initials: dict[str, set[int]] = {}
    for k, ns in enumerate(names):
        if any(" " in n for n in ns) and not any(_acronym(n) for n in ns):
            for n in ns:
                by_initials.setdefault(_initials(n, stop), set()).add(k)
    for k in acronyms:
        hits = by_initials.get(fold(names[k][0]), set())
        if len(hits) != 1:
            continue
        ent, long_ = clusters[k], clusters[next(iter(hits))]
        if not long_.mentions or any(m.title for m in long_.mentions):
            continue
        ent.mentions = sorted(ent.mentions + long_.mentions, key=lambda m: m.start)
        long_.mentions = []
        if ent.type in ("", "person"):
            ent.type = "org"
        ent.text = max(ent.names, key=lambda s: (len(s.split()), len(s)))
    clusters[:] = [e for e in clusters if e.mentions]

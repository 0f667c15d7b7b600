"""Header lines of clipping tools and news databases, recognised by shape in any language.

A clipping opens with a title and a few metadata lines — "Published on …", "Document Date:
…", "Category: …", "Show on website : [Click Here](#)", a bare outlet line — in whatever
language the tool was set to. The labels come from the [header] sections of the language
files (tui/data/lang/*.toml); the article's language is not known while its header is read,
so every file's labels are tried. Labels are matched on folded text (case and accents do
not matter). Photo credits ("Name/AFP", "Foto: PAP") use the agency list of _common.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tui.analysis import langdata
from tui.analysis.language import normalize_language_code
from tui.analysis.text import fold
from tui.ingest.clean import clean_inline, ends_sentence
from tui.ingest.dates import parse_dated
from tui.ingest.furniture import is_counter_line, is_relative_time_line

_MAX_DATE_LINE = 80
_MAX_NAME_LEN = 40


@dataclass
class Header:
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None
    updated: str | None = None  # an update date never replaces the publication date
    crawl_date: str | None = None
    other_date: str | None = None  # a date under a label no language file knows
    tags: list[str] = field(default_factory=list)

    def fallback_date(self) -> str | None:
        """When there is no publication date: the earliest other date of the header.

        An update, a document or a capture date is never earlier than the publication, and
        a date under a label no file knows may be any of them or the publication's own.
        """
        dated = [(found.iso, value) for value in (self.other_date, self.updated, self.crawl_date)
                 if value and (found := parse_dated(value)) is not None]
        if dated:
            return min(dated)[1]
        return self.other_date or self.updated or self.crawl_date


@lru_cache(maxsize=1)
def _labels() -> dict[str, tuple[str, ...]]:
    """Header key -> folded labels of every language file, longest first."""
    found: dict[str, set[str]] = {}
    for code in (langdata.COMMON, *langdata.languages()):
        data = langdata.common() if code == langdata.COMMON else langdata.load(code)
        for key, labels in (data or {}).get("header", {}).items():
            found.setdefault(key, set()).update(fold(label) for label in labels)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in found.items()}


def _alt(*keys: str) -> str:
    labels = [label for key in keys for label in _labels().get(key, ())]
    labels.sort(key=len, reverse=True)
    return "|".join(re.escape(label) for label in labels) or r"(?!)"


_END = r"(?![\w])"  # a label ends at a word boundary ("print" is not "printing")


def _boilerplate_pattern() -> str:
    """Ad markers, newsletter, subscription and cookie lines: a one-word phrase
    ("Anzeige", "Reklama") only as the whole line, a longer one at the line's start."""
    phrases = sorted(_labels().get("boilerplate", ()), key=len, reverse=True)
    words = "|".join(re.escape(p) for p in phrases if " " not in p) or r"(?!)"
    longer = "|".join(re.escape(p) for p in phrases if " " in p) or r"(?!)"
    return rf"^(?:(?:{words})[\W_]*$|(?:{longer}){_END})"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "published": re.compile(rf"^(?:{_alt('published')}){_END}\s*[:\-–]?\s*(?P<value>.+)$"),
        "date": re.compile(rf"^(?:{_alt('date')})\s*:\s*(?P<value>.+)$"),
        "updated": re.compile(rf"^(?:{_alt('updated')}){_END}\s*[:\-–]?\s*(?P<value>.+)$"),
        "crawled": re.compile(
            rf"^(?:{_alt('document_date', 'crawled')}){_END}\s*[:\-–]?\s*(?P<value>.+)$"),
        "field": re.compile(
            rf"^(?P<key>{_alt('source', 'url', 'language', 'tags')})\s*:\s*(?P<value>.*)$"),
        "noise": re.compile(rf"^(?:{_alt('noise')}){_END}"),
        "related": re.compile(rf"^(?:{_alt('related')})\s*[:：»›→]\s*\S"),
        "boilerplate": re.compile(_boilerplate_pattern()),
        "byline": re.compile(rf"^(?:{_alt('byline')})(?P<colon>\s*[:：])?\s+(?P<value>\S.*)$"),
        "staff": re.compile(
            rf"^(?:(?:{_alt('byline')})\s*[:：]?\s+)?(?:{_alt('staff')})[\W_]*$"),
        "credit": re.compile(
            rf"^(?:{_alt('credit')})s?(?:\s*[:：©]|(?<=\.))\s*\S.{{0,120}}$"
            rf"|^(?:{_alt('credit')})s?\s+(?:{_alt('byline')})\s+\S.{{0,80}}$"
            rf"|^[(\[](?:{_alt('credit')})[^)\]]{{0,80}}[)\]]$"),
    }


@lru_cache(maxsize=1)
def _field_kinds() -> dict[str, str]:
    kinds: dict[str, str] = {}
    for key in ("source", "url", "language", "tags"):
        for label in _labels().get(key, ()):
            kinds.setdefault(label, key)
    return kinds


@lru_cache(maxsize=1)
def agencies() -> re.Pattern[str]:
    names = langdata.common().get("agencies", {}).get("names", [])
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or r"(?!)"
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


def _folded(line: str) -> tuple[str, list[int]]:
    """The folded line and, for each folded character, its index in `line`."""
    folded = fold(line)
    if len(folded) == len(line):
        return folded, list(range(len(line)))
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(line):
        piece = fold(ch)
        out.append(piece)
        index.extend([i] * len(piece))
    return "".join(out), index


# Link furniture: "[Click Here](#)", "Show on website : [Click Here](#)" in any language.
_LINK_RE = re.compile(r"^(?:[^:\[\]]{1,40}:\s*)?\[[^\]]{0,40}\]\(#?[^)]{0,200}\)$")
# A bare domain, also with letters beyond ASCII ("aħbarijiet.mt", "новини.укр").
_DOMAIN_RE = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<domain>(?:[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?\.)+"
    r"[^\W\d_]{2,24})/?$",
    re.IGNORECASE,
)
_URL_LINE_RE = re.compile(r"^https?://\S+$", re.IGNORECASE)
_HASHTAGS_RE = re.compile(r"^#[^\W_][\w-]{0,40}(?:\s+#[^\W_][\w-]{0,40}){0,15}$")
# "Label: value" before the body: a short label (at most three words) and a short value.
_LABEL_VALUE_RE = re.compile(r"^(?P<label>[^\W\d_][^:]{0,30}?)\s*:\s*(?P<value>\S.{0,79})$")
# Lowercase words allowed inside a name, an outlet or an agency credit.
NAME_CONNECTORS = frozenset({
    "de", "da", "do", "das", "dos", "di", "del", "della", "du", "des", "van", "von", "der",
    "den", "la", "le", "el", "y", "e", "et", "und", "and", "of", "the", "via", "através",
    "über", "für", "per", "par", "para", "por", "&", "for", "com", "con", "i", "a", "och",
    "og", "en", "na", "w", "z", "het", "am", "im", "zu",
})  # fmt: skip


def is_noise(line: str) -> bool:
    """Clipping-tool furniture with no information ("Read more", "[Click Here](#)",
    "Lesezeit: 2 Minuten", "Комментарии (14)", "Lue myös: …" before a linked headline)."""
    if _LINK_RE.match(line) or is_counter_line(line):
        return True
    if len(line) > 120:
        return False
    folded = _folded(line)[0]
    if (match := _patterns()["noise"].match(folded)) and _link_text_rest(line, match.end()):
        return True
    return any(_patterns()[key].match(folded) for key in ("related", "boilerplate"))


_LINK_REST_RE = re.compile(r"^[\W_]*$|^(?:\s*[^\s:：»›→|(\[]+){0,2}\s*[:：»›→|(\[]")
_MAX_LINK_REST_WORDS = 3


def _link_text_rest(line: str, end: int) -> bool:
    """What follows a link label ("Share", "Read more", "Drucken") on its line: nothing, a
    colon or arrow ("Share on: Facebook | X"), or a few words that end no sentence; "Share
    prices fell on Tuesday." is a sentence of the body."""
    rest = line[end:]
    if _LINK_REST_RE.match(rest):
        return True
    return not ends_sentence(line) and len(rest.split()) <= _MAX_LINK_REST_WORDS


_DESCRIBED_NAME_RE = re.compile(r"(?P<name>.+?)\s+[–—-]\s+[^\W\d_]+")
# A number glued to a name's first or last word ("Pogranicze24", "24sata"); a road or a
# flight ("A7", "M7") has fewer letters.
_GLUED_NUMBER_RE = re.compile(r"\d{1,4}[^\W\d_]{3,}|[^\W\d_]{3,}\d{1,4}")


def _without_glued_number(word: str) -> str:
    """A name's word without the number glued to it ("24sata" -> "Sata")."""
    if not _GLUED_NUMBER_RE.fullmatch(word):
        return word
    letters = word.strip("0123456789")
    return letters.capitalize() if word[0].isdigit() else letters


def is_outlet_name(line: str, sentence_case: bool = False) -> bool:
    """A short name on its own line ("Harbour Evening Post"): capitalised words, no figure
    but one glued to a word ("Pogranicze24", "24sata").

    With `sentence_case` (a line inside the header block, between metadata lines) only the
    first word must be capitalised, as many languages write outlet names ("Karlovački
    tjednik", "Черноморский вестник", "Nuacht an Iarthair"); at most four words then.
    """
    if described := _DESCRIBED_NAME_RE.fullmatch(line):
        line = described["name"]  # "Erdélyi Napló – online": a name and a one-word descriptor
    words = line.split()
    if not words or len(words) > 5 or len(line) > _MAX_NAME_LEN:
        return False
    words = [_without_glued_number(w) for w in words]
    if any(ch.isdigit() or ch in ".,;:!?()[]/\"|" for ch in "".join(words)):
        return False
    if not words[0][0].isupper():
        return False
    if sentence_case and len(words) <= 4 and all(w[0].isalpha() for w in words):
        return True
    return all(w[0].isupper() or w.lower() in NAME_CONNECTORS or _elided_name(w)
               for w in words)


def _elided_name(word: str) -> bool:
    """An elided article or preposition before a capitalised word: "l'Ain", "dell'Umbria"."""
    head, mark, name = word.replace("’", "'").partition("'")
    return bool(mark) and 1 <= len(head) <= 4 and name[:1].isupper()


_NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_MIN_COMPOUND_HEAD = 4  # "Sydvestposten", "Weserkurier": a masthead noun closes a compound


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[str]:
    return frozenset(_labels().get("outlet_words", ()))


def has_outlet_word(line: str) -> bool:
    """Whether a name-shaped line holds a masthead noun of some language ("Kurzemes Vārds",
    "Подільські вісті", "Sydvestposten"), alone or closing a compound."""
    words = _outlet_words()
    for word in _NAME_WORD_RE.findall(fold(line)):
        if word in words or any(
            len(w) >= _MIN_COMPOUND_HEAD and len(word) >= len(w) + 3 and word.endswith(w)
            for w in words
        ):
            return True
    return False


def _value(line: str, match: re.Match[str], index: list[int]) -> str:
    return line[index[match.start("value")]:].strip()


def _dated(line: str, folded: str, index: list[int], header: Header) -> bool:
    p = _patterns()
    match = p["crawled"].match(folded)
    if match:
        header.crawl_date = header.crawl_date or _value(line, match, index)
        return True
    match = p["updated"].match(folded)
    if match and len(line) <= _MAX_DATE_LINE and any(ch.isdigit() for ch in match["value"]):
        header.updated = header.updated or _value(line, match, index)
        return True
    match = p["published"].match(folded) or p["date"].match(folded)
    if match and len(line) <= _MAX_DATE_LINE and any(ch.isdigit() for ch in match["value"]):
        header.published = header.published or _value(line, match, index)
        return True
    return False


def _field(line: str, folded: str, index: list[int], header: Header) -> bool:
    match = _patterns()["field"].match(folded)
    if not match:
        return False
    kind = _field_kinds()[match["key"]]
    value = _value(line, match, index)
    if kind == "source":
        header.source = header.source or clean_inline(value) or None
    elif kind == "url":
        header.url = header.url or value or None
    elif kind == "language":
        header.language = header.language or value or None
    else:  # tags, categories: skip empty bits and language names ("English")
        for part in re.split(r"\s*[;|]\s*", value):
            if _dated_part(part, header):
                continue  # "Kategorija: Regija | Ažurirano 28.11.2026. u 9:30"
            for bit in re.split(r"\s*,\s*", part):
                tag = bit.strip(" -–—")
                if tag and not normalize_language_code(tag):
                    header.tags.append(tag)
    return True


def _dated_part(part: str, header: Header) -> bool:
    """A labelled or bare date sharing a line with other fields ("By Ana Petrova | Europe |
    14 May 2026"): recorded as the label says; a bare one as a date under no label."""
    part = part.strip()
    folded, index = _folded(part)
    if _dated(part, folded, index, header):
        return True
    if (value := unlabelled_date(part)) is not None:
        note_other_date(header, value)
        return True
    return False


def _is_byline(line: str, match: re.Match[str], index: list[int]) -> bool:
    """ "By Mark Vella", "Szerző: Kovács Enikő", "Por Ana Gil (Efe)": a short line whose
    value is capitalised; without a colon the value is a name ("Minn Għawdex għal Malta"
    is a headline, "Di Maio resigns" a sentence)."""
    value = line[index[match.start("value")]:]
    if len(line) > 60 or ends_sentence(line) or not value[:1].isupper():
        return False
    return bool(match["colon"]) or is_outlet_name(_without_dateline(
        re.split(r"\s*[,|/–—(]\s*", value)[0]))


_MAX_DATELINE_WORD = 4


def _without_dateline(value: str) -> str:
    """A byline's name without the place it was filed from ("Hannah Cole in Bodrum",
    "Anna Nowak z Gdańska"): a short lowercase word and one capitalised word at the end."""
    words = value.split()
    if len(words) >= 4 and words[-2].islower() and len(words[-2]) <= _MAX_DATELINE_WORD and (
            words[-1][:1].isupper()):
        return " ".join(words[:-2])
    return value


def is_byline(line: str) -> bool:
    """A byline alone on its line ("By Mark Vella", "di Giulia Ferrari")."""
    folded, index = _folded(line)
    match = _patterns()["byline"].match(folded)
    return bool(match) and _is_byline(line, match, index)


def read_metadata(line: str, header: Header) -> bool:
    """Record `line` in `header` if it is a metadata line; whether it was one."""
    if is_noise(line):
        return True
    folded, index = _folded(line)
    if _dated(line, folded, index, header) or _field(line, folded, index, header):
        return True
    if _patterns()["staff"].match(folded):
        return True  # the newsroom signs: "Par la rédaction", "Redakcja"
    byline = _patterns()["byline"].match(folded)
    if byline and _is_byline(line, byline, index):
        for part in re.split(r"\s*[|·•]\s*", line)[1:]:
            _dated_part(part, header)  # the date a byline carries ("By Ana Petrova | 14 May")
        return True  # a byline: no field for it, and not body text
    if _HASHTAGS_RE.match(line):
        header.tags.extend(tag.lstrip("#") for tag in line.split())
        return True
    if _URL_LINE_RE.match(line):
        header.url = header.url or line
        return True
    domain = _DOMAIN_RE.match(line)
    if domain and not domain["domain"].split(".")[0].isdigit():  # "24ur.si", not "1.Liga"
        header.source = header.source or domain["domain"].lower()
        return True
    return False


# A date's first word: a number, also behind a clitic article or preposition ("fil-5").
_DAY_START_RE = re.compile(r"^(?:[^\W\d_]{1,4}[-'’])?\d")


_TIME_LINE_RE = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*[^\W\d_]{1,4}\.?)?$")
_MAX_BARE_DATE_WORDS = 3
# A time of day inside a date line with its short words: the word before it ("at", "um",
# "kl.", "в") and up to three after it ("a.m. EST", "Uhr", "ч."), which are no sentence.
_TIME_PART_RE = re.compile(
    r"(?:(?<!\w)[^\W\d_]{1,5}\.?\s+)?(?<!\d)\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?!\d)"
    r"(?:\s*[^\W\d_]{1,4}\.?(?!\w)){0,3}")


def _date_words(line: str) -> int:
    """How many words a date line has beside its numbers and its time of day."""
    return len(re.findall(r"[^\W\d_]+", _TIME_PART_RE.sub(" ", line)))


def is_time_line(line: str) -> bool:
    """A time of day alone on its line ("10:15 Uhr", "18h40"), or a time counted back
    from now ("2 hours ago", "vor 3 Stunden aktualisiert")."""
    return bool(_TIME_LINE_RE.match(line)) or is_relative_time_line(line)


def _bare_date(line: str) -> str | None:
    """A date alone on its line ("04.03.2026, 10:15 Uhr", "4. März 2026 um 10:15"): it
    parses, and beside the numbers it has at most a month, a weekday and a short word."""
    if len(line) > _MAX_DATE_LINE or not _DAY_START_RE.match(line):
        return None
    if _date_words(line) > _MAX_BARE_DATE_WORDS:
        return None
    return line if parse_dated(line) is not None else None


def _month_first_date(line: str) -> bool:
    """ "December 1, 2026", "Monday, Dec. 1, 2026": a date alone that opens with a word —
    a year and at most a weekday and a month beside the numbers."""
    if not re.search(r"\b\d{4}\b", line) or ends_sentence(line):
        return False
    if _date_words(line) > _MAX_BARE_DATE_WORDS:
        return False
    return parse_dated(line) is not None


def unlabelled_date(line: str) -> str | None:
    """ "Vydáno 12. března 2026", "Arna fhoilsiú 4 Márta 2026", "04.03.2026 10:15": a
    date alone or after up to three words, no colon — the value when the rest is a date."""
    words = line.split()
    if words and words[0][:1].isdigit():
        return _bare_date(line)
    if len(line) > _MAX_DATE_LINE or not words or not words[0][:1].isalpha():
        return None
    if _month_first_date(line):
        return line
    for k in range(1, min(3, len(words) - 1) + 1):
        if not all(w.rstrip(".,").isalpha() for w in words[:k]):
            break
        rest = " ".join(words[k:])
        if _DAY_START_RE.match(rest) and parse_dated(rest) is not None:
            return rest
    return None


def note_other_date(header: Header, value: str) -> None:
    """Keep the earliest date seen under labels no file knows."""
    if header.other_date is None:
        header.other_date = value
        return
    new, old = parse_dated(value), parse_dated(header.other_date)
    if new is not None and (old is None or new.iso < old.iso):
        header.other_date = value


def read_label_line(line: str, header: Header) -> bool:
    """A short "Label: value" line before the body, under a label no file knows; or a
    date under an unknown label without a colon."""
    match = _LABEL_VALUE_RE.match(line)
    if not match or len(match["label"].split()) > 3 or ends_sentence(line):
        if is_time_line(line):
            return True  # a time of day alone ("10:15 Uhr"): the date is elsewhere
        value = unlabelled_date(line)
        if value is None:
            return False
        note_other_date(header, value)
        return True
    value = match["value"]
    if any(ch.isdigit() for ch in value) and len(line) <= _MAX_DATE_LINE and (
        parse_dated(value) is not None
    ):
        note_other_date(header, value)
    return True


def is_credit_word_line(line: str) -> bool:
    """ "Foto: …", "Fot. …", "(Photo: …)", "Photo by …" — a credit introduced by a credit
    word; or closed by one after capitalised names ("BNS nuotr.", "Reuters Foto")."""
    return bool(_patterns()["credit"].match(_folded(line)[0])) or is_credit_word_last(line)


_MAX_CREDIT_NAMES = 4


def is_credit_word_last(line: str) -> bool:
    """A credit word after up to four capitalised names; a full stop only as the word's
    own abbreviation mark ("BNS nuotr."), since "Das zeigt das Foto." is a sentence."""
    parts = line.split()
    words, last = parts[:-1], fold(parts[-1]) if parts else ""
    if not words or len(words) > _MAX_CREDIT_NAMES or not all(w[:1].isupper() for w in words):
        return False
    credits = _labels().get("credit", ())
    return last in credits or (last.rstrip(".") in credits and not last.endswith("."))


_INITIAL_END_RE = re.compile(r"(?<![\w.])[^\W\d_]\.$")


def ends_with_initial(line: str) -> bool:
    """Whether a line's final full stop closes an initial ("Γιώργος Κ."), not a sentence."""
    return bool(_INITIAL_END_RE.search(line.rstrip()))


_COPYRIGHT_RE = re.compile(r"^(?:©|\(c\)|copyright\s*(?=[©\d]))\s*\S.{0,100}$", re.IGNORECASE)
_AGENCY_GLUE_RE = re.compile(r"[\s/,&+|()\-–—]+|\b(?:via|and|und|et|y|e|i|og|och|ja)\b")


def is_copyright_line(line: str) -> bool:
    """ "© Reuters", "© 2026 Kurier Nadmorski", "(c) Harbour Post": a copyright notice."""
    return bool(_COPYRIGHT_RE.match(line))


def is_agency_line(line: str) -> bool:
    """A line of agency names alone ("Getty Images", "AFP via Getty Images", "Reuters")."""
    if len(line) > 80 or not agencies().search(line):
        return False
    return not _AGENCY_GLUE_RE.sub("", agencies().sub("", line))

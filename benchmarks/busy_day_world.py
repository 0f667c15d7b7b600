"""The invented world of the busy-day benchmark: stories, and reports of them in nine languages.

Everything is generated from templates of our own (benchmarks/busy_day/<lang>.toml) with a
seeded random generator, so a seed always gives the same archive. Places and people are
invented; countries are real (their names in each language come from babel).
"""

from __future__ import annotations

import random
import tomllib
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

from babel import Locale

from tui.models import Article

TEMPLATES = Path(__file__).with_name("busy_day")
LANGS = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk")
COUNTRIES = ("FR", "DE", "ES", "IT", "PT", "NL", "PL", "RO", "GR", "CL", "PE", "MX", "BR",
             "TR", "MA", "HR", "RS", "CZ", "HU", "BG")
KINDS = ("quake", "storm", "flood", "fire", "wildfire", "strike", "accident", "rescue", "vote",
         "airstrike")
# What each kind of story reports, and who is quoted.
FIGURES = {
    "quake": ("killed", "injured", "homes"),
    "storm": ("killed", "evacuated", "homes", "wind"),
    "flood": ("killed", "evacuated", "homes"),
    "fire": ("killed", "injured"),
    "wildfire": ("hectares", "evacuated"),
    "strike": ("trains",),
    "accident": ("killed", "injured"),
    "rescue": ("rescued",),
    "vote": ("votes",),
    "airstrike": ("killed", "injured"),
}
ROLES = {
    "quake": ("mayor",), "storm": ("mayor",), "flood": ("mayor", "governor"), "fire": ("mayor",),
    "wildfire": ("governor",), "strike": ("spokesperson", "minister"), "accident": ("governor",),
    "rescue": ("spokesperson",), "vote": ("minister",), "airstrike": ("governor",),
}
RANGES = {"killed": (1, 30), "injured": (3, 120), "homes": (20, 3000), "evacuated": (50, 9000),
          "wind": (90, 190), "hectares": (200, 20000), "trains": (300, 4000),
          "rescued": (2, 40), "votes": (150, 320)}


def _names(text: str) -> list[str]:
    return text.split()


_FIRST = _names("Ana Marek Elena Luca Sofia Tomas Ines Pavel Clara Jonas Nadia Emil Lea Viktor "
          "Irena Mateo Olga Daniel Rosa Hugo Vera Adrian Mila Stefan Lina Oskar Dora Filip "
          "Zora Bruno")
_ONSETS = _names("b d k l m n p r s t v z br dr kr st tr gr sl č š ž h f g")
_VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o"]
_CODAS = ["", "", "n", "r", "l", "s", "k", "m"]
_SURNAME_ENDS = ["", "", "ić", "escu", "ov", "ez", "elli", "ard", "sen", "ak"]
_CYR = {"a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и",
        "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с",
        "t": "т", "u": "у", "f": "ф", "h": "х", "c": "ц", "č": "ч", "š": "ш", "ž": "ж",
        "j": "й", "y": "и", "w": "в", "x": "кс", "q": "к", "ć": "ч", "é": "е", "á": "а"}
_OFFSETS = {"en": 0, "fr": 1, "de": 1, "es": 1, "it": 1, "pt": 0, "nl": 1, "ru": 3, "uk": 2}


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(_CODAS)).capitalize()


def spell(name: str, lang: str, rng: random.Random) -> str:
    """How an outlet in `lang` writes an invented name (transliterated, diacritics, ...)."""
    if lang in ("ru", "uk"):
        low = name.lower()
        out = "".join(_CYR.get(ch, ch) for ch in low)
        return " ".join(w[:1].upper() + w[1:] for w in out.split())
    if lang == "de":
        for a, b in (("č", "tsch"), ("š", "sch"), ("ž", "sch"), ("ć", "tsch")):
            name = name.replace(a, b)
        name = name.replace("Č", "Tsch").replace("Š", "Sch").replace("Ž", "Sch")
        return _fold(name)
    if lang == "fr":
        return _fold(name)  # French papers mostly drop the háček: "Zizek" for "Žižek"
    return _fold(name) if rng.random() < 0.5 else name


@lru_cache(maxsize=16)
def templates(lang: str) -> dict:
    return tomllib.loads((TEMPLATES / f"{lang}.toml").read_text("utf-8"))


@lru_cache(maxsize=512)
def country_name(code: str, lang: str) -> str:
    return Locale.parse(lang).territories.get(code, code)


@dataclass
class Person:
    first: str
    last: str

    def written(self, lang: str, rng: random.Random) -> str:
        full = f"{self.first} {self.last}" if rng.random() < 0.6 else self.last
        return spell(full, lang, rng)


@dataclass
class Country:
    code: str
    capital: str
    towns: list[str]
    mayors: dict[str, Person]
    rivers: list[str]
    unions: list[str]
    ministers: list[Person]


@dataclass
class Story:
    id: str
    kind: str
    country: str
    place: str
    when: datetime
    figures: dict[str, float]
    people: dict[str, Person] = field(default_factory=dict)
    district: str | None = None
    river: str | None = None
    union: str | None = None
    other: str | None = None  # the neighbouring country a rescue story names


class World:
    """Countries with invented towns, rivers, unions and officials."""

    def __init__(self, seed: int, towns_per_country: int = 24) -> None:
        self.seed = seed
        self.rng = rng = random.Random(seed)
        used: set[str] = set()

        def unique(syllables: int) -> str:
            while True:
                word = _word(rng, syllables)
                if _fold(word).lower() not in used:
                    used.add(_fold(word).lower())
                    return word

        def person() -> Person:
            last = unique(rng.choice((2, 3))) + rng.choice(_SURNAME_ENDS)
            return Person(rng.choice(_FIRST), last)

        self.countries: dict[str, Country] = {}
        for code in COUNTRIES:
            towns = [unique(rng.choice((2, 3))) for _ in range(towns_per_country)]
            self.countries[code] = Country(
                code, unique(3), towns, {t: person() for t in towns},
                [unique(2) for _ in range(6)],
                ["".join(rng.choice("ABCDFGLMNPRSTU") for _ in range(3)) for _ in range(3)],
                [person() for _ in range(16)],
            )
        self.districts = {code: [unique(2) for _ in range(12)] for code in COUNTRIES}
        self.person = person
        self.recent: dict[tuple[str, str], int] = {}  # (kind, place) -> the last day told
        self.ministers_busy: dict[int, int] = {}


def _figures(kind: str, rng: random.Random) -> dict[str, float]:
    out: dict[str, float] = {}
    for name in FIGURES[kind]:
        lo, hi = RANGES[name]
        out[name] = rng.randint(lo, hi)
    if kind == "quake":
        out["magnitude"] = round(rng.uniform(4.5, 7.4), 1)
    if kind == "vote":
        out["against"] = rng.randint(60, 200)
    return out


def _story(world: World, sid: str, kind: str, code: str, when: datetime,
           place: str | None = None) -> Story:
    rng = world.rng
    country = world.countries[code]
    if kind in ("vote", "strike"):
        place = country.capital
    place = place or rng.choice(country.towns)
    story = Story(sid, kind, code, place, when, _figures(kind, rng))
    for role in ROLES[kind]:
        if role == "mayor":
            story.people[role] = country.mayors.get(place) or world.person()
        elif role == "minister":
            # A minister carries one bill at a time: not the one of a vote days ago.
            busy = {m for m, d in world.ministers_busy.items() if when.toordinal() - d < 8}
            story.people[role] = rng.choice([m for m in country.ministers if id(m) not in busy])
            world.ministers_busy[id(story.people[role])] = when.toordinal()
        else:
            story.people[role] = world.person()
    story.river = rng.choice(country.rivers)
    story.union = rng.choice(country.unions)
    story.district = rng.choice(world.districts[code])
    if kind == "rescue":
        story.other = rng.choice([c for c in COUNTRIES if c != code])
    return story


def day_stories(world: World, day: int, start: datetime, count: int) -> list[Story]:
    """One news day: look-alike pairs first, then stories of any kind anywhere."""
    rng = world.rng
    base = start + timedelta(days=day)

    def at() -> datetime:
        return base + timedelta(hours=rng.uniform(0, 20))

    out: list[Story] = []
    c1, c2, a, b = rng.sample(COUNTRIES, 4)
    towns = rng.sample(world.countries[c1].towns, 2)
    out += [_story(world, f"d{day}-storm{i}", "storm", c1, at(), t) for i, t in enumerate(towns)]
    out += [_story(world, f"d{day}-vote{i}", "vote", c2, at()) for i in range(2)]
    rescue = _story(world, f"d{day}-rescue", "rescue", a, at())
    rescue.other = b  # the air strike's country
    out += [rescue, _story(world, f"d{day}-airstrike", "airstrike", b, at())]
    if day % 2 == 0:  # a fire every other day in this week's fire city
        block = random.Random(world.seed * 1000 + day // 6)
        code = block.choice(COUNTRIES)
        city = block.choice(world.countries[code].towns)
        fire = _story(world, f"d{day}-fire-city", "fire", code, at(), city)
        fire.district = world.districts[code][day % 12]  # another street, another fire
        out.append(fire)
    def told(story: Story) -> tuple[str, str]:
        who = story.people.get("minister")
        return story.kind, story.place + (who.last if who and story.kind == "vote" else "")

    for story in out:
        world.recent[told(story)] = day
    while len(out) < count:
        kind = rng.choice(KINDS)
        story = _story(world, f"d{day}-{len(out)}{kind}", kind, rng.choice(COUNTRIES), at())
        # The same kind of event in the same town within a week would be one story to any
        # reader: the look-alikes above are the hard cases, on purpose.
        if day - world.recent.get(told(story), -99) > 7:
            world.recent[told(story)] = day
            out.append(story)
    return out


def _number(value: float, lang: str) -> str:
    if value != int(value):
        text = f"{value:.1f}"
        return text if lang == "en" else text.replace(".", ",")
    n = int(value)
    sep = templates(lang)["thousands"]
    return f"{n:,}".replace(",", sep) if n >= 1000 else str(n)


def _reported(name: str, value: float, rng: random.Random) -> float:
    """Reports disagree a little: a different toll, a rounded count, a revised magnitude."""
    if name in ("votes", "against") or rng.random() < 0.55:
        return value
    if name == "magnitude":
        return round(value + rng.choice((-0.1, 0.1)), 1)
    if value < 20:
        return max(1, value + rng.choice((-2, -1, 1, 2)))
    return round(value, -2) if value >= 1000 and rng.random() < 0.5 else round(value * 1.05)


def report(story: Story, lang: str, rng: random.Random, outlet: str) -> Article:
    """One outlet's report of `story` in `lang`."""
    t = templates(lang)
    slots = {
        "place": spell(story.place, lang, rng),
        "country": country_name(story.country, lang),
        "other": country_name(story.other, lang) if story.other else "",
        "district": spell(story.district or "", lang, rng),
        "river": spell(story.river or "", lang, rng),
        "union": story.union or "",
        "capital": spell(WORLD_CAPITALS.get(story.country, ""), lang, rng),
        "magnitude": _number(_reported("magnitude", story.figures.get("magnitude", 0), rng), lang),
        "person": story.people["minister"].written(lang, rng) if story.kind == "vote" else "",
    }
    sentences = [t["lead"][story.kind].format(**slots)]
    extra: list[str] = []
    names = [n for n in FIGURES[story.kind] if rng.random() < 0.8] or [FIGURES[story.kind][0]]
    for name in names:
        n = _number(_reported(name, story.figures[name], rng), lang)
        m = _number(story.figures.get("against", 0), lang)
        extra.append(t["fig"][name].format(n=n, m=m))
    for role, who in story.people.items():
        if rng.random() < 0.75:
            extra.append(t["quote"][role].format(person=who.written(lang, rng)))
    if rng.random() < 0.4:
        extra.append(t["quote"]["closing"].format(**slots))
    rng.shuffle(extra)
    body = " ".join(sentences + extra)
    title = t["title"].format(kind=t["kind"][story.kind], place=slots["place"])
    zone = timezone(timedelta(hours=_OFFSETS[lang]))
    published = (story.when + timedelta(hours=rng.uniform(0.5, 40))).astimezone(zone)
    slug = "".join(c for c in _fold(outlet).lower() if c.isalnum()) or lang
    return Article(
        title=title, body=body, source=outlet, language=lang,
        url=f"https://{slug}.example/{story.id}/{lang}",
        published=published.isoformat(timespec="minutes"), format="benchmark",
        origin=story.id,
    )


WORLD_CAPITALS: dict[str, str] = {}


def generate(seed: int, days: int, per_day: int, reports: tuple[int, int]
             ) -> list[tuple[Article, str]]:
    """All reports of `days` busy news days, in publication order, with their story ids."""
    world = World(seed)
    rng = world.rng
    WORLD_CAPITALS.clear()
    WORLD_CAPITALS.update({c: w.capital for c, w in world.countries.items()})
    start = datetime(2026, 1, 5, 6, tzinfo=UTC)
    out: list[tuple[Article, str]] = []
    for day in range(days):
        for story in day_stories(world, day, start, per_day):
            for lang in rng.sample(LANGS, rng.randint(*reports)):
                outlet = rng.choice(templates(lang)["outlets"])
                out.append((report(story, lang, rng, outlet), story.id))
    out.sort(key=lambda pair: datetime.fromisoformat(pair[0].published or ""))
    return out

"""Varied, realistic-looking news prose of our own, generated deterministically.

Used by the import benchmarks and the reliability tests. Articles come in stories: each
story (a kind of event in an invented town, with its own people and figures) is told by
one to four outlets within two days, in different words; no two articles are alike, so
nothing benefits from repeated text, and the stories give event grouping real work.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

_ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "r", "s",
           "st", "t", "tr", "v", "z"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]
_CODAS = ["", "n", "r", "l", "s", "m", "nd", "rt", "sk", "th"]
_FIRST = ["Mara", "Jonas", "Ilse", "Tomasz", "Aiko", "Rui", "Elena", "Pieter", "Ana", "Hugo",
          "Sofia", "Kaito", "Leila", "Oskar", "Nadia", "Iker", "Freya", "Marek", "Talia", "Ezra"]
KINDS = [
    ("Storm", "winds of {n} km/h tore roofs from {m} houses"),
    ("Floods", "the river rose {n} centimetres overnight and {m} families left their homes"),
    ("Wildfire", "{n} firefighters fought a blaze that burned {m} hectares of pine forest"),
    ("Rail strike", "{n} rail workers walked out and {m} trains were cancelled"),
    ("Earthquake", "a magnitude {d} earthquake damaged {m} buildings"),
    ("Bus crash", "a bus carrying {n} passengers left the road, injuring {m}"),
    ("Council vote", "the council approved the new budget by {n} votes to {m}"),
]
FILLER = [
    "Officials said the situation was under control by the evening.",
    "Residents described hours of uncertainty as the news spread.",
    "Local radio interrupted its programmes to broadcast instructions.",
    "The regional government promised an inquiry within weeks.",
    "Schools in the district will stay closed until further notice.",
    "Volunteers set up a kitchen in the sports hall near the station.",
    "Opposition members criticised the response as slow and confused.",
    "Insurance companies opened hotlines for claims on Tuesday.",
    "Witnesses said the first warning came shortly after midnight.",
    "The mayor thanked emergency services in a short statement.",
    "Traffic was diverted through the old town for most of the day.",
    "A spokesperson declined to give further details.",
    "Shops on the main square reopened in the afternoon.",
    "Engineers will inspect the bridges before they are opened again.",
]


TEMPLATES = [
    "{who} of the {org} said {n} {noun} had been {verb} near {spot} by {hour} o'clock.",
    "According to the {org}, {n} {noun} were {verb} in the {spot} district.",
    "{who}, who lives in {spot}, said the {noun} on her street had been {verb} twice.",
    "The {org} estimated the cost at {n} million euros, well above the {m} million forecast.",
    "About {n} {noun} in {spot} were {verb}, {who} told reporters on {day}.",
    "On {day}, {who} asked the {org} to send {n} more {noun} to {spot}.",
    "Figures from the {org} showed {n} {noun} {verb} since {day}, against {m} a year ago.",
    "{who} warned that the {noun} near {spot} could be {verb} again within {m} days.",
]
SLOTS = {
    "org": ["regional fire service", "civil protection agency", "port authority", "red cross",
            "transport ministry", "weather office", "hospital trust", "water board",
            "police", "chamber of commerce", "teachers' union", "coast guard"],
    "noun": ["homes", "roads", "cars", "boats", "schools", "shops", "bridges", "farms",
             "flights", "trains", "patients", "volunteers", "tractors", "sheep", "trees"],
    "verb": ["damaged", "closed", "evacuated", "inspected", "repaired", "cancelled",
             "cleared", "flooded", "reopened", "checked"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def _sentence(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        who=f"{rng.choice(_FIRST)} {_name(rng, 2)}", spot=_name(rng, 2),
        n=rng.randint(2, 950), m=rng.randint(2, 90), hour=rng.randint(1, 12),
        **{k: rng.choice(v) for k, v in SLOTS.items()},
    )


def _name(rng: random.Random, parts: int = 2) -> str:
    word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(parts))
    return (word + rng.choice(_CODAS)).title()


def _report(rng: random.Random, story: dict, outlet: int, when: datetime, url: str) -> dict:
    kind, fact = story["kind"]
    n, m = (max(1, round(v * rng.uniform(0.9, 1.1))) for v in (story["n"], story["m"]))
    figure = fact.format(n=n, m=m, d=story["d"])
    person, place = story["person"], story["place"]
    sentences = [
        f"In {place}, {figure}, according to {person}.",
        *rng.sample(FILLER, rng.randint(2, 6)),
        *(_sentence(rng) for _ in range(rng.randint(8, 22))),
        f"{person} said {story['people']} people were still being looked after in {place}.",
    ]
    rng.shuffle(sentences)
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return {
        "title": f"{kind} in {place}: {person} speaks",
        "source": f"The {_name(random.Random(outlet), 2)} Courier",
        "url": url,
        "language": "en",
        "published": when.isoformat(),
        "body": "\n\n".join(paragraphs),
    }


def stories(count: int, seed: int = 7) -> Iterator[tuple[int, dict]]:
    """(story number, article) for `count` articles, stories of 1–4 reports each."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, tzinfo=UTC)
    made = story_no = 0
    while made < count:
        story = {
            "kind": rng.choice(KINDS),
            "place": _name(rng, rng.choice((2, 3))),
            "person": f"{rng.choice(_FIRST)} {_name(rng, 2)}",
            "n": rng.randint(12, 900), "m": rng.randint(2, 400), "d": rng.randint(40, 72) / 10,
            "people": rng.randint(2, 60),
        }
        day = start + timedelta(hours=5 * story_no)
        for _ in range(min(rng.randint(1, 4), count - made)):
            when = day + timedelta(minutes=rng.randint(0, 2 * 24 * 60))
            url = f"https://news{seed}.example/{made}"
            yield story_no, _report(rng, story, rng.randint(0, 40), when, url)
            made += 1
        story_no += 1


def articles(count: int, seed: int = 7) -> Iterator[dict[str, object]]:
    for _, obj in stories(count, seed):
        yield obj


def write_jsonl(path: Path, count: int, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for obj in articles(count, seed):
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return path

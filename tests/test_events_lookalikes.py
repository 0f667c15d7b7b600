"""Grouping on a busy day: a report in another script joins its story, look-alikes that share
only a country, a capital or a town stay apart, and an updated report moves with its text.
(Invented towns and people; wording of our own.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.skeleton import skeletons
from tui.events import group_new_articles
from tui.models import Article
from tui.store import Store


def report(key: str, title: str, body: str, language: str, when: str, outlet: str) -> Article:
    return Article(title=title, body=body, source=outlet, language=language,
                   url=f"https://{outlet.lower().replace(' ', '')}.example/{key}",
                   published=when, origin=key)


def grouped(tmp_path: Path, articles: list[Article]) -> dict[str, int | None]:
    """Story key (the URL's last part) -> event of each report, after grouping."""
    with Store.open(tmp_path / "a.db") as store:
        store.import_articles(articles)
        group_new_articles(store)
        rows = store._query("SELECT url, event_id FROM articles")
    return {r[0].rsplit("/", 1)[1]: r[1] for r in rows}


STORM_EN = report(
    "hasuko-en", "Storm in Hasuko",
    "A violent storm swept across Hasuko in Romania, tearing off roofs. 22 people were "
    "killed. 4,963 residents had to leave their homes. Mayor Nadia Bigrurez said crews "
    "worked through the night.", "en", "2026-01-05T15:34+00:00", "Morning Wire")
STORM_DE = report(
    "hasuko-de", "Sturm in Hasuko",
    "Ein heftiger Sturm ist über Hasuko in Rumänien gezogen. 22 Menschen kamen ums Leben. "
    "Bürgermeisterin Nadia Bigrurez sagte, die Helfer hätten die ganze Nacht gearbeitet.",
    "de", "2026-01-05T18:02+01:00", "Abendblatt")
STORM_UK = report(
    "hasuko-uk", "Шторм: Хасуко",
    "Потужний шторм обрушився на місто Хасуко (Румунія) і зірвав дахи. Загинули 22 людей. "
    "Евакуйовано 4 963 мешканців. Мер Надиа Бигрурез повідомила, що рятувальники "
    "працювали всю ніч.", "uk", "2026-01-06T09:10+02:00", "Вечірні новини")


def test_a_report_in_cyrillic_joins_its_story(tmp_path: Path) -> None:
    events = grouped(tmp_path, [STORM_EN, STORM_DE, STORM_UK])
    assert events["hasuko-uk"] == events["hasuko-en"] == events["hasuko-de"]


def test_names_have_one_skeleton_in_every_spelling() -> None:
    spellings = [("Hasuko", "Хасуко"), ("Godrorer", "Годрорер"), ("Votschol", "Vočol"),
                 ("Tretscholo", "Trečolo"), ("Brecisu", "Бречису"), ("Macron", "Макрон")]
    for a, b in spellings:
        assert set(skeletons(a)) & set(skeletons(b)), (a, b)
    assert not set(skeletons("Hasuko")) & set(skeletons("Sepan"))


def _storm(key: str, town: str, mayor: str, killed: int, lang: str, when: str) -> Article:
    texts = {
        "en": (f"Storm in {town}",
               f"A violent storm swept across {town} in Romania. {killed} people were killed. "
               f"Mayor {mayor} said crews worked through the night. The government in "
               "Bucharest promised help."),
        "fr": (f"Tempête à {town}",
               f"Une violente tempête a balayé {town}, en Roumanie. {killed} personnes ont "
               f"été tuées. Le maire {mayor} a dit que les secours ont travaillé toute la "
               "nuit. Le gouvernement à Bucarest a promis de l'aide."),
    }
    title, body = texts[lang]
    return report(key, title, body, lang, when, "Le Matin" if lang == "fr" else "Daily Ledger")


def test_two_storms_in_one_country_on_one_day_stay_apart(tmp_path: Path) -> None:
    articles = [
        _storm("a-en", "Hasuko", "Nadia Bigrurez", 5, "en", "2026-01-05T08:00+00:00"),
        _storm("a-fr", "Hasuko", "Nadia Bigrurez", 5, "fr", "2026-01-05T10:00+01:00"),
        _storm("b-en", "Sepan", "Luca Rečoelli", 6, "en", "2026-01-05T09:00+00:00"),
        _storm("b-fr", "Sepan", "Luca Rečoelli", 6, "fr", "2026-01-05T12:00+01:00"),
    ]
    events = grouped(tmp_path, articles)
    assert events["a-en"] == events["a-fr"]
    assert events["b-en"] == events["b-fr"]
    assert events["a-en"] != events["b-en"], "same country, capital, day and toll: two storms"


def _vote(key: str, minister: str, yes: int, no: int, lang: str, when: str) -> Article:
    if lang == "en":
        title = "Parliament vote in Vakrahun"
        body = (f"Lawmakers in Vakrahun, Chile, voted on a reform bill presented by minister "
                f"{minister}. {yes} deputies voted in favour and {no} against.")
    else:
        title = "Голосування в парламенті: Вакрахун"
        body = (f"Депутати в місті Вакрахун (Чилі) проголосували за реформу, яку представив "
                f"міністр {minister}. За проголосували {yes} депутатів, проти {no}.")
    return report(key, title, body, lang, when, "Morning Wire" if lang == "en" else "Новини")


def test_two_votes_in_one_parliament_stay_apart(tmp_path: Path) -> None:
    """The parliament's city is named by many stories of those weeks (as a capital is)."""
    towns = ["Motrok", "Benim", "Zehim", "Gagra", "Pesal", "Slazogre"]
    context = [
        report(f"c{i}-en", f"Floods in {town}",
               f"The river flooded {town} in Chile. The government in Vakrahun promised help.",
               "en", f"2026-01-0{2 + i % 4}T10:00+00:00", "Coastline Post")
        for i, town in enumerate(towns)
    ]
    articles = context + [
        _vote("a-en", "Olga Tokerom", 242, 155, "en", "2026-01-06T09:00+00:00"),
        _vote("a-uk", "Олга Токером", 242, 155, "uk", "2026-01-06T13:00+02:00"),
        _vote("b-en", "Mateo Cotarelli", 164, 88, "en", "2026-01-06T15:00+00:00"),
        _vote("b-uk", "Матео Чотареллі", 164, 88, "uk", "2026-01-06T19:00+02:00"),
    ]
    events = grouped(tmp_path, articles)
    assert events["a-en"] == events["a-uk"] and events["b-en"] == events["b-uk"]
    assert events["a-en"] != events["b-en"], "one parliament, one day, two bills"


@pytest.mark.parametrize("word", ["Erdbeben", "Großbrand"])
def test_a_capitalised_kind_word_is_no_name(tmp_path: Path, word: str) -> None:
    """German nouns are capitalised: "Erdbeben in X" and "Erdbeben in Y" share no name."""
    articles = [
        report(f"{town}-{i}", f"{word} in {town}",
               f"{word} in {town} in Portugal. {n} Menschen wurden verletzt. "
               f"Bürgermeister {mayor} sagte, die Helfer hätten die Nacht durchgearbeitet.",
               "de", f"2026-01-07T0{i}:00+01:00", outlet)
        for i, (town, mayor, n, outlet) in enumerate([
            ("Hegronor", "Adrian Kslogrek", 64, "Abendblatt"),
            ("Hegronor", "Adrian Kslogrek", 64, "Tagespost"),
            ("Gremok", "Olga Skom", 17, "Abendblatt"),
        ])
    ]
    events = grouped(tmp_path, articles)
    assert events["Hegronor-0"] == events["Hegronor-1"] != events["Gremok-2"]


def test_an_updated_report_follows_its_new_text(tmp_path: Path) -> None:
    """A report first filed under one story and rewritten to tell another is regrouped."""
    with Store.open(tmp_path / "a.db") as store:
        store.import_articles([STORM_EN, STORM_DE, STORM_UK])
        other = [_storm("s-en", "Sepan", "Luca Rečoelli", 6, "en", "2026-01-05T09:00+00:00"),
                 _storm("s-fr", "Sepan", "Luca Rečoelli", 6, "fr", "2026-01-05T12:00+01:00")]
        store.import_articles(other)
        group_new_articles(store)
        ids = {r[1].rsplit("/", 1)[1]: r[0] for r in store._query("SELECT id, url FROM articles")}
        hasuko = store.get(ids["hasuko-de"]).event_id  # type: ignore[union-attr]
        sepan = store.get(ids["s-en"]).event_id  # type: ignore[union-attr]
        assert hasuko != sepan
        moved = store.get(ids["hasuko-de"])
        assert moved is not None
        moved.title = "Sturm in Sepan"
        moved.body = ("Ein heftiger Sturm ist über Sepan in Rumänien gezogen. 6 Menschen kamen "
                      "ums Leben. Bürgermeister Luca Rečoelli sagte, die Helfer hätten die "
                      "ganze Nacht gearbeitet.")
        assert store.upsert(moved) == "updated"
        group_new_articles(store)
        assert store.get(ids["hasuko-de"]).event_id == sepan  # type: ignore[union-attr]
        assert store.get(ids["hasuko-en"]).event_id == hasuko  # type: ignore[union-attr]

"""What an event is about, from per-language word lists (tui/data/event_kinds/)."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from tui.analysis import events as ev
from tui.analysis.facts import analyse

FOLDER = resources.files("tui.data").joinpath("event_kinds")
KINDS = set(tomllib.loads(FOLDER.joinpath("en.toml").read_text("utf-8")))


@pytest.mark.parametrize("lang", ev.kind_languages())
def test_every_table_parses_and_names_known_kinds(lang: str) -> None:
    table = tomllib.loads(FOLDER.joinpath(f"{lang}.toml").read_text("utf-8"))
    kinds = {k for k in table if not k.startswith("_")}
    assert kinds <= KINDS, f"{lang}: kinds en.toml does not know"
    assert all(isinstance(v, list) and v for k, v in table.items() if k in kinds)


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "A wildfire forced hundreds from their homes", "wildfire"),
    ("en", "An air strike hit the market", "airstrike"),
    ("en", "Rail workers went on strike", "strike"),
    ("de", "Ein Waldbrand wütet seit Tagen", "wildfire"),
    ("de", "Großbrand in der Altstadt", "fire"),
    ("de", "Donau-Hochwasser: drei Tote", "flood"),
    ("fr", "Un tremblement de terre a secoué la région", "quake"),
    ("es", "Un incendio forestal avanza", "wildfire"),
    ("pt", "Cheias no centro do país", "flood"),
    ("it", "Sciopero dei treni venerdì", "strike"),
    ("nl", "Zware storm trekt over het land", "storm"),
    ("ru", "Землетрясение произошло ночью", "quake"),
    ("uk", "Повінь затопила село", "flood"),
    ("el", "Ισχυρός σεισμός στην Κρήτη", "quake"),
])
def test_kind_words_in_each_language(lang: str, text: str, kind: str) -> None:
    an = analyse(text, lang)
    assert ev.kinds_in(an.tokens, lang)[0] == kind


def test_different_kinds_never_agree_and_unknown_kinds_do_not_block() -> None:
    storm = {"k:storm": 2.0, "ph:mrlks": 2.0}
    flood = {"k:flood": 2.0, "ph:mrlks": 2.0}
    assert not ev.kinds_agree(storm, flood)
    assert ev.kinds_agree(storm, {"ph:mrlks": 2.0})
    assert ev.kinds_agree(storm, {"k:flood": 2.0, "k:storm": 2.0})
    assert not ev.kinds_agree(storm, {"k:flood": 2.0, "k:storm": 0.5}), "storm only in passing"


def test_a_shared_capital_alone_is_not_one_event() -> None:
    a = {"k:vote": 2.0, "ph:stkm": 2.0, "cty:NL": 0.4, "ph:pvl ptsl": 1.25}
    b = {"k:vote": 2.0, "ph:stkm": 2.0, "cty:NL": 0.4, "ph:k kr": 1.25}
    df = {"ph:stkm": 12, "cty:NL": 40}
    assert ev.match(a, b, df, dated=True) is None
    c = dict(b, **{"ph:pvl ptsl": 1.25})  # the same minister too
    assert ev.match(a, c, df, dated=True) is not None


def test_figures_that_disagree_keep_look_alikes_apart() -> None:
    a = {"k:fire": 2.0, "ph:stns": 2.0, "ph:krnm": 1.0, "q:killed:17": 0.6, "q:injured:105": 0.6}
    same = {"k:fire": 2.0, "ph:stns": 2.0, "ph:krnm": 1.0, "q:killed:19": 0.6}
    other = {"k:fire": 2.0, "ph:stns": 2.0, "ph:krnm": 1.0, "q:killed:3": 0.6,
             "q:injured:12": 0.6}
    assert ev.match(a, same, {}, dated=True) is not None
    assert ev.match(a, other, {}, dated=True) is None


def test_indexed_kind_matching_finds_what_trying_every_pattern_finds() -> None:
    """The first-word index is only a shortcut: on the sample feed, in its own and in other
    languages' tables, it finds the same kinds as trying every pattern at every word."""
    from tui.analysis import events as ev
    from tui.analysis.facts import analyse
    from tui.ingest import iter_input_files, load_file
    from tui.paths import bundled

    def every_pattern(tokens, language):  # noqa: ANN001, ANN202
        words, patterns, found, i = ev._words(tokens), ev._patterns(language), [], 0
        while i < len(words):
            hit = next((p for p in patterns if p.matches(words, i)), None)
            if hit is None:
                i += 1
                continue
            found.append(hit.kind)
            i += len(hit.words)
        return found

    articles = [a for p in iter_input_files([bundled("sample_feed")]) for a in load_file(p)]
    checked = 0
    for article in articles:
        tokens = analyse(article.body, article.language).tokens
        for language in (article.language, None, "de"):
            assert ev.kinds_in(tokens, language) == every_pattern(tokens, language)
            checked += bool(every_pattern(tokens, language))
    assert checked > 20  # the feed names kinds of events: the comparison is not vacuous

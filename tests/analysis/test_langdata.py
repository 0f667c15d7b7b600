"""Language files: every shipped file loads, a bad file is named in one line, and a
language without a file still reads unit-bearing figures."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tui.analysis import langdata, lexicon
from tui.analysis.quantities import extract_quantities
from tui.analysis.sentences import split_sentences

SHIPPED = sorted(langdata.DATA_DIR.glob("*.toml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_file_loads(path: Path) -> None:
    data = langdata.read_file(path)
    assert data["meta"]["name"]
    if path.stem != langdata.COMMON:
        assert data["concepts"], "a language file names at least its concepts"
        order = set(lexicon._class("order"))
        assert set(data["concepts"]) <= order, set(data["concepts"]) - order


def test_the_eu_languages_and_more_have_files() -> None:
    eu = set("bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split())  # noqa: SIM905
    assert set(eu) | {"uk", "ru", "tr"} <= set(langdata.languages())


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[meta]\nname = 'X'\n[colours]\nred = 'x'\n", "xx.toml: unknown section [colours]"),
        ("[meta]\nname = 'X'\n[concepts]\nkilled = 3\n", "xx.toml: concepts.killed must be"),
        ("[meta]\nname = 'X'\n[qualifiers]\nabout = 'circa'\n", "qualifiers.about must be a list"),
        ("[meta]\nname = 'X'\n[scales]\nmil = -5\n", "scales.mil must be a positive number"),
        ("[meta]\nname = 'X'\nnumbers = 'roman'\n", "meta.numbers must be one of"),
        ("[header]\nsalute = ['hi']\n", "unknown key header.salute"),
        ("[units]\nfurlong = 'furlongs'\n", "units.furlong is not a unit of [unit_defs]"),
        ("[unit_phrases]\n'square furlongs' = 'fur2'\n", "names an unknown unit 'fur2'"),
        ("[predicates]\nhappy = 'smiled'\n", "predicates.happy is not one of"),
        ("[meta\nname = 'X'\n", "xx.toml: not valid TOML"),
    ],
)
def test_a_bad_file_is_named_in_one_line(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "xx.toml"
    path.write_text(content, "utf-8")
    with pytest.raises(langdata.LangDataError) as info:
        langdata.read_file(path)
    assert expected in str(info.value)
    assert "\n" not in str(info.value)


def test_a_bad_file_in_the_data_folder_is_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "xx.toml").write_text("[concepts]\nkilled = 3\n", "utf-8")
    monkeypatch.setattr(langdata, "DATA_DIR", tmp_path)
    (tmp_path / "_common.toml").write_text("[meta]\nname = 'common'\n", "utf-8")
    for cache in (langdata.load, langdata.languages, langdata.common):
        cache.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            assert langdata.load("xx") is None
        assert "xx.toml: concepts.killed" in caplog.text
        assert not langdata.has_file("xx")  # so it reads every good file, like no file
    finally:
        for cache in (langdata.load, langdata.languages, langdata.common):
            cache.cache_clear()


def test_odd_language_codes_never_reach_the_file_system() -> None:
    for code in ("../etc/passwd", "", None, "en/../fr"):
        assert langdata.load(code) is None


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Eldurinn brann á 12 km svæði og 30 % skógarins.", "is", "km"),
        ("Ang bagyo ay may hangin na 150 km/h.", "tl", "km/h"),
    ],
)
def test_a_language_without_a_file_still_reads_units(text: str, lang: str, unit: str) -> None:
    assert not langdata.has_file(lang)
    found = extract_quantities(text, lang, split_sentences(text, lang))
    assert unit in {q.unit for q in found}


def test_damaged_files_fail_with_a_langdata_error_only(tmp_path: Path) -> None:
    """Bounded, deterministic mutation fuzz: cut, flip and insert bytes of a real file."""
    import random

    original = (langdata.DATA_DIR / "pl.toml").read_bytes()
    rng = random.Random(10)
    path = tmp_path / "pl.toml"
    outcomes = set()
    for _ in range(150):
        data = bytearray(original)
        for _ in range(rng.randint(1, 4)):
            pos = rng.randrange(len(data))
            op = rng.choice(("cut", "flip", "insert"))
            if op == "cut":
                del data[pos : pos + rng.randint(1, 40)]
            elif op == "flip":
                data[pos] = rng.randrange(256)
            else:
                data[pos:pos] = rng.choice([b"=", b"[", b"]", b'"', b"\n[x]\n", b"\xff", b"= 3"])
        path.write_bytes(bytes(data))
        try:
            langdata.read_file(path)
            outcomes.add("ok")
        except langdata.LangDataError as exc:
            assert "\n" not in str(exc) and str(exc).startswith("lang/pl.toml: ")
            outcomes.add("error")
    assert outcomes == {"ok", "error"}


def test_a_kin_group_must_name_concepts_of_the_class_order(tmp_path: Path) -> None:
    path = tmp_path / "_common.toml"
    path.write_text("[classes]\norder = 'police firefighters'\n[kin]\nx = 'police medics'\n",
                    "utf-8")
    with pytest.raises(langdata.LangDataError) as info:
        langdata.read_file(path)
    assert "kin.x must be two or more concepts of classes.order" in str(info.value)
    path.write_text("[classes]\norder = 'police firefighters'\n[kin]\nx = 'police'\n", "utf-8")
    with pytest.raises(langdata.LangDataError):
        langdata.read_file(path)

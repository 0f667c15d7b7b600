"""Offline language detection and normalisation of declared languages."""

from __future__ import annotations

import pytest

from tui.analysis.language import detect_language, normalize_language_code


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The harbour reopened on Monday after the storm damaged two piers.", "en"),
        ("O porto reabriu na segunda-feira depois de a tempestade danificar dois cais.", "pt"),
        ("El puerto reabrió el lunes después de que la tormenta dañara dos muelles.", "es"),
        ("Le port a rouvert lundi après que la tempête a endommagé deux quais.", "fr"),
        (
            "Der Hafen wurde am Montag wieder geöffnet, nachdem der Sturm zwei Anleger "
            "beschädigt hatte.",
            "de",
        ),
        ("Il porto ha riaperto lunedì dopo che la tempesta ha danneggiato due moli.", "it"),
        ("Порт знову відкрили в понеділок після того, як шторм пошкодив два причали.", "uk"),
        ("Порт снова открыли в понедельник после того, как шторм повредил два причала.", "ru"),
        ("Το λιμάνι άνοιξε ξανά τη Δευτέρα αφού η καταιγίδα κατέστρεψε δύο προβλήτες.", "el"),
        ("嵐で二つの桟橋が壊れた港は、月曜日に再開した。", "ja"),
    ],
)
def test_detect_news_languages(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_detect_nothing_from_nothing() -> None:
    assert detect_language("") is None
    assert detect_language("12 34 -- !!") is None


@pytest.mark.parametrize(
    ("declared", "code"),
    [
        ("pt-BR", "pt"),
        ("en_US", "en"),
        ("EN", "en"),
        ("English", "en"),
        ("por", "pt"),
        ("deu", "de"),
        ("Português", "pt"),
        ("français", "fr"),
        ("Ukrainian", "uk"),
        ("nb-NO", "no"),
        ("iw", "he"),
        ("zh-Hant-TW", "zh"),
        ("xx-YY", None),
        ("not a language", None),
        ("", None),
    ],
)
def test_normalize_language_code(declared: str, code: str | None) -> None:
    assert normalize_language_code(declared) == code

"""Offline language detection and normalisation of declared languages."""

from __future__ import annotations

import pytest

from tui.analysis.langdata import languages
from tui.analysis.language import NEWS_LANGUAGES, detect_language, normalize_language_code


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
        # every other language with a language file
        (
            "Пристанището отново отвори врати в понеделник, след като бурята "
            "повреди два кея.",
            "bg",
        ),
        ("Přístav byl v pondělí znovu otevřen poté, co bouře poškodila dvě mola.", "cs"),
        ("Havnen genåbnede mandag, efter at stormen havde beskadiget to moler.", "da"),
        ("Sadam avati esmaspäeval uuesti pärast seda, kui torm kahjustas kahte kaid.", "et"),
        (
            "Satama avattiin uudelleen maanantaina sen jälkeen, kun myrsky "
            "vaurioitti kahta laituria.",
            "fi",
        ),
        (
            "Osclaíodh an cuan arís Dé Luain tar éis don stoirm damáiste a "
            "dhéanamh do dhá ché.",
            "ga",
        ),
        ("Luka je ponovno otvorena u ponedjeljak nakon što je oluja oštetila dva gata.", "hr"),
        ("A kikötőt hétfőn újra megnyitották, miután a vihar két mólót megrongált.", "hu"),
        ("Uostas vėl atidarytas pirmadienį, kai audra apgadino dvi prieplaukas.", "lt"),
        (
            "Osta pirmdien atkal tika atvērta pēc tam, kad vētra sabojāja divas "
            "piestātnes.",
            "lv",
        ),
        (
            "Il-port reġa' nfetaħ nhar it-Tnejn wara li l-maltempata għamlet ħsara "
            "lil żewġ mollijiet.",
            "mt",
        ),
        ("De haven ging maandag weer open nadat de storm twee steigers had beschadigd.", "nl"),
        (
            "Port został ponownie otwarty w poniedziałek po tym, jak sztorm "
            "uszkodził dwa pomosty.",
            "pl",
        ),
        ("Portul a fost redeschis luni, după ce furtuna a avariat două cheiuri.", "ro"),
        ("Prístav v pondelok opäť otvorili potom, ako búrka poškodila dve mólá.", "sk"),
        (
            "Pristanišče so v ponedeljek znova odprli, potem ko je neurje "
            "poškodovalo dva pomola.",
            "sl",
        ),
        ("Лука је поново отворена у понедељак пошто је олуја оштетила два пристаништа.", "sr"),
        ("Hamnen öppnade igen på måndagen efter att stormen skadat två bryggor.", "sv"),
        (
            "Liman, fırtınanın iki iskeleye zarar vermesinin ardından pazartesi "
            "günü yeniden açıldı.",
            "tr",
        ),
    ],
)
def test_detect_news_languages(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_every_language_with_a_language_file_can_be_detected() -> None:
    """A language the comparison has a file for must be a detector answer: otherwise its
    reports import as a neighbour (Lithuanian as Croatian, Irish as Portuguese)."""
    assert set(languages()) <= set(NEWS_LANGUAGES)


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

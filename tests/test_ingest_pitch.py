"""Subscription offers after the text, and a masthead made of section words.

Every fixture is invented for this test (not taken from any real report).
"""

from __future__ import annotations

import pytest

from tui.ingest import parse_bytes
from tui.ingest.furniture import is_pitch_line


def clip(text: str):
    (article,) = parse_bytes(text.encode("utf-8"), "clip.txt")
    return article


DE_BODY = ("Ein Hagelsturm hat am Montag in Rosenheim 40 Autos beschädigt und drei Dächer "
           "abgedeckt, teilte die Feuerwehr mit.\n\nDie Aufräumarbeiten dauern an.")


@pytest.mark.parametrize("pitch", [
    "Den Inntal-Boten digital lesen: 4 Wochen gratis, danach 8,90 Euro im Monat.",
    "Subscribe today: your first month free, then £5.99 a month.",
    "Předplaťte si Večerník: první měsíc zdarma, poté 149 Kč měsíčně.",
    "Abonnez-vous : premier mois offert, puis 7,99 € par mois sans engagement.",
    "Оформите подписку: первый месяц бесплатно, затем 299 рублей в месяц.",
])
def test_a_subscription_offer_after_the_text_is_dropped(pitch: str) -> None:
    article = clip(f"Hagel in Rosenheim\n\n{DE_BODY}\n\n{pitch}\n")
    assert article.body.rstrip().endswith("Die Aufräumarbeiten dauern an.")
    assert pitch not in article.body


@pytest.mark.parametrize("sentence", [
    "Das Abo für den Nahverkehr kostet künftig 49 Euro im Monat.",
    "The museum will be free for a month while the roof is repaired.",
    "Předplatné pro seniory bude od května levnější.",
])
def test_a_last_sentence_about_prices_is_kept(sentence: str) -> None:
    assert not is_pitch_line(sentence)
    article = clip(f"Hagel in Rosenheim\n\n{DE_BODY}\n\n{sentence}\n")
    assert sentence in article.body


def test_a_masthead_of_section_words_is_the_source() -> None:
    """ "Aħbarijiet" (news) and "Malta" are both section words, but together with a headline
    and a published line under them they are the outlet's name."""
    text = ("Aħbarijiet Għawdex\n\nĦuġġieġa f'maħżen tal-injam: 30 pompier jiġġieldu n-nirien\n\n"
            "Ippubblikat: 4 ta' Mejju 2026\n\n"
            "Nirien kbar qabdu lbieraħ filgħaxija f'maħżen tal-injam fix-Xewkija, u 30 pompier "
            "ħadmu għal ħames sigħat biex jitfuh.\n")
    article = clip(text)
    assert article.source == "Aħbarijiet Għawdex"
    assert article.title.startswith("Ħuġġieġa f'maħżen")
    assert not article.body.startswith("Ħuġġieġa")


def test_a_lone_section_word_is_still_no_source() -> None:
    text = ("Nachrichten\n\nHagel in Rosenheim: 40 Autos beschädigt\n\n"
            "Veröffentlicht am 4. Mai 2026\n\n" + DE_BODY + "\n")
    article = clip(text)
    assert article.source != "Nachrichten"
    assert article.title == "Hagel in Rosenheim: 40 Autos beschädigt"

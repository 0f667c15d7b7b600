"""Sentence splitting keeps abbreviations, decimals, times and quotes intact."""

from __future__ import annotations

from tui.analysis.sentences import sentence_at, split_sentences


def texts(text: str, lang: str = "en") -> list[str]:
    return [s.text for s in split_sentences(text, lang)]


def test_abbreviations_and_decimals() -> None:
    assert texts("Dr. Silva met U.S. officials. The quake was 6.8 strong.") == [
        "Dr. Silva met U.S. officials.", "The quake was 6.8 strong."]
    assert texts("O Sr. Costa disse que foram 6,9 graus. Depois saiu.", "pt") == [
        "O Sr. Costa disse que foram 6,9 graus.", "Depois saiu."]
    assert texts("Es gab z. B. Kinder am 4. Juli in Berlin. Dann nicht.", "de") == [
        "Es gab z. B. Kinder am 4. Juli in Berlin.", "Dann nicht."]
    assert texts("M. Macron est venu. Il est reparti.", "fr") == [
        "M. Macron est venu.", "Il est reparti."]


def test_times_and_quotes() -> None:
    assert texts('Terminou por volta das 9h. "Foi cruel." Depois, silêncio.', "pt") == [
        "Terminou por volta das 9h.", '"Foi cruel."', "Depois, silêncio."]
    assert texts("He said “we will rebuild.” Then he left.") == [
        "He said “we will rebuild.”", "Then he left."]


def test_paragraphs_and_broken_lines() -> None:
    text = ("Sirens sounded for eight hours\n\nof continuous alarm.\n\n"
            "A caption without a stop\nNext.")
    assert texts(text) == [
        "Sirens sounded for eight hours\n\nof continuous alarm.", "A caption without a stop",
        "Next."]


def test_offsets_and_lookup() -> None:
    text = "  First one. Second one!  Third?"
    sents = split_sentences(text)
    assert all(text[s.start:s.end] == s.text for s in sents)
    assert [s.index for s in sents] == [0, 1, 2]
    assert sentence_at(sents, text.index("Second")) == 1

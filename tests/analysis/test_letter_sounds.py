"""A name of a language whose letters read otherwise than transliterations write them
meets its Greek or Cyrillic spelling: Turkish "c" is the "дж" of Cyrillic and the "τζ" of
Greek, Romanian "ț" the "ц", Hungarian "cs" the "ч" (`meta.letter_sounds`; invented
names). Two Latin spellings are compared as written."""

from __future__ import annotations

from tui.analysis.entities import same_name
from tui.analysis.translit import sounded


def test_a_turkish_c_meets_greek_and_cyrillic_spellings() -> None:
    assert same_name("Cevdet Karacan", "Τζεβντέτ Καρατζάν", "tr", "el")
    assert same_name("Karacan", "Караджан", "tr", "bg")


def test_romanian_and_hungarian_letters() -> None:
    assert same_name("Vânățeni", "Въняцени", "ro", "bg")
    assert same_name("Bacsó", "Бачо", "hu", "sr")


def test_latin_spellings_are_read_as_written() -> None:
    assert sounded("Karacan", "tr") == "Karadžan"
    assert sounded("Karacan", "en") == "Karacan"
    assert same_name("Karacan", "Karacan", "tr", "hr")

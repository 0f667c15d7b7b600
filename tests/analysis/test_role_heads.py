"""A role or demonym noun glued in front of a person's name is not part of the name."""

from tui.analysis.entities import extract_entities
from tui.analysis.sentences import split_sentences


def _names(text: str, language: str) -> list[str]:
    return [e.text for e in extract_entities(text, language, split_sentences(text, language))]


def test_german_role_noun_before_a_name_is_dropped() -> None:
    text = "Gestern sagte Augenzeuge Jonas Pfeiffer, die Brücke sei eingestürzt."
    names = _names(text, "de")
    assert "Jonas Pfeiffer" in names
    assert not any(n.startswith("Augenzeuge") for n in names)


def test_demonym_after_an_article_is_dropped() -> None:
    text = "Le vainqueur est l'Espagnol Diego Carrasco, devant le Belge Tom Vermeulen."
    names = _names(text, "fr")
    assert "Diego Carrasco" in names and "Tom Vermeulen" in names


def test_hungarian_trade_surname_stays() -> None:
    text = "A mentésről Kovács Ildikó szóvivő beszélt a helyszínen tegnap este."
    assert "Kovács Ildikó" in _names(text, "hu")

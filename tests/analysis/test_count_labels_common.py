"""The English name a count's row shows (issue 10): the common sense of what is counted,
never a rarer thing that a plural form has a glossary row of its own for."""

from __future__ import annotations

import pytest

from tui.analysis.facts import analyse
from tui.analysis.figures import count_label, is_count


def _labels(body: str, language: str) -> dict[object, str]:
    """value -> the name of each bare count of the report."""
    return {q.value: count_label(q, language)
            for q in analyse(body, language, None).quantities if is_count(q)}


@pytest.mark.parametrize(("body", "language", "value", "name"), [
    ("Die Werkstatt lieferte am Montag 40 Teile aus.", "de", 40, "parts"),  # not "adams"
    ("Στη συνεδρίαση ψήφισαν 15 μέλη της επιτροπής.", "el", 15, "members"),  # not "memberships"
    ("На језеру су јутрос пливале три патке.", "sr", 3, "ducks"),  # not the duck family
])
def test_a_plural_with_a_rarer_row_of_its_own_counts_its_lemmas_things(
        body: str, language: str, value: int, name: str) -> None:
    assert _labels(body, language)[value] == name


@pytest.mark.parametrize(("body", "language", "value", "name"), [
    ("Оператор відключив 2500 абонентів через борги.", "uk", 2500, "subscribers"),
])
def test_a_noun_its_glossary_lacks_is_named_by_a_sibling_languages_lemma(
        body: str, language: str, value: int, name: str) -> None:
    assert _labels(body, language)[value] == name  # not the untranslated lemma


def test_a_word_filed_under_a_taxon_is_named_by_what_the_taxon_groups() -> None:
    # Wiktionary files Croatian "papige" under the family Psittacidae: "parrots", not a
    # Latin family name with an English plural.
    assert _labels("Carinici su u kamionu pronašli 23 papige.", "hr")[23] == "parrots"


@pytest.mark.parametrize(("body", "language", "value", "name"), [
    ("Firma a instalat 12 servere noi în centrul de date.", "ro", 12, "servers"),
    ("Vjetar je s krova odnio 30 panela.", "hr", 30, "panels"),
])
def test_an_international_noun_its_wordnets_lack_is_read_as_the_english_lemma(
        body: str, language: str, value: int, name: str) -> None:
    assert _labels(body, language)[value] == name  # not the untranslated word


def test_a_rare_ending_rule_reads_no_loanword() -> None:
    # "bañistas" (bathers) is no banister: the rule "-as" -> "-er" rests on a few pairs.
    assert _labels("En la playa había 300 bañistas.", "es")[300] != "balustrades"


def test_a_compound_with_an_international_head_is_named_by_it() -> None:
    # Danish: no wordnet lists "accelerator", English does; "røntgen" only says which.
    assert _labels("Hospitalet har nu fire røntgenscannere.", "da")[4] == "scanners"

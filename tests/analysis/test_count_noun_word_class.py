"""The word taken as a count's noun must be a noun of the counted thing (issue 10): a
copula is no noun, a place noun after a noun of things says where they go (not that
people were hospitalised), two coordinated adjectives qualify the noun after them, and
a compound's head is read with its marks before an ending rule or a stem guess folds
them away."""

from __future__ import annotations

from tui.analysis import glossary
from tui.analysis.facts import analyse
from tui.analysis.figures import count_label, is_count


def _counts(body: str, language: str) -> dict[object, str]:
    """value -> what each figure of the report counts, as a compared row would name it."""
    return {q.value: count_label(q, language) if is_count(q) else q.concept
            for q in analyse(body, language, None).quantities}


def test_a_copula_after_a_number_is_not_its_noun() -> None:
    found = _counts("W hali stało 14 tramwajów. Sześć kolejnych jest w naprawie.", "pl")
    assert found.get(6) not in ("jest", "byc")


def test_a_copula_before_a_number_names_no_concept() -> None:
    # "bolo" (was) lemmatises to "byť", which folds to "byt" (a flat): no count of homes
    found = _counts("V hangári stálo 30 lietadiel a poškodených bolo 8.", "sk")
    assert found.get(8) != "homes"


def test_hospitals_a_thing_is_for_do_not_make_it_a_count_of_the_hospitalised() -> None:
    found = _counts("Obwód otrzymał 25 generatorów dla szpitali i szkół.", "pl")
    assert found[25] != "hospitalised"
    assert _counts("The county received 25 generators for hospitals.", "en")[25] != (
        "hospitalised")


def test_people_taken_to_hospital_stay_hospitalised() -> None:
    assert _counts("Sieben Menschen wurden verletzt, vier kamen ins Krankenhaus.",
                   "de")[4] == "hospitalised"


def test_two_coordinated_adjectives_qualify_the_noun_after_them() -> None:
    found = _counts("Súťaže sa zúčastnilo 14 maďarských a rakúskych univerzít.", "sk")
    assert found[14] == "universities"


def test_a_compound_head_keeps_its_marks_before_an_ending_rule() -> None:
    boat = glossary.best_name(glossary.senses("sv", "båt", stems=False)[:1])
    assert glossary.best_name(glossary.senses("sv", "hyrbåtar")[:1]) == boat
    assert glossary.best_name(glossary.senses("da", "lejebåde")[:1]) == boat

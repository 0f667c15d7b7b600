"""False conflicts of two figures of different things, or of one figure read two ways
(issue 10, false-conflict class, round 2): never shown as a disagreement; the same figures
of one thing still are."""

from __future__ import annotations

from figure_helpers import art, figures, paired

# ----------------------------------- "degrees" in a metric report with one customary unit


def test_bare_degrees_stay_celsius_beside_one_old_foot_measure() -> None:
    """A Danish report of metres, kilometres and tons that names a "40-foot" container
    once still writes its "25 graders" in Celsius: one customary unit is no convention."""
    body = ("Containeren på 40 fods længde stod 3 meter fra kajen, 12 kilometer fra byen, "
            "og vejede 20 tons. Det var 25 graders varme.")
    assert ("temperature", 25, "°C") in figures(body, "da")
    a = art("Det var 25 graders varme i havnen, og en container på 40 fods længde "
            "stod 3 meter fra kajen og vejede 20 tons.", "da")
    b = art("Det var 25 graders värme i hamnen, och containern stod 3 meter från kajen "
            "och vägde 20 ton.", "sv")
    assert ("temperature", "agree", 25, 25) in paired(a, b)


def test_bare_degrees_are_fahrenheit_in_a_customary_report() -> None:
    body = "The truck was 40 feet long, 3 miles from town, and it was 90 degrees outside."
    assert ("temperature", 90, "°F") in figures(body, "en")


# ------------------------------- an umlaut plural that folds into another German lemma


def test_german_faelle_counts_cases_not_traps() -> None:
    """ "Fälle" (cases) folds into "Falle" (trap): 80 traps set in one report and 65 cases
    counted in the other are two things; 65 cases beside 70 "casi" still conflict."""
    a = art("Gli entomologi hanno posizionato 80 trappole lungo il fiume.", "it")
    b = art("Die Behörde meldet landesweit 65 Fälle.", "de")
    assert all({x, y} != {80, 65} for _, _, x, y in paired(a, b))
    a2 = art("L'autorità segnala in tutto il paese 70 casi.", "it")
    assert any(s == "conflict" and (x, y) == (70, 65) for _, s, x, y in paired(a2, b))


# -------------------------------------------- a sum's purpose stated far before it


def test_a_fine_and_a_damage_named_at_the_clause_start_are_two_sums() -> None:
    """ "damage to the parked vans and bikes alone may reach €95,000": the purpose word
    opens a long clause; that sum and the other report's €40,000 fine are two things."""
    a = art("Il-kumpanija tista' teħel multa sa €40,000 jekk tinstab negliġenti.", "mt")
    b = art("Insurers said that damage to the parked vans and bikes alone may reach "
            "€95,000.", "en")
    assert all(s != "conflict" for c, s, _, _ in paired(a, b) if c == "money")
    b2 = art("The company could face a fine of up to €60,000 if found negligent.", "en")
    assert ("money", "conflict", 40000, 60000) in paired(a, b2)


# ------------------------------------ "people" of sentences the alignment does not pair

_PEOPLE_A = ("Circa {n} abitanti di Borgoverde lavorano ogni giorno nella zona industriale "
             "di Ponte Alto. Il fiume Vello è esondato nella notte e ha allagato la piazza "
             "del mercato di Borgoverde. Il sindaco Carlo Ruffini ha chiesto alle famiglie "
             "di restare in casa fino a domani.")
# B tells the commute without a number, so A's first sentence has its partner there and
# B's census sentence is left without one
_PEOPLE_B = ("Muchos vecinos de Borgoverde trabajan cada día en la zona industrial de Ponte "
             "Alto. El río Vello se desbordó durante la noche e inundó la plaza del mercado de "
             "Borgoverde. El alcalde Carlo Ruffini pidió a las familias que se quedaran en "
             "casa hasta mañana. Según el censo, en Ponte Alto viven 1.400 habitantes de "
             "Borgoverde.")


def test_people_of_unpaired_sentences_differing_much_are_two_groups() -> None:
    """900 residents who commute, told first, and 1,400 residents of a census, told last:
    two groups of people, not one figure in conflict; 1,250 against 1,400 in the same
    places may still be one group's count, told in another place of the story."""
    b = art(_PEOPLE_B, "es")
    assert all(s != "conflict" for _, s, _, _ in paired(art(_PEOPLE_A.format(n=900), "it"), b))
    assert ("people", "conflict", 1250, 1400) in paired(art(_PEOPLE_A.format(n="1.250"), "it"), b)


def test_a_written_row_keeps_the_folded_lemma_its_own_senses() -> None:
    """ "Falle" (trap) keeps its senses; only "Fälle" as written reads as cases."""
    from tui.analysis import glossary

    assert glossary.own_senses("de", "Fälle", stems=False) != glossary.own_senses(
        "de", "Falle", stems=False)
    assert glossary.english_name(glossary.own_senses("de", "Fälle", stems=False)[0]) in (
        "cases", "case")

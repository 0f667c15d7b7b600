"""A count's state is a predicate of the counted group, not a word that only looks like
one: a folded letter of another word (Turkish "olduğu", is, against "öldüğü", died), a
compound's modifier ("fire engines"), a place where the people are ("in the hospital
work …"), a longer word that begins with a listed prefix ("машиніст", train driver,
against "машин*", vehicles), an "of" complement of the people counted. Invented
sentences."""

from __future__ import annotations

from figure_helpers import art

from tui.analysis.facts import analyse_article
from tui.analysis.lexicon import _WordTable


def concepts(body: str, language: str) -> dict[float, tuple[str, str | None]]:
    """value -> (concept, noun) of every figure of the report."""
    return {q.value: (q.concept, q.noun) for q in analyse_article(art(body, language)).quantities}


def test_a_turkish_copula_is_not_a_death() -> None:
    found = concepts("Toplantıya katılan 300 öğretmenin memnun olduğu açıklandı.", "tr")
    assert found[300][0] != "killed"
    assert concepts("Kazada 4 kişi öldü.", "tr")[4][0] == "killed"


def test_a_marked_entry_needs_its_marks_but_a_plain_one_matches_both() -> None:
    table = _WordTable([("öldü", "killed"), ("ölü*", "killed"), ("secim", "voted")],
                       marked=True)
    assert table.get("oldu", "oldu") is None
    assert table.get("oldu", "öldü") == "killed"
    assert table.get("olumsuz", "olumsuz") is None
    assert table.get("secim", "seçim") == "voted"


def test_an_english_compound_counts_its_head() -> None:
    assert concepts("The brigade sent 15 fire engines to the warehouse.", "en")[15][0] == (
        "vehicles")
    assert concepts("Police arrested four suspected smugglers at the port.", "en")[4][0] == (
        "arrested")


def test_a_hospital_is_where_its_nurses_work() -> None:
    found = concepts("Sairaalassa työskentelee yli 2 800 hoitajaa.", "fi")
    assert found[2800][0] != "hospitalised"
    assert concepts("Sairaalaan vietiin 6 ihmistä.", "fi")[6][0] == "hospitalised"
    assert concepts("Ins Krankenhaus kamen 7 Menschen.", "de")[7][0] == "hospitalised"


def test_a_longer_listed_noun_is_another_word_than_the_prefix() -> None:
    assert concepts("До протесту приєдналися 250 машиністів метро.", "uk")[250][0] != (
        "vehicles")
    assert concepts("На парковці згоріли 12 машин.", "uk")[12][0] == "vehicles"


def test_a_count_with_its_own_noun_is_not_the_group_of_another_count() -> None:
    found = concepts("Ugunsdzēšanā piedalījās 30 ugunsdzēsēji glābēji ar 9 autocisternām.",
                     "lv")
    assert found[30][0] == "firefighters"
    assert found[9][0] != "firefighters"


def test_an_of_complement_of_the_people_is_not_their_state() -> None:
    moved = {
        "fr": "Quatorze patients de chirurgie et de soins palliatifs ont été transférés "
              "vers Nantes.",
        "es": "Doce pacientes de cuidados intensivos y de heridas graves fueron trasladados "
              "a Sevilla.",
        "en": "Nine patients of the burns and injuries unit were moved to another city.",
    }
    for language, body in moved.items():
        assert all(c != "injured" for c, _ in concepts(body, language).values()), language
    found = concepts("Quatorze patients de chirurgie et de soins palliatifs ont été évacués "
                     "vers Nantes.", "fr")
    assert found[14][0] == "evacuated"


def test_a_prefix_keeps_its_last_letter_free_to_alternate() -> None:
    table = _WordTable([("araç*", "vehicles")], marked=True)
    assert table.get("aracı", "aracı") == "vehicles"
    assert table.get("araclar", "araçlar") == "vehicles"

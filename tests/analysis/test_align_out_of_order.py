"""Figures whose sentences the monotone alignment leaves apart: a sentence told in another
order pairs with its like before it joins a neighbour's group, and two reports in one
language that count one noun once each pair those counts wherever they tell them."""

from __future__ import annotations

from figure_helpers import art, paired

from tui.analysis.align import align_sentences
from tui.analysis.facts import analyse_article

_SHARK_A = ("Un tiburón de unos tres metros fue avistado el domingo junto al espigón de Calpe. "
            "Los socorristas izaron la bandera roja de inmediato. "
            "Unos 3.000 bañistas tuvieron que salir del agua a toda prisa. "
            "Dos lanchas y cuatro motos de agua rastrearon la bahía durante la tarde.")
_SHARK_B = ("Siete playas de Calpe y Altea siguen cerradas este lunes. "
            "El aviso llegó a las 12.10 y más de 5.000 bañistas abandonaron la arena en "
            "pocos minutos. "
            "En la búsqueda participaron dos lanchas y cuatro motos de agua.")


def test_a_sentence_told_elsewhere_meets_its_like_not_its_neighbours_partner() -> None:
    # A1 resembles B1, A0's anchor, a little (it would join that group) but B0, which no
    # anchor took, much more: the two are paired out of order, A1 joins no group
    sim = [[0.0, 0.6, 0.0], [0.35, 0.15, 0.0], [0.0, 0.0, 0.5]]
    pairs = {(i, j) for g in align_sentences(sim) for i in g.a for j in g.b}
    assert (1, 0) in pairs and (1, 1) not in pairs
    assert {(0, 1), (2, 2)} <= pairs


def test_a_neighbour_still_joins_when_nothing_left_resembles_it_better() -> None:
    sim = [[0.0, 0.6, 0.0], [0.15, 0.3, 0.0], [0.0, 0.0, 0.5]]
    pairs = {(i, j) for g in align_sentences(sim) for i in g.a for j in g.b}
    assert (1, 0) not in pairs


def test_the_only_count_of_a_noun_in_each_report_pairs_out_of_alignment() -> None:
    rows = paired(art(_SHARK_A, "es"), art(_SHARK_B, "es"))
    assert ("banistas", "conflict", 3000, 5000) in rows


def test_a_noun_counted_twice_in_one_report_does_not_pair_by_its_noun_alone() -> None:
    a = _SHARK_A + " Otros 200 bañistas esperaron en la arena."
    rows = paired(art(a, "es"), art(_SHARK_B, "es"))
    assert not [r for r in rows if r[0] == "banistas"]


def test_estonian_sai_viga_counts_the_injured() -> None:
    an = analyse_article(art("Tormis said viga viis inimest ja kaks last.", "et"))
    assert [q.concept for q in an.quantities][:1] == ["injured"]


_BRIDGE_DE = ("Die Brücke über die Ill bei Kolbsheim ist am Dienstagabend eingestürzt. "
              "Verletzt wurde niemand, teilte die Feuerwehr mit. "
              "Ein Gutachter soll klären, ob Hochwasser die Pfeiler unterspült hatte. "
              "Rund 800 Menschen müssen nun täglich lange Umwege über Nachbardörfer fahren, "
              "klagen Pendler, Schüler, Handwerker und Landwirte in der ganzen Gegend.")
_BRIDGE_FR = ("Pour les quelque 800 habitants du hameau, privés de leur unique accès routier "
              "depuis mardi soir, la vie quotidienne devient un véritable casse-tête, entre "
              "écoles éloignées, commerces inaccessibles et médecins introuvables. "
              "Le pont de Kolbsheim sur l'Ill s'est effondré mardi soir. "
              "Aucun blessé n'est à déplorer selon les pompiers. "
              "Un expert doit déterminer si la crue a affouillé les piles de l'ouvrage.")


def test_people_both_reports_count_once_agree_though_told_apart() -> None:
    assert ("people", "agree", 800, 800) in paired(art(_BRIDGE_DE, "de"), art(_BRIDGE_FR, "fr"))


def test_people_told_apart_do_not_agree_when_their_value_recurs() -> None:
    de = _BRIDGE_DE.replace("Ein Gutachter", "Die 800 Meter lange Brücke war alt. Ein Gutachter")
    rows = paired(art(de, "de"), art(_BRIDGE_FR, "fr"))
    assert not [r for r in rows if r[0] == "people"]

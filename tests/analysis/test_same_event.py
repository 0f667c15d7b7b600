"""`compare` says how likely two reports are about one event, and warns when not."""

from __future__ import annotations

from tui.analysis.compare import compare_articles, format_comparison
from tui.analysis.same_event import describe
from tui.models import Article

FLOOD_EN = Article(
    title="River Vell bursts its banks in Dornwick",
    body=("The river Vell burst its banks in Dornwick on Sunday, flooding 240 homes. "
          "Mayor Elena Marsh said 1,200 people were evacuated to the sports hall in Caldby. "
          "Two people died and 14 were injured, the fire service said on Monday."),
    language="en", published="2026-03-02T08:00:00+00:00",
)
FLOOD_PT = Article(
    title="Rio Vell transborda em Dornwick",
    body=("O rio Vell transbordou em Dornwick no domingo e inundou 240 casas. "
          "A presidente da câmara, Elena Marsh, disse que 1200 pessoas foram retiradas para "
          "o pavilhão de Caldby. Duas pessoas morreram e 14 ficaram feridas."),
    language="pt", published="2026-03-02T10:00:00+00:00",
)
FIRE_EN = Article(
    title="Forest fire near Ostrava Hills",
    body=("A forest fire near Brennmoor burned 800 hectares on Thursday. "
          "Fire chief Tomas Reid said 300 firefighters and six aircraft were deployed. "
          "Three firefighters were injured and 900 people were evacuated from Lindholt."),
    language="en", published="2026-07-16T08:00:00+00:00",
)


def test_two_reports_of_one_flood_are_likely_one_event() -> None:
    result = compare_articles(FLOOD_EN, FLOOD_PT)["same_event"]
    assert result["likely"] is True and result["verdict"] == "same"
    assert 0.5 <= result["score"] <= 1.0
    assert any("Dornwick" in n for n in result["signals"]["shared_names"])


def test_a_flood_and_a_fire_months_apart_are_probably_not_one_event() -> None:
    result = compare_articles(FLOOD_EN, FIRE_EN)
    verdict = result["same_event"]
    assert verdict["likely"] is False and verdict["verdict"] == "different"
    assert verdict["signals"]["days_apart"] > 3
    text = format_comparison(result)
    assert "Probably NOT the same event" in text.splitlines()[2]


def test_verdict_is_symmetric_enough_to_keep_its_answer() -> None:
    ab = compare_articles(FLOOD_EN, FLOOD_PT)["same_event"]
    ba = compare_articles(FLOOD_PT, FLOOD_EN)["same_event"]
    assert ab["likely"] == ba["likely"]


def test_empty_reports_get_a_verdict_not_a_crash() -> None:
    result = compare_articles(Article(title="", body=""), Article(title="", body=""))
    assert result["same_event"]["likely"] is False


# One event told in Ukrainian and in Polish: names in two scripts, in other cases.
QUEUE_UK = Article(title="Затори на кордоні біля Грушева", body=(
    "Біля пункту пропуску Грушів у четвер утворилася черга з 1300 вантажівок. "
    "За словами речниці митниці Оксани Ковальчук, збій комп'ютерної системи тривав сім годин. "
    "Водії чекають до трьох діб, а черга тягнеться на 22 кілометри до Яворова. "
    "Митники Будомєжа обіцяють пришвидшити оформлення."),
    language="uk", published="2026-02-12T09:00:00+00:00")
QUEUE_PL = Article(title="Kolejka tirów przed Budomierzem", body=(
    "Przed przejściem w Budomierzu w czwartek ustawiła się kolejka 1300 ciężarówek. "
    "Według rzeczniczki ukraińskich celników Oksany Kowalczuk awaria systemu trwała siedem "
    "godzin. Kierowcy czekają do trzech dób, a sznur pojazdów ciągnie się 22 kilometry aż do "
    "Jaworowa. Po stronie ukraińskiej, w Hruszewie, celnicy pracują na dwie zmiany."),
    language="pl", published="2026-02-12T11:00:00+00:00")


def test_names_in_another_script_and_case_count_as_shared() -> None:
    verdict = compare_articles(QUEUE_UK, QUEUE_PL)["same_event"]
    assert verdict["verdict"] == "same"
    shared = " ".join(verdict["signals"]["shared_names"])
    assert "Ковальчук" in shared and "Груш" in shared  # Kowalczuk, Hruszew
    assert verdict["signals"]["names_only_in_one"] <= 0.2


def test_name_skeletons_join_spellings_not_different_words() -> None:
    from tui.analysis.same_event import name_key

    assert name_key("Гнатюк") == name_key("Hnatiuk")
    assert name_key("Ягодині") == name_key("Jahodynie")
    assert name_key("Kováčik") == name_key("Kováčikkal")
    assert name_key("Regione") != name_key("Rouge")
    assert name_key("Sardegna") != name_key("Corse")


def test_conflicts_of_probably_different_events_are_marked_as_doubtful() -> None:
    fire_pt = Article(
        title="Incêndio em Brennmoor", language="pt", published="2026-07-16T09:00:00+00:00",
        body=("Um incêndio florestal perto de Brennmoor queimou 800 hectares na quinta-feira. "
              "Foram mobilizados 300 bombeiros e seis aviões; três bombeiros ficaram feridos."))
    different = compare_articles(FLOOD_EN, FIRE_EN)
    same = compare_articles(FIRE_EN, fire_pt)
    assert different["same_event"]["verdict"] == "different"
    assert all(f.get("event_doubt") is True
               for f in different["facts"] if f["status"] == "conflict")
    assert same["same_event"]["verdict"] == "same"
    assert not any("event_doubt" in f for f in same["facts"])
    assert any(f["status"] == "conflict" for f in different["facts"])  # evacuated 1,200 / 900
    assert "≠ conflict?" in format_comparison(different)


def test_the_reason_line_reads_as_english_for_one_of_a_kind() -> None:
    signals = {"shared_names": ["Dornwick"], "shared_dates": 1, "figures_agree": 1,
               "figures_conflict": 0, "kind": "same"}
    line = describe({"signals": signals, "score": 0.9, "verdict": "same"})
    assert "1 shared name, 1 shared date, 1 figure agrees, 0 differ" in line
    signals = {**signals, "shared_names": ["Dornwick", "Caldby"], "figures_agree": 3}
    line = describe({"signals": signals, "score": 0.9, "verdict": "same"})
    assert "2 shared names, 1 shared date, 3 figures agree" in line

"""Mastheads, sections, breadcrumbs, counters and boilerplate in clipping headers.

Every fixture is invented for this test (not taken from any real report), in languages and
shapes other than the eval pairs' that the rules were measured on.
"""

from __future__ import annotations

import pytest

from tui.ingest import parse_bytes
from tui.ingest.dates import parse_dated
from tui.ingest.furniture import is_counter_line, is_section_line, split_title_suffix


def clip(text: str):
    (article,) = parse_bytes(text.encode("utf-8"), "clip.txt")
    return article


DA_LEAD = ("En brand i et lager ved havnen i Svendborg ødelagde natten til tirsdag 40 tons "
           "korn, og brandvæsenet var i gang i over seks timer.")
NL_LEAD = ("Een storm heeft in de nacht van maandag op dinsdag in Gent twee mensen verwond en "
           "tientallen bomen omvergeblazen, meldt de brandweer.")
RO_LEAD = ("Un incendiu a distrus marți noapte un depozit de cereale din portul Brăila, iar "
           "pompierii au intervenit timp de șase ore cu 12 autospeciale.")


@pytest.mark.parametrize(
    ("head", "source", "title", "published"),
    [
        # outlet, section, date, headline, byline (Danish)
        (["Fyns Aftenpost", "Indland", "Udgivet 3. marts 2026 kl. 09.15",
          "Brand på havnen i Svendborg: 40 tons korn ødelagt", "Af Mette Holm"],
         "Fyns Aftenpost", "Brand på havnen i Svendborg: 40 tons korn ødelagt", "2026-03-03"),
        # outlet, breadcrumb, headline, date with an unknown label, author with a colon
        (["Dunărea de Jos", "Actualitate > Local", "Incendiu în portul Brăila, depozit distrus",
          "Data: 03.03.2026, 08:40", "Autor: Ioana Marin"],
         "Dunărea de Jos", "Incendiu în portul Brăila, depozit distrus", "2026-03-03"),
        # outlet, a date alone, a section in title case, the headline last
        (["Brabants Avondblad", "03-03-2026 08:40", "Binnenland",
          "Storm in Gent: twee gewonden en tientallen bomen om"],
         "Brabants Avondblad", "Storm in Gent: twee gewonden en tientallen bomen om",
         "2026-03-03"),
    ],
    ids=["da-section-date-byline", "ro-breadcrumb-author", "nl-date-section"],
)
def test_an_outlet_line_above_section_date_and_headline_is_the_source(
    head: list[str], source: str, title: str, published: str
) -> None:
    lead = {"Fyns Aftenpost": DA_LEAD, "Dunărea de Jos": RO_LEAD}.get(source, NL_LEAD)
    article = clip("\n".join(head) + f"\n\n{lead}\n\nDet andet afsnit følger her.\n")
    assert (article.source, article.title) == (source, title)
    assert article.published.startswith(published)
    assert article.body.startswith(lead[:30])
    for line in head:
        assert line not in article.body


def test_a_section_word_no_language_file_knows_between_outlet_and_headline() -> None:
    article = clip("Fyns Aftenpost\nSydfyn\nBrand på havnen i Svendborg: 40 tons korn ødelagt\n"
                   f"Udgivet 3. marts 2026\n\n{DA_LEAD}\n")
    assert article.source == "Fyns Aftenpost"
    assert article.title == "Brand på havnen i Svendborg: 40 tons korn ødelagt"


def test_a_short_title_whose_words_come_back_in_the_lead_stays_the_title() -> None:
    # title, metadata, then a deck: the title retells the lead, the deck is body text
    deck = "Twee gewonden en tientallen omgewaaide bomen"
    article = clip(f"Storm boven Gent\nGepubliceerd op 3 maart 2026\n{deck}\n\n{NL_LEAD}\n")
    assert article.title == "Storm boven Gent"
    assert article.source is None
    assert deck in article.body


def test_a_breadcrumb_with_a_date_gives_the_publication_day() -> None:
    article = clip("brabantsavondblad.example\n"
                   "Storm in Gent: twee gewonden en tientallen bomen om\n"
                   f"Oost-Vlaanderen | 03.03.2026, 19:32\n\n{NL_LEAD}\n")
    assert article.title == "Storm in Gent: twee gewonden en tientallen bomen om"
    assert article.published.startswith("2026-03-03")
    assert "Oost-Vlaanderen |" not in article.body


def test_a_title_line_with_a_site_suffix_loses_it() -> None:
    article = clip("Storm in Gent: twee gewonden en tientallen bomen om | Oost-Vlaanderen | "
                   f"03.03.2026\n\n{NL_LEAD}\n")
    assert article.title == "Storm in Gent: twee gewonden en tientallen bomen om"
    assert article.published.startswith("2026-03-03")


def test_a_title_with_a_bar_inside_keeps_it() -> None:
    assert split_title_suffix("Storm Hilde | Live")[0] == "Storm Hilde | Live"
    assert split_title_suffix("Verkiezingen 2026 | Uitslag in 12 kiesdistricten")[1] is None


@pytest.mark.parametrize(
    "line", ["Leestijd: 3 minuten", "Kommentarer (7)", "5 min read", "Czas czytania: 4 min",
             "Lukuaika 2 min", "Σχόλια (12)"],
)
def test_counter_lines_leave_the_header_and_the_body(line: str) -> None:
    article = clip(f"Fyns Aftenpost\nBrand på havnen i Svendborg: 40 tons korn ødelagt\n"
                   f"Udgivet 3. marts 2026\n{line}\n\n{DA_LEAD}\n\n{line}\n\nDet andet afsnit.\n")
    assert line not in article.body
    assert is_counter_line(line)


@pytest.mark.parametrize(
    "line", ["Advertentie", "Schrijf je in voor onze nieuwsbrief en mis niets",
             "Deze website gebruikt cookies", "Volg ons op Instagram"],
)
def test_ad_newsletter_cookie_and_follow_lines_leave_the_body(line: str) -> None:
    article = clip(f"Storm in Gent\nGepubliceerd op 3 maart 2026\n\n{NL_LEAD}\n\n{line}\n\n"
                   "De brandweer rukte meer dan tachtig keer uit.\n")
    assert line not in article.body
    assert "tachtig keer" in article.body


@pytest.mark.parametrize(
    "line",
    ["Reklama w mediach publicznych budzi sprzeciw posłów.",
     "Advertentie-inkomsten daalden vorig jaar met 12 procent.",
     "Kommentarer fra 40 beboere blev læst op på mødet i går.",
     "Leestijd van de rapporten was 3 minuten per pagina, zei de onderzoeker."],
)
def test_body_sentences_that_start_like_boilerplate_stay(line: str) -> None:
    article = clip(f"Storm in Gent\nGepubliceerd op 3 maart 2026\n\n{NL_LEAD}\n\n{line}\n")
    assert line in article.body


def test_a_one_word_subheading_inside_the_body_stays() -> None:
    article = clip(f"Storm in Gent\nGepubliceerd op 3 maart 2026\n\n{NL_LEAD}\n\nEconomie\n\n"
                   "De schade aan de haven wordt op twee miljoen euro geraamd.\n")
    assert "Economie" in article.body


def test_a_headline_opening_with_a_byline_word_is_no_byline() -> None:
    title = "Por Lisboa passaram 300 mil turistas em agosto"
    article = clip(f"{title}\nPublicado a 3 de setembro de 2026\n\nA cidade recebeu em agosto "
                   "mais turistas do que em qualquer outro mês, segundo o turismo municipal.\n")
    assert article.title == title


@pytest.mark.parametrize(
    "line", ["Indland", "Actualitate > Local", "Redacción | Vigo", "Nachrichten / Sport",
             "Kultur & Leben"],
)
def test_section_and_breadcrumb_shapes(line: str) -> None:
    assert is_section_line(line)


@pytest.mark.parametrize(
    "line", ["Fyns Aftenpost", "Storm boven Gent", "Twee doden", "Brand på havnen i Svendborg"],
)
def test_names_and_headlines_are_no_section_lines(line: str) -> None:
    assert not is_section_line(line)


@pytest.mark.parametrize(
    ("text", "day"),
    [("2026. gada 3. martā", "2026-03-03"), ("2026. gada 12. jūnijā, 10:15", "2026-06-12")],
)
def test_short_month_names_in_an_inflected_case_are_read(text: str, day: str) -> None:
    assert parse_dated(text).iso.startswith(day)

"""Clipping headers in many languages: metadata by shape, labels from the language files.

Every fixture here is written for this test (not taken from any real report).
"""

from __future__ import annotations

import pytest

from tui.ingest import parse_bytes
from tui.ingest.header import is_outlet_name
from tui.ingest.text import is_photo_credit


def clip(text: str):
    (article,) = parse_bytes(text.encode("utf-8"), "clip.txt")
    return article


PL = """Sztorm zerwał dach hali targowej w Ustce

Opublikowano: 4 lipca 2025

Data dokumentu: 28 grudnia 2025, 12:26

Kategoria: Kraj, Pogoda

Pokaż na stronie : [Kliknij tutaj](#)

Kurier Nadmorski

Silny wiatr zerwał w nocy dach hali targowej w Ustce. Strażacy interweniowali ponad 40 razy.

Fot. Jan Nowak/PAP

Mieszkańcy sprzątali ulice jeszcze w południe, a burmistrz zapowiedział pomoc dla kupców.
"""

DE = """Fähre läuft bei Nebel auf eine Sandbank

Veröffentlicht am 3. März 2026

Aktualisiert am 5. März 2026, 10:15

Rubrik: Lokales

[Hier klicken](#)

Die Fähre nach Nordeck ist am Dienstagmorgen bei dichtem Nebel auf eine Sandbank gelaufen.
Alle 63 Fahrgäste blieben unverletzt und wurden mit Booten an Land gebracht.

Foto: Hanna Brück/dpa

hafenblatt.example
"""

FR = """Le marché couvert rouvre après deux ans de travaux

Publié le 2 février 2026

Mis à jour le 4 février 2026

Catégorie : Société

Voir sur le site : [Cliquez ici](#)

Le Courrier du Port

Le marché couvert de la ville a rouvert ses portes samedi matin après deux ans de travaux.
Les commerçants ont accueilli plus de trois mille visiteurs dès la première journée.
"""

SV = """Bron över älven stängs i tre veckor

Publicerad 12 maj 2026

Uppdaterad 13 maj 2026

Kategori: Inrikes

Visa på webbplatsen : [Klicka här](#)

Bron över älven stängs från måndag i tre veckor för reparation av brofästet.
Bussarna leds om via den norra förbifarten under hela perioden, meddelar kommunen.

Foto: Anna Berg/TT

Älvdalsbladet
"""

CS = """Povodeň zaplavila sklepy v dolní části obce

Publikováno: 7. dubna 2026

Zdroj: Přístavní listy

Štítky: Počasí, Kraj

Voda z rozvodněného potoka zaplavila v noci sklepy nejméně dvaceti domů v dolní části obce.
Hasiči čerpali vodu až do rána a starosta vyhlásil druhý stupeň povodňové aktivity.

Foto: ČTK/Vít Šimánek
"""

ES = """El puerto amplía el muelle de pescadores

Publicado el 9 de junio de 2026

Actualizado el 10 de junio de 2026

Categoría: Sociedad

Ver en la web : [Haga clic aquí](#)

El puerto ampliará el muelle de pescadores con una inversión de dos millones de euros.
Las obras empezarán en otoño y durarán unos ocho meses, según la autoridad portuaria.

Foto: EFE
"""

HU = """Új kerékpárút épül a tó körül

Megjelent: 2026. július 4.

Forrás: Tóparti Hírek

Rovat: Belföld

Az önkormányzat bejelentette, hogy új kerékpárút épül a tó körül a következő két évben.
A beruházás költsége meghaladja a kétmilliárd forintot, és az első szakasz tavasszal készül el.
"""

HR = """Kiša poplavila podrume u starom dijelu grada

Objavljeno: 4. listopada 2026.

Jezik: hr

Jaka kiša poplavila je noćas podrume u starom dijelu grada, a vatrogasci su imali pune ruke posla.
Gradske službe očistile su ulice do jutra, a škole su radile normalno.
"""


@pytest.mark.parametrize(
    ("text", "title", "source", "published", "tags", "noise"),
    [
        (PL, "Sztorm zerwał dach hali targowej w Ustce", "Kurier Nadmorski",
         "2025-07-04", ["Kraj", "Pogoda"],
         ("Opublikowano", "Data dokumentu", "Kategoria", "Kliknij", "Kurier", "Jan Nowak")),
        (DE, "Fähre läuft bei Nebel auf eine Sandbank", "hafenblatt.example", "2026-03-03",
         ["Lokales"], ("Veröffentlicht", "Aktualisiert", "Rubrik", "Hier klicken", "dpa")),
        (FR, "Le marché couvert rouvre après deux ans de travaux", "Le Courrier du Port",
         "2026-02-02", ["Société"], ("Publié", "Mis à jour", "Catégorie", "Cliquez", "Courrier")),
        (SV, "Bron över älven stängs i tre veckor", "Älvdalsbladet", "2026-05-12",
         ["Inrikes"], ("Publicerad", "Uppdaterad", "Kategori", "Klicka", "Anna Berg", "Älvdals")),
        (CS, "Povodeň zaplavila sklepy v dolní části obce", "Přístavní listy", "2026-04-07",
         ["Počasí", "Kraj"], ("Publikováno", "Zdroj", "Štítky", "ČTK")),
        (ES, "El puerto amplía el muelle de pescadores", None, "2026-06-09", ["Sociedad"],
         ("Publicado", "Actualizado", "Categoría", "Haga clic", "Foto: EFE")),
        (HU, "Új kerékpárút épül a tó körül", "Tóparti Hírek", "2026-07-04", ["Belföld"],
         ("Megjelent", "Forrás", "Rovat")),
    ],
    ids=["pl", "de", "fr", "sv", "cs", "es", "hu"],
)
def test_header_lines_in_many_languages(text, title, source, published, tags, noise) -> None:
    a = clip(text)
    assert a.title == title
    assert a.source == source
    assert a.published is not None and a.published[:10] == published
    assert a.tags == tags
    for piece in noise:
        assert piece not in a.body, piece
    assert len(a.body.split("\n\n")) >= 1 and a.body[0].isupper()


def test_an_update_date_later_than_the_publication_never_replaces_it() -> None:
    a = clip(DE)
    assert a.published == "2026-03-03T00:00:00+00:00"


def test_without_a_publication_date_the_update_date_is_used() -> None:
    text = SV.replace("Publicerad 12 maj 2026\n\n", "")
    assert clip(text).published[:10] == "2026-05-13"


def test_header_dates_are_read_in_the_article_language() -> None:
    # "listopada" is October in Croatian and November in Polish.
    assert clip(HR).published[:10] == "2026-10-04"
    polish = (
        "Remont mostu potrwa do zimy\n\nOpublikowano: 4. listopada 2026\n\n"
        "Remont mostu na rzece potrwa do zimy, a objazd poprowadzi przez centrum miasta. "
        "Kierowcy muszą się liczyć z utrudnieniami przez kilka tygodni.\n"
    )
    assert clip(polish).published[:10] == "2026-11-04"


def test_unknown_label_lines_before_the_body_leave_it() -> None:
    text = (
        "Tidal gates close for the winter\n\nEdition: North\n\nFiled: 12.03.2026\n\n"
        "Category: Harbour\n\nThe tidal gates at the harbour mouth closed on Monday for the "
        "winter, the port authority said. They will reopen in April.\n"
    )
    a = clip(text)
    assert a.body.startswith("The tidal gates")
    assert a.published[:10] == "2026-03-12"  # the only date of the header


def test_a_deck_line_is_not_taken_for_an_outlet() -> None:
    text = (
        "Harbour Bridge Reopens\n\nRepairs Finished Early\n\n"
        "The harbour bridge reopened on Monday, two weeks ahead of schedule.\n"
    )
    a = clip(text)
    assert a.source is None
    assert "Repairs Finished Early" in a.body


def test_outlet_name_shape() -> None:
    assert is_outlet_name("Harbour Evening Post")
    assert is_outlet_name("Le Courrier du Port")
    assert not is_outlet_name("The mayor said on Monday.")
    assert not is_outlet_name("Route 66 Weekly")
    assert not is_outlet_name("A Very Long Name Of Some Outlet That Goes On")


@pytest.mark.parametrize(
    "line",
    ["Fot. Jan Nowak/PAP", "Foto: ČTK/Vít Šimánek", "Anna Berg/TT", "Marek Lis/Agencja Gazeta",
     "Kuva: Lehtikuva", "Φωτογραφία: Eurokinissi", "Снимка: БТА", "Foto: Hanna Brück/dpa",
     "Billede: Ritzau Scanpix", "Attēls: LETA", "Snimak: Tanjug", "Fotografija: Pixsell",
     "Photo by Jane Doe", "© Reuters", "© 2026 Kurier Nadmorski", "AFP via Getty Images",
     "Jan Nowak, PAP", "Kép: MTI/Kovács Anna"],
)
def test_photo_credits_of_many_agencies_leave_the_body(line: str) -> None:
    assert is_photo_credit(line)


@pytest.mark.parametrize(
    "line",
    ["Firefighters said the fire started in the kitchen.", "Del total de viviendas, 40 son nuevas.",
     "Printing presses worked through the night to finish the edition.",
     "Copyright law was debated in parliament on Monday.", "Reuters reported that 12 died.",
     "Jan Nowak, the mayor, said the bridge would reopen."],
)
def test_body_sentences_are_not_noise_or_credits(line: str) -> None:
    text = f"A title\n\nPublished on 3 March 2026\n\n{line}\n\nThe second paragraph follows here.\n"
    assert line in clip(text).body
    assert not is_photo_credit(line)


# Outlets written in sentence case, year-first and two-word month dates (invented clips).
SENTENCE_CASE = """Most preko Drave zatvoren zbog visokog vodostaja

Objavljeno 3. ožujka 2026.

Datum dokumenta: uto, 4. ožu 2026. 06:10:00

Kategorija: ,Hrvatski,Vijesti

Prikaži na webu : [Kliknite ovdje](#)

Osječki dnevni list

Vodostaj Drave kod Osijeka porastao je na 5,2 metra, pa je most zatvoren za promet.
"""

YEAR_FIRST = """Audra nuvertė šimtus medžių

Paskelbta 2026 m. kovo 3 d.

Dokumento data: an, 2026-03-04 08:00:00

Kategorija: ,Lietuvių,Lietuva

Vėjas Klaipėdoje išvartė šimtus medžių, be elektros liko 12 tūkstančių namų ūkių.
"""

TWO_WORD_MONTH = """Tuilte i gContae Mhaigh Eo

Foilsithe ar 2 Deireadh Fómhair 2026

Dáta an Doiciméid: Aoine, 3 DFómh 2026 08:00:00

Iarthar Inniu

Bhí 40 teach faoi uisce i mBéal an Átha tar éis báistí troma oíche Déardaoin.
"""


def test_an_outlet_in_sentence_case_inside_the_header_is_the_source() -> None:
    article = clip(SENTENCE_CASE)
    assert article.source == "Osječki dnevni list"
    assert "Osječki dnevni list" not in article.body
    assert article.published.startswith("2026-03-03")


def test_a_year_first_date_is_read_whatever_language_is_detected() -> None:
    assert clip(YEAR_FIRST).published.startswith("2026-03-03")


def test_a_month_name_of_two_words_is_read() -> None:
    article = clip(TWO_WORD_MONTH)
    assert article.published.startswith("2026-10-02")
    assert article.source == "Iarthar Inniu"


def test_a_sentence_case_line_outside_the_header_is_not_an_outlet() -> None:
    article = clip("Storm closes the coast road\n\nWaves broke over the wall\n\n"
                   "The coast road was closed on Monday after waves broke over the sea wall.\n")
    assert article.source is None or "Waves" not in article.source


# The headline after the header block (invented clips, languages other than the eval's).
HEADLINE_AFTER_HEADER = """Publicat: 3 martie 2026

Data documentului: mar, 3 mar 2026 22:10:05

Categorie: Actualitate, Vreme

Vezi pe site : [Click aici](#)

Gazeta de Dobrogea

Actualizat 3.03.2026, ora 20:40

Viscolul a blocat autostrada: 300 de mașini rămase în zăpadă

Foto: Ion Popa / Agerpres

CONSTANȚA – Viscolul a blocat luni seară autostrada pe o porțiune de 40 de kilometri, iar
aproximativ 300 de autoturisme au rămas înzăpezite.

Jandarmii au distribuit ceai și pături șoferilor blocați.
"""

OUTLET_FIRST = """Zemgales Vēstis

Publicēts: 12.02.2026, 09:15

Atjaunināts: 12.02.2026, 14:02

Rubrika: Latvijā, Satiksme

Skatīt vietnē : [Noklikšķiniet šeit](#)

Lielupe pārplūst: Jelgavā applūduši 40 pagalmi

Foto: LETA

Jelgavā otrdien Lielupes ūdens līmenis pakāpās par 1,2 metriem, un applūda vismaz 40
privātmāju pagalmi, pastāstīja pašvaldības pārstāvis.
"""

SLOVAK_REPEATED = """Požiar skladu v Žiline zničil tisíce pneumatík

Publikované 4. marca 2026

Kategória: Domov, Regióny

zilinsky-dennik.sk

Požiar skladu v Žiline zničil tisíce pneumatík

Foto: TASR

V Žiline v noci na stredu horel sklad pneumatík, hasiči bojovali s ohňom takmer desať
hodín a na miesto vyslali 60 príslušníkov.
"""


def test_a_headline_after_the_header_block_is_the_title_and_leaves_the_body() -> None:
    article = clip(HEADLINE_AFTER_HEADER)
    assert article.title == "Viscolul a blocat autostrada: 300 de mașini rămase în zăpadă"
    assert article.source == "Gazeta de Dobrogea"
    assert article.published.startswith("2026-03-03")
    assert article.body.startswith("CONSTANȚA")
    assert "Viscolul a blocat autostrada:" not in article.body


def test_a_file_opening_with_the_outlet_name_keeps_it_as_source_not_title() -> None:
    article = clip(OUTLET_FIRST)
    assert article.title == "Lielupe pārplūst: Jelgavā applūduši 40 pagalmi"
    assert article.source == "Zemgales Vēstis"
    assert article.published.startswith("2026-02-12")  # "12.02.2026, 09:15" is read
    assert article.body.startswith("Jelgavā otrdien")


def test_a_headline_printed_again_after_the_header_is_dropped_once() -> None:
    article = clip(SLOVAK_REPEATED)
    assert article.title == "Požiar skladu v Žiline zničil tisíce pneumatík"
    assert "zničil tisíce" not in article.body
    assert article.body.startswith("V Žiline")


def test_a_headline_with_a_full_stop_inside_is_not_cut() -> None:
    text = ("Publikováno: 5. 3. 2026 08:00\n\nRubrika: Zprávy\n\nbrnenske-noviny.cz\n\n"
            "Požár haly v Brně. Hasiči zasahovali celou noc\n\nFoto: ČTK\n\n"
            "V Brně v noci na čtvrtek hořela výrobní hala, hasiči s požárem bojovali přes "
            "osm hodin a evakuovali 120 lidí z okolních domů.\n")
    article = clip(text)
    assert article.title == "Požár haly v Brně. Hasiči zasahovali celou noc"
    assert article.published.startswith("2026-03-05")
    assert article.body.startswith("V Brně")


def test_a_topic_colon_headline_is_not_read_as_a_label_line() -> None:
    text = ("Közzétéve: 2026. március 5. 10:20\n\nRovat: Belföld\n\nSzegedi Napló\n\n"
            "Árvíz a Tiszán: kitelepítették Mindszent egy részét\n\nFotó: MTI / Kovács Anna\n\n"
            "A Tisza Mindszentnél szerdán elérte a 9,8 méteres szintet, ezért 300 embert "
            "telepítettek ki a folyóhoz legközelebbi utcákból.\n")
    article = clip(text)
    assert article.title == "Árvíz a Tiszán: kitelepítették Mindszent egy részét"
    assert article.source == "Szegedi Napló"
    assert article.body.startswith("A Tisza")


def test_a_headline_right_above_the_lead_without_a_blank_line() -> None:
    text = ("Veröffentlicht: 10.11.2026\n\nRubrik: Lokales\n\nWeser-Kurier Nord\n\n"
            "Hochwasser in Bremen: Deiche halten\nDas Hochwasser der Weser hat in Bremen "
            "einen Stand von 4,2 Metern erreicht, die Deiche hielten aber stand.\n")
    article = clip(text)
    assert article.title == "Hochwasser in Bremen: Deiche halten"
    assert article.body.startswith("Das Hochwasser")


def test_a_deck_line_under_a_real_title_stays_in_the_body() -> None:
    text = ("Harbour bridge shut after ship strike\n\nPublished on 3 March 2026\n\n"
            "Category: Local, Transport\n\nharbourtimes.example\n\n"
            "Engineers say repairs could take weeks\n\n"
            "A cargo ship struck the harbour bridge on Tuesday night, damaging two of its "
            "supports and forcing the council to close it.\n")
    article = clip(text)
    assert article.title == "Harbour bridge shut after ship strike"
    assert article.body.startswith("Engineers say repairs could take weeks")


def test_a_label_line_with_a_list_value_before_the_lead_is_not_the_title() -> None:
    text = ("Published: 3 March 2026\n\nharbourtimes.example\n\nDesk: Local News, Transport\n\n"
            "A cargo ship struck the harbour bridge on Tuesday night, damaging two of its "
            "supports and forcing the council to close it.\n")
    article = clip(text)
    assert "Desk" not in article.title and "Desk" not in article.body


def test_a_byline_between_headline_and_lead_leaves_the_body() -> None:
    text = ("Vydáno 12. března 2026\n\nRubrika: Domov\n\nbrnenske-listy.cz\n\n"
            "Povodeň na Svratce: evakuováno 300 lidí\n\nAutor: Jana Nováková\n\nFoto: ČTK\n\n"
            "Řeka Svratka se v pondělí vylila z koryta v Brně a hasiči evakuovali 300 obyvatel "
            "z nábřežních ulic.\n")
    article = clip(text)
    assert article.title == "Povodeň na Svratce: evakuováno 300 lidí"
    assert article.published.startswith("2026-03-12")  # "Vydáno …" without a colon
    assert article.body.startswith("Řeka Svratka")


def test_a_date_line_under_an_unknown_label_is_neither_title_nor_body() -> None:
    text = ("Arna fhoilsiú 4 Márta 2026\n\nCatagóir: Nuacht\n\n"
            "Tuilte i nGaillimh: 50 teach faoi uisce\n\n"
            "Bhí 50 teach faoi uisce i nGaillimh maidin Dé Luain tar éis báistí troma.\n")
    article = clip(text)
    assert article.title == "Tuilte i nGaillimh: 50 teach faoi uisce"
    assert article.published.startswith("2026-03-04")
    assert "Arna" not in article.body


def test_without_a_publication_label_the_earliest_header_date_is_used() -> None:
    text = ("Bridge closed for repairs\n\nLast edit: 9 March 2026\n\nIssued: 7 March 2026\n\n"
            "Document Date: 11 March 2026\n\nThe old bridge closed on Saturday for repairs "
            "that the council expects to last six weeks.\n")
    assert clip(text).published.startswith("2026-03-07")


def test_a_cut_title_is_completed_by_the_whole_headline_below_the_header() -> None:
    text = ("Kaune užlieti rūsiai: gelbėtojai…\n\nPaskelbta 2026 m. kovo 3 d.\n\n"
            "kauno-diena.example\n\nKaune užlieti rūsiai: gelbėtojai dirbo visą naktį\n\n"
            "Kaune po liūties antradienį buvo užlieta per 120 rūsių, o gelbėtojai dirbo visą "
            "naktį, pranešė savivaldybė.\n")
    article = clip(text)
    assert article.title == "Kaune užlieti rūsiai: gelbėtojai dirbo visą naktį"
    assert article.body.startswith("Kaune po liūties")


def test_an_outlet_line_after_a_source_label_stays_out_of_the_body() -> None:
    text = ("Most na Odrze znów otwarty\n\nOpublikowano: 4 marca 2026\n\n"
            "Źródło: Kurier Nadodrzański\n\nKurier Nadodrzański\n\n"
            "Most na Odrze w Krośnie otwarto we wtorek po trzech miesiącach remontu, "
            "poinformował zarząd dróg.\n")
    article = clip(text)
    assert article.title == "Most na Odrze znów otwarty"
    assert article.body.startswith("Most na Odrze w Krośnie")


# The outlet's name on the first line, the headline under it, then the header lines, with
# no blank line between them (invented clips; labels read by shape where no file has them).
OUTLET_HEADLINE_LT = """Žemaitijos žinios
Klaipėdos uoste sudegė du sandėliai, evakuota 40 darbuotojų
Paskelbta 2026 m. kovo 4 d.
Atnaujinta: 2026-03-05 16:20
Kategorija: Regionai, Nelaimės
Nuotr. Jonas Petraitis/ELTA

Klaipėdos uoste trečiadienio rytą kilo gaisras, kuris per kelias valandas sunaikino du
sandėlius, pranešė ugniagesiai.

Antroje pastraipoje ugniagesiai pasakoja, kaip gesino gaisrą.
"""

OUTLET_HEADLINE_SK = """Východoslovenské noviny
Povodeň na Hornáde: z obce Kysak evakuovali 120 ľudí
Publikované 3. apríla 2026, 09:40
Aktualizované 4. 4. 2026 14:05
Rubrika: Regióny, Počasie
Zobraziť na webe : [Kliknite sem](#)

Rieka Hornád sa v noci na piatok vyliala z koryta a hasiči evakuovali 120 obyvateľov obce
Kysak.
"""


@pytest.mark.parametrize(
    ("text", "source", "title", "published", "left_out"),
    [
        (OUTLET_HEADLINE_LT, "Žemaitijos žinios",
         "Klaipėdos uoste sudegė du sandėliai, evakuota 40 darbuotojų", "2026-03-04",
         ["Paskelbta", "Atnaujinta", "Kategorija", "Nuotr."]),
        (OUTLET_HEADLINE_SK, "Východoslovenské noviny",
         "Povodeň na Hornáde: z obce Kysak evakuovali 120 ľudí", "2026-04-03",
         ["Publikované", "Aktualizované", "Rubrika", "Kliknite"]),
    ],
    ids=["lt", "sk"],
)
def test_an_outlet_line_above_the_headline_is_the_source(
    text, source, title, published, left_out
) -> None:
    article = clip(text)
    assert (article.source, article.title) == (source, title)
    assert article.published.startswith(published)  # the update date never replaces it
    first = article.body.split("\n")[0]
    assert first.startswith(("Klaipėdos uoste trečiadienio", "Rieka Hornád"))
    for word in left_out:
        assert word not in article.body
    assert title not in article.body


@pytest.mark.parametrize(
    ("first", "source"),
    [("severni-kurir.example", "severni-kurir.example"),
     ("zpravy-ze-zlína.example", "zpravy-ze-zlína.example"),
     ("www.Новини-Півдня.укр", "новини-півдня.укр"),
     ("7dni.example", "7dni.example")],
    ids=["ascii", "accented", "cyrillic", "digit-first"],
)
def test_a_first_line_that_is_a_domain_is_the_source(first: str, source: str) -> None:
    article = clip(f"{first}\nPožár skladu u Ostravy zaměstnal 15 jednotek hasičů\n"
                   "Publikováno: 4. 3. 2026 08:00\nRubrika: Zprávy\n\n"
                   "V noci na středu hořel sklad u Ostravy, hasiči s ohněm bojovali celou noc "
                   "a evakuovali 30 lidí.\n")
    assert article.source == source
    assert article.title == "Požár skladu u Ostravy zaměstnal 15 jednotek hasičů"
    assert article.body.startswith("V noci na středu")


def test_a_line_of_a_number_and_a_word_is_no_domain() -> None:
    article = clip("Ligaspiele am Wochenende\n\n1.Bundesliga\n\nDer Tabellenführer verlor in "
                   "Bremen mit 0:2, vor 40.000 Zuschauern im ausverkauften Stadion.\n")
    assert article.source != "1.bundesliga"


def test_label_lines_no_file_knows_leave_the_body_under_an_outlet_and_headline() -> None:
    # "Miktub fil-…" and "Taqsima:" are in no language file: a date after a word, a
    # "Label: word" line, inside the header block.
    article = clip("Il-Leħen t'Għawdex\nMaltempata fl-Imġarr: 30 familja bla dawl\n"
                   "Miktub fil-5 ta' Lulju 2026\nTaqsima: Lokali\n\n"
                   "Maltempata qawwija ħalliet 30 familja bla dawl fl-Imġarr, qalet "
                   "l-Enemalta nhar il-Ħadd filgħaxija.\n")
    assert article.source == "Il-Leħen t'Għawdex"
    assert article.title == "Maltempata fl-Imġarr: 30 familja bla dawl"
    assert article.published.startswith("2026-07-05")
    assert article.body.startswith("Maltempata qawwija")


def test_a_short_title_retold_in_the_text_is_not_taken_for_an_outlet() -> None:
    article = clip("Sturm über Kiel\nZwei Verletzte und viele umgestürzte Bäume nach der Nacht\n"
                   "Veröffentlicht am 3. März 2026\n\nDer Sturm hat am Montag in Kiel zwei "
                   "Menschen verletzt, wie die Polizei mitteilte.\n")
    assert article.title == "Sturm über Kiel"
    assert article.source is None
    assert "Zwei Verletzte und viele" in article.body  # the deck line is body text


@pytest.mark.parametrize(
    "text",
    [
        # a short first line, then the lead: no header at all
        "Dvi avarijos\nPirmadienį ant kelio Vilnius–Kaunas susidūrė keturi automobiliai, "
        "pranešė policija.\n\nDu žmonės buvo nuvežti į ligoninę.\n",
        # a title and a deck line, then the lead: no header line confirms an outlet
        "Hmla nad Tatrami\nZáchranári hľadali dvoch turistov celú noc\n\nHorskí záchranári "
        "v noci na nedeľu hľadali dvoch turistov, ktorí zablúdili v hustej hmle.\n",
    ],
    ids=["short-first-line", "title-and-deck"],
)
def test_without_header_lines_a_short_first_line_is_no_outlet(text: str) -> None:
    article = clip(text)
    second = text.split("\n")[1]
    assert article.source is None
    assert second[:30] in article.body  # nothing under the first line is eaten


def test_a_date_in_a_misdetected_language_still_gives_the_publication_day() -> None:
    # A short Estonian clip may be detected as Finnish: the month is still read, and the
    # later update time does not stand in for the publication.
    article = clip("Lõuna Leht\nTartu lähedal sõitis rong rööbastelt välja, viga sai 12 inimest\n"
                   "Avaldatud 6. veebruaril 2026\nUuendatud: 07.02.2026 kell 19:50\n\n"
                   "Tartu lähedal sõitis reede hommikul reisirong rööbastelt välja ja viga sai "
                   "12 inimest, teatas päästeamet.\n")
    assert article.published.startswith("2026-02-06")
    assert article.source == "Lõuna Leht"


def test_an_outlet_in_sentence_case_under_the_title_and_above_the_labels_is_the_source() -> None:
    for sep in ("\n", "\n\n"):
        article = clip(sep.join([
            "Poplava u Vukovaru: evakuirano 300 ljudi", "Podunavski tjednik",
            "Objavljeno 4. ožujka 2026", "Ažurirano: 05.03.2026 18:30", "Kategorija: Regija",
        ]) + "\n\nDunav se u utorak izlio iz korita u Vukovaru, a vatrogasci su evakuirali 300 "
             "stanovnika iz kuća uz obalu.\n")
        assert article.source == "Podunavski tjednik"
        assert article.published.startswith("2026-03-04")
        assert article.body.startswith("Dunav se u utorak")


@pytest.mark.parametrize("deck", [
    "Zwei Verletzte und viele umgestürzte Bäume nach der Nacht",
    "Die Feuerwehr rückte in der Nacht mehr als 80 Mal aus.",
], ids=["no-stop", "sentence"])
def test_a_deck_line_above_the_labels_stays_and_the_labels_leave(deck: str) -> None:
    article = clip(f"Sturm über Kiel\n{deck}\nVeröffentlicht am 3. März 2026\n"
                   "Rubrik: Lokales, Wetter\n\nDer Sturm hat am Montag in Kiel zwei Menschen "
                   "verletzt, wie die Polizei mitteilte.\n")
    assert article.title == "Sturm über Kiel"
    assert article.body.split("\n\n")[0] == deck
    assert "Veröffentlicht" not in article.body and "Rubrik" not in article.body
    assert article.published.startswith("2026-03-03")


def test_a_wrapped_lead_under_the_title_is_not_read_as_deck_and_header() -> None:
    text = ("Harbour report due\nThe council said the long-awaited harbour report, first\n"
            "published on 4 March 2026, would be debated on Monday evening.\n")
    article = clip(text)
    assert "first published on 4 March 2026, would be debated" in article.body


GORLITZ_LEAD = ("Die Neiße ist am Dienstag in Görlitz über die Ufer getreten, die Feuerwehr "
                "brachte 200 Anwohner in Sicherheit, teilte die Stadt mit.")


@pytest.mark.parametrize("extra", [
    "04.03.2026, 10:15 Uhr", "Dienstag, 4. März 2026", "4. März 2026 um 10:15", "10:15 Uhr",
    "#Hochwasser #Görlitz", "Anna Schmidt / Sächsische Zeitung",
])
@pytest.mark.parametrize("where", ["above", "below"])
def test_header_lines_of_any_shape_around_the_date_line_leave_the_body(
    extra: str, where: str
) -> None:
    header = ["Oberlausitzer Bote", "Hochwasser in Görlitz: 200 Menschen evakuiert",
              "Veröffentlicht am 4. März 2026"]
    header.insert(2 if where == "above" else 3, extra)
    article = clip("\n".join(header) + f"\n\n{GORLITZ_LEAD}\n\nZweiter Absatz.\n")
    assert article.title == "Hochwasser in Görlitz: 200 Menschen evakuiert"
    assert article.source == "Oberlausitzer Bote"
    assert article.published.startswith("2026-03-04")
    assert article.body.startswith("Die Neiße")


def test_hashtags_in_the_header_are_tags() -> None:
    article = clip("Hochwasser in Görlitz: 200 Menschen evakuiert\nVeröffentlicht am 4. März 2026"
                   f"\n#Hochwasser #Görlitz\n\n{GORLITZ_LEAD}\n")
    assert {"Hochwasser", "Görlitz"} <= set(article.tags)


def test_a_headline_line_that_starts_with_a_figure_and_a_date_is_not_a_date_line() -> None:
    title = "200 Menschen in Görlitz am 4. März 2026 evakuiert"
    article = clip(f"Oberlausitzer Bote\n{title}\nVeröffentlicht am 4. März 2026\n\n"
                   f"{GORLITZ_LEAD}\n")
    assert article.title == title


def test_an_address_under_the_title_does_not_swallow_it() -> None:
    article = clip("Hochwasser in Görlitz: 200 Menschen evakuiert\n"
                   "https://oberlausitzer-bote.example/artikel/123\n"
                   f"Veröffentlicht am 4. März 2026\n\n{GORLITZ_LEAD}\n")
    assert article.title == "Hochwasser in Görlitz: 200 Menschen evakuiert"
    assert article.url == "https://oberlausitzer-bote.example/artikel/123"
    assert article.body.startswith("Die Neiße")


def test_an_outlet_named_in_its_own_address_is_still_the_outlet() -> None:
    article = clip("Oberlausitzer Bote\nHochwasser in Görlitz: 200 Menschen evakuiert\n"
                   "Veröffentlicht am 4. März 2026\n"
                   f"https://oberlausitzer-bote.example/artikel/123\n\n{GORLITZ_LEAD}\n")
    assert article.source == "Oberlausitzer Bote"
    assert article.title == "Hochwasser in Görlitz: 200 Menschen evakuiert"


def test_label_lines_between_the_headline_and_the_date_are_header_lines() -> None:
    article = clip("Oberlausitzer Bote\nHochwasser in Görlitz: 200 Menschen evakuiert\n"
                   "Lesezeit: 3 Minuten\nVeröffentlicht am 4. März 2026\n\n"
                   f"{GORLITZ_LEAD}\n")
    assert article.source == "Oberlausitzer Bote"
    assert article.body.startswith("Die Neiße")


@pytest.mark.parametrize("deck", ["Die Entscheidung fiel einstimmig", "Residents told to leave"])
def test_a_short_deck_under_the_title_before_a_date_line_is_not_an_outlet(deck: str) -> None:
    article = clip(f"Stadtrat beschließt Hochwasserschutz\n{deck}\nDienstag, 4. März 2026\n\n"
                   "Der Stadtrat hat am Dienstag den neuen Hochwasserschutzplan beschlossen, der "
                   "12 Millionen Euro kostet.\n")
    assert article.source is None
    assert deck in article.body


@pytest.mark.parametrize("labels_first", [False, True], ids=["outlet-headline", "outlet-labels"])
def test_a_short_headline_under_a_longer_outlet_name_is_the_title(labels_first: bool) -> None:
    outlet, title = "Il Nuovo Corriere del Sannio", "Frana a Benevento"
    labels = ["Pubblicato il 4 marzo 2026", "Categoria: Cronaca"]
    head = [outlet, *labels, title] if labels_first else [outlet, title, *labels]
    article = clip("\n".join(head) + "\n\nUna frana ha colpito martedì la periferia di "
                   "Benevento e i vigili del fuoco hanno evacuato 50 famiglie.\n")
    assert (article.source, article.title) == (outlet, title)
    assert article.body.startswith("Una frana")


def test_an_outlet_name_with_a_one_word_descriptor_is_the_source() -> None:
    article = clip("Kujawski Głos – online\nPożar hali magazynowej pod Toruniem\n"
                   "Opublikowano: 4 marca 2026\n\nPożar hali magazynowej wybuchł we wtorek "
                   "wieczorem pod Toruniem; strażacy gasili go przez sześć godzin.\n")
    assert (article.source, article.title) == ("Kujawski Głos – online",
                                               "Pożar hali magazynowej pod Toruniem")
    assert article.body.startswith("Pożar hali")


def test_a_month_first_date_line_under_the_headline_is_header() -> None:
    article = clip("Coastal Weekly Herald\nThree hurt as crane topples onto quay in Dunmore\n"
                   "March 4, 2026\n\nThree dock workers were hurt when a crane toppled onto "
                   "the quay in Dunmore on Tuesday, the port authority said.\n")
    assert (article.source, article.title) == (
        "Coastal Weekly Herald", "Three hurt as crane topples onto quay in Dunmore")
    assert article.published is not None and article.published.startswith("2026-03-04")
    assert article.body.startswith("Three dock workers")


def test_an_outlet_whose_place_the_lead_repeats_is_still_the_outlet() -> None:
    """A hyphenated outlet name is one word: "Ost" in the lead does not retell "Ost-Kurier"."""
    article = clip("Ost-Kurier\nFrachtschiff rammt Kaimauer – Hafenbetrieb eingestellt\n"
                   "Veröffentlicht am 4. März 2026\n\nIm Osthafen ist am Dienstag ein "
                   "Containerschiff gegen die Kaimauer gefahren; der Betrieb ruht.\n")
    assert article.source == "Ost-Kurier"
    assert article.title == "Frachtschiff rammt Kaimauer – Hafenbetrieb eingestellt"


def test_on_a_tie_a_sentence_under_a_short_outlet_name_is_the_headline() -> None:
    """Half of each line comes back in the lead; the line twice as long is the headline."""
    article = clip("Itä-Savon Sanomat\nSatamanosturi kaatui myrskyssä kahden varaston päälle\n"
                   "Julkaistu: 4.3.2026\n\nItä-Savossa satamanosturi kaatui tiistaina kovassa "
                   "tuulessa kahteen varastoon.\n")
    assert article.source == "Itä-Savon Sanomat"
    assert article.title == "Satamanosturi kaatui myrskyssä kahden varaston päälle"


def test_a_date_inside_a_byline_is_the_publication_date() -> None:
    article = clip("DANUBE LEDGER\nFerry strike strands 400 lorries at the river crossing\n"
                   "By Ilona Varga | Business | 9 June 2026\n\n"
                   "About 400 lorries were stranded on Tuesday when ferry crews at the crossing "
                   "walked out over pay, the operator said.\n")
    assert article.source == "DANUBE LEDGER"
    assert article.published.startswith("2026-06-09")
    assert "By Ilona Varga" not in article.body


def test_an_update_date_on_a_category_line_is_read() -> None:
    article = clip("Podravski tjednik\nPoplava u Koprivnici: evakuirano dvadeset obitelji\n"
                   "Rubrika: Vijesti | Ažurirano 3.4.2026. u 11:20\n\n"
                   "U Koprivnici je u srijedu evakuirano dvadeset obitelji nakon što je potok "
                   "poplavio ulice u istočnom dijelu grada.\n")
    assert article.published.startswith("2026-04-03")
    assert "Ažurirano" not in " ".join(article.tags)
    assert article.body.startswith("U Koprivnici")


def test_a_title_case_outlet_over_a_headline_sharing_a_word_with_the_lead() -> None:
    # "Delta" comes back in the lead inside a place name; the headline is the title.
    article = clip("Delta Courier\nSwarm of wasps closes seven schools in one morning\n"
                   "Updated 2 March 2026, 08:10\n\n"
                   "Seven schools near the Delta Marsh reserve shut their doors on Monday after "
                   "wasps nested in ventilation shafts, the council said.\n")
    assert (article.source, article.title) == (
        "Delta Courier", "Swarm of wasps closes seven schools in one morning")

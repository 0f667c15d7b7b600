"""Each supported format, sniffed from content, yields fully populated articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.ingest import load_file, parse_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def one(name: str):
    articles = load_file(FIXTURES / name)
    assert len(articles) == 1
    return articles[0]


def test_markdown_yaml_front_matter() -> None:
    a = one("yaml_front_matter.md")
    assert a.title == "Ferry service resumes after storm"
    assert (a.source, a.url) == ("Harbor Ledger", "https://harborledger.example/ferry")
    assert (a.language, a.language_detected) == ("en", False)  # "lang: en-GB" normalised
    assert a.published == "2026-01-15T00:00:00+00:00"
    assert a.tags == ["transport", "weather"]
    assert a.format == "markdown"
    # The heading repeating the title is not kept; markdown itself is.
    assert a.body.startswith("The island ferry sailed")
    assert "**all 14 crossings**" in a.body
    assert a.body.count("\n\n") == 1
    assert a.raw == (FIXTURES / "yaml_front_matter.md").read_bytes()
    assert a.origin == str(FIXTURES / "yaml_front_matter.md")


def test_markdown_toml_front_matter() -> None:
    a = one("toml_front_matter.md")
    assert a.title == "Nieve corta la carretera del puerto"
    assert (a.language, a.language_detected) == ("es", False)  # "Spanish"
    assert a.published == "2026-02-03T09:30:00+01:00"
    assert a.tags == ["tráfico", "nieve"]
    assert "300 camiones" in a.body


def test_markdown_title_from_heading_and_language_detected() -> None:
    a = one("heading_only.md")
    assert a.title == "Il mercato coperto riapre dopo i lavori"
    assert not a.body.startswith("#")
    assert (a.language, a.language_detected) == ("it", True)
    assert a.published is None


def test_plain_text_clipping() -> None:
    a = one("clipping.txt")
    assert a.title == "Lighthouse Keepers Vote to Strike Over Night Shifts"
    assert a.source == "coastwatch.example"
    assert a.format == "text"
    # An explicit publication date beats the later crawl date.
    assert a.published == "2026-03-03T00:00:00+00:00"
    for noise in ("Document Date", "Show on website", "Category:", "Click Here", "Published on"):
        assert noise not in a.body
    assert "Marta Quill" not in a.body and "Dario Venn/AP" not in a.body
    # The caption stays; the paragraph broken mid-sentence is joined.
    assert "Keepers at the north point station during the vote count." in a.body
    assert (
        "The union said 31 of its 34 members took part in the ballot, which ran for two weeks "
        "and closed on Sunday evening at the harbour office."
    ) in a.body.split("\n\n")
    assert a.tags == ["Coast", "Labour"]  # the language category is dropped


def test_plain_text_without_title_line() -> None:
    a = one("lead_only.txt")
    assert a.title.startswith("A câmara municipal anunciou")
    assert a.title.endswith("…") and len(a.title) <= 91
    assert "Lisboa" not in a.title  # the dateline is not part of the title
    assert a.body.startswith("Lisboa – A câmara")  # but the lead stays in the body
    assert (a.language, a.language_detected) == ("pt", True)
    assert a.published == "2026-02-02T00:00:00+00:00"  # "2 de fevereiro de 2026"
    assert "Foto:" not in a.body
    assert len(a.body.split("\n\n")) == 3


def test_html_page_main_text_and_meta() -> None:
    a = one("page.html")
    assert a.title == "Cheia no vale deixa três aldeias isoladas"
    assert a.source == "Diário do Vale"
    assert a.url == "https://diariodovale.example/cheia"
    assert (a.language, a.language_detected) == ("pt", False)  # <html lang="pt-BR">
    assert a.published == "2026-03-03T08:15:00-03:00"
    assert a.format == "html"
    assert a.body.startswith("As chuvas fortes")
    assert len(a.body.split("\n\n")) == 3
    for junk in ("cookies", "newsletter", "Desporto", "direitos reservados", "tracking"):
        assert junk not in a.body


def test_rss_feed_every_item() -> None:
    articles = load_file(FIXTURES / "feed_rss.xml")
    assert [a.title for a in articles] == [
        "Bridge repairs finish early",
        "Library extends opening hours",
    ]
    first, second = articles
    assert {a.source for a in articles} == {"Valley Courier"}
    assert {a.format for a in articles} == {"rss"}
    assert first.url == "https://valleycourier.example/bridge"
    assert first.published == "2026-02-10T07:30:00+01:00"
    assert first.body == (
        "The old stone bridge reopened to traffic on Monday, two weeks ahead of plan."
        "\n\nCrews replaced eighteen worn blocks."
    )
    assert first.tags == ["roads"]
    assert (first.language, first.language_detected) == ("en", False)  # channel <language>
    assert second.published == "2026-02-11T12:00:00+00:00"
    assert [a.origin for a in articles] == [
        f"{FIXTURES / 'feed_rss.xml'}#1",
        f"{FIXTURES / 'feed_rss.xml'}#2",
    ]
    assert b"Bridge repairs" in first.raw and b"Library" not in first.raw


def test_atom_feed_entry_language_and_dates() -> None:
    first, second = load_file(FIXTURES / "feed_atom.xml")
    assert first.format == second.format == "atom"
    assert first.source == "Bergblatt"
    assert first.url == "https://bergblatt.example/seilbahn"
    assert (first.language, first.language_detected) == ("de", False)  # xml:lang
    assert first.published == "2026-03-14T09:00:00+01:00"  # published beats updated
    assert "22 Stützen" in first.body and "<p>" not in first.body
    assert (second.language, second.language_detected) == ("de", True)
    assert second.published == "2026-03-13T18:00:00+00:00"
    assert second.body.startswith("Ab April")


def test_jsonl_round_trips_inspect_fields() -> None:
    first, second = load_file(FIXTURES / "articles.jsonl")
    assert first.title == "Orchard harvest starts early"
    assert (first.source, first.url) == ("Farm Weekly", "https://farmweekly.example/orchard")
    assert (first.language, first.language_detected) == ("en", False)
    assert first.published == "2025-09-01T06:00:00+02:00"
    assert (
        first.body
        == "Pickers began work two weeks early this year.\n\nYields look about 10% higher."
    )
    assert first.tags == ["farming"] and first.format == "jsonl"
    assert first.raw.startswith(b'{"title": "Orchard') and b"pommes" not in first.raw
    assert (second.language, second.language_detected) == ("fr", True)
    assert second.published == "2025-09-02T00:00:00+00:00"
    assert second.origin.endswith("articles.jsonl#2")


def test_jsonl_detected_language_is_kept_as_detected() -> None:
    line = b'{"title": "Greve", "body": "Os comboios pararam.", "language": "pt", '
    line += b'"language_detected": true}\n'
    (a,) = parse_bytes(line, "x.jsonl")
    assert (a.language, a.language_detected) == ("pt", True)


def test_json_object_and_array() -> None:
    obj = b'{\n  "title": "Solo",\n  "body": "Just one article here.",\n  "language": "en"\n}\n'
    (a,) = parse_bytes(obj, "one.json")
    assert a.title == "Solo" and a.origin == "one.json"
    arr = b'[{"title": "A", "body": "First one."}, {"title": "B", "body": "Second one."}]'
    assert [x.title for x in parse_bytes(arr, "many.json")] == ["A", "B"]


@pytest.mark.parametrize(
    ("fixture", "fmt"),
    [
        ("yaml_front_matter.md", "markdown"),
        ("clipping.txt", "text"),
        ("page.html", "html"),
        ("feed_rss.xml", "rss"),
        ("feed_atom.xml", "atom"),
        ("articles.jsonl", "jsonl"),
    ],
)
def test_content_is_sniffed_not_the_extension(tmp_path: Path, fixture: str, fmt: str) -> None:
    misnamed = tmp_path / "download.bin"
    shutil.copy(FIXTURES / fixture, misnamed)
    assert {a.format for a in load_file(misnamed)} == {fmt}


def test_every_article_is_complete() -> None:
    for path in sorted(FIXTURES.iterdir()):
        for a in load_file(path):
            assert a.title.strip() == a.title and a.title, path
            assert a.body and "\n\n\n" not in a.body, path
            assert a.language and a.language.islower() and len(a.language) == 2, path
            assert a.raw and a.format and a.origin, path
            assert a.published is None or a.published[10:11] == "T", path


def test_markdown_edge_cases() -> None:
    (a,) = parse_bytes(b"# **Bold** news `today`\n\nBody text here.", "a.md")
    assert (a.title, a.body) == ("Bold news today", "Body text here.")
    (b,) = parse_bytes(b"---\n\nText after a thematic break.\n\n---\n\nMore.\n", "b.md")
    assert b.title == "Text after a thematic break"  # "---" was not front matter
    (c,) = parse_bytes(b"A [linked](https://x.example) *lead* line with no heading.\n", "c.md")
    assert c.title == "A linked lead line with no heading"
    (d,) = parse_bytes(b"Storm closes port\n=================\n\nAll ships stayed in.", "d.md")
    assert (d.title, d.body) == ("Storm closes port", "All ships stayed in.")


def test_html_fragment_without_document() -> None:
    (a,) = parse_bytes(b"<p>The square was repaved in May.</p><p>It cost 2 million.</p>", "f")
    assert a.format == "html"
    assert a.body == "The square was repaved in May.\n\nIt cost 2 million."


def test_legacy_rss_with_doctype_and_declared_cp1252() -> None:
    data = (
        b'<?xml version="1.0" encoding="windows-1252"?>\n'
        b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
        b'<rss version="0.91"><channel><title>Caf\xe9 Gazette</title><language>fr</language>'
        b"<item><title>Le caf\xe9 ferme</title><description>Le caf\xe9 du coin ferme, "
        b"l'addition \x80 la main.</description></item></channel></rss>"
    )
    (a,) = parse_bytes(data, "old.rss")
    assert (a.title, a.source, a.language) == ("Le café ferme", "Café Gazette", "fr")
    assert a.body == "Le café du coin ferme, l'addition € la main."


def test_rss_1_rdf_feed() -> None:
    data = (
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        b' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b'<channel rdf:about="https://a.example/"><title>Quarry Post</title></channel>'
        b'<item rdf:about="https://a.example/1"><title>Quarry closes</title>'
        b"<link>https://a.example/1</link><description>The quarry closed after 80 years."
        b"</description><dc:date>2026-01-02T03:04:05Z</dc:date></item></rdf:RDF>"
    )
    (a,) = parse_bytes(data, "rdf.xml")
    assert (a.title, a.source, a.format) == ("Quarry closes", "Quarry Post", "rss")
    assert a.published == "2026-01-02T03:04:05+00:00"


def test_plain_text_trailing_outlet_and_outlet_credit() -> None:
    text = (
        "Tram line extended to the stadium\n\n"
        "By Lea Marchetti\n\n"
        "The new tram stop opened on Friday, ahead of the derby.\n\n"
        "Lea Marchetti/Il Corriere del Borgo\n\n"
        "Ana de Sousa/Lusa\n\n"
        "Trams will run every six minutes on match days.\n\n"
        "tramnews.example\n"
    )
    (a,) = parse_bytes(text.encode("utf-8"), "tram.txt")
    assert a.source == "tramnews.example"
    assert a.body == (
        "The new tram stop opened on Friday, ahead of the derby.\n\n"
        "Trams will run every six minutes on match days."
    )


def test_html_import_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during import")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = (
        (FIXTURES / "page.html")
        .read_bytes()
        .replace(b"</head>", b'<link rel="stylesheet" href="https://cdn.example/x.css"></head>')
    )
    (a,) = parse_bytes(page, "https://diariodovale.example/cheia.html")
    assert a.source == "Diário do Vale"
    (feed,) = parse_bytes(
        b'<rss version="2.0"><channel><title>T</title><item><title>Item</title>'
        b'<description>&lt;img src="https://cdn.example/a.png"&gt;Text.</description>'
        b"</item></channel></rss>",
        "f.xml",
    )
    assert feed.body == "Text."


def test_html_drops_the_repeated_headline_and_its_kicker() -> None:
    paragraph = " ".join(["The river rose through the night and reached the old town."] * 3)
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
    <meta property="og:title" content="River floods the old town">
    <meta property="og:site_name" content="Harbor Ledger"></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><p class="kicker">Europe</p><h1>River floods the old town</h1>
    <p>{paragraph}</p><p>{paragraph}</p><p>Crews worked until dawn to clear the streets.</p>
    </article><footer>© Harbor Ledger</footer></body></html>""".encode()
    (article,) = parse_bytes(page, "flood.html")
    assert article.title == "River floods the old town"
    first = article.body.split("\n\n")[0]
    assert first.startswith("The river rose"), first
    assert "Europe" not in article.body

"""Every supported encoding imports to the same text; controls never reach the store."""

from __future__ import annotations

import codecs

import pytest

from tui.ingest import parse_bytes
from tui.ingest.clean import strip_controls

PT = (
    "# Greve nos comboios afeta três regiões\n\n"
    "Os comboios não circularam na manhã de terça-feira, e a empresa prevê atrasos "
    "até às 18h. «Não há serviços mínimos», disse o sindicato.\n"
)
FR = (
    "Grève des cheminots à Besançon\n\n"
    "Aucun train n'a circulé mardi matin ; la société prévoit des retards jusqu'à 18 h. "
    "« Il n'y a pas de service minimum », a déclaré le syndicat ; 80 % des trajets "
    "sont annulés, coût estimé : 2 000 francs suisses.\n"
)


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),  # BOM + native order
        lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
        lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
        lambda s: s.encode("cp1252"),
        lambda s: s.encode("latin-1"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-le", "utf16-be", "cp1252", "latin1"],
)
@pytest.mark.parametrize("text", [PT, FR], ids=["pt", "fr"])
def test_encodings_decode_to_the_same_article(encode, text: str) -> None:
    expected = parse_bytes(text.encode("utf-8"), "ref.txt")[0]
    data = encode(text)
    (article,) = parse_bytes(data, "article.txt")
    assert article.title == expected.title
    assert article.body == expected.body
    assert article.language == expected.language
    assert "\ufeff" not in article.title and "Ã" not in article.body
    assert article.raw == data


def test_cp1252_quotes_and_euro() -> None:
    data = "Preço sobe\n\nO bilhete custa 3 € — “caro”, dizem.".encode("cp1252")
    (a,) = parse_bytes(data, "x.txt")
    assert a.body == "O bilhete custa 3 € — “caro”, dizem."


def test_utf16_without_bom() -> None:
    (a,) = parse_bytes("Title here\n\nPlain body text.".encode("utf-16-le"), "x.txt")
    assert (a.title, a.body) == ("Title here", "Plain body text.")


def test_cyrillic_legacy_encoding_is_not_read_as_cp1252() -> None:
    text = "Поезда остановились\n\nВо вторник утром поезда не ходили по всей области до обеда."
    (a,) = parse_bytes(text.encode("cp1251"), "x.txt")
    assert a.title == "Поезда остановились"
    assert a.language == "ru"


def test_control_sequences_removed_everywhere() -> None:
    nasty = (
        "---\n"
        'title: "Safe\\x1b[31m title\\u202e"\n'
        'source: "Out\\x00let\\x1b]8;;http://evil.example\\x07"\n'
        "---\n"
        "Body\x1b[2J\x1b[H text\x07 with \u2066isolate\u2069 and \x9b31mC1\x9d0;t\x07 codes.\n\n"
        "\x1b]0;window title\x1b\\Second paragraph\x00 here.\n"
    )
    (a,) = parse_bytes(nasty.encode("utf-8"), "x.md")
    assert a.title == "Safe title"
    assert a.source == "Outlet"
    assert a.body == "Body text with isolate and C1 codes.\n\nSecond paragraph here."
    for field in (a.title, a.body, a.source):
        assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in field)
        assert not any(0x7F <= ord(ch) <= 0x9F for ch in field)
        assert not any(
            ch in field for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        )


def test_strip_controls_keeps_text() -> None:
    assert strip_controls("a\tb\nc") == "a\tb\nc"
    assert strip_controls("a\r\nb\rc") == "a\nb\nc"
    assert strip_controls("x\x1b[1;31mred\x1b[0m y") == "xred y"
    assert strip_controls("\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\") == "link"
    assert strip_controls("مرحبا \u202bعالم\u202c") == "مرحبا عالم"
    assert strip_controls("") == ""


def test_nul_bytes_in_text_file_are_removed_not_fatal() -> None:
    (a,) = parse_bytes(b"Harbour news\n\nBoats\x00 returned\x00 at dawn.", "x.txt")
    assert a.body == "Boats returned at dawn."


def test_eight_bit_string_sequences_go_with_their_payload() -> None:
    # SOS, PM and APC strings in their 8-bit form: the payload is not text either.
    for intro in ("\x98", "\x9e", "\x9f"):
        assert strip_controls(f"before {intro}hidden payload\x9c after") == "before  after"


def test_escape_spans_and_is_control_agree_with_strip_controls() -> None:
    from tui.ingest.clean import escape_spans, is_control

    text = "a\x1b[31mb\x9dosc\x07c"
    spans = escape_spans(text)
    kept = "".join(ch for i, ch in enumerate(text) if not any(s <= i < e for s, e in spans))
    assert kept == "abc" == strip_controls(text)
    assert escape_spans("plain text") == []
    assert is_control("\u202e") and is_control("\x00") and not is_control("é")

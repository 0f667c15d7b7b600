"""Search: plain words as words, one-line hints for FTS syntax, a bounded query, known
spellings of a name (Kyiv / Kiev / Київ), highlighting that folds accents."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main
from tui.models import Article, StoreError
from tui.search import MAX_TERMS, SearchError, highlight_pattern, plan_search
from tui.store import ArticleFilter, Store
from tui.store.schema import LATEST_VERSION

REPORTS = [
    Article(title="Drones over Kyiv", body="Air defence worked overnight in Kyiv.",
            language="en", url="https://a.example/1"),
    Article(title="Drones sobre Kiev", body="A defesa aérea atuou durante a noite em Kiev.",
            language="pt", url="https://b.example/1"),
    Article(title="Дрони над Київ", body="Протиповітряна оборона працювала вночі.",
            language="uk", url="https://c.example/1"),
    Article(title="Droid sighting", body="A fan dressed as C-3PO greeted the crowd.",
            language="en", url="https://d.example/1"),
]  # fmt: skip


@pytest.fixture
def store(db_path: Path):
    with Store.open(db_path) as s:
        s.import_articles(REPORTS)
        yield s


def found(store: Store, text: str, **kw) -> set[str]:
    return {hit.article.language or "" for hit in store.search(plan_search(text, **kw).fts)}


def test_a_name_finds_its_other_spellings_and_scripts(store: Store) -> None:
    assert found(store, "Kyiv") == {"en", "pt", "uk"}
    assert found(store, "Kiev") == {"en", "pt", "uk"}
    assert found(store, "Київ") == {"en", "pt", "uk"}
    plan = plan_search("Kyiv")
    assert "Kiev" in plan.also and "Київ" in plan.also and plan.also.startswith("also: ")


def test_exact_turns_the_variants_off(store: Store) -> None:
    assert found(store, "Kyiv", exact=True) == {"en"}
    assert found(store, "=Kiev") == {"pt"}  # the search box's way to say exact
    assert plan_search("Kyiv", exact=True).also == ""


def test_other_words_are_still_required(store: Store) -> None:
    assert found(store, "Kiev noite") == {"pt"}
    assert found(store, "unknownword") == set()


def test_plain_words_are_searched_as_words(store: Store) -> None:
    hits = store.search(plan_search("C-3PO").fts)
    assert [h.article.title for h in hits] == ["Droid sighting"]
    assert plan_search("a-b: c").fts == '"a b" AND "c"'
    assert plan_search("Crete: quake", exact=True).fts == '"Crete" "quake"'


@pytest.mark.parametrize(
    "query",
    ['"abc', "(drones", "drones)", "AND", "drones AND", "NOT drones", "title:", "x y:z OR a",
     "(x:y)", "*", "a OR OR b", "NEAR(a b", "^", "(drones OR"],
)  # fmt: skip
def test_every_fts_syntax_problem_is_a_one_line_hint(store: Store, query: str) -> None:
    with pytest.raises((StoreError, SearchError)) as exc:
        store.search(plan_search(query).fts)
    message = str(exc.value)
    assert message.startswith(("invalid search query: ", "empty search")) and "\n" not in message
    assert "fts5" not in message and "no such column" not in message


def test_an_empty_query_is_a_hint_not_an_fts_error() -> None:
    for text in ("", "   ", "--"):
        with pytest.raises(SearchError, match="empty search"):
            plan_search(text)


def test_queries_are_bounded() -> None:
    assert plan_search(" ".join(f"w{i}" for i in range(MAX_TERMS))).note == ""
    # An FTS5 expression cannot be cut: a longer one is refused.
    with pytest.raises(SearchError, match="too long"):
        plan_search(" OR ".join(f"w{i}" for i in range(2000)))
    # Variants never push a query over the bound.
    many = plan_search(" ".join(["Kyiv"] * MAX_TERMS))
    assert many.fts.count('"') // 2 <= MAX_TERMS


def test_a_longer_plain_query_searches_its_first_words_and_says_so(store: Store) -> None:
    # A pasted sentence: its first MAX_TERMS words must all occur, so its article is found.
    words = ["A", "defesa", "aérea", "atuou", "durante", "a", "noite", "em", "Kiev"]
    text = " ".join((words * 20)[: MAX_TERMS + 16])
    for prefix in (False, True):
        plan = plan_search(text, prefix=prefix, syntax=not prefix)
        assert plan.note == (
            f"long search: only the first {MAX_TERMS} of {MAX_TERMS + 16} words are searched"
        )
        assert plan.fts.count('"') // 2 == MAX_TERMS
        assert {hit.article.language for hit in store.search(plan.fts)} == {"pt"}


def test_cli_says_when_only_the_first_words_are_searched(capsys, db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.import_articles(REPORTS)
    text = " ".join(["Kiev"] * (MAX_TERMS + 1))
    assert main(["search", text, "--db", str(db_path)]) == 0
    out, err = capsys.readouterr()
    assert "Drones sobre Kiev" in out and f"first {MAX_TERMS} of {MAX_TERMS + 1} words" in err


def test_reader_mode_reads_operators_as_words(store: Store) -> None:
    plan = plan_search('"zzqx AND (*', prefix=True, syntax=False)
    assert store.search(plan.fts) == []


def test_highlighting_folds_accents_and_includes_variants() -> None:
    pattern = highlight_pattern(["Crete"])
    assert pattern is not None
    text = "Crète, CRÈTE, Crete and Cre\u0300te; not Creta"
    assert pattern.findall(text) == ["Crète", "CRÈTE", "Crete", "Cre\u0300te"]
    terms = plan_search("Crete").highlight_terms
    assert "Crète" in highlight_pattern(terms).findall("la Crète") or "Creta" in terms


def test_cli_search_variants_exact_and_hints(capsys, db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.import_articles(REPORTS)
    db = ["--db", str(db_path)]
    assert main(["search", "Kyiv", *db]) == 0
    out, err = capsys.readouterr()
    assert out.count("Drones") == 4 and "Дрони" in out and "also: Kiev" in err
    assert main(["search", "Kyiv", "--exact", *db]) == 0
    out, err = capsys.readouterr()
    assert out.count("Drones") == 2 and "Дрони" not in out and "also" not in err
    assert main(["search", "C-3PO", *db]) == 0
    assert "Droid sighting" in capsys.readouterr().out
    for bad in ("", '"abc', "(x:y)"):
        assert main(["search", bad, *db]) == 1
        _, err = capsys.readouterr()
        assert len(err.strip().splitlines()) == 1 and "fts5" not in err, bad


def test_no_typed_text_escapes_as_a_raw_error(store: Store) -> None:
    """Every punctuation pair around a word, as the CLI and as the reader read it."""
    marks = "\"'*()^:+-.,;!?{}[]<>/\\|&~`@#$%="
    for a in marks:
        for b in marks:
            for text in (f"{a}drones{b}", f"{a} AND {b}", f"kyiv{a}{b}"):
                for syntax in (True, False):
                    try:
                        store.search(plan_search(text, prefix=not syntax, syntax=syntax).fts)
                    except (SearchError, StoreError) as exc:
                        assert not syntax or "\n" not in str(exc)
                        assert syntax or isinstance(exc, SearchError), text


# Names the gazetteer does not know: transliteration and Cyrillic cases (invented reports).
SCRIPTS = [
    Article(title="Mayor Bondarenko opens the bridge", body="Olena Bondarenko cut the ribbon.",
            language="en", url="https://e.example/1"),
    Article(title="Мер Бондаренко відкрила міст", body="Олена Бондаренко перерізала стрічку.",
            language="uk", url="https://f.example/1"),
    Article(title="Пожар в порту Варна", body="В порту Варна сгорел склад.",
            language="ru", url="https://g.example/1"),
    Article(title="Судно у Варны", body="Судно село на мель у Варны.", language="ru",
            url="https://h.example/1"),
]  # fmt: skip


def test_a_name_in_another_script_finds_its_transliteration(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.import_articles(SCRIPTS)
        hits = {h.article.language for h in s.search(plan_search("Бондаренко").fts)}
        assert hits == {"en", "uk"}
        assert plan_search("Бондаренко").also == "also: Bondarenko"
        assert plan_search("Бондаренко", exact=True).also == ""


def test_an_inflected_cyrillic_name_finds_its_other_cases(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.import_articles(SCRIPTS)
        titles = {h.article.title for h in s.search(plan_search("Варной").fts)}
        assert titles == {"Пожар в порту Варна", "Судно у Варны"}
        assert "Варн…" in plan_search("Варной").also


def test_latin_words_get_no_invented_variants() -> None:
    assert plan_search("storm").also == "" and plan_search("bridge opening").also == ""


# A Latin query for a name the gazetteer does not know finds it in another script, through
# the romanised copy of the text in the index (tui/store/romanised.py). Invented reports.
OTHER_SCRIPTS = [
    *SCRIPTS,
    Article(title="Ο Παπαδόπουλος στη Βουλή", body="Ο βουλευτής Παπαδόπουλος μίλησε χθες.",
            language="el", url="https://i.example/1"),
    Article(title="Papadopoulos speaks", body="The deputy Papadopoulos spoke on Tuesday.",
            language="en", url="https://j.example/1"),
]  # fmt: skip


def test_a_latin_query_finds_names_written_in_other_scripts(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.import_articles(OTHER_SCRIPTS)
        for query, languages in (("Bondarenko", ["en", "uk"]), ("Papadopoulos", ["el", "en"])):
            hits = s.search(plan_search(query).fts)
            assert sorted(h.article.language or "" for h in hits) == languages  # no duplicates
            assert s.count(ArticleFilter(query=plan_search(query, prefix=True).fts)) == 2
        # The snippet is the article's own text, never its romanised copy.
        greek = [h for h in s.search(plan_search("Papadopoulos").fts) if h.article.language == "el"]
        assert "Παπαδόπουλος" in greek[0].snippet and "Papadop" not in greek[0].snippet
        # A Cyrillic query still finds the Latin report (variants) and not the Greek ones.
        assert {h.article.language for h in s.search(plan_search("Бондаренко").fts)} == {
            "en", "uk"
        }


def test_latin_articles_store_no_romanised_copy(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.import_articles([*OTHER_SCRIPTS, Article(
            title="São Paulo: 1ª sessão — «Łódź»", body="Custa 5 €/m² em Curitiba.",
            language="pt", url="https://k.example/1")])
        rows = dict(s._conn.execute("SELECT url, romanised FROM articles").fetchall())
        assert rows["https://k.example/1"] == rows["https://e.example/1"] == ""
        assert "Bondarenko" in rows["https://f.example/1"]


def test_an_older_archive_gets_its_romanised_copy_on_open(db_path: Path) -> None:
    import sqlite3

    from tui.store.schema import MIGRATIONS, ROMANISED_SEARCH_MIGRATION

    # An archive as the schema before the romanised copy wrote it.
    before = MIGRATIONS.index(ROMANISED_SEARCH_MIGRATION)
    conn = sqlite3.connect(db_path)
    for script in MIGRATIONS[:before]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version = {before}")
    conn.executemany(
        "INSERT INTO articles(title, body, language, url, imported_at, content_hash, sort_key) "
        "VALUES (?, ?, ?, ?, '2026-01-01T00:00:00+00:00', ?, '')",
        [(a.title, a.body, a.language, a.url, a.url) for a in OTHER_SCRIPTS],
    )
    conn.commit()
    conn.close()
    with Store.open(db_path) as s:
        assert s.schema_version == LATEST_VERSION
        assert {h.article.language for h in s.search(plan_search("Bondarenko").fts)} == {
            "en", "uk"
        }
        assert s.search(plan_search("Papadopoulos").fts) and s.check().fts_ok
        unknown = s._conn.execute("SELECT COUNT(*) FROM articles WHERE romanised IS NULL")
        assert unknown.fetchone()[0] == 0


def test_the_article_view_marks_names_found_through_their_romanised_form() -> None:
    from tui.search import other_script_spellings

    text = "Мер Бондаренко відкрила міст. Ο Παπαδόπουλος μίλησε. Bondarenko too."
    found_words = other_script_spellings(["Bondar", "papadopoulos"], text)
    assert found_words == ["Бондаренко", "Παπαδόπουλος"]
    pattern = highlight_pattern(["Bondar", *found_words])
    assert pattern is not None
    assert [m.group() for m in pattern.finditer(text)] == [
        "Бондаренко", "Παπαδόπουλος", "Bondarenko"
    ]
    assert other_script_spellings(["storm"], text) == []


def test_cli_names_the_other_script_spellings_it_found(capsys, db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.import_articles(OTHER_SCRIPTS)
    assert main(["search", "Bondarenko", "--db", str(db_path)]) == 0
    out, err = capsys.readouterr()
    assert "also: Бондаренко" in err
    assert "[Бондаренко]" in out  # the marked word in the report's own text

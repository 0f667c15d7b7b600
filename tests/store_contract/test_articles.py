"""The archive's contract, on both engines: dedupe, updates, search, feed order and
positions, read and starred state, raw originals, transactions, schema versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.models import Article, StoreError
from tui.store import ArchiveStore, ArticleFilter, fts_query_from_text, open_store
from tui.store.query import MATCH_START

from .helpers import art, set_schema_version


def test_a_new_archive_is_migrated_and_empty(store: ArchiveStore) -> None:
    from tui.store.pg_schema import LATEST_VERSION as PG_LATEST
    from tui.store.schema import LATEST_VERSION

    assert store.schema_version in (LATEST_VERSION, PG_LATEST)
    assert store.is_empty() and store.count() == 0
    assert store.check().healthy


def test_reimport_adds_nothing_and_changed_url_updates(store: ArchiveStore) -> None:
    first = art("Flood", "Water rose.", url="https://a.example/1", language="en")
    assert store.upsert(first) == "imported"
    again = art("Flood", "Water rose.", url="https://a.example/1", language="en")
    assert store.upsert(again) == "unchanged"
    changed = art("Flood (updated)", "Water rose again.", url="https://a.example/1", language="en")
    assert store.upsert(changed) == "updated"
    assert store.count() == 1
    stored = store.get(store.page(ArticleFilter(), 0, 1)[0].id)
    assert stored.title == "Flood (updated)"
    assert stored.body == "Water rose again."
    assert store.is_queued(stored.id)  # changed text is analysed again


def test_dedupe_without_url_uses_normalised_title_and_body(store: ArchiveStore) -> None:
    assert store.upsert(art("Strike", "Trains  stop.\n\nAll day.")) == "imported"
    assert store.upsert(art("strike", "Trains stop. All day.")) == "unchanged"
    assert store.upsert(art("Strike", "Trains stop. Half the day.")) == "imported"
    assert store.count() == 2


def test_search_folds_diacritics_both_ways(store: ArchiveStore) -> None:
    store.upsert(art("Sismo en Perú", "Daños en Cusco.", language="es"))
    store.upsert(art("Flood in Peru", "Rivers rose.", language="en"))
    assert {h.article.title for h in store.search("peru")} == {"Sismo en Perú", "Flood in Peru"}
    assert len(store.search("Perú")) == 2
    assert [h.article.title for h in store.search("danos")] == ["Sismo en Perú"]


def test_search_follows_updates_and_marks_matches(store: ArchiveStore) -> None:
    store.upsert(art("Ship fire", "The crew escaped.", url="https://s.example/1"))
    store.upsert(art("Ship fire", "The cargo burned.", url="https://s.example/1"))
    assert store.search("crew") == []
    hit = store.search("cargo")[0]
    assert ("cargo", True) in hit.snippet_parts()


def test_search_ranks_the_better_match_first(store: ArchiveStore) -> None:
    store.upsert(art("Council budget", "A vote on roads.", language="en"))
    store.upsert(art("Harbour news", "The harbour reopened; the harbour master spoke of "
                     "the harbour's future.", language="en"))
    hits = store.search("harbour")
    assert [h.article.title for h in hits] == ["Harbour news"]
    both = store.search("harbour OR budget")
    assert {h.article.title for h in both} == {"Council budget", "Harbour news"}


def test_typed_text_becomes_a_prefix_query(store: ArchiveStore) -> None:
    store.upsert(art("Kyiv overnight", "Sirens sounded."))
    query = fts_query_from_text('ky "sir')
    assert [h.article.title for h in store.search(query)] == ["Kyiv overnight"]
    assert store.count(ArticleFilter(query=fts_query_from_text("overn"))) == 1
    assert store.count(ArticleFilter(query=fts_query_from_text("nowhere"))) == 0


def test_page_order_filters_and_positions(store: ArchiveStore) -> None:
    store.import_articles(
        [
            art("old", published="2025-01-01T00:00:00+00:00", language="en", source="A"),
            art("new", published="2026-03-01T10:00:00+01:00", language="pt", source="B"),
            art("mid", published="2025-06-01T00:00:00-05:00", language="en", source="B"),
            art("undated", language="de", source="A"),
        ]
    )
    everything = [a.title for a in store.page(ArticleFilter(), 0, 10)]
    assert everything == ["new", "mid", "old", "undated"]
    assert [a.title for a in store.page(ArticleFilter(), 1, 2)] == ["mid", "old"]
    assert [a.title for a in store.page(ArticleFilter(language="en"), 0, 10)] == ["mid", "old"]
    assert store.count(ArticleFilter(source="B")) == 2
    assert [a.title for a in store.page(ArticleFilter(since="2025-05-01"), 0, 9)] == ["new", "mid"]
    mid = store.page(ArticleFilter(), 1, 1)[0]
    assert store.index_of(mid.id) == 1
    assert store.index_of(mid.id, ArticleFilter(language="pt")) is None
    assert store.page(ArticleFilter(), 0, 1)[0].body == ""  # pages never carry bodies
    assert store.languages() == [("en", 2), ("de", 1), ("pt", 1)]
    assert store.sources() == [("A", 2), ("B", 2)]


def test_read_and_starred_persist(store_spec: str | Path) -> None:
    with open_store(store_spec) as s:
        s.upsert(art("one"))
        s.upsert(art("two"))
        one = s.page(ArticleFilter(), 0, 10)[-1]
        s.set_read(one.id)
        s.set_starred(one.id)
    with open_store(store_spec) as s:
        assert s.count(ArticleFilter(unread_only=True)) == 1
        assert [a.title for a in s.page(ArticleFilter(starred_only=True), 0, 5)] == ["one"]
        assert s.stats() == {"total": 2, "unread": 1, "starred": 1, "languages": 0}
        s.set_read(one.id, False)
        assert s.get(one.id).read is False and s.get(one.id).starred is True


def test_raw_bytes_and_tags_are_kept(store: ArchiveStore) -> None:
    raw = "título\n\ncorpo".encode("cp1252")
    store.upsert(art("título", "corpo", raw=raw, format="text", tags=["b", "a"]))
    big = ("The river rose forty centimetres. " * 200).encode()
    store.upsert(art("Flood", "body", raw=big, format="jsonl"))
    ids = {a.title: a.id for a in store.page(ArticleFilter(), 0, 5)}
    assert store.raw(ids["título"]) == ("text", raw)
    assert store.raw(ids["Flood"]) == ("jsonl", big)
    assert store.get(ids["título"]).tags == ["a", "b"]
    assert store.tags_for([ids["título"], ids["Flood"]]) == {ids["título"]: ["a", "b"],
                                                             ids["Flood"]: []}


def test_a_failing_batch_leaves_nothing_behind(store: ArchiveStore) -> None:
    good = art("fine")
    broken = art("broken")
    broken.title = None  # type: ignore[assignment]  # violates NOT NULL mid-batch
    with pytest.raises(StoreError):
        store.import_articles([good, broken])
    assert store.is_empty()
    assert store.upsert(art("fine")) == "imported"  # and the archive still works


def test_text_that_is_not_valid_unicode_is_stored_not_fatal(store: ArchiveStore) -> None:
    bad = art("x \ud800", "body \udfff here", source="s\ud800")
    assert store.upsert(bad) == "imported"
    assert store.upsert(art("next", "fine")) == "imported"
    assert "\ufffd" in store.get(bad.id).title


def test_facts_cache_is_per_version(store: ArchiveStore) -> None:
    store.upsert(art("a"))
    article_id = store.page(ArticleFilter(), 0, 1)[0].id
    store.cache_facts(article_id, 3, [{"kind": "number", "value": 5}])
    assert store.cached_facts(article_id, 3) == [{"kind": "number", "value": 5}]
    assert store.cached_facts(article_id, 4) is None


def test_newer_schema_is_refused(store_spec: str | Path) -> None:
    with open_store(store_spec) as s:
        latest = s.schema_version
    set_schema_version(store_spec, latest + 5)
    with pytest.raises(StoreError, match="newer Parallax"):
        open_store(store_spec)


def test_a_batch_with_repeats_and_known_articles_counts_each_once(store: ArchiveStore) -> None:
    store.upsert(art("Known", url="https://c.example/1"))
    counts = store.import_articles([
        art("First", "v1", url="https://a.example/1"),
        art("First, corrected", "v2", url="https://a.example/1"),  # repeated in the batch
        art("No link", "Same text."),
        art("no link", "Same   text."),  # the same text again
        art("Known", url="https://c.example/1"),
        art("Starred", starred=True, tags=["x", "x", ""]),
    ])
    assert (counts.imported, counts.updated, counts.unchanged) == (3, 1, 2)
    assert store.count() == 4 and store.stats()["starred"] == 1
    titles = {a.title for a in store.page(ArticleFilter(), 0, 10)}
    assert titles == {"Known", "First, corrected", "No link", "Starred"}
    starred = store.page(ArticleFilter(starred_only=True), 0, 1)[0]
    assert store.get(starred.id).tags == ["x"]
    assert store.queue_counts()["pending"] == 4


def test_a_date_only_value_sorts_at_midday_and_keeps_its_precision(
    store: ArchiveStore,
) -> None:
    store.import_articles([
        art("morning", published="2026-04-02T09:00:00+00:00"),
        art("the day", published="2026-04-02"),
        art("afternoon", published="2026-04-02T15:00:00+00:00"),
    ])
    store.upsert(art("one by one", published="2026-04-01"))
    titles = [a.title for a in store.page(ArticleFilter(), 0, 10)]
    assert titles == ["afternoon", "the day", "morning", "one by one"]
    day = next(a for a in store.page(ArticleFilter(), 0, 10) if a.title == "the day")
    assert day.published_precision == "date"
    assert store.get(day.id).published_precision == "date"


def test_a_latin_query_finds_a_name_written_in_another_script(store: ArchiveStore) -> None:
    """Both engines index the romanised copy of a text in another script."""
    for article in (
        Article(title="Мер Бондаренко відкрила міст", language="uk", url="https://f.example/uk",
                body="Олена Бондаренко перерізала стрічку."),
        Article(title="Ο Παπαδόπουλος μίλησε", language="el", url="https://f.example/el",
                body="Ο δήμαρχος Παπαδόπουλος εγκαινίασε τη γέφυρα."),
        Article(title="Harbour bridge reopens", body="The bridge reopened on Monday.",
                language="en", url="https://f.example/en"),
    ):
        store.upsert(article)
    for query, url in (("Bondarenko", "https://f.example/uk"),
                       ("Papadopoulos", "https://f.example/el")):
        hits = store.search(fts_query_from_text(query))
        assert [h.article.url for h in hits] == [url], query
        assert MATCH_START in hits[0].snippet  # the article's own word, marked
        assert query not in hits[0].snippet

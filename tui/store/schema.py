"""Schema and forward migrations, versioned with `PRAGMA user_version`.

Each migration moves the archive from version N-1 to N inside one transaction.
Never edit a released migration: add a new one.
"""

from __future__ import annotations

# One migration (self-contained, so it can be renumbered on merge) for:
# - the precision of `published` ("date", "datetime", "datetime_zoned"; tui.published).
#   Stored rows start NULL; Store.open re-derives them from their raw documents
#   (tui.store.upgrades.rederive_precision), found through the partial index;
# - canonical outlets (tui/store/outlets.py): `outlet` on every article, and aliases
#   (learned domains, user renames). Stored rows start NULL; Store.open fills them in
#   (tui.store.upgrades.assign_outlets), found through the partial index.
PRECISION_AND_OUTLETS_MIGRATION = """
    ALTER TABLE articles ADD COLUMN published_precision TEXT;
    CREATE INDEX articles_precision_unknown ON articles(id)
        WHERE published_precision IS NULL AND published IS NOT NULL;
    ALTER TABLE articles ADD COLUMN outlet TEXT;
    CREATE INDEX articles_outlet_sort ON articles(outlet, sort_key DESC, id DESC);
    CREATE INDEX articles_outlet_unknown ON articles(id) WHERE outlet IS NULL;
    CREATE TABLE outlet_aliases (
        key    TEXT PRIMARY KEY,
        alias  TEXT NOT NULL,
        outlet TEXT NOT NULL,
        origin TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX outlet_aliases_outlet ON outlet_aliases(outlet);
"""

# One migration (self-contained) for search across scripts (tui/store/romanised.py):
# `romanised`, the article's text in Latin letters ("" when it has no other script), a
# third column of the full-text index. A row is in the index exactly when its `romanised`
# is not NULL: the migration leaves the new index empty and every row NULL, and Store.open
# fills them in batches (tui.store.upgrades.fill_romanised, through the partial index),
# each row indexed once as it gets its value. The import path always sets it.
ROMANISED_SEARCH_MIGRATION = """
    ALTER TABLE articles ADD COLUMN romanised TEXT;
    CREATE INDEX articles_romanised_unknown ON articles(id) WHERE romanised IS NULL;
    DROP TRIGGER articles_ai;
    DROP TRIGGER articles_ad;
    DROP TRIGGER articles_au;
    DROP TABLE articles_fts;
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, romanised, content='articles', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2"
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles WHEN new.romanised IS NOT NULL BEGIN
        INSERT INTO articles_fts(rowid, title, body, romanised)
        VALUES (new.id, new.title, new.body, new.romanised);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles WHEN old.romanised IS NOT NULL BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body, romanised)
        VALUES ('delete', old.id, old.title, old.body, old.romanised);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, body, romanised ON articles
    WHEN old.title IS NOT new.title OR old.body IS NOT new.body
        OR old.romanised IS NOT new.romanised BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body, romanised)
        SELECT 'delete', old.id, old.title, old.body, old.romanised
        WHERE old.romanised IS NOT NULL;
        INSERT INTO articles_fts(rowid, title, body, romanised)
        SELECT new.id, new.title, new.body, new.romanised WHERE new.romanised IS NOT NULL;
    END;
"""

MIGRATIONS: tuple[str, ...] = (
    # 1: articles, raw documents, tags, full-text index kept in sync by triggers.
    """
    CREATE TABLE raw_documents (
        id      INTEGER PRIMARY KEY,
        sha256  TEXT NOT NULL UNIQUE,
        format  TEXT NOT NULL,
        data    BLOB NOT NULL
    );
    CREATE TABLE articles (
        id                INTEGER PRIMARY KEY,
        title             TEXT NOT NULL,
        source            TEXT,
        url               TEXT UNIQUE,
        language          TEXT,
        language_detected INTEGER NOT NULL DEFAULT 0,
        published         TEXT,
        published_utc     TEXT,
        imported_at       TEXT NOT NULL,
        updated_at        TEXT,
        body              TEXT NOT NULL,
        content_hash      TEXT NOT NULL,
        raw_id            INTEGER REFERENCES raw_documents(id),
        format            TEXT NOT NULL DEFAULT '',
        origin            TEXT,
        read              INTEGER NOT NULL DEFAULT 0,
        starred           INTEGER NOT NULL DEFAULT 0,
        sort_key          TEXT NOT NULL
    );
    CREATE INDEX articles_sort ON articles(sort_key DESC, id DESC);
    CREATE INDEX articles_lang_sort ON articles(language, sort_key DESC, id DESC);
    CREATE INDEX articles_source_sort ON articles(source, sort_key DESC, id DESC);
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag        TEXT NOT NULL,
        PRIMARY KEY (article_id, tag)
    ) WITHOUT ROWID;
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, content='articles', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2"
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END;
    """,
    # 2: events (reports of one story across outlets and languages) and a facts cache.
    """
    CREATE TABLE events (
        id          INTEGER PRIMARY KEY,
        label       TEXT NOT NULL DEFAULT '',
        first_seen  TEXT,
        last_seen   TEXT,
        signature   TEXT NOT NULL DEFAULT '{}'
    );
    ALTER TABLE articles ADD COLUMN event_id INTEGER REFERENCES events(id) ON DELETE SET NULL;
    -- Feed order when grouped by event: the event's newest report, then the event, then
    -- the article. Denormalised so the grouped feed is one indexed, paged query.
    ALTER TABLE articles ADD COLUMN group_key TEXT NOT NULL DEFAULT '';
    UPDATE articles SET group_key = sort_key;
    CREATE INDEX articles_event ON articles(event_id, sort_key DESC, id DESC);
    CREATE INDEX articles_grouped ON articles(
        group_key DESC, COALESCE(event_id, 0) DESC, sort_key DESC, id DESC
    );
    CREATE TABLE event_keys (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        key      TEXT NOT NULL,
        weight   REAL NOT NULL,
        PRIMARY KEY (key, event_id)
    ) WITHOUT ROWID;
    CREATE INDEX event_keys_event ON event_keys(event_id);
    CREATE INDEX events_last_seen ON events(last_seen);
    CREATE TABLE article_facts (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version    INTEGER NOT NULL,
        facts      TEXT NOT NULL
    );
    """,
    # 3: an explicit analysis queue (import stores first; analysis and grouping follow and
    # resume after a crash), failures kept with their reason, raw originals compressed.
    """
    CREATE TABLE analysis_queue (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        queued_at  TEXT NOT NULL,
        reason     TEXT NOT NULL DEFAULT 'new',
        error      TEXT,
        engine     TEXT
    );
    CREATE INDEX analysis_queue_failed ON analysis_queue(error) WHERE error IS NOT NULL;
    INSERT INTO analysis_queue(article_id, queued_at)
        SELECT id, imported_at FROM articles WHERE event_id IS NULL;
    -- Raw originals of a batch are compressed together in one block (small records
    -- compress poorly one by one); a row then points into its block.
    CREATE TABLE raw_blocks (
        id    INTEGER PRIMARY KEY,
        codec TEXT NOT NULL,
        data  BLOB NOT NULL
    );
    ALTER TABLE raw_documents ADD COLUMN codec TEXT NOT NULL DEFAULT '';
    ALTER TABLE raw_documents ADD COLUMN block_id INTEGER REFERENCES raw_blocks(id);
    ALTER TABLE raw_documents ADD COLUMN block_offset INTEGER;
    ALTER TABLE raw_documents ADD COLUMN block_length INTEGER;
    """,
    # 4: published precision and canonical outlets.
    PRECISION_AND_OUTLETS_MIGRATION,
    # 5: subscriptions: feeds with their tags, HTTP validators and state; which entry of a
    # feed is which stored article (entry identity); saved searches (virtual feeds).
    """
    CREATE TABLE feeds (
        id            INTEGER PRIMARY KEY,
        url           TEXT NOT NULL UNIQUE,
        title         TEXT,
        html_url      TEXT,
        full_text     INTEGER NOT NULL DEFAULT 0,
        interval_s    INTEGER,
        etag          TEXT,
        last_modified TEXT,
        added_at      TEXT NOT NULL,
        last_checked  TEXT,
        last_success  TEXT,
        last_error    TEXT
    );
    CREATE TABLE feed_tags (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        tag     TEXT NOT NULL,
        PRIMARY KEY (feed_id, tag)
    ) WITHOUT ROWID;
    CREATE INDEX feed_tags_tag ON feed_tags(tag);
    CREATE TABLE feed_entries (
        feed_id      INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        entry_key    TEXT NOT NULL,
        article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        summary      TEXT,
        summary_hash TEXT,
        full_text    INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (feed_id, entry_key)
    ) WITHOUT ROWID;
    CREATE INDEX feed_entries_article ON feed_entries(article_id);
    CREATE TABLE saved_searches (
        id           INTEGER PRIMARY KEY,
        name         TEXT NOT NULL UNIQUE,
        query        TEXT NOT NULL DEFAULT '',
        language     TEXT,
        source       TEXT,
        unread_only  INTEGER NOT NULL DEFAULT 0,
        starred_only INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL
    );
    """,
    # 6: the feed's sorts: each report carries its event's size (kept by triggers, so any
    # code that moves an article between events keeps it right), and indexes for the
    # "biggest event first" and "unread first" orders.
    """
    ALTER TABLE articles ADD COLUMN event_size INTEGER NOT NULL DEFAULT 1;
    UPDATE articles SET event_size = (
        SELECT COUNT(*) FROM articles b WHERE b.event_id = articles.event_id
    ) WHERE event_id IS NOT NULL;
    CREATE TRIGGER articles_event_size_au AFTER UPDATE OF event_id ON articles
    WHEN old.event_id IS NOT new.event_id BEGIN
        UPDATE articles SET event_size = 1 WHERE id = new.id AND new.event_id IS NULL;
        UPDATE articles SET event_size = (
            SELECT COUNT(*) FROM articles b WHERE b.event_id = old.event_id
        ) WHERE event_id = old.event_id;
        UPDATE articles SET event_size = (
            SELECT COUNT(*) FROM articles b WHERE b.event_id = new.event_id
        ) WHERE event_id = new.event_id;
    END;
    CREATE TRIGGER articles_event_size_ai AFTER INSERT ON articles
    WHEN new.event_id IS NOT NULL BEGIN
        UPDATE articles SET event_size = (
            SELECT COUNT(*) FROM articles b WHERE b.event_id = new.event_id
        ) WHERE event_id = new.event_id;
    END;
    CREATE TRIGGER articles_event_size_ad AFTER DELETE ON articles
    WHEN old.event_id IS NOT NULL BEGIN
        UPDATE articles SET event_size = (
            SELECT COUNT(*) FROM articles b WHERE b.event_id = old.event_id
        ) WHERE event_id = old.event_id;
    END;
    CREATE INDEX articles_event_size ON articles(
        event_size DESC, group_key DESC, COALESCE(event_id, 0) DESC, sort_key DESC, id DESC
    );
    CREATE INDEX articles_unread_sort ON articles(read, sort_key DESC, id DESC);
    """,
    # 7: events: each report's own keys (why it is in its event; an event's keys are recomputed
    # from them when a report leaves), the user's split/merge choices, which regrouping
    # respects, and a cache of how many figures an event's reports disagree on.
    """
    CREATE TABLE article_event_keys (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        key        TEXT NOT NULL,
        weight     REAL NOT NULL,
        PRIMARY KEY (article_id, key)
    ) WITHOUT ROWID;
    CREATE TABLE event_choices (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_id   INTEGER NOT NULL,
        choice     TEXT NOT NULL CHECK (choice IN ('split', 'pinned')),
        PRIMARY KEY (article_id, choice, event_id)
    ) WITHOUT ROWID;
    CREATE INDEX event_choices_event ON event_choices(event_id);
    CREATE TABLE event_conflicts (
        event_id  INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        size      INTEGER NOT NULL,
        conflicts INTEGER NOT NULL
    );
    """,
    # 8: search across scripts: the romanised text in the full-text index.
    ROMANISED_SEARCH_MIGRATION,
)

LATEST_VERSION = len(MIGRATIONS)

# The columns of an article row without its body (feed pages, lists).
ROW_COLUMNS = (
    "id, title, source, url, language, language_detected, published, imported_at, "
    "read, starred, event_id, format, origin, published_precision, outlet"
)

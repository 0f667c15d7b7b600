"""Schema and forward migrations, versioned with `PRAGMA user_version`.

Each migration moves the archive from version N-1 to N inside one transaction.
Never edit a released migration: add a new one.
"""

from __future__ import annotations

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
    # Events: each report's own keys (why it is in its event; an event's keys are recomputed
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
)

LATEST_VERSION = len(MIGRATIONS)

# The columns of an article row without its body (feed pages, lists).
ROW_COLUMNS = (
    "id, title, source, url, language, language_detected, published, imported_at, "
    "read, starred, event_id, format, origin"
)

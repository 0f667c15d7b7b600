"""The PostgreSQL archive's schema and forward migrations, versioned in `parallax_schema`.

Each migration runs in one transaction (under an advisory lock, so two processes opening a
new database at once migrate it once). Never edit a released migration: add a new one.

Search: every built-in text-search configuration gets a `parallax_<name>` copy that folds
diacritics (`unaccent`) before its stemmer, so `peru` finds `Perú` and snippets still show
the accents; each article's vector is built with its language's configuration.
"""

from __future__ import annotations

VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS parallax_schema (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   integer NOT NULL
)
"""

_CONFIGS = r"""
DO $$
DECLARE
    c record;
    m record;
BEGIN
    FOR c IN SELECT cfgname FROM pg_ts_config
             WHERE cfgnamespace = 'pg_catalog'::regnamespace LOOP
        EXECUTE format('CREATE TEXT SEARCH CONFIGURATION %I (COPY = pg_catalog.%I)',
                       'parallax_' || c.cfgname, c.cfgname);
        FOR m IN
            SELECT t.alias,
                   string_agg(format('%I.%I', n.nspname, d.dictname), ', '
                              ORDER BY cm.mapseqno) AS dicts
            FROM pg_ts_config_map cm
            JOIN pg_ts_config cf ON cf.oid = cm.mapcfg
            JOIN ts_token_type('default') t ON t.tokid = cm.maptokentype
            JOIN pg_ts_dict d ON d.oid = cm.mapdict
            JOIN pg_namespace n ON n.oid = d.dictnamespace
            WHERE cf.cfgname = c.cfgname AND cf.cfgnamespace = 'pg_catalog'::regnamespace
              AND t.alias IN ('asciiword', 'word', 'hword', 'hword_part', 'asciihword',
                              'hword_asciipart')
            GROUP BY t.alias
        LOOP
            EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %I ALTER MAPPING FOR %s '
                           'WITH unaccent, %s', 'parallax_' || c.cfgname, m.alias, m.dicts);
        END LOOP;
    END LOOP;
END
$$;
"""

_SEARCH_TRIGGER = r"""
CREATE FUNCTION parallax_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    cfg regconfig;
BEGIN
    SELECT c.oid INTO cfg FROM pg_ts_config c
    WHERE c.cfgname = 'parallax_' || NEW.ts_config AND pg_ts_config_is_visible(c.oid);
    IF cfg IS NULL THEN
        NEW.ts_config := 'simple';
        cfg := 'parallax_simple'::regconfig;
    END IF;
    NEW.search := setweight(to_tsvector(cfg, NEW.title), 'A')
               || setweight(to_tsvector(cfg, NEW.body), 'B');
    RETURN NEW;
END
$$;
CREATE TRIGGER articles_search BEFORE INSERT OR UPDATE OF title, body, ts_config
    ON articles FOR EACH ROW EXECUTE FUNCTION parallax_search_vector();
"""

_TABLES = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TABLE raw_documents (
    id      bigserial PRIMARY KEY,
    sha256  text NOT NULL UNIQUE,
    format  text NOT NULL,
    codec   text NOT NULL DEFAULT '',
    data    bytea NOT NULL
);
CREATE TABLE events (
    id          bigserial PRIMARY KEY,
    label       text NOT NULL DEFAULT '',
    first_seen  text COLLATE "C",
    last_seen   text COLLATE "C",
    signature   text NOT NULL DEFAULT '{}'
);
CREATE INDEX events_last_seen ON events(last_seen);
CREATE TABLE articles (
    id                bigserial PRIMARY KEY,
    title             text NOT NULL,
    source            text,
    url               text UNIQUE,
    language          text,
    language_detected boolean NOT NULL DEFAULT false,
    published         text,
    published_utc     text COLLATE "C",
    imported_at       text NOT NULL,
    updated_at        text,
    body              text NOT NULL,
    content_hash      text NOT NULL,
    raw_id            bigint REFERENCES raw_documents(id),
    format            text NOT NULL DEFAULT '',
    origin            text,
    sort_key          text COLLATE "C" NOT NULL,
    group_key         text COLLATE "C" NOT NULL DEFAULT '',
    event_id          bigint REFERENCES events(id) ON DELETE SET NULL,
    ts_config         text NOT NULL DEFAULT 'simple',
    search            tsvector
);
-- An article without a URL is identified by its text: one row per text.
CREATE UNIQUE INDEX articles_hash_no_url ON articles(content_hash) WHERE url IS NULL;
CREATE INDEX articles_sort ON articles(sort_key DESC, id DESC);
CREATE INDEX articles_lang_sort ON articles(language, sort_key DESC, id DESC);
CREATE INDEX articles_source_sort ON articles(source, sort_key DESC, id DESC);
CREATE INDEX articles_event ON articles(event_id, sort_key DESC, id DESC);
CREATE INDEX articles_grouped ON articles(
    group_key DESC, COALESCE(event_id, 0) DESC, sort_key DESC, id DESC
);
CREATE INDEX articles_search_gin ON articles USING gin(search);
CREATE TABLE search_configs (config text PRIMARY KEY);
INSERT INTO search_configs VALUES ('simple');
CREATE TABLE article_tags (
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag        text NOT NULL,
    PRIMARY KEY (article_id, tag)
);
-- Read and starred are each user's own; everything else is shared.
CREATE TABLE article_state (
    user_name  text NOT NULL,
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    read       boolean NOT NULL DEFAULT false,
    starred    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (user_name, article_id)
);
CREATE INDEX article_state_article ON article_state(article_id);
CREATE TABLE event_keys (
    event_id bigint NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    key      text NOT NULL,
    weight   double precision NOT NULL,
    PRIMARY KEY (key, event_id)
);
CREATE INDEX event_keys_event ON event_keys(event_id);
CREATE TABLE article_facts (
    article_id bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version    integer NOT NULL,
    facts      text NOT NULL
);
CREATE TABLE analysis_queue (
    article_id bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    queued_at  text NOT NULL,
    reason     text NOT NULL DEFAULT 'new',
    error      text,
    engine     text
);
CREATE INDEX analysis_queue_failed ON analysis_queue(error) WHERE error IS NOT NULL;
"""

# The number of articles, kept by statement triggers (SECURITY DEFINER: whoever writes
# keeps it right), so the reader's first paint does not count a million rows.
_TOTALS = r"""
CREATE TABLE article_totals (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    total     bigint NOT NULL
);
INSERT INTO article_totals VALUES (true, (SELECT count(*) FROM articles));
CREATE FUNCTION parallax_count_inserted() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE article_totals SET total = total + (SELECT count(*) FROM inserted);
    RETURN NULL;
END
$$;
CREATE FUNCTION parallax_count_deleted() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE article_totals SET total = total - (SELECT count(*) FROM deleted);
    RETURN NULL;
END
$$;
CREATE FUNCTION parallax_count_truncated() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE article_totals SET total = 0;
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_count_insert AFTER INSERT ON articles REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION parallax_count_inserted();
CREATE TRIGGER articles_count_delete AFTER DELETE ON articles REFERENCING OLD TABLE AS deleted
    FOR EACH STATEMENT EXECUTE FUNCTION parallax_count_deleted();
CREATE TRIGGER articles_count_truncate AFTER TRUNCATE ON articles
    FOR EACH STATEMENT EXECUTE FUNCTION parallax_count_truncated();
"""

# Each report carries its event's size (for "biggest event first"), kept by row triggers
# as on SQLite, so any statement that moves an article between events keeps it right
# (including the foreign key's ON DELETE SET NULL). The recount skips rows already right.
_EVENT_SIZE = r"""
ALTER TABLE articles ADD COLUMN event_size integer NOT NULL DEFAULT 1;
UPDATE articles a SET event_size = c.n
    FROM (SELECT event_id, COUNT(*) AS n FROM articles WHERE event_id IS NOT NULL
          GROUP BY event_id) c
    WHERE a.event_id = c.event_id;
CREATE FUNCTION parallax_event_size() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.event_id IS NOT NULL THEN
        UPDATE articles SET event_size = c.n
            FROM (SELECT COUNT(*) AS n FROM articles WHERE event_id = OLD.event_id) c
            WHERE event_id = OLD.event_id AND event_size <> c.n;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.event_id IS NOT NULL THEN
        UPDATE articles SET event_size = c.n
            FROM (SELECT COUNT(*) AS n FROM articles WHERE event_id = NEW.event_id) c
            WHERE event_id = NEW.event_id AND event_size <> c.n;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE articles SET event_size = 1 WHERE id = NEW.id AND event_size <> 1;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_event_size_au AFTER UPDATE OF event_id ON articles FOR EACH ROW
    WHEN (OLD.event_id IS DISTINCT FROM NEW.event_id) EXECUTE FUNCTION parallax_event_size();
CREATE TRIGGER articles_event_size_ai AFTER INSERT ON articles FOR EACH ROW
    WHEN (NEW.event_id IS NOT NULL) EXECUTE FUNCTION parallax_event_size();
CREATE TRIGGER articles_event_size_ad AFTER DELETE ON articles FOR EACH ROW
    WHEN (OLD.event_id IS NOT NULL) EXECUTE FUNCTION parallax_event_size();
CREATE INDEX articles_event_size ON articles(
    event_size DESC, group_key DESC, COALESCE(event_id, 0) DESC, sort_key DESC, id DESC
);
"""

# What SQLite's schemas 4-7 added and the server lacked: canonical outlets and their
# aliases (shared), subscriptions and saved searches (shared; unread counts per user),
# each report's own event keys, the users' split/merge corrections (shared) and the
# conflict cache; the precision of `published` (a date-only value sorts at midday UTC, as
# on SQLite). `outlet` starts NULL, and with it a row's precision; PgStore fills both in
# (an indexed look for NULL outlets).
PARITY_MIGRATION = _EVENT_SIZE + """
ALTER TABLE articles ADD COLUMN published_precision text;
ALTER TABLE articles ADD COLUMN outlet text;
CREATE INDEX articles_outlet_sort ON articles(outlet, sort_key DESC, id DESC);
CREATE INDEX articles_outlet_unknown ON articles(id) WHERE outlet IS NULL;
CREATE INDEX articles_outlet_domain ON articles(lower(outlet)) WHERE outlet LIKE '%.%';
CREATE TABLE outlet_aliases (
    key    text PRIMARY KEY,
    alias  text NOT NULL,
    outlet text NOT NULL,
    origin text NOT NULL
);
CREATE INDEX outlet_aliases_outlet ON outlet_aliases(outlet);
CREATE TABLE feeds (
    id            bigserial PRIMARY KEY,
    url           text NOT NULL UNIQUE,
    title         text,
    html_url      text,
    full_text     boolean NOT NULL DEFAULT false,
    interval_s    integer,
    etag          text,
    last_modified text,
    added_at      text NOT NULL,
    last_checked  text,
    last_success  text,
    last_error    text
);
CREATE TABLE feed_tags (
    feed_id bigint NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    tag     text NOT NULL,
    PRIMARY KEY (feed_id, tag)
);
CREATE INDEX feed_tags_tag ON feed_tags(tag);
CREATE TABLE feed_entries (
    feed_id      bigint NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    entry_key    text NOT NULL,
    article_id   bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    summary      text,
    summary_hash text,
    full_text    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (feed_id, entry_key)
);
CREATE INDEX feed_entries_article ON feed_entries(article_id);
CREATE TABLE saved_searches (
    id           bigserial PRIMARY KEY,
    name         text NOT NULL UNIQUE,
    query        text NOT NULL DEFAULT '',
    language     text,
    source       text,
    unread_only  boolean NOT NULL DEFAULT false,
    starred_only boolean NOT NULL DEFAULT false,
    created_at   text NOT NULL
);
CREATE TABLE article_event_keys (
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    key        text NOT NULL,
    weight     double precision NOT NULL,
    PRIMARY KEY (article_id, key)
);
CREATE TABLE event_choices (
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id   bigint NOT NULL,
    choice     text NOT NULL CHECK (choice IN ('split', 'pinned')),
    PRIMARY KEY (article_id, choice, event_id)
);
CREATE INDEX event_choices_event ON event_choices(event_id);
CREATE TABLE event_conflicts (
    event_id  bigint PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    size      integer NOT NULL,
    conflicts integer NOT NULL
);
"""

# Search across scripts (tui/store/romanised.py, SQLite's migration 8): `romanised`, the
# article's text in Latin letters ("" when it has no other script), is a third part of the
# search vector, read with `parallax_simple` (names are not stemmed), so that a Latin query
# ("Bondarenko") finds a name written in another script. NULL until PgStore fills it.
ROMANISED_MIGRATION = r"""
ALTER TABLE articles ADD COLUMN romanised text;
CREATE INDEX articles_romanised_unknown ON articles(id) WHERE romanised IS NULL;
CREATE OR REPLACE FUNCTION parallax_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    cfg regconfig;
BEGIN
    SELECT c.oid INTO cfg FROM pg_ts_config c
    WHERE c.cfgname = 'parallax_' || NEW.ts_config AND pg_ts_config_is_visible(c.oid);
    IF cfg IS NULL THEN
        NEW.ts_config := 'simple';
        cfg := 'parallax_simple'::regconfig;
    END IF;
    NEW.search := setweight(to_tsvector(cfg, NEW.title), 'A')
               || setweight(to_tsvector(cfg, NEW.body), 'B')
               || setweight(to_tsvector('parallax_simple'::regconfig,
                                        COALESCE(NEW.romanised, '')), 'C');
    RETURN NEW;
END
$$;
DROP TRIGGER articles_search ON articles;
CREATE TRIGGER articles_search BEFORE INSERT OR UPDATE OF title, body, ts_config, romanised
    ON articles FOR EACH ROW EXECUTE FUNCTION parallax_search_vector();
"""

MIGRATIONS: tuple[str, ...] = (
    # 1: the whole archive as SQLite's schema 3 holds it, plus per-user state and search.
    _TABLES + _CONFIGS + _SEARCH_TRIGGER,
    # 2: the article count kept up to date, for a fast first paint.
    _TOTALS,
    # 3: outlets, subscriptions, event corrections, the feed's other sorts (SQLite 4-7).
    PARITY_MIGRATION,
    # 4: search across scripts: the romanised copy in the search vector (SQLite 8).
    ROMANISED_MIGRATION,
)

LATEST_VERSION = len(MIGRATIONS)

# Advisory lock keys (pg_advisory_xact_lock): migrating, and writing articles or events.
MIGRATE_LOCK = 0x5041_5201
WRITE_LOCK = 0x5041_5202

# An article row without its body, with the current user's state (`s`): feed pages.
ROW_COLUMNS = (
    "a.id, a.title, a.source, a.url, a.language, a.language_detected, a.published, "
    "a.imported_at, COALESCE(s.read, false), COALESCE(s.starred, false), a.event_id, "
    "a.format, a.origin, a.outlet, a.published_precision"
)
ROW_WIDTH = len(ROW_COLUMNS.replace(", false)", ")").split(","))  # columns in a row
STATE_JOIN = "LEFT JOIN article_state s ON s.article_id = a.id AND s.user_name = %s"

"""Least-privilege roles for a shared PostgreSQL archive (`parallax pg-roles`).

Two group roles, granted to login roles:

- `parallax_importer` writes: imports, groups events, corrects outlets and events; it
  may set anyone's read/starred rows (as `parallax migrate` does for the current user).
- `parallax_reader` only reads, and inserts or updates its *own* rows of
  `article_state`: row-level security keys them on the database role (`current_user`),
  so a reader cannot see or change another user's state. On a reader role Parallax
  takes the user from the role, not from $PARALLAX_USER.

The archive's owner (who ran the first open, and runs later migrations) keeps every right
and is not bound by the policies. The script is idempotent: run it again after an upgrade
so tables added by new migrations are granted too (default privileges cover tables the
owner creates later as well).
"""

from __future__ import annotations

from collections.abc import Sequence

IMPORTER, READER = "parallax_importer", "parallax_reader"

_GROUPS = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{IMPORTER}') THEN
        CREATE ROLE {IMPORTER} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{READER}') THEN
        CREATE ROLE {READER} NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO {IMPORTER}, {READER}',
                   current_database());
END
$$;
GRANT USAGE ON SCHEMA public TO {IMPORTER}, {READER};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {IMPORTER};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {IMPORTER};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public FROM {READER};
GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER};
GRANT INSERT, UPDATE ON article_state TO {READER};
ALTER TABLE article_state ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS parallax_importer_all ON article_state;
CREATE POLICY parallax_importer_all ON article_state TO {IMPORTER}
    USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS parallax_reader_own ON article_state;
CREATE POLICY parallax_reader_own ON article_state TO {READER}
    USING (user_name = current_user) WITH CHECK (user_name = current_user);
DO $$
DECLARE
    owner text;
BEGIN
    SELECT tableowner INTO owner FROM pg_tables
    WHERE schemaname = 'public' AND tablename = 'articles';
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, '
                   'INSERT, UPDATE, DELETE ON TABLES TO {IMPORTER}', owner);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, '
                   'SELECT, UPDATE ON SEQUENCES TO {IMPORTER}', owner);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT '
                   'ON TABLES TO {READER}', owner);
END
$$;
"""

_LOGIN = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {literal}) THEN
        CREATE ROLE {ident} LOGIN;
    END IF;
END
$$;
GRANT {group} TO {ident};
"""


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def roles_sql(importers: Sequence[str] = (), readers: Sequence[str] = ()) -> str:
    """The SQL that creates (or brings up to date) the two group roles and their rights in
    the archive's database, and login roles for the named users (without passwords)."""
    parts = ["-- Parallax: least-privilege roles (run in the archive's database as a "
             "superuser, or as its owner with CREATEROLE)", _GROUPS]
    for group, names in ((IMPORTER, importers), (READER, readers)):
        for name in names:
            parts.append(_LOGIN.format(literal=_literal(name), ident=_ident(name), group=group))
    return "\n".join(parts)


def apply_roles(url: str, sql: str) -> None:
    """Run the roles script on the archive at `url`, in one transaction; a failure is a
    one-line StoreError (password masked)."""
    import psycopg

    from tui.models import StoreError
    from tui.store.common import mask_url
    from tui.store.postgres import _scrub

    try:
        with psycopg.connect(url, connect_timeout=10) as conn, conn.transaction():
            conn.execute(sql)
    except psycopg.Error as exc:
        raise StoreError(f"{mask_url(url)}: roles not set ({_scrub(exc, url)})") from None


def writable(conn: object) -> tuple[str, bool]:
    """The connection's role, and whether it may write articles (else: a reader role)."""
    row = conn.execute(  # type: ignore[attr-defined]
        "SELECT current_user, has_table_privilege('articles', 'INSERT')"
    ).fetchone()
    return row[0], bool(row[1])

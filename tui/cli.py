"""The `parallax` command line. Stable contract: tests pin its output and exit codes.

Exit codes: 0 success, 1 some input failed or an error, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tui import __version__
from tui.formatting import counted
from tui.models import INSPECT_FIELDS, Article, ParallaxError
from tui.paths import default_db_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(ParallaxError):
    """A command line that needs changing (exit 2), e.g. which entry of a feed to compare."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _iso_date(value: str) -> str:
    try:
        parsed = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        return parsed.isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r} (use YYYY-MM-DD)") from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return number


def build_parser() -> argparse.ArgumentParser:
    # --db on the main parser and on every sub-command, so it works before or after it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS,
        help="archive file or postgresql:// URL (default: $PARALLAX_DB or the user data dir)",
    )
    parser = _Parser(
        prog="parallax",
        description="Keyboard-driven reader for multilingual news archives that "
        "cross-checks reports of the same event.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"parallax {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("import", parents=[common], help="import files, folders and feeds")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--max-size", type=float, metavar="MB", help="largest file to read (MB)")

    p = sub.add_parser("inspect", parents=[common], help="parse one file without storing it")
    p.add_argument("file", metavar="FILE", help="a file; FILE#N for entry N of a feed")
    p.add_argument("--json", action="store_true", help="print the article as JSON")

    p = sub.add_parser("list", parents=[common], help="list stored articles, newest first")
    p.add_argument("--lang", metavar="xx", help="only this language (ISO 639-1)")
    p.add_argument("--source", metavar="S", help="only this outlet")
    p.add_argument("--since", type=_iso_date, metavar="DATE", help="published on or after")
    p.add_argument("--limit", type=_positive_int, metavar="N", help="at most N articles")
    p.add_argument("--json", action="store_true", help="print a JSON array")

    p = sub.add_parser(
        "search", parents=[common], help="full-text search (words, or FTS5 syntax)",
        description="Plain words are searched as words; a known name also finds its other "
        "spellings (Kyiv: Kiev, Київ). Double quotes, *, AND/OR/NOT, NEAR() and ( ) are "
        "FTS5 syntax.",
    )
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--exact", action="store_true", help="only the spelling typed, no variants")
    p.add_argument("--limit", type=_positive_int, default=50, metavar="N")
    p.add_argument("--json", action="store_true", help="print a JSON array")

    p = sub.add_parser("check", parents=[common], help="check the archive's health")
    p.add_argument("--repair", action="store_true", help="fix what can be fixed")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = sub.add_parser("backup", parents=[common], help="a consistent copy of the archive")
    p.add_argument("target", metavar="PATH", help="file (or folder) to write the copy to")

    p = sub.add_parser(
        "sources", parents=[common], help="outlets with their article counts and aliases",
        description="One canonical outlet per site. `rename OLD NEW` and `merge A B` are "
        "stored and hold for later imports.",
    )
    p.add_argument("--json", action="store_true", help="print a JSON array")
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    q = actions.add_parser("rename", parents=[common], help="give an outlet another name")
    q.add_argument("old", metavar="OLD")
    q.add_argument("new", metavar="NEW")
    q = actions.add_parser("merge", parents=[common], help="fold outlet A into outlet B")
    q.add_argument("source", metavar="A")
    q.add_argument("target", metavar="B")

    _add_migrate(sub)
    _add_pg_roles(sub, common)
    p = sub.add_parser("compare", parents=[common], help="compare two reports of one event")
    p.add_argument("a", metavar="A", help="file, FILE#N (entry N of a feed), or store id")
    p.add_argument("b", metavar="B", help="file, FILE#N (entry N of a feed), or store id")
    p.add_argument("--json", action="store_true", help="print the comparison as JSON")

    _events_parser(sub, common)

    from tui.cli_feeds import add_commands

    add_commands(sub, common)
    return parser


def _events_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("events", parents=[common],
                       help="events (reports of one story), newest first; show, split, merge")
    p.add_argument("--since", type=_iso_date, metavar="DATE", help="last report on or after")
    p.add_argument("--lang", metavar="xx", help="only events with a report in this language")
    p.add_argument("--limit", type=_positive_int, metavar="N", help="at most N events")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    q = actions.add_parser("show", parents=[common], help="one event: why, reports, figures")
    q.add_argument("event", type=_positive_int, metavar="ID")
    q.add_argument("--json", action="store_true", help="print the event as JSON")
    q = actions.add_parser("split", parents=[common],
                           help="move a report out of its event (for good)")
    q.add_argument("article", type=_positive_int, metavar="ARTICLE_ID")
    q = actions.add_parser("merge", parents=[common], help="merge two events (for good)")
    q.add_argument("event", type=_positive_int, metavar="ID")
    q.add_argument("other", type=_positive_int, metavar="ID")


def _add_migrate(sub: Any) -> None:
    p = sub.add_parser(
        "migrate", help="copy an archive between SQLite and PostgreSQL, verifying counts"
    )
    p.add_argument("--from", dest="source", required=True, metavar="SPEC",
                   help="the archive to copy: a file or a postgresql:// URL")
    p.add_argument("--to", dest="target", required=True, metavar="SPEC",
                   help="an empty (or new) archive to copy into")
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def _add_pg_roles(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "pg-roles", parents=[common],
        help="least-privilege roles for a shared PostgreSQL archive (importer, reader)",
        description="Creates the group roles parallax_importer (writes) and parallax_reader "
        "(reads; marks only its own articles read or starred, by row-level security) in the "
        "--db archive, and login roles for the users named. Run as a superuser (or the "
        "archive's owner with CREATEROLE); idempotent.",
    )
    p.add_argument("--importer", action="append", default=[], metavar="ROLE",
                   help="a login role that may import (repeatable)")
    p.add_argument("--reader", action="append", default=[], metavar="ROLE",
                   help="a login role that may only read (repeatable)")
    p.add_argument("--print", dest="print_only", action="store_true",
                   help="print the SQL (for psql) instead of running it")


def cmd_pg_roles(args: argparse.Namespace) -> int:
    from tui.store import is_server_url
    from tui.store.pg_roles import apply_roles, roles_sql

    sql = roles_sql(args.importer, args.reader)
    if args.print_only:
        print(sql)
        return EXIT_OK
    db = _db_path(args)
    if not (isinstance(db, str) and is_server_url(db)):
        raise UsageError("pg-roles needs a postgresql:// archive (--db); --print shows the SQL")
    _open_store(args).close()  # the schema must exist (the first open creates it)
    apply_roles(db, sql)
    users = [*args.importer, *args.reader]
    print(f"roles set on {_db_label(args)}: parallax_importer, parallax_reader"
          + (f"; login roles {', '.join(users)}" if users else ""))
    return EXIT_OK


def _db_path(args: argparse.Namespace) -> str | Path:
    """The archive: a SQLite file path, or a PostgreSQL URL. First of --db, $PARALLAX_DB,
    `db` in config.toml, else the default file in the user data dir."""
    from tui.config import load_config
    from tui.store import is_server_url

    given = getattr(args, "db", None) or os.environ.get("PARALLAX_DB") or load_config()[0].db
    if not given or not given.strip():
        return default_db_path()
    if is_server_url(given):
        return given.strip()
    return Path(given).expanduser()


def _db_label(args: argparse.Namespace) -> str:
    from tui.store import archive_label

    return archive_label(_db_path(args))


def _open_store(args: argparse.Namespace):  # -> ArchiveStore
    from tui.store import open_store

    return open_store(_db_path(args))


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _facts(article: Article) -> list[dict[str, Any]]:
    from tui.analysis.facts import extract_facts

    return extract_facts(article)


# -- commands ------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from tui.cli_feeds import import_web, split_web_urls

    urls, args.paths = split_web_urls(args.paths)
    if urls:  # http(s) URLs are fetched once (subscriptions); the rest are files
        return import_web(args, urls, then=cmd_import)
    from tui.batch import import_paths
    from tui.config import load_config

    config, _ = load_config()
    max_bytes = int(args.max_size * 1024 * 1024) if args.max_size else config.max_import_bytes
    show = sys.stderr.isatty() and not args.json
    with _open_store(args) as store:
        store.require_writes()  # a reader role: refused, one line
        result = import_paths(
            store,
            args.paths,
            max_bytes=max_bytes,
            progress=_progress_bar("storing") if show else None,
            group_progress=_grouping_bar() if show else None,
        )
    if show:
        sys.stderr.write("\r\033[K")
    if args.json:
        _print_json(result.to_json())
    else:
        print(result.summary())
        for error in result.errors:
            print(str(error), file=sys.stderr)
    return EXIT_FAILED if result.errors else EXIT_OK


def _progress_bar(label: str):
    """A one-line progress bar on stderr, for long runs only."""

    def show(done: int, total: int, path: Path | None) -> None:
        if total < 10:
            return
        width = 30
        filled = width * done // total
        name = (path.name if path else "")[:40]
        bar = f"{'#' * filled}{'.' * (width - filled)}"
        sys.stderr.write(f"\r{label} [{bar}] {done}/{total} {name}\033[K")
        sys.stderr.flush()

    return show


def _grouping_bar():
    """Progress of analysis and grouping (the import's second stage) on a terminal."""
    if not sys.stderr.isatty():
        return None
    bar = _progress_bar("analysing and grouping")
    return lambda done, total: bar(done, total, None)


def cmd_inspect(args: argparse.Namespace) -> int:
    from tui.analysis.compare import format_facts

    articles = _load_entries(args.file)
    if args.json:
        objects = [a.to_json(facts=_facts(a)) for a in articles]
        _print_json(objects[0] if len(objects) == 1 else objects)
        return EXIT_OK
    for index, article in enumerate(articles):
        if index:
            print("\n" + "=" * 72 + "\n")
        if len(articles) > 1:
            print(f"entry {index + 1} of {len(articles)}: {article.origin or args.file}")
        print(_summary(article))
        print()
        print(article.body or "(no text)")
        print()
        print("Facts")
        print(format_facts(_facts(article)))
    return EXIT_OK


def _load_entries(spec: str) -> list[Article]:
    """The articles of a file, or only entry N for `FILE#N` (when FILE#N is not a file)."""
    from tui.ingest import load_file

    path = Path(spec)
    base, sep, number = spec.rpartition("#")
    if path.exists() or not sep or not number.isdigit() or not base:
        return load_file(path)
    articles = load_file(Path(base))
    index = int(number)
    if not 1 <= index <= len(articles):
        entries = counted(len(articles), "entry", "entries")
        raise UsageError(f"{base}: no entry #{index} (it has {entries})")
    return [articles[index - 1]]


def _summary(article: Article) -> str:
    lang = article.language or "?"
    how = "detected" if article.language_detected else "declared"
    words = len(article.body.split())
    paragraphs = article.body.count(chr(10) * 2) + 1
    lines = [
        article.title,
        f"  source:    {article.source or '-'}",
        f"  url:       {article.url or '-'}",
        f"  language:  {lang} ({how})",
        f"  published: {_published_text(article)}",
        f"  body:      {counted(words, 'word', 'words')}, "
        f"{counted(paragraphs, 'paragraph', 'paragraphs')}",
    ]
    if article.tags:
        lines.append(f"  tags:      {', '.join(article.tags)}")
    return "\n".join(lines)


def _published_text(article: Article) -> str:
    """The stored value; a date-only one as its day (it has no time to show)."""
    if not article.published:
        return "unknown"
    if article.published_precision == "date":
        return f"{article.published[:10]} (date only)"
    return article.published


def cmd_list(args: argparse.Namespace) -> int:
    from tui.store import ArticleFilter

    with _open_store(args) as store:
        source = store.canonical_outlet(args.source)  # an alias or a domain works too
        flt = ArticleFilter(language=args.lang, source=source, since=args.since)
        total = store.count(flt)
        limit = total if args.limit is None else min(args.limit, total)
        rows: list[Article] = []
        for offset in range(0, limit, 1000):
            rows.extend(store.page(flt, offset, min(1000, limit - offset)))
        if args.json:
            tags = store.tags_for(a.id for a in rows if a.id is not None)
            for a in rows:
                a.tags = tags.get(a.id or 0, [])
            _print_json([a.to_json(body=False) for a in rows])
            return EXIT_OK
    for a in rows:
        when = (a.published or "")[:10] or "----------"
        badge = (a.language or "??").upper()
        print(f"{a.id:>6}  {when}  {badge:<2}  {a.title}  — {a.source or '-'}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from tui.search import SearchPlan, other_script_spellings, plan_search
    from tui.store import MATCH_END, MATCH_START

    plan = plan_search(args.query, exact=args.exact)
    with _open_store(args) as store:
        hits = store.search(plan.fts, limit=args.limit)
    if plan.note:
        print(plan.note, file=sys.stderr)
    if plan.also and not args.json:
        print(f"{plan.also} (--exact for “{plan.text}” only)", file=sys.stderr)
    if not args.json:  # names the romanised index copy found in another script
        found = other_script_spellings(list(plan.words), " ".join(h.snippet for h in hits))
        found = [f for f in found if f not in plan.variants]
        if found:
            shown = SearchPlan(plan.text, plan.fts, plan.words, tuple(found)).also
            print(f"{shown} (the same name in another script)", file=sys.stderr)
    if args.json:
        out = []
        for hit in hits:
            obj = hit.article.to_json(body=False)
            obj["snippet"] = hit.snippet.replace(MATCH_START, "[").replace(MATCH_END, "]")
            obj["rank"] = hit.rank
            out.append(obj)
        _print_json(out)
        return EXIT_OK
    bold = sys.stdout.isatty()
    start, end = ("\033[1m", "\033[0m") if bold else ("[", "]")
    for hit in hits:
        a = hit.article
        print(f"{a.id:>6}  {(a.language or '??').upper():<2}  {a.title}  — {a.source or '-'}")
        snippet = " ".join(hit.snippet.replace(MATCH_START, start).replace(MATCH_END, end).split())
        print(f"        {snippet}")
    if not hits:
        print("no matches", file=sys.stderr)
    return EXIT_OK


def cmd_sources(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        if args.action == "rename":
            moved = store.rename_outlet(args.old, args.new)
            print(f"“{args.old}” is now “{args.new}”: {counted(moved, 'article', 'articles')}")
            return EXIT_OK
        if args.action == "merge":
            moved = store.merge_outlets(args.source, args.target)
            print(f"merged “{args.source}” into “{args.target}”: "
                  f"{counted(moved, 'article', 'articles')} moved")
            return EXIT_OK
        outlets = store.outlets()
    if args.json:
        _print_json([o.to_json() for o in outlets])
        return EXIT_OK
    width = max((len(o.name) for o in outlets), default=0)
    for o in outlets:
        also = f"  (also: {', '.join(o.aliases)})" if o.aliases else ""
        print(f"{o.name:<{width}}  {o.count:>5}{also}")
    print(counted(len(outlets), "outlet", "outlets"), file=sys.stderr)
    return EXIT_OK


def _resolve(spec: str, args: argparse.Namespace) -> Article:
    """A file path (FILE#N for one entry of several), or a store id when no such file exists."""
    path = Path(spec)
    if spec.isdigit() and not path.exists():
        with _open_store(args) as store:
            article = store.get(int(spec))
        if article is None:
            raise ParallaxError(f"{spec}: no article with this id in {_db_label(args)}")
        return article
    articles = _load_entries(spec)
    if len(articles) > 1:
        listed = "\n".join(
            f"  {spec}#{n}  {a.title}  — {a.source or '-'}" for n, a in enumerate(articles, 1)
        )
        raise UsageError(
            f"{spec}: has {len(articles)} entries; pick one as {spec}#N:\n{listed}"
        )
    return articles[0]


def cmd_compare(args: argparse.Namespace) -> int:
    from tui.analysis.compare import compare_articles, format_comparison

    a = _resolve(args.a, args)
    b = _resolve(args.b, args)
    result = compare_articles(a, b)
    if args.json:
        _print_json(result)
    else:
        print(format_comparison(result))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from tui.health import check_archive

    with _open_store(args) as store:
        outcome = check_archive(
            store, repair=args.repair, progress=_grouping_bar() if not args.json else None
        )
    if args.json:
        _print_json(outcome.to_json())
    else:
        print("\n".join(outcome.lines()))
    return EXIT_OK if outcome.report.healthy else EXIT_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        dest = store.backup(args.target)
    print(f"backed up {_db_label(args)} to {dest}")
    return EXIT_OK


def _spec(value: str) -> str | Path:
    from tui.store import is_server_url

    return value.strip() if is_server_url(value) else Path(value).expanduser()


def cmd_migrate(args: argparse.Namespace) -> int:
    from tui.migrate import migrate
    from tui.store import open_store

    show = sys.stderr.isatty() and not args.json
    bar = _progress_bar("copying") if show else None
    with open_store(_spec(args.source)) as source, open_store(_spec(args.target)) as target:
        result = migrate(source, target, (lambda d, t: bar(d, t, None)) if bar else None)
        names = (source.label, target.label)
    if show:
        sys.stderr.write("\r\033[K")
    if args.json:
        _print_json(result.to_json())
    else:
        print(f"copied {counted(result.articles, 'article', 'articles')} and "
              f"{counted(result.events, 'event', 'events')} from {names[0]} "
              f"to {names[1]}" + ("; counts verified" if result.verified else ""))
        for line in result.mismatches:
            print(f"mismatch: {line}", file=sys.stderr)
    return EXIT_OK if result.verified else EXIT_FAILED
def cmd_events(args: argparse.Namespace) -> int:
    from tui import event_cli

    action = getattr(args, "action", None)
    with _open_store(args) as store:
        if action == "show":
            return event_cli.show(store, args.event, args.json)
        if action == "split":
            return event_cli.split(store, args.article)
        if action == "merge":
            return event_cli.merge(store, args.event, args.other)
        return event_cli.listing(store, args.since, args.lang, args.limit, args.json)


def cmd_reader(args: argparse.Namespace) -> int:
    from tui.batch import import_sample_if_empty

    db = _db_path(args)
    label = _db_label(args)

    with _open_store(args) as store:
        first = import_sample_if_empty(store)
        stats = store.stats()
    first_run = None
    if first is not None:
        first_run = f"First run: imported the sample feed into {label}: {first.summary()}"
        print(first_run, file=sys.stderr)
        for error in first.errors:
            print(str(error), file=sys.stderr)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        # Not a terminal (a pipe, CI): say what the archive holds instead of drawing.
        print(
            f"{label}: {counted(stats['total'], 'article', 'articles')}, {stats['unread']} unread, "
            f"{counted(stats['languages'], 'language', 'languages')}"
        )
        return EXIT_OK
    from tui.app import ParallaxApp

    app = ParallaxApp(db_path=db)
    if first_run:
        app.notices.append(first_run + ". Press ? for the keys.")
    app.run()
    return EXIT_OK


COMMANDS = {
    "import": cmd_import,
    "inspect": cmd_inspect,
    "list": cmd_list,
    "search": cmd_search,
    "compare": cmd_compare,
    "check": cmd_check,
    "backup": cmd_backup,
    "sources": cmd_sources,
    "migrate": cmd_migrate,
    "pg-roles": cmd_pg_roles,
    "events": cmd_events,
}


def main(argv: Sequence[str] | None = None) -> int:
    from tui.cli_feeds import COMMANDS as FEED_COMMANDS

    parser = build_parser()
    args = parser.parse_args(argv)
    handler = COMMANDS.get(args.command) or FEED_COMMANDS.get(args.command, cmd_reader)
    try:
        return handler(args)
    except UsageError as exc:
        print(f"parallax: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ParallaxError as exc:
        print(f"parallax: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # never a traceback for the user
        if os.environ.get("PARALLAX_DEBUG"):
            raise
        print(f"parallax: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED


__all__ = ["INSPECT_FIELDS", "build_parser", "main"]

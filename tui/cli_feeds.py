"""The subscription commands of `parallax`: feeds, refresh, opml, and `import URL`.

Stable contract (tests pin it): `refresh` prints one line per feed (`URL: new N, updated N,
unchanged N`, or `URL: reason` on stderr) then a summary; exit 0 when every feed refreshed,
1 when some failed (the others are stored), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from tui.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, _open_store, _print_json
from tui.feeds.fetch import FetchSettings, is_web_url
from tui.feeds.interval import format_interval, parse_interval
from tui.formatting import counted
from tui.models import ParallaxError


def _web_url(value: str) -> str:
    if not is_web_url(value):
        raise argparse.ArgumentTypeError(f"not an http(s) URL: {value!r}")
    return value.strip()


def _interval(value: str) -> int:
    try:
        return parse_interval(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    feeds = sub.add_parser("feeds", parents=[common], help="manage subscriptions")
    fsub = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    p = fsub.add_parser("add", parents=[common], help="subscribe to a feed (or a site)")
    p.add_argument("url", type=_web_url, metavar="URL")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="tag (repeatable)")
    p.add_argument("--full-text", action="store_true", help="fetch each entry's page")
    p.add_argument("--every", type=_interval, metavar="30m", help="auto-refresh interval")
    p = fsub.add_parser("list", parents=[common], help="list subscriptions")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p = fsub.add_parser("remove", parents=[common], help="unsubscribe (articles stay)")
    p.add_argument("url", metavar="URL")
    p = fsub.add_parser("tag", parents=[common], help="replace a feed's tags")
    p.add_argument("url", metavar="URL")
    p.add_argument("tags", nargs="*", metavar="T")

    p = sub.add_parser("refresh", parents=[common], help="fetch subscribed feeds")
    p.add_argument("urls", nargs="*", metavar="URL")
    p.add_argument("--tag", metavar="T", help="only feeds with this tag")
    p.add_argument("--json", action="store_true", help="print the result as JSON")

    opml = sub.add_parser("opml", parents=[common], help="subscriptions in and out as OPML")
    osub = opml.add_subparsers(dest="opml_command", metavar="ACTION", required=True)
    p = osub.add_parser("import", parents=[common], help="subscribe to the feeds of a file")
    p.add_argument("file", metavar="FILE")
    p = osub.add_parser("export", parents=[common], help="write subscriptions (- for stdout)")
    p.add_argument("file", metavar="FILE")


def _settings() -> FetchSettings:
    from tui.config import load_config

    config, _ = load_config()
    return FetchSettings(max_bytes=config.max_import_bytes)


# -- feeds -----------------------------------------------------------------------------------


def cmd_feeds(args: argparse.Namespace) -> int:
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "add": _feeds_add, "list": _feeds_list, "remove": _feeds_remove, "tag": _feeds_tag,
    }
    return handlers[args.feeds_command](args)


def _feeds_add(args: argparse.Namespace) -> int:
    from tui.ingest.build import clean_tags

    with _open_store(args) as store:
        created = store.add_feed(
            args.url, tags=clean_tags(args.tag), full_text=args.full_text or None,
            interval_s=args.every,
        )
    print(f"{'subscribed to' if created else 'already subscribed, settings merged:'} {args.url}")
    return EXIT_OK


def _feeds_list(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        feeds = store.feeds()
    if args.json:
        _print_json([f.to_json() for f in feeds])
        return EXIT_OK
    for feed in feeds:
        extras = [", ".join(feed.tags)] if feed.tags else []
        extras += ["full text"] if feed.full_text else []
        extras += [f"every {format_interval(feed.interval_s)}"] if feed.interval_s else []
        print(feed.name + (f"  ({'; '.join(extras)})" if extras else ""))
        print(f"  {feed.url}")
        articles = counted(feed.articles, "article", "articles")
        print(f"  last success: {feed.last_success or 'never'} · {articles}, "
              f"{feed.unread} unread")
        if feed.last_error:
            print(f"  last error: {feed.last_error}")
    if not feeds:
        print("no subscriptions (add one with: parallax feeds add URL)", file=sys.stderr)
    return EXIT_OK


def _feeds_remove(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        removed = store.remove_feed(args.url)
    if not removed:
        print(f"parallax: {args.url}: not subscribed", file=sys.stderr)
        return EXIT_FAILED
    print(f"unsubscribed from {args.url} (its articles stay in the archive)")
    return EXIT_OK


def _feeds_tag(args: argparse.Namespace) -> int:
    from tui.ingest.build import clean_tags

    with _open_store(args) as store:
        found = store.set_feed_tags(args.url, clean_tags(args.tags))
    if not found:
        print(f"parallax: {args.url}: not subscribed", file=sys.stderr)
        return EXIT_FAILED
    print(f"{args.url}: tags {', '.join(clean_tags(args.tags)) or '(none)'}")
    return EXIT_OK


# -- refresh ---------------------------------------------------------------------------------


def cmd_refresh(args: argparse.Namespace) -> int:
    from tui.feeds.refresh import refresh

    with _open_store(args) as store:
        feeds = store.feeds(tag=args.tag)
        if args.urls:
            known = {f.url: f for f in store.feeds()}
            missing = [u for u in args.urls if u not in known]
            if missing:
                print(f"parallax: not subscribed: {', '.join(missing)} "
                      "(see parallax feeds list)", file=sys.stderr)
                return EXIT_USAGE
            feeds = [f for f in feeds if f.url in set(args.urls)]
        if not feeds:
            print("no feeds to refresh", file=sys.stderr)
            return EXIT_OK
        report = refresh(store, feeds, _settings())
    if args.json:
        _print_json(report.to_json())
    else:
        for feed in report.feeds:
            print(feed.line(), file=sys.stderr if feed.error else sys.stdout)
        print(report.summary())
    if report.grouping_error:
        print(f"parallax: {report.grouping_error}", file=sys.stderr)
    return EXIT_FAILED if report.failed else EXIT_OK


# -- import URL ------------------------------------------------------------------------------


def split_web_urls(paths: list[str]) -> tuple[list[str], list[str]]:
    """(http(s) URLs, everything else) from `parallax import` arguments."""
    urls = [p for p in paths if is_web_url(p)]
    return urls, [p for p in paths if p not in urls]


def import_web(
    args: argparse.Namespace, urls: list[str], then: Callable[[argparse.Namespace], int]
) -> int:
    """Fetch each URL once (a feed or an article page) and store it, then the file paths."""
    from tui.feeds.once import import_urls

    if args.json and args.paths:
        print("parallax: error: with --json, import URLs and files separately", file=sys.stderr)
        return EXIT_USAGE
    with _open_store(args) as store:
        report = import_urls(store, urls, _settings())
    if args.json:
        _print_json({
            "imported": report.total("new"), "updated": report.total("updated"),
            "unchanged": report.total("unchanged"), "failed": len(report.failed),
            "errors": [{"path": f.url, "reason": f.error} for f in report.failed],
        })
    else:
        print(f"imported {report.total('new')}, updated {report.total('updated')}, "
              f"unchanged {report.total('unchanged')}, failed {len(report.failed)}")
        for feed in report.failed:
            print(feed.line(), file=sys.stderr)
    if report.grouping_error:
        print(f"parallax: {report.grouping_error}", file=sys.stderr)
    status = EXIT_FAILED if report.failed else EXIT_OK
    return max(status, then(args)) if args.paths else status


# -- opml ------------------------------------------------------------------------------------


def cmd_opml(args: argparse.Namespace) -> int:
    from tui.feeds.opml import read_opml, write_opml

    if args.opml_command == "export":
        with _open_store(args) as store:
            data = write_opml(store.feeds())
        if args.file == "-":
            sys.stdout.write(data.decode("utf-8"))
        else:
            _write(Path(args.file), data)
            print(f"wrote {data.count(b'xmlUrl=')} outlines to {args.file}")
        return EXIT_OK
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise ParallaxError(f"{args.file}: {exc.strerror or exc}") from None
    outlines = read_opml(data, args.file)
    added = 0
    with _open_store(args) as store:
        for o in outlines:
            added += store.add_feed(
                o.url, title=o.title, html_url=o.html_url, tags=o.tags,
                full_text=o.full_text or None, interval_s=o.interval_s,
            )
    print(f"subscribed to {added} feeds, {len(outlines) - added} already subscribed "
          "(then: parallax refresh)")
    return EXIT_OK


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ParallaxError(f"{path}: cannot write ({exc.strerror or exc})") from None


COMMANDS = {"feeds": cmd_feeds, "refresh": cmd_refresh, "opml": cmd_opml}

"""`parallax check [--repair]`: what is wrong with an archive, and mending it.

The store finds structural problems (`Store.check`); this adds the analysis queue: a
repair re-queues articles nobody would group, gives failed articles another try and
works the queue off, then checks again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tui.events import ENGINE, Progress, group_new_articles
from tui.formatting import counted
from tui.store import FailedAnalysis, HealthReport, Store


@dataclass
class CheckOutcome:
    path: str
    schema: int
    articles: int
    events: int
    report: HealthReport
    failed: list[FailedAnalysis] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out = {"archive": self.path, "schema": self.schema, "articles": self.articles,
               "events": self.events, **self.report.to_json()}
        out["failed"] = [
            {"id": f.article_id, "title": f.title, "error": f.error, "engine": f.engine}
            for f in self.failed
        ]
        out["repairs"] = self.repairs
        return out

    def lines(self) -> list[str]:
        r = self.report
        out = [
            f"archive    {self.path} (schema {self.schema})",
            f"articles   {self.articles}",
            f"events     {self.events} ({r.empty_events} empty, {r.dangling_events} lost)",
            f"integrity  {'; '.join(r.integrity) if r.integrity else 'ok'}",
            f"search     {'ok' if r.fts_ok else 'index out of sync (check --repair rebuilds it)'}",
            f"analysis   {r.pending} pending, {r.failed} failed"
            + (f", {r.ungrouped_unqueued} never queued" if r.ungrouped_unqueued else ""),
        ]
        out += [f"  {f.article_id}: {f.title[:60]}: {f.error}" for f in self.failed]
        out += [f"repaired:  {line}" for line in self.repairs]
        out.append("healthy" if r.healthy else "problems found" + (
            "" if self.repairs else " (parallax check --repair fixes what it can)"))
        return out


def check_archive(store: Store, *, repair: bool = False, progress: Progress | None = None
                  ) -> CheckOutcome:
    """Check (and with `repair`, mend) the archive."""
    repairs: list[str] = []
    if repair:
        repairs += store.repair_structure()
        if queued := store.queue_ungrouped():
            repairs.append(f"queued {queued} ungrouped articles")
        if retried := store.retry_failed():
            repairs.append(f"retrying {retried} failed articles")
        if store.pending_count(ENGINE):
            result = group_new_articles(store, progress=progress)
            repairs.append(
                f"grouped {counted(result.articles, 'article', 'articles')} "
                f"({result.created} new events, "
                f"{result.failed} failed)"
            )
    report = store.check()
    return CheckOutcome(
        path=str(store.path),
        schema=store.schema_version,
        articles=store.stats()["total"],
        events=store.event_total(),
        report=report,
        failed=store.failed_analyses(),
        repairs=repairs,
    )

"""The deployments report: what was deployed where, at which classification, by whom and why."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Final

from app.core.messages import say
from app.core.reports.model import HTML_ROWS, Chart, Column, Fact, Reader, Section, Series, Table, stamp
from app.core.reports.period import Period

# The job and the operator's reason of each deployment recorded since the period started.
_REASONS: Final = (
    "SELECT json_extract(t, '$.details.job'), json_extract(t, '$.details.reason') FROM"
    " (SELECT CAST(entry AS TEXT) AS t FROM audit_entries"
    " WHERE action IN ('deploy.model', 'deploy.update', 'deploy.rollback') AND outcome = 'ok' AND time >= ?)"
)
# The newest row of each node and bundle deployed before the end of the period.
_PLACEMENT: Final = (
    "SELECT node, bundle_name, bundle_version, bundle_type, classification, deployed_at, deployed_by"
    " FROM deployments WHERE id IN (SELECT max(id) FROM deployments WHERE deployed_at < ? GROUP BY node, bundle_name)"
    " ORDER BY node, bundle_name"
)


def build(reader: Reader, period: Period) -> list[Section]:
    """The deployments report's sections."""
    rows = reader.rows(
        "SELECT deployed_at, node, bundle_name, bundle_version, bundle_type, classification, kind, previous_version,"
        " deployed_by, approved_by, json_extract(summary, '$.job') FROM deployments"
        " WHERE deployed_at >= ? AND deployed_at < ? ORDER BY id", (period.start, period.end))
    why = _reasons_by_job(reader, period)
    clearance = _clearances(reader)
    return [_summary(rows, period), _changes(rows, why, clearance), _placement(reader, period, clearance)]


def _reasons_by_job(reader: Reader, period: Period) -> dict[int, str]:
    """The reason each deployment's operator gave, from its audit entry (matched by job)."""
    found: dict[int, str] = {}
    for job, reason in reader.rows(_REASONS, (period.start,)):
        if job is not None and reason:
            found[int(job)] = str(reason)
    return found


def _clearances(reader: Reader) -> dict[str, str]:
    found = {}
    for name, labels in reader.rows("SELECT name, labels FROM nodes"):
        try:
            value = json.loads(labels).get("clearance")
        except (ValueError, AttributeError):
            value = None
        found[name] = str(value) if value else ""
    return found


def _summary(rows: list[tuple[object, ...]], period: Period) -> Section:
    buckets = period.buckets()
    index = {b: i for i, b in enumerate(buckets)}
    deploys, rollbacks = [0] * len(buckets), [0] * len(buckets)
    for row in rows:
        slot = index.get(str(row[0])[: period.bucket_chars])
        if slot is not None:
            (rollbacks if row[6] == "rollback" else deploys)[slot] += 1
    by_level = Counter(str(r[5]) for r in rows)
    nodes_by_level: dict[str, set[str]] = {}
    for row in rows:
        nodes_by_level.setdefault(str(row[5]), set()).add(str(row[1]))
    facts = [Fact(say("deployments to a node"), str(sum(deploys))), Fact(say("rollbacks"), str(sum(rollbacks))),
             Fact(say("nodes changed"), str(len({r[1] for r in rows}))),
             Fact(say("bundles"), str(len({(r[2], r[3]) for r in rows})))]
    chart = Chart(say("Deployments"), buckets, [Series(say("deployed"), "info", deploys),
                                               Series(say("rolled back"), "warn", rollbacks)], say("node changes"))
    levels = Table("by_classification", say("By classification"),
                   [Column("classification", say("Classification level")),
                    Column("changes", say("Changes"), number=True),
                    Column("nodes", say("Nodes"), number=True)],
                   [(level, count, len(nodes_by_level[level])) for level, count in sorted(by_level.items())],
                   say("Nothing was deployed in the period."))
    return Section("summary", say("Summary"), [], facts, [chart], [levels])


def _changes(rows: list[tuple[object, ...]], why: dict[int, str], clearance: dict[str, str]) -> Section:
    table_rows: list[Sequence[object]] = [
        (stamp(r[0]), r[1], clearance.get(str(r[1]), ""), r[2], r[3], r[4], r[5], r[6], r[7] or "", r[8], r[9] or "",
         r[10] if r[10] is not None else "", why.get(int(str(r[10])), "") if r[10] is not None else "")
        for r in rows]
    columns = [Column("time", say("Time")), Column("node", say("Node")), Column("clearance", say("Clearance")),
               Column("bundle", say("Bundle")), Column("version", say("Bundle version")),
               Column("type", say("Bundle type")),
               Column("classification", say("Classification level")), Column("kind", say("Kind")),
               Column("previous_version", say("Before")), Column("by", say("By")),
               Column("approved_by", say("Approved by")), Column("job", say("Job"), number=True),
               Column("why", say("Why"))]
    table = Table("deployments", say("Every change, in order"), columns, table_rows[:HTML_ROWS],
                  say("Nothing was deployed in the period."), total=len(table_rows), all_rows=lambda: iter(table_rows),
                  note=say("Clearance is the node's clearance label when the report was written. Why is the reason "
                           "the operator gave."))
    return Section("changes", say("What was deployed where"), [], [], [], [table])


def _placement(reader: Reader, period: Period, clearance: dict[str, str]) -> Section:
    rows: list[Sequence[object]] = [
        (r[0], clearance.get(str(r[0]), ""), r[1], r[2], r[3], r[4], stamp(r[5]), r[6])
        for r in reader.rows(_PLACEMENT, (period.end,))]
    columns = [Column("node", say("Node")), Column("clearance", say("Clearance")), Column("bundle", say("Bundle")),
               Column("version", say("Bundle version")), Column("type", say("Bundle type")),
               Column("classification", say("Classification level")), Column("since", say("Since")),
               Column("by", say("By"))]
    table = Table("placement", say("On each node at the end of the period"), columns, rows[:HTML_ROWS],
                  say("Nothing was deployed by the end of the period."), total=len(rows), all_rows=lambda: iter(rows))
    return Section("placement", say("Placement at the end of the period"), [], [], [], [table])

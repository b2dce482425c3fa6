"""The fleet report: health over the period, every node, jobs, and alarms and how they were handled."""

from __future__ import annotations

import bisect
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any, Final

from app.core.messages import Message, say
from app.core.reports.model import (
    HTML_ROWS,
    Chart,
    Column,
    Fact,
    Reader,
    Section,
    Series,
    Speak,
    Table,
    said,
    stamp,
)
from app.core.reports.period import Period

HEALTHY, DEGRADED, UNHEALTHY = "healthy", "degraded", "unhealthy"
_RANK: Final = {HEALTHY: 0, DEGRADED: 1, UNHEALTHY: 2}
# Nodes by their worst check in each bucket (a day or a month).
_HEALTH_BY_BUCKET: Final = (
    "SELECT bucket, worst, count(*) FROM (SELECT substr(checked_at, 1, ?) AS bucket, node_id,"
    " max(CASE status WHEN 'unhealthy' THEN 2 WHEN 'degraded' THEN 1 ELSE 0 END) AS worst"
    " FROM node_health WHERE checked_at >= ? AND checked_at < ? GROUP BY bucket, node_id) GROUP BY bucket, worst"
)
HEALTH_WORDS: Final = {HEALTHY: say("healthy"), DEGRADED: say("degraded"), UNHEALTHY: say("unhealthy")}
NOT_CHECKED: Final = say("not checked")


def build(reader: Reader, period: Period, alarms: list[dict[str, Any]], speak: Speak) -> list[Section]:
    """The fleet report's sections; `alarms` are those open at some time in the period (`session.list_alarms`)."""
    nodes = _nodes(reader, period)
    return [_glance(reader, period, nodes, speak), _problems(reader, period, speak), _jobs(reader, period),
            alarms_section(alarms, speak)]


# -- the fleet and its health ----------------------------------------------------------------------


def _nodes(reader: Reader, period: Period) -> list[dict[str, Any]]:
    latest = {r[0]: (r[1], r[2]) for r in reader.rows(
        "SELECT node_id, status, checked_at FROM node_health WHERE id IN"
        " (SELECT max(id) FROM node_health WHERE checked_at < ? GROUP BY node_id)", (period.end,))}
    counts = {r[0]: (r[1], r[2]) for r in reader.rows(
        "SELECT node_id, count(*), sum(status != 'healthy') FROM node_health"
        " WHERE checked_at >= ? AND checked_at < ? GROUP BY node_id", (period.start, period.end))}
    rows = reader.rows(
        "SELECT n.id, n.name, n.address, n.labels, n.status, n.enrolled_at,"
        " coalesce(json_array_length(f.facts, '$.gpu.gpus'), 0), f.facts"
        " FROM nodes n LEFT JOIN node_facts f ON f.node_id = n.id ORDER BY n.name")
    nodes = []
    for node_id, name, address, labels, status, enrolled_at, gpus, facts in rows:
        health, checked_at = latest.get(node_id, (None, None))
        checks, bad = counts.get(node_id, (0, 0))
        nodes.append({"name": name, "address": address, "labels": _labels(labels), "status": status,
                      "enrolled_at": enrolled_at, "gpus": int(gpus), "models": _models(facts) if gpus else "",
                      "health": health, "checked_at": checked_at, "checks": checks, "bad": bad or 0})
    return nodes


def _labels(text: str) -> str:
    try:
        labels = json.loads(text)
    except ValueError:
        return ""
    return ", ".join(f"{k}={v}" for k, v in sorted(labels.items())) if isinstance(labels, dict) else ""


def _models(facts: str | None) -> str:
    try:
        gpus = json.loads(facts or "{}").get("gpu", {}).get("gpus", [])
    except (ValueError, AttributeError):
        return ""
    models = Counter(str(g.get("name") or "?") for g in gpus if isinstance(g, dict))
    return ", ".join(f"{count} x {name}" for name, count in sorted(models.items()))


def _health_chart(reader: Reader, period: Period, nodes: list[dict[str, Any]]) -> Chart:
    buckets = period.buckets()
    index = {bucket: i for i, bucket in enumerate(buckets)}
    worst: dict[int, list[int]] = {rank: [0] * len(buckets) for rank in (0, 1, 2)}
    for bucket, rank, count in reader.rows(_HEALTH_BY_BUCKET, (period.bucket_chars, period.start, period.end)):
        if bucket in index:
            worst[int(rank)][index[bucket]] = int(count)
    enrolled = sorted(str(n["enrolled_at"])[: period.bucket_chars] for n in nodes)
    idle = [max(0, bisect.bisect_right(enrolled, b) - sum(worst[r][i] for r in worst)) for i, b in enumerate(buckets)]
    return Chart(
        say("Health of the fleet, by day") if not period.by_month else say("Health of the fleet, by month"),
        buckets,
        [Series(HEALTH_WORDS[HEALTHY], "good", worst[0]), Series(HEALTH_WORDS[DEGRADED], "warn", worst[1]),
         Series(HEALTH_WORDS[UNHEALTHY], "bad", worst[2]), Series(NOT_CHECKED, "idle", idle)],
        say("nodes (each at its worst that day or month)"),
    )


def _glance(reader: Reader, period: Period, nodes: list[dict[str, Any]], speak: Speak) -> Section:
    at_end = Counter(n["health"] or "" for n in nodes)
    facts = [
        Fact(say("nodes enrolled"), str(len(nodes))),
        Fact(say("GPUs"), str(sum(n["gpus"] for n in nodes))),
        Fact(say("healthy at the end of the period"), str(at_end[HEALTHY]), "good"),
        Fact(say("degraded at the end of the period"), str(at_end[DEGRADED]), "warn" if at_end[DEGRADED] else ""),
        Fact(say("unhealthy at the end of the period"), str(at_end[UNHEALTHY]), "bad" if at_end[UNHEALTHY] else ""),
        Fact(say("never checked by then"), str(at_end[""])),
        Fact(say("host key changed (blocked)"), str(sum(n["status"] == "hostkey_changed" for n in nodes)),
             "bad" if any(n["status"] == "hostkey_changed" for n in nodes) else ""),
    ]
    ordered = sorted(nodes, key=lambda n: (-_RANK.get(n["health"] or "", -1), n["name"]))
    columns = [Column("node", say("Node")), Column("address", say("Address")), Column("labels", say("Labels")),
               Column("gpus", say("GPUs"), number=True), Column("gpu_models", say("GPU models")),
               Column("status", say("Status")), Column("health_at_end", say("Health at the end")),
               Column("last_checked", say("Last checked")), Column("checks", say("Checks"), number=True),
               Column("not_healthy", say("Not healthy"), number=True)]
    rows: list[Sequence[object]] = [
        (n["name"], n["address"], n["labels"], n["gpus"], n["models"], n["status"], speak(health_word(n["health"])),
         stamp(n["checked_at"]), n["checks"], n["bad"]) for n in ordered]
    table = Table("nodes", say("Every node, least healthy first"), columns, rows[:HTML_ROWS],
                  say("No node is enrolled."), total=len(rows), all_rows=lambda: iter(rows))
    return Section("fleet", say("The fleet"), [say("Nodes as enrolled when the report was written; health as the "
                                                   "last check before the end of the period found it.")],
                   facts, [_health_chart(reader, period, nodes)], [table])


def _problems(reader: Reader, period: Period, speak: Speak) -> Section:
    rows = reader.rows(
        "SELECT n.name, h.status, count(*), max(h.checked_at), max(h.id) FROM node_health h"
        " JOIN nodes n ON n.id = h.node_id WHERE h.checked_at >= ? AND h.checked_at < ? AND h.status != 'healthy'"
        " GROUP BY n.name, h.status", (period.start, period.end))
    reasons: dict[int, str] = {}
    last_ids = [r[4] for r in rows]
    for start in range(0, len(last_ids), 500):
        chunk = last_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        query = f"SELECT id, reasons FROM node_health WHERE id IN ({marks})"  # noqa: S608 - placeholders only
        for health_id, text in reader.rows(query, chunk):
            reasons[health_id] = _reasons_text(text, speak)
    rows.sort(key=lambda r: (-_RANK.get(str(r[1]), 0), str(r[0])))
    table_rows: list[Sequence[object]] = [
        (name, speak(health_word(status)), count, stamp(last), reasons.get(last_id, ""))
        for name, status, count, last, last_id in rows]
    columns = [Column("node", say("Node")), Column("health", say("Health")),
               Column("checks", say("Checks"), number=True), Column("last", say("Last time")),
               Column("why", say("Why (the last such check)"))]
    table = Table("health_problems", say("Degraded and unhealthy checks in the period"), columns,
                  table_rows[:HTML_ROWS], say("Every check in the period found its node healthy."),
                  total=len(table_rows), all_rows=lambda: iter(table_rows))
    return Section("health", say("Health problems"), [], [], [], [table])


def _reasons_text(stored: str, speak: Speak) -> str:
    """A stored verdict's reasons, said in the report's language where they were kept as templates."""
    try:
        verdict = json.loads(stored)
    except ValueError:
        return ""
    if not isinstance(verdict, dict):
        return ""
    messages = [said(m) for m in verdict.get("reasons_said") or []]
    if messages and all(m is not None for m in messages):
        return " ".join(speak(m) for m in messages if m is not None)
    return " ".join(str(r) for r in verdict.get("reasons") or [])


# -- jobs ----------------------------------------------------------------------------------------------


def _jobs(reader: Reader, period: Period) -> Section:
    rows = reader.rows(
        "SELECT id, playbook, selection, status, started_at, started_by,"
        " coalesce(json_extract(summary, '$.succeeded'), 0) FROM jobs WHERE started_at >= ? AND started_at < ?"
        " ORDER BY id", (period.start, period.end))
    buckets = period.buckets()
    index = {b: i for i, b in enumerate(buckets)}
    good, bad = [0] * len(buckets), [0] * len(buckets)
    by_playbook: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _id, playbook, _sel, _status, started, _by, ok in rows:
        slot = index.get(str(started)[: period.bucket_chars])
        if slot is not None:
            (good if ok else bad)[slot] += 1
        by_playbook[playbook][0 if ok else 1] += 1
    failed = [(r[0], r[1], r[2], r[3], stamp(r[4]), r[5]) for r in rows if not r[6]]
    chart = Chart(say("Jobs"), buckets, [Series(say("succeeded"), "good", good),
                                         Series(say("did not succeed"), "bad", bad)], say("jobs"))
    playbooks = Table("jobs_by_playbook", say("Jobs by playbook"),
                      [Column("playbook", say("Playbook run")), Column("succeeded", say("Succeeded"), number=True),
                       Column("not_succeeded", say("Did not succeed"), number=True)],
                      [(p, c[0], c[1]) for p, c in sorted(by_playbook.items())], say("No job ran in the period."))
    unsuccessful = Table("jobs_not_succeeded", say("Jobs that did not succeed"),
                         [Column("job", say("Job"), number=True), Column("playbook", say("Playbook run")),
                          Column("selection", say("Selection")), Column("status", say("Status")),
                          Column("started", say("Started")), Column("by", say("By"))],
                         failed[:HTML_ROWS], say("Every job in the period succeeded."), total=len(failed),
                         all_rows=lambda: iter(failed))
    facts = [Fact(say("jobs"), str(len(rows))), Fact(say("did not succeed"), str(len(failed)), "bad" if failed else "")]
    return Section("jobs", say("Jobs"), [], facts, [chart], [playbooks, unsuccessful])


# -- alarms --------------------------------------------------------------------------------------------


def alarms_section(alarms: list[dict[str, Any]], speak: Speak) -> Section:
    """Alarms of the period and how each was handled (the dict shape of `session.list_alarms`)."""
    ordered = sorted(alarms, key=lambda a: (a.get("cleared_at") is not None, str(a.get("first_seen") or "")))
    rows: list[Sequence[object]] = [
        (a.get("id"), a.get("kind"), a.get("target"), a.get("severity"), _alarm_message(a, speak),
         stamp(a.get("first_seen")),
         stamp(a.get("last_seen")), stamp(a.get("acknowledged_at")), a.get("acknowledged_by") or "",
         a.get("note") or "", stamp(a.get("cleared_at"))) for a in ordered]
    still_open = sum(1 for a in alarms if not a.get("cleared_at"))
    unacknowledged = sum(1 for a in alarms if not a.get("cleared_at") and not a.get("acknowledged_at"))
    facts = [Fact(say("alarms in the period"), str(len(alarms))),
             Fact(say("still open"), str(still_open), "bad" if still_open else "good"),
             Fact(say("open and not acknowledged"), str(unacknowledged), "bad" if unacknowledged else ""),
             Fact(say("cleared"), str(len(alarms) - still_open))]
    columns = [Column("id", say("Alarm"), number=True), Column("kind", say("Kind")), Column("target", say("Target")),
               Column("severity", say("Severity")), Column("message", say("What it says")),
               Column("first_seen", say("First seen")), Column("last_seen", say("Last seen")),
               Column("acknowledged_at", say("Acknowledged")), Column("acknowledged_by", say("By")),
               Column("note", say("Acknowledgement note")), Column("cleared_at", say("Cleared"))]
    table = Table("alarms", say("Alarms, open ones first"), columns, rows[:HTML_ROWS],
                  say("No alarm was raised in the period."), total=len(rows), all_rows=lambda: iter(rows))
    return Section("alarms", say("Alarms and how they were handled"), [], facts, [], [table])


def _alarm_message(alarm: dict[str, Any], speak: Speak) -> str:
    """The alarm's sentence in the report's language, from its stored form where there is one."""
    said = alarm.get("said")
    if isinstance(said, dict) and isinstance(said.get("template"), str):
        values = {str(k): str(v) for k, v in (said.get("values") or {}).items()}
        count = said.get("count")
        return speak(Message(said["template"], values, count if isinstance(count, int) else None))
    return str(alarm.get("message") or "")


def health_word(status: str | None) -> Message:
    return HEALTH_WORDS.get(status or "", NOT_CHECKED)

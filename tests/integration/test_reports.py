"""Reports: the audit report is sealed by a checkpoint an auditor checks against an export; the
fleet and deployments reports say what happened; every file is self-contained and complete."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.errors import Cancelled
from tests.conftest import Vault

TODAY = datetime.now(UTC).date().isoformat()


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _self_contained(html: str) -> None:
    assert "<script" not in html.lower()
    assert "Content-Security-Policy" in html
    references = re.findall(r"""(?:src|href|action|xlink:href)\s*=\s*["']?([^"' >]+)""", html, re.IGNORECASE)
    assert all(ref.startswith("#") for ref in references), references  # in-page anchors only
    assert "url(" not in html  # no stylesheet fetch either


def test_audit_report_is_sealed_and_checks_against_an_export(vault: Vault, tmp_path: Path) -> None:
    vault.add_account("audrey", "auditor")
    assert vault.cli("settings", "idle-lock", "600", "--reason", "CHG-3 longer idle lock").returncode == 0
    assert vault.cli("settings", "idle-lock", "60", account="audrey").returncode == 3  # a refusal on record
    out = tmp_path / "reports"
    out.mkdir()
    done = vault.cli("report", "audit", "--from", TODAY, "--to", TODAY, "--out", str(out / "audit.html"), "--json",
                     "--reason", "quarterly review", account="audrey")
    assert done.returncode == 0, done.stderr
    written = json.loads(done.stdout)
    html = (out / "audit.html").read_text()
    _self_contained(html)
    size = written["checkpoint"]
    assert f"Sealed by checkpoint {size}" in html
    entries = _rows(out / "audit-entries.csv")
    assert [int(e["seq"]) for e in entries] == list(range(size))  # everything so far, nothing after the seal
    assert {e["action"] for e in entries} >= {"settings.change", "audit.checkpoint"}
    [change, refusal] = [e for e in entries if e["action"] == "settings.change"]
    assert (change["actor"], change["outcome"], change["reason"]) == ("admin", "ok", "CHG-3 longer idle lock")
    assert (refusal["actor"], refusal["outcome"]) == ("audrey", "refused")
    assert "CHG-3 longer idle lock" in html
    assert "may not do settings.change" in html  # the refusals table says why

    media = tmp_path / "media"
    media.mkdir()
    exported = vault.cli("audit", "export", "--out", str(media))
    assert exported.returncode == 0, exported.stderr
    export = Path(exported.stdout.strip())
    lines = (export / "entries.jsonl").read_bytes().splitlines(keepends=True)
    first, last = int(entries[0]["seq"]), int(entries[-1]["seq"])
    digest = hashlib.sha256(b"".join(lines[first:last + 1])).hexdigest()  # sed -n 'FIRST+1,LAST+1p' | sha256sum
    assert digest in html
    for entry, line in zip(entries, lines, strict=False):
        assert entry["leaf_sha256"] == hashlib.sha256(b"\x00" + line.rstrip(b"\n")).hexdigest()
    note = (export / "checkpoints" / f"{size:010d}.txt").read_text()
    assert note.split("\n")[2] in html  # the root hash the report names is the one the export's checkpoint signs
    assert f"checkpoints/{size:010d}.txt" in html

    with vault.open() as session:
        [entry] = session.audit_entries(limit=1, action="report.write")
    assert entry.actor == "audrey"
    assert entry.details["reason"] == "quarterly review"
    assert entry.details["checkpoint"] == size
    assert entry.details["sha256"] == hashlib.sha256((out / "audit.html").read_bytes()).hexdigest()


@pytest.mark.parametrize(("args", "said"), [
    (["--from", "2026-02-30", "--to", "2026-03-01"], "--from '2026-02-30' is not a date."),
    (["--from", "2026-03-02", "--to", "2026-03-01"], "The period ends (2026-03-01) before it starts (2026-03-02)."),
])
def test_a_malformed_request_is_a_usage_error_before_anything(vault: Vault, tmp_path: Path, args, said) -> None:
    done = vault.cli("report", "fleet", *args, "--out", str(tmp_path / "r.html"))
    assert done.returncode == 2, done.stderr
    assert said in done.stderr
    assert list(tmp_path.glob("r*")) == []
    with vault.open() as session:
        assert session.audit_entries(limit=1, action="report.write")[0].outcome == "refused"


def test_a_missing_folder_is_refused_and_an_unknown_kind_is_a_usage_error(vault: Vault, tmp_path: Path) -> None:
    missing = vault.cli("report", "fleet", "--from", TODAY, "--to", TODAY, "--out", str(tmp_path / "no" / "r.html"))
    assert missing.returncode == 2
    assert "is not a folder" in missing.stderr
    unknown = vault.cli("report", "weather", "--from", TODAY, "--to", TODAY, "--out", str(tmp_path / "r.html"))
    assert unknown.returncode == 2


def _fleet(session: object) -> None:
    """Three nodes, their facts and health over two days, a job, and deployments, as the rooms store them."""
    conn = session.conn  # type: ignore[attr-defined]
    conn.execute("BEGIN IMMEDIATE")
    for i, clearance in enumerate(("internal", "secret", "internal")):
        conn.execute("INSERT INTO nodes(name, address, port, user, labels, variables, status, enrolled_at, enrolled_by)"
                     " VALUES (?, '10.0.0.1', 22, 'airlock', ?, '{}', 'enrolled', '2026-02-01T00:00:00.000000Z', 'x')",
                     (f"gpu-{i:02d}", json.dumps({"clearance": clearance})))
        conn.execute("INSERT INTO node_facts(node_id, collected_at, facts) VALUES (?, '2026-02-01T00:00:00.000000Z', ?)",
                     (i + 1, json.dumps({"gpu": {"gpus": [{"name": "NVIDIA H100 80GB HBM3"}] * 2}})))
    sick = {"reasons": ["GPU 1: 2 uncorrectable ECC errors since the driver loaded."],
            "reasons_said": [{"template": "{gpu}: %n uncorrectable ECC error(s) since the driver loaded.",
                              "values": {"gpu": "GPU 1"}, "count": 2}], "notes": [], "notes_said": []}
    for day, statuses in (("2026-03-01", ("healthy", "healthy", "degraded")),
                          ("2026-03-02", ("healthy", "unhealthy", "healthy"))):
        for node, status in enumerate(statuses, start=1):
            conn.execute("INSERT INTO node_health(node_id, checked_at, status, reasons) VALUES (?, ?, ?, ?)",
                         (node, f"{day}T06:00:00.000000Z", status, json.dumps(sick if status != "healthy" else {})))
    conn.execute("INSERT INTO jobs(id, playbook, selection, status, started_at, started_by, summary)"
                 " VALUES (7, 'deploy_model', 'gpu-*', 'successful', '2026-03-02T09:00:00.000000Z', 'bob',"
                 " '{\"succeeded\": true}')")
    for node in ("gpu-00", "gpu-02"):
        conn.execute("INSERT INTO deployments(node, bundle_type, bundle_name, bundle_version, classification, kind,"
                     " previous_version, state, deployed_by, deployed_at, summary) VALUES (?, 'model', 'llm', '1.2.0',"
                     " 'internal', 'deploy', NULL, 'current', 'bob', '2026-03-02T09:01:00.000000Z', '{\"job\": 7}')",
                     (node,))
    session.audit.append("bob", "deploy.model", "llm@1.2.0", "ok", {"job": 7, "reason": "CHG-77 new weights"})  # type: ignore[attr-defined]
    conn.execute("COMMIT")


def test_fleet_and_deployments_reports_say_what_happened(vault: Vault, tmp_path: Path) -> None:
    with vault.open() as session:
        _fleet(session)
        fleet = session.write_report("fleet", "2026-03-01", "2026-03-02", tmp_path / "fleet.html")
        deployed = session.write_report("deployments", "2026-03-01", "2026-03-02", tmp_path / "deploy.html")
    html = fleet.path.read_text()
    _self_contained(html)
    assert "<svg" in html
    assert "Health of the fleet, by day" in html
    nodes = _rows(tmp_path / "fleet-nodes.csv")
    assert [n["node"] for n in nodes] == ["gpu-01", "gpu-00", "gpu-02"]  # least healthy first
    assert nodes[0]["health_at_end"] == "unhealthy"
    assert nodes[0]["gpus"] == "2"
    problems = _rows(tmp_path / "fleet-health_problems.csv")
    assert {(p["node"], p["health"]) for p in problems} == {("gpu-01", "unhealthy"), ("gpu-02", "degraded")}
    assert problems[0]["why"] == "GPU 1: 2 uncorrectable ECC errors since the driver loaded."
    assert "No alarm was raised in the period." in html  # health rows written straight into the vault raise none

    html = deployed.path.read_text()
    _self_contained(html)
    changes = _rows(tmp_path / "deploy-deployments.csv")
    assert [(c["node"], c["clearance"], c["version"], c["classification"], c["why"]) for c in changes] == [
        ("gpu-00", "internal", "1.2.0", "internal", "CHG-77 new weights"),
        ("gpu-02", "internal", "1.2.0", "internal", "CHG-77 new weights")]
    assert len(_rows(tmp_path / "deploy-placement.csv")) == 2


def test_fleet_report_shows_alarms_and_how_they_were_handled(vault: Vault, tmp_path: Path) -> None:
    """The ops room's alarms of the period: one acknowledged with a note and cleared, one still open."""
    usage = shutil.disk_usage(vault.data_dir)
    near = f"{100 * usage.free / usage.total + 5:.1f}"  # just above what is free now: the store is "near full"
    with vault.open() as session:
        session.set_alarm_store_free_percent(near)
        session.sweep_alarms()
        [first] = session.list_alarms()
        session.acknowledge_alarm(first["id"], "ordered a bigger disk")
        session.set_alarm_store_free_percent("0")
        assert session.sweep_alarms()["cleared"] == [first["id"]]
        session.set_alarm_store_free_percent(near)
        session.sweep_alarms()  # raised again: a new alarm, open and not acknowledged
        [second] = session.list_alarms()
        session.write_report("fleet", TODAY, TODAY, tmp_path / "fleet.html")
        session.write_report("fleet", "2020-01-01", "2020-01-02", tmp_path / "old.html")
    html = (tmp_path / "fleet.html").read_text()
    assert "Alarms and how they were handled" in html
    rows = _rows(tmp_path / "fleet-alarms.csv")
    assert [int(r["id"]) for r in rows] == [second["id"], first["id"]]  # open ones first
    assert (rows[1]["acknowledged_by"], rows[1]["note"]) == ("admin", "ordered a bigger disk")
    assert rows[1]["cleared_at"]
    assert rows[0]["cleared_at"] == rows[0]["acknowledged_at"] == ""
    assert all("free" in r["message"] for r in rows)
    assert _rows(tmp_path / "old-alarms.csv") == []  # another period: none of them


def test_a_cancelled_report_leaves_no_file(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    cancel = threading.Event()

    def progress(_done: int, _total: int, message: object) -> None:
        if str(message).startswith("Writing"):  # the first CSV is being written
            cancel.set()

    with vault.open() as session, pytest.raises(Cancelled):
        session.write_report("audit", TODAY, TODAY, out / "audit.html", progress=progress, cancel=cancel)
    assert list(out.iterdir()) == []
    with vault.open() as session:
        assert session.audit_entries(limit=1, action="report.write")[0].outcome == "cancelled"

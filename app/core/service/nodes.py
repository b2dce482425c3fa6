"""Session actions for nodes, enrolment and jobs (owned by the nodes room).

Long work (SSH enrolment, an Ansible run) happens outside the write transaction; only
the recording happens inside `self.action(...)`, so the audit entry and the change
commit together. A host key that changed is an alarm: the node is blocked in the same
transaction that records the alarm, and only `repin_node` (admin) unblocks it.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from app.core import facts, health, jobs, ssh
from app.core.audit.log import utc_now
from app.core.errors import AirlockError, AlreadyExists, NotFound, UsageError
from app.core.inventory import (
    STATUS_ENROLLED,
    STATUS_HOSTKEY_CHANGED,
    HostKeyPin,
    Node,
    normalize_fingerprint,
    parse_labels,
    parse_pin,
    parse_variables,
    select,
    validate_address,
    validate_name,
    validate_port,
    validate_user,
)
from app.core.messages import Message, say, template
from app.core.progress import Progress, no_progress
from app.core.service.job_control import job_owner, owner_alive
from app.core.service.labels import RAISE_ACTION

if TYPE_CHECKING:
    from app.core.service.core import Approval, SessionCore

    _Base = SessionCore
else:
    _Base = object

PLAYBOOKS_DIR: Final = Path(__file__).resolve().parents[3] / "playbooks"
_PLAYBOOK_NAME: Final = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_HEALTH_HISTORY: Final = 20


def _health_details(verdict: dict[str, Any]) -> str:
    """What node_health.reasons keeps of a verdict: everything but the status (its own column)."""
    return _json({key: value for key, value in verdict.items() if key != "status"})


def _json(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


class NodeActions(_Base):
    """Mixin of `Session`: nodes, enrolment, jobs."""

    playbooks_dir: Path = PLAYBOOKS_DIR

    # -- loading ------------------------------------------------------------------------------

    def _nodes_rows(self, where: str = "", params: tuple[object, ...] = ()) -> list[Node]:
        with self.lock:
            rows = self.conn.execute(
                f"SELECT id, name, address, port, user, labels, variables, status FROM nodes {where} ORDER BY name",  # noqa: S608 - fixed fragments
                params,
            ).fetchall()
            pins = self.conn.execute(
                "SELECT node_id, key_type, key_base64 FROM host_key_pins ORDER BY key_type"
            ).fetchall()
        by_node: dict[int, list[HostKeyPin]] = {}
        for node_id, key_type, key_base64 in pins:
            by_node.setdefault(int(node_id), []).append(HostKeyPin(str(key_type), str(key_base64)))
        return [
            Node(
                str(r[1]),
                str(r[2]),
                int(r[3]),
                str(r[4]),
                json.loads(r[5]),
                json.loads(r[6]),
                tuple(by_node.get(int(r[0]), [])),
                str(r[7]),
            )
            for r in rows
        ]

    def _nodes_get(self, name: str) -> Node:
        found = self._nodes_rows("WHERE name = ?", (name,))
        if not found:
            raise NotFound(
                say("There is no node named {name}.", name=name), say("See `airlock node list` for the enrolled nodes.")
            )
        return found[0]

    def _nodes_id(self, name: str) -> int:
        row = self.conn.execute("SELECT id FROM nodes WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise NotFound(
                say("There is no node named {name}.", name=name), say("See `airlock node list` for the enrolled nodes.")
            )
        return int(row[0])

    # -- the management key --------------------------------------------------------------------

    def _nodes_management_key(self) -> ssh.ManagementKey:
        """The appliance's management key, created (and sealed) on first use."""
        with self.lock:
            row = self.conn.execute(
                "SELECT id, public_line, private_sealed FROM management_keys ORDER BY id DESC LIMIT 1"
            ).fetchone()
        if row is not None:
            private = self.unseal("management_keys", int(row[0]), "private_sealed", bytes(row[2]))
            return ssh.ManagementKey(private, str(row[1]))
        key = ssh.generate_management_key()

        def store() -> None:
            key_id = int(self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM management_keys").fetchone()[0])
            sealed = self.seal("management_keys", key_id, "private_sealed", key.private_openssh)
            self.conn.execute(
                "INSERT INTO management_keys(id, public_line, private_sealed, created_at) VALUES (?,?,?,?)",
                (key_id, key.public_line, sealed, utc_now()),
            )

        self._write(store, "node.management_key.create", {"public_key": key.public_line})
        return key

    def management_public_key(self) -> str:
        """The public line of the management key (to install on nodes by other means)."""
        self.require("node.list", "node.management_key.show")
        return self._nodes_management_key().public_line

    # -- enrolment ------------------------------------------------------------------------------

    def enroll_node(  # noqa: PLR0913 - the inputs of enrolment
        self,
        name: str,
        address: str,
        user: str,
        bootstrap: ssh.Bootstrap,
        *,
        port: int = 22,
        fingerprint: str | None = None,
        confirm: Callable[[str], bool] | None = None,
        labels: list[str] | None = None,
        variables: list[str] | None = None,
        disable_password_login: bool = False,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
    ) -> dict[str, Any]:
        """Pin the host key, install the management key, prove a key login, record the node."""
        details: dict[str, Any] = {"address": address[:255], "port": port, "user": user[:64]}
        with self.understanding("node.enroll", name[:64], details):
            node = Node(
                validate_name(name),
                validate_address(address),
                validate_port(port),
                validate_user(user),
                parse_labels(labels or []),
                parse_variables(variables or []),
            )
            details["labels"] = node.labels
            self._known_clearance(node.labels)  # type: ignore[attr-defined]
            expected = normalize_fingerprint(fingerprint) if fingerprint else None
            ssh.check_bootstrap(bootstrap)
            if self._nodes_rows("WHERE name = ?", (name,)):
                raise AlreadyExists(
                    say("A node named {name} is enrolled already.", name=name),
                    say("Choose another name, or remove the old node first."),
                )
        self.require("node.enroll", "node.enroll", name)
        # A node enrolled cleared above the least sensitive level is a clearance raise (labels room).
        if self.enrolment_raises_clearance(name, node.labels):  # type: ignore[attr-defined]
            self.require(RAISE_ACTION, RAISE_ACTION, name)
        try:
            key = self._nodes_management_key()
            result = ssh.enroll(
                node,
                bootstrap,
                key,
                expected_fingerprint=expected,
                confirm=confirm,
                disable_password_login=disable_password_login,
                progress=progress,
                cancel=cancel,
            )
        except AirlockError as exc:
            self.audit_refusal("node.enroll", name, str(exc), details, outcome=exc.audit_outcome)
            raise
        details.update(
            fingerprint=result.pin.fingerprint,
            key_installed=result.key_installed,
            password_login_disabled=result.password_login_disabled,
        )
        with self.action("node.enroll", name, "node.enroll", details):
            now = utc_now()
            cursor = self.conn.execute(
                "INSERT INTO nodes(name, address, port, user, labels, variables, status, enrolled_at, enrolled_by)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    node.name,
                    node.address,
                    node.port,
                    node.user,
                    _json(node.labels),
                    _json(node.variables),
                    STATUS_ENROLLED,
                    now,
                    self.account.name,
                ),
            )
            self._nodes_store_pin(int(cursor.lastrowid), result.pin, now)
        return self.show_node(name)

    def _nodes_store_pin(self, node_id: int, pin: HostKeyPin, now: str) -> None:
        self.conn.execute("DELETE FROM host_key_pins WHERE node_id = ?", (node_id,))
        self.conn.execute(
            "INSERT INTO host_key_pins(node_id, key_type, key_base64, fingerprint, pinned_at, pinned_by)"
            " VALUES (?,?,?,?,?,?)",
            (node_id, pin.key_type, pin.key_base64, pin.fingerprint, now, self.account.name),
        )

    def repin_node(self, name: str, fingerprint: str) -> dict[str, Any]:
        """Admin only: pin the key the node offers now, if it matches `fingerprint`; unblock it."""
        details: dict[str, Any] = {}
        with self.understanding("node.repin", name[:64]):
            validate_name(name)
            expected = normalize_fingerprint(fingerprint)
            node = self._nodes_get(name)
        self.require("node.repin", "node.repin", name)
        try:
            details["old_fingerprints"] = [p.fingerprint for p in node.pins]
            offered = ssh.offered_host_key(node)
            details["offered"] = offered.fingerprint
            if offered.fingerprint != expected:
                raise ssh.HostKeyMismatch(
                    say(
                        "Node {name} offers host key {offered}, not {expected}.",
                        name=name,
                        offered=offered.fingerprint,
                        expected=expected,
                    ),
                    say("Check the key on the node's console with `ssh-keygen -lf` before re-pinning."),
                )
            parse_pin(offered.key_type, offered.key_base64)
        except AirlockError as exc:
            self.audit_refusal("node.repin", name, str(exc), details, outcome=exc.audit_outcome)
            raise
        with self.action("node.repin", name, "node.repin", details):
            node_id = self._nodes_id(name)
            self._nodes_store_pin(node_id, offered, utc_now())
            self.conn.execute("UPDATE nodes SET status = ? WHERE id = ?", (STATUS_ENROLLED, node_id))
        return self.show_node(name)

    def remove_node(self, name: str, approval: Approval | None = None) -> None:
        """Forget a node: its pins, facts and health history go with it."""
        with self.understanding("node.remove", name[:64]):
            validate_name(name)
            self._nodes_get(name)
        with self.action("node.remove", name, "node.remove", approval=approval):
            node_id = self._nodes_id(name)
            self.conn.execute("DELETE FROM nodes WHERE id = ?", (node_id,))

    # -- reading ------------------------------------------------------------------------------------

    def _nodes_latest_health(self, node_id: int) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT checked_at, status, reasons, job_id FROM node_health WHERE node_id = ? ORDER BY id DESC LIMIT 1",
            (node_id,),
        ).fetchone()
        if row is None:
            return None
        return {"checked_at": row[0], "status": row[1], **json.loads(row[2]), "job": row[3]}

    def list_nodes(self) -> list[dict[str, Any]]:
        """Every node with its status, pin fingerprint, GPU count and latest health."""
        self.require("node.list", "node.list")
        out = []
        with self.lock:
            ids = dict(self.conn.execute("SELECT name, id FROM nodes").fetchall())
            for node in self._nodes_rows():
                node_id = int(ids[node.name])
                facts_row = self.conn.execute("SELECT facts FROM node_facts WHERE node_id = ?", (node_id,)).fetchone()
                gpu = json.loads(facts_row[0]).get("gpu", {}) if facts_row else {}
                latest = self._nodes_latest_health(node_id)
                out.append(
                    {
                        "name": node.name,
                        "address": node.address,
                        "port": node.port,
                        "user": node.user,
                        "labels": node.labels,
                        "status": node.status,
                        "fingerprint": node.pins[0].fingerprint if node.pins else None,
                        "gpus": len(gpu.get("gpus", [])),
                        "gpu_models": dict(Counter(str(g.get("name") or "unknown") for g in gpu.get("gpus", []))),
                        "gpu_state": gpu.get("state"),
                        "health": latest["status"] if latest else None,
                    }
                )
        return out

    def show_node(self, name: str) -> dict[str, Any]:
        """One node: address, labels, pins, facts with every GPU, health history."""
        self.require("node.show", "node.show", name)
        with self.lock:
            node = self._nodes_get(name)
            node_id = self._nodes_id(name)
            row = self.conn.execute("SELECT enrolled_at, enrolled_by FROM nodes WHERE id = ?", (node_id,)).fetchone()
            facts_row = self.conn.execute(
                "SELECT collected_at, job_id, facts FROM node_facts WHERE node_id = ?", (node_id,)
            ).fetchone()
            history = self.conn.execute(
                "SELECT checked_at, status, reasons, job_id FROM node_health WHERE node_id = ?"
                " ORDER BY id DESC LIMIT ?",
                (node_id, _HEALTH_HISTORY),
            ).fetchall()
        node_facts = json.loads(facts_row[2]) if facts_row else None
        gpu = (node_facts or {}).get("gpu") or {}
        return {
            "name": node.name,
            "address": node.address,
            "port": node.port,
            "user": node.user,
            "labels": node.labels,
            "variables": node.variables,
            "status": node.status,
            "enrolled_at": row[0],
            "enrolled_by": row[1],
            "host_keys": [{"type": p.key_type, "fingerprint": p.fingerprint} for p in node.pins],
            "facts": node_facts,
            "facts_collected_at": facts_row[0] if facts_row else None,
            "driver_version": gpu.get("driver_version"),
            "cuda_version": gpu.get("cuda_version"),
            "gpu_state": gpu.get("state"),
            "gpus": gpu.get("gpus", []),
            "health": [{"checked_at": h[0], "status": h[1], **json.loads(h[2]), "job": h[3]} for h in history],
            "deployments": self._nodes_deployments(name),
        }

    def _nodes_deployments(self, name: str) -> list[dict[str, Any]]:
        """What the deploy room says is deployed on this node (empty without that room)."""
        deployments_on = getattr(self, "deployments_on", None)
        if deployments_on is None:
            return []
        found: list[dict[str, Any]] = deployments_on(name)
        return found

    # -- jobs ---------------------------------------------------------------------------------------

    def _nodes_playbook(self, name: str) -> Path:
        available = sorted(p.stem for p in self.playbooks_dir.glob("*.yml"))
        if not _PLAYBOOK_NAME.match(name) or name not in available:
            if available:
                hint = say("Available: {playbooks}.", playbooks=", ".join(available))
            else:
                hint = say("Available: none.")
            raise UsageError(say("There is no playbook named {name}.", name=repr(name)), hint)
        return self.playbooks_dir / f"{name}.yml"

    def run_playbook(
        self,
        playbook: str,
        limit: str | None = None,
        extravars: list[str] | None = None,
        *,
        settings: jobs.JobSettings | None = None,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
        on_result: jobs.EventCallback | None = None,
    ) -> dict[str, Any]:
        """Run a playbook on the selected nodes; returns the stored job (see `show_job`).

        Nodes whose host key changed are never contacted; they are listed as blocked.
        """
        used = settings or jobs.JobSettings()
        details: dict[str, Any] = {"playbook": playbook[:64], "selection": (limit or "all")[:200],
                                   "forks": used.forks, "timeout_s": used.timeout_s}
        with self.understanding("job.run", playbook[:64], details):
            path = self._nodes_playbook(playbook)
            variables = jobs.check_extravars(extravars or [])
            details["extravars"] = sorted(variables)
            chosen = select(self._nodes_rows(), limit)
            self.refuse_cordoned(chosen, playbook)  # type: ignore[attr-defined] # the ops room's check
            blocked = [n.name for n in chosen if n.blocked]
            runnable = [n for n in chosen if not n.blocked]
            details["blocked"] = blocked
            jobs.check_reachable(runnable)
        self.require("job.run", "job.run", playbook)
        try:
            private_dir = jobs.make_private_dir(jobs.job_base_dir(self.data_dir))
            try:
                prepared = jobs.prepare(private_dir, path, runnable, variables, settings)
            except AirlockError:
                jobs.remove_private_dir(private_dir)
                raise
        except AirlockError as exc:
            self.audit_refusal("job.run", playbook, str(exc), details, outcome=exc.audit_outcome)
            raise
        details["hosts"] = list(prepared.hosts)
        with self.action("job.start", playbook, "job.run", details) as act:
            cursor = self.conn.execute(
                "INSERT INTO jobs(playbook, selection, extravars, hosts, status, started_at, started_by, private_dir,"
                " summary)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    playbook,
                    limit or "all",
                    _json(sorted(variables)),
                    _json(list(prepared.hosts)),
                    jobs.STATUS_RUNNING,
                    utc_now(),
                    self.account.name,
                    str(private_dir),
                    _json({**job_owner(), "blocked": blocked}),
                ),
            )
            job_id = int(cursor.lastrowid)
            act.details["job"] = job_id
        return self._nodes_execute(job_id, playbook, prepared, blocked, progress, cancel, on_result)

    def _nodes_execute(
        self,
        job_id: int,
        playbook: str,
        prepared: jobs.PreparedJob,
        blocked: list[str],
        progress: Progress,
        cancel: threading.Event | None,
        on_result: jobs.EventCallback | None,
    ) -> dict[str, Any]:
        counter = {"done": 0}

        def relay(result: jobs.TaskResult) -> None:
            counter["done"] += 1
            progress(counter["done"], 0, _task_step(result))
            if on_result is not None:
                on_result(result)

        try:
            key = self._nodes_management_key().private_openssh.decode("ascii")
            # A cancel asked for from another process reaches this job too (job_control).
            with self.watching_cancel_requests(job_id, cancel) as token:  # type: ignore[attr-defined]
                outcome = jobs.run(prepared, key, cancel=token, on_result=relay)
            outcome.hostkey_failures |= self._nodes_changed_keys(outcome)
        except AirlockError as exc:
            outcome = jobs.JobOutcome(status=jobs.STATUS_FAILED)
            self._nodes_record(job_id, playbook, outcome, blocked, error=str(exc))
            raise
        self._nodes_record(job_id, playbook, outcome, blocked)
        return self.show_job(job_id)

    def _nodes_record(
        self, job_id: int, playbook: str, outcome: jobs.JobOutcome, blocked: list[str], error: str = ""
    ) -> None:
        summary = {**outcome.summary(), "blocked": blocked}
        if error:
            summary["error"] = error
        details = {
            "job": job_id,
            "status": outcome.status,
            "succeeded": outcome.succeeded,
            "hosts": len(outcome.host_summary),
            "hostkey_failures": sorted(outcome.hostkey_failures),
        }
        with self.action("job.finish", f"job {job_id}", "job.run", details):
            self.conn.execute(
                "UPDATE jobs SET status = ?, finished_at = ?, private_dir = NULL, summary = ? WHERE id = ?",
                (outcome.status, utc_now(), _json(summary), job_id),
            )
            self.conn.executemany(
                "INSERT INTO job_results(job_id, host, task, status, message, duration_s) VALUES (?,?,?,?,?,?)",
                [(job_id, r.host, r.task, r.status, r.message, r.duration_s) for r in outcome.results],
            )
            self._nodes_store_reports(job_id, playbook, outcome)
            for name in sorted(outcome.hostkey_failures):
                self._nodes_hostkey_alarm(name, job_id)
            self.observe_job(job_id, playbook, outcome)  # type: ignore[attr-defined] # the ops room's alarms

    def _nodes_changed_keys(self, outcome: jobs.JobOutcome) -> set[str]:
        """Unreachable nodes that now offer a host key other than their pin.

        Ansible's message may be hidden (no_log) or worded differently; asking the node for
        its key (recorded and refused, never trusted) settles it.
        """
        unreachable = {h for h, counts in outcome.host_summary.items() if counts.get("unreachable")}
        changed = set()
        for node in self._nodes_rows():
            if node.name not in unreachable or node.name in outcome.hostkey_failures:
                continue
            try:
                offered = ssh.offered_host_key(node)
            except AirlockError:
                continue  # really unreachable
            if offered.fingerprint not in {p.fingerprint for p in node.pins}:
                changed.add(node.name)
        return changed

    def _nodes_hostkey_alarm(self, name: str, job_id: int) -> None:
        row = self.conn.execute("SELECT id FROM nodes WHERE name = ?", (name,)).fetchone()
        if row is None:
            return
        self.conn.execute("UPDATE nodes SET status = ? WHERE id = ?", (STATUS_HOSTKEY_CHANGED, int(row[0])))
        self.audit.append(
            self.account.name,
            "node.hostkey_changed",
            name,
            "alarm",
            {
                "job": job_id,
                "reason": "The node offered a host key that is not pinned; every connection to it is stopped.",
            },
        )

    def _nodes_store_reports(self, job_id: int, playbook: str, outcome: jobs.JobOutcome) -> None:
        now = utc_now()
        ids = dict(self.conn.execute("SELECT name, id FROM nodes").fetchall())
        for host, report in outcome.reports.items():
            node_id = ids.get(host)
            if node_id is None:
                continue
            if report.get("kind") == "facts":
                self.conn.execute(
                    "INSERT INTO node_facts(node_id, job_id, collected_at, facts) VALUES (?,?,?,?)"
                    " ON CONFLICT(node_id) DO UPDATE SET job_id = excluded.job_id,"
                    " collected_at = excluded.collected_at,"
                    " facts = excluded.facts",
                    (node_id, job_id, now, _json(node_facts_from_report(report))),
                )
            elif report.get("kind") == "health":
                verdict = health_from_report(report, self.health_thresholds())  # type: ignore[attr-defined]
                self.conn.execute(
                    "INSERT INTO node_health(node_id, job_id, checked_at, status, reasons) VALUES (?,?,?,?,?)",
                    (node_id, job_id, now, verdict["status"], _health_details(verdict)),
                )
        if playbook == "health":
            for host, counts in outcome.host_summary.items():
                if counts.get("unreachable") and host in ids:
                    self.conn.execute(
                        "INSERT INTO node_health(node_id, job_id, checked_at, status, reasons) VALUES (?,?,?,?,?)",
                        (
                            ids[host],
                            job_id,
                            now,
                            health.UNHEALTHY,
                            _health_details(health.unreachable().as_dict()),
                        ),
                    )

    def list_jobs(self, limit: int = 100) -> list[dict[str, Any]]:
        """The latest jobs, newest first."""
        self.require("job.list", "job.list")
        with self.lock:
            rows = self.conn.execute(
                "SELECT id, playbook, selection, status, started_at, finished_at, started_by, summary FROM jobs"
                " ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [
            {
                "id": r[0],
                "playbook": r[1],
                "selection": r[2],
                "status": r[3],
                "started_at": r[4],
                "finished_at": r[5],
                "started_by": r[6],
                "succeeded": json.loads(r[7]).get("succeeded"),
            }
            for r in rows
        ]

    def show_job(self, job_id: int) -> dict[str, Any]:
        """One job: its summary and every per-host, per-task result."""
        self.require("job.show", "job.show", f"job {job_id}")
        with self.lock:
            row = self.conn.execute(
                "SELECT id, playbook, selection, extravars, hosts, status, started_at, finished_at, started_by, summary"
                " FROM jobs WHERE id = ?",
                (job_id,),
            ).fetchone()
            if row is None:
                raise NotFound(say("There is no job {job}.", job=job_id), say("See `airlock jobs list`."))
            results = self.conn.execute(
                "SELECT host, task, status, message, duration_s FROM job_results WHERE job_id = ? ORDER BY id",
                (job_id,),
            ).fetchall()
        summary = json.loads(row[9])
        summary.pop("owner_pid", None)
        summary.pop("owner_started", None)
        return {
            "id": row[0],
            "playbook": row[1],
            "selection": row[2],
            "extravars": json.loads(row[3]),
            "hosts": json.loads(row[4]),
            "status": row[5],
            "started_at": row[6],
            "finished_at": row[7],
            "started_by": row[8],
            "summary": summary,
            "succeeded": bool(summary.get("succeeded")),
            "cancel_requested": self.job_cancel_request(job_id),  # type: ignore[attr-defined]
            "results": [
                {"host": r[0], "task": r[1], "status": r[2], "message": r[3], "duration_s": r[4]} for r in results
            ],
        }

    # -- start-up ------------------------------------------------------------------------------------

    def reconcile_jobs(self) -> int:
        """Mark jobs a crash left `running` as interrupted and remove their private dirs.

        A job whose owning process is still alive (another session) is left alone.
        Returns how many jobs were reconciled. Called when a session opens.
        """
        with self.lock:
            rows = self.conn.execute(
                "SELECT id, private_dir, summary FROM jobs WHERE status = ?", (jobs.STATUS_RUNNING,)
            ).fetchall()
        count = 0
        for job_id, private_dir, summary_text in rows:
            summary = json.loads(summary_text)
            if owner_alive(summary):
                continue
            if private_dir:
                jobs.remove_private_dir(Path(private_dir))
            summary["interrupted"] = "The process running the job ended before it finished."

            def mark(job: int = int(job_id), text: str = _json(summary)) -> None:
                self.conn.execute(
                    "UPDATE jobs SET status = ?, finished_at = ?, private_dir = NULL, summary = ? WHERE id = ?",
                    (jobs.STATUS_INTERRUPTED, utc_now(), text, job),
                )

            self._write(
                mark,
                "job.reconcile",
                {"job": int(job_id), "status": jobs.STATUS_INTERRUPTED},
                target=f"job {job_id}",
                outcome="failed",
            )
            count += 1
        return count

    def reconcile_jobs_at_start(self) -> None:
        """The start-up hook the Session runs (see `Session._startup_hooks`)."""
        self.reconcile_jobs()
        with self.lock:
            live = self.conn.execute(
                "SELECT private_dir FROM jobs WHERE status = ? AND private_dir IS NOT NULL", (jobs.STATUS_RUNNING,)
            ).fetchall()
        jobs.sweep_private_dirs(self.data_dir, {Path(str(row[0])) for row in live})


def _output(result: dict[str, Any]) -> str:
    """A command's stdout, with Ansible's message appended when it failed (e.g. not found)."""
    stdout = str(result.get("stdout", ""))
    if int(result.get("rc", 1)) == 0:
        return stdout
    return f"{stdout}\n{result.get('message', '')}".strip()


def node_facts_from_report(report: dict[str, Any]) -> dict[str, Any]:
    """The stored facts of one node from its facts report (nvidia-smi parsed here)."""
    xml = report.get("nvidia_smi_xml") or {}
    csv = report.get("nvidia_smi_csv") or {}
    try:
        gpu = facts.report_from_outputs(
            int(xml.get("rc", 1)), _output(xml), int(csv.get("rc", -1)), str(csv.get("stdout", ""))
        ).as_dict()
    except (facts.FactsError, ValueError) as exc:
        gpu = {
            "state": facts.STATE_ERROR,
            "message": str(exc),
            "gpus": [],
            "driver_version": None,
            "cuda_version": None,
        }
    keep = ("os", "cpu", "memory_mib", "disks", "mounts", "container_runtimes")
    return {**{k: report.get(k) for k in keep}, "gpu": gpu}


def health_from_report(report: dict[str, Any], thresholds: health.HealthThresholds | None = None) -> dict[str, Any]:
    """The verdict for one node from its health report."""
    smi = report.get("nvidia_smi") or {}
    merged = dict(report)
    merged["nvidia_smi"] = {"rc": smi.get("rc", 1), "stdout": _output(smi)}
    try:
        return health.evaluate(merged, thresholds).as_dict()
    except (facts.FactsError, ValueError) as exc:
        return health.unreadable(str(exc)).as_dict()



# A job's progress line for one task on one host (the task name is Ansible's own text).
_TASK_STEPS: Final = {
    "ok": template("{host}: {task} ok"),
    "changed": template("{host}: {task} changed"),
    "failed": template("{host}: {task} failed"),
    "unreachable": template("{host}: {task} unreachable"),
    "skipped": template("{host}: {task} skipped"),
}


def _task_step(result: jobs.TaskResult) -> Message:
    step = _TASK_STEPS.get(result.status)
    if step is None:
        return say("{host}: {task} {status}", host=result.host, task=result.task, status=result.status)
    return Message(step, {"host": result.host, "task": result.task})

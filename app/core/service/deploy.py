"""Session actions for deployments (owned by the deploy room).

`deploy` checks everything that can refuse before a byte leaves: permission, the bundle,
the target nodes, placement policy (classification against every node's clearance) and,
for update bundles under dual control, the second account's approval. Then it sends the
files (with resume), runs the playbook that re-verifies them on each node and switches
`current`, and records one deployment per node that succeeded, in the same transaction as
its audit entry. Refusals and failures are audited with their reason.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from app.core import deploy as plan
from app.core import policy
from app.core.audit.log import utc_now
from app.core.bundles.shared_reads import SharedChunks
from app.core.errors import AirlockError, NotFound, OperationFailed, UsageError
from app.core.inventory import Node, select
from app.core.jobs import check_extravars, job_base_dir
from app.core.messages import counted, say
from app.core.progress import Progress, check_cancel, no_progress
from app.core.transfer import NodeReport, push_to_nodes

if TYPE_CHECKING:
    from app.core.service.core import Approval, SessionCore

    _Base = SessionCore
else:
    _Base = object

ROLLBACK_ACTION: Final = "deploy.rollback"
VERIFY_FULL_VAR: Final = "airlock_verify_full"
_PROTECTED_VARS: Final = ("airlock_bundle_", "airlock_manifest_", "airlock_root")
_MAX_MESSAGE: Final = 400



def _checked_extravars(extravars: Mapping[str, str] | Sequence[str] | None) -> dict[str, str]:
    """Extra variables as `KEY=VALUE` items or a mapping, checked like a job's (no templates)."""
    if isinstance(extravars, Mapping):
        return check_extravars([f"{key}={value}" for key, value in extravars.items()])
    return check_extravars(list(extravars or []))

class DeployFailed(OperationFailed):
    """A deployment ran and failed on at least one node."""


def _json(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _host_outcomes(job: dict[str, Any], hosts: list[str]) -> tuple[list[str], dict[str, str]]:
    """Nodes that succeeded, and a reason for each that did not."""
    summary = job.get("summary", {}).get("hosts", {})
    failed: dict[str, str] = {}
    for result in job.get("results", []):
        if result["status"] in ("failed", "unreachable") and result["host"] not in failed:
            failed[result["host"]] = f"{result['task']}: {result['message']}"[:_MAX_MESSAGE]
    ok: list[str] = []
    for host in hosts:
        counts = summary.get(host)
        if host in failed:
            continue
        if counts is None:
            error = str(job.get("summary", {}).get("error", ""))[:_MAX_MESSAGE]
            failed[host] = f"the playbook did not reach it (job {job.get('status')}{': ' + error if error else ''})"
        elif counts.get("failures") or counts.get("unreachable"):
            failed[host] = "the playbook failed on it"
        else:
            ok.append(host)
    return ok, failed


class DeployActions(_Base):
    """Mixin of `Session`: deploy, rollback, deployments per node, classification levels."""

    # -- policy settings ---------------------------------------------------------------------

    def classification_levels(self) -> policy.ClassificationLevels:
        """The configured levels, least sensitive first (default: the bundle levels)."""
        value = self.get_setting(policy.LEVELS_SETTING, "")
        return policy.ClassificationLevels.parse(value) if value else policy.ClassificationLevels()

    def set_classification_levels(self, names: list[str], approval: Approval | None = None) -> None:
        """Replace the ordered levels (admin; audited as a settings change)."""
        with self.understanding("settings.change", policy.LEVELS_SETTING):
            levels = policy.ClassificationLevels.parse(",".join(names))
        self.set_setting(policy.LEVELS_SETTING, levels.setting(), approval)

    # -- resolving ----------------------------------------------------------------------------

    def _deploy_bundle(self, ref: plan.BundleRef) -> plan.DeployBundle:
        with self.lock:
            if ref.version is None:
                row = self.db.execute(
                    "SELECT type, name, version, classification FROM bundles WHERE name = ? ORDER BY id DESC LIMIT 1",
                    (ref.name,),
                ).fetchone()
            else:
                row = self.db.execute(
                    "SELECT type, name, version, classification FROM bundles WHERE name = ? AND version = ?",
                    (ref.name, ref.version),
                ).fetchone()
        if row is None:
            raise NotFound(say("No imported bundle {bundle}.", bundle=ref),
                           say("See `airlock bundle list`; import it first."))
        files = tuple(
            plan.BundleFile(path, int(length), sha256, source)
            for path, length, sha256, source in self.bundle_files(str(row[1]), str(row[2]))  # type: ignore[attr-defined]
        )
        return plan.DeployBundle(str(row[0]), str(row[1]), str(row[2]), str(row[3]), files)

    def _deploy_targets(self, pattern: str) -> list[Node]:
        nodes = select(self._nodes_rows(), pattern)  # type: ignore[attr-defined]
        if not nodes:
            raise UsageError(say("The selection {selection} matches no node.", selection=repr(pattern)),
                             say("See `airlock node list`."))
        blocked = [n.name for n in nodes if n.blocked or not n.pins]
        if blocked:
            raise OperationFailed(say("Nodes whose host key changed cannot receive anything: {nodes}.",
                                      nodes=", ".join(blocked)),
                                  say("An admin must check them and run `airlock node repin`, or leave them out."))
        self.refuse_cordoned(nodes, "deploy")  # type: ignore[attr-defined] # the ops room's check
        return nodes

    def _deploy_check_policy(self, bundle: plan.DeployBundle, nodes: list[Node]) -> None:
        targets = [policy.NodeClearance(n.name, policy.clearance_of(n.labels)) for n in nodes]
        policy.check_placement(bundle.ref, bundle.classification, targets, self.classification_levels())

    # -- the long work --------------------------------------------------------------------------

    def _deploy_send(self, bundle: plan.DeployBundle, nodes: list[Node], manifest: bytes, progress: Progress,
                     cancel: threading.Event | None) -> dict[str, NodeReport]:
        staging = self.data_dir / "deploy"
        staging.mkdir(mode=0o700, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix="manifest-", suffix=".json", dir=staging)
        manifest_path = Path(name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(manifest)
            # Each object is decrypted once as it streams, for every node (never to a file).
            with SharedChunks(self.open_object) as chunks:  # type: ignore[attr-defined]
                plain = replace(bundle, files=tuple(replace(f, source=chunks.source(f.sha256)) for f in bundle.files))
                targets = [(node, plan.files_for(node, plain, manifest_path, manifest)) for node in nodes]
                key: bytes = self._nodes_management_key().private_openssh  # type: ignore[attr-defined]
                send = getattr(self, "relay_push", None) or push_to_nodes  # the relays room: nodes behind relays
                reports: dict[str, NodeReport] = send(targets, key, job_base_dir(self.data_dir), progress, cancel)
                return reports
        finally:
            with contextlib.suppress(FileNotFoundError):
                manifest_path.unlink()

    def _deploy_read(self, file: plan.BundleFile) -> bytes:
        """A small file of a bundle, read from the store (a package index)."""
        data: bytes = self.read_object(file.sha256)  # type: ignore[attr-defined]
        return data

    def _deploy_run_switch(self, playbook: str, bundle: plan.DeployBundle, nodes: list[Node], manifest: bytes,
                    extra: dict[str, str], progress: Progress, cancel: threading.Event | None) -> dict[str, Any]:
        job: dict[str, Any] = self.run_playbook(  # type: ignore[attr-defined]
            playbook, ",".join(n.name for n in nodes), plan.extravars(bundle, manifest, extra),
            progress=progress, cancel=cancel,
        )
        return job

    # -- deploy ---------------------------------------------------------------------------------

    def deploy(
        self,
        ref: str,
        pattern: str,
        *,
        playbook: str | None = None,
        extravars: Mapping[str, str] | Sequence[str] | None = None,
        verify_full: bool = False,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
        approval: Approval | None = None,
    ) -> dict[str, Any]:
        """Deploy an imported bundle to the selected nodes; returns what happened per node.

        Refused (audited, nothing sent) when the bundle's classification exceeds any target
        node's clearance. Raises `DeployFailed` when some node failed; the nodes that
        succeeded are recorded all the same. Each node checks every file against the
        manifest; a file it hashed as it arrived (and that is unchanged since) is not read
        again unless `verify_full`.
        """
        self.ensure_unlocked()
        details: dict[str, Any] = {"bundle": ref[:120], "selection": pattern[:200]}
        action = "deploy.model"
        try:
            extra = _checked_extravars(extravars)  # what was typed is checked before anything is looked up
            bundle = self._deploy_bundle(plan.parse_ref(ref))
            action = f"deploy.{bundle.type}"
            details.update(bundle=bundle.ref, type=bundle.type, classification=bundle.classification)
            chosen = plan.choose_playbook(bundle.type, playbook)
            protected = sorted(k for k in extra if k.startswith(_PROTECTED_VARS))
            if protected:
                raise UsageError(say("Variables {variables} are set by Airlock for a deployment.",
                                     variables=", ".join(protected)),
                                 say("Leave them out; a node's airlock_root is one of its host variables."))
            if verify_full:
                extra[VERIFY_FULL_VAR] = "true"
                details["verify_full"] = True
            nodes = self._deploy_targets(pattern)
            details["nodes"] = [n.name for n in nodes]
            self._deploy_check_policy(bundle, nodes)
            carriers = getattr(self, "relay_carriers", None)  # the relays room: relays keep the files they pass on
            if carriers is not None:
                self._deploy_check_policy(bundle, carriers(nodes))
            # Only a request understood in full meets the permission check (its refusal is audited).
            self.require(action, action, bundle.ref)
            if self.dual_control_required(action):
                details["approved_by"] = self._approve(approval, action, action)
            packages = plan.update_packages(bundle, self._deploy_read) if chosen in plan.APT_PLAYBOOKS else []
            manifest = plan.manifest_bytes(bundle, packages)
            details.update(playbook=chosen, manifest_sha256=plan.manifest_sha256(manifest))
        except AirlockError as exc:
            self.audit_refusal(action, details.get("bundle", ref[:120]), str(exc), details, outcome=exc.audit_outcome)
            raise
        try:
            reports = self._deploy_send(bundle, nodes, manifest, progress, cancel)
            details["transfer"] = {name: r.to_json() for name, r in reports.items()}
            check_cancel(cancel, "The deployment")
            job = self._deploy_run_switch(chosen, bundle, nodes, manifest, extra, progress, cancel)
        except AirlockError as exc:
            self.audit_refusal(action, bundle.ref, str(exc), details, outcome=exc.audit_outcome)
            raise
        ok, failed = _host_outcomes(job, [n.name for n in nodes])
        details.update(job=job["id"], failed=failed)
        result = self._deploy_record(action, bundle, ok, "deploy", details, approval, dict.fromkeys(ok))
        result.update(job=job["id"], failed=failed, transfer=details["transfer"])
        if failed:
            raise DeployFailed(
                counted("{bundle} was not deployed on %n node(s): {failures}", len(failed), bundle=bundle.ref,
                        failures="; ".join(f"{host}: {reason}" for host, reason in sorted(failed.items()))),
                say("See `airlock jobs show {job}`; deploy again to resume (nodes that succeeded stay as they are).",
                    job=job["id"]),
            )
        return result

    def _deploy_record(
        self,
        action: str,
        bundle: plan.DeployBundle,
        hosts: list[str],
        kind: str,
        details: dict[str, Any],
        approval: Approval | None,
        previous_override: dict[str, str | None],
    ) -> dict[str, Any]:
        changed: list[str] = []
        unchanged: list[str] = []
        with self.action(action, bundle.ref, action, details=details, approval=approval) as act:
            now = utc_now()
            for host in hosts:
                row = self.conn.execute(
                    "SELECT bundle_version FROM deployments WHERE node = ? AND bundle_name = ? AND state = 'current'",
                    (host, bundle.name),
                ).fetchone()
                before = None if row is None else str(row[0])
                if before == bundle.version:
                    unchanged.append(host)
                    continue
                self.conn.execute(
                    "UPDATE deployments SET state = 'superseded'"
                    " WHERE node = ? AND bundle_name = ? AND state = 'current'",
                    (host, bundle.name),
                )
                self.conn.execute(
                    "INSERT INTO deployments(node, bundle_type, bundle_name, bundle_version, classification, kind,"
                    " previous_version, state, deployed_by, approved_by, deployed_at, summary)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (host, bundle.type, bundle.name, bundle.version, bundle.classification, kind,
                     previous_override.get(host) or before, "current", self.account.name,
                     act.details.get("approved_by"), now, _json({"job": details.get("job")})),
                )
                changed.append(host)
            act.details.update(changed=changed, unchanged=unchanged)
            if details.get("failed"):
                act.outcome = "failed"
        return {"bundle": bundle.ref, "changed": changed, "unchanged": unchanged}

    # -- rollback -------------------------------------------------------------------------------

    def rollback(
        self,
        name: str,
        pattern: str,
        *,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
        approval: Approval | None = None,
    ) -> dict[str, Any]:
        """Switch a model back, on each selected node, to the version deployed before the current one."""
        self.ensure_unlocked()
        details: dict[str, Any] = {"bundle": name[:120], "selection": pattern[:200]}
        try:
            ref = plan.parse_ref(name)
            if ref.version is not None:
                raise UsageError(say("Rollback takes a bundle name without a version."),
                                 say("It restores the version each node had before; to pick one, deploy NAME@VERSION."))
            nodes = self._deploy_targets(pattern)
            groups = self._deploy_rollback_groups(name, nodes)
            details["nodes"] = {node: version for version, hosts in groups.items() for node in hosts}
            self.require(ROLLBACK_ACTION, ROLLBACK_ACTION, name)
        except AirlockError as exc:
            self.audit_refusal(ROLLBACK_ACTION, name[:120], str(exc), details, outcome=exc.audit_outcome)
            raise
        results: dict[str, Any] = {"bundle": name, "changed": [], "unchanged": [], "failed": {}}
        for version, hosts in sorted(groups.items()):
            bundle = self._deploy_bundle(plan.BundleRef(name, version))
            manifest = plan.manifest_bytes(bundle)
            group_nodes = [n for n in nodes if n.name in hosts]
            step = dict(details, restore=bundle.ref)
            try:
                job = self._deploy_run_switch("rollback_model", bundle, group_nodes, manifest, {}, progress, cancel)
            except AirlockError as exc:
                self.audit_refusal(ROLLBACK_ACTION, bundle.ref, str(exc), step, outcome=exc.audit_outcome)
                raise
            ok, failed = _host_outcomes(job, hosts)
            step.update(job=job["id"], failed=failed)
            current = self._deploy_current_versions(name, ok)
            done = self._deploy_record(ROLLBACK_ACTION, bundle, ok, "rollback", step, approval, current)
            results["changed"] += done["changed"]
            results["unchanged"] += done["unchanged"]
            results["failed"].update(failed)
        if results["failed"]:
            raise DeployFailed(
                say("Rollback of {bundle} failed on: {failures}", bundle=name,
                    failures="; ".join(f"{h}: {r}" for h, r in sorted(results["failed"].items()))),
                say("See `airlock jobs list` for the job; the other nodes were rolled back."),
            )
        return results

    def _deploy_current_versions(self, name: str, hosts: list[str]) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        with self.lock:
            for host in hosts:
                row = self.conn.execute(
                    "SELECT bundle_version FROM deployments WHERE node = ? AND bundle_name = ? AND state = 'current'",
                    (host, name),
                ).fetchone()
                out[host] = None if row is None else str(row[0])
        return out

    def _deploy_rollback_groups(self, name: str, nodes: list[Node]) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        missing: list[str] = []
        with self.lock:
            for node in nodes:
                row = self.conn.execute(
                    "SELECT bundle_type, previous_version FROM deployments"
                    " WHERE node = ? AND bundle_name = ? AND state = 'current'",
                    (node.name, name),
                ).fetchone()
                if row is None or row[1] is None:
                    missing.append(node.name)
                    continue
                if row[0] != plan.MODEL:
                    raise UsageError(say("{bundle} is a {bundle_type} bundle; only models are rolled back.",
                                         bundle=name, bundle_type=row[0]),
                                     say("Deploy the older update bundle's packages in a newer bundle instead."))
                groups.setdefault(str(row[1]), []).append(node.name)
        if missing:
            raise UsageError(say("No previous version of {bundle} is recorded on: {nodes}.", bundle=name,
                                 nodes=", ".join(missing)),
                             say("Leave those nodes out of the selection."))
        return groups

    # -- reading --------------------------------------------------------------------------------

    def deployments(self, node: str | None = None, *, history: bool = False) -> list[dict[str, Any]]:
        """Deployments, newest first: current ones only unless `history`."""
        self.require("node.show", "deploy.list", node or "")
        query = ("SELECT node, bundle_type, bundle_name, bundle_version, classification, kind, previous_version,"
                 " state, deployed_by, approved_by, deployed_at FROM deployments WHERE 1 = 1")
        params: list[object] = []
        if node is not None:
            query += " AND node = ?"
            params.append(node)
        if not history:
            query += " AND state = 'current'"
        with self.lock:
            rows = self.conn.execute(query + " ORDER BY id DESC", params).fetchall()
        keys = ("node", "type", "name", "version", "classification", "kind", "previous_version", "state",
                "deployed_by", "approved_by", "deployed_at")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def deployments_on(self, node: str) -> list[dict[str, Any]]:
        """What is deployed on one node now (for `node show`)."""
        return self.deployments(node)

"""Session actions for relays (owned by the relays room).

`add_relay`, `list_relays`, `remove_relay` (admin; audited; dual control when switched on)
keep the relays table. The other rooms reach this one through small hooks they look up by
name, so each works without it:

- `relay_dispatch` (nodes room, `_nodes_execute`): runs a job split by path;
- `relay_check_paths` (nodes room, `run_playbook`): refuses a selection where a node has
  two relays, before the job starts;
- `relay_via` (nodes room: enrolment, re-pinning, host key checks): channels to a node
  through its relay;
- `relay_of_nodes` (nodes room: `list_nodes`, `show_node`): each node's relay;
- `relay_refuse_node_removal` (nodes room, `remove_node`): a relay is removed as a relay first;
- `sweep_relay_dirs_at_start` (the session's start-up hooks);
- `close_relay_links` (the session's closing hooks): the connections to relays that this
  session's jobs share (`relay_links`) are stopped when it locks or ends.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import jobs, relay_deploy, relay_dispatch, relay_links
from app.core.audit.log import utc_now
from app.core.errors import AirlockError, AlreadyExists, NotFound, UsageError
from app.core.inventory import Node, select, validate_name
from app.core.messages import say
from app.core.progress import Progress
from app.core.relay_hop import via_relay
from app.core.relays import Paths, Relay, RelayConflict, assign, split, validate_serves
from app.core.ssh import HostKeyChanged, Via
from app.core.transfer import FileToSend, NodeReport, push_to_nodes

if TYPE_CHECKING:
    from app.core.service.core import Approval, SessionCore

    _Base = SessionCore
else:
    _Base = object


def _json(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


class RelayActions(_Base):
    """Mixin of `Session`: relays, and the paths of jobs and connections through them."""

    # -- loading ------------------------------------------------------------------------------------

    def _relays_rows(self) -> dict[str, dict[str, Any]]:
        with self.lock:
            rows = self.conn.execute(
                "SELECT n.name, r.serves, r.added_at, r.added_by, r.versions FROM relays r"
                " JOIN nodes n ON n.id = r.node_id ORDER BY n.name"
            ).fetchall()
        return {str(r[0]): {"serves": str(r[1]), "added_at": r[2], "added_by": r[3], "versions": json.loads(r[4])}
                for r in rows}

    def _relays_state(self) -> tuple[list[Node], dict[str, Relay], Paths]:
        """Every node, every relay, and each node's path."""
        nodes: list[Node] = self._nodes_rows()  # type: ignore[attr-defined]
        by_name = {n.name: n for n in nodes}
        relays = {name: Relay(by_name[name], row["serves"]) for name, row in self._relays_rows().items()
                  if name in by_name}
        return nodes, relays, assign(nodes, list(relays.values()))

    # -- hooks the nodes room calls -----------------------------------------------------------------

    def relay_of_nodes(self) -> dict[str, str]:
        """Each node reached through a relay, with its relay's name (nodes with two relays: none)."""
        return dict(self._relays_state()[2].served)

    def relay_check_paths(self, nodes: list[Node]) -> None:
        """Refuse (`RelayConflict`) when a selected node is selected by two relays' patterns."""
        self._relays_state()[2].check(n.name for n in nodes)

    def relay_via(self, node: Node) -> Via | None:
        """Channels to `node` through its relay, or None when the appliance reaches it directly."""
        relays = self._relays_state()[1]
        route = assign([node], list(relays.values()))  # also for a node not enrolled yet
        route.check([node.name])
        relay_name = route.relay_of(node.name)
        if relay_name is None:
            return None
        relay = relays[relay_name].node
        if relay.blocked:
            raise HostKeyChanged(
                say("Relay {relay} of {node} is blocked: its host key changed.", relay=relay.name, node=node.name),
                say("An admin must check the relay and run `airlock node repin {relay}`.", relay=relay.name),
            )
        key: bytes = self._nodes_management_key().private_openssh  # type: ignore[attr-defined]
        return via_relay(relay, key, node)

    def relay_refuse_node_removal(self, name: str) -> None:
        if name in self._relays_rows():
            raise UsageError(
                say("{node} is a relay; its nodes would lose their path.", node=name),
                say("Remove it as a relay first: airlock relay remove {node}.", node=name),
            )

    def relay_dispatch(
        self,
        job_id: int,
        prepared: jobs.PreparedJob,
        ssh_key: str,
        cancel: threading.Event | None,
        on_result: jobs.EventCallback | None,
    ) -> jobs.JobOutcome | None:
        """Run a job split by path; None when every node of it is direct (the caller runs it)."""
        _, relays, paths = self._relays_state()
        direct, shares = split(list(prepared.nodes), paths)
        if not shares:
            return None
        workdir = relay_dispatch.ensure_workdir(jobs.job_base_dir(self.data_dir), job_id)
        parts = [relay_dispatch.Share(relays[name].node, tuple(nodes)) for name, nodes in sorted(shares.items())]
        return relay_dispatch.run(prepared, direct, parts, ssh_key, workdir, cancel=cancel, on_result=on_result,
                                  connect=self._relay_links().connect)

    def _relay_links(self) -> relay_links.RelayLinks:
        """The connections to relays that this session's jobs share (made at the first job through one)."""
        with self.lock:
            links: relay_links.RelayLinks | None = getattr(self, "_relay_links_held", None)
            if links is None:
                links = relay_links.RelayLinks(jobs.job_base_dir(self.data_dir))
                self._relay_links_held = links
            return links

    def close_relay_links(self) -> None:
        """The closing hook: every master connection to a relay stops (a running job's session ends first)."""
        links: relay_links.RelayLinks | None = getattr(self, "_relay_links_held", None)
        if links is not None:
            links.close()

    def relay_carriers(self, nodes: list[Node]) -> list[Node]:
        """The relays that will hold a deployment's files for these nodes (placement applies to them too)."""
        _, relays, paths = self._relays_state()
        paths.check(n.name for n in nodes)
        names = sorted({relay for n in nodes if (relay := paths.relay_of(n.name)) is not None})
        return [relays[name].node for name in names]

    def relay_push(
        self,
        targets: Sequence[tuple[Node, Sequence[FileToSend]]],
        private_openssh: bytes,
        workdir: Path,
        progress: Progress,
        cancel: threading.Event | None,
    ) -> dict[str, NodeReport]:
        """`transfer.push_to_nodes`, but nodes behind a relay get their files through it (relay_deploy)."""
        _, relays, paths = self._relays_state()
        paths.check(node.name for node, _files in targets)
        direct = [(node, files) for node, files in targets if paths.relay_of(node.name) is None]
        relayed: dict[str, tuple[Node, list[tuple[Node, Sequence[FileToSend]]]]] = {}
        for node, files in targets:
            name = paths.relay_of(node.name)
            if name is not None:
                relayed.setdefault(name, (relays[name].node, []))[1].append((node, files))
        if not relayed:
            return push_to_nodes(targets, private_openssh, workdir, progress, cancel)
        blocked = sorted(name for name, (relay, _t) in relayed.items() if relay.blocked or not relay.pins)
        if blocked:
            raise HostKeyChanged(
                say("Relays whose host key changed cannot pass files on: {relays}.", relays=", ".join(blocked)),
                say("An admin must check them and run `airlock node repin`, or leave their nodes out."),
            )
        return relay_deploy.push_through_relays(direct, dict(relayed), private_openssh, workdir, progress, cancel)

    def sweep_relay_dirs_at_start(self) -> None:
        """Remove relay working directories a crash left (their job is no longer running here)."""
        base = jobs.job_base_dir(self.data_dir)
        if base != self.data_dir / "jobs" or not base.is_dir():
            return
        with self.lock:
            running = {int(r[0]) for r in self.conn.execute("SELECT id FROM jobs WHERE status = ?",
                                                             (jobs.STATUS_RUNNING,)).fetchall()}
        for candidate in base.glob(relay_dispatch.WORKDIR_PREFIX + "*"):
            if candidate.is_dir() and relay_dispatch.workdir_job(candidate) not in running:
                jobs.remove_private_dir(candidate)
        relay_links.sweep(base)

    # -- actions ---------------------------------------------------------------------------------------

    def add_relay(self, name: str, serves: str, *, approval: Approval | None = None) -> dict[str, Any]:
        """Make an enrolled, provisioned node the relay of the nodes `serves` selects (admin)."""
        details: dict[str, Any] = {"serves": serves[:500]}
        with self.understanding("relay.add", name[:100], details):
            pattern = validate_serves(serves)
            validate_name(name)
            nodes, relays, paths = self._relays_state()
            relay = next((n for n in nodes if n.name == name), None)
            if relay is None:
                raise NotFound(say("There is no node named {name}.", name=name),
                               say("Enrol the relay first: airlock node enroll {name} ...", name=name))
            if name in relays:
                raise AlreadyExists(say("{node} is a relay already, serving {pattern}.", node=name,
                                        pattern=relays[name].serves),
                                    say("Remove it first to change what it serves: airlock relay remove {node}.",
                                        node=name))
            if paths.relay_of(name) is not None or name in paths.conflicts:
                raise UsageError(say("{node} is reached through relay {relay}; a relay must be reached directly.",
                                     node=name, relay=paths.relay_of(name) or ", ".join(paths.conflicts[name])),
                                 say("Choose a node the appliance reaches directly."))
            if relay.blocked or not relay.pins:
                raise HostKeyChanged(say("{node} is blocked: its host key changed.", node=name),
                                     say("An admin must check it and run `airlock node repin {node}`.", node=name))
            new = Relay(relay, pattern)
            after = assign(nodes, [*relays.values(), new])
            clashing = {n: r for n, r in after.conflicts.items() if name in r}
            if clashing:
                raise RelayConflict(
                    say("{pattern} selects nodes another relay serves: {nodes}.", pattern=pattern,
                        nodes="; ".join(f"{n} ({', '.join(r for r in rs if r != name)})"
                                        for n, rs in sorted(clashing.items()))),
                    say("A node has one relay: narrow the pattern, or remove the other relay first."),
                )
            details["nodes"] = sorted(n for n, r in after.served.items() if r == name)
        self.require("relay.add", "relay.add", name)
        try:
            key: bytes = self._nodes_management_key().private_openssh  # type: ignore[attr-defined]
            base = jobs.job_base_dir(self.data_dir)
            versions = relay_dispatch.hello(relay, key, base)
        except AirlockError as exc:
            self.audit_refusal("relay.add", name, str(exc), details, outcome=exc.audit_outcome)
            raise
        details["versions"] = versions
        with self.action("relay.add", name, "relay.add", details, approval):
            node_id = self._nodes_id(name)  # type: ignore[attr-defined]
            self.conn.execute(
                "INSERT INTO relays(node_id, serves, added_at, added_by, versions) VALUES (?,?,?,?,?)",
                (node_id, pattern, utc_now(), self.account.name, _json(versions)),
            )
        return next(r for r in self.list_relays() if r["name"] == name)

    def remove_relay(self, name: str, *, approval: Approval | None = None) -> None:
        """Stop using a node as a relay: the nodes it served are reached directly again (admin)."""
        details: dict[str, Any] = {}
        with self.understanding("relay.remove", name[:100], details):
            validate_name(name)
            if name not in self._relays_rows():
                raise NotFound(say("{node} is not a relay.", node=name), say("See `airlock relay list`."))
            served = self._relays_state()[2].served
            details["nodes"] = sorted(n for n, r in served.items() if r == name)
        with self.action("relay.remove", name, "relay.remove", details, approval):
            node_id = self._nodes_id(name)  # type: ignore[attr-defined]
            self.conn.execute("DELETE FROM relays WHERE node_id = ?", (node_id,))

    def list_relays(self) -> list[dict[str, Any]]:
        """Every relay: its node, pattern, the nodes it serves now, conflicts, what it runs."""
        self.require("relay.list", "relay.list")
        rows = self._relays_rows()
        _, relays, paths = self._relays_state()
        out = []
        for name, relay in relays.items():
            out.append({
                "name": name,
                "address": relay.node.address,
                "port": relay.node.port,
                "status": relay.node.status,
                "serves": relay.serves,
                "nodes": sorted(n for n, r in paths.served.items() if r == name),
                "conflicts": sorted(n for n, r in paths.conflicts.items() if name in r),
                "added_at": rows[name]["added_at"],
                "added_by": rows[name]["added_by"],
                "versions": rows[name]["versions"],
            })
        return out

    def relay_candidates(self, serves: str) -> list[str]:
        """The nodes a pattern would select for a new relay (for the GUI's preview); checks the pattern."""
        self.require("relay.list", "relay.list")
        nodes, relays, _ = self._relays_state()
        return [n.name for n in select([n for n in nodes if n.name not in relays], validate_serves(serves))]


"""Session actions to cordon and uncordon nodes (owned by the ops room).

A cordoned node takes no deployment and no job but facts and health, so an operator can
take it out of service (a disk to swap, a GPU to reset) and still watch it. The reason is
required and recorded: in the cordon, in the audit entry, and in every refusal it causes.
`refuse_cordoned` is the one check; the nodes and deploy rooms call it where they choose
their nodes. A node whose health turns unhealthy can be cordoned automatically (setting
`auto_cordon_unhealthy`, off by default).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

from app.core.audit.log import utc_now
from app.core.errors import AirlockError, UsageError
from app.core.inventory import Node
from app.core.messages import say

if TYPE_CHECKING:
    from app.core.service.ops_settings import OpsSettings

    _Base = OpsSettings
else:
    _Base = object

# Playbooks a cordoned node still takes: they only read.
CORDON_EXEMPT: Final = frozenset({"facts", "health"})
AUTO_CORDON_SETTING: Final = "auto_cordon_unhealthy"
MAX_REASON: Final = 500
_CONTROL: Final = re.compile(r"[\x00-\x1f\x7f]")


class NodeCordoned(AirlockError):
    """The selection holds cordoned nodes and the action is not facts or health."""


def check_reason(reason: str | None, what: str = "--reason") -> str:
    """A reason an operator typed: one line of text, not empty, at most MAX_REASON characters."""
    text = (reason or "").strip()
    if not text:
        raise UsageError(say("A reason is required ({option}).", option=what),
                         say("Say why, for example a change ticket or a sentence: --reason 'disk swap, CHG-1234'."))
    if len(text) > MAX_REASON or _CONTROL.search(text):
        raise UsageError(say("The reason must be one line of at most {limit} characters.", limit=MAX_REASON),
                         say("Shorten it; put the long story in the change ticket and give its number."))
    return text


class CordonActions(_Base):
    """Mixin of `Session`: cordon, uncordon, the check every job and deployment passes."""

    def cordons(self) -> dict[str, dict[str, Any]]:
        """Every cordoned node: reason, when, by whom, and whether Airlock did it (automatic)."""
        with self.lock:
            rows = self.conn.execute(
                "SELECT n.name, c.reason, c.cordoned_at, c.cordoned_by, c.automatic FROM node_cordons c"
                " JOIN nodes n ON n.id = c.node_id ORDER BY n.name"
            ).fetchall()
        return {r[0]: {"reason": r[1], "cordoned_at": r[2], "cordoned_by": r[3], "automatic": bool(r[4])}
                for r in rows}

    def cordon_node(self, name: str, reason: str) -> dict[str, Any]:
        """Take a node out of service: no deployment, no job but facts and health."""
        details: dict[str, Any] = {"reason": (reason or "")[:MAX_REASON]}
        try:
            details["reason"] = check_reason(reason)
            self._nodes_get(name)
            current = self.cordons().get(name)
            if current is not None:
                raise UsageError(
                    say("Node {name} is cordoned already, by {who} at {when}: {reason}", name=name,
                        who=current["cordoned_by"], when=current["cordoned_at"][:19], reason=current["reason"]),
                    say("Uncordon it first to give another reason."))
        except AirlockError as exc:
            self.audit_refusal("node.cordon", name, str(exc), details, outcome=exc.audit_outcome)
            raise
        # One --reason, one meaning: the cordon's reason is also the reason on record (app.core.service.reasons).
        with self.stated_reason(details["reason"]), self.action("node.cordon", name, "node.cordon", details):
            self.conn.execute(
                "INSERT INTO node_cordons(node_id, reason, cordoned_at, cordoned_by, automatic) VALUES (?,?,?,?,0)",
                (self._nodes_id(name), details["reason"], utc_now(), self.account.name),
            )
        return self.show_node(name)

    def uncordon_node(self, name: str, reason: str) -> dict[str, Any]:
        """Put a cordoned node back in service."""
        details: dict[str, Any] = {"reason": (reason or "")[:MAX_REASON]}
        try:
            details["reason"] = check_reason(reason)
            self._nodes_get(name)
            current = self.cordons().get(name)
            if current is None:
                raise UsageError(say("Node {name} is not cordoned.", name=name),
                                 say("See `airlock node list` for the cordoned nodes."))
            details["cordon"] = current
        except AirlockError as exc:
            self.audit_refusal("node.uncordon", name, str(exc), details, outcome=exc.audit_outcome)
            raise
        # One --reason, one meaning: the cordon's reason is also the reason on record (app.core.service.reasons).
        with self.stated_reason(details["reason"]), self.action("node.uncordon", name, "node.uncordon", details):
            self.conn.execute("DELETE FROM node_cordons WHERE node_id = ?", (self._nodes_id(name),))
        return self.show_node(name)

    def held_by_cordons(self, nodes: Iterable[Node]) -> dict[str, tuple[str, dict[str, Any]]]:
        """Each of `nodes` a cordon holds back: {node: (the cordoned node or relay, its cordon)}.

        A node reached through a relay is held back by the relay's cordon too: a relay taken
        out of service carries no work to the nodes behind it.
        """
        cordons = self.cordons()
        if not cordons:
            return {}
        relay_of_nodes = getattr(self, "relay_of_nodes", None)  # the relays room: each node's relay
        relays: dict[str, str] = relay_of_nodes() if relay_of_nodes is not None else {}
        holders = {node.name: _holder(node.name, relays.get(node.name), cordons) for node in nodes}
        return {name: (by, cordons[by]) for name, by in holders.items() if by is not None}

    def refuse_cordoned(self, nodes: Iterable[Node], playbook: str) -> None:
        """Raise `NodeCordoned`, naming each node a cordon holds back and why, unless `playbook` only reads."""
        if playbook in CORDON_EXEMPT:
            return
        found = list(self.held_by_cordons(nodes).items())
        if not found:
            return
        named = "; ".join(
            f"{name} (by {c['cordoned_by']}: {c['reason']})" if by == name
            else f"{name} (through relay {by}, cordoned by {c['cordoned_by']}: {c['reason']})"
            for name, (by, c) in found)
        leave_out = ",".join(f"!{name}" for name, _ in found[:3])
        if all(by == name for name, (by, _c) in found):
            what = say("Cordoned nodes take no deployment and no job but facts and health: {nodes}.", nodes=named)
            todo = say("Leave them out of the selection (add {leave_out}), or uncordon them with `airlock node "
                       "uncordon NAME --reason TEXT`.", leave_out=leave_out)
        else:
            what = say("Cordoned nodes, and nodes reached through a cordoned relay, take no deployment and no job but"
                       " facts and health: {nodes}.", nodes=named)
            todo = say("Leave them out of the selection (add {leave_out}), or uncordon the node or relay with "
                       "`airlock node uncordon NAME --reason TEXT`.", leave_out=leave_out)
        raise NodeCordoned(what, todo)

    def cordon_automatically(self, name: str, reason: str, job_id: int) -> bool:
        """Inside a job's recording transaction: cordon an unhealthy node if the setting says so.

        Returns whether it was cordoned now. Audited like an operator's cordon, marked automatic.
        """
        if self.get_setting(AUTO_CORDON_SETTING, "off") != "on":
            return False
        row = self.conn.execute(
            "SELECT n.id, c.node_id FROM nodes n LEFT JOIN node_cordons c ON c.node_id = n.id WHERE n.name = ?",
            (name,),
        ).fetchone()
        if row is None or row[1] is not None:
            return False
        text = reason[:MAX_REASON]
        self.conn.execute(
            "INSERT INTO node_cordons(node_id, reason, cordoned_at, cordoned_by, automatic) VALUES (?,?,?,?,1)",
            (int(row[0]), text, utc_now(), self.account.name),
        )
        self.audit.append(self.account.name, "node.cordon", name, "ok",
                          {"reason": text, "automatic": True, "job": job_id})
        return True

    # -- every node a front end lists or shows says whether it is cordoned ------------------------

    def list_nodes(self) -> list[dict[str, Any]]:
        nodes = super().list_nodes()
        cordons = self.cordons()
        for node in nodes:
            node["cordon"] = cordons.get(node["name"])
            node["held_by"] = _held_by(node, cordons)
        return nodes

    def show_node(self, name: str) -> dict[str, Any]:
        node = super().show_node(name)
        cordons = self.cordons()
        node["cordon"] = cordons.get(name)
        node["held_by"] = _held_by(node, cordons)
        return node


def _holder(name: str, relay: str | None, cordons: dict[str, dict[str, Any]]) -> str | None:
    """Whose cordon holds a node back: its own, else its relay's; None when neither is cordoned."""
    if name in cordons:
        return name
    return relay if relay is not None and relay in cordons else None


def _held_by(node: dict[str, Any], cordons: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The cordoned relay that holds back a node which is not cordoned itself: {relay, cordon}; else None."""
    by = _holder(node["name"], node.get("relay"), cordons)  # `relay`: the relays room's path of the node
    return {"relay": by, "cordon": cordons[by]} if by is not None and by != node["name"] else None

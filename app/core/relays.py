"""Relays: enrolled nodes that run Ansible for the nodes they serve.

Pure functions and value types: no database, no network. A relay is an enrolled node that
the appliance reaches directly; `serves` is a selection pattern (`app.core.inventory.select`)
naming the nodes it runs jobs for, now and as they are enrolled. Each node has one path:
direct, or through exactly one relay. A relay is always reached directly, so no pattern
ever makes a relay served by another; a node two relays' patterns select has no path until
an admin resolves it (`conflicts`), and a job that selects it is refused.

What runs on a relay, and where (the relay playbook installs it; `app.core.relay_dispatch`
uses it): ansible-core and ansible-runner in a virtual environment under RELAY_HOME, the
relay program RELAY_PROGRAM that an unprivileged account, RELAY_USER, runs for the
appliance through sudo, and jobs in the tmpfs RELAY_RUN_DIR.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from app.core.errors import OperationFailed, UsageError
from app.core.inventory import Node, select
from app.core.messages import say

RELAY_USER: Final = "airlock-relay"
RELAY_HOME: Final = "/opt/airlock-relay"
RELAY_PROGRAM: Final = f"{RELAY_HOME}/bin/airlock-relay"
RELAY_RUN_DIR: Final = "/run/airlock-relay"
RELAY_PLAYBOOK: Final = "relay"
PROTOCOL: Final = 1
# What the management account runs on the relay: the relay program as the relay's account.
RELAY_COMMAND: Final = f"sudo -n -u {RELAY_USER} {RELAY_PROGRAM}"
_MAX_PATTERN: Final = 500
_PATTERN_CHARS: Final = re.compile(r"^[A-Za-z0-9_.=*?\[\]!&,+ -]+$")


class RelayConflict(OperationFailed):
    """A node is selected by the patterns of more than one relay."""

    audit_outcome = "refused"


@dataclass(frozen=True)
class Relay:
    """A relay: the node the appliance reaches directly, and the pattern of the nodes it serves."""

    node: Node
    serves: str

    @property
    def name(self) -> str:
        return self.node.name


@dataclass(frozen=True)
class Paths:
    """How the appliance reaches each node: `served` maps a node to its relay; the rest are direct."""

    served: dict[str, str] = field(default_factory=dict)
    conflicts: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def relay_of(self, node: str) -> str | None:
        return self.served.get(node)

    def check(self, names: Iterable[str]) -> None:
        """Raise `RelayConflict` when any of these nodes has more than one relay."""
        clashing = {n: self.conflicts[n] for n in names if n in self.conflicts}
        if clashing:
            raise RelayConflict(
                say("Nodes selected by more than one relay have no path: {nodes}.",
                    nodes="; ".join(f"{n} ({', '.join(r)})" for n, r in sorted(clashing.items()))),
                say("An admin must narrow the relays' patterns (`airlock relay list` shows them)."),
            )


def validate_serves(pattern: str) -> str:
    """A relay's pattern: a selection pattern of names and labels, checked, never `all`."""
    text = pattern.strip()
    if not text or len(text) > _MAX_PATTERN or not _PATTERN_CHARS.match(text):
        raise UsageError(
            say("{pattern} is not a selection pattern a relay can serve.", pattern=repr(pattern[:100])),
            say("Give node-name globs or labels, e.g. --serves rack7-* or --serves site=north."),
        )
    if text in ("all", "*"):
        raise UsageError(
            say("A relay cannot serve every node."),
            say("Name the nodes behind it, e.g. --serves rack7-* or --serves zone=r7."),
        )
    select([], text)  # raises on a pattern with no terms
    return text


def assign(nodes: list[Node], relays: list[Relay]) -> Paths:
    """Each node's relay, from the relays' patterns; relays themselves are always direct."""
    relay_names = {r.name for r in relays}
    candidates = [n for n in nodes if n.name not in relay_names]
    chosen: dict[str, list[str]] = {}
    for relay in sorted(relays, key=lambda r: r.name):
        for node in select(candidates, relay.serves):
            chosen.setdefault(node.name, []).append(relay.name)
    return Paths(
        served={n: r[0] for n, r in chosen.items() if len(r) == 1},
        conflicts={n: tuple(r) for n, r in chosen.items() if len(r) > 1},
    )


def split(nodes: list[Node], paths: Paths) -> tuple[list[Node], dict[str, list[Node]]]:
    """The nodes the appliance runs itself, and each relay's share, in inventory order."""
    paths.check(n.name for n in nodes)
    direct: list[Node] = []
    shares: dict[str, list[Node]] = {}
    for node in nodes:
        relay = paths.relay_of(node.name)
        if relay is None:
            direct.append(node)
        else:
            shares.setdefault(relay, []).append(node)
    return direct, shares

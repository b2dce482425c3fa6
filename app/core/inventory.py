"""Nodes as Airlock knows them: address, labels, pinned host keys; selection by pattern.

Pure functions and value types: no database, no network. The service stores and loads
nodes (`app.core.service.nodes`); `app.core.jobs` turns a selection into an Ansible
inventory and a known_hosts file built from the pins.
"""

from __future__ import annotations

import base64
import binascii
import fnmatch
import hashlib
import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any, Final

from app.core.ansible_values import LABEL, NODE_VARIABLE, refuse_templates
from app.core.errors import UsageError
from app.core.messages import say

STATUS_ENROLLED: Final = "enrolled"
STATUS_HOSTKEY_CHANGED: Final = "hostkey_changed"

LABEL_KEYS: Final = ("site", "zone", "clearance", "roles")
_NAME: Final = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_USER: Final = re.compile(r"^[a-z_][a-z0-9_.-]{0,31}$")
_HOSTNAME: Final = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"
)
_LABEL_KEY: Final = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
_LABEL_VALUE: Final = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_VAR_NAME: Final = re.compile(r"^airlock_[a-z0-9_]{1,48}$")
_FINGERPRINT: Final = re.compile(r"^SHA256:([A-Za-z0-9+/]{43})=?$")
_KEY_TYPE: Final = re.compile(r"^(ssh-ed25519|ecdsa-sha2-nistp(256|384|521)|ssh-rsa)$")
_MAX_PORT: Final = 65535
_AIRLOCK_SET: Final = frozenset({"airlock_node", "airlock_labels"})  # host variables Airlock writes itself


@dataclass(frozen=True)
class HostKeyPin:
    """A host key the operator confirmed at enrolment: type and base64 blob."""

    key_type: str
    key_base64: str

    @property
    def fingerprint(self) -> str:
        """OpenSSH's SHA256 fingerprint, as `ssh-keygen -lf` prints it."""
        return fingerprint_of(base64.b64decode(self.key_base64))


@dataclass(frozen=True)
class Node:
    """A GPU node in the inventory."""

    name: str
    address: str
    port: int
    user: str
    labels: dict[str, str] = field(default_factory=dict)
    variables: dict[str, str] = field(default_factory=dict)
    pins: tuple[HostKeyPin, ...] = ()
    status: str = STATUS_ENROLLED

    @property
    def roles(self) -> list[str]:
        """The `roles` label split on `+` (roles=gpu+serving)."""
        return [r for r in self.labels.get("roles", "").split("+") if r]

    @property
    def blocked(self) -> bool:
        """True when a changed host key stops every connection to this node."""
        return self.status != STATUS_ENROLLED


def fingerprint_of(key_blob: bytes) -> str:
    """`SHA256:` + unpadded base64 of the SHA-256 of an SSH public key blob."""
    digest = hashlib.sha256(key_blob).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def normalize_fingerprint(text: str) -> str:
    """Check an operator-typed fingerprint and return it in canonical form."""
    candidate = text.strip()
    match = _FINGERPRINT.match(candidate)
    if match is None:
        raise UsageError(
            say("{fingerprint} is not an SSH host key fingerprint.", fingerprint=repr(candidate)),
            say("Give it as ssh-keygen -lf prints it: SHA256: followed by 43 base64 characters."),
        )
    return "SHA256:" + match.group(1)


def parse_pin(key_type: str, key_base64: str) -> HostKeyPin:
    """A pin from its two fields, checked: known type, valid base64 whose blob names the type."""
    if not _KEY_TYPE.match(key_type):
        raise UsageError(
            say("Host key type {key_type} is not one Airlock pins.", key_type=repr(key_type)),
            say("Configure the node's sshd with an Ed25519, ECDSA or RSA host key."),
        )
    try:
        blob = base64.b64decode(key_base64, validate=True)
    except binascii.Error as exc:
        raise UsageError(say("The host key is not valid base64.")) from exc
    declared = key_type.encode("ascii")
    if blob[4 : 4 + len(declared)] != declared:
        raise UsageError(say("The host key blob does not hold a {key_type} key.", key_type=key_type))
    return HostKeyPin(key_type, key_base64)


def validate_name(name: str) -> str:
    """A node name: lowercase letters, digits and dashes, at most 63."""
    if not _NAME.match(name):
        raise UsageError(
            say("{name} is not a valid node name.", name=repr(name)),
            say("Use lowercase letters, digits and dashes (at most 63), starting with a letter or digit."),
        )
    return name


def validate_address(address: str) -> str:
    """An IP address or a DNS host name."""
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        pass
    if not _HOSTNAME.match(address):
        raise UsageError(
            say("{address} is not an IP address or host name.", address=repr(address)),
            say("Give the node's address on the enclave network, e.g. 10.0.4.21 or gpu-a1.lab."),
        )
    return address.lower()


def validate_port(port: int) -> int:
    """A TCP port number."""
    if not 1 <= port <= _MAX_PORT:
        raise UsageError(
            say("Port {port} is out of range.", port=port), say("Give the node's SSH port, 1 to 65535 (usually 22).")
        )
    return port


def validate_user(user: str) -> str:
    """A POSIX account name on the node."""
    if not _USER.match(user):
        raise UsageError(
            say("{user} is not a valid account name.", user=repr(user)),
            say("Give the node account Airlock manages it as, e.g. airlock."),
        )
    return user


def parse_labels(items: list[str]) -> dict[str, str]:
    """`KEY=VALUE` items into labels; roles may hold several values joined with `+`."""
    labels: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        value = value.strip()
        refuse_templates(item, LABEL, key)
        if not sep or not _LABEL_KEY.match(key):
            raise UsageError(
                say("Label {label} is not KEY=VALUE with a lowercase key.", label=repr(item)),
                say("For example --label site=north --label roles=gpu+serving."),
            )
        parts = value.split("+") if key == "roles" else [value]
        if not all(_LABEL_VALUE.match(p) for p in parts):
            raise UsageError(
                say("Label value {value} of {key} has characters Airlock does not allow.", value=repr(value), key=key),
                say("Use letters, digits, dots, dashes and underscores (roles: joined with +)."),
            )
        labels[key] = value
    return labels


def parse_variables(items: list[str]) -> dict[str, str]:
    """`airlock_NAME=VALUE` host variables (paths the playbooks use on this node)."""
    variables: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        refuse_templates(value, NODE_VARIABLE, key)
        if key in _AIRLOCK_SET:
            raise UsageError(
                say("Node variable {variable} is reserved: Airlock sets it from the node's name and labels.",
                    variable=key),
                say("Give the node's name with NAME and its labels with --label."),
            )
        if not sep or not _VAR_NAME.match(key) or not value or len(value) > 4096:  # noqa: PLR2004
            raise UsageError(
                say("Node variable {variable} is not airlock_NAME=VALUE.", variable=repr(item)),
                say("Only airlock_ variables are accepted, e.g. airlock_root=/srv/airlock."),
            )
        variables[key] = value
    return variables


def _term_matches(node: Node, term: str) -> bool:
    key, sep, pattern = term.partition("=")
    if not sep:
        return fnmatch.fnmatchcase(node.name, term)
    if key == "roles":
        return any(fnmatch.fnmatchcase(role, pattern) for role in node.roles)
    value = node.labels.get(key)
    return value is not None and fnmatch.fnmatchcase(value, pattern)


def select(nodes: list[Node], pattern: str | None) -> list[Node]:
    """Nodes matched by a selection pattern, in inventory order.

    A pattern is a comma-separated list of terms. A term is a name glob (`gpu-*`) or a
    label glob (`site=north`, `roles=serv*`); `!` before a term excludes what it matches;
    `&` joins terms that must all match (`site=north&roles=gpu`). No pattern: every node.
    """
    if pattern is None or pattern.strip() in ("", "all", "*"):
        return list(nodes)
    include: list[list[str]] = []
    exclude: list[list[str]] = []
    for raw in pattern.split(","):
        term = raw.strip()
        if not term:
            continue
        target = exclude if term.startswith("!") else include
        target.append([t.strip() for t in term.lstrip("!").split("&") if t.strip()])
    if not include and not exclude:
        raise UsageError(
            say("Selection {pattern} has no terms.", pattern=repr(pattern)),
            say("Give node names or label globs, e.g. gpu-* or site=north."),
        )

    def matches(node: Node, group: list[str]) -> bool:
        return all(_term_matches(node, t) for t in group)

    chosen = [n for n in nodes if not include or any(matches(n, g) for g in include)]
    return [n for n in chosen if not any(matches(n, g) for g in exclude)]


def known_hosts_host(node: Node) -> str:
    """The host field ssh looks up for this node (`[addr]:port` when not port 22)."""
    return node.address if node.port == 22 else f"[{node.address}]:{node.port}"  # noqa: PLR2004


def known_hosts(nodes: list[Node]) -> str:
    """A known_hosts file holding exactly the pins of these nodes."""
    lines = [f"{known_hosts_host(n)} {pin.key_type} {pin.key_base64}" for n in nodes for pin in n.pins]
    return "\n".join(lines) + ("\n" if lines else "")


def _group_name(key: str, value: str) -> str:
    return re.sub(r"[^a-z0-9_]", "_", f"{key}_{value}".lower())


def ansible_inventory(nodes: list[Node]) -> dict[str, Any]:
    """An Ansible YAML/JSON inventory: one host per node, groups per label value."""
    hosts: dict[str, dict[str, Any]] = {}
    groups: dict[str, dict[str, Any]] = {}
    for node in nodes:
        # The node's own variables first, so that the ones Airlock sets always win.
        host_vars: dict[str, Any] = {
            **node.variables,
            "ansible_host": node.address,
            "ansible_port": node.port,
            "ansible_user": node.user,
            "airlock_node": node.name,
            "airlock_labels": dict(node.labels),
        }
        hosts[node.name] = host_vars
        for key, value in sorted(node.labels.items()):
            values = value.split("+") if key == "roles" else [value]
            for v in values:
                groups.setdefault(_group_name(key, v), {"hosts": {}})["hosts"][node.name] = {}
    inventory: dict[str, Any] = {"all": {"hosts": hosts}}
    if groups:
        inventory["all"]["children"] = dict(sorted(groups.items()))
    return inventory

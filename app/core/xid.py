"""XID events from a node's kernel log, named with NVIDIA's catalogue and what to do about them.

The NVIDIA driver writes `NVRM: Xid (PCI:0000:3b:00): 79, pid=..., <text>` to the kernel log
when a GPU meets an error. NVIDIA's XID catalogue (docs.nvidia.com/deploy/xid-errors) gives
each number a meaning and a resolution: restart the application, reset the GPU, restart the
node, or have the hardware looked at. The entries below say those in Airlock's words, for
the events a GPU node meets in practice; an XID not listed is reported with its number, to
be looked up. Each meaning is a whole sentence template, so it is translated whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from app.core.messages import Message, template

# What the operator should do, most urgent last (the order sorts findings).
NO_ACTION: Final = "none"
RESTART_APP: Final = "restart_app"
RESET_GPU: Final = "reset_gpu"
REBOOT_NODE: Final = "reboot_node"
SERVICE: Final = "drain_and_service"
ACTIONS: Final = (NO_ACTION, RESTART_APP, RESET_GPU, REBOOT_NODE, SERVICE)

_LINE: Final = re.compile(r"NVRM: Xid \(PCI:([0-9A-Fa-f:.]+)\): (\d+)(.*)")
_RECOVERY: Final = re.compile(r"to 0x([0-9A-Fa-f]+)")


# The verdict an event gives a node (app.core.health's words).
DEGRADED: Final = "degraded"
UNHEALTHY: Final = "unhealthy"


@dataclass(frozen=True)
class XidEntry:
    """One catalogue entry: its meaning (a template with `{events}`), the action, the node's verdict."""

    meaning: str
    action: str
    status: str


CATALOGUE: Final[dict[int, XidEntry]] = {
    8: XidEntry(template("{events}: the GPU stopped processing (a channel timed out)."), RESTART_APP, DEGRADED),
    13: XidEntry(template("{events}: a graphics engine exception, most often an error of the application "
                          "(an out-of-range access or an illegal instruction)."), RESTART_APP, DEGRADED),
    31: XidEntry(template("{events}: a GPU memory page fault, most often an illegal address used by the "
                          "application."), RESTART_APP, DEGRADED),
    32: XidEntry(template("{events}: an invalid or corrupted push buffer stream."), RESTART_APP, DEGRADED),
    43: XidEntry(template("{events}: the GPU stopped a channel after an error of the application."),
                 RESTART_APP, DEGRADED),
    45: XidEntry(template("{events}: the driver ended work early after an earlier error (preemptive cleanup)."),
                 NO_ACTION, DEGRADED),
    48: XidEntry(template("{events}: a double-bit ECC error in GPU memory."), RESET_GPU, UNHEALTHY),
    61: XidEntry(template("{events}: an internal micro-controller stopped at a breakpoint or warning."),
                 RESET_GPU, UNHEALTHY),
    62: XidEntry(template("{events}: an internal micro-controller halted."), RESET_GPU, UNHEALTHY),
    63: XidEntry(template("{events}: a memory row was remapped or a page retired after an ECC error; it takes "
                          "effect at the next GPU reset."), RESET_GPU, DEGRADED),
    64: XidEntry(template("{events}: recording a row remapping or a page retirement failed."), RESET_GPU, UNHEALTHY),
    68: XidEntry(template("{events}: a video decoder (NVDEC) exception."), RESTART_APP, DEGRADED),
    69: XidEntry(template("{events}: a graphics engine class error."), RESTART_APP, DEGRADED),
    74: XidEntry(template("{events}: an NVLink error."), RESET_GPU, UNHEALTHY),
    79: XidEntry(template("{events}: the GPU has fallen off the bus."), SERVICE, UNHEALTHY),
    92: XidEntry(template("{events}: a high rate of single-bit ECC errors."), SERVICE, DEGRADED),
    94: XidEntry(template("{events}: a contained ECC error; the application using that memory was stopped, "
                          "others go on."), RESTART_APP, DEGRADED),
    95: XidEntry(template("{events}: an uncontained ECC error; every application on the GPU was affected."),
                 RESET_GPU, UNHEALTHY),
    109: XidEntry(template("{events}: a context switch timed out."), RESTART_APP, DEGRADED),
    119: XidEntry(template("{events}: the GPU System Processor (GSP) did not answer in time."), RESET_GPU, UNHEALTHY),
    120: XidEntry(template("{events}: the GPU System Processor (GSP) reported an error."), RESET_GPU, UNHEALTHY),
    143: XidEntry(template("{events}: the GPU failed to initialise."), SERVICE, UNHEALTHY),
}
_NOT_IN_CATALOGUE: Final = template("{events}: not in Airlock's copy of NVIDIA's XID catalogue; look it up there.")
# XID 154: the driver says which recovery the GPU needs now ("... changed from 0x0 (None) to 0x1 ...").
_RECOVERY_CHANGED: Final = template("{events}: the driver asks for a recovery action.")
RECOVERY_ACTIONS: Final = {1: RESET_GPU, 2: REBOOT_NODE, 3: RESET_GPU, 4: RESET_GPU}

_DO: Final = {
    RESTART_APP: template("Restart the application that was using the GPU at {pci}."),
    RESET_GPU: template("Drain the work from the GPU at {pci}, then reset it (nvidia-smi -r)."),
    REBOOT_NODE: template("Drain the node and reboot it (the GPU at {pci} asks for it)."),
    SERVICE: template("Drain the node and have the GPU at {pci} serviced; it needs a reboot at least."),
}


@dataclass(frozen=True)
class XidEvent:
    """One XID line: the GPU's PCI address, the number, and the driver's own words after it."""

    pci: str
    code: int
    text: str = ""


@dataclass(frozen=True)
class XidFinding:
    """What the events of one XID number say, and what to do (one action per GPU)."""

    code: int
    said: Message
    status: str
    actions: tuple[tuple[str, Message], ...]


def read_events(lines: Iterable[str]) -> list[XidEvent]:
    """Every NVRM Xid line of a kernel log, in order."""
    events = []
    for line in lines:
        match = _LINE.search(line)
        if match:
            events.append(XidEvent(match.group(1).lower(), int(match.group(2)), match.group(3).strip(" ,")))
    return events


def _entry(event: XidEvent) -> XidEntry | None:
    """The catalogue entry for an event; XID 154 takes its action from the line; None: nothing to do."""
    if event.code != 154:  # noqa: PLR2004 - the recovery-action XID
        return CATALOGUE.get(event.code)
    match = _RECOVERY.search(event.text)
    target = int(match.group(1), 16) if match else -1
    if target == 0:
        return None  # the driver says no recovery is needed any more
    return XidEntry(_RECOVERY_CHANGED, RECOVERY_ACTIONS.get(target, REBOOT_NODE), UNHEALTHY)


def findings(events: Iterable[XidEvent]) -> list[XidFinding]:
    """One finding per XID number (most urgent first), each naming every GPU that logged it."""
    grouped: dict[tuple[int, str, str, str], set[str]] = {}
    for event in events:
        entry = _entry(event)
        if event.code == 154 and entry is None:  # noqa: PLR2004
            continue
        if entry is None:
            entry = XidEntry(_NOT_IN_CATALOGUE, NO_ACTION, DEGRADED)
        grouped.setdefault((event.code, entry.meaning, entry.status, entry.action), set()).add(event.pci)
    found = []
    for (code, meaning, status, action), pcis in grouped.items():
        ordered = sorted(pcis)
        events_text = f"XID {code} (PCI {', '.join(ordered)})"
        # Declared templates chosen from a table (said by name, as app.core.messages allows).
        todo = tuple((action, Message(_DO[action], {"pci": f"PCI {pci}"})) for pci in ordered if action in _DO)
        found.append(XidFinding(code, Message(meaning, {"events": events_text}), status, todo))
    return sorted(found, key=_urgency)


def _urgency(finding: XidFinding) -> tuple[bool, int, int]:
    most = max([ACTIONS.index(action) for action, _ in finding.actions] or [0])
    return finding.status != UNHEALTHY, -most, finding.code

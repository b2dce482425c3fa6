"""NVLink counters and link states from `nvidia-smi nvlink -e` and `nvidia-smi nvlink -s`.

Both print one block per GPU, a header line and one line per link and value:

    GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-...)
         Link 0: Replay Errors: 0        (nvlink -e: one line per counter)
         Link 0: 26.562 GB/s             (nvlink -s: the speed, or <inactive>)

Counter names differ between NVLink generations and drivers; every integer counter is kept
and the ones Airlock judges are recognised by name (CRC, replay, recovery). A GPU without
NVLink prints its header and no link, or nothing at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from app.core.facts import FactsError

CRC: Final = "crc"
REPLAY: Final = "replay"
RECOVERY: Final = "recovery"

_MAX_OUTPUT: Final = 4 * 1024 * 1024
_HEADER: Final = re.compile(r"^GPU (\d+): (.*?)\s*(?:\(UUID: ([^)]*)\))?\s*$")
_COUNTER: Final = re.compile(r"^\s*Link (\d+): ([A-Za-z][A-Za-z0-9 _/-]*?):\s*(\S+)\s*$")
_STATE: Final = re.compile(r"^\s*Link (\d+): (.+?)\s*$")


@dataclass
class NvlinkGpu:
    """One GPU's links: counters by link and name, and whether each link is active."""

    index: int
    name: str
    uuid: str
    counters: dict[int, dict[str, int]] = field(default_factory=dict)
    active: dict[int, bool] = field(default_factory=dict)

    def counted(self, link: int, kind: str) -> int:
        """The sum of a link's counters of one kind (CRC, replay or recovery)."""
        return sum(value for name, value in self.counters.get(link, {}).items() if kind_of(name) == kind)


def kind_of(name: str) -> str | None:
    """Which judged kind a counter name is (None: kept, not judged)."""
    lowered = name.lower()
    if "crc" in lowered:
        return CRC
    if "replay" in lowered:
        return REPLAY
    if "recovery error" in lowered or "recovery failed" in lowered:
        return RECOVERY
    return None


def _blocks(text: str, what: str) -> list[tuple[re.Match[str], list[str]]]:
    if len(text) > _MAX_OUTPUT:
        msg = f"The output of nvidia-smi nvlink {what} is larger than Airlock accepts."
        raise FactsError(msg)
    blocks: list[tuple[re.Match[str], list[str]]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        header = _HEADER.match(line)
        if header and not line[:1].isspace():
            blocks.append((header, []))
        elif blocks:
            blocks[-1][1].append(line)
        else:
            msg = f"The output of nvidia-smi nvlink {what} has a line before any GPU: {line.strip()[:80]!r}."
            raise FactsError(msg, "Check what runs as nvidia-smi on that node.")
    return blocks


def _gpu(header: re.Match[str], gpus: dict[int, NvlinkGpu]) -> NvlinkGpu:
    index = int(header.group(1))
    if index not in gpus:
        gpus[index] = NvlinkGpu(index, header.group(2).strip(), (header.group(3) or "").strip())
    return gpus[index]


def parse(errors: str, states: str = "") -> list[NvlinkGpu]:
    """The GPUs of a node with their NVLink counters (`nvlink -e`) and link states (`nvlink -s`)."""
    gpus: dict[int, NvlinkGpu] = {}
    for header, lines in _blocks(errors, "-e"):
        gpu = _gpu(header, gpus)
        for line in lines:
            match = _COUNTER.match(line)
            if match and re.fullmatch(r"\d+", match.group(3)):
                link = gpu.counters.setdefault(int(match.group(1)), {})
                link[match.group(2).strip()] = int(match.group(3))
    for header, lines in _blocks(states, "-s"):
        gpu = _gpu(header, gpus)
        for line in lines:
            match = _STATE.match(line)
            if match:
                gpu.active[int(match.group(1))] = "inactive" not in match.group(2).lower()
    return [gpus[index] for index in sorted(gpus)]

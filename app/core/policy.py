"""Placement policy: where a bundle may go is decided by how sensitive it is.

Classification levels are an ordered list, least sensitive first, configurable by an admin
(setting `classification_levels`). A bundle may be placed on a node only when its
classification does not exceed the node's clearance (label `clearance`). A node without a
clearance label is cleared for the lowest level only; a node whose clearance is not a known
level is cleared for nothing. Pure functions: no database, no network.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from app.core.errors import AirlockError, UsageError
from app.core.messages import counted, say

DEFAULT_LEVELS: Final = ("unclassified", "internal", "confidential", "secret", "top-secret")
"""The levels bundles are built with (app.core.bundles.manifest.CLASSIFICATIONS), in order."""

LEVELS_SETTING: Final = "classification_levels"
CLEARANCE_LABEL: Final = "clearance"
_LEVEL: Final = re.compile(r"^[a-z][a-z0-9-]{0,31}$")
_MAX_LEVELS: Final = 16


class PlacementRefused(AirlockError):
    """A bundle's classification exceeds the clearance of at least one target node."""


@dataclass(frozen=True)
class ClassificationLevels:
    """An ordered list of levels, least sensitive first."""

    names: tuple[str, ...] = DEFAULT_LEVELS

    @classmethod
    def parse(cls, text: str) -> ClassificationLevels:
        """Levels from a comma-separated setting value, least sensitive first."""
        names = tuple(part.strip() for part in text.split(",") if part.strip())
        if not names:
            raise UsageError(say("The classification levels are empty."),
                             say("Give them least sensitive first, e.g. {example}.",
                                 example="unclassified,internal,confidential,secret"))
        if len(names) > _MAX_LEVELS:
            raise UsageError(say("{count} classification levels is more than {limit}.", count=len(names),
                                 limit=_MAX_LEVELS), say("Merge some levels."))
        bad = [n for n in names if not _LEVEL.match(n)]
        if bad:
            raise UsageError(say("Classification level {level} is not a valid name.", level=repr(bad[0])),
                             say("Use lowercase letters, digits and dashes, starting with a letter."))
        if len(set(names)) != len(names):
            raise UsageError(say("A classification level is listed twice."), say("List each level once, in order."))
        return cls(names)

    def rank(self, level: str) -> int | None:
        """Position of `level` (0 = least sensitive), None when it is not a known level."""
        try:
            return self.names.index(level)
        except ValueError:
            return None

    def setting(self) -> str:
        return ",".join(self.names)


@dataclass(frozen=True)
class NodeClearance:
    """A target node and the clearance its labels give it (None: no label)."""

    node: str
    clearance: str | None


@dataclass(frozen=True)
class Refusal:
    """One node a bundle may not go to, and why."""

    node: str
    clearance: str
    reason: str


def clearance_of(labels: dict[str, str]) -> str | None:
    """The node's clearance label, if it has one."""
    return labels.get(CLEARANCE_LABEL)


def refusals(classification: str, targets: Iterable[NodeClearance], levels: ClassificationLevels) -> list[Refusal]:
    """Every target whose clearance is below `classification` (empty: placement allowed).

    A bundle whose classification is not a configured level is refused everywhere.
    """
    wanted = levels.rank(classification)
    found: list[Refusal] = []
    for target in targets:
        shown = target.clearance if target.clearance is not None else f"{levels.names[0]} (no clearance label)"
        if wanted is None:
            found.append(Refusal(target.node, shown, f"classification {classification!r} is not a configured level"))
            continue
        have = 0 if target.clearance is None else levels.rank(target.clearance)
        if have is None:
            found.append(Refusal(target.node, shown, f"clearance {target.clearance!r} is not a configured level"))
        elif have < wanted:
            found.append(Refusal(target.node, shown, f"clearance {shown} is below {classification}"))
    return found


def check_placement(bundle: str, classification: str, targets: Sequence[NodeClearance],
                    levels: ClassificationLevels) -> None:
    """Raise `PlacementRefused`, naming every refused node and its level, unless all may take it."""
    refused = refusals(classification, targets, levels)
    if not refused:
        return
    names = ", ".join(f"{r.node} ({r.clearance})" for r in refused)
    raise PlacementRefused(
        counted("Placement refused: {bundle} is classified {classification}, above the clearance of "
                "{refused} of %n target node(s): {nodes}. Nothing was sent.",
                len(targets), bundle=bundle, classification=classification, refused=len(refused), nodes=names),
        say("Choose nodes cleared for {classification} or higher (levels, least sensitive first: "
            "{levels}), or have an admin raise a node's clearance label.",
            classification=classification, levels=", ".join(levels.names)),
    )

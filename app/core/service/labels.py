"""Session actions of the lifecycle room: a node's labels change without re-enrolling it.

Labels decide where bundles may go (the `clearance` label against a bundle's
classification) and which nodes a pattern selects. Changing them keeps the node's pins,
facts and health history. Raising a clearance (letting more sensitive bundles onto a node)
is an admin's decision, under dual control when the setting asks for it; lowering one or
changing any other label is an operator's. Deployments read the labels when they start,
so the new ones apply from the next deployment on.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Final

from app.core import policy
from app.core.ansible_values import LABEL, refuse_templates
from app.core.errors import DualControlRequired, NotFound, OperationFailed, UsageError
from app.core.inventory import parse_labels, validate_name
from app.core.messages import say

if TYPE_CHECKING:
    from app.core.service.core import Approval, SessionCore

    _Base = SessionCore
else:
    _Base = object

LABEL_ACTION: Final = "node.label"
RAISE_ACTION: Final = "node.clearance.raise"
_LABEL_KEY: Final = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
_MAX_ITEMS: Final = 64


def clearance_rank(labels: dict[str, str], levels: policy.ClassificationLevels) -> int:
    """How far a node is cleared: the level's position; no label is the lowest, an unknown one nothing."""
    clearance = policy.clearance_of(labels)
    if clearance is None:
        return 0
    rank = levels.rank(clearance)
    return -1 if rank is None else rank


def relabel(old: dict[str, str], assignments: dict[str, str], removals: list[str]) -> dict[str, str]:
    """The labels after setting `assignments` and removing `removals` (each must be there)."""
    missing = [key for key in removals if key not in old]
    if missing:
        raise NotFound(
            say("The node has no label {labels} to remove.", labels=", ".join(missing)),
            say("See its labels with `airlock node show NAME`."),
        )
    new = {**old, **assignments}
    for key in removals:
        del new[key]
    return dict(sorted(new.items()))


def _check_removals(removals: list[str]) -> list[str]:
    for key in removals:
        refuse_templates(key, LABEL, key[:40])
        if not _LABEL_KEY.match(key):
            raise UsageError(
                say("--remove {key} is not a label key.", key=repr(key[:40])),
                say("Give the key alone, lowercase, e.g. --remove zone."),
            )
    return removals


class NodeLabels(_Base):
    """Mixin of `Session`: editing a node's labels."""

    def _labels_request(
        self, name: str, assignments: list[str], removals: list[str]
    ) -> tuple[dict[str, str], dict[str, str], str]:
        """(old labels, new labels, the action it is) for a request that makes sense; else why not."""
        validate_name(name)
        if len(assignments) + len(removals) > _MAX_ITEMS:
            raise UsageError(say("Too many label changes in one request."), say("Give at most 64 at a time."))
        wanted = parse_labels(assignments)
        _check_removals(removals)
        if not wanted and not removals:
            raise UsageError(say("No label to change."), say("Give KEY=VALUE labels to set, or --remove KEY."))
        both = sorted(set(wanted) & set(removals))
        if both:
            raise UsageError(
                say("Label {key} is both set and removed.", key=both[0]), say("Either set it or remove it."),
            )
        levels = self._known_clearance(wanted)
        with self.lock:
            old = dict(self._nodes_get(name).labels)  # type: ignore[attr-defined]
        new = relabel(old, wanted, removals)
        raising = clearance_rank(new, levels) > clearance_rank(old, levels)
        return old, new, RAISE_ACTION if raising else LABEL_ACTION

    def _known_clearance(self, labels: dict[str, str]) -> policy.ClassificationLevels:
        """The classification levels, once a `clearance` among `labels` is known to be one of them."""
        levels: policy.ClassificationLevels = self.classification_levels()  # type: ignore[attr-defined]
        clearance = labels.get(policy.CLEARANCE_LABEL)
        if clearance is not None and levels.rank(clearance) is None:
            raise UsageError(
                say("{level} is not a classification level.", level=repr(clearance)),
                say("Give one of: {levels} (least sensitive first).", levels=", ".join(levels.names)),
            )
        return levels

    def enrolment_raises_clearance(self, name: str, labels: dict[str, str]) -> bool:
        """Whether a node enrolled with `labels` is cleared above the least sensitive level.

        Such an enrolment is a clearance raise as much as `label_node`'s: an admin's, and while
        `node.clearance.raise` is under dual control it is refused with the way that works
        (enrol without the label, then raise it with a second admin's approval).
        """
        raising = clearance_rank(labels, self._known_clearance(labels)) > 0
        if raising and self.dual_control_required(RAISE_ACTION):
            level = labels[policy.CLEARANCE_LABEL]
            reason = "an enrolment that raises a clearance under dual control"
            self.audit_refusal("node.enroll", name, reason, {"labels": labels})
            raise DualControlRequired(
                say("Enrolling {name} with clearance {level} raises its clearance, which is under dual control.",
                    name=name, level=level),
                say("Enrol it without the clearance label, then raise it with `airlock node label {name} "
                    "clearance={level}` and a second admin's approval.", name=name, level=level),
            )
        return raising

    def label_action(self, name: str, assignments: list[str], removals: list[str] | None = None) -> str:
        """Which action a label change is (`node.label` or `node.clearance.raise`), before it is made.

        For front ends that ask for a second approval first; a request that makes no sense is
        refused here as `label_node` would refuse it (audited).
        """
        removals = list(removals or [])
        with self.understanding(LABEL_ACTION, name[:64], {"set": assignments[:_MAX_ITEMS], "remove": removals[:64]}):
            return self._labels_request(name, assignments, removals)[2]

    def label_node(
        self, name: str, assignments: list[str], removals: list[str] | None = None, approval: Approval | None = None
    ) -> dict[str, Any]:
        """Set and remove labels of an enrolled node; returns the node as `show_node` does.

        Raising its clearance is the action `node.clearance.raise` (admin, dual control when
        required); any other change is `node.label`.
        """
        removals = list(removals or [])
        asked = {"set": assignments[:_MAX_ITEMS], "remove": removals[:_MAX_ITEMS]}
        with self.understanding(LABEL_ACTION, name[:64], asked):
            old, new, action = self._labels_request(name, assignments, removals)
        changed = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
        details = {"old": old, "new": new, "changed": changed}
        with self.action(action, name, action, details=details, approval=approval):
            with self.lock:
                current = dict(self._nodes_get(name).labels)  # type: ignore[attr-defined]
            if current != old:
                raise OperationFailed(
                    say("The labels of {name} changed while this request was checked.", name=name),
                    say("Look at them again and repeat the change."),
                )
            self.conn.execute(
                "UPDATE nodes SET labels = ? WHERE name = ?",
                (json.dumps(new, sort_keys=True, separators=(",", ":")), name),
            )
        shown: dict[str, Any] = self.show_node(name)  # type: ignore[attr-defined]
        return shown

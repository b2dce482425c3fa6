"""Reasons on record: the session carries the operator's reason into every audit entry.

A front end states the reason once for what follows (`with session.stated_reason(text):`);
every action and refusal recorded in that block, on that thread, carries it. The desktop
application runs actions on worker threads side by side, so the reason belongs to the
thread that stated it, never to the whole session.

An admin lists the actions that need a reason (`set_required_reasons`). `require()`, which
every action passes before any work starts, refuses such an action without a reason:
`ReasonRequired` (exit status 2, audited), before the permission check, so a request is
understood before it is judged.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from app.core.reasons import (
    REASON_KEY,
    SETTING,
    STATED_REASON_KEY,
    check_required,
    clean_reason,
    missing_reason,
    parse_required,
)

if TYPE_CHECKING:
    from app.core.service.core import Approval, SessionCore

    _Base = SessionCore
else:
    _Base = object


class ReasonActions(_Base):
    """Stating, requiring and recording the reasons operators give."""

    def _stated(self) -> threading.local:
        # dict.setdefault is atomic: two threads asking at once get the same object.
        stated: threading.local = self.__dict__.setdefault("_reasons_stated", threading.local())
        return stated

    @contextlib.contextmanager
    def stated_reason(self, text: str | None) -> Iterator[str | None]:
        """Carry `text` (checked by `clean_reason`) into every entry this thread records in the block.

        `None` states nothing (and leaves an outer reason in force). Yields the reason as recorded.
        """
        reason = clean_reason(text)
        stated = self._stated()
        outer = getattr(stated, "reason", None)
        if reason is not None:
            stated.reason = reason
        try:
            yield reason
        finally:
            stated.reason = outer

    def current_reason(self) -> str | None:
        """The reason this thread stated, if any."""
        reason: str | None = getattr(self._stated(), "reason", None)
        return reason

    # -- which actions need one ---------------------------------------------------------------

    def required_reasons(self) -> set[str]:
        """The actions an admin chose to need a reason."""
        with self.lock:
            return parse_required(self.get_setting(SETTING, ""))

    def reason_required(self, action: str) -> bool:
        return action in self.required_reasons()

    def set_required_reasons(self, actions: set[str], approval: Approval | None = None) -> None:
        """Choose the actions that need a reason (a settings change: admin, audited)."""
        self.set_setting(SETTING, ",".join(sorted(check_required(set(actions)))), approval=approval)

    def check_reason(self, action: str, target: str = "") -> None:
        """Refuse `action` (audited, `ReasonRequired`) when it needs a reason and this thread stated none.

        The desktop application asks this before it asks a second account to approve.
        """
        self.ensure_unlocked()
        if self.current_reason() is None and self.reason_required(action):
            exc = missing_reason(action)
            self.audit_refusal(action, target, str(exc), {"missing": "reason"})
            raise exc

    # -- hooks of SessionCore -------------------------------------------------------------------

    def _require_reason(self, permission: str, action: str, target: str) -> None:
        if self.current_reason() is not None:
            return
        required = self.required_reasons()
        if permission in required or action in required:
            exc = missing_reason(permission if permission in required else action)
            self.audit_refusal(action, target, str(exc), {"missing": "reason"})
            raise exc

    def _with_reason(self, details: dict[str, Any]) -> dict[str, Any]:
        reason = self.current_reason()
        if reason is None:
            return details
        if details.get(REASON_KEY, reason) == reason:
            return {**details, REASON_KEY: reason}
        return {**details, STATED_REASON_KEY: reason}

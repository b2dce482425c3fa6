"""The contract of long work: a progress callback and a cancel token.

Core functions that take seconds to hours accept `progress(done, total, message)` and a
`threading.Event` as cancel token, poll the token between units of work and raise
`Cancelled` when it is set. Front ends adapt them (CLI progress bar, GUI worker signals).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Final

from app.core.errors import Cancelled
from app.core.messages import Message, say

Progress = Callable[[int, int, "str | Message"], None]
"""`progress(done, total, message)`: the message is a `Message` the GUI translates, or plain text."""

# One sentence per kind of work the core cancels, so that each is translated whole.
_CANCELLED: Final = {
    "The operation": say("The operation was cancelled; nothing was changed."),
    "Enrolment": say("Enrolment was cancelled; nothing was changed."),
    "The audit export": say("The audit export was cancelled; nothing was changed."),
    "The deployment": say("The deployment was cancelled; nothing was changed."),
    "The rekey": say("The rekey was cancelled; nothing was changed."),
    "The transfer": say("The transfer was cancelled; nothing was changed."),
}


def no_progress(done: int, total: int, message: str | Message) -> None:
    """A progress callback that ignores every report."""


def _cancelled(what: str) -> Message:
    """`{what} was cancelled; nothing was changed.`, as a sentence the front end can translate."""
    return _CANCELLED.get(what) or say("{what} was cancelled; nothing was changed.", what=what)


def check_cancel(cancel: threading.Event | None, what: str = "The operation") -> None:
    """Raise `Cancelled` when the operator has asked to stop."""
    if cancel is not None and cancel.is_set():
        raise Cancelled(_cancelled(what))

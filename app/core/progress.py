"""The contract of long work: a progress callback and a cancel token.

Core functions that take seconds to hours accept `progress(done, total, message)` and a
`threading.Event` as cancel token, poll the token between units of work and raise
`Cancelled` when it is set. Front ends adapt them (CLI progress bar, GUI worker signals).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.core.errors import Cancelled

Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str) -> None:
    """A progress callback that ignores every report."""


def check_cancel(cancel: threading.Event | None, what: str = "the operation") -> None:
    """Raise `Cancelled` when the operator has asked to stop."""
    if cancel is not None and cancel.is_set():
        raise Cancelled(f"{what} was cancelled; nothing was changed.")

"""What every command handler shares: unlocking, passphrases, output, progress, errors."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.core.service import Approval, Session

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_AUTH = 0, 1, 2, 3


def data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir:
        return Path(args.data_dir).expanduser().absolute()
    import platformdirs

    return Path(platformdirs.user_data_dir("airlock", appauthor=False))


def _read_secret_file(path: str, what: str) -> bytes:
    from app.core.service import UsageError

    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(
            f"Cannot read the {what} file {path}: {exc.strerror}.", "Check the path and its permissions."
        ) from exc
    # One trailing newline is what editors and `echo` add; it is not part of the secret.
    if raw.endswith(b"\r\n"):
        raw = raw[:-2]
    elif raw.endswith(b"\n"):
        raw = raw[:-1]
    if not raw:
        raise UsageError(f"The {what} file {path} is empty.", "Put the passphrase on its first line.")
    return raw


def _interactive() -> bool:
    return sys.stdin.isatty()


def passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> bytes:
    """The unlocking passphrase: --passphrase-file, else a terminal prompt."""
    from app.core.service import UsageError

    if args.passphrase_file:
        return _read_secret_file(args.passphrase_file, "passphrase")
    if not _interactive():
        raise UsageError(
            "No passphrase given and no terminal to ask for one.",
            "Use --passphrase-file FILE or set AIRLOCK_PASSPHRASE_FILE.",
        )
    return getpass.getpass(prompt).encode()


def new_passphrase(path: str | None, who: str) -> bytes:
    """A new passphrase from a file, or asked twice at the terminal."""
    from app.core.service import UsageError

    if path:
        return _read_secret_file(path, "new passphrase")
    if not _interactive():
        raise UsageError(
            f"No new passphrase for {who} and no terminal to ask for one.", "Use --new-passphrase-file FILE."
        )
    first = getpass.getpass(f"New passphrase for {who}: ")
    second = getpass.getpass("Repeat it: ")
    if first != second:
        raise UsageError("The two passphrases differ.", "Run the command again and type the same one twice.")
    return first.encode()


def approval(args: argparse.Namespace) -> Approval | None:
    from app.core.service import Approval

    if not getattr(args, "approver", None):
        return None
    if args.approver_passphrase_file:
        secret = _read_secret_file(args.approver_passphrase_file, "approver passphrase")
    elif _interactive():
        secret = getpass.getpass(f"Passphrase of approver {args.approver}: ").encode()
    else:
        from app.core.service import UsageError

        raise UsageError("No passphrase for the approver.", "Use --approver-passphrase-file FILE.")
    return Approval(args.approver, secret)


@contextmanager
def open_session(args: argparse.Namespace) -> Iterator[Session]:
    """Unlock the vault for one command and close it (with a checkpoint) afterwards.

    The command's `--reason`, if it has one, is stated for everything it does.
    """
    from app.cli.store import finish_store_work
    from app.core.service import clean_reason
    from app.core.service import open_session as unlock

    reason = clean_reason(getattr(args, "reason", None))  # a malformed --reason is refused before unlocking
    session = unlock(data_dir(args), args.account, passphrase(args))
    try:
        finish_store_work(session, args)
        with session.stated_reason(reason):
            yield session
    finally:
        session.close()


def action_list_setting(args: argparse.Namespace, current: str, change: str, empty: str) -> int:
    """Show, or with `--require` set, a setting that lists actions (dual control, reasons on record).

    `current` and `change` name the session's methods that read and set it.
    """
    with open_session(args) as session:
        if args.require is not None:
            getattr(session, change)(set(args.require), approval=approval(args))
        actions = sorted(getattr(session, current)())
    sys.stdout.write(("\n".join(actions) if actions else empty) + "\n")
    return EXIT_OK


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """A plain aligned table on stdout; an empty listing says so on stderr."""
    if not rows:
        sys.stderr.write("(none)\n")
        return
    text = [[str(row.get(col, "")) for col in columns] for row in rows]
    widths = [max(len(col), *(len(r[i]) for r in text)) for i, col in enumerate(columns)]
    sys.stdout.write("  ".join(col.upper().ljust(w) for col, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    for r in text:
        sys.stdout.write("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() + "\n")


def progress_bar(label: str) -> Callable[[int, int, object], None]:
    """A progress callback that draws on stderr when it is a terminal, at most 10 times a second."""
    state = {"last": 0.0}
    tty = sys.stderr.isatty()

    def report(done: int, total: int, message: object) -> None:
        now = time.monotonic()
        if not tty or (now - state["last"] < 0.1 and done < total):  # noqa: PLR2004
            return
        state["last"] = now
        width = 30
        filled = int(width * done / total) if total else 0
        pct = f"{100 * done / total:5.1f}%" if total else ""
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {pct} {str(message)[:40]:<40}")
        if total and done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return report


def cancel_on_interrupt() -> threading.Event:
    """A cancel token; Ctrl-C sets it via KeyboardInterrupt handling in run_handler."""
    return threading.Event()


def run_handler(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; turn every Airlock error into its message and exit status."""
    from app.core.service import AirlockError

    try:
        return handler(args)
    except AirlockError as exc:
        sys.stderr.write(f"airlock: {exc}\n")
        return exc.exit_code
    except BrokenPipeError:
        # The reader (`head`, a closed pager) went away: not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        sys.stderr.write("airlock: interrupted; nothing was changed by the unfinished step.\n")
        return 130


def start_desktop(args: argparse.Namespace) -> int:
    """With no command: the desktop application."""
    try:
        from app.gui.main import run
    except ImportError as exc:
        sys.stderr.write(
            f"airlock: the desktop application is not available: {exc}.\n"
            "Install Airlock with `make run`, or use a command (see `airlock --help`).\n"
        )
        return EXIT_FAILED
    return run(data_dir(args))


def env_flag(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0", "false", "no")

"""The `airlock` command line: the desktop application's twin for automation.

The contract is docs cli.md. This module imports nothing heavy: each command module
registers its arguments here and imports `app.core` only inside its handlers, so
`airlock --help` never loads Qt, Ansible or the crypto stack.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from app import __version__

COMMAND_MODULES = (
    "app.cli.foundation",
    "app.cli.bundles",
    "app.cli.nodes",
    "app.cli.deploy",
    "app.cli.relays",
    "app.cli.store",
    "app.cli.lifecycle",  # extends the account, node, jobs and bundle groups: after their modules
    "app.cli.ops",
    "app.cli.backup",
    "app.cli.appliance",
    "app.cli.records",  # gives every acting command of the modules above a --reason: last
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_AUTH = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors say what to do and exit with status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"airlock: error: {message}\nRun `{self.prog} --help` for the options.\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="airlock",
        description="Airlock: the control plane and only door of an air-gapped GPU enclave. "
        "With no command, starts the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"airlock {__version__}")
    parser.add_argument(
        "--data-dir",
        default=os.environ.get("AIRLOCK_DATA_DIR"),
        help="the vault's directory (env AIRLOCK_DATA_DIR; default: the platform's user data dir)",
    )
    parser.add_argument(
        "--account",
        default=os.environ.get("AIRLOCK_ACCOUNT"),
        help="account to unlock as (env AIRLOCK_ACCOUNT; default: the only admin)",
    )
    parser.add_argument(
        "--passphrase-file",
        default=os.environ.get("AIRLOCK_PASSPHRASE_FILE"),
        help="file holding the passphrase, for use without a terminal (env AIRLOCK_PASSPHRASE_FILE)",
    )
    parser.add_argument("--approver", help="second account approving an action under dual control")
    parser.add_argument("--approver-passphrase-file", help="file holding the approver's passphrase")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(sub)
    from app.cli.records import offer_reason

    offer_reason(sub)  # last: every acting command of every room takes --reason
    return parser


def _drop_foreign_ansible_settings() -> None:
    """Jobs run with Airlock's Ansible settings alone: ANSIBLE_* of the shell are dropped, and said so."""
    from app.core.service import drop_foreign_ansible_settings

    dropped = drop_foreign_ansible_settings(os.environ)
    if dropped:
        sys.stderr.write(f"airlock: ignoring {', '.join(dropped)} from the environment: jobs use Airlock's own "
                         "Ansible settings.\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is not None or args.command is None:
        _drop_foreign_ansible_settings()
    if args.command is None:
        from app.cli.common import start_desktop

        return start_desktop(args)
    if handler is None:
        # A command group given without its subcommand.
        parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "--help"])
        return EXIT_USAGE
    from app.cli.common import run_handler

    return run_handler(handler, args)

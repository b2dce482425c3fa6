"""Commands of the deploy room: deploy, rollback, deployments, classification levels (cli.md).

Handlers import `app.core` lazily so `airlock --help` stays fast and free of Ansible.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from app.cli import common

EXIT_OK = 0


def register(subparsers: Any) -> None:
    """Add deploy, rollback, deployments and levels."""
    deploy = subparsers.add_parser("deploy", help="deploy an imported model or update bundle to nodes")
    deploy.add_argument("bundle", metavar="NAME[@VERSION]", help="an imported bundle (default: its newest version)")
    deploy.add_argument("--to", required=True, metavar="PATTERN", dest="pattern",
                        help="node names or labels: gpu-*, site=north, roles=serving&zone=a (comma-separated)")
    deploy.add_argument("--playbook", metavar="NAME",
                        help="for update bundles: apply_update (default), gpu_driver or baseline")
    deploy.add_argument("-e", "--extra-var", dest="extravars", action="append", default=[], metavar="KEY=VALUE",
                        help="a variable for the playbook, e.g. -e airlock_ntp_server=10.0.0.1")
    deploy.add_argument("--verify-full", action="store_true",
                        help="hash every file on the node in full, even those the node hashed as they arrived")
    deploy.add_argument("--json", action="store_true", help="print the result as JSON")
    deploy.set_defaults(handler=_deploy)
    rollback = subparsers.add_parser("rollback", help="switch a model back to its previous version on nodes")
    rollback.add_argument("bundle", metavar="NAME")
    rollback.add_argument("--on", required=True, metavar="PATTERN", dest="pattern")
    rollback.add_argument("--json", action="store_true")
    rollback.set_defaults(handler=_rollback)
    listing = subparsers.add_parser("deployments", help="what is deployed where")
    listing.add_argument("--node", metavar="NAME")
    listing.add_argument("--history", action="store_true", help="every deployment, not only the current ones")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_deployments)
    levels = subparsers.add_parser("classification-levels",
                                   help="show or set the ordered classification levels (admin)")
    levels.add_argument("--set", metavar="LEVEL,LEVEL,...", dest="levels",
                        help="least sensitive first, e.g. unclassified,internal,confidential,secret")
    levels.set_defaults(handler=_levels)


@contextmanager
def _cancel_on_signal() -> Iterator[threading.Event]:
    cancel = threading.Event()

    def stop(_signum: int, _frame: FrameType | None) -> None:
        sys.stderr.write("airlock: stopping; partial files stay on the nodes and the next deploy resumes them.\n")
        cancel.set()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield cancel
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _summary(result: dict[str, Any]) -> str:
    parts = [f"{result['bundle']}:"]
    if result["changed"]:
        parts.append(f"switched on {', '.join(result['changed'])}")
    if result["unchanged"]:
        parts.append(f"already current on {', '.join(result['unchanged'])}")
    return " ".join(parts) + ".\n"


def _deploy(args: argparse.Namespace) -> int:
    approval = common.approval(args)
    with _cancel_on_signal() as cancel, common.open_session(args) as session:
        result = session.deploy(args.bundle, args.pattern, playbook=args.playbook, extravars=args.extravars,
                                verify_full=args.verify_full, progress=common.progress_bar("deploy"),
                                cancel=cancel, approval=approval)
    if args.json:
        common.print_json(result)
    else:
        sys.stdout.write(_summary(result))
    return EXIT_OK


def _rollback(args: argparse.Namespace) -> int:
    approval = common.approval(args)
    with _cancel_on_signal() as cancel, common.open_session(args) as session:
        result = session.rollback(args.bundle, args.pattern, progress=common.progress_bar("rollback"),
                                  cancel=cancel, approval=approval)
    if args.json:
        common.print_json(result)
    else:
        sys.stdout.write(_summary(result))
    return EXIT_OK


def _deployments(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        rows = session.deployments(args.node, history=args.history)
    if args.json:
        common.print_json(rows)
    else:
        common.print_table(rows, ["node", "name", "version", "type", "classification", "kind", "previous_version",
                                  "deployed_by", "deployed_at"])
    return EXIT_OK


def _levels(args: argparse.Namespace) -> int:
    approval = common.approval(args)
    with common.open_session(args) as session:
        if args.levels is not None:
            session.set_classification_levels(args.levels.split(","), approval=approval)
        levels = session.classification_levels()
    sys.stdout.write(" < ".join(levels.names) + "\n")
    return EXIT_OK

"""Commands of the store room: the content store's encryption at rest.

    airlock store status [--json]      store keys, objects per key, what is left to re-seal
    airlock store rotate-key           (admin) a new store key; every object re-sealed under it
    airlock store reseal               finish what a crash or a first start left to do

Whenever the command line unlocks the vault and objects wait to be encrypted (a store from
before encryption at rest) or re-sealed (a rotation cut short), it finishes that first,
with a progress bar (`finish_store_work`, called by `app.cli.common.open_session`).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from app.cli import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from app.core.service import Session


def register(subparsers: Any) -> None:
    store = subparsers.add_parser("store", help="the content store's encryption at rest")
    sub = store.add_subparsers(dest="store_command", metavar="SUBCOMMAND")
    status = sub.add_parser("status", help="store keys, objects per key, what is left to re-seal")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_status)
    rotate = sub.add_parser("rotate-key", help="(admin) a new store key; every object re-sealed under it")
    rotate.add_argument("--json", action="store_true")
    rotate.set_defaults(handler=_rotate)
    finish = sub.add_parser("reseal", help="encrypt or re-seal what is left (after a crash or an upgrade)")
    finish.add_argument("--json", action="store_true")
    finish.set_defaults(handler=_reseal)


def finish_store_work(session: Session, args: argparse.Namespace) -> None:
    """Encrypt or re-seal what waits, in the foreground, before the command runs (see the module's note).

    `airlock store ...` commands do it themselves, or only look.
    """
    from app.cli.common import progress_bar

    if args.command == "store" or not session.store_work_pending():
        return
    if not session.check("store.reseal"):
        sys.stderr.write("airlock: the content store has objects to encrypt or re-seal; an operator or admin"
                         " finishes that when they next unlock the vault.\n")
        return
    sys.stderr.write("Finishing the content store's encryption (resumes where it stopped)...\n")
    # Work the appliance owes, not the command's: it states its own reason, as a schedule does.
    with session.stated_reason("the content store's pending encryption, finished at unlock"):
        _report(session.reseal_store(progress_bar("Encrypting the content store")), as_json=False)


def _report(done: dict[str, Any], *, as_json: bool) -> int:
    from app.cli.common import print_json

    if as_json:
        print_json(done)
    elif done["skipped"] and done.get("held_by") == "backup":
        sys.stderr.write("A backup is copying the content store, so no object is re-sealed meanwhile; the"
                         " encryption resumes at the next unlock, or run `airlock store reseal` after the backup.\n")
    elif done["skipped"]:
        sys.stderr.write("Another Airlock process is encrypting the content store; it finishes the work.\n")
    else:
        sys.stderr.write(f"Sealed {done['encrypted'] + done['sealed']} object(s) under the active store key"
                         f" ({done['encrypted']} were stored in plaintext).\n")
    for sha in done["damaged"]:
        sys.stderr.write(f"airlock: object {sha} is damaged; `airlock bundle check-store` says how.\n")
    return EXIT_FAILED if done["damaged"] else EXIT_OK


def _status(args: argparse.Namespace) -> int:
    from app.cli.common import open_session, print_json, print_table

    with open_session(args) as session:
        status = session.store_status()
    if args.json:
        print_json(status)
        return EXIT_OK
    print_table(status["keys"], ["id", "state", "objects", "created", "created_by", "destroyed"])
    sys.stdout.write(f"objects: {status['objects']}, in plaintext: {status['plaintext']},"
                     f" to re-seal: {status['to_reseal']}, unreadable: {status['unreadable']}\n")
    return EXIT_OK


def _rotate(args: argparse.Namespace) -> int:
    from app.cli.common import approval, open_session, progress_bar

    with open_session(args) as session:
        key_id = session.rotate_store_key(approval(args))
        sys.stderr.write(f"Store key {key_id} is active; re-sealing every object under it.\n")
        return _report(session.reseal_store(progress_bar("Re-sealing the content store")), as_json=args.json)


def _reseal(args: argparse.Namespace) -> int:
    from app.cli.common import open_session, progress_bar

    with open_session(args) as session:
        return _report(session.reseal_store(progress_bar("Encrypting the content store")), as_json=args.json)

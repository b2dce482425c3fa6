"""Commands of the lifecycle room (cli.md, "Appliance lifecycle").

    airlock account disable|enable|remove NAME
    airlock node label NAME KEY=VALUE ... [--remove KEY]
    airlock jobs cancel ID [--wait SECONDS]
    airlock bundle show NAME[@VERSION] [--json]

They extend the command groups other rooms registered (account, node, jobs, bundle), so
this module is listed after them in `COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from typing import Any

from app.cli import common

EXIT_OK, EXIT_FAILED = 0, 1
DEFAULT_CANCEL_WAIT_S = 60


def _group(subparsers: Any, name: str) -> Any:
    """The subcommands of an existing command group (e.g. `account`)."""
    parser = subparsers.choices[name]
    for action in parser._actions:  # noqa: SLF001 - argparse keeps its subparsers only there
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return action
    msg = f"the {name} command has no subcommands"
    raise LookupError(msg)


def _job_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"{text!r} is not a job number (see `airlock jobs list`)"
        raise argparse.ArgumentTypeError(msg)
    return value


def _seconds(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        msg = f"{text!r} is not a number of seconds (0 or more)"
        raise argparse.ArgumentTypeError(msg)
    return value


def register(subparsers: Any) -> None:
    accounts = _group(subparsers, "account")
    for verb, text in (
        ("disable", "stop an account from unlocking or approving (admin); its data stays"),
        ("enable", "let a disabled account in again with its passphrase (admin)"),
        ("remove", "destroy an account and its key slot (admin); the audit keeps its name"),
    ):
        parser = accounts.add_parser(verb, help=text)
        parser.add_argument("name", metavar="NAME")
        parser.add_argument("--json", action="store_true", help="print the account afterwards as JSON")
        parser.set_defaults(handler=functools.partial(_account_change, verb=verb))

    label = _group(subparsers, "node").add_parser(
        "label", help="set or remove a node's labels (raising its clearance: admin)"
    )
    label.add_argument("name", metavar="NAME")
    label.add_argument("labels", nargs="*", metavar="KEY=VALUE", help="labels to set: site, zone, clearance, roles")
    label.add_argument("--remove", action="append", default=[], metavar="KEY", help="a label to remove")
    label.add_argument("--json", action="store_true", help="print the node afterwards as JSON")
    label.set_defaults(handler=_label)

    cancel = _group(subparsers, "jobs").add_parser(
        "cancel", help="stop a running job, wherever it was started (the desktop application, another shell)"
    )
    cancel.add_argument("job_id", type=_job_id, metavar="ID")
    cancel.add_argument(
        "--wait", type=_seconds, default=DEFAULT_CANCEL_WAIT_S, metavar="SECONDS",
        help=f"wait this long for the job to stop (default {DEFAULT_CANCEL_WAIT_S}; 0: only ask)",
    )
    cancel.set_defaults(handler=_cancel)

    show = _group(subparsers, "bundle").add_parser(
        "show", help="an imported bundle: metadata, provenance, model card, SBOM components and licenses"
    )
    show.add_argument("ref", metavar="NAME[@VERSION]")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)


# -- accounts ----------------------------------------------------------------------------------


# What each change did, and what the admin should know next.
_DONE = {
    "disable": "Disabled {name}: it can no longer unlock the vault or approve; a session it has open locks at "
    "its next action. Copies of keyslots.json made before now still open the vault: run `airlock rekey` to make "
    "them useless.",
    "enable": "Enabled {name}; it unlocks with the passphrase it had.",
    "remove": "Removed {name} and destroyed its key slot; the audit trail keeps its name, which is not given "
    "again. Run `airlock rekey` so that copies of keyslots.json made before now stop opening the vault.",
}


def _account_change(args: argparse.Namespace, verb: str) -> int:
    approval = common.approval(args)
    with common.open_session(args) as session:
        method = getattr(session, f"{verb}_account")
        changed = method(args.name, approval=approval)
    if args.json and changed is not None:
        common.print_json(changed.to_json())
    sys.stderr.write(_DONE[verb].format(name=args.name) + "\n")
    return EXIT_OK


# -- labels --------------------------------------------------------------------------------------


def _label(args: argparse.Namespace) -> int:
    approval = common.approval(args)
    with common.open_session(args) as session:
        node = session.label_node(args.name, list(args.labels), list(args.remove), approval=approval)
    if args.json:
        common.print_json(node)
    labels = ", ".join(f"{k}={v}" for k, v in sorted(node["labels"].items())) or "none"
    sys.stderr.write(f"Labels of {node['name']}: {labels}. Deployments from now on use them.\n")
    return EXIT_OK


# -- jobs ----------------------------------------------------------------------------------------


def _cancel(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        request = session.cancel_job(args.job_id)
        sys.stderr.write(f"Asked job {args.job_id} to stop (request by {request.get('requested_by')}).\n")
        deadline = time.monotonic() + args.wait
        job = session.show_job(args.job_id)
        while job["status"] == "running" and time.monotonic() < deadline:
            time.sleep(0.2)
            job = session.show_job(args.job_id)
    if job["status"] == "running":
        sys.stderr.write(
            f"airlock: job {args.job_id} has not stopped yet; the request stands. "
            f"Check with `airlock jobs show {args.job_id}`.\n"
        )
        return EXIT_FAILED if args.wait else EXIT_OK
    sys.stderr.write(f"Job {args.job_id} ended: {job['status']}.\n")
    return EXIT_OK


# -- bundles -------------------------------------------------------------------------------------


def _show(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        shown = session.show_bundle(args.ref)
    if args.json:
        common.print_json(shown)
        return EXIT_OK
    out = sys.stdout
    out.write(f"{shown['type']} {shown['name']} {shown['version']} ({shown['classification']})\n")
    model = shown["model"]
    for key in ("format", "parameters", "license", "provenance"):
        if model.get(key):
            out.write(f"{key + ':':<16}{model[key]}\n")
    out.write(f"{'signed by:':<16}{len(shown['signers'])} '{shown['role']}' key(s): {', '.join(shown['signers'])}\n")
    out.write(f"{'imported:':<16}{shown['imported_at']} by {shown['imported_by']}; expires {shown['expires']}\n")
    if shown["description"]:
        out.write(f"{'description:':<16}{shown['description']}\n")
    _write_sbom(shown["sbom"])
    card = shown["model_card"]
    if card is not None:
        out.write(f"\nmodel card ({card['path']}):\n")
        out.write((card["text"] if card["text"] is not None else f"(not shown: {card['problem']})") + "\n")
    return EXIT_OK


def _write_sbom(sbom: dict[str, Any] | None) -> None:
    out = sys.stdout
    if sbom is None:
        out.write("SBOM:           none: this bundle carries no software bill of materials\n")
        return
    if sbom.get("problem"):
        out.write(f"SBOM:           {sbom['path']} cannot be shown: {sbom['problem']}\n")
        return
    out.write(f"SBOM:           {sbom['path']} ({sbom['format']} {sbom['spec_version']}), "
              f"{len(sbom['components'])} component(s)\n")
    out.write("licenses:       " + (", ".join(f"{k} ({v})" for k, v in sbom["licenses"].items()) or "-") + "\n")
    rows = [{**c, "licenses": " AND ".join(c["licenses"]) or "unknown"} for c in sbom["components"]]
    common.print_table(rows, ["name", "version", "licenses", "supplier", "purl"])

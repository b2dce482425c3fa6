"""Commands of the relays room: relay add|list|remove (cli.md, "Appliance lifecycle").

Handlers import `app.core` lazily so `airlock --help` stays fast and free of Ansible.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import common

EXIT_OK = 0


def register(subparsers: Any) -> None:
    """Add the relay command."""
    relay = subparsers.add_parser("relay", help="relays: enrolled nodes that run jobs for the nodes behind them")
    sub = relay.add_subparsers(dest="relay_command", metavar="SUBCOMMAND")
    add = sub.add_parser(
        "add",
        help="an enrolled node runs jobs for the nodes PATTERN selects (admin)",
        description="Make an enrolled node the relay of the nodes PATTERN selects, now and as they are "
        "enrolled. The node must run the relay first: deploy the relay wheelhouse to it with "
        "`airlock deploy NAME --to NODE --playbook relay`. A node has one relay at most.",
    )
    add.add_argument("node", metavar="NODE")
    add.add_argument("--serves", required=True, metavar="PATTERN",
                     help="node names or labels: rack7-*, zone=r7, site=north&roles=gpu (comma-separated)")
    add.add_argument("--json", action="store_true", help="print the relay as JSON")
    add.set_defaults(handler=_add)
    listing = sub.add_parser("list", help="every relay, what it serves and what it runs")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)
    remove = sub.add_parser("remove", help="stop using a node as a relay: its nodes are reached directly (admin)")
    remove.add_argument("node", metavar="NODE")
    remove.set_defaults(handler=_remove)


def _add(args: argparse.Namespace) -> int:
    approval = common.approval(args)
    with common.open_session(args) as session:
        relay = session.add_relay(args.node, args.serves, approval=approval)
    if args.json:
        common.print_json(relay)
    else:
        served = ", ".join(relay["nodes"]) or "no node yet"
        sys.stdout.write(f"{relay['name']} is a relay for {relay['serves']}: {served}.\n")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        relays = session.list_relays()
    if args.json:
        common.print_json(relays)
        return EXIT_OK
    rows = [
        {
            **r,
            "address": f"{r['address']}:{r['port']}",
            "nodes": f"{len(r['nodes'])}: {', '.join(r['nodes'])}" if r["nodes"] else "0",
            "runner": r["versions"].get("ansible-runner", "-"),
            "conflicts": ", ".join(r["conflicts"]) or "-",
        }
        for r in relays
    ]
    common.print_table(rows, ["name", "address", "status", "serves", "nodes", "conflicts", "runner"])
    return EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    approval = common.approval(args)
    with common.open_session(args) as session:
        session.remove_relay(args.node, approval=approval)
    sys.stdout.write(f"{args.node} is no longer a relay; the nodes it served are reached directly.\n")
    return EXIT_OK

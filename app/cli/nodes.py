"""Commands of the nodes room: node, run, jobs (cli.md).

Handlers import `app.core` lazily so `airlock --help` stays fast and free of Ansible.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from app.cli import common

if TYPE_CHECKING:
    from app.core.service import TaskResult

EXIT_OK, EXIT_FAILED = 0, 1


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"{text!r} is not a positive whole number"
        raise argparse.ArgumentTypeError(msg)
    return value


def register(subparsers: Any) -> None:
    """Add the node, run and jobs commands."""
    _register_node(subparsers)
    run = subparsers.add_parser("run", help="run a playbook (facts, health, ...) on nodes")
    run.add_argument("playbook", metavar="PLAYBOOK", help="a playbook name from playbooks/ without .yml")
    run.add_argument(
        "--limit",
        metavar="PATTERN",
        help="node names or labels: gpu-*, site=north, roles=gpu&zone=a, !gpu-07 (comma-separated)",
    )
    run.add_argument("-e", "--extra-var", dest="extravars", action="append", default=[], metavar="KEY=VALUE")
    run.add_argument("--forks", type=_positive, metavar="N", help="hosts in parallel (default 25)")
    run.add_argument("--timeout", type=_positive, metavar="SECONDS", help="stop the job after this long (default 3600)")
    run.add_argument("--json", action="store_true", help="print the stored job as JSON")
    run.set_defaults(handler=_run)
    jobs = subparsers.add_parser("jobs", help="jobs run so far")
    sub = jobs.add_subparsers(dest="jobs_command", metavar="SUBCOMMAND")
    listing = sub.add_parser("list", help="the latest jobs")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_jobs_list)
    show = sub.add_parser("show", help="one job with every host's task results")
    show.add_argument("job_id", type=_positive, metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_jobs_show)


def _register_node(subparsers: Any) -> None:
    node = subparsers.add_parser("node", help="GPU nodes: enrol, list, show, re-pin, remove")
    sub = node.add_subparsers(dest="node_command", metavar="SUBCOMMAND")
    enroll = sub.add_parser("enroll", help="pin a node's host key and install the management key")
    enroll.add_argument("name", metavar="NAME")
    enroll.add_argument("--address", required=True, metavar="HOST")
    enroll.add_argument("--port", type=_positive, default=22, metavar="N")
    enroll.add_argument("--user", required=True, metavar="USER")
    boot = enroll.add_mutually_exclusive_group(required=True)
    boot.add_argument("--bootstrap-key", type=Path, metavar="FILE", help="a private key the node accepts once")
    boot.add_argument("--bootstrap-password-file", type=Path, metavar="FILE", help="a file holding the password")
    enroll.add_argument(
        "--fingerprint", metavar="SHA256:...", help="the host key fingerprint you expect (ssh-keygen -lf)"
    )
    enroll.add_argument(
        "--label",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="site, zone, clearance, roles (roles=gpu+serving)",
    )
    enroll.add_argument(
        "--var",
        action="append",
        default=[],
        metavar="airlock_NAME=VALUE",
        help="a host variable the playbooks read (e.g. airlock_root=/srv/airlock)",
    )
    enroll.add_argument("--disable-password-login", action="store_true", help="switch sshd to key logins (needs sudo)")
    enroll.add_argument("--json", action="store_true")
    enroll.set_defaults(handler=_enroll)
    listing = sub.add_parser("list", help="every node, its status and latest health")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)
    show = sub.add_parser("show", help="facts, GPUs, health, deployed bundles")
    show.add_argument("name", metavar="NAME")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    repin = sub.add_parser("repin", help="pin a node's new host key (admin)")
    repin.add_argument("name", metavar="NAME")
    repin.add_argument("--fingerprint", required=True, metavar="SHA256:...")
    repin.set_defaults(handler=_repin)
    remove = sub.add_parser("remove", help="forget a node")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=_remove)
    key = sub.add_parser("management-key", help="print the appliance's management public key")
    key.set_defaults(handler=_management_key)


def _bootstrap(args: argparse.Namespace) -> Any:
    from app.core.service import Bootstrap, UsageError

    if args.bootstrap_key is not None:
        return Bootstrap(key_path=args.bootstrap_key)
    try:
        raw = args.bootstrap_password_file.read_text(encoding="utf-8")
    except OSError as exc:
        msg = f"Cannot read the bootstrap password file {args.bootstrap_password_file}: {exc.strerror}."
        raise UsageError(msg, "Check the path and its permissions.") from exc
    password = raw.removesuffix("\n")
    if not password:
        msg = f"The bootstrap password file {args.bootstrap_password_file} is empty."
        raise UsageError(msg, "Put the password on its first line.")
    return Bootstrap(password=password)


def _confirm_on_terminal(fingerprint: str) -> bool:
    if not sys.stdin.isatty():
        return False
    sys.stderr.write(
        f"The node offers host key {fingerprint}.\n"
        "Compare it with `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the node's console.\n"
    )
    answer = input("Type yes to pin it: ")
    return answer.strip().lower() == "yes"


def _enroll(args: argparse.Namespace) -> int:
    bootstrap = _bootstrap(args)
    with common.open_session(args) as session:
        node = session.enroll_node(
            args.name,
            args.address,
            args.user,
            bootstrap,
            port=args.port,
            fingerprint=args.fingerprint,
            confirm=_confirm_on_terminal,
            labels=args.label,
            variables=args.var,
            disable_password_login=args.disable_password_login,
            progress=common.progress_bar("enrol"),
        )
    if args.json:
        common.print_json(node)
    else:
        sys.stdout.write(f"Enrolled {node['name']} ({node['host_keys'][0]['fingerprint']}).\n")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        nodes = session.list_nodes()
    if args.json:
        common.print_json(nodes)
        return EXIT_OK
    rows = [
        {
            **n,
            "address": f"{n['address']}:{n['port']}",
            "labels": ",".join(f"{k}={v}" for k, v in sorted(n["labels"].items())),
            "health": n["health"] or "-",
            "gpus": n["gpus"] if n["gpu_state"] else "-",
            "path": f"relay {n['relay']}" if n.get("relay") else "direct",
            "cordon": _cordon_words(n) or "-",
        }
        for n in nodes
    ]
    relayed = ["path"] if any(n.get("relay") for n in nodes) else []  # where relays are in use
    cordoned = ["cordon"] if any(row["cordon"] != "-" for row in rows) else []  # where a cordon holds a node back
    common.print_table(rows, ["name", "address", "user", "status", *relayed, *cordoned, "gpus", "health", "labels"])
    return EXIT_OK


def _cordon_words(node: dict[str, Any]) -> str:
    """Why a node takes no work but facts and health: its cordon, or its relay's; empty when in service."""
    if node.get("cordon"):
        return f"cordoned: {node['cordon']['reason']}"
    if node.get("held_by"):
        return f"held: relay {node['held_by']['relay']} cordoned"
    return ""


def _show(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        node = session.show_node(args.name)
    if args.json:
        common.print_json(node)
        return EXIT_OK
    out = sys.stdout
    out.write(f"{node['name']}  {node['user']}@{node['address']}:{node['port']}  status {node['status']}\n")
    out.write("labels: " + (", ".join(f"{k}={v}" for k, v in sorted(node["labels"].items())) or "-") + "\n")
    cordon, held = node.get("cordon"), node.get("held_by")
    if cordon:
        out.write(f"cordoned by {cordon['cordoned_by']} at {cordon['cordoned_at']}: {cordon['reason']}"
                  " (no deployment, no job but facts and health)\n")
    elif held:
        out.write(f"held back: its relay {held['relay']} was cordoned by {held['cordon']['cordoned_by']} at "
                  f"{held['cordon']['cordoned_at']}: {held['cordon']['reason']} (no deployment, no job but facts "
                  "and health)\n")
    for key in node["host_keys"]:
        out.write(f"host key: {key['type']} {key['fingerprint']}\n")
    out.write(
        f"GPU stack: {node['gpu_state'] or 'unknown (run the facts playbook)'}"
        f"  driver {node['driver_version'] or '-'}  CUDA {node['cuda_version'] or '-'}\n"
    )
    for gpu in node["gpus"]:
        out.write(
            f"  GPU {gpu['index']}: {gpu['name']}  {gpu['uuid']}  {gpu['memory_total_mib'] or '?'} MiB"
            f"  MIG {gpu['mig_mode'] or '-'}\n"
        )
    for deployed in node["deployments"]:
        out.write(f"deployed: {deployed.get('type', '')} {deployed.get('name', '')} {deployed.get('version', '')}\n")
    for entry in node["health"][:5]:
        out.write(f"health {entry['checked_at']}: {entry['status']}\n")
        for reason in entry["reasons"]:
            out.write(f"  - {reason}\n")
    return EXIT_OK


def _repin(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        node = session.repin_node(args.name, args.fingerprint)
    sys.stdout.write(f"Re-pinned {node['name']} to {node['host_keys'][0]['fingerprint']}.\n")
    return EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    approval = common.approval(args)
    with common.open_session(args) as session:
        session.remove_node(args.name, approval=approval)
    sys.stdout.write(f"Removed {args.name}.\n")
    return EXIT_OK


def _management_key(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        sys.stdout.write(session.management_public_key() + "\n")
    return EXIT_OK


def _print_result(result: TaskResult) -> None:
    line = f"{result.host}: {result.task}: {result.status}"
    if result.status in ("failed", "unreachable") and result.message:
        line += f": {result.message.splitlines()[-1][:200]}"
    sys.stderr.write(line + "\n")


def _run(args: argparse.Namespace) -> int:
    from app.core.service import JobSettings

    defaults = JobSettings()
    settings = JobSettings(forks=args.forks or defaults.forks, timeout_s=args.timeout or defaults.timeout_s)
    cancel = threading.Event()

    def stop(signum: int, frame: FrameType | None) -> None:  # noqa: ARG001 - signal handler signature
        sys.stderr.write("airlock: stopping the job...\n")
        cancel.set()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with common.open_session(args) as session:
            job = session.run_playbook(
                args.playbook, args.limit, args.extravars, settings=settings, cancel=cancel, on_result=_print_result
            )
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if args.json:
        common.print_json(job)
    summary = job["summary"]
    blocked = summary.get("blocked") or []
    sys.stderr.write(
        f"job {job['id']}: {job['status']}; "
        + ", ".join(
            f"{h} ok={c['ok']} changed={c['changed']} failed={c['failures']} unreachable={c['unreachable']}"
            for h, c in sorted(summary.get("hosts", {}).items())
        )
        + (f"; blocked (host key changed): {', '.join(blocked)}" if blocked else "")
        + "".join(f"; {info['reason']}" for info in summary.get("relays", {}).values() if info.get("reason"))
        + "\n"
    )
    return EXIT_OK if job["succeeded"] else EXIT_FAILED


def _jobs_list(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        listing = session.list_jobs()
    if args.json:
        common.print_json(listing)
    else:
        common.print_table(listing, ["id", "playbook", "selection", "status", "started_at", "started_by"])
    return EXIT_OK


def _jobs_show(args: argparse.Namespace) -> int:
    if getattr(args, "output", None):  # the whole output to a file: the records room
        from app.cli.records import save_job_output

        return save_job_output(args)
    with common.open_session(args) as session:
        job = session.show_job(args.job_id)
    if args.json:
        common.print_json(job)
        return EXIT_OK
    sys.stdout.write(f"job {job['id']}: {job['playbook']} on {job['selection']}: {job['status']}\n")
    common.print_table(job["results"], ["host", "task", "status", "message"])
    return EXIT_OK

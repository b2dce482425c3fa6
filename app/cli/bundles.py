"""Commands of the bundles room: trust, publisher, bundle, media (cli.md).

Handlers import `app.core` lazily so `airlock --help` stays fast.
"""

from __future__ import annotations

import argparse
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

EXIT_OK, EXIT_FAILED = 0, 1
_SIZE = re.compile(r"(\d+)\s*([KMGT]?)(?:I?B)?", re.IGNORECASE)
_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


def parse_size(text: str) -> int:
    """Bytes from '4095M', '1G', '65536' (binary units)."""
    match = _SIZE.fullmatch(text.strip())
    if match is None:
        msg = f"{text!r} is not a size; use bytes or a number with K, M, G (binary units)"
        raise argparse.ArgumentTypeError(msg)
    return int(match.group(1)) * _UNITS[match.group(2).upper()]


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return value


def register(subparsers: Any) -> None:
    """Add the trust, publisher, bundle and media commands."""
    _register_trust(subparsers)
    _register_publisher(subparsers)
    _register_bundle(subparsers)
    _register_media(subparsers)


def _register_trust(subparsers: Any) -> None:
    trust = subparsers.add_parser("trust", help="the pinned trust root (TUF root and publisher roles)")
    sub = trust.add_subparsers(dest="trust_command", metavar="SUBCOMMAND")
    init = sub.add_parser("init", help="pin the first trust root (admin)")
    init.add_argument("root_json", type=Path, metavar="ROOT_JSON", help="root.json; targets.json must lie beside it")
    init.add_argument("--fingerprint", required=True, help="SHA256:<hex> of root.json, from paper, not from the medium")
    init.set_defaults(handler=_trust_init)
    rotate = sub.add_parser("rotate", help="accept the next root version (signed by old and new thresholds)")
    rotate.add_argument("root_json", type=Path, metavar="NEW_ROOT_JSON")
    rotate.set_defaults(handler=_trust_rotate)
    show = sub.add_parser("show", help="the pinned root, its publisher roles and every version kept")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_trust_show)


def _register_publisher(subparsers: Any) -> None:
    pub = subparsers.add_parser("publisher", help="publisher side: keys and trust metadata (no vault needed)")
    sub = pub.add_subparsers(dest="publisher_command", metavar="SUBCOMMAND")
    keygen = sub.add_parser("keygen", help="an Ed25519 key pair; the private half encrypted (0600)")
    keygen.add_argument("--out", type=Path, required=True, metavar="KEYFILE")
    keygen.set_defaults(handler=_keygen)

    def trust_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--out", type=Path, required=True, metavar="DIR")
        p.add_argument("--root-key", type=Path, action="append", required=True, metavar="PUB")
        p.add_argument("--root-threshold", type=_positive, default=1, metavar="N")
        p.add_argument("--expires-days", type=_positive, default=3650, metavar="N")
        p.add_argument("--sign-with", type=Path, action="append", default=[], metavar="KEYFILE")

    init = sub.add_parser("init-trust", help="write root.json and targets.json; prints the root fingerprint")
    trust_options(init)
    init.add_argument(
        "--role",
        action="append",
        required=True,
        metavar="ROLE=PUB[,PUB...][:THRESHOLD]",
        help="a publisher role: models, updates, playbooks or app",
    )
    init.set_defaults(handler=_init_trust)
    rotate = sub.add_parser("rotate-trust", help="write root version N+1 from the trust directory of version N")
    trust_options(rotate)
    rotate.add_argument("--from", dest="from_dir", type=Path, required=True, metavar="DIR")
    rotate.add_argument(
        "--role",
        action="append",
        metavar="ROLE=PUB[,PUB...][:THRESHOLD]",
        help="new publisher roles (default: keep the current ones)",
    )
    rotate.set_defaults(handler=_rotate_trust)
    sign = sub.add_parser("sign-trust", help="add one signature to root.json (and targets.json) in DIR")
    sign.add_argument("trust_dir", type=Path, metavar="DIR")
    sign.add_argument("--key", type=Path, required=True, metavar="KEYFILE")
    sign.set_defaults(handler=_sign_trust)


def _register_bundle(subparsers: Any) -> None:
    from app.core.bundles.limits import DEFAULT_SPLIT_SIZE  # constants only: no crypto imported

    bundle = subparsers.add_parser("bundle", help="build, sign, verify, import and list bundles")
    sub = bundle.add_subparsers(dest="bundle_command", metavar="SUBCOMMAND")
    build = sub.add_parser("build", help="build NAME-VERSION.airlock from a directory (unsigned)")
    build.add_argument("src", type=Path, metavar="SRC_DIR")
    build.add_argument("--type", required=True, choices=["model", "update", "playbooks", "app"])
    build.add_argument("--name", required=True)
    build.add_argument("--version", required=True, metavar="X.Y.Z")
    build.add_argument(
        "--classification",
        default="unclassified",
        help="unclassified (default), internal, confidential, secret or top-secret",
    )
    build.add_argument("--expires-days", type=_positive, default=365, metavar="N")
    build.add_argument(
        "--split-size",
        type=parse_size,
        default=DEFAULT_SPLIT_SIZE,
        metavar="SIZE",
        help="store larger files as numbered parts (default 4 GiB - 1 MiB, for FAT32)",
    )
    build.add_argument("--description", default="")
    build.add_argument("--license", help="models: the license (SPDX id)")
    build.add_argument("--model-card", help="models: the model card, a file path inside SRC_DIR")
    build.add_argument("--format", dest="model_format", help="models: the weights format (safetensors, gguf, ...)")
    build.add_argument("--parameters", help="models: parameter count, e.g. 8B")
    build.add_argument("--provenance", help="models: where the weights come from")
    build.add_argument(
        "--sbom", type=Path, metavar="FILE", help="an SPDX 2.x or CycloneDX 1.x JSON document, signed with the bundle"
    )
    build.add_argument("--out", type=Path, required=True, metavar="DIR")
    build.set_defaults(handler=_build)
    sign = sub.add_parser("sign", help="add one signature (m-of-n signers sign in turn)")
    sign.add_argument("bundle_dir", type=Path, metavar="BUNDLE_DIR")
    sign.add_argument("--key", type=Path, required=True, metavar="KEYFILE")
    sign.set_defaults(handler=_sign)
    for name, handler, text in (
        ("verify", _verify, "verify only; prints what it found"),
        ("import", _import, "verify and import into the content store"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("path", type=Path, metavar="PATH", help="a bundle directory, or a directory holding bundles")
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=handler)
    listing = sub.add_parser("list", help="imported bundles")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)
    check = sub.add_parser("check-store", help="re-hash every stored object")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=_check_store)


def _register_media(subparsers: Any) -> None:
    media = subparsers.add_parser("media", help="removable media")
    sub = media.add_subparsers(dest="media_command", metavar="SUBCOMMAND")
    scan = sub.add_parser("scan", help="bundles found on mounted removable media and media roots")
    scan.add_argument("--json", action="store_true")
    scan.add_argument("--root", type=Path, action="append", default=[], metavar="DIR", help="also look in DIR")
    scan.set_defaults(handler=_media_scan)
    roots = sub.add_parser("roots", help="show or set (admin) the configured media roots")
    roots.add_argument("--set", dest="roots", type=Path, nargs="*", metavar="DIR")
    roots.set_defaults(handler=_media_roots)


# -- helpers -----------------------------------------------------------------------------------


def _key_passphrase(args: argparse.Namespace, key: Path) -> str:
    from app.cli.common import passphrase

    return passphrase(args, f"Passphrase of {key}: ").decode()


def _signers(args: argparse.Namespace, keys: list[Path]) -> list[Any]:
    from app.core.service import load_signer

    return [load_signer(k, _key_passphrase(args, k)) for k in keys]


def _role_spec(text: str) -> Any:
    from app.core.service import RoleSpec, UsageError, load_public_key

    name, sep, rest = text.partition("=")
    if not sep or not rest:
        raise UsageError(f"--role {text!r} is not ROLE=PUB[,PUB...][:THRESHOLD].", "For example models=m1.pub,m2.pub:2")
    keys_text, _, threshold_text = rest.rpartition(":") if re.search(r":\d+$", rest) else (rest, "", "1")
    keys = tuple(load_public_key(Path(p)) for p in keys_text.split(",") if p)
    return RoleSpec(name.strip(), keys, int(threshold_text))


def _run_cancellable(work: Callable[[threading.Event], T]) -> T:
    """Run long work on a thread so Ctrl-C becomes a clean cancel (staging removed)."""
    cancel = threading.Event()
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = work(cancel)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="airlock-cli-work")
    thread.start()
    try:
        thread.join()
    except KeyboardInterrupt:
        cancel.set()
        thread.join()
    if "error" in box:
        raise box["error"]
    return box["result"]  # type: ignore[no-any-return]


def _bundle_paths(path: Path) -> list[Path]:
    from app.core.service import find_bundles

    found = find_bundles(path)
    return found or [path]


# -- trust ---------------------------------------------------------------------------------


def _print_trust(shown: dict[str, Any]) -> None:
    out = sys.stdout
    out.write(f"fingerprint   {shown['fingerprint']}\n")
    out.write(f"root          version {shown['root_version']}, expires {shown['root_expires']}\n")
    out.write(f"delegations   version {shown['targets_version']}, expires {shown['targets_expires']}\n")
    for name, role in sorted(shown["publishers"].items()):
        out.write(f"  {name:<10} {role['threshold']} of {len(role['keyids'])} keys, paths {', '.join(role['paths'])}\n")
    out.write("versions kept:\n")
    for item in shown["history"]:
        out.write(
            f"  v{item['version']}  {item['fingerprint']}  pinned by {item['pinned_by']} at {item['pinned_at']}\n"
        )
    out.write(f"{shown['clock_policy']}\n")


def _trust_init(args: argparse.Namespace) -> int:
    from app.cli.common import open_session

    with open_session(args) as session:
        shown = session.trust_init(args.root_json, args.fingerprint)
    sys.stderr.write(f"Pinned trust root version {shown['root_version']} ({shown['fingerprint']}).\n")
    return EXIT_OK


def _trust_rotate(args: argparse.Namespace) -> int:
    from app.cli.common import approval, open_session

    with open_session(args) as session:
        shown = session.trust_rotate(args.root_json, approval(args))
    sys.stderr.write(f"Rotated to trust root version {shown['root_version']} ({shown['fingerprint']}).\n")
    return EXIT_OK


def _trust_show(args: argparse.Namespace) -> int:
    from app.cli.common import open_session, print_json

    with open_session(args) as session:
        shown = session.trust_show()
    print_json(shown) if args.json else _print_trust(shown)
    return EXIT_OK


# -- publisher -----------------------------------------------------------------------------


def _keygen(args: argparse.Namespace) -> int:
    from app.cli.common import new_passphrase
    from app.core.service import generate_key

    secret = new_passphrase(args.passphrase_file, f"key {args.out}").decode()
    key = generate_key(args.out, secret)
    sys.stdout.write(f"{key.keyid}\n")
    sys.stderr.write(f"Wrote {args.out} (encrypted, 0600) and {args.out}.pub.\n")
    return EXIT_OK


def _init_trust(args: argparse.Namespace) -> int:
    from app.core.service import init_trust, load_public_key

    root_keys = [load_public_key(p) for p in args.root_key]
    roles = [_role_spec(r) for r in args.role]
    fp = init_trust(args.out, root_keys, args.root_threshold, roles, args.expires_days, _signers(args, args.sign_with))
    sys.stdout.write(f"{fp}\n")
    sys.stderr.write(f"Wrote {args.out}/root.json and targets.json. Write the fingerprint down for `trust init`.\n")
    return EXIT_OK


def _rotate_trust(args: argparse.Namespace) -> int:
    from app.core.service import load_public_key, rotate_trust

    root_keys = [load_public_key(p) for p in args.root_key]
    roles = [_role_spec(r) for r in args.role] if args.role else None
    fp = rotate_trust(
        args.from_dir,
        args.out,
        root_keys,
        args.root_threshold,
        roles,
        args.expires_days,
        _signers(args, args.sign_with),
    )
    sys.stdout.write(f"{fp}\n")
    return EXIT_OK


def _sign_trust(args: argparse.Namespace) -> int:
    from app.core.service import sign_trust

    sys.stdout.write(f"{sign_trust(args.trust_dir, _signers(args, [args.key])[0])}\n")
    return EXIT_OK


# -- bundles -------------------------------------------------------------------------------


def _build(args: argparse.Namespace) -> int:
    from app.core.service import BundleSpec, build_bundle

    model = {
        k: v
        for k, v in (
            ("license", args.license),
            ("model_card", args.model_card),
            ("format", args.model_format),
            ("parameters", args.parameters),
            ("provenance", args.provenance),
        )
        if v
    }
    spec = BundleSpec(
        args.type,
        args.name,
        args.version,
        args.classification,
        args.description,
        args.expires_days,
        args.split_size,
        model,
        args.sbom,
    )
    path = build_bundle(args.src, args.out, spec)
    sys.stdout.write(f"{path}\n")
    sys.stderr.write("Built unsigned; sign it with `airlock bundle sign` (each signer in turn).\n")
    return EXIT_OK


def _sign(args: argparse.Namespace) -> int:
    from app.core.service import sign_bundle

    count = sign_bundle(args.bundle_dir, _signers(args, [args.key])[0])
    sys.stderr.write(f"{args.bundle_dir} now carries {count} signature(s).\n")
    return EXIT_OK


def _print_summary(summary: dict[str, Any], verb: str) -> None:
    sys.stdout.write(
        f"{verb} {summary['type']} {summary['name']} {summary['version']} ({summary['classification']}), "
        f"{summary['files']} files, {summary['size']} bytes, signed by {len(summary['signers'])} "
        f"'{summary['role']}' key(s), expires {summary['expires']}\n"
    )
    sys.stdout.write(f"  {summary['clock_policy']}\n")


def _each_bundle(
    args: argparse.Namespace, verb: str, act: Callable[[Any, Path, threading.Event], dict[str, Any]]
) -> int:
    from app.cli.common import open_session, print_json
    from app.core.service import AirlockError, AlreadyImported

    paths = _bundle_paths(args.path)
    results: list[dict[str, Any]] = []
    status = EXIT_OK
    with open_session(args) as session:
        for path in paths:
            try:
                summary = _run_cancellable(lambda cancel, p=path: act(session, p, cancel))
            except AlreadyImported as exc:
                sys.stderr.write(f"airlock: {path}: {exc}\n")
                results.append({"path": str(path), "ok": False, "skipped": True, "error": str(exc)})
                status = status if len(paths) > 1 else EXIT_FAILED
                continue
            except AirlockError as exc:
                if len(paths) == 1:
                    raise
                sys.stderr.write(f"airlock: {path}: {exc}\n")
                results.append({"path": str(path), "ok": False, "error": str(exc)})
                status = max(status, exc.exit_code)
                continue
            results.append({"ok": True, **summary})
            if not args.json:
                _print_summary(summary, verb)
    if args.json:
        print_json(results)
    return status


def _verify(args: argparse.Namespace) -> int:
    from app.cli.common import progress_bar

    def act(session: Any, path: Path, cancel: threading.Event) -> dict[str, Any]:
        return session.verify_bundle(path, progress_bar(f"verify {path.name}"), cancel)  # type: ignore[no-any-return]

    return _each_bundle(args, "verified", act)


def _import(args: argparse.Namespace) -> int:
    from app.cli.common import progress_bar

    def act(session: Any, path: Path, cancel: threading.Event) -> dict[str, Any]:
        result = session.import_bundle(path, progress_bar(f"import {path.name}"), cancel)
        return {**result.summary, "new_objects": result.new_objects}

    return _each_bundle(args, "imported", act)


def _list(args: argparse.Namespace) -> int:
    from app.cli.common import open_session, print_json, print_table

    with open_session(args) as session:
        rows = [r.to_json() for r in session.list_bundles()]
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        row["signers"] = len(row["signers"])
    print_table(
        rows, ["type", "name", "version", "classification", "size", "role", "signers", "imported_by", "imported_at"]
    )
    return EXIT_OK


def _check_store(args: argparse.Namespace) -> int:
    from app.cli.common import open_session, print_json

    with open_session(args) as session:
        problems = session.check_store()
    if args.json:
        print_json({"ok": not problems, "problems": problems})
    for problem in problems:
        sys.stderr.write(f"airlock: {problem}\n")
    if not problems and not args.json:
        sys.stdout.write("store verifies\n")
    return EXIT_FAILED if problems else EXIT_OK


# -- media ---------------------------------------------------------------------------------


def _media_scan(args: argparse.Namespace) -> int:
    from app.cli.common import open_session, print_json, print_table

    with open_session(args) as session:
        found = [b.to_json() for b in session.media_scan(args.root)]
    if args.json:
        print_json(found)
    else:
        print_table(found, ["name", "size", "volume", "path"])
    return EXIT_OK


def _media_roots(args: argparse.Namespace) -> int:
    from app.cli.common import approval, open_session

    with open_session(args) as session:
        if args.roots is not None:
            session.set_media_roots(list(args.roots), approval(args))
        roots = session.media_roots()
    for root in roots:
        sys.stdout.write(f"{root}\n")
    return EXIT_OK

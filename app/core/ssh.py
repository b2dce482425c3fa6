"""SSH with pinned host keys (paramiko): enrolment and pinned connections.

No connection here ever accepts a host key it was not given: the first contact uses a
policy that records the offered key and refuses, so the operator can compare its
fingerprint; every later connection carries the pin in a `HostKeys` object and rejects
anything else. A key that differs from the pin raises `HostKeyChanged`.
"""

from __future__ import annotations

import base64
import io
import posixpath
import socket
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import paramiko
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.errors import AirlockError, AuthenticationError, OperationFailed, UsageError
from app.core.inventory import HostKeyPin, Node, fingerprint_of, known_hosts_host
from app.core.messages import say
from app.core.progress import Progress, check_cancel, no_progress

CONNECT_TIMEOUT_S: Final = 15.0
MANAGEMENT_KEY_COMMENT: Final = "airlock-management"
_SSHD_DROP_IN: Final = "/etc/ssh/sshd_config.d/50-airlock.conf"


class HostKeyError(AirlockError):
    """Base of host key refusals."""


class HostKeyUnconfirmed(HostKeyError):
    """The operator did not confirm the offered host key."""


class HostKeyMismatch(HostKeyError):
    """The offered host key is not the one the operator said to expect."""


class HostKeyChanged(HostKeyError):
    """A pinned node offered a different host key: every connection to it stops."""

    audit_outcome = "alarm"


class NodeUnreachable(OperationFailed):
    """The node did not answer on its SSH port."""


# How to reach a node that is not routable from the appliance: a fresh socket-like channel to
# its SSH port for each connection (app.core.relay_hop opens one through the node's relay).
Via = Callable[[], Any]


@dataclass(frozen=True)
class ManagementKey:
    """The appliance's key pair: OpenSSH private key text (seal it!) and public line."""

    private_openssh: bytes
    public_line: str


@dataclass(frozen=True)
class Bootstrap:
    """How to log in once, before the management key is installed."""

    key_path: Path | None = None
    password: str | None = None


@dataclass(frozen=True)
class EnrolmentResult:
    """What enrolment proved about the node."""

    pin: HostKeyPin
    key_installed: bool
    password_login_disabled: bool


def generate_management_key() -> ManagementKey:
    """A fresh Ed25519 key pair in OpenSSH format."""
    private = Ed25519PrivateKey.generate()
    private_text = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
    )
    public = private.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    return ManagementKey(private_text, f"{public.decode('ascii')} {MANAGEMENT_KEY_COMMENT}")


def load_private_key(text: bytes) -> paramiko.PKey:
    """A paramiko key from OpenSSH private key text held in memory only."""
    return paramiko.Ed25519Key.from_private_key(io.StringIO(text.decode("ascii")))


class _RecordAndRefuse(paramiko.MissingHostKeyPolicy):
    """Record the key a host offers, then refuse it (first contact only)."""

    def __init__(self) -> None:
        self.offered: paramiko.PKey | None = None

    def missing_host_key(self, client: paramiko.SSHClient, hostname: str, key: paramiko.PKey) -> None:  # noqa: ARG002
        self.offered = key
        raise HostKeyUnconfirmed(say("Host key of {host} is not pinned yet.", host=hostname))


def _pin_of(key: paramiko.PKey) -> HostKeyPin:
    return HostKeyPin(key.get_name(), key.get_base64())


def _client(node: Node, pins: tuple[HostKeyPin, ...]) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    host_keys = client.get_host_keys()
    for pin in pins:
        key = paramiko.PKey.from_type_string(pin.key_type, base64.b64decode(pin.key_base64))
        host_keys.add(known_hosts_host(node), pin.key_type, key)
    return client


def _connect(client: paramiko.SSHClient, node: Node, via: Via | None = None, **auth: object) -> None:
    try:
        client.connect(
            node.address,
            port=node.port,
            username=node.user,
            look_for_keys=False,
            allow_agent=False,
            timeout=CONNECT_TIMEOUT_S,
            banner_timeout=CONNECT_TIMEOUT_S,
            auth_timeout=CONNECT_TIMEOUT_S,
            sock=via() if via is not None else None,
            **auth,  # type: ignore[arg-type]
        )
    except paramiko.BadHostKeyException as exc:
        client.close()
        got = fingerprint_of(exc.key.asbytes())
        raise HostKeyChanged(
            say("Node {node} offered host key {fingerprint}, not the pinned one.", node=node.name, fingerprint=got),
            say("Connections to it are stopped; an admin must check the node and run `airlock node repin`."),
        ) from exc
    except paramiko.AuthenticationException as exc:
        client.close()
        raise AuthenticationError(
            say("Node {node} refused the login as {user}.", node=node.name, user=node.user),
            say("Check the account and the credential given."),
        ) from exc
    except (OSError, paramiko.SSHException) as exc:
        client.close()
        raise NodeUnreachable(
            say(
                "Could not reach {node} at {address}:{port}: {error}.",
                node=node.name,
                address=node.address,
                port=node.port,
                error=exc,
            ),
            say("Check the address, the port and that sshd runs on the node."),
        ) from exc


def offered_host_key(node: Node, via: Via | None = None) -> HostKeyPin:
    """The host key the node offers, recorded without trusting or logging in."""
    policy = _RecordAndRefuse()
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(policy)
    try:
        _connect(client, node, via, password="")
    except HostKeyUnconfirmed:
        pass
    finally:
        client.close()
    if policy.offered is None:
        raise NodeUnreachable(
            say("Node {node} did not offer a host key.", node=node.name),
            say("Check that the address points at an SSH server."),
        )
    return _pin_of(policy.offered)


def connect_pinned(node: Node, private_key: paramiko.PKey, via: Via | None = None) -> paramiko.SSHClient:
    """An SSH client logged in with the management key, accepting only the pinned key."""
    if node.blocked:
        raise HostKeyChanged(
            say("Node {node} is blocked: its host key changed.", node=node.name),
            say("An admin must check the node and run `airlock node repin`."),
        )
    client = _client(node, node.pins)
    _connect(client, node, via, pkey=private_key)
    return client


def check_bootstrap(bootstrap: Bootstrap) -> None:
    """Refuse a bootstrap key that cannot be read, or no bootstrap at all (before connecting)."""
    _bootstrap_auth(bootstrap)


def _bootstrap_auth(bootstrap: Bootstrap) -> dict[str, object]:
    if bootstrap.key_path is not None:
        try:
            return {"pkey": paramiko.PKey.from_path(bootstrap.key_path)}
        except (OSError, paramiko.SSHException, ValueError, TypeError) as exc:
            # paramiko 4 says a key is encrypted with a TypeError ("... password ..."), not PasswordRequired
            if isinstance(exc, paramiko.PasswordRequiredException) or (
                    isinstance(exc, TypeError) and "password" in str(exc).lower()):
                raise UsageError(
                    say("The bootstrap key {path} is protected by a passphrase.", path=bootstrap.key_path),
                    say("Load it into no agent: give an unprotected copy for enrolment, then delete it."),
                ) from exc
            raise UsageError(
                say("Could not read the bootstrap key {path}: {error}.", path=bootstrap.key_path, error=exc),
                say("Give an OpenSSH private key file."),
            ) from exc
    if bootstrap.password is not None:
        return {"password": bootstrap.password}
    raise UsageError(
        say("Enrolment needs a bootstrap key or a bootstrap password."),
        say("Pass --bootstrap-key FILE or --bootstrap-password-file FILE."),
    )


def _install_key(client: paramiko.SSHClient, public_line: str) -> bool:
    """Append the management key to ~/.ssh/authorized_keys over SFTP; False if present."""
    sftp = client.open_sftp()
    try:
        home = sftp.normalize(".")
        ssh_dir = posixpath.join(home, ".ssh")
        try:
            sftp.stat(ssh_dir)
        except FileNotFoundError:
            sftp.mkdir(ssh_dir, mode=0o700)
        path = posixpath.join(ssh_dir, "authorized_keys")
        try:
            with sftp.open(path, "r") as handle:
                current = handle.read().decode("utf-8", "replace")
        except FileNotFoundError:
            current = ""
        key_part = " ".join(public_line.split()[:2])
        if any(" ".join(line.split()[:2]) == key_part for line in current.splitlines()):
            return False
        updated = current + ("" if not current or current.endswith("\n") else "\n") + public_line + "\n"
        tmp = path + ".airlock-tmp"
        with sftp.open(tmp, "w") as handle:
            handle.chmod(stat.S_IRUSR | stat.S_IWUSR)
            handle.write(updated.encode("utf-8"))
        sftp.posix_rename(tmp, path)
        return True
    finally:
        sftp.close()


def run_command(client: paramiko.SSHClient, command: str, stdin_data: bytes = b"") -> tuple[int, str]:
    """Run `command` on the node, feed it `stdin_data`; its exit status and first 2000 characters of output.

    A command may exit without reading its input (a `sudo -n` that is refused does), and the node
    then closes the channel under the write. That is not a transport failure: the exit status and
    the output say what happened, so they are what the caller gets.
    """
    stdin, stdout, stderr = client.exec_command(command, timeout=CONNECT_TIMEOUT_S)
    try:
        if stdin_data:
            stdin.write(stdin_data)
        stdin.channel.shutdown_write()
    except OSError as exc:
        transport = client.get_transport()
        if transport is None or not transport.is_active():
            raise NodeUnreachable(
                say(
                    "The connection dropped while running `{command}` on the node: {error}.",
                    command=command.split(maxsplit=1)[0],
                    error=exc,
                ),
                say("Check the node and the network, then try again."),
            ) from exc
    status = stdout.channel.recv_exit_status()
    return status, (stdout.read() + stderr.read()).decode("utf-8", "replace")[:2000]


def _disable_password_login(client: paramiko.SSHClient, node: Node) -> None:
    config = (
        b"# Written by Airlock at enrolment: key logins only.\n"
        b"PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
    )
    status, output = run_command(client, f"sudo -n tee {_SSHD_DROP_IN} >/dev/null", config)
    if status == 0:
        status, output = run_command(
            client, "sudo -n sshd -t && (sudo -n systemctl reload ssh || sudo -n systemctl reload sshd)"
        )
    if status != 0:
        said = (
            say("Could not disable password login on {node}: {output}.", node=node.name, output=output.strip())
            if output.strip()
            else say("Could not disable password login on {node}: exit status {status}.", node=node.name, status=status)
        )
        raise OperationFailed(
            said, say("Give {user} passwordless sudo, or enrol without --disable-password-login.", user=node.user)
        )


def enroll(  # noqa: PLR0913 - the inputs of enrolment
    node: Node,
    bootstrap: Bootstrap,
    management_key: ManagementKey,
    *,
    expected_fingerprint: str | None,
    confirm: Callable[[str], bool] | None,
    disable_password_login: bool = False,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    via: Via | None = None,
) -> EnrolmentResult:
    """Pin the node's host key, install the management key and prove a key login.

    The offered host key must match `expected_fingerprint`, or `confirm(fingerprint)` must
    return True; otherwise `HostKeyMismatch` / `HostKeyUnconfirmed` and nothing changed.
    `via`: where the node is reached through its relay, the channels to it.
    """
    total = 5 if disable_password_login else 4
    progress(0, total, say("Contacting {address}:{port}", address=node.address, port=node.port))
    pin = offered_host_key(node, via)
    offered = pin.fingerprint
    if expected_fingerprint is not None:
        if offered != expected_fingerprint:
            raise HostKeyMismatch(
                say(
                    "Node {node} offered host key {fingerprint}, not the expected {expected}.",
                    node=node.name,
                    fingerprint=offered,
                    expected=expected_fingerprint,
                ),
                say("Do not enrol it; check on the node's console with `ssh-keygen -lf` which key it has."),
            )
    elif confirm is None or not confirm(offered):
        raise HostKeyUnconfirmed(
            say("The host key {fingerprint} of {node} was not confirmed.", fingerprint=offered, node=node.name),
            say("Compare it with `ssh-keygen -lf` on the node's console, then confirm or pass --fingerprint."),
        )
    check_cancel(cancel, "Enrolment")
    progress(1, total, say("Host key {fingerprint} pinned; logging in as {user}", fingerprint=offered, user=node.user))
    pinned = Node(node.name, node.address, node.port, node.user, pins=(pin,))
    client = _client(pinned, (pin,))
    _connect(client, pinned, via, **_bootstrap_auth(bootstrap))
    try:
        check_cancel(cancel, "Enrolment")
        progress(2, total, say("Installing the management key"))
        installed = _install_key(client, management_key.public_line)
    finally:
        client.close()
    progress(3, total, say("Proving a login with the management key"))
    proof = connect_pinned(pinned, load_private_key(management_key.private_openssh), via)
    try:
        status, output = run_command(proof, "true")
        if status != 0:
            raise OperationFailed(
                say(
                    "A command over the management key failed on {node}: {output}.",
                    node=node.name,
                    output=output.strip(),
                ),
                say("Check the account's shell on the node."),
            )
        if disable_password_login:
            progress(4, total, say("Disabling password login"))
            _disable_password_login(proof, node)
    finally:
        proof.close()
    progress(total, total, say("Node {name} enrolled", name=node.name))
    return EnrolmentResult(pin, installed, disable_password_login)


def probe(node: Node, private_key: paramiko.PKey) -> None:
    """Connect with the pins and the management key, and close: raises on any mismatch."""
    client = connect_pinned(node, private_key)
    client.close()


def port_open(address: str, port: int, timeout: float = 2.0) -> bool:
    """True when something accepts TCP connections there (lab readiness checks)."""
    try:
        with socket.create_connection((address, port), timeout=timeout):
            return True
    except OSError:
        return False

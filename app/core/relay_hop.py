"""Short SSH connections to a node behind a relay: enrolment, re-pinning, host key checks.

The appliance cannot route to the nodes a relay serves. For its paramiko connections
(`app.core.ssh`) it logs in to the relay (pinned host key, management key) and asks the
relay's sshd for a channel to the node's SSH port (a `direct-tcpip` channel, as `ssh -W`
does). The node's own host key is then checked against its pin end to end, exactly as on a
direct connection: the relay only carries encrypted bytes.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

import paramiko

from app.core.errors import AirlockError
from app.core.inventory import Node
from app.core.messages import say
from app.core.ssh import CONNECT_TIMEOUT_S, NodeUnreachable, Via, connect_pinned, load_private_key


class HopChannel:
    """A channel to a node through its relay; closing it closes the connection to the relay too.

    paramiko closes the socket of a transport from two threads (the caller's and the
    transport's own): the first close does the work, under a lock, and the others wait for it.
    """

    def __init__(self, channel: paramiko.Channel, relay: paramiko.SSHClient) -> None:
        self._channel = channel
        self._relay = relay
        self._closing = threading.Lock()
        self._closed = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._channel, name)

    def close(self) -> None:
        with self._closing:
            if self._closed:
                return
            self._closed = True
            with contextlib.suppress(EOFError, OSError, paramiko.SSHException):
                self._channel.close()
            self._relay.close()


def via_relay(relay: Node, private_openssh: bytes, target: Node) -> Via:
    """A factory of channels to `target`'s SSH port through `relay`, for `app.core.ssh`."""

    def open_channel() -> HopChannel:
        try:
            client = connect_pinned(relay, load_private_key(private_openssh))
        except AirlockError as exc:
            raise NodeUnreachable(
                say("Could not reach {node} through relay {relay}: {error}", node=target.name, relay=relay.name,
                    error=str(exc)),
                say("Check the relay first (`airlock relay list`)."),
            ) from exc
        transport = client.get_transport()
        try:
            if transport is None:
                raise paramiko.SSHException("no transport")
            channel = transport.open_channel(
                "direct-tcpip", (target.address, target.port), ("127.0.0.1", 0), timeout=CONNECT_TIMEOUT_S
            )
        except (OSError, paramiko.SSHException) as exc:
            client.close()
            raise NodeUnreachable(
                say("Relay {relay} could not reach {node} at {address}:{port}: {error}.", relay=relay.name,
                    node=target.name, address=target.address, port=target.port, error=exc),
                say("Check the address, the port and that sshd runs on the node; the relay's sshd must allow TCP "
                    "forwarding for the management account."),
            ) from exc
        return HopChannel(channel, client)

    return open_channel

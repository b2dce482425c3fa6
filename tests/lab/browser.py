"""A real headless Chromium (Debian's package) that opens a page and says what the page asked for.

It is driven through the DevTools protocol over a pipe (`--remote-debugging-pipe`: fd 3 in,
fd 4 out, messages ending in a NUL byte), so every request the page makes is seen, whatever
its scheme, as are failed loads, console messages and policy violations. No network is
reachable from the lab, and the browser is told so too: a request to any host fails at once,
which the visit reports rather than waits for.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/lib/chromium/chromium"  # the browser itself, not the launcher script
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--remote-debugging-pipe",
)


@dataclass
class Visit:
    """What one page load did."""

    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)  # console and browser log entries (warnings and errors)
    screenshot: bytes = b""
    title: str = ""


def available() -> bool:
    return Path(CHROMIUM).is_file()


class _Pipe:
    def __init__(self, process: subprocess.Popen[bytes], to_browser: int, from_browser: int) -> None:
        self.process, self._out, self._in = process, to_browser, from_browser
        self._buffer = b""
        self._next = 0
        self.events: list[dict[str, Any]] = []

    def call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None,
             timeout: float = 60) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 60) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            event = self._read(deadline)
            self.events.append(event)
            if event.get("method") == method:
                return event

    def drain(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self._in], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                return
            self._fill()
            self._split()

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._in], [], [], max(0.0, left))
            if not ready:
                raise TimeoutError("Chromium did not answer in time")
            self._fill()
        raw, self._buffer = self._buffer.split(b"\0", 1)
        parsed: dict[str, Any] = json.loads(raw)
        return parsed

    def _fill(self) -> None:
        chunk = os.read(self._in, 1 << 20)
        if not chunk:
            raise RuntimeError("Chromium closed its DevTools pipe")
        self._buffer += chunk

    def _split(self) -> None:
        while b"\0" in self._buffer:
            raw, self._buffer = self._buffer.split(b"\0", 1)
            self.events.append(json.loads(raw))


def visit(page: Path, width: int = 1280, max_height: int = 6000) -> Visit:
    """Open `page` (a file) in a fresh profile; return its requests, failures, messages and a full-page PNG."""
    to_read, to_write = os.pipe()  # we write commands, the browser reads them on fd 3
    from_read, from_write = os.pipe()  # the browser writes replies on fd 4
    profile = tempfile.mkdtemp(prefix="airlock-chromium-")

    def wire() -> None:
        # Through fds above 4 first: a pipe end may itself be 3 or 4, and dup2 onto itself
        # would leave it closing on exec.
        keep_in = fcntl.fcntl(to_read, fcntl.F_DUPFD, 10)
        keep_out = fcntl.fcntl(from_write, fcntl.F_DUPFD, 10)
        os.dup2(keep_in, 3)
        os.dup2(keep_out, 4)

    process = subprocess.Popen(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},900", "about:blank"],
        # The protocol's fds 3 and 4 are made in the child; the pipes themselves close on exec.
        close_fds=False, preexec_fn=wire,  # noqa: PLW1509
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(to_read)
    os.close(from_write)
    pipe = _Pipe(process, to_write, from_read)
    try:
        return _load(pipe, page, width, max_height)
    finally:
        try:
            pipe.call("Browser.close", timeout=10)
        except (RuntimeError, TimeoutError, OSError):
            process.kill()
        process.wait(30)
        os.close(to_write)
        os.close(from_read)
        shutil.rmtree(profile, ignore_errors=True)


def _load(pipe: _Pipe, page: Path, width: int, max_height: int) -> Visit:
    targets = pipe.call("Target.getTargets")["targetInfos"]
    target = next(t["targetId"] for t in targets if t["type"] == "page")
    session = pipe.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Network", "Page", "Runtime", "Log"):
        pipe.call(f"{domain}.enable", session=session)
    pipe.events.clear()
    pipe.call("Page.navigate", {"url": page.resolve().as_uri()}, session=session)
    pipe.wait_for("Page.loadEventFired")
    pipe.drain(1.0)  # late requests (none expected) and log entries
    seen = Visit()
    for event in pipe.events:
        params = event.get("params", {})
        kind = event.get("method")
        if kind == "Network.requestWillBeSent":
            seen.requests.append(params["request"]["url"])
        elif kind == "Network.loadingFailed":
            seen.failed.append(f"{params.get('errorText')} {params.get('blockedReason') or ''}".strip())
        elif kind == "Log.entryAdded" and params["entry"]["level"] in ("warning", "error"):
            seen.messages.append(f"{params['entry']['source']}: {params['entry']['text']}")
        elif kind == "Runtime.consoleAPICalled" and params.get("type") in ("warning", "error"):
            seen.messages.append(f"console: {params.get('args')}")
        elif kind == "Runtime.exceptionThrown":
            seen.messages.append(f"exception: {params.get('exceptionDetails')}")
    infos = pipe.call("Target.getTargets")["targetInfos"]
    seen.title = next(t["title"] for t in infos if t["targetId"] == target)
    metrics = pipe.call("Page.getLayoutMetrics", session=session)
    height = min(max_height, int(metrics["cssContentSize"]["height"]) + 1)
    pipe.call("Emulation.setDeviceMetricsOverride",
              {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session=session)
    shot = pipe.call("Page.captureScreenshot", {"format": "png"}, session=session)
    seen.screenshot = base64.b64decode(shot["data"])
    return seen

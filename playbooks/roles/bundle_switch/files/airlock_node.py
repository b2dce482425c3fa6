# ruff: noqa: INP001, PTH103, PTH104, PTH108, PTH116, PTH115, PTH118, PTH120, PTH123, PTH211
# (a stand-alone program for the node's python3 3.7+, working on path strings with os-level,
# no-follow calls on purpose)
"""Airlock's node-side helper: receive files while hashing them, and verify a deployment.

It runs on a node, under the management account, with the node's own python3 (3.7 or
later, standard library only), so the SHA-256 that decides is always computed by the node.

``receive`` (started by Airlock over a pinned SSH connection, this file given to
``python3 -c``) reads from stdin one JSON line naming the files to come (path, length,
sha256, record), answers with what the node already has (complete, a partial file and the
SHA-256 of its prefix, or nothing), then reads one JSON line saying which files follow and
from which offset, and their bytes. Each file is written to ``PATH.partial`` and hashed as
its bytes arrive (a resumed file continues the hash of the prefix computed before); when
the SHA-256 equals the one expected it is synced, renamed to ``PATH``, and its hash is
noted in the record file with the file's size, mtime, ctime, inode and device. A stream
that ends early leaves the partial file for the next attempt to resume. The bytes are read
straight into page-aligned buffers, hashed while a thread of their own writes the previous
ones, and written with O_DIRECT where the file system takes it (no copy into the page
cache, nothing left for the final sync but metadata); elsewhere through the page cache.

``verify`` (run by the bundle_switch role) checks a deployment manifest against the
SHA-256 Airlock gave, then every file it lists: a file whose record entry still matches
its size, times, inode and device was hashed by this node as it arrived and is not read
again; any other file (no record, or touched since) is hashed in full, as is every file
with ``--hash all``. Files that fail are removed so the next deployment sends them again.
Only when every file verified does it switch the ``--current`` link to the version
(atomically, by renaming a new link over it), keeping the old target as ``--previous``.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import fcntl
import hashlib
import json
import mmap
import os
import queue
import stat
import sys
import threading
from typing import IO, Any

CHUNK = 1024 * 1024
BUFFERS = 4
ALIGN = 4096
O_DIRECT = getattr(os, "O_DIRECT", 0)
MAX_LINE = 16 * 1024 * 1024
PARTIAL = ".partial"
RECORD_FORMAT = 1
F_SETPIPE_SZ = 1031
EXIT_USAGE = 2
EXIT_INCOMPLETE = 3
EXIT_MISMATCH = 4


class NodeError(Exception):
    """A request this helper refuses; the message goes back to Airlock."""


def _reply(out: IO[bytes], body: dict[str, Any]) -> None:
    out.write(json.dumps(body, sort_keys=True).encode() + b"\n")
    out.flush()


def _absolute(path: object) -> str:
    if (not isinstance(path, str) or not path.startswith("/") or path.startswith("//")
            or os.path.normpath(path) != path or "\x00" in path):
        raise NodeError(f"refused path {str(path)[:200]!r}: not an absolute, normalised path")
    return path


def _relative(path: object) -> str:
    if (not isinstance(path, str) or not path or path.startswith("/") or "\x00" in path
            or os.path.normpath(path) != path or path.split("/")[0] == ".."):
        raise NodeError(f"refused manifest path {str(path)[:200]!r}")
    return path


def _hash_fd(fd: int, length: int | None = None) -> Any:
    digest = hashlib.sha256()
    left = length
    while left is None or left > 0:
        block = os.read(fd, CHUNK if left is None else min(CHUNK, left))
        if not block:
            break
        digest.update(block)
        if left is not None:
            left -= len(block)
    return digest


def _hash_path(path: str, length: int | None = None) -> Any:
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        return _hash_fd(fd, length)
    finally:
        os.close(fd)


def _lstat(path: str) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None


def _fsync_dir(path: str) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- records ------------------------------------------------------------------------------


def _record_key(record: str, path: str) -> str:
    return os.path.relpath(path, os.path.dirname(record))


def _identity(info: os.stat_result) -> dict[str, int]:
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "ctime_ns": info.st_ctime_ns,
            "ino": info.st_ino, "dev": info.st_dev}


def _read_record(record: str) -> dict[str, Any]:
    try:
        fd = os.open(record, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return {}
    try:
        with os.fdopen(fd, "rb") as handle:
            body = json.loads(handle.read(MAX_LINE).decode("utf-8"))
    except (OSError, ValueError):
        return {}
    files = body.get("files") if isinstance(body, dict) and body.get("format") == RECORD_FORMAT else None
    return files if isinstance(files, dict) else {}


def _write_record(record: str, files: dict[str, Any]) -> None:
    temp = f"{record}.{os.getpid()}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    with os.fdopen(fd, "wb") as handle:
        handle.write(json.dumps({"format": RECORD_FORMAT, "files": files}, sort_keys=True).encode() + b"\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.rename(temp, record)


def _update_record(record: str, hashed: dict[str, str], forget: list[str]) -> None:
    """Note each path of `hashed` with its SHA-256 as this node computed it; drop `forget`.

    An entry holds what identifies the file now (size, mtime, ctime, inode, device): it
    vouches for the file only while all of them are unchanged.
    """
    files = _read_record(record)
    before = dict(files)
    for path in forget:
        files.pop(_record_key(record, path), None)
    for path, sha256 in hashed.items():
        files[_record_key(record, path)] = dict(_identity(os.stat(path)), sha256=sha256)
    if files != before:
        _write_record(record, files)


# -- receive ------------------------------------------------------------------------------


def _read_request(stream: IO[bytes]) -> dict[str, Any]:
    line = stream.readline(MAX_LINE)
    if not line.endswith(b"\n"):
        raise NodeError("the request line is missing or too long")
    body = json.loads(line.decode("utf-8"))
    if not isinstance(body, dict):
        raise NodeError("the request is not a JSON object")
    return body


def _wanted(body: dict[str, Any]) -> list[dict[str, Any]]:
    files = body.get("files")
    if not isinstance(files, list):
        raise NodeError("the request names no files")
    out = []
    for item in files:
        if not isinstance(item, dict):
            raise NodeError("a file entry is not an object")
        length, sha256, record = item.get("length"), item.get("sha256"), item.get("record")
        if not isinstance(length, int) or length < 0 or not isinstance(sha256, str) or len(sha256) != 64:  # noqa: PLR2004
            raise NodeError(f"bad length or sha256 for {str(item.get('path'))[:200]!r}")
        out.append({"path": _absolute(item.get("path")), "length": length, "sha256": sha256,
                    "record": None if record is None else _absolute(record)})
    return out


class Disk:
    """Writes one file's buffers, in order, on a thread of its own while the next bytes arrive.

    With O_DIRECT where the file system takes it (at open, and at the first write; else the
    page cache): a write then goes from the buffer to the disk. Direct writes start on a
    block, so a file resumed at an unaligned offset goes through the page cache; the last
    piece of a file is written as a whole block and the file cut back to its length.
    """

    def __init__(self, fd: int, offset: int, buffers: list[mmap.mmap]) -> None:
        self.fd = fd
        self.direct = False
        if O_DIRECT and offset % ALIGN == 0:
            with contextlib.suppress(OSError):
                fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | O_DIRECT)
                self.direct = True
        self.end: int | None = None
        self.error: OSError | None = None
        self.free: queue.Queue[mmap.mmap] = queue.Queue()
        for buffer in buffers:
            self.free.put(buffer)
        self.jobs: queue.Queue[tuple[mmap.mmap, int, int] | None] = queue.Queue()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def take(self) -> mmap.mmap:
        buffer = self.free.get()
        if self.error is not None:
            self.free.put(buffer)
            raise self.error
        return buffer

    def give(self, buffer: mmap.mmap) -> None:
        self.free.put(buffer)

    def put(self, buffer: mmap.mmap, count: int, position: int) -> None:
        self.jobs.put((buffer, count, position))

    def finish(self) -> None:
        """Wait for every write; cut a padded file back to its length; raise a write's failure."""
        self.jobs.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error
        if self.end is not None:
            os.ftruncate(self.fd, self.end)

    def _run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            buffer, count, position = job
            try:
                if self.error is None:
                    self._write(buffer, count, position)
            except OSError as exc:
                self.error = exc
            finally:
                self.free.put(buffer)

    def _write(self, buffer: mmap.mmap, count: int, start: int) -> None:
        size = count
        if self.direct and count % ALIGN:
            size = count + (-count % ALIGN)
            buffer[count:size] = bytes(size - count)
        view, position = memoryview(buffer)[:size], start
        while view:
            try:
                written = os.pwrite(self.fd, view, position)
            except OSError as exc:
                if not (self.direct and exc.errno == errno.EINVAL):
                    raise
                # The file system took O_DIRECT at open but refuses the write: the page cache.
                fcntl.fcntl(self.fd, fcntl.F_SETFL, fcntl.fcntl(self.fd, fcntl.F_GETFL) & ~O_DIRECT)
                self.direct = False
                size = count
                view, position = memoryview(buffer)[:count], start
                continue
            view = view[written:]
            position += written
        if size != count:
            self.end = start + count


class Receiver:
    """One `receive` session: state of the files asked about, then their bytes."""

    def __init__(self, stream: Any, out: IO[bytes]) -> None:
        self.stream = stream
        self.out = out
        self.prefixes: dict[str, tuple[int, Any]] = {}
        self.recorded: dict[str, dict[str, str]] = {}  # record file -> path -> SHA-256, written by flush_records
        self.buffers = [mmap.mmap(-1, CHUNK) for _ in range(BUFFERS)]  # page-aligned, as O_DIRECT needs

    def state(self, item: dict[str, Any]) -> dict[str, Any]:
        path, length = item["path"], item["length"]
        final = _lstat(path)
        if final is not None and stat.S_ISREG(final.st_mode) and final.st_size == length:
            return {"path": path, "state": "complete"}
        partial = path + PARTIAL
        info = _lstat(partial)
        if info is not None and stat.S_ISLNK(info.st_mode):
            os.unlink(partial)
        elif info is not None and stat.S_ISREG(info.st_mode) and 0 < info.st_size <= length:
            digest = _hash_path(partial, info.st_size)
            self.prefixes[path] = (info.st_size, digest)
            return {"path": path, "state": "partial", "size": info.st_size, "prefix_sha256": digest.hexdigest()}
        return {"path": path, "state": "absent"}

    def _copy(self, disk: Disk, position: int, count: int, digest: Any) -> int:
        """Read `count` bytes (fewer if the stream ends), hash them and hand them to `disk`; the bytes read."""
        left = count
        while left > 0:
            buffer = disk.take()
            view = memoryview(buffer)
            want = min(CHUNK, left)
            got = 0
            while got < want:
                n = self.stream.readinto1(view[got:want])  # at most one read(2), straight into the buffer
                if not n:
                    break
                got += n
            if got:
                digest.update(view[:got])
                disk.put(buffer, got, position)
                position += got
                left -= got
            else:
                disk.give(buffer)
            if got < want:
                break
        return count - left

    def receive(self, item: dict[str, Any], offset: int) -> dict[str, Any]:
        path, length = item["path"], item["length"]
        os.makedirs(os.path.dirname(path), mode=0o755, exist_ok=True)
        partial = path + PARTIAL
        digest: Any = hashlib.sha256()
        if offset:
            size, digest = self.prefixes.get(path, (None, None))
            if size != offset:
                raise NodeError(f"cannot resume {path} at {offset}: its prefix was not hashed at that length")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise NodeError(f"{partial} is not a regular file")
            os.ftruncate(fd, offset)
            disk = Disk(fd, offset, self.buffers)
            try:
                got = self._copy(disk, offset, length - offset, digest)
            finally:
                disk.finish()
            if got < length - offset:
                return {"path": path, "error": "incomplete", "received": offset + got}
            os.fsync(fd)
        finally:
            os.close(fd)
        if digest.hexdigest() != item["sha256"]:
            os.unlink(partial)
            return {"path": path, "error": "mismatch", "sha256": digest.hexdigest()}
        os.rename(partial, path)
        _fsync_dir(os.path.dirname(path))
        if item["record"]:
            self.recorded.setdefault(item["record"], {})[path] = item["sha256"]
        return {"path": path, "sent": length - offset}

    def flush_records(self) -> None:
        """Note every file received so far in its record, one write per record file.

        Once per session, not once per file: a bundle of ten thousand files would otherwise
        rewrite a growing record ten thousand times. A session that dies first leaves those
        files unrecorded; verify then hashes them in full.
        """
        for record, hashed in sorted(self.recorded.items()):
            _update_record(record, hashed, [])
        self.recorded.clear()

    def run(self) -> int:
        try:
            return self._run()
        finally:
            self.flush_records()

    def _run(self) -> int:
        wanted = _wanted(_read_request(self.stream))
        by_path = {item["path"]: item for item in wanted}
        _reply(self.out, {"files": [self.state(item) for item in wanted]})
        plan = _read_request(self.stream).get("send")
        if not isinstance(plan, list):
            raise NodeError("the send request is not a list")
        done = []
        for step in plan:
            item = by_path.get(step.get("path")) if isinstance(step, dict) else None
            offset = step.get("offset") if item is not None else None
            if item is None or not isinstance(offset, int) or not 0 <= offset <= item["length"]:
                raise NodeError(f"bad send step {str(step)[:200]!r}")
            outcome = self.receive(item, offset)
            done.append(outcome)
            if "error" in outcome:
                self.flush_records()
                _reply(self.out, {"done": done})
                return EXIT_INCOMPLETE if outcome["error"] == "incomplete" else EXIT_MISMATCH
        self.flush_records()  # before the reply: the playbook that runs next reads the records
        _reply(self.out, {"done": done})
        return 0


def receive() -> int:
    with contextlib.suppress(OSError, ValueError):
        import fcntl  # Linux only; a larger pipe means fewer reads

        fcntl.fcntl(0, F_SETPIPE_SZ, CHUNK)
    return Receiver(sys.stdin.buffer, sys.stdout.buffer).run()


# -- verify -------------------------------------------------------------------------------


def _check_one(directory: str, record: dict[str, Any], record_path: str, entry: Any,
               full: bool) -> tuple[str, str | None, bool]:
    """(path, why it failed or None, whether it was hashed)."""
    if not isinstance(entry, dict):
        raise NodeError("a manifest entry is not an object")
    rel = _relative(entry.get("path"))
    path = os.path.join(directory, rel)
    info = _lstat(path)
    if info is None:
        return rel, "missing", False
    if not stat.S_ISREG(info.st_mode):
        return rel, "not a regular file", False
    if info.st_size != entry.get("length"):
        return rel, "wrong length", False
    noted = record.get(_record_key(record_path, path))
    if not full and isinstance(noted, dict) and noted == dict(_identity(info), sha256=entry.get("sha256")):
        return rel, None, False
    if _hash_path(path).hexdigest() != entry.get("sha256"):
        return rel, "SHA-256 mismatch", True
    return rel, None, True


def _relink(link: str, target: str) -> None:
    """Point `link` at `target` atomically: a new link renamed over the old (rename(2))."""
    temp = f"{link}.{os.getpid()}.tmp"
    with contextlib.suppress(FileNotFoundError):
        os.unlink(temp)
    os.symlink(target, temp)
    os.rename(temp, link)


def _switch(current: str, previous: str, directory: str) -> tuple[bool, str | None]:
    """Point `current` at `directory`, keeping what it pointed at as `previous`.

    Returns (whether anything changed, where current pointed before).
    """
    base = os.path.dirname(current)
    target = os.path.relpath(directory, base)
    info = _lstat(current)
    before = None
    if info is not None:
        if not stat.S_ISLNK(info.st_mode):
            raise NodeError(f"{current} exists and is not a link; move it away, then deploy again")
        before = os.readlink(current)
        if before == target:
            return False, before
        _relink(previous, before)
    _relink(current, target)
    _fsync_dir(base)
    return True, before


def verify(args: argparse.Namespace) -> int:
    try:
        with open(args.manifest, "rb") as handle:
            data = handle.read(MAX_LINE)
    except OSError:
        data = None
    if data is None or hashlib.sha256(data).hexdigest() != args.manifest_sha256:
        _reply(sys.stdout.buffer, {"manifest_ok": False, "bad": [], "reasons": {}, "switched": False})
        return 0
    manifest = json.loads(data.decode("utf-8"))
    entries = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(entries, list):
        raise NodeError("the manifest lists no files")
    record = _read_record(args.record)
    reasons: dict[str, str] = {}
    hashed: dict[str, str] = {}
    for entry in entries:
        rel, why, was_hashed = _check_one(args.dir, record, args.record, entry, args.hash == "all")
        if why is not None:
            reasons[rel] = why
        elif was_hashed:
            hashed[os.path.join(args.dir, rel)] = entry["sha256"]
    bad_paths = [os.path.join(args.dir, rel) for rel in reasons]
    for path in bad_paths:
        info = _lstat(path)
        if info is not None and not stat.S_ISDIR(info.st_mode):
            os.unlink(path)
    _update_record(args.record, hashed, bad_paths)
    switched, before = (False, None) if reasons or not args.current else _switch(args.current, args.previous,
                                                                                 args.dir)
    _reply(sys.stdout.buffer, {"manifest_ok": True, "manifest": manifest, "files": len(entries),
                               "hashed": len(hashed), "bad": sorted(reasons), "reasons": reasons,
                               "switched": switched, "current_before": before})
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="airlock_node")
    sub = parser.add_subparsers(dest="mode", required=True)
    sub.add_parser("receive")
    check = sub.add_parser("verify")
    check.add_argument("--manifest", required=True)
    check.add_argument("--manifest-sha256", required=True)
    check.add_argument("--dir", required=True)
    check.add_argument("--record", required=True)
    check.add_argument("--hash", choices=("all", "unrecorded"), default="unrecorded",
                       help="all: hash every file in full, even those the record vouches for")
    check.add_argument("--current", help="once every file verified, point this link at --dir")
    check.add_argument("--previous", help="where to keep what --current pointed at before")
    args = parser.parse_args(argv)
    if args.mode == "verify" and bool(args.current) != bool(args.previous):
        parser.error("--current and --previous go together")
    try:
        return receive() if args.mode == "receive" else verify(args)
    except (NodeError, OSError, ValueError) as exc:
        _reply(sys.stdout.buffer, {"error": f"{type(exc).__name__}: {exc}"})
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

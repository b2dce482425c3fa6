"""Lab nodes with their own Debian root file system, network namespace and sshd (lab.md).

A minimal Debian root is made once with debootstrap and cached between runs under
`/var/cache/airlock-lab` (env AIRLOCK_LAB_CACHE), keyed by suite, mirror and package list.
Each node gets a copy of it (`cp -a --reflink=auto`), its own Ed25519 host key, an `airlock`
account with passwordless sudo, and an sshd started inside the copy (chroot) inside its own
network namespace, reached over a veth pair with addresses in 10.200.X.0/30.

The chroot's /proc, /dev/pts and /dev/shm (a tmpfs, as on a real machine: Ansible's
multiprocessing needs it) are mounted in a private mount namespace that exists only
as long as the node's processes do, so the host never sees them and tearing down cannot
reach through a bind mount. `RootfsLab.stop()` kills the node's processes by pid (sshd and
every process whose root is the copy), deletes the namespace (which takes the veth pair
with it) and removes the copy.

Usable from pytest fixtures (tests/lab/rootfs_conftest.py) and from benchmarks (bench/).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SUITE = "bookworm"
MIRROR = os.environ.get("AIRLOCK_LAB_MIRROR", "http://deb.debian.org/debian")
PACKAGES = ("openssh-server", "python3", "python3-apt", "sudo", "chrony")
CACHE = Path(os.environ.get("AIRLOCK_LAB_CACHE", "/var/cache/airlock-lab"))
COMPLETE_MARK = ".airlock-complete"
NODE_USER = "airlock"
READY_TIMEOUT_S = 20.0
SUBNET_PREFIX = "10.200"
MISSING_REASON = "the rootfs lab needs root, debootstrap, dpkg-dev, iproute2 and util-linux (apt-get install -y debootstrap dpkg-dev)"


def rootfs_lab_available() -> bool:
    """Whether this machine can run rootfs nodes (root and the tools)."""
    tools = ("debootstrap", "ip", "unshare", "chroot", "dpkg-deb", "dpkg-scanpackages", "apt-ftparchive")
    return os.geteuid() == 0 and all(shutil.which(t) is not None for t in tools)


def base_key(suite: str = SUITE, packages: tuple[str, ...] = PACKAGES, mirror: str = MIRROR) -> str:
    """What the cached root depends on, hashed: a change makes a new cache entry."""
    text = "\n".join([suite, mirror, "minbase", *sorted(packages)])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@contextlib.contextmanager
def _flock(path: Path) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def ensure_base_root(cache: Path = CACHE, suite: str = SUITE, packages: tuple[str, ...] = PACKAGES) -> Path:
    """The cached Debian root, made with debootstrap the first time (minutes; then instant)."""
    cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = cache / f"debian-{suite}-{base_key(suite, packages)}"
    if (target / COMPLETE_MARK).exists():
        return target
    with _flock(cache / ".lock"):
        if (target / COMPLETE_MARK).exists():
            return target
        work = cache / f".build-{target.name}"
        _remove_root(work)
        subprocess.run(
            ["debootstrap", "--variant=minbase", f"--include={','.join(packages)}", suite, str(work), MIRROR],
            check=True, capture_output=True,
        )
        # Every node gets its own host key; the ones the package made must not be shared.
        for key in (work / "etc" / "ssh").glob("ssh_host_*"):
            key.unlink()
        # As a fresh install: the internet mirror is its source; baseline must remove it.
        (work / "etc" / "apt" / "sources.list").write_text(f"deb {MIRROR} {suite} main\n")
        chroot = ["chroot", str(work)]
        subprocess.run([*chroot, "useradd", "-m", "-s", "/bin/bash", NODE_USER], check=True, capture_output=True)
        subprocess.run([*chroot, "usermod", "-p", "*", NODE_USER], check=True, capture_output=True)
        sudoers = work / "etc" / "sudoers.d" / "airlock-lab"
        sudoers.write_text(f"{NODE_USER} ALL=(ALL:ALL) NOPASSWD: ALL\n")
        sudoers.chmod(0o440)
        (work / "run" / "sshd").mkdir(mode=0o755, exist_ok=True)
        (work / COMPLETE_MARK).write_text(base_key(suite, packages) + "\n")
        work.rename(target)
    return target


BARE_MARK = ".airlock-bare-complete"


def ensure_bare_root(cache: Path = CACHE, suite: str = SUITE) -> Path:
    """A bare `debootstrap --variant=minbase` root, untouched (cached like the base root).

    What a machine that has nothing looks like: no Python, no OpenSSH, no Qt; its only APT
    source is the internet mirror it was made from. The release computes what it must carry
    against it, and the release lab test installs on copies of it.
    """
    cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = hashlib.sha256(f"{suite}\n{MIRROR}\nminbase\nbare".encode()).hexdigest()[:16]
    target = cache / f"debian-{suite}-bare-{key}"
    if (target / BARE_MARK).exists():
        return target
    with _flock(cache / ".lock"):
        if (target / BARE_MARK).exists():
            return target
        work = cache / f".build-{target.name}"
        _remove_root(work)
        subprocess.run(["debootstrap", "--variant=minbase", suite, str(work), MIRROR], check=True, capture_output=True)
        (work / "etc" / "apt" / "sources.list").write_text(f"deb {MIRROR} {suite} main\n")
        subprocess.run(["chroot", str(work), "apt-get", "clean"], check=True, capture_output=True)
        (work / BARE_MARK).write_text(key + "\n")
        work.rename(target)
    return target


def copy_root(base: Path, target: Path) -> Path:
    """A private copy of a cached root (reflinked where the file system can)."""
    _remove_root(target)
    _run("cp", "-a", "--reflink=auto", str(base), str(target))
    return target


def remove_root(path: Path) -> None:
    """Remove a root copy, unmounting anything left mounted inside it first."""
    _remove_root(path)


def _mounted_under(path: Path) -> list[str]:
    prefix = str(path.resolve()) + "/"
    found: list[str] = []
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        point = line.split()[4].replace("\\040", " ")
        if point.startswith(prefix) or point == prefix[:-1]:
            found.append(point)
    return found


def _remove_root(path: Path) -> None:
    """Remove a node root, refusing while anything is mounted inside it."""
    if not path.exists():
        return
    mounted = _mounted_under(path)
    for point in sorted(mounted, key=len, reverse=True):
        subprocess.run(["umount", "-l", point], check=False, capture_output=True)
    if _mounted_under(path):
        msg = f"still mounted under {path}; not removing it"
        raise RuntimeError(msg)
    shutil.rmtree(path)


def _run(*argv: str) -> None:
    subprocess.run(list(argv), check=True, capture_output=True)


def _used_subnets() -> set[int]:
    """Third octets of 10.200.X.* addresses on this host now (ours or anyone's)."""
    out = subprocess.run(["ip", "-o", "-4", "addr", "show"], check=True, capture_output=True, text=True).stdout
    used: set[int] = set()
    for token in out.split():
        if token.startswith(SUBNET_PREFIX + "."):
            used.add(int(token.split(".")[2]))
    return used


def _port_open(address: str, port: int) -> bool:
    try:
        with socket.create_connection((address, port), timeout=0.5):
            return True
    except OSError:
        return False


@dataclass
class RootfsNode:
    """One node: a root file system copy, a network namespace, an sshd inside both."""

    name: str
    directory: Path
    netns: str
    host_if: str
    node_if: str
    subnet: int
    process: subprocess.Popen[bytes] | None = None
    user: str = NODE_USER
    port: int = 22

    @property
    def root(self) -> Path:
        return self.directory / "root"

    @property
    def address(self) -> str:
        return f"{SUBNET_PREFIX}.{self.subnet}.2"

    @property
    def host_address(self) -> str:
        return f"{SUBNET_PREFIX}.{self.subnet}.1"

    @property
    def host_key_path(self) -> Path:
        return self.root / "etc" / "ssh" / "ssh_host_ed25519_key"

    def host_key_fingerprint(self) -> str:
        out = subprocess.run(["ssh-keygen", "-l", "-E", "sha256", "-f", f"{self.host_key_path}.pub"],
                             check=True, capture_output=True, text=True).stdout
        return out.split()[1]

    def path(self, inside: str) -> Path:
        """A path inside the node's root, seen from the host."""
        return self.root / inside.lstrip("/")

    def authorize(self, public_line: str) -> None:
        """Put a public key in the node account's authorized_keys (a bootstrap key)."""
        home = self.path(f"/home/{self.user}")
        ssh_dir = home / ".ssh"
        ssh_dir.mkdir(mode=0o700, exist_ok=True)
        keys = ssh_dir / "authorized_keys"
        with keys.open("a") as handle:
            handle.write(public_line.strip() + "\n")
        keys.chmod(0o600)
        stat = home.stat()
        for item in (ssh_dir, keys):
            os.chown(item, stat.st_uid, stat.st_gid)

    def sshd_config(self) -> str:
        return "\n".join([
            "Include /etc/ssh/sshd_config.d/*.conf",
            "Port 22",
            f"ListenAddress {self.address}",
            "HostKey /etc/ssh/ssh_host_ed25519_key",
            "PidFile /run/sshd.pid",
            "AuthorizedKeysFile .ssh/authorized_keys",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "UsePAM no",
            "MaxStartups 100:30:200",
            "MaxSessions 64",
            "Subsystem sftp internal-sftp",
            "",
        ])

    def start(self) -> None:
        """Start sshd in the chroot, in the namespace; wait until it accepts connections."""
        (self.root / "etc" / "ssh" / "sshd_config").write_text(self.sshd_config())
        log = (self.directory / "sshd.log").open("ab")
        script = (
            'mount -t proc proc "$1/proc" && mkdir -p "$1/dev/pts" && '
            'mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$1/dev/pts" && '
            'mkdir -p "$1/dev/shm" && mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$1/dev/shm" && '
            'exec chroot "$1" /usr/sbin/sshd -D -e -f /etc/ssh/sshd_config'
        )
        self.process = subprocess.Popen(
            ["ip", "netns", "exec", self.netns, "unshare", "--mount", "--propagation", "private", "--",
             "/bin/sh", "-c", script, "sh", str(self.root)],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log,
        )
        log.close()
        deadline = time.monotonic() + READY_TIMEOUT_S
        # sshd signals readiness by nothing but its listening socket: poll it.
        while not _port_open(self.address, self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                text = (self.directory / "sshd.log").read_text(errors="replace")
                msg = f"sshd for {self.name} did not start: {text[-2000:]}"
                raise RuntimeError(msg)
            time.sleep(0.05)

    def processes(self) -> list[int]:
        """Pids of every process whose root is this node's copy (sessions, apt, ...)."""
        root = str(self.root.resolve())
        found: list[int] = []
        for entry in Path("/proc").glob("[0-9]*"):
            with contextlib.suppress(OSError):
                if str((entry / "root").readlink()) == root:
                    found.append(int(entry.name))
        return found

    def stop(self) -> None:
        """Stop sshd and everything running in the node, by pid."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None
        for pid in self.processes():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def shape(self, rate: str) -> None:
        """Limit the host-to-node link (e.g. '100mbit') with a token bucket."""
        _run("tc", "qdisc", "replace", "dev", self.host_if, "root", "tbf", "rate", rate, "burst", "256kb",
             "latency", "50ms")

    def unshape(self) -> None:
        subprocess.run(["tc", "qdisc", "del", "dev", self.host_if, "root"], check=False, capture_output=True)


@dataclass
class RootfsLab:
    """Running rootfs nodes and what it takes to tear them down."""

    base: Path
    nodes: list[RootfsNode] = field(default_factory=list)
    token: str = field(default_factory=lambda: secrets.token_hex(2))
    namespaces: list[str] = field(default_factory=list)

    def add(self, base_root: Path) -> RootfsNode:
        index = len(self.nodes)
        used = _used_subnets()
        subnet = next(x for x in range(1, 255) if x not in used)
        node = RootfsNode(
            name=f"rgpu-{index:02d}",
            directory=self.base / f"node{index}",
            netns=f"airlock-lab-{self.token}-{index}",
            host_if=f"al{self.token}h{index}",
            node_if=f"al{self.token}n{index}",
            subnet=subnet,
        )
        node.directory.mkdir(mode=0o700, parents=True)
        self.nodes.append(node)
        _run("cp", "-a", "--reflink=auto", str(base_root), str(node.root))
        (node.root / COMPLETE_MARK).unlink(missing_ok=True)
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", node.name, "-f", str(node.host_key_path)],
                       check=True, capture_output=True)
        (node.root / "etc" / "hostname").write_text(node.name + "\n")
        with (node.root / "etc" / "hosts").open("a") as hosts:
            hosts.write(f"127.0.1.1 {node.name}\n")
        # As the installer image would: airlock_root exists and belongs to the management account.
        airlock_root = node.root / "srv" / "airlock"
        airlock_root.mkdir(mode=0o755, parents=True, exist_ok=True)
        home = node.root / "home" / node.user
        os.chown(airlock_root, home.stat().st_uid, home.stat().st_gid)
        _run("ip", "netns", "add", node.netns)
        self.namespaces.append(node.netns)
        _run("ip", "link", "add", node.host_if, "type", "veth", "peer", "name", node.node_if)
        _run("ip", "link", "set", node.node_if, "netns", node.netns)
        _run("ip", "addr", "add", f"{node.host_address}/30", "dev", node.host_if)
        _run("ip", "link", "set", node.host_if, "up")
        inside = ("ip", "netns", "exec", node.netns)
        _run(*inside, "ip", "link", "set", "lo", "up")
        _run(*inside, "ip", "addr", "add", f"{node.address}/30", "dev", node.node_if)
        _run(*inside, "ip", "link", "set", node.node_if, "up")
        node.start()
        return node

    def stop(self) -> None:
        """Processes by pid, then namespaces (taking their veth pairs), then the copies."""
        for node in self.nodes:
            node.stop()
        for netns in self.namespaces:
            subprocess.run(["ip", "netns", "del", netns], check=False, capture_output=True)
        for node in self.nodes:
            subprocess.run(["ip", "link", "del", node.host_if], check=False, capture_output=True)
            _remove_root(node.root)
        shutil.rmtree(self.base, ignore_errors=True)
        self.nodes.clear()
        self.namespaces.clear()


def start_rootfs_lab(base: Path, count: int, cache: Path = CACHE) -> RootfsLab:
    """Start `count` rootfs nodes under `base` (0700); on failure nothing is left running."""
    base_root = ensure_base_root(cache)
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    lab = RootfsLab(base)
    try:
        for _ in range(count):
            lab.add(base_root)
    except BaseException:
        lab.stop()
        raise
    return lab

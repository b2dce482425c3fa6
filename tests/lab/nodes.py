"""Real lab nodes: one sshd and one unix account per node, on 127.0.0.1 (see lab.md).

Each node gets its own directory (sshd_config, Ed25519 host key, pid file, log) under a
0700 directory, its own account with a home, and an `nvidia-smi` stand-in on its PATH
that prints a recorded real output (tests/lab/nvidia/PROFILE). Every sshd is stopped by
its pid and every account removed by `Lab.stop()`.

Usable from pytest fixtures (tests/lab/conftest.py) and from benchmarks (bench/).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import select
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

NVIDIA_DIR = Path(__file__).resolve().parent / "nvidia"
SSHD = Path("/usr/sbin/sshd")
NO_GPU = "none"  # profile name: no nvidia-smi on the node at all
READY_TIMEOUT_S = 15.0

# Kernel log lines recorded with each profile (NVRM Xid lines as the driver writes them).
KERNEL_LOGS = {
    "t4-ecc-retired": [
        "[ 8123.442918] NVRM: Xid (PCI:0000:00:1e): 63, pid=0, Row Remapper: New row marked for remapping, reset gpu to activate.",
        "[ 8123.443001] NVRM: Xid (PCI:0000:00:1e): 48, pid=2211, name=python3, An uncorrectable double bit error (DBE) has been detected on GPU in the framebuffer at partition 6, subpartition 0.",
    ],
    "gpu-lost": [
        "[ 4410.118213] NVRM: GPU at PCI:0000:3b:00: GPU-4f2a9c10-6b1e-2d7a-93c5-0e8f7b6a1d24",
        "[ 4410.118220] NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.",
    ],
    # Built from the driver's documented line format (not recorded): an application fault on
    # GPU 0, an NVLink error on GPU 1 and the recovery action the driver then asks for.
    "h100-link-faults": [
        ("[ 9120.004512] NVRM: Xid (PCI:0000:18:00): 13, pid=5521, name=python3, Graphics SM Warp Exception on "
         "(GPC 0, TPC 1, SM 0): Out Of Range Address"),
        ("[ 9121.551021] NVRM: Xid (PCI:0000:2a:00): 74, pid='<unknown>', name=<unknown>, NVLink: fatal error "
         "detected on link 3(0x10000, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0)"),
        ("[ 9121.551090] NVRM: Xid (PCI:0000:2a:00): 154, GPU recovery action changed from 0x0 (None) to 0x1 "
         "(GPU Reset Required)"),
    ],
}


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


@dataclass
class LabNode:
    """One running lab node."""

    name: str
    user: str
    port: int
    directory: Path
    home: Path
    profile: str
    password: str | None = None
    process: subprocess.Popen[bytes] | None = None
    address: str = "127.0.0.1"

    @property
    def host_key_path(self) -> Path:
        """The node's private host key (root only)."""
        return self.directory / "ssh_host_ed25519_key"

    def host_key_fingerprint(self) -> str:
        """The fingerprint `ssh-keygen -lf` prints for the node's host key."""
        out = subprocess.run(
            ["ssh-keygen", "-l", "-E", "sha256", "-f", str(self.host_key_path) + ".pub"],
            check=True, capture_output=True, text=True,
        ).stdout
        return out.split()[1]

    @property
    def variables(self) -> dict[str, str]:
        """The host variables the playbooks need on this node (paths under its home)."""
        return {
            "airlock_root": str(self.home / "airlock"),
            "airlock_kernel_log_file": str(self.home / "kern.log"),
            "airlock_serving_service": "airlock-serving",
        }

    def var_args(self) -> list[str]:
        """`--var` arguments for `airlock node enroll`."""
        args: list[str] = []
        for key, value in self.variables.items():
            args += ["--var", f"{key}={value}"]
        return args

    def sshd_config(self) -> str:
        """The node's sshd_config."""
        password = "yes" if self.password else "no"
        return "\n".join([
            f"Port {self.port}",
            f"ListenAddress {self.address}",
            f"HostKey {self.host_key_path}",
            f"PidFile {self.directory / 'sshd.pid'}",
            "AuthorizedKeysFile .ssh/authorized_keys",
            f"PasswordAuthentication {password}",
            "KbdInteractiveAuthentication no",
            "UsePAM no",
            "StrictModes yes",
            f"AllowUsers {self.user}",
            f"SetEnv PATH={self.home / 'bin'}:/usr/local/bin:/usr/bin:/bin",
            "MaxStartups 200:30:400",
            "MaxSessions 64",
            "Subsystem sftp internal-sftp",
            "",
        ])

    def start(self) -> None:
        """Start sshd in the foreground (our child) and wait until it accepts connections."""
        (self.directory / "sshd_config").write_text(self.sshd_config())
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)
        self.process = subprocess.Popen(
            [str(SSHD), "-D", "-f", str(self.directory / "sshd_config"), "-E", str(self.directory / "sshd.log")],
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + READY_TIMEOUT_S
        # sshd signals readiness by nothing but its listening socket: poll it.
        while not _port_open(self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                log = (self.directory / "sshd.log").read_text(errors="replace") if (self.directory / "sshd.log").exists() else ""
                msg = f"sshd for {self.name} did not start: {log[-2000:]}"
                raise RuntimeError(msg)
            time.sleep(0.02)

    def stop(self) -> None:
        """Stop this node's sshd by its pid."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def regenerate_host_key(self) -> None:
        """Give the node a new host key and restart its sshd (a replaced or rebuilt node)."""
        self.stop()
        self.host_key_path.unlink()
        Path(str(self.host_key_path) + ".pub").unlink()
        _keygen(self.host_key_path)
        self.start()

    def set_profile(self, profile: str) -> None:
        """Swap the recorded nvidia-smi output the node's stand-in prints."""
        self.profile = profile
        _install_standin(self)


def _keygen(path: Path) -> None:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "lab-host", "-f", str(path)], check=True)


def _install_standin(node: LabNode) -> None:
    user = pwd.getpwnam(node.user)
    bin_dir = node.home / "bin"
    shutil.rmtree(bin_dir, ignore_errors=True)
    bin_dir.mkdir(mode=0o755)
    if node.profile != NO_GPU:
        shutil.copy(NVIDIA_DIR / "nvidia_smi_standin.py", bin_dir / "nvidia_smi_standin.py")
        shutil.copy(NVIDIA_DIR / "query_fields.txt", bin_dir / "query_fields.txt")
        shutil.copytree(NVIDIA_DIR / node.profile, bin_dir / "profile")
        wrapper = bin_dir / "nvidia-smi"
        wrapper.write_text(f'#!/bin/sh\nexec /usr/bin/python3 {bin_dir}/nvidia_smi_standin.py {bin_dir}/profile "$@"\n')
        wrapper.chmod(0o755)
    lines = KERNEL_LOGS.get(node.profile, [])
    (node.home / "kern.log").write_text("".join(line + "\n" for line in lines))
    for path in [bin_dir, *bin_dir.rglob("*"), node.home / "kern.log"]:
        os.chown(path, user.pw_uid, user.pw_gid)


def _kill_processes_of(uid: int) -> None:
    """Kill, by pid, what a lab account still runs (sessions, ControlPersist peers), and
    wait until each has exited (through a pidfd), so that userdel does not find them."""
    for status in Path("/proc").glob("[0-9]*/status"):
        with contextlib.suppress(OSError):
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
            if int(fields["Uid"].split()[0]) != uid:
                continue
            pidfd = os.pidfd_open(int(status.parent.name))
            try:
                signal.pidfd_send_signal(pidfd, signal.SIGKILL)
                select.select([pidfd], [], [], 10)
            finally:
                os.close(pidfd)


@dataclass
class Lab:
    """A set of running lab nodes and what it takes to tear them down."""

    base: Path
    nodes: list[LabNode] = field(default_factory=list)

    def add(self, profile: str = "t4", *, password: str | None = None) -> LabNode:
        """Create an account and start an sshd for one more node."""
        index = len(self.nodes)
        token = secrets.token_hex(3)
        user = f"airlab{token}n{index}"
        subprocess.run(["useradd", "-m", "-s", "/bin/sh", user], check=True, capture_output=True)
        if password is None:
            subprocess.run(["usermod", "-p", "*", user], check=True, capture_output=True)
        else:
            subprocess.run(["chpasswd"], input=f"{user}:{password}\n", text=True, check=True, capture_output=True)
        home = Path(pwd.getpwnam(user).pw_dir)
        directory = self.base / f"node{index}"
        directory.mkdir(mode=0o700)
        node = LabNode(f"gpu-{index:02d}", user, free_port(), directory, home, profile, password)
        self.nodes.append(node)
        _keygen(node.host_key_path)
        _install_standin(node)
        (home / "airlock").mkdir(mode=0o755, exist_ok=True)
        os.chown(home / "airlock", pwd.getpwnam(user).pw_uid, pwd.getpwnam(user).pw_gid)
        node.start()
        return node

    def authorize(self, node: LabNode, public_line: str) -> None:
        """Put a public key in the node account's authorized_keys (a bootstrap key)."""
        user = pwd.getpwnam(node.user)
        ssh_dir = node.home / ".ssh"
        ssh_dir.mkdir(mode=0o700, exist_ok=True)
        keys = ssh_dir / "authorized_keys"
        with keys.open("a") as handle:
            handle.write(public_line.strip() + "\n")
        keys.chmod(0o600)
        for path in (ssh_dir, keys):
            os.chown(path, user.pw_uid, user.pw_gid)

    def stop(self) -> None:
        """Stop every sshd by pid, kill what the node accounts left running, remove them."""
        for node in self.nodes:
            node.stop()
        for node in self.nodes:
            _kill_processes_of(pwd.getpwnam(node.user).pw_uid)
            removed = subprocess.run(["userdel", "-r", node.user], check=False, capture_output=True, text=True)
            if removed.returncode not in (0, 12):  # 12: the home was already gone
                sys.stderr.write(f"lab: could not remove {node.user}: {removed.stderr.strip()}\n")
        shutil.rmtree(self.base, ignore_errors=True)
        self.nodes.clear()


def start_lab(base: Path, profiles: list[str], *, passwords: dict[int, str] | None = None) -> Lab:
    """Start one node per profile under `base` (made 0700)."""
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    base.chmod(0o700)
    lab = Lab(base)
    try:
        for index, profile in enumerate(profiles):
            lab.add(profile, password=(passwords or {}).get(index))
    except BaseException:
        lab.stop()
        raise
    return lab

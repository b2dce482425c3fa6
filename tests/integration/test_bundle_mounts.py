"""Media discovery, mount events and a full content store against real mounts.

Each test runs its mounts in a private mount namespace (`unshare --mount`): no other
process on the machine sees them, and none outlives the test even when it fails. The
kernel here mounts ext4 images with `mount -o loop` and tmpfs; where it cannot (not root,
no namespaces, no loop devices), the test is skipped with the reason.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, Vault
from tests.lab.bundle_factory import TrustLab

_ENV = {**{k: v for k, v in os.environ.items() if not k.startswith("AIRLOCK_")},
        "AIRLOCK_KDF_SECONDS": "0", "PYTHONPATH": str(REPO)}
_UNSHARE = ["unshare", "--mount", "--propagation", "private"]


def in_mount_namespace(script: str, params: dict[str, Any], timeout: float = 120) -> dict[str, Any]:
    """Run a Python `script` (it reads `params` as JSON from argv[1]) in a private mount namespace.

    Returns the JSON object it prints last; skips the test when the machine cannot do it.
    """
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("mount tests need root and unshare(1)")
    probe = subprocess.run([*_UNSHARE, "true"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot create a private mount namespace here: {probe.stderr.strip()}")
    done = subprocess.run([*_UNSHARE, sys.executable, "-c", script, json.dumps(params)], cwd=REPO, env=_ENV,
                          capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if "skip" in result:
        pytest.skip(result["skip"])
    return result


PRELUDE = r"""
import json, os, shutil, subprocess, sys, threading
from pathlib import Path
params = json.loads(sys.argv[1])
work = Path(params["work"])

def mount(*argv):
    done = subprocess.run(["mount", *argv], capture_output=True, text=True)
    if done.returncode:
        print(json.dumps({"skip": f"mount {' '.join(argv)} failed here: {done.stderr.strip()}"}))
        sys.exit(0)

def cli(*argv):
    done = subprocess.run([sys.executable, "-m", "app", *params["cli"], *argv], capture_output=True, text=True)
    return {"rc": done.returncode, "stdout": done.stdout, "stderr": done.stderr}

def device_of(mount_point):
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        fields = line.split()
        if fields[4] == str(mount_point):
            return fields[2]
    raise SystemExit(f"{mount_point} is not mounted")

def snapshot(root):
    return sorted(str(p.relative_to(root)) for p in Path(root).rglob("*") if p.name != ".lock")
"""


def _cli_args(vault: Vault) -> list[str]:
    return ["--data-dir", str(vault.data_dir), "--passphrase-file", str(vault.passphrase_file("admin")),
            "--account", "admin"]


@pytest.fixture
def lab(trusted_lab: TrustLab) -> TrustLab:
    return trusted_lab


SCAN_LOOP_EXT4 = PRELUDE + r"""
image = work / "stick.img"
with image.open("wb") as handle:
    handle.truncate(32 << 20)
subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], check=True)
stick = work / "stick"
stick.mkdir()
mount("-o", "loop", str(image), str(stick))
for bundle in params["bundles"]:
    shutil.copytree(bundle, stick / "incoming" / Path(bundle).name, symlinks=True)
(stick / "incoming" / "notes.txt").write_text("not a bundle\n")
from app.core.media import SystemMedia, is_removable
dev = device_of(stick)
# A /sys stand-in in which this loop device is a removable disk (as a USB stick would be).
fake_sys = work / "sys"
disk = fake_sys / "devices" / "virtual" / "block" / "sdz"
disk.mkdir(parents=True)
(disk / "removable").write_text("1\n")
(fake_sys / "dev" / "block").mkdir(parents=True)
(fake_sys / "dev" / "block" / dev).symlink_to(disk)
as_removable = SystemMedia(sys_root=fake_sys)
print(json.dumps({
    "device": dev,
    "volumes": [[str(v.mount_point), v.device, v.fstype, v.removable] for v in as_removable.volumes()],
    "found": [b.to_json() for b in as_removable.scan()],
    "real_sys_removable": is_removable(dev),
    "real_sys_found": [b.to_json() for b in SystemMedia().scan()],
    "configured_root": [b.to_json() for b in SystemMedia(extra_roots=[stick]).scan()],
    "import": cli("bundle", "import", str(stick / "incoming" / Path(params["bundles"][0]).name)),
}))
"""


def test_media_scan_finds_bundles_on_a_loop_mounted_ext4_stick(tmp_path: Path, vault: Vault, lab: TrustLab) -> None:
    bundles = [lab.build("alpha", "1.0.0"), lab.build("beta", "2.1.0")]
    work = tmp_path / "ns"
    work.mkdir()

    result = in_mount_namespace(SCAN_LOOP_EXT4, {"work": str(work), "bundles": [str(b) for b in bundles],
                                                 "cli": _cli_args(vault)})

    stick = str(work / "stick")
    assert result["volumes"] == [[stick, result["volumes"][0][1], "ext4", True]]
    assert result["volumes"][0][1].startswith("/dev/loop")
    found = [(b["name"], b["volume"], Path(b["path"]).parent.name) for b in result["found"]]
    assert found == [("alpha-1.0.0", stick, "incoming"), ("beta-2.1.0", stick, "incoming")]
    assert all(b["size"] > 0 for b in result["found"])
    # On the real /sys a loop device is not removable: only a configured media root finds it.
    assert result["real_sys_removable"] is False
    assert stick not in {b["volume"] for b in result["real_sys_found"]}
    assert [b["name"] for b in result["configured_root"]] == ["alpha-1.0.0", "beta-2.1.0"]
    # And a bundle imports from the mounted stick.
    assert result["import"]["rc"] == 0, result["import"]["stderr"]
    listed = json.loads(vault.cli("bundle", "list", "--json").stdout)
    assert [(b["name"], b["version"]) for b in listed] == [("alpha", "1.0.0")]


WAIT_FOR_MOUNT = PRELUDE + r"""
from concurrent.futures import ThreadPoolExecutor, TimeoutError
from app.core.media import SystemMedia
media = SystemMedia()
target = work / "plug"
target.mkdir()
with ThreadPoolExecutor(max_workers=2) as pool:
    quiet = media.wait_for_change(0.3)  # nothing mounts in this namespace: the timeout answers
    waiting = pool.submit(media.wait_for_change, 60)
    changed, plugs = None, 0
    # The waiter may not have opened the mount table yet when the first mount happens;
    # plug and unplug until it reports, waiting on its future (an event), never sleeping.
    while changed is None and plugs < 200:
        plugs += 1
        mount("-t", "tmpfs", "-o", "size=1m", "airlock-test", str(target))
        subprocess.run(["umount", str(target)], check=True)
        try:
            changed = waiting.result(timeout=0.1)
        except TimeoutError:
            pass
    cancel = threading.Event()
    cancelled = pool.submit(media.wait_for_change, 60, cancel)
    cancel.set()
    print(json.dumps({"quiet": quiet, "changed": changed, "plugs": plugs,
                      "cancelled": cancelled.result(timeout=5)}))
"""


def test_wait_for_change_sees_a_mount_and_an_unmount(tmp_path: Path) -> None:
    result = in_mount_namespace(WAIT_FOR_MOUNT, {"work": str(tmp_path)})

    assert result["quiet"] is False
    assert result["changed"] is True, result
    assert result["cancelled"] is False


FULL_STORE = PRELUDE + r"""
store = Path(params["store"])
store.mkdir(mode=0o700, exist_ok=True)
mount("-t", "tmpfs", "-o", "size=80m,mode=0700", "airlock-store", str(store))
before = snapshot(store)
refused = cli("bundle", "import", params["bundle"])
after = snapshot(store)

# The same disk filling up in the middle of a transfer (past the free-space check):
from app.core.bundles.errors import StoreFull
from app.core.bundles.importer import transfer
from app.core.bundles.manifest import parse_manifest
from app.core.bundles.objects import StoreKey
from app.core.bundles.verify import scan_payload
bundle = Path(params["bundle"])
manifest = parse_manifest((bundle / "bundle.json").read_bytes())
plans = scan_payload(bundle, manifest.files)
staging = store / ".staging-test"
staging.mkdir()
try:
    transfer(plans, [staging / f"{i:06d}" for i in range(len(plans))], key=StoreKey(1, bytes(range(32))))
    mid_transfer = "no error"
except StoreFull as exc:
    mid_transfer = str(exc)
def target_of(fd):
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except FileNotFoundError:  # the descriptor that listed the directory
        return ""
open_into_staging = [t for t in map(target_of, os.listdir("/proc/self/fd")) if t.startswith(str(staging))]
print(json.dumps({"refused": refused, "before": before, "after": after, "mid_transfer": mid_transfer,
                  "open_into_staging": open_into_staging}))
"""


def test_import_larger_than_the_free_space_is_refused(tmp_path: Path, vault: Vault, lab: TrustLab) -> None:
    rng = random.Random(3)
    files = {"README.md": b"# big card\n", **{f"shard-{i}.bin": rng.randbytes(24 << 20) for i in range(4)}}
    bundle = lab.build("big", "1.0.0", files=files, split_size=16 << 20)  # 96 MiB > an 80 MiB store

    result = in_mount_namespace(FULL_STORE, {"work": str(tmp_path), "store": str(vault.data_dir / "store"),
                                             "bundle": str(bundle), "cli": _cli_args(vault)})

    refused = result["refused"]
    assert refused["rc"] == 1, refused
    assert refused["stderr"].startswith("airlock: The content store has "), refused["stderr"]
    assert "Free space in the data directory" in refused["stderr"]
    assert result["after"] == result["before"] == []
    assert json.loads(vault.cli("bundle", "list", "--json").stdout) == []
    audit = json.loads(vault.cli("audit", "list", "--json", "--limit", "20").stdout)
    refusal = max((e for e in audit if e["action"] == "bundle.import" and e["outcome"] != "ok"), key=lambda e: e["seq"])
    assert refusal["details"]["rejection"] == "store-full"
    assert refusal["target"] == str(bundle)
    # Past the check, a disk that fills up is a StoreFull too, with every staging file closed.
    assert result["mid_transfer"].startswith("The content store ran out of space"), result["mid_transfer"]
    assert result["open_into_staging"] == []

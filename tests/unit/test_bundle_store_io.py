"""The content store's sweeps, the staging writer and removable-disk detection, on real files."""

from __future__ import annotations

import hashlib
import os
import random
from pathlib import Path

import pytest

from app.core.bundles import lane, store
from app.core.bundles.errors import HashMismatch, LengthMismatch
from app.core.bundles.importer import transfer
from app.core.bundles.manifest import ManifestFile, Part
from app.core.bundles.objects import CHUNK_PLAIN, StoredObject, StoreKey
from app.core.bundles.verify import FilePlan, Source
from app.core.media import SystemMedia, is_removable

# -- the start-up sweep ------------------------------------------------------------------------


def _put_object(data_dir: Path, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    path = store.object_path(data_dir, sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return sha


def test_sweep_removes_staging_and_orphans_and_keeps_referenced_objects(tmp_path: Path) -> None:
    kept = _put_object(tmp_path, b"referenced by a bundle row")
    orphan = _put_object(tmp_path, b"renamed in by an import that crashed before its commit")
    staging = store.store_root(tmp_path) / ".staging-0123456789abcdef"
    staging.mkdir()
    (staging / "000000").write_bytes(b"half an object")
    asked: list[bool] = []

    def referenced() -> set[str]:
        asked.append(True)
        return {kept}

    swept = store.sweep_staging(tmp_path, referenced)

    assert swept == store.Sweep(staging=1, orphans=1)
    assert asked == [True]
    assert set(store.stored_objects(tmp_path)) == {kept}
    assert not store.object_path(tmp_path, orphan).parent.exists() or orphan[:2] == kept[:2]
    assert sorted(p.name for p in store.store_root(tmp_path).iterdir()) == [".lock", "objects"]


def test_sweep_touches_nothing_while_another_import_holds_the_store(tmp_path: Path) -> None:
    orphan = _put_object(tmp_path, b"maybe an import in progress")
    staging = store.store_root(tmp_path) / ".staging-busy"
    staging.mkdir()
    asked: list[bool] = []

    def referenced() -> set[str]:
        asked.append(True)
        return set()

    with store.store_lock(tmp_path, exclusive=False):  # what a running import holds (another open file)
        swept = store.sweep_staging(tmp_path, referenced)
        pruned = store.prune_orphans(tmp_path, referenced)

    assert swept == store.Sweep(skipped=True)
    assert pruned == 0
    assert asked == []  # the vault is read only once the lock is held
    assert staging.is_dir()
    assert set(store.stored_objects(tmp_path)) == {orphan}
    assert store.sweep_staging(tmp_path, referenced) == store.Sweep(staging=1, orphans=1)


def test_sweep_of_a_data_dir_without_a_store(tmp_path: Path) -> None:
    assert store.sweep_staging(tmp_path, set) == store.Sweep()
    assert not (tmp_path / "store").exists()


# -- the one-pass transfer -----------------------------------------------------------------------

KEY = StoreKey(7, bytes(range(32)))


def _plaintext(staged: Path, plan: FilePlan) -> bytes:
    """What a staged (sealed) file holds, read back as the store reads it."""
    with StoredObject(staged, plan.file.sha256, KEY.lookup) as stored:
        return stored.read()


def _sealed(staged: Path, plan: FilePlan, data: bytes) -> bytes:
    """The plaintext of a staged file, after checking that no 64-byte window of `data` is in it as such."""
    raw = staged.read_bytes()
    for start in range(0, len(data) - 63, max(1, len(data) // 16)):
        assert data[start : start + 64] not in raw
    return _plaintext(staged, plan)


def _medium(tmp_path: Path, data: bytes, part_sizes: list[int]) -> FilePlan:
    """A payload file stored on the 'medium' in parts of the given sizes."""
    medium = tmp_path / "medium"
    medium.mkdir(exist_ok=True)
    sources, parts, offset = [], [], 0
    for index, size in enumerate(part_sizes):
        chunk = data[offset : offset + size]
        offset += size
        path = medium / f"f.part{index:03d}"
        path.write_bytes(chunk)
        st = path.stat()
        sha = hashlib.sha256(chunk).hexdigest()
        sources.append(Source(path, size, sha, (st.st_dev, st.st_ino), path.name))
        parts.append(Part(path.name, size, sha))
    return FilePlan(ManifestFile("f", len(data), hashlib.sha256(data).hexdigest(), tuple(parts)), tuple(sources))


@pytest.mark.parametrize("direct", [True, False])
@pytest.mark.parametrize(
    "part_sizes",
    [
        [4096 * 3, 4096 * 2 + 17],  # aligned, then a tail that is not
        [1000, 9 << 20],  # the first part already unaligned: the rest goes buffered
        [(9 << 20) + 5, 3 << 20],  # unaligned after several whole buffers
        [CHUNK_PLAIN * 3],  # whole chunks only: the last one is full, and still the last
        [CHUNK_PLAIN - 1, 1, CHUNK_PLAIN + 1],  # parts that end one byte before and after a chunk
        [0],  # an empty file: one empty chunk
        [1],
    ],
)
def test_transfer_stages_exactly_the_bytes_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, direct: bool, part_sizes: list[int]
) -> None:
    monkeypatch.setattr(lane, "DIRECT_IO", direct)
    monkeypatch.setattr(lane, "WRITEBACK_WINDOW", 1 << 20)  # exercise write-back waits on small files
    data = random.Random(sum(part_sizes)).randbytes(sum(part_sizes))
    plan = _medium(tmp_path, data, part_sizes)
    staged = tmp_path / "staged"
    reports: list[tuple[int, int]] = []

    transfer([plan], [staged], progress=lambda done, total, _m: reports.append((done, total)), key=KEY)

    assert _sealed(staged, plan, data) == data
    assert reports[-1] == (len(data), len(data))
    assert oct(staged.stat().st_mode & 0o777) == "0o600"


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="needs a tmpfs at /dev/shm")
def test_staging_on_tmpfs_gets_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # tmpfs takes O_DIRECT on recent kernels and refuses it on older ones (then staging
    # goes through the page cache); either way the bytes, unaligned tails and all, match.
    import tempfile

    monkeypatch.setattr(lane, "DIRECT_IO", True)
    data = random.Random(11).randbytes((3 << 20) + 4097)
    plan = _medium(tmp_path, data, [(1 << 20) + 3, len(data) - (1 << 20) - 3])
    with tempfile.TemporaryDirectory(dir="/dev/shm") as shm:
        staged = Path(shm) / "staged"
        transfer([plan], [staged], key=KEY)
        assert _sealed(staged, plan, data) == data


@pytest.fixture
def ramfs(tmp_path: Path):
    """A ramfs mount: a real file system that refuses O_DIRECT (EINVAL), unmounted afterwards."""
    import subprocess

    if os.geteuid() != 0:
        pytest.skip("mounting a ramfs needs root")
    mount_point = tmp_path / "ramfs"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "ramfs", "-o", "mode=0700", "ramfs", str(mount_point)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"ramfs cannot be mounted here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def test_staging_on_a_file_system_that_refuses_o_direct(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ramfs: Path
) -> None:
    """ramfs refuses O_DIRECT when it is asked for: the staging file goes through the page
    cache instead, and the bytes, unaligned tail and all, are the ones read."""
    monkeypatch.setattr(lane, "DIRECT_IO", True)
    probe = lane.open_staged(ramfs / "probe", 4096)
    os.close(probe.fd)
    assert probe.direct is False  # refused (EINVAL), not an error
    data = random.Random(13).randbytes((5 << 20) + 4099)
    plan = _medium(tmp_path, data, [(2 << 20) + 1, len(data) - (2 << 20) - 1])
    staged = ramfs / "staged"
    transfer([plan], [staged], key=KEY)
    assert _sealed(staged, plan, data) == data
    assert oct(staged.stat().st_mode & 0o777) == "0o600"


@pytest.fixture
def four_k_disk(tmp_path: Path):
    """ext4 on a loop device with 4096-byte logical blocks (root only), taken down afterwards."""
    import subprocess

    if os.geteuid() != 0:
        pytest.skip("a loop device needs root")
    image = tmp_path / "disk.img"
    with image.open("wb") as handle:
        handle.truncate(64 << 20)
    attached = subprocess.run(["losetup", "--find", "--show", "--sector-size", "4096", str(image)],
                              capture_output=True, text=True, check=False)
    if attached.returncode != 0:
        pytest.skip(f"no loop device here: {attached.stderr.strip()}")
    device = attached.stdout.strip()
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    try:
        subprocess.run(["mkfs.ext4", "-q", "-F", "-b", "4096", device], check=True, capture_output=True)
        subprocess.run(["mount", device, str(mount_point)], check=True, capture_output=True)
        try:
            yield mount_point
        finally:
            subprocess.run(["umount", str(mount_point)], check=True)
    finally:
        subprocess.run(["losetup", "--detach", device], check=True)


def test_staging_goes_on_buffered_when_the_disk_refuses_a_direct_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, four_k_disk: Path
) -> None:
    """A file system that takes O_DIRECT at open, and the first writes, then refuses one
    (EINVAL): the file goes on through the page cache and every byte arrives.

    The refusal is the kernel's own: the disk's blocks are 4096 bytes and the lane is told
    to align to 512, so the aligned whole buffers go direct and the first write that is
    not a multiple of 4096 is refused (a sealed object's last chunk, padded to 512).
    """
    monkeypatch.setattr(lane, "DIRECT_IO", True)
    monkeypatch.setattr(lane, "ALIGN", 512)
    modes: list[tuple[bool, bool]] = []  # (direct before, direct after) of each write
    write = lane.Lane._write

    def watched(self: lane.Lane, staged: lane.StagedFile, view: memoryview, offset: int) -> None:
        before = staged.direct
        write(self, staged, view, offset)
        modes.append((before, staged.direct))

    monkeypatch.setattr(lane.Lane, "_write", watched)
    data = random.Random(17).randbytes((5 << 20) + 4099)
    plan = _medium(tmp_path, data, [(2 << 20) + 3 * 512, len(data) - (2 << 20) - 3 * 512])
    staged = four_k_disk / "staged"

    transfer([plan], [staged], key=KEY)

    assert _sealed(staged, plan, data) == data
    assert oct(staged.stat().st_mode & 0o777) == "0o600"
    assert (True, True) in modes, modes  # the aligned buffers went direct
    if all(after for _before, after in modes):
        # Every write was taken direct: this kernel does not refuse what the test needs refused,
        # so the fallback cannot be provoked here (the bytes above still all arrived).
        pytest.skip(f"kernel {os.uname().release} took every direct write on a 4096-byte-sector disk")
    assert (True, False) in modes, modes  # then the disk refused one: that write and the rest are buffered
    assert modes[-1][1] is False, modes


def test_a_reordered_part_is_named_after_a_whole_file_mismatch(tmp_path: Path) -> None:
    data = random.Random(5).randbytes(3 << 20)
    plan = _medium(tmp_path, data, [1 << 20, 1 << 20, 1 << 20])
    first, second = plan.sources[0].path, plan.sources[1].path
    a, b = first.read_bytes(), second.read_bytes()
    first.write_bytes(b)
    second.write_bytes(a)
    moved = FilePlan(plan.file, tuple(
        Source(s.path, s.length, s.sha256, (s.path.stat().st_dev, s.path.stat().st_ino), s.label) for s in plan.sources
    ))

    with pytest.raises(HashMismatch, match=r"f\.part000 does not match"):
        transfer([moved], [tmp_path / "staged"], key=KEY)
    with pytest.raises(HashMismatch, match=r"f\.part000 does not match"):
        transfer([moved], [None])  # verification only: the parts are re-read from the medium


def test_a_file_that_grew_after_the_check_is_refused(tmp_path: Path) -> None:
    data = random.Random(6).randbytes(5 << 20)
    plan = _medium(tmp_path, data, [len(data)])
    with plan.sources[0].path.open("ab") as handle:
        handle.write(b"appended after the manifest was checked")

    with pytest.raises(LengthMismatch, match="longer than the manifest signs"):
        transfer([plan], [tmp_path / "staged"], key=KEY)


def test_staging_without_the_store_key_is_refused(tmp_path: Path) -> None:
    """There is no way to stage a payload in plaintext."""
    data = random.Random(8).randbytes(5000)
    plan = _medium(tmp_path, data, [len(data)])
    with pytest.raises(ValueError, match="always sealed"):
        transfer([plan], [tmp_path / "staged"])
    assert not (tmp_path / "staged").exists()


def test_lane_buffers_are_page_aligned() -> None:
    made = lane.Lane(buffer_size=1 << 20, buffers=2)
    try:
        import ctypes

        for view in made.views:
            address = ctypes.addressof(ctypes.c_char.from_buffer(view))
            assert address % lane.ALIGN == 0
    finally:
        made.stop()


# -- removable disks, against a /sys stand-in ------------------------------------------------------


@pytest.fixture
def fake_sys(tmp_path: Path) -> Path:
    """A /sys with a removable disk and its partition, a USB disk that says it is fixed, and a fixed disk."""
    root = tmp_path / "sys"
    blocks = root / "dev" / "block"
    blocks.mkdir(parents=True)

    def disk(dev: str, where: str, removable: str | None) -> Path:
        path = root / where
        path.mkdir(parents=True)
        if removable is not None:
            (path / "removable").write_text(removable + "\n")
        (blocks / dev).symlink_to(os.path.relpath(path, blocks))
        return path

    disk("8:16", "devices/pci0000:00/0000:00:1f.2/ata2/host1/target1:0:0/1:0:0:0/block/sdb", "1")
    disk("8:17", "devices/pci0000:00/0000:00:1f.2/ata2/host1/target1:0:0/1:0:0:0/block/sdb/sdb1", None)
    disk("8:32", "devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/target6:0:0/6:0:0:0/block/sdc", "0")
    disk("259:0", "devices/pci0000:00/0000:00:1d.0/nvme/nvme0/nvme0n1", "0")
    disk("259:1", "devices/pci0000:00/0000:00:1d.0/nvme/nvme0/nvme0n1/nvme0n1p1", None)
    return root


@pytest.mark.parametrize(
    ("dev", "expected"),
    [
        ("8:16", True),  # removable=1
        ("8:17", True),  # a partition: its disk is removable
        ("8:32", True),  # a USB disk that reports removable=0 (most USB SSDs do)
        ("259:0", False),  # a fixed NVMe disk
        ("259:1", False),  # and its partition
        ("7:0", False),  # not in /sys at all
    ],
)
def test_is_removable_against_a_sys_stand_in(fake_sys: Path, dev: str, expected: bool) -> None:
    assert is_removable(dev, fake_sys) is expected


def test_volumes_come_from_mountinfo_and_sys(fake_sys: Path, tmp_path: Path) -> None:
    stick, disk, usb = tmp_path / "media" / "stick", tmp_path / "data", tmp_path / "media" / "usb ssd"
    for path in (stick, disk, usb):
        path.mkdir(parents=True)
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(
        f"36 1 8:17 / {stick} rw,nosuid - vfat /dev/sdb1 rw\n"
        f"37 1 259:1 / {disk} rw - ext4 /dev/nvme0n1p1 rw\n"
        f"38 1 8:32 / {str(usb).replace(' ', chr(92) + '040')} rw - exfat /dev/sdc rw\n"
        f"39 1 0:40 / {tmp_path} rw - tmpfs tmpfs rw\n"
        "garbage line\n"
    )

    volumes = SystemMedia(mountinfo=mountinfo, sys_root=fake_sys, extra_roots=[disk]).volumes()

    assert [(v.mount_point, v.fstype, v.removable, v.configured) for v in volumes] == [
        (stick, "vfat", True, False),
        (usb, "exfat", True, False),
        (disk, "", False, True),
    ]

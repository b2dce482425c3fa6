"""Store objects read for a deployment: chunks read with O_DIRECT, decrypted, lent to pipes.

app/core/pipe_lending.py, shared_reads.py and objects.py's direct reads. Real pipes, real
`vmsplice`, real sealed objects on disk: what a reader of the pipe gets, when a lent chunk's
buffer may be filled again, what happens where lending or O_DIRECT is refused, and that a
direct read refuses what a buffered one refuses.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import pipe_lending
from app.core.bundles.objects import CHUNK_PLAIN, CHUNK_STORED, ObjectDamaged, StoredObject, chunk_offset
from app.core.bundles.shared_reads import SharedChunks
from app.core.pipe_lending import PageBuffer, lend, unread
from tests.unit.test_store_objects import KEY, seal

PIPE_SIZE = 1024 * 1024
_F_SETPIPE_SZ = 1031

needs_vmsplice = pytest.mark.skipif(not pipe_lending.available(), reason="this kernel or libc refuses vmsplice")


@pytest.fixture
def pipe() -> Iterator[tuple[int, int]]:
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, _F_SETPIPE_SZ, PIPE_SIZE)
    try:
        yield read_end, write_end
    finally:
        os.close(read_end)
        os.close(write_end)


@pytest.fixture
def refused() -> Iterator[None]:
    """Lending refused, as the first ENOSYS or EPERM from a seccomp filter leaves it."""
    pipe_lending._State.available = False
    try:
        yield
    finally:
        pipe_lending._State.available = pipe_lending._VMSPLICE is not None


def _read_exactly(fd: int, count: int) -> bytes:
    parts: list[bytes] = []
    while count:
        part = os.read(fd, count)
        assert part, "the pipe ended early"
        parts.append(part)
        count -= len(part)
    return b"".join(parts)


def _lend_all(fd: int, address: int, length: int) -> None:
    done = 0
    while done < length:
        count = lend(fd, address + done, length - done)
        assert count is not None
        assert count > 0
        done += count


@needs_vmsplice
def test_lent_bytes_are_referenced_not_copied_so_the_buffer_must_stay_unchanged_until_read(
    pipe: tuple[int, int],
) -> None:
    read_end, write_end = pipe
    buffer = PageBuffer(8192)
    buffer.view[:] = b"a" * 8192
    _lend_all(write_end, buffer.address, 8192)
    assert unread(write_end) == 8192
    buffer.view[:4] = b"ZZZZ"  # what the pipe's reader would see if a lent buffer were filled again
    assert _read_exactly(read_end, 8192) == b"ZZZZ" + b"a" * 8188
    assert unread(write_end) == 0


@needs_vmsplice
def test_unread_counts_down_as_the_reader_reads_so_a_writer_knows_which_pieces_are_read(
    pipe: tuple[int, int],
) -> None:
    read_end, write_end = pipe
    first, second = PageBuffer(4096 * 3), PageBuffer(4096 * 3)
    first.view[:] = bytes([1]) * len(first.view)
    second.view[:] = bytes([2]) * len(second.view)
    _lend_all(write_end, first.address + 100, 10000)  # a piece that starts inside a page
    os.write(write_end, b"request\n")
    _lend_all(write_end, second.address, 5000)
    written = 10000 + 8 + 5000
    assert unread(write_end) == written
    got = _read_exactly(read_end, 10000)
    assert got == bytes([1]) * 10000
    assert written - unread(write_end) == 10000  # the first piece is read: its buffer may be filled again
    assert _read_exactly(read_end, 5008) == b"request\n" + bytes([2]) * 5000
    assert unread(read_end) == 0


@needs_vmsplice
def test_lending_to_a_pipe_whose_reader_has_gone_is_a_broken_pipe(pipe: tuple[int, int]) -> None:
    read_end, write_end = pipe
    os.close(read_end)
    os.dup2(write_end, read_end)  # keeps the fixture's two descriptors valid to close
    buffer = PageBuffer(4096)
    with pytest.raises(BrokenPipeError):
        lend(write_end, buffer.address, 4096)


@pytest.mark.usefixtures("refused")
def test_where_lending_is_refused_lend_says_so_and_lends_nothing(pipe: tuple[int, int]) -> None:
    _read_end, write_end = pipe
    buffer = PageBuffer(4096)
    assert lend(write_end, buffer.address, 4096) is None
    assert unread(write_end) == 0


def test_a_page_buffer_is_its_own_mapping_and_its_address_is_its_bytes() -> None:
    import ctypes

    buffer = PageBuffer(CHUNK_PLAIN)
    assert buffer.address % os.sysconf("SC_PAGE_SIZE") == 0  # a mapping of its own: never heap memory
    buffer.view[:5] = b"hello"
    assert ctypes.string_at(buffer.address, 5) == b"hello"
    maps = Path("/proc/self/maps").read_text()
    start = f"{buffer.address:x}-"
    line = next(row for row in maps.splitlines() if row.startswith(start))
    assert line.split()[5:] == []  # anonymous: no file behind it


# -- shared chunks lent to pipes -----------------------------------------------------------------


def _object(tmp_path: Path, chunks: int, seed: int) -> tuple[Path, str, bytes]:
    data = random.Random(seed).randbytes(chunks * CHUNK_PLAIN - 7)
    path = tmp_path / f"obj-{seed}"
    return path, seal(path, data), data


def _first_chunk_in_a_pipe_then_newer_chunks(tmp_path: Path, write_end: int, seed: int,
                                             release_first_early: bool) -> tuple[bytes, pipe_lending.Lent]:
    """Lend chunk 0 of an object to the pipe, then take and release four newer chunks through a one-chunk window.

    Chunk 0 is released before them when `release_first_early`; otherwise it is returned unreleased.
    """
    path, sha, data = _object(tmp_path, 6, seed=seed)
    shared = SharedChunks(lambda s: StoredObject(path, s, KEY.lookup), window=1, lead=1)
    pieces = shared.source(sha).lent_pieces(0)
    first = next(pieces)
    _lend_all(write_end, first.address, len(first.view))  # in the pipe, not read yet
    if release_first_early:
        first.release()  # wrong on purpose: the pipe has not been read
    for _ in range(4):
        next(pieces).release()
    pieces.close()
    return data[:CHUNK_PLAIN], first


@needs_vmsplice
def test_a_lent_chunk_that_is_not_released_keeps_its_buffer_while_newer_chunks_pass_it(
    tmp_path: Path, pipe: tuple[int, int],
) -> None:
    read_end, write_end = pipe
    expected, first = _first_chunk_in_a_pipe_then_newer_chunks(tmp_path, write_end, 11, release_first_early=False)
    assert _read_exactly(read_end, len(first.view)) == expected
    first.release()


@needs_vmsplice
def test_a_chunk_released_too_early_is_overwritten_in_the_pipe_which_is_why_streams_hold_pieces(
    tmp_path: Path, pipe: tuple[int, int],
) -> None:
    read_end, write_end = pipe
    expected, _first = _first_chunk_in_a_pipe_then_newer_chunks(tmp_path, write_end, 12, release_first_early=True)
    assert _read_exactly(read_end, CHUNK_PLAIN) != expected  # another chunk's plaintext took its place


def test_pieces_give_the_same_plaintext_lent_or_copied_and_leave_nothing_pinned(tmp_path: Path) -> None:
    path, sha, data = _object(tmp_path, 5, seed=13)
    with SharedChunks(lambda s: StoredObject(path, s, KEY.lookup), window=2, lead=1) as shared:
        copied = b"".join(bytes(p) for p in shared.source(sha).pieces(CHUNK_PLAIN + 3))
        lent = shared.source(sha).lent_pieces(CHUNK_PLAIN + 3)
        taken = list(lent)
        joined = b"".join(bytes(p.view) for p in taken)
        for piece in taken:
            piece.release()
            piece.release()  # a second release changes nothing
        assert all(chunk.pins == 0 for chunk in shared._chunks.values())
    assert copied == joined == data[CHUNK_PLAIN + 3 :]


@needs_vmsplice
def test_four_readers_lending_one_object_to_four_pipes_each_get_every_byte(tmp_path: Path) -> None:
    path, sha, data = _object(tmp_path, 12, seed=14)
    pipes = [os.pipe() for _ in range(4)]
    received: dict[int, bytes] = {}
    try:
        with SharedChunks(lambda s: StoredObject(path, s, KEY.lookup), window=3, lead=1) as shared:

            def drain(number: int) -> None:
                received[number] = _read_exactly(pipes[number][0], len(data))

            def send(number: int) -> None:
                write_end = pipes[number][1]
                held: list[tuple[int, pipe_lending.Lent]] = []
                written = 0
                for piece in shared.source(sha).lent_pieces(0):
                    _lend_all(write_end, piece.address, len(piece.view))
                    written += len(piece.view)
                    held.append((written, piece))
                    read = written - unread(write_end)
                    while held and held[0][0] <= read:
                        held.pop(0)[1].release()
                os.close(write_end)
                for _end, piece in held:
                    piece.release()

            threads = [threading.Thread(target=f, args=(n,)) for n in range(4) for f in (drain, send)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
            assert shared.decrypted < 4 * 12  # shared, not one decryption per reader
    finally:
        for read_end, _write_end in pipes:
            os.close(read_end)
    assert {hashlib.sha256(v).hexdigest() for v in received.values()} == {sha}
    assert len(received) == 4


# -- chunks read with O_DIRECT -------------------------------------------------------------------


def _takes_o_direct(folder: Path) -> bool:
    probe = folder / "direct-probe"
    probe.write_bytes(bytes(4096))
    try:
        os.close(os.open(probe, os.O_RDONLY | os.O_DIRECT))
    except OSError:
        return False
    finally:
        probe.unlink()
    return True


@pytest.fixture
def direct_object(tmp_path: Path) -> tuple[Path, str, bytes]:
    if not _takes_o_direct(tmp_path):
        pytest.skip("this file system refuses O_DIRECT (reads are buffered there, as the other tests show)")
    return _object(tmp_path, 4, seed=21)


def _read_directly(path: Path, sha: str, scratch: memoryview) -> tuple[bytes, int | None]:
    """Every chunk's plaintext, read with `direct=True`; and the object's direct fd after (-1: refused)."""
    out = PageBuffer(CHUNK_PLAIN).view
    with StoredObject(path, sha, KEY.lookup) as stored:
        got = b"".join(bytes(out[: stored.read_chunk(i, out, scratch, direct=True)]) for i in range(4))
        return got, stored._direct_fd  # whether the disk was read, not the page cache


def test_chunks_read_with_o_direct_give_the_same_plaintext_as_buffered_reads_to_the_last_short_chunk(
    direct_object: tuple[Path, str, bytes],
) -> None:
    path, sha, data = direct_object
    got, direct_fd = _read_directly(path, sha, PageBuffer(CHUNK_STORED).view)
    assert direct_fd is not None
    assert direct_fd >= 0  # read from the disk, not the page cache
    assert got == data


def test_a_scratch_that_o_direct_cannot_use_is_read_buffered_instead(direct_object: tuple[Path, str, bytes]) -> None:
    path, sha, data = direct_object
    got, _direct_fd = _read_directly(path, sha, PageBuffer(CHUNK_STORED + 1).view[1:])  # off a page: EINVAL
    assert got == data


def test_an_object_cut_short_after_it_was_opened_is_refused_by_a_direct_read_not_a_crash(
    direct_object: tuple[Path, str, bytes],
) -> None:
    path, sha, _data = direct_object
    scratch = PageBuffer(CHUNK_STORED).view
    out = PageBuffer(CHUNK_PLAIN).view
    with StoredObject(path, sha, KEY.lookup) as stored:
        os.truncate(path, chunk_offset(3) + 100)  # the last chunk loses most of its bytes
        with pytest.raises(ObjectDamaged, match="is cut short"):
            stored.read_chunk(3, out, scratch, direct=True)


def test_a_byte_changed_on_disk_is_refused_by_a_direct_read(direct_object: tuple[Path, str, bytes]) -> None:
    path, sha, _data = direct_object
    with path.open("r+b") as handle:  # a buffered write, not yet on disk: the direct read must see it
        handle.seek(chunk_offset(2) + 777)
        byte = handle.read(1)
        handle.seek(chunk_offset(2) + 777)
        handle.write(bytes([byte[0] ^ 1]))
    scratch = PageBuffer(CHUNK_STORED).view
    out = PageBuffer(CHUNK_PLAIN).view
    with StoredObject(path, sha, KEY.lookup) as stored, pytest.raises(ObjectDamaged, match=r"Chunk 2 .* does not"):
        stored.read_chunk(2, out, scratch, direct=True)

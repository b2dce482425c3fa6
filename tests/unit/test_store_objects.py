"""The content store's object format: sealed chunks that cannot be altered, moved, swapped or cut unnoticed."""

from __future__ import annotations

import hashlib
import random
import threading
import time
from pathlib import Path

import pytest

from app.core.bundles.objects import (
    CHUNK_PLAIN,
    CHUNK_STORED,
    HEADER_SIZE,
    ObjectCipher,
    ObjectDamaged,
    ObjectHeader,
    StoredObject,
    StoreKey,
    StoreKeyMissing,
    chunk_offset,
    key_id_of,
    stored_size,
    verify_object,
)
from app.core.bundles.shared_reads import SharedChunks

KEY = StoreKey(3, bytes(range(32)))
OTHER_KEY = StoreKey(4, bytes(range(1, 33)))


def seal(path: Path, data: bytes, key: StoreKey = KEY, sha256: str | None = None) -> str:
    """Write `data` as a sealed object, as the import does (one chunk at a time)."""
    sha = sha256 or hashlib.sha256(data).hexdigest()
    cipher = ObjectCipher(ObjectHeader.new(key.key_id, sha, len(data)), key.secret)
    out = memoryview(bytearray(CHUNK_STORED))
    with path.open("wb") as handle:
        handle.write(cipher.header.block())
        for index in range(cipher.chunks):
            piece = memoryview(data)[index * CHUNK_PLAIN : index * CHUNK_PLAIN + cipher.plain_length(index)]
            handle.write(out[: cipher.seal(index, piece, out)])
    return sha


def read(path: Path, sha: str, key: StoreKey = KEY) -> bytes:
    with StoredObject(path, sha, key.lookup) as stored:
        return stored.read()


@pytest.mark.parametrize("size", [0, 1, CHUNK_PLAIN - 1, CHUNK_PLAIN, CHUNK_PLAIN + 1, 3 * CHUNK_PLAIN + 17])
def test_an_object_reads_back_whole_and_its_size_is_fixed_by_its_length(tmp_path: Path, size: int) -> None:
    data = random.Random(size).randbytes(size)
    path = tmp_path / "obj"
    sha = seal(path, data)
    assert path.stat().st_size == stored_size(size)
    assert read(path, sha) == data
    assert key_id_of(path) == KEY.key_id
    verify_object(path, sha, size, KEY.lookup)


def test_reads_from_any_offset_in_any_sizes(tmp_path: Path) -> None:
    data = random.Random(1).randbytes(2 * CHUNK_PLAIN + 999)
    path = tmp_path / "obj"
    sha = seal(path, data)
    with StoredObject(path, sha, KEY.lookup) as stored:
        for offset, size in [(0, 10), (CHUNK_PLAIN - 3, 7), (CHUNK_PLAIN, CHUNK_PLAIN), (len(data) - 5, 100)]:
            stored.seek(offset)
            assert stored.read(size) == data[offset : offset + size]
        stored.seek(len(data))
        assert stored.read() == b""


def test_no_64_byte_window_of_the_plaintext_is_in_the_file(tmp_path: Path) -> None:
    data = random.Random(2).randbytes(CHUNK_PLAIN + 5000)
    path = tmp_path / "obj"
    seal(path, data)
    raw = path.read_bytes()
    assert all(data[i : i + 64] not in raw for i in range(0, len(data) - 64, 997))


@pytest.fixture
def sealed(tmp_path: Path) -> tuple[Path, bytes]:
    data = random.Random(3).randbytes(3 * CHUNK_PLAIN + 100)
    sha = hashlib.sha256(data).hexdigest()
    path = tmp_path / sha
    seal(path, data)
    return path, data


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (lambda: chunk_offset(1) + 12345, "Chunk 1 of stored object .* does not authenticate"),
        (lambda: chunk_offset(2) + CHUNK_STORED - 1, "Chunk 2 .* does not authenticate"),  # a tag byte
        (lambda: 60, "Chunk 0 .* does not authenticate"),  # the salt: every chunk authenticates the header
        (lambda: 200, "damaged header"),  # the zeros after the header fields
        (lambda: 0, "not encrypted"),  # the magic
    ],
)
def test_a_flipped_byte_anywhere_is_refused_and_named(sealed: tuple[Path, bytes], where, expected: str) -> None:
    path, _data = sealed
    raw = bytearray(path.read_bytes())
    raw[where()] ^= 0x01
    path.write_bytes(raw)
    with pytest.raises(ObjectDamaged, match=expected):
        read(path, path.name)


def test_swapped_chunks_are_refused(sealed: tuple[Path, bytes]) -> None:
    path, _data = sealed
    raw = bytearray(path.read_bytes())
    first, second = slice(chunk_offset(0), chunk_offset(1)), slice(chunk_offset(1), chunk_offset(2))
    raw[first], raw[second] = raw[second], raw[first]
    path.write_bytes(raw)
    with pytest.raises(ObjectDamaged, match=r"Chunk 0 .* does not authenticate"):
        read(path, path.name)


def test_a_chunk_from_another_object_under_the_same_key_is_refused(tmp_path: Path, sealed: tuple[Path, bytes]) -> None:
    path, data = sealed
    other = tmp_path / "other"
    seal(other, data, sha256="ab" * 32)  # the same bytes and key, another object: another key per object
    raw = bytearray(path.read_bytes())
    raw[chunk_offset(1) : chunk_offset(2)] = other.read_bytes()[chunk_offset(1) : chunk_offset(2)]
    path.write_bytes(raw)
    with pytest.raises(ObjectDamaged, match=r"Chunk 1 .* does not authenticate"):
        read(path, path.name)


def test_cutting_off_the_last_chunk_is_refused_even_with_a_matching_header(sealed: tuple[Path, bytes]) -> None:
    path, _data = sealed
    raw = path.read_bytes()
    path.write_bytes(raw[: chunk_offset(3)])
    with pytest.raises(ObjectDamaged, match="not the length its header gives"):
        read(path, path.name)
    # A header rewritten to the shorter length fails every chunk, whose tags cover the header.
    header = ObjectHeader.parse(raw[:HEADER_SIZE], path.name)
    forged = ObjectHeader(header.key_id, 3 * CHUNK_PLAIN, header.salt, header.sha256,
                          header.raw[:28] + (3 * CHUNK_PLAIN).to_bytes(8, "big") + header.raw[36:])
    path.write_bytes(forged.block() + raw[HEADER_SIZE : chunk_offset(3)])
    with pytest.raises(ObjectDamaged, match=r"Chunk 0 .* does not authenticate"):
        read(path, path.name)


def test_extending_an_object_is_refused(sealed: tuple[Path, bytes]) -> None:
    path, _data = sealed
    with path.open("ab") as handle:
        handle.write(bytes(CHUNK_STORED))
    with pytest.raises(ObjectDamaged, match="not the length its header gives"):
        read(path, path.name)


def test_an_object_renamed_to_another_content_is_refused(tmp_path: Path, sealed: tuple[Path, bytes]) -> None:
    path, _data = sealed
    moved = tmp_path / ("cd" * 32)
    path.rename(moved)
    with pytest.raises(ObjectDamaged, match="header of another object"):
        read(moved, moved.name)


def test_another_key_or_a_destroyed_key_does_not_open_it(sealed: tuple[Path, bytes]) -> None:
    path, _data = sealed
    with pytest.raises(StoreKeyMissing, match="key 3 is not in this vault"):
        read(path, path.name, OTHER_KEY)
    wrong = StoreKey(KEY.key_id, OTHER_KEY.secret)
    with pytest.raises(ObjectDamaged, match=r"Chunk 0 .* does not authenticate"):
        read(path, path.name, wrong)


def test_plaintext_with_a_forged_header_is_not_taken_for_an_object(tmp_path: Path) -> None:
    """A payload whose bytes start like a header (a hostile bundle) authenticates nothing."""
    data = random.Random(9).randbytes(5000)
    sha = hashlib.sha256(data).hexdigest()
    fake = ObjectHeader.new(KEY.key_id, sha, len(data)).block() + bytes(len(data) + 16)
    path = tmp_path / sha
    path.write_bytes(fake)
    with pytest.raises(ObjectDamaged, match="does not authenticate"):
        read(path, sha)


def test_verify_names_plaintext_that_does_not_hash_to_the_name(tmp_path: Path) -> None:
    data = b"what the publisher signed"
    path = tmp_path / "obj"
    sha = seal(path, b"something else entirely!", sha256=hashlib.sha256(data).hexdigest())
    with pytest.raises(ObjectDamaged, match="does not hash to its name"):
        verify_object(path, sha, len(b"something else entirely!"), KEY.lookup)


# -- decrypted once, sent to many ---------------------------------------------------------------


def test_shared_chunks_decrypt_each_chunk_once_for_several_readers(tmp_path: Path) -> None:
    data = random.Random(4).randbytes(6 * CHUNK_PLAIN + 11)
    path = tmp_path / "obj"
    sha = seal(path, data)
    results: dict[int, bytes] = {}
    with SharedChunks(lambda s: StoredObject(path, s, KEY.lookup), window=16) as chunks:
        barrier = threading.Barrier(4)

        def reader(number: int) -> None:
            barrier.wait()
            results[number] = b"".join(bytes(p) for p in chunks.source(sha).pieces(0))

        threads = [threading.Thread(target=reader, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert chunks.decrypted == 7  # each chunk once, for four readers
        assert chunks.served == 28
    assert all(value == data for value in results.values())


def test_readers_that_drift_apart_are_held_together_so_each_chunk_is_decrypted_once(tmp_path: Path) -> None:
    data = random.Random(7).randbytes(40 * CHUNK_PLAIN)
    path = tmp_path / "obj"
    sha = seal(path, data)
    with SharedChunks(lambda s: StoredObject(path, s, KEY.lookup), window=6, lead=3) as chunks:
        received: list[int] = []
        both_started = threading.Barrier(2)  # both have taken their first chunk: both are readers of the object

        def fast() -> None:
            pieces = chunks.source(sha).pieces(0)
            received.append(len(next(pieces)))
            both_started.wait(timeout=60)
            received.extend(len(piece) for piece in pieces)

        def slow() -> None:  # a node behind a slower link (the pause only paces it; nothing waits on time)
            pieces = chunks.source(sha).pieces(0)
            next(pieces)
            both_started.wait(timeout=60)
            for _piece in pieces:
                time.sleep(0.005)

        threads = [threading.Thread(target=fast), threading.Thread(target=slow)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert sum(received) == len(data)
        assert chunks.decrypted == 40  # left alone, the fast reader would outrun the window and the slow one decrypt again


def test_a_reader_far_ahead_is_not_held_back_by_one_that_stopped(tmp_path: Path) -> None:
    data = random.Random(8).randbytes(30 * CHUNK_PLAIN)
    path = tmp_path / "obj"
    sha = seal(path, data)
    with SharedChunks(lambda s: StoredObject(path, s, KEY.lookup), window=6, lead=3) as chunks:
        stopped = chunks.source(sha).pieces(0)
        next(stopped)  # a node that stalls on its first chunk
        got: list[bytes] = []
        resuming = threading.Thread(
            target=lambda: got.append(b"".join(bytes(p) for p in chunks.source(sha).pieces(20 * CHUNK_PLAIN))))
        resuming.start()
        resuming.join(timeout=60)
        stopped.close()
    assert got == [data[20 * CHUNK_PLAIN :]]


def test_a_reader_behind_the_window_decrypts_again_and_offsets_resume_mid_chunk(tmp_path: Path) -> None:
    data = random.Random(5).randbytes(5 * CHUNK_PLAIN)
    path = tmp_path / "obj"
    sha = seal(path, data)
    with SharedChunks(lambda s: StoredObject(path, s, KEY.lookup), window=2) as chunks:
        assert b"".join(bytes(p) for p in chunks.source(sha).pieces(0)) == data
        offset = 2 * CHUNK_PLAIN + 77
        assert b"".join(bytes(p) for p in chunks.source(sha).pieces(offset)) == data[offset:]
        assert chunks.decrypted == 5 + 3  # the window kept two chunks: the second pass decrypted again


def test_a_damaged_chunk_fails_every_reader_that_needs_it(tmp_path: Path) -> None:
    data = random.Random(6).randbytes(3 * CHUNK_PLAIN)
    path = tmp_path / "obj"
    sha = seal(path, data)
    raw = bytearray(path.read_bytes())
    raw[chunk_offset(2) + 5] ^= 0xFF
    path.write_bytes(raw)
    with SharedChunks(lambda s: StoredObject(path, s, KEY.lookup)) as chunks:
        for _ in range(2):
            pieces = chunks.source(sha).pieces(0)
            with pytest.raises(ObjectDamaged, match="Chunk 2"):
                for _piece in pieces:
                    pass


def test_only_the_objects_being_sent_stay_open(tmp_path: Path) -> None:
    """A bundle of thousands of files must not hold thousands of files (and buffers) open."""
    shas = [seal(tmp_path / f"o{i}", bytes([i]) * 5000) for i in range(40)]
    paths = {sha: tmp_path / f"o{i}" for i, sha in enumerate(shas)}
    opened: list[str] = []

    def opener(sha: str) -> StoredObject:
        opened.append(sha)
        return StoredObject(paths[sha], sha, KEY.lookup)

    with SharedChunks(opener) as chunks:
        for index, sha in enumerate(shas):
            assert b"".join(bytes(p) for p in chunks.source(sha).pieces(0)) == bytes([index]) * 5000
            assert chunks._objects == {}  # closed once its last reader is done
    assert opened == shas


def test_an_object_resealed_while_it_is_opened_is_read_under_its_new_key(tmp_path: Path) -> None:
    """A rotation that re-seals an object and destroys the old key between its header and the key lookup."""
    from app.core.bundles import store
    from app.core.bundles.objects import key_missing

    data = random.Random(10).randbytes(3000)
    sha = hashlib.sha256(data).hexdigest()
    path = store.object_path(tmp_path, sha)
    path.parent.mkdir(parents=True)
    seal(path, data)  # under KEY (3)
    calls: list[int] = []

    def keys(key_id: int) -> bytes:
        calls.append(key_id)
        if key_id == KEY.key_id:
            seal(path, data, OTHER_KEY)  # the rotation re-seals it under key 4 and destroys key 3
            raise key_missing(key_id)
        return OTHER_KEY.lookup(key_id)

    with store.open_object(tmp_path, sha, keys) as stored:
        assert stored.read() == data
    assert calls == [3, 4]

"""The audit Merkle tree against the published RFC 6962 test vectors and a naive tree.

Also the tree's leaves: the canonical entry bytes of app.core.audit.entry.

The expected hex values are copied from the public test data of the Go implementation
(transparency-dev/merkle, proof/verify_test.go and rfc6962/rfc6962_test.go), not
computed with Airlock's code.
"""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.audit import verify_audit
from app.core.audit.entry import InvalidAuditEntry, canonical_entry, first_bad_stored_entry, parse_entry
from app.core.audit.merkle import (
    EMPTY_ROOT,
    Frontier,
    MerkleError,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    node_hash,
    root_from_leaf_hashes,
    verify_consistency,
    verify_inclusion,
)
from app.core.audit.verify_audit import TreeHasher

LEAVES = [
    b"",
    b"\x00",
    b"\x10",
    b"\x20\x21",
    b"\x30\x31",
    b"\x40\x41\x42\x43",
    b"\x50\x51\x52\x53\x54\x55\x56\x57",
    b"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f",
]

# Root of the tree of the first i+1 leaves.
ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]

# (leaf number counted from 1, tree size, proof), as in the published vectors.
INCLUSION_VECTORS = [
    (1, 1, []),
    (
        1,
        8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        6,
        8,
        [
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (3, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (
        2,
        5,
        [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
]

CONSISTENCY_VECTORS = [
    (1, 1, []),
    (
        1,
        8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        6,
        8,
        [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (
        2,
        5,
        [
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
    (
        6,
        7,
        [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
]

SOME_HASH = bytes.fromhex("abacaba000000000000000000000000000000000000000000060061e00123456")
LEAF_HASHES = [leaf_hash(leaf) for leaf in LEAVES]


def _hexes(values: list[str]) -> list[bytes]:
    return [bytes.fromhex(value) for value in values]


def _naive_root(hashes: list[bytes]) -> bytes:
    """MTH straight from the RFC's recursive definition."""
    if not hashes:
        return hashlib.sha256(b"").digest()
    if len(hashes) == 1:
        return hashes[0]
    k = 1
    while k * 2 < len(hashes):
        k *= 2
    return hashlib.sha256(b"\x01" + _naive_root(hashes[:k]) + _naive_root(hashes[k:])).digest()


def test_hasher_vectors() -> None:
    assert EMPTY_ROOT.hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert leaf_hash(b"").hex() == "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    assert leaf_hash(b"L123456").hex() == "395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56"
    assert node_hash(b"N123", b"N456").hex() == "aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb"


@pytest.mark.parametrize("size", range(1, 9))
def test_frontier_root_matches_published_roots(size: int) -> None:
    frontier = Frontier()
    for leaf in LEAVES[:size]:
        frontier.append(leaf_hash(leaf))
    assert frontier.size == size
    assert len(frontier.nodes) == size.bit_count()
    assert frontier.root().hex() == ROOTS[size - 1]
    assert root_from_leaf_hashes(LEAF_HASHES[:size]).hex() == ROOTS[size - 1]


def test_empty_frontier_root_is_hash_of_nothing() -> None:
    assert Frontier().root() == hashlib.sha256(b"").digest()
    assert root_from_leaf_hashes([]) == EMPTY_ROOT


@pytest.mark.parametrize(("leaf", "size", "proof"), INCLUSION_VECTORS)
def test_inclusion_proof_vectors(leaf: int, size: int, proof: list[str]) -> None:
    expected = _hexes(proof)
    assert inclusion_proof(leaf - 1, size, LEAF_HASHES) == expected
    root = bytes.fromhex(ROOTS[size - 1])
    verify_inclusion(leaf - 1, size, LEAF_HASHES[leaf - 1], expected, root)


@pytest.mark.parametrize(("old", "new", "proof"), CONSISTENCY_VECTORS)
def test_consistency_proof_vectors(old: int, new: int, proof: list[str]) -> None:
    expected = _hexes(proof)
    assert consistency_proof(old, new, LEAF_HASHES) == expected
    verify_consistency(old, new, bytes.fromhex(ROOTS[old - 1]), bytes.fromhex(ROOTS[new - 1]), expected)


def _corrupt_inclusion(
    index: int, size: int, proof: list[bytes], root: bytes, leaf: bytes
) -> list[tuple[int, int, bytes, list[bytes], bytes]]:
    probes = [
        (index - 1, size, leaf, proof, root),
        (index + 1, size, leaf, proof, root),
        (index ^ 2, size, leaf, proof, root),
        (index, size * 2, leaf, proof, root),
        (index, size // 2, leaf, proof, root),
        (index, size, SOME_HASH, proof, root),
        (index, size, leaf, proof, EMPTY_ROOT),
        (index, size, leaf, proof, SOME_HASH),
        (index, size, leaf, [*proof, root], root),
        (index, size, leaf, [root, *proof], root),
    ]
    for i in range(len(proof)):
        flipped = list(proof)
        flipped[i] = bytes([flipped[i][0] ^ 8]) + flipped[i][1:]
        probes.append((index, size, leaf, flipped, root))
    if proof:
        probes.append((index, size, leaf, proof[:-1], root))
    if len(proof) > 1:
        probes.append((index, size, leaf, [proof[0], SOME_HASH, *proof[1:]], root))
    return probes


@pytest.mark.parametrize(("leaf", "size", "proof"), INCLUSION_VECTORS[1:])
def test_corrupted_inclusion_proofs_fail(leaf: int, size: int, proof: list[str]) -> None:
    root = bytes.fromhex(ROOTS[size - 1])
    probes = _corrupt_inclusion(leaf - 1, size, _hexes(proof), root, LEAF_HASHES[leaf - 1])
    for index, bad_size, bad_leaf, bad_proof, bad_root in probes:
        with pytest.raises(MerkleError):
            verify_inclusion(index, bad_size, bad_leaf, bad_proof, bad_root)


@pytest.mark.parametrize(("old", "new", "proof"), CONSISTENCY_VECTORS[1:])
def test_corrupted_consistency_proofs_fail(old: int, new: int, proof: list[str]) -> None:
    path = _hexes(proof)
    root1, root2 = bytes.fromhex(ROOTS[old - 1]), bytes.fromhex(ROOTS[new - 1])
    probes = [
        (old - 1, new, root1, root2, path),
        (old + 1, new, root1, root2, path),
        (old ^ 2, new, root1, root2, path),
        (old, new * 2, root1, root2, path),
        (old, new // 2, root1, root2, path),
        (old, new, SOME_HASH, root2, path),
        (old, new, root1, SOME_HASH, path),
        (old, new, root2, root1, path),
        (old, new, root1, root2, []),
        (old, new, root1, root2, [*path, root1]),
        (old, new, root1, root2, [*path, root2]),
        (old, new, root1, root2, [root1, *path]),
        (old, new, root1, root2, [root2, *path]),
        (old, new, root1, root2, [path[0], *path]),
        (old, new, root1, root2, path[:-1]),
    ]
    for i in range(len(path)):
        flipped = list(path)
        flipped[i] = bytes([flipped[i][0] ^ 16]) + flipped[i][1:]
        probes.append((old, new, root1, root2, flipped))
    for size1, size2, first, second, bad in probes:
        with pytest.raises(MerkleError):
            verify_consistency(size1, size2, first, second, bad)


def test_consistency_edge_cases() -> None:
    verify_consistency(0, 0, SOME_HASH, SOME_HASH, [])
    verify_consistency(0, 5, SOME_HASH, EMPTY_ROOT, [])
    verify_consistency(1, 1, SOME_HASH, SOME_HASH, [])
    with pytest.raises(MerkleError, match="forked"):
        verify_consistency(1, 1, SOME_HASH, EMPTY_ROOT, [])
    with pytest.raises(MerkleError):
        verify_consistency(2, 1, SOME_HASH, EMPTY_ROOT, [])
    with pytest.raises(MerkleError):
        verify_consistency(1, 2, SOME_HASH, EMPTY_ROOT, [])
    with pytest.raises(MerkleError):
        verify_consistency(0, 1, EMPTY_ROOT, EMPTY_ROOT, [EMPTY_ROOT])


def test_inclusion_rejects_out_of_range_and_bad_lengths() -> None:
    with pytest.raises(MerkleError):
        verify_inclusion(0, 0, SOME_HASH, [], EMPTY_ROOT)
    with pytest.raises(MerkleError):
        verify_inclusion(0, 1, b"short", [], b"short")
    with pytest.raises(MerkleError):
        inclusion_proof(8, 8, LEAF_HASHES)
    with pytest.raises(MerkleError):
        consistency_proof(3, 9, LEAF_HASHES)


def test_frontier_json_round_trip() -> None:
    frontier = Frontier()
    for leaf in LEAF_HASHES[:7]:
        frontier.append(leaf)
    loaded = Frontier.from_json(frontier.to_json())
    assert loaded == frontier
    assert loaded.root().hex() == ROOTS[6]
    loaded.append(LEAF_HASHES[7])
    assert loaded.root().hex() == ROOTS[7]
    assert frontier.size == 7


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"size": 3}',
        '{"size": -1, "nodes": []}',
        '{"size": true, "nodes": ["' + "00" * 32 + '"]}',
        '{"size": 3, "nodes": ["' + "00" * 32 + '"]}',
        '{"size": 1, "nodes": ["' + "00" * 31 + '"]}',
        '{"size": 1, "nodes": ["' + "AB" * 32 + '"]}',
        '{"size": 1, "nodes": ["' + "zz" * 32 + '"]}',
        '{"size": 1, "nodes": [7]}',
        '{"size": 0, "nodes": [], "extra": 1}',
    ],
)
def test_frontier_from_json_rejects_damage(text: str) -> None:
    with pytest.raises(MerkleError, match="frontier"):
        Frontier.from_json(text)


def test_frontier_rejects_a_leaf_that_is_not_a_hash() -> None:
    with pytest.raises(MerkleError, match="32 bytes"):
        Frontier().append(b"entry bytes, not their hash")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(max_size=24), max_size=300))
def test_frontier_root_equals_naive_root(entries: list[bytes]) -> None:
    hashes = [leaf_hash(entry) for entry in entries]
    frontier = Frontier()
    for index, leaf in enumerate(hashes):
        frontier.append(leaf)
        if index % 37 == 0:
            assert frontier.root() == _naive_root(hashes[: index + 1])
    assert frontier.root() == _naive_root(hashes)
    assert Frontier.from_json(frontier.to_json()) == frontier


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=70), st.data())
def test_generated_proofs_verify(size: int, data: st.DataObject) -> None:
    hashes = [leaf_hash(i.to_bytes(4, "big")) for i in range(size)]
    root = _naive_root(hashes)
    index = data.draw(st.integers(min_value=0, max_value=size - 1))
    verify_inclusion(index, size, hashes[index], inclusion_proof(index, size, hashes), root)
    old = data.draw(st.integers(min_value=0, max_value=size))
    proof = consistency_proof(old, size, hashes)
    verify_consistency(old, size, _naive_root(hashes[:old]), root, proof)
    if 0 < old < size:
        with pytest.raises(MerkleError):
            verify_consistency(old, size, leaf_hash(b"forged"), root, proof)


def test_frontier_extend_equals_append() -> None:
    hashes = [leaf_hash(bytes([i])) for i in range(100)]
    one, many = Frontier(), Frontier()
    for leaf in hashes:
        one.append(leaf)
    many.extend(hashes[:37])
    many.extend(hashes[37:])
    assert one == many


# -- the verifier's streaming tree (verify_audit.TreeHasher): the same tree, block by block ------


def test_tree_hasher_matches_the_published_roots() -> None:
    for size in range(len(LEAVES) + 1):
        tree = TreeHasher(range(size + 1))
        tree.add_lines(LEAVES[:size])
        expected = EMPTY_ROOT.hex() if size == 0 else ROOTS[size - 1]
        assert tree.root().hex() == expected
        assert {stop: root.hex() for stop, root in tree.roots.items()} == {
            stop: EMPTY_ROOT.hex() if stop == 0 else ROOTS[stop - 1] for stop in range(size + 1)
        }


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=0, max_value=4),  # block height: blocks of 1 to 16 leaves
    st.integers(min_value=0, max_value=150),
    st.lists(st.integers(min_value=0, max_value=40), max_size=12),  # the sizes of the batches added
    st.sets(st.integers(min_value=0, max_value=170), max_size=8),  # sizes whose root is wanted
)
def test_tree_hasher_equals_the_frontier_at_every_chosen_size(
    height: int, count: int, batches: list[int], stops: set[int]
) -> None:
    lines = [f"entry {index}".encode() for index in range(count)]
    hashes = [leaf_hash(line) for line in lines]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(verify_audit, "_BLOCK_HEIGHT", height)
        patch.setattr(verify_audit, "_BLOCK_LEAVES", 1 << height)
        tree = TreeHasher(stops)
        done = 0
        for batch in [*batches, count]:
            part = hashes[done : done + batch]
            before = list(part)
            tree.add_leaves(part)
            assert part == before  # the caller's list is left alone
            done += len(part)
            assert tree.size == done
        root = tree.root()
    assert root == _naive_root(hashes)
    frontier = Frontier()
    expected = {0: EMPTY_ROOT}
    for leaf in hashes:
        frontier.append(leaf)
        if frontier.size in stops:
            expected[frontier.size] = frontier.root()
    assert tree.roots == expected  # every chosen size reached, none beyond the leaves


def test_tree_hasher_over_many_blocks_equals_the_frontier() -> None:
    lines = [i.to_bytes(3, "big") for i in range(3 * verify_audit._BLOCK_LEAVES + 5)]
    stops = {1, verify_audit._BLOCK_LEAVES, verify_audit._BLOCK_LEAVES + 1, 2 * verify_audit._BLOCK_LEAVES - 1}
    tree = TreeHasher(stops)
    tree.add_lines(lines[:100])
    tree.add_lines(lines[100:])
    frontier = Frontier()
    for index, line in enumerate(lines, start=1):
        frontier.append(leaf_hash(line))
        if index in stops:
            assert tree.roots[index] == frontier.root()
    assert tree.root() == frontier.root()
    assert verify_audit.leaf_hashes(lines[:3]) == [leaf_hash(line) for line in lines[:3]]


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=0, max_value=3),  # block height: blocks of 1 to 8 leaves
    st.integers(min_value=0, max_value=12),  # whole blocks before the split
    st.integers(min_value=0, max_value=90),  # leaves after it
    st.sets(st.integers(min_value=0, max_value=200), max_size=8),  # sizes whose root is wanted
)
def test_a_tree_part_hashed_apart_joins_into_the_same_tree(
    height: int, blocks_before: int, after: int, stops: set[int]
) -> None:
    """What the verifier's helper process and this one each hash, joined: the one-pass tree."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(verify_audit, "_BLOCK_HEIGHT", height)
        patch.setattr(verify_audit, "_BLOCK_LEAVES", 1 << height)
        split = blocks_before << height
        hashes = [leaf_hash(f"entry {index}".encode()) for index in range(split + after)]
        whole = TreeHasher(stops)
        whole.add_leaves(hashes)
        first = TreeHasher(stops)
        first.add_leaves(hashes[:split])
        part = verify_audit.TreePart(split, stops)
        part.add_leaves(hashes[split : split + after // 2])
        part.add_leaves(hashes[split + after // 2 :])
        assert part.size == len(hashes)
        first.join(part)
        assert first.size == len(hashes)
        assert first.root() == whole.root() == _naive_root(hashes)
    assert first.roots == whole.roots


def test_a_tree_part_must_start_on_a_block_boundary_and_follow_on() -> None:
    with pytest.raises(ValueError, match="block boundary"):
        verify_audit.TreePart(verify_audit._BLOCK_LEAVES + 1)
    tree = TreeHasher()
    tree.add_leaves([leaf_hash(b"one")])
    with pytest.raises(ValueError, match="cannot follow 1 leaves"):
        tree.join(verify_audit.TreePart(verify_audit._BLOCK_LEAVES))


# -- the leaves: canonical entry bytes (app.core.audit.entry) ---------------------------------


def test_canonical_entry_bytes_are_exact() -> None:
    raw = canonical_entry(
        7, "2025-01-02T03:04:05.123456Z", "zoë", "node.enroll", "gpu-01", "ok", {"b": [1, 2.5], "a": None}
    )
    assert (
        raw
        == (
            '{"action":"node.enroll","actor":"zoë","details":{"a":null,"b":[1,2.5]},"outcome":"ok",'
            '"seq":7,"target":"gpu-01","time":"2025-01-02T03:04:05.123456Z"}'
        ).encode()
    )
    assert parse_entry(raw)["actor"] == "zoë"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"details": {"x": float("nan")}}, "only finite numbers"),
        ({"details": {"x": float("inf")}}, "only finite numbers"),
        ({"details": {"x": (1, 2)}}, "tuple"),
        ({"details": {"x": b"raw"}}, "bytes"),
        ({"details": {1: "x"}}, "not text"),
        ({"details": {"x": {1, 2}}}, "set"),
        ({"details": ["not", "a", "dict"]}, "details must be a JSON object"),
        ({"seq": -1}, "non-negative integer"),
        ({"seq": True}, "non-negative integer"),
        ({"time": "2025-01-02 03:04:05Z"}, "RFC 3339"),
        ({"time": "2025-01-02T03:04:05+00:00"}, "RFC 3339"),
        ({"time": "2025-02-30T03:04:05Z"}, "RFC 3339"),
        ({"actor": 5}, "must be text"),
        ({"target": "\ud800"}, "lone surrogate"),
    ],
)
def test_canonical_entry_rejects_what_json_cannot_round_trip(changes: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {
        "seq": 1,
        "time": "2025-01-02T03:04:05Z",
        "actor": "a",
        "action": "b",
        "target": "c",
        "outcome": "ok",
        "details": {},
    }
    fields.update(changes)
    with pytest.raises(InvalidAuditEntry, match=message):
        canonical_entry(**fields)  # type: ignore[arg-type]


GOOD = canonical_entry(3, "2025-01-02T03:04:05Z", "a", "b", "c", "ok", {"k": "v"})


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (GOOD.replace(b'"k":"v"', b'"k": "v"'), "canonical form"),
        (GOOD.replace(b'"v"', b'"\\u0076"'), "canonical form"),
        (GOOD.replace(b'{"k":"v"}', b'{"k":"v","k":"v"}'), "canonical form"),
        (GOOD.replace(b'"seq":3', b'"seq":3.0'), "non-negative integer"),
        (GOOD.replace(b'"outcome":"ok",', b""), "wrong fields"),
        (GOOD.replace(b'"outcome":"ok"', b'"outcome":"ok","extra":1'), "wrong fields"),
        (GOOD.replace(b'{"k":"v"}', b'{"k":NaN}'), "not a JSON number"),
        (b"[1,2]", "not an object"),
        (b"\xff\xfe", "not valid UTF-8"),
        (b"{", "not valid JSON"),
        (GOOD + b"\n", "canonical form"),
    ],
)
def test_parse_entry_is_strict(raw: bytes, message: str) -> None:
    with pytest.raises(InvalidAuditEntry, match=message):
        parse_entry(raw)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=0, max_value=2**53),
    st.text(),
    st.dictionaries(st.text(), JSON_VALUES, max_size=5),
)
def test_entries_round_trip_exactly(seq: int, actor: str, details: dict[str, object]) -> None:
    actor = actor.encode("utf-8", "replace").decode("utf-8")
    try:
        raw = canonical_entry(seq, "2030-12-31T23:59:59.999999999Z", actor, "x", "y", "ok", details)
    except InvalidAuditEntry:
        # Only text that is not valid Unicode may be refused here.
        assert any("\ud800" <= ch <= "\udfff" for ch in json.dumps(details, ensure_ascii=False))
        return
    assert b"\n" not in raw
    parsed = parse_entry(raw)
    assert canonical_entry(**parsed) == raw


def test_frontier_extend_refuses_a_bad_batch_whole() -> None:
    frontier = Frontier()
    frontier.extend([leaf_hash(b"a"), leaf_hash(b"b")])
    before = frontier.copy()
    with pytest.raises(MerkleError, match="must be 32 bytes, not 31"):
        frontier.extend([leaf_hash(b"c"), leaf_hash(b"d")[:31], leaf_hash(b"e")])
    assert frontier == before


def _misnumbered_reference(entries: list[bytes]) -> tuple[int, str] | None:
    """One entry at a time: a JSON object whose seq is its position."""
    for position, entry in enumerate(entries):
        if b"\n" in entry:
            return position, "holds a line break, so it is not one canonical entry"
        try:
            body = json.loads(entry)
        except (ValueError, RecursionError):
            return position, "is not valid JSON"
        seq = body.get("seq") if isinstance(body, dict) else None
        if type(seq) is not int or seq != position:
            return position, f"claims seq {seq}: entries are missing or reordered"
    return None


STORED = [canonical_entry(seq, "2025-01-02T03:04:05Z", "a", "b", "c", "ok", {"k": [seq, 1.5]}) for seq in range(12)]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 11), st.integers(0, 400), st.binary(max_size=5), st.integers(0, 5))
def test_stored_entry_batch_check_agrees_with_one_at_a_time(row: int, position: int, new: bytes, drop: int) -> None:
    entries = list(STORED)
    raw = entries[row]
    position %= len(raw) + 1
    entries[row] = raw[:position] + new + raw[position + drop :]
    assert first_bad_stored_entry(entries, 0, canonical_from=len(entries)) == _misnumbered_reference(entries)


def test_stored_entry_batch_check_is_canonical_from_the_tail() -> None:
    entries = list(STORED)
    entries[9] = entries[9].replace(b'"k":', b'"k": ')  # valid JSON, right seq, not canonical
    assert first_bad_stored_entry(entries, 0, canonical_from=10) is None
    found = first_bad_stored_entry(entries, 0, canonical_from=9)
    assert found is not None
    assert found[0] == 9
    assert "not in canonical form" in found[1]


def test_stored_entry_batch_check_names_the_first_problem_in_order() -> None:
    entries = list(STORED)
    entries[3] = entries[3][:-1]
    entries[7] = entries[7] + b"\n" + entries[7]
    assert first_bad_stored_entry(entries, 0, canonical_from=12) == (3, "is not valid JSON")
    assert first_bad_stored_entry(entries, 0) == (3, "(expected seq 3) is not a valid JSON entry")
    assert first_bad_stored_entry(entries[4:], 4) == (7, "holds a line break, so it is not one canonical entry")

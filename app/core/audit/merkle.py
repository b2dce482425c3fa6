"""The audit log's Merkle tree, exactly as RFC 6962 / RFC 9162 section 2.1 define it.

leaf hash = SHA-256(0x00 || entry bytes), node hash = SHA-256(0x01 || left || right),
the empty tree's root is SHA-256 of nothing. A `Frontier` (the compact range of the
whole tree: one subtree root per set bit of the size, largest first) is all the log must
keep to append in O(log n) and to compute the root at any time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence

from app.core.errors import AuditIntegrityError
from app.core.messages import say

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()

_LEAF_PREFIX = b"\x00"
_NODE_PREFIX = b"\x01"


class MerkleError(AuditIntegrityError):
    """A stored frontier, a proof or a tree size does not hold together."""


def leaf_hash(entry: bytes) -> bytes:
    """Hash of one leaf: SHA-256(0x00 || entry)."""
    return hashlib.sha256(_LEAF_PREFIX + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """Hash of an interior node: SHA-256(0x01 || left || right)."""
    return hashlib.sha256(_NODE_PREFIX + left + right).digest()


class Frontier:
    """The compact range [0, size): enough to append a leaf and to give the root.

    `nodes` holds the roots of the perfect subtrees the size decomposes into, from the
    largest (leftmost) to the smallest, so `len(nodes) == popcount(size)`.
    """

    __slots__ = ("_nodes", "_size")

    def __init__(self) -> None:
        """Start an empty tree."""
        self._size = 0
        self._nodes: list[bytes] = []

    @property
    def size(self) -> int:
        """How many leaves the tree holds."""
        return self._size

    @property
    def nodes(self) -> tuple[bytes, ...]:
        """The subtree roots, largest first."""
        return tuple(self._nodes)

    def append(self, leaf: bytes) -> None:
        """Add one leaf hash; merges as many full subtrees as the new size allows."""
        if len(leaf) != HASH_SIZE:
            msg = say("A leaf hash must be {size} bytes, not {length}.", size=HASH_SIZE, length=len(leaf))
            raise MerkleError(msg)
        merged = leaf
        size = self._size
        # Each trailing 1 bit of the old size is a subtree of equal height to merge with.
        while size & 1:
            merged = node_hash(self._nodes.pop(), merged)
            size >>= 1
        self._nodes.append(merged)
        self._size += 1

    def extend(self, leaves: Iterable[bytes]) -> None:
        """Append many leaf hashes: the same as `append` for each, faster; all or none are added."""
        batch = list(leaves)
        if set(map(len, batch)) - {HASH_SIZE}:  # checked before any is added: a bad batch changes nothing
            wrong = next(len(leaf) for leaf in batch if len(leaf) != HASH_SIZE)
            msg = say("A leaf hash must be {size} bytes, not {length}.", size=HASH_SIZE, length=wrong)
            raise MerkleError(msg)
        sha256 = hashlib.sha256
        nodes = self._nodes
        size = self._size
        for leaf in batch:
            merged = leaf
            merge = size
            while merge & 1:
                merged = sha256(_NODE_PREFIX + nodes.pop() + merged).digest()
                merge >>= 1
            nodes.append(merged)
            size += 1
        self._size = size

    def root(self) -> bytes:
        """The tree head (MTH) of all leaves appended so far."""
        if not self._nodes:
            return EMPTY_ROOT
        root = self._nodes[-1]
        for left in reversed(self._nodes[:-1]):
            root = node_hash(left, root)
        return root

    def copy(self) -> Frontier:
        """An independent frontier with the same state."""
        twin = Frontier()
        twin._size = self._size
        twin._nodes = list(self._nodes)
        return twin

    def to_json(self) -> str:
        """Serialise as `{"size": n, "nodes": [hex, ...]}` for storage."""
        return json.dumps(
            {"size": self._size, "nodes": [node.hex() for node in self._nodes]},
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> Frontier:
        """Load a stored frontier; raise `MerkleError` if it is malformed or inconsistent."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            msg = say("The stored Merkle frontier is not valid JSON: {error}.", error=exc)
            raise MerkleError(msg) from exc
        if not isinstance(data, dict) or set(data) != {"size", "nodes"}:
            msg = say("The stored Merkle frontier must be an object with exactly 'size' and 'nodes'.")
            raise MerkleError(msg)
        size, nodes = data["size"], data["nodes"]
        if type(size) is not int or size < 0:
            msg = say("The stored Merkle frontier has an invalid size {size}.", size=repr(size))
            raise MerkleError(msg)
        if not isinstance(nodes, list) or len(nodes) != size.bit_count():
            msg = say(
                "The stored Merkle frontier for size {size} must hold {count} subtree roots; it is damaged.",
                size=size,
                count=size.bit_count(),
            )
            raise MerkleError(msg)
        frontier = cls()
        frontier._size = size
        frontier._nodes = [_parse_hex_hash(node) for node in nodes]
        return frontier

    def __eq__(self, other: object) -> bool:
        """Two frontiers are equal when they describe the same tree."""
        if not isinstance(other, Frontier):
            return NotImplemented
        return self._size == other._size and self._nodes == other._nodes

    def __hash__(self) -> int:
        """Frontiers are mutable; they must not be used as dictionary keys."""
        raise TypeError("Frontier is mutable and cannot be hashed")

    def __repr__(self) -> str:
        """Show the size and the root, not the raw nodes."""
        return f"Frontier(size={self._size}, root={self.root().hex()})"


def _parse_hex_hash(value: object) -> bytes:
    if not isinstance(value, str) or len(value) != 2 * HASH_SIZE:
        msg = say("The stored Merkle frontier holds an invalid hash {value}.", value=repr(value))
        raise MerkleError(msg)
    try:
        raw = bytes.fromhex(value)
    except ValueError as exc:
        msg = say("The stored Merkle frontier holds an invalid hash {value}.", value=repr(value))
        raise MerkleError(msg) from exc
    if raw.hex() != value:
        msg = say("The stored Merkle frontier holds a hash not in lowercase hex: {value}.", value=repr(value))
        raise MerkleError(msg)
    return raw


def root_from_leaf_hashes(leaf_hashes: Iterable[bytes]) -> bytes:
    """The tree head over the leaf hashes, streamed through a `Frontier`."""
    frontier = Frontier()
    for leaf in leaf_hashes:
        frontier.append(leaf)
    return frontier.root()


def _split(size: int) -> int:
    """The largest power of two strictly smaller than `size` (size >= 2)."""
    return 1 << ((size - 1).bit_length() - 1)


def _check_tree(size: int, leaf_hashes: Sequence[bytes]) -> None:
    if size < 0 or size > len(leaf_hashes):
        msg = say("Tree size {size} is outside the {count} leaves given.", size=size, count=len(leaf_hashes))
        raise MerkleError(msg)


def inclusion_proof(index: int, size: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """The audit path of leaf `index` in the tree of the first `size` leaves (RFC 9162 2.1.3.1)."""
    _check_tree(size, leaf_hashes)
    if not 0 <= index < size:
        msg = say("Leaf {index} is not in a tree of size {size}.", index=index, size=size)
        raise MerkleError(msg)
    proof: list[bytes] = []
    start, end = 0, size
    # Walk down from the root; siblings are collected root first, then reversed.
    while end - start > 1:
        k = _split(end - start)
        if index - start < k:
            proof.append(root_from_leaf_hashes(leaf_hashes[start + k : end]))
            end = start + k
        else:
            proof.append(root_from_leaf_hashes(leaf_hashes[start : start + k]))
            start += k
    proof.reverse()
    return proof


def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes) -> None:
    """Raise `MerkleError` unless `proof` shows `leaf` at `index` in the tree `root` of `size`."""
    if not 0 <= index < size:
        msg = say("Leaf {index} is not in a tree of size {size}.", index=index, size=size)
        raise MerkleError(msg)
    _check_hashes([leaf, root, *proof])
    fn, sn, hashed = index, size - 1, leaf
    for sibling in proof:
        if sn == 0:
            msg = say("The inclusion proof is longer than the tree is high.")
            raise MerkleError(msg)
        if fn & 1 or fn == sn:
            hashed = node_hash(sibling, hashed)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            hashed = node_hash(hashed, sibling)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        msg = say("The inclusion proof is shorter than the tree is high.")
        raise MerkleError(msg)
    if hashed != root:
        msg = say("The inclusion proof does not lead to the given root.")
        raise MerkleError(msg)


def consistency_proof(old_size: int, new_size: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """The proof that the tree of `old_size` leaves is a prefix of the one of `new_size`.

    RFC 9162 section 2.1.4.1; empty when `old_size` is 0 or equals `new_size`.
    """
    _check_tree(new_size, leaf_hashes)
    if not 0 <= old_size <= new_size:
        msg = say(
            "Cannot prove tree size {old_size} consistent with the smaller size {new_size}.",
            old_size=old_size,
            new_size=new_size,
        )
        raise MerkleError(msg)
    if old_size in (0, new_size):
        return []
    proof: list[bytes] = []
    start, end, m, complete = 0, new_size, old_size, True
    while m != end - start:
        k = _split(end - start)
        if m <= k:
            proof.append(root_from_leaf_hashes(leaf_hashes[start + k : end]))
            end = start + k
        else:
            proof.append(root_from_leaf_hashes(leaf_hashes[start : start + k]))
            start += k
            m -= k
            complete = False
    if not complete:
        proof.append(root_from_leaf_hashes(leaf_hashes[start:end]))
    proof.reverse()
    return proof


def verify_consistency(old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]) -> None:
    """Raise `MerkleError` unless `proof` shows `old_root` is a prefix of `new_root`.

    RFC 9162 section 2.1.4.2.
    """
    if not 0 <= old_size <= new_size:
        msg = say(
            "Tree size {old_size} cannot be a prefix of the smaller size {new_size}.",
            old_size=old_size,
            new_size=new_size,
        )
        raise MerkleError(msg)
    if old_size in {0, new_size}:
        if proof:
            msg = say("A consistency proof between these sizes must be empty.")
            raise MerkleError(msg)
        if old_size == new_size and old_root != new_root:
            msg = say("Two different roots for the same tree size {size}: the history forked.", size=new_size)
            raise MerkleError(msg)
        return
    if not proof:
        msg = say("The consistency proof is empty.")
        raise MerkleError(msg)
    _check_hashes([old_root, new_root, *proof])
    path = list(proof)
    if old_size & (old_size - 1) == 0:
        path.insert(0, old_root)
    old_hash, new_hash = _consistency_roots(old_size, new_size, path)
    if old_hash != old_root:
        msg = say("The consistency proof does not lead to the old root of size {size}.", size=old_size)
        raise MerkleError(msg)
    if new_hash != new_root:
        msg = say("The consistency proof does not lead to the new root of size {size}.", size=new_size)
        raise MerkleError(msg)


def _consistency_roots(old_size: int, new_size: int, path: list[bytes]) -> tuple[bytes, bytes]:
    """Fold a consistency path into the (old, new) roots it implies."""
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    old_hash = new_hash = path[0]
    for node in path[1:]:
        if sn == 0:
            msg = say("The consistency proof is longer than the trees are high.")
            raise MerkleError(msg)
        if fn & 1 or fn == sn:
            old_hash = node_hash(node, old_hash)
            new_hash = node_hash(node, new_hash)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            new_hash = node_hash(new_hash, node)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        msg = say("The consistency proof is shorter than the trees are high.")
        raise MerkleError(msg)
    return old_hash, new_hash


def _check_hashes(hashes: Sequence[bytes]) -> None:
    for value in hashes:
        if len(value) != HASH_SIZE:
            msg = say("A tree hash must be {size} bytes, not {length}.", size=HASH_SIZE, length=len(value))
            raise MerkleError(msg)

"""Placement policy without the lab: levels, ordering, unknown labels, refusal messages."""

from __future__ import annotations

import pytest

from app.core.bundles.manifest import CLASSIFICATIONS
from app.core.errors import UsageError
from app.core.policy import (
    DEFAULT_LEVELS,
    ClassificationLevels,
    NodeClearance,
    PlacementRefused,
    Refusal,
    check_placement,
    clearance_of,
    refusals,
)

LEVELS = ClassificationLevels()


def _nodes(**clearances: str | None) -> list[NodeClearance]:
    return [NodeClearance(name.replace("_", "-"), level) for name, level in clearances.items()]


def test_default_levels_are_the_bundle_levels_least_sensitive_first() -> None:
    assert DEFAULT_LEVELS == CLASSIFICATIONS
    assert [LEVELS.rank(level) for level in DEFAULT_LEVELS] == list(range(len(DEFAULT_LEVELS)))
    assert LEVELS.rank("cosmic") is None
    assert LEVELS.rank("") is None


def test_parse_keeps_the_order_given_and_round_trips() -> None:
    levels = ClassificationLevels.parse(" public , internal,restricted ,secret")
    assert levels.names == ("public", "internal", "restricted", "secret")
    assert levels.rank("restricted") == 2
    assert ClassificationLevels.parse(levels.setting()) == levels


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("", "empty"),
        (" , ,", "empty"),
        ("public,Secret", "'Secret' is not a valid name"),
        ("public,9lives", "'9lives' is not a valid name"),
        ("public,top secret", "'top secret' is not a valid name"),
        ("public,x" + "y" * 40, "is not a valid name"),
        ("public,internal,public", "listed twice"),
        (",".join(f"l{i}" for i in range(17)), "more than 16"),
    ],
)
def test_bad_level_lists_are_refused_with_the_reason(text: str, complaint: str) -> None:
    with pytest.raises(UsageError, match=complaint) as caught:
        ClassificationLevels.parse(text)
    assert caught.value.hint


def test_equal_and_higher_clearance_may_take_a_bundle() -> None:
    targets = _nodes(gpu_a="confidential", gpu_b="secret", gpu_c="top-secret")
    assert refusals("confidential", targets, LEVELS) == []
    check_placement("llm@1.0.0", "confidential", targets, LEVELS)


def test_lower_clearance_is_refused_node_by_node() -> None:
    targets = _nodes(gpu_a="internal", gpu_b="secret", gpu_c="unclassified")
    found = refusals("confidential", targets, LEVELS)
    assert found == [
        Refusal("gpu-a", "internal", "clearance internal is below confidential"),
        Refusal("gpu-c", "unclassified", "clearance unclassified is below confidential"),
    ]


def test_a_node_without_a_clearance_label_is_cleared_for_the_lowest_level_only() -> None:
    targets = _nodes(gpu_a=None)
    assert refusals("unclassified", targets, LEVELS) == []
    [refusal] = refusals("internal", targets, LEVELS)
    assert refusal.node == "gpu-a"
    assert refusal.clearance == "unclassified (no clearance label)"


def test_an_unknown_clearance_is_cleared_for_nothing() -> None:
    [refusal] = refusals("unclassified", _nodes(gpu_a="cosmic"), LEVELS)
    assert refusal.reason == "clearance 'cosmic' is not a configured level"


def test_an_unknown_classification_is_refused_everywhere() -> None:
    found = refusals("cosmic", _nodes(gpu_a="top-secret", gpu_b=None), LEVELS)
    assert [r.node for r in found] == ["gpu-a", "gpu-b"]
    assert all("classification 'cosmic' is not a configured level" in r.reason for r in found)


def test_configured_levels_decide_the_order() -> None:
    levels = ClassificationLevels.parse("public,restricted,internal")
    targets = _nodes(gpu_a="restricted")
    assert refusals("public", targets, levels) == []
    assert [r.node for r in refusals("internal", targets, levels)] == ["gpu-a"]
    # A default level that the configuration dropped is no longer known.
    assert "not a configured level" in refusals("secret", targets, levels)[0].reason


def test_the_refusal_names_every_refused_node_its_level_and_the_way_out() -> None:
    targets = _nodes(gpu_a="internal", gpu_b="secret", gpu_c=None)
    with pytest.raises(PlacementRefused) as caught:
        check_placement("llm@2.0.0", "confidential", targets, LEVELS)
    message = str(caught.value)
    assert "llm@2.0.0 is classified confidential" in message
    assert "2 of 3 target nodes" in message
    assert "gpu-a (internal)" in message
    assert "gpu-c (unclassified (no clearance label))" in message
    assert "gpu-b" not in message
    assert "Nothing was sent." in message
    assert "confidential or higher" in caught.value.hint
    assert "unclassified, internal, confidential, secret, top-secret" in caught.value.hint
    assert caught.value.exit_code == 1


def test_clearance_is_read_from_the_clearance_label_only() -> None:
    assert clearance_of({"clearance": "secret", "site": "north"}) == "secret"
    assert clearance_of({"site": "north"}) is None
    assert clearance_of({}) is None

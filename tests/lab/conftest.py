"""Fixtures of the lab: real sshd nodes (see node_fixtures.py and nodes.py)."""

from tests.lab.node_fixtures import bootstrap_key_fixture, lab_fixture  # noqa: F401 - fixtures

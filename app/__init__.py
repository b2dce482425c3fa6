"""Airlock: the control plane and the only door of an air-gapped GPU enclave."""

__version__ = "0.1.0"

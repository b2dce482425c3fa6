"""The tamper-evident audit trail: Merkle log, signed checkpoints, export, offline verifier."""

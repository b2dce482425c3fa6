"""Backups of the appliance: a signed, encrypted snapshot on a medium, and restoring it."""

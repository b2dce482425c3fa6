"""Signed bundles: trust root, manifest, publisher tooling, verification, import, content store."""

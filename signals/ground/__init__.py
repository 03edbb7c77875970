"""The ground layer: what every other package may import, importing nothing of ours.

Table contracts (schemas), the exception tree (errors), product constants (config), the
version, and small helpers without domain knowledge: column membership, atomic owner-only
files, fingerprints, stopping signals (docs/architecture.md)."""

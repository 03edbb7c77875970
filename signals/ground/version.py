"""The package's version, in the ground layer so that every layer may name it."""

__version__ = "0.1.0"

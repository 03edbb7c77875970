"""Columnar per-text engine."""

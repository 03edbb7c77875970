"""Validation of the features against published, human-labelled data (see README.md)."""

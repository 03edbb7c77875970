"""Hashes that say whether a kept result still holds: of code and libraries, and of inputs.

A cache entry is only as good as its key. Each key here is a SHA-256 of everything the kept
result depends on: the Python, Unicode and library versions and every file of the packages
that computed it (a new release, a changed word list or a local edit all count), and, for
inputs, their bytes. Timestamps are never trusted: a file replaced within the same second, or
copied with its time kept, still gets a new key.
"""

from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

_CHUNK = 1 << 20


def code_generation(
    *, packages: Iterable[Path], libraries: Iterable[str], extra: Mapping[str, object] | None = None
) -> str:
    """Hash of the Python and `libraries` versions, every file under `packages` (folders or
    single files) and `extra` (JSON-able settings the result depends on)."""
    digest = hashlib.sha256()
    versions = {"python": sys.version, "unicode": unicodedata.unidata_version}
    for name in libraries:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    digest.update(json.dumps([versions, extra or {}], sort_keys=True, default=str).encode())
    for package in packages:
        digest.update(b"\1" + package.name.encode())
        files = [package] if package.is_file() else sorted(_files(package))
        for path in files:
            digest.update(path.relative_to(package.parent).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes (hex), read in pieces."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def content_digest(path: Path, *, threads: int = 1) -> str:
    """SHA-256 of a file's bytes, or of a folder's files (relative paths and bytes, in name
    order), hashed by `threads` threads (hashlib lets go of the interpreter lock). OSError if
    something cannot be read."""
    if not path.is_dir():
        return file_digest(path)
    files = sorted(_files(path))
    with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
        digests = list(pool.map(file_digest, files))
    digest = hashlib.sha256()
    for file, file_hash in zip(files, digests, strict=True):
        digest.update(file.relative_to(path).as_posix().encode() + b"\0" + file_hash.encode())
    return digest.hexdigest()


def _files(folder: Path) -> Iterable[Path]:
    return (p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)

"""Read-only access to an export, whether it is a folder, a .zip or a .tar.gz/.tgz.

Exports arrive in all three shapes (X and Slack as zip, older Mastodon backups as tar.gz,
and users often unpack them first). Collectors only need to list member paths and read
bytes, so this module offers exactly that, with the same POSIX relative member names in
every shape: `read` for small files, `open` for a stream of a big one (a 2 GB `tweets.js` is
decompressed and read chunk by chunk, never held whole). Nothing is extracted to disk and
inputs are never modified; members that could escape the archive (``..``, absolute paths)
or that are not regular files (symlinks, devices) are refused with an InputError naming the
archive and the member.
"""

from __future__ import annotations

import io
import logging
import os
import stat
import tarfile
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import IO, BinaryIO

from collectors.streams import decode_utf8, guarded_stream
from signals.ground.errors import InputError

log = logging.getLogger(__name__)

# Members larger than this are refused: no real export file is this big, a zip bomb is.
MAX_MEMBER_BYTES = 4 * 1024**3
# Decompression bombs: an archive whose members add up to more than this, or whose members
# expand more than MAX_RATIO times their compressed size (checked once a member, or a tar's
# running total, is over RATIO_MIN_BYTES), is refused before anything is decompressed.
MAX_TOTAL_BYTES = 32 * 1024**3
MAX_RATIO = 100
RATIO_MIN_BYTES = 16 * 1024**2
# Archives inside an archive are refused rather than opened: unpack them and pass them alone.
NESTED_ARCHIVE_SUFFIXES = (".zip", ".tar", ".tgz", ".gz", ".bz2", ".xz", ".zst", ".7z", ".rar")
# Tar members are cached while scanning (gzip cannot seek backwards cheaply) when they are
# small text-like files; media files and big data files (an outbox.json of hundreds of MB,
# which is streamed) are left in place and read on demand.
_TAR_CACHE_BYTES = 8 * 1024**2
_TAR_CACHE_SUFFIXES = (".json", ".js", ".csv", ".jsonl", ".ndjson", ".txt")
# What the decompressors raise on a corrupt member (zlib.error included: a bad deflate stream).
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError, zlib.error)
_TAR_ERRORS = (tarfile.TarError, OSError, EOFError, ValueError, zlib.error)


def safe_member_name(archive: Path, raw: str) -> str:
    """Normalise a member name to POSIX relative form or raise InputError if it could escape."""
    name = raw.replace("\\", "/")
    while name.startswith("./"):
        name = name[2:]
    parts = PurePosixPath(name).parts
    drive = len(name) > 1 and name[1] == ":"
    if not name or name.startswith("/") or drive or ".." in parts:
        raise InputError(
            f"member {raw!r} has an unsafe path (absolute or containing '..'); refusing to read this archive",
            path=archive,
        )
    return "/".join(p for p in parts if p not in ("", "."))


def _check_not_nested(archive: Path, name: str) -> None:
    if name.lower().endswith(NESTED_ARCHIVE_SUFFIXES):
        raise InputError(
            f"member {name!r} is itself an archive; nested archives are not opened "
            "(unpack it and pass it as its own export)",
            path=archive,
        )


def _bomb(archive: Path, what: str) -> InputError:
    return InputError(
        f"{what}; refusing a possible decompression bomb (limits: {MAX_TOTAL_BYTES} bytes in all, "
        f"{MAX_RATIO}:1 compression ratio)",
        path=archive,
    )


class Archive(ABC):
    """A read-only view of an export's files, addressed by POSIX relative member names."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @abstractmethod
    def names(self) -> list[str]:
        """Every regular-file member, sorted."""

    @abstractmethod
    def read(self, member: str) -> bytes:
        """The bytes of one member; InputError if it is missing or unreadable."""

    @abstractmethod
    def open(self, member: str) -> BinaryIO:
        """A binary stream of one member, read on demand (use it in a `with` block).

        InputError if the member is missing; a read error while streaming (a corrupt zip, a
        truncated gzip) is an InputError naming the member too.
        """

    @abstractmethod
    def close(self) -> None:
        """Release open file handles."""

    def display(self, member: str) -> str:
        """How a member is named in `source` columns and messages (`export.zip!data/tweets.js`)."""
        return f"{self.path}!{member}"

    def exists(self, member: str) -> bool:
        """Whether `member` is a regular file in the archive."""
        return member in self._name_set()

    def find(self, *, name: str | None = None, suffix: str | None = None) -> list[str]:
        """Members whose base name equals `name` and/or whose path ends with `suffix`, sorted."""
        found = []
        for member in self.names():
            if name is not None and member.rsplit("/", 1)[-1] != name:
                continue
            if suffix is not None and not member.endswith(suffix):
                continue
            found.append(member)
        return found

    def locate(self, relpath: str) -> str | None:
        """`relpath` itself if present, else the shallowest member ending with `/relpath`.

        Exports are often re-zipped with one enclosing folder (`twitter-2023/data/tweets.js`);
        this finds the file either way, preferring the top-most copy.
        """
        if self.exists(relpath):
            return relpath
        candidates = [m for m in self.names() if m.endswith("/" + relpath)]
        if not candidates:
            return None
        return min(candidates, key=lambda m: (m.count("/"), m))

    def read_text(self, member: str) -> str:
        """A member decoded as UTF-8 (a leading BOM is dropped); InputError on invalid bytes."""
        return decode_utf8(self.read(member), where=self.display(member))

    def _name_set(self) -> frozenset[str]:
        cached: frozenset[str] | None = getattr(self, "_names_cache", None)
        if cached is None:
            cached = frozenset(self.names())
            self._names_cache = cached
        return cached

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _missing(self, member: str) -> InputError:
        return InputError(f"no member {member!r} in this export", path=self.path)


class FolderArchive(Archive):
    """An unpacked export. Symlinks are allowed only when they stay inside the folder."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._root = path.resolve()
        self._names: list[str] | None = None

    def display(self, member: str) -> str:
        return str(self.path / member)

    def names(self) -> list[str]:
        if self._names is None:
            self._names = sorted(self._walk())
        return self._names

    def _walk(self) -> Iterator[str]:
        for dirpath, dirnames, filenames in os.walk(self.path, followlinks=False):
            dirnames.sort()
            here = Path(dirpath)
            for fname in filenames:
                full = here / fname
                rel = full.relative_to(self.path).as_posix()
                self._check(full, rel)
                yield rel

    def _check(self, full: Path, rel: str) -> None:
        st = full.lstat()
        if stat.S_ISLNK(st.st_mode):
            target = full.resolve()
            if not target.is_relative_to(self._root) or not target.is_file():
                raise InputError(
                    f"member {rel!r} is a symlink to {target}, outside the export or not a file; refusing it",
                    path=self.path,
                )
        elif not stat.S_ISREG(st.st_mode):
            raise InputError(f"member {rel!r} is not a regular file (device, pipe or socket)", path=self.path)

    def close(self) -> None:
        """Nothing to release for a folder."""

    def read(self, member: str) -> bytes:
        name = safe_member_name(self.path, member)
        if name not in self._name_set():
            raise self._missing(member)
        try:
            return (self.path / name).read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", path=self.display(name)) from None

    def open(self, member: str) -> BinaryIO:
        name = safe_member_name(self.path, member)
        if name not in self._name_set():
            raise self._missing(member)
        try:
            handle = (self.path / name).open("rb")
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", path=self.display(name)) from None
        return guarded_stream(handle, where=self.display(name))


class ZipArchive(Archive):
    """A .zip export (X, Slack, newer Mastodon), read member by member without extracting."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise InputError(f"unreadable zip archive ({exc})", path=path) from None
        self._infos: dict[str, zipfile.ZipInfo] = {}
        try:
            self._check_members(path)
        except InputError:
            self._zip.close()
            raise

    def _check_members(self, path: Path) -> None:
        total = 0
        for info in self._zip.infolist():
            if info.is_dir():
                continue
            name = safe_member_name(path, info.filename)
            ftype = stat.S_IFMT(info.external_attr >> 16)
            if ftype and ftype != stat.S_IFREG:
                raise InputError(f"member {name!r} is a symlink or special file; refusing it", path=path)
            _check_not_nested(path, name)
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise _bomb(path, f"members add up to more than {MAX_TOTAL_BYTES} bytes")
            if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _bomb(
                    path, f"member {name!r} expands from {info.compress_size} to {info.file_size} bytes"
                )
            self._infos.setdefault(name, info)

    def names(self) -> list[str]:
        return sorted(self._infos)

    def read(self, member: str) -> bytes:
        info = self._infos.get(member)
        if info is None:
            raise self._missing(member)
        if info.file_size > MAX_MEMBER_BYTES:
            raise InputError(f"member is {info.file_size} bytes, over the limit", path=self.display(member))
        try:
            return self._zip.read(info)
        except _ZIP_ERRORS as exc:
            raise InputError(f"cannot read zip member ({exc})", path=self.display(member)) from None

    def open(self, member: str) -> BinaryIO:
        info = self._infos.get(member)
        if info is None:
            raise self._missing(member)
        where = self.display(member)
        if info.file_size > MAX_MEMBER_BYTES:
            raise InputError(f"member is {info.file_size} bytes, over the limit", path=where)
        try:
            handle = self._zip.open(info)
        except _ZIP_ERRORS as exc:
            raise InputError(f"cannot read zip member ({exc})", path=where) from None
        return guarded_stream(handle, where=where, what="cannot read zip member", errors=_ZIP_ERRORS)

    def close(self) -> None:
        self._zip.close()


class TarArchive(Archive):
    """A .tar.gz/.tgz/.tar export (older Mastodon backups).

    The tar is scanned forward lazily; small text members are cached on the way, because a
    gzip stream re-decompresses from the start on every backward seek.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        try:
            self._tar = tarfile.open(path, mode="r:*")  # noqa: SIM115 - closed by close()
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise InputError(f"unreadable tar archive ({exc})", path=path) from None
        self._infos: dict[str, tarfile.TarInfo] = {}
        self._cache: dict[str, bytes] = {}
        self._done = False
        self._total = 0
        try:
            self._packed = max(path.stat().st_size, 1)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", path=path) from None

    def _scan(self, stop: Callable[[str], bool] | None = None) -> None:
        """Read members forward until `stop(name)` is true or the archive ends."""
        while not self._done:
            try:
                info = self._tar.next()
            except (tarfile.TarError, OSError, EOFError, ValueError) as exc:
                raise InputError(f"unreadable tar archive ({exc})", path=self.path) from None
            if info is None:
                self._done = True
                break
            if info.isdir():
                continue
            name = safe_member_name(self.path, info.name)
            if not info.isreg():
                raise InputError(f"member {name!r} is a link or special file; refusing it", path=self.path)
            _check_not_nested(self.path, name)
            self._total += info.size
            if self._total > MAX_TOTAL_BYTES:
                raise _bomb(self.path, f"members add up to more than {MAX_TOTAL_BYTES} bytes")
            if self._total > RATIO_MIN_BYTES and self._total > MAX_RATIO * self._packed:
                raise _bomb(self.path, f"members expand to over {MAX_RATIO} times the archive's size")
            if name in self._infos:
                continue
            self._infos[name] = info
            if info.size <= _TAR_CACHE_BYTES and name.endswith(_TAR_CACHE_SUFFIXES):
                self._cache[name] = self._extract(name, info)
            if stop is not None and stop(name):
                return

    def _extract(self, name: str, info: tarfile.TarInfo) -> bytes:
        with self._member(name, info) as handle:
            try:
                return handle.read()
            except _TAR_ERRORS as exc:
                raise InputError(f"cannot read tar member ({exc})", path=self.display(name)) from None

    def _member(self, name: str, info: tarfile.TarInfo) -> IO[bytes]:
        if info.size > MAX_MEMBER_BYTES:
            raise InputError(f"member is {info.size} bytes, over the limit", path=self.display(name))
        try:
            handle = self._tar.extractfile(info)
        except _TAR_ERRORS as exc:
            raise InputError(f"cannot read tar member ({exc})", path=self.display(name)) from None
        if handle is None:
            raise InputError("member has no data", path=self.display(name))
        return handle

    def names(self) -> list[str]:
        self._scan()
        return sorted(self._infos)

    def exists(self, member: str) -> bool:
        if member not in self._infos:
            self._scan(stop=lambda name: name == member)
        return member in self._infos

    def read(self, member: str) -> bytes:
        if not self.exists(member):
            raise self._missing(member)
        if member in self._cache:
            return self._cache[member]
        return self._extract(member, self._infos[member])

    def open(self, member: str) -> BinaryIO:
        if not self.exists(member):
            raise self._missing(member)
        where = self.display(member)
        if member in self._cache:
            return guarded_stream(io.BytesIO(self._cache[member]), where=where)
        handle = self._member(member, self._infos[member])
        return guarded_stream(handle, where=where, what="cannot read tar member", errors=_TAR_ERRORS)

    def close(self) -> None:
        self._tar.close()


def open_archive(path: str | os.PathLike[str], *, allow_tar: bool = True) -> Archive:
    """Open a folder, zip or (when allowed) tar export; InputError for anything else."""
    p = Path(path)
    if p.is_dir():
        return FolderArchive(p)
    if not p.exists():
        raise InputError("no such file or folder", path=p)
    try:
        if zipfile.is_zipfile(p):
            return ZipArchive(p)
        if allow_tar and tarfile.is_tarfile(p):
            return TarArchive(p)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=p) from None
    expected = "a folder, a .zip or a .tar.gz" if allow_tar else "a folder or a .zip"
    raise InputError(f"expected {expected}", path=p)


def contains_any(path: str | os.PathLike[str], relpaths: tuple[str, ...], *, allow_tar: bool = False) -> bool:
    """Cheap sniffing: whether the export holds any of `relpaths` (at its top or in a wrapper folder).

    A folder counts as a wrapper only when it is the sole entry of the given folder: a folder
    holding several exports (`exports/` with `x/`, `slack/`, ...) is not itself an export, so
    discovery looks into it instead of letting one format claim the whole tree.
    Never raises: anything unreadable simply is not this format.
    """
    p = Path(path)
    try:
        if p.is_dir():
            entries = [sub for sub in p.iterdir() if not sub.name.startswith(".")]
            tops = [p]
            if len(entries) == 1 and entries[0].is_dir() and not entries[0].is_symlink():
                tops.append(entries[0])
            return any((top / rel).is_file() for top in tops for rel in relpaths)
        if not p.is_file() or not (zipfile.is_zipfile(p) or (allow_tar and tarfile.is_tarfile(p))):
            return False
        with open_archive(p, allow_tar=allow_tar) as arc:
            return any(arc.locate(rel) is not None for rel in relpaths)
    except (InputError, OSError):
        return False

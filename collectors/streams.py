"""Streams of export files: guarded binary streams and incremental UTF-8 text.

Big exports (a 2 GB `tweets.js`, an outbox of a million statuses, a helpdesk log) are read
as streams, a chunk at a time, so memory follows the posts kept, not the size of the file.
This module holds what every streaming reader shares: a binary stream whose read errors
(a corrupt zip member, a truncated gzip) are InputErrors naming the file, and a UTF-8
decoder that reports a bad byte at the same offset a whole-file decode would.
"""

from __future__ import annotations

import codecs
import io
import os
from collections.abc import Callable
from typing import IO, BinaryIO

from signals.ground.errors import InputError

# Bytes read from a file at a time, and the buffer of the streams handed to collectors.
CHUNK_BYTES = 256 * 1024
STREAM_BUFFER = 64 * 1024
BOM = codecs.BOM_UTF8
# Opens one export file as a binary stream, anew on each call (a file, an archive member).
Opener = Callable[[], BinaryIO]


def decode_utf8(data: bytes, *, where: str) -> str:
    """Decode UTF-8 (BOM tolerated); a bad byte is an InputError naming its offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _not_utf8(exc.start, exc.reason, where) from None


class NotUtf8Error(InputError):
    """A file that is not UTF-8; `offset` is the first bad byte (counted after a BOM)."""

    def __init__(self, offset: int, reason: str, where: str) -> None:
        super().__init__(
            f"not valid UTF-8 at byte {offset} ({reason}); re-save the file as UTF-8",
            path=where,
            location=f"byte {offset}",
        )
        self.offset = offset


def _not_utf8(offset: int, reason: str, where: str) -> NotUtf8Error:
    return NotUtf8Error(offset, reason, where)


class _GuardedReader(io.RawIOBase):
    """A read-only raw stream whose read errors become one InputError naming the file.

    Zip and tar members are decompressed while they are read, so a corrupt archive shows up
    in the middle of a collector's loop; this turns whatever the decompressor raises into
    the same clear error a whole-member read gives.
    """

    def __init__(self, raw: IO[bytes], *, where: str, what: str, errors: tuple[type[Exception], ...]) -> None:
        super().__init__()
        self._raw = raw
        self._where = where
        self._what = what
        self._errors = errors

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            data = self._raw.read(len(buffer))
        except self._errors as exc:
            raise InputError(f"{self._what} ({exc})", path=self._where) from None
        n = len(data)
        buffer[:n] = data
        return n

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


def guarded_stream(
    raw: IO[bytes], *, where: str, what: str = "cannot read", errors: tuple[type[Exception], ...] = (OSError,)
) -> BinaryIO:
    """`raw` as a buffered binary stream whose read errors are InputErrors naming `where`."""
    return io.BufferedReader(_GuardedReader(raw, where=where, what=what, errors=errors), STREAM_BUFFER)


def open_file(path: str | os.PathLike[str]) -> BinaryIO:
    """A plain file as a guarded binary stream; InputError if it cannot be opened."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - handed to the caller's `with`
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=path) from None
    return guarded_stream(handle, where=str(path))


def read_head(stream: IO[bytes], n: int) -> bytes:
    """Up to `n` bytes from the start of a stream (fewer only at the end of the file)."""
    parts, got = [], 0
    while got < n:
        data = stream.read(n - got)
        if not data:
            break
        parts.append(data)
        got += len(data)
    return b"".join(parts)


class Utf8Chunks:
    """The text of a UTF-8 byte stream, chunk by chunk; a leading BOM is dropped.

    A byte that is not UTF-8 is an InputError at the offset `decode_utf8` would name for the
    whole file (counted after the BOM, as Python's `utf-8-sig` codec counts), so a streamed
    file and a file read whole fail with the same message.
    """

    def __init__(self, raw: IO[bytes], *, where: str, chunk: int = CHUNK_BYTES) -> None:
        self.where = where
        self._raw = raw
        self._chunk = chunk
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._fed = 0  # bytes after the BOM handed to the decoder so far
        self._started = False
        self.eof = False

    def read(self, size: int | None = None) -> str:
        """The next piece of text ('' only at the end of the file); at least `size` bytes are read."""
        while not self.eof:
            data = read_head(self._raw, max(size or 0, self._chunk))
            final = not data
            if not self._started:
                data = self._strip_bom(data)
            pending = len(self._decoder.getstate()[0])
            try:
                text = self._decoder.decode(data, final=final)
            except UnicodeDecodeError as exc:
                raise _not_utf8(self._fed - pending + exc.start, exc.reason, self.where) from None
            self._fed += len(data)
            self.eof = final
            if text:
                return text
        return ""

    def _strip_bom(self, data: bytes) -> bytes:
        while len(data) < len(BOM) and data == BOM[: len(data)]:
            more = self._raw.read(len(BOM) - len(data))
            if not more:
                break
            data += more
        self._started = True
        return data[len(BOM) :] if data.startswith(BOM) else data

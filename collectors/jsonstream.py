"""Big JSON files read one array element at a time, never whole.

X's `tweets.js` and Mastodon's `outbox.json` hold every post of an account in one array; a
2 GB file read whole costs its text plus a decoded tree several times its size. `JsonStream`
keeps a sliding window of the text (decoded chunk by chunk from a byte stream) and lets the
standard library's own decoder, `json.JSONDecoder.raw_decode`, decode one element at a time
from it. Only the framing between elements (brackets, commas, object keys) is walked here,
following the rules and the error messages of CPython's json scanner, so every value comes
out exactly as `json.loads` would give it and a broken file fails with the message, line and
column that decoding the whole text would report.

An element that runs past the end of the window is decoded again once more text is read
(the window grows to twice its size each time, so a huge element costs linear time); a
value ending close to the window's end is decoded again too, because a number cut by a
chunk boundary would decode as a shorter number.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO, Any

from collectors import streams
from signals.ground.errors import InputError

# JSON's insignificant whitespace (RFC 8259 and CPython's scanner): not str.isspace().
_WS = re.compile(r"[ \t\n\r]*")
# A value must end this far before the window's end to be accepted without reading on:
# a number's match can back off a few characters (`1.5e+` then a non-digit), never more.
_MARGIN = 32


class JsonStream:
    """A cursor over the JSON text of a byte stream, for walking one big top-level value.

    `peek` skips whitespace and shows the next character; `value` decodes the value at the
    cursor; `array` yields the elements of the array at the cursor; `members` yields the keys
    of the object at the cursor (the caller reads each value before asking for the next
    key); `finish` checks what follows the top-level value. Errors are InputErrors naming the
    file with the line and column in the whole text.
    """

    def __init__(self, raw: IO[bytes], *, where: str, chunk: int | None = None) -> None:
        self.where = where
        self._chunk = chunk or streams.CHUNK_BYTES  # looked up now, so tests can make chunks tiny
        self._text = streams.Utf8Chunks(raw, where=where, chunk=self._chunk)
        self._decoder = json.JSONDecoder()
        self._buf = ""
        self._pos = 0
        self._lines = 0  # newlines in the text already dropped from the window
        self._column = 0  # characters after the last dropped newline

    # -- the window ----------------------------------------------------------------------

    def _fill(self) -> bool:
        """Append more text, dropping the consumed part; False (window unchanged) at the end of the file."""
        if self._text.eof:
            return False
        buf, pos = self._buf, self._pos
        # Read at least as much as is pending, so an element many chunks long costs linear time.
        more = self._text.read(max(self._chunk, len(buf) - pos))
        if not more:
            return False
        if pos:
            newlines = buf.count("\n", 0, pos)
            if newlines:
                self._lines += newlines
                self._column = pos - buf.rfind("\n", 0, pos) - 1
            else:
                self._column += pos
        self._buf, self._pos = buf[pos:] + more, 0
        return True

    def location(self, pos: int | None = None) -> str:
        """`line L, column C` of a window position in the whole text (1-based, as json reports)."""
        pos = self._pos if pos is None else pos
        newlines = self._buf.count("\n", 0, pos)
        if newlines:
            column = pos - self._buf.rfind("\n", 0, pos)
            return f"line {self._lines + newlines + 1}, column {column}"
        return f"line {self._lines + 1}, column {self._column + pos + 1}"

    def error(self, message: str, pos: int | None = None) -> InputError:
        """An `invalid JSON` InputError at a window position (default: the cursor).

        The rest of the file is decoded first (`drain`), so a file that is not UTF-8 further on
        is reported as such, as it is when the file is read whole.
        """
        where = self.location(pos)
        self.drain()
        return InputError(f"invalid JSON: {message}", path=self.where, location=where)

    def drain(self) -> None:
        """Decode the rest of the file without keeping it: InputError if it is not UTF-8."""
        while self._text.read():
            pass

    # -- reading -------------------------------------------------------------------------

    def peek(self) -> str:
        """The next character after whitespace ('' at the end of the file); the cursor moves to it."""
        while True:
            self._pos = _skip_space(self._buf, self._pos)
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                return ""

    def value(self) -> Any:
        """Decode the JSON value at the cursor (no whitespace before it) and move past it."""
        while True:
            buf = self._buf
            try:
                value, end = self._decoder.raw_decode(buf, self._pos)
            except json.JSONDecodeError as exc:
                cut = exc.pos >= len(buf) - _MARGIN or exc.msg.startswith("Unterminated string")
                if cut and self._fill():
                    continue
                raise self.error(exc.msg, exc.pos) from None
            except RecursionError:
                self.drain()
                raise InputError("invalid JSON: nested too deeply", path=self.where) from None
            if end > len(buf) - _MARGIN and self._fill():
                continue
            self._pos = end
            return value

    def find(self, char: str) -> str | None:
        """Move the cursor to the next `char`; None if there is none.

        Returns the last non-space character before it ('' if there is only space), which is
        all a caller checking a prefix such as X's `window.YTD.tweets.part0 =` needs.
        """
        last = ""
        while True:
            at = self._buf.find(char, self._pos)
            before = self._buf[self._pos : len(self._buf) if at < 0 else at].rstrip()
            last = before[-1:] or last
            if at >= 0:
                self._pos = at
                return last
            self._pos = len(self._buf)
            if not self._fill():
                return None

    def array(self) -> Iterator[Any]:
        """The elements of the array whose `[` is at the cursor, one at a time."""
        self._pos += 1
        if self.peek() == "]":
            self._pos += 1
            return
        while True:
            yield self.value()
            char = self.peek()
            if char == "]":
                self._pos += 1
                return
            if char != ",":
                raise self.error("Expecting ',' delimiter")
            self._pos += 1
            self.peek()

    def members(self) -> Iterator[str]:
        """The keys of the object whose `{` is at the cursor.

        After each key the cursor is on its value, which the caller must read (`value` or
        `array`) before asking for the next key.
        """
        self._pos += 1
        char = self.peek()
        if char == "}":
            self._pos += 1
            return
        while True:
            if char != '"':
                raise self.error("Expecting property name enclosed in double quotes")
            key = self.value()
            if self.peek() != ":":
                raise self.error("Expecting ':' delimiter")
            self._pos += 1
            self.peek()
            yield key
            char = self.peek()
            if char == "}":
                self._pos += 1
                return
            if char != ",":
                raise self.error("Expecting ',' delimiter")
            self._pos += 1
            char = self.peek()

    def finish(self) -> None:
        """After the top-level value only space, then `;`s (X's `.js` files), then space may follow."""
        where = self.location()
        phase = 0  # 0: space before the semicolons, 1: semicolons, 2: space after them
        while True:
            for char in self._buf[self._pos :]:
                if char.isspace():
                    phase = 2 if phase == 1 else phase
                elif char == ";" and phase < 2:
                    phase = 1
                else:
                    self.drain()
                    raise InputError(
                        "invalid JSON: unexpected content after the value", path=self.where, location=where
                    )
            self._pos = len(self._buf)
            if not self._fill():
                return


def _skip_space(text: str, pos: int) -> int:
    match = _WS.match(text, pos)
    return match.end() if match else pos

"""Byte-stable writing: text files, the JSON dialects of the exports, zip and tar.gz archives.

Same seed, same bytes: files are written with `\\n` line ends, archives with fixed timestamps,
permissions and member order, gzip without a name or time in its header. Key order inside JSON is
fixed by construction (it mirrors the real exports), never by the order of a set.
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile
from collections.abc import Iterable
from json.encoder import encode_basestring as _encode_str
from pathlib import Path
from typing import Any

ZIP_TIME = (2025, 9, 2, 14, 7, 30)


def write_text(path: Path, text: str) -> int:
    """Write UTF-8 text with `\\n` line ends; returns the number of bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def pretty(
    value: Any, *, unit: str, colon: str, empty: tuple[str, str] = ("[]", "{}"), indent: str = ""
) -> str:
    """Indented JSON like `json.dumps(indent=...)`, several times faster (no generator machinery).

    `unit` is one indent step, `colon` the key separator, `empty` how an empty list and dict print.
    """
    kind = type(value)
    if kind is str:
        return _encode_str(value)
    if kind is dict:
        if not value:
            return empty[1]
        inner = indent + unit
        members = []
        for key, item in value.items():
            kind = type(item)
            if kind is str:
                text = _encode_str(item)
            elif kind is bool:
                text = "true" if item else "false"
            else:
                text = pretty(item, unit=unit, colon=colon, empty=empty, indent=inner)
            members.append(f"{inner}{_encode_str(key)}{colon}{text}")
        return "{\n" + ",\n".join(members) + "\n" + indent + "}"
    if kind is list:
        if not value:
            return empty[0]
        inner = indent + unit
        if all(type(item) is str for item in value):
            return "[\n" + ",\n".join(inner + _encode_str(item) for item in value) + "\n" + indent + "]"
        items = [
            inner
            + (
                _encode_str(item)
                if type(item) is str
                else pretty(item, unit=unit, colon=colon, empty=empty, indent=inner)
            )
            for item in value
        ]
        return "[\n" + ",\n".join(items) + "\n" + indent + "]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    return json.dumps(value)


def x_json(value: Any) -> str:
    """X archive JSON: two-space indent, `"key" : value`, empty containers as `[ ]` and `{ }`."""
    return pretty(value, unit="  ", colon=" : ", empty=("[ ]", "{ }"))


def x_js(global_name: str, items: list[Any]) -> str:
    """A `data/*.js` file: `window.YTD.<name>.part0 = [ ... ]` (no trailing newline, like X's)."""
    if not items:
        return f"window.{global_name} = [ ]"
    body = ",\n".join("  " + x_json(item).replace("\n", "\n  ") for item in items)
    return f"window.{global_name} = [\n{body}\n]"


def jackson(value: Any, indent: str = "") -> str:
    """The manifest's pretty-printer style: `"files" : [ {` ... `} ]`."""
    if isinstance(value, dict):
        if not value:
            return "{ }"
        inner = indent + "  "
        members = ",\n".join(f"{inner}{json.dumps(k)} : {jackson(v, inner)}" for k, v in value.items())
        return "{\n" + members + "\n" + indent + "}"
    if isinstance(value, list):
        if not value:
            return "[ ]"
        return "[ " + ", ".join(jackson(v, indent) for v in value) + " ]"
    return json.dumps(value, ensure_ascii=False)


def slack_json(value: Any) -> str:
    """Slack export JSON: four-space indent, `\\/`-escaped slashes, raw UTF-8."""
    return pretty(value, unit="    ", colon=": ").replace("/", "\\/")


def compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_zip(path: Path, members: Iterable[tuple[str, bytes]]) -> int:
    """A zip with fixed member times, permissions and creator system; returns its size."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data, compresslevel=6)
    path.write_bytes(buffer.getvalue())
    return len(buffer.getvalue())


def write_tar_gz(path: Path, members: Iterable[tuple[str, bytes]]) -> int:
    """A tar.gz with mtime 0, root ownership and a gzip header without name or time; returns its size."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = io.BytesIO()
    with (
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.USTAR_FORMAT) as tar,
    ):
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 0
            info.mode = 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            tar.addfile(info, io.BytesIO(data))
    path.write_bytes(raw.getvalue())
    return len(raw.getvalue())

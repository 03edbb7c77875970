"""`signals text-features`: per-text features and their matched spans for a file of texts.

Reads a CSV or JSONL file with `id` and `text` (and optionally `lang`) and writes one row per
text: `id`, every per-text feature (`<family>__<feature>`, the columns of
`features.TEXT_FEATURE_COLUMNS`, NaN where the text has nothing to read or is not English)
and `matches`, the matched spans as JSON. The values come from `features.texts_features`,
the per-text analysis `signals run` uses.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Any

import click

from signals.ground.errors import InputError

REQUIRED = ("id", "text")


def _read_csv(path: Path) -> list[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise InputError(
                    f"missing column(s) {', '.join(missing)}; expected a header with id,text (found "
                    f"{', '.join(header) or 'no header'})",
                    path=path,
                    location="line 1",
                )
            rows = []
            for row in reader:
                if None in row:  # more fields than the header names
                    raise InputError(
                        "more fields than the header has", path=path, location=f"line {reader.line_num}"
                    )
                rows.append(dict(row))
            return rows
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text ({exc.reason})", path=path) from exc
    except csv.Error as exc:
        raise InputError(f"not a valid CSV file ({exc})", path=path) from exc


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text ({exc.reason})", path=path) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON ({exc.msg})", path=path, location=f"line {number}") from exc
        if not isinstance(row, dict):
            raise InputError("expected a JSON object with id and text", path=path, location=f"line {number}")
        missing = [c for c in REQUIRED if c not in row]
        if missing:
            raise InputError(f"missing field(s) {', '.join(missing)}", path=path, location=f"line {number}")
        rows.append(row)
    return rows


def read_texts(path: Path) -> list[dict[str, Any]]:
    """Rows of `path` (CSV, or JSONL when the name ends .jsonl/.ndjson), each with id and text."""
    if not path.is_file():
        raise InputError("no such file", path=path)
    rows = _read_jsonl(path) if path.suffix.lower() in (".jsonl", ".ndjson") else _read_csv(path)
    for number, row in enumerate(rows, start=1):
        text = row.get("text")
        if text is not None and not isinstance(text, str):
            raise InputError("text must be a string", path=path, location=f"record {number}")
    return rows


def feature_rows(rows: list[dict[str, Any]], *, mission_terms: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """One output row per input row: id, every TEXT_FEATURE_COLUMNS value, matches as JSON."""
    from features import TEXT_FEATURE_COLUMNS, texts_features

    texts = [row.get("text") or "" for row in rows]
    langs = [row.get("lang") or None for row in rows]
    found = texts_features(texts, mission_terms=mission_terms, langs=langs)
    out = []
    for row, (values, matches) in zip(rows, found, strict=True):
        record: dict[str, Any] = {"id": row["id"]}
        record |= {column: values.get(column, math.nan) for column in TEXT_FEATURE_COLUMNS}
        record["matches"] = json.dumps(
            [{"feature": m.feature, "start": m.start, "end": m.end, "label": m.label} for m in matches],
            ensure_ascii=False,
        )
        out.append(record)
    return out


def write_rows(records: list[dict[str, Any]], out: Path) -> None:
    """CSV, or JSONL (NaN as null) when `out` ends .jsonl."""
    from features import TEXT_FEATURE_COLUMNS

    out.parent.mkdir(parents=True, exist_ok=True)
    columns = ["id", *TEXT_FEATURE_COLUMNS, "matches"]
    if out.suffix.lower() == ".jsonl":
        with out.open("w", encoding="utf-8") as handle:
            for record in records:
                clean = {
                    k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in record.items()
                }
                clean["matches"] = json.loads(record["matches"])
                handle.write(json.dumps(clean, ensure_ascii=False) + "\n")
        return
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for record in records:
            writer.writerow(
                {k: ("" if isinstance(v, float) and math.isnan(v) else v) for k, v in record.items()}
            )


@click.command("text-features")
@click.argument("in_file", metavar="IN", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_file",
    required=True,
    type=click.Path(path_type=Path),
    help="Output file: CSV, or JSONL when the name ends .jsonl.",
)
@click.option("--mission-terms", default="", help="Comma-separated organization terms for mission affinity.")
def text_features_command(in_file: Path, out_file: Path, mission_terms: str) -> None:
    """Per-text features of IN (CSV or JSONL with id,text[,lang]) with every matched span."""
    rows = read_texts(in_file)
    terms = tuple(t.strip() for t in mission_terms.split(",") if t.strip())
    write_rows(feature_rows(rows, mission_terms=terms), out_file)
    click.echo(f"{len(rows)} texts -> {out_file}", err=True)

"""Writing a run's outputs: CSV tables, the DuckDB workspace and the report.

Every file is written beside its final name and moved into place with os.replace, so an
interrupted run leaves the previous outputs whole, and every file is owner-only (0600,
signals.ground.atomic). CSVs are written the same way byte for byte for the same input (sorted
rows, fixed float format), and text cells that a spreadsheet would run as a formula are
prefixed with an apostrophe.

The outputs keep the words of consenting staff only. In the workspace's posts table the text
of a post of anyone else on the roster (people without consent, unsigned posts of shared
accounts) is left out, with a keyed hash of it kept for the accounting; third parties' texts
(authors who are no staff account) are masked as evidence is, unless the run was asked to
show identities; the posts of people on the folder's forget list (signals.forget_list) are
not written at all. Excerpts of rejected records, whose author is not known, are withheld.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from features.lexical import normalize_account
from features.text_cache import CACHE_FILE, digest_path
from signals.execution.spill import StoredTable
from signals.forget_list import FORGET_FILE, read_forgotten, write_forgotten
from signals.ground.atomic import OWNER_ONLY, atomic_database, atomic_path, remove_part, stale_parts
from signals.ground.errors import InputError, SignalsError
from signals.pipeline import RunResult
from signals.report import report_chunks
from signals.shareable import SHAREABLE, PostPrivacy

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_OUTPUTS = {
    "scores.csv": ("scores", ["person_id", "trait"]),
    "evidence.csv": ("evidence", ["person_id", "trait", "feature", "post_id"]),
    "person_features.csv": ("person_features", ["person_id"]),
    "replies.csv": ("replies", ["person_id", "replied_at", "post_id"]),
    "rejects.csv": ("rejects", ["source", "locator"]),
}
KEY_FILE = ".signals-key"
PSEUDONYM_PREFIX = "anon:"
# Account columns that name people outside the staff; in the workspace they hold keyed pseudonyms.
PSEUDONYMIZED_COLUMNS = {
    "posts": ("account", "reply_to_account"),
    "staff_posts": ("reply_to_account",),
    "replies": ("inbound_account",),
}
WORKSPACE_CHUNK_ROWS = 100_000  # rows of a table inserted into the workspace at a time
# DuckDB's buffer pool while the workspace is written: it caches every written block up to its
# limit (80 % of RAM by default); the inserts stream, and anything larger spills to disk
WORKSPACE_MEMORY_LIMIT = "128MB"
WORKSPACE_TABLES = (
    "posts",
    "rejects",
    "sources",
    "roster",
    "roster_accounts",
    "staff_posts",
    "post_features",
    "replies",
    "person_features",
    "feature_evidence",
    "scores",
    "evidence",
    "reliability",
)


def guard_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells starting with = + - @ (or a tab or carriage return) with an apostrophe,
    so spreadsheets show them as text, and write each carriage return in a text cell as a line
    feed (same length): the CSV writer quotes a cell holding a line feed, but writes a lone
    carriage return bare, and readers then split the row there. Text columns of either kind
    are read: Python objects and pandas' string types (Arrow strings, checked without a Python
    string per row)."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if isinstance(values.dtype, pd.StringDtype):
            flagged = values.str.startswith(FORMULA_PREFIXES).fillna(False).to_numpy(dtype=bool)
            returns = values.str.contains("\r", regex=False).fillna(False).to_numpy(dtype=bool)
        elif values.dtype == object:
            is_text = np.fromiter((isinstance(v, str) for v in values), bool, len(values))
            text = values[is_text].astype(str)
            flagged, returns = np.zeros((2, len(values)), dtype=bool)
            flagged[is_text] = text.str.startswith(FORMULA_PREFIXES).to_numpy(dtype=bool)
            returns[is_text] = text.str.contains("\r", regex=False).to_numpy(dtype=bool)
        else:
            continue
        if flagged.any():
            values = values.where(~flagged, "'" + values[flagged].astype(str))
        if returns.any():
            values = values.where(~returns, values[returns].astype(str).str.replace("\r", "\n"))
        out[column] = values
    return out


def write_csv(frame: pd.DataFrame, path: Path, *, sort_by: list[str]) -> None:
    """Deterministic CSV: rows sorted by the key, ISO times, floats to 6 significant digits."""
    keys = [k for k in sort_by if k in frame.columns]
    ordered = frame.sort_values(keys, kind="stable") if keys else frame
    ordered = guard_formulas(ordered)
    for column in ordered.columns:
        if isinstance(ordered[column].dtype, pd.DatetimeTZDtype):
            ordered[column] = iso_times(ordered[column])
    with atomic_path(path) as tmp:
        ordered.to_csv(tmp, index=False, float_format="%.6g", lineterminator="\n")


def iso_times(column: pd.Series) -> pd.Series:
    """Each time of a timezone-aware column as `Timestamp.isoformat()` writes it, with `Z` for
    UTC's `+00:00`; "" where missing.

    UTC columns (all of ours) are formatted as whole arrays: the seconds by numpy, the
    fraction from the integer time (six digits when there are microseconds, three more when
    there are nanoseconds, as isoformat does) — about three times faster than a Timestamp
    object per value. Other time zones take the per-value path.
    """
    if column.empty:
        return pd.Series([], index=column.index, dtype=object)
    if str(column.dt.tz) != "UTC":
        return column.map(lambda t: "" if pd.isna(t) else t.isoformat().replace("+00:00", "Z"))
    values = column.dt.tz_localize(None).to_numpy()
    per_second = {"s": 1, "ms": 10**3, "us": 10**6, "ns": 10**9}[np.datetime_data(values.dtype)[0]]
    nanos = (values.view("int64") % per_second) * (10**9 // per_second)
    micros, rest = nanos // 1000, nanos % 1000
    digits = np.char.add(
        np.char.zfill(micros.astype(str), 6), np.where(rest == 0, "", np.char.zfill(rest.astype(str), 3))
    )
    fraction = np.where(nanos == 0, "", np.char.add(".", digits))
    text = np.char.add(np.char.add(np.datetime_as_string(values, unit="s"), fraction), "Z").astype(object)
    text[np.isnat(values)] = ""
    return pd.Series(text, index=column.index, dtype=object)


def workspace_key(out_dir: Path) -> bytes:
    """The output folder's pseudonymization key: 32 random bytes, created once, then reused.

    Kept beside the outputs (readable by the owner only) so reruns give the same pseudonyms;
    deleting it makes earlier pseudonyms unlinkable to new ones.
    """
    path = out_dir / KEY_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    except FileExistsError:
        os.chmod(path, OWNER_ONLY)  # a key copied in from elsewhere is kept owner-only too
        key = path.read_bytes()
        if len(key) < 32:
            raise SignalsError(
                f"{path}: the pseudonymization key is damaged; delete it to start anew"
            ) from None
        return key
    key = os.urandom(32)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def pseudonym(account: str, key: bytes) -> str:
    """`anon:` + the first 16 hex digits of HMAC-SHA256(key, normalized account)."""
    digest = hmac.new(key, normalize_account(account).encode("utf-8"), hashlib.sha256).hexdigest()
    return PSEUDONYM_PREFIX + digest[:16]


def pseudonymize(
    frame: pd.DataFrame, columns: tuple[str, ...], *, staff: set[str], key: bytes
) -> pd.DataFrame:
    """Replace accounts that are not staff accounts by their keyed pseudonym (nulls stay null)."""
    replaced: dict[str, pd.Series] = {}
    for column in columns:
        if column not in frame.columns:
            continue
        # one HMAC per distinct account, not per row (a million posts name a few thousand),
        # and no Python string per row: rows index their account's replacement
        codes, distinct = pd.factorize(frame[column], use_na_sentinel=True)
        names = [
            v if not isinstance(v, str) or normalize_account(v) in staff else pseudonym(v, key)
            for v in distinct
        ]
        replacement = np.array([*names, np.nan], dtype=object)  # code -1 (missing) takes the last
        # a string column stays one (its workspace type then does not depend on the values)
        dtype = frame[column].dtype if isinstance(frame[column].dtype, pd.StringDtype) else object
        replaced[column] = pd.Series(replacement[codes], index=frame.index, dtype=dtype)
    # the other columns are shared with `frame`, not copied (a million posts' texts)
    return frame.assign(**replaced)


def write_workspace(result: RunResult, path: Path, *, key: bytes | None = None) -> None:
    """Every table of the run in one DuckDB file (owner-only), with the same column names.

    Accounts of people outside the roster (citizens, customers) are stored as keyed pseudonyms
    in the posts, staff posts and replies tables; `key` defaults to the output folder's key
    file. The posts table keeps texts as the module doc says, with a `text_hash` column; the
    rejects table as `shareable_rejects` gives it.
    """
    key = workspace_key(path.parent) if key is None else key
    staff = {normalize_account(a) for a in result.roster["account"].dropna().astype(str)}
    posts_kept = PostPrivacy.of(result, staff=staff, key=key)
    with atomic_database(path) as tmp:
        con = duckdb.connect(str(tmp))
        try:
            con.execute(f"SET memory_limit = '{WORKSPACE_MEMORY_LIMIT}'")
            for name in WORKSPACE_TABLES:
                table = SHAREABLE[name](result) if name in SHAREABLE else getattr(result, name)
                hidden = PSEUDONYMIZED_COLUMNS.get(name, ())
                if isinstance(table, StoredTable):  # read back from disk piece by piece
                    pieces = (
                        pseudonymize(posts_kept.apply(piece), hidden, staff=staff, key=key)
                        for piece in table.batches()
                    )
                    _create_table(con, name, pieces)
                else:
                    whole = pseudonymize(table, hidden, staff=staff, key=key) if hidden else table
                    _create_table(con, name, _pieces(whole), like=whole)
            summary = pd.DataFrame(sorted(result.summary.items()), columns=["measure", "value"])
            con.register("frame_view", summary)
            con.execute("CREATE TABLE run_summary AS SELECT * FROM frame_view")
            con.unregister("frame_view")
        finally:
            con.close()


def _pieces(frame: pd.DataFrame) -> Iterator[pd.DataFrame]:
    """`frame` in consecutive pieces of WORKSPACE_CHUNK_ROWS rows (one empty piece if empty)."""
    for start in range(0, max(len(frame), 1), WORKSPACE_CHUNK_ROWS):
        yield frame.iloc[start : start + WORKSPACE_CHUNK_ROWS]


def _create_empty(con: duckdb.DuckDBPyConnection, name: str, like: pd.DataFrame) -> None:
    con.register("frame_view", like)
    con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM frame_view LIMIT 0')
    con.unregister("frame_view")


def _create_table(
    con: duckdb.DuckDBPyConnection,
    name: str,
    pieces: Iterable[pd.DataFrame],
    *,
    like: pd.DataFrame | None = None,
) -> None:
    """Table `name` from consecutive `pieces` of one table, inserted one at a time.

    The column types come from an empty select of `like` (the whole table, as one `CREATE
    TABLE AS` would type it), else of the first piece: a stored table's columns all have
    dtypes that fix their type whatever the values. Each piece is checkpointed to the file,
    so DuckDB never holds a million posts' texts in memory at once.
    """
    first = True
    for piece in pieces:
        if first:
            _create_empty(con, name, piece if like is None else like)
            first = False
        if len(piece):
            con.register("frame_view", piece)
            con.execute(f'INSERT INTO "{name}" SELECT * FROM frame_view')
            con.unregister("frame_view")
            con.execute("CHECKPOINT")


def remove_stale_parts(out: Path) -> None:
    """Delete temporary files a killed earlier run left beside our outputs (never anything else)."""
    cache_digest = digest_path(Path(CACHE_FILE)).name
    names = [*CSV_OUTPUTS, "signals.duckdb", "report.html", CACHE_FILE, cache_digest, FORGET_FILE]
    for name in names:
        for stale in stale_parts(out, name):
            remove_part(stale)


def write_outputs(
    result: RunResult, out_dir: str | Path, *, unforget: Collection[str] = ()
) -> dict[str, Path]:
    """Write every output of DESIGN.md into `out_dir`; return their paths by name.

    The folder's forget list (signals.forget_list) must be honoured: InputError, before
    anything is written, if the run scored someone on it who is not in `unforget`. Afterwards
    the list is the run's `forgotten`.

    The CSVs, the report and the workspace are written one after the other, each whole or not
    at all; a failure stops the writing there (a failed report leaves no workspace). Written
    side by side (the workspace in a second thread) they took about a quarter less time, but
    the two peaks added up: a million posts' outputs then held 2.16 GB, over the 2 GB a run
    may use; one after the other 1.79 GB (docs/performance.md).
    """
    out = Path(out_dir)
    forgotten_before = set(read_forgotten(out))
    scored_again = sorted(forgotten_before - set(unforget) - set(result.forgotten))
    if scored_again:
        raise InputError(
            f"this folder keeps {', '.join(scored_again)} forgotten (`signals forget`) and the run did not "
            "leave them out: pass forgotten=signals.forget_list.read_forgotten(OUT) to analyze, or "
            "`signals run --unforget PERSON` to score them again",
            path=out,
        )
    out.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new folder: only its owner lists it
    remove_stale_parts(out)
    key = workspace_key(out)
    written: dict[str, Path] = {}
    for filename, (attribute, keys) in CSV_OUTPUTS.items():
        table = SHAREABLE[attribute](result) if attribute in SHAREABLE else getattr(result, attribute)
        write_csv(table, out / filename, sort_by=keys)
        written[filename] = out / filename
    with atomic_path(out / "report.html") as tmp, tmp.open("w", encoding="utf-8") as handle:
        handle.writelines(report_chunks(result))
    written["report.html"] = out / "report.html"
    write_workspace(result, out / "signals.duckdb", key=key)
    written["signals.duckdb"] = out / "signals.duckdb"
    if set(result.forgotten) != forgotten_before:
        write_forgotten(out, result.forgotten)
    return {name: written[name] for name in [*CSV_OUTPUTS, "signals.duckdb", "report.html"]}

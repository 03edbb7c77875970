"""The run's workspace folder after the fact: erasing a person (`signals forget`).

`forget` removes a person's posts, post features, replies, person features, scores and evidence
from `signals.duckdb` and from the CSV tables beside it. The database is rebuilt into a new file
(not edited in place, where deleted rows could linger in free pages) and every file is replaced
atomically, so an interrupted `forget` leaves the previous workspace whole. CSV rows of other
people are kept byte for byte. The folder's text cache (features.text_cache) cannot tell whose
texts it holds, so it is deleted whole; the next run analyzes every text again. So are the
exports kept in the user's cache folder (collectors.read_cache) when `forget` is given it.

The person is still in the roster and the exports, so `forget` also puts them on the folder's
forget list (signals.forget_list): later runs into the folder leave them out until a run is
told to take them off it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from collectors.read_cache import clear
from features.lexical import normalize_account
from features.text_cache import CACHE_FILE, digest_path
from signals.forget_list import FORGOTTEN_ACCOUNT, add_forgotten
from signals.ground.atomic import atomic_database, atomic_path
from signals.ground.errors import InputError
from signals.outputs import CSV_OUTPUTS

WORKSPACE_FILE = "signals.duckdb"
REPORT_FILE = "report.html"
POST_TABLES = ("posts", "post_features")  # keyed by post_id only
# columns naming the account someone answered: a forgotten person's become FORGOTTEN_ACCOUNT
ANSWERED_ACCOUNT_COLUMNS = ("inbound_account", "reply_to_account")


@dataclass
class ForgetResult:
    """What `forget` removed: rows per table of the database, rows per CSV file, and other files."""

    person_id: str
    tables: dict[str, int] = field(default_factory=dict)
    csv_files: dict[str, int] = field(default_factory=dict)
    removed_files: list[str] = field(default_factory=list)
    cache_removed: bool = False
    read_cache_removed: bool = False
    newly_listed: bool = False  # put on the forget list now (False: it was on it already)

    @property
    def total(self) -> int:
        return sum(self.tables.values()) + sum(self.csv_files.values()) + len(self.removed_files)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def forget(person_id: str, workspace: str | Path, *, read_cache: str | Path | None = None) -> ForgetResult:
    """Erase `person_id` from the workspace folder and put them on its forget list; InputError
    if it holds no workspace.

    The folder's text cache and the exports kept in `read_cache` (collectors.read_cache) are
    deleted whole when the person was found: they cannot tell whose words they hold. The
    person goes on the forget list even when nothing of them was found, so that no later run
    into the folder scores them.
    """
    folder = Path(workspace)
    db = folder / WORKSPACE_FILE
    if not db.is_file():
        raise InputError(f"no {WORKSPACE_FILE} here; expected the --out folder of `signals run`", path=folder)
    result = ForgetResult(person_id)
    accounts = _forget_in_database(person_id, db, result)
    for filename in CSV_OUTPUTS:
        path = folder / filename
        if path.is_file():
            removed = filter_csv(path, person_id, hide_accounts=accounts)
            if removed:
                result.csv_files[filename] = removed
    report = folder / REPORT_FILE
    if report.is_file() and person_id in report.read_text(encoding="utf-8", errors="replace"):
        report.unlink()
        result.removed_files.append(REPORT_FILE)
    cache = folder / CACHE_FILE
    if result.total and cache.is_file():
        cache.unlink()
        digest_path(cache).unlink(missing_ok=True)
        result.cache_removed = True
    if result.total and read_cache is not None:
        result.read_cache_removed = clear(Path(read_cache))
    result.newly_listed = add_forgotten(folder, person_id)
    return result


def _forget_in_database(person_id: str, db: Path, result: ForgetResult) -> frozenset[str]:
    """Copy the workspace without the person's rows, their accounts in the columns naming whom
    others answered replaced by FORGOTTEN_ACCOUNT; return those accounts (normalized)."""
    try:
        source = duckdb.connect(str(db), read_only=True)
    except duckdb.Error as exc:
        raise InputError(f"not a readable workspace ({exc})", path=db) from None
    try:
        tables = [
            r[0]
            for r in source.execute(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = 'main' ORDER BY table_name"
            ).fetchall()
        ]
        columns = {
            t: {
                r[0]
                for r in source.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [t]
                ).fetchall()
            }
            for t in tables
        }
        post_ids = _person_post_ids(source, person_id, tables, columns)
        accounts: frozenset[str] = frozenset()
        if "roster" in tables and "account" in columns["roster"]:
            sql = "SELECT DISTINCT account FROM roster WHERE person_id = ?"
            rows = source.execute(sql, [person_id]).fetchall()
            accounts = frozenset(normalize_account(r[0]) for r in rows if r[0])
    finally:
        source.close()
    with atomic_database(db) as tmp:
        con = duckdb.connect(str(tmp))
        try:
            con.execute(f"ATTACH {_sql_path(db)} AS old (READ_ONLY)")
            con.execute("CREATE TEMP TABLE forget_ids (post_id VARCHAR)")
            if post_ids:
                con.executemany("INSERT INTO forget_ids VALUES (?)", [[p] for p in sorted(post_ids)])
            for table in tables:
                where = _doomed(table, columns[table])
                _copy(con, table, where, person_id)
                removed = _count(con, table, where, person_id)
                if removed:
                    result.tables[table] = removed
                for column in ANSWERED_ACCOUNT_COLUMNS:
                    if column in columns[table]:
                        _hide_accounts(con, table, column, accounts)
            con.execute("DETACH old")
        finally:
            con.close()
    return accounts


def _hide_accounts(con: duckdb.DuckDBPyConnection, table: str, column: str, accounts: frozenset[str]) -> None:
    """Replace the values of `column` that are one of `accounts` (normalized) by FORGOTTEN_ACCOUNT."""
    if not accounts:
        return
    values = con.execute(f"SELECT DISTINCT {_quote(column)} FROM main.{_quote(table)}").fetchall()
    hidden = [v for (v,) in values if isinstance(v, str) and normalize_account(v) in accounts]
    if hidden:
        marks = ", ".join("?" for _ in hidden)
        con.execute(
            f"UPDATE main.{_quote(table)} SET {_quote(column)} = ? WHERE {_quote(column)} IN ({marks})",
            [FORGOTTEN_ACCOUNT, *hidden],
        )


def _doomed(table: str, cols: set[str]) -> str | None:
    """SQL condition (with `?` for the person id) of the rows to drop from `table`, or None."""
    parts = []
    if "person_id" in cols:
        parts.append("person_id IS NOT DISTINCT FROM ?")
    if "post_id" in cols and (table in POST_TABLES or "person_id" not in cols):
        parts.append("post_id IN (SELECT post_id FROM forget_ids)")
    return " OR ".join(f"({p})" for p in parts) or None


def _params(where: str | None, person_id: str) -> list[str]:
    return [person_id] * (where or "").count("?")


def _copy(con: duckdb.DuckDBPyConnection, table: str, where: str | None, person_id: str) -> None:
    select = f"SELECT * FROM old.{_quote(table)}"
    if where:
        select += f" WHERE NOT coalesce({where}, false)"
    con.execute(f"CREATE TABLE main.{_quote(table)} AS {select}", _params(where, person_id))


def _count(con: duckdb.DuckDBPyConnection, table: str, where: str | None, person_id: str) -> int:
    if not where:
        return 0
    row = con.execute(
        f"SELECT count(*) FROM old.{_quote(table)} WHERE coalesce({where}, false)", _params(where, person_id)
    ).fetchone()
    return int(row[0]) if row else 0


def _person_post_ids(
    con: duckdb.DuckDBPyConnection, person_id: str, tables: list[str], columns: dict[str, set[str]]
) -> set[str]:
    """Posts attributed to the person, plus every post of their own (non-shared) accounts."""
    ids: set[str] = set()
    if "staff_posts" in tables:
        ids.update(
            r[0]
            for r in con.execute(
                "SELECT post_id FROM staff_posts WHERE person_id = ?", [person_id]
            ).fetchall()
        )
    if "roster" in tables and "posts" in tables:
        shared = "signature" in columns["roster"]
        rows = con.execute(
            "SELECT platform, account"
            + (", signature" if shared else ", NULL")
            + " FROM roster WHERE person_id = ?",
            [person_id],
        ).fetchall()
        own = [(p, normalize_account(a)) for p, a, sig in rows if a is not None and not sig]
        if own:
            for post_id, platform, account in con.execute(
                "SELECT post_id, platform, account FROM posts"
            ).fetchall():
                if account is None:
                    continue
                acc = normalize_account(account)
                if any(acc == a and (not p or p == platform) for p, a in own):
                    ids.add(post_id)
    return ids


def filter_csv(path: Path, person_id: str, *, hide_accounts: frozenset[str] = frozenset()) -> int:
    """Drop the rows whose person_id is `person_id`, keeping every other byte; the count removed.

    In the rows kept, a cell of ANSWERED_ACCOUNT_COLUMNS holding one of `hide_accounts`
    (normalized) becomes FORGOTTEN_ACCOUNT (that row is written anew).
    """
    text = path.read_text(encoding="utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return 0
    if "person_id" not in header:
        return 0
    column = header.index("person_id")
    answered = [header.index(c) for c in ANSWERED_ACCOUNT_COLUMNS if c in header]
    lines = io.StringIO(text, newline="").readlines()  # the same line splitting as the reader
    kept = lines[: reader.line_num]
    removed = changed = 0
    start = reader.line_num
    for row in reader:
        end = reader.line_num
        if len(row) > column and row[column] == person_id:
            removed += 1
        elif any(i < len(row) and row[i] and normalize_account(row[i]) in hide_accounts for i in answered):
            changed += 1
            cells = [FORGOTTEN_ACCOUNT if i in answered and normalize_account(v) in hide_accounts else v
                     for i, v in enumerate(row)]  # fmt: skip
            ending = lines[start][len(lines[start].rstrip("\r\n")) :] or "\n"
            line = io.StringIO()
            csv.writer(line, lineterminator=ending).writerow(cells)
            kept.append(line.getvalue())
        else:
            kept.extend(lines[start:end])
        start = end
    if removed or changed:
        with atomic_path(path) as tmp:
            tmp.write_text("".join(kept), encoding="utf-8", newline="")
    return removed

"""Nothing under --out keeps what the report hides, and `forget` sticks (issue 21, items 1 and 2).

A small organization in a generic posts file: two consenting staff, a person without consent
who posts on her own account and signs posts on the shared library account, unsigned posts of
that account, customers whose texts hold an e-mail address, a phone number and a customer's
handle, and a record of the person without consent that cannot be read (a reject). Every file
a run leaves under --out is read back: DuckDB tables through DuckDB, the text cache through
Arrow, everything else as text, and every file's raw bytes.
"""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pytest
from reliability_helpers import run_cli, write_org

from signals.forget_list import FORGET_FILE, read_forgotten
from signals.ground.errors import InputError
from signals.outputs import write_outputs
from signals.pipeline import analyze

NO_CONSENT_WORDS = ("Zanzibarquokka", "Quetzalmarmot")  # her own account; her signed posts
UNSIGNED_WORD = "Wombatlantern"  # unsigned posts of the shared account: writer unknown
REJECTED_WORD = "Okapibanjo"  # in her record that cannot be read
CUSTOMER_EMAIL = "jane.doe@example.org"
CUSTOMER_PHONE = "555-867-5309"
CUSTOMER_HANDLE = "@neighbour_joe"
STAFF_WORDS = "story hour"  # consenting staff: kept, so the readers below are shown to read
HIDDEN = (*NO_CONSENT_WORDS, UNSIGNED_WORD, REJECTED_WORD, CUSTOMER_EMAIL, CUSTOMER_PHONE, CUSTOMER_HANDLE)
OWNER_ONLY = 0o600


def _organization(dest: Path, *, n: int = 36) -> tuple[Path, Path]:
    """posts.csv and roster.csv of the organization described in the module doc."""
    dest.mkdir(parents=True, exist_ok=True)
    start = datetime(2024, 3, 4, 8, 0, tzinfo=UTC)
    staff_lines = [
        "Sorry, that was my mistake, fixed now. Thanks @ana_k for spotting it!",
        f"We love what our library does for the town; come to the {STAFF_WORDS}!",
        "I don't know, but I'll ask our events team and get back to you today.",
        "Great idea, let's try a live Q&A with the team this Friday.",
    ]
    rows: list[dict[str, str]] = []
    for i in range(n):
        t = start + timedelta(minutes=41 * i)
        customer = f"customer{i % 5}"
        staff = ("ana_k", "ben_r", "cleo_s", "library")[i % 4]
        rows.append({
            "post_id": f"q{i}", "account": customer, "created_at": t.isoformat(),
            "text": f"@{staff} {CUSTOMER_HANDLE} and I need help: write {CUSTOMER_EMAIL} or call "
                    f"{CUSTOMER_PHONE} (question {i})",
            "reply_to_id": "", "reply_to_account": "",
        })
        text = staff_lines[i % len(staff_lines)]
        if staff == "cleo_s":
            text = f"{NO_CONSENT_WORDS[0]} says: {text}"
        elif staff == "library":
            signed = (f"{NO_CONSENT_WORDS[1]}: {text} ^CS", f"{text} ^AK", f"{UNSIGNED_WORD}: {text}")
            text = signed[i // 4 % 3]
        rows.append({
            "post_id": f"r{i}", "account": staff, "created_at": (t + timedelta(minutes=5 + i)).isoformat(),
            "text": text, "reply_to_id": f"q{i}", "reply_to_account": customer,
        })
    rows.append({
        "post_id": "bad1", "account": "cleo_s", "created_at": "the day after tomorrow",
        "text": f"{REJECTED_WORD} is my secret", "reply_to_id": "", "reply_to_account": "",
    })
    roster = (
        "person_id,display_name,platform,account,signature,consent\n"
        "ana,Ana Klein,,ana_k,,yes\nana,Ana Klein,,library,^AK,yes\nben,Ben Ruiz,,ben_r,,yes\n"
        "cleo,Cleo Stone,,cleo_s,,no\ncleo,Cleo Stone,,library,^CS,no\n"
    )
    return write_org(dest, rows, roster)


def _readable(path: Path) -> str:
    """Everything a reader of `path` can get out of it: its tables' cells through DuckDB or
    Arrow where it is one, and always its raw bytes as text."""
    raw = path.read_bytes()
    parts = [raw.decode("utf-8", errors="replace")]
    if raw.startswith(b"ARROW1"):
        table = pa.ipc.open_file(pa.memory_map(str(path))).read_all()
        parts.append(str(table.to_pydict()))
    elif path.suffix == ".duckdb":
        con = duckdb.connect(str(path), read_only=True)
        try:
            for (name,) in con.execute("SHOW TABLES").fetchall():
                parts.append(con.execute(f'SELECT * FROM "{name}"').df().astype(str).to_csv())
        finally:
            con.close()
    return "\n".join(parts)


def _files(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): _readable(p) for p in sorted(out.rglob("*")) if p.is_file()}


def _not_owner_only(out: Path) -> dict[str, str]:
    """Files under `out` whose mode is not 0600, with their modes."""
    modes = {str(p.relative_to(out)): stat.S_IMODE(p.stat().st_mode) for p in out.rglob("*") if p.is_file()}
    return {name: oct(mode) for name, mode in modes.items() if mode != OWNER_ONLY}


def _query(out: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(out / "signals.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _run(posts: Path, roster: Path, out: Path, *extra: str) -> str:
    proc = run_cli("run", str(posts), "--roster", str(roster), "--out", str(out), "--bootstrap", "3", *extra)
    assert proc.returncode == 0, proc.stderr
    return proc.stderr


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return _organization(tmp_path_factory.mktemp("org"))


def test_no_file_under_out_holds_words_of_people_without_consent_or_third_parties_identities(
    org: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _run(*org, out)
    files = _files(out)
    expected = {"signals.duckdb", "report.html", "rejects.csv", ".signals-text-cache.arrow", ".signals-key"}
    assert expected <= set(files)
    assert _not_owner_only(out) == {}
    assert stat.S_IMODE(out.stat().st_mode) == 0o700  # the folder the run made: only its owner lists it
    for name, text in files.items():
        assert [word for word in HIDDEN if word in text] == [], name
    assert STAFF_WORDS in files["signals.duckdb"] and STAFF_WORDS in files[".signals-text-cache.arrow"]
    # what the accounting needs is kept: every post of the person without consent, with a hash
    kept = "SELECT count(*), count(text), count(text_hash) FROM posts WHERE account = 'cleo_s'"
    assert _query(out, kept) == [(9, 0, 9)]
    # third parties' texts are kept masked, their accounts pseudonymized
    masked = _query(out, "SELECT text FROM posts WHERE post_id = 'q0'")[0][0]
    assert masked == "@ana_k @[someone] and I need help: write [e-mail] or call [phone] (question 0)"
    assert _query(out, "SELECT excerpt FROM rejects") == [("[withheld]",)]
    assert "customer" not in files["signals.duckdb"]


def test_with_show_identities_third_parties_are_shown_but_people_without_consent_are_not(
    org: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _run(*org, out, "--show-identities")
    files = _files(out)
    never = (*NO_CONSENT_WORDS, UNSIGNED_WORD, REJECTED_WORD)
    for name, text in files.items():
        assert [word for word in never if word in text] == [], name
    shown = _query(out, "SELECT text FROM posts WHERE post_id = 'q0'")[0][0]
    assert CUSTOMER_EMAIL in shown and CUSTOMER_PHONE in shown and CUSTOMER_HANDLE in shown
    assert _not_owner_only(out) == {}


def _mentions(files: dict[str, str], person: str, accounts: tuple[str, ...]) -> dict[str, list[str]]:
    """Per file, the ways `person` shows in it: as a person id cell or line, or by an account."""
    found: dict[str, list[str]] = {}
    for name, text in files.items():
        hits = [a for a in accounts if a in text]
        if f",{person}," in text or f"\n{person}," in text or f'"{person}"' in text:
            hits.append(person)
        if hits:
            found[name] = hits
    return found


def test_forget_sticks_across_runs_until_unforget(org: tuple[Path, Path], tmp_path: Path) -> None:
    posts, roster = org
    out = tmp_path / "out"
    _run(posts, roster, out)
    forgot = run_cli("forget", "ben", "--workspace", str(out))
    assert forgot.returncode == 0, forgot.stderr
    said = " ".join(forgot.stdout.split())
    assert "ben is still in your roster and exports" in said, said
    assert f"--out {out} --unforget ben" in said, said
    assert read_forgotten(out) == ("ben",)
    assert _not_owner_only(out) == {}

    summary = " ".join(_run(posts, roster, out).split())
    assert "left out because forgotten: 1 person of the roster and their 9 posts" in summary, summary
    files = _files(out)
    assert "ben_r" in posts.read_text(encoding="utf-8")  # still in the export
    # the forget list names ben: that is what it is for
    assert _mentions(files, "ben", ("ben_r", "Ben Ruiz", "Ben ")) == {FORGET_FILE: ["ben"]}
    assert _query(out, "SELECT value FROM run_summary WHERE measure = 'people_forgotten'") == [(1,)]
    assert _not_owner_only(out) == {}

    again = " ".join(_run(posts, roster, out, "--unforget", "ben").split())
    assert "taken off the forget list" in again and "included again: ben" in again, again
    assert "\nben," in (out / "scores.csv").read_text(encoding="utf-8")
    assert not (out / FORGET_FILE).exists()


def test_a_forgotten_persons_account_is_in_no_output_even_where_colleagues_answered_them(
    tmp_path: Path,
) -> None:
    posts, roster = _organization(tmp_path / "org")
    rows = pd.read_csv(posts, dtype=str, keep_default_na=False)
    answer = {"post_id": "ana_to_ben", "account": "ana_k", "created_at": "2024-03-04T09:00:00+00:00",
              "text": "Thanks, good answer! I'll add it to our FAQ.", "reply_to_id": "r1",
              "reply_to_account": "ben_r"}  # fmt: skip
    pd.concat([rows, pd.DataFrame([answer])], ignore_index=True).to_csv(posts, index=False)
    out = tmp_path / "out"
    _run(posts, roster, out)
    assert "ben_r" in (out / "replies.csv").read_text(encoding="utf-8")  # before: a colleague answered ben
    assert run_cli("forget", "ben", "--workspace", str(out)).returncode == 0
    # forget itself, before any rerun: ben's account is gone from the columns naming whom others
    # answered (other people's texts that mention ben stay until the next run masks them)
    assert "ben_r" not in (out / "replies.csv").read_text(encoding="utf-8")
    answered = "SELECT count(*) FROM {} WHERE {} = 'ben_r'"
    assert _query(out, answered.format("replies", "inbound_account")) == [(0,)]
    assert _query(out, answered.format("posts", "reply_to_account")) == [(0,)]
    _run(posts, roster, out)
    assert _mentions(_files(out), "ben", ("ben_r", "Ben Ruiz", "Ben ")) == {FORGET_FILE: ["ben"]}
    assert "[forgotten person]" in (out / "replies.csv").read_text(encoding="utf-8")


def test_unforget_of_someone_not_forgotten_is_one_line_and_exit_2(
    org: tuple[Path, Path], tmp_path: Path
) -> None:
    proc = run_cli("run", str(org[0]), "--roster", str(org[1]), "--out", str(tmp_path), "--unforget", "ana")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "--unforget ana: not on the forget list" in " ".join(proc.stderr.split())


def test_outputs_are_refused_where_the_run_ignored_the_forget_list(
    org: tuple[Path, Path], tmp_path: Path
) -> None:
    (tmp_path / FORGET_FILE).write_text(json.dumps({"forgotten": ["ben"]}), encoding="utf-8")
    result = analyze([org[0]], roster=org[1], bootstrap=3)
    with pytest.raises(InputError, match="keeps ben forgotten"):
        write_outputs(result, tmp_path)
    assert not (tmp_path / "scores.csv").exists()
    honoured = analyze([org[0]], roster=org[1], bootstrap=3, forgotten=read_forgotten(tmp_path))
    write_outputs(honoured, tmp_path)
    assert "ben" not in set(honoured.scores["person_id"])
    assert read_forgotten(tmp_path) == ("ben",)


def test_a_damaged_forget_list_stops_the_run_rather_than_letting_people_back(
    org: tuple[Path, Path], tmp_path: Path
) -> None:
    (tmp_path / FORGET_FILE).write_text('{"forgotten": "ben"}', encoding="utf-8")
    proc = run_cli("run", str(org[0]), "--roster", str(org[1]), "--out", str(tmp_path))
    assert proc.returncode == 2 and "forget list is damaged" in proc.stderr and "Traceback" not in proc.stderr


def test_a_folder_without_a_forget_list_and_a_file_given_as_folder_have_none(tmp_path: Path) -> None:
    afile = tmp_path / "scores.csv"
    afile.write_text("x\n", encoding="utf-8")
    assert read_forgotten(tmp_path / "new") == () and read_forgotten(afile) == ()

"""Roster loading, consent and attribution of posts (signatures on shared accounts)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from signals import identity
from signals.ground import schemas
from signals.ground.errors import InputError

HEADER = "person_id,display_name,platform,account,signature,team,timezone,work_hours,workdays,consent\n"


def write_roster(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def roster_error(tmp_path: Path, body: str) -> str:
    """The message of the InputError that loading a roster of these rows raises."""
    with pytest.raises(InputError) as info:
        identity.load_roster(write_roster(tmp_path, body))
    return str(info.value)


def make_posts(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "post_id": [r[0] for r in rows],
            "platform": [r[1] for r in rows],
            "account": [r[2] for r in rows],
            "created_at": pd.to_datetime(["2024-01-01T10:00:00Z"] * len(rows), utc=True),
            "text": [r[3] for r in rows],
            "reply_to_id": None,
            "reply_to_account": None,
            "parent_created_at": pd.Series([pd.NaT] * len(rows), dtype="datetime64[ns, UTC]"),
            "thread_id": None,
            "kind": "post",
            "edited": False,
            "lang": None,
            "source": "test",
        }
    )
    return schemas.validate(frame, schemas.POSTS)


def test_roster_defaults_and_consent(tmp_path: Path) -> None:
    path = write_roster(
        tmp_path, "p1,Ann,x,@Ann_X,,Comms,,,,yes\np2,Bo,,bo,,Ops,Europe/London,08:00-16:00,Mon-Thu,no\n"
    )
    roster = identity.load_roster(path)
    assert roster["consent"].tolist() == [True, False]
    assert roster.loc[0, "timezone"] == "UTC"
    assert roster.loc[0, "work_hours"] == "09:00-17:00"
    assert roster.loc[0, "workdays"] == "Mon-Fri"
    assert pd.isna(roster.loc[1, "platform"])


def test_roster_problems_are_all_reported_with_lines(tmp_path: Path) -> None:
    message = roster_error(tmp_path, "p1,Ann,x,ann,,,Mars/Base,9-5,Mon-Fri,maybe\n,Bo,x,,,,,,,yes\n")
    assert "roster.csv" in message
    assert "unknown timezone 'Mars/Base' on line 2" in message
    assert "bad work_hours '9-5' on line 2" in message
    assert "bad consent 'maybe' on line 2" in message
    assert "empty person_id on line 3" in message


def sixty_rows(**columns: str) -> str:
    """60 roster rows (lines 2-61), each with the given values."""
    values = {"timezone": "America/Chicago", "work_hours": "", "workdays": "", "consent": "yes", **columns}
    return "".join(
        f"p{i:02d},Person {i},x,acct{i},,Ops,{values['timezone']},{values['work_hours']},"
        f"{values['workdays']},{values['consent']}\n"
        for i in range(60)
    )


def test_a_bad_timezone_on_60_rows_is_one_short_message(tmp_path: Path) -> None:
    message = roster_error(tmp_path, sixty_rows(timezone="Europe/Pariss"))
    assert message == (
        f"{tmp_path / 'roster.csv'}: unknown timezone 'Europe/Pariss' on lines 2-61"
        " (use an IANA name such as Europe/Paris or America/Chicago)"
    )


def test_repeated_problems_of_every_column_are_grouped_by_value(tmp_path: Path) -> None:
    rows = sixty_rows(work_hours="9-5", workdays="Mon-Fry", consent="maybe").splitlines(keepends=True)
    rows[10] = rows[10].replace("America/Chicago", "Mars/Base")  # line 12
    rows[20] = rows[20].replace("Mon-Fry", "Mon-Fri").replace("maybe", "yes")  # line 22 is fine there
    rows[30] = "p99,Someone,x,,,,,,,yes\n"  # line 32: no account
    message = roster_error(tmp_path, "".join(rows))
    assert message == (
        f"{tmp_path / 'roster.csv'}: empty account on line 32;"
        " unknown timezone 'Mars/Base' on line 12 (use an IANA name such as Europe/Paris or America/Chicago);"
        " bad work_hours '9-5' on lines 2-31, 33-61 (use HH:MM-HH:MM such as 09:00-17:00);"
        " bad workdays 'Mon-Fry' on lines 2-21, 23-31, 33-61"
        " (use day names such as Mon-Fri, Sun-Thu or Mon,Wed,Fri);"
        " bad consent 'maybe' on lines 2-21, 23-31, 33-61 (use yes/no, true/false or 1/0)"
    )


def test_many_bad_values_and_scattered_lines_are_capped() -> None:
    rows = [
        {"person_id": f"p{i}", "account": f"a{i}", "timezone": f"Zone/{i % 5}" if i % 2 else "UTC"}
        for i in range(40)
    ]
    with pytest.raises(InputError) as info:
        identity.roster_from_rows(rows, path="roster.csv")
    message = str(info.value)
    # 20 bad rows (odd i: lines 3, 5, ..., 41) with 5 values: 3 named, the other 2 counted
    assert message.startswith(
        "roster.csv: unknown timezone 'Zone/1' on lines 3, 13, 23, 33, 'Zone/3' on lines 5, 15, 25, 35,"
        " 'Zone/0' on lines 7, 17, 27, 37 and 2 more values on lines 9, 11, 19, 21, 29 and 3 more"
    )
    assert len(message) < 300


def test_line_ranges() -> None:
    assert identity.line_ranges([7]) == "line 7"
    assert identity.line_ranges(list(range(61, 1, -1))) == "lines 2-61"
    scattered = [2, 3, 5, 9, 10, 11, 20, 30, 31, 40, 50]
    assert identity.line_ranges(scattered) == "lines 2-3, 5, 9-11, 20, 30-31 and 2 more"


def test_roster_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("name,handle\nAnn,ann\n")
    with pytest.raises(InputError, match="roster lacks columns"):
        identity.load_roster(path)


@pytest.mark.parametrize(
    ("spec", "days"),
    [("Mon-Fri", {0, 1, 2, 3, 4}), ("Sun-Thu", {6, 0, 1, 2, 3}), ("mon,wed,FRI", {0, 2, 4}), ("Sat", {5})],
)
def test_parse_workdays(spec: str, days: set[int]) -> None:
    assert identity.parse_workdays(spec) == frozenset(days)


def test_attribution_signatures_consent_and_platforms(tmp_path: Path) -> None:
    roster = identity.load_roster(
        write_roster(
            tmp_path,
            "jm,Jo Moss,inbox,RivTransit,^JM,Care,,,,yes\n"
            "kb,Kim Bell,inbox,RivTransit,^KB,Care,,,,no\n"
            "jm,Jo Moss,x,jo_moss,,Care,,,,yes\n"
            "al,Al Lee,,al,,Ops,,,,yes\n",
        )
    )
    posts = make_posts(
        [
            ("1", "inbox", "RivTransit", "We're on it! ^JM"),
            ("2", "inbox", "RivTransit", "Thanks for waiting ^KB"),
            ("3", "inbox", "RivTransit", "Service update, no signature"),
            ("4", "x", "@Jo_Moss", "hello"),
            ("5", "slack", "al", "any platform matches"),
            ("6", "x", "citizen9", "when is the bus?"),
            ("7", "inbox", "RivTransit", "signature in the middle ^JM is not a sign-off"),
        ]
    )
    result = identity.attribute(posts, roster)
    owners = dict(zip(result.all_posts["post_id"], result.all_posts["person_id"], strict=True))
    assert owners == {"1": "jm", "2": None, "3": None, "4": "jm", "5": "al", "6": None, "7": None}
    assert result.staff_posts["post_id"].tolist() == ["1", "4", "5"]
    assert result.counts["posts_withheld_no_consent"] == 1
    assert result.counts["people_without_consent"] == 1


def test_roster_from_posts_makes_one_person_per_account() -> None:
    posts = make_posts([("1", "x", "ann", "a"), ("2", "x", "ann", "b"), ("3", "slack", "bo", "c")])
    roster = identity.roster_from_posts(posts)
    assert roster["person_id"].tolist() == ["slack:bo", "x:ann"]
    assert roster["consent"].all()


def test_signature_forms_and_roster_order(tmp_path: Path) -> None:
    roster = identity.load_roster(
        write_roster(
            tmp_path,
            "jm,Jo Moss,inbox,RivTransit,^JM,Care,,,,yes\n"
            "kb,Kim Bell,,RivTransit,~ KB,Care,,,,yes\n"  # a sign-off with a space in it
            "sr,Sam Roe,inbox,RivTransit,*SR,Care,,,,yes\n"
            "zz,Zed Zane,inbox,RivTransit,Z ^JM,Care,,,,yes\n",  # ends like ^JM, later in the roster
        )
    )
    posts = make_posts(
        [
            ("1", "inbox", "RivTransit", "We're on it!\n^JM  "),  # trailing whitespace
            ("2", "inbox", "RivTransit", "^JM"),  # the sign-off alone
            ("3", "inbox", "RivTransit", "Thanks ~ KB"),
            ("4", "inbox", "RivTransit", "Thanks ~KB"),  # not the roster's form
            ("5", "inbox", "RivTransit", "Done*SR"),  # glued to the text: not a sign-off
            ("6", "inbox", "RivTransit", "Done Z ^JM"),  # both match: the earlier roster row wins
            ("7", "slack", "RivTransit", "posted on another platform *SR"),
        ]
    )
    owners = dict(
        zip(*[identity.attribute(posts, roster).all_posts[c] for c in ("post_id", "person_id")], strict=True)
    )
    assert owners == {"1": "jm", "2": "jm", "3": "kb", "4": "kb", "5": None, "6": "jm", "7": None}

"""Roster loading, consent and attribution of posts (signatures on shared accounts)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from signals import identity, schemas
from signals.errors import InputError

HEADER = "person_id,display_name,platform,account,signature,team,timezone,work_hours,workdays,consent\n"


def write_roster(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


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
    path = write_roster(tmp_path, "p1,Ann,x,ann,,,Mars/Base,9-5,Mon-Fri,maybe\n,Bo,x,,,,,,,yes\n")
    with pytest.raises(InputError) as info:
        identity.load_roster(path)
    message = str(info.value)
    assert "roster.csv" in message
    assert "line 2: unknown timezone 'Mars/Base'" in message
    assert "bad work_hours '9-5'" in message
    assert "bad consent 'maybe'" in message
    assert "line 3: empty person_id" in message


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
    assert owners == {"1": "jm", "2": "jm", "3": "kb", "4": None, "5": None, "6": "jm", "7": None}

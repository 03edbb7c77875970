"""Partial exports without the profile file naming their owner (issue 21, item 7).

LinkedIn without `Profile.csv`, Facebook without `profile_information/`, Discord without
`account/user.json`: what people often share. The run stops with one line (exit code 2) that
shows the command-line fix, `--owner PATH=ACCOUNT`; given it, every post is the owner's.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from collector_helpers import DISCORD, FACEBOOK, LINKEDIN, MILAHU

from collectors import collect
from collectors.meta import FacebookCollector
from collectors.options import ReadOptions, parse_owner
from signals.cli import main
from signals.ground.errors import InputError


def _partial(tmp_path: Path, fmt: str) -> Path:
    """A copy of a fixture export without its profile file (and, for Facebook, without the
    comments whose author would name the owner, and the Messenger thread of two people)."""
    source, dropped = {
        "linkedin": (LINKEDIN, ("Profile.csv",)),
        "facebook": (
            FACEBOOK,
            (
                "personal_information",
                *(f"your_facebook_activity/{f}" for f in ("comments_and_reactions", "messages")),
            ),
        ),
        "discord": (DISCORD, ("account",)),
    }[fmt]
    export = tmp_path / f"shared {fmt} export"  # a space: the hint must quote the path
    shutil.copytree(source, export, ignore=shutil.ignore_patterns("SOURCE.txt", "LICENSE*"))
    for rel in dropped:
        target = export / rel
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    return export


def _run(capsys: pytest.CaptureFixture[str], out: Path, *args: str) -> tuple[int, str]:
    code = main(["run", *args, "--out", str(out), "--bootstrap", "2", "--jobs", "1", "--no-cache"])
    return code, " ".join(capsys.readouterr().err.split())


@pytest.mark.parametrize(("fmt", "posts"), [("linkedin", 10), ("facebook", 3), ("discord", 3)])
def test_a_partial_export_needs_owner_and_takes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, posts: int
) -> None:
    export = _partial(tmp_path, fmt)
    code, err = _run(capsys, tmp_path / "out", str(export))
    assert code == 2 and "Traceback" not in err
    assert f"--owner '{export}=ACCOUNT'" in err  # the exact fix, with the path as given
    assert not (tmp_path / "out" / "scores.csv").exists()

    code, err = _run(capsys, tmp_path / "out", str(export), "--owner", f"{export}=Maya Santos")
    assert code == 0, err
    with (tmp_path / "out" / "scores.csv").open(encoding="utf-8", newline="") as handle:
        people = {row["person_id"] for row in csv.DictReader(handle)}
    assert people == {f"{fmt}:Maya Santos"}
    result = collect(export, options=ReadOptions.make(owners={export: "Maya Santos"}))
    assert len(result.posts) == posts and set(result.posts["account"]) == {"Maya Santos"}


def test_an_owner_names_the_exports_under_a_folder_the_nearest_first(tmp_path: Path) -> None:
    linkedin, discord = _partial(tmp_path, "linkedin"), _partial(tmp_path, "discord")
    options = ReadOptions.make(owners={tmp_path: "maya", discord: "maya_s"})
    assert options.owner_of(linkedin / "Shares.csv") == "maya" and options.owner_of(discord) == "maya_s"
    assert set(collect(linkedin, options=options).posts["account"]) == {"maya"}
    assert set(collect(discord, options=options).posts["account"]) == {"maya_s"}
    assert ReadOptions.make(owners={}).owner_of(linkedin) is None


def test_an_owner_that_applies_to_nothing_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _run(capsys, tmp_path / "out", str(MILAHU), "--owner", f"{MILAHU}=someone")
    assert code == 2 and "--owner names 'someone' for no export" in err and str(MILAHU) in err
    code, err = _run(capsys, tmp_path / "out", str(MILAHU), "--owner", "no/such/export=someone")
    assert code == 2 and "no/such/export: no such file or folder" in err
    code, err = _run(capsys, tmp_path / "out", str(MILAHU), "--owner", "someone")
    assert code == 2 and "expected PATH=ACCOUNT" in err


def test_parse_owner(tmp_path: Path) -> None:
    odd = tmp_path / "a=b"
    odd.mkdir()
    assert parse_owner(f"{odd}=Maya Santos") == (str(odd), "Maya Santos")
    assert parse_owner("x.zip=a=b") == ("x.zip=a", "b")  # no such path: the last '='
    with pytest.raises(InputError, match="no account"):
        parse_owner(f"{odd}= ")


def test_the_owner_named_replaces_the_profile_name_everywhere() -> None:
    # the profile says "Maya Santos"; named "maya.s", her messages and comments are maya.s's too
    c = FacebookCollector(account="maya.s").collect(FACEBOOK)
    by_kind = c.posts.groupby("kind")["account"].agg(lambda a: sorted(set(a))).to_dict()
    assert by_kind == {"comment": ["maya.s"], "message": ["Jo Díaz", "maya.s"], "post": ["maya.s"]}

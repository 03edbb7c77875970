"""Roster schedules and working time between two instants."""

from __future__ import annotations

import pandas as pd
import pytest

from features.worktime import (
    is_working_time,
    parse_hours,
    parse_schedule,
    parse_workdays,
    working_seconds_between,
)
from signals.ground.errors import InputError


def utc(*stamps: str) -> pd.Series:
    return pd.Series(pd.to_datetime(list(stamps), utc=True))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("09:00-17:00", (9 * 3600, 17 * 3600)),
        ("9-17", (9 * 3600, 17 * 3600)),
        ("08:30 – 16:45", (8 * 3600 + 1800, 16 * 3600 + 2700)),
        ("22:00-06:00", (22 * 3600, 6 * 3600)),
        ("00:00-24:00", (0, 24 * 3600)),
    ],
)
def test_parse_hours(value: str, expected: tuple[int, int]) -> None:
    assert parse_hours(value) == expected


@pytest.mark.parametrize("value", ["9am-5pm", "25:00-26:00", "09:00-09:00", "09:60-17:00", ""])
def test_parse_hours_rejects(value: str) -> None:
    with pytest.raises(ValueError):
        parse_hours(value)


@pytest.mark.parametrize(
    ("value", "mask"),
    [
        ("Mon-Fri", "1111100"),
        ("Mon,Tue,Thu", "1101000"),
        ("Sun-Thu", "1111001"),
        ("Fri-Mon", "1000111"),  # a range may wrap around the weekend
        ("monday, Wednesday", "1010000"),
        ("weekdays", "1111100"),
        ("daily", "1111111"),
    ],
)
def test_parse_workdays(value: str, mask: str) -> None:
    assert parse_workdays(value) == mask


@pytest.mark.parametrize("value", ["Funday", "Mon-Tue-Wed", ","])
def test_parse_workdays_rejects(value: str) -> None:
    with pytest.raises(ValueError):
        parse_workdays(value)


def test_parse_schedule_defaults_and_errors() -> None:
    default = parse_schedule(None, "", None)
    assert default.timezone == "UTC"
    assert default.seconds_per_week == 5 * 8 * 3600
    with pytest.raises(InputError, match="person 'p1'.*IANA"):
        parse_schedule("Mars/Olympus", person="p1")
    with pytest.raises(InputError, match="HH:MM-HH:MM"):
        parse_schedule("UTC", "nine to five", "Mon-Fri", person="p1")


def test_business_latency_across_a_weekend_in_new_york() -> None:
    ny = parse_schedule("America/New_York", "09:00-17:00", "Mon-Fri")
    # Fri 2024-03-08 16:00 EST -> Mon 2024-03-11 10:00 EDT (clocks went forward on Sunday):
    # 1 h on Friday + 1 h on Monday, while 65 calendar hours passed.
    start, end = utc("2024-03-08T21:00:00Z"), utc("2024-03-11T14:00:00Z")
    assert (end - start).dt.total_seconds().iloc[0] == 65 * 3600
    assert working_seconds_between(start, end, ny).tolist() == [7200.0]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2024-03-09T15:00:00Z", "2024-03-11T13:30:00Z", 1800.0),  # Saturday -> Mon 09:30 EDT
        ("2024-03-12T23:00:00Z", "2024-03-13T11:00:00Z", 0.0),  # Tue night -> Wed 07:00: no work time
        ("2024-03-12T14:00:00Z", "2024-03-12T15:00:00Z", 3600.0),  # inside working hours
        ("2024-03-12T15:00:00Z", "2024-03-12T14:00:00Z", -3600.0),  # reversed: negative
    ],
)
def test_working_seconds_between(start: str, end: str, expected: float) -> None:
    ny = parse_schedule("America/New_York", "09:00-17:00", "Mon-Fri")
    assert working_seconds_between(utc(start), utc(end), ny).tolist() == [expected]


def test_night_shift_crosses_midnight() -> None:
    night = parse_schedule("UTC", "22:00-06:00", "Mon-Fri")
    # Fri 23:00 -> Sat 05:00: one hour of Friday's shift, five hours of its morning part.
    got = working_seconds_between(utc("2024-03-08T23:00:00Z"), utc("2024-03-09T05:00:00Z"), night)
    assert got.tolist() == [6 * 3600.0]
    assert night.seconds_per_week == 5 * 8 * 3600
    assert is_working_time(utc("2024-03-09T05:00:00Z", "2024-03-10T05:00:00Z"), night).tolist() == [
        True,
        False,
    ]


def test_is_working_time() -> None:
    ny = parse_schedule("America/New_York", "09:00-17:00", "Mon-Fri")
    stamps = utc(
        "2024-03-11T14:00:00Z",  # Mon 10:00 EDT
        "2024-03-09T15:00:00Z",  # Saturday
        "2024-03-11T21:00:00Z",  # Mon 17:00: the end is not working time
        "2024-03-11T13:00:00Z",  # Mon 09:00: the start is
    )
    assert is_working_time(stamps, ny).tolist() == [True, False, False, True]

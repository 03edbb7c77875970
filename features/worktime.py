"""Working time of a person: parse roster schedules, count working seconds between instants.

"Social media does not stop at 5 pm", but a reply that took 60 calendar hours over a weekend
took no working time at all. Business latency counts the seconds of the person's working
time (IANA timezone, daily hours, workdays) between the inbound message and the reply.

The count is vectorized: with W(t) the working seconds from a fixed epoch to t, the working
time between a and b is W(b) - W(a), and W(t) is `numpy.busday_count` (whole workdays before
the local date of t) times the daily length plus the worked part of t's own day. Hours that
cross midnight (`22:00-06:00`) are two daily intervals, the second on the day after each
workday. Times are local wall-clock times, so daylight-saving changes need no special case.
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass

import numpy as np
import pandas as pd

from signals.ground.config import DEFAULT_TIMEZONE, DEFAULT_WORK_HOURS, DEFAULT_WORKDAYS
from signals.ground.errors import InputError

DAY = 86_400
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_EPOCH = np.datetime64("1970-01-01", "D")
_HOURS = re.compile(r"^\s*(\d{1,2})(?::(\d{2}))?\s*[-–—]\s*(\d{1,2})(?::(\d{2}))?\s*$")
_ALIASES = {"daily": "mon-sun", "every day": "mon-sun", "weekdays": "mon-fri", "weekends": "sat-sun"}


@dataclass(frozen=True)
class Interval:
    """A daily working interval [start_s, end_s) on the days of `weekmask` (Mon..Sun, 1/0)."""

    weekmask: str
    start_s: int
    end_s: int


@dataclass(frozen=True)
class Schedule:
    """A person's working time: timezone and daily intervals."""

    timezone: str
    intervals: tuple[Interval, ...]

    @property
    def seconds_per_week(self) -> int:
        return sum(i.weekmask.count("1") * (i.end_s - i.start_s) for i in self.intervals)


def _clock(hours: str, minutes: str | None, *, value: str) -> int:
    h, m = int(hours), int(minutes or 0)
    if h > 24 or m > 59 or (h == 24 and m):
        raise ValueError(f"'{value}' has a time outside 00:00-24:00")
    return h * 3600 + m * 60


def parse_hours(value: str) -> tuple[int, int]:
    """`09:00-17:00` -> (32400, 61200) seconds after local midnight; `22:00-06:00` crosses it."""
    found = _HOURS.match(value)
    if not found:
        raise ValueError(f"work hours '{value}' are not of the form HH:MM-HH:MM (e.g. 09:00-17:00)")
    start = _clock(found.group(1), found.group(2), value=value)
    end = _clock(found.group(3), found.group(4), value=value)
    if start == end:
        raise ValueError(f"work hours '{value}' start and end at the same time")
    return start, end


def _day(name: str, *, value: str) -> int:
    key = name.strip().lower()[:3]
    if key not in DAY_NAMES:
        raise ValueError(f"workdays '{value}': '{name.strip()}' is not a day name (Mon, Tue, ... Sun)")
    return DAY_NAMES.index(key)


def parse_workdays(value: str) -> str:
    """`Mon-Fri`, `Mon,Tue,Thu`, `Sun-Thu`, `Fri-Mon` (wraps) -> weekmask like `1111100`."""
    text = _ALIASES.get(value.strip().lower(), value)
    days: set[int] = set()
    for part in text.split(","):
        if not part.strip():
            continue
        ends = re.split(r"\s*[-–—]\s*", part.strip())
        if len(ends) == 1:
            days.add(_day(ends[0], value=value))
        elif len(ends) == 2:
            first, last = _day(ends[0], value=value), _day(ends[1], value=value)
            days.update((first + k) % 7 for k in range((last - first) % 7 + 1))
        else:
            raise ValueError(f"workdays '{value}': '{part.strip()}' is not a day or a range like Mon-Fri")
    if not days:
        raise ValueError(f"workdays '{value}' name no day")
    return "".join("1" if d in days else "0" for d in range(7))


def parse_schedule(
    timezone: object = None, work_hours: object = None, workdays: object = None, *, person: str = ""
) -> Schedule:
    """A Schedule from roster values; empty values take the roster defaults.

    Raises InputError naming the person and the expected format when a value is unusable,
    rather than silently scoring against office hours the person does not work.
    """
    tz = _text(timezone) or DEFAULT_TIMEZONE
    hours = _text(work_hours) or DEFAULT_WORK_HOURS
    days = _text(workdays) or DEFAULT_WORKDAYS
    where = f"roster, person '{person}'" if person else "roster"
    try:
        zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(
            f"timezone '{tz}' is not an IANA timezone name (e.g. America/New_York)", location=where
        ) from exc
    try:
        start, end = parse_hours(hours)
        mask = parse_workdays(days)
    except ValueError as exc:
        raise InputError(str(exc), location=where) from exc
    if start < end:
        intervals: tuple[Interval, ...] = (Interval(mask, start, end),)
    else:  # crosses midnight: the evening on workdays, the early hours on the following days
        next_day = mask[-1] + mask[:-1]
        intervals = (Interval(mask, start, DAY), Interval(next_day, 0, end))
    return Schedule(tz, tuple(i for i in intervals if i.end_s > i.start_s))


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _local_days_and_seconds(instants: pd.Series, timezone: str) -> tuple[np.ndarray, np.ndarray]:
    local = instants.dt.tz_convert(timezone).dt.tz_localize(None)
    midnight = local.dt.normalize()
    days = midnight.to_numpy().astype("datetime64[D]")
    seconds = (local - midnight).dt.total_seconds().to_numpy(dtype=float)
    return days, seconds


def working_seconds_since_epoch(instants: pd.Series, schedule: Schedule) -> np.ndarray:
    """W(t): seconds of working time from 1970-01-01 (local) to each instant (UTC series)."""
    days, seconds = _local_days_and_seconds(instants, schedule.timezone)
    total = np.zeros(len(instants), dtype=float)
    for iv in schedule.intervals:
        length = iv.end_s - iv.start_s
        whole = np.busday_count(_EPOCH, days, weekmask=iv.weekmask).astype(float)
        today = np.is_busday(days, weekmask=iv.weekmask)
        total += whole * length + np.where(today, np.clip(seconds - iv.start_s, 0, length), 0.0)
    return total


def working_seconds_between(start: pd.Series, end: pd.Series, schedule: Schedule) -> np.ndarray:
    """Working seconds between two aligned UTC series (negative if end is before start)."""
    return working_seconds_since_epoch(end, schedule) - working_seconds_since_epoch(start, schedule)


def is_working_time(instants: pd.Series, schedule: Schedule) -> np.ndarray:
    """Whether each instant falls inside the person's working time."""
    days, seconds = _local_days_and_seconds(instants, schedule.timezone)
    working = np.zeros(len(instants), dtype=bool)
    for iv in schedule.intervals:
        today = np.is_busday(days, weekmask=iv.weekmask)
        working |= today & (seconds >= iv.start_s) & (seconds < iv.end_s)
    return working

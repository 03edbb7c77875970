"""When people write and how long they take to answer, and the id schemes that encode time.

All instants are integer milliseconds since the Unix epoch (UTC). Reply latency is lognormal
with a median set by the responsive level (about 4 minutes at the top, more than a day at the
bottom); people who are not responsive also wait for their next working hour before answering,
while responsive people answer evenings and weekends too.
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from sample_data.generator.cast import Person

UTC = ZoneInfo("UTC")
ORG_TZ = "America/Chicago"
PERIOD_START = datetime(2025, 3, 3, tzinfo=ZoneInfo(ORG_TZ))
PERIOD_DAYS = 182  # 2025-03-03 .. 2025-08-31 in the organization's local time
START_MS = int(PERIOD_START.timestamp() * 1000)
END_MS = int((PERIOD_START + timedelta(days=PERIOD_DAYS)).timestamp() * 1000) - 1
EXPORT_MS = int(datetime(2025, 9, 2, 14, 7, 31, tzinfo=UTC).timestamp() * 1000)
TWITTER_EPOCH_MS = 1288834974657

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Riders write at all hours, most at the commute peaks.
CITIZEN_HOUR_WEIGHTS = (1, 1, 1, 1, 2, 5, 9, 12, 10, 6, 5, 5, 6, 5, 5, 7, 10, 11, 8, 6, 5, 4, 3, 2)
_CITIZEN_CUMULATIVE = tuple(sum(CITIZEN_HOUR_WEIGHTS[: i + 1]) for i in range(24))


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local(ms: int, tz: str) -> datetime:
    return datetime.fromtimestamp(ms / 1000, zone(tz))


def to_ms(dt: datetime) -> int:
    return int(dt.timestamp() * 1000)


def after_hours_share(p: Person) -> float:
    """How readily a person writes or answers outside work hours."""
    return 0.04 + 0.9 * p.lv("responsive") ** 2


def in_work_time(p: Person, ms: int) -> bool:
    t = local(ms, p.timezone)
    start, end = p.work_window
    return t.weekday() < 5 and start <= t.hour * 60 + t.minute < end


def next_work_start(p: Person, ms: int) -> int:
    """The next start of the person's working day strictly after `ms` (or `ms` itself if at work)."""
    if in_work_time(p, ms):
        return ms
    t = local(ms, p.timezone)
    start, _ = p.work_window
    day = t.replace(hour=start // 60, minute=start % 60, second=0, microsecond=0)
    if day <= t:
        day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    # re-localize so a DST change between the two dates is honoured
    naive = day.replace(tzinfo=None)
    return to_ms(naive.replace(tzinfo=zone(p.timezone)))


def own_post_time(p: Person, rng: random.Random, *, start_ms: int = START_MS, end_ms: int = END_MS) -> int:
    """A moment the person writes something of their own accord: mostly work hours on workdays."""
    tz = zone(p.timezone)
    off = after_hours_share(p)
    first = local(start_ms, p.timezone).date()
    span = max(1, (local(end_ms, p.timezone).date() - first).days + 1)
    while True:
        day = first + timedelta(days=rng.randrange(span))
        weekend = day.weekday() >= 5
        if weekend and rng.random() > 0.25 * off + 0.03:
            continue
        start, end = p.work_window
        if weekend or rng.random() < 0.12 + 0.55 * off:
            minute = rng.choice(
                (rng.randrange(max(0, start - 150), start), rng.randrange(end, min(end + 330, 24 * 60)))
            )
        else:
            minute = rng.randrange(start, end)
        dt = datetime(day.year, day.month, day.day, minute // 60, minute % 60, rng.randrange(60), tzinfo=tz)
        ms = to_ms(dt) + rng.randrange(1000)
        if start_ms <= ms <= end_ms:
            return ms


def time_on_day(p: Person, day: date, rng: random.Random) -> int:
    """A moment on local date `day` when `p` writes: work hours, sometimes before or after."""
    start, end = p.work_window
    if day.weekday() >= 5 or rng.random() < 0.08 + 0.4 * after_hours_share(p):
        minute = rng.choice(
            (rng.randrange(max(0, start - 150), start), rng.randrange(end, min(end + 330, 24 * 60)))
        )
    else:
        minute = rng.randrange(start, end)
    dt = datetime(
        day.year, day.month, day.day, minute // 60, minute % 60, rng.randrange(60), tzinfo=zone(p.timezone)
    )
    return to_ms(dt) + rng.randrange(1000)


def citizen_time_on(day: date, rng: random.Random) -> int:
    """A moment on local date `day` when a rider writes to the agency: peaks at commute times."""
    hour = rng.choices(range(24), cum_weights=_CITIZEN_CUMULATIVE)[0]
    dt = datetime(
        day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=zone(ORG_TZ)
    )
    return to_ms(dt) + rng.randrange(1000)


def citizen_time(rng: random.Random) -> int:
    """A moment in the period when a rider writes (any day)."""
    return citizen_time_on(PERIOD_START.date() + timedelta(days=rng.randrange(PERIOD_DAYS)), rng)


def median_latency_min(p: Person) -> float:
    """Median minutes to answer: about 4 at responsive 1.0, about 30 hours at responsive 0.0."""
    return 4.0 * math.exp((1.0 - p.lv("responsive")) ** 1.25 * math.log(450.0))


def reply_time(p: Person, parent_ms: int, rng: random.Random, *, scale: float = 1.0) -> int:
    """When `p` answers a message written at `parent_ms`."""
    r = p.lv("responsive")
    minutes = rng.lognormvariate(math.log(median_latency_min(p) * scale), 0.65 + 0.45 * (1 - r))
    ms = parent_ms + max(20_000, int(minutes * 60_000))
    if not in_work_time(p, ms) and rng.random() > after_hours_share(p):
        extra = rng.expovariate(1.0 / (10 + 110 * (1 - r)))
        ms = next_work_start(p, ms) + int(extra * 60_000)
    return ms


def answered_rider(p: Person, rng: random.Random) -> tuple[int, int]:
    """(when a rider wrote, when `p` answered) for a public reply that falls inside the period."""
    while True:
        parent_ms = citizen_time(rng)
        ms = reply_time(p, parent_ms, rng)
        if ms <= END_MS:
            return parent_ms, ms


def x_snowflake(ms: int, rng: random.Random) -> int:
    """An X/Twitter id whose time part is `ms` (FORMATS.md: (id >> 22) + 1288834974657)."""
    return ((ms - TWITTER_EPOCH_MS) << 22) | rng.getrandbits(22)


def x_ms(snowflake: int) -> int:
    """The creation time encoded in an X id."""
    return (snowflake >> 22) + TWITTER_EPOCH_MS


def mastodon_id(ms: int, rng: random.Random) -> int:
    """A Mastodon status id whose time part is `ms` (id >> 16)."""
    return (ms << 16) | rng.getrandbits(16)


def x_date(ms: int) -> str:
    """`Fri Nov 18 21:10:34 +0000 2022`, always UTC, English names whatever the locale."""
    t = datetime.fromtimestamp(ms // 1000, UTC)
    return (
        f"{_DAY_NAMES[t.weekday()]} {_MONTH_ABBR[t.month - 1]} {t.day:02d} "
        f"{t.hour:02d}:{t.minute:02d}:{t.second:02d} +0000 {t.year}"
    )


def iso_z(ms: int, *, millis: bool = False) -> str:
    """`2025-03-04T14:03:16Z` (or with `.000` milliseconds)."""
    t = datetime.fromtimestamp(ms // 1000, UTC)
    frac = f".{ms % 1000:03d}" if millis else ""
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}:{t.second:02d}{frac}Z"


def iso_local(ms: int, tz: str = ORG_TZ) -> str:
    """ISO 8601 with the local offset, e.g. `2025-03-04T08:03:16-06:00`."""
    return datetime.fromtimestamp(ms // 1000, zone(tz)).isoformat()
